//! Methods of scalars — numpy's `x.round(n)`, `x.item()`,
//! `x.is_integer()`, and `conjugate()` of real numbers — and `round(x, n)`
//! where numpy's algorithm (numpy scalars in module code) or Numba's
//! (jitted code) runs instead of CPython's.

use super::{native, native_aux, type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use vm::lib_npscalar::{self as nps, RoundKind};
use vm::types::{Type, PYINT};

/// Records a method call: the receiver is evaluated as the first argument.
fn method(inf: &mut Infer, e: &Expr, value: &Expr, mut res: Res) {
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
}

fn numpy_scalar(t: &Type) -> bool {
    (t.is_number() || t.is_complex()) && !t.is_py_scalar()
}

/// The `round(x, n)` algorithm for a value of type `t`: None where
/// CPython's runs (Python scalars in module code).
pub fn round_kind(inf: &Infer, t: &Type) -> Option<RoundKind> {
    if inf.jitted() {
        return Some(match t {
            Type::F32 => RoundKind::NumbaF32,
            _ => RoundKind::NumbaF64,
        });
    }
    match t {
        _ if t.is_py_scalar() => None,
        Type::F32 => Some(RoundKind::NpF32),
        Type::NpF64 => Some(RoundKind::NpF64),
        Type::Int(i) => Some(RoundKind::NpInt(i.dtype())),
        _ => None,
    }
}

/// `round(x, n)` by numpy's or Numba's algorithm: numpy's keeps the
/// scalar's type; Numba's gives the float type (float64 for ints).
pub fn round_call(inf: &mut Infer, e: &Expr, t: &Type, kind: RoundKind) -> Type {
    let (slot, rt) = match kind {
        RoundKind::NpF32 | RoundKind::NumbaF32 => (Type::F32, Type::F32),
        RoundKind::NpF64 => (Type::NpF64, Type::NpF64),
        RoundKind::NpInt(_) => (t.clone(), t.clone()),
        RoundKind::NumbaF64 => (Type::F64, if t.is_int() { Type::F64 } else { t.clone() }),
    };
    let args = vec![Arg::Pos(0), Arg::Pos(1)];
    inf.res(
        e,
        native_aux("round", nps::round_n, args, vec![slot, PYINT], kind),
    );
    rt
}

#[allow(clippy::too_many_arguments)]
pub fn method_call(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    rt: &Type,
    name: &str,
    name_span: Span,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kwt: &[Type],
) -> IResult<Type> {
    let n = pos.len();
    let jitted = inf.jitted();
    let takes = |inf: &Infer, max: usize, kw: &[&str]| -> IResult<()> {
        if let Some(k) = kws.iter().find(|k| !kw.contains(&&*k.name)) {
            return Err(type_err(
                inf,
                k.name_span,
                format!("{name}() got an unexpected keyword argument '{}'", k.name),
            ));
        }
        if n + kws.len() > max {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "{name}() takes at most {max} arguments ({} given)",
                    n + kws.len()
                ),
            ));
        }
        Ok(())
    };
    let real = rt.is_number() && !rt.is_bool();
    match name {
        "conjugate" if real => {
            takes(inf, 0, &[])?;
            method(
                inf,
                e,
                value,
                super::intrinsic(Intrinsic::Cast, vec![], vec![rt.clone()]),
            );
            Ok(rt.clone())
        }
        "item" if numpy_scalar(rt) || (jitted && (rt.is_number() || rt.is_complex())) => {
            takes(inf, 0, &[])?;
            let to = super::numpy::boxed(rt);
            method(
                inf,
                e,
                value,
                super::intrinsic(Intrinsic::Cast, vec![], vec![rt.clone()]),
            );
            Ok(to)
        }
        "is_integer" | "round" if jitted => Err(inf.err(
            "TypingError",
            name_span,
            format!(
                "Numba does not support the {name}() method of {} in jitted code",
                inf.tyname(rt)
            ),
        )),
        "is_integer" if rt.is_float() || (rt.is_int() && !rt.is_py_scalar()) => {
            takes(inf, 0, &[])?;
            method(
                inf,
                e,
                value,
                native("is_integer", nps::is_integer, vec![], vec![Type::F64]),
            );
            Ok(Type::Bool)
        }
        "round" if numpy_scalar(rt) && !rt.is_complex() && !rt.is_bool() => {
            takes(inf, 1, &["decimals"])?;
            let (arg, t) = match (pos.first(), kws.first()) {
                (Some(t), _) => (Arg::Pos(0), t),
                (None, Some(_)) => (Arg::Kw(0), &kwt[0]),
                (None, None) => (Arg::Const(Const::Int(0), PYINT), &PYINT),
            };
            if !t.is_int() {
                let at = args.first().map_or(e.span, |a| a.span);
                return Err(type_err(inf, at, "round()'s decimals must be an integer"));
            }
            let Some(kind) = round_kind(inf, rt) else {
                return Err(type_err(
                    inf,
                    e.span,
                    "round() of this scalar is not supported",
                ));
            };
            let slot = match kind {
                RoundKind::NpF32 => Type::F32,
                RoundKind::NpInt(_) => rt.clone(),
                _ => Type::NpF64,
            };
            let res = native_aux("round", nps::round_n, vec![arg], vec![slot, PYINT], kind);
            method(inf, e, value, res);
            Ok(rt.clone())
        }
        _ => Err(inf.err(
            "AttributeError",
            name_span,
            format!("{} has no method '{name}'", inf.tyname(rt)),
        )),
    }
}

/// `x.real` (the value) and `x.imag` (zero of its type) of a real number.
pub fn part(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    t: &Type,
    imag: bool,
    span: Span,
) -> IResult<Type> {
    if !imag {
        inf.res(
            e,
            super::intrinsic(Intrinsic::Cast, vec![], vec![t.clone()]),
        );
        return Ok(t.clone());
    }
    if !super::expr::pure(value) {
        return Err(type_err(
            inf,
            span,
            "the imag of a real number computed in place is not supported by rumba; assign it to a name first",
        ));
    }
    inf.konst(
        e,
        if t.is_int() {
            Const::Int(0)
        } else {
            Const::Float(0.0)
        },
    );
    inf.res(e, Res::Const);
    Ok(t.clone())
}
