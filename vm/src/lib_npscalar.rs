//! Methods of numpy scalars and the two algorithms of `round(x, n)`:
//! numpy's (`np.float64.__round__`, `x.round(n)`), which scales by a power
//! of ten in the value's own type, and Numba's (jitted `round`), which
//! scales in float64 and rounds in the value's type. CPython's own
//! `round` of Python floats is `lib_base::round_n`.

use crate::dtype::DType;
use crate::error::VmResult;
use crate::interp::Vm;
use crate::native::NativeSite;

/// Whose `round(x, n)` a call site runs, for which type of `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundKind {
    /// numpy's, of a float64 or float32 scalar.
    NpF64,
    NpF32,
    /// numpy's, of an integer scalar of this dtype (exact, half to even).
    NpInt(DType),
    /// Numba's, of a float64 or float32 value (ints arrive as float64).
    NumbaF64,
    NumbaF32,
}

/// numpy's `power_of_ten`: a table to 1e8, then repeated multiplication.
fn power_of_ten(n: i64) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return P10[n.max(0) as usize];
    }
    let mut r = 1e9;
    // Past 1e309 every further product stays infinite.
    for _ in 9..n.min(400) {
        r *= 10.0;
    }
    r
}

fn np_round_f64(x: f64, n: i64) -> f64 {
    if n >= 0 {
        let f = power_of_ten(n);
        (x * f).round_ties_even() / f
    } else {
        let f = power_of_ten(-n);
        (x / f).round_ties_even() * f
    }
}

fn np_round_f32(x: f32, n: i64) -> f32 {
    if n >= 0 {
        let f = power_of_ten(n) as f32;
        (x * f).round_ties_even() / f
    } else {
        let f = power_of_ten(-n) as f32;
        (x / f).round_ties_even() * f
    }
}

/// Numba's `round_ndigits`; `rint` rounds in the value's type (`f32`).
fn numba_round(x: f64, n: i64, f32: bool) -> f64 {
    let rint = |y: f64| {
        if f32 {
            (y as f32).round_ties_even() as f64
        } else {
            y.round_ties_even()
        }
    };
    if x.is_infinite() || x.is_nan() {
        return x;
    }
    let n = n.clamp(-400, 400) as i32;
    if n >= 0 {
        let (pow1, pow2) = if n > 22 {
            (10f64.powi(n - 22), 1e22)
        } else {
            (10f64.powi(n), 1.0)
        };
        let y = (x * pow1) * pow2;
        if y.is_infinite() {
            return x;
        }
        (rint(y) / pow2) / pow1
    } else {
        let pow1 = 10f64.powi(-n);
        rint(x / pow1) * pow1
    }
}

/// An integer rounded to `10**-n` (n < 0), half to even, exactly.
fn round_int(x: i128, n: i64) -> i128 {
    if n >= 0 {
        return x;
    }
    if n < -38 {
        return 0;
    }
    let p = 10i128.pow((-n) as u32);
    let (q, r) = (x.div_euclid(p), x.rem_euclid(p));
    let q = if 2 * r > p || (2 * r == p && q % 2 != 0) {
        q + 1
    } else {
        q
    };
    q.wrapping_mul(p)
}

/// `round(x, n)` / `x.round(n)`: args are the value's slot and `n`.
pub fn round_n(
    _vm: &mut Vm,
    _site: &NativeSite,
    kind: &RoundKind,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (x, n) = (args[0], args[1] as i64);
    out[0] = match *kind {
        RoundKind::NpF64 => np_round_f64(f64::from_bits(x), n).to_bits(),
        RoundKind::NpF32 => (np_round_f32(f64::from_bits(x) as f32, n) as f64).to_bits(),
        RoundKind::NpInt(dt) => {
            let v = if dt.is_signed() {
                x as i64 as i128
            } else {
                x as i128
            };
            let r = round_int(v, n) as u64;
            let mut cell = 0u64;
            let p = &mut cell as *mut u64 as *mut u8;
            // SAFETY: an integer dtype is at most 8 bytes, and `cell` has 8.
            unsafe {
                dt.store(p, r);
                dt.load(p)
            }
        }
        RoundKind::NumbaF64 => numba_round(f64::from_bits(x), n, false).to_bits(),
        RoundKind::NumbaF32 => (numba_round(f64::from_bits(x), n, true) as f32 as f64).to_bits(),
    };
    Ok(())
}

/// `x.is_integer()` of a float: finite and without a fraction.
pub fn is_integer(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let x = f64::from_bits(args[0]);
    out[0] = (x.is_finite() && x.fract() == 0.0) as u64;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numpy_and_numba_rounding() {
        assert_eq!(np_round_f64(2.675, 2), 2.68);
        assert_eq!(np_round_f64(1234.5, -1), 1230.0);
        assert!(np_round_f64(1.5, 400).is_nan());
        assert_eq!(np_round_f32(2.675, 2), 2.68f32);
        assert_eq!(numba_round(2.675, 2, false), 2.68);
        assert_eq!(numba_round(2.675f32 as f64, 2, true) as f32, 2.68f32);
        assert_eq!(numba_round(1e308, 2, false), 1e308);
        assert_eq!(round_int(25, -1), 20);
        assert_eq!(round_int(35, -1), 40);
        assert_eq!(round_int(-25, -1), -20);
    }
}
