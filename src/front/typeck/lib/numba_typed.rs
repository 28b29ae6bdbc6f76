//! `numba.typed`: Numba's typed `Dict` (rumba's Numba-flavoured dict, its
//! key and value types declared) and `List` made from elements that print
//! alike in a typed list and a Python list.

use super::{func, CallSite, Module};
use crate::front::typeck::dict::dict_type;
use crate::front::typeck::{native, IResult, Infer};
use vm::lib_dict as ld;
use vm::types::Type;

pub const TYPED: Module = Module {
    name: "numba.typed",
    entries: &[&[item_module("Dict", "numba.typed.Dict"), func("List", list)]],
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
    let (e, _, _, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            format!("List() got an unexpected keyword argument '{}'", k.name),
        ));
    }
    if pos.is_empty() {
        // A typed list prints its elements with `str`, a Python list with
        // `repr`; rumba's lists are Python's, and the element type of an
        // empty one is only known from what is appended later.
        return Err(inf.err(
            "TypeError",
            e.span,
            "numba.typed.List() with no elements is not supported by rumba; give it its elements (List([1, 2])) or use a list",
        ));
    }
    let t = super::builtins::list(inf, c)?;
    if !prints_as_python(&t) {
        let tn = inf.tyname(&t);
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("rumba supports numba.typed.List of Python ints, floats and bools (and lists of them), not {tn}"),
        ));
    }
    Ok(t)
}

/// Whether a list prints alike with `str` of its elements (Numba's typed
/// list) and `repr` (Python's).
fn prints_as_python(t: &Type) -> bool {
    match t {
        Type::List(el) => prints_as_python(el),
        t => t.is_py_scalar(),
    }
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
