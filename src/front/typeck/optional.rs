//! Numbers that may be None (Numba's `Optional` of a scalar): a variable
//! or a return that is None on one path and a number on another. `x is
//! None` tests it, and an `if` on that test narrows `x` in each branch to
//! None or to the number, which is how code gets at the value.

use super::Infer;
use crate::front::ast::*;
use crate::front::typed::{Global, ModId, Typed, Var};
use crate::program::Program;
use std::rc::Rc;
use vm::types::Type;

/// Whether a value of `t` can be None on some paths.
fn optional_of(t: &Type) -> bool {
    t.is_number() || t.is_complex()
}

/// The type None and a number (or two optionals) unify to.
pub fn unify(inf: &Infer, a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::None, t) | (t, Type::None) if optional_of(t) => Some(Type::Opt(Rc::new(t.clone()))),
        (Type::Opt(_), Type::None) => Some(a.clone()),
        (Type::None, Type::Opt(_)) => Some(b.clone()),
        (Type::Opt(x), Type::Opt(y)) => opt_of(inf.unify(x, y)?),
        (Type::Opt(x), t) | (t, Type::Opt(x)) if optional_of(t) => opt_of(inf.unify(x, t)?),
        _ => None,
    }
}

fn opt_of(t: Type) -> Option<Type> {
    optional_of(&t).then(|| Type::Opt(Rc::new(t)))
}

/// `if x is None` / `if x is not None` on an optional variable: the
/// variable, its number type, and whether the test is true when it is None.
fn narrowing(inf: &Infer, test: &Expr) -> Option<(Rc<str>, Type, bool)> {
    let (name, none_when_true) = none_test(test)?;
    match &inf.env.as_ref()?.get(&*name)?.ty {
        Type::Opt(t) => Some((name, (**t).clone(), none_when_true)),
        _ => None,
    }
}

/// The name `x is None` or `x is not None` tests, and whether the test is
/// true when it is None.
fn none_test(test: &Expr) -> Option<(Rc<str>, bool)> {
    let ExprKind::Compare { left, ops } = &test.kind else {
        return None;
    };
    let [(op, right)] = &ops[..] else {
        return None;
    };
    let none_when_true = match op {
        CmpOp::Is => true,
        CmpOp::IsNot => false,
        _ => return None,
    };
    let (ExprKind::Name(n), ExprKind::None) = (&left.kind, &right.kind) else {
        return None;
    };
    Some((Rc::from(n.as_str()), none_when_true))
}

/// `x is None or ...` / `x is not None and ...`: the operands after the
/// first see `x` as its number. Returns what to restore after the operands.
pub fn narrow_boolop(
    inf: &mut Infer,
    e: &Expr,
    op: BoolOp,
    first: &Expr,
) -> Option<(Rc<str>, Var)> {
    let (name, t, none_when_true) = narrowing(inf, first)?;
    if none_when_true != (op == BoolOp::Or) {
        return None;
    }
    inf.out.narrow_ops.insert(e.id, (name.clone(), t.clone()));
    let var = inf.env.as_mut()?.get_mut(&name)?;
    let saved = var.clone();
    var.ty = t;
    Some((name, saved))
}

/// Module code runs the branch an `if x is None` took: an optional
/// global `x` is None there or its number. The test, run as an `if`
/// statement of its own (`Driver::truth`), narrowed `x` in that branch,
/// which left the number in the global slots of its type.
pub fn narrow_global(prog: &mut Program, m: ModId, test: &Expr, taken: bool) {
    let Some((name, is_none)) = branch_test(test, taken) else {
        return;
    };
    let Some(g) = prog.modules[m as usize].globals.get(&*name) else {
        return;
    };
    let Type::Opt(t) = &g.ty else {
        return;
    };
    let narrowed = if is_none {
        Global {
            ty: Type::None,
            def: g.def.clone(),
            slots: Vec::new(),
        }
    } else {
        let (t, def) = ((**t).clone(), g.def.clone());
        let slots = prog.global_slots(m, &name, &t);
        Global { ty: t, def, slots }
    };
    let typed = Typed {
        global_out: vec![(name.to_string(), narrowed)],
        ..Typed::default()
    };
    prog.commit_globals(m, &typed);
}

/// What the branch `then` (true) or `else` of an `if` on `test` knows of
/// an optional variable: its name, number type, and whether it is None.
/// `x is not None and ...` tells only when true, `x is None or ...` only
/// when false.
fn branch_narrowing(inf: &Infer, test: &Expr, then: bool) -> Option<(Rc<str>, Type, bool)> {
    let (name, is_none) = branch_test(test, then)?;
    match &inf.env.as_ref()?.get(&*name)?.ty {
        Type::Opt(t) => Some((name, (**t).clone(), is_none)),
        _ => None,
    }
}

/// The name an `if` test checks against None, and whether it is None in
/// the branch `then` (true) or `else`, whatever its type.
fn branch_test(test: &Expr, then: bool) -> Option<(Rc<str>, bool)> {
    let ExprKind::BoolOp { op, values } = &test.kind else {
        let (name, none_when_true) = none_test(test)?;
        return Some((name, none_when_true == then));
    };
    let (name, none_when_true) = none_test(values.first()?)?;
    match (op, none_when_true, then) {
        (BoolOp::And, false, true) | (BoolOp::Or, true, false) => Some((name, false)),
        _ => None,
    }
}

/// Narrows the variable the test of an `if` statement or conditional
/// expression (`key`: `stmt_key` or `expr_key`) checks, in the branch
/// `then` (true) or `else`, and records it for lowering. Returns the
/// variable as it was.
pub fn narrow(inf: &mut Infer, key: usize, test: &Expr, then: bool) -> Option<(Rc<str>, Var)> {
    let (name, t, is_none) = branch_narrowing(inf, test, then)?;
    inf.out
        .narrows
        .insert((key, then), (name.clone(), t.clone(), is_none));
    let var = inf.env.as_mut()?.get_mut(&name)?;
    let saved = var.clone();
    var.ty = if is_none { Type::None } else { t };
    Some((name, saved))
}

impl Infer<'_> {
    /// Undoes a narrowing.
    pub fn restore(&mut self, saved: Option<(Rc<str>, Var)>) {
        if let (Some((name, var)), Some(env)) = (saved, self.env.as_mut()) {
            env.insert(name, var);
        }
    }
}

/// The key of a conditional expression's narrowing.
pub fn expr_key(e: &Expr) -> usize {
    e as *const Expr as usize
}
