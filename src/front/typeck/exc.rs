//! `try` statements. A handler is entered from wherever its region raised,
//! so every variable the region assigns must keep one type there (its
//! register is then the same at every point); `return`, `break` and
//! `continue` leaving a `finally` are refused.

use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{stmt_key, Env, Var, JOIN_IF};
use std::rc::Rc;
use vm::types::Type;

pub fn infer_try(
    inf: &mut Infer,
    s: &Stmt,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> IResult<()> {
    if !finalbody.is_empty() {
        let refusal = |w: &str| {
            format!("'{w}' out of a 'try' statement with 'finally' is not supported by rumba")
        };
        for b in [body, orelse, finalbody] {
            no_jump_out(inf, b, false, &refusal)?;
        }
        for h in handlers {
            no_jump_out(inf, &h.body, false, &refusal)?;
        }
    }
    let entry = inf.env.clone();
    // The finally's region (everything before it) is opened first so it
    // also sees what the except region assigns.
    inf.try_assigned.push(Vec::new());
    inf.try_assigned.push(Vec::new());
    if inf.at_module && handlers.iter().any(catches_name_error) {
        try_body(inf, body)?;
    } else {
        inf.block(body)?;
    }
    let region = inf.try_assigned.pop().unwrap_or_default();
    if !handlers.is_empty() {
        one_type(inf, &entry, &region)?;
    }
    let mut envs = Vec::new();
    inf.block(orelse)?;
    envs.extend(inf.env.take());
    // A handler may run before any assignment of the region: the
    // variables it adds may be unbound there.
    let mut at_handler = entry.clone();
    if let Some(env) = &mut at_handler {
        for (name, ty, span) in &region {
            env.entry(name.clone()).or_insert(Var {
                ty: ty.clone(),
                def: *span,
                maybe: true,
            });
        }
    }
    for h in handlers {
        inf.env = at_handler.clone();
        if let Some(t) = &h.typ {
            let classes = match &t.kind {
                ExprKind::Tuple(items) => items.iter().collect(),
                _ => vec![t],
            };
            for c in classes {
                exception_class(inf, c)?;
            }
        }
        if let Some(name) = &h.name {
            bind_exc(inf, name, h.span)?;
        }
        inf.block(&h.body)?;
        // Python deletes the name when the handler ends.
        if let (Some(name), Some(env)) = (&h.name, &mut inf.env) {
            env.remove(name.as_str());
        }
        envs.extend(inf.env.take());
    }
    let region = inf.try_assigned.pop().unwrap_or_default();
    if !finalbody.is_empty() {
        one_type(inf, &entry, &region)?;
    }
    inf.env = inf.merge(envs, s.span)?;
    if let Some(env) = &inf.env {
        inf.out.joins.insert((stmt_key(s), JOIN_IF), env.clone());
    }
    if !finalbody.is_empty() {
        // The exception path enters with the region's variables in their
        // one type, which the join keeps.
        let normal = inf.env.is_some();
        if !normal {
            inf.env = entry;
        }
        inf.block(finalbody)?;
        if !normal {
            inf.env = None;
        }
    }
    Ok(())
}

/// The class of an `except` clause must be a built-in exception.
fn exception_class(inf: &mut Infer, c: &Expr) -> IResult<()> {
    let t = inf.expr(c)?;
    let ok = super::class::is_exception(inf, &t)
        || matches!(
            super::lib::entry_of(inf, &t),
            Some(super::lib::Entry {
                item: super::lib::Item::Exception,
                ..
            })
        );
    if !ok {
        return Err(inf.err(
            "TypeError",
            c.span,
            "rumba can catch only exceptions (an 'except' clause names an exception class or a tuple of them)",
        ));
    }
    Ok(())
}

/// Binds `except E as name`.
fn bind_exc(inf: &mut Infer, name: &str, span: Span) -> IResult<()> {
    let name: Rc<str> = Rc::from(name);
    if inf.globals_declared.contains(&name) {
        return Err(inf.err(
            "SyntaxError",
            span,
            "'except ... as' a name declared global is not supported by rumba",
        ));
    }
    if !inf.at_module {
        inf.locals.insert(name.clone());
        let seen = inf.out.local_types.entry(name.clone()).or_default();
        if !seen.contains(&Type::Exc) {
            seen.push(Type::Exc);
        }
    }
    for region in &mut inf.try_assigned {
        region.push((name.clone(), Type::Exc, span));
    }
    inf.env.get_or_insert_with(Env::new).insert(
        name,
        Var {
            ty: Type::Exc,
            def: span,
            maybe: false,
        },
    );
    Ok(())
}

/// Every variable a handler's region assigns keeps the type it had before
/// the region, or one type if it had none.
fn one_type(inf: &Infer, entry: &Option<Env>, region: &[(Rc<str>, Type, Span)]) -> IResult<()> {
    for (i, (name, t, span)) in region.iter().enumerate() {
        let before = entry.as_ref().and_then(|e| e.get(name)).map(|v| &v.ty);
        let first = before.or_else(|| region[..i].iter().find(|r| r.0 == *name).map(|r| &r.1));
        // An unknown type (a recursive call's, before the fixpoint) is
        // settled by a later round.
        if let Some(f) = first.filter(|f| **f != Type::Unknown) {
            if f != t && *t != Type::Unknown {
                return Err(inf.err(
                    "TypeError",
                    *span,
                    format!(
                        "variable '{name}' becomes {} inside a 'try' block where it is also {}; rumba needs one type per variable there, as a handler may run from any point",
                        inf.tyname(t),
                        inf.tyname(f)
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether a handler catches NameError (by itself or a base class).
fn catches_name_error(h: &ExceptHandler) -> bool {
    let catches = |e: &Expr| {
        matches!(&e.kind, ExprKind::Name(n)
            if matches!(n.as_str(), "NameError" | "Exception" | "BaseException"))
    };
    match &h.typ {
        None => true,
        Some(Expr {
            kind: ExprKind::Tuple(items),
            ..
        }) => items.iter().any(catches),
        Some(t) => catches(t),
    }
}

/// A module `try` body whose handlers catch NameError: a simple statement
/// that reads a name never defined, before doing anything else, raises
/// NameError when it runs (CPython finds out only then), where elsewhere
/// it is a compile error.
fn try_body(inf: &mut Infer, body: &[Stmt]) -> IResult<()> {
    for s in body {
        if inf.env.is_none() {
            break;
        }
        match inf.stmt(s) {
            Err(d) if d.kind == "NameError" && reads_first(s, &d.msg) => {
                inf.out
                    .name_errors
                    .insert(stmt_key(s), Rc::from(d.msg.as_str()));
                inf.env = None;
            }
            r => r?,
        }
    }
    Ok(())
}

/// Whether `s` reads the undefined name of NameError message `msg` before
/// anything it does could have an effect.
fn reads_first(s: &Stmt, msg: &str) -> bool {
    let Some(name) = msg
        .strip_prefix("name '")
        .and_then(|m| m.strip_suffix("' is not defined"))
    else {
        return false;
    };
    let first = match &s.kind {
        StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } => reached(e, name),
        StmtKind::AugAssign { target, value, .. } => {
            reached(target, name).or_else(|| reached(value, name))
        }
        _ => None,
    };
    first == Some(true)
}

/// In evaluation order: `Some(true)` when `e` reads `name` before any call
/// (or code whose order is not plain), `Some(false)` when something else
/// comes first, `None` when neither happens in `e`.
fn reached(e: &Expr, name: &str) -> Option<bool> {
    let seq = |items: &mut dyn Iterator<Item = &Expr>| {
        for i in items {
            if let Some(r) = reached(i, name) {
                return Some(r);
            }
        }
        None
    };
    match &e.kind {
        ExprKind::Name(n) => (n == name).then_some(true),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => seq(&mut std::iter::once(&**func)
            .chain(args.iter())
            .chain(keywords.iter().map(|k| &k.value)))
        .or(Some(false)),
        ExprKind::BinOp { left, right, .. } => seq(&mut [&**left, &**right].into_iter()),
        ExprKind::Unary { operand, .. } | ExprKind::Starred(operand) => reached(operand, name),
        ExprKind::Attribute { value, .. } => reached(value, name),
        ExprKind::Subscript { value, index } => seq(&mut [&**value, &**index].into_iter()),
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            seq(&mut items.iter())
        }
        // Short-circuits, comprehensions and the like may skip or reorder.
        ExprKind::BoolOp { values, .. } => values
            .first()
            .and_then(|v| reached(v, name))
            .or(Some(false)),
        ExprKind::Compare { left, .. } => reached(left, name).or(Some(false)),
        ExprKind::IfExp { test, .. } => reached(test, name).or(Some(false)),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => None,
        _ => Some(false),
    }
}

/// Refuses `return`, `yield`, and a `break` or `continue` not inside a
/// loop of its own, in `body` (a block with a `finally`, or a `with`
/// body, whose exit code must run); `refusal` words the error for the
/// statement's keyword.
pub fn no_jump_out(
    inf: &Infer,
    body: &[Stmt],
    in_loop: bool,
    refusal: &dyn Fn(&str) -> String,
) -> IResult<()> {
    for s in body {
        let what = match &s.kind {
            StmtKind::Return(_) => Some("return"),
            // A generator left suspended there would never run the exit
            // code (CPython runs it when the generator is closed).
            StmtKind::Yield(_) => Some("yield"),
            StmtKind::Break if !in_loop => Some("break"),
            StmtKind::Continue if !in_loop => Some("continue"),
            _ => None,
        };
        if let Some(w) = what {
            return Err(inf.err("SyntaxError", s.span, refusal(w)));
        }
        match &s.kind {
            StmtKind::If { body, orelse, .. } => {
                no_jump_out(inf, body, in_loop, refusal)?;
                no_jump_out(inf, orelse, in_loop, refusal)?;
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                no_jump_out(inf, body, true, refusal)?;
                no_jump_out(inf, orelse, in_loop, refusal)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                for b in [body, orelse, finalbody] {
                    no_jump_out(inf, b, in_loop, refusal)?;
                }
                for h in handlers {
                    no_jump_out(inf, &h.body, in_loop, refusal)?;
                }
            }
            StmtKind::With { body, .. } => no_jump_out(inf, body, in_loop, refusal)?,
            _ => {}
        }
    }
    Ok(())
}
