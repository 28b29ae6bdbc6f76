//! Typing of C interop: cffi, ctypes, Numba's pointer types and cfunc.

use super::ast::*;
use super::infer::{IResult, Infer, Res};
use vm::types::{ConstKind, Type};

fn unsupported(inf: &Infer, span: Span, what: &str) -> super::diag::Diag {
    inf.err(
        "TypeError",
        span,
        format!("{what} is not supported by rumba"),
    )
}

#[allow(clippy::too_many_arguments)]
pub fn call(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    _args: &[Expr],
    _pos: &[Type],
    _kws: &[Keyword],
    _kw: &[Type],
) -> IResult<Type> {
    Err(unsupported(inf, e.span, name))
}

pub fn cfunc_decorator(
    inf: &mut Infer,
    e: &Expr,
    _args: &[Expr],
    _pos: &[Type],
    _kws: &[Keyword],
) -> IResult<Type> {
    Err(unsupported(inf, e.span, "numba.cfunc"))
}

/// Calls of compile-time values other than functions and types: methods
/// of type objects (`int32.pointer()`).
#[allow(clippy::too_many_arguments)]
pub fn const_call(
    inf: &mut Infer,
    e: &Expr,
    ft: &Type,
    _args: &[Expr],
    pos: &[Type],
    _kws: &[Keyword],
    _kw: &[Type],
) -> IResult<Type> {
    if let Some((recv, name)) = inf.prog.method_of(ft) {
        match (&recv, name.as_str()) {
            (Type::TypeObj(t), "pointer") if pos.is_empty() => {
                let p = inf
                    .prog
                    .pointer_to(t)
                    .ok_or_else(|| unsupported(inf, e.span, "a pointer to this type"))?;
                inf.res(e, Res::Const);
                return Ok(Type::TypeObj(std::rc::Rc::new(p)));
            }
            (Type::TypeObj(t), "get_dtype") if pos.is_empty() => {
                inf.res(e, Res::Const);
                return Ok(Type::TypeObj(t.clone()));
            }
            _ => {}
        }
    }
    Err(inf.err(
        "TypeError",
        e.span,
        format!("{} is not callable", inf.tyname(ft)),
    ))
}

pub fn const_attr(inf: &mut Infer, _e: &Expr, vt: &Type, attr: &str, span: Span) -> IResult<Type> {
    let what = match vt {
        Type::Const(ConstKind::Func, _) => "function",
        _ => "this value",
    };
    Err(inf.err(
        "AttributeError",
        span,
        format!("{what} has no attribute '{attr}'"),
    ))
}

#[allow(clippy::too_many_arguments)]
pub fn assign_const_attr(
    inf: &mut Infer,
    _target: &Expr,
    _obj: &Expr,
    ot: &Type,
    attr: &str,
    span: Span,
    _t: &Type,
) -> IResult<()> {
    Err(inf.err(
        "AttributeError",
        span,
        format!("cannot set attribute '{attr}' of {}", inf.tyname(ot)),
    ))
}
