//! numpy's type objects as values: the scalar classes (`np.float64`, a
//! `Type::NpClass`) and dtypes (`a.dtype`, `np.dtype('f8')`, a
//! `Type::TypeObj` of the scalar type, which Numba's types share).

use super::{type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Const, Res};
use std::rc::Rc;
use vm::dtype::DType;
use vm::types::Type;

/// numpy's one-letter kind, type character and array-protocol string of
/// a scalar dtype.
fn codes(dt: DType) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match dt {
        DType::Bool => ("b", "?", "|b1"),
        DType::I8 => ("i", "b", "|i1"),
        DType::I16 => ("i", "h", "<i2"),
        DType::I32 => ("i", "i", "<i4"),
        DType::I64 => ("i", "l", "<i8"),
        DType::U8 => ("u", "B", "|u1"),
        DType::U16 => ("u", "H", "<u2"),
        DType::U32 => ("u", "I", "<u4"),
        DType::U64 => ("u", "L", "<u8"),
        DType::F32 => ("f", "f", "<f4"),
        DType::F64 => ("f", "d", "<f8"),
        DType::C128 => ("c", "D", "<c16"),
        DType::Text { .. } | DType::Record(_) => return None,
    })
}

/// Attributes of a scalar dtype beyond `itemsize` and `name`: `kind`,
/// `char`, `str` and `type` (its numpy class). None for other attributes.
pub fn dtype_attr(inf: &mut Infer, e: &Expr, t: &Type, attr: &str) -> Option<Type> {
    let dt = t.dtype()?;
    let (kind, ch, proto) = codes(dt)?;
    let text = match attr {
        "kind" => kind,
        "char" => ch,
        "str" => proto,
        "type" => {
            inf.res(e, Res::Const);
            return Some(Type::NpClass(Rc::new(Type::of_dtype(dt))));
        }
        _ => return None,
    };
    inf.konst(e, Const::Str(Rc::from(text)));
    inf.res(e, Res::Const);
    Some(Type::Str)
}

/// Attributes of a numpy scalar class: `__name__`.
pub fn class_attr(inf: &mut Infer, e: &Expr, t: &Type, attr: &str, span: Span) -> IResult<Type> {
    match (attr, t.dtype()) {
        ("__name__", Some(dt)) => {
            inf.konst(e, Const::Str(Rc::from(dt.name())));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        _ => Err(inf.err(
            "AttributeError",
            span,
            format!(
                "type object 'numpy.{}' has no attribute '{attr}' (or rumba does not support it)",
                t.dtype().map_or("?", DType::name)
            ),
        )),
    }
}

/// Refuses to print the repr of a float32 or bool type object (in a tuple
/// or through `repr`): numpy's dtype reprs as `dtype('float32')`, Numba's
/// type as `float32`, and the two share one type in rumba.
pub fn check_type_repr(inf: &Infer, span: Span, t: &Type, repr: bool) -> IResult<()> {
    match t {
        Type::TypeObj(inner) if repr && matches!(**inner, Type::F32 | Type::NpBool) => {
            Err(type_err(
                inf,
                span,
                format!(
                    "the repr of the {} type object is not supported by rumba: it cannot tell numpy's dtype from Numba's type",
                    inf.tyname(inner)
                ),
            ))
        }
        Type::Tuple(items) | Type::MixedList(items) => {
            items.iter().try_for_each(|t| check_type_repr(inf, span, t, true))
        }
        Type::Named(n) => n.items.iter().try_for_each(|t| check_type_repr(inf, span, t, true)),
        _ => Ok(()),
    }
}
