//! Statements and control flow: assignments, the environments that flow
//! through `if`, loops, `break` and `continue`, their joins (unification or
//! a conflict naming both definitions), returns, and the loop fixpoint.

use super::{IResult, Infer, LoopCtx};
use crate::front::ast::*;
use crate::front::diag::Diag;
use crate::front::typed::{
    stmt_key, Const, Env, Res, Var, JOIN_IF, JOIN_LOOP_ELSE, JOIN_LOOP_EXIT, JOIN_LOOP_HEAD,
};
use std::collections::HashSet;
use std::rc::Rc;
use vm::dtype::DType;
use vm::types::{Layout, Type, PYINT};

impl<'p> Infer<'p> {
    /// Names assigned anywhere in a function body are its locals, as in
    /// Python.
    pub(super) fn collect_locals(&mut self, def: &FunctionDef) {
        fn targets(e: &Expr, out: &mut HashSet<Rc<str>>) {
            match &e.kind {
                ExprKind::Name(n) => {
                    out.insert(Rc::from(n.as_str()));
                }
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    items.iter().for_each(|i| targets(i, out))
                }
                ExprKind::Starred(inner) => targets(inner, out),
                _ => {}
            }
        }
        fn walk(body: &[Stmt], out: &mut HashSet<Rc<str>>, globals: &mut HashSet<Rc<str>>) {
            for s in body {
                match &s.kind {
                    StmtKind::Assign { targets: ts, .. } => ts.iter().for_each(|t| targets(t, out)),
                    StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                        targets(target, out)
                    }
                    StmtKind::For {
                        target,
                        body,
                        orelse,
                        ..
                    } => {
                        targets(target, out);
                        walk(body, out, globals);
                        walk(orelse, out, globals);
                    }
                    StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                        walk(body, out, globals);
                        walk(orelse, out, globals);
                    }
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    } => {
                        for b in [body, orelse, finalbody] {
                            walk(b, out, globals);
                        }
                        for h in handlers {
                            out.extend(h.name.as_deref().map(Rc::from));
                            walk(&h.body, out, globals);
                        }
                    }
                    StmtKind::Import(names) => {
                        for a in names {
                            let n = a.asname.clone().unwrap_or_else(|| {
                                a.name.split('.').next().unwrap_or("").to_string()
                            });
                            out.insert(Rc::from(n.as_str()));
                        }
                    }
                    StmtKind::ImportFrom { names, .. } => {
                        for a in names {
                            out.insert(Rc::from(a.asname.as_deref().unwrap_or(&a.name)));
                        }
                    }
                    StmtKind::FunctionDef(f) => {
                        out.insert(Rc::from(f.name.as_str()));
                    }
                    StmtKind::Global(names) => {
                        for (n, _) in names {
                            globals.insert(Rc::from(n.as_str()));
                        }
                    }
                    StmtKind::With { items, body } => {
                        for t in items.iter().filter_map(|i| i.target.as_ref()) {
                            targets(t, out);
                        }
                        walk(body, out, globals);
                    }
                    _ => {}
                }
            }
        }
        let mut globals = HashSet::new();
        walk(&def.body, &mut self.locals, &mut globals);
        for (_, p) in super::funcs::all_params(&def.params) {
            self.locals.insert(Rc::from(p.name.as_str()));
        }
        for g in &globals {
            self.locals.remove(g);
        }
        self.globals_declared = globals;
    }

    /// The type two definitions of a variable unify to, if any. Numba
    /// unifies numbers by promotion; plain Python code keeps each value's
    /// own type, so there only numbers that print alike join.
    pub fn unify(&self, a: &Type, b: &Type) -> Option<Type> {
        self.unify_as(a, b, self.jitted())
    }

    /// `unify` as Numba does it (`numba`) or as plain code may.
    pub fn unify_as(&self, a: &Type, b: &Type, numba: bool) -> Option<Type> {
        let num = |t: &Type| t.is_number() || t.is_complex();
        if !numba && num(a) && num(b) && !same_kind(a, b) {
            return None;
        }
        if a == b {
            return Some(a.clone());
        }
        if let Some(t) = super::class::unify(a, b) {
            return Some(t);
        }
        if let Some(t) = super::optional::unify(self, a, b) {
            return Some(t);
        }
        match (a, b) {
            (Type::Unknown, t) | (t, Type::Unknown) => Some(t.clone()),
            // Numbers join as they promote: a Python scalar takes the
            // numpy type it meets, as it would after one more iteration.
            (c, t) | (t, c) if c.is_complex() && (t.is_number() || t.is_complex()) => Some(
                if *a == Type::C128 && b.is_py_scalar() || *b == Type::C128 && a.is_py_scalar() {
                    Type::C128
                } else {
                    Type::NpC128
                },
            ),
            (x, y) if x.is_number() && y.is_number() => Some(match super::ops::promote(x, y) {
                Type::Bool if !(x.is_bool() && y.is_bool()) => PYINT,
                t => t,
            }),
            (Type::Array(x), Type::Array(y)) if x.dtype == y.dtype && x.ndim == y.ndim => {
                Some(Type::array(x.dtype, x.ndim, Layout::A))
            }
            // A list is not converted element by element: its elements'
            // type may only become one they already have the slots of.
            (Type::List(x), Type::List(y)) => self
                .unify_as(x, y, numba)
                .filter(|u| super::expr::same_repr(x, u) && super::expr::same_repr(y, u))
                .map(|t| Type::List(Rc::new(t))),
            (Type::TypedList(x), Type::TypedList(y)) => self
                .unify_as(x, y, numba)
                .filter(|u| super::expr::same_repr(x, u) && super::expr::same_repr(y, u))
                .map(|t| Type::TypedList(Rc::new(t))),
            (Type::Set(x), Type::Set(y)) => {
                self.unify_as(x, y, numba).map(|t| Type::Set(Rc::new(t)))
            }
            (Type::Dict(x), Type::Dict(y)) if x.numba == y.numba && x.kind == y.kind => {
                let key = self.unify_as(&x.key, &y.key, numba)?;
                let val = self.unify_as(&x.val, &y.val, numba)?;
                Some(super::dict::retyped(x, key, val))
            }
            (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => {
                let items: Option<Vec<Type>> = x
                    .iter()
                    .zip(y.iter())
                    .map(|(p, q)| self.unify_as(p, q, numba))
                    .collect();
                items.map(Type::tuple)
            }
            (Type::Ptr(_), Type::Ptr(_)) if self.prog.is_void_ptr(a) => Some(b.clone()),
            (Type::Ptr(_), Type::Ptr(_)) if self.prog.is_void_ptr(b) => Some(a.clone()),
            (Type::CData(x), Type::Ptr(y)) | (Type::Ptr(y), Type::CData(x)) if x == y => {
                Some(Type::Ptr(*x))
            }
            _ => None,
        }
    }

    /// Merges the environments of joining control-flow edges.
    pub(super) fn merge(&mut self, envs: Vec<Env>, at: Span) -> IResult<Option<Env>> {
        let mut iter = envs.into_iter();
        let Some(mut acc) = iter.next() else {
            return Ok(None);
        };
        for env in iter {
            let mut merged = Env::new();
            for (name, a) in &acc {
                // A variable defined on one edge only may be unbound here:
                // its reads check at run time.
                let Some(b) = env.get(name) else {
                    merged.insert(
                        name.clone(),
                        Var {
                            maybe: true,
                            ..a.clone()
                        },
                    );
                    continue;
                };
                let ty = match self.unify(&a.ty, &b.ty) {
                    Some(ty) => ty,
                    // Plain code may leave such a variable unread.
                    None if !self.jitted() => {
                        self.conflicts.entry(name.clone()).or_insert((a.def, b.def));
                        conflict_of(&a.ty, &b.ty)
                    }
                    None => return Err(self.conflict(name, a, b, at)),
                };
                let def = if ty == a.ty { a.def } else { b.def };
                let maybe = a.maybe || b.maybe;
                merged.insert(name.clone(), Var { ty, def, maybe });
            }
            for (name, b) in env {
                merged.entry(name).or_insert(Var { maybe: true, ..b });
            }
            acc = merged;
        }
        Ok(Some(acc))
    }

    fn conflict(&self, name: &str, a: &Var, b: &Var, _at: Span) -> Diag {
        let (first, second) = if a.def.lo <= b.def.lo { (a, b) } else { (b, a) };
        self.err(
            "TypeError",
            second.def,
            format!(
                "variable '{name}' is {} here but {} where its definitions meet, and the two types do not unify",
                self.tyname(&second.ty),
                self.tyname(&first.ty)
            ),
        )
        .note(format!("'{name}' is {} here", self.tyname(&first.ty)), Some(self.loc(first.def)))
        .note_opt(self.plain_join_note(&a.ty, &b.ty))
    }

    /// Why plain code refuses to join two numbers Numba would unify.
    pub fn plain_join_note(&self, a: &Type, b: &Type) -> Option<String> {
        let num = |t: &Type| t.is_number() || t.is_complex();
        (num(a) && num(b) && !self.jitted() && self.unify_as(a, b, true).is_some()).then(|| {
            format!(
                "plain (not jitted) code keeps each value's own type, as CPython does, where Numba would unify {} and {}; give both the same type (`0.0` for a float)",
                self.tyname(a),
                self.tyname(b)
            )
        })
    }

    pub fn block(&mut self, body: &[Stmt]) -> IResult<()> {
        for s in body {
            if self.env.is_none() {
                // Unreachable code is still checked for syntax, not types.
                break;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn env_mut(&mut self) -> &mut Env {
        self.env.get_or_insert_with(Env::new)
    }

    pub fn stmt(&mut self, s: &Stmt) -> IResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Assign { targets, value } => {
                if let [Expr {
                    kind:
                        ExprKind::Attribute {
                            value: obj, attr, ..
                        },
                    ..
                }] = &targets[..]
                {
                    if attr == "_fields_" {
                        super::ffi::assign_fields(self, s, obj, value)?;
                        self.out.static_stmts.insert(stmt_key(s));
                        return Ok(());
                    }
                    if attr == "argtypes" || attr == "restype" {
                        super::ffi::assign_signature(self, &targets[0], obj, attr, value)?;
                        self.out.static_stmts.insert(stmt_key(s));
                        return Ok(());
                    }
                }
                if super::class::spec_item(self, targets, value)? {
                    self.out.static_stmts.insert(stmt_key(s));
                    return Ok(());
                }
                let t = self.expr(value)?;
                for target in targets {
                    self.assign(target, &t)?;
                }
                super::const_names::assigned(self, targets, value);
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    let t = self.expr(v)?;
                    self.assign(target, &t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.cond(test)?;
                let entry = self.env.clone();
                // Branches a constant condition rules out are not typed, so
                // `if sys.platform == ...` can guard code for other systems.
                let then_env = if c == Some(false) {
                    None
                } else {
                    self.env = entry.clone();
                    super::optional::narrow(self, stmt_key(s), test, true);
                    self.block(body)?;
                    self.env.take()
                };
                let else_env = if c == Some(true) {
                    None
                } else {
                    self.env = entry;
                    super::optional::narrow(self, stmt_key(s), test, false);
                    self.block(orelse)?;
                    self.env.take()
                };
                let envs: Vec<Env> = [then_env, else_env].into_iter().flatten().collect();
                self.env = self.merge(envs, s.span)?;
                if let Some(env) = &self.env {
                    self.out.joins.insert((stmt_key(s), JOIN_IF), env.clone());
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(s, target, iter, body, orelse)?,
            StmtKind::Break => {
                let env = self.env.take();
                match self.loops.last_mut() {
                    Some(l) => l.breaks.extend(env),
                    None => return Err(self.err("SyntaxError", s.span, "'break' outside loop")),
                }
            }
            StmtKind::Continue => {
                let env = self.env.take();
                match self.loops.last_mut() {
                    Some(l) => l.continues.extend(env),
                    None => {
                        return Err(self.err(
                            "SyntaxError",
                            s.span,
                            "'continue' not properly in loop",
                        ))
                    }
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) if self.gen => self.gen_return(value)?,
            StmtKind::Yield(value) => self.yield_stmt(value, s.span)?,
            StmtKind::Return(value) => {
                if self.at_module {
                    return Err(self.err("SyntaxError", s.span, "'return' outside function"));
                }
                let t = match value {
                    Some(v) => {
                        let t = self.expr(v)?;
                        super::closure::escape(self, v, t)?
                    }
                    None => Type::None,
                };
                let span = value.as_ref().map_or(s.span, |v| v.span);
                self.add_return(t, span)?;
                self.env = None;
            }
            StmtKind::Assert { test, msg } => {
                self.cond(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if cause.is_some() {
                    return Err(self.err(
                        "SyntaxError",
                        s.span,
                        "'raise ... from' is not supported by rumba",
                    ));
                }
                if let Some(e) = exc {
                    infer_raise(self, e)?;
                }
                self.env = None;
            }
            StmtKind::Global(names) => {
                if self.at_module {
                    return Ok(());
                }
                for (n, span) in names {
                    if !self.prog.modules[self.module as usize]
                        .globals
                        .contains_key(n)
                    {
                        return Err(self.err(
                            "NameError",
                            *span,
                            format!("name '{n}' is not defined at module level"),
                        ));
                    }
                }
            }
            StmtKind::Nonlocal(_) => {
                return Err(self.err(
                    "SyntaxError",
                    s.span,
                    "'nonlocal' is not supported by rumba (nested functions read their enclosing function's variables, they do not rebind them)",
                ))
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    super::dict::del_target(self, t)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let (bind, value) =
                        super::names::import(self, &a.name, a.asname.as_deref(), a.span)?;
                    self.bind_const(&bind, value, a.span)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(self.err(
                        "SyntaxError",
                        s.span,
                        "relative imports are not supported by rumba",
                    ));
                }
                let module = module.as_deref().unwrap_or("");
                let mut bound = Vec::new();
                for a in names {
                    if a.name == "*" {
                        for (name, v) in super::names::star_names(self, module, a.span)? {
                            bound.push((name, v, a.span));
                        }
                    } else if let Some(v) =
                        super::names::import_from(self, module, &a.name, a.span)?
                    {
                        bound.push((
                            a.asname.clone().unwrap_or_else(|| a.name.clone()),
                            v,
                            a.span,
                        ));
                    }
                }
                let mut values = Vec::new();
                for (name, v, span) in bound {
                    match v {
                        crate::front::typed::ImportVal::Static(t) => {
                            self.bind_const(&name, t, span)?
                        }
                        v => {
                            let t = match &v {
                                crate::front::typed::ImportVal::Const(_, t)
                                | crate::front::typed::ImportVal::Global(_, t) => t.clone(),
                                crate::front::typed::ImportVal::Static(t) => t.clone(),
                            };
                            let name: Rc<str> = Rc::from(name.as_str());
                            if !self.at_module {
                                self.locals.insert(name.clone());
                            }
                            self.env_mut()
                                .insert(name.clone(), Var { ty: t, def: span, maybe: false });
                            values.push((name, v));
                        }
                    }
                }
                self.out.imports.insert(stmt_key(s), values);
            }
            StmtKind::FunctionDef(def) => {
                let t = super::funcs::define_function(self, def)?;
                self.bind_const(&def.name, t, def.name_span)?;
            }
            StmtKind::ClassDef(def) => {
                let t = super::funcs::define_class(self, def)?;
                self.bind_const(&def.name, t, def.name_span)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => super::exc::infer_try(self, s, body, handlers, orelse, finalbody)?,
            StmtKind::With { items, body } => {
                return self.infer_with(s, items, body);
            }
        }
        Ok(())
    }

    /// Binds a name to a compile-time value (functions, modules, imports).
    fn bind_const(&mut self, name: &str, t: Type, span: Span) -> IResult<()> {
        if t.slots() != 0 {
            return Err(self.err(
                "SystemError",
                span,
                "internal: binding a runtime value as a constant",
            ));
        }
        if !self.at_module && !self.locals.contains(name) {
            self.locals.insert(Rc::from(name));
        }
        self.env_mut().insert(
            Rc::from(name),
            Var {
                ty: t,
                def: span,
                maybe: false,
            },
        );
        Ok(())
    }

    fn add_return(&mut self, t: Type, span: Span) -> IResult<()> {
        if t == Type::Unknown {
            self.saw_unknown = true;
            return Ok(());
        }
        match self.ret.take() {
            None => self.ret = Some((t, span)),
            Some((prev, pspan)) => match self.unify(&prev, &t) {
                Some(u) => self.ret = Some((u, pspan)),
                None => {
                    return Err(self
                        .err(
                            "TypeError",
                            span,
                            format!(
                                "this returns {}, but an earlier return gives {}",
                                self.tyname(&t),
                                self.tyname(&prev)
                            ),
                        )
                        .note("the earlier return", Some(self.loc(pspan)))
                        .note_opt(self.plain_join_note(&t, &prev)));
                }
            },
        }
        Ok(())
    }

    /// Types a condition; returns its value when known at compile time.
    pub fn cond(&mut self, test: &Expr) -> IResult<Option<bool>> {
        let t = self.expr(test)?;
        super::ops::truth_type(self, &t, test.span)?;
        Ok(match self.const_of(test) {
            Some(Const::Bool(b)) => Some(*b),
            Some(Const::Int(i)) => Some(*i != 0),
            _ => None,
        })
    }

    fn loop_fixpoint(
        &mut self,
        s: &Stmt,
        mut head_step: impl FnMut(&mut Self) -> IResult<()>,
        body: &[Stmt],
    ) -> IResult<(Env, Vec<Env>)> {
        let Some(entry) = self.env.clone() else {
            return Ok((Env::new(), Vec::new()));
        };
        let mut head = entry.clone();
        // Only the last pass's types are kept: an unknown type an earlier
        // pass saw (an empty container's, before the store that types it)
        // is not a reason to infer again.
        let (saw_unknown, unknown_at) = (self.saw_unknown, self.unknown_at);
        for _ in 0..64 {
            self.saw_unknown = saw_unknown;
            self.unknown_at = unknown_at;
            self.env = Some(head.clone());
            head_step(self)?;
            let after_head = self.env.clone();
            self.loops.push(LoopCtx::default());
            self.block(body)?;
            let ctx = self.loops.pop().unwrap_or_default();
            let mut edges = vec![entry.clone()];
            edges.extend(self.env.take());
            edges.extend(ctx.continues);
            let new_head = self.merge(edges, s.span)?.unwrap_or_default();
            if new_head == head {
                self.out
                    .joins
                    .insert((stmt_key(s), JOIN_LOOP_HEAD), head.clone());
                let mut exits: Vec<Env> = after_head.into_iter().collect();
                exits.extend(ctx.breaks);
                return Ok((head, exits));
            }
            head = new_head;
        }
        Err(self.err(
            "TypeError",
            s.span,
            "the types of this loop's variables do not settle",
        ))
    }

    fn while_loop(&mut self, s: &Stmt, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> IResult<()> {
        let mut always = false;
        let (_, mut exits) = self.loop_fixpoint(
            s,
            |inf| {
                always = inf.cond(test)? == Some(true);
                Ok(())
            },
            body,
        )?;
        // `exits[0]` is the normal exit (condition false), the rest breaks;
        // `while True` only exits by breaking.
        let breaks = exits.split_off(1.min(exits.len()));
        let normal = if always { Vec::new() } else { exits };
        self.finish_loop(s, normal, breaks, orelse)
    }

    pub(super) fn finish_loop(
        &mut self,
        s: &Stmt,
        normal: Vec<Env>,
        breaks: Vec<Env>,
        orelse: &[Stmt],
    ) -> IResult<()> {
        let mut envs = Vec::new();
        if !orelse.is_empty() {
            self.env = normal.into_iter().next();
            if let Some(env) = &self.env {
                self.out
                    .joins
                    .insert((stmt_key(s), JOIN_LOOP_ELSE), env.clone());
            }
            self.block(orelse)?;
            envs.extend(self.env.take());
        } else {
            envs.extend(normal);
        }
        envs.extend(breaks);
        self.env = self.merge(envs, s.span)?;
        if let Some(env) = &self.env {
            self.out
                .joins
                .insert((stmt_key(s), JOIN_LOOP_EXIT), env.clone());
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        s: &Stmt,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> IResult<()> {
        let it = match &iter.kind {
            // A list display iterated at once is a tuple: its elements
            // keep their types, as in CPython (Numba refuses to iterate
            // one whose elements differ).
            ExprKind::List(items) if !items.is_empty() => super::star::as_tuple(self, iter, items)?,
            _ => self.expr(iter)?,
        };
        let it = super::unroll::helper_steps(self, iter)?.unwrap_or(it);
        if let (true, Type::Tuple(items) | Type::MixedList(items)) =
            (super::unroll::unrolls(self, iter, &it), &it)
        {
            return self.unrolled_for(s, target, items, body, orelse);
        }
        let elem = super::iterate::iter_elem(self, iter, &it)?;
        self.out.iter_elems.insert(iter.id, elem.clone());
        let (_, mut exits) = self.loop_fixpoint(s, |inf| inf.assign(target, &elem), body)?;
        let breaks = exits.split_off(1.min(exits.len()));
        // The loop exits with the head environment (before the target is
        // assigned): re-derive it from the head join.
        let head = self.out.joins.get(&(stmt_key(s), JOIN_LOOP_HEAD)).cloned();
        let normal: Vec<Env> = head.into_iter().collect();
        self.finish_loop(s, normal, breaks, orelse)
    }

    fn aug_assign(&mut self, s: &Stmt, target: &Expr, op: BinOp, value: &Expr) -> IResult<()> {
        let lt = self.expr(target)?;
        let rt = self.expr(value)?;
        let t = super::ops::binop_type(self, op, &lt, &rt, target, value, s.span)?;
        if let (Type::Array(a), Type::Array(r)) = (&lt, &t) {
            // In place: the result is cast back to the array's dtype, which
            // numpy allows only within a kind.
            if (a.dtype.is_int() || a.dtype == DType::Bool) && r.dtype.is_float()
                || a.dtype != DType::C128 && r.dtype == DType::C128
            {
                return Err(self.err(
                    "TypeError",
                    s.span,
                    format!(
                        "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                        super::ops::ufunc_name(op),
                        r.dtype.name(),
                        a.dtype.name()
                    ),
                ));
            }
            return Ok(());
        }
        // The result keeps the target's type where the target is memory (an
        // array element) or a declared local; a variable may change type.
        self.assign(target, &t)
    }

    /// Binds an assignment target to a value of type `t`.
    pub fn assign(&mut self, target: &Expr, t: &Type) -> IResult<()> {
        match &target.kind {
            ExprKind::Name(name) => {
                let name: Rc<str> = Rc::from(name.as_str());
                let mut ty = t.clone();
                if let Some(decl) = self.out.declared.get(&name).cloned() {
                    super::ops::check_convertible(self, &ty, &decl, target.span)?;
                    ty = decl;
                }
                if ty == Type::Unknown {
                    self.saw_unknown = true;
                }
                if self.globals_declared.contains(&name) {
                    return self.assign_declared_global(target, &name, &ty);
                }
                self.set(target, ty.clone());
                if self.at_module {
                    let slots = self.prog.global_slots(self.module, &name, &ty);
                    self.res(target, Res::Global(slots));
                } else {
                    self.res(target, Res::Local);
                    let seen = self.out.local_types.entry(name.clone()).or_default();
                    if !seen.contains(&ty) {
                        seen.push(ty.clone());
                    }
                }
                for region in &mut self.try_assigned {
                    region.push((name.clone(), ty.clone(), target.span));
                }
                self.env_mut().insert(
                    name,
                    Var {
                        ty,
                        def: target.span,
                        maybe: false,
                    },
                );
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let elems = super::iterate::unpack_types(self, t, items.len(), target.span)?;
                self.set(target, t.clone());
                for (item, et) in items.iter().zip(elems) {
                    self.assign(item, &et)?;
                }
                Ok(())
            }
            ExprKind::Subscript { value: obj, index } => {
                super::index::assign_subscript(self, target, obj, index, t)
            }
            ExprKind::Attribute {
                value: obj,
                attr,
                attr_span,
            } => super::names::assign_attr(self, target, obj, attr, *attr_span, t),
            ExprKind::Starred(_) => Err(self.err(
                "SyntaxError",
                target.span,
                "starred assignment targets are not supported by rumba",
            )),
            _ => Err(self.err(
                "SyntaxError",
                target.span,
                "cannot assign to this expression",
            )),
        }
    }

    fn assign_declared_global(&mut self, target: &Expr, name: &Rc<str>, ty: &Type) -> IResult<()> {
        let g = self.prog.modules[self.module as usize]
            .globals
            .get(name.as_ref())
            .cloned();
        let Some(g) = g else {
            return Err(self.err(
                "NameError",
                target.span,
                format!("name '{name}' is not defined at module level"),
            ));
        };
        super::ops::check_convertible(self, ty, &g.ty, target.span)?;
        self.deps
            .push((self.module, name.to_string(), g.ty.clone()));
        self.set(target, g.ty.clone());
        self.res(target, Res::Global(g.slots.clone()));
        Ok(())
    }
}

pub fn infer_raise(inf: &mut Infer, e: &Expr) -> IResult<()> {
    let (name, args) = match &e.kind {
        ExprKind::Call { func, args, .. } => (func.as_ref(), &args[..]),
        _ => (e, &[][..]),
    };
    let t = inf.expr(name)?;
    let ok = super::class::is_exception(inf, &t)
        || matches!(
            super::lib::entry_of(inf, &t),
            Some(super::lib::Entry {
                item: super::lib::Item::Exception,
                ..
            })
        );
    if !ok {
        return Err(inf.err(
            "TypeError",
            name.span,
            "rumba can raise only built-in exceptions",
        ));
    }
    for a in args {
        inf.expr(a)?;
    }
    Ok(())
}

/// Whether numbers of types `a` and `b` print alike once held as one type:
/// both bools, both integers (of any width), both float64s, or both
/// complex128s. Plain Python code keeps an int an int where Numba would
/// make it a float.
pub fn same_kind(a: &Type, b: &Type) -> bool {
    (a.is_bool() && b.is_bool())
        || (a.is_int() && b.is_int())
        || (a.is_f64() && b.is_f64())
        || (a.is_complex() && b.is_complex())
        || a == b
}

/// Whether a value of type `t` may become one of `el`s, as a list item
/// is stored: as Numba converts (nothing is lost: an int into a list of
/// floats) or, in plain code, only as itself (a list prints its items'
/// reprs, which tell `np.int64(1)` from `1`).
pub fn holds(t: &Type, el: &Type, numba: bool) -> bool {
    fn rank(t: &Type) -> u8 {
        match t {
            _ if t.is_bool() => 0,
            Type::Int(_) => 1,
            Type::F32 => 2,
            _ if t.is_f64() => 3,
            _ => 4,
        }
    }
    let num = |t: &Type| t.is_number() || t.is_complex();
    match (t, el) {
        _ if t == el || *t == Type::Unknown => true,
        (x, y) if num(x) && num(y) => numba && rank(x) <= rank(y),
        (Type::Tuple(x), Type::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| holds(p, q, numba))
        }
        _ => super::ops::convertible(t, el) && !num(t) && !num(el),
    }
}

/// The `Type::Conflict` of two types that meet, flattened.
fn conflict_of(a: &Type, b: &Type) -> Type {
    let mut ts: Vec<Type> = Vec::new();
    for t in [a, b] {
        let parts = match t {
            Type::Conflict(p) => p.to_vec(),
            t => vec![t.clone()],
        };
        for p in parts {
            if !ts.contains(&p) {
                ts.push(p);
            }
        }
    }
    Type::Conflict(ts.into())
}
