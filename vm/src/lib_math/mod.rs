//! Float math with three contracts, each matching its reference bit for bit
//! on the machine it runs on:
//!
//! - this module: Python's `math` as CPython 3.11 computes it (plain module
//!   code). CPython calls the C library for most functions and wraps it in
//!   its own special-value and error rules (Modules/mathmodule.c: `math_1`,
//!   `math_2`, `m_log`, `m_atan2`, `math_pow_impl`...); it computes gamma,
//!   lgamma, hypot, dist, fsum and remainder itself. Those parts are ported
//!   here; the rest calls the same libm ([`libm`]). On glibc CPython 3.11 is
//!   built with HAVE_ERF/HAVE_ERFC, so `erf`/`erfc` are libm's too (its own
//!   series/continued fraction is only a fallback for C libraries without
//!   them).
//! - [`numba`]: `math.*` and `np.*` inside jitted code, as Numba compiles
//!   them: libm, no exceptions.
//! - [`np`]: numpy's float64 ufuncs in plain module code, as numpy 2.4
//!   computes them: its SIMD kernels where the CPU has them (ported), libm
//!   otherwise; no exceptions.
//!
//! CPython decides errors from errno after the libm call as well as from the
//! result. On glibc errno only ever adds underflow (ERANGE with a result
//! below 1 in magnitude, which CPython ignores), so the ports below decide
//! from results alone and stay portable.
//!
//! Integers are rumba's int64: where CPython would return an int that does
//! not fit (factorial(21), comb(100, 50), floor(1e300)...), these functions
//! raise OverflowError instead, with the messages in [`MathError`].

pub mod libm;
pub mod np;
mod np_tanh;
pub mod numba;
#[cfg(target_arch = "x86_64")]
mod svml;

use crate::error::VmError;
use std::f64::consts::PI;
use std::fmt;

/// A Python exception raised by a math function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError: math domain error`
    Domain,
    /// `OverflowError: math range error`
    Range,
    /// `ValueError` with another message.
    Value(&'static str),
    /// `OverflowError` with another message.
    Overflow(&'static str),
    /// `ZeroDivisionError`.
    ZeroDivision(&'static str),
}

impl MathError {
    /// Python's exception class.
    pub fn kind(self) -> &'static str {
        match self {
            MathError::Domain | MathError::Value(_) => "ValueError",
            MathError::Range | MathError::Overflow(_) => "OverflowError",
            MathError::ZeroDivision(_) => "ZeroDivisionError",
        }
    }

    /// The message, as CPython prints it after the class name.
    pub fn message(self) -> &'static str {
        match self {
            MathError::Domain => "math domain error",
            MathError::Range => "math range error",
            MathError::Value(m) | MathError::Overflow(m) | MathError::ZeroDivision(m) => m,
        }
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.message())
    }
}

impl std::error::Error for MathError {}

impl From<MathError> for VmError {
    fn from(e: MathError) -> VmError {
        VmError::new(e.kind(), e.message())
    }
}

pub type MathResult<T> = Result<T, MathError>;

// Messages of the errors that are not `Domain` or `Range`.
const NAN_TO_INT: &str = "cannot convert float NaN to integer";
const INF_TO_INT: &str = "cannot convert float infinity to integer";
const FLOAT_TOO_BIG: &str = "float too large to convert to a 64-bit integer";
const FSUM_OVERFLOW: &str = "intermediate overflow in fsum";
const FSUM_INF_MINUS_INF: &str = "-inf + inf in fsum";
const DIST_DIMENSIONS: &str = "both points must have the same number of dimensions";
const NEGATIVE_TOLERANCE: &str = "tolerances must be non-negative";
const FACTORIAL_NEGATIVE: &str = "factorial() not defined for negative values";
const ISQRT_NEGATIVE: &str = "isqrt() argument must be nonnegative";
const N_NEGATIVE: &str = "n must be a non-negative integer";
const K_NEGATIVE: &str = "k must be a non-negative integer";
const DIVISION_BY_ZERO: &str = "float division by zero";
/// rumba has no big integers: an integer result past int64 raises this.
pub const INT64_OVERFLOW: &str = "integer result does not fit in 64 bits";

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error, an
/// infinity from a finite one an overflow (`can_overflow`) or a singularity.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> MathResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// CPython's `math_2`, for atan2, copysign and remainder.
fn math_2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> MathResult<f64> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

macro_rules! libm_1 {
    ($($name:ident $can_overflow:literal,)*) => {$(
        #[doc = concat!("`math.", stringify!($name), "`: libm's `", stringify!($name), "` under CPython's `math_1` rules.")]
        pub fn $name(x: f64) -> MathResult<f64> {
            math_1(x, libm::$name, $can_overflow)
        }
    )*};
}

// The FUNC1 table of CPython 3.11's mathmodule.c, with its can_overflow flags.
libm_1! {
    acos false, acosh false, asin false, asinh false, atan false,
    atanh false, cbrt false, cos false, cosh true, exp true, exp2 true,
    expm1 true, sin false, sinh true, tan false, tanh false,
}

/// `math.sqrt`.
pub fn sqrt(x: f64) -> MathResult<f64> {
    math_1(x, f64::sqrt, false)
}

/// `math.fabs`.
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.log1p` (CPython's `_Py_log1p` keeps the sign of a zero, as glibc
/// does anyway).
pub fn log1p(x: f64) -> MathResult<f64> {
    math_1(x, |x| if x == 0.0 { x } else { libm::log1p(x) }, false)
}

/// CPython's `m_log`: special values handled before libm sees them.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `m_log2`.
fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    } else if x > 0.0 {
        libm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// CPython's `m_log10`.
fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `math.log(x)` (natural). An int argument converts to float first, which
/// gives the same result for every int64 (CPython's `loghelper`).
pub fn log(x: f64) -> MathResult<f64> {
    math_1(x, m_log, false)
}

/// `math.log(x, base)`: `log(x) / log(base)`.
pub fn log_base(x: f64, base: f64) -> MathResult<f64> {
    let num = log(x)?;
    let den = log(base)?;
    if den == 0.0 {
        return Err(MathError::ZeroDivision(DIVISION_BY_ZERO));
    }
    Ok(num / den)
}

/// `math.log2`.
pub fn log2(x: f64) -> MathResult<f64> {
    math_1(x, m_log2, false)
}

/// `math.log10`.
pub fn log10(x: f64) -> MathResult<f64> {
    math_1(x, m_log10, false)
}

/// `math.erf`: libm's (CPython's `math_1a`; erf never fails).
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

/// `math.erfc`: libm's; it underflows to subnormals and zero quietly.
pub fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

/// `math.degrees`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `math.radians`.
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

// ---------------------------------------------------------------- gamma

#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// CPython's `m_sinpi`: sin(pi * x), exact at integers; x finite.
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1.0)), which is -0.0 at y == 1.0.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

// g and g - 1/2 are exact binary fractions, written out in full.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Lanczos' sum as a rational function (CPython's `lanczos_sum`), in 1/x
/// for larger x so that it cannot overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma`: CPython's `m_tgamma` (Lanczos with an error correction,
/// reflection for negative x).
pub fn gamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            // (n-1)! is exact in a double up to n = 23.
            return Ok((1..x as u32).fold(1.0, |acc, k| acc * k as f64));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / m_sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, which pow and exp would magnify.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.lgamma`: CPython's `m_lgamma`.
pub fn lgamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(+-inf) = +inf.
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOGPI - libm::log(m_sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

// ---------------------------------------------------- two-argument functions

/// CPython's `m_atan2`: C99's special values on every platform.
fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// `math.atan2(y, x)`.
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    math_2(y, x, m_atan2)
}

/// `math.copysign`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// CPython's `m_remainder`: IEEE 754 remainder, exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // Compare m with absy - m rather than with 0.5 * absy, which may
        // be inexact when absy is subnormal.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the even multiple.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder`.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, m_remainder)
}

/// `math.fmod`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// `math.pow`: IEEE special values first, libm for finite ** finite.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            // Since 3.11 also 0.0 ** -inf, which is inf, not an error.
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        // Only (-ve) ** (finite non-integer).
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        // 0 ** negative is a singularity, anything else an overflow.
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

/// `math.ldexp(x, i)`.
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i32::MAX as i64 {
        return Err(MathError::Range);
    }
    if i < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let r = libm::ldexp(x, i as i32);
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.frexp`: (m, e) with x == m * 2**e; (x, 0) for zeros, infinities
/// and NaN.
pub fn frexp(x: f64) -> (f64, i64) {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return (x, 0);
    }
    let (m, e) = libm::frexp(x);
    (m, e as i64)
}

/// `math.modf`: (fractional part, integral part), both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    libm::modf(x)
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    libm::nextafter(x, y)
}

/// `math.ulp`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        // x is the largest finite float.
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)`; Python's defaults are
/// `rel_tol=1e-09, abs_tol=0.0`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::Value(NEGATIVE_TOLERANCE));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

// ------------------------------------------------------- hypot, dist, fsum

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative finite
/// values, `max` being the largest (inf if any is infinite). Values are
/// scaled by a power of two near 1/max, their squares split in hi/lo halves
/// and summed with Neumaier-style compensation, and the square root gets
/// one correction step. Where 1/max overflows (max subnormal) it divides by
/// max and sums plain squares instead.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    // 2**27 + 1: Veltkamp's constant, splits a double into two 26-bit halves.
    const T27: f64 = 134217729.0;
    fn split(x: f64) -> (f64, f64) {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    // Starting from 1.0, which is at least every scaled square, keeps
    // |csum| >= |x| for the compensation; it is subtracted at the end.
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        for &v in vec {
            let x = v / max;
            compensated_add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = libm::ldexp(1.0, -max_e);
    for &v in vec {
        let (hi, lo) = split(v * scale);
        compensated_add(&mut csum, &mut frac1, hi * hi);
        compensated_add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // Correct h by the residual of the sum minus h*h.
    let (hi, lo) = split(h);
    compensated_add(&mut csum, &mut frac1, -hi * hi);
    compensated_add(&mut csum, &mut frac2, -2.0 * hi * lo);
    compensated_add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `csum += x`, with the rounding error accumulated in `frac`; needs
/// |csum| >= |x|.
fn compensated_add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// `vector_norm` of absolute values, finding their maximum and NaNs.
fn norm_of(v: &[f64]) -> f64 {
    let found_nan = v.iter().any(|x| x.is_nan());
    let max = v.iter().fold(0.0, |m: f64, &x| if x > m { x } else { m });
    vector_norm(v, max, found_nan)
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let v: Vec<f64> = coordinates.iter().map(|x| x.abs()).collect();
    norm_of(&v)
}

/// `math.hypot(x, y)`.
pub fn hypot2(x: f64, y: f64) -> f64 {
    hypot(&[x, y])
}

/// `math.dist(p, q)`.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::Value(DIST_DIMENSIONS));
    }
    let v: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    Ok(norm_of(&v))
}

/// `math.fsum`: the correctly rounded sum (Shewchuk's exact partials, as
/// CPython's `math_fsum`).
pub fn fsum(values: &[f64]) -> MathResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0, 0.0);
    for &item in values {
        let mut x = item;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or from overflow.
                if item.is_finite() {
                    return Err(MathError::Overflow(FSUM_OVERFLOW));
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(MathError::Value(FSUM_INF_MINUS_INF));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Add from the top; stop when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across partials: the rest may tip a tie.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

// ------------------------------------------------------ float to integer

/// A float that is already integral, as an int64 (CPython's
/// `PyLong_FromDouble`, limited to int64).
fn to_i64(x: f64) -> MathResult<i64> {
    if x.is_nan() {
        return Err(MathError::Value(NAN_TO_INT));
    }
    if x.is_infinite() {
        return Err(MathError::Overflow(INF_TO_INT));
    }
    if !(-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        return Err(MathError::Overflow(FLOAT_TOO_BIG));
    }
    Ok(x as i64)
}

/// `math.floor` of a float.
pub fn floor(x: f64) -> MathResult<i64> {
    to_i64(x.floor())
}

/// `math.ceil` of a float.
pub fn ceil(x: f64) -> MathResult<i64> {
    to_i64(x.ceil())
}

/// `math.trunc` of a float.
pub fn trunc(x: f64) -> MathResult<i64> {
    to_i64(x.trunc())
}

// ------------------------------------------------------ integer functions

fn fits(v: u128) -> MathResult<i64> {
    i64::try_from(v).map_err(|_| MathError::Overflow(INT64_OVERFLOW))
}

/// `math.factorial(n)`.
pub fn factorial(n: i64) -> MathResult<i64> {
    if n < 0 {
        return Err(MathError::Value(FACTORIAL_NEGATIVE));
    }
    (2..=n)
        .try_fold(1i64, |acc, k| acc.checked_mul(k))
        .ok_or(MathError::Overflow(INT64_OVERFLOW))
}

/// `math.isqrt(n)`.
pub fn isqrt(n: i64) -> MathResult<i64> {
    if n < 0 {
        return Err(MathError::Value(ISQRT_NEGATIVE));
    }
    Ok((n as u64).isqrt() as i64)
}

fn gcd_u(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `math.gcd(*integers)`: 0 for no arguments.
pub fn gcd(values: &[i64]) -> MathResult<i64> {
    fits(
        values
            .iter()
            .fold(0, |g, &v| gcd_u(g, v.unsigned_abs() as u128)),
    )
}

/// `math.lcm(*integers)`: 1 for no arguments.
pub fn lcm(values: &[i64]) -> MathResult<i64> {
    if values.contains(&0) {
        return Ok(0);
    }
    // Without zeros the lcm only grows: a partial result past int64 is final.
    let mut acc: u128 = 1;
    for &v in values {
        let v = v.unsigned_abs() as u128;
        acc = acc / gcd_u(acc, v) * v;
        fits(acc)?;
    }
    fits(acc)
}

/// `math.comb(n, k)`.
pub fn comb(n: i64, k: i64) -> MathResult<i64> {
    if n < 0 {
        return Err(MathError::Value(N_NEGATIVE));
    }
    if k < 0 {
        return Err(MathError::Value(K_NEGATIVE));
    }
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k) as u128;
    let n = n as u128;
    // C(n, i) grows with i up to k <= n/2, so no partial product is larger
    // than the result times n.
    let mut acc: u128 = 1;
    for i in 0..k {
        acc = acc * (n - i) / (i + 1);
        fits(acc)?;
    }
    fits(acc)
}

/// `math.perm(n, k)`; `math.perm(n)` is `factorial(n)`.
pub fn perm(n: i64, k: Option<i64>) -> MathResult<i64> {
    let Some(k) = k else {
        return factorial(n);
    };
    if n < 0 {
        return Err(MathError::Value(N_NEGATIVE));
    }
    if k < 0 {
        return Err(MathError::Value(K_NEGATIVE));
    }
    if k > n {
        return Ok(0);
    }
    (0..k)
        .try_fold(1i64, |acc, i| acc.checked_mul(n - i))
        .ok_or(MathError::Overflow(INT64_OVERFLOW))
}

// ------------------------------------------------------- dispatch tables

/// A one-argument float function of `math`.
pub type Math1 = fn(f64) -> MathResult<f64>;
/// A two-argument float function of `math`.
pub type Math2 = fn(f64, f64) -> MathResult<f64>;

/// `math`'s float -> float functions by name. `floor`, `ceil` and `trunc`
/// return ints and are not here; `log` is the one-argument form.
pub const MATH1: &[(&str, Math1)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", |x| Ok(degrees(x))),
    ("erf", |x| Ok(erf(x))),
    ("erfc", |x| Ok(erfc(x))),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", |x| Ok(fabs(x))),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("radians", |x| Ok(radians(x))),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("ulp", |x| Ok(ulp(x))),
];

/// `math`'s (float, float) -> float functions by name; `log` is
/// `log(x, base)` and `hypot` the two-argument form.
pub const MATH2: &[(&str, Math2)] = &[
    ("atan2", atan2),
    ("copysign", |x, y| Ok(copysign(x, y))),
    ("fmod", fmod),
    ("hypot", |x, y| Ok(hypot2(x, y))),
    ("log", log_base),
    ("nextafter", |x, y| Ok(nextafter(x, y))),
    ("pow", pow),
    ("remainder", remainder),
];

/// The `math` function `name` of one float.
pub fn math1(name: &str) -> Option<Math1> {
    MATH1.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The `math` function `name` of two floats.
pub fn math2(name: &str) -> Option<Math2> {
    MATH2.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

#[cfg(test)]
mod tests;
