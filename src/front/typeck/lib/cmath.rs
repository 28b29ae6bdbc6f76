//! `cmath`: the functions of complex numbers rumba computes
//! (vm/src/lib_cmath.rs) and the constants; the rest are refused by name.

use super::{func, item, unsupported, CallSite, Entry, Item, Module, Value};
use crate::front::typeck::{arity, check_kws, native_aux, pos_args, type_err, IResult, Infer};
use vm::lib_cmath::{CFn, CmathAux};
use vm::types::Type;

pub const CMATH: Module = Module {
    name: "cmath",
    entries: &[ENTRIES],
    complete: false,
    star: true,
};

const fn float(name: &'static str, v: f64) -> Entry {
    item(name, Item::Const(Value::Float(v)))
}

macro_rules! rules {
    ($($name:ident => $f:expr,)*) => {$(
        fn $name(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
            call(inf, c, $f)
        }
    )*};
}

rules! {
    sqrt => CFn::Sqrt,
    exp => CFn::Exp,
    log => CFn::Log,
    log10 => CFn::Log10,
    phase => CFn::Phase,
    polar => CFn::Polar,
    rect => CFn::Rect,
    isnan => CFn::IsNan,
    isinf => CFn::IsInf,
    isfinite => CFn::IsFinite,
    isclose => CFn::IsClose,
    sin => CFn::Sin,
    cos => CFn::Cos,
    tan => CFn::Tan,
    asin => CFn::Asin,
    acos => CFn::Acos,
    atan => CFn::Atan,
    sinh => CFn::Sinh,
    cosh => CFn::Cosh,
    tanh => CFn::Tanh,
    asinh => CFn::Asinh,
    acosh => CFn::Acosh,
    atanh => CFn::Atanh,
}

const ENTRIES: &[Entry] = &[
    func("acos", acos),
    func("acosh", acosh),
    func("asin", asin),
    func("asinh", asinh),
    func("atan", atan),
    func("atanh", atanh),
    func("cos", cos),
    func("cosh", cosh),
    float("e", std::f64::consts::E),
    func("exp", exp),
    float("inf", f64::INFINITY),
    unsupported("infj"),
    func("isclose", isclose),
    func("isfinite", isfinite),
    func("isinf", isinf),
    func("isnan", isnan),
    func("log", log),
    func("log10", log10),
    float("nan", f64::NAN),
    unsupported("nanj"),
    func("phase", phase),
    float("pi", std::f64::consts::PI),
    func("polar", polar),
    func("rect", rect),
    func("sin", sin),
    func("sinh", sinh),
    func("sqrt", sqrt),
    func("tan", tan),
    func("tanh", tanh),
    float("tau", std::f64::consts::TAU),
];

fn call(inf: &mut Infer, c: &CallSite, f: CFn) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    let q = c.qualified();
    check_kws(inf, &q, kws, &[])?;
    let (min, max) = match f {
        CFn::Log => (1, 2),
        CFn::Rect | CFn::IsClose => (2, 2),
        _ => (1, 1),
    };
    arity(inf, e, &q, pos.len(), min, max)?;
    let numba = inf.jitted();
    if numba && f == CFn::IsClose {
        return Err(type_err(
            inf,
            e.span,
            "cmath.isclose() in jitted code is not supported by rumba",
        ));
    }
    let want = if f == CFn::Rect {
        Type::F64
    } else {
        Type::C128
    };
    for (a, t) in args.iter().zip(pos) {
        let ok = t.is_number() || (want == Type::C128 && t.is_complex());
        if !ok {
            let msg = format!("must be real number, not {}", inf.tyname(t));
            return Err(type_err(inf, a.span, msg));
        }
    }
    let f = if f == CFn::Log && pos.len() == 2 {
        CFn::LogBase
    } else {
        f
    };
    let types = vec![want; pos.len()];
    let aux = CmathAux { f, numba };
    inf.res(
        e,
        native_aux(&q, vm::lib_cmath::call, pos_args(pos.len()), types, aux),
    );
    Ok(match f {
        CFn::Phase => Type::F64,
        CFn::Polar => Type::tuple(vec![Type::F64, Type::F64]),
        CFn::IsNan | CFn::IsInf | CFn::IsFinite | CFn::IsClose => Type::Bool,
        _ => Type::C128,
    })
}
