//! Numba's `guvectorize`: a kernel over the core dimensions of its
//! operands, given by a layout (`(n),()->(n)`), made a generalized ufunc.
//! Its loops are the kernel's specializations (the declared signatures, or
//! compiled for the operands when none are declared); a call picks the
//! first loop every input casts to safely and runs the kernel once per
//! element of the broadcast loop dimensions (`vm/src/lib_gufunc.rs`).

use super::funcs::parse_sig;
use super::lib::CallSite;
use super::vectorize::{cpu_options, fits, operand};
use super::{native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Res};
use crate::program::{FuncOpts, GuLayout};
use std::rc::Rc;
use vm::dtype::DType;
use vm::lib_gufunc::{apply, GuArg, GuAux};
use vm::types::{ConstKind, Layout, Type};

/// `guvectorize(signatures, layout, target='cpu', ...)`, or
/// `guvectorize(layout)`, compiled for the operands of each call.
pub fn guvectorize(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    cpu_options(inf, kws, "guvectorize", &["forceobj"])?;
    let (sigs, layout) = match (args, pos) {
        ([l], [Type::Str]) => (Vec::new(), l),
        ([s, l], [_, Type::Str]) => (signatures(inf, s)?, l),
        _ => {
            return Err(inf.err(
                "TypeError",
                e.span,
                "guvectorize() takes a list of signatures and a layout string ('(n),()->(n)'), or the layout alone",
            ))
        }
    };
    let text = super::ffi::known_str(inf, layout).ok_or_else(|| {
        inf.err(
            "TypeError",
            layout.span,
            "the layout must be a constant string",
        )
    })?;
    let lay = parse_layout(&text).ok_or_else(|| {
        inf.err(
            "ValueError",
            layout.span,
            format!("not a gufunc signature: '{text}'"),
        )
    })?;
    if lay.outs.len() != 1 {
        return Err(inf.err(
            "TypeError",
            layout.span,
            "rumba's gufuncs have exactly one output",
        ));
    }
    let nparams = lay.ins.len() + lay.outs.len();
    for (a, _) in &sigs {
        if a.len() != nparams {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "a signature of {} types does not fit the layout '{text}' of {nparams} operands",
                    a.len()
                ),
            ));
        }
    }
    let opts = FuncOpts {
        jit: true,
        sigs,
        gufunc: Some(Rc::new(lay)),
        ..FuncOpts::default()
    };
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(opts);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// The signatures: a list of strings (`'void(float64[:], intp[:])'`) or of
/// tuples of types (`(int64[:], int64, int64[:])`).
fn signatures(inf: &mut Infer, e: &Expr) -> IResult<Vec<(Vec<Type>, Option<Type>)>> {
    let ExprKind::List(items) = &e.kind else {
        return Err(inf.err(
            "TypeError",
            e.span,
            "guvectorize: the signatures must be a list",
        ));
    };
    let mut out = Vec::new();
    for i in items {
        let sig = match (&i.kind, inf.out.ty(i).clone()) {
            (ExprKind::Tuple(ts), _) => {
                let mut args = Vec::new();
                for t in ts {
                    match inf.out.ty(t) {
                        Type::TypeObj(t) => args.push((**t).clone()),
                        _ => return Err(inf.err("TypeError", t.span, "expected a Numba type")),
                    }
                }
                Some((args, None))
            }
            (_, Type::Str) => super::ffi::known_str(inf, i).and_then(|s| parse_sig(inf, &s)),
            _ => None,
        };
        out.push(sig.ok_or_else(|| {
            inf.err(
                "TypeError",
                i.span,
                "expected a signature: a tuple of types or a string like 'void(float64[:], float64[:])'",
            )
        })?);
    }
    Ok(out)
}

/// Parses `(n),()->(n)`: the dimension names of every input and output.
fn parse_layout(text: &str) -> Option<GuLayout> {
    let (ins, outs) = text.split_once("->")?;
    let mut names: Vec<String> = Vec::new();
    let mut side = |s: &str| -> Option<Vec<Vec<usize>>> {
        let s = s.trim();
        let mut out = Vec::new();
        let mut rest = s;
        loop {
            let r = rest.trim_start().strip_prefix('(')?;
            let close = r.find(')')?;
            let mut dims = Vec::new();
            for n in r[..close]
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                if !n.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return None;
                }
                let id = match names.iter().position(|m| m == n) {
                    Some(i) => i,
                    None => {
                        names.push(n.to_string());
                        names.len() - 1
                    }
                };
                dims.push(id);
            }
            out.push(dims);
            rest = r[close + 1..].trim_start();
            match rest.strip_prefix(',') {
                Some(r) => rest = r,
                None if rest.is_empty() => return Some(out),
                None => return None,
            }
        }
    };
    let ins = side(ins)?;
    let outs = side(outs)?;
    Some(GuLayout {
        text: text.to_string(),
        ins,
        outs,
        ndims: names.len(),
    })
}

/// How many dimensions the kernel's array parameter for a core of `k`
/// dimensions has (a `()` core is a one-element array).
fn param_ndim(k: usize) -> u8 {
    k.max(1) as u8
}

/// A call of a generalized ufunc: its inputs, then optionally its output
/// (positional or `out=`).
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
    let Some(lay) = inf.prog.funcs[f as usize].opts.gufunc.clone() else {
        return Err(inf.err("TypeError", e.span, format!("'{name}' is not a gufunc")));
    };
    let lazy = inf.prog.funcs[f as usize].opts.sigs.is_empty();
    let nin = lay.ins.len();
    let mut out: Option<(Arg, Type, Span)> = None;
    for (i, (k, t)) in kws.iter().zip(kw).enumerate() {
        if k.name != "out" || pos.len() > nin {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("the gufunc {name}() takes only the keyword argument out= (or the output after the inputs)"),
            ));
        }
        out = Some((Arg::Kw(i), t.clone(), k.value.span));
    }
    if pos.len() == nin + 1 {
        out = Some((Arg::Pos(nin), pos[nin].clone(), args[nin].span));
    } else if pos.len() != nin {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "the gufunc {name}() takes {nin} inputs and an optional output, not {} arguments",
                pos.len()
            ),
        ));
    }
    if lazy && out.is_none() {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("Too few arguments for function '{name}'. Note that the pattern `out = gufunc(Arg1, Arg2, ..., ArgN)` is not allowed. Use `gufunc(Arg1, Arg2, ..., ArgN, out) instead."),
        ));
    }
    let mut ops = Vec::new();
    for ((a, t), core) in args.iter().zip(pos).zip(&lay.ins) {
        let op = match operand(t) {
            Some(op) if op.0 != DType::C128 && !matches!(op.0, DType::Record(_)) => op,
            _ => {
                let tn = inf.tyname(t);
                return Err(inf.err(
                    "TypeError",
                    a.span,
                    format!("gufunc '{name}': rumba applies gufuncs to arrays and real scalars, not {tn}"),
                ));
            }
        };
        let nd = match t {
            Type::Array(arr) => arr.ndim as usize,
            _ => 0,
        };
        if nd < core.len() {
            return Err(inf.err(
                "ValueError",
                a.span,
                format!(
                    "{name}: this operand has {nd} dimensions; the gufunc's core ({}) needs {}",
                    lay.text,
                    core.len()
                ),
            ));
        }
        ops.push(op);
    }
    let out_core = lay.outs[0].len();
    let out_arr = match &out {
        Some((_, Type::Array(a), _)) if a.ndim as usize >= out_core => Some(a.clone()),
        Some((_, t, span)) => {
            let tn = inf.tyname(t);
            return Err(inf.err(
                "TypeError",
                *span,
                format!("gufunc '{name}': the output must be an array of at least {out_core} dimensions, not {tn}"),
            ));
        }
        None => None,
    };
    let any_strong = ops.iter().any(|o| !o.2);
    let loops: Vec<u32> = inf.prog.funcs[f as usize]
        .order
        .iter()
        .copied()
        .filter(|&s| inf.prog.specs[s as usize].valid)
        .collect();
    let fits_param = |op: (DType, bool, bool), core: usize, p: &Type| match p {
        Type::Array(a) => a.ndim == param_ndim(core) && fits(op, a.dtype, any_strong),
        p => core == 0 && p.dtype().is_some_and(|d| fits(op, d, any_strong)),
    };
    let chosen = loops.into_iter().find(|&s| {
        let params = &inf.prog.specs[s as usize].args;
        params.len() == nin + 1
            && ops
                .iter()
                .zip(&lay.ins)
                .zip(params)
                .all(|((&op, core), p)| fits_param(op, core.len(), p))
    });
    let s = match (chosen, &out_arr) {
        (Some(s), _) => s,
        (None, Some(o)) if lazy => {
            let mut types: Vec<Type> = Vec::new();
            for ((a, op), core) in args.iter().zip(&ops).zip(&lay.ins) {
                types.push(match (op.1, core.len()) {
                    (true, 0) => {
                        return Err(inf.err(
                            "TypeError",
                            a.span,
                            format!("gufunc '{name}': rumba compiles a gufunc without signatures for scalars at its () inputs; declare the signatures to pass an array here"),
                        ))
                    }
                    (true, k) => Type::array(op.0, param_ndim(k), Layout::A),
                    (false, _) => Type::of_dtype(op.0),
                });
            }
            types.push(Type::array(o.dtype, param_ndim(out_core), Layout::A));
            inf.specialize(f, types, e.span)?
        }
        _ => {
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
    if ret != Type::None {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("gufunc '{name}': its kernel must return nothing (it writes its output)"),
        ));
    }
    let mut gins = Vec::new();
    for ((op, core), p) in ops.iter().zip(&lay.ins).zip(&params) {
        let (dst, param_array) = match p {
            Type::Array(a) => (a.dtype, true),
            p => (p.dtype().unwrap_or(op.0), false),
        };
        if matches!(p, Type::Array(a) if a.layout != Layout::A) {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!("gufunc '{name}': rumba passes a gufunc kernel strided views; declare its arrays T[:], not T[::1]"),
            ));
        }
        gins.push(GuArg {
            core: core.clone(),
            src: op.0,
            dst,
            array: op.1,
            param_array,
        });
    }
    let Some(Type::Array(po)) = params.last() else {
        let tn = params.last().map(|t| inf.tyname(t)).unwrap_or_default();
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("gufunc '{name}': its output parameter must be an array, not {tn}"),
        ));
    };
    if po.layout != Layout::A || po.ndim != param_ndim(out_core) {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "gufunc '{name}': its output parameter must be an array T{} for the layout {}",
                if out_core <= 1 { "[:]" } else { "[:, :]" },
                lay.text
            ),
        ));
    }
    let out_dt = po.dtype;
    let loop_nd = pos
        .iter()
        .zip(&lay.ins)
        .map(|(t, core)| match t {
            Type::Array(a) => a.ndim as usize - core.len(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let mut all_args: Vec<Arg> = (0..nin).map(Arg::Pos).collect();
    let mut arg_types = pos[..nin].to_vec();
    let res = match (&out, &out_arr) {
        (Some((a, t, span)), Some(o)) => {
            if o.dtype != out_dt {
                let tn = inf.tyname(t);
                return Err(inf.err(
                    "TypeError",
                    *span,
                    format!("gufunc '{name}': rumba writes the loop's {} output into an array of that dtype, not {tn}", out_dt.name()),
                ));
            }
            all_args.push(a.clone());
            arg_types.push(t.clone());
            t.clone()
        }
        _ if loop_nd + out_core == 0 => Type::of_dtype(out_dt),
        _ => Type::array(out_dt, (loop_nd + out_core) as u8, Layout::C),
    };
    let aux = GuAux {
        proto: inf.prog.specs[s as usize].proto,
        name: name.clone(),
        layout: lay.text.clone(),
        ins: gins,
        out: GuArg {
            core: lay.outs[0].clone(),
            src: out_dt,
            dst: out_dt,
            array: true,
            param_array: true,
        },
        out_given: out.is_some(),
        ndims: lay.ndims,
        scalar: out.is_none() && loop_nd + out_core == 0,
    };
    inf.res(e, native_aux("gufunc", apply, all_args, arg_types, aux));
    Ok(res)
}
