//! Complex arithmetic that needs more than a few float instructions:
//! division, powers and `abs`, computed as CPython computes them so that
//! results agree to the last bit.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; `None` for a zero divisor.
pub(crate) fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN part in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `c_powu`: `x` to a positive integer power by squaring.
fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

const ZERO_POW: &str = "0.0 to a negative or complex power";

/// CPython's `complex_pow`: small integral exponents multiply, others go
/// through polar form.
fn pow(a: C, b: C) -> VmResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            match quot((1.0, 0.0), powu(a, n.unsigned_abs())) {
                Some(r) => r,
                None => return err("ZeroDivisionError", ZERO_POW),
            }
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return err("ZeroDivisionError", ZERO_POW);
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    // CPython reports any infinite part as an overflow.
    if r.0.is_infinite() || r.1.is_infinite() {
        return err("OverflowError", "complex exponentiation");
    }
    Ok(r)
}

fn arg(args: &[u64], i: usize) -> C {
    (f64::from_bits(args[2 * i]), f64::from_bits(args[2 * i + 1]))
}

fn put(out: &mut [u64], c: C) {
    out[0] = c.0.to_bits();
    out[1] = c.1.to_bits();
}

/// `a / b` on complex numbers (two slots each).
pub fn complex_div(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    match quot(arg(args, 0), arg(args, 1)) {
        Some(r) => {
            put(out, r);
            Ok(())
        }
        None => err("ZeroDivisionError", "complex division by zero"),
    }
}

/// `a ** b` on complex numbers.
pub fn complex_pow(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    put(out, pow(arg(args, 0), arg(args, 1))?);
    Ok(())
}

/// `abs(z)`: CPython's `_Py_c_abs`, infinities before NaNs.
pub fn complex_abs(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (re, im) = arg(args, 0);
    let r = if re.is_infinite() || im.is_infinite() {
        f64::INFINITY
    } else if re.is_nan() || im.is_nan() {
        f64::NAN
    } else {
        let h = re.hypot(im);
        if h.is_infinite() {
            return err("OverflowError", "absolute value too large");
        }
        h
    };
    out[0] = r.to_bits();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_and_powers_follow_cpython() {
        assert_eq!(quot((1.0, 2.0), (3.0, 4.0)), Some((0.44, 0.08)));
        assert_eq!(quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(pow((1.0, 1.0), (2.0, 0.0)).unwrap(), (0.0, 2.0));
        assert_eq!(pow((0.0, 1.0), (-1.0, 0.0)).unwrap(), (0.0, -1.0));
        assert!(pow((0.0, 0.0), (-1.0, 0.0)).is_err());
        assert_eq!(
            pow((2.0, 0.0), (0.5, 0.0)).unwrap(),
            (std::f64::consts::SQRT_2, 0.0)
        );
    }
}
