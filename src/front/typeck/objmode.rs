//! `with numba.objmode(y='float64'):` — Numba runs the block in the
//! Python interpreter: the variables it reads come in boxed (numbers as
//! Python's), the declared outputs go out unboxed into their Numba types,
//! and a variable it assigns that is not an output must not be used outside
//! it. rumba types and runs the block as plain (not jitted) code, as the
//! rewrite
//!
//! ```text
//! x = x        # each local the block mentions, boxed (plain code)
//! BODY         # plain code
//! y = y        # each output, of its declared type (jitted code)
//! x = x        # each boxed local the block does not assign, back to its type
//! ```
//!
//! Outside jitted code `objmode` does nothing, as in Python.

use super::unroll::{visit_stmts, visit_stmts_mut};
use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::stmt_key;
use std::collections::HashSet;
use std::rc::Rc;
use vm::types::{ConstKind, Type};

/// An output: its name, declared type and where it is declared.
type Output = (String, Type, Span);

/// The outputs `with objmode(...)` declares, if `items` is that.
fn outputs(inf: &mut Infer, items: &[WithItem]) -> IResult<Option<Vec<Output>>> {
    let [item] = items else {
        return Ok(None);
    };
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &item.context.kind
    else {
        return Ok(None);
    };
    let copy = super::star::renumber(inf, (**func).clone());
    let Ok(Type::Const(ConstKind::Builtin, id)) = inf.expr(&copy) else {
        return Ok(None);
    };
    if inf.prog.builtin_name(id) != "numba.objmode" {
        return Ok(None);
    }
    if let Some(t) = &item.target {
        let msg = "'with objmode(...) as ...' is not supported (objmode gives no value)";
        return Err(inf.err("TypeError", t.span, msg));
    }
    if let Some(a) = args.first() {
        let msg = "objmode() takes the output variables' types as keyword arguments";
        return Err(inf.err("TypeError", a.span, msg));
    }
    let mut out = Vec::new();
    for k in keywords {
        let v = super::star::renumber(inf, k.value.clone());
        let t = inf.expr(&v)?;
        let ty = match t {
            Type::TypeObj(t) => (*t).clone(),
            Type::Str => {
                let Some(s) = super::ffi::known_str(inf, &v) else {
                    let msg = format!(
                        "objmode(): the type of '{}' must be a string known at compile time",
                        k.name
                    );
                    return Err(inf.err("TypeError", k.value.span, msg));
                };
                super::funcs::parse_sig_type(inf, s.trim()).ok_or_else(|| {
                    let msg = format!("objmode(): cannot parse the type '{s}' of '{}'", k.name);
                    inf.err("TypeError", k.value.span, msg)
                })?
            }
            t => {
                let msg = format!(
                    "objmode(): the type of '{}' must be a Numba type or its name, not {}",
                    k.name,
                    inf.tyname(&t)
                );
                return Err(inf.err("TypeError", k.value.span, msg));
            }
        };
        out.push((k.name.clone(), ty, k.name_span));
    }
    Ok(Some(out))
}

/// Types `with objmode(...): body`, or `None` for other `with`s.
pub fn infer(inf: &mut Infer, s: &Stmt, items: &[WithItem], body: &[Stmt]) -> Option<IResult<()>> {
    let outs = match outputs(inf, items) {
        Ok(Some(o)) => o,
        Ok(None) => return None,
        Err(e) => return Some(Err(e)),
    };
    Some(infer_block(inf, s, body, &outs))
}

/// The names `body` binds or deletes, with where, without descending into nested
/// functions; `aug` includes augmented assignments' targets (which also
/// read).
fn bound(body: &[Stmt], aug: bool, out: &mut Vec<(String, Span)>) {
    fn target(e: &Expr, out: &mut Vec<(String, Span)>) {
        match &e.kind {
            ExprKind::Name(n) => out.push((n.clone(), e.span)),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| target(i, out))
            }
            ExprKind::Starred(inner) => target(inner, out),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out)),
            StmtKind::AnnAssign { target: t, .. } => target(t, out),
            StmtKind::AugAssign { target: t, .. } if aug => target(t, out),
            StmtKind::Del(targets) => targets.iter().for_each(|t| target(t, out)),
            StmtKind::For {
                target: t,
                body,
                orelse,
                ..
            } => {
                target(t, out);
                bound(body, aug, out);
                bound(orelse, aug, out);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                bound(body, aug, out);
                bound(orelse, aug, out);
            }
            StmtKind::With { items, body } => {
                items
                    .iter()
                    .filter_map(|i| i.target.as_ref())
                    .for_each(|t| target(t, out));
                bound(body, aug, out);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                bound(body, aug, out);
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.push((n.clone(), h.span));
                    }
                    bound(&h.body, aug, out);
                }
                bound(orelse, aug, out);
                bound(finalbody, aug, out);
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let first = a.name.split('.').next().unwrap_or_default();
                    out.push((a.asname.clone().unwrap_or_else(|| first.into()), a.span));
                }
            }
            _ => {}
        }
    }
}

/// Refuses what Numba refuses in a block: a variable it assigns that is
/// read outside it and not declared as an output (Numba's "Missing type
/// annotation on outgoing variable"). Any read outside the block counts,
/// even one before it that no path from the block reaches.
fn check_outgoing(inf: &mut Infer, body: &[Stmt], outs: &[Output]) -> IResult<()> {
    let mut assigned = Vec::new();
    bound(body, true, &mut assigned);
    assigned.retain(|(n, _)| outs.iter().all(|o| o.0 != *n));
    if assigned.is_empty() {
        return Ok(());
    }
    let Some(f) = super::closure::current_func(inf) else {
        return Ok(());
    };
    let def = inf.prog.funcs[f as usize].def.clone();
    let mut writes = Vec::new();
    bound(&def.body, false, &mut writes);
    let writes: HashSet<(u32, u32)> = writes.iter().map(|(_, sp)| (sp.lo, sp.hi)).collect();
    let mut inside = HashSet::new();
    visit_stmts(body, &mut |e| {
        inside.insert((e.span.lo, e.span.hi));
    });
    let mut read = HashSet::new();
    visit_stmts(&def.body, &mut |e| {
        if let ExprKind::Name(n) = &e.kind {
            let at = (e.span.lo, e.span.hi);
            if !inside.contains(&at) && !writes.contains(&at) {
                read.insert(n.clone());
            }
        }
    });
    match assigned.into_iter().find(|(n, _)| read.contains(n)) {
        Some((n, sp)) => {
            let msg = format!(
                "'{n}' is assigned in an objmode block and used outside it; declare its type as an output: objmode({n}='<type>')"
            );
            Err(inf.err("TypeError", sp, msg))
        }
        None => Ok(()),
    }
}

fn infer_block(inf: &mut Infer, s: &Stmt, body: &[Stmt], outs: &[Output]) -> IResult<()> {
    let refusal = |w: &str| format!("'{w}' inside an objmode block is not supported by rumba");
    super::exc::no_jump_out(inf, body, false, &refusal)?;
    let jitted = inf.jitted();
    let key = stmt_key(s);
    if !jitted {
        let stmts = match inf.out.with_stmts.get(&key) {
            Some(st) => st.clone(),
            None => {
                let st = renumbered(inf, body.to_vec());
                inf.out.with_stmts.insert(key, st.clone());
                st
            }
        };
        return inf.block(&stmts);
    }
    if let Some(d) = body.iter().find(|d| {
        matches!(
            d.kind,
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) | StmtKind::Global(_)
        )
    }) {
        let msg = "a 'def', 'class' or 'global' inside an objmode block is not supported by rumba";
        return Err(inf.err("SyntaxError", d.span, msg));
    }
    check_outgoing(inf, body, outs)?;
    let stmts = match inf.out.with_stmts.get(&key) {
        Some(st) => st.clone(),
        None => {
            let st = rewrite(inf, body, outs);
            inf.out.with_stmts.insert(key, st.0.clone());
            inf.out.objmode.insert(key, (st.1, st.2));
            st.0
        }
    };
    let (nin, nout) = inf.out.objmode[&key];
    let (prologue, rest) = stmts.split_at(nin);
    let (block, epilogue) = rest.split_at(rest.len() - nout);
    let copied = |st: &Stmt| match &st.kind {
        StmtKind::Assign { targets, .. } => match &targets[0].kind {
            ExprKind::Name(n) => Rc::from(n.as_str()),
            _ => unreachable!("objmode copies assign names"),
        },
        _ => unreachable!("objmode copies are assignments"),
    };
    // Each input's type before it is boxed, to restore it after.
    let mut before = Vec::new();
    let was = std::mem::replace(&mut inf.objmode, true);
    let r = (|| {
        for st in prologue {
            let name = copied(st);
            let t = inf
                .env
                .as_ref()
                .and_then(|e| e.get(&name))
                .map(|v| v.ty.clone());
            let t = t.unwrap_or(Type::Unknown);
            let boxed = super::numpy::boxed(&t);
            let boxes = boxed != t && super::ops::convertible(&t, &boxed);
            before.push((name.clone(), t));
            with_declared(inf, &name, boxes.then_some(boxed), st)?;
        }
        inf.block(block)
    })();
    inf.objmode = was;
    r?;
    // A block that always raises: nothing after it runs (nor is lowered).
    if inf.env.is_none() {
        return Ok(());
    }
    for st in epilogue {
        let name = copied(st);
        let have = match inf.env.as_ref().and_then(|env| env.get(&name)) {
            Some(v) => v.ty.clone(),
            None => {
                let (_, _, span) = outs
                    .iter()
                    .find(|o| o.0.as_str() == &*name)
                    .expect("an output");
                let msg = format!("objmode output '{name}' is not assigned in the block");
                return Err(inf.err("NameError", *span, msg));
            }
        };
        let ty = match outs.iter().find(|o| o.0.as_str() == &*name) {
            Some((_, ty, span)) => {
                if !super::ops::convertible(&have, ty) {
                    let msg = format!(
                        "objmode output '{name}' is {}, which does not convert to the declared {}",
                        inf.tyname(&have),
                        inf.tyname(ty)
                    );
                    return Err(inf.err("TypeError", *span, msg));
                }
                ty.clone()
            }
            None => match before.iter().find(|(n, _)| *n == name) {
                Some((_, t)) => t.clone(),
                None => have,
            },
        };
        with_declared(inf, &name, Some(ty), st)?;
    }
    Ok(())
}

/// Types `st`, an assignment to `name`, with `name` declared of type `t`
/// only there.
fn with_declared(inf: &mut Infer, name: &Rc<str>, t: Option<Type>, st: &Stmt) -> IResult<()> {
    let Some(t) = t else {
        return inf.stmt(st);
    };
    let old = inf.out.declared.insert(name.clone(), t);
    let r = inf.stmt(st);
    match old {
        Some(t) => inf.out.declared.insert(name.clone(), t),
        None => inf.out.declared.remove(name),
    };
    r
}

/// The statements a jitted block runs (see the module's header), with
/// the numbers of copies before and after the body.
fn rewrite(inf: &mut Infer, body: &[Stmt], outs: &[Output]) -> (Rc<[Stmt]>, usize, usize) {
    let mut mentioned = Vec::new();
    visit_stmts(body, &mut |e| {
        if let ExprKind::Name(n) = &e.kind {
            if !mentioned.iter().any(|(m, _)| m == n) {
                mentioned.push((n.clone(), e.span));
            }
        }
    });
    let env = inf.env.as_ref();
    let inputs: Vec<(String, Span)> = mentioned
        .into_iter()
        .filter(|(n, _)| {
            let n: Rc<str> = Rc::from(n.as_str());
            inf.locals.contains(&n) && env.and_then(|e| e.get(&n)).is_some_and(|v| !v.maybe)
        })
        .collect();
    let mut assigned = Vec::new();
    bound(body, true, &mut assigned);
    let copy = |name: &str, span: Span| {
        let var = || Expr {
            id: 0,
            span,
            kind: ExprKind::Name(name.into()),
        };
        Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![var()],
                value: var(),
            },
        }
    };
    let mut st: Vec<Stmt> = inputs.iter().map(|(n, sp)| copy(n, *sp)).collect();
    st.extend(body.iter().cloned());
    let mut after: Vec<Stmt> = outs.iter().map(|(n, _, sp)| copy(n, *sp)).collect();
    for (n, sp) in &inputs {
        if assigned.iter().all(|(a, _)| a != n) && outs.iter().all(|o| o.0 != *n) {
            after.push(copy(n, *sp));
        }
    }
    let (nin, nout) = (inputs.len(), after.len());
    st.extend(after);
    (renumbered(inf, st), nin, nout)
}

/// `st` with expression ids no other node has.
fn renumbered(inf: &mut Infer, mut st: Vec<Stmt>) -> Rc<[Stmt]> {
    let mut next = inf.next_id;
    visit_stmts_mut(&mut st, &mut |e| {
        e.id = next;
        next += 1;
    });
    inf.next_id = next;
    st.into()
}
