//! Python's `cmath`, on finite values: in module code computed as
//! CPython's cmathmodule.c computes it (its scaling for tiny and huge
//! values, `log1p` near the unit circle, its errors); in jitted code as
//! Numba compiles it (plain formulas, no errors; numba/cpython/cmathimpl.py
//! for the trigonometric and hyperbolic ones). Infinite and NaN
//! arguments, which CPython answers from tables of special values, raise
//! NotImplementedError in module code rather than guess.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::lib_math::libm;
use crate::lib_npcomplex::{numba_exp, numba_sqrt};
use crate::native::NativeSite;

type C = (f64, f64);

/// The `cmath` functions rumba computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CFn {
    Sqrt,
    Exp,
    Log,
    /// `log(z, base)`: two complex arguments.
    LogBase,
    Log10,
    Phase,
    Polar,
    /// `rect(r, phi)`: two real arguments.
    Rect,
    IsNan,
    IsInf,
    IsFinite,
    IsClose,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
}

impl CFn {
    pub fn name(self) -> &'static str {
        match self {
            CFn::Sqrt => "sqrt",
            CFn::Exp => "exp",
            CFn::Log | CFn::LogBase => "log",
            CFn::Log10 => "log10",
            CFn::Phase => "phase",
            CFn::Polar => "polar",
            CFn::Rect => "rect",
            CFn::IsNan => "isnan",
            CFn::IsInf => "isinf",
            CFn::IsFinite => "isfinite",
            CFn::IsClose => "isclose",
            CFn::Sin => "sin",
            CFn::Cos => "cos",
            CFn::Tan => "tan",
            CFn::Asin => "asin",
            CFn::Acos => "acos",
            CFn::Atan => "atan",
            CFn::Sinh => "sinh",
            CFn::Cosh => "cosh",
            CFn::Tanh => "tanh",
            CFn::Asinh => "asinh",
            CFn::Acosh => "acosh",
            CFn::Atanh => "atanh",
        }
    }
}

pub struct CmathAux {
    pub f: CFn,
    /// Numba's implementation (jitted code).
    pub numba: bool,
}

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const MANT: i32 = f64::MANTISSA_DIGITS as i32;

fn domain<T>() -> VmResult<T> {
    err("ValueError", "math domain error")
}

fn range<T>() -> VmResult<T> {
    err("OverflowError", "math range error")
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// CPython's `cmath_sqrt_impl` on finite values.
fn sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, 53);
        ldexp((ax + libm::hypot(ax, ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// CPython's `cmath_exp_impl` on finite values.
fn exp(z: C) -> VmResult<C> {
    let r = if z.0 > LARGE.ln() {
        let l = libm::exp(z.0 - 1.0);
        (
            l * libm::cos(z.1) * std::f64::consts::E,
            l * libm::sin(z.1) * std::f64::consts::E,
        )
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return range();
    }
    Ok(r)
}

/// CPython's `c_log` on finite values.
fn log(z: C) -> VmResult<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(libm::hypot(ldexp(ax, MANT), ldexp(ay, MANT))) - MANT as f64 * LN2
        } else {
            return domain();
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    Ok((re, libm::atan2(z.1, z.0)))
}

fn numba_log(z: C) -> C {
    (libm::log(libm::hypot(z.0, z.1)), libm::atan2(z.1, z.0))
}

/// Numba's `rect`.
fn numba_rect(r: f64, phi: f64) -> C {
    if !phi.is_finite() {
        if r == 0.0 {
            return (r.abs(), 0.0);
        }
        if r.is_infinite() {
            return (r, phi);
        }
    }
    let (mut re, mut im) = (libm::cos(phi), libm::sin(phi));
    if re == 0.0 && r.is_infinite() {
        re /= r;
    } else {
        re *= r;
    }
    if im == 0.0 && r.is_infinite() {
        im /= r;
    } else {
        im *= r;
    }
    (re, im)
}

/// CPython's `abs` of a complex number (`polar`'s modulus).
fn modulus(z: C) -> VmResult<f64> {
    let h = libm::hypot(z.0, z.1);
    if h.is_infinite() && finite(z) {
        return range();
    }
    Ok(h)
}

fn isclose(a: C, b: C) -> bool {
    if a == b {
        return true;
    }
    if !finite(a) || !finite(b) {
        return false;
    }
    let diff = libm::hypot(b.0 - a.0, b.1 - a.1);
    let tol = 1e-09;
    diff <= tol * libm::hypot(b.0, b.1) || diff <= tol * libm::hypot(a.0, a.1)
}

fn complex_arg(args: &[u64], k: usize) -> C {
    (f64::from_bits(args[k]), f64::from_bits(args[k + 1]))
}

fn put(out: &mut [u64], z: C) {
    out[0] = z.0.to_bits();
    out[1] = z.1.to_bits();
}

/// A `cmath` function. Complex arguments arrive as two slots each, real
/// ones (`rect`) as one.
pub fn call(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &CmathAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let numba = aux.numba;
    let args_finite = match aux.f {
        CFn::Rect => f64::from_bits(args[0]).is_finite() && f64::from_bits(args[1]).is_finite(),
        CFn::LogBase => finite(complex_arg(args, 0)) && finite(complex_arg(args, 2)),
        _ => finite(complex_arg(args, 0)),
    };
    let special = !matches!(
        aux.f,
        CFn::Phase | CFn::IsNan | CFn::IsInf | CFn::IsFinite | CFn::IsClose
    );
    if special && !numba && !args_finite {
        return err(
            "NotImplementedError",
            format!(
                "cmath.{}() of an infinite or NaN value is not supported by rumba",
                aux.f.name()
            ),
        );
    }
    let z = complex_arg(args, 0);
    match aux.f {
        CFn::Sqrt => put(out, if numba { numba_sqrt(z) } else { sqrt(z) }),
        CFn::Exp => put(out, if numba { numba_exp(z) } else { exp(z)? }),
        CFn::Log => put(out, if numba { numba_log(z) } else { log(z)? }),
        CFn::LogBase => {
            let b = complex_arg(args, 2);
            let (x, y) = if numba {
                (numba_log(z), numba_log(b))
            } else {
                (log(z)?, log(b)?)
            };
            match crate::lib_complex::quot(x, y) {
                Some(q) => put(out, q),
                None if numba => put(out, (f64::NAN, f64::NAN)),
                None => return domain(),
            }
        }
        CFn::Log10 => {
            let l = if numba { numba_log(z) } else { log(z)? };
            put(out, (l.0 / LN10, l.1 / LN10));
        }
        CFn::Phase => {
            let phi = libm::atan2(z.1, z.0);
            // CPython's phase raises on the ERANGE glibc's atan2 sets when
            // the angle underflows to zero.
            if !numba && phi == 0.0 && z.1 != 0.0 && z.0.is_finite() {
                return range();
            }
            out[0] = phi.to_bits();
        }
        CFn::Polar => {
            let r = if numba {
                libm::hypot(z.0, z.1)
            } else {
                modulus(z)?
            };
            out[0] = r.to_bits();
            out[1] = libm::atan2(z.1, z.0).to_bits();
        }
        CFn::Rect => {
            let (r, phi) = (f64::from_bits(args[0]), f64::from_bits(args[1]));
            let v = if numba {
                numba_rect(r, phi)
            } else if phi == 0.0 {
                (r, r * phi)
            } else {
                (r * libm::cos(phi), r * libm::sin(phi))
            };
            put(out, v);
        }
        CFn::IsNan => out[0] = (z.0.is_nan() || z.1.is_nan()) as u64,
        CFn::IsInf => out[0] = (z.0.is_infinite() || z.1.is_infinite()) as u64,
        CFn::IsFinite => out[0] = finite(z) as u64,
        CFn::IsClose => out[0] = isclose(z, complex_arg(args, 2)) as u64,
        f if numba => put(out, numba_trig(f, z)),
        f => put(out, trig(f, z)?),
    }
    Ok(())
}

/// The trigonometric and hyperbolic functions on finite values, as
/// CPython's cmathmodule.c computes them (the circular ones through the
/// hyperbolic ones of `i z`).
fn trig(f: CFn, z: C) -> VmResult<C> {
    // z times i, and back: sin(z) = -i sinh(iz), and so on.
    let iz = (-z.1, z.0);
    let back = |s: C| (s.1, -s.0);
    Ok(match f {
        CFn::Sin => back(sinh(iz)?),
        CFn::Cos => cosh(iz)?,
        CFn::Tan => back(tanh(iz)),
        CFn::Asin => back(asinh(iz)),
        CFn::Atan => back(atanh(iz)?),
        CFn::Acos => acos(z),
        CFn::Sinh => sinh(z)?,
        CFn::Cosh => cosh(z)?,
        CFn::Tanh => tanh(z),
        CFn::Asinh => asinh(z),
        CFn::Acosh => acosh(z),
        _ => atanh(z)?,
    })
}

/// `log(LARGE)`: beyond it cosh and sinh overflow before scaling.
fn log_large() -> f64 {
    libm::log(LARGE)
}

fn overflowed(r: C) -> VmResult<C> {
    if r.0.is_infinite() || r.1.is_infinite() {
        return range();
    }
    Ok(r)
}

fn sinh(z: C) -> VmResult<C> {
    let (x, y) = z;
    let r = if x.abs() > log_large() {
        let x1 = x - 1f64.copysign(x);
        (
            libm::cos(y) * libm::sinh(x1) * std::f64::consts::E,
            libm::sin(y) * libm::cosh(x1) * std::f64::consts::E,
        )
    } else {
        (libm::cos(y) * libm::sinh(x), libm::sin(y) * libm::cosh(x))
    };
    overflowed(r)
}

fn cosh(z: C) -> VmResult<C> {
    let (x, y) = z;
    let r = if x.abs() > log_large() {
        let x1 = x - 1f64.copysign(x);
        (
            libm::cos(y) * libm::cosh(x1) * std::f64::consts::E,
            libm::sin(y) * libm::sinh(x1) * std::f64::consts::E,
        )
    } else {
        (libm::cos(y) * libm::cosh(x), libm::sin(y) * libm::sinh(x))
    };
    overflowed(r)
}

fn tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > log_large() {
        return (
            1f64.copysign(x),
            4.0 * libm::sin(y) * libm::cos(y) * libm::exp(-2.0 * x.abs()),
        );
    }
    let tx = libm::tanh(x);
    let ty = libm::tan(y);
    let cx = 1.0 / libm::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// `log(|z|) + 2 log 2` of a huge `z`, without overflow.
fn log_half_hypot(z: C) -> f64 {
    libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0
}

fn asinh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = if y >= 0.0 {
            log_half_hypot(z).copysign(x)
        } else {
            -log_half_hypot(z).copysign(-x)
        };
        return (re, libm::atan2(y, x.abs()));
    }
    let s1 = sqrt((1.0 + y, -x));
    let s2 = sqrt((1.0 - y, x));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn acos(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = libm::atan2(y.abs(), x);
        let im = if x < 0.0 {
            -log_half_hypot(z).copysign(y)
        } else {
            log_half_hypot(z).copysign(-y)
        };
        return (re, im);
    }
    let s1 = sqrt((1.0 - x, -y));
    let s2 = sqrt((1.0 + x, y));
    (
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn acosh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return (log_half_hypot(z), libm::atan2(y, x));
    }
    let s1 = sqrt((x - 1.0, y));
    let s2 = sqrt((x + 1.0, y));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    )
}

fn atanh(z: C) -> VmResult<C> {
    let (x, y) = z;
    if x < 0.0 {
        let r = atanh((-x, -y))?;
        return Ok((-r.0, -r.1));
    }
    let ay = y.abs();
    let sqrt_large = LARGE.sqrt();
    if x > sqrt_large || ay > sqrt_large {
        let h = libm::hypot(x / 2.0, y / 2.0);
        return Ok((x / 4.0 / h / h, -(std::f64::consts::FRAC_PI_2).copysign(-y)));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return domain();
        }
        return Ok((
            -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()),
            (libm::atan2(2.0, -ay) / 2.0).copysign(y),
        ));
    }
    Ok((
        libm::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -libm::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

/// The trigonometric and hyperbolic functions as Numba compiles them
/// (numba/cpython/cmathimpl.py): its own handling of infinities, its
/// float32-sized threshold for large arguments, no errors.
fn numba_trig(f: CFn, z: C) -> C {
    let iz = (-z.1, z.0);
    let back = |s: C| (s.1, -s.0);
    match f {
        CFn::Sin => back(nb_sinh(iz)),
        CFn::Cos => nb_cosh(iz),
        CFn::Tan => back(nb_tanh(iz)),
        CFn::Asin => back(nb_asinh(iz)),
        CFn::Atan => {
            let r = nb_atanh(iz);
            if z.0.is_infinite() && z.1.is_nan() {
                (r.1, r.0)
            } else {
                (r.1, -r.0)
            }
        }
        CFn::Acos => nb_acos(z),
        CFn::Sinh => nb_sinh(z),
        CFn::Cosh => nb_cosh(z),
        CFn::Tanh => nb_tanh(z),
        CFn::Asinh => nb_asinh(z),
        CFn::Acosh => nb_acosh(z),
        _ => nb_atanh(z),
    }
}

/// Numba's threshold: numpy's float32 max over 4.
const NB_THRES: f64 = f32::MAX as f64 / 4.0;

fn nb_ln4() -> f64 {
    libm::log(4.0)
}

fn nb_cosh(z: C) -> C {
    let (x, y) = z;
    if x.is_infinite() {
        let (re, mut im) = if y.is_nan() || y == 0.0 {
            (x.abs(), y)
        } else {
            (x.copysign(libm::cos(y)), x.copysign(libm::sin(y)))
        };
        if x < 0.0 {
            im = -im;
        }
        return (re, im);
    }
    (libm::cos(y) * libm::cosh(x), libm::sin(y) * libm::sinh(x))
}

fn nb_sinh(z: C) -> C {
    let (x, y) = z;
    if x.is_infinite() {
        if y.is_nan() {
            return (x, y);
        }
        let (mut re, mut im) = (libm::cos(y), libm::sin(y));
        if re != 0.0 {
            re *= x;
        }
        if im != 0.0 {
            im *= x.abs();
        }
        return (re, im);
    }
    (libm::cos(y) * libm::sinh(x), libm::sin(y) * libm::cosh(x))
}

fn nb_tanh(z: C) -> C {
    let (x, y) = z;
    if x.is_infinite() {
        let im = if y.is_infinite() {
            0.0
        } else {
            0f64.copysign(libm::sin(2.0 * y))
        };
        return (1f64.copysign(x), im);
    }
    let tx = libm::tanh(x);
    let ty = libm::tan(y);
    let cx = 1.0 / libm::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn nb_log_half_hypot(z: C) -> f64 {
    libm::log(libm::hypot(z.0 * 0.5, z.1 * 0.5)) + nb_ln4()
}

fn nb_acos(z: C) -> C {
    if z.0.abs() > NB_THRES || z.1.abs() > NB_THRES {
        return (
            libm::atan2(z.1.abs(), z.0),
            nb_log_half_hypot(z).copysign(-z.1),
        );
    }
    let s1 = numba_sqrt((1.0 - z.0, -z.1));
    let s2 = numba_sqrt((1.0 + z.0, z.1));
    (
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn nb_acosh(z: C) -> C {
    if z.0.abs() > NB_THRES || z.1.abs() > NB_THRES {
        return (nb_log_half_hypot(z), libm::atan2(z.1, z.0));
    }
    let s1 = numba_sqrt((z.0 - 1.0, z.1));
    let s2 = numba_sqrt((z.0 + 1.0, z.1));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    )
}

fn nb_asinh(z: C) -> C {
    if z.0.abs() > NB_THRES || z.1.abs() > NB_THRES {
        return (
            nb_log_half_hypot(z).copysign(z.0),
            libm::atan2(z.1, z.0.abs()),
        );
    }
    let s1 = numba_sqrt((1.0 + z.1, -z.0));
    let s2 = numba_sqrt((1.0 - z.1, z.0));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn nb_atanh(z: C) -> C {
    let negate = z.0 < 0.0;
    let (x, y) = if negate { (-z.0, -z.1) } else { z };
    let large = f64::from(f32::MAX) / 4.0;
    let (thres_large, thres_small) = (large.sqrt(), f64::from(f32::MIN_POSITIVE).sqrt());
    let ay = y.abs();
    let (re, mut im) = if x.is_nan() || x > thres_large || ay > thres_large {
        let re = if y.is_infinite() {
            0f64.copysign(x)
        } else if x.is_infinite() {
            0.0
        } else {
            let h = libm::hypot(x * 0.5, y * 0.5);
            x / 4.0 / h / h
        };
        (re, -(std::f64::consts::PI / 2.0).copysign(-y))
    } else if x == 1.0 && ay < thres_small {
        if ay == 0.0 {
            (f64::INFINITY, y)
        } else {
            (
                -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()),
                (libm::atan2(2.0, -ay) / 2.0).copysign(y),
            )
        }
    } else {
        let sqay = ay * ay;
        let zr1 = 1.0 - x;
        (
            libm::log1p(4.0 * x / (zr1 * zr1 + sqay)) * 0.25,
            -libm::atan2(-2.0 * y, zr1 * (1.0 + x) - sqay) * 0.5,
        )
    };
    if y.is_nan() {
        im = f64::NAN;
    }
    if negate {
        (-re, -im)
    } else {
        (re, im)
    }
}
