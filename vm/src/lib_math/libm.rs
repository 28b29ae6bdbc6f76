//! Safe wrappers over the platform C math library (libm), which CPython and
//! Numba call for most functions: calling the same library is what makes
//! results agree to the last bit on the same machine.

mod sys {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        // compiler-builtins links its own `cbrt` into every Rust program,
        // which would win over the C library's: glibc's `cbrtf64` is the
        // same function under its TS 18661-3 name.
        #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma_r(x: f64, sign: *mut i32) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn modf(x: f64, ipart: *mut f64) -> f64;
    }
}

macro_rules! unary {
    ($($f:ident)*) => {$(
        #[inline]
        pub fn $f(x: f64) -> f64 {
            // SAFETY: a C99 math function: defined for every double, it
            // touches nothing but errno.
            unsafe { sys::$f(x) }
        }
    )*};
}

macro_rules! binary {
    ($($f:ident)*) => {$(
        #[inline]
        pub fn $f(x: f64, y: f64) -> f64 {
            // SAFETY: as for `unary!`.
            unsafe { sys::$f(x, y) }
        }
    )*};
}

unary!(sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh exp exp2 expm1
       log log2 log10 log1p cbrt erf erfc tgamma);
binary!(atan2 pow hypot nextafter);

/// `lgamma` through the reentrant `lgamma_r`, which leaves the global
/// `signgam` alone.
pub fn lgamma(x: f64) -> f64 {
    let mut sign = 0;
    // SAFETY: `sign` is a valid place for the sign of gamma(x).
    unsafe { sys::lgamma_r(x, &mut sign) }
}

/// C's `frexp`: mantissa and exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0;
    // SAFETY: `e` is a valid place for the exponent.
    let m = unsafe { sys::frexp(x, &mut e) };
    (m, e)
}

pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: as for `unary!`.
    unsafe { sys::ldexp(x, e) }
}

/// C's `modf`: fractional and integral parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    let mut ipart = 0.0;
    // SAFETY: `ipart` is a valid place for the integral part.
    let frac = unsafe { sys::modf(x, &mut ipart) };
    (frac, ipart)
}
