//! Script functions: definitions and their decorators (options, explicit
//! signatures compiled at once), calls (arguments matched to parameters,
//! defaults, specialization), and Numba's decorator and signature syntax.

use super::lib::CallSite;
use super::numpy::numpy_dtype_string;
use super::ops::convertible;
use super::{type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Call, CallKind, Const, Res, SpecId};
use crate::program::{FuncInfo, FuncOpts};
use std::rc::Rc;
use vm::types::{ConstKind, Layout, Type, PYINT};

/// Registers a `def`; decorators are evaluated at compile time.
pub fn define_function(inf: &mut Infer, def: &Rc<FunctionDef>) -> IResult<Type> {
    let mut opts = FuncOpts::default();
    for d in def.decorators.iter().rev() {
        let t = inf.expr(d)?;
        match t {
            Type::Const(ConstKind::Decorator, id) => {
                let o = inf.prog.decorators[id as usize].clone();
                merge_opts(&mut opts, o);
            }
            Type::Const(ConstKind::Builtin, id) if is_jit_decorator(inf.prog.builtin_name(id)) => {
                opts.jit = true;
            }
            Type::Const(ConstKind::Builtin, id) if inf.prog.builtin_name(id) == "numba.generated_jit" => {
                opts.generated = true;
            }
            Type::Const(ConstKind::Builtin, id) if inf.prog.builtin_name(id) == "numba.vectorize" => {
                opts.jit = true;
                opts.ufunc = true;
            }
            Type::Const(ConstKind::Builtin, id) if inf.prog.builtin_name(id) == "numba.stencil" => {
                opts.jit = true;
                opts.stencil = Some(Default::default());
            }
            // A ctypes CFUNCTYPE used as a decorator.
            Type::Const(ConstKind::CType, id) => {
                let p = inf.prog.ctype_by_index(id);
                match inf.prog.ctypes.pointee(p) {
                    Some(f) => opts.callback = Some((f, false)),
                    None => return Err(inf.err("TypeError", d.span, "only a CFUNCTYPE type can decorate a function")),
                }
            }
            _ => {
                return Err(inf.err(
                    "TypeError",
                    d.span,
                    "unsupported decorator: rumba accepts numba's jit, njit, autojit and cfunc, ffi.callback and CFUNCTYPE types",
                ))
            }
        }
    }
    let callback = opts.callback;
    let (module, file) = (inf.module, inf.file.clone());
    let id = super::closure::register(inf, def, || FuncInfo {
        name: def.name.clone(),
        module,
        file,
        def: def.clone(),
        opts,
        specs: Default::default(),
        order: Vec::new(),
        parent: None,
        captures: Vec::new(),
    });
    if !inf.prog.funcs[id as usize].opts.sigs.is_empty() {
        compile_eagerly(inf, id, def)?;
    }
    // A `generated_jit` function is the typing function of its own calls.
    if inf.prog.funcs[id as usize].opts.generated {
        inf.prog.funcs[id as usize].opts.overload_of = Some(id);
    }
    if let Some(target) = inf.prog.funcs[id as usize].opts.overload_of {
        super::overload::register(inf, target, id, def)?;
    }
    if let Some((class, name, attr)) = inf.prog.funcs[id as usize].opts.member_of.clone() {
        super::overload::register_member(inf, (class, name, attr), id, def)?;
    }
    // A callback decorator makes the name a C function pointer.
    if let Some((fty, numba)) = callback {
        // Made per captured values, when its address is asked for.
        if super::closure::captures_run_time(inf, id, def.name_span)? {
            return Ok(Type::Const(ConstKind::Func, id));
        }
        let c = super::ffi::make_callback(inf, id, fty, numba, def.name_span)?;
        return Ok(Type::Const(ConstKind::CFunc, c));
    }
    Ok(Type::Const(ConstKind::Func, id))
}

pub fn merge_opts(into: &mut FuncOpts, o: FuncOpts) {
    into.locals.extend(o.locals);
    into.sigs.extend(o.sigs);
    into.callback = into.callback.or(o.callback);
    into.jit |= o.jit;
    into.ufunc |= o.ufunc;
    into.identity = into.identity.or(o.identity);
    into.reorderable |= o.reorderable;
    into.gufunc = into.gufunc.take().or(o.gufunc);
    into.stencil = into.stencil.take().or(o.stencil);
    into.overload_of = into.overload_of.or(o.overload_of);
    into.member_of = into.member_of.take().or(o.member_of);
    into.prefer_literal |= o.prefer_literal;
    into.generated |= o.generated;
    into.numpy_errors |= o.numpy_errors;
    into.boundscheck |= o.boundscheck;
}

fn is_jit_decorator(name: &str) -> bool {
    matches!(
        name,
        "numba.jit" | "numba.njit" | "numba.autojit" | "numba.extending.register_jitable"
    )
}

/// Compiles a function's explicit signatures at its `def`, where its own
/// name is already bound (at module level, as the statement will leave it)
/// so that it can call itself, now and when re-inferred.
fn compile_eagerly(inf: &mut Infer, id: u32, def: &FunctionDef) -> IResult<()> {
    if inf.at_module {
        let global = crate::front::typed::Global {
            ty: Type::Const(ConstKind::Func, id),
            def: inf.loc(def.name_span),
            slots: Vec::new(),
        };
        inf.prog.modules[inf.module as usize]
            .globals
            .insert(def.name.clone(), global);
    }
    compile_signatures(inf, id, def.name_span)
}

/// Explicit signatures compile at once, as in Numba.
pub fn compile_signatures(inf: &mut Infer, f: u32, span: Span) -> IResult<()> {
    let sigs = inf.prog.funcs[f as usize].opts.sigs.clone();
    let nparams = inf.prog.funcs[f as usize].def.params.positional.len();
    for (args, _) in sigs {
        if args.len() != nparams {
            return Err(inf.err(
                "TypeError",
                span,
                format!(
                    "the signature has {} argument types but the function takes {nparams}",
                    args.len()
                ),
            ));
        }
        let mut args = args;
        args.extend(super::closure::capture_types(inf, f, span, false)?);
        inf.specialize(f, args, span)?;
    }
    Ok(())
}

pub fn define_class(inf: &mut Infer, def: &Rc<ClassDef>) -> IResult<Type> {
    super::class::define_class(inf, def)
}

/// Matches arguments to a script function's parameters and specializes it.
pub fn call_script(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let (pos, kw) = &super::closure::escape_args(inf, args, pos, kws, kw)?;
    let def = inf.prog.funcs[f as usize].def.clone();
    let npos = def.params.positional.len();
    let captures = inf.prog.funcs[f as usize].captures.clone();
    let params = func_params(&def.params, &captures);
    let name = def.name.clone();
    if args.len() > npos {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "{name}() takes {} positional argument{} but {} were given",
                npos,
                plural(npos),
                args.len()
            ),
        ));
    }
    let mut slots: Vec<Option<(Arg, Type)>> = vec![None; params.len()];
    for (i, t) in pos.iter().enumerate() {
        slots[i] = Some((Arg::Pos(i), t.clone()));
    }
    for (i, k) in kws.iter().enumerate() {
        if let Some((pname, fields)) = super::star::kwargs_fields(&k.name) {
            let p = params
                .iter()
                .position(|p| p.0.strip_prefix("**") == Some(pname));
            if let (Some(p), Type::Tuple(items)) = (p, &kw[i]) {
                let t = Type::Named(Rc::new(vm::types::NamedTy {
                    name: Rc::from(super::star::KWARGS),
                    fields: fields.into(),
                    items: items.clone(),
                }));
                slots[p] = Some((Arg::Kw(i), t));
                continue;
            }
        }
        let Some(p) = params.iter().position(|p| p.0 == k.name) else {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{name}() got an unexpected keyword argument '{}'", k.name),
            ));
        };
        if slots[p].is_some() {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{name}() got multiple values for argument '{}'", k.name),
            ));
        }
        slots[p] = Some((Arg::Kw(i), kw[i].clone()));
    }
    let mut call_args = Vec::new();
    let mut types = Vec::new();
    let mut missing = Vec::new();
    let mut missing_kw = Vec::new();
    for (i, ((pname, p), slot)) in params.iter().zip(slots).enumerate() {
        match slot {
            Some((a, t)) => {
                call_args.push(a);
                types.push(t);
            }
            // `*args` given nothing is the empty tuple.
            None if pname.starts_with("**") => {
                let t = Type::Named(Rc::new(vm::types::NamedTy {
                    name: Rc::from(super::star::KWARGS),
                    fields: Rc::from([]),
                    items: Rc::from([]),
                }));
                types.push(t.clone());
                call_args.push(Arg::Const(Const::Tuple(Vec::new()), t));
            }
            None if pname.starts_with('*') => {
                let t = Type::tuple(Vec::new());
                types.push(t.clone());
                call_args.push(Arg::Const(Const::Tuple(Vec::new()), t));
            }
            None => match &p.default {
                Some(d) => {
                    let (c, t) = const_default(inf, f, d)?;
                    types.push(t.clone());
                    call_args.push(Arg::Const(c, t));
                }
                None if pname.starts_with('^') => {
                    return Err(super::closure::stranded(inf, f, e.span))
                }
                None if i < npos => missing.push(format!("'{}'", p.name)),
                None => missing_kw.push(format!("'{}'", p.name)),
            },
        }
    }
    for (list, what) in [(missing, "positional"), (missing_kw, "keyword-only")] {
        if !list.is_empty() {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "{name}() missing {} required {what} argument{}: {}",
                    list.len(),
                    plural(list.len()),
                    list.join(" and ")
                ),
            ));
        }
    }
    let sigs = inf.prog.funcs[f as usize].opts.sigs.clone();
    if !sigs.is_empty() {
        // Declared signatures: the arguments convert to the one that fits
        // best, as Numba's dispatcher ranks them (fewest unsafe, then
        // fewest safe conversions; the first of equals).
        // The captures a closure is passed come after its arguments.
        let nargs = types.len() - captures.len();
        match sigs
            .iter()
            .filter(|(a, _)| {
                a.len() == nargs && types.iter().zip(a).all(|(t, want)| convertible(t, want))
            })
            .min_by_key(|(a, _)| conversion_cost(&types[..nargs], a))
        {
            Some((a, _)) => types.splice(..nargs, a.iter().cloned()).for_each(drop),
            None => {
                let names: Vec<String> = types.iter().map(|t| inf.tyname(t)).collect();
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "No matching definition for argument type(s) {} of {name}()",
                        names.join(", ")
                    ),
                ));
            }
        }
    }
    if inf.prog.funcs[f as usize].opts.jit {
        if let Some(t) = types.iter().find(|t| holds_mixed_list(t)) {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "cannot pass {} to the jitted {name}(): Numba's lists hold elements of one type",
                    inf.tyname(t)
                ),
            ));
        }
        if types.contains(&Type::NpRandomState) {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!("cannot pass a numpy.random.RandomState to the jitted {name}(): Numba does not support RandomState"),
            ));
        }
    }
    // A literal argument is part of the specialization, passed as nothing.
    for (a, t) in call_args.iter_mut().zip(&types) {
        if let (Some(id), Arg::Pos(_) | Arg::Kw(_)) = (super::literal::literal_of(t), &a) {
            *a = Arg::Const(inf.prog.literals[id as usize].0.clone(), t.clone());
        }
    }
    let s = super::literal::specialize(inf, e, f, &mut types, &mut call_args, args, kws)?;
    let ret = inf.spec_ret(s);
    for (i, t) in types.iter().enumerate() {
        if untyped_empty(t) {
            let arg = match &call_args[i] {
                Arg::Pos(j) => &args[*j],
                Arg::Kw(j) => &kws[*j].value,
                _ => continue,
            };
            refine_filled(inf, e, arg, &params[i].0, t, s)?;
        }
    }
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::Spec(s),
            recv: None,
            args: call_args,
            arg_types: types,
        }),
    );
    Ok(ret)
}

/// An empty list, set or dict given to a function that fills it: the caller's
/// variable takes the element type the callee gave it (`h = []` then
/// `heappush(h, 1)`), as after an `append` of its own. A callee that
/// leaves it empty leaves it untyped.
fn refine_filled(
    inf: &mut Infer,
    e: &Expr,
    arg: &Expr,
    param: &str,
    old: &Type,
    s: SpecId,
) -> IResult<()> {
    let Some(typed) = inf.prog.specs[s as usize].typed.clone() else {
        return Ok(());
    };
    let Some(new) = typed
        .fills
        .get(param)
        .filter(|(from, _)| from == old)
        .map(|f| f.1.clone())
    else {
        return Ok(());
    };
    let ExprKind::Name(var) = &arg.kind else {
        return Err(inf.err(
            "TypeError",
            arg.span,
            format!("cannot infer the element type of this empty container, which {}() fills; assign it to a name first", inf.prog.funcs[inf.prog.specs[s as usize].func as usize].name),
        ));
    };
    let var: Rc<str> = Rc::from(var.as_str());
    match inf.env.as_mut().and_then(|env| env.get_mut(&var)) {
        Some(v) if v.ty == *old => v.ty = new.clone(),
        Some(_) => return Ok(()),
        None if matches!(inf.out.res.get(&arg.id), Some(Res::Global(_)))
            && !matches!(&new, Type::List(t) | Type::Set(t) if !super::dict::no_unknown(t)) =>
        {
            super::methods::refine_global(inf, &var, &new);
            return Ok(());
        }
        None => return Err(inf.err(
            "TypeError",
            arg.span,
            format!("cannot infer the element type of the empty global list '{var}' from inside a function; give it an element where it is defined, or fill it at module level first"),
        )),
    }
    inf.out
        .fills
        .entry(var.clone())
        .or_insert_with(|| (old.clone(), new.clone()));
    inf.out.refines.insert(e.id, (var, old.clone(), new));
    Ok(())
}

/// An empty list, set or dict whose element types are not known yet.
fn untyped_empty(t: &Type) -> bool {
    match t {
        Type::List(e) | Type::Set(e) => **e == Type::Unknown,
        Type::Dict(d) => d.key == Type::Unknown || d.val == Type::Unknown,
        _ => false,
    }
}

/// How many of the arguments `types` convert unsafely and how many safely
/// to the parameters `want`.
fn conversion_cost(types: &[Type], want: &[Type]) -> (usize, usize) {
    let (mut unsafe_, mut safe) = (0, 0);
    for (t, w) in types.iter().zip(want) {
        match (t.dtype(), w.dtype()) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) if super::vectorize::safe_cast(a, b) => safe += 1,
            (Some(_), Some(_)) => unsafe_ += 1,
            _ if t == w => {}
            _ => safe += 1,
        }
    }
    (unsafe_, safe)
}

/// Whether a value of `t` holds a list of mixed types, which Numba cannot
/// pass into jitted code.
fn holds_mixed_list(t: &Type) -> bool {
    match t {
        Type::MixedList(_) => true,
        Type::Tuple(items) => items.iter().any(holds_mixed_list),
        Type::Named(n) => n.items.iter().any(holds_mixed_list),
        Type::List(el) | Type::Set(el) => holds_mixed_list(el),
        Type::Dict(d) => holds_mixed_list(&d.key) || holds_mixed_list(&d.val),
        _ => false,
    }
}

/// A function's parameters in the order its specializations take them:
/// positional, then `*args` (a tuple, matched by the name `*args`, which
/// only a call's packing of extra positional arguments gives), then the
/// keyword-only ones.
pub fn all_params(p: &Params) -> Vec<(String, &Param)> {
    let mut out: Vec<(String, &Param)> = p.positional.iter().map(|q| (q.name.clone(), q)).collect();
    if let Some(v) = &p.vararg {
        out.push((format!("*{}", v.name), v));
    }
    out.extend(p.kwonly.iter().map(|q| (q.name.clone(), q)));
    if let Some(k) = &p.kwarg {
        out.push((format!("**{}", k.name), k));
    }
    out
}

/// A function's parameters with its captures after them (`^name`, bound
/// to `name` in the body).
pub fn func_params(p: &Params, captures: &[String]) -> Vec<(String, Param)> {
    let mut out: Vec<(String, Param)> = all_params(p)
        .into_iter()
        .map(|(n, q)| (n, q.clone()))
        .collect();
    for c in captures {
        out.push((
            format!("^{c}"),
            Param {
                name: c.clone(),
                span: Span::default(),
                annotation: None,
                default: None,
            },
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A default argument value: a constant expression in the function's module.
fn const_default(inf: &mut Infer, f: u32, d: &Expr) -> IResult<(Const, Type)> {
    let file = inf.prog.funcs[f as usize].file.clone();
    match eval_const(d) {
        Some(c) => {
            let t = const_type(&c);
            Ok((c, t))
        }
        None => Err(crate::front::diag::Diag::new(
            "TypeError",
            "default argument values must be constants (numbers, strings, booleans, None or tuples of them)",
            Some(crate::front::diag::Loc::new(&file, d.span)),
        )),
    }
}

/// Evaluates a literal expression.
pub fn eval_const(e: &Expr) -> Option<Const> {
    Some(match &e.kind {
        ExprKind::Int(v) => Const::Int(*v),
        ExprKind::Float(v) => Const::Float(*v),
        ExprKind::Str(s) => Const::Str(Rc::from(s.as_str())),
        ExprKind::Bool(b) => Const::Bool(*b),
        ExprKind::None => Const::None,
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match eval_const(operand)? {
            Const::Int(v) => Const::Int(-v),
            Const::Float(v) => Const::Float(-v),
            _ => return None,
        },
        ExprKind::Tuple(items) => {
            Const::Tuple(items.iter().map(eval_const).collect::<Option<Vec<_>>>()?)
        }
        _ => return None,
    })
}

pub fn const_type(c: &Const) -> Type {
    match c {
        Const::Int(_) => PYINT,
        Const::Float(_) => Type::F64,
        Const::Bool(_) => Type::Bool,
        Const::Str(_) => Type::Str,
        Const::None => Type::None,
        Const::Tuple(items) => Type::tuple(items.iter().map(const_type).collect()),
    }
}

/// Numba's `jit`, `njit` and friends: a configured decorator, or the
/// function itself when applied directly (`jit(f)`).
pub fn jit(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kw) = c.parts();
    let mut opts = FuncOpts {
        jit: true,
        ..FuncOpts::default()
    };
    for (i, k) in kws.iter().enumerate() {
        match k.name.as_str() {
            "locals" => opts.locals = locals_dict(inf, &k.value)?,
            "argtypes" => {
                let sig = sig_from_types(inf, &k.value, &kw[i])?;
                opts.sigs.push((sig, None));
            }
            "restype" => {}
            "error_model" => match &k.value.kind {
                ExprKind::Str(m) if m == "numpy" => opts.numpy_errors = true,
                ExprKind::Str(m) if m == "python" => {}
                _ => {
                    return Err(inf.err(
                        "ValueError",
                        k.value.span,
                        "error_model must be 'python' or 'numpy'",
                    ))
                }
            },
            // Numba's bounds errors then say "index is out of bounds";
            // rumba always checks, elsewhere with numpy's message.
            "boundscheck" if matches!(k.value.kind, ExprKind::Bool(true)) => {
                opts.boundscheck = true
            }
            "boundscheck" if !matches!(k.value.kind, ExprKind::Bool(false) | ExprKind::None) => {
                return Err(inf.err(
                    "TypeError",
                    k.value.span,
                    "boundscheck= must be True, False or None",
                ));
            }
            "nopython" | "nogil" | "cache" | "parallel" | "fastmath" | "boundscheck" | "inline"
            | "forceobj" | "looplift" | "target" => {}
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("unsupported jit option '{other}'"),
                ))
            }
        }
    }
    match (args.first(), pos.first()) {
        // `jit(f)`: applied directly.
        (Some(_), Some(Type::Const(ConstKind::Func, f))) if kws.is_empty() && args.len() == 1 => {
            inf.prog.funcs[*f as usize].opts.jit = true;
            inf.res(e, Res::Const);
            return Ok(pos[0].clone());
        }
        // `jit(closure)`: the closure's value, jitted.
        (Some(a), Some(Type::Closure(f, _))) if kws.is_empty() && args.len() == 1 => {
            inf.prog.funcs[*f as usize].opts.jit = true;
            super::star::use_rewrite(inf, e, a.kind.clone())?;
            return Ok(pos[0].clone());
        }
        (Some(a), Some(t)) => {
            for s in signatures(inf, a, t)? {
                opts.sigs.push(s);
            }
        }
        _ => {}
    }
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(opts);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// `locals={'x': int32}` or `locals=dict(x=int32)`.
pub fn locals_dict(inf: &mut Infer, e: &Expr) -> IResult<std::collections::HashMap<String, Type>> {
    let mut out = std::collections::HashMap::new();
    let mut add = |inf: &mut Infer, name: String, v: &Expr| -> IResult<()> {
        let t = inf.expr(v)?;
        match t {
            Type::TypeObj(t) => {
                out.insert(name, (*t).clone());
                Ok(())
            }
            _ => Err(type_err(inf, v.span, "locals= values must be types")),
        }
    };
    match &e.kind {
        ExprKind::Dict(items) => {
            for (k, v) in items {
                let ExprKind::Str(name) = &k.kind else {
                    return Err(type_err(
                        inf,
                        k.span,
                        "locals= keys must be variable names as strings",
                    ));
                };
                add(inf, name.clone(), v)?;
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } if matches!(&func.kind, ExprKind::Name(n) if n == "dict") && args.is_empty() => {
            for k in keywords {
                add(inf, k.name.clone(), &k.value)?;
            }
        }
        _ => {
            return Err(type_err(
                inf,
                e.span,
                "locals= must be a dict literal or dict(...)",
            ))
        }
    }
    Ok(out)
}

/// Signatures given to jit: a string `"f8(f8, i8)"`, a signature object
/// `float64(float64, int64)`, or a list of them.
pub fn signatures(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Vec<(Vec<Type>, Option<Type>)>> {
    match (&e.kind, t) {
        (ExprKind::List(items), _) => {
            let mut out = Vec::new();
            for i in items {
                let it = inf.out.ty(i).clone();
                out.extend(signatures(inf, i, &it)?);
            }
            Ok(out)
        }
        (_, Type::Str) => {
            // A literal or a module global's current value.
            let s = super::ffi::known_str(inf, e)
                .ok_or_else(|| type_err(inf, e.span, "a signature must be a constant string"))?;
            let sig = parse_sig(inf, &s).ok_or_else(|| {
                type_err(inf, e.span, format!("cannot parse the signature '{s}'"))
            })?;
            Ok(vec![sig])
        }
        _ => match inf.prog.signature_of(t) {
            Some((args, ret)) => Ok(vec![(args, ret)]),
            None => Err(type_err(
                inf,
                e.span,
                "expected a signature (a string like \"float64(int64)\" or ret(args...))",
            )),
        },
    }
}

fn sig_from_types(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Vec<Type>> {
    match (t, &e.kind) {
        (Type::Tuple(_), ExprKind::Tuple(items)) | (_, ExprKind::List(items)) => items
            .iter()
            .map(|i| match inf.out.ty(i) {
                Type::TypeObj(t) => Ok((**t).clone()),
                _ => Err(type_err(inf, i.span, "argtypes must be types")),
            })
            .collect(),
        _ => Err(type_err(inf, e.span, "argtypes must be a list of types")),
    }
}

/// Parses a Numba signature string: `float64(int32, float64[:])`.
pub fn parse_sig(inf: &mut Infer, s: &str) -> Option<(Vec<Type>, Option<Type>)> {
    let s = s.trim();
    let close = s.rfind(')')?;
    // The arguments' parenthesis matching the last one (a return type
    // such as `UniTuple(int64, 2)` has its own).
    let mut depth = 0;
    let open = s[..close].rfind(|c| {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return true,
            '(' => depth -= 1,
            _ => {}
        }
        false
    })?;
    let ret = s[..open].trim();
    let args = split_top(&s[open + 1..close])
        .into_iter()
        .map(|a| parse_sig_type(inf, a))
        .collect::<Option<Vec<_>>>()?;
    let ret = if ret.is_empty() {
        None
    } else {
        Some(parse_sig_type(inf, ret)?)
    };
    Some((args, ret))
}

/// `s` split at its commas outside brackets, each part trimmed; a
/// trailing comma adds no part.
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        parts.push(s[start..].trim());
    }
    parts
}

/// A type in a Numba signature string: a type's name, an array
/// (`float64[:, ::1]`), a pointer (`int32*`), `UniTuple(T, n)` or
/// `Tuple((T1, T2))`, `List(T)` (a reflected list).
pub fn parse_sig_type(inf: &mut Infer, s: &str) -> Option<Type> {
    if let Some(item) = s.strip_prefix("List(").and_then(|r| r.strip_suffix(')')) {
        let item = parse_sig_type(inf, item.trim())?;
        return Some(Type::List(Rc::new(item)));
    }
    if let Some(args) = s
        .strip_prefix("UniTuple(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let [t, n] = split_top(args)[..] else {
            return None;
        };
        let t = parse_sig_type(inf, t)?;
        // Wider tuples than any script writes would only exhaust memory.
        let n: usize = n.parse().ok().filter(|&n| n <= 1024)?;
        return Some(Type::tuple(vec![t; n]));
    }
    if let Some(args) = s.strip_prefix("Tuple((").and_then(|r| r.strip_suffix("))")) {
        let items = split_top(args)
            .into_iter()
            .map(|a| parse_sig_type(inf, a))
            .collect::<Option<Vec<_>>>()?;
        return Some(Type::tuple(items));
    }
    if let Some(base) = s.strip_suffix('*') {
        let inner = parse_sig_type(inf, base.trim())?;
        return inf.prog.pointer_to(&inner);
    }
    if let Some(open) = s.find('[') {
        let base = parse_sig_type(inf, s[..open].trim())?;
        // One `:` per dimension, the last `::1` if C-contiguous, the first
        // if Fortran-contiguous.
        let inner = s[open + 1..].strip_suffix(']')?;
        let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
        let last = parts.len() - 1;
        let mut layout = Layout::A;
        for (i, p) in parts.iter().enumerate() {
            match *p {
                ":" => {}
                "::1" if i == last => layout = Layout::C,
                "::1" if i == 0 => layout = Layout::F,
                _ => return None,
            }
        }
        return Some(Type::array(
            base.dtype()?,
            u8::try_from(parts.len()).ok()?,
            layout,
        ));
    }
    // Numba's short names are its types, as the long ones are.
    let long = match s {
        "b1" => "boolean",
        "i1" => "int8",
        "i2" => "int16",
        "i4" => "int32",
        "i8" => "int64",
        "u1" => "uint8",
        "u2" => "uint16",
        "u4" => "uint32",
        "u8" => "uint64",
        "f4" => "float32",
        "f8" => "float64",
        "c16" => "complex128",
        s => s,
    };
    super::lib::numba::type_named(long).or_else(|| numpy_dtype_string(s))
}
