//! Method calls on runtime values: arrays, strings and lists.

use super::numpy::{dtype_arg, reduce, reshape};
use super::{const_str, intrinsic, native, native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use std::rc::Rc;
use vm::lib_base as base;
use vm::lib_numpy::{self as npy, ArrayOp};
use vm::types::{Layout, Type, PYINT};

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// The receiver first, then the positional arguments.
fn recv_args(n: usize) -> Vec<Arg> {
    (0..n).map(Arg::Pos).collect()
}

/// Records a method call: the receiver is evaluated as the first argument.
fn method(inf: &mut Infer, e: &Expr, value: &Expr, mut res: Res) {
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
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
    let no_kws = |inf: &Infer| -> IResult<()> {
        match kws.first() {
            Some(k) => Err(err(
                inf,
                k.name_span,
                format!("{name}() got an unexpected keyword argument '{}'", k.name),
            )),
            None => Ok(()),
        }
    };
    let want = |inf: &Infer, min: usize, max: usize| -> IResult<()> {
        if n < min || n > max {
            Err(err(
                inf,
                e.span,
                format!("{name}() takes {min} to {max} arguments ({n} given)"),
            ))
        } else {
            Ok(())
        }
    };
    // Arguments after the receiver are `Arg::Pos(i)` of the call; the
    // receiver is passed separately through `recv`.
    let mut types = vec![rt.clone()];
    types.extend(pos.iter().cloned());
    let all = recv_args(n);
    match rt {
        Type::Ptr(_) if name == "data_as" => super::ffi::data_as(inf, e, value, args, pos),
        Type::ByteBuf(k) => super::buffers::method(inf, e, value, rt, *k, name, pos, kws),
        Type::Array(_) if name == "tobytes" => {
            super::buffers::array_tobytes(inf, e, value, rt, pos)
        }
        Type::NpGenerator => {
            super::lib::np_generator::method(inf, e, value, name, args, pos, kws, kwt)
        }
        Type::NpRandomState => {
            super::lib::np_random::state_method(inf, e, value, name, args, pos, kws, kwt)
        }
        Type::C128 | Type::NpC128 if name == "conjugate" => {
            no_kws(inf)?;
            want(inf, 0, 0)?;
            method(inf, e, value, intrinsic(Intrinsic::Conj, all, types));
            Ok(rt.clone())
        }
        Type::Array(a) if a.dtype == vm::dtype::DType::C128 => {
            super::npcomplex::method(inf, e, value, rt, a, name, args, pos, kws)
        }
        Type::Array(_) if super::records::is_text_array(rt) => Err(err(
            inf,
            name_span,
            format!("{name}() of a string array is not supported by rumba"),
        )),
        Type::Array(a) => {
            let a = a.clone();
            match name {
                // numpy gives a real array itself as its conjugate.
                "conj" | "conjugate" => {
                    no_kws(inf)?;
                    want(inf, 0, 0)?;
                    method(inf, e, value, intrinsic(Intrinsic::Cast, all, types));
                    Ok(rt.clone())
                }
                "copy" | "flatten" | "ravel" => {
                    if let Some(k) = kws.iter().find(|k| k.name != "order") {
                        return Err(err(
                            inf,
                            k.name_span,
                            format!("{name}() got an unexpected keyword argument '{}'", k.name),
                        ));
                    }
                    want(inf, 0, 1)?;
                    let order = args.first().or(kws.first().map(|k| &k.value));
                    let (res, t) = super::numpy::copy_in_order(inf, e, name, &a, order)?;
                    method(inf, e, value, res);
                    Ok(t)
                }
                "take" => {
                    no_kws(inf)?;
                    want(inf, 1, 1)?;
                    let (res, t) = super::numpy::take_type(inf, e, rt, &pos[0])?;
                    let Res::Call(mut call) = res else {
                        return Err(err(inf, e.span, "bad take"));
                    };
                    call.args = all;
                    method(inf, e, value, Res::Call(call));
                    Ok(t)
                }
                "tolist" => {
                    no_kws(inf)?;
                    want(inf, 0, 0)?;
                    let (res, t) = super::numpy::tolist(inf, e, &a)?;
                    method(inf, e, value, res);
                    Ok(t)
                }
                "sum" | "prod" | "min" | "max" | "mean" | "std" | "var" | "argmin" | "argmax"
                | "all" | "any" => {
                    if let Some(k) = kws.iter().find(|k| k.name != "axis") {
                        return Err(err(
                            inf,
                            k.name_span,
                            format!("{name}() got an unexpected keyword argument '{}'", k.name),
                        ));
                    }
                    want(inf, 0, 1)?;
                    let op = super::lib::reduction(name)
                        .ok_or_else(|| err(inf, e.span, "unknown reduction"))?;
                    let axis = match (args.first(), kws.first()) {
                        (Some(x), _) => Some((x, Arg::Pos(0))),
                        (None, Some(k)) => Some((&k.value, Arg::Kw(0))),
                        _ => None,
                    };
                    // The receiver is the reduced array.
                    let t = reduce(inf, e, op, None, rt, axis, Some(value.id))?;
                    Ok(t)
                }
                "fill" => {
                    no_kws(inf)?;
                    want(inf, 1, 1)?;
                    if !pos[0].is_number() {
                        return Err(err(inf, args[0].span, "fill() needs a number"));
                    }
                    let slot = if pos[0].is_float() {
                        Type::F64
                    } else {
                        vm::types::Type::Int(vm::types::IntTy::I64)
                    };
                    method(
                        inf,
                        e,
                        value,
                        native("fill", npy::fill, all, vec![rt.clone(), slot]),
                    );
                    Ok(Type::None)
                }
                "reshape" => {
                    if let Some(k) = kws.iter().find(|k| k.name != "order") {
                        return Err(err(
                            inf,
                            k.name_span,
                            format!("reshape() got an unexpected keyword argument '{}'", k.name),
                        ));
                    }
                    if n == 0 {
                        return Err(err(inf, e.span, "reshape() needs a shape"));
                    }
                    let order = kws.first().map(|k| &k.value);
                    if n == 1 {
                        let (sh, st) = (&args[0], &pos[0]);
                        return reshape(inf, e, rt, sh, st, all, Some(value.id), order);
                    }
                    // `a.reshape(2, 3)`: the dimensions as separate arguments.
                    let st = Type::tuple(pos.to_vec());
                    if n > vm::value::MAX_NDIM || !pos.iter().all(|t| t.is_int()) {
                        return Err(err(inf, e.span, "reshape() takes integer dimensions"));
                    }
                    let _ = st;
                    let (f, layout) = super::numpy::reshape_order(inf, &a, n as u8, order)?;
                    method(inf, e, value, native("reshape", f, all, types));
                    Ok(Type::array(a.dtype, n as u8, layout))
                }
                "astype" => {
                    no_kws(inf)?;
                    want(inf, 1, 1)?;
                    let to = super::numpy::dtype_arg_c(inf, &args[0], &pos[0])?;
                    let aux = npy::MapAux {
                        op: ArrayOp::Copy,
                        from: a.dtype,
                        to,
                    };
                    method(
                        inf,
                        e,
                        value,
                        native_aux("astype", npy::map, vec![], vec![rt.clone()], aux),
                    );
                    Ok(Type::array(to, a.ndim, super::numpy::ew_layout(&[rt])))
                }
                "view" => {
                    want(inf, 1, 1)?;
                    // numpy's view of a record array as np.recarray: the same array.
                    if super::lib::is(inf, &pos[0], "numpy.recarray") {
                        method(
                            inf,
                            e,
                            value,
                            intrinsic(Intrinsic::Cast, vec![], vec![rt.clone()]),
                        );
                        return Ok(rt.clone());
                    }
                    let to = dtype_arg(inf, &args[0], &pos[0])?;
                    let itemsize = match to {
                        vm::dtype::DType::Record(id) => {
                            inf.prog.ctypes.size(id).unwrap_or(0) as u32
                        }
                        d => d.scalar_size().unwrap_or(8),
                    };
                    if itemsize == 0 {
                        return Err(err(inf, args[0].span, "a.view() of an empty dtype"));
                    }
                    let aux = npy::NewAux {
                        dtype: to,
                        ndim: a.ndim,
                        itemsize,
                    };
                    let res = native_aux("view", npy::view_as, vec![], vec![rt.clone()], aux);
                    method(inf, e, value, res);
                    Ok(Type::array(to, a.ndim, Layout::A))
                }
                "sort" => {
                    no_kws(inf)?;
                    want(inf, 0, 0)?;
                    method(
                        inf,
                        e,
                        value,
                        native("sort", npy::sort_inplace, vec![], vec![rt.clone()]),
                    );
                    Ok(Type::None)
                }
                "cumsum" | "cumprod" => {
                    no_kws(inf)?;
                    want(inf, 0, 0)?;
                    let aux = npy::MapAux {
                        op: if name == "cumsum" {
                            ArrayOp::Cumsum
                        } else {
                            ArrayOp::Cumprod
                        },
                        from: a.dtype,
                        to: a.dtype,
                    };
                    method(
                        inf,
                        e,
                        value,
                        native_aux(name, npy::map, vec![], vec![rt.clone()], aux),
                    );
                    Ok(Type::array(a.dtype, 1, Layout::C))
                }
                "clip" => {
                    no_kws(inf)?;
                    want(inf, 2, 2)?;
                    if !pos[0].is_number() || !pos[1].is_number() {
                        return Err(err(inf, e.span, "clip() bounds must be numbers"));
                    }
                    let aux = npy::MapAux {
                        op: ArrayOp::Clip,
                        from: a.dtype,
                        to: a.dtype,
                    };
                    let types = vec![rt.clone(), Type::F64, Type::F64];
                    method(inf, e, value, native_aux("clip", npy::map, all, types, aux));
                    Ok(Type::array(a.dtype, a.ndim, Layout::C))
                }
                "argsort" => {
                    no_kws(inf)?;
                    want(inf, 0, 0)?;
                    super::numpy::argsort_of(inf, e, rt, vec![], Some(value.id))
                }
                "transpose" => {
                    no_kws(inf)?;
                    match pos {
                        [] | [Type::None] => {
                            let res =
                                native("transpose", npy::transpose, vec![], vec![rt.clone()]);
                            method(inf, e, value, res);
                            return Ok(super::numpy::transposed(&a));
                        }
                        // `a.transpose((1, 0, 2))`
                        [t @ Type::Tuple(_)] => super::numpy::axes_tuple(inf, &args[0], t)?,
                        // `a.transpose(1, 0, 2)`
                        _ => super::numpy::axes_tuple(inf, e, &Type::tuple(pos.to_vec()))?,
                    }
                    let aux = npy::AxesOp::Given;
                    method(
                        inf,
                        e,
                        value,
                        native_aux("transpose", npy::permute_axes, all, types, aux),
                    );
                    Ok(super::numpy::permuted(&a))
                }
                "swapaxes" => {
                    no_kws(inf)?;
                    want(inf, 2, 2)?;
                    if !pos.iter().all(|t| t.is_int()) {
                        return Err(err(inf, e.span, "swapaxes() takes integer axes"));
                    }
                    let aux = npy::AxesOp::Swap;
                    method(
                        inf,
                        e,
                        value,
                        native_aux("swapaxes", npy::permute_axes, all, types, aux),
                    );
                    Ok(super::numpy::permuted(&a))
                }
                "dot" => {
                    want(inf, 1, 1)?;
                    let Type::Array(b) = &pos[0] else {
                        return Err(err(inf, args[0].span, "dot() needs an array"));
                    };
                    if a.ndim != 1 || b.ndim != 1 || a.dtype != b.dtype {
                        return Err(err(
                            inf,
                            e.span,
                            "a.dot(b) is supported for 1-D arrays of one dtype",
                        ));
                    }
                    method(
                        inf,
                        e,
                        value,
                        native_aux("dot", npy::dot, all, types, a.dtype),
                    );
                    Ok(Type::of_dtype(a.dtype))
                }
                _ => Err(inf.err(
                    "AttributeError",
                    name_span,
                    format!("array has no method '{name}' (or rumba does not support it)"),
                )),
            }
        }
        Type::Str if name == "encode" => {
            if n > 1 || pos.iter().any(|t| *t != Type::Str) {
                return Err(err(inf, e.span, "encode() takes an optional encoding name"));
            }
            method(
                inf,
                e,
                value,
                native(
                    "encode",
                    vm::ffi::natives::str_encode,
                    vec![],
                    vec![Type::Str],
                ),
            );
            Ok(Type::Bytes)
        }
        Type::Bytes if name == "decode" => {
            if n > 1 || pos.iter().any(|t| *t != Type::Str) {
                return Err(err(inf, e.span, "decode() takes an optional encoding name"));
            }
            method(
                inf,
                e,
                value,
                native(
                    "decode",
                    vm::ffi::natives::bytes_decode,
                    vec![],
                    vec![Type::Bytes],
                ),
            );
            Ok(Type::Str)
        }
        Type::Str => str_method(inf, e, value, name, name_span, args, pos, kws, kwt),
        Type::Dict(_) | Type::Set(_) => {
            super::dict::method(inf, e, value, rt, name, name_span, args, pos, kws)
        }
        Type::List(el) | Type::TypedList(el) => {
            let typed = matches!(rt, Type::TypedList(_));
            let mut el = (**el).clone();
            // The list's type after a refinement below (its call sites
            // see the list as that).
            let mut rt = rt.clone();
            if name != "sort" || typed {
                no_kws(inf)?;
            }
            if el == Type::Unknown && matches!(name, "append" | "insert" | "extend") {
                // An empty list takes its element type from the first value
                // added to it.
                let new = match name {
                    "append" if n == 1 => pos[0].clone(),
                    "insert" if n == 2 => pos[1].clone(),
                    "extend" if n == 1 => match pos[0].list_elem() {
                        Some(t) => (**t).clone(),
                        None => return Err(err(inf, args[0].span, "extend() needs a list")),
                    },
                    _ => {
                        return Err(err(
                            inf,
                            e.span,
                            format!("wrong number of arguments to {name}()"),
                        ))
                    }
                };
                // `d[k].append(x)` of a defaultdict of lists: the dict's
                // value type is refined at `d[k]`.
                let item_t = Type::List(Rc::new(new.clone()));
                let (new, new_t) = if !typed && super::dict::refine_item(inf, value, item_t.clone())? {
                    (new, item_t)
                } else {
                    let ExprKind::Name(var) = &value.kind else {
                        return Err(err(inf, value.span, "cannot infer the element type of this empty list; give it an element or a declared type"));
                    };
                    let var: Rc<str> = Rc::from(var.as_str());
                    let new = if typed {
                        super::lib::numba_typed::item_type(inf, args[n - 1].span, &new)?
                    } else {
                        new
                    };
                    let new_t = if typed {
                        Type::TypedList(Rc::new(new.clone()))
                    } else {
                        Type::List(Rc::new(new.clone()))
                    };
                    match inf.env.as_mut().and_then(|env| env.get_mut(&var)) {
                        Some(v) => {
                            v.ty = new_t.clone();
                            inf.out
                                .fills
                                .entry(var.clone())
                                .or_insert_with(|| (rt.clone(), new_t.clone()));
                            inf.out
                                .refines
                                .insert(e.id, (var, rt.clone(), new_t.clone()));
                        }
                        // A module's empty list filled from a function keeps
                        // its slots under the refined type.
                        None if matches!(inf.out.res.get(&value.id), Some(Res::Global(_))) => {
                            if !super::dict::no_unknown(&new) {
                                return Err(err(inf, args[0].span, "cannot infer the element type of this empty list"));
                            }
                            refine_global(inf, &var, &new_t);
                        }
                        None => return Err(err(inf, value.span, format!("cannot infer the element type of the list '{var}'"))),
                    }
                    (new, new_t)
                };
                types[0] = new_t.clone();
                rt = new_t;
                el = new;
            }
            match name {
                "append" => {
                    want(inf, 1, 1)?;
                    check_elem(inf, &args[0], &pos[0], &el, true)?;
                    method(
                        inf,
                        e,
                        value,
                        native("append", base::list_append, all, vec![rt.clone(), el]),
                    );
                    Ok(Type::None)
                }
                "pop" => {
                    want(inf, 0, 1)?;
                    let mut a = all;
                    if n == 0 {
                        a.push(Arg::Const(Const::Int(-1), PYINT));
                    }
                    method(
                        inf,
                        e,
                        value,
                        native("pop", base::list_pop, a, vec![rt.clone(), PYINT]),
                    );
                    Ok(el)
                }
                "insert" => {
                    want(inf, 2, 2)?;
                    check_elem(inf, &args[1], &pos[1], &el, true)?;
                    method(
                        inf,
                        e,
                        value,
                        native(
                            "insert",
                            base::list_insert,
                            all,
                            vec![rt.clone(), PYINT, el],
                        ),
                    );
                    Ok(Type::None)
                }
                "extend" => {
                    want(inf, 1, 1)?;
                    // A typed list extends from any list of its items.
                    let from_list = typed && pos[0].list_elem().is_some_and(|t| **t == el);
                    if pos[0] != rt && !from_list {
                        return Err(err(
                            inf,
                            args[0].span,
                            format!("extend() needs a {}", inf.tyname(&rt)),
                        ));
                    }
                    method(
                        inf,
                        e,
                        value,
                        native("extend", base::list_extend, all, types),
                    );
                    Ok(Type::None)
                }
                "remove" => {
                    want(inf, 1, 1)?;
                    check_elem(inf, &args[0], &pos[0], &el, false)?;
                    method(
                        inf,
                        e,
                        value,
                        native("remove", base::list_remove, all, vec![rt.clone(), el]),
                    );
                    Ok(Type::None)
                }
                "index" | "count" => {
                    want(inf, 1, 1)?;
                    check_elem(inf, &args[0], &pos[0], &el, false)?;
                    let f = if name == "index" {
                        base::list_index
                    } else {
                        base::list_count
                    };
                    method(inf, e, value, native(name, f, all, vec![rt.clone(), el]));
                    Ok(PYINT)
                }
                "copy" => {
                    want(inf, 0, 0)?;
                    method(inf, e, value, native("copy", base::list_copy, all, types));
                    Ok(rt.clone())
                }
                "reverse" | "clear" => {
                    want(inf, 0, 0)?;
                    let f = if name == "reverse" {
                        base::list_reverse
                    } else {
                        base::list_clear
                    };
                    method(inf, e, value, native(name, f, all, types));
                    Ok(Type::None)
                }
                "sort" if !kws.is_empty() => {
                    want(inf, 0, 0)?;
                    super::check_kws(inf, "sort", kws, &["key", "reverse"])?;
                    let reverse = match super::kw_index(kws, "reverse") {
                        Some(i) => match inf.const_of(&kws[i].value) {
                            Some(Const::Bool(b)) => *b,
                            Some(Const::Int(v)) => *v != 0,
                            _ => {
                                return Err(err(
                                    inf,
                                    kws[i].value.span,
                                    "reverse= must be a constant True or False",
                                ))
                            }
                        },
                        None => false,
                    };
                    let key = super::kw_index(kws, "key").map(|i| (&kws[i], &kwt[i]));
                    let op = vm::lib_keyed::KeyedOp::Sort { reverse };
                    super::lib::builtins::keyed(inf, e, "sort", &rt, &el, key, op)?;
                    // The list is the receiver, not an argument.
                    if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
                        c.recv = Some(value.id);
                    }
                    Ok(Type::None)
                }
                "sort" => {
                    want(inf, 0, 0)?;
                    if !super::lib::builtins::sortable(&el) {
                        return Err(err(
                            inf,
                            e.span,
                            "sort() needs a list of numbers or strings",
                        ));
                    }
                    method(inf, e, value, native("sort", base::list_sort, all, types));
                    Ok(Type::None)
                }
                _ => Err(inf.err(
                    "AttributeError",
                    name_span,
                    format!("list has no method '{name}' (or rumba does not support it)"),
                )),
            }
        }
        Type::Tuple(_) if name == "count" && super::expr::jitted(inf) => Err(inf.err(
            "AttributeError",
            name_span,
            "Numba does not support tuple.count() in jitted code",
        )),
        Type::Tuple(items) if matches!(name, "index" | "count") => {
            no_kws(inf)?;
            if n != 1 {
                return Err(err(
                    inf,
                    e.span,
                    format!("{name}() takes exactly one argument ({n} given)"),
                ));
            }
            if let Some(it) = items
                .iter()
                .find(|it| !super::ops::comparable(CmpOp::Eq, &pos[0], it))
            {
                return Err(err(
                    inf,
                    args[0].span,
                    format!(
                        "'==' not supported between {} and {}",
                        inf.tyname(&pos[0]),
                        inf.tyname(it)
                    ),
                ));
            }
            let count = name == "count";
            method(
                inf,
                e,
                value,
                intrinsic(
                    Intrinsic::TupleFind(count),
                    recv_args(1),
                    vec![rt.clone(), pos[0].clone()],
                ),
            );
            Ok(PYINT)
        }
        Type::MixedList(_) => Err(inf.err(
            "TypeError",
            name_span,
            format!(
                "list.{name}() of a list of mixed types ({}) is not supported by rumba: it holds its elements as a fixed sequence",
                inf.tyname(rt)
            ),
        )),
        t if t.is_number() || t.is_complex() => {
            super::npscalar::method_call(inf, e, value, rt, name, name_span, args, pos, kws, kwt)
        }
        _ => Err(inf.err(
            "AttributeError",
            name_span,
            format!("{} has no method '{name}'", inf.tyname(rt)),
        )),
    }
}

/// Checks that a value of type `t` may be stored in (`store`) or compared
/// with the items of a list of `el`s: stored, it must print as it would in
/// CPython's list (in Numba's, lose nothing); compared, its conversion must
/// not change its value.
fn check_elem(inf: &mut Infer, a: &Expr, t: &Type, el: &Type, store: bool) -> IResult<()> {
    let numba = !store || inf.jitted();
    if t == el || super::stmt::holds(t, el, numba) {
        Ok(())
    } else {
        Err(err(
            inf,
            a.span,
            format!("this list holds {}, not {}", inf.tyname(el), inf.tyname(t)),
        )
        .note_opt((store && t.is_number() && el.is_number()).then(|| {
            if numba {
                "Numba would make the whole list hold the wider type; rumba types a list by its first items: start it with one (`[1.0]`)"
            } else {
                "plain (not jitted) code keeps each item's own type, as CPython does; rumba's lists hold one type"
            }
            .to_string()
        })))
    }
}

#[allow(clippy::too_many_arguments)]
fn str_method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    name: &str,
    name_span: Span,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    _kwt: &[Type],
) -> IResult<Type> {
    let n = pos.len();
    if let Some(k) = kws.first().filter(|_| name != "format") {
        return Err(err(
            inf,
            k.name_span,
            format!("{name}() keyword arguments are not supported"),
        ));
    }
    let all_str = |inf: &Infer, k: usize| -> IResult<()> {
        for (a, t) in args.iter().zip(pos).take(k) {
            if *t != Type::Str {
                return Err(err(
                    inf,
                    a.span,
                    format!("{name}() needs a string argument, not {}", inf.tyname(t)),
                ));
            }
        }
        Ok(())
    };
    let range = |inf: &Infer, min: usize, max: usize| -> IResult<()> {
        if n < min || n > max {
            Err(err(
                inf,
                e.span,
                format!("str.{name}() takes {min} to {max} arguments ({n} given)"),
            ))
        } else {
            Ok(())
        }
    };
    let mut types = vec![Type::Str];
    types.extend(pos.iter().cloned());
    let all = recv_args(n);
    let (f, ret): (vm::native::AuxFn<Rc<str>>, Type) = match name {
        "upper" | "lower" | "casefold" | "strip" | "lstrip" | "rstrip" | "title" | "capitalize"
        | "swapcase" => {
            range(inf, 0, if name.ends_with("strip") { 1 } else { 0 })?;
            all_str(inf, n)?;
            (base::str_method, Type::Str)
        }
        "removeprefix" | "removesuffix" => {
            range(inf, 1, 1)?;
            all_str(inf, 1)?;
            (base::str_method, Type::Str)
        }
        "startswith" | "endswith" => {
            range(inf, 1, 1)?;
            all_str(inf, 1)?;
            (base::str_method, Type::Bool)
        }
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "istitle"
        | "isnumeric" | "isdecimal" | "isidentifier" => {
            range(inf, 0, 0)?;
            (base::str_method, Type::Bool)
        }
        "find" | "rfind" | "count" | "index" | "rindex" => {
            range(inf, 1, 3)?;
            all_str(inf, 1)?;
            if pos[1..].iter().any(|t| !t.is_int()) {
                return Err(err(
                    inf,
                    e.span,
                    format!("{name}()'s start and end must be integers"),
                ));
            }
            (base::str_method, PYINT)
        }
        "replace" => {
            range(inf, 2, 3)?;
            all_str(inf, 2)?;
            if n == 3 && !pos[2].is_int() {
                return Err(err(
                    inf,
                    args[2].span,
                    "replace()'s count must be an integer",
                ));
            }
            (base::str_method, Type::Str)
        }
        "splitlines" => {
            range(inf, 0, 0)?;
            (base::str_method, Type::List(Rc::new(Type::Str)))
        }
        "split" | "rsplit" => {
            range(inf, 0, 2)?;
            if n >= 1 && pos[0] != Type::Str && pos[0] != Type::None {
                return Err(err(
                    inf,
                    args[0].span,
                    "the separator must be a string or None",
                ));
            }
            if n == 2 && !pos[1].is_int() {
                return Err(err(inf, args[1].span, "maxsplit must be an integer"));
            }
            (base::str_method, Type::List(Rc::new(Type::Str)))
        }
        "partition" | "rpartition" => {
            range(inf, 1, 1)?;
            all_str(inf, 1)?;
            (base::str_method, Type::tuple(vec![Type::Str; 3]))
        }
        "join" => {
            range(inf, 1, 1)?;
            if pos[0] != Type::List(Rc::new(Type::Str)) {
                return Err(err(inf, args[0].span, "join() needs a list of strings"));
            }
            (base::str_method, Type::Str)
        }
        "zfill" | "ljust" | "rjust" | "center" => {
            range(inf, 1, if name == "zfill" { 1 } else { 2 })?;
            if !pos[0].is_int() {
                return Err(err(
                    inf,
                    args[0].span,
                    format!("{name}() needs an integer width"),
                ));
            }
            if n == 2 && pos[1] != Type::Str {
                return Err(err(
                    inf,
                    args[1].span,
                    "the fill character must be a string",
                ));
            }
            (base::str_method, Type::Str)
        }
        "format" => {
            // Positional arguments, then keyword arguments by name.
            let fmt = const_str(inf, value, "the format string of str.format")?;
            let names: Vec<String> = kws.iter().map(|k| k.name.clone()).collect();
            let mut types = pos.to_vec();
            types.extend(_kwt.iter().cloned());
            super::fmt::check_str_format(inf, &fmt, &types, pos.len(), &names, value.span)?;
            let mut argv = all;
            argv.extend((0..kws.len()).map(Arg::Kw));
            let aux = base::StrFormatAux {
                fmt,
                npos: pos.len(),
                names,
            };
            inf.res(
                e,
                native_aux("str.format", base::str_format, argv, types, aux),
            );
            return Ok(Type::Str);
        }
        "expandtabs" => {
            range(inf, 0, 1)?;
            if n == 1 && !pos[0].is_int() {
                return Err(err(
                    inf,
                    args[0].span,
                    "expandtabs() needs an integer tab size",
                ));
            }
            (base::str_method, Type::Str)
        }
        "encode" => return Err(err(inf, e.span, "str.encode() is not supported by rumba")),
        _ => {
            return Err(inf.err(
                "AttributeError",
                name_span,
                format!("str has no method '{name}' (or rumba does not support it)"),
            ))
        }
    };
    let aux: Rc<str> = Rc::from(name);
    method(inf, e, value, native_aux(name, f, all, types, aux));
    Ok(ret)
}

/// A module's empty container filled from a function keeps its slots under
/// the refined type; code that read it before is compiled again.
pub(super) fn refine_global(inf: &mut Infer, var: &str, new_t: &Type) {
    inf.prog.refine_global(inf.module, var, new_t.clone());
    for d in inf.deps.iter_mut() {
        if d.0 == inf.module && &*d.1 == var {
            d.2 = new_t.clone();
        }
    }
}
