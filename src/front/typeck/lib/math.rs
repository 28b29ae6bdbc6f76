//! `math`: every name of CPython 3.11's math module. The float functions
//! are FMATH/FMATH2 instructions and the rest natives (vm/src/lib_base.rs),
//! all computed by vm/src/lib_math, which gives CPython's results and
//! raises its errors.

use super::{func, item, unsupported, CallSite, Entry, Item, Module, Ret, Rule, Value};
use crate::front::typeck::{arity, check_kws, intrinsic, kw_index, native, pos_args};
use crate::front::typeck::{type_err, IResult, Infer};
use crate::front::typed::{Arg, Const, Intrinsic};
use vm::bytecode::{MathFn, MathFn2};
use vm::lib_base as base;
use vm::lib_numpy as npy;
use vm::native::NativeFn;
use vm::types::{Type, PYINT};

pub const MATH: Module = Module {
    name: "math",
    entries: &[ENTRIES],
    complete: true,
    star: true,
};

const fn f1(name: &'static str, f: MathFn, ret: Ret) -> Entry {
    item(name, Item::Func(Rule::Math1(f, ret)))
}

const fn f2(name: &'static str, f: MathFn2) -> Entry {
    item(name, Item::Func(Rule::Math2(f)))
}

const fn float(name: &'static str, v: f64) -> Entry {
    item(name, Item::Const(Value::Float(v)))
}

const ENTRIES: &[Entry] = &[
    f1("acos", MathFn::PyAcos, Ret::Float),
    f1("acosh", MathFn::PyAcosh, Ret::Float),
    f1("asin", MathFn::PyAsin, Ret::Float),
    f1("asinh", MathFn::PyAsinh, Ret::Float),
    f1("atan", MathFn::PyAtan, Ret::Float),
    f2("atan2", MathFn2::PyAtan2),
    f1("atanh", MathFn::PyAtanh, Ret::Float),
    f1("cbrt", MathFn::PyCbrt, Ret::Float),
    f1("ceil", MathFn::PyCeil, Ret::Int),
    func("comb", int2),
    f2("copysign", MathFn2::Copysign),
    f1("cos", MathFn::PyCos, Ret::Float),
    f1("cosh", MathFn::PyCosh, Ret::Float),
    f1("degrees", MathFn::PyDegrees, Ret::Float),
    unsupported("dist"),
    float("e", std::f64::consts::E),
    f1("erf", MathFn::PyErf, Ret::Float),
    f1("erfc", MathFn::PyErfc, Ret::Float),
    f1("exp", MathFn::PyExp, Ret::Float),
    f1("exp2", MathFn::PyExp2, Ret::Float),
    f1("expm1", MathFn::PyExpm1, Ret::Float),
    func("fabs", fabs),
    func("factorial", int1),
    f1("floor", MathFn::PyFloor, Ret::Int),
    f2("fmod", MathFn2::PyFmod),
    func("frexp", split),
    func("fsum", fsum),
    f1("gamma", MathFn::PyGamma, Ret::Float),
    func("gcd", int2),
    f2("hypot", MathFn2::PyHypot),
    float("inf", f64::INFINITY),
    func("isclose", isclose),
    f1("isfinite", MathFn::IsFinite, Ret::Bool),
    f1("isinf", MathFn::IsInf, Ret::Bool),
    f1("isnan", MathFn::IsNan, Ret::Bool),
    func("isqrt", int1),
    func("lcm", int2),
    f2("ldexp", MathFn2::PyLdexp),
    f1("lgamma", MathFn::PyLgamma, Ret::Float),
    func("log", log),
    f1("log10", MathFn::PyLog10, Ret::Float),
    f1("log1p", MathFn::PyLog1p, Ret::Float),
    f1("log2", MathFn::PyLog2, Ret::Float),
    func("modf", split),
    float("nan", f64::NAN),
    f2("nextafter", MathFn2::PyNextafter),
    func("perm", int2),
    float("pi", std::f64::consts::PI),
    f2("pow", MathFn2::PyPow),
    func("prod", prod),
    f1("radians", MathFn::PyRadians, Ret::Float),
    f2("remainder", MathFn2::PyRemainder),
    f1("sin", MathFn::PySin, Ret::Float),
    f1("sinh", MathFn::PySinh, Ret::Float),
    f1("sqrt", MathFn::PySqrt, Ret::Float),
    f1("tan", MathFn::PyTan, Ret::Float),
    f1("tanh", MathFn::PyTanh, Ret::Float),
    float("tau", std::f64::consts::TAU),
    f1("trunc", MathFn::PyTrunc, Ret::Int),
    f1("ulp", MathFn::PyUlp, Ret::Float),
];

/// Argument `i` must be a real number, as math's functions require.
fn need_real(inf: &Infer, c: &CallSite, i: usize) -> IResult<()> {
    if c.pos[i].is_number() {
        Ok(())
    } else {
        Err(type_err(
            inf,
            c.args[i].span,
            format!("must be real number, not {}", inf.tyname(&c.pos[i])),
        ))
    }
}

/// A float function of one real number (`Rule::Math1`).
pub fn math1(inf: &mut Infer, c: &CallSite, f: MathFn, ret: Ret) -> IResult<Type> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 1)?;
    need_real(inf, c, 0)?;
    if ret == Ret::Int && c.pos[0].is_int() {
        inf.res(
            c.e,
            intrinsic(Intrinsic::Cast, pos_args(1), vec![c.pos[0].clone()]),
        );
        return Ok(PYINT);
    }
    inf.res(
        c.e,
        intrinsic(Intrinsic::Math(f), pos_args(1), vec![Type::F64]),
    );
    Ok(match ret {
        Ret::Float => Type::F64,
        Ret::Int => PYINT,
        Ret::Bool => Type::Bool,
    })
}

/// A float function of two real numbers (`Rule::Math2`).
pub fn math2(inf: &mut Infer, c: &CallSite, f: MathFn2) -> IResult<Type> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    arity(inf, c.e, &c.qualified(), c.pos.len(), 2, 2)?;
    need_real(inf, c, 0)?;
    need_real(inf, c, 1)?;
    if f == MathFn2::PyLdexp && !c.pos[1].is_int() {
        return Err(type_err(
            inf,
            c.args[1].span,
            "Expected an int as second argument to ldexp.",
        ));
    }
    inf.res(
        c.e,
        intrinsic(Intrinsic::Math2(f), pos_args(2), vec![Type::F64, Type::F64]),
    );
    Ok(Type::F64)
}

/// `math.log(x)` and `math.log(x, base)`.
fn log(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 2)?;
    if c.pos.len() == 1 {
        return math1(inf, c, MathFn::PyLog, Ret::Float);
    }
    need_real(inf, c, 0)?;
    need_real(inf, c, 1)?;
    inf.res(
        c.e,
        native(
            "math.log",
            base::math_log_base,
            pos_args(2),
            vec![Type::F64, Type::F64],
        ),
    );
    Ok(Type::F64)
}

fn fabs(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 1)?;
    need_real(inf, c, 0)?;
    inf.res(c.e, intrinsic(Intrinsic::Abs, pos_args(1), vec![Type::F64]));
    Ok(Type::F64)
}

/// `math.factorial`, `math.isqrt`.
fn int1(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &[])?;
    arity(inf, c.e, &fname, c.pos.len(), 1, 1)?;
    if !c.pos[0].is_int() {
        return Err(type_err(
            inf,
            c.args[0].span,
            format!("{fname}() only accepts integral values"),
        ));
    }
    let nf = if c.name == "factorial" {
        base::factorial
    } else {
        base::isqrt
    };
    inf.res(c.e, native(&fname, nf, pos_args(1), vec![PYINT]));
    Ok(PYINT)
}

/// `math.gcd`, `math.lcm`, `math.comb`, `math.perm`.
fn int2(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &[])?;
    arity(inf, c.e, &fname, c.pos.len(), 2, 2)?;
    for i in 0..2 {
        if !c.pos[i].is_int() {
            return Err(type_err(
                inf,
                c.args[i].span,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    inf.tyname(&c.pos[i])
                ),
            ));
        }
    }
    let nf = match c.name {
        "gcd" => base::gcd,
        "lcm" => base::lcm,
        "comb" => base::comb,
        _ => base::perm,
    };
    inf.res(c.e, native(&fname, nf, pos_args(2), vec![PYINT, PYINT]));
    Ok(PYINT)
}

fn isclose(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &["rel_tol", "abs_tol"])?;
    arity(inf, c.e, &fname, c.pos.len(), 2, 2)?;
    need_real(inf, c, 0)?;
    need_real(inf, c, 1)?;
    let mut a = pos_args(2);
    let mut types = vec![Type::F64, Type::F64];
    for (name, default) in [("rel_tol", 1e-9), ("abs_tol", 0.0)] {
        match kw_index(c.kws, name) {
            Some(i) => a.push(Arg::Kw(i)),
            None => a.push(Arg::Const(Const::Float(default), Type::F64)),
        }
        types.push(Type::F64);
    }
    inf.res(c.e, native(&fname, base::isclose, a, types));
    Ok(Type::Bool)
}

/// `math.modf`, `math.frexp`: a float split in two.
fn split(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &[])?;
    arity(inf, c.e, &fname, c.pos.len(), 1, 1)?;
    need_real(inf, c, 0)?;
    let (nf, rt): (NativeFn, _) = if c.name == "modf" {
        (base::modf, Type::tuple(vec![Type::F64, Type::F64]))
    } else {
        (base::frexp, Type::tuple(vec![Type::F64, PYINT]))
    };
    inf.res(c.e, native(&fname, nf, pos_args(1), vec![Type::F64]));
    Ok(rt)
}

fn fsum(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &[])?;
    arity(inf, c.e, &fname, c.pos.len(), 1, 1)?;
    match &c.pos[0] {
        Type::Array(_) | Type::List(_) => {
            inf.res(c.e, native(&fname, npy::fsum, pos_args(1), c.pos.to_vec()));
            Ok(Type::F64)
        }
        t => Err(type_err(
            inf,
            c.args[0].span,
            format!("fsum() of {} is not supported", inf.tyname(t)),
        )),
    }
}

/// `math.prod(seq, start=1)` of a list or homogeneous tuple of Python ints
/// or floats: an int, or a float when a float takes part.
fn prod(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    check_kws(inf, &fname, c.kws, &["start"])?;
    arity(inf, c.e, &fname, c.pos.len(), 1, 1)?;
    let py = |t: &Type| matches!(t, Type::Bool | Type::F64) || *t == PYINT;
    let (elem, tuple_len) = match &c.pos[0] {
        Type::List(t) if py(t) => ((**t).clone(), None),
        Type::Tuple(ts) if !ts.is_empty() && ts.iter().all(|t| *t == ts[0]) && py(&ts[0]) => {
            (ts[0].clone(), Some(ts.len()))
        }
        t => {
            return Err(type_err(
                inf,
                c.args[0].span,
                format!(
                "rumba supports math.prod() of lists and tuples of Python ints or floats, not {}",
                inf.tyname(t)
            ),
            ))
        }
    };
    let start = match kw_index(c.kws, "start") {
        Some(i) if py(&c.kw[i]) => Some((Arg::Kw(i), c.kw[i].clone())),
        Some(i) => {
            return Err(type_err(
                inf,
                c.kws[i].value.span,
                "rumba supports math.prod()'s start= as a Python int or float",
            ))
        }
        None => None,
    };
    let elems_float = elem == Type::F64;
    let start_float = start.as_ref().is_some_and(|(_, t)| *t == Type::F64);
    let elem_arg = match elem {
        Type::Bool => PYINT,
        t => t,
    };
    let seq_t = match tuple_len {
        Some(n) => Type::tuple(vec![elem_arg; n]),
        None => c.pos[0].clone(),
    };
    let (start_arg, start_t) = match start {
        Some((a, Type::Bool)) => (a, PYINT),
        Some((a, t)) => (a, t),
        None => (Arg::Const(Const::Int(1), PYINT), PYINT),
    };
    let aux = vm::lib_pymath::ProdAux {
        elems_float,
        start_float,
        tuple_len,
    };
    inf.res(
        c.e,
        crate::front::typeck::native_aux(
            &fname,
            vm::lib_pymath::prod,
            vec![Arg::Pos(0), start_arg],
            vec![seq_t, start_t],
            aux,
        ),
    );
    Ok(if elems_float || start_float {
        Type::F64
    } else {
        PYINT
    })
}
