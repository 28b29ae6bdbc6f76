//! `collections`: `namedtuple`. A namedtuple class is a type object; an
//! instance is a tuple whose type also carries the class's name and field
//! names, so it indexes and unpacks as a tuple and prints as CPython does.

use super::{func, unsupported, CallSite, Entry, Module};
use crate::front::ast::*;
use crate::front::typeck::star::use_rewrite;
use crate::front::typeck::{check_kws, type_err, IResult, Infer};
use crate::front::typed::Res;
use std::rc::Rc;
use vm::types::{NamedTy, Type};

pub const COLLECTIONS: Module = Module {
    name: "collections",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("namedtuple", namedtuple),
    func("OrderedDict", crate::front::typeck::class::empty_spec),
    unsupported("defaultdict"),
    unsupported("Counter"),
    unsupported("deque"),
];

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
