//! Compile-time constants carried by names, as Numba's literal types carry
//! them: a local of a jitted function assigned exactly once, from a
//! constant, reads as that constant, and a module global tuple of strings
//! read by jitted code is the value Numba freezes at compilation. So a
//! record field name or an attribute name held in a variable
//! (`name = names[0]; rec[name]`) is known where it is used.

use super::Infer;
use crate::front::ast::*;
use crate::front::typed::Const;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use vm::types::Type;

/// The locals of a function assigned once by a plain `name = value`, and
/// the constants those assignments gave them so far.
#[derive(Default)]
pub struct ConstLocals {
    single: HashSet<Rc<str>>,
    values: HashMap<Rc<str>, Const>,
}

impl ConstLocals {
    /// Finds the names bound exactly once in `def`, by a one-target
    /// assignment. Bodies with nested scopes or other binding statements
    /// (where counting would need Python's full scoping rules) get none.
    pub fn of(def: &FunctionDef) -> ConstLocals {
        let mut counts: HashMap<Rc<str>, (u32, bool)> = HashMap::new();
        let mut params = Vec::new();
        let p = &def.params;
        for q in p
            .positional
            .iter()
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg)
        {
            params.push(q.name.clone());
        }
        if !count(&def.body, &mut counts) {
            return ConstLocals::default();
        }
        let single = counts
            .into_iter()
            .filter(|(n, (c, plain))| *c == 1 && *plain && !params.iter().any(|p| **p == **n))
            .map(|(n, _)| n)
            .collect();
        ConstLocals {
            single,
            values: HashMap::new(),
        }
    }
}

/// Counts the bindings of each name (and whether it is a plain one-target
/// assignment); `false` for a body this analysis does not cover.
fn count(body: &[Stmt], counts: &mut HashMap<Rc<str>, (u32, bool)>) -> bool {
    fn bind(e: &Expr, plain: bool, counts: &mut HashMap<Rc<str>, (u32, bool)>) {
        match &e.kind {
            ExprKind::Name(n) => {
                let c = counts.entry(Rc::from(n.as_str())).or_insert((0, true));
                c.0 += 1;
                c.1 &= plain;
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| bind(i, false, counts))
            }
            ExprKind::Starred(inner) => bind(inner, false, counts),
            _ => {}
        }
    }
    // A comprehension's targets are names of its own scope: they never
    // count as once-assigned locals.
    let mut scoped = false;
    let mut comp_targets = Vec::new();
    super::unroll::visit_stmts(body, &mut |e| match &e.kind {
        ExprKind::Lambda { .. } => scoped = true,
        ExprKind::ListComp { generators, .. } | ExprKind::GeneratorExp { generators, .. } => {
            comp_targets.extend(generators.iter().map(|g| g.target.clone()))
        }
        _ => {}
    });
    if scoped {
        return false;
    }
    for t in &comp_targets {
        bind(t, false, counts);
        bind(t, false, counts);
    }
    for s in body {
        let ok = match &s.kind {
            StmtKind::Assign { targets, .. } => {
                let plain = targets.len() == 1;
                targets.iter().for_each(|t| bind(t, plain, counts));
                true
            }
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                bind(target, false, counts);
                true
            }
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                bind(target, false, counts);
                count(body, counts) && count(orelse, counts)
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                count(body, counts) && count(orelse, counts)
            }
            StmtKind::Del(targets) => {
                targets.iter().for_each(|t| bind(t, false, counts));
                true
            }
            StmtKind::Expr(_)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Return(_)
            | StmtKind::Assert { .. }
            | StmtKind::Raise { .. } => true,
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// After `targets = value`: a once-assigned local takes the value's
/// constant.
pub fn assigned(inf: &mut Infer, targets: &[Expr], value: &Expr) {
    let [Expr {
        kind: ExprKind::Name(n),
        ..
    }] = targets
    else {
        return;
    };
    if inf.at_module || !inf.const_locals.single.contains(n.as_str()) {
        return;
    }
    if let Some(c) = inf.const_of(value).cloned() {
        inf.const_locals.values.insert(Rc::from(n.as_str()), c);
    }
}

/// A read of local `n`: its constant, if it has one and the read needs
/// no check that it is bound.
pub fn read_local(inf: &mut Infer, e: &Expr, n: &str) {
    if inf.at_module || inf.out.unbound_checks.contains_key(&e.id) {
        return;
    }
    if let Some(c) = inf.const_locals.values.get(n).cloned() {
        inf.konst(e, c);
    }
}

/// A jitted function's read of a module global tuple of strings (slots
/// `slots`): its current value, which Numba freezes when it compiles.
pub fn read_global(inf: &mut Infer, e: &Expr, t: &Type, slots: &[usize]) {
    let Type::Tuple(items) = t else {
        return;
    };
    if !inf.jitted() || items.len() != slots.len() || items.iter().any(|i| *i != Type::Str) {
        return;
    }
    let values: Option<Vec<Const>> = slots
        .iter()
        .map(|&s| inf.rt.str_global(s).map(|v| Const::Str(Rc::from(v))))
        .collect();
    if let Some(v) = values {
        inf.konst(e, Const::Tuple(v));
    }
}

/// `t[i]` of a constant tuple at a constant index: that item.
pub fn tuple_item(inf: &mut Infer, e: &Expr, value: &Expr, index: &Expr) {
    let (Some(Const::Tuple(items)), Some(Const::Int(i))) =
        (inf.const_of(value), inf.const_of(index))
    else {
        return;
    };
    let n = items.len() as i128;
    let j = if *i < 0 { i + n } else { *i };
    if let Some(c) = usize::try_from(j).ok().and_then(|j| items.get(j)).cloned() {
        inf.konst(e, c);
    }
}
