//! Loops over heterogeneous tuples, unrolled as Numba's `literal_unroll`
//! unrolls them: the loop body is copied once per element, each copy with
//! expression ids of its own (types are keyed by id), and each copy is
//! typed with its element's type. `continue` goes on with the next copy,
//! `break` leaves them all. Lowering emits the copies one after another.

use super::{IResult, Infer, LoopCtx};
use crate::front::ast::*;
use crate::front::typed::{stmt_key, Const, Env, UnrollCopy, Unrolled, JOIN_LOOP_EXIT};
use std::rc::Rc;
use vm::types::Type;

/// Visits every expression of a tree, children before the expression
/// itself; `&` and `&mut` versions from one definition.
macro_rules! walker {
    ($stmts:ident, $stmt:ident, $expr:ident, $($m:ident)?) => {
        pub fn $stmts(body: & $($m)? [Stmt], f: &mut dyn FnMut(& $($m)? Expr)) {
            for s in body {
                $stmt(s, f);
            }
        }

        pub fn $stmt(s: & $($m)? Stmt, f: &mut dyn FnMut(& $($m)? Expr)) {
            match & $($m)? s.kind {
                StmtKind::Expr(e) => $expr(e, f),
                StmtKind::Assign { targets, value } => {
                    for t in targets {
                        $expr(t, f);
                    }
                    $expr(value, f);
                }
                StmtKind::AugAssign { target, value, .. } => {
                    $expr(target, f);
                    $expr(value, f);
                }
                StmtKind::AnnAssign { target, annotation, value } => {
                    $expr(target, f);
                    $expr(annotation, f);
                    if let Some(v) = value {
                        $expr(v, f);
                    }
                }
                StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                    $expr(test, f);
                    $stmts(body, f);
                    $stmts(orelse, f);
                }
                StmtKind::For { target, iter, body, orelse } => {
                    $expr(target, f);
                    $expr(iter, f);
                    $stmts(body, f);
                    $stmts(orelse, f);
                }
                StmtKind::Return(v) | StmtKind::Yield(v) => {
                    if let Some(v) = v {
                        $expr(v, f);
                    }
                }
                StmtKind::Assert { test, msg } => {
                    $expr(test, f);
                    if let Some(m) = msg {
                        $expr(m, f);
                    }
                }
                StmtKind::Raise { exc, cause } => {
                    for e in [exc, cause].into_iter().flatten() {
                        $expr(e, f);
                    }
                }
                StmtKind::Del(targets) => {
                    for t in targets {
                        $expr(t, f);
                    }
                }
                StmtKind::FunctionDef(d) => {
                    let d = walker!(@rc d $($m)?);
                    walker!(@params $stmts, $expr, d.params, f $(, $m)?);
                    for e in & $($m)? d.decorators {
                        $expr(e, f);
                    }
                    if let Some(r) = & $($m)? d.returns {
                        $expr(r, f);
                    }
                    $stmts(& $($m)? d.body, f);
                }
                StmtKind::ClassDef(c) => {
                    let c = walker!(@rc c $($m)?);
                    for e in & $($m)? c.bases {
                        $expr(e, f);
                    }
                    for k in & $($m)? c.keywords {
                        $expr(& $($m)? k.value, f);
                    }
                    for e in & $($m)? c.decorators {
                        $expr(e, f);
                    }
                    $stmts(& $($m)? c.body, f);
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    $stmts(body, f);
                    for h in handlers {
                        if let Some(t) = & $($m)? h.typ {
                            $expr(t, f);
                        }
                        $stmts(& $($m)? h.body, f);
                    }
                    $stmts(orelse, f);
                    $stmts(finalbody, f);
                }
                StmtKind::With { items, body } => {
                    for i in items {
                        $expr(& $($m)? i.context, f);
                        if let Some(t) = & $($m)? i.target {
                            $expr(t, f);
                        }
                    }
                    $stmts(body, f);
                }
                StmtKind::Break
                | StmtKind::Continue
                | StmtKind::Pass
                | StmtKind::Global(_)
                | StmtKind::Nonlocal(_)
                | StmtKind::Import(_)
                | StmtKind::ImportFrom { .. } => {}
            }
        }

        pub fn $expr(e: & $($m)? Expr, f: &mut dyn FnMut(& $($m)? Expr)) {
            match & $($m)? e.kind {
                ExprKind::Name(_)
                | ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Imag(_)
                | ExprKind::Str(_)
                | ExprKind::Bytes(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Ellipsis => {}
                ExprKind::FString(parts) => walker!(@fparts $expr, parts, f $(, $m)?),
                ExprKind::BinOp { left, right, .. } => {
                    $expr(left, f);
                    $expr(right, f);
                }
                ExprKind::Unary { operand, .. } => $expr(operand, f),
                ExprKind::BoolOp { values, .. } => {
                    for v in values {
                        $expr(v, f);
                    }
                }
                ExprKind::Compare { left, ops } => {
                    $expr(left, f);
                    for (_, r) in ops {
                        $expr(r, f);
                    }
                }
                ExprKind::IfExp { test, body, orelse } => {
                    $expr(test, f);
                    $expr(body, f);
                    $expr(orelse, f);
                }
                ExprKind::Call { func, args, keywords } => {
                    $expr(func, f);
                    for a in args {
                        $expr(a, f);
                    }
                    for k in keywords {
                        $expr(& $($m)? k.value, f);
                    }
                }
                ExprKind::Attribute { value, .. } => $expr(value, f),
                ExprKind::Subscript { value, index } => {
                    $expr(value, f);
                    $expr(index, f);
                }
                ExprKind::Slice { lower, upper, step } => {
                    for b in [lower, upper, step].into_iter().flatten() {
                        $expr(b, f);
                    }
                }
                ExprKind::Starred(inner) => $expr(inner, f),
                ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                    for i in items {
                        $expr(i, f);
                    }
                }
                ExprKind::Dict(pairs) => {
                    for (k, v) in pairs {
                        $expr(k, f);
                        $expr(v, f);
                    }
                }
                ExprKind::ListComp { elt, generators }
                | ExprKind::GeneratorExp { elt, generators } => {
                    for g in generators {
                        $expr(& $($m)? g.target, f);
                        $expr(& $($m)? g.iter, f);
                        for c in & $($m)? g.ifs {
                            $expr(c, f);
                        }
                    }
                    $expr(elt, f);
                }
                ExprKind::Lambda { params, body } => {
                    let params = walker!(@rc params $($m)?);
                    walker!(@params $stmts, $expr, *params, f $(, $m)?);
                    $expr(body, f);
                }
            }
            f(e);
        }
    };
    (@rc $x:ident) => { &**$x };
    (@rc $x:ident mut) => { Rc::make_mut($x) };
    (@params $stmts:ident, $expr:ident, $p:expr, $f:ident) => {{
        let p = &$p;
        for q in p.positional.iter().chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg) {
            for e in [&q.annotation, &q.default].into_iter().flatten() {
                $expr(e, $f);
            }
        }
    }};
    (@params $stmts:ident, $expr:ident, $p:expr, $f:ident, mut) => {{
        let p = &mut $p;
        for q in p
            .positional
            .iter_mut()
            .chain(&mut p.kwonly)
            .chain(&mut p.vararg)
            .chain(&mut p.kwarg)
        {
            for e in [&mut q.annotation, &mut q.default].into_iter().flatten() {
                $expr(e, $f);
            }
        }
    }};
    (@fparts $expr:ident, $parts:ident, $f:ident $(, $m:ident)?) => {{
        fn fparts(parts: & $($m)? [FPart], f: &mut dyn FnMut(& $($m)? Expr)) {
            for p in parts {
                if let FPart::Field { value, spec, .. } = p {
                    $expr(value, f);
                    fparts(spec, f);
                }
            }
        }
        fparts($parts, $f)
    }};
}

walker!(visit_stmts, visit_stmt, visit_expr,);
walker!(visit_stmts_mut, visit_stmt_mut, visit_expr_mut, mut);

/// One past the largest expression id in `body`.
pub fn id_limit(body: &[Stmt]) -> u32 {
    let mut max = 0;
    visit_stmts(body, &mut |e| max = max.max(e.id + 1));
    max
}

/// A copy of `body` (and of the loop target) whose expressions have fresh
/// ids from `next`.
fn copy(target: &Expr, body: &[Stmt], next: &mut u32) -> UnrollCopy {
    let mut target = target.clone();
    let mut body = body.to_vec();
    let mut renumber = |e: &mut Expr| {
        e.id = *next;
        *next += 1;
    };
    visit_expr_mut(&mut target, &mut renumber);
    visit_stmts_mut(&mut body, &mut renumber);
    UnrollCopy { target, body }
}

/// Whether a `for` over `t` is unrolled: a tuple or list whose elements
/// differ in type, an empty one (the body never runs, so it is not typed), or
/// anything passed through `numba.literal_unroll`.
pub fn unrolls(inf: &Infer, iter: &Expr, t: &Type) -> bool {
    let (Type::Tuple(items) | Type::MixedList(items)) = t else {
        return false;
    };
    super::iterate::uniform(items).is_none()
        || is_literal_unroll(inf, iter)
        || const_items(inf, iter, items.len()).is_some()
}

/// The most items a loop over a constant tuple of strings is unrolled for.
const MAX_CONST_UNROLL: usize = 64;

/// The values of a constant tuple of strings being looped over (through
/// `literal_unroll` or not): each unrolled copy reads its item as a
/// constant, so it can name a record field or an attribute, as in Numba,
/// where such an item is a literal.
fn const_items(inf: &Infer, iter: &Expr, n: usize) -> Option<Vec<Const>> {
    let src = match &iter.kind {
        ExprKind::Call { args, .. } if is_literal_unroll(inf, iter) => args.first()?,
        _ => iter,
    };
    match inf.const_of(src)? {
        Const::Tuple(items)
            if items.len() == n
                && n <= MAX_CONST_UNROLL
                && items.iter().all(|c| matches!(c, Const::Str(_))) =>
        {
            Some(items.clone())
        }
        _ => None,
    }
}

/// Whether `body` may bind `name` (conservatively: any statement or
/// expression that binds names other than by plain assignment counts).
fn may_bind(body: &[Stmt], name: &str) -> bool {
    let scope = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::ListComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. }
        )
    };
    let names = |t: &Expr| {
        let mut found = false;
        visit_expr(t, &mut |e| {
            found |= matches!(&e.kind, ExprKind::Name(n) if n == name);
        });
        found
    };
    body.iter().any(|s| {
        // Comprehensions and lambdas anywhere bind names of their own.
        let mut scoped = false;
        visit_stmt(s, &mut |e| scoped |= scope(e));
        scoped
            || match &s.kind {
                StmtKind::Assign { targets, .. } => targets.iter().any(names),
                StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                    names(target)
                }
                StmtKind::For {
                    target,
                    body,
                    orelse,
                    ..
                } => names(target) || may_bind(body, name) || may_bind(orelse, name),
                StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                    may_bind(body, name) || may_bind(orelse, name)
                }
                StmtKind::Del(targets) => targets.iter().any(names),
                StmtKind::Expr(_)
                | StmtKind::Break
                | StmtKind::Continue
                | StmtKind::Pass
                | StmtKind::Return(_)
                | StmtKind::Assert { .. }
                | StmtKind::Raise { .. } => false,
                _ => true,
            }
    })
}

/// Gives every read of the loop variable in an unrolled copy its item's
/// constant value, when the copy never rebinds it.
fn const_reads(inf: &mut Infer, c: &UnrollCopy, value: &Const) {
    let ExprKind::Name(name) = &c.target.kind else {
        return;
    };
    if may_bind(&c.body, name) {
        return;
    }
    let mut reads = Vec::new();
    visit_stmts(&c.body, &mut |e| {
        if matches!(&e.kind, ExprKind::Name(n) if n == name) {
            reads.push(e.id);
        }
    });
    for id in reads {
        inf.out.consts.insert(id, value.clone());
    }
}

fn is_literal_unroll(inf: &Infer, iter: &Expr) -> bool {
    let ExprKind::Call { func, .. } = &iter.kind else {
        return false;
    };
    inf.out
        .types
        .get(func.id as usize)
        .is_some_and(|t| super::lib::is(inf, t, "numba.literal_unroll"))
}

impl Infer<'_> {
    /// Types `for target in iter` over the tuple `items` by unrolling.
    pub(super) fn unrolled_for(
        &mut self,
        s: &Stmt,
        target: &Expr,
        items: &[Type],
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> IResult<()> {
        let key = stmt_key(s);
        // The copies of an earlier pass (an enclosing loop is typed until
        // its types settle) keep their ids.
        let copies = match self.out.unrolled.get(&key) {
            Some(u) if u.copies.len() == items.len() => u.copies.clone(),
            _ => {
                let mut next = self.next_id;
                let copies: Rc<[UnrollCopy]> = items
                    .iter()
                    .map(|_| copy(target, body, &mut next))
                    .collect();
                self.next_id = next;
                copies
            }
        };
        let consts = match &s.kind {
            StmtKind::For { iter, .. } => const_items(self, iter, items.len()),
            _ => None,
        };
        let mut breaks: Vec<Env> = Vec::new();
        let mut next_envs = Vec::new();
        for (k, (c, t)) in copies.iter().zip(items).enumerate() {
            if self.env.is_none() {
                next_envs.push(None);
                continue;
            }
            if let Some(v) = consts.as_ref().and_then(|v| v.get(k)) {
                const_reads(self, c, v);
            }
            self.assign(&c.target, t)?;
            self.loops.push(LoopCtx::default());
            self.block(&c.body)?;
            let ctx = self.loops.pop().unwrap_or_default();
            breaks.extend(ctx.breaks);
            let mut edges: Vec<Env> = self.env.take().into_iter().collect();
            edges.extend(ctx.continues);
            self.env = self.merge(edges, s.span)?;
            next_envs.push(self.env.clone());
        }
        self.out.unrolled.insert(
            key,
            Unrolled {
                copies,
                next: next_envs,
            },
        );
        let normal: Vec<Env> = self.env.take().into_iter().collect();
        self.finish_loop(s, normal, breaks, orelse)?;
        if self.env.is_none() {
            self.out.joins.remove(&(key, JOIN_LOOP_EXIT));
        }
        Ok(())
    }
}

/// `enumerate(t)` or `zip(a, b)` over tuples or lists of mixed types: the
/// loop unrolls over the tuple of their steps, `((0, t[0]), (1, t[1]))`,
/// rewritten from the iterables' items (a display's own, or subscripts of
/// a name read again). `None` where no iterable has mixed types.
pub fn helper_steps(inf: &mut Infer, iter: &Expr) -> IResult<Option<Type>> {
    let Some(name) = super::iterate::helper_name(inf, inf.out.ty(iter)) else {
        return Ok(None);
    };
    let ExprKind::Call { args, keywords, .. } = &iter.kind else {
        return Ok(None);
    };
    if name == "reversed" {
        return Ok(None);
    }
    let iterables = if name == "enumerate" {
        &args[..1.min(args.len())]
    } else {
        &args[..]
    };
    let lens: Vec<Option<(usize, bool)>> = iterables
        .iter()
        .map(|a| match inf.out.ty(a) {
            Type::Tuple(items) | Type::MixedList(items) => Some((
                items.len(),
                super::iterate::uniform(items).is_none() && !items.is_empty(),
            )),
            _ => None,
        })
        .collect();
    if !lens.iter().any(|l| l.is_some_and(|(_, mixed)| mixed)) {
        return Ok(None);
    }
    let Some(n) = lens
        .iter()
        .map(|l| l.map(|(n, _)| n))
        .collect::<Option<Vec<_>>>()
    else {
        return Err(inf.err(
            "TypeError",
            iter.span,
            format!(
                "{name}() of values of mixed types with other iterables is not supported by rumba"
            ),
        ));
    };
    let n = n.into_iter().min().unwrap_or(0);
    let start = match (args.get(1), keywords.first()) {
        (Some(s), _) | (None, Some(Keyword { value: s, .. })) if name == "enumerate" => {
            match inf.const_of(s) {
                Some(crate::front::typed::Const::Int(v)) => *v,
                _ => {
                    return Err(inf.err(
                        "TypeError",
                        s.span,
                        "enumerate() over values of mixed types needs a constant start",
                    ))
                }
            }
        }
        _ => 0,
    };
    let mut columns = Vec::new();
    for a in iterables {
        let items: Vec<Expr> = match &a.kind {
            ExprKind::Tuple(items) | ExprKind::List(items) => items.clone(),
            _ if super::expr::pure(a) => (0..n)
                .map(|k| Expr {
                    id: 0,
                    span: a.span,
                    kind: ExprKind::Subscript {
                        value: Box::new(a.clone()),
                        index: Box::new(Expr {
                            id: 0,
                            span: a.span,
                            kind: ExprKind::Int(k as i128),
                        }),
                    },
                })
                .collect(),
            _ => {
                return Err(inf.err(
                    "SyntaxError",
                    a.span,
                    format!("{name}() over this expression of mixed types is not supported by rumba; assign it to a name first"),
                ))
            }
        };
        columns.push(items);
    }
    let steps: Vec<Expr> = (0..n)
        .map(|k| {
            let mut step: Vec<Expr> = Vec::new();
            if name == "enumerate" {
                step.push(Expr {
                    id: 0,
                    span: iter.span,
                    kind: ExprKind::Int(start + k as i128),
                });
            }
            step.extend(columns.iter().map(|c| c[k].clone()));
            Expr {
                id: 0,
                span: iter.span,
                kind: ExprKind::Tuple(step),
            }
        })
        .collect();
    let t = super::star::use_rewrite(inf, iter, ExprKind::Tuple(steps))?;
    Ok(Some(inf.set(iter, t)))
}
