//! numpy 2.4's float64 ufuncs in plain module code: never an exception (a
//! domain error gives NaN, a pole or an overflow an infinity, `np.sin(inf)`
//! is NaN), and the bits numpy computes on the same CPU.
//!
//! numpy picks its kernels at run time. On x86-64 CPUs with AVX-512 (F, CD,
//! BW, DQ, VL) its float64 exp, exp2, expm1, log, log2, log10, log1p, cbrt,
//! tan, arcsin, arccos, arctan, sinh, cosh, arcsinh, arccosh and arctanh
//! call Intel's SVML, ported in `svml` and used on the same CPUs; its tanh
//! is its own FMA kernel on x86-64-v3 and AArch64 ([`tanh`]). Elsewhere,
//! and always for sin, cos, hypot and nextafter, numpy calls libm, and so
//! does this module.
//!
//! Not matched: on AVX-512 CPUs numpy's `power` (past the shortcuts of
//! [`power`]) and `arctan2` call SVML routines whose scalar fallbacks are
//! not ported; these call libm, which differs from SVML in the last bit for
//! some 5% (power) and 8% (arctan2) of ordinary arguments.

use super::libm;
use std::f64::consts::PI;
use std::sync::OnceLock;

/// `np.sign`: +0.0 for both zeros, NaN for NaN.
pub fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else if x == 0.0 {
        0.0
    } else {
        x
    }
}

/// `np.degrees` / `np.rad2deg`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `np.radians` / `np.deg2rad`.
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// Whether numpy runs its SVML kernels on this CPU (x86-64 with AVX-512),
/// which this module then reproduces; elsewhere both call libm.
pub fn svml_kernels() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        super::svml::available()
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// SVML where numpy's AVX-512 kernels run, libm elsewhere.
macro_rules! simd_or_libm {
    ($($name:ident => $svml:path, $libm:path;)*) => {$(
        #[doc = concat!("`np.", stringify!($name), "`.")]
        pub fn $name(x: f64) -> f64 {
            #[cfg(target_arch = "x86_64")]
            if svml_kernels() {
                // SAFETY: the CPU has the AVX-512 subsets the port uses.
                return unsafe { $svml(x) };
            }
            $libm(x)
        }
    )*};
}

simd_or_libm! {
    arccos => super::svml::asin::acos, libm::acos;
    arccosh => super::svml::acosh::acosh, libm::acosh;
    arcsin => super::svml::asin::asin, libm::asin;
    arcsinh => super::svml::asinh::asinh, libm::asinh;
    arctan => super::svml::atan::atan, libm::atan;
    arctanh => super::svml::atanh::atanh, libm::atanh;
    cbrt => super::svml::cbrt::cbrt, libm::cbrt;
    cosh => super::svml::hyperbolic::cosh, libm::cosh;
    exp => super::svml::exp::exp, libm::exp;
    exp2 => super::svml::exp2::exp2, libm::exp2;
    expm1 => super::svml::expm1::expm1, libm::expm1;
    log => super::svml::log::log, libm::log;
    log2 => super::svml::log2::log2, libm::log2;
    log10 => super::svml::log10::log10, libm::log10;
    log1p => super::svml::log1p::log1p, libm::log1p;
    sinh => super::svml::hyperbolic::sinh, libm::sinh;
    tan => super::svml::tan::tan, libm::tan;
}

/// `np.tanh`: numpy's FMA kernel on CPUs where numpy dispatches it
/// (x86-64-v3 and up, AArch64), libm elsewhere.
pub fn tanh(x: f64) -> f64 {
    static FMA: OnceLock<bool> = OnceLock::new();
    let fma = *FMA.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            is_x86_feature_detected!("avx2")
                && is_x86_feature_detected!("fma")
                && is_x86_feature_detected!("bmi1")
                && is_x86_feature_detected!("bmi2")
                && is_x86_feature_detected!("f16c")
                && is_x86_feature_detected!("lzcnt")
                && is_x86_feature_detected!("movbe")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            cfg!(target_arch = "aarch64")
        }
    });
    if fma {
        super::np_tanh::tanh(x)
    } else {
        libm::tanh(x)
    }
}

/// `np.power(x, y)` and `x ** y` on arrays, for an exponent that is one
/// value for the whole array: numpy's loop takes exact shortcuts for -1, 0,
/// 1/2, 1 and 2 (so `np.power(-0.0, 0.5)` is -0.0) and calls pow for the
/// rest. (`np.float64 ** float` is scalar arithmetic: plain pow.)
pub fn power(x: f64, y: f64) -> f64 {
    if y == -1.0 {
        1.0 / x
    } else if y == 0.0 {
        1.0
    } else if y == 0.5 {
        x.sqrt()
    } else if y == 1.0 {
        x
    } else if y == 2.0 {
        x * x
    } else {
        libm::pow(x, y)
    }
}

/// A float64 ufunc of one argument.
pub type Fn1 = fn(f64) -> f64;
/// A float64 ufunc of two arguments.
pub type Fn2 = fn(f64, f64) -> f64;

/// numpy's float64 ufuncs of one argument by name.
pub const UFUNC1: &[(&str, Fn1)] = &[
    ("absolute", f64::abs),
    ("arccos", arccos),
    ("arccosh", arccosh),
    ("arcsin", arcsin),
    ("arcsinh", arcsinh),
    ("arctan", arctan),
    ("arctanh", arctanh),
    ("cbrt", cbrt),
    ("ceil", f64::ceil),
    ("cos", libm::cos),
    ("cosh", cosh),
    ("deg2rad", radians),
    ("degrees", degrees),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", f64::abs),
    ("floor", f64::floor),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("rad2deg", degrees),
    ("radians", radians),
    ("rint", f64::round_ties_even),
    ("sign", sign),
    ("sin", libm::sin),
    ("sinh", sinh),
    ("sqrt", f64::sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", f64::trunc),
];

/// numpy's float64 ufuncs of two arguments by name.
pub const UFUNC2: &[(&str, Fn2)] = &[
    ("arctan2", libm::atan2),
    ("copysign", f64::copysign),
    ("hypot", libm::hypot),
    ("nextafter", libm::nextafter),
    ("power", power),
];

/// The float64 ufunc `np.<name>` of one argument.
pub fn ufunc1(name: &str) -> Option<Fn1> {
    UFUNC1.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The float64 ufunc `np.<name>` of two arguments.
pub fn ufunc2(name: &str) -> Option<Fn2> {
    UFUNC2.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}
