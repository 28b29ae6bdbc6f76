//! Typing of calls to built-in functions, type objects and other
//! compile-time values.

use super::ast::*;
use super::builtins::{
    self as b, builtin, check_convertible, intrinsic, native, native_aux, MATH1, MATH2,
    NUMPY_UFUNC_ALIASES,
};
use super::infer::{Arg, Call, CallKind, Const, IResult, Infer, Intrinsic, Res};
use crate::program::FuncOpts;
use std::rc::Rc;
use vm::dtype::DType;
use vm::lib_base as base;
use vm::lib_numpy as npy;
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

/// Positional arguments as `Arg`s.
fn pos_args(n: usize) -> Vec<Arg> {
    (0..n).map(Arg::Pos).collect()
}

fn kw_index(kws: &[Keyword], name: &str) -> Option<usize> {
    kws.iter().position(|k| k.name == name)
}

/// Rejects keywords outside `allowed`.
fn check_kws(inf: &Infer, fname: &str, kws: &[Keyword], allowed: &[&str]) -> IResult<()> {
    for k in kws {
        if !allowed.contains(&k.name.as_str()) {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{fname}() got an unexpected keyword argument '{}'", k.name),
            ));
        }
    }
    Ok(())
}

fn arity(inf: &Infer, e: &Expr, fname: &str, n: usize, min: usize, max: usize) -> IResult<()> {
    if n < min || n > max {
        let expected = if min == max {
            format!("exactly {min}")
        } else if n < min {
            format!("at least {min}")
        } else {
            format!("at most {max}")
        };
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "{fname}() takes {expected} argument{} ({n} given)",
                if max == 1 && min == max { "" } else { "s" }
            ),
        ));
    }
    Ok(())
}

fn type_err(inf: &Infer, span: Span, msg: impl Into<String>) -> super::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// A compile-time string argument.
pub fn const_str(inf: &Infer, e: &Expr, what: &str) -> IResult<Rc<str>> {
    match inf.const_of(e) {
        Some(Const::Str(s)) => Ok(s.clone()),
        _ => Err(type_err(
            inf,
            e.span,
            format!("{what} must be a constant string"),
        )),
    }
}

pub fn const_int(inf: &Infer, e: &Expr, what: &str) -> IResult<i64> {
    match inf.const_of(e) {
        Some(Const::Int(v)) => Ok(*v as i64),
        _ => Err(type_err(
            inf,
            e.span,
            format!("{what} must be a constant integer"),
        )),
    }
}

/// A dtype given as a type object (`np.float64`, `float`, a record dtype)
/// or a numpy type string (`'f8'`, `'int32'`).
pub fn dtype_arg(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<DType> {
    let ty = match t {
        Type::TypeObj(inner) => (**inner).clone(),
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(*id) {
            "float" => Type::F64,
            "int" => PYINT,
            "bool" => Type::Bool,
            "complex" => Type::C128,
            other => return Err(type_err(inf, e.span, format!("{other} is not a dtype"))),
        },
        Type::Str => {
            let s = const_str(inf, e, "a dtype string")?;
            match numpy_dtype_string(&s) {
                Some(t) => t,
                None if s.starts_with("complex") || matches!(&*s, "c8" | "c16") => {
                    return Err(type_err(
                        inf,
                        e.span,
                        "complex arrays are not supported by rumba yet",
                    ))
                }
                None => {
                    return Err(type_err(
                        inf,
                        e.span,
                        format!("data type '{s}' not understood"),
                    ))
                }
            }
        }
        _ => {
            return Err(type_err(
                inf,
                e.span,
                format!("{} is not a dtype", inf.tyname(t)),
            ))
        }
    };
    match ty.dtype() {
        Some(DType::C128) => Err(type_err(
            inf,
            e.span,
            "complex arrays are not supported by rumba yet",
        )),
        Some(dt) => Ok(dt),
        None => Err(type_err(
            inf,
            e.span,
            format!("{} is not a dtype", inf.tyname(&ty)),
        )),
    }
}

pub fn numpy_dtype_string(s: &str) -> Option<Type> {
    let s = s.trim_start_matches(['<', '=', '|']);
    Some(match s {
        "f8" | "d" | "float64" | "double" | "float" => Type::NpF64,
        "f4" | "f" | "float32" | "single" => Type::F32,
        "i8" | "int64" | "q" | "l" | "int" => Type::Int(IntTy::I64),
        "i4" | "int32" | "i" => Type::Int(IntTy::I32),
        "i2" | "int16" | "h" => Type::Int(IntTy::I16),
        "i1" | "int8" | "b" => Type::Int(IntTy::I8),
        "u8" | "uint64" | "Q" | "L" => Type::Int(IntTy::U64),
        "u4" | "uint32" | "I" => Type::Int(IntTy::U32),
        "u2" | "uint16" | "H" => Type::Int(IntTy::U16),
        "u1" | "uint8" | "B" => Type::Int(IntTy::U8),
        "b1" | "bool" | "?" => Type::NpBool,
        _ => b::numpy_type(s)?,
    })
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

/// The float type a math function gives for an argument.
fn math_result(t: &Type, numpy: bool) -> Type {
    match t {
        Type::F32 if numpy => Type::F32,
        _ if !numpy => Type::F64,
        t if t.is_py_scalar() => Type::NpF64,
        _ => Type::NpF64,
    }
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
        return super::cinterop::call(inf, e, name, args, pos, kws, kw);
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
                t @ Type::CData(_) => super::cinterop::c_len(inf, e, &args[0], &t.clone()),
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
                    let rt = b::promote(el, &PYINT);
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
                    let t = items.iter().fold(PYINT, |a, b| b::promote(&a, b));
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
            let q = b::binop_type(
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
            let t = b::binop_type(
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
            let el = b::iter_elem(inf, &args[0], &pos[0])?;
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
                    .fold(items[0].clone(), |a, b| b::promote(&a, b));
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
            b::promote(&t, p)
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

/// Numba's names: decorators, `struct`, `typeof`.
#[allow(clippy::too_many_arguments)]
fn numba_call(
    inf: &mut Infer,
    e: &Expr,
    f: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    match f {
        "jit" | "njit" | "autojit" | "generated_jit" => {
            let mut opts = FuncOpts::default();
            for (i, k) in kws.iter().enumerate() {
                match k.name.as_str() {
                    "locals" => opts.locals = locals_dict(inf, &k.value)?,
                    "argtypes" => {
                        let sig = sig_from_types(inf, &k.value, &kw[i])?;
                        opts.sigs.push((sig, None));
                    }
                    "restype" => {}
                    "nopython" | "nogil" | "cache" | "parallel" | "fastmath" | "boundscheck"
                    | "inline" | "forceobj" | "looplift" | "error_model" | "target" => {}
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
                (Some(_), Some(Type::Const(ConstKind::Func, _)))
                    if kws.is_empty() && args.len() == 1 =>
                {
                    inf.res(e, Res::Const);
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
        "struct" => {
            arity(inf, e, "struct", pos.len(), 1, 2)?;
            let fields = field_list(inf, &args[0])?;
            let id = inf
                .prog
                .make_struct(&fields)
                .map_err(|m| type_err(inf, args[0].span, m))?;
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(Rc::new(Type::Record(id))))
        }
        "typeof" => {
            arity(inf, e, "typeof", pos.len(), 1, 1)?;
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(Rc::new(pos[0].clone())))
        }
        "cfunc" => super::cinterop::cfunc_decorator(inf, e, args, pos, kws),
        _ => Err(type_err(
            inf,
            e.span,
            format!("numba.{f} is not supported by rumba"),
        )),
    }
}

/// `locals={'x': int32}` or `locals=dict(x=int32)`.
fn locals_dict(inf: &mut Infer, e: &Expr) -> IResult<std::collections::HashMap<String, Type>> {
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
fn signatures(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Vec<(Vec<Type>, Option<Type>)>> {
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
            let s = const_str(inf, e, "a signature")?;
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
    let open = s.find('(')?;
    let close = s.rfind(')')?;
    let ret = s[..open].trim();
    let inner = &s[open + 1..close];
    let mut args = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                args.push(parse_sig_type(inf, inner[start..i].trim())?);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        args.push(parse_sig_type(inf, inner[start..].trim())?);
    }
    let ret = if ret.is_empty() {
        None
    } else {
        Some(parse_sig_type(inf, ret)?)
    };
    Some((args, ret))
}

fn parse_sig_type(inf: &mut Infer, s: &str) -> Option<Type> {
    if let Some(base) = s.strip_suffix('*') {
        let inner = parse_sig_type(inf, base.trim())?;
        return inf.prog.pointer_to(&inner);
    }
    if let Some(open) = s.find('[') {
        let base = parse_sig_type(inf, s[..open].trim())?;
        let dims = s[open..].matches(':').count() as u8;
        let layout = if s.contains("::1") {
            Layout::C
        } else {
            Layout::A
        };
        return Some(Type::array(base.dtype()?, dims.max(1), layout));
    }
    match s {
        "void" | "none" => Some(Type::None),
        _ => b::NUMBA_TYPES
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, t)| t.clone())
            .or_else(|| numpy_dtype_string(s)),
    }
}

/// The (name, type expression) pairs of a field list `[('x', T), ...]`
/// (numba's `struct`, numpy's `dtype`, ctypes' `_fields_`), typed.
pub fn field_pairs<'e>(inf: &mut Infer, e: &'e Expr) -> IResult<Vec<(Rc<str>, &'e Expr)>> {
    let ExprKind::List(items) = &e.kind else {
        return Err(type_err(
            inf,
            e.span,
            "expected a list of (name, type) pairs",
        ));
    };
    let mut out = Vec::new();
    for i in items {
        let ExprKind::Tuple(pair) = &i.kind else {
            return Err(type_err(inf, i.span, "expected a (name, type) pair"));
        };
        if pair.len() != 2 {
            return Err(type_err(
                inf,
                i.span,
                "expected a (name, type) pair (bit fields are not supported)",
            ));
        }
        inf.expr(&pair[0])?;
        inf.expr(&pair[1])?;
        out.push((const_str(inf, &pair[0], "a field name")?, &pair[1]));
    }
    Ok(out)
}

/// `[('x', float64), ('y', float64)]` for struct() and np.dtype().
pub fn field_list(inf: &mut Infer, e: &Expr) -> IResult<Vec<(String, Type)>> {
    let mut out = Vec::new();
    for (name, te) in field_pairs(inf, e)? {
        let t = inf.out.ty(te).clone();
        let ft = match &t {
            Type::Str => {
                let s = const_str(inf, te, "a field type")?;
                numpy_dtype_string(&s).ok_or_else(|| {
                    type_err(inf, te.span, format!("data type '{s}' not understood"))
                })?
            }
            _ => Type::of_dtype(dtype_arg(inf, te, &t)?),
        };
        out.push((name.to_string(), ft));
    }
    Ok(out)
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
            super::cinterop::construct(inf, e, *id, pos, kws, kw)?;
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

/// Attributes of compile-time values.
pub fn const_attr(inf: &mut Infer, e: &Expr, vt: &Type, attr: &str, span: Span) -> IResult<Type> {
    match (vt, attr) {
        (Type::Const(ConstKind::Func, f), "signatures") => {
            let f = *f;
            let sigs = inf.prog.func_signatures(f);
            inf.konst(e, Const::Str(Rc::from(sigs)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::Const(ConstKind::Func, f), "py_func" | "__wrapped__") => {
            inf.res(e, Res::Const);
            Ok(Type::Const(ConstKind::Func, *f))
        }
        (Type::Const(ConstKind::Func, f), "__name__") => {
            let name = inf.prog.funcs[*f as usize].name.clone();
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::TypeObj(t), _) => type_attr(inf, e, t, attr, span),
        _ => super::cinterop::const_attr(inf, e, vt, attr, span),
    }
}

/// Attributes of type objects: `T.pointer` (a method), `dtype.itemsize`,
/// `rec.get_dtype` (a method), `dtype.names`.
fn type_attr(inf: &mut Infer, e: &Expr, t: &Type, attr: &str, span: Span) -> IResult<Type> {
    match attr {
        "pointer" | "get_dtype" | "newbyteorder" => {
            let m = inf
                .prog
                .intern_method(Type::TypeObj(Rc::new(t.clone())), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        "itemsize" => {
            let size = inf
                .prog
                .type_size(t)
                .ok_or_else(|| inf.err("AttributeError", span, "this type has no itemsize"))?;
            inf.konst(e, Const::Int(size as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        "name" => {
            let name = inf.prog.dtype_name(t);
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        "names" => match t {
            Type::Record(id) => {
                let names: Vec<Const> = inf
                    .prog
                    .ctypes
                    .field_names(*id)
                    .into_iter()
                    .map(|n| Const::Str(Rc::from(n)))
                    .collect();
                let ty = Type::tuple(vec![Type::Str; names.len()]);
                inf.konst(e, Const::Tuple(names));
                inf.res(e, Res::Const);
                Ok(ty)
            }
            _ => Err(inf.err("AttributeError", span, "only record dtypes have names")),
        },
        _ => Err(inf.err(
            "AttributeError",
            span,
            format!("type {} has no attribute '{attr}'", inf.tyname(t)),
        )),
    }
}

/// Makes a numpy ufunc of two arguments callable on scalars.
pub fn ufunc2_alias(name: &str) -> Option<vm::bytecode::MathFn2> {
    NUMPY_UFUNC_ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// A call record for the math intrinsic on a numpy scalar.
pub fn np_math_scalar(inf: &mut Infer, e: &Expr, f: vm::bytecode::MathFn, t: &Type) -> Type {
    let rt = match f {
        vm::bytecode::MathFn::IsNan
        | vm::bytecode::MathFn::IsInf
        | vm::bytecode::MathFn::IsFinite => Type::NpBool,
        _ => math_result(t, true),
    };
    let at = if rt == Type::F32 {
        Type::F32
    } else {
        Type::F64
    };
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::Intrinsic(Intrinsic::Math(f)),
            recv: None,
            args: vec![Arg::Pos(0)],
            arg_types: vec![at],
        }),
    );
    rt
}
