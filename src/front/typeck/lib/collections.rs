//! `collections`: `namedtuple`, `defaultdict`, `Counter`, `OrderedDict`.
//! A namedtuple class is a type object; an instance is a tuple whose type
//! also carries the class's name and field names, so it indexes and
//! unpacks as a tuple and prints as CPython does. The three dict
//! subclasses are dicts whose type says which (`DictKind`): they share
//! the dict's layout and methods, and differ in reading a missing key, in
//! printing and in `Counter`'s own methods and operators.

use super::{func, unsupported, CallSite, Entry, Module};
use crate::front::ast::*;
use crate::front::typeck::dict::{
    as_lists, check_hashable, dict_ctor, dict_type, in_jit, refine, retyped,
};
use crate::front::typeck::star::use_rewrite;
use crate::front::typeck::{check_kws, native, native_aux, pos_args, type_err, IResult, Infer};
use crate::front::typed::{Arg, Res};
use std::rc::Rc;
use vm::lib_dict as ld;
use vm::types::{ConstKind, DictKind, DictTy, Factory, NamedTy, Type, PYINT};

pub const COLLECTIONS: Module = Module {
    name: "collections",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("namedtuple", namedtuple),
    func("OrderedDict", ordered_dict),
    func("defaultdict", defaultdict),
    func("Counter", counter),
    unsupported("deque"),
];

/// The name of a `defaultdict`'s factory function, if `t` is such a dict
/// (or holds one).
fn function_factory(t: &Type) -> Option<Rc<str>> {
    match t {
        Type::Dict(d) => match &d.kind {
            DictKind::Default(Factory::Func(_, name)) => Some(name.clone()),
            _ => function_factory(&d.key).or_else(|| function_factory(&d.val)),
        },
        Type::List(e) | Type::TypedList(e) | Type::Set(e) => function_factory(e),
        Type::Tuple(items) | Type::MixedList(items) => items.iter().find_map(function_factory),
        _ => None,
    }
}

/// Refuses the text of a defaultdict whose factory is a function: CPython
/// shows the function's address, which rumba cannot.
pub fn check_text(inf: &Infer, span: Span, t: &Type) -> IResult<()> {
    match function_factory(t) {
        Some(f) => Err(type_err(
            inf,
            span,
            format!("the text of a defaultdict whose factory is the function {f} is not supported by rumba (CPython shows the function's address)"),
        )),
        None => Ok(()),
    }
}

fn with_kind(t: Type, kind: DictKind) -> Type {
    match t {
        Type::Dict(d) => Type::Dict(Rc::new(DictTy {
            kind,
            ..(*d).clone()
        })),
        t => t,
    }
}

/// `OrderedDict(pairs)` or `OrderedDict(d)`: a dict printed as CPython's
/// `OrderedDict`. With no arguments it is a jitclass spec, as scripts
/// build one.
fn ordered_dict(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    if c.args.is_empty() && c.kws.is_empty() {
        return crate::front::typeck::class::empty_spec(inf, c);
    }
    if in_jit(inf) {
        return Err(type_err(
            inf,
            c.e.span,
            "collections.OrderedDict is not supported in jitted code (Numba does not support it)",
        ));
    }
    let t = dict_ctor(inf, c)?;
    Ok(with_kind(t, DictKind::Ordered))
}

/// The value type a built-in factory makes, by the factory's name.
fn factory_value(name: &str) -> Option<Type> {
    Some(match name {
        "int" => PYINT,
        "float" => Type::F64,
        "bool" => Type::Bool,
        "str" => Type::Str,
        "tuple" => Type::tuple(Vec::new()),
        "list" => Type::List(Rc::new(Type::Unknown)),
        "set" => Type::Set(Rc::new(Type::Unknown)),
        "dict" => dict_type(Type::Unknown, Type::Unknown, false),
        _ => return None,
    })
}

/// `defaultdict(factory)` and `defaultdict(factory, d)`: the factory is
/// a built-in type (`int`, `list`...) or a script function or lambda of
/// no arguments.
fn defaultdict(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    check_kws(inf, "defaultdict", kws, &[])?;
    if in_jit(inf) {
        return Err(type_err(
            inf,
            e.span,
            "collections.defaultdict is not supported in jitted code (Numba does not support it)",
        ));
    }
    let Some(ft) = pos.first() else {
        return Err(type_err(
            inf,
            e.span,
            "defaultdict() needs a factory in rumba (int, list, a function...)",
        ));
    };
    let (factory, val) = match ft {
        Type::Const(ConstKind::Builtin, id) => {
            let name = inf.prog.builtin_name(*id).to_string();
            match factory_value(&name) {
                Some(v) => (Factory::Type(name.into()), v),
                None => {
                    return Err(type_err(
                        inf,
                        args[0].span,
                        format!("defaultdict({name}) is not supported by rumba: its factory must be int, float, bool, str, tuple, list, set, dict or a function of no arguments"),
                    ))
                }
            }
        }
        Type::Const(ConstKind::Func, f) if inf.prog.funcs[*f as usize].captures.is_empty() => {
            let s = inf.specialize(*f, Vec::new(), args[0].span)?;
            let name: Rc<str> = inf.prog.funcs[*f as usize].name.as_str().into();
            (
                Factory::Func(*f, name),
                inf.prog.specs[s as usize].ret.clone(),
            )
        }
        t => {
            return Err(type_err(
                inf,
                args[0].span,
                format!("defaultdict()'s factory must be a built-in type or a function of no arguments that captures nothing in rumba, not {}", inf.tyname(t)),
            ))
        }
    };
    let kind = DictKind::Default(factory);
    match pos {
        [_] => {
            inf.res(e, native("defaultdict", ld::dict_new, vec![], vec![]));
            Ok(with_kind(dict_type(Type::Unknown, val, false), kind))
        }
        [_, Type::Dict(d)] if d.val == val || val == Type::Unknown => {
            inf.res(
                e,
                native(
                    "defaultdict",
                    ld::dict_copy,
                    vec![Arg::Pos(1)],
                    vec![pos[1].clone()],
                ),
            );
            Ok(with_kind(
                dict_type(d.key.clone(), d.val.clone(), false),
                kind,
            ))
        }
        [_, t] => Err(type_err(
            inf,
            args[1].span,
            format!(
                "defaultdict()'s second argument must be a dict of {} values in rumba, not {}",
                inf.tyname(&val),
                inf.tyname(t)
            ),
        )),
        _ => Err(type_err(
            inf,
            e.span,
            "defaultdict() takes a factory and at most one dict",
        )),
    }
}

/// What `Counter(x)` or `c.update(x)` counts in `x`: its element type and
/// the type the native receives it as.
fn counted(inf: &Infer, a: &Expr, t: &Type) -> IResult<(Type, Type)> {
    match t {
        Type::Str => Ok((Type::Str, Type::Str)),
        Type::Dict(d) if d.val.is_int() || d.val == Type::Unknown => Ok((d.key.clone(), t.clone())),
        Type::List(_) | Type::TypedList(_) | Type::Set(_) => {
            let as_list = as_lists(std::slice::from_ref(t)).remove(0);
            match as_list.list_elem() {
                Some(el) => Ok(((**el).clone(), as_list.clone())),
                None => Err(type_err(inf, a.span, "bad iterable")),
            }
        }
        t => Err(type_err(
            inf,
            a.span,
            format!("counting the items of {} is not supported by rumba (a list, set, str or dict of counts)", inf.tyname(t)),
        )),
    }
}

/// `Counter()`, `Counter(iterable)`, `Counter(mapping)`.
fn counter(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(type_err(
            inf,
            k.name_span,
            "Counter() keyword arguments are not supported by rumba",
        ));
    }
    if in_jit(inf) {
        return Err(type_err(
            inf,
            e.span,
            "collections.Counter is not supported in jitted code (Numba does not support it)",
        ));
    }
    let kind = DictKind::Counter;
    match pos {
        [] => {
            inf.res(e, native("Counter", ld::dict_new, vec![], vec![]));
            Ok(with_kind(dict_type(Type::Unknown, PYINT, false), kind))
        }
        [t] => {
            let (el, as_t) = counted(inf, &args[0], t)?;
            check_hashable(inf, args[0].span, &el)?;
            inf.res(
                e,
                native("Counter", ld::counter_from, pos_args(1), vec![as_t]),
            );
            Ok(with_kind(dict_type(el, PYINT, false), kind))
        }
        _ => Err(type_err(
            inf,
            e.span,
            format!("Counter expected at most 1 argument, got {}", pos.len()),
        )),
    }
}

/// Methods only a `Counter` has; `None` for the methods of every dict.
#[allow(clippy::too_many_arguments)]
pub fn counter_method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    rt: &Type,
    d: &DictTy,
    name: &str,
    args: &[Expr],
    pos: &[Type],
) -> IResult<Option<Type>> {
    let n = pos.len();
    let arity = |inf: &Infer, max: usize| {
        if n > max {
            Err(type_err(
                inf,
                e.span,
                format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    if max == 1 { "" } else { "s" }
                ),
            ))
        } else {
            Ok(())
        }
    };
    let (res, t) = match name {
        "most_common" => {
            arity(inf, 1)?;
            let mut types = vec![rt.clone()];
            if n == 1 {
                if !pos[0].is_int() {
                    return Err(type_err(
                        inf,
                        args[0].span,
                        "most_common()'s argument must be an int",
                    ));
                }
                types.push(PYINT);
            }
            let el = Type::tuple(vec![d.key.clone(), PYINT]);
            (
                native(name, ld::counter_most_common, pos_args(n), types),
                Type::List(Rc::new(el)),
            )
        }
        "elements" => {
            arity(inf, 0)?;
            (
                native(name, ld::counter_elements, vec![], vec![rt.clone()]),
                Type::List(Rc::new(d.key.clone())),
            )
        }
        "total" => {
            arity(inf, 0)?;
            (
                native(name, ld::counter_total, vec![], vec![rt.clone()]),
                PYINT,
            )
        }
        "update" | "subtract" => {
            if n != 1 {
                return Err(type_err(
                    inf,
                    e.span,
                    format!("{name}() takes one iterable or mapping in rumba"),
                ));
            }
            let (el, as_t) = counted(inf, &args[0], &pos[0])?;
            if d.key != Type::Unknown && el != d.key && el != Type::Unknown {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!(
                        "this Counter counts {}, not {}",
                        inf.tyname(&d.key),
                        inf.tyname(&el)
                    ),
                ));
            }
            let mut types = vec![rt.clone(), as_t];
            if d.key == Type::Unknown && el != Type::Unknown {
                let new = retyped(d, el, PYINT);
                refine(inf, e, value, rt, new.clone())?;
                types[0] = new;
            }
            let sign: i64 = if name == "update" { 1 } else { -1 };
            (
                native_aux(name, ld::counter_update, pos_args(1), types, sign),
                Type::None,
            )
        }
        _ => return Ok(None),
    };
    if let Res::Call(mut call) = res {
        call.recv = Some(value.id);
        inf.res(e, Res::Call(call));
    }
    Ok(Some(t))
}

/// The counter operator of `a op b`, if both are the same `Counter` type.
pub fn counter_op(op: BinOp, lt: &Type, rt: &Type) -> Option<ld::CounterOp> {
    match (lt, rt) {
        (Type::Dict(a), Type::Dict(b)) if a.kind == DictKind::Counter && lt == rt => {
            Some(match op {
                BinOp::Add => ld::CounterOp::Add,
                BinOp::Sub => ld::CounterOp::Sub,
                BinOp::BitOr => ld::CounterOp::Or,
                BinOp::BitAnd => ld::CounterOp::And,
                _ => return None,
            })
        }
        _ => None,
    }
}

/// A string constant, a tuple or list display of them, or a string of
/// names separated by commas or spaces.
fn field_names(inf: &Infer, e: &Expr) -> IResult<Vec<Rc<str>>> {
    let bad = || {
        type_err(
            inf,
            e.span,
            "namedtuple() field names must be a string or a tuple or list of strings written in place",
        )
    };
    match &e.kind {
        ExprKind::Str(s) => Ok(s
            .replace(',', " ")
            .split_whitespace()
            .map(Rc::from)
            .collect()),
        ExprKind::Tuple(items) | ExprKind::List(items) => items
            .iter()
            .map(|i| match &i.kind {
                ExprKind::Str(s) => Ok(Rc::from(s.as_str())),
                _ => Err(bad()),
            })
            .collect(),
        _ => Err(bad()),
    }
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && cs.all(|c| c.is_alphanumeric() || c == '_')
}

/// `namedtuple(typename, field_names)`: a class, known at compile time.
fn namedtuple(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, _, kws, _) = c.parts();
    check_kws(inf, "namedtuple", kws, &[])?;
    let [name, fields] = args else {
        return Err(type_err(
            inf,
            e.span,
            "namedtuple() takes a type name and field names",
        ));
    };
    let ExprKind::Str(name) = &name.kind else {
        return Err(type_err(
            inf,
            name.span,
            "namedtuple()'s type name must be a string written in place",
        ));
    };
    let fields = field_names(inf, fields)?;
    if !is_identifier(name) {
        return Err(inf.err(
            "ValueError",
            args[0].span,
            format!("Type names and field names must be valid identifiers: '{name}'"),
        ));
    }
    for (i, f) in fields.iter().enumerate() {
        if !is_identifier(f) || f.starts_with('_') {
            return Err(inf.err(
                "ValueError",
                args[1].span,
                format!("invalid field name for namedtuple: '{f}'"),
            ));
        }
        if fields[..i].contains(f) {
            return Err(inf.err(
                "ValueError",
                args[1].span,
                format!("Encountered duplicate field name: '{f}'"),
            ));
        }
    }
    if fields.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            "a namedtuple with no fields is not supported by rumba",
        ));
    }
    inf.res(e, Res::Const);
    Ok(Type::TypeObj(Rc::new(Type::Named(Rc::new(NamedTy {
        name: name.as_str().into(),
        fields: fields.into(),
        items: Rc::new([]),
    })))))
}

/// Whether evaluating `e` has no effect, so that it may move.
fn pure(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_) | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_)
    )
}

/// `Point(1, y=2)`: typed and lowered as the tuple display of the
/// arguments in field order.
pub fn construct(
    inf: &mut Infer,
    e: &Expr,
    class: &NamedTy,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Type> {
    let name = &class.name;
    let n = class.fields.len();
    if args.len() > n {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "{name}.__new__() takes {} positional arguments but {} were given",
                n + 1,
                args.len() + 1
            ),
        ));
    }
    let mut slots: Vec<Option<Expr>> = args.iter().cloned().map(Some).collect();
    slots.resize(n, None);
    for k in kws {
        let Some(i) = class.fields.iter().position(|f| **f == *k.name) else {
            return Err(type_err(
                inf,
                k.name_span,
                format!(
                    "{name}.__new__() got an unexpected keyword argument '{}'",
                    k.name
                ),
            ));
        };
        if slots[i].is_some() {
            return Err(type_err(
                inf,
                k.name_span,
                format!(
                    "{name}.__new__() got multiple values for argument '{}'",
                    k.name
                ),
            ));
        }
        slots[i] = Some(k.value.clone());
    }
    let missing: Vec<String> = class
        .fields
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(f, _)| format!("'{f}'"))
        .collect();
    if !missing.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "{name}.__new__() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                missing.join(" and ")
            ),
        ));
    }
    let items: Vec<Expr> = slots.into_iter().flatten().collect();
    // The display evaluates in field order; keywords out of that order
    // may only move if evaluating them has no effect.
    let in_order = kws
        .iter()
        .map(|k| class.fields.iter().position(|f| **f == *k.name))
        .collect::<Vec<_>>()
        .windows(2)
        .all(|w| w[0] < w[1]);
    if !in_order && !kws.iter().all(|k| pure(&k.value)) {
        return Err(type_err(
            inf,
            e.span,
            format!("{name}(): keyword arguments out of field order must be names or constants in rumba"),
        ));
    }
    let Type::Tuple(elems) = use_rewrite(inf, e, ExprKind::Tuple(items))? else {
        return Err(type_err(
            inf,
            e.span,
            "a namedtuple's arguments must make a tuple",
        ));
    };
    Ok(Type::Named(Rc::new(NamedTy {
        items: elems,
        ..class.clone()
    })))
}

/// `p.x`: typed and lowered as `p[i]`.
pub fn field(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    class: &NamedTy,
    attr: &str,
    span: Span,
) -> IResult<Type> {
    let Some(i) = class.fields.iter().position(|f| **f == *attr) else {
        return Err(inf.err(
            "AttributeError",
            span,
            format!("'{}' object has no attribute '{attr}'", class.name),
        ));
    };
    let index = Expr {
        id: 0,
        span,
        kind: ExprKind::Int(i as i128),
    };
    let kind = ExprKind::Subscript {
        value: Box::new(value.clone()),
        index: Box::new(index),
    };
    use_rewrite(inf, e, kind)
}
