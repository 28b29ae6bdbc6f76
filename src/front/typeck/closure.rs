//! Functions defined inside functions, and lambdas. A nested function may
//! read its enclosing function's variables: they are its captures, passed
//! as hidden arguments (named `^name`) after the declared ones at each call,
//! which must be made in the enclosing function itself (a nested function
//! that captures cannot leave it). A lambda is a nested function whose body
//! returns its expression.

use super::unroll::visit_stmts;
use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Res};
use crate::program::FuncInfo;
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;
use vm::types::{ConstKind, Type, PYINT};

/// Names a body assigns (its locals), without descending into nested
/// functions.
fn assigned(body: &[Stmt], out: &mut HashSet<String>) {
    fn target(e: &Expr, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Name(n) => {
                out.insert(n.clone());
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| target(i, out))
            }
            ExprKind::Starred(inner) => target(inner, out),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out)),
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => {
                target(t, out)
            }
            StmtKind::For {
                target: t,
                body,
                orelse,
                ..
            } => {
                target(t, out);
                assigned(body, out);
                assigned(orelse, out);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                assigned(body, out);
                assigned(orelse, out);
            }
            StmtKind::FunctionDef(d) => {
                out.insert(d.name.clone());
            }
            _ => {}
        }
    }
}

/// The enclosing function's variables that `def`'s body reads.
fn captures(inf: &Infer, def: &FunctionDef) -> Vec<String> {
    if inf.at_module {
        return Vec::new();
    }
    let mut own: HashSet<String> = super::funcs::all_params(&def.params)
        .into_iter()
        .map(|(_, p)| p.name.clone())
        .collect();
    assigned(&def.body, &mut own);
    let mut reads = BTreeSet::new();
    visit_stmts(&def.body, &mut |e| {
        if let ExprKind::Name(n) = &e.kind {
            reads.insert(n.clone());
        }
    });
    reads
        .into_iter()
        .filter(|n| !own.contains(n) && inf.locals.contains(n.as_str()))
        .collect()
}

/// The function being typed, if it is a script function's specialization.
pub fn current_func(inf: &Infer) -> Option<u32> {
    inf.spec.map(|s| inf.prog.specs[s as usize].func)
}

/// Registers a `def` (or a lambda's function) met while typing; the same
/// definition in the same enclosing function is the same function.
pub fn register(inf: &mut Infer, def: &Rc<FunctionDef>, info: impl FnOnce() -> FuncInfo) -> u32 {
    let parent = current_func(inf);
    if let Some(i) = inf
        .prog
        .funcs
        .iter()
        .position(|f| Rc::ptr_eq(&f.def, def) && f.parent == parent)
    {
        return i as u32;
    }
    let mut f = info();
    f.parent = parent;
    f.captures = captures(inf, def);
    inf.prog.funcs.push(f);
    (inf.prog.funcs.len() - 1) as u32
}

/// The hidden keyword arguments a call of `f` passes for its captures;
/// refused where the captured variables are not the caller's.
pub fn capture_args(inf: &Infer, f: u32, span: Span) -> IResult<Vec<Keyword>> {
    let info = &inf.prog.funcs[f as usize];
    if info.captures.is_empty() {
        return Ok(Vec::new());
    }
    if current_func(inf) != info.parent {
        return Err(stranded(inf, f, span));
    }
    Ok(info
        .captures
        .iter()
        .map(|c| Keyword {
            name: format!("^{c}"),
            name_span: span,
            value: Expr {
                id: 0,
                span,
                kind: ExprKind::Name(c.clone()),
            },
        })
        .collect())
}

/// A nested function that leaves its definer (returned, passed on) takes
/// its captures' values along: `e`, typed `t`, becomes the tuple of those
/// values, typed as the closure. Taken when it leaves, they are what
/// CPython's cells hold and what Numba freezes when it compiles the
/// closure at its first call.
pub fn escape(inf: &mut Infer, e: &Expr, t: Type) -> IResult<Type> {
    escape_from(inf, e, t, true)
}

/// `escape`; `strict` refuses it in jitted code, as Numba does for a
/// closure that may escape (not for one passed to a sibling it calls,
/// which Numba inlines).
fn escape_from(inf: &mut Infer, e: &Expr, t: Type, strict: bool) -> IResult<Type> {
    // A tuple or list display of nested functions: each takes its own.
    match (&e.kind, &t) {
        (ExprKind::Tuple(items), Type::Tuple(ts))
        | (ExprKind::List(items), Type::MixedList(ts))
            if items.len() == ts.len() =>
        {
            let mut out = Vec::new();
            for (i, it) in items.iter().zip(ts.iter()) {
                out.push(escape_from(inf, i, it.clone(), strict)?);
            }
            let t = match t {
                Type::Tuple(_) => Type::tuple(out),
                _ => Type::MixedList(out.into()),
            };
            return Ok(inf.set(e, t));
        }
        _ => {}
    }
    let Type::Const(ConstKind::Func, f) = t else {
        return Ok(t);
    };
    let info = &inf.prog.funcs[f as usize];
    if info.captures.is_empty() || info.parent != current_func(inf) {
        return Ok(t);
    }
    let captures = info.captures.clone();
    if strict && super::expr::jitted(inf) {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "Cannot capture the non-constant value associated with variable '{}' in a function that may escape.",
                captures[0]
            ),
        ));
    }
    let names = captures
        .iter()
        .map(|c| Expr {
            id: 0,
            span: e.span,
            kind: ExprKind::Name(c.clone()),
        })
        .collect();
    let tuple = super::star::fresh(inf, ExprKind::Tuple(names), e.span);
    let mut types = Vec::new();
    if let ExprKind::Tuple(items) = &tuple.kind {
        for item in items {
            let t = inf.expr(item)?;
            types.push(escape_from(inf, item, t, strict)?);
        }
    }
    if types.contains(&Type::Unknown) {
        return Ok(Type::Unknown);
    }
    inf.set(&tuple, Type::tuple(types.clone()));
    inf.out.rewrites.insert(e.id, tuple);
    Ok(inf.set(e, Type::Closure(f, types.into())))
}

/// The argument types of a call of a script function, with the nested
/// functions passed as closures: declared arguments may escape, the
/// hidden captures passed to a nested function are its definer's own.
pub fn escape_args(
    inf: &mut Infer,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<(Vec<Type>, Vec<Type>)> {
    let mut p = Vec::new();
    for (a, t) in args.iter().zip(pos) {
        p.push(escape_from(inf, a, t.clone(), true)?);
    }
    let mut k = Vec::new();
    for (a, t) in kws.iter().zip(kw) {
        k.push(escape_from(
            inf,
            &a.value,
            t.clone(),
            !a.name.starts_with('^'),
        )?);
    }
    Ok((p, k))
}

/// A call of a closure value: its captures come from the callee's value
/// (`Arg::Capture`), after the arguments; a callee with no slots (a C
/// callback) has compile-time captures.
#[allow(clippy::too_many_arguments)]
pub fn call(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    env: &[Type],
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let captures = inf.prog.funcs[f as usize].captures.clone();
    let mut all_kws = kws.to_vec();
    let mut all_kw = kw.to_vec();
    for (c, t) in captures.iter().zip(env) {
        all_kws.push(Keyword {
            name: format!("^{c}"),
            name_span: e.span,
            value: e.clone(),
        });
        all_kw.push(t.clone());
    }
    let ret = super::funcs::call_script(inf, e, f, args, pos, &all_kws, &all_kw)?;
    if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
        for a in c.args.iter_mut() {
            if let Arg::Kw(i) = *a {
                if i >= kws.len() {
                    *a = Arg::Capture(i - kws.len());
                }
            }
        }
    }
    Ok(ret)
}

/// The types of `f`'s captures where it is defined, for compiling it
/// there (its declared signatures, a C callback made of it). `frozen`: they
/// must be compile-time values, as a C callback is made once.
pub fn capture_types(inf: &mut Infer, f: u32, span: Span, frozen: bool) -> IResult<Vec<Type>> {
    if let Some(env) = inf.prog.frozen.get(&f) {
        return Ok(env.to_vec());
    }
    let captures = inf.prog.funcs[f as usize].captures.clone();
    if captures.is_empty() {
        return Ok(Vec::new());
    }
    if current_func(inf) != inf.prog.funcs[f as usize].parent {
        return Err(stranded(inf, f, span));
    }
    let mut out = Vec::new();
    for c in captures {
        let name = super::star::fresh(inf, ExprKind::Name(c.clone()), span);
        let t = inf.expr(&name)?;
        let t = escape_from(inf, &name, t, false)?;
        if frozen && t.slots() > 0 {
            return Err(inf.err(
                "TypeError",
                span,
                format!(
                    "'{}' reads '{c}' ({}) of the function that defines it: rumba makes a C callback once, so it can capture only compile-time values (functions, modules, types)",
                    inf.prog.funcs[f as usize].name,
                    inf.tyname(&t)
                ),
            ));
        }
        out.push(t);
    }
    Ok(out)
}

/// The captures (compile-time values) C callback `c` was compiled with,
/// if its function has any.
pub fn callback_env(inf: &Infer, c: u32) -> Option<Vec<Type>> {
    let (&(s, _, _), _) = inf.prog.callbacks.iter().find(|(_, &v)| v == c)?;
    let spec = &inf.prog.specs[s as usize];
    let n = inf.prog.funcs[spec.func as usize].captures.len();
    (n > 0).then(|| spec.args[spec.args.len() - n..].to_vec())
}

/// The error for a call of a nested function that reads its definer's
/// variables where they are not at hand.
pub fn stranded(inf: &Infer, f: u32, span: Span) -> crate::front::diag::Diag {
    let info = &inf.prog.funcs[f as usize];
    inf.err(
        "TypeError",
        span,
        format!(
            "'{}' reads variables of the function that defines it ({}), so rumba can call it only there, or where it was returned or passed to",
            info.name,
            info.captures.join(", ")
        ),
    )
}

/// `lambda params: body`, a function value; the lambda's function is
/// kept in the lambdas' table so that typing it again finds it.
pub fn lambda(inf: &mut Infer, e: &Expr, params: &Rc<Params>, body: &Expr) -> IResult<Type> {
    if let Some(k) = &params.kwarg {
        return Err(inf.err(
            "SyntaxError",
            k.span,
            "**kwargs parameters are not supported by rumba",
        ));
    }
    let key = Rc::as_ptr(params) as usize;
    let parent = current_func(inf);
    let def = match inf.prog.lambdas.get(&(key, parent)) {
        Some((_, d)) => d.clone(),
        None => {
            let d = Rc::new(FunctionDef {
                name: "<lambda>".to_string(),
                name_span: e.span,
                params: (**params).clone(),
                decorators: Vec::new(),
                returns: None,
                body: vec![Stmt {
                    span: body.span,
                    kind: StmtKind::Return(Some(body.clone())),
                }],
                doc: None,
            });
            inf.prog
                .lambdas
                .insert((key, parent), (params.clone(), d.clone()));
            d
        }
    };
    let (module, file) = (inf.module, inf.file.clone());
    let id = register(inf, &def, || FuncInfo {
        name: "<lambda>".to_string(),
        module,
        file,
        def: def.clone(),
        opts: Default::default(),
        specs: Default::default(),
        order: Vec::new(),
        parent: None,
        captures: Vec::new(),
    });
    inf.res(e, crate::front::typed::Res::Const);
    Ok(Type::Const(ConstKind::Func, id))
}

/// `key=len` (any built-in function): the function `lambda x: len(x)`.
pub fn builtin_key(inf: &mut Infer, k: &Expr) -> u32 {
    let parent = current_func(inf);
    let key = (Rc::as_ptr(&inf.file) as *const u8 as usize, k.id, parent);
    if let Some(&f) = inf.prog.key_funcs.get(&key) {
        return f;
    }
    let name = |n: &str| Expr {
        id: 0,
        span: k.span,
        kind: ExprKind::Name(n.to_string()),
    };
    let mut body = Expr {
        id: 0,
        span: k.span,
        kind: ExprKind::Call {
            func: Box::new(k.clone()),
            args: vec![name("^x")],
            keywords: Vec::new(),
        },
    };
    let mut next = 0;
    super::unroll::visit_expr_mut(&mut body, &mut |x| {
        x.id = next;
        next += 1;
    });
    let def = Rc::new(FunctionDef {
        name: "<key>".to_string(),
        name_span: k.span,
        params: Params {
            positional: vec![Param {
                name: "^x".to_string(),
                span: k.span,
                annotation: None,
                default: None,
            }],
            ..Params::default()
        },
        decorators: Vec::new(),
        returns: None,
        body: vec![Stmt {
            span: k.span,
            kind: StmtKind::Return(Some(body)),
        }],
        doc: None,
    });
    let (module, file) = (inf.module, inf.file.clone());
    let id = register(inf, &def, || FuncInfo {
        name: "<key>".to_string(),
        module,
        file,
        def: def.clone(),
        opts: Default::default(),
        specs: Default::default(),
        order: Vec::new(),
        parent: None,
        captures: Vec::new(),
    });
    inf.prog.key_funcs.insert(key, id);
    id
}

/// Whether nested function `f` reads values of its definer that exist only
/// at run time (a cfunc a factory makes, per call).
pub fn captures_run_time(inf: &mut Infer, f: u32, span: Span) -> IResult<bool> {
    if inf.prog.funcs[f as usize].captures.is_empty() || inf.prog.frozen.contains_key(&f) {
        return Ok(false);
    }
    let env = capture_types(inf, f, span, false)?;
    Ok(env.iter().any(|t| t.slots() > 0))
}

/// `.address`, `.cffi` and `.ctypes` of a cfunc whose function captured
/// run-time values: a C function made for those values (one per distinct
/// values), which calls the function with them.
pub fn cfunc_attr(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    env: &[Type],
    attr: &str,
    span: Span,
) -> IResult<Type> {
    let Some((fty, numba)) = inf.prog.funcs[f as usize].opts.callback else {
        return Err(inf.err(
            "AttributeError",
            span,
            format!("function has no attribute '{attr}'"),
        ));
    };
    let name = inf.prog.funcs[f as usize].name.clone();
    let ret = match attr {
        "address" => PYINT,
        // Numba's `.cffi` is a `void *` cdata; `.ctypes` a function pointer.
        "cffi" => Type::Ptr(vm::ffi::ctype::CTypeId::VOID),
        "ctypes" => Type::Ptr(fty),
        _ => {
            return Err(inf.err(
                "AttributeError",
                span,
                format!("rumba's cfunc '{name}', made with values of the function defining it, has no attribute '{attr}' (only address, cffi and ctypes)"),
            ))
        }
    };
    if let Some(t) = env
        .iter()
        .find(|t| t.is_ref() || !(t.is_number() || t.is_bool()) && t.slots() > 0)
    {
        return Err(inf.err(
            "TypeError",
            span,
            format!(
                "cfunc '{name}' reads a value of type {} of the function that defines it: rumba makes such a cfunc's C function for captured numbers and compile-time values only",
                inf.tyname(t)
            ),
        ));
    }
    let (_, _, target) = super::ffi::callback_target(inf, f, fty, numba, env.to_vec(), span)?;
    let maker = vm::lib_cfunc::Maker::new(
        inf.prog.ctypes.clone(),
        fty,
        target.proto,
        target.name,
        target.nret,
        target.to_c,
        target.to_float,
    );
    let closure = Type::Closure(f, env.into());
    inf.res(
        e,
        super::native_aux(attr, vm::lib_cfunc::address, vec![], vec![closure], maker),
    );
    Ok(ret)
}
