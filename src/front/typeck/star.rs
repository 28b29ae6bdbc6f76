//! `*` unpacking and `*args` parameters, by rewriting the expression with
//! fresh ids (lowering reads the rewrite in its place): `f(*t)` with `t` a
//! tuple becomes `f(t[0], t[1], ...)`, `(1, *t)` becomes `(1, t[0], ...)`,
//! and a call passing extra positional arguments to a function with
//! `*args` packs them into a tuple given to the parameter `*args`.

use super::unroll::visit_expr_mut;
use super::{IResult, Infer};
use crate::front::ast::*;
use std::rc::Rc;
use vm::types::{ConstKind, Type};

/// The items of a call's arguments or a tuple display with each `*t`
/// spread into `t`'s elements; `None` if there is no `*`.
fn expand(inf: &mut Infer, items: &[Expr]) -> IResult<Option<Vec<Expr>>> {
    if !items.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
        return Ok(None);
    }
    let mut out = Vec::new();
    for a in items {
        let ExprKind::Starred(inner) = &a.kind else {
            out.push(a.clone());
            continue;
        };
        let t = inf.expr(inner)?;
        let (Type::Tuple(elems) | Type::MixedList(elems)) = &t else {
            return Err(inf.err(
                "TypeError",
                a.span,
                format!(
                    "'*' unpacks only tuples in rumba (their length is known), not {}",
                    inf.tyname(&t)
                ),
            ));
        };
        match &inner.kind {
            ExprKind::Tuple(parts) | ExprKind::List(parts) => out.extend(parts.iter().cloned()),
            // Reading a name or an attribute again has no effect.
            ExprKind::Name(_) | ExprKind::Attribute { .. } => {
                for k in 0..elems.len() {
                    let index = Expr {
                        id: 0,
                        span: inner.span,
                        kind: ExprKind::Int(k as i128),
                    };
                    out.push(Expr {
                        id: 0,
                        span: a.span,
                        kind: ExprKind::Subscript {
                            value: inner.clone(),
                            index: Box::new(index),
                        },
                    });
                }
            }
            _ => {
                return Err(inf.err(
                    "SyntaxError",
                    a.span,
                    "'*' unpacking of this expression is not supported by rumba; assign it to a name first",
                ))
            }
        }
    }
    Ok(Some(out))
}

/// The keyword arguments with each `**d` spread into its items: a dict
/// display with constant string keys, or a `**kwargs` parameter (whose
/// names are known per specialization); `None` if there is no `**`.
fn expand_kws(inf: &mut Infer, kws: &[Keyword]) -> IResult<Option<Vec<Keyword>>> {
    if !kws.iter().any(|k| k.name == "**") {
        return Ok(None);
    }
    let mut out = Vec::new();
    for k in kws {
        if k.name != "**" {
            out.push(k.clone());
            continue;
        }
        let v = &k.value;
        if let ExprKind::Dict(pairs) = &v.kind {
            for (key, value) in pairs {
                let ExprKind::Str(name) = &key.kind else {
                    return Err(inf.err(
                        "TypeError",
                        key.span,
                        "keywords must be strings (rumba spreads only dict displays with constant string keys)",
                    ));
                };
                out.push(Keyword {
                    name: name.clone(),
                    name_span: key.span,
                    value: value.clone(),
                });
            }
            continue;
        }
        let param = match &v.kind {
            ExprKind::Name(n) => inf
                .env
                .as_ref()
                .and_then(|env| env.get(n.as_str()))
                .map(|var| (n.clone(), var.ty.clone())),
            _ => None,
        };
        let fields = match param {
            Some((n, Type::Named(t))) if &*t.name == KWARGS => t
                .fields
                .iter()
                .map(|f| (n.clone(), f.clone()))
                .collect::<Vec<_>>(),
            _ => {
                let t = inf.expr(v)?;
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!(
                        "'**' spreads only dict displays with constant string keys and '**kwargs' parameters in rumba, not {}",
                        inf.tyname(&t)
                    ),
                ));
            }
        };
        for (i, (n, field)) in fields.into_iter().enumerate() {
            let index = Expr {
                id: 0,
                span: v.span,
                kind: ExprKind::Int(i as i128),
            };
            let spread = Expr {
                id: 0,
                span: v.span,
                kind: ExprKind::Name(format!("**{n}")),
            };
            out.push(Keyword {
                name: field.to_string(),
                name_span: k.name_span,
                value: Expr {
                    id: 0,
                    span: v.span,
                    kind: ExprKind::Subscript {
                        value: Box::new(spread),
                        index: Box::new(index),
                    },
                },
            });
        }
    }
    Ok(Some(out))
}

/// The name of the type a `**kwargs` parameter holds: its values laid out
/// as a named tuple of the keywords, which only `**` may read.
pub const KWARGS: &str = "**";

/// The hidden keyword that packs a call's extra keywords for `**name`.
fn kwargs_key(name: &str, fields: &[String]) -> String {
    let mut key = format!("**{name}");
    for f in fields {
        key.push('\0');
        key.push_str(f);
    }
    key
}

/// The parameter a hidden `**` keyword packs for, and the keywords' names.
pub fn kwargs_fields(key: &str) -> Option<(&str, Vec<Rc<str>>)> {
    let rest = key.strip_prefix("**")?;
    let mut parts = rest.split('\0');
    let name = parts.next()?;
    Some((name, parts.map(Rc::from).collect()))
}

/// Gives every node of `e` a fresh id.
pub fn renumber(inf: &mut Infer, mut e: Expr) -> Expr {
    let mut next = inf.next_id;
    visit_expr_mut(&mut e, &mut |x| {
        x.id = next;
        next += 1;
    });
    inf.next_id = next;
    e
}

/// A new expression of `kind` (its children copied) with fresh ids.
pub fn fresh(inf: &mut Infer, kind: ExprKind, span: Span) -> Expr {
    renumber(inf, Expr { id: 0, span, kind })
}

/// Types the rewrite of `e` and records it.
pub fn use_rewrite(inf: &mut Infer, e: &Expr, kind: ExprKind) -> IResult<Type> {
    let new = fresh(inf, kind, e.span);
    let t = inf.expr(&new)?;
    inf.out.rewrites.insert(e.id, new);
    Ok(t)
}

/// A call with `*` arguments, or passing extra positional arguments to a
/// script function's `*args`, typed as its rewrite.
pub fn rewrite_call(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let callee = match &func.kind {
        ExprKind::Name(_) => match inf.expr(func)? {
            Type::Const(ConstKind::Func, f) => Some(f),
            _ => None,
        },
        _ => None,
    };
    let listed = spread_list(inf, callee, args)?;
    let args = listed.as_ref().map_or(args, |l| &l.args[..]);
    let expanded = expand(inf, args)?;
    let args_now = expanded.as_deref().unwrap_or(args);
    let spread = expand_kws(inf, kws)?;
    let kws_now = spread.as_deref().unwrap_or(kws);
    let vararg = callee.and_then(|f| {
        let p = &inf.prog.funcs[f as usize].def.params;
        p.vararg
            .as_ref()
            .map(|v| (format!("*{}", v.name), p.positional.len()))
    });
    let captured = match callee {
        Some(f) => super::closure::capture_args(inf, f, e.span)?,
        None => Vec::new(),
    };
    let mut new_args = args_now.to_vec();
    let mut new_kws = kws_now.to_vec();
    new_kws.extend(listed.as_ref().and_then(|l| l.vararg.clone()));
    let packs_kws = match callee {
        Some(f) => pack_kwargs(inf, f, &mut new_kws),
        None => false,
    };
    let captures = !captured.is_empty() && !kws.iter().any(|k| k.name.starts_with('^'));
    if captures {
        new_kws.extend(captured);
    }
    let packs = match vararg {
        Some((name, npos)) if new_args.len() > npos => {
            let extra = new_args.split_off(npos);
            let span = extra[0].span.to(extra[extra.len() - 1].span);
            new_kws.push(Keyword {
                name,
                name_span: span,
                value: Expr {
                    id: 0,
                    span,
                    kind: ExprKind::Tuple(extra),
                },
            });
            true
        }
        _ => false,
    };
    if listed.is_none()
        && expanded.is_none()
        && spread.is_none()
        && !packs
        && !packs_kws
        && !captures
    {
        return Ok(None);
    }
    let kind = ExprKind::Call {
        func: Box::new(func.clone()),
        args: new_args,
        keywords: new_kws,
    };
    let new = fresh(inf, kind, e.span);
    if let (Some((k, aux)), ExprKind::Call { args, .. }) = (listed.and_then(|l| l.check), &new.kind)
    {
        if let Some(first) = args.get(k) {
            inf.out.spread_checks.insert(first.id, aux);
        }
    }
    let t = inf.expr(&new)?;
    inf.out.rewrites.insert(e.id, new);
    Ok(Some(t))
}

/// Whether evaluating `e` again gives the same value and has no effect
/// (a name, an attribute, a slice of them by constants or names).
fn reread(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Int(_) => true,
        ExprKind::Attribute { value, .. } => reread(value),
        ExprKind::Subscript { value, index } => {
            reread(value) && matches!(index.kind, ExprKind::Slice { .. }) && reread(index)
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .all(|b| reread(b)),
        ExprKind::Unary { operand, .. } => matches!(operand.kind, ExprKind::Int(_)),
        _ => false,
    }
}

/// A call's arguments with a list spread (`f(a, *lst)`).
struct ListSpread {
    /// The arguments, the list's elements in its place.
    args: Vec<Expr>,
    /// The tuple of the list given to the function's `*args`.
    vararg: Option<Keyword>,
    /// The argument that reads the list's first element, and the length
    /// check it makes.
    check: Option<(usize, vm::lib_tuple::SpreadAux)>,
}

/// `f(a, *lst)` with `lst` a list (or a tuple of run-time length) as the
/// last argument of a script function `f`: the list becomes `f`'s
/// `*args` (as `tuple(lst)`) when the arguments before it fill the other
/// parameters; otherwise it fills the remaining parameters, read element
/// by element, the first read checking its length as CPython does.
fn spread_list(inf: &mut Infer, callee: Option<u32>, args: &[Expr]) -> IResult<Option<ListSpread>> {
    let Some((last, before)) = args.split_last() else {
        return Ok(None);
    };
    let ExprKind::Starred(inner) = &last.kind else {
        return Ok(None);
    };
    if before
        .iter()
        .any(|a| matches!(a.kind, ExprKind::Starred(_)))
    {
        return Ok(None);
    }
    // A list display spreads its items (their number is known).
    if let ExprKind::List(items) = &inner.kind {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            let mut out = before.to_vec();
            out.extend(items.iter().cloned());
            return Ok(Some(ListSpread {
                args: out,
                vararg: None,
                check: None,
            }));
        }
    }
    let t = inf.expr(inner)?;
    let (Type::List(el) | Type::VarTuple(el)) = &t else {
        return Ok(None);
    };
    if **el == Type::Unknown {
        return Err(inf.err(
            "TypeError",
            last.span,
            "'*' of a list that is never given an element is not supported by rumba (its element type is unknown)",
        ));
    }
    let refuse = |inf: &Infer, msg: &str| -> IResult<Option<ListSpread>> {
        Err(inf.err(
            "TypeError",
            last.span,
            format!("'*' of a list {msg} in rumba"),
        ))
    };
    let Some(f) = callee else {
        return refuse(inf, "is spread only into a script function's parameters");
    };
    let def = inf.prog.funcs[f as usize].def.clone();
    let params = &def.params;
    let k = before.len();
    if let Some(v) = &params.vararg {
        if k != params.positional.len() {
            return refuse(
                inf,
                "goes to '*args' only after arguments for each other parameter",
            );
        }
        let span = last.span;
        let call = Expr {
            id: 0,
            span,
            kind: ExprKind::Call {
                func: Box::new(Expr {
                    id: 0,
                    span,
                    kind: ExprKind::Name("tuple".into()),
                }),
                args: vec![(**inner).clone()],
                keywords: Vec::new(),
            },
        };
        let name = fresh(inf, ExprKind::Name("tuple".into()), span);
        let builtin = match inf.expr(&name)? {
            Type::Const(ConstKind::Builtin, id) => inf.prog.builtin_name(id) == "tuple",
            _ => false,
        };
        if !builtin {
            return refuse(inf, "needs the built-in 'tuple'");
        }
        return Ok(Some(ListSpread {
            args: before.to_vec(),
            vararg: Some(Keyword {
                name: format!("*{}", v.name),
                name_span: span,
                value: call,
            }),
            check: None,
        }));
    }
    let rest = params.positional.get(k..).unwrap_or(&[]);
    if rest.is_empty() || rest.iter().any(|p| p.default.is_some()) {
        return refuse(
            inf,
            "fills only parameters without defaults (their number is part of the call's type)",
        );
    }
    if !reread(inner) {
        return Err(inf.err(
            "SyntaxError",
            last.span,
            "'*' unpacking of this expression is not supported by rumba; assign it to a name first",
        ));
    }
    let mut out = before.to_vec();
    for i in 0..rest.len() {
        out.push(Expr {
            id: 0,
            span: last.span,
            kind: ExprKind::Subscript {
                value: inner.clone(),
                index: Box::new(Expr {
                    id: 0,
                    span: inner.span,
                    kind: ExprKind::Int(i as i128),
                }),
            },
        });
    }
    let aux = vm::lib_tuple::SpreadAux {
        fname: def.name.clone(),
        params: params.positional.iter().map(|p| p.name.clone()).collect(),
        before: k,
    };
    Ok(Some(ListSpread {
        args: out,
        vararg: None,
        check: Some((k, aux)),
    }))
}

/// A call of a function with `**kwargs`: the keywords naming none of its
/// parameters become one hidden keyword for it, a tuple of their values.
fn pack_kwargs(inf: &Infer, f: u32, kws: &mut Vec<Keyword>) -> bool {
    let p = &inf.prog.funcs[f as usize].def.params;
    let Some(kwarg) = &p.kwarg else {
        return false;
    };
    if kws.iter().any(|k| k.name.starts_with("**")) {
        return false;
    }
    let named = |n: &str| p.positional.iter().chain(&p.kwonly).any(|q| q.name == n);
    let (extra, keep): (Vec<Keyword>, Vec<Keyword>) = std::mem::take(kws)
        .into_iter()
        .partition(|k| !named(&k.name) && !k.name.starts_with(['*', '^']));
    *kws = keep;
    let fields: Vec<String> = extra.iter().map(|k| k.name.clone()).collect();
    let span = extra
        .first()
        .zip(extra.last())
        .map_or(Span::default(), |(a, b)| a.name_span.to(b.value.span));
    kws.push(Keyword {
        name: kwargs_key(&kwarg.name, &fields),
        name_span: span,
        value: Expr {
            id: 0,
            span,
            kind: ExprKind::Tuple(extra.into_iter().map(|k| k.value).collect()),
        },
    });
    true
}

/// A tuple display with `*` items, typed as its rewrite.
pub fn rewrite_tuple(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Option<Type>> {
    match expand(inf, items)? {
        Some(new) => use_rewrite(inf, e, ExprKind::Tuple(new)).map(Some),
        None => Ok(None),
    }
}

/// The list display `e` typed and lowered as a tuple display.
pub fn as_tuple(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Type> {
    let t = use_rewrite(inf, e, ExprKind::Tuple(items.to_vec()))?;
    Ok(inf.set(e, t))
}
