//! `map(f, xs)` and `filter(f, xs)` as the argument of a function that
//! consumes its iterable whole (`list`, `sum`, `sorted`...): rewritten as
//! the generator expressions `(f(x) for x in xs)` and
//! `(x for x in xs if f(x))`, which compute the same values in the same
//! order. `enumerate(...)` and `zip(...)` there become
//! `(t for t in enumerate(...))` in `sorted`, `min` and `max`. Elsewhere `map` and `filter` are refused: a lazy `map` object that is printed
//! or interleaved with other effects would differ.

use super::star::use_rewrite;
use super::{type_err, IResult, Infer};
use crate::front::ast::*;
use vm::types::{ConstKind, Type};

/// The call `e` (of a consuming built-in) with a `map`/`filter` first
/// argument, typed as its rewrite; `None` if the argument is neither.
pub fn rewrite_consumed(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    if let Some(a) = args.first() {
        // Calls of built-ins (`map`...) are typed below, in their place;
        // `islice` of a generator is a generator.
        let builtin_call = match &a.kind {
            ExprKind::Call { func: inner, .. } if matches!(inner.kind, ExprKind::Name(_)) => {
                matches!(inf.expr(inner)?, Type::Const(ConstKind::Builtin, id)
                    if inf.prog.builtin_name(id) != "itertools.islice")
            }
            ExprKind::GeneratorExp { .. } | ExprKind::Starred(_) => true,
            _ => false,
        };
        let at = match builtin_call {
            true => Type::Unknown,
            false => inf.expr(a)?,
        };
        if let Some(gen) = super::generator::consumed(a, &at, e.id) {
            let mut new_args = args.to_vec();
            new_args[0] = gen;
            let kind = ExprKind::Call {
                func: Box::new(func.clone()),
                args: new_args,
                keywords: kws.to_vec(),
            };
            return use_rewrite(inf, e, kind).map(Some);
        }
    }
    let Some(Expr {
        kind:
            ExprKind::Call {
                func: inner,
                args: margs,
                keywords: mkws,
            },
        span,
        ..
    }) = args.first()
    else {
        return Ok(None);
    };
    // Built-ins are reached by name; a method call is not typed here.
    if !matches!(inner.kind, ExprKind::Name(_)) {
        return Ok(None);
    }
    let which = match inf.expr(inner)? {
        Type::Const(ConstKind::Builtin, id) => inf.prog.builtin_name(id).to_string(),
        _ => return Ok(None),
    };
    let var = Expr {
        id: 0,
        span: *span,
        kind: ExprKind::Name(format!("^{which}{}", e.id)),
    };
    let (elt, iter, ifs) = match which.as_str() {
        // `list(enumerate(...))` and the like have their own typing.
        "enumerate" | "zip" if keyed(inf, func)? => (var.clone(), args[0].clone(), Vec::new()),
        "map" | "filter" => {
            let (elt, ifs) = map_filter(inf, &which, &var, span, margs, mkws)?;
            (elt, margs[1].clone(), ifs)
        }
        _ => return Ok(None),
    };
    let gen = Expr {
        id: 0,
        span: *span,
        kind: ExprKind::GeneratorExp {
            elt: Box::new(elt),
            generators: vec![Comprehension {
                target: var,
                iter,
                ifs,
            }],
        },
    };
    let mut new_args = args.to_vec();
    new_args[0] = gen;
    let kind = ExprKind::Call {
        func: Box::new(func.clone()),
        args: new_args,
        keywords: kws.to_vec(),
    };
    use_rewrite(inf, e, kind).map(Some)
}

/// Whether `func` is `sorted`, `min` or `max`.
fn keyed(inf: &mut Infer, func: &Expr) -> IResult<bool> {
    Ok(match inf.expr(func)? {
        Type::Const(ConstKind::Builtin, id) => {
            matches!(inf.prog.builtin_name(id), "sorted" | "min" | "max")
        }
        _ => false,
    })
}

/// The element and the condition of `map(f, xs)` or `filter(f, xs)`'s
/// generator expression, whose variable is `var`.
fn map_filter(
    inf: &mut Infer,
    which: &str,
    var: &Expr,
    span: &Span,
    margs: &[Expr],
    mkws: &[Keyword],
) -> IResult<(Expr, Vec<Expr>)> {
    let [f, _] = margs else {
        return Err(type_err(
            inf,
            *span,
            format!(
                "{which}() with other than one function and one iterable is not supported by rumba"
            ),
        ));
    };
    if let Some(k) = mkws.first() {
        return Err(type_err(
            inf,
            k.name_span,
            format!("{which}() takes no keyword arguments"),
        ));
    }
    // The function is read once per element: only a name or a lambda
    // reads the same function each time without other effects.
    let method = matches!(f.kind, ExprKind::Attribute { .. }) && super::expr::pure(f);
    if !method
        && !matches!(
            f.kind,
            ExprKind::Name(_) | ExprKind::Lambda { .. } | ExprKind::None
        )
    {
        return Err(type_err(
            inf,
            f.span,
            format!("{which}()'s function must be a name or a lambda in rumba"),
        ));
    }
    // `str.upper` applied to `x` is `x.upper()`.
    let unbound = match &f.kind {
        ExprKind::Attribute { value, attr, .. } => match inf.expr(value)? {
            Type::Const(ConstKind::Builtin, id)
                if inf.prog.builtin_name(id).rsplit('.').next() == Some("str") =>
            {
                Some(attr.clone())
            }
            _ => None,
        },
        _ => None,
    };
    let apply = |x: &Expr| Expr {
        id: 0,
        span: f.span,
        kind: match &unbound {
            Some(attr) => ExprKind::Call {
                func: Box::new(Expr {
                    id: 0,
                    span: f.span,
                    kind: ExprKind::Attribute {
                        value: Box::new(x.clone()),
                        attr: attr.clone(),
                        attr_span: f.span,
                    },
                }),
                args: Vec::new(),
                keywords: Vec::new(),
            },
            None => ExprKind::Call {
                func: Box::new(f.clone()),
                args: vec![x.clone()],
                keywords: Vec::new(),
            },
        },
    };
    let (elt, ifs) = match (which, &f.kind) {
        ("map", ExprKind::None) => {
            return Err(type_err(inf, f.span, "'NoneType' object is not callable"))
        }
        ("map", _) => (apply(var), Vec::new()),
        (_, ExprKind::None) => (var.clone(), vec![var.clone()]),
        _ => (var.clone(), vec![apply(var)]),
    };
    Ok((elt, ifs))
}

/// `map` or `filter` anywhere else.
pub fn refused(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    Err(type_err(
        inf,
        c.e.span,
        format!(
            "{}() is supported by rumba only as the argument of list, tuple, sum, min, max, any, all or sorted",
            c.name
        ),
    ))
}
