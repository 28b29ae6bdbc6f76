//! Iteration: the element types of `for` loops and unpacking, the
//! iteration helpers (`enumerate`, `zip`, `reversed`) and comprehensions.

use super::{IResult, Infer};
use crate::front::ast::*;
use crate::program::Program;
use std::rc::Rc;
use vm::types::{ConstKind, Type, PYINT};

/// The element type of a `for` loop over `t`.
pub fn iter_elem(inf: &mut Infer, iter: &Expr, t: &Type) -> IResult<Type> {
    match t {
        Type::Range => Ok(PYINT),
        Type::Gen(el) | Type::VarTuple(el) => Ok((**el).clone()),
        Type::Array(a) => Ok(if a.ndim == 1 {
            super::records::check_text_iter(inf, iter, t)?;
            Type::of_dtype(a.dtype)
        } else {
            super::numpy::row_of(a)
        }),
        Type::List(e) | Type::TypedList(e) => Ok((**e).clone()),
        Type::Dict(_) | Type::Set(_) => Ok(super::dict::iter_elem(t).unwrap_or(Type::Unknown)),
        Type::CData(id)
            if matches!(
                inf.prog.ctypes.get(*id),
                vm::ffi::ctype::CType::Array { .. }
            ) =>
        {
            let (elem, _) = inf.prog.c_elem(*id);
            super::index::c_elem_type(inf, elem).ok_or_else(|| {
                let msg = format!("cannot read elements of {}", inf.tyname(t));
                inf.err("TypeError", iter.span, msg)
            })
        }
        Type::Str => Ok(Type::Str),
        Type::Tuple(items) if uniform(items).is_some() => Ok(items[0].clone()),
        Type::Tuple(items) if items.is_empty() => Ok(Type::None),
        Type::Unknown => Ok(Type::Unknown),
        _ => {
            if let Some(t) = super::lib::enums::iterate(inf, iter, t)? {
                return Ok(t);
            }
            if let Some(t) = iter_call_elem(inf, iter, t)? {
                return Ok(t);
            }
            Err(inf.err(
                "TypeError",
                iter.span,
                format!("cannot iterate over {}", inf.tyname(t)),
            ))
        }
    }
}

/// The one type of a homogeneous tuple's elements (which a run-time index
/// or a real loop can read); `None` for an empty or heterogeneous tuple.
pub fn uniform(items: &[Type]) -> Option<Type> {
    let first = items.first()?;
    items.iter().all(|i| i == first).then(|| first.clone())
}

/// The element types of unpacking `t` into `n` targets.
pub fn unpack_types(inf: &mut Infer, t: &Type, n: usize, span: Span) -> IResult<Vec<Type>> {
    match &t.unnamed() {
        Type::Tuple(items) if items.len() == n => Ok(items.to_vec()),
        Type::Tuple(items) => Err(inf.err(
            "ValueError",
            span,
            if items.len() > n {
                format!("too many values to unpack (expected {n})")
            } else {
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            },
        )),
        Type::Unknown => Ok(vec![Type::Unknown; n]),
        // Their length is checked when the assignment runs.
        Type::List(el) => Ok(vec![(**el).clone(); n]),
        Type::Str => Ok(vec![Type::Str; n]),
        Type::Array(a)
            if !matches!(
                a.dtype,
                vm::dtype::DType::Record(_) | vm::dtype::DType::Text { .. }
            ) =>
        {
            Ok(vec![
                if a.ndim == 1 {
                    Type::of_dtype(a.dtype)
                } else {
                    super::numpy::row_of(a)
                };
                n
            ])
        }
        _ => Err(inf.err(
            "TypeError",
            span,
            format!("cannot unpack {}", inf.tyname(t)),
        )),
    }
}

/// Which iteration helper a loop's iterable calls, if any.
pub fn helper_name(inf: &Infer, t: &Type) -> Option<&'static str> {
    helper_name_of(inf.prog, t)
}

pub fn helper_name_of(prog: &Program, t: &Type) -> Option<&'static str> {
    match t {
        Type::Const(ConstKind::Builtin, id) => match prog.builtin_name(*id) {
            "<enumerate>" => Some("enumerate"),
            "<zip>" => Some("zip"),
            "<reversed>" => Some("reversed"),
            "<flat>" => Some("flat"),
            "<ndenumerate>" => Some("ndenumerate"),
            n => super::lib::itertools::helper_of(n),
        },
        _ => None,
    }
}

/// The element type of iterating over `enumerate(x)`, `zip(a, b)` or
/// `reversed(x)`; `None` if `t` is none of them.
pub fn iter_call_elem(inf: &mut Infer, iter: &Expr, t: &Type) -> IResult<Option<Type>> {
    let Some(name) = helper_name(inf, t).map(str::to_string) else {
        return Ok(None);
    };
    if matches!(name.as_str(), "flat" | "ndenumerate") {
        return Ok(super::numpy::flat_elem(inf, iter, &name));
    }
    if name.starts_with("itertools.") {
        return super::lib::itertools::iter_elem_of(inf, iter, &name).map(Some);
    }
    let ExprKind::Call { args, keywords, .. } = &iter.kind else {
        return Ok(None);
    };
    if let Some(k) = keywords
        .iter()
        .find(|k| !(name == "enumerate" && k.name == "start"))
    {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            format!("{name}() got an unexpected keyword argument '{}'", k.name),
        ));
    }
    let iterables = if name == "enumerate" {
        &args[..1.min(args.len())]
    } else {
        &args[..]
    };
    let elems: Vec<Type> = iterables
        .iter()
        .map(|a| {
            let at = inf.out.ty(a).clone();
            iter_elem(inf, a, &at)
        })
        .collect::<IResult<_>>()?;
    match name.as_str() {
        "enumerate" => {
            let start_ok = match (args.len(), keywords.first()) {
                (1, None) => true,
                (1, Some(k)) | (2, Some(k)) if args.len() == 1 => inf.out.ty(&k.value).is_int(),
                (2, None) => inf.out.ty(&args[1]).is_int(),
                _ => false,
            };
            if !start_ok || args.is_empty() {
                return Err(inf.err(
                    "TypeError",
                    iter.span,
                    "enumerate() takes an iterable and an optional integer start",
                ));
            }
            Ok(Some(Type::tuple(vec![PYINT, elems[0].clone()])))
        }
        "zip" => {
            if args.is_empty() {
                return Err(inf.err("TypeError", iter.span, "zip() needs at least one iterable"));
            }
            for (a, t) in args.iter().zip(elems.iter()) {
                if helper_name(inf, inf.out.ty(a)).is_some() {
                    return Err(inf.err(
                        "TypeError",
                        a.span,
                        "nested enumerate/zip/reversed inside zip() is not supported",
                    ));
                }
                let _ = t;
            }
            Ok(Some(Type::tuple(elems)))
        }
        _ => {
            if args.len() != 1 {
                return Err(inf.err("TypeError", iter.span, "reversed() takes one argument"));
            }
            match inf.out.ty(&args[0]) {
                Type::Range | Type::List(_) | Type::TypedList(_) | Type::Array(_) | Type::Str => {
                    Ok(Some(elems[0].clone()))
                }
                t => Err(inf.err(
                    "TypeError",
                    args[0].span,
                    format!("reversed() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
    }
}

/// `[elt for target in iter if cond ...]`: the comprehension's variables
/// live in their own scope, as in Python 3.
pub fn list_comp_type(
    inf: &mut Infer,
    e: &Expr,
    elt: &Expr,
    gens: &[Comprehension],
) -> IResult<Type> {
    if let Some(t) = unrolled_comp(inf, e, elt, gens)? {
        return Ok(t);
    }
    let saved = inf.env.clone();
    for g in gens {
        let it = inf.expr(&g.iter)?;
        let el = iter_elem(inf, &g.iter, &it)?;
        inf.out.iter_elems.insert(g.iter.id, el.clone());
        inf.assign(&g.target, &el)?;
        for cond in &g.ifs {
            inf.cond(cond)?;
        }
    }
    let t = inf.expr(elt)?;
    inf.env = saved;
    Ok(Type::List(Rc::new(t)))
}

/// `[elt for x in t]` with `t` a tuple whose items differ in type:
/// the element is typed once per item, as a `for` loop over it unrolls.
/// Module code keeps each result's type, as CPython does; jitted code
/// unifies them, as in a list display.
fn unrolled_comp(
    inf: &mut Infer,
    e: &Expr,
    elt: &Expr,
    gens: &[Comprehension],
) -> IResult<Option<Type>> {
    let [g] = gens else {
        return Ok(None);
    };
    let it = inf.expr(&g.iter)?;
    let (Type::Tuple(items) | Type::MixedList(items)) = &it else {
        return Ok(None);
    };
    if items.is_empty() || uniform(items).is_some() {
        return Ok(None);
    }
    if let Some(c) = g.ifs.first() {
        return Err(inf.err(
            "SyntaxError",
            c.span,
            "a comprehension over a tuple whose items differ in type cannot filter with 'if' in rumba",
        ));
    }
    let copies = match inf.out.unrolled_comps.get(&e.id) {
        Some(c) if c.len() == items.len() => c.clone(),
        _ => {
            let c: Rc<[(Expr, Expr)]> = items
                .iter()
                .map(|_| {
                    let target = super::star::renumber(inf, g.target.clone());
                    let elt = super::star::renumber(inf, elt.clone());
                    (target, elt)
                })
                .collect();
            inf.out.unrolled_comps.insert(e.id, c.clone());
            c
        }
    };
    let saved = inf.env.clone();
    let mut ts = Vec::new();
    for ((target, elt), item) in copies.iter().zip(items.iter()) {
        inf.env = saved.clone();
        inf.assign(target, item)?;
        ts.push(inf.expr(elt)?);
    }
    inf.env = saved;
    match ts.iter().position(|t| *t != ts[0]) {
        None => Ok(Some(Type::List(Rc::new(ts[0].clone())))),
        // Numba cannot iterate such a tuple here; unifying the results
        // would print them otherwise than CPython.
        Some(k) if super::expr::jitted(inf) => Err(inf.err(
            "TypeError",
            g.iter.span,
            format!(
                "a comprehension in jitted code gives {} and {} for the items of {} (Numba iterates only tuples of one type; use a loop over numba.literal_unroll)",
                inf.tyname(&ts[0]),
                inf.tyname(&ts[k]),
                inf.tyname(&it)
            ),
        )),
        Some(_) => Ok(Some(Type::MixedList(ts.into()))),
    }
}
