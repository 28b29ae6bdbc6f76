//! Expression dispatch: literals, tuples and displays, boolean operators
//! and conditionals here; operators, names, calls, attributes and
//! subscripts go to the files for them.

use super::{native, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Const, Res};
use std::rc::Rc;
use vm::lib_base as base;
use vm::types::{ConstKind, IntTy, Type, PYINT};

impl<'p> Infer<'p> {
    pub fn expr(&mut self, e: &Expr) -> IResult<Type> {
        let t = self.expr_inner(e)?;
        if let Some(el) = dataless_items(&t) {
            // rumba's lists and sets store their items' data and count
            // them by it: items with none (None, functions) would vanish.
            return Err(self.err(
                "TypeError",
                e.span,
                format!(
                    "a list or set of {} is not supported by rumba (its items hold no data)",
                    match el {
                        Type::None => "None".to_string(),
                        el => self.tyname(el),
                    }
                ),
            ));
        }
        if t == Type::Unknown {
            self.saw_unknown = true;
            if self.unknown_at.is_none() {
                let call = matches!(e.kind, ExprKind::Call { .. });
                self.unknown_at = Some((e.span, call));
            }
        }
        Ok(self.set(e, t))
    }

    fn expr_inner(&mut self, e: &Expr) -> IResult<Type> {
        match &e.kind {
            ExprKind::Int(v) => {
                if *v > i64::MAX as i128 && *v <= u64::MAX as i128 {
                    self.konst(e, Const::Int(*v));
                    self.res(e, Res::Const);
                    return Ok(Type::Int(IntTy::U64));
                }
                if *v > u64::MAX as i128 || *v < i64::MIN as i128 {
                    return Err(self.err(
                        "OverflowError",
                        e.span,
                        "integer literal does not fit in 64 bits (rumba has no big integers)",
                    ));
                }
                self.konst(e, Const::Int(*v));
                self.res(e, Res::Const);
                Ok(PYINT)
            }
            ExprKind::Float(v) => {
                self.konst(e, Const::Float(*v));
                self.res(e, Res::Const);
                Ok(Type::F64)
            }
            ExprKind::Imag(_) => Ok(Type::C128),
            ExprKind::Str(s) => {
                self.konst(e, Const::Str(Rc::from(s.as_str())));
                self.res(e, Res::Const);
                Ok(Type::Str)
            }
            ExprKind::Bytes(b) => {
                self.konst(
                    e,
                    Const::Str(Rc::from(b.iter().map(|&c| c as char).collect::<String>())),
                );
                self.res(e, Res::Const);
                Ok(Type::Bytes)
            }
            ExprKind::Bool(b) => {
                self.konst(e, Const::Bool(*b));
                self.res(e, Res::Const);
                Ok(Type::Bool)
            }
            ExprKind::None => {
                self.konst(e, Const::None);
                self.res(e, Res::Const);
                Ok(Type::None)
            }
            ExprKind::Ellipsis => Err(self.err("TypeError", e.span, "'...' is not supported here")),
            ExprKind::Name(n) => self.name(e, n),
            ExprKind::FString(parts) => {
                if let Some(t) = super::class::fstring_text(self, e, parts)? {
                    return Ok(t);
                }
                for p in parts {
                    self.fpart(p)?;
                }
                Ok(Type::Str)
            }
            ExprKind::BinOp { op, left, right } => {
                let lt = self.expr(left)?;
                let rt = self.expr(right)?;
                if let Some(t) = super::class::binop(self, e, *op, (left, &lt), (right, &rt))? {
                    return Ok(t);
                }
                let t = super::ops::binop_type(self, *op, &lt, &rt, left, right, e.span)?;
                super::ops::fold_binop(self, e, *op, left, right);
                Ok(t)
            }
            ExprKind::Unary { op, operand } => {
                let t = self.expr(operand)?;
                super::ops::unary_type(self, e, *op, operand, &t)
            }
            ExprKind::BoolOp { op, values } => {
                let mut ty: Option<Type> = None;
                // Constant operands fold (the ones after a deciding
                // constant are not evaluated, so not typed), as in an
                // overload's typing function: `isinstance(x, types.Array)
                // and x.ndim == 1`.
                let mut consts = Some(Vec::new());
                // An earlier round of a loop may have folded it.
                self.out.consts.remove(&e.id);
                self.out.res.remove(&e.id);
                let mut narrowed = None;
                for (i, v) in values.iter().enumerate() {
                    if i == 1 {
                        narrowed = super::optional::narrow_boolop(self, e, *op, &values[0]);
                    }
                    let t = self.expr(v)?;
                    super::ops::truth_type(self, &t, v.span)?;
                    let c = match self.const_of(v) {
                        Some(Const::Bool(b)) if t == Type::Bool => Some(*b),
                        _ => None,
                    };
                    consts = consts.zip(c).map(|(mut cs, c)| {
                        cs.push(c);
                        cs
                    });
                    if let Some(cs) = &consts {
                        let decided = match op {
                            BoolOp::And => cs.contains(&false),
                            BoolOp::Or => cs.contains(&true),
                        };
                        if decided || cs.len() == values.len() {
                            let r = if *op == BoolOp::And {
                                !cs.contains(&false)
                            } else {
                                cs.contains(&true)
                            };
                            self.konst(e, Const::Bool(r));
                            self.res(e, Res::Const);
                            return Ok(Type::Bool);
                        }
                    }
                    ty = Some(match ty {
                        None => t,
                        Some(prev) => match self.unify(&prev, &t) {
                            Some(u) => u,
                            None => {
                                return Err(self.err(
                                    "TypeError",
                                    v.span,
                                    format!(
                                        "operands of 'and'/'or' must have one type: {} and {}",
                                        self.tyname(&prev),
                                        self.tyname(&t)
                                    ),
                                ))
                            }
                        },
                    });
                }
                self.restore(narrowed);
                Ok(ty.unwrap_or(Type::Bool))
            }
            ExprKind::Compare { left, ops } => super::ops::compare_type(self, e, left, ops),
            ExprKind::IfExp { test, body, orelse } => {
                // A constant test (`isinstance`) types only the branch
                // taken, as an `if` statement does.
                match self.cond(test)? {
                    Some(true) => return self.expr(body),
                    Some(false) => return self.expr(orelse),
                    None => {}
                }
                let key = super::optional::expr_key(e);
                let saved = super::optional::narrow(self, key, test, true);
                let a = self.expr(body)?;
                self.restore(saved);
                let saved = super::optional::narrow(self, key, test, false);
                let b = self.expr(orelse)?;
                self.restore(saved);
                self.unify(&a, &b).ok_or_else(|| {
                    self.err(
                        "TypeError",
                        e.span,
                        format!(
                            "the branches of this conditional have different types: {} and {}",
                            self.tyname(&a),
                            self.tyname(&b)
                        ),
                    )
                    .note_opt(self.plain_join_note(&a, &b))
                })
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => super::calls::call(self, e, func, args, keywords),
            ExprKind::Attribute {
                value,
                attr,
                attr_span,
            } => super::names::attribute(self, e, value, attr, *attr_span),
            ExprKind::Subscript { value, index } => super::index::subscript(self, e, value, index),
            ExprKind::Slice { .. } => {
                Err(self.err("SyntaxError", e.span, "a slice is only allowed inside [ ]"))
            }
            ExprKind::Starred(_) => Err(self.err(
                "SyntaxError",
                e.span,
                "'*' unpacking is not supported by rumba",
            )),
            ExprKind::Tuple(items) => {
                if let Some(t) = super::star::rewrite_tuple(self, e, items)? {
                    return Ok(t);
                }
                let mut ts = Vec::new();
                let mut consts = Vec::new();
                for i in items {
                    ts.push(self.expr(i)?);
                    consts.push(self.const_of(i).cloned());
                }
                if let Some(cs) = consts.into_iter().collect::<Option<Vec<_>>>() {
                    self.konst(e, Const::Tuple(cs));
                }
                Ok(Type::tuple(ts))
            }
            ExprKind::List(items) => match super::class::spec_display(self, items)? {
                Some(t) => Ok(t),
                None => list_display(self, e, items),
            },
            ExprKind::ListComp { elt, generators } => {
                super::iterate::list_comp_type(self, e, elt, generators)
            }
            ExprKind::GeneratorExp { elt, generators } if self.gen_arg == Some(e.id) => {
                super::iterate::list_comp_type(self, e, elt, generators)
            }
            ExprKind::GeneratorExp { .. } => Err(self.err(
                "SyntaxError",
                e.span,
                "generator expressions are only supported as the argument of sum, any, all, min, max, sorted, list and str.join",
            )),
            ExprKind::Dict(pairs) => match super::class::spec_dict_display(self, pairs)? {
                Some(t) => Ok(t),
                None => super::dict::dict_display(self, e, pairs),
            },
            ExprKind::Set(items) => super::dict::set_display(self, e, items),
            ExprKind::Lambda { params, body } => super::closure::lambda(self, e, params, body),
        }
    }

    fn fpart(&mut self, p: &FPart) -> IResult<()> {
        if let FPart::Field {
            value,
            spec,
            conversion,
            debug_text,
        } = p
        {
            let t = self.expr(value)?;
            super::lib::collections::check_text(self, value.span, &t)?;
            super::records::text_of(
                self,
                value,
                &t,
                *conversion,
                !spec.is_empty() || debug_text.is_some(),
            )?;
            for s in spec {
                self.fpart(s)?;
            }
        }
        Ok(())
    }
}

/// Whether the code being typed is a jitted function's, which follows
/// Numba where it differs from CPython.
pub fn jitted(inf: &Infer) -> bool {
    !inf.objmode
        && inf.spec.is_some_and(|s| {
            inf.prog.funcs[inf.prog.specs[s as usize].func as usize]
                .opts
                .jit
        })
}

/// Whether values of `a` still print as they do when held as `b`'s type
/// (arrays print alike whatever their layout).
pub(super) fn same_repr(a: &Type, b: &Type) -> bool {
    match (a, b) {
        _ if a == b => true,
        (Type::Unknown, _) | (_, Type::Unknown) => true,
        (Type::Array(x), Type::Array(y)) => x.dtype == y.dtype && x.ndim == y.ndim,
        (Type::List(x), Type::List(y)) | (Type::TypedList(x), Type::TypedList(y)) => {
            same_repr(x, y)
        }
        (Type::Tuple(x), Type::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_repr(p, q))
        }
        _ => false,
    }
}

/// The item type of a list or set (or key type of a dict) that takes no
/// slots.
fn dataless_items(t: &Type) -> Option<&Type> {
    let el = match t {
        Type::List(el) | Type::TypedList(el) | Type::Set(el) => &**el,
        Type::Dict(d) => &d.key,
        _ => return None,
    };
    matches!(el, Type::None | Type::Const(ConstKind::Func, _)).then_some(el)
}

pub fn list_display(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Type> {
    if inf.field_lists.contains(&e.id) {
        return super::records::field_list_display(inf, e, items);
    }
    if let Some(t) = super::records::field_list_value(inf, e, items)? {
        return Ok(t);
    }
    let mut ts = Vec::new();
    for i in items {
        ts.push(inf.expr(i)?);
    }
    // Numba unifies the elements' types (`[1, 2.5]` is a list of floats);
    // CPython keeps each element's own, so module code's list of
    // differently printing elements is a fixed sequence of them. A list
    // of signatures read by a decorator keeps its first element's type.
    let unify = jitted(inf) || inf.numpy_lists.contains(&e.id);
    let signatures = ts.iter().all(compile_time);
    if !unify && !signatures && ts.iter().any(|t| !same_repr(&ts[0], t)) {
        return Ok(Type::MixedList(ts.into()));
    }
    let mut elem: Option<Type> = None;
    for (i, t) in items.iter().zip(ts) {
        if signatures && elem.is_some() {
            continue;
        }
        elem = Some(match elem {
            None => t,
            Some(prev) => inf.unify_as(&prev, &t, unify).ok_or_else(|| {
                inf.err(
                    "TypeError",
                    i.span,
                    format!(
                        "list elements must have one type: {} and {}",
                        inf.tyname(&prev),
                        inf.tyname(&t)
                    ),
                )
            })?,
        });
    }
    // An empty list's element type comes from what is appended to it.
    let t = elem.unwrap_or(Type::Unknown);
    inf.res(e, native("list", base::list_new, vec![], vec![]));
    Ok(Type::List(Rc::new(t)))
}

/// A tuple of types (a gufunc signature), read at compile time only.
fn compile_time(t: &Type) -> bool {
    match t {
        Type::Tuple(items) => {
            !items.is_empty() && items.iter().all(|t| matches!(t, Type::TypeObj(_)))
        }
        _ => false,
    }
}

/// An expression whose evaluation has no effect but its value.
pub fn pure(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None => true,
        ExprKind::Attribute { value, .. } => pure(value),
        ExprKind::Tuple(items) => items.iter().all(pure),
        _ => false,
    }
}
