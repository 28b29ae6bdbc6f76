//! Numba's `vectorize`: a scalar kernel made a ufunc. Its loops are the
//! kernel's specializations (the declared signatures, or those compiled
//! lazily); a call picks the first loop every operand casts to safely, as
//! numpy's type resolution does, and applies it over the broadcast shape.

use super::funcs::signatures;
use super::lib::CallSite;
use super::{native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Call, CallKind, Res};
use crate::program::FuncOpts;
use std::rc::Rc;
use vm::dtype::DType;
use vm::lib_ufunc::{apply, types_list, UfuncArg, UfuncAux};
use vm::types::{ConstKind, Layout, Type};

/// `vectorize(signatures, target='cpu', ...)`, or `vectorize(f)`.
pub fn vectorize(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    let mut opts = FuncOpts {
        jit: true,
        ufunc: true,
        ..FuncOpts::default()
    };
    cpu_options(inf, kws, "vectorize", &["identity"])?;
    for k in kws.iter().filter(|k| k.name == "identity") {
        opts.reorderable = !matches!(k.value.kind, ExprKind::None);
        opts.identity = match &k.value.kind {
            ExprKind::Int(v @ (0 | 1)) => Some(*v as i64),
            ExprKind::Str(s) if s == "reorderable" => None,
            ExprKind::None => None,
            _ => {
                return Err(inf.err(
                    "TypeError",
                    k.value.span,
                    "vectorize: identity= must be 0, 1, 'reorderable' or None",
                ))
            }
        };
    }
    match (args.first(), pos.first()) {
        (Some(_), Some(Type::Const(ConstKind::Func, f))) if kws.is_empty() && args.len() == 1 => {
            let f = *f;
            inf.prog.funcs[f as usize].opts.jit = true;
            inf.prog.funcs[f as usize].opts.ufunc = true;
            inf.res(e, Res::Const);
            return Ok(Type::Const(ConstKind::Func, f));
        }
        (Some(a), Some(t)) => opts.sigs = signatures(inf, a, t)?,
        _ => {}
    }
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(opts);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// An operand's dtype, whether it is an array, and whether it is a Python
/// scalar (weak: it fits any loop of its kind).
pub fn operand(t: &Type) -> Option<(DType, bool, bool)> {
    match t {
        Type::Array(a) => Some((a.dtype, true, false)),
        t if t.is_number() => Some((t.dtype()?, false, t.is_py_scalar())),
        _ => None,
    }
}

/// numpy's `can_cast(from, to, 'safe')` for the dtypes a kernel takes.
pub(super) fn safe_cast(from: DType, to: DType) -> bool {
    let size = |d: DType| d.scalar_size().unwrap_or(0);
    from == to
        || match (from, to) {
            (DType::Bool, t) => t != DType::C128,
            (f, t) if f.is_signed() && t.is_signed() => size(t) > size(f),
            (f, t) if f.is_int() && !f.is_signed() && t.is_int() => {
                size(t) > size(f) || (!t.is_signed() && size(t) == size(f))
            }
            (f, DType::F32) if f.is_int() => size(f) <= 2,
            (f, DType::F64) if f.is_int() => true,
            (DType::F32, DType::F64) => true,
            _ => false,
        }
}

/// Whether an operand fits a loop parameter: Python scalars, weak beside
/// numpy operands, fit any parameter of their kind.
pub fn fits(op: (DType, bool, bool), want: DType, any_strong: bool) -> bool {
    let (d, _, weak) = op;
    if weak && any_strong {
        match d {
            DType::Bool => want != DType::C128,
            DType::I64 => want.is_int() || want.is_float(),
            _ => want.is_float(),
        }
    } else {
        safe_cast(d, want)
    }
}

/// A call of a vectorized function.
pub fn call(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let name = inf.prog.funcs[f as usize].name.clone();
    let nparams = inf.prog.funcs[f as usize].def.params.positional.len();
    let mut out = None;
    for (i, k) in kws.iter().enumerate() {
        if k.name != "out" {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("the ufunc {name}() takes only the keyword argument out="),
            ));
        }
        out = Some(i);
    }
    if pos.len() != nparams {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "ufunc '{name}' takes {nparams} positional arguments, not {}",
                pos.len()
            ),
        ));
    }
    let mut ops = Vec::new();
    for (a, t) in args.iter().zip(pos) {
        match operand(t) {
            Some(op) if op.0 != DType::C128 && !matches!(op.0, DType::Record(_)) => ops.push(op),
            _ => {
                let tn = inf.tyname(t);
                return Err(inf.err(
                    "TypeError",
                    a.span,
                    format!(
                        "ufunc '{name}': rumba applies ufuncs to arrays and real scalars, not {tn}"
                    ),
                ));
            }
        }
    }
    let any_strong = ops.iter().any(|o| !o.2);
    let loops: Vec<u32> = inf.prog.funcs[f as usize]
        .order
        .iter()
        .copied()
        .filter(|&s| inf.prog.specs[s as usize].valid)
        .collect();
    let chosen = loops.into_iter().find(|&s| {
        let params = &inf.prog.specs[s as usize].args;
        params.len() == ops.len()
            && ops
                .iter()
                .zip(params)
                .all(|(&op, p)| p.dtype().is_some_and(|d| fits(op, d, any_strong)))
    });
    let s = match chosen {
        Some(s) => s,
        None if inf.prog.funcs[f as usize].opts.sigs.is_empty() => {
            let types = ops.iter().map(|o| Type::of_dtype(o.0)).collect();
            inf.specialize(f, types, e.span)?
        }
        None => {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!("ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"),
            ))
        }
    };
    let params = inf.prog.specs[s as usize].args.clone();
    let ret = inf.spec_ret(s);
    if ret == Type::Unknown {
        return Ok(Type::Unknown);
    }
    let declared = declared_ret(inf, f, &params);
    let ndim = pos
        .iter()
        .map(|t| match t {
            Type::Array(a) => a.ndim,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let call_args: Vec<Arg> = (0..pos.len()).map(Arg::Pos).collect();
    if !ops.iter().any(|o| o.1) && out.is_none() {
        // Scalars only: one call of the kernel, which converts its result
        // to the loop's declared type.
        for ((a, op), p) in args.iter().zip(&ops).zip(&params) {
            if op.2 && op.0 == DType::I64 && p.is_int() && p.dtype() != Some(DType::I64) {
                let pn = inf.tyname(p);
                return Err(inf.err(
                    "TypeError",
                    a.span,
                    format!("ufunc '{name}' on scalars: rumba does not range-check a Python int passed to its {pn} loop (pass an array)"),
                ));
            }
        }
        inf.res(
            e,
            Res::Call(Call {
                kind: CallKind::Spec(s),
                recv: None,
                args: call_args,
                arg_types: params,
            }),
        );
        return Ok(ret);
    }
    let slot_dt = match ret.dtype() {
        Some(d) if ret.is_number() => d,
        _ => {
            let tn = inf.tyname(&ret);
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "ufunc '{name}': its kernel returns {tn}; rumba's ufuncs return real numbers"
                ),
            ));
        }
    };
    let loop_ret = declared.clone().unwrap_or_else(|| ret.clone());
    let ret_dt = match loop_ret.dtype() {
        Some(d) if loop_ret.is_number() => d,
        _ => {
            let tn = inf.tyname(&loop_ret);
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "ufunc '{name}': its kernel returns {tn}; rumba's ufuncs return real numbers"
                ),
            ));
        }
    };
    let mut uargs = Vec::new();
    for (op, p) in ops.iter().zip(&params) {
        match p.dtype() {
            Some(d) if p.is_number() => uargs.push(UfuncArg {
                array: op.1,
                weak_int: op.2 && op.0 == DType::I64,
                src: op.0,
                dst: d,
            }),
            _ => {
                let tn = inf.tyname(p);
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!("ufunc '{name}': rumba's ufunc loops take real numbers, not {tn}"),
                ));
            }
        }
    }
    let mut arg_types = pos.to_vec();
    let mut all_args = call_args;
    let (res_ty, out_dt) = match out {
        Some(i) => {
            let ot = kw[i].clone();
            let ok = match &ot {
                Type::Array(a) if a.ndim == ndim => {
                    let d = a.dtype;
                    (d == ret_dt
                        || (d.is_float() && !ret_dt.is_float())
                        || (d.is_int() && ret_dt.is_int()))
                    .then_some(d)
                }
                _ => None,
            };
            let Some(d) = ok else {
                let tn = inf.tyname(&ot);
                let rn = inf.tyname(&ret);
                return Err(inf.err(
                    "TypeError",
                    kws[i].value.span,
                    format!("ufunc '{name}': out= must be an array of {ndim} dimensions that {rn} casts to, not {tn}"),
                ));
            };
            arg_types.push(ot.clone());
            all_args.push(Arg::Kw(i));
            (ot, d)
        }
        None => (Type::array(ret_dt, ndim, Layout::C), ret_dt),
    };
    let proto = inf.prog.specs[s as usize].proto;
    let aux = UfuncAux {
        proto,
        args: uargs,
        ret: slot_dt,
        out: out_dt,
        has_out: out.is_some(),
    };
    inf.res(e, native_aux("ufunc", apply, all_args, arg_types, aux));
    Ok(res_ty)
}

/// A loop's declared return type: its specialization returns it boxed.
fn declared_ret(inf: &Infer, f: u32, params: &[Type]) -> Option<Type> {
    inf.prog.funcs[f as usize]
        .opts
        .sigs
        .iter()
        .find(|(a, _)| a == params)
        .and_then(|(_, r)| r.clone())
}

/// `f.reduce(a, axis=0)` and `f.accumulate(a, axis=0)` of a vectorized
/// function of two operands; `axis=None` reduces over every axis.
#[allow(clippy::too_many_arguments)]
pub fn fold(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    accumulate: bool,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let name = inf.prog.funcs[f as usize].name.clone();
    let what = if accumulate { "accumulate" } else { "reduce" };
    if inf.prog.funcs[f as usize].def.params.positional.len() != 2 {
        return Err(inf.err(
            "ValueError",
            e.span,
            format!("{what} only supported for binary functions"),
        ));
    }
    let [Type::Array(at)] = pos else {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("rumba applies {name}.{what}() to one array"),
        ));
    };
    let mut axis = Some(0i64);
    for (k, t) in kws.iter().zip(kw) {
        match (k.name.as_str(), &k.value.kind, t) {
            ("axis", ExprKind::None, _) if !accumulate => axis = None,
            ("axis", _, t) if t.is_int() => match inf.const_of(&k.value) {
                Some(crate::front::typed::Const::Int(v)) => axis = Some(*v as i64),
                _ => {
                    return Err(inf.err(
                        "TypeError",
                        k.value.span,
                        "rumba needs the axis as a constant",
                    ))
                }
            },
            _ => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("rumba's {name}.{what}() takes only axis="),
                ))
            }
        }
    }
    let ndim = at.ndim as i64;
    let axis = match axis {
        Some(a) if a < -ndim || a >= ndim => {
            return Err(inf.err(
                "AxisError",
                e.span,
                format!("axis {a} is out of bounds for array of dimension {ndim}"),
            ))
        }
        Some(a) => Some(a.rem_euclid(ndim) as usize),
        None if ndim > 1 && !inf.prog.funcs[f as usize].opts.reorderable => {
            return Err(inf.err(
                "ValueError",
                e.span,
                format!("reduction operation '{name}' is not reorderable, so at most one axis may be specified"),
            ))
        }
        None => None,
    };
    let op = (at.dtype, true, false);
    if op.0 == DType::C128 || matches!(op.0, DType::Record(_)) {
        let tn = inf.tyname(&pos[0]);
        return Err(inf.err(
            "TypeError",
            args[0].span,
            format!("ufunc '{name}': rumba applies ufuncs to arrays of real numbers, not {tn}"),
        ));
    }
    let chosen = inf.prog.funcs[f as usize]
        .order
        .iter()
        .copied()
        .filter(|&s| inf.prog.specs[s as usize].valid)
        .find(|&s| {
            let params = &inf.prog.specs[s as usize].args;
            params.len() == 2
                && params
                    .iter()
                    .all(|p| p.dtype().is_some_and(|d| fits(op, d, true)))
        });
    // Numba's lazily compiled ufunc folds with the loops its calls made.
    let Some(s) = chosen else {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "ufunc '{name}' did not contain a loop with signature matching types (None, {}) -> None",
                at.dtype.name()
            ),
        ));
    };
    let params = inf.prog.specs[s as usize].args.clone();
    let ret = inf.spec_ret(s);
    if ret == Type::Unknown {
        return Ok(Type::Unknown);
    }
    let loop_ret = declared_ret(inf, f, &params).unwrap_or_else(|| ret.clone());
    let (Some(param), Some(ret_dt), Some(out)) = (params[0].dtype(), ret.dtype(), loop_ret.dtype())
    else {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("ufunc '{name}': rumba's ufunc loops take and return real numbers"),
        ));
    };
    let identity = inf.prog.funcs[f as usize]
        .opts
        .identity
        .map(|v| match out.is_float() {
            true => (v as f64).to_bits(),
            false => v as u64,
        });
    let aux = vm::lib_ureduce::ReduceAux {
        proto: inf.prog.specs[s as usize].proto,
        name: Rc::from(name.as_str()),
        src: op.0,
        param,
        ret: ret_dt,
        out,
        axis,
        accumulate,
        identity,
    };
    let rt = match (accumulate, axis) {
        (false, None) => Type::of_dtype(out),
        (false, Some(_)) if at.ndim == 1 => Type::of_dtype(out),
        (false, Some(_)) => Type::array(out, at.ndim - 1, Layout::C),
        (true, _) => Type::array(out, at.ndim, Layout::C),
    };
    let aux = vm::lib_ureduce::ReduceAux {
        axis: if rt.is_number() { None } else { axis },
        ..aux
    };
    inf.res(
        e,
        native_aux(
            what,
            vm::lib_ureduce::fold,
            vec![Arg::Pos(0)],
            pos.to_vec(),
            aux,
        ),
    );
    Ok(rt)
}

/// The ufunc attributes of a vectorized function (the function's own,
/// `__name__` and `py_func`, are a script function's).
pub const ATTRS: &[&str] = &[
    "types",
    "reduce",
    "accumulate",
    "outer",
    "at",
    "reduceat",
    "identity",
    "nin",
    "nout",
    "nargs",
    "ntypes",
];

pub fn attr(inf: &mut Infer, e: &Expr, f: u32, attr: &str, span: Span) -> IResult<Type> {
    if attr != "types" {
        return Err(inf.err(
            "TypeError",
            span,
            format!("rumba does not support the ufunc attribute '{attr}' of vectorized functions"),
        ));
    }
    let types = loop_types(inf, f);
    inf.res(
        e,
        native_aux("ufunc.types", types_list, vec![], vec![], types),
    );
    Ok(Type::List(Rc::new(Type::Str)))
}

/// The loops of a ufunc as numpy lists them (`f.types`): `ll->l`.
fn loop_types(inf: &Infer, f: u32) -> Vec<String> {
    let code = |t: &Type| match t.dtype() {
        Some(DType::Bool) => '?',
        Some(DType::I8) => 'b',
        Some(DType::U8) => 'B',
        Some(DType::I16) => 'h',
        Some(DType::U16) => 'H',
        Some(DType::I32) => 'i',
        Some(DType::U32) => 'I',
        Some(DType::I64) => 'l',
        Some(DType::U64) => 'L',
        Some(DType::F32) => 'f',
        Some(DType::F64) => 'd',
        Some(DType::C128) => 'D',
        _ => 'O',
    };
    inf.prog.funcs[f as usize]
        .order
        .iter()
        .map(|&s| &inf.prog.specs[s as usize])
        .filter(|s| s.valid)
        .map(|s| {
            let a: String = s.args.iter().map(code).collect();
            let r = declared_ret(inf, f, &s.args).unwrap_or_else(|| s.ret.clone());
            format!("{a}->{}", code(&r))
        })
        .collect()
}

/// The options of `vectorize` and `guvectorize`: the CPU target, the
/// options that change nothing in rumba, and `extra`.
pub(super) fn cpu_options(inf: &Infer, kws: &[Keyword], what: &str, extra: &[&str]) -> IResult<()> {
    for k in kws {
        match k.name.as_str() {
            "target" => {
                if !matches!(&k.value.kind, ExprKind::Str(s) if s == "cpu") {
                    return Err(inf.err(
                        "TypeError",
                        k.value.span,
                        format!("{what}: rumba supports only target='cpu'"),
                    ));
                }
            }
            "nopython" | "cache" | "fastmath" | "nogil" => {}
            o if extra.contains(&o) => {}
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("unsupported {what} option '{other}'"),
                ))
            }
        }
    }
    Ok(())
}
