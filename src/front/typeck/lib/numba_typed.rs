//! `numba.typed`: Numba's typed `Dict` (rumba's Numba-flavoured dict, its
//! key and value types declared) and `List` (a list whose item type comes
//! from its elements, its first append or `empty_list`, printed as Numba
//! prints it).

use super::{func, CallSite, Module};
use crate::front::ast::Span;
use crate::front::typeck::dict::dict_type;
use crate::front::typeck::{native, IResult, Infer};
use std::rc::Rc;
use vm::lib_base as base;
use vm::lib_dict as ld;
use vm::types::{Type, PYINT};

pub const TYPED: Module = Module {
    name: "numba.typed",
    entries: &[&[item_module("Dict", "numba.typed.Dict"), func("List", list)]],
    complete: false,
    star: false,
};

/// `List`'s other constructor, `List.empty_list(item_type)`.
pub const LIST: Module = Module {
    name: "numba.typed.List",
    entries: &[&[func("empty_list", empty_list)]],
    complete: false,
    star: false,
};

/// `Dict`, for its constructor `Dict.empty(key_type, value_type)`.
pub const DICT: Module = Module {
    name: "numba.typed.Dict",
    entries: &[&[func("empty", dict_empty)]],
    complete: false,
    star: false,
};

const fn item_module(name: &'static str, m: &'static str) -> super::Entry {
    super::item(name, super::Item::Module(m))
}

/// `List()`, empty until its first append types it, or `List(iterable)`.
fn list(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            format!("List() got an unexpected keyword argument '{}'", k.name),
        ));
    }
    if pos.is_empty() {
        inf.res(e, native("List", base::list_new, vec![], vec![]));
        return Ok(Type::TypedList(Rc::new(Type::Unknown)));
    }
    let t = super::builtins::list(inf, c)?;
    let el = t.list_elem().map_or(Type::Unknown, |el| (**el).clone());
    let item = item_type(inf, args[0].span, &el)?;
    if item != el {
        // The items are converted into a list of Numba's item type.
        return Err(inf.err(
            "TypeError",
            args[0].span,
            format!(
                "rumba makes a numba.typed.List from items of its own type; these are {}",
                inf.tyname(&el)
            ),
        ));
    }
    Ok(Type::TypedList(Rc::new(item)))
}

/// `List.empty_list(item_type)`.
fn empty_list(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kw) = c.parts();
    let arg = match (pos, kws, kw) {
        ([t], [], []) => Some((args[0].span, t)),
        ([], [k], [t]) if k.name == "item_type" => Some((k.value.span, t)),
        _ => None,
    };
    let Some((span, Type::TypeObj(t))) = arg else {
        return Err(inf.err(
            "TypeError",
            e.span,
            "List.empty_list() takes one argument, the Numba type of the items",
        ));
    };
    let item = item_type(inf, span, t)?;
    inf.res(e, native("List", base::list_new, vec![], vec![]));
    Ok(Type::TypedList(Rc::new(item)))
}

/// The item type a typed list of `t` holds, as a Python value reads it
/// back: int64, float64 and bool read as Python's (a narrower number
/// type, which Numba stores narrowed, is refused).
pub fn item_type(inf: &Infer, span: Span, t: &Type) -> IResult<Type> {
    let item = match t {
        Type::Int(i) if i.bits == 64 && i.signed => PYINT,
        Type::NpF64 => Type::F64,
        Type::NpBool => Type::Bool,
        Type::Bool | Type::F64 | Type::C128 | Type::Str | Type::Unknown => t.clone(),
        Type::Tuple(items) => Type::tuple(
            items
                .iter()
                .map(|t| item_type(inf, span, t))
                .collect::<IResult<Vec<_>>>()?,
        ),
        Type::TypedList(el) => Type::TypedList(Rc::new(item_type(inf, span, el)?)),
        Type::Array(a) if !matches!(a.dtype, vm::dtype::DType::Record(_)) => t.clone(),
        Type::Obj(c) if c.jit => t.clone(),
        _ => {
            return Err(inf.err(
                "TypeError",
                span,
                format!(
                    "rumba's numba.typed.List holds int64, float64, bool, complex128, str, arrays, jitclass instances, tuples of them and typed lists, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    Ok(item)
}

/// `Dict.empty(key_type=K, value_type=V)`.
fn dict_empty(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kw) = c.parts();
    let mut key = None;
    let mut val = None;
    for (i, (a, t)) in args.iter().zip(pos).enumerate() {
        match i {
            0 => key = Some((a.span, t.clone())),
            1 => val = Some((a.span, t.clone())),
            _ => return Err(inf.err("TypeError", a.span, "Dict.empty() takes two arguments")),
        }
    }
    for (k, t) in kws.iter().zip(kw) {
        match k.name.as_str() {
            "key_type" => key = Some((k.value.span, t.clone())),
            "value_type" => val = Some((k.value.span, t.clone())),
            "n_keys" => {}
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("Dict.empty() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    let key = type_arg(inf, e, "key_type", key)?;
    let val = type_arg(inf, e, "value_type", val)?;
    crate::front::typeck::dict::check_hashable(inf, e.span, &key)?;
    inf.res(e, native("dict", ld::dict_new, vec![], vec![]));
    Ok(dict_type(key, val, true))
}

/// A type argument of `Dict.empty`: a Numba type object.
fn type_arg(
    inf: &Infer,
    e: &crate::front::ast::Expr,
    what: &str,
    v: Option<(crate::front::ast::Span, Type)>,
) -> IResult<Type> {
    match v {
        Some((_, Type::TypeObj(t))) => Ok((*t).clone()),
        Some((span, _)) => Err(inf.err(
            "TypeError",
            span,
            format!("Dict.empty(): {what} must be a Numba type"),
        )),
        None => Err(inf.err(
            "TypeError",
            e.span,
            format!("Dict.empty() missing the argument {what}"),
        )),
    }
}
