//! Calls: dispatch on what is called (a method of a runtime value, a script
//! function, a built-in, a type object, a host function, C), the typing of
//! arguments, and casts by type objects.

use super::funcs::{call_script, compile_signatures, merge_opts};
use super::lib::{self, CallSite};
use super::ops::check_convertible;
use super::{check_kws, intrinsic, native, native_aux, pos_args, type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::diag::{Diag, Loc};
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use crate::program::FuncInfo;
use vm::lib_base as base;
use vm::types::{ConstKind, Type};

pub fn call(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Type> {
    if let Some(t) = super::star::rewrite_call(inf, e, func, args, kws)? {
        return Ok(t);
    }
    // Methods of runtime values: `a.sum()`, `s.upper()`, `lst.append(x)`.
    if let ExprKind::Attribute {
        value,
        attr,
        attr_span,
    } = &func.kind
    {
        if let Some(t) = super::class::super_call(inf, e, value, attr, *attr_span, args, kws)? {
            return Ok(t);
        }
        let rt = inf.expr(value)?;
        if let Some(t) = super::overload::member_call(inf, e, value, &rt, attr, args, kws)? {
            return Ok(t);
        }
        // A struct field holding a C function pointer is called, not a method.
        let fn_field = match &rt {
            Type::Ptr(id) | Type::CData(id) => inf
                .prog
                .ctypes
                .field(*id, attr)
                .and_then(|(_, f)| inf.prog.ctypes.pointee(f))
                .is_some_and(|f| inf.prog.ctypes.is_func(f)),
            // A cfunc's `.ctypes`: a C function pointer.
            Type::Closure(f, _) => inf.prog.funcs[*f as usize].opts.callback.is_some(),
            _ => false,
        };
        if let Some(t) = super::class::deferred_method(inf, e, &rt, attr, args)? {
            return Ok(t);
        }
        if let Type::Const(ConstKind::Func, f) = rt {
            if inf.prog.funcs[f as usize].opts.ufunc
                && matches!(attr.as_str(), "reduce" | "accumulate")
            {
                let (pos, kw) = arg_types(inf, args, kws)?;
                return super::vectorize::fold(
                    inf,
                    e,
                    f,
                    attr == "accumulate",
                    args,
                    &pos,
                    kws,
                    &kw,
                );
            }
        }
        if let Some(t) = lib::argparse::method(inf, e, &rt, attr, args, kws)? {
            return Ok(t);
        }
        if let Some(t) = lib::sys::stream_method(inf, e, &rt, attr, args, kws)? {
            return Ok(t);
        }
        if let Type::Obj(c) | Type::OptObj(c) = &rt {
            let (pos, kw) = arg_types(inf, args, kws)?;
            if pos.contains(&Type::Unknown) || kw.contains(&Type::Unknown) {
                return Ok(Type::Unknown);
            }
            return super::class::method_call(
                inf,
                e,
                value,
                &c.clone(),
                attr,
                *attr_span,
                args,
                &pos,
                kws,
                &kw,
            );
        }
        if !fn_field && (rt.slots() > 0 || matches!(rt, Type::None)) {
            if rt == Type::Str && attr == "join" {
                consume_generator(inf, args);
            }
            let (pos, kw) = arg_types(inf, args, kws)?;
            return super::methods::method_call(
                inf, e, value, &rt, attr, *attr_span, args, &pos, kws, &kw,
            );
        }
    }
    let ft = inf.expr(func)?;
    if let Type::Const(ConstKind::Builtin, id) = ft {
        if inf.prog.builtin_name(id).starts_with("numpy.") {
            for a in args {
                numpy_lists(inf, a);
            }
        }
        super::records::mark_field_lists(inf, id, args, kws);
        if matches!(
            inf.prog.builtin_name(id),
            "sum" | "any" | "all" | "min" | "max" | "sorted" | "list" | "tuple" | "set" | "dict"
        ) || inf.prog.builtin_name(id) == "collections.Counter"
        {
            if let Some(t) = super::mapfilter::rewrite_consumed(inf, e, func, args, kws)? {
                return Ok(t);
            }
            consume_generator(inf, args);
        }
    }
    let c_init = matches!(&ft, Type::Const(ConstKind::CType, _))
        || matches!(&ft, Type::TypeObj(t) if matches!(**t, Type::Record(_)))
        || matches!(inf.prog.method_of(&ft), Some((Type::Const(ConstKind::Ffi, _), m)) if m == "new");
    let (pos, kw) = if c_init {
        c_init_types(inf, args, kws)?
    } else {
        arg_types(inf, args, kws)?
    };
    if pos.contains(&Type::Unknown) || kw.contains(&Type::Unknown) {
        return Ok(Type::Unknown);
    }
    match ft {
        Type::Const(ConstKind::Func, f) if inf.prog.funcs[f as usize].opts.gufunc.is_some() => {
            super::guvectorize::call(inf, e, f, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Func, f)
            if !inf.prog.funcs[f as usize].opts.overloads.is_empty()
                && (super::expr::jitted(inf) || inf.prog.funcs[f as usize].opts.generated) =>
        {
            super::overload::call(inf, e, f, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Func, f) if inf.prog.funcs[f as usize].opts.stencil.is_some() => {
            super::stencil::call(inf, e, f, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Func, f) if inf.prog.funcs[f as usize].opts.ufunc => {
            super::vectorize::call(inf, e, f, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Func, f) => {
            call_script(inf, e, f, args, &pos, kws, &kw).map_err(|d| at_call(inf, e, d))
        }
        Type::Closure(f, env) => super::closure::call(inf, e, f, &env, args, &pos, kws, &kw),
        Type::Const(ConstKind::Builtin, id) => {
            let qualified = inf.prog.builtin_name(id).to_string();
            let (module, name) = lib::split(&qualified);
            let site = CallSite {
                e,
                module,
                name,
                args,
                pos: &pos,
                kws,
                kw: &kw,
            };
            lib::call(inf, &site)
        }
        Type::Const(ConstKind::Decorator, id) => {
            // `jit(nopython=True)(f)`: a configured copy of `f`.
            let (f, env) = match &pos[..] {
                [Type::Const(ConstKind::Func, f)] => (*f, None),
                [Type::Closure(f, env)] => (*f, Some(env.clone())),
                _ => {
                    return Err(inf.err(
                        "TypeError",
                        e.span,
                        "a jit decorator applies to one script function",
                    ))
                }
            };
            let opts = inf.prog.decorators[id as usize].clone();
            let mut copy = FuncInfo {
                name: inf.prog.funcs[f as usize].name.clone(),
                module: inf.prog.funcs[f as usize].module,
                file: inf.prog.funcs[f as usize].file.clone(),
                def: inf.prog.funcs[f as usize].def.clone(),
                opts: inf.prog.funcs[f as usize].opts.clone(),
                specs: Default::default(),
                order: Vec::new(),
                parent: inf.prog.funcs[f as usize].parent,
                captures: inf.prog.funcs[f as usize].captures.clone(),
            };
            merge_opts(&mut copy.opts, opts);
            let callback = copy.opts.callback;
            let nid = inf.prog.funcs.len() as u32;
            inf.prog.funcs.push(copy);
            if let Some(env) = &env {
                if env.iter().all(|t| t.slots() == 0) {
                    inf.prog.frozen.insert(nid, env.clone());
                }
            }
            compile_signatures(inf, nid, e.span)?;
            if let (Some(env), None) = (env, callback) {
                // The copy holds the closure's captures.
                super::star::use_rewrite(inf, e, args[0].kind.clone())?;
                return Ok(Type::Closure(nid, env));
            }
            inf.res(e, Res::Const);
            // `cfunc(sig)(f)`: a C function pointer, as `@cfunc(sig)` makes.
            if let Some((fty, numba)) = callback {
                let c = super::ffi::make_callback(inf, nid, fty, numba, e.span)?;
                return Ok(Type::Const(ConstKind::CFunc, c));
            }
            Ok(Type::Const(ConstKind::Func, nid))
        }
        Type::TypeObj(t) => match &*t {
            Type::Obj(c) => super::class::construct(inf, e, c, args, &pos, kws, &kw),
            _ => cast_call(inf, e, &t, args, &pos, kws, &kw),
        },
        Type::NpClass(t) => cast_call(inf, e, &t, args, &pos, kws, &kw),
        Type::Const(ConstKind::HostFn, h) => {
            let entry = inf.prog.hosts[h as usize].clone();
            if let Some(k) = kws.first() {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("{}() takes no keyword arguments", entry.name),
                ));
            }
            if pos.len() != entry.args.len() {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "{}() takes {} arguments ({} given)",
                        entry.name,
                        entry.args.len(),
                        pos.len()
                    ),
                ));
            }
            for ((a, t), want) in args.iter().zip(&pos).zip(&entry.args) {
                check_convertible(inf, t, want, a.span)?;
            }
            let ret = entry.ret.clone();
            let name = entry.name.clone();
            let argv = (0..pos.len()).map(Arg::Pos).collect();
            inf.res(
                e,
                native_aux(
                    &name,
                    crate::host::host_call,
                    argv,
                    entry.args.clone(),
                    entry,
                ),
            );
            Ok(ret)
        }
        Type::Const(ConstKind::Method, _) if matches!(inf.prog.method_of(&ft), Some((Type::Const(ConstKind::Func, _), m)) if m == "compile") => {
            dispatcher_compile(inf, e, &ft, args, &pos)
        }
        Type::Const(ConstKind::Method, _)
            if super::dispatcher::inspect_types_of(inf, &ft).is_some() =>
        {
            let f = super::dispatcher::inspect_types_of(inf, &ft).unwrap_or_default();
            super::dispatcher::inspect_types(inf, e, f, &pos, kws)
        }
        Type::Const(..) => super::ffi::const_call(inf, e, &ft, args, &pos, kws, &kw),
        Type::Ptr(p) if inf.prog.ctypes.is_func(p) => {
            super::ffi::c_call_ptr(inf, e, func, p, args, &pos, kws)
        }
        Type::Unknown => Ok(Type::Unknown),
        _ => Err(inf.err(
            "TypeError",
            func.span,
            format!("{} is not callable", inf.tyname(&ft)),
        )),
    }
}

/// An error inside a shipped standard module (src/stdlib), whose source
/// the script's author never wrote, is reported at the call into it.
fn at_call(inf: &Infer, e: &Expr, d: Diag) -> Diag {
    let shipped = |l: &Option<Loc>| {
        l.as_ref()
            .is_some_and(|l| l.file.name.starts_with(vm::interp::SHIPPED_FILES))
    };
    if !shipped(&d.loc) || inf.file.name.starts_with(vm::interp::SHIPPED_FILES) {
        return d;
    }
    let mut out = inf.err(d.kind, e.span, d.msg);
    out.notes = d.notes.into_iter().filter(|n| !shipped(&n.1)).collect();
    out
}

/// Types the call's arguments; returns positional and keyword types.
/// Marks the list displays (nested ones too) of a numpy call's argument.
fn numpy_lists(inf: &mut Infer, e: &Expr) {
    if let ExprKind::List(items) | ExprKind::Tuple(items) = &e.kind {
        if let ExprKind::List(_) = e.kind {
            inf.numpy_lists.insert(e.id);
        }
        for i in items {
            numpy_lists(inf, i);
        }
    }
}

/// A generator expression as the iterable of a function that consumes it
/// whole is built as a list: the same values, in the same order.
fn consume_generator(inf: &mut Infer, args: &[Expr]) {
    if let Some(
        a @ Expr {
            kind: ExprKind::GeneratorExp { .. },
            ..
        },
    ) = args.first()
    {
        inf.gen_arg = Some(a.id);
    }
}

pub(super) fn arg_types(
    inf: &mut Infer,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<(Vec<Type>, Vec<Type>)> {
    let mut pos = Vec::new();
    for a in args {
        if let ExprKind::Starred(_) = a.kind {
            return Err(inf.err(
                "SyntaxError",
                a.span,
                "'*' unpacking in calls is not supported by rumba",
            ));
        }
        // A list of (name, type) pairs describes struct fields: its pairs
        // are typed one by one, since they differ.
        if let ExprKind::List(items) = &a.kind {
            if !items.is_empty() && items.iter().all(|i| matches!(&i.kind, ExprKind::Tuple(p) if p.len() >= 2 && matches!(p[0].kind, ExprKind::Str(_)))) {
                let mut all_types = true;
                for i in items {
                    let t = inf.expr(i)?;
                    if let Type::Tuple(parts) = &t {
                        all_types &= parts[1..].iter().any(|p| matches!(p, Type::TypeObj(_) | Type::NpClass(_) | Type::Const(..)) || *p == Type::Str);
                    }
                }
                if all_types {
                    pos.push(Type::None);
                    continue;
                }
            }
        }
        pos.push(inf.expr(a)?);
    }
    let mut kw = Vec::new();
    for k in kws {
        // `locals={...}` is read by the jit decorators themselves.
        if k.name == "locals" && matches!(k.value.kind, ExprKind::Dict(_) | ExprKind::Call { .. }) {
            kw.push(Type::None);
            continue;
        }
        kw.push(inf.expr(&k.value)?);
    }
    Ok((pos, kw))
}

/// Types the arguments of a C data constructor, where list displays are
/// initializers (as in cffi): typed as tuples, so they may mix values.
fn c_init_types(
    inf: &mut Infer,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<(Vec<Type>, Vec<Type>)> {
    fn literal(inf: &mut Infer, a: &Expr) -> IResult<Type> {
        match &a.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let ts = items
                    .iter()
                    .map(|i| literal(inf, i))
                    .collect::<IResult<Vec<_>>>()?;
                Ok(inf.set(a, Type::tuple(ts)))
            }
            _ => inf.expr(a),
        }
    }
    let pos = args
        .iter()
        .map(|a| literal(inf, a))
        .collect::<IResult<_>>()?;
    let kw = kws
        .iter()
        .map(|k| literal(inf, &k.value))
        .collect::<IResult<_>>()?;
    Ok((pos, kw))
}

/// Calling a type object: a cast (`int32(x)`, `np.float64(x)`,
/// `int32p(addr)`), a pointer-typed reinterpretation, or a struct (zeroed,
/// from field values, or copied).
pub fn cast_call(
    inf: &mut Infer,
    e: &Expr,
    to: &Type,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    if let Type::Named(class) = to {
        return lib::collections::construct(inf, e, class, args, kws);
    }
    if let Some(t) = lib::enums::call(inf, e, to, args, pos, kws)? {
        return Ok(t);
    }
    if let Type::Record(id) = to {
        if !pos.is_empty() || !kws.is_empty() {
            super::ffi::construct(inf, e, *id, pos, kws, kw)?;
            return Ok(to.clone());
        }
    }
    check_kws(inf, "cast", kws, &[])?;
    // `float64(int64, int64)`: a signature object.
    if !pos.is_empty() && pos.iter().all(|t| matches!(t, Type::TypeObj(_))) {
        let argtys: Vec<Type> = pos
            .iter()
            .map(|t| match t {
                Type::TypeObj(t) => (**t).clone(),
                _ => Type::Unknown,
            })
            .collect();
        let id = inf.prog.intern_signature(argtys, Some(to.clone()));
        inf.res(e, Res::Const);
        return Ok(id);
    }
    match (to, pos) {
        (Type::Record(id), []) => {
            let size = inf.prog.ctypes.size(*id);
            inf.res(
                e,
                native_aux("struct", base::record_new, vec![], vec![], size),
            );
            Ok(Type::Record(*id))
        }
        (Type::None, _) => Err(type_err(inf, e.span, "void cannot be called")),
        (_, [t]) if to.is_number() && t.is_number() => {
            if let Some(c) = inf.const_of(&args[0]).cloned() {
                if to.is_float() {
                    if let Const::Float(_) | Const::Int(_) = c {
                        let v = match c {
                            Const::Float(f) => f,
                            Const::Int(i) => i as f64,
                            _ => 0.0,
                        };
                        inf.konst(
                            e,
                            Const::Float(if *to == Type::F32 { v as f32 as f64 } else { v }),
                        );
                    }
                }
            }
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![t.clone()]));
            Ok(to.clone())
        }
        (Type::Int(_), [Type::Ptr(_) | Type::CData(_)]) => {
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, pos_args(1), pos.to_vec()),
            );
            Ok(to.clone())
        }
        (Type::Ptr(_), [Type::Int(_) | Type::Ptr(_) | Type::CData(_)]) => {
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, pos_args(1), pos.to_vec()),
            );
            Ok(to.clone())
        }
        (Type::Array(_) | Type::Record(_), _) | (_, _) if pos.len() != 1 => Err(type_err(
            inf,
            e.span,
            format!("{}() takes exactly one argument", inf.tyname(to)),
        )),
        _ => {
            if let Type::Str = pos[0] {
                if to.is_number() {
                    let f = if to.is_int() {
                        base::str_to_int
                    } else {
                        base::str_to_float
                    };
                    inf.res(e, native("parse", f, pos_args(1), vec![Type::Str]));
                    return Ok(to.clone());
                }
            }
            check_convertible(inf, &pos[0], to, args[0].span)?;
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), pos.to_vec()));
            Ok(to.clone())
        }
    }
}

/// `f.compile(sig)` of a jitted function: compiles the signature now, as
/// an explicit signature would; gives the function back.
fn dispatcher_compile(
    inf: &mut Infer,
    e: &Expr,
    ft: &Type,
    args: &[Expr],
    pos: &[Type],
) -> IResult<Type> {
    let Some((Type::Const(ConstKind::Func, f), _)) = inf.prog.method_of(ft) else {
        return Err(inf.err("TypeError", e.span, "compile() of a non-function"));
    };
    let sig = match (args, pos) {
        ([a], [t]) => super::funcs::signatures(inf, a, t)?,
        _ => return Err(inf.err("TypeError", e.span, "compile() takes one signature")),
    };
    inf.prog.funcs[f as usize].opts.sigs.extend(sig);
    compile_signatures(inf, f, e.span)?;
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Func, f))
}
