//! numpy: constructors, reductions, elementwise math and arithmetic on
//! arrays and numpy scalars, dtypes given as objects or strings.

use super::lib::{CallSite, Ret};
use super::pos_args;
use super::{const_int, const_str, intrinsic, native, native_aux, type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use std::rc::Rc;
use vm::bytecode::{MathFn, MathFn2};
use vm::dtype::DType;
use vm::lib_numpy::{self as npy, ArrayOp, NewAux, ReduceAux, ReduceOp};
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

/// `numpy.f()` refused for an argument of type `t`.
fn unsupported(inf: &Infer, span: Span, f: &str, t: &Type) -> crate::front::diag::Diag {
    err(
        inf,
        span,
        format!("numpy.{f}() of {} is not supported", inf.tyname(t)),
    )
}

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

fn kw<'a>(kws: &'a [Keyword], name: &str) -> Option<(usize, &'a Keyword)> {
    kws.iter().enumerate().find(|(_, k)| k.name == name)
}

fn check_kws(inf: &Infer, f: &str, kws: &[Keyword], allowed: &[&str]) -> IResult<()> {
    for k in kws {
        if !allowed.contains(&k.name.as_str()) {
            return Err(err(
                inf,
                k.name_span,
                format!(
                    "numpy.{f}() got an unexpected keyword argument '{}'",
                    k.name
                ),
            ));
        }
    }
    Ok(())
}

fn nargs(inf: &Infer, e: &Expr, f: &str, n: usize, min: usize, max: usize) -> IResult<()> {
    if n < min || n > max {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() takes {min} to {max} positional arguments but {n} were given"),
        ));
    }
    Ok(())
}

/// The dtype an array gets from a Python or numpy scalar type.
pub fn dtype_of_scalar(t: &Type) -> Option<DType> {
    match t {
        Type::Bool | Type::NpBool => Some(DType::Bool),
        Type::Int(i) if i.py => Some(DType::I64),
        t => t.dtype(),
    }
}

fn itemsize(inf: &Infer, dt: DType) -> u32 {
    match dt {
        DType::Record(id) => inf.prog.ctypes.size(id).unwrap_or(0) as u32,
        d => d.scalar_size().unwrap_or(8),
    }
}

fn new_aux(inf: &Infer, dt: DType, ndim: u8) -> NewAux {
    NewAux {
        dtype: dt,
        ndim,
        itemsize: itemsize(inf, dt),
    }
}

/// The `dtype=` keyword, complex128 included.
fn dtype_kw_c(inf: &mut Infer, kws: &[Keyword], kwt: &[Type]) -> IResult<Option<DType>> {
    match kw(kws, "dtype") {
        Some((i, k)) => Ok(Some(dtype_arg_c(inf, &k.value, &kwt[i])?)),
        None => Ok(None),
    }
}

/// The `dtype=` keyword, if given.
fn dtype_kw(inf: &mut Infer, kws: &[Keyword], kwt: &[Type]) -> IResult<Option<DType>> {
    match kw(kws, "dtype") {
        Some((i, k)) => Ok(Some(dtype_arg(inf, &k.value, &kwt[i])?)),
        None => Ok(None),
    }
}

pub fn shape_ndim(inf: &Infer, e: &Expr, t: &Type) -> IResult<u8> {
    match t {
        t if t.is_int() => Ok(1),
        Type::Tuple(items)
            if !items.is_empty()
                && items.len() <= vm::value::MAX_NDIM
                && items.iter().all(|i| i.is_int()) =>
        {
            Ok(items.len() as u8)
        }
        Type::Tuple(items) if items.len() > vm::value::MAX_NDIM => Err(err(
            inf,
            e.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        )),
        _ => Err(err(
            inf,
            e.span,
            format!(
                "an array shape must be an int or a tuple of ints, not {}",
                inf.tyname(t)
            ),
        )),
    }
}

fn array_arg<'a>(inf: &Infer, e: &Expr, t: &'a Type, f: &str) -> IResult<&'a vm::types::ArrayTy> {
    match t {
        Type::Array(a) => Ok(a),
        _ => Err(err(
            inf,
            e.span,
            format!("numpy.{f}() expects an array here, not {}", inf.tyname(t)),
        )),
    }
}

/// The numpy scalar type of a reduction's result over `dt`.
fn reduce_type(op: ReduceOp, dt: DType) -> Type {
    match op {
        ReduceOp::Nan(n) => reduce_type(n.base(), dt),
        ReduceOp::ArgMin | ReduceOp::ArgMax => Type::Int(IntTy::I64),
        ReduceOp::CountNonzero => PYINT,
        ReduceOp::Mean | ReduceOp::Std | ReduceOp::Var => {
            if dt == DType::F32 {
                Type::F32
            } else {
                Type::NpF64
            }
        }
        ReduceOp::Sum | ReduceOp::Prod => match dt {
            DType::Bool => Type::Int(IntTy::I64),
            DType::I8 | DType::I16 | DType::I32 => Type::Int(IntTy::I64),
            DType::U8 | DType::U16 | DType::U32 => Type::Int(IntTy::U64),
            d => Type::of_dtype(d),
        },
        ReduceOp::All | ReduceOp::Any => Type::NpBool,
        ReduceOp::Min | ReduceOp::Max => Type::of_dtype(dt),
    }
}

/// A reduction of an array (`np.sum(a)`, `a.sum()`, `a.max(axis=0)`).
pub fn reduce(
    inf: &mut Infer,
    e: &Expr,
    op: ReduceOp,
    arr: Option<Arg>,
    at: &Type,
    axis: Option<(&Expr, Arg)>,
    recv: Option<ExprId>,
) -> IResult<Type> {
    let Type::Array(a) = at else {
        return Err(err(
            inf,
            e.span,
            format!("expected an array, not {}", inf.tyname(at)),
        ));
    };
    if let DType::Record(_) = a.dtype {
        return Err(err(
            inf,
            e.span,
            "reductions over record arrays are not supported",
        ));
    }
    let mut args: Vec<Arg> = arr.into_iter().collect();
    let mut types = vec![at.clone()];
    let runtime_axis = match &axis {
        Some((x, arg)) if inf.const_of(x).is_none() && inf.out.ty(x).is_int() => {
            args.push(arg.clone());
            types.push(Type::Int(IntTy::I64));
            true
        }
        _ => false,
    };
    let axis = match axis {
        _ if runtime_axis => None,
        Some((x, _)) if matches!(inf.const_of(x), Some(Const::None)) => None,
        Some((x, _)) => {
            let v = const_int(inf, x, "axis")?;
            let nd = a.ndim as i64;
            let v = if v < 0 { v + nd } else { v };
            if !(0..nd).contains(&v) {
                return Err(inf.err(
                    "AxisError",
                    x.span,
                    format!("axis {v} is out of bounds for array of dimension {nd}"),
                ));
            }
            Some(v as u8)
        }
        None => None,
    };
    let elem = reduce_type(op, a.dtype);
    let aux = ReduceAux {
        op,
        dtype: a.dtype,
        axis,
        runtime_axis,
        out: elem.dtype().unwrap_or(DType::F64),
        numba: inf.jitted(),
    };
    let mut res = native_aux(op.name(), npy::reduce, args, types, aux);
    if let (Some(r), Res::Call(c)) = (recv, &mut res) {
        c.recv = Some(r);
    }
    inf.res(e, res);
    Ok(match axis {
        _ if (axis.is_some() || runtime_axis) && a.ndim > 1 => {
            Type::array(elem.dtype().unwrap_or(DType::F64), a.ndim - 1, Layout::C)
        }
        _ => elem,
    })
}

/// An elementwise operation over an array that keeps its dtype.
fn map_array(
    inf: &mut Infer,
    e: &Expr,
    op: ArrayOp,
    at: &Type,
    args: Vec<Arg>,
    types: Vec<Type>,
) -> IResult<Type> {
    let Type::Array(a) = at else {
        return Err(err(inf, e.span, "expected an array"));
    };
    map_to(inf, e, op, a.dtype, at, args, types)
}

/// A one-operand elementwise ufunc keeping the dtype (`np.abs`,
/// `np.negative`, ...): into `out=` (or the second positional) when given.
fn map_or_out(inf: &mut Infer, c: &CallSite, op: ArrayOp) -> IResult<Type> {
    let (e, f, _, pos, _, _) = c.parts();
    let Some((arg, ot)) = ufunc_out(inf, c, 1)? else {
        return map_array(inf, e, op, &pos[0], pos_args(1), vec![pos[0].clone()]);
    };
    let Type::Array(a) = &pos[0] else {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() with out= needs an array argument"),
        ));
    };
    check_out_cast(inf, e, f, a.dtype, &ot)?;
    let aux = npy::MapAux {
        op,
        from: a.dtype,
        to: a.dtype,
    };
    let types = vec![pos[0].clone(), ot.clone()];
    inf.res(
        e,
        native_aux(f, npy::map_out, vec![Arg::Pos(0), arg], types, aux),
    );
    Ok(ot)
}

/// An elementwise operation over an array (`np.sqrt(a)`) giving dtype `out`.
fn map_to(
    inf: &mut Infer,
    e: &Expr,
    op: ArrayOp,
    out: DType,
    at: &Type,
    args: Vec<Arg>,
    types: Vec<Type>,
) -> IResult<Type> {
    let Type::Array(a) = at else {
        return Err(err(inf, e.span, "expected an array"));
    };
    let aux = npy::MapAux {
        op,
        from: a.dtype,
        to: out,
    };
    inf.res(e, native_aux("map", npy::map, args, types, aux));
    Ok(Type::array(out, a.ndim, ew_layout(&[at])))
}

/// Elementwise `kind` of two operands, one at least an array: the native
/// `binop`, scalars passed as int64 or float64.
#[allow(clippy::too_many_arguments)]
fn array_binop(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    kind: npy::BinKind,
    lt: &Type,
    rt: &Type,
    out: DType,
    args: Vec<Arg>,
) -> Type {
    let aux = npy::BinAux::new(kind, lt, rt, out);
    let slots = vec![npy::slot_type(lt), npy::slot_type(rt)];
    inf.res(e, native_aux(name, npy::binop, args, slots, aux));
    Type::array(out, bcast_ndim(&[lt, rt]), ew_layout(&[lt, rt]))
}

/// The dimensions of an elementwise result: its operands' most.
fn bcast_ndim(ts: &[&Type]) -> u8 {
    ts.iter()
        .map(|t| if let Type::Array(a) = t { a.ndim } else { 0 })
        .max()
        .unwrap_or(1)
}

/// The element type an operand contributes: an array's dtype, or itself.
fn elem_type(t: &Type) -> Type {
    match t {
        Type::Array(a) => Type::of_dtype(a.dtype),
        t => t.clone(),
    }
}

/// A ufunc of one argument (`Rule::Ufunc1`): elementwise over an array,
/// FMATH on a scalar.
pub fn ufunc1(inf: &mut Infer, c: &CallSite, mf: MathFn, ret: Ret) -> IResult<Type> {
    let (e, f, args, pos, _, _) = c.parts();
    let out_arr = ufunc_out(inf, c, 1)?;
    let int_kept = matches!(
        mf,
        MathFn::Sign | MathFn::Floor | MathFn::Ceil | MathFn::Trunc
    );
    let int_in = match &pos[0] {
        Type::Array(a) => a.dtype.is_int(),
        t => t.is_int(),
    };
    if int_kept && int_in && out_arr.is_none() {
        // numpy 2 keeps integers: sign gives -1, 0 or 1, the roundings
        // the value itself.
        return match &pos[0] {
            Type::Array(_) => {
                let op = if mf == MathFn::Sign {
                    ArrayOp::IntSign
                } else {
                    ArrayOp::Copy
                };
                map_array(inf, e, op, &pos[0], pos_args(1), pos.to_vec())
            }
            t => {
                let rt = npy_scalar(t);
                let res = if mf == MathFn::Sign {
                    native(
                        "sign",
                        npy::int_sign,
                        pos_args(1),
                        vec![Type::Int(IntTy::I64)],
                    )
                } else {
                    intrinsic(Intrinsic::Cast, pos_args(1), vec![rt.clone()])
                };
                inf.res(e, res);
                Ok(rt)
            }
        };
    }
    match &pos[0] {
        Type::Array(a) => {
            let out = match ret {
                Ret::Bool => DType::Bool,
                _ if a.dtype == DType::F32 => DType::F32,
                _ => DType::F64,
            };
            let op = ArrayOp::Math(mf);
            if let Some((arg, ot)) = out_arr {
                check_out_cast(inf, e, f, out, &ot)?;
                let aux = npy::MapAux {
                    op,
                    from: a.dtype,
                    to: out,
                };
                let types = vec![pos[0].clone(), ot.clone()];
                inf.res(
                    e,
                    native_aux(f, npy::map_out, vec![Arg::Pos(0), arg], types, aux),
                );
                return Ok(ot);
            }
            map_to(inf, e, op, out, &pos[0], pos_args(1), pos.to_vec())
        }
        _ if out_arr.is_some() => Err(err(
            inf,
            e.span,
            format!("numpy.{f}() with out= needs an array argument"),
        )),
        t if t.is_number() => Ok(math_scalar(inf, e, mf, ret, t)),
        t => Err(unsupported(inf, args[0].span, f, t)),
    }
}

/// A float ufunc of two arguments in the numpy table as `Rule::Ufunc2`
/// (hypot, arctan2, copysign).
pub fn ufunc2(inf: &mut Infer, c: &CallSite, mf: MathFn2) -> IResult<Type> {
    elementwise2(inf, c, npy::BinKind::Math2(mf))
}

/// `np.logaddexp`, `logaddexp2`, `nextafter`, `float_power`, the
/// comparison ufuncs (`greater`, ...) and `logical_and/or/xor`.
pub fn binary2(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    use npy::BinKind as K;
    let kind = match c.name {
        "logaddexp" => K::LogAddExp,
        "logaddexp2" => K::LogAddExp2,
        "nextafter" => K::Math2(MathFn2::PyNextafter),
        "float_power" => K::Pow,
        "greater" => K::Gt,
        "greater_equal" => K::Ge,
        "less" => K::Lt,
        "less_equal" => K::Le,
        "equal" => K::Eq,
        "not_equal" => K::Ne,
        "logical_and" => K::LogicalAnd,
        "logical_or" => K::LogicalOr,
        _ => K::LogicalXor,
    };
    elementwise2(inf, c, kind)
}

/// A ufunc of two operands whose result is float64 (computed in float64)
/// or bool: arrays broadcast, `out=` takes the result, scalars give a
/// numpy scalar.
fn elementwise2(inf: &mut Infer, c: &CallSite, kind: npy::BinKind) -> IResult<Type> {
    use npy::BinKind as K;
    let (e, f, args, pos, _, _) = c.parts();
    let out_arr = ufunc_out(inf, c, 2)?;
    let pos = &pos[..2];
    let boolean = matches!(
        kind,
        K::Gt
            | K::Ge
            | K::Lt
            | K::Le
            | K::Eq
            | K::Ne
            | K::LogicalAnd
            | K::LogicalOr
            | K::LogicalXor
    );
    for (a, t) in args.iter().zip(pos) {
        let dt = match t {
            Type::Array(a) => Some(a.dtype),
            // Python's scalars are weak: they take the other side's type.
            Type::F64 | Type::Bool => None,
            Type::Int(i) if i.py => None,
            t if t.is_number() && !t.is_complex() => t.dtype(),
            t => return Err(unsupported(inf, a.span, f, t)),
        };
        let ok = match dt {
            None => true,
            Some(DType::C128 | DType::Record(_)) => false,
            // numpy's loops for these compute in float32 or float16.
            Some(DType::F32 | DType::I8 | DType::I16 | DType::U8 | DType::U16 | DType::Bool) => {
                boolean
            }
            Some(_) => true,
        };
        if !ok {
            return Err(err(
                inf,
                a.span,
                format!(
                    "numpy.{f}() of {} is not supported by rumba (only float64 and 32/64-bit integers)",
                    inf.tyname(t)
                ),
            ));
        }
    }
    let out = if boolean { DType::Bool } else { DType::F64 };
    let any_array = pos.iter().any(|t| matches!(t, Type::Array(_)));
    // numpy's arctan2 loop on this machine (SVML) rounds differently from
    // libm's atan2, which jitted code calls as Numba does.
    if any_array && !inf.jitted() && matches!(kind, K::Math2(MathFn2::Atan2)) {
        return Err(err(
            inf,
            e.span,
            "numpy.arctan2() of arrays in module code is not supported by rumba (numpy's SIMD loop is not reproduced; call it in jitted code)",
        ));
    }
    if let Some((arg, ot)) = out_arr {
        if !any_array {
            return Err(err(
                inf,
                e.span,
                format!("numpy.{f}() with out= needs an array argument"),
            ));
        }
        check_out_cast(inf, e, f, out, &ot)?;
        let aux = npy::BinAux::new(kind, &pos[0], &pos[1], out);
        let types = vec![npy::slot_type(&pos[0]), npy::slot_type(&pos[1]), ot.clone()];
        let args = vec![Arg::Pos(0), Arg::Pos(1), arg];
        inf.res(e, native_aux(f, npy::binop_out, args, types, aux));
        return Ok(ot);
    }
    if any_array {
        return Ok(array_binop(
            inf,
            e,
            f,
            kind,
            &pos[0],
            &pos[1],
            out,
            pos_args(2),
        ));
    }
    if let K::Math2(mf) = kind {
        let types = vec![Type::F64, Type::F64];
        inf.res(e, intrinsic(Intrinsic::Math2(mf), pos_args(2), types));
        return Ok(Type::NpF64);
    }
    let aux = npy::BinAux::new(kind, &pos[0], &pos[1], out);
    let slots = vec![npy::slot_type(&pos[0]), npy::slot_type(&pos[1])];
    inf.res(e, native_aux(f, npy::binop_scalar, pos_args(2), slots, aux));
    Ok(if boolean { Type::NpBool } else { Type::NpF64 })
}

/// `np.empty`, `np.zeros`, `np.ones`.
pub fn new_array(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["dtype", "shape", "order"])?;
    // The shape by position or as `shape=`.
    let (shape_arg, shape_e, shape_t) = match (n, kw(kws, "shape")) {
        (0, Some((i, k))) => (Arg::Kw(i), &k.value, kwt[i].clone()),
        (_, Some((_, k))) => {
            return Err(err(
                inf,
                k.value.span,
                format!("numpy.{f}() got multiple values for argument 'shape'"),
            ))
        }
        _ => {
            nargs(inf, e, f, n, 1, 3)?;
            (Arg::Pos(0), &args[0], pos[0].clone())
        }
    };
    let order = match (kw(kws, "order"), n) {
        (_, 3) => order_arg(inf, f, &args[2], true)?,
        (Some((_, k)), _) => order_arg(inf, f, &k.value, true)?,
        _ => 'C',
    };
    let ndim = shape_ndim(inf, shape_e, &shape_t)?;
    let dt = match (n, kw(kws, "dtype")) {
        (2 | 3, _) => text_or_dtype(inf, f, &args[1], &pos[1])?,
        (_, Some((i, k))) => text_or_dtype(inf, f, &k.value, &kwt[i])?,
        _ => DType::F64,
    };
    let nf = match f {
        "ones" => npy::ones,
        _ => npy::zeros,
    };
    let aux = new_aux(inf, dt, ndim);
    inf.res(e, native_aux(f, nf, vec![shape_arg], vec![shape_t], aux));
    Ok(Type::array(dt, ndim, new_layout(order, ndim)))
}

/// The layout of a new array of `ndim` dimensions in `order` ('C' or 'F').
fn new_layout(order: char, ndim: u8) -> Layout {
    if order == 'F' && ndim > 1 {
        Layout::F
    } else {
        Layout::C
    }
}

pub fn full(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["dtype", "fill_value", "order"])?;
    nargs(inf, e, f, n, 1, 3)?;
    let order = match kw(kws, "order") {
        Some((_, k)) => order_arg(inf, f, &k.value, true)?,
        None => 'C',
    };
    let ndim = shape_ndim(inf, &args[0], &pos[0])?;
    let (fill, ft) = match (n, kw(kws, "fill_value")) {
        (1, Some((i, _))) => (Arg::Kw(i), kwt[i].clone()),
        (1, None) => {
            return Err(err(
                inf,
                e.span,
                "numpy.full() missing required argument 'fill_value'",
            ))
        }
        _ => (Arg::Pos(1), pos[1].clone()),
    };
    if !ft.is_number() {
        return Err(err(
            inf,
            e.span,
            "numpy.full()'s fill value must be a number",
        ));
    }
    let dt = match (n, dtype_kw_c(inf, kws, kwt)?) {
        (3, _) => dtype_arg_c(inf, &args[2], &pos[2])?,
        (_, Some(d)) => d,
        _ => dtype_of_scalar(&ft).unwrap_or(DType::F64),
    };
    let aux = new_aux(inf, dt, ndim);
    let slot = npy::slot_type(&ft);
    inf.res(
        e,
        native_aux(
            f,
            npy::full,
            vec![Arg::Pos(0), fill],
            vec![pos[0].clone(), slot],
            aux,
        ),
    );
    Ok(Type::array(dt, ndim, new_layout(order, ndim)))
}

/// `np.empty_like` and friends: an array shaped like another.
pub fn like(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["dtype"])?;
    let want = if f == "full_like" { 2 } else { 1 };
    nargs(inf, e, f, n, want, want)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    let dt = dtype_kw_c(inf, kws, kwt)?.unwrap_or(a.dtype);
    let aux = new_aux(inf, dt, a.ndim);
    let ndim = a.ndim;
    let (nf, argv, types) = match f {
        "ones_like" => (
            npy::ones_like as vm::native::AuxFn<NewAux>,
            pos_args(1),
            vec![pos[0].clone()],
        ),
        "full_like" => {
            if !pos[1].is_number() {
                return Err(err(
                    inf,
                    args[1].span,
                    "numpy.full_like()'s fill value must be a number",
                ));
            }
            (
                npy::full_like as vm::native::AuxFn<NewAux>,
                pos_args(2),
                vec![pos[0].clone(), npy::slot_type(&pos[1])],
            )
        }
        _ => (
            npy::zeros_like as vm::native::AuxFn<NewAux>,
            pos_args(1),
            vec![pos[0].clone()],
        ),
    };
    inf.res(e, native_aux(f, nf, argv, types, aux));
    Ok(Type::array(dt, ndim, ew_layout(&[&pos[0]])))
}

pub fn arange(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["dtype"])?;
    nargs(inf, e, f, n, 1, 4)?;
    let dt_pos = match n {
        4 => Some(dtype_arg(inf, &args[3], &pos[3])?),
        _ => None,
    };
    let n = n.min(3);
    let pos = &pos[..n];
    for (a, t) in args.iter().zip(pos) {
        if !t.is_number() {
            return Err(unsupported(inf, a.span, "arange", t));
        }
    }
    let float = pos.iter().any(|t| t.is_float());
    let dt = match dt_pos {
        Some(d) => d,
        None => dtype_kw(inf, kws, kwt)?.unwrap_or(if float { DType::F64 } else { DType::I64 }),
    };
    let aux = new_aux(inf, dt, 1);
    let slot = if float {
        Type::F64
    } else {
        Type::Int(IntTy::I64)
    };
    inf.res(
        e,
        native_aux(f, npy::arange, pos_args(n), vec![slot; n], aux),
    );
    Ok(Type::array(dt, 1, Layout::C))
}

pub fn linspace(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["num", "endpoint", "dtype"])?;
    nargs(inf, e, f, n, 2, 3)?;
    let mut argv = pos_args(2);
    argv.push(match (n, kw(kws, "num")) {
        (3, _) => Arg::Pos(2),
        (_, Some((i, _))) => Arg::Kw(i),
        _ => Arg::Const(Const::Int(50), PYINT),
    });
    let endpoint = match kw(kws, "endpoint") {
        Some((_, k)) => !matches!(inf.const_of(&k.value), Some(Const::Bool(false))),
        None => true,
    };
    let dt = dtype_kw(inf, kws, kwt)?.unwrap_or(DType::F64);
    let aux = npy::LinspaceAux {
        new: NewAux {
            dtype: dt,
            ndim: 1,
            itemsize: itemsize(inf, dt),
        },
        endpoint,
    };
    inf.res(
        e,
        native_aux(
            f,
            npy::linspace,
            argv,
            vec![Type::F64, Type::F64, Type::Int(IntTy::I64)],
            aux,
        ),
    );
    Ok(Type::array(dt, 1, Layout::C))
}

/// `np.array`, `np.asarray`, `np.ascontiguousarray`, `np.asfortranarray`.
pub fn array(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["dtype", "copy", "order"])?;
    nargs(inf, e, f, n, 1, 2)?;
    let dt_kw = match (n, kw(kws, "dtype")) {
        (2, _) => Some(text_or_dtype(inf, f, &args[1], &pos[1])?),
        (_, Some((i, k))) => Some(text_or_dtype(inf, f, &k.value, &kwt[i])?),
        _ => None,
    };
    let order = match kw(kws, "order") {
        Some((_, k)) if f.starts_with("as") && f != "asarray" => {
            return Err(err(
                inf,
                k.name_span,
                format!("numpy.{f}() got an unexpected keyword argument 'order'"),
            ))
        }
        Some((_, k)) => Some(order_arg(inf, f, &k.value, false)?),
        None => None,
    };
    let src = match &pos[0] {
        Type::Array(a) => a.layout,
        _ => Layout::C,
    };
    let layout = match (f, order) {
        ("ascontiguousarray", _) => Layout::C,
        ("asfortranarray", _) => Layout::F,
        (_, Some(o)) => order_layout(inf, f, e, o, src)?,
        // numpy's default order 'K' keeps a Fortran layout; `asarray`
        // returns an array of its dtype itself.
        (_, None) if src == Layout::F => Layout::F,
        ("asarray", None) => match &pos[0] {
            Type::Array(a) if dt_kw.is_none_or(|d| d == a.dtype) => a.layout,
            _ => Layout::C,
        },
        _ => Layout::C,
    };
    // An array of another layout is copied, as numpy copies it.
    let same = matches!(&pos[0], Type::Array(a) if a.layout == layout || a.ndim <= 1);
    let how = if same || f == "array" { f } else { "array" };
    let t = array_from(inf, e, how, &args[0], &pos[0], dt_kw)?;
    Ok(match t {
        Type::Array(a) if a.ndim > 1 => Type::array(a.dtype, a.ndim, layout),
        t => t,
    })
}

/// A dtype argument of the constructors that make string arrays too
/// (`np.array`, `np.zeros`, `np.empty`: numpy fills `np.ones` with `'1'`).
fn text_or_dtype(inf: &mut Infer, f: &str, e: &Expr, t: &Type) -> IResult<DType> {
    match super::records::text_array_dtype(inf, e, t)? {
        Some(d) if f != "ones" => Ok(d),
        _ => dtype_arg_c(inf, e, t),
    }
}

/// `np.copy(a)`: numpy's order 'K' (and Numba) keep a Fortran layout.
pub fn copy(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    map_array(inf, e, ArrayOp::Copy, &pos[0], pos_args(1), pos.to_vec())
}

/// `np.isfortran(a)`: whether `a` is Fortran-contiguous and not C-contiguous
/// (Numba has no `isfortran`).
pub fn isfortran(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 1, 1)?;
    if inf.jitted() {
        return Err(err(
            inf,
            e.span,
            "numpy.isfortran() is not supported by Numba in jitted code",
        ));
    }
    let Type::Array(_) = &pos[0] else {
        return Err(unsupported(inf, args[0].span, f, &pos[0]));
    };
    inf.res(
        e,
        native(f, vm::lib_layout::isfortran, pos_args(1), pos.to_vec()),
    );
    Ok(Type::Bool)
}

/// A reduction (`Rule::Reduce`): over the whole array or one axis.
pub fn reduction(inf: &mut Infer, c: &CallSite, op: ReduceOp) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["axis"])?;
    nargs(inf, e, f, n, 1, 2)?;
    let axis = if n == 2 {
        Some((&args[1], Arg::Pos(1)))
    } else {
        kw(kws, "axis").map(|(i, k)| (&k.value, Arg::Kw(i)))
    };
    if pos[0].is_number() && axis.is_none() {
        // A reduction of a scalar is the scalar.
        inf.res(
            e,
            intrinsic(Intrinsic::Cast, pos_args(1), vec![pos[0].clone()]),
        );
        return Ok(pos[0].clone());
    }
    reduce(inf, e, op, Some(Arg::Pos(0)), &pos[0], axis, None)
}

/// `np.abs`, `np.absolute`, `np.fabs`.
pub fn abs(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    if let Some(Type::Array(_)) = pos.first() {
        return map_or_out(inf, c, ArrayOp::Abs);
    }
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    match &pos[0] {
        t if t.is_number() => {
            let rt = if f == "fabs" {
                Type::NpF64
            } else if t.is_py_scalar() {
                npy_scalar(t)
            } else {
                t.clone()
            };
            inf.res(e, intrinsic(Intrinsic::Abs, pos_args(1), vec![rt.clone()]));
            Ok(rt)
        }
        t => Err(unsupported(inf, args[0].span, f, t)),
    }
}

pub fn square(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    if let Some(Type::Array(_)) = pos.first() {
        return map_or_out(inf, c, ArrayOp::Square);
    }
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    match &pos[0] {
        t if t.is_number() => {
            let rt = npy_scalar(t);
            super::ops::binop_type(inf, BinOp::Mul, &rt, &rt, &args[0], &args[0], e.span)?;
            inf.res(
                e,
                native_aux(
                    "square",
                    npy::square_scalar,
                    pos_args(1),
                    vec![npy::slot_type(&rt)],
                    rt.is_float(),
                ),
            );
            Ok(rt)
        }
        t => Err(unsupported(inf, args[0].span, "square", t)),
    }
}

/// The ufuncs behind the arithmetic operators, `minimum` and `maximum`:
/// elementwise on arrays, like the operator on scalars.
pub fn binary(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, _, _) = c.parts();
    let out_arr = ufunc_out(inf, c, 2)?;
    let pos = &pos[..2];
    let op = match f {
        "bitwise_and" | "gcd" | "lcm" => BinOp::BitAnd,
        "bitwise_or" => BinOp::BitOr,
        "bitwise_xor" => BinOp::BitXor,
        "left_shift" => BinOp::LShift,
        "right_shift" => BinOp::RShift,
        "power" => BinOp::Pow,
        "mod" | "remainder" => BinOp::Mod,
        "floor_divide" => BinOp::FloorDiv,
        "subtract" => BinOp::Sub,
        "multiply" => BinOp::Mul,
        "divide" | "true_divide" => BinOp::Div,
        _ => BinOp::Add,
    };
    let rt =
        super::ops::arith_type(op, &elem_type(&pos[0]), &elem_type(&pos[1])).ok_or_else(|| {
            err(
                inf,
                e.span,
                format!("numpy.{f}() of these types is not supported"),
            )
        })?;
    let any_array = pos.iter().any(|t| matches!(t, Type::Array(_)));
    let op_kind = match f {
        "minimum" => npy::BinKind::Min,
        "maximum" => npy::BinKind::Max,
        "fmin" => npy::BinKind::FMin,
        "fmax" => npy::BinKind::FMax,
        "gcd" => npy::BinKind::Gcd,
        "lcm" => npy::BinKind::Lcm,
        _ => npy::BinKind::from_symbol(op.symbol()),
    };
    if let Some((arg, ot)) = out_arr {
        if !any_array {
            return Err(err(
                inf,
                e.span,
                format!("numpy.{f}() with out= needs an array argument"),
            ));
        }
        let out = rt.dtype().unwrap_or(DType::F64);
        check_out_cast(inf, e, f, out, &ot)?;
        let aux = npy::BinAux::new(op_kind, &pos[0], &pos[1], out);
        let types = vec![npy::slot_type(&pos[0]), npy::slot_type(&pos[1]), ot.clone()];
        let args = vec![Arg::Pos(0), Arg::Pos(1), arg];
        inf.res(e, native_aux(f, npy::binop_out, args, types, aux));
        return Ok(ot);
    }
    if any_array {
        let out = rt.dtype().unwrap_or(DType::F64);
        let args = pos_args(2);
        return Ok(array_binop(inf, e, f, op_kind, &pos[0], &pos[1], out, args));
    }
    if matches!(op_kind, npy::BinKind::FMin | npy::BinKind::FMax) {
        // A NaN loses: not the operator's rule.
        let rt = npy_scalar(&rt);
        let (l, r) = (npy_scalar(&pos[0]), npy_scalar(&pos[1]));
        let aux = npy::BinAux::new(op_kind, &l, &r, rt.dtype().unwrap_or(DType::F64));
        let slots = vec![npy::slot_type(&l), npy::slot_type(&r)];
        inf.res(e, native_aux(f, npy::binop_scalar, pos_args(2), slots, aux));
        return Ok(rt);
    }
    if matches!(op_kind, npy::BinKind::Gcd | npy::BinKind::Lcm) {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() of scalars is not supported by rumba"),
        ));
    }
    // Scalars: computed like the operator, giving a numpy scalar.
    let rt = npy_scalar(&rt);
    let i = match op_kind {
        npy::BinKind::Min => Intrinsic::Min,
        npy::BinKind::Max => Intrinsic::Max,
        _ => Intrinsic::BinOp(op),
    };
    let args_t = match i {
        Intrinsic::BinOp(_) => pos.to_vec(),
        _ => vec![rt.clone(), rt.clone()],
    };
    inf.res(e, intrinsic(i, pos_args(2), args_t));
    Ok(rt)
}

/// `np.negative`, `np.positive`, `np.invert`, `np.logical_not` of an array.
pub fn unary(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, _, _) = c.parts();
    match pos.first() {
        Some(Type::Array(a)) => {
            let op = match f {
                "negative" => ArrayOp::Neg,
                "positive" => ArrayOp::Copy,
                _ => ArrayOp::Invert,
            };
            if f == "logical_not" && a.dtype != DType::Bool {
                return Err(err(
                    inf,
                    args[0].span,
                    "numpy.logical_not() of non-bool arrays is not supported",
                ));
            }
            map_or_out(inf, c, op)
        }
        None => nargs(inf, e, f, 0, 1, 1).map(|_| Type::None),
        _ => Err(err(
            inf,
            args[0].span,
            format!("numpy.{f}() expects an array"),
        )),
    }
}

/// `np.round`, `np.around`.
pub fn round(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["decimals", "out"])?;
    nargs(inf, e, f, n, 1, 3)?;
    let dec = match (args.get(1), kw(kws, "decimals")) {
        (Some(d), _) => Some((d, Arg::Pos(1))),
        (None, Some((i, k))) => Some((&k.value, Arg::Kw(i))),
        _ => None,
    };
    // A decimals argument known only at run time follows the array.
    let runtime = dec
        .as_ref()
        .filter(|(d, _)| inf.const_of(d).is_none() && inf.out.ty(d).is_int())
        .map(|(_, a)| a.clone());
    let decimals = match (&dec, &runtime) {
        (Some(_), Some(_)) | (None, _) => 0,
        (Some((d, _)), None) => const_int(inf, d, "decimals")?,
    };
    let out = match (pos.get(2), kw(kws, "out")) {
        (Some(t), _) => Some((Arg::Pos(2), t.clone(), &args[2])),
        (None, Some((i, k))) => Some((Arg::Kw(i), kwt[i].clone(), &k.value)),
        _ => None,
    };
    if let Type::Array(a) = &pos[0] {
        let op = match runtime {
            Some(_) => ArrayOp::RoundAt,
            None => ArrayOp::Round(decimals as i32),
        };
        let mut argv = pos_args(1);
        let mut types = vec![pos[0].clone()];
        if let Some(r) = runtime {
            argv.push(r);
            types.push(Type::Int(IntTy::I64));
        }
        let aux = npy::MapAux {
            op,
            from: a.dtype,
            to: a.dtype,
        };
        return match out {
            Some((arg, ot @ Type::Array(_), _)) => {
                check_out_cast(inf, e, f, a.dtype, &ot)?;
                argv.push(arg);
                types.push(ot.clone());
                inf.res(e, native_aux(f, npy::map_out, argv, types, aux));
                Ok(ot)
            }
            Some((_, t, x)) => Err(err(
                inf,
                x.span,
                format!("numpy.{f}()'s out must be an array, not {}", inf.tyname(&t)),
            )),
            None => {
                inf.res(e, native_aux(f, npy::map, argv, types, aux));
                Ok(Type::array(a.dtype, a.ndim, Layout::C))
            }
        };
    }
    if runtime.is_some() || out.is_some() {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() of a scalar takes constant decimals and no out"),
        ));
    }
    match &pos[0] {
        t if t.is_number() => {
            let rt = npy_scalar(t);
            let float = rt.is_float();
            inf.res(
                e,
                native_aux(
                    "round",
                    npy::round_scalar,
                    pos_args(1),
                    vec![if float {
                        Type::F64
                    } else {
                        Type::Int(IntTy::I64)
                    }],
                    (decimals as i32, float),
                ),
            );
            Ok(if rt == Type::F32 { Type::F32 } else { rt })
        }
        t => Err(unsupported(inf, args[0].span, "round", t)),
    }
}

pub fn clip(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 3, 3)?;
    let Type::Array(a) = &pos[0] else {
        return Err(err(inf, args[0].span, "numpy.clip() expects an array"));
    };
    if !pos[1].is_number() || !pos[2].is_number() {
        return Err(err(inf, e.span, "numpy.clip() bounds must be numbers"));
    }
    let aux = npy::MapAux {
        op: ArrayOp::Clip,
        from: a.dtype,
        to: a.dtype,
    };
    inf.res(
        e,
        native_aux(
            "clip",
            npy::map,
            pos_args(3),
            vec![pos[0].clone(), Type::F64, Type::F64],
            aux,
        ),
    );
    Ok(Type::array(a.dtype, a.ndim, Layout::C))
}

/// `np.where(cond, a, b)`.
pub fn where_(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    if n == 1 {
        return nonzero(inf, c);
    }
    nargs(inf, e, f, n, 3, 3)?;
    let Type::Array(_) = &pos[0] else {
        return Err(err(
            inf,
            args[0].span,
            "numpy.where() needs a condition array",
        ));
    };
    let rt = super::ops::promote(&elem_type(&pos[1]), &elem_type(&pos[2]));
    let out = dtype_of_scalar(&npy_scalar(&rt)).unwrap_or(DType::F64);
    let aux = npy::WhereAux {
        a: npy::Operand::of(&pos[1]),
        b: npy::Operand::of(&pos[2]),
        out,
    };
    let ndim = bcast_ndim(&[&pos[0], &pos[1], &pos[2]]);
    inf.res(
        e,
        native_aux(
            "where",
            npy::where_,
            pos_args(3),
            vec![
                pos[0].clone(),
                npy::slot_type(&pos[1]),
                npy::slot_type(&pos[2]),
            ],
            aux,
        ),
    );
    Ok(Type::array(out, ndim, Layout::C))
}

/// The arrays numpy joins (`concatenate`, `stack`): at least one, all of
/// one rank. Their rank, and their dtypes promoted together (`None` where
/// promotion leaves the array dtypes).
fn joined(inf: &Infer, span: Span, parts: &[&vm::types::ArrayTy]) -> IResult<(u8, Option<DType>)> {
    let Some(first) = parts.first() else {
        return Err(err(inf, span, "need at least one array to concatenate"));
    };
    if parts.iter().any(|p| p.ndim != first.ndim) {
        return Err(err(
            inf,
            span,
            "all the input arrays must have the same number of dimensions",
        ));
    }
    let dt = parts
        .iter()
        .skip(1)
        .fold(Type::of_dtype(first.dtype), |acc, p| {
            super::ops::promote(&acc, &Type::of_dtype(p.dtype))
        });
    Ok((first.ndim, dt.dtype()))
}

pub fn concatenate(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["axis"])?;
    nargs(inf, e, f, n, 1, 1)?;
    let Type::Tuple(items) = &pos[0] else {
        return Err(err(
            inf,
            args[0].span,
            "numpy.concatenate() takes a tuple of arrays",
        ));
    };
    let mut parts = Vec::new();
    for t in items.iter() {
        match t {
            Type::Array(a) => parts.push(a.clone()),
            _ => {
                return Err(err(
                    inf,
                    args[0].span,
                    "numpy.concatenate() takes a tuple of arrays",
                ))
            }
        }
    }
    let refs: Vec<&vm::types::ArrayTy> = parts.iter().map(|p| &**p).collect();
    let (ndim, dt) = joined(inf, args[0].span, &refs)?;
    let dt = dt.unwrap_or(parts[0].dtype);
    let runtime = kw(kws, "axis")
        .filter(|(_, k)| inf.const_of(&k.value).is_none() && inf.out.ty(&k.value).is_int());
    let axis = match kw(kws, "axis") {
        _ if runtime.is_some() => 0,
        Some((_, k)) => {
            let v = const_int(inf, &k.value, "axis")?;
            if v < 0 {
                v + ndim as i64
            } else {
                v
            }
        }
        None => 0,
    };
    if axis < 0 || axis >= ndim as i64 {
        return Err(inf.err(
            "AxisError",
            e.span,
            format!(
                "axis {axis} is out of bounds for array of dimension {}",
                ndim
            ),
        ));
    }
    let aux = npy::ConcatAux {
        new: NewAux {
            dtype: dt,
            ndim,
            itemsize: itemsize(inf, dt),
        },
        axis: axis as u8,
        runtime_axis: runtime.is_some(),
    };
    let (mut args, mut types) = (pos_args(1), pos.to_vec());
    if let Some((i, _)) = runtime {
        args.push(Arg::Kw(i));
        types.push(Type::Int(IntTy::I64));
    }
    inf.res(e, native_aux(f, npy::concatenate, args, types, aux));
    Ok(Type::array(dt, ndim, Layout::C))
}

pub fn unique(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    map_array(inf, e, ArrayOp::Unique, &pos[0], pos_args(1), pos.to_vec())
}

pub fn median(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    let Type::Array(a) = &pos[0] else {
        return Err(err(inf, args[0].span, "numpy.median() expects an array"));
    };
    let rt = if a.dtype == DType::F32 {
        Type::F32
    } else {
        Type::NpF64
    };
    inf.res(
        e,
        native_aux("median", npy::median, pos_args(1), pos.to_vec(), a.dtype),
    );
    Ok(rt)
}

pub fn dot(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    if f == "matmul" && inf.jitted() {
        return Err(err(
            inf,
            e.span,
            "numpy.matmul() is not supported by Numba in jitted code (use the @ operator)",
        ));
    }
    nargs(inf, e, f, n, 2, 2)?;
    let (Type::Array(x), Type::Array(y)) = (&pos[0], &pos[1]) else {
        return Err(err(inf, e.span, format!("numpy.{f}() expects two arrays")));
    };
    if !(x.dtype.is_float() || x.dtype.is_int()) || !(y.dtype.is_float() || y.dtype.is_int()) {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() expects numeric arrays"),
        ));
    }
    let dt = super::ops::promote(&Type::of_dtype(x.dtype), &Type::of_dtype(y.dtype))
        .dtype()
        .unwrap_or(DType::F64);
    let (x, y) = (
        vm::types::ArrayTy {
            dtype: dt,
            ..(**x).clone()
        },
        vm::types::ArrayTy {
            dtype: dt,
            ..(**y).clone()
        },
    );
    let rt = match (x.ndim, y.ndim) {
        (1, 1) => Type::of_dtype(x.dtype),
        (2, 1) => Type::array(x.dtype, 1, Layout::C),
        (1, 2) => Type::array(x.dtype, 1, Layout::C),
        (2, 2) => Type::array(x.dtype, 2, Layout::C),
        _ => {
            return Err(err(
                inf,
                e.span,
                format!("numpy.{f}() supports 1-D and 2-D arrays"),
            ))
        }
    };
    inf.res(
        e,
        native_aux("dot", npy::dot, pos_args(2), pos.to_vec(), dt),
    );
    Ok(rt)
}

pub fn cumsum(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    map_array(inf, e, ArrayOp::Cumsum, &pos[0], pos_args(1), pos.to_vec())
}

pub fn sort(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    nargs(inf, e, f, n, 1, 1)?;
    if let Type::Array(a) = &pos[0] {
        if let DType::Record(id) = a.dtype {
            check_kws(inf, f, kws, &["order", "kind"])?;
            let order = kw(kws, "order").map(|(_, k)| &k.value);
            return sort_records(inf, e, &args[0], &pos[0], a.ndim, id, order);
        }
    }
    // Every sorting kind gives the same sorted values.
    check_kws(inf, f, kws, &["kind"])?;
    map_array(inf, e, ArrayOp::Sort, &pos[0], pos_args(1), pos.to_vec())
}

/// `np.sort(records, order=...)`: by the named fields (a name or a list
/// of names), then the other fields in dtype order.
fn sort_records(
    inf: &mut Infer,
    e: &Expr,
    ae: &Expr,
    at: &Type,
    ndim: u8,
    id: vm::ffi::ctype::CTypeId,
    order: Option<&Expr>,
) -> IResult<Type> {
    let names = inf.prog.ctypes.field_names(id);
    let fields = inf.prog.record_fields(id);
    if ndim != 1 || fields.len() != names.len() {
        return Err(err(
            inf,
            ae.span,
            "rumba sorts 1-D record arrays whose fields are all numbers",
        ));
    }
    let mut first: Vec<usize> = Vec::new();
    let wanted: Vec<&Expr> = match order.map(|o| &o.kind) {
        None => Vec::new(),
        Some(ExprKind::List(items) | ExprKind::Tuple(items)) => items.iter().collect(),
        Some(_) => order.into_iter().collect(),
    };
    for w in wanted {
        let name = const_str(inf, w, "a field name")?;
        let i = names
            .iter()
            .position(|n| **n == *name)
            .ok_or_else(|| err(inf, w.span, format!("no field of name {name}")))?;
        if !first.contains(&i) {
            first.push(i);
        }
    }
    let rest = (0..names.len())
        .filter(|i| !first.contains(i))
        .collect::<Vec<_>>();
    let keys = first.into_iter().chain(rest).map(|i| fields[i]).collect();
    let aux = vm::lib_recsort::SortKeys { keys };
    let sort = vm::lib_recsort::sort_records;
    inf.res(
        e,
        native_aux("sort", sort, pos_args(1), vec![at.clone()], aux),
    );
    Ok(Type::array(DType::Record(id), 1, Layout::C))
}

pub fn dtype(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    nargs(inf, e, f, n, 1, 2)?;
    check_kws(inf, f, kws, &["align"])?;
    inf.res(e, Res::Const);
    let align = kw(kws, "align").map(|(_, k)| &k.value);
    if let Some(t) = super::records::dtype_of_fields(inf, &args[0], &pos[0], align)? {
        return Ok(t);
    }
    if let Type::Str = pos[0] {
        let s = super::const_str(inf, &args[0], "a dtype string")?;
        let t = numpy_dtype_string(&s)
            .ok_or_else(|| err(inf, args[0].span, format!("data type '{s}' not understood")))?;
        return Ok(Type::TypeObj(Rc::new(t)));
    }
    let dt = dtype_arg_c(inf, &args[0], &pos[0])?;
    Ok(Type::TypeObj(Rc::new(Type::of_dtype(dt))))
}

/// `np.reshape(a, shape)`.
pub fn reshape_call(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    check_kws(inf, f, kws, &["order"])?;
    nargs(inf, e, f, n, 2, 3)?;
    let order = args.get(2).or(kw(kws, "order").map(|(_, k)| &k.value));
    reshape(inf, e, &pos[0], &args[1], &pos[1], pos_args(2), None, order)
}

/// `np.recarray(shape, dtype)`: a record array whose fields are also
/// attributes; its memory is numpy's uninitialized memory, here zeroed.
pub fn recarray(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    super::lib::call(
        inf,
        &CallSite {
            name: "zeros",
            ..*c
        },
    )
}

/// `np.fmod`: C's remainder, elementwise or on scalars.
pub fn fmod(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let n = pos.len();
    nargs(inf, e, f, n, 2, 2)?;
    if pos.iter().all(|t| t.is_number()) {
        inf.res(
            e,
            intrinsic(
                Intrinsic::Math2(vm::bytecode::MathFn2::Fmod),
                pos_args(2),
                vec![Type::F64, Type::F64],
            ),
        );
        return Ok(Type::NpF64);
    }
    let out = super::ops::promote(&elem_type(&pos[0]), &elem_type(&pos[1]))
        .dtype()
        .unwrap_or(DType::F64);
    let kind = npy::BinKind::Fmod;
    Ok(array_binop(
        inf,
        e,
        f,
        kind,
        &pos[0],
        &pos[1],
        out,
        pos_args(2),
    ))
}

/// The numpy scalar counterpart of a Python scalar type.
pub fn npy_scalar(t: &Type) -> Type {
    match t {
        Type::Bool => Type::NpBool,
        Type::F64 => Type::NpF64,
        Type::Int(i) if i.py => Type::Int(IntTy::I64),
        t => t.clone(),
    }
}

/// `np.array(x)`: from a (nested) list, a tuple, or another array.
fn array_from(
    inf: &mut Infer,
    e: &Expr,
    f: &str,
    arg: &Expr,
    t: &Type,
    dt_kw: Option<DType>,
) -> IResult<Type> {
    match t {
        Type::Array(a) => {
            let out = dt_kw.unwrap_or(a.dtype);
            if f == "asarray" && out == a.dtype {
                inf.res(
                    e,
                    intrinsic(Intrinsic::Cast, vec![Arg::Pos(0)], vec![t.clone()]),
                );
                return Ok(t.clone());
            }
            let aux = npy::MapAux {
                op: ArrayOp::Copy,
                from: a.dtype,
                to: out,
            };
            inf.res(
                e,
                native_aux("array", npy::map, vec![Arg::Pos(0)], vec![t.clone()], aux),
            );
            Ok(Type::array(out, a.ndim, Layout::C))
        }
        Type::List(_) | Type::Tuple(_) => {
            // Nesting depth and element type.
            let mut ndim = 0u8;
            let mut el = t.clone();
            loop {
                match &el {
                    Type::List(inner) => {
                        ndim += 1;
                        el = (**inner).clone();
                    }
                    Type::Tuple(items)
                        if ndim == 0
                            && !items.is_empty()
                            && items.iter().all(|i| i.is_number()) =>
                    {
                        ndim += 1;
                        el = items
                            .iter()
                            .skip(1)
                            .fold(items[0].clone(), |acc, i| super::ops::promote(&acc, i));
                    }
                    Type::Tuple(items)
                        if ndim == 0
                            && matches!(items.first(), Some(Type::Str | Type::Bytes))
                            && items.iter().all(|i| *i == items[0]) =>
                    {
                        ndim += 1;
                        el = items[0].clone();
                    }
                    _ => break,
                }
            }
            if ndim as usize > vm::value::MAX_NDIM {
                return Err(err(
                    inf,
                    arg.span,
                    format!(
                        "rumba supports arrays of 1 to {} dimensions",
                        vm::value::MAX_NDIM
                    ),
                ));
            }
            let dt = match (dt_kw, &el) {
                (Some(DType::Record(id)), Type::Tuple(items)) => {
                    let nfields = inf.prog.ctypes.field_names(id).len();
                    if inf.prog.record_fields(id).len() != nfields {
                        return Err(err(
                            inf,
                            arg.span,
                            "rumba makes record arrays from tuples only when every field is a \
                             number (assign string, complex and sub-array fields after)",
                        ));
                    }
                    if items.len() != nfields {
                        return Err(err(
                            inf,
                            arg.span,
                            format!(
                                "each record needs {nfields} values, these tuples have {}",
                                items.len()
                            ),
                        ));
                    }
                    DType::Record(id)
                }
                (Some(d), el) if el.is_number() => d,
                (None, el) if el.is_number() => dtype_of_scalar(el).unwrap_or(DType::F64),
                (None | Some(DType::C128), el) if el.is_complex() => DType::C128,
                (d, Type::Str | Type::Bytes) => super::records::text_array_of(inf, arg, &el, d)?,
                _ => {
                    return Err(err(
                        inf,
                        arg.span,
                        format!("cannot make an array of {}", inf.tyname(&el)),
                    ))
                }
            };
            let aux = npy::FromListAux {
                new: NewAux {
                    dtype: dt,
                    ndim,
                    itemsize: itemsize(inf, dt),
                },
                elem: el.clone(),
                fields: match dt {
                    DType::Record(id) => inf.prog.record_fields(id),
                    _ => Vec::new(),
                },
            };
            inf.res(
                e,
                native_aux(
                    "array",
                    npy::from_list,
                    vec![Arg::Pos(0)],
                    vec![t.clone()],
                    aux,
                ),
            );
            Ok(Type::array(dt, ndim, Layout::C))
        }
        t if t.is_number() => Err(err(
            inf,
            arg.span,
            "0-dimensional arrays are not supported by rumba",
        )),
        t => Err(err(
            inf,
            arg.span,
            format!("cannot make an array from {}", inf.tyname(t)),
        )),
    }
}

/// `a.reshape(shape)` / `np.reshape(a, shape)`.
#[allow(clippy::too_many_arguments)]
pub fn reshape(
    inf: &mut Infer,
    e: &Expr,
    at: &Type,
    shape_e: &Expr,
    st: &Type,
    args: Vec<Arg>,
    recv: Option<ExprId>,
    order: Option<&Expr>,
) -> IResult<Type> {
    let Type::Array(a) = at else {
        return Err(err(inf, e.span, "reshape expects an array"));
    };
    let ndim = shape_ndim(inf, shape_e, st)?;
    let (f, layout) = reshape_order(inf, a, ndim, order)?;
    let mut res = native("reshape", f, args, vec![at.clone(), st.clone()]);
    if let (Some(r), Res::Call(c)) = (recv, &mut res) {
        c.recv = Some(r);
    }
    inf.res(e, res);
    Ok(Type::array(a.dtype, ndim, layout))
}

/// The native and the result's layout of a reshape to `ndim` dimensions in
/// `order` ('C' by default; 'A' reads a Fortran array in Fortran order).
pub fn reshape_order(
    inf: &Infer,
    a: &vm::types::ArrayTy,
    ndim: u8,
    order: Option<&Expr>,
) -> IResult<(vm::native::NativeFn, Layout)> {
    let o = match order {
        Some(o) => order_arg(inf, "reshape", o, false)?,
        None => 'C',
    };
    let fortran = match (o, order) {
        ('K', Some(x)) => {
            return Err(inf.err(
                "ValueError",
                x.span,
                "order 'K' is not permitted for reshaping",
            ))
        }
        ('A', Some(x)) => order_layout(inf, "reshape", x, 'A', a.layout)? == Layout::F,
        (o, _) => o == 'F',
    };
    Ok(if fortran {
        (vm::lib_layout::reshape_f, new_layout('F', ndim))
    } else {
        (npy::reshape as vm::native::NativeFn, Layout::C)
    })
}

/// `a.copy(order)`, `a.ravel(order)`, `a.flatten(order)`: the native and
/// the result type. A copy is C-ordered unless asked otherwise; ravel and
/// flatten read the elements in the order asked.
pub fn copy_in_order(
    inf: &Infer,
    e: &Expr,
    name: &str,
    a: &vm::types::ArrayTy,
    order: Option<&Expr>,
) -> IResult<(Res, Type)> {
    let o = match order {
        Some(o) => order_arg(inf, name, o, false)?,
        None => 'C',
    };
    let layout = order_layout(inf, name, order.unwrap_or(e), o, a.layout)?;
    let aux = npy::MapAux {
        op: ArrayOp::Copy,
        from: a.dtype,
        to: a.dtype,
    };
    let at = vec![Type::Array(Rc::new(a.clone()))];
    let recv = Vec::new();
    Ok(match (name, layout) {
        ("copy", l) => (
            native_aux(name, npy::map, recv, at, aux),
            Type::array(a.dtype, a.ndim, if a.ndim > 1 { l } else { Layout::C }),
        ),
        // ravel views a contiguous array; flatten copies.
        ("ravel", Layout::F) => (
            native_aux(name, vm::lib_layout::ravel_f, recv, at, aux),
            Type::array(a.dtype, 1, Layout::C),
        ),
        ("ravel", _) => (
            native_aux(name, vm::lib_layout::ravel, recv, at, aux),
            Type::array(a.dtype, 1, Layout::C),
        ),
        (_, Layout::F) => (
            native_aux(name, vm::lib_layout::flatten_f, recv, at, aux),
            Type::array(a.dtype, 1, Layout::C),
        ),
        _ => (
            native_aux(name, npy::flatten, recv, at, aux),
            Type::array(a.dtype, 1, Layout::C),
        ),
    })
}

/// A dtype given as a type object (`np.float64`, `float`, a record dtype)
/// or a numpy type string (`'f8'`, `'int32'`).
pub fn dtype_arg(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<DType> {
    match dtype_arg_c(inf, e, t)? {
        DType::C128 => Err(type_err(
            inf,
            e.span,
            "complex arrays are not supported by rumba here",
        )),
        dt => Ok(dt),
    }
}

/// [`dtype_arg`], complex128 included, for the functions that make complex
/// arrays.
pub fn dtype_arg_c(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<DType> {
    if let ExprKind::List(_) = &e.kind {
        return super::records::list_dtype(inf, e);
    }
    if let Some(dt) = super::records::held_dtype(inf, e, t)? {
        return Ok(dt);
    }
    let ty = match t {
        Type::TypeObj(inner) | Type::NpClass(inner) => (**inner).clone(),
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
                None if s.starts_with("complex") || matches!(&*s, "c8" | "F") => {
                    return Err(type_err(
                        inf,
                        e.span,
                        "complex64 arrays are not supported by rumba yet",
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
        "c16" | "complex128" | "D" | "complex" => Type::NpC128,
        _ => numpy_type(s)?,
    })
}

/// FMATH on a scalar, giving a numpy scalar.
fn math_scalar(inf: &mut Infer, e: &Expr, f: MathFn, ret: Ret, t: &Type) -> Type {
    let rt = match ret {
        Ret::Bool => Type::NpBool,
        _ => math_result(t, true),
    };
    let at = if rt == Type::F32 {
        Type::F32
    } else {
        Type::F64
    };
    inf.res(
        e,
        intrinsic(Intrinsic::Math(f), vec![Arg::Pos(0)], vec![at]),
    );
    rt
}

/// numpy's scalar type named `name` (`float64`, `intc`...).
pub fn numpy_type(name: &str) -> Option<Type> {
    match &super::lib::numpy::NUMPY.entry(name)?.item {
        super::lib::Item::Type(t) => Some(t.clone()),
        _ => None,
    }
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

/// A value as Numba boxes it for Python: numpy scalars become Python's
/// bool, int and float (a float32 widens), inside tuples and lists too.
/// Every such pair shares its slot representation, so boxing moves no
/// bits. A uint64 becomes a Python int that keeps its unsigned value
/// (rumba's Python ints are 64-bit).
pub fn boxed(t: &Type) -> Type {
    match t {
        Type::NpBool => Type::Bool,
        Type::NpF64 | Type::F32 => Type::F64,
        Type::NpC128 => Type::C128,
        Type::Int(i) if !i.py && (i.bits != 64 || i.signed) => PYINT,
        Type::Int(i) if !i.py => Type::Int(IntTy { py: true, ..*i }),
        Type::Tuple(items) => Type::tuple(items.iter().map(boxed).collect()),
        Type::Named(n) => Type::Named(Rc::new(vm::types::NamedTy {
            items: n.items.iter().map(boxed).collect(),
            ..(**n).clone()
        })),
        Type::List(e) => Type::List(Rc::new(boxed(e))),
        Type::Opt(e) => Type::Opt(Rc::new(boxed(e))),
        // Numba's type for a numpy class prints as its name.
        Type::NpClass(c) => Type::TypeObj(c.clone()),
        t => t.clone(),
    }
}

/// `np.set_printoptions(precision=, threshold=, edgeitems=, linewidth=,
/// suppress=)`; an option given as None keeps its value.
pub fn set_printoptions(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, kwt) = c.parts();
    const NAMES: [&str; 5] = [
        "precision",
        "threshold",
        "edgeitems",
        "linewidth",
        "suppress",
    ];
    nargs(inf, e, f, pos.len(), 0, 0)?;
    check_kws(inf, f, kws, &NAMES)?;
    let mut aux = npy::PrintOptsAux { given: [false; 5] };
    let (mut args, mut types) = (Vec::new(), Vec::new());
    for (i, name) in NAMES.iter().enumerate() {
        let Some((k, kwe)) = kw(kws, name) else {
            continue;
        };
        let t = &kwt[k];
        let want = match i {
            1 if t.is_number() => Type::F64,
            4 if t.is_bool() || t.is_int() => Type::Bool,
            _ if *t == Type::None => continue,
            0 | 2 | 3 if t.is_int() || t.is_bool() => Type::Int(IntTy::I64),
            _ => {
                return Err(err(
                    inf,
                    kwe.value.span,
                    format!(
                        "numpy.set_printoptions()'s {name} cannot be {}",
                        inf.tyname(t)
                    ),
                ))
            }
        };
        aux.given[i] = true;
        args.push(Arg::Kw(k));
        types.push(want);
    }
    inf.res(e, native_aux(f, npy::set_printoptions, args, types, aux));
    Ok(Type::None)
}

/// One array argument and no keywords: the array's type.
fn one_array<'a>(inf: &Infer, c: &CallSite<'a>) -> IResult<&'a vm::types::ArrayTy> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 1, 1)?;
    array_arg(inf, &args[0], &pos[0], f)
}

fn numeric(inf: &Infer, e: &Expr, f: &str, a: &vm::types::ArrayTy) -> IResult<()> {
    if a.dtype.is_float() || a.dtype.is_int() {
        return Ok(());
    }
    Err(err(
        inf,
        e.span,
        format!("numpy.{f}() of {} arrays is not supported", a.dtype.name()),
    ))
}

/// `np.eye(N, M=None, k=0, dtype=float)`, `np.identity(n, dtype=float)`.
pub fn eye(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    let eye = f == "eye";
    let names: &[&str] = if eye {
        &["M", "k", "dtype"]
    } else {
        &["dtype"]
    };
    check_kws(inf, f, kws, names)?;
    nargs(inf, e, f, pos.len(), 1, if eye { 4 } else { 2 })?;
    let i64t = Type::Int(IntTy::I64);
    let int_arg = |inf: &Infer, a: Arg, t: &Type, ex: &Expr| -> IResult<(Arg, Type)> {
        match t {
            t if t.is_int() => Ok((a, i64t.clone())),
            t => Err(err(
                inf,
                ex.span,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    inf.tyname(t)
                ),
            )),
        }
    };
    let n = int_arg(inf, Arg::Pos(0), &pos[0], &args[0])?;
    // M and k, positional or keywords; M=None is N.
    let mut m = n.clone();
    let mut k = (Arg::Const(Const::Int(0), i64t.clone()), i64t.clone());
    let mut dt = None;
    if eye {
        match (pos.get(1), kw(kws, "M")) {
            (Some(t), _) if *t != Type::None => m = int_arg(inf, Arg::Pos(1), t, &args[1])?,
            (None, Some((i, kk))) if kwt[i] != Type::None => {
                m = int_arg(inf, Arg::Kw(i), &kwt[i], &kk.value)?
            }
            _ => {}
        }
        match (pos.get(2), kw(kws, "k")) {
            (Some(t), _) => k = int_arg(inf, Arg::Pos(2), t, &args[2])?,
            (None, Some((i, kk))) => k = int_arg(inf, Arg::Kw(i), &kwt[i], &kk.value)?,
            _ => {}
        }
        if pos.len() == 4 {
            dt = Some(dtype_arg(inf, &args[3], &pos[3])?);
        }
    } else if pos.len() == 2 {
        dt = Some(dtype_arg(inf, &args[1], &pos[1])?);
    }
    let dt = match dt {
        Some(d) => d,
        None => dtype_kw(inf, kws, kwt)?.unwrap_or(DType::F64),
    };
    let aux = new_aux(inf, dt, 2);
    let (argv, types) = [n, m, k].into_iter().unzip();
    inf.res(e, native_aux(f, npy::eye, argv, types, aux));
    Ok(Type::array(dt, 2, Layout::C))
}

/// `np.cumprod(a)`: the running product, flattened.
pub fn cumprod(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    numeric(inf, c.e, c.name, a)?;
    map_array(
        inf,
        c.e,
        ArrayOp::Cumprod,
        &c.pos[0],
        pos_args(1),
        c.pos.to_vec(),
    )?;
    Ok(Type::array(a.dtype, 1, Layout::C))
}

/// The array of `a`'s dtype with its axes reversed, as `a.T` views it:
/// C and Fortran order trade places.
pub fn transposed(a: &vm::types::ArrayTy) -> Type {
    let layout = match a.layout {
        _ if a.ndim <= 1 => a.layout,
        Layout::C => Layout::F,
        Layout::F => Layout::C,
        Layout::A => Layout::A,
    };
    Type::array(a.dtype, a.ndim, layout)
}

/// The type of `a[i]` (and of iterating `a`): a C array's rows are C,
/// a Fortran array's are strided.
pub fn row_of(a: &vm::types::ArrayTy) -> Type {
    let layout = match a.layout {
        Layout::F => Layout::A,
        l => l,
    };
    Type::array(a.dtype, a.ndim - 1, layout)
}

/// `np.finfo(T).attr` and `np.iinfo(T).attr`: constants of the machine
/// types, folded while compiling (rumba has no objects for the info
/// records themselves).
pub fn info_attr(inf: &mut Infer, e: &Expr, value: &Expr, attr: &str) -> IResult<Option<Type>> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &value.kind
    else {
        return Ok(None);
    };
    let ([x], true) = (&args[..], keywords.is_empty()) else {
        return Ok(None);
    };
    // Only a name that could be numpy's is typed here: other callees
    // (`type(e)`, `obj.method(x)`) are not values on their own.
    let named = match &func.kind {
        ExprKind::Name(n) => n.as_str(),
        ExprKind::Attribute { attr, .. } => attr.as_str(),
        _ => "",
    };
    if !matches!(named, "finfo" | "iinfo") {
        return Ok(None);
    }
    let which = match inf.expr(func)? {
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(id) {
            "numpy.finfo" => "finfo",
            "numpy.iinfo" => "iinfo",
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    let xt = inf.expr(x)?;
    let dt = match &xt {
        t if t.is_number() => t.dtype().unwrap_or(DType::F64),
        t => dtype_arg_c(inf, x, t)?,
    };
    let bad = |inf: &Infer, what: String| Err(err(inf, e.span, what));
    let (c, t) = match (which, dt) {
        ("finfo", DType::F64 | DType::F32) => {
            let f32 = dt == DType::F32;
            let ft = if f32 { Type::F32 } else { Type::NpF64 };
            let (nmant, nexp, minexp, maxexp, precision) = match f32 {
                true => (23i128, 8i128, -126i128, 128i128, 6i128),
                false => (52, 11, -1022, 1024, 15),
            };
            let eps = 2f64.powi(-(nmant as i32));
            let max = if f32 { f32::MAX as f64 } else { f64::MAX };
            let tiny = 2f64.powi(minexp as i32);
            let float = |v: f64| {
                (
                    Const::Float(if f32 { v as f32 as f64 } else { v }),
                    ft.clone(),
                )
            };
            let int = |v: i128| (Const::Int(v), PYINT);
            match attr {
                "bits" => int(1 + nexp + nmant),
                "eps" => float(eps),
                "epsneg" => float(eps / 2.0),
                "max" => float(max),
                "min" => float(-max),
                "tiny" | "smallest_normal" => float(tiny),
                "smallest_subnormal" => float(tiny * eps),
                "resolution" => float(if f32 { 1e-6 } else { 1e-15 }),
                "precision" => int(precision),
                "maxexp" => int(maxexp),
                "minexp" => int(minexp),
                "nmant" => int(nmant),
                "nexp" | "iexp" => int(nexp),
                "machep" => int(-nmant),
                "negep" => int(-nmant - 1),
                _ => {
                    return bad(
                        inf,
                        format!("numpy.finfo has no attribute '{attr}' in rumba"),
                    )
                }
            }
        }
        ("iinfo", d) if d.is_int() => {
            let bits = 8 * d.scalar_size().unwrap_or(8);
            let (min, max) = match d.is_signed() {
                true => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
                false => (0, (1i128 << bits) - 1),
            };
            match attr {
                "bits" => (Const::Int(bits as i128), PYINT),
                "min" => (Const::Int(min), PYINT),
                "max" if max <= i64::MAX as i128 => (Const::Int(max), PYINT),
                "max" => {
                    return bad(
                        inf,
                        "numpy.iinfo(uint64).max does not fit in rumba's 64-bit int".into(),
                    )
                }
                "kind" => {
                    let k = if d.is_signed() { "i" } else { "u" };
                    (Const::Str(Rc::from(k)), Type::Str)
                }
                _ => {
                    return bad(
                        inf,
                        format!("numpy.iinfo has no attribute '{attr}' in rumba"),
                    )
                }
            }
        }
        _ => {
            return bad(
                inf,
                format!("numpy.{which}() of {} is not supported", dt.name()),
            )
        }
    };
    inf.konst(e, c);
    inf.res(e, Res::Const);
    Ok(Some(t))
}

/// `np.finfo(T)` / `np.iinfo(T)` other than for one of their attributes.
pub fn info(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    Err(err(
        inf,
        c.e.span,
        format!(
            "rumba supports numpy.{}() only to read an attribute (numpy.{0}(T).max)",
            c.name
        ),
    ))
}

/// `np.transpose(a)`, `np.transpose(a, axes)`: a view with the axes
/// reversed, or in the order `axes` gives.
pub fn transpose(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    check_kws(inf, f, kws, &["axes"])?;
    nargs(inf, e, f, pos.len(), 1, 2)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    let axes = match (pos.get(1), kw(kws, "axes")) {
        (Some(t), None) => Some((Arg::Pos(1), t, &args[1])),
        (None, Some((i, k))) => Some((Arg::Kw(i), &kwt[i], &k.value)),
        (None, None) => None,
        _ => {
            return Err(err(
                inf,
                e.span,
                "numpy.transpose() got multiple values for argument 'axes'",
            ))
        }
    };
    match axes {
        None | Some((_, Type::None, _)) => {
            inf.res(
                e,
                native(
                    "transpose",
                    npy::transpose,
                    pos_args(1),
                    vec![pos[0].clone()],
                ),
            );
            Ok(transposed(a))
        }
        Some((arg, t, x)) => {
            axes_tuple(inf, x, t)?;
            let types = vec![pos[0].clone(), t.clone()];
            let aux = npy::AxesOp::Given;
            let res = native_aux(f, npy::permute_axes, vec![Arg::Pos(0), arg], types, aux);
            inf.res(e, res);
            Ok(permuted(a))
        }
    }
}

/// The axes of `transpose(a, axes)`: a tuple of ints (numpy checks
/// them against the array when it runs).
pub fn axes_tuple(inf: &Infer, x: &Expr, t: &Type) -> IResult<()> {
    match t {
        Type::Tuple(items)
            if items.len() <= vm::value::MAX_NDIM && items.iter().all(|i| i.is_int()) =>
        {
            Ok(())
        }
        t => Err(err(
            inf,
            x.span,
            format!(
                "transpose()'s axes must be a tuple of ints in rumba, not {}",
                inf.tyname(t)
            ),
        )),
    }
}

/// The type of a view of `a` with its axes reordered.
pub fn permuted(a: &vm::types::ArrayTy) -> Type {
    let layout = if a.ndim <= 1 { a.layout } else { Layout::A };
    Type::array(a.dtype, a.ndim, layout)
}

/// `np.swapaxes(a, axis1, axis2)`, `np.moveaxis(a, source, destination)`:
/// views with two axes exchanged, or one moved.
pub fn swapaxes(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 3, 3)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    for (x, t) in args[1..].iter().zip(&pos[1..]) {
        if !t.is_int() {
            return Err(err(
                inf,
                x.span,
                format!(
                    "numpy.{f}() takes integer axes in rumba, not {}",
                    inf.tyname(t)
                ),
            ));
        }
    }
    let aux = match f {
        "moveaxis" => npy::AxesOp::Move,
        _ => npy::AxesOp::Swap,
    };
    let res = native_aux(f, npy::permute_axes, pos_args(3), pos.to_vec(), aux);
    inf.res(e, res);
    Ok(permuted(a))
}

/// `np.ravel(a, order='C')`: the elements in that order, 1-D.
pub fn ravel(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &["order"])?;
    nargs(inf, e, f, pos.len(), 1, 2)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    let order = args.get(1).or(kw(kws, "order").map(|(_, k)| &k.value));
    let (res, t) = copy_in_order(inf, e, "ravel", a, order)?;
    let Res::Call(mut call) = res else {
        return Err(err(inf, e.span, "bad ravel"));
    };
    call.args = pos_args(1);
    inf.res(e, Res::Call(call));
    Ok(t)
}

/// `np.expand_dims(a, axis)`: a view with a new axis of length 1.
pub fn expand_dims(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &["axis"])?;
    nargs(inf, e, f, pos.len(), 1, 2)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    let axis_e = match (args.get(1), kw(kws, "axis")) {
        (Some(x), _) => x,
        (None, Some((_, k))) => &k.value,
        _ => {
            return Err(err(
                inf,
                e.span,
                "numpy.expand_dims() missing required argument 'axis'",
            ))
        }
    };
    let nd = a.ndim as i64 + 1;
    let v = const_int(inf, axis_e, "axis")?;
    let ax = if v < 0 { v + nd } else { v };
    if !(0..nd).contains(&ax) {
        return Err(inf.err(
            "AxisError",
            axis_e.span,
            format!("axis {v} is out of bounds for array of dimension {nd}"),
        ));
    }
    if nd as usize > vm::value::MAX_NDIM {
        return Err(err(
            inf,
            e.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let dt = a.dtype;
    inf.res(
        e,
        native_aux(
            f,
            npy::expand_dims,
            pos_args(1),
            vec![pos[0].clone()],
            ax as u8,
        ),
    );
    Ok(Type::array(dt, nd as u8, Layout::A))
}

/// `np.ptp(a)`: max minus min of the whole array.
pub fn ptp(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    numeric(inf, c.e, c.name, a)?;
    inf.res(c.e, native("ptp", npy::ptp, pos_args(1), c.pos.to_vec()));
    Ok(Type::of_dtype(a.dtype))
}

/// `np.diff(a)`: differences along the last axis.
pub fn diff(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    numeric(inf, c.e, c.name, a)?;
    let dt = a.dtype;
    inf.res(
        c.e,
        native_aux("diff", npy::diff, pos_args(1), c.pos.to_vec(), dt),
    );
    Ok(Type::array(dt, a.ndim, Layout::C))
}

/// `np.argsort(a)` / `a.argsort()`: indices that sort the last axis.
pub fn argsort_of(
    inf: &mut Infer,
    e: &Expr,
    at: &Type,
    args: Vec<Arg>,
    recv: Option<ExprId>,
) -> IResult<Type> {
    let Type::Array(a) = at else {
        return Err(err(inf, e.span, "argsort() needs an array"));
    };
    if !(a.dtype.is_float() || a.dtype.is_int() || a.dtype == DType::Bool) {
        return Err(err(
            inf,
            e.span,
            "argsort() of record arrays is not supported",
        ));
    }
    let mut res = native("argsort", npy::argsort, args, vec![at.clone()]);
    if let (Some(r), Res::Call(c)) = (recv, &mut res) {
        c.recv = Some(r);
    }
    inf.res(e, res);
    Ok(Type::array(DType::I64, a.ndim, Layout::C))
}

/// `np.argsort(a, kind=...)`: every kind sorts stably here, which is what
/// 'stable' and 'mergesort' promise.
pub fn argsort(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &["kind"])?;
    nargs(inf, e, f, pos.len(), 1, 1)?;
    array_arg(inf, &args[0], &pos[0], f)?;
    if let Some((_, k)) = kw(kws, "kind") {
        let s = const_str(inf, &k.value, "a sort kind")?;
        if !matches!(&*s, "quicksort" | "mergesort" | "heapsort" | "stable") {
            return Err(inf.err(
                "ValueError",
                k.value.span,
                format!("sort kind must be one of 'quick', 'heap', or 'stable' (got '{s}')"),
            ));
        }
    }
    argsort_of(inf, e, &pos[0], pos_args(1), None)
}

/// `np.nonzero(a)`, `np.where(a)`: a tuple of index arrays, one per axis;
/// `np.flatnonzero(a)`, `np.argwhere(a)`.
pub fn nonzero(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    if let DType::Record(_) = a.dtype {
        return Err(unsupported(inf, c.e.span, c.name, &c.pos[0]));
    }
    let idx = Type::array(DType::I64, 1, Layout::C);
    let (kind, rt) = match c.name {
        "flatnonzero" => (npy::NonzeroKind::Flat, idx),
        "argwhere" => (
            npy::NonzeroKind::Argwhere,
            Type::array(DType::I64, 2, Layout::C),
        ),
        _ => (
            npy::NonzeroKind::PerAxis,
            Type::tuple(vec![idx; a.ndim as usize]),
        ),
    };
    inf.res(
        c.e,
        native_aux(c.name, npy::nonzero, pos_args(1), c.pos.to_vec(), kind),
    );
    Ok(rt)
}

/// `np.stack(arrays, axis=0)`, `np.hstack`, `np.vstack`, `np.dstack`,
/// `np.column_stack` of a tuple or list of arrays.
pub fn stack(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, if f == "stack" { &["axis"] } else { &[] })?;
    nargs(inf, e, f, pos.len(), 1, if f == "stack" { 2 } else { 1 })?;
    let (parts, from_list): (Vec<vm::types::ArrayTy>, bool) = match &pos[0] {
        Type::Tuple(items) if items.iter().all(|t| matches!(t, Type::Array(_))) => (
            items
                .iter()
                .filter_map(|t| match t {
                    Type::Array(a) => Some((**a).clone()),
                    _ => None,
                })
                .collect(),
            false,
        ),
        Type::List(el) if matches!(**el, Type::Array(_)) => match &**el {
            Type::Array(a) => (vec![(**a).clone()], true),
            _ => (Vec::new(), true),
        },
        t => {
            return Err(err(
                inf,
                args[0].span,
                format!(
                    "numpy.{f}() takes a tuple or list of arrays, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let refs: Vec<&vm::types::ArrayTy> = parts.iter().collect();
    let (nd, dt) = joined(inf, args[0].span, &refs)?;
    let dt = dt.unwrap_or(DType::F64);
    if let DType::Record(_) = dt {
        return Err(err(
            inf,
            args[0].span,
            format!("numpy.{f}() of record arrays is not supported"),
        ));
    }
    let (kind, ndim) = match f {
        "stack" => {
            let axis_e = args.get(1).or(kw(kws, "axis").map(|(_, k)| &k.value));
            let v = match axis_e {
                Some(x) => const_int(inf, x, "axis")?,
                None => 0,
            };
            let out = nd as i64 + 1;
            let ax = if v < 0 { v + out } else { v };
            if !(0..out).contains(&ax) {
                return Err(inf.err(
                    "AxisError",
                    axis_e.map_or(e.span, |x| x.span),
                    format!("axis {v} is out of bounds for array of dimension {out}"),
                ));
            }
            (npy::StackKind::Stack(ax as u8), nd + 1)
        }
        "hstack" => (npy::StackKind::Hstack, nd),
        "vstack" => (npy::StackKind::Vstack, nd.max(2)),
        "dstack" => (npy::StackKind::Dstack, nd.max(3)),
        _ => (npy::StackKind::ColumnStack, nd.max(2)),
    };
    if ndim as usize > vm::value::MAX_NDIM {
        return Err(err(
            inf,
            e.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let aux = npy::StackAux {
        kind,
        new: new_aux(inf, dt, ndim),
        from_list,
    };
    inf.res(
        e,
        native_aux(f, npy::stack, pos_args(1), vec![pos[0].clone()], aux),
    );
    Ok(Type::array(dt, ndim, Layout::C))
}

/// A ufunc's `out` argument (after its `nin` inputs, or `out=`): the
/// array written and given back. The call takes nothing else.
fn ufunc_out(inf: &Infer, c: &CallSite, nin: usize) -> IResult<Option<(Arg, Type)>> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    check_kws(inf, f, kws, &["out"])?;
    let n = pos.len();
    let given = match kw(kws, "out") {
        Some((i, k)) if n == nin => Some((Arg::Kw(i), kwt[i].clone(), &k.value)),
        Some(_) => {
            return Err(err(
                inf,
                e.span,
                format!("numpy.{f}() got multiple values for argument 'out'"),
            ))
        }
        None if n == nin + 1 => Some((Arg::Pos(nin), pos[nin].clone(), &args[nin])),
        None => {
            nargs(inf, e, f, n, nin, nin + 1)?;
            None
        }
    };
    match given {
        Some((arg, t @ Type::Array(_), _)) => Ok(Some((arg, t))),
        Some((_, t, x)) => Err(err(
            inf,
            x.span,
            format!("numpy.{f}()'s out must be an array, not {}", inf.tyname(&t)),
        )),
        None => Ok(None),
    }
}

/// numpy's 'same_kind' rule for writing a ufunc's result into `out`.
fn check_out_cast(inf: &Infer, e: &Expr, f: &str, res: DType, out: &Type) -> IResult<()> {
    let Type::Array(o) = out else {
        return Ok(());
    };
    let bad = (res.is_float() && !o.dtype.is_float())
        || (res.is_int() && o.dtype == DType::Bool)
        || matches!(o.dtype, DType::Record(_));
    if bad {
        return Err(err(
            inf,
            e.span,
            format!(
                "Cannot cast ufunc '{f}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                res.name(),
                o.dtype.name()
            ),
        ));
    }
    Ok(())
}

/// A constant float keyword argument, or its default.
fn const_float_kw(inf: &Infer, kws: &[Keyword], name: &str, default: f64) -> IResult<f64> {
    match kw(kws, name) {
        None => Ok(default),
        Some((_, k)) => match inf.const_of(&k.value) {
            Some(Const::Float(v)) => Ok(*v),
            Some(Const::Int(v)) => Ok(*v as f64),
            _ => Err(err(
                inf,
                k.value.span,
                format!("{name} must be a constant number"),
            )),
        },
    }
}

/// `np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)` and
/// `np.allclose` (one Python bool); tolerances are constants.
pub fn isclose(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &["rtol", "atol", "equal_nan"])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    for (a, t) in args.iter().zip(pos) {
        let ok = match t {
            Type::Array(x) => x.dtype.is_float() || x.dtype.is_int() || x.dtype == DType::Bool,
            t => t.is_number() && *t != Type::C128,
        };
        if !ok {
            return Err(unsupported(inf, a.span, f, t));
        }
    }
    let equal_nan = match kw(kws, "equal_nan") {
        None => false,
        Some((_, k)) => match inf.const_of(&k.value) {
            Some(Const::Bool(b)) => *b,
            _ => return Err(err(inf, k.value.span, "equal_nan must be a constant bool")),
        },
    };
    let all = f == "allclose";
    let aux = npy::CloseAux {
        lhs: npy::Operand::of(&pos[0]),
        rhs: npy::Operand::of(&pos[1]),
        rtol: const_float_kw(inf, kws, "rtol", 1e-5)?,
        atol: const_float_kw(inf, kws, "atol", 1e-8)?,
        equal_nan,
        all,
    };
    let types = vec![npy::slot_type(&pos[0]), npy::slot_type(&pos[1])];
    inf.res(e, native_aux(f, npy::isclose, pos_args(2), types, aux));
    let any_array = pos.iter().any(|t| matches!(t, Type::Array(_)));
    Ok(match (all, any_array) {
        (true, _) => Type::Bool,
        (false, true) => Type::array(DType::Bool, bcast_ndim(&[&pos[0], &pos[1]]), Layout::C),
        (false, false) => Type::NpBool,
    })
}

/// `np.array_equal(a, b)`: a Python bool.
pub fn array_equal(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    for (a, t) in args.iter().zip(pos) {
        if let DType::Record(_) = array_arg(inf, a, t, f)?.dtype {
            return Err(unsupported(inf, a.span, f, t));
        }
    }
    inf.res(
        e,
        native("array_equal", npy::array_equal, pos_args(2), pos.to_vec()),
    );
    Ok(Type::Bool)
}

/// `np.average(a)`: the mean (weights are not supported).
pub fn average(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    if let Some(k) = c.kws.iter().find(|k| k.name != "axis") {
        return Err(err(
            inf,
            k.name_span,
            format!(
                "numpy.average() with '{}' is not supported by rumba",
                k.name
            ),
        ));
    }
    reduction(inf, c, ReduceOp::Mean)
}

/// A constant string keyword that picks one of two words, or the first.
fn side_kw(inf: &Infer, kws: &[Keyword], name: &str, words: [&str; 2]) -> IResult<bool> {
    let Some((_, k)) = kw(kws, name) else {
        return Ok(false);
    };
    let s = const_str(inf, &k.value, name)?;
    match &*s {
        w if w == words[0] => Ok(false),
        w if w == words[1] => Ok(true),
        _ => Err(inf.err(
            "ValueError",
            k.value.span,
            format!(
                "{name} must be '{}' or '{}' (got '{s}')",
                words[0], words[1]
            ),
        )),
    }
}

/// A 1-D numeric array argument.
fn vector<'a>(inf: &Infer, e: &Expr, t: &'a Type, f: &str) -> IResult<&'a vm::types::ArrayTy> {
    let a = array_arg(inf, e, t, f)?;
    if a.ndim != 1 || !(a.dtype.is_float() || a.dtype.is_int()) {
        return Err(err(
            inf,
            e.span,
            format!(
                "numpy.{f}() expects a 1-D numeric array here, not {}",
                inf.tyname(t)
            ),
        ));
    }
    Ok(a)
}

/// `np.searchsorted(a, v, side='left')`, `np.digitize(x, bins,
/// right=False)`, `np.interp(x, xp, fp)`.
pub fn lookup(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let (op, sorted_at, v_at) = match f {
        "searchsorted" => {
            check_kws(inf, f, kws, &["side"])?;
            nargs(inf, e, f, pos.len(), 2, 2)?;
            let right = side_kw(inf, kws, "side", ["left", "right"])?;
            (npy::LookupOp::Searchsorted { right }, 0, 1)
        }
        "digitize" => {
            check_kws(inf, f, kws, &["right"])?;
            nargs(inf, e, f, pos.len(), 2, 2)?;
            let right = match kw(kws, "right") {
                None => false,
                Some((_, k)) => match inf.const_of(&k.value) {
                    Some(Const::Bool(b)) => *b,
                    _ => return Err(err(inf, k.value.span, "right must be a constant bool")),
                },
            };
            (npy::LookupOp::Digitize { right }, 1, 0)
        }
        _ => {
            check_kws(inf, f, kws, &[])?;
            nargs(inf, e, f, pos.len(), 3, 3)?;
            vector(inf, &args[2], &pos[2], f)?;
            (npy::LookupOp::Interp, 1, 0)
        }
    };
    vector(inf, &args[sorted_at], &pos[sorted_at], f)?;
    let vt = &pos[v_at];
    let ok = match vt {
        Type::Array(a) => a.dtype.is_float() || a.dtype.is_int(),
        t => t.is_number() && *t != Type::C128,
    };
    if !ok {
        return Err(unsupported(inf, args[v_at].span, f, vt));
    }
    let aux = npy::LookupAux {
        op,
        v: npy::Operand::of(vt),
    };
    let mut argv = vec![Arg::Pos(sorted_at)];
    let mut types = vec![pos[sorted_at].clone()];
    if op == npy::LookupOp::Interp {
        argv.push(Arg::Pos(2));
        types.push(pos[2].clone());
    }
    argv.push(Arg::Pos(v_at));
    types.push(npy::slot_type(vt));
    inf.res(e, native_aux(f, npy::lookup, argv, types, aux));
    let dt = if op == npy::LookupOp::Interp {
        DType::F64
    } else {
        DType::I64
    };
    Ok(match vt {
        Type::Array(a) => Type::array(dt, a.ndim, Layout::C),
        _ if dt == DType::F64 => Type::NpF64,
        _ => Type::Int(IntTy::I64),
    })
}

/// `np.bincount(a)` of a 1-D int array.
pub fn bincount(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    if a.ndim != 1 || !a.dtype.is_int() {
        return Err(unsupported(inf, c.args[0].span, c.name, &c.pos[0]));
    }
    inf.res(
        c.e,
        native("bincount", npy::bincount, pos_args(1), c.pos.to_vec()),
    );
    Ok(Type::array(DType::I64, 1, Layout::C))
}

/// `np.histogram(a, bins=10)` with a number of bins: (counts, edges).
pub fn histogram(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, kwt) = c.parts();
    check_kws(inf, f, kws, &["bins"])?;
    nargs(inf, e, f, pos.len(), 1, 2)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?;
    if !(a.dtype.is_float() || a.dtype.is_int()) {
        return Err(unsupported(inf, args[0].span, f, &pos[0]));
    }
    let (bins, bt, be) = match (pos.get(1), kw(kws, "bins")) {
        (Some(t), _) => (Arg::Pos(1), t.clone(), &args[1]),
        (None, Some((i, k))) => (Arg::Kw(i), kwt[i].clone(), &k.value),
        _ => (Arg::Const(Const::Int(10), Type::Int(IntTy::I64)), PYINT, e),
    };
    if !bt.is_int() {
        return Err(err(
            inf,
            be.span,
            "numpy.histogram() supports a number of bins, not their edges",
        ));
    }
    let types = vec![pos[0].clone(), Type::Int(IntTy::I64)];
    inf.res(
        e,
        native("histogram", npy::histogram, vec![Arg::Pos(0), bins], types),
    );
    Ok(Type::tuple(vec![
        Type::array(DType::I64, 1, Layout::C),
        Type::array(DType::F64, 1, Layout::C),
    ]))
}

/// An int argument that may be a constant (`k`) read at compile time.
fn const_k(inf: &Infer, c: &CallSite, at: usize, name: &str) -> IResult<i64> {
    match (c.args.get(at), kw(c.kws, name)) {
        (Some(x), _) => const_int(inf, x, name),
        (None, Some((_, k))) => const_int(inf, &k.value, name),
        _ => Ok(0),
    }
}

/// `np.roll`, `np.repeat`, `np.append`, `np.diag`, `np.triu`, `np.tril`,
/// `np.outer`, `np.kron`, `np.cross`: new arrays.
pub fn manip(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let n = pos.len();
    let (lo, hi, keys): (usize, usize, &[&str]) = match f {
        "roll" => (2, 2, &[]),
        "repeat" => (2, 2, &[]),
        "append" => (2, 2, &[]),
        "diag" | "triu" | "tril" => (1, 2, &["k"]),
        _ => (2, 2, &[]),
    };
    check_kws(inf, f, kws, keys)?;
    nargs(inf, e, f, n, lo, hi)?;
    let a = array_arg(inf, &args[0], &pos[0], f)?.clone();
    if !(a.dtype.is_float() || a.dtype.is_int()) {
        return Err(unsupported(inf, args[0].span, f, &pos[0]));
    }
    let two = matches!(f, "append" | "outer" | "kron" | "cross");
    if two {
        let ok = match &pos[1] {
            Type::Array(b) => b.dtype.is_float() || b.dtype.is_int(),
            t => t.is_number() && *t != Type::C128 && f == "append",
        };
        if !ok {
            return Err(unsupported(inf, args[1].span, f, &pos[1]));
        }
    }
    let out = if two {
        super::ops::promote(&Type::of_dtype(a.dtype), &npy_scalar(&elem_type(&pos[1])))
            .dtype()
            .unwrap_or(DType::F64)
    } else {
        a.dtype
    };
    let (op, ndim) = match f {
        "roll" => (npy::Manip::Roll, a.ndim),
        "repeat" => (npy::Manip::Repeat, 1),
        "append" => (npy::Manip::Append, 1),
        "diag" => {
            let k = const_k(inf, c, 1, "k")?;
            match a.ndim {
                1 => (npy::Manip::Diag(k), 2),
                2 => (npy::Manip::Diag(k), 1),
                _ => return Err(err(inf, e.span, "numpy.diag() expects a 1-D or 2-D array")),
            }
        }
        "triu" | "tril" if a.ndim >= 2 => {
            let k = const_k(inf, c, 1, "k")?;
            let op = if f == "triu" {
                npy::Manip::Triu(k)
            } else {
                npy::Manip::Tril(k)
            };
            (op, a.ndim)
        }
        "triu" | "tril" => {
            return Err(err(
                inf,
                e.span,
                format!("numpy.{f}() expects an array of 2 or more dimensions"),
            ))
        }
        "outer" => (npy::Manip::Outer, 2),
        "kron" if a.ndim == 1 && matches!(&pos[1], Type::Array(b) if b.ndim == 1) => {
            (npy::Manip::Kron, 1)
        }
        "kron" => return Err(err(inf, e.span, "numpy.kron() is supported for 1-D arrays")),
        _ => (npy::Manip::Cross, 1),
    };
    let mut argv = pos_args(1);
    let mut types = vec![pos[0].clone()];
    let other = match op {
        npy::Manip::Roll | npy::Manip::Repeat => {
            if !pos[1].is_int() {
                return Err(err(
                    inf,
                    args[1].span,
                    format!("numpy.{f}() takes an int here, not {}", inf.tyname(&pos[1])),
                ));
            }
            argv.push(Arg::Pos(1));
            types.push(Type::Int(IntTy::I64));
            None
        }
        _ if two => {
            argv.push(Arg::Pos(1));
            types.push(npy::slot_type(&pos[1]));
            Some(npy::Operand::of(&pos[1]))
        }
        _ => None,
    };
    let aux = npy::ManipAux { op, other, out };
    inf.res(e, native_aux(f, npy::manip, argv, types, aux));
    Ok(Type::array(out, ndim, Layout::C))
}

/// `np.trace(m)` of a 2-D array.
pub fn trace(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    if a.ndim != 2 || !(a.dtype.is_float() || a.dtype.is_int()) {
        return Err(unsupported(inf, c.args[0].span, c.name, &c.pos[0]));
    }
    let rt = if a.dtype.is_float() {
        Type::NpF64
    } else {
        Type::Int(IntTy::I64)
    };
    inf.res(
        c.e,
        native("trace", npy::trace, pos_args(1), c.pos.to_vec()),
    );
    Ok(rt)
}

/// `np.flip(a)` (every axis), `np.fliplr(m)`, `np.flipud(m)`: views.
pub fn flip(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let a = one_array(inf, c)?;
    let axes: u32 = match c.name {
        "fliplr" if a.ndim >= 2 => 2,
        "flipud" => 1,
        "flip" => (1u32 << a.ndim) - 1,
        _ => {
            return Err(err(
                inf,
                c.e.span,
                "numpy.fliplr() expects an array of 2 or more dimensions",
            ))
        }
    };
    let t = Type::array(a.dtype, a.ndim, Layout::A);
    inf.res(
        c.e,
        native_aux(c.name, npy::flip, pos_args(1), c.pos.to_vec(), axes),
    );
    Ok(t)
}

/// The dimensions of `np.ndindex(*shape)` or `np.ndindex(shape)`, and
/// `np.unravel_index`'s shape: int arguments or one tuple of ints.
fn dims_of(
    inf: &Infer,
    e: &Expr,
    f: &str,
    args: &[Expr],
    pos: &[Type],
    at: usize,
) -> IResult<(Vec<Arg>, Vec<Type>, usize)> {
    let i64t = Type::Int(IntTy::I64);
    match pos.get(at..) {
        Some([Type::Tuple(items)]) if items.iter().all(|t| t.is_int()) => Ok((
            vec![Arg::Pos(at)],
            vec![Type::tuple(vec![i64t; items.len()])],
            items.len(),
        )),
        Some(ts) if !ts.is_empty() && ts.iter().all(|t| t.is_int()) => Ok((
            (at..pos.len()).map(Arg::Pos).collect(),
            vec![i64t; ts.len()],
            ts.len(),
        )),
        _ => Err(err(
            inf,
            args.get(at).map_or(e.span, |a| a.span),
            format!("numpy.{f}() takes a shape: ints or a tuple of ints"),
        )),
    }
}

/// `np.ndindex(*shape)`: the index tuples in C order (a list of tuples).
pub fn ndindex(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    let (argv, types, nd) = dims_of(inf, e, f, args, pos, 0)?;
    inf.res(e, native("ndindex", npy::ndindex, argv, types));
    Ok(Type::List(Rc::new(Type::tuple(vec![PYINT; nd]))))
}

/// `np.unravel_index(i, shape)` of one int index: a tuple of numpy ints.
pub fn unravel_index(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    if !pos[0].is_int() {
        return Err(unsupported(inf, args[0].span, f, &pos[0]));
    }
    let (mut argv, mut types, nd) = dims_of(inf, e, f, args, pos, 1)?;
    argv.insert(0, Arg::Pos(0));
    types.insert(0, Type::Int(IntTy::I64));
    inf.res(e, native(f, npy::unravel_index, argv, types));
    Ok(Type::tuple(vec![Type::Int(IntTy::I64); nd]))
}

/// `np.ravel_multi_index(index, shape)` of one tuple of int indices: the
/// flat index in C order, a numpy int.
pub fn ravel_multi_index(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    let i64t = Type::Int(IntTy::I64);
    let n = match (&pos[0], &pos[1]) {
        (Type::Tuple(ix), Type::Tuple(dims))
            if ix.len() == dims.len()
                && !ix.is_empty()
                && ix.iter().chain(dims.iter()).all(|t| t.is_int()) =>
        {
            ix.len()
        }
        _ => {
            return Err(err(
                inf,
                e.span,
                format!(
                    "numpy.{f}() takes a tuple of int indices and a shape of as many ints in rumba"
                ),
            ))
        }
    };
    let types = vec![Type::tuple(vec![i64t.clone(); n]); 2];
    inf.res(
        e,
        native(f, vm::lib_nditer::ravel_multi_index, pos_args(2), types),
    );
    Ok(i64t)
}

/// `np.shape(a)`, `np.size(a)`, `np.ndim(a)`: the array's attribute.
pub fn shape_of(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 1, 1)?;
    array_arg(inf, &args[0], &pos[0], f)?;
    let kind = ExprKind::Attribute {
        value: Box::new(args[0].clone()),
        attr: f.to_string(),
        attr_span: e.span,
    };
    super::star::use_rewrite(inf, e, kind)
}

/// `np.meshgrid(x, y)` of two 1-D arrays.
pub fn meshgrid(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    let x = vector(inf, &args[0], &pos[0], f)?.dtype;
    let y = vector(inf, &args[1], &pos[1], f)?.dtype;
    inf.res(e, native(f, npy::meshgrid, pos_args(2), pos.to_vec()));
    Ok(Type::tuple(vec![
        Type::array(x, 2, Layout::C),
        Type::array(y, 2, Layout::C),
    ]))
}

/// `a.flags.c_contiguous`, `.contiguous`, `.f_contiguous`: a bool computed
/// from the array's strides. `None` when `value.attr` is something else.
pub fn array_flag(inf: &mut Infer, e: &Expr, value: &Expr, attr: &str) -> IResult<Option<Type>> {
    let fortran = match attr {
        "c_contiguous" | "contiguous" => false,
        "f_contiguous" => true,
        _ => return Ok(None),
    };
    let ExprKind::Attribute {
        value: inner,
        attr: flags,
        ..
    } = &value.kind
    else {
        return Ok(None);
    };
    if flags != "flags" || !matches!(inf.expr(inner)?, Type::Array(_)) {
        return Ok(None);
    }
    let aux = vm::lib_nditer::FlagAux {
        fortran,
        numba: inf.jitted(),
    };
    inf.res(e, Res::ArrayAttr(crate::front::typed::ArrayAttr::Flag(aux)));
    Ok(Some(Type::Bool))
}

/// `a.strides`, and `a.flat` (only as a loop's iterable, see `flat_elem`).
pub fn layout_attr(
    inf: &mut Infer,
    e: &Expr,
    a: &Rc<vm::types::ArrayTy>,
    attr: &str,
) -> IResult<Type> {
    if attr == "strides" {
        let at = Type::Array(a.clone());
        inf.res(
            e,
            native("strides", vm::lib_nditer::strides, vec![], vec![at]),
        );
        return Ok(Type::tuple(vec![PYINT; a.ndim as usize]));
    }
    if attr == "flags" {
        return Err(err(
            inf,
            e.span,
            "a.flags as a value is not supported by rumba (read a.flags.c_contiguous, .f_contiguous or .contiguous)",
        ));
    }
    flat_dtype(inf, e, a.dtype, "a.flat")?;
    inf.res(e, Res::Const);
    Ok(super::builtin(inf.prog, "<flat>"))
}

fn flat_dtype(inf: &Infer, e: &Expr, dt: DType, what: &str) -> IResult<()> {
    if dt == DType::C128 || matches!(dt, DType::Record(_)) {
        return Err(err(
            inf,
            e.span,
            format!("{what} of a complex or record array is not supported by rumba"),
        ));
    }
    Ok(())
}

/// `np.ndenumerate(a)`: only meaningful as a loop's iterable (the call is a
/// marker; `flat_elem` types the loop).
pub fn ndenumerate(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 1, 1)?;
    let Type::Array(a) = &pos[0] else {
        return Err(unsupported(inf, args[0].span, f, &pos[0]));
    };
    flat_dtype(inf, e, a.dtype, "numpy.ndenumerate()")?;
    inf.res(e, Res::Const);
    Ok(super::builtin(inf.prog, "<ndenumerate>"))
}

/// `a.flat[k]` (a load, or with `store` a store of a value of that type):
/// the element at index `k` in C order (negative from the end); the store
/// `a.flat[:] = x` fills the array. `None` when `value` is no array's
/// `.flat`.
pub fn flat_subscript(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    index: &Expr,
    store: Option<&Type>,
) -> IResult<Option<Type>> {
    let ExprKind::Attribute {
        value: arr, attr, ..
    } = &value.kind
    else {
        return Ok(None);
    };
    if attr != "flat" {
        return Ok(None);
    }
    inf.expr(value)?;
    let at = inf.out.ty(arr).clone();
    let Type::Array(a) = &at else {
        return Ok(None);
    };
    let elem = Type::of_dtype(a.dtype);
    if let ExprKind::Slice { lower, upper, step } = &index.kind {
        let (Some(t), None, None, None) = (store, lower, upper, step) else {
            return Err(err(
                inf,
                index.span,
                "a.flat sliced is not supported by rumba (only a.flat[k] and a.flat[:] = x)",
            ));
        };
        if !t.is_number() {
            return Err(err(
                inf,
                index.span,
                "a.flat[:] = x takes a number in rumba",
            ));
        }
        let slot = npy::slot_type(t);
        inf.res(
            e,
            native("flat[:]=", npy::fill, vec![], vec![at.clone(), slot]),
        );
        return Ok(Some(Type::None));
    }
    let it = inf.expr(index)?;
    if !it.is_int() {
        return Err(inf.err(
            "IndexError",
            index.span,
            format!(
                "a.flat takes an integer index in rumba, not {}",
                inf.tyname(&it)
            ),
        ));
    }
    let i64t = Type::Int(IntTy::I64);
    match store {
        None => {
            let f = vm::lib_nditer::flat_get;
            inf.res(e, native("flat[]", f, vec![], vec![at.clone(), i64t]));
            Ok(Some(elem))
        }
        Some(t) => {
            // An augmented assignment typed the target as a load first.
            if let Some(Res::Call(c)) = inf.out.res.get(&e.id) {
                if matches!(&c.kind, crate::front::typed::CallKind::Native { name, .. } if &**name == "flat[]")
                {
                    return Err(err(
                        inf,
                        e.span,
                        "augmented assignment to a.flat[k] is not supported by rumba (write a.flat[k] = a.flat[k] + x)",
                    ));
                }
            }
            super::ops::check_convertible(inf, t, &elem, e.span)?;
            let f = vm::lib_nditer::flat_set;
            inf.res(
                e,
                native("flat[]=", f, vec![], vec![at.clone(), i64t, elem]),
            );
            Ok(Some(Type::None))
        }
    }
}

/// The array a `.flat` or `np.ndenumerate(...)` iterable walks, when it is
/// written in place (a marker held in a variable has lost its array).
pub fn flat_source<'e>(iter: &'e Expr, name: &str) -> Option<&'e Expr> {
    match (&iter.kind, name) {
        (ExprKind::Attribute { value, .. }, "flat") => Some(value),
        (ExprKind::Call { args, .. }, "ndenumerate") => args.first(),
        _ => None,
    }
}

/// The element type of iterating `a.flat` (the values in C order) or
/// `np.ndenumerate(a)` (index tuple and value).
pub fn flat_elem(inf: &Infer, iter: &Expr, name: &str) -> Option<Type> {
    let Type::Array(a) = inf.out.ty(flat_source(iter, name)?) else {
        return None;
    };
    let v = Type::of_dtype(a.dtype);
    Some(if name == "flat" {
        v
    } else {
        Type::tuple(vec![Type::tuple(vec![PYINT; a.ndim as usize]), v])
    })
}

/// `a.tolist()`: nested lists of Python scalars (module code only, as in
/// Numba).
pub fn tolist(inf: &mut Infer, e: &Expr, a: &vm::types::ArrayTy) -> IResult<(Res, Type)> {
    if inf.jitted() {
        return Err(err(
            inf,
            e.span,
            "tolist() is not supported in jitted code (Numba does not support it)",
        ));
    }
    let leaf = match a.dtype {
        DType::Bool => Type::Bool,
        DType::F32 | DType::F64 => Type::F64,
        DType::U64 | DType::C128 | DType::Record(_) => {
            return Err(err(
                inf,
                e.span,
                "tolist() of a uint64, complex or record array is not supported by rumba",
            ))
        }
        _ => PYINT,
    };
    if a.ndim == 0 {
        return Err(err(
            inf,
            e.span,
            "tolist() of a 0-d array is not supported by rumba",
        ));
    }
    let t = (0..a.ndim).fold(leaf, |t, _| Type::List(Rc::new(t)));
    let res = native(
        "tolist",
        vm::lib_nditer::tolist,
        vec![],
        vec![Type::Array(Rc::new(a.clone()))],
    );
    Ok((res, t))
}

/// The result of `np.take(a, idx)` / `a.take(idx)` (no axis): an array
/// shaped like the int array or list of ints `idx`.
pub fn take_type(inf: &Infer, e: &Expr, at: &Type, it: &Type) -> IResult<(Res, Type)> {
    let Type::Array(a) = at else {
        return Err(unsupported(inf, e.span, "take", at));
    };
    let ndim = match it {
        Type::Array(ix) if ix.dtype.is_int() => ix.ndim,
        Type::List(el) if el.is_int() => 1,
        t => {
            return Err(err(
                inf,
                e.span,
                format!(
                    "numpy.take() with indices of {} is not supported by rumba (an int array or a list of ints)",
                    inf.tyname(t)
                ),
            ))
        }
    };
    if matches!(a.dtype, DType::Record(_)) {
        return Err(unsupported(inf, e.span, "take", at));
    }
    let res = native(
        "take",
        vm::lib_nditer::take_flat,
        vec![],
        vec![at.clone(), it.clone()],
    );
    Ok((res, Type::array(a.dtype, ndim, Layout::C)))
}

/// `np.take(a, idx)`.
pub fn take(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    check_kws(inf, f, kws, &[])?;
    nargs(inf, e, f, pos.len(), 2, 2)?;
    let (res, t) = take_type(inf, e, &pos[0], &pos[1])?;
    let Res::Call(mut call) = res else {
        return Err(err(inf, e.span, "bad take"));
    };
    call.args = pos_args(2);
    inf.res(e, Res::Call(call));
    Ok(t)
}

/// An `order` argument, a constant 'C', 'F', 'A' or 'K' (numpy's
/// constructors of new arrays take only 'C' and 'F'); module code only, as
/// Numba's functions take none.
fn order_arg(inf: &Infer, f: &str, e: &Expr, new: bool) -> IResult<char> {
    if inf.jitted() {
        return Err(err(
            inf,
            e.span,
            format!("numpy.{f}() takes no order in jitted code (Numba's takes none)"),
        ));
    }
    match inf.const_of(e) {
        Some(Const::Str(s)) if matches!(&**s, "C" | "F") => Ok(if &**s == "F" { 'F' } else { 'C' }),
        Some(Const::Str(s)) if matches!(&**s, "A" | "K") && !new => {
            Ok(if &**s == "A" { 'A' } else { 'K' })
        }
        Some(Const::Str(_)) if new => {
            Err(inf.err("ValueError", e.span, "only 'C' or 'F' order is permitted"))
        }
        _ => Err(err(
            inf,
            e.span,
            format!("numpy.{f}()'s order must be a constant 'C', 'F', 'A' or 'K'"),
        )),
    }
}

/// The layout of a copy of an array of layout `src` in `order`: 'A' and
/// 'K' keep a C or Fortran layout; what they give an array of any layout
/// depends on its strides at run time, which rumba's types do not follow.
fn order_layout(inf: &Infer, f: &str, e: &Expr, order: char, src: Layout) -> IResult<Layout> {
    Ok(match (order, src) {
        ('C', _) => Layout::C,
        ('F', _) => Layout::F,
        (_, Layout::A) => {
            return Err(err(
                inf,
                e.span,
                format!(
                "numpy.{f}(order='{order}') of an array of layout 'A' is not supported by rumba \
                     (its result's layout depends on the strides)"
            ),
            ))
        }
        (_, l) => l,
    })
}

/// The layout an elementwise result takes from its operands, as Numba
/// types it (and numpy lays it out): Fortran when no operand is C and
/// one is Fortran, otherwise C.
pub fn ew_layout(ts: &[&Type]) -> Layout {
    let has = |l| {
        ts.iter()
            .any(|t| matches!(t, Type::Array(a) if a.layout == l && a.ndim > 1))
    };
    if has(Layout::F)
        && !ts
            .iter()
            .any(|t| matches!(t, Type::Array(a) if a.layout == Layout::C))
    {
        Layout::F
    } else {
        Layout::C
    }
}
