//! Dicts and sets: displays, subscripts, methods, operators and the
//! `dict()`/`set()` constructors. A dict has one key type and one value
//! type, a set one element type. An empty `{}` or `set()` takes its types
//! from the first value stored into it, as an empty list does.
//!
//! A dict made in jitted code is a Numba typed dict (it prints with `str`
//! and its KeyError carries no key); elsewhere it is a Python dict, whose
//! values keep their exact type (storing an int into a dict of floats is
//! refused, as converting it would change what CPython prints).

use super::{native, native_aux, pos_args, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Res};
use std::rc::Rc;
use vm::lib_dict::{self as ld, ElemOp, SetCmp, SetOp, View};
use vm::types::{DictKind, DictTy, Type, PYINT};

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// Whether the code being typed is a jitted function.
pub fn in_jit(inf: &Infer) -> bool {
    inf.spec.is_some_and(|s| {
        let f = inf.prog.specs[s as usize].func;
        !inf.prog.funcs[f as usize].def.decorators.is_empty()
    })
}

pub fn dict_type(key: Type, val: Type, numba: bool) -> Type {
    Type::Dict(Rc::new(DictTy {
        key,
        val,
        numba,
        kind: DictKind::Plain,
    }))
}

/// A dict of `d`'s flavour and kind with these key and value types.
pub fn retyped(d: &DictTy, key: Type, val: Type) -> Type {
    Type::Dict(Rc::new(DictTy {
        key,
        val,
        ..d.clone()
    }))
}

pub fn check_hashable(inf: &Infer, span: Span, t: &Type) -> IResult<()> {
    if *t == Type::Unknown || ld::hashable(t) {
        Ok(())
    } else {
        Err(err(
            inf,
            span,
            format!("unhashable type: {}", inf.tyname(t)),
        ))
    }
}

/// The common type of a display's items: Numba unifies them (ints with
/// floats); plain Python keeps each value's type, so they must agree.
fn join(
    inf: &Infer,
    numba: bool,
    prev: Option<Type>,
    t: Type,
    span: Span,
    what: &str,
) -> IResult<Type> {
    let Some(prev) = prev else {
        return Ok(t);
    };
    let joined = if numba {
        inf.unify(&prev, &t)
    } else {
        (prev == t).then_some(t.clone())
    };
    joined.ok_or_else(|| {
        err(
            inf,
            span,
            format!(
                "{what} must have one type: {} and {}",
                inf.tyname(&prev),
                inf.tyname(&t)
            ),
        )
    })
}

/// `{k: v, ...}`.
pub fn dict_display(inf: &mut Infer, e: &Expr, pairs: &[(Expr, Expr)]) -> IResult<Type> {
    let numba = in_jit(inf);
    let (mut kt, mut vt) = (None, None);
    for (k, v) in pairs {
        let t = inf.expr(k)?;
        check_hashable(inf, k.span, &t)?;
        kt = Some(join(inf, numba, kt, t, k.span, "dict keys")?);
        let t = inf.expr(v)?;
        vt = Some(join(inf, numba, vt, t, v.span, "dict values")?);
    }
    let t = dict_type(
        kt.unwrap_or(Type::Unknown),
        vt.unwrap_or(Type::Unknown),
        numba,
    );
    inf.res(e, native("dict", ld::dict_new, vec![], vec![]));
    Ok(t)
}

/// `{a, b, ...}`.
pub fn set_display(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Type> {
    let numba = in_jit(inf);
    let mut el = None;
    for i in items {
        let t = inf.expr(i)?;
        check_hashable(inf, i.span, &t)?;
        el = Some(join(inf, numba, el, t, i.span, "set elements")?);
    }
    // CPython compiles a display of more than two constants to a frozenset
    // merged into a new set, which sizes the table differently.
    let folded = items.len() > 2 && items.iter().all(|i| literal(inf, i));
    inf.res(e, native_aux("set", ld::set_new, vec![], vec![], folded));
    Ok(Type::Set(Rc::new(el.unwrap_or(Type::Unknown))))
}

/// Whether CPython's compiler folds `e` to a constant: literals, and
/// operators and tuples of them.
fn literal(inf: &Infer, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Bool(_)
        | ExprKind::None => true,
        ExprKind::Unary { operand, .. } => literal(inf, operand) && inf.const_of(e).is_some(),
        ExprKind::BinOp { left, right, .. } => {
            literal(inf, left) && literal(inf, right) && inf.const_of(e).is_some()
        }
        ExprKind::Tuple(items) => items.iter().all(|i| literal(inf, i)),
        _ => false,
    }
}

/// Whether a value of type `t` can look up a key of type `key` once
/// converted to it: the same type, or a number that converts exactly.
fn key_fits(t: &Type, key: &Type) -> bool {
    match (t, key) {
        _ if t == key || *key == Type::Unknown || *t == Type::Unknown => true,
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| key_fits(x, y))
        }
        _ => (t.is_int() || t.is_bool()) && (key.is_int() || key.is_float()),
    }
}

fn check_key(inf: &Infer, a: &Expr, t: &Type, key: &Type, what: &str) -> IResult<()> {
    if key_fits(t, key) {
        Ok(())
    } else {
        Err(err(
            inf,
            a.span,
            format!(
                "this {what} holds {}, not {}",
                inf.tyname(key),
                inf.tyname(t)
            ),
        ))
    }
}

/// Whether a value of type `t` may be stored as a value of type `val`:
/// Numba converts numbers; a Python dict keeps exact types.
fn check_val(inf: &Infer, a: &Expr, t: &Type, d: &DictTy) -> IResult<()> {
    let ok = t == &d.val
        || d.val == Type::Unknown
        || *t == Type::Unknown
        || d.numba && super::ops::convertible(t, &d.val) && t.is_number() == d.val.is_number();
    if ok {
        Ok(())
    } else {
        Err(err(
            inf,
            a.span,
            format!(
                "this dict holds {} values, not {}",
                inf.tyname(&d.val),
                inf.tyname(t)
            ),
        ))
    }
}

/// Gives an empty dict or set variable the type its first store shows;
/// `at` is the storing expression, where lowering moves the variable.
pub(crate) fn refine(
    inf: &mut Infer,
    at: &Expr,
    obj: &Expr,
    old: &Type,
    new: Type,
) -> IResult<Type> {
    if new == *old {
        return Ok(new);
    }
    let ExprKind::Name(var) = &obj.kind else {
        return Err(err(
            inf,
            obj.span,
            "cannot infer the types of this empty container; store into a variable first",
        ));
    };
    let var: Rc<str> = Rc::from(var.as_str());
    match inf.env.as_mut().and_then(|env| env.get_mut(&var)) {
        Some(v) => v.ty = new.clone(),
        // A module's empty container filled from a function: its slots
        // take the refined type (else the module reads untyped elements).
        None if matches!(inf.out.res.get(&obj.id), Some(Res::Global(_))) => {
            super::methods::refine_global(inf, &var, &new);
            return Ok(new);
        }
        None => {}
    }
    inf.out
        .fills
        .entry(var.clone())
        .and_modify(|f| f.1 = new.clone())
        .or_insert_with(|| (old.clone(), new.clone()));
    inf.out
        .refines
        .insert(at.id, (var, old.clone(), new.clone()));
    Ok(new)
}

/// `d[k].append(x)` where `d` is a defaultdict of empty lists (or sets) of
/// unknown type: the dict's value type becomes `new_val`, recorded at
/// `d[k]`. False if `item` is not such a dict's item.
pub fn refine_item(inf: &mut Infer, item: &Expr, new_val: Type) -> IResult<bool> {
    let ExprKind::Subscript { value: obj, .. } = &item.kind else {
        return Ok(false);
    };
    let ExprKind::Name(var) = &obj.kind else {
        return Ok(false);
    };
    // The dict's type now, as the read of `d[k]` may have refined it.
    let Some(ot) = inf
        .env
        .as_ref()
        .and_then(|env| env.get(var.as_str()))
        .map(|v| v.ty.clone())
    else {
        return Ok(false);
    };
    let Type::Dict(d) = &ot else {
        return Ok(false);
    };
    if !matches!(d.kind, DictKind::Default(_)) {
        return Ok(false);
    }
    refine(inf, item, obj, &ot, retyped(d, d.key.clone(), new_val))?;
    Ok(true)
}

/// Whether values of type `t` are not known yet, or are empty containers
/// whose element types are not (a defaultdict's list values).
fn open_container(t: &Type) -> bool {
    match t {
        Type::Unknown => true,
        Type::List(e) | Type::Set(e) => **e == Type::Unknown,
        Type::Dict(d) => d.key == Type::Unknown && d.val == Type::Unknown,
        _ => false,
    }
}

pub(super) fn no_unknown(t: &Type) -> bool {
    match t {
        Type::Unknown => false,
        Type::Tuple(items) => items.iter().all(no_unknown),
        _ => true,
    }
}

/// `d[k]`. Reading a `defaultdict` or `Counter` whose key type is not
/// known yet gives it the key's type (a defaultdict stores the key); the
/// refinement is recorded at the dict's name, which lowering moves before
/// reading (an augmented assignment's store records its own at the target).
pub fn subscript(
    inf: &mut Infer,
    e: &Expr,
    obj: &Expr,
    ot: &Type,
    index: &Expr,
    d: &DictTy,
) -> IResult<Type> {
    let kt = inf.expr(index)?;
    if let ExprKind::Slice { .. } = index.kind {
        return Err(err(inf, index.span, "unhashable type: 'slice'"));
    }
    // Refinements a previous pass over a loop recorded here.
    inf.out.refines.remove(&obj.id);
    inf.out.refines.remove(&e.id);
    if d.kind != DictKind::Plain && d.key == Type::Unknown && no_unknown(&kt) {
        check_hashable(inf, index.span, &kt)?;
        refine(inf, obj, obj, ot, retyped(d, kt.clone(), d.val.clone()))?;
        return Ok(d.val.clone());
    }
    check_key(inf, index, &kt, &d.key, "dict")?;
    Ok(d.val.clone())
}

/// `d[k] = v`.
pub fn assign_subscript(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    ot: &Type,
    d: &DictTy,
    index: &Expr,
    t: &Type,
) -> IResult<()> {
    let kt = inf.expr(index)?;
    check_hashable(inf, index.span, &kt)?;
    inf.out.refines.remove(&target.id);
    let d =
        if (d.key == Type::Unknown || open_container(&d.val)) && no_unknown(&kt) && no_unknown(t) {
            let key = if d.key == Type::Unknown {
                kt.clone()
            } else {
                d.key.clone()
            };
            let val = if open_container(&d.val)
                && std::mem::discriminant(&d.val) == std::mem::discriminant(t)
                || d.val == Type::Unknown
            {
                t.clone()
            } else {
                d.val.clone()
            };
            let new = retyped(d, key, val);
            match refine(inf, target, obj, ot, new)? {
                Type::Dict(n) => n,
                _ => return Err(err(inf, obj.span, "bad dict")),
            }
        } else {
            Rc::new(d.clone())
        };
    check_key(inf, index, &kt, &d.key, "dict")?;
    check_val(inf, target, t, &d)?;
    inf.set(target, d.val.clone());
    Ok(())
}

/// `del x`, `del d[k]`, `del l[i]`, `del l[a:b]`.
pub fn del_target(inf: &mut Infer, t: &Expr) -> IResult<()> {
    match &t.kind {
        ExprKind::Name(n) => {
            inf.expr(t)?;
            let at_module = inf.at_module;
            if let Some(env) = inf.env.as_mut() {
                // A deleted local reads as unbound at run time, as in
                // CPython; a runtime value keeps its registers for that.
                match env.get_mut(n.as_str()) {
                    Some(v) if !at_module && v.ty.slots() > 0 => v.maybe = true,
                    _ => {
                        env.remove(n.as_str());
                    }
                }
            }
            Ok(())
        }
        ExprKind::Subscript { value, index } => {
            let vt = inf.expr(value)?;
            match &vt {
                Type::Dict(d) => {
                    let kt = inf.expr(index)?;
                    check_key(inf, index, &kt, &d.key, "dict")
                }
                Type::List(_) | Type::TypedList(_) => match &index.kind {
                    ExprKind::Slice { lower, upper, step } => {
                        for b in [lower, upper, step].into_iter().flatten() {
                            let bt = inf.expr(b)?;
                            if !bt.is_int() && !bt.is_bool() && bt != Type::None {
                                return Err(err(inf, b.span, "slice indices must be integers"));
                            }
                        }
                        Ok(())
                    }
                    _ => {
                        let it = inf.expr(index)?;
                        if it.is_int() || it.is_bool() {
                            Ok(())
                        } else {
                            Err(err(
                                inf,
                                index.span,
                                "list indices must be integers or slices",
                            ))
                        }
                    }
                },
                t => Err(err(
                    inf,
                    value.span,
                    format!("{} does not support item deletion", inf.tyname(t)),
                )),
            }
        }
        _ => Err(inf.err(
            "SyntaxError",
            t.span,
            "'del' of this expression is not supported by rumba",
        )),
    }
}

fn method_res(inf: &mut Infer, e: &Expr, value: &Expr, mut res: Res) {
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
}

#[allow(clippy::too_many_arguments)]
pub fn method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    rt: &Type,
    name: &str,
    name_span: Span,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    let n = pos.len();
    let last_kw = name == "move_to_end" && kws.len() == 1 && kws[0].name == "last";
    if let Some(k) = kws.first().filter(|_| !last_kw) {
        return Err(err(
            inf,
            k.name_span,
            format!("{name}() got an unexpected keyword argument '{}'", k.name),
        ));
    }
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
    inf.out.refines.remove(&e.id);
    match rt {
        Type::Dict(d) => {
            if d.kind == DictKind::Counter {
                let d = d.clone();
                if let Some(t) =
                    super::lib::collections::counter_method(inf, e, value, rt, &d, name, args, pos)?
                {
                    return Ok(t);
                }
            }
            let mut d = (**d).clone();
            let all = pos_args(n);
            match name {
                "get" | "setdefault" | "pop" => {
                    want(inf, 1, 2)?;
                    if name == "setdefault" && n == 1 {
                        return Err(err(
                            inf,
                            e.span,
                            "setdefault() needs a default value (rumba's dicts hold one type, not None)",
                        ));
                    }
                    if name == "get" && n == 1 {
                        return Err(err(
                            inf,
                            e.span,
                            "get() needs a default value (rumba's dicts hold one type, not None)",
                        ));
                    }
                    if name == "setdefault"
                        && (d.key == Type::Unknown || d.val == Type::Unknown)
                        && no_unknown(&pos[0])
                        && no_unknown(&pos[1])
                    {
                        check_hashable(inf, args[0].span, &pos[0])?;
                        let new = retyped(&d, pos[0].clone(), pos[1].clone());
                        if let Type::Dict(nd) = refine(inf, e, value, rt, new)? {
                            d = (*nd).clone();
                        }
                    }
                    check_key(inf, &args[0], &pos[0], &d.key, "dict")?;
                    // An empty dict's get() returns its default's type.
                    if d.val == Type::Unknown && n == 2 {
                        let mut types = vec![retyped(&d, d.key.clone(), pos[1].clone())];
                        types.extend([d.key.clone(), pos[1].clone()]);
                        let f = if name == "pop" {
                            ld::dict_pop
                        } else {
                            ld::dict_get
                        };
                        method_res(inf, e, value, native(name, f, all, types));
                        return Ok(pos[1].clone());
                    }
                    if n == 2 {
                        check_val(inf, &args[1], &pos[1], &d)?;
                    }
                    let dt = Type::Dict(Rc::new(d.clone()));
                    let mut types = vec![dt, d.key.clone()];
                    if n == 2 {
                        types.push(d.val.clone());
                    }
                    let f = match name {
                        "get" => ld::dict_get,
                        "setdefault" => ld::dict_setdefault,
                        _ => ld::dict_pop,
                    };
                    method_res(inf, e, value, native(name, f, all, types));
                    Ok(d.val.clone())
                }
                "move_to_end" if d.kind == DictKind::Ordered => {
                    want(inf, 1, 2 - kws.len())?;
                    check_key(inf, &args[0], &pos[0], &d.key, "dict")?;
                    let (a, last) = match (n, kws.first()) {
                        (2, _) => (vec![Arg::Pos(0), Arg::Pos(1)], pos[1].clone()),
                        (_, Some(k)) => {
                            (vec![Arg::Pos(0), Arg::Kw(0)], inf.out.ty(&k.value).clone())
                        }
                        _ => (
                            vec![Arg::Pos(0), Arg::Const(Const::Bool(true), Type::Bool)],
                            Type::Bool,
                        ),
                    };
                    if !last.is_bool() {
                        return Err(err(
                            inf,
                            e.span,
                            "move_to_end()'s last must be a bool in rumba",
                        ));
                    }
                    method_res(
                        inf,
                        e,
                        value,
                        native(
                            name,
                            ld::dict_move_to_end,
                            a,
                            vec![rt.clone(), d.key.clone(), Type::Bool],
                        ),
                    );
                    Ok(Type::None)
                }
                "keys" | "values" | "items" => {
                    want(inf, 0, 0)?;
                    let (view, el) = match name {
                        "keys" => (View::Keys, d.key.clone()),
                        "values" => (View::Values, d.val.clone()),
                        _ => (View::Items, Type::tuple(vec![d.key.clone(), d.val.clone()])),
                    };
                    method_res(
                        inf,
                        e,
                        value,
                        native_aux(name, ld::dict_list, vec![], vec![rt.clone()], view),
                    );
                    Ok(Type::List(Rc::new(el)))
                }
                "popitem" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::dict_popitem, vec![], vec![rt.clone()]),
                    );
                    Ok(Type::tuple(vec![d.key.clone(), d.val.clone()]))
                }
                "clear" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::dict_clear, vec![], vec![rt.clone()]),
                    );
                    Ok(Type::None)
                }
                "copy" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::dict_copy, vec![], vec![rt.clone()]),
                    );
                    Ok(rt.clone())
                }
                "update" => {
                    want(inf, 1, 1)?;
                    if pos[0] != *rt {
                        return Err(err(
                            inf,
                            args[0].span,
                            format!("update() needs a {}", inf.tyname(rt)),
                        ));
                    }
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::dict_update, all, vec![rt.clone(), rt.clone()]),
                    );
                    Ok(Type::None)
                }
                _ => Err(inf.err(
                    "AttributeError",
                    name_span,
                    format!(
                        "'dict' object has no attribute '{name}' (or rumba does not support it)"
                    ),
                )),
            }
        }
        Type::Set(el) => {
            let mut el = (**el).clone();
            let all = pos_args(n);
            match name {
                "add" | "discard" | "remove" => {
                    want(inf, 1, 1)?;
                    if name == "add" && el == Type::Unknown && no_unknown(&pos[0]) {
                        check_hashable(inf, args[0].span, &pos[0])?;
                        let new = Type::Set(Rc::new(pos[0].clone()));
                        if !refine_item(inf, value, new.clone())? {
                            refine(inf, e, value, rt, new)?;
                        }
                        el = pos[0].clone();
                    }
                    if name == "add" && !in_jit(inf) && pos[0] != el && pos[0] != Type::Unknown {
                        return Err(err(
                            inf,
                            args[0].span,
                            format!(
                                "this set holds {}, not {}",
                                inf.tyname(&el),
                                inf.tyname(&pos[0])
                            ),
                        ));
                    }
                    check_key(inf, &args[0], &pos[0], &el, "set")?;
                    let op = match name {
                        "add" => ElemOp::Add,
                        "discard" => ElemOp::Discard,
                        _ => ElemOp::Remove,
                    };
                    let st = Type::Set(Rc::new(el.clone()));
                    method_res(
                        inf,
                        e,
                        value,
                        native_aux(name, ld::set_elem, all, vec![st, el], op),
                    );
                    Ok(Type::None)
                }
                "pop" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::set_pop, vec![], vec![rt.clone()]),
                    );
                    Ok(el)
                }
                "clear" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::set_clear, vec![], vec![rt.clone()]),
                    );
                    Ok(Type::None)
                }
                "copy" => {
                    want(inf, 0, 0)?;
                    method_res(
                        inf,
                        e,
                        value,
                        native(name, ld::set_copy, vec![], vec![rt.clone()]),
                    );
                    Ok(rt.clone())
                }
                "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update"
                | "issubset"
                | "issuperset"
                | "isdisjoint" => {
                    want(inf, 1, 1)?;
                    if pos[0] != *rt {
                        return Err(err(
                            inf,
                            args[0].span,
                            format!(
                                "{name}() needs a {} here (rumba's set methods take a set of the same type)",
                                inf.tyname(rt)
                            ),
                        ));
                    }
                    let types = vec![rt.clone(), rt.clone()];
                    let op = |n: &str| match n {
                        "union" | "update" => SetOp::Or,
                        "intersection" | "intersection_update" => SetOp::And,
                        "difference" | "difference_update" => SetOp::Sub,
                        _ => SetOp::Xor,
                    };
                    let (res, t) = match name {
                        "issubset" => (
                            native_aux(name, ld::set_compare, all, types, SetCmp::Le),
                            Type::Bool,
                        ),
                        "issuperset" => (
                            native_aux(name, ld::set_compare, all, types, SetCmp::Ge),
                            Type::Bool,
                        ),
                        "isdisjoint" => (
                            native_aux(name, ld::set_compare, all, types, SetCmp::Disjoint),
                            Type::Bool,
                        ),
                        n if n.ends_with("update") => (
                            native_aux(name, ld::set_update, all, types, op(n)),
                            Type::None,
                        ),
                        n => (
                            native_aux(name, ld::set_binop, all, types, op(n)),
                            rt.clone(),
                        ),
                    };
                    method_res(inf, e, value, res);
                    Ok(t)
                }
                _ => Err(inf.err(
                    "AttributeError",
                    name_span,
                    format!(
                        "'set' object has no attribute '{name}' (or rumba does not support it)"
                    ),
                )),
            }
        }
        _ => Err(err(inf, e.span, "not a dict or set")),
    }
}

/// `dict()`, `dict(d)`, `dict(pairs)`.
pub fn dict_ctor(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(err(
            inf,
            k.name_span,
            "dict() keyword arguments are not supported by rumba",
        ));
    }
    let numba = in_jit(inf);
    match pos {
        [] => {
            inf.res(e, native("dict", ld::dict_new, vec![], vec![]));
            Ok(dict_type(Type::Unknown, Type::Unknown, numba))
        }
        [Type::Dict(d)] => {
            inf.res(e, native("dict", ld::dict_copy, pos_args(1), pos.to_vec()));
            Ok(dict_type(d.key.clone(), d.val.clone(), numba))
        }
        [Type::List(el)] => match &**el {
            Type::Tuple(kv) if kv.len() == 2 => {
                check_hashable(inf, args[0].span, &kv[0])?;
                inf.res(
                    e,
                    native("dict", ld::dict_from_pairs, pos_args(1), pos.to_vec()),
                );
                Ok(dict_type(kv[0].clone(), kv[1].clone(), numba))
            }
            _ => Err(err(
                inf,
                args[0].span,
                "dict() needs a list of (key, value) pairs",
            )),
        },
        [t] => Err(err(
            inf,
            args[0].span,
            format!("dict() of {} is not supported by rumba", inf.tyname(t)),
        )),
        _ => Err(err(
            inf,
            e.span,
            format!("dict expected at most 1 argument, got {}", pos.len()),
        )),
    }
}

/// `set()`, `set(iterable)`.
pub fn set_ctor(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(err(inf, k.name_span, "set() takes no keyword arguments"));
    }
    let el = match pos {
        [] => {
            inf.res(e, native_aux("set", ld::set_new, vec![], vec![], false));
            return Ok(Type::Set(Rc::new(Type::Unknown)));
        }
        [Type::List(el)] => (**el).clone(),
        [Type::Set(el)] => (**el).clone(),
        [Type::Dict(d)] => d.key.clone(),
        [Type::Str] => Type::Str,
        [Type::Range] => PYINT,
        [t] => {
            return Err(err(
                inf,
                args[0].span,
                format!("set() of {} is not supported by rumba", inf.tyname(t)),
            ))
        }
        _ => {
            return Err(err(
                inf,
                e.span,
                format!("set expected at most 1 argument, got {}", pos.len()),
            ))
        }
    };
    check_hashable(inf, args[0].span, &el)?;
    inf.res(e, native("set", ld::set_from, pos_args(1), pos.to_vec()));
    Ok(Type::Set(Rc::new(el)))
}

/// `len(d)`, `len(s)`.
pub fn len(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Type> {
    let f = match t {
        Type::Dict(_) => ld::dict_len,
        _ => ld::set_len,
    };
    inf.res(e, native("len", f, pos_args(1), vec![t.clone()]));
    Ok(PYINT)
}

/// Where a list is read whole (`list`, `sorted`, `sum`, `min`, `max`...),
/// a set gives its elements, a dict its keys and a typed list its items:
/// the argument types seen as the lists lowering converts them to.
pub fn as_lists(pos: &[Type]) -> Vec<Type> {
    pos.iter()
        .map(|t| match t {
            Type::Set(el) => Type::List(el.clone()),
            Type::Dict(d) => Type::List(Rc::new(d.key.clone())),
            Type::TypedList(el) => Type::List(el.clone()),
            t => t.clone(),
        })
        .collect()
}

/// The result of a binary operator on sets.
pub fn binop_type(op: BinOp, lt: &Type, rt: &Type) -> Option<Type> {
    match (op, lt, rt) {
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Type::Set(a), Type::Set(b))
            if a == b =>
        {
            Some(lt.clone())
        }
        _ => None,
    }
}

pub fn set_op(op: BinOp) -> Option<SetOp> {
    Some(match op {
        BinOp::BitOr => SetOp::Or,
        BinOp::BitAnd => SetOp::And,
        BinOp::Sub => SetOp::Sub,
        BinOp::BitXor => SetOp::Xor,
        _ => return None,
    })
}

pub fn set_cmp(op: CmpOp) -> Option<SetCmp> {
    Some(match op {
        CmpOp::Eq => SetCmp::Eq,
        CmpOp::Ne => SetCmp::Ne,
        CmpOp::Le => SetCmp::Le,
        CmpOp::Lt => SetCmp::Lt,
        CmpOp::Ge => SetCmp::Ge,
        CmpOp::Gt => SetCmp::Gt,
        _ => return None,
    })
}

/// Whether `a op b` is typed here (membership in and comparisons of
/// dicts and sets).
pub fn comparable(op: CmpOp, a: &Type, b: &Type) -> Option<bool> {
    match (op, a, b) {
        (CmpOp::In | CmpOp::NotIn, _, Type::Dict(d)) => Some(key_fits(a, &d.key)),
        (CmpOp::In | CmpOp::NotIn, _, Type::Set(el)) => Some(key_fits(a, el)),
        (_, Type::Set(x), Type::Set(y)) => Some(x == y && set_cmp(op).is_some()),
        _ => None,
    }
}

/// The element type a `for` loop over a dict or set yields.
pub fn iter_elem(t: &Type) -> Option<Type> {
    match t {
        Type::Dict(d) => Some(d.key.clone()),
        Type::Set(el) => Some((**el).clone()),
        _ => None,
    }
}
