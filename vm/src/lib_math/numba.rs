//! `math.*` and `np.*` on float64 inside jitted code, as Numba 0.68
//! compiles them: straight calls into libm (LLVM's intrinsics lower to the
//! C library), never an exception: a domain error gives NaN, a pole or an
//! overflow an infinity. Unlike CPython, `math.gamma` and `math.lgamma` are
//! libm's `tgamma` and `lgamma`.

use super::libm;
use std::f64::consts::PI;

/// `math.floor`/`ceil`/`trunc` in jitted code return int64 through a plain
/// float-to-int conversion: NaN, infinities and values out of range give
/// x86-64's "integer indefinite" value, i64::MIN.
pub fn to_i64(x: f64) -> i64 {
    if (-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        x as i64
    } else {
        i64::MIN
    }
}

pub fn floor(x: f64) -> i64 {
    to_i64(x.floor())
}

pub fn ceil(x: f64) -> i64 {
    to_i64(x.ceil())
}

pub fn trunc(x: f64) -> i64 {
    to_i64(x.trunc())
}

/// `np.sign` as Numba implements it: a zero keeps its sign (numpy's own
/// returns +0.0), NaN stays NaN.
pub fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}

pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// A float function of one float.
pub type Fn1 = fn(f64) -> f64;
/// A float function of two floats.
pub type Fn2 = fn(f64, f64) -> f64;

/// `math.<name>` in jitted code, for the float -> float functions Numba
/// supports (no `cbrt`, `exp2`, `fmod` or `remainder` there).
pub const MATH1: &[(&str, Fn1)] = &[
    ("acos", libm::acos),
    ("acosh", libm::acosh),
    ("asin", libm::asin),
    ("asinh", libm::asinh),
    ("atan", libm::atan),
    ("atanh", libm::atanh),
    ("cos", libm::cos),
    ("cosh", libm::cosh),
    ("degrees", degrees),
    ("erf", libm::erf),
    ("erfc", libm::erfc),
    ("exp", libm::exp),
    ("expm1", libm::expm1),
    ("fabs", f64::abs),
    ("gamma", libm::tgamma),
    ("lgamma", libm::lgamma),
    ("log", libm::log),
    ("log10", libm::log10),
    ("log1p", libm::log1p),
    ("log2", libm::log2),
    ("radians", radians),
    ("sin", libm::sin),
    ("sinh", libm::sinh),
    ("sqrt", f64::sqrt),
    ("tan", libm::tan),
    ("tanh", libm::tanh),
];

/// `math.<name>(x, y)` in jitted code (Numba has no two-argument `log`).
pub const MATH2: &[(&str, Fn2)] = &[
    ("atan2", libm::atan2),
    ("copysign", f64::copysign),
    ("hypot", libm::hypot),
    ("pow", libm::pow),
];

/// `np.<name>` on a float64 in jitted code.
pub const UFUNC1: &[(&str, Fn1)] = &[
    ("absolute", f64::abs),
    ("arccos", libm::acos),
    ("arccosh", libm::acosh),
    ("arcsin", libm::asin),
    ("arcsinh", libm::asinh),
    ("arctan", libm::atan),
    ("arctanh", libm::atanh),
    ("cbrt", libm::cbrt),
    ("ceil", f64::ceil),
    ("cos", libm::cos),
    ("cosh", libm::cosh),
    ("deg2rad", radians),
    ("degrees", degrees),
    ("exp", libm::exp),
    ("exp2", libm::exp2),
    ("expm1", libm::expm1),
    ("fabs", f64::abs),
    ("floor", f64::floor),
    ("log", libm::log),
    ("log10", libm::log10),
    ("log1p", libm::log1p),
    ("log2", libm::log2),
    ("rad2deg", degrees),
    ("radians", radians),
    ("rint", f64::round_ties_even),
    ("sign", sign),
    ("sin", libm::sin),
    ("sinh", libm::sinh),
    ("sqrt", f64::sqrt),
    ("tan", libm::tan),
    ("tanh", libm::tanh),
    ("trunc", f64::trunc),
];

/// `np.<name>(x, y)` on float64 in jitted code.
pub const UFUNC2: &[(&str, Fn2)] = &[
    ("arctan2", libm::atan2),
    ("copysign", f64::copysign),
    ("hypot", libm::hypot),
    ("power", libm::pow),
];

fn find<F: Copy>(table: &[(&str, F)], name: &str) -> Option<F> {
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// `math.<name>` of one float in jitted code.
pub fn math1(name: &str) -> Option<Fn1> {
    find(MATH1, name)
}

/// `math.<name>` of two floats in jitted code.
pub fn math2(name: &str) -> Option<Fn2> {
    find(MATH2, name)
}

/// `np.<name>` of one float64 in jitted code.
pub fn ufunc1(name: &str) -> Option<Fn1> {
    find(UFUNC1, name)
}

/// `np.<name>` of two float64 in jitted code.
pub fn ufunc2(name: &str) -> Option<Fn2> {
    find(UFUNC2, name)
}
