//! Generators: a function whose body holds a `yield` statement. Its
//! specialization's value is a `Type::Gen` of what it yields (the yields
//! unify, as a function's returns do); its code runs in a frame a
//! generator object keeps (`vm::lib_gen`), resumed by each step of a loop
//! over it, `next(g)`, or a built-in that consumes it (rewritten as a
//! generator expression over it, which steps it as CPython does).

use super::lib::CallSite;
use super::{arity, pos_args, type_err, IResult, Infer};
use crate::front::ast::*;
use std::rc::Rc;
use vm::types::Type;

/// Whether a function body yields (nested functions and classes have
/// their own bodies).
pub fn is_generator(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Yield(_) => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => is_generator(body) || is_generator(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            is_generator(body)
                || is_generator(orelse)
                || is_generator(finalbody)
                || handlers.iter().any(|h| is_generator(&h.body))
        }
        StmtKind::With { body, .. } => is_generator(body),
        _ => false,
    })
}

impl Infer<'_> {
    /// `yield value`: the value's type joins what the generator yields.
    pub(super) fn yield_stmt(&mut self, value: &Option<Expr>, span: Span) -> IResult<()> {
        if !self.gen {
            return Err(self.err("SyntaxError", span, "'yield' outside function"));
        }
        let (t, span) = match value {
            Some(v) => {
                let t = self.expr(v)?;
                (super::closure::escape(self, v, t)?, v.span)
            }
            None => (Type::None, span),
        };
        if holds_gen(&t) {
            return Err(type_err(
                self,
                span,
                "a generator yielding generators is not supported by rumba",
            ));
        }
        if t == Type::Unknown {
            self.saw_unknown = true;
            return Ok(());
        }
        match self.ret.take() {
            None => self.ret = Some((t, span)),
            // CPython keeps each value's type; Numba unifies them.
            Some((prev, pspan))
                if !super::expr::jitted(self) && !super::expr::same_repr(&prev, &t) =>
            {
                let msg = format!(
                    "this yields {}, but an earlier yield gives {}: outside jitted code rumba needs one type, as CPython keeps each value's own",
                    self.tyname(&t),
                    self.tyname(&prev)
                );
                return Err(
                    type_err(self, span, msg).note("the earlier yield", Some(self.loc(pspan)))
                );
            }
            Some((prev, pspan)) => match self.unify(&prev, &t) {
                Some(u) => self.ret = Some((u, pspan)),
                None => {
                    let msg = format!(
                        "this yields {}, but an earlier yield gives {}",
                        self.tyname(&t),
                        self.tyname(&prev)
                    );
                    return Err(
                        type_err(self, span, msg).note("the earlier yield", Some(self.loc(pspan)))
                    );
                }
            },
        }
        Ok(())
    }

    /// `return` in a generator: it finishes; a value would be
    /// StopIteration's, which nothing reads here.
    pub(super) fn gen_return(&mut self, value: &Option<Expr>) -> IResult<()> {
        if let Some(v) = value {
            let t = self.expr(v)?;
            if t != Type::None {
                return Err(self.err(
                    "SyntaxError",
                    v.span,
                    "a generator's return value (StopIteration.value) is not supported by rumba",
                ));
            }
        }
        self.env = None;
        Ok(())
    }
}

/// Whether values of `t` hold a generator object (which prints with its
/// address in CPython).
pub fn holds_gen(t: &Type) -> bool {
    match t {
        Type::Gen(_) => true,
        Type::Tuple(items) | Type::MixedList(items) => items.iter().any(holds_gen),
        Type::List(e) | Type::TypedList(e) | Type::Set(e) => holds_gen(e),
        Type::Dict(d) => holds_gen(&d.key) || holds_gen(&d.val),
        _ => false,
    }
}

/// `next(g)` and `next(g, default)`.
pub fn next(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(type_err(
            inf,
            k.name_span,
            "next() takes no keyword arguments",
        ));
    }
    arity(inf, e, "next", pos.len(), 1, 2)?;
    let Type::Gen(el) = &pos[0] else {
        return Err(type_err(
            inf,
            args[0].span,
            format!(
                "next() of {} is not supported by rumba (only of a generator)",
                inf.tyname(&pos[0])
            ),
        ));
    };
    let el = (**el).clone();
    match pos.get(1) {
        None => {
            inf.res(
                e,
                super::native(
                    "next",
                    vm::lib_gen::gen_next,
                    pos_args(1),
                    vec![pos[0].clone()],
                ),
            );
        }
        Some(d) => {
            // Ints of any width print alike; other types must be the
            // generator's own, as the result is one of the two.
            if !(*d == el || d.is_int() && el.is_int() && !d.is_bool() && !el.is_bool()) {
                return Err(type_err(
                    inf,
                    args[1].span,
                    format!(
                        "next()'s default is {} but the generator yields {}: rumba needs one type",
                        inf.tyname(d),
                        inf.tyname(&el)
                    ),
                ));
            }
            inf.res(
                e,
                super::native_aux(
                    "next",
                    vm::lib_gen::gen_next_or,
                    pos_args(2),
                    vec![pos[0].clone(), el.clone()],
                    el.ref_flags(),
                ),
            );
        }
    }
    Ok(el)
}

/// A generator (or a tuple of run-time length) passed to a built-in that
/// consumes it whole (`list`, `sum`, `sorted`...): the generator
/// expression `(x for x in g)`.
pub fn consumed(arg: &Expr, t: &Type, id: ExprId) -> Option<Expr> {
    if !matches!(t, Type::Gen(_) | Type::VarTuple(_)) {
        return None;
    }
    let var = Expr {
        id: 0,
        span: arg.span,
        kind: ExprKind::Name(format!("^gen{id}")),
    };
    Some(Expr {
        id: 0,
        span: arg.span,
        kind: ExprKind::GeneratorExp {
            elt: Box::new(var.clone()),
            generators: vec![Comprehension {
                target: var,
                iter: arg.clone(),
                ifs: Vec::new(),
            }],
        },
    })
}

/// The element type of a loop over a generator.
pub fn elem(t: &Type) -> Option<Type> {
    match t {
        Type::Gen(el) => Some((**el).clone()),
        _ => None,
    }
}

/// What a generator specialization's value is, from what it yields.
pub fn gen_type(yields: Type) -> Type {
    Type::Gen(Rc::new(yields))
}
