//! Calls: dispatch on what is called (a method of a runtime value, a script
//! function, a built-in, a type object, a host function, C), and the
//! built-in functions and casts.

use super::funcs::{call_script, compile_signatures, merge_opts, numba_call};
use super::names::{MATH1, MATH2};
use super::ops::check_convertible;
use super::{
    arity, builtin, check_kws, const_str, intrinsic, kw_index, native, native_aux, pos_args,
    type_err, IResult, Infer,
};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use crate::program::FuncInfo;
use std::rc::Rc;
use vm::lib_base as base;
use vm::lib_numpy as npy;
use vm::types::{ConstKind, Type, PYINT};

pub fn call(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Type> {
    // Methods of runtime values: `a.sum()`, `s.upper()`, `lst.append(x)`.
    if let ExprKind::Attribute {
        value,
        attr,
        attr_span,
    } = &func.kind
    {
        let rt = inf.expr(value)?;
        // A struct field holding a C function pointer is called, not a method.
        let fn_field = match &rt {
            Type::Ptr(id) | Type::CData(id) => inf
                .prog
                .ctypes
                .field(*id, attr)
                .and_then(|(_, f)| inf.prog.ctypes.pointee(f))
                .is_some_and(|f| inf.prog.ctypes.is_func(f)),
            _ => false,
        };
        if !fn_field && (rt.slots() > 0 || matches!(rt, Type::None)) {
            let (pos, kw) = arg_types(inf, args, kws)?;
            return super::methods::method_call(
                inf, e, value, &rt, attr, *attr_span, args, &pos, kws, &kw,
            );
        }
    }
    let ft = inf.expr(func)?;
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
        Type::Const(ConstKind::Func, f) => call_script(inf, e, f, args, &pos, kws, &kw),
        Type::Const(ConstKind::Builtin, id) => {
            let name = inf.prog.builtin_name(id).to_string();
            builtin_call(inf, e, &name, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Decorator, id) => {
            // `jit(nopython=True)(f)`: a configured copy of `f`.
            let [Type::Const(ConstKind::Func, f)] = pos[..] else {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    "a jit decorator applies to one script function",
                ));
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
            };
            merge_opts(&mut copy.opts, opts);
            let nid = inf.prog.funcs.len() as u32;
            inf.prog.funcs.push(copy);
            compile_signatures(inf, nid, e.span)?;
            inf.res(e, Res::Const);
            Ok(Type::Const(ConstKind::Func, nid))
        }
        Type::TypeObj(t) => cast_call(inf, e, &t, args, &pos, kws, &kw),
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

/// Types the call's arguments; returns positional and keyword types.
fn arg_types(inf: &mut Infer, args: &[Expr], kws: &[Keyword]) -> IResult<(Vec<Type>, Vec<Type>)> {
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
                        all_types &= parts[1..].iter().any(|p| matches!(p, Type::TypeObj(_) | Type::Const(..)) || *p == Type::Str);
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

#[allow(clippy::too_many_arguments)]
pub fn builtin_call(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let n = pos.len();
    let short = name.rsplit('.').next().unwrap_or(name);
    if let Some(rest) = name.strip_prefix("math.") {
        return math_call(inf, e, rest, args, pos, kws);
    }
    if let Some(rest) = name.strip_prefix("numpy.") {
        return super::numpy::numpy_call(inf, e, rest, args, pos, kws, kw);
    }
    if name.starts_with("numba.") {
        return numba_call(inf, e, short, args, pos, kws, kw);
    }
    if name.starts_with("cffi.") || name.starts_with("ctypes.") {
        return super::ffi::call(inf, e, name, args, pos, kws, kw);
    }
    match name {
        "print" => {
            check_kws(inf, "print", kws, &["sep", "end", "flush"])?;
            let sep = match kw_index(kws, "sep") {
                Some(i) => const_str(inf, &kws[i].value, "print's sep")?,
                None => Rc::from(" "),
            };
            let end = match kw_index(kws, "end") {
                Some(i) => const_str(inf, &kws[i].value, "print's end")?,
                None => Rc::from("\n"),
            };
            let aux = base::PrintAux { sep, end };
            inf.res(
                e,
                native_aux("print", base::print, pos_args(n), pos.to_vec(), aux),
            );
            Ok(Type::None)
        }
        "len" => {
            arity(inf, e, "len", n, 1, 1)?;
            match &pos[0] {
                Type::Array(_) => {
                    inf.res(e, intrinsic(Intrinsic::Len, pos_args(1), pos.to_vec()));
                    Ok(PYINT)
                }
                Type::List(_) => {
                    inf.res(e, native("len", base::list_len, pos_args(1), pos.to_vec()));
                    Ok(PYINT)
                }
                Type::Str | Type::Bytes => {
                    inf.res(e, native("len", base::str_len, pos_args(1), pos.to_vec()));
                    Ok(PYINT)
                }
                Type::Range => {
                    inf.res(e, native("len", base::range_len, pos_args(1), pos.to_vec()));
                    Ok(PYINT)
                }
                Type::Tuple(items) => {
                    inf.konst(e, Const::Int(items.len() as i128));
                    inf.res(e, Res::Const);
                    Ok(PYINT)
                }
                t @ Type::CData(_) => super::ffi::c_len(inf, e, &args[0], &t.clone()),
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("object of type {} has no len()", inf.tyname(t)),
                )),
            }
        }
        "range" => {
            arity(inf, e, "range", n, 1, 3)?;
            check_kws(inf, "range", kws, &[])?;
            for (a, t) in args.iter().zip(pos) {
                if !t.is_int() && !t.is_bool() {
                    return Err(type_err(
                        inf,
                        a.span,
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            inf.tyname(t)
                        ),
                    ));
                }
            }
            inf.res(e, intrinsic(Intrinsic::Range, pos_args(n), vec![PYINT; n]));
            Ok(Type::Range)
        }
        "int" | "float" | "bool" => {
            arity(inf, e, short, n, 0, 1)?;
            let to = match short {
                "int" => PYINT,
                "float" => Type::F64,
                _ => Type::Bool,
            };
            if n == 0 {
                let c = match short {
                    "int" => Const::Int(0),
                    "float" => Const::Float(0.0),
                    _ => Const::Bool(false),
                };
                inf.konst(e, c);
                inf.res(e, Res::Const);
                return Ok(to);
            }
            conversion(inf, e, &args[0], &pos[0], to)
        }
        "complex" => {
            arity(inf, e, short, n, 0, 2)?;
            complex_call(inf, e, args, pos)
        }
        "str" | "repr" | "ascii" => {
            arity(inf, e, short, n, 1, 1)?;
            let f = match short {
                "str" => base::to_str,
                "repr" => base::to_repr,
                _ => base::to_ascii,
            };
            inf.res(e, native(short, f, pos_args(1), pos.to_vec()));
            Ok(Type::Str)
        }
        "abs" => {
            arity(inf, e, "abs", n, 1, 1)?;
            match &pos[0] {
                t if t.is_number() => {
                    let rt = if t.is_bool() { PYINT } else { t.clone() };
                    inf.res(e, intrinsic(Intrinsic::Abs, pos_args(1), vec![rt.clone()]));
                    Ok(rt)
                }
                Type::Array(_) => super::numpy::numpy_call(inf, e, "abs", args, pos, kws, kw),
                Type::C128 => {
                    inf.res(
                        e,
                        native(
                            "abs",
                            vm::lib_complex::complex_abs,
                            pos_args(1),
                            vec![Type::C128],
                        ),
                    );
                    Ok(Type::F64)
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("bad operand type for abs(): {}", inf.tyname(t)),
                )),
            }
        }
        "min" | "max" => minmax(inf, e, short, args, pos, kws),
        "round" => {
            arity(inf, e, "round", n, 1, 2)?;
            let t = &pos[0];
            if !t.is_number() {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!("type {} doesn't define __round__", inf.tyname(t)),
                ));
            }
            if n == 1 {
                inf.res(
                    e,
                    native("round", base::round0, pos_args(1), vec![Type::F64]),
                );
                return Ok(PYINT);
            }
            if !pos[1].is_int() {
                return Err(type_err(
                    inf,
                    args[1].span,
                    "round()'s ndigits must be an integer",
                ));
            }
            let rt = if t.is_int() {
                t.clone()
            } else {
                math_result(t, !t.is_py_scalar())
            };
            if t.is_int() {
                inf.res(
                    e,
                    native("round", base::round_int, pos_args(2), vec![PYINT, PYINT]),
                );
            } else {
                inf.res(
                    e,
                    native("round", base::round_n, pos_args(2), vec![Type::F64, PYINT]),
                );
            }
            Ok(rt)
        }
        "sum" => {
            arity(inf, e, "sum", n, 1, 2)?;
            match &pos[0] {
                Type::Array(_) => super::numpy::numpy_call(inf, e, "sum", args, pos, kws, kw),
                Type::List(el) if el.is_number() => {
                    let rt = super::ops::promote(el, &PYINT);
                    inf.res(
                        e,
                        native("sum", base::list_sum, pos_args(1), vec![pos[0].clone()]),
                    );
                    Ok(if el.is_bool() { PYINT } else { rt })
                }
                Type::Range => {
                    inf.res(
                        e,
                        native("sum", base::range_sum, pos_args(1), vec![Type::Range]),
                    );
                    Ok(PYINT)
                }
                Type::Tuple(items) if !items.is_empty() && items.iter().all(Type::is_number) => {
                    let t = items.iter().fold(PYINT, |a, b| super::ops::promote(&a, b));
                    let t = if t.is_bool() { PYINT } else { t };
                    inf.res(
                        e,
                        intrinsic(
                            Intrinsic::Sum,
                            pos_args(1),
                            vec![Type::tuple(vec![t.clone(); items.len()])],
                        ),
                    );
                    Ok(t)
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("sum() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
        "enumerate" | "zip" | "reversed" => {
            // Only meaningful as a loop's iterable (see `iterate`).
            let marker = builtin(inf.prog, &format!("<{short}>"));
            inf.res(e, Res::Const);
            Ok(marker)
        }
        "divmod" => {
            arity(inf, e, "divmod", n, 2, 2)?;
            let q = super::ops::binop_type(
                inf,
                BinOp::FloorDiv,
                &pos[0],
                &pos[1],
                &args[0],
                &args[1],
                e.span,
            )?;
            if !q.is_number() {
                return Err(type_err(inf, e.span, "divmod() needs numbers"));
            }
            inf.res(
                e,
                intrinsic(Intrinsic::DivMod, pos_args(2), vec![q.clone(), q.clone()]),
            );
            Ok(Type::tuple(vec![q.clone(), q]))
        }
        "pow" => {
            arity(inf, e, "pow", n, 2, 2)?;
            let t = super::ops::binop_type(
                inf,
                BinOp::Pow,
                &pos[0],
                &pos[1],
                &args[0],
                &args[1],
                e.span,
            )?;
            inf.res(
                e,
                intrinsic(Intrinsic::BinOp(BinOp::Pow), pos_args(2), pos.to_vec()),
            );
            Ok(t)
        }
        "chr" => {
            arity(inf, e, "chr", n, 1, 1)?;
            inf.res(e, native("chr", base::chr, pos_args(1), vec![PYINT]));
            Ok(Type::Str)
        }
        "ord" => {
            arity(inf, e, "ord", n, 1, 1)?;
            if pos[0] != Type::Str {
                return Err(type_err(inf, args[0].span, "ord() expected a string"));
            }
            inf.res(e, native("ord", base::ord, pos_args(1), vec![Type::Str]));
            Ok(PYINT)
        }
        "hex" | "oct" | "bin" => {
            arity(inf, e, short, n, 1, 1)?;
            if !pos[0].is_int() {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        inf.tyname(&pos[0])
                    ),
                ));
            }
            let spec: Rc<str> = Rc::from(match short {
                "hex" => "#x",
                "oct" => "#o",
                _ => "#b",
            });
            inf.res(
                e,
                native_aux(short, base::format_value, pos_args(1), pos.to_vec(), spec),
            );
            Ok(Type::Str)
        }
        "format" => {
            arity(inf, e, "format", n, 1, 2)?;
            let spec = if n == 2 {
                const_str(inf, &args[1], "a format spec")?
            } else {
                Rc::from("")
            };
            super::fmt::check_spec(inf, &pos[0], &spec, e.span)?;
            inf.res(
                e,
                native_aux(
                    "format",
                    base::format_value,
                    pos_args(1),
                    vec![pos[0].clone()],
                    spec,
                ),
            );
            Ok(Type::Str)
        }
        "list" => {
            arity(inf, e, "list", n, 1, 1)?;
            let el = super::iterate::iter_elem(inf, &args[0], &pos[0])?;
            match &pos[0] {
                Type::List(_) | Type::Range | Type::Array(_) | Type::Str => {
                    inf.res(
                        e,
                        native("list", base::list_from, pos_args(1), pos.to_vec()),
                    );
                    Ok(Type::List(Rc::new(el)))
                }
                t if super::iterate::helper_name_of(inf.prog, t).is_some()
                    || matches!(t, Type::CData(_)) =>
                {
                    inf.out.iter_elems.insert(args[0].id, el.clone());
                    inf.res(e, intrinsic(Intrinsic::ListOf, vec![], vec![]));
                    Ok(Type::List(Rc::new(el)))
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("list() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
        "any" | "all" => {
            arity(inf, e, short, n, 1, 1)?;
            match &pos[0] {
                Type::Array(_) => {
                    super::numpy::numpy_call(inf, e, short, args, pos, kws, kw).map(|_| Type::Bool)
                }
                Type::List(_) => {
                    let f = if short == "any" {
                        base::list_any
                    } else {
                        base::list_all
                    };
                    inf.res(e, native(short, f, pos_args(1), pos.to_vec()));
                    Ok(Type::Bool)
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("{short}() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
        "sorted" => {
            arity(inf, e, "sorted", n, 1, 1)?;
            check_kws(inf, "sorted", kws, &["reverse"])?;
            match &pos[0] {
                Type::List(el) if el.is_number() || **el == Type::Str => {
                    let reverse = match kw_index(kws, "reverse") {
                        Some(i) => matches!(inf.const_of(&kws[i].value), Some(Const::Bool(true))),
                        None => false,
                    };
                    inf.res(
                        e,
                        native_aux(
                            "sorted",
                            base::list_sorted,
                            pos_args(1),
                            pos.to_vec(),
                            reverse,
                        ),
                    );
                    Ok(pos[0].clone())
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("sorted() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
        "isinstance" | "tuple" => Err(type_err(
            inf,
            e.span,
            format!("{short}() is not supported by rumba (types are static)"),
        )),
        "sys.exit" => {
            arity(inf, e, "sys.exit", n, 0, 1)?;
            if n == 1 && !pos[0].is_int() {
                return Err(type_err(
                    inf,
                    args[0].span,
                    "sys.exit() takes an integer status",
                ));
            }
            let args_t = if n == 1 { vec![PYINT] } else { vec![] };
            inf.res(e, native("sys.exit", base::sys_exit, pos_args(n), args_t));
            Ok(Type::None)
        }
        "time.perf_counter" | "time.time" | "time.monotonic" | "time.process_time" => {
            arity(inf, e, name, n, 0, 0)?;
            inf.res(e, native(name, base::perf_counter, vec![], vec![]));
            Ok(Type::F64)
        }
        "time.perf_counter_ns" => {
            arity(inf, e, name, n, 0, 0)?;
            inf.res(e, native(name, base::perf_counter_ns, vec![], vec![]));
            Ok(PYINT)
        }
        _ if name.ends_with("Error") || name == "Exception" => {
            Err(type_err(inf, e.span, "exceptions can only be raised"))
        }
        _ => Err(type_err(
            inf,
            e.span,
            format!("'{name}' is not supported by rumba"),
        )),
    }
}

/// `int(x)`, `float(x)`, `bool(x)`.
fn conversion(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type, to: Type) -> IResult<Type> {
    match t {
        t if t.is_number() => {
            if let Some(c) = inf.const_of(arg).cloned() {
                let folded = match (&to, c) {
                    (Type::Int(_), Const::Int(v)) => Some(Const::Int(v)),
                    (Type::Int(_), Const::Float(f)) if f.is_finite() && f.abs() < 9.2e18 => {
                        Some(Const::Int(f.trunc() as i128))
                    }
                    (Type::F64, Const::Int(v)) => Some(Const::Float(v as f64)),
                    (Type::F64, Const::Float(f)) => Some(Const::Float(f)),
                    _ => None,
                };
                if let Some(c) = folded {
                    inf.konst(e, c);
                }
            }
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![t.clone()]));
            Ok(to)
        }
        Type::Str if to != Type::Bool => {
            let f = if to.is_int() {
                base::str_to_int
            } else {
                base::str_to_float
            };
            inf.res(
                e,
                native(
                    if to.is_int() { "int" } else { "float" },
                    f,
                    pos_args(1),
                    vec![Type::Str],
                ),
            );
            Ok(to)
        }
        Type::Str | Type::List(_) => {
            inf.res(e, native("bool", base::truth, pos_args(1), vec![t.clone()]));
            Ok(Type::Bool)
        }
        Type::C128 if to == Type::Bool => {
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![Type::C128]));
            Ok(to)
        }
        // A pointer is true unless NULL; a ctypes scalar by its value.
        Type::Ptr(_) | Type::CData(_) if to == Type::Bool => {
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![PYINT]));
            Ok(to)
        }
        Type::Ptr(_) | Type::CData(_) if to.is_int() => {
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![t.clone()]),
            );
            Ok(to)
        }
        _ => Err(type_err(
            inf,
            arg.span,
            format!("cannot convert {} to {}", inf.tyname(t), inf.tyname(&to)),
        )),
    }
}

/// `complex()`, `complex(x)`, `complex(re, im)` of real numbers, and
/// `complex(z)` of a complex number.
fn complex_call(inf: &mut Infer, e: &Expr, args: &[Expr], pos: &[Type]) -> IResult<Type> {
    if let [Type::C128] = pos {
        inf.res(
            e,
            intrinsic(Intrinsic::Tuple, pos_args(1), vec![Type::C128]),
        );
        return Ok(Type::C128);
    }
    if let Some(i) = pos.iter().position(|t| !t.is_number()) {
        let msg = match &pos[i] {
            Type::C128 => "rumba's complex() takes real parts (use re + im * 1j)".to_owned(),
            t => format!("complex() argument must be a number, not {}", inf.tyname(t)),
        };
        return Err(type_err(inf, args[i].span, msg));
    }
    let mut argv: Vec<Arg> = pos_args(pos.len());
    argv.extend((pos.len()..2).map(|_| Arg::Const(Const::Float(0.0), Type::F64)));
    inf.res(
        e,
        intrinsic(Intrinsic::Tuple, argv, vec![Type::F64, Type::F64]),
    );
    Ok(Type::C128)
}

fn minmax(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    check_kws(inf, name, kws, &[])?;
    if pos.len() == 1 {
        return match &pos[0] {
            Type::Array(_) => super::numpy::numpy_call(inf, e, name, args, pos, kws, &[]),
            Type::List(el) if el.is_number() || **el == Type::Str => {
                let f = if name == "min" {
                    base::list_min
                } else {
                    base::list_max
                };
                inf.res(e, native(name, f, pos_args(1), pos.to_vec()));
                Ok((**el).clone())
            }
            Type::Tuple(items) if !items.is_empty() && items.iter().all(Type::is_number) => {
                let t = items
                    .iter()
                    .skip(1)
                    .fold(items[0].clone(), |a, b| super::ops::promote(&a, b));
                let i = if name == "min" {
                    Intrinsic::Min
                } else {
                    Intrinsic::Max
                };
                inf.res(
                    e,
                    intrinsic(
                        i,
                        pos_args(1),
                        vec![Type::tuple(vec![t.clone(); items.len()])],
                    ),
                );
                Ok(t)
            }
            Type::Range => {
                let aux = name == "min";
                inf.res(
                    e,
                    native_aux(name, base::range_minmax, pos_args(1), pos.to_vec(), aux),
                );
                Ok(PYINT)
            }
            t => Err(type_err(
                inf,
                args[0].span,
                format!("{name}() of {} is not supported", inf.tyname(t)),
            )),
        };
    }
    if pos.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            format!("{name} expected at least 1 argument, got 0"),
        ));
    }
    if pos.iter().all(|t| *t == Type::Str) {
        let aux = name == "min";
        inf.res(
            e,
            native_aux(
                name,
                base::str_minmax,
                pos_args(pos.len()),
                pos.to_vec(),
                aux,
            ),
        );
        return Ok(Type::Str);
    }
    let mut t = pos[0].clone();
    for (a, p) in args.iter().zip(pos).skip(1) {
        if !p.is_number() || !t.is_number() {
            return Err(type_err(
                inf,
                a.span,
                format!(
                    "{name}() of {} and {} is not supported",
                    inf.tyname(&t),
                    inf.tyname(p)
                ),
            ));
        }
        t = if t.is_bool() && p.is_bool() && (t == Type::Bool) == (*p == Type::Bool) {
            t
        } else {
            super::ops::promote(&t, p)
        };
    }
    let i = if name == "min" {
        Intrinsic::Min
    } else {
        Intrinsic::Max
    };
    inf.res(
        e,
        intrinsic(i, pos_args(pos.len()), vec![t.clone(); pos.len()]),
    );
    Ok(t)
}

/// The float type a math function gives for an argument.
pub fn math_result(t: &Type, numpy: bool) -> Type {
    match t {
        Type::F32 if numpy => Type::F32,
        _ if !numpy => Type::F64,
        t if t.is_py_scalar() => Type::NpF64,
        _ => Type::NpF64,
    }
}

fn math_call(
    inf: &mut Infer,
    e: &Expr,
    f: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    check_kws(
        inf,
        &format!("math.{f}"),
        kws,
        if f == "isclose" {
            &["rel_tol", "abs_tol"]
        } else {
            &[]
        },
    )?;
    let n = pos.len();
    let fname = format!("math.{f}");
    let need_real = |inf: &Infer, i: usize| -> IResult<()> {
        if pos[i].is_number() {
            Ok(())
        } else {
            Err(type_err(
                inf,
                args[i].span,
                format!("must be real number, not {}", inf.tyname(&pos[i])),
            ))
        }
    };
    if let Some((_, mf, _)) = MATH1.iter().find(|(nm, _, _)| *nm == f) {
        arity(inf, e, &fname, n, 1, if f == "log" { 2 } else { 1 })?;
        need_real(inf, 0)?;
        if f == "log" && n == 2 {
            need_real(inf, 1)?;
            inf.res(
                e,
                native(
                    "math.log",
                    base::math_log_base,
                    pos_args(2),
                    vec![Type::F64, Type::F64],
                ),
            );
            return Ok(Type::F64);
        }
        let rt = match f {
            "floor" | "ceil" | "trunc" => PYINT,
            "isnan" | "isinf" | "isfinite" => Type::Bool,
            _ => Type::F64,
        };
        if matches!(f, "floor" | "ceil" | "trunc") && pos[0].is_int() {
            inf.res(
                e,
                intrinsic(Intrinsic::Cast, pos_args(1), vec![pos[0].clone()]),
            );
            return Ok(PYINT);
        }
        inf.res(
            e,
            intrinsic(Intrinsic::Math(*mf), pos_args(1), vec![Type::F64]),
        );
        return Ok(rt);
    }
    if let Some((_, mf)) = MATH2.iter().find(|(nm, _)| *nm == f) {
        arity(inf, e, &fname, n, 2, 2)?;
        need_real(inf, 0)?;
        need_real(inf, 1)?;
        if *mf == vm::bytecode::MathFn2::Ldexp && !pos[1].is_int() {
            return Err(type_err(
                inf,
                args[1].span,
                "Expected an int as second argument to ldexp.",
            ));
        }
        inf.res(
            e,
            intrinsic(
                Intrinsic::Math2(*mf),
                pos_args(2),
                vec![Type::F64, Type::F64],
            ),
        );
        return Ok(Type::F64);
    }
    match f {
        "fabs" => {
            arity(inf, e, &fname, n, 1, 1)?;
            need_real(inf, 0)?;
            inf.res(e, intrinsic(Intrinsic::Abs, pos_args(1), vec![Type::F64]));
            Ok(Type::F64)
        }
        "factorial" | "isqrt" => {
            arity(inf, e, &fname, n, 1, 1)?;
            if !pos[0].is_int() {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!("{fname}() only accepts integral values"),
                ));
            }
            let nf = if f == "factorial" {
                base::factorial
            } else {
                base::isqrt
            };
            inf.res(e, native(&fname, nf, pos_args(1), vec![PYINT]));
            Ok(PYINT)
        }
        "gcd" | "comb" | "perm" => {
            arity(inf, e, &fname, n, 2, 2)?;
            for i in 0..2 {
                if !pos[i].is_int() {
                    return Err(type_err(
                        inf,
                        args[i].span,
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            inf.tyname(&pos[i])
                        ),
                    ));
                }
            }
            let nf = match f {
                "gcd" => base::gcd,
                "comb" => base::comb,
                _ => base::perm,
            };
            inf.res(e, native(&fname, nf, pos_args(2), vec![PYINT, PYINT]));
            Ok(PYINT)
        }
        "isclose" => {
            arity(inf, e, &fname, n, 2, 2)?;
            need_real(inf, 0)?;
            need_real(inf, 1)?;
            let mut a = pos_args(2);
            let mut types = vec![Type::F64, Type::F64];
            for (name, default) in [("rel_tol", 1e-9), ("abs_tol", 0.0)] {
                match kw_index(kws, name) {
                    Some(i) => a.push(Arg::Kw(i)),
                    None => a.push(Arg::Const(Const::Float(default), Type::F64)),
                }
                types.push(Type::F64);
            }
            inf.res(e, native(&fname, base::isclose, a, types));
            Ok(Type::Bool)
        }
        "modf" | "frexp" => {
            arity(inf, e, &fname, n, 1, 1)?;
            need_real(inf, 0)?;
            let (nf, rt) = if f == "modf" {
                (
                    base::modf as vm::native::NativeFn,
                    Type::tuple(vec![Type::F64, Type::F64]),
                )
            } else {
                (
                    base::frexp as vm::native::NativeFn,
                    Type::tuple(vec![Type::F64, PYINT]),
                )
            };
            inf.res(e, native(&fname, nf, pos_args(1), vec![Type::F64]));
            Ok(rt)
        }
        "fsum" => {
            arity(inf, e, &fname, n, 1, 1)?;
            match &pos[0] {
                Type::Array(_) | Type::List(_) => {
                    inf.res(e, native(&fname, npy::fsum, pos_args(1), pos.to_vec()));
                    Ok(Type::F64)
                }
                t => Err(type_err(
                    inf,
                    args[0].span,
                    format!("fsum() of {} is not supported", inf.tyname(t)),
                )),
            }
        }
        _ => Err(type_err(
            inf,
            e.span,
            format!("math.{f} is not supported by rumba"),
        )),
    }
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
