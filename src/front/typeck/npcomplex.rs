//! numpy's complex128 arrays and scalars in numpy's functions and the
//! arrays' methods (vm/src/lib_npcomplex.rs). Every numpy function called
//! with a complex argument comes here: those not listed are refused, so a
//! complex array never reaches a native that reads its elements as reals.

use super::lib::CallSite;
use super::numpy::{dtype_arg_c, reshape};
use super::{intrinsic, native, native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Intrinsic, Res};
use vm::dtype::DType;
use vm::lib_npcomplex::{self as cx, MapOp, Operand, ReduceOp};
use vm::types::{Layout, Type};

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// A complex scalar or an array of complex128.
pub fn is_complex(t: &Type) -> bool {
    t.is_complex() || matches!(t, Type::Array(a) if a.dtype == DType::C128)
}

/// Whether a numpy call has a complex argument (also inside a tuple or
/// list of arrays).
pub fn involves(c: &CallSite) -> bool {
    fn arrays(t: &Type) -> bool {
        match t {
            Type::Tuple(items) => items.iter().any(arrays),
            Type::List(el) => arrays(el),
            t => matches!(t, Type::Array(a) if a.dtype == DType::C128),
        }
    }
    c.pos
        .iter()
        .chain(c.kw.iter())
        .any(|t| is_complex(t) || arrays(t))
}

fn pos_args(n: usize) -> Vec<Arg> {
    (0..n).map(Arg::Pos).collect()
}

fn refuse(inf: &Infer, span: Span, what: &str) -> crate::front::diag::Diag {
    err(
        inf,
        span,
        format!("{what} of complex numbers is not supported by rumba"),
    )
}

/// The scalar type a complex result has: numpy's complex128 in module code,
/// where numpy makes it; Numba's (printed as Python's) in jitted code.
fn scalar(inf: &Infer, t: DType) -> Type {
    match (t, inf.jitted()) {
        (DType::C128, true) => Type::C128,
        (DType::C128, false) => Type::NpC128,
        (DType::Bool, _) => Type::NpBool,
        _ => Type::NpF64,
    }
}

/// An elementwise function of one complex argument, array or scalar.
fn map1(inf: &mut Infer, c: &CallSite, op: MapOp, to: DType) -> IResult<Type> {
    let (e, f, _, pos, kws, _) = c.parts();
    if pos.len() != 1 || !kws.is_empty() {
        return Err(refuse(
            inf,
            e.span,
            &format!("numpy.{f}() with these arguments"),
        ));
    }
    let aux = |from| cx::MapAux {
        op,
        from,
        to,
        numba: inf.jitted(),
    };
    match &pos[0] {
        Type::Array(a) => {
            let aux = aux(a.dtype);
            inf.res(e, native_aux(f, cx::map, pos_args(1), pos.to_vec(), aux));
            Ok(Type::array(to, a.ndim, Layout::C))
        }
        t => {
            let aux = aux(DType::C128);
            inf.res(
                e,
                native_aux(f, cx::map_scalar, pos_args(1), vec![Type::C128], aux),
            );
            let _ = t;
            Ok(scalar(inf, to))
        }
    }
}

/// `a op b` with a complex operand and an array one: the native `binop`.
pub fn binop_res(op: cx::BinOp, lt: &Type, rt: &Type, jitted: bool) -> (cx::BinAux, Vec<Type>) {
    let aux = cx::BinAux {
        op,
        lhs: Operand::of(lt),
        rhs: Operand::of(rt),
        fma: !jitted,
    };
    (aux, vec![Operand::slot_type(lt), Operand::slot_type(rt)])
}

fn reduction(
    inf: &mut Infer,
    e: &Expr,
    op: ReduceOp,
    recv: Option<ExprId>,
    at: &Type,
) -> IResult<Type> {
    let aux = cx::ReduceAux {
        op,
        numba: inf.jitted(),
    };
    let args = if recv.is_some() { vec![] } else { pos_args(1) };
    let mut res = native_aux("reduce", cx::reduce, args, vec![at.clone()], aux);
    if let (Some(r), Res::Call(c)) = (recv, &mut res) {
        c.recv = Some(r);
    }
    inf.res(e, res);
    Ok(scalar(inf, DType::C128))
}

/// A numpy function called with a complex argument.
pub fn call(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    let binary = |op| match f {
        _ if pos.len() == 2 && kws.is_empty() => Some(op),
        _ => None,
    };
    let bin = match f {
        "add" => binary(cx::BinOp::Add),
        "subtract" => binary(cx::BinOp::Sub),
        "multiply" => binary(cx::BinOp::Mul),
        "divide" | "true_divide" => binary(cx::BinOp::Div),
        _ => None,
    };
    if let Some(op) = bin {
        let ok = |t: &Type| matches!(t, Type::Array(_)) || t.is_number() || t.is_complex();
        let ndim = pos
            .iter()
            .map(|t| if let Type::Array(a) = t { a.ndim } else { 0 })
            .max()
            .unwrap_or(0);
        if pos.iter().all(ok) && ndim > 0 {
            let (aux, slots) = binop_res(op, &pos[0], &pos[1], inf.jitted());
            inf.res(e, native_aux(f, cx::binop, pos_args(2), slots, aux));
            return Ok(Type::array(DType::C128, ndim, Layout::C));
        }
        return Err(refuse(
            inf,
            e.span,
            &format!("numpy.{f}() of these arguments"),
        ));
    }
    match f {
        "abs" | "absolute" => map1(inf, c, MapOp::Abs, DType::F64),
        "angle" => map1(inf, c, MapOp::Angle, DType::F64),
        "conj" | "conjugate" => match &pos.first() {
            Some(Type::Array(a)) if a.dtype != DType::C128 => map1(inf, c, MapOp::Copy, a.dtype),
            Some(t) if !is_complex(t) => Err(refuse(inf, e.span, "numpy.conj() of a real scalar")),
            _ => map1(inf, c, MapOp::Conj, DType::C128),
        },
        "negative" => map1(inf, c, MapOp::Neg, DType::C128),
        "sqrt" => map1(inf, c, MapOp::Sqrt, DType::C128),
        "exp" => map1(inf, c, MapOp::Exp, DType::C128),
        "log" => map1(inf, c, MapOp::Log, DType::C128),
        "isnan" => map1(inf, c, MapOp::IsNan, DType::Bool),
        "isinf" => map1(inf, c, MapOp::IsInf, DType::Bool),
        "isfinite" => map1(inf, c, MapOp::IsFinite, DType::Bool),
        "real" | "imag" if pos.len() == 1 && kws.is_empty() => {
            part(inf, e, &pos[0], f == "imag", pos_args(1))
        }
        "sum" | "prod" | "mean" if pos.len() == 1 && kws.is_empty() => {
            let op = match f {
                "sum" => ReduceOp::Sum,
                "prod" => ReduceOp::Prod,
                _ => ReduceOp::Mean,
            };
            match &pos[0] {
                at @ Type::Array(_) => reduction(inf, e, op, None, at),
                _ => Err(refuse(inf, e.span, &format!("numpy.{f}() of a scalar"))),
            }
        }
        "zeros_like" | "empty_like" | "ones_like" if pos.len() == 1 => super::numpy::like(inf, c),
        "full" if pos.len() == 2 && pos[1].is_complex() => full(inf, c),
        "array" | "asarray" if pos.len() == 1 && matches!(pos[0], Type::Array(_)) => {
            let Type::Array(a) = &pos[0] else {
                return Err(refuse(inf, e.span, "numpy.array()"));
            };
            let to = match kws.iter().position(|k| k.name == "dtype") {
                Some(i) => dtype_arg_c(inf, &kws[i].value, &c.kw[i])?,
                None => DType::C128,
            };
            convert(inf, e, &pos[0], a.ndim, to, None)
        }
        _ => Err(refuse(
            inf,
            args.first().map_or(e.span, |a| a.span),
            &format!("numpy.{f}()"),
        )),
    }
}

/// `np.full(shape, z)`: a zeroed complex array, filled.
fn full(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if !kws.is_empty() {
        return Err(refuse(inf, e.span, "numpy.full() with keywords"));
    }
    let ndim = super::numpy::shape_ndim(inf, &args[0], &pos[0])?;
    inf.res(
        e,
        native(
            "full",
            cx::full,
            pos_args(2),
            vec![pos[0].clone(), Type::C128],
        ),
    );
    Ok(Type::array(DType::C128, ndim, Layout::C))
}

/// A copy of a complex array converted to `to` (numpy drops the
/// imaginary parts going to a real dtype).
fn convert(
    inf: &mut Infer,
    e: &Expr,
    at: &Type,
    ndim: u8,
    to: DType,
    recv: Option<ExprId>,
) -> IResult<Type> {
    if matches!(to, DType::Record(_)) {
        return Err(refuse(inf, e.span, "a record conversion"));
    }
    let aux = cx::MapAux {
        op: MapOp::Copy,
        from: DType::C128,
        to,
        numba: inf.jitted(),
    };
    let args = if recv.is_some() { vec![] } else { pos_args(1) };
    let mut res = native_aux("astype", cx::map, args, vec![at.clone()], aux);
    if let (Some(r), Res::Call(c)) = (recv, &mut res) {
        c.recv = Some(r);
    }
    inf.res(e, res);
    Ok(Type::array(to, ndim, Layout::C))
}

/// `a.real`, `a.imag`, `np.real(x)`, `np.imag(x)`: views of a complex
/// array's parts; for a real array its values, or zeros.
pub fn part(inf: &mut Infer, e: &Expr, t: &Type, imag: bool, args: Vec<Arg>) -> IResult<Type> {
    let res = match t {
        Type::Array(a) if a.dtype == DType::C128 => {
            native_aux("part", cx::part_view, args, vec![t.clone()], imag)
        }
        t if t.is_complex() => intrinsic(Intrinsic::Part(u8::from(imag)), args, vec![Type::C128]),
        // A real array is its own real part, as numpy gives it.
        Type::Array(_) if !imag => {
            inf.res(e, intrinsic(Intrinsic::Cast, args, vec![t.clone()]));
            return Ok(t.clone());
        }
        _ => {
            return Err(err(
                inf,
                e.span,
                "the imaginary part of real numbers is not supported by rumba",
            ))
        }
    };
    inf.res(e, res);
    Ok(match t {
        Type::Array(a) => Type::array(DType::F64, a.ndim, Layout::A),
        _ => scalar(inf, DType::F64),
    })
}

/// A method of a complex array.
#[allow(clippy::too_many_arguments)]
pub fn method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    rt: &Type,
    a: &vm::types::ArrayTy,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    let recv = Some(value.id);
    if !kws.is_empty() {
        return Err(refuse(inf, e.span, &format!("a.{name}() with keywords")));
    }
    match (name, pos) {
        ("sum" | "prod" | "mean", []) => {
            let op = match name {
                "sum" => ReduceOp::Sum,
                "prod" => ReduceOp::Prod,
                _ => ReduceOp::Mean,
            };
            reduction(inf, e, op, recv, rt)
        }
        ("copy", []) => convert(inf, e, rt, a.ndim, DType::C128, recv),
        ("astype", [t]) => {
            let to = dtype_arg_c(inf, &args[0], t)?;
            convert(inf, e, rt, a.ndim, to, recv)
        }
        ("conj" | "conjugate", []) => {
            let aux = cx::MapAux {
                op: MapOp::Conj,
                from: DType::C128,
                to: DType::C128,
                numba: inf.jitted(),
            };
            let mut res = native_aux(name, cx::map, vec![], vec![rt.clone()], aux);
            if let Res::Call(c) = &mut res {
                c.recv = recv;
            }
            inf.res(e, res);
            Ok(Type::array(DType::C128, a.ndim, Layout::C))
        }
        ("fill", [t]) if t.is_number() || t.is_complex() => {
            let mut res = native(
                "fill",
                cx::fill,
                pos_args(1),
                vec![rt.clone(), Operand::slot_type(t)],
            );
            if let Res::Call(c) = &mut res {
                c.recv = recv;
            }
            inf.res(e, res);
            Ok(Type::None)
        }
        ("reshape", [st]) => reshape(inf, e, rt, &args[0], st, pos_args(1), recv, None),
        ("reshape", dims) if dims.len() <= vm::value::MAX_NDIM && dims.iter().all(Type::is_int) => {
            let mut types = vec![rt.clone()];
            types.extend(dims.iter().cloned());
            let mut res = native(
                "reshape",
                vm::lib_numpy::reshape,
                pos_args(dims.len()),
                types,
            );
            if let Res::Call(c) = &mut res {
                c.recv = recv;
            }
            inf.res(e, res);
            Ok(Type::array(DType::C128, dims.len() as u8, Layout::C))
        }
        ("transpose", []) => {
            let mut res = native(
                "transpose",
                vm::lib_numpy::transpose,
                vec![],
                vec![rt.clone()],
            );
            if let Res::Call(c) = &mut res {
                c.recv = recv;
            }
            inf.res(e, res);
            Ok(super::numpy::transposed(a))
        }
        _ => Err(refuse(inf, e.span, &format!("a.{name}()"))),
    }
}
