//! `*` unpacking and `*args` parameters, by rewriting the expression with
//! fresh ids (lowering reads the rewrite in its place): `f(*t)` with `t` a
//! tuple becomes `f(t[0], t[1], ...)`, `(1, *t)` becomes `(1, t[0], ...)`,
//! and a call passing extra positional arguments to a function with
//! `*args` packs them into a tuple given to the parameter `*args`.

use super::unroll::visit_expr_mut;
use super::{IResult, Infer};
use crate::front::ast::*;
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
    let expanded = expand(inf, args)?;
    let args_now = expanded.as_deref().unwrap_or(args);
    let callee = match &func.kind {
        ExprKind::Name(_) => match inf.expr(func)? {
            Type::Const(ConstKind::Func, f) => Some(f),
            _ => None,
        },
        _ => None,
    };
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
    let mut new_kws = kws.to_vec();
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
    if expanded.is_none() && !packs && !captures {
        return Ok(None);
    }
    let kind = ExprKind::Call {
        func: Box::new(func.clone()),
        args: new_args,
        keywords: new_kws,
    };
    use_rewrite(inf, e, kind).map(Some)
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
