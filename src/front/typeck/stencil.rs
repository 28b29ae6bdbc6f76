//! Numba's `stencil`: a kernel written with indices relative to the
//! current element (`a[-1, 0]`). rumba compiles it as a function of the
//! operands and the current element's index, its parameters' subscripts
//! rewritten to absolute ones (`a[i0 - 1, i1 + 0]`); a call runs it for
//! every element whose neighborhood lies inside the array, and the border
//! keeps `cval` (0 by default) or, with `out=`, what the output held
//! (`vm/src/lib_stencil.rs`).

use super::lib::CallSite;
use super::unroll::{id_limit, visit_stmts_mut};
use super::{native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Res};
use crate::program::{FuncInfo, FuncOpts, StencilOpts};
use std::rc::Rc;
use vm::lib_stencil::{apply, StencilAux};
use vm::types::{ConstKind, Layout, Type, PYINT};

/// The name of the hidden parameter holding the current index in `d`.
fn index_param(d: usize) -> String {
    format!("__stencil_index{d}")
}

/// `stencil(neighborhood=((lo, hi), ...), cval=c)`, a decorator.
pub fn stencil(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, _, kws, _) = c.parts();
    if let Some(a) = args.first() {
        return Err(inf.err(
            "TypeError",
            a.span,
            "stencil() takes its options as keyword arguments (neighborhood=, cval=)",
        ));
    }
    let mut opts = StencilOpts::default();
    for k in kws {
        match k.name.as_str() {
            "neighborhood" => opts.neighborhood = Some(neighborhood(inf, &k.value)?),
            "cval" => {
                opts.cval = Some(match inf.const_of(&k.value) {
                    Some(Const::Int(i)) => *i as f64,
                    Some(Const::Float(f)) => *f,
                    _ => {
                        return Err(inf.err(
                            "TypeError",
                            k.value.span,
                            "stencil: cval must be a constant number",
                        ))
                    }
                })
            }
            "func_or_mode" => {
                if !matches!(&k.value.kind, ExprKind::Str(s) if s == "constant") {
                    return Err(inf.err(
                        "ValueError",
                        k.value.span,
                        "stencil: the only mode is 'constant'",
                    ));
                }
            }
            "standard_indexing" => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    "stencil: rumba does not support standard_indexing",
                ))
            }
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("unsupported stencil option '{other}'"),
                ))
            }
        }
    }
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(FuncOpts {
        jit: true,
        stencil: Some(Rc::new(opts)),
        ..FuncOpts::default()
    });
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// `((-1, 1), (0, 2))`: each dimension's lowest and highest relative index.
fn neighborhood(inf: &Infer, e: &Expr) -> IResult<Vec<(i64, i64)>> {
    let bad = || {
        inf.err(
            "TypeError",
            e.span,
            "stencil: neighborhood must be a tuple of (low, high) pairs of constant integers",
        )
    };
    let ExprKind::Tuple(dims) = &e.kind else {
        return Err(bad());
    };
    let mut out = Vec::new();
    for d in dims {
        match &d.kind {
            ExprKind::Tuple(p) if p.len() == 2 => {
                let lo = const_int(&p[0]).ok_or_else(bad)?;
                let hi = const_int(&p[1]).ok_or_else(bad)?;
                out.push((lo, hi));
            }
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

/// An integer literal, negated or not.
fn const_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(i) => i64::try_from(*i).ok(),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => const_int(operand).map(|i| -i),
        ExprKind::Unary {
            op: UnaryOp::Pos,
            operand,
        } => const_int(operand),
        _ => None,
    }
}

/// The kernel compiled for a stencil function: its body with absolute
/// indices, its dimensions and its neighborhood.
struct Kernel {
    func: u32,
    ndim: usize,
    hood: Vec<(i64, i64)>,
}

/// Rewrites the stencil's body (once) into its kernel function.
fn kernel(inf: &mut Infer, f: u32, opts: &StencilOpts, span: Span) -> IResult<Kernel> {
    let info = &inf.prog.funcs[f as usize];
    let def = info.def.clone();
    let name = info.name.clone();
    let params: Vec<String> = def
        .params
        .positional
        .iter()
        .map(|p| p.name.clone())
        .collect();
    let mut body = def.body.clone();
    let mut next = id_limit(&body);
    let mut ndim: Option<usize> = None;
    let mut seen: Vec<Vec<Option<i64>>> = Vec::new();
    let mut mixed = None;
    visit_stmts_mut(&mut body, &mut |e: &mut Expr| {
        let ExprKind::Subscript { value, index } = &mut e.kind else {
            return;
        };
        if !matches!(&value.kind, ExprKind::Name(n) if params.contains(n)) {
            return;
        }
        let parts: Vec<Expr> = match &index.kind {
            ExprKind::Tuple(items) => items.clone(),
            _ => vec![(**index).clone()],
        };
        if *ndim.get_or_insert(parts.len()) != parts.len() {
            mixed = Some(index.span);
        }
        seen.push(parts.iter().map(const_int).collect());
        let span = index.span;
        let mut fresh = |kind: ExprKind| {
            let x = Expr {
                id: next,
                span,
                kind,
            };
            next += 1;
            x
        };
        let mut abs = Vec::new();
        for (d, p) in parts.into_iter().enumerate() {
            let center = fresh(ExprKind::Name(index_param(d)));
            abs.push(fresh(ExprKind::BinOp {
                op: BinOp::Add,
                left: Box::new(center),
                right: Box::new(p),
            }));
        }
        **index = fresh(ExprKind::Tuple(abs));
    });
    if let Some(s) = mixed {
        return Err(inf.err(
            "ValueError",
            s,
            "stencil: every relative index must have the kernel's number of dimensions",
        ));
    }
    let Some(ndim) = ndim else {
        return Err(inf.err(
            "ValueError",
            def.name_span,
            "stencil: the kernel indexes none of its arguments",
        ));
    };
    let hood = match &opts.neighborhood {
        Some(h) if h.len() == ndim => h.clone(),
        Some(_) => {
            return Err(inf.err(
                "ValueError",
                span,
                format!("stencil: the neighborhood must give {ndim} (low, high) pairs"),
            ))
        }
        None => {
            let mut h = vec![(0i64, 0i64); ndim];
            for ix in &seen {
                for (d, c) in ix.iter().enumerate() {
                    let Some(c) = c else {
                        return Err(inf.err(
                            "ValueError",
                            def.name_span,
                            "stencil kernel index is not constant, 'neighborhood' option required",
                        ));
                    };
                    h[d] = (h[d].0.min(*c), h[d].1.max(*c));
                }
            }
            h
        }
    };
    let existing = inf
        .prog
        .funcs
        .iter()
        .position(|g| g.opts.stencil_kernel == Some(f));
    let func = match existing {
        Some(k) => k as u32,
        None => {
            let mut kdef = (*def).clone();
            kdef.name = name.clone();
            kdef.decorators.clear();
            kdef.body = body;
            for d in 0..ndim {
                kdef.params.positional.push(Param {
                    name: index_param(d),
                    span: def.name_span,
                    annotation: None,
                    default: None,
                });
            }
            let src = &inf.prog.funcs[f as usize];
            let k = FuncInfo {
                name,
                module: src.module,
                file: src.file.clone(),
                def: Rc::new(kdef),
                opts: FuncOpts {
                    jit: true,
                    stencil_kernel: Some(f),
                    ..FuncOpts::default()
                },
                specs: Default::default(),
                order: Vec::new(),
                parent: None,
                captures: Vec::new(),
            };
            inf.prog.funcs.push(k);
            (inf.prog.funcs.len() - 1) as u32
        }
    };
    Ok(Kernel { func, ndim, hood })
}

/// A call of a stencil: its operands, and optionally `out=`.
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
    let Some(opts) = inf.prog.funcs[f as usize].opts.stencil.clone() else {
        return Err(inf.err("TypeError", e.span, format!("'{name}' is not a stencil")));
    };
    let mut out = None;
    for (i, (k, t)) in kws.iter().zip(kw).enumerate() {
        if k.name != "out" {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("the stencil {name}() takes only the keyword argument out="),
            ));
        }
        out = Some((i, t.clone(), k.value.span));
    }
    let k = kernel(inf, f, &opts, e.span)?;
    let mut first = None;
    for (a, t) in args.iter().zip(pos) {
        match t {
            Type::Array(arr) if arr.ndim as usize != k.ndim => {
                return Err(inf.err(
                    "ValueError",
                    a.span,
                    format!(
                        "stencil '{name}': its kernel indexes {} dimensions; this array has {}",
                        k.ndim, arr.ndim
                    ),
                ))
            }
            Type::Array(arr) => {
                first.get_or_insert(arr.clone());
            }
            t if t.is_number() => {}
            t => {
                let tn = inf.tyname(t);
                return Err(inf.err(
                    "TypeError",
                    a.span,
                    format!("stencil '{name}': rumba passes stencils arrays and numbers, not {tn}"),
                ));
            }
        }
    }
    if first.is_none() {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("stencil '{name}' needs an array argument"),
        ));
    }
    let mut types = pos.to_vec();
    types.extend(std::iter::repeat_n(PYINT, k.ndim));
    let s = inf.specialize(k.func, types, e.span)?;
    let ret = inf.spec_ret(s);
    if ret == Type::Unknown {
        return Ok(Type::Unknown);
    }
    let ret_dt = match ret.dtype() {
        Some(d) if ret.is_number() => d,
        _ => {
            let tn = inf.tyname(&ret);
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "stencil '{name}': its kernel returns {tn}; rumba's stencils return numbers"
                ),
            ));
        }
    };
    let mut all_args: Vec<Arg> = (0..pos.len()).map(Arg::Pos).collect();
    let mut arg_types = pos.to_vec();
    let has_out = out.is_some();
    let (res, out_dt) = match out {
        Some((i, t, span)) => {
            let Type::Array(o) = &t else {
                let tn = inf.tyname(&t);
                return Err(inf.err(
                    "TypeError",
                    span,
                    format!("stencil '{name}': out= must be an array, not {tn}"),
                ));
            };
            if o.ndim as usize != k.ndim || !o.dtype.is_float() && ret_dt.is_float() {
                let tn = inf.tyname(&t);
                return Err(inf.err(
                    "TypeError",
                    span,
                    format!(
                        "stencil '{name}': out= must be a {}-d array its {} results fit, not {tn}",
                        k.ndim,
                        ret_dt.name()
                    ),
                ));
            }
            all_args.push(Arg::Kw(i));
            arg_types.push(t.clone());
            let d = o.dtype;
            (t, d)
        }
        None => (Type::array(ret_dt, k.ndim as u8, Layout::C), ret_dt),
    };
    let aux = StencilAux {
        proto: inf.prog.specs[s as usize].proto,
        arrays: pos.iter().map(|t| matches!(t, Type::Array(_))).collect(),
        hood: k.hood,
        ret: ret_dt,
        out: out_dt,
        cval: opts.cval,
        has_out,
    };
    inf.res(e, native_aux("stencil", apply, all_args, arg_types, aux));
    Ok(res)
}
