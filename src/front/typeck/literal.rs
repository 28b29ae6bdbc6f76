//! Numba's literal types: an argument whose value is part of its type
//! (`Literal[int](2)`). A jitted function is specialized on a literal
//! argument when `numba.literally(n)` asks for it: typing fails with
//! `ForceLiteralArg` naming the parameter, and the caller retries with the
//! value its call passes (a constant there), or passes the request on to
//! its own caller when the value is one of its parameters, as Numba's
//! dispatcher does. A literal argument has no slots: reading the parameter
//! gives the constant. `overload` typing functions see constant arguments
//! as literal types too (`typeck/overload.rs`).

use super::lib::CallSite;
use super::{arity, pos_args, IResult, Infer};
use crate::front::ast::*;
use crate::front::diag::Diag;
use crate::front::typed::{Arg, Const, Intrinsic, Res, SpecId};
use std::rc::Rc;
use vm::types::{ConstKind, IntTy, Type};

/// The kind of error that asks the caller for literal arguments; the
/// parameters are in `Program::literal_request`.
pub const FORCE: &str = "ForceLiteralArg";

/// The literal id of a literal type, or of the type object of one.
pub fn literal_of(t: &Type) -> Option<u32> {
    match t {
        Type::Const(ConstKind::Literal, id) => Some(*id),
        Type::TypeObj(inner) => literal_of(inner),
        _ => None,
    }
}

/// The literal's Numba class (`IntegerLiteral`...) and its plain type.
pub fn class_of(prog: &crate::program::Program, id: u32) -> Option<(&'static str, Type)> {
    let (c, t) = prog.literals.get(id as usize)?;
    let class = match c {
        Const::Int(_) => "IntegerLiteral",
        Const::Bool(_) => "BooleanLiteral",
        Const::Str(_) => "StringLiteral",
        _ => return None,
    };
    Some((class, t.clone()))
}

/// The literal type of a constant expression's value, if Numba has one.
pub fn of_const(inf: &mut Infer, e: &Expr, t: &Type) -> Option<Type> {
    let c = inf.const_of(e)?.clone();
    match (&c, t) {
        (Const::Int(_), Type::Int(_)) | (Const::Bool(_), Type::Bool | Type::NpBool) => {}
        (Const::Str(_), Type::Str) => {}
        _ => return None,
    }
    Some(inf.prog.intern_literal(c, t.clone()))
}

/// A read of a parameter specialized as a literal: its constant value.
pub fn read(inf: &mut Infer, e: &Expr, id: u32) -> Type {
    let (c, t) = inf.prog.literals[id as usize].clone();
    inf.konst(e, c);
    inf.res(e, Res::Const);
    t
}

/// `.literal_value` and `.literal_type` of a literal type object.
pub fn type_attr(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    id: u32,
    attr: &str,
    attr_span: Span,
) -> IResult<Type> {
    let (c, t) = inf.prog.literals[id as usize].clone();
    if !super::expr::pure(value) {
        return Err(inf.err(
            "TypeError",
            value.span,
            "rumba reads a literal type's attributes only from a name",
        ));
    }
    inf.res(e, Res::Const);
    match attr {
        "literal_value" => {
            inf.konst(e, c);
            Ok(t)
        }
        "literal_type" => Ok(Type::TypeObj(Rc::new(numba_plain(&t)))),
        _ => {
            let class = class_of(inf.prog, id).map_or("Literal", |(k, _)| k);
            Err(inf.err(
                "AttributeError",
                attr_span,
                format!("'{class}' object has no attribute '{attr}'"),
            ))
        }
    }
}

/// The Numba type of a literal's value: Python's int is int64.
fn numba_plain(t: &Type) -> Type {
    match t {
        Type::Int(i) if i.py => Type::Int(IntTy { py: false, ..*i }),
        Type::Bool => Type::NpBool,
        t => t.clone(),
    }
}

/// `numba.types.literal(value)`: the literal type of a constant.
pub fn literal_type(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "literal", c.pos.len(), 1, 1)?;
    let Some(t) = of_const(inf, &c.args[0], &c.pos[0]) else {
        return Err(inf.err(
            "TypeError",
            c.args[0].span,
            "numba.types.literal() takes a constant int, bool or str in rumba",
        ));
    };
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(t)))
}

/// `numba.types.unliteral(t)`: the type a literal's value has.
pub fn unliteral(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "unliteral", c.pos.len(), 1, 1)?;
    let Type::TypeObj(inner) = &c.pos[0] else {
        return Err(inf.err(
            "TypeError",
            c.args[0].span,
            "numba.types.unliteral() takes a Numba type",
        ));
    };
    inf.res(c.e, Res::Const);
    Ok(match literal_of(inner) {
        Some(id) => Type::TypeObj(Rc::new(numba_plain(&inf.prog.literals[id as usize].1))),
        None => c.pos[0].clone(),
    })
}

/// `numba.literally(x)`: `x`, whose value must be known when the jitted
/// function compiles; a parameter that is not yet a literal makes the
/// caller specialize the function on its value.
pub fn literally(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "literally", c.pos.len(), 1, 1)?;
    let (a, t) = (&c.args[0], c.pos[0].clone());
    if let Some(k) = inf.const_of(a).cloned() {
        inf.konst(c.e, k);
        inf.res(c.e, Res::Const);
        return Ok(t);
    }
    if !inf.jitted() {
        // Outside jitted code, as in CPython, it returns its argument.
        inf.res(
            c.e,
            super::intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![t.clone()]),
        );
        return Ok(t);
    }
    match param_index(inf, a) {
        Some((s, i)) => Err(request(inf, s, i, a.span)),
        None => Err(inf.err(
            "TypeError",
            a.span,
            "Unsupported use of literally(): its argument must be a constant or an argument of the jitted function",
        )),
    }
}

/// The spec being typed and the index of its parameter that `a` reads,
/// if `a` is a parameter still holding the value it was passed.
fn param_index(inf: &Infer, a: &Expr) -> Option<(SpecId, usize)> {
    let ExprKind::Name(n) = &a.kind else {
        return None;
    };
    let s = inf.spec?;
    let fid = inf.prog.specs[s as usize].func;
    let f = &inf.prog.funcs[fid as usize];
    let var = inf.env.as_ref()?.get(n.as_str())?;
    let params = super::funcs::func_params(&f.def.params, &f.captures);
    let i = params
        .iter()
        .position(|(name, p)| name == n && p.span == var.def)?;
    Some((s, i))
}

fn request(inf: &mut Infer, s: SpecId, i: usize, span: Span) -> Diag {
    inf.prog.literal_request = Some((s, vec![i]));
    let name = inf.prog.funcs[inf.prog.specs[s as usize].func as usize]
        .name
        .clone();
    inf.err(
        FORCE,
        span,
        format!(
            "literally(): rumba specializes '{name}' on this argument's value only where a call passes a constant"
        ),
    )
}

/// The specialization of script function `f` for `types`; a request for
/// literal arguments is met with the constants `args` gives them (their
/// call slots become constants) or passed on to the caller.
pub fn specialize(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    types: &mut [Type],
    call_args: &mut [Arg],
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<SpecId> {
    let hold = inf.prog.literal_hold.take() == Some(f);
    loop {
        let d = match inf.specialize(f, types.to_vec(), e.span) {
            Ok(s) => return Ok(s),
            Err(d) if hold => return Err(d),
            Err(d) => d,
        };
        let wanted = take_request(inf, f, types, &d)?;
        for i in wanted {
            let arg = match call_args.get(i) {
                Some(Arg::Pos(j)) => &args[*j],
                Some(Arg::Kw(j)) => &kws[*j].value,
                _ => return Err(d),
            };
            match of_const(inf, arg, &types[i]) {
                Some(lit) => {
                    let c = inf.const_of(arg).cloned().unwrap_or(Const::None);
                    types[i] = lit.clone();
                    call_args[i] = Arg::Const(c, lit);
                }
                None => return Err(pass_on(inf, arg, d)),
            }
        }
    }
}

/// The parameters the failed specialization of `f` for `types` asks to be
/// literal (the failure dropped), or the error itself if it is no request.
pub fn take_request(inf: &mut Infer, f: u32, types: &[Type], d: &Diag) -> IResult<Vec<usize>> {
    if d.kind != FORCE {
        return Err(d.clone());
    }
    let failed = inf.prog.funcs[f as usize].specs.get(types).copied();
    match (inf.prog.literal_request.take(), failed) {
        (Some((s, wanted)), Some(g)) if s == g => {
            inf.prog.drop_spec(s);
            Ok(wanted)
        }
        (r, _) => {
            inf.prog.literal_request = r;
            Err(d.clone())
        }
    }
}

/// A request for the value of `arg`, which is not a constant: passed on
/// if it is a parameter of the function being typed, else refused here.
pub fn pass_on(inf: &mut Infer, arg: &Expr, d: Diag) -> Diag {
    if inf.jitted() {
        if let Some((s, i)) = param_index(inf, arg) {
            return request(inf, s, i, arg.span);
        }
    }
    inf.err(
        "TypeError",
        arg.span,
        "literally(): rumba compiles this call before it runs, so the value of this argument must be a constant",
    )
    .note(d.msg, d.loc)
}
