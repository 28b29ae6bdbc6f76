//! `np.percentile` and `np.quantile` of a whole array, each q a scalar or
//! the items of an array: numpy 2's 'linear' method in module code (index
//! `(n - 1) * q`, then its two-sided lerp), Numba's own in jitted code
//! (rank `1 + (n - 1) * q`, `lower * (1 - m) + upper * m`, and its rules
//! for infinities at q = 0 and 100), so each prints as its oracle does.

use crate::dtype::DType;
use crate::error::{VmError, VmResult};
use crate::interp::Vm;
use crate::lib_numpy::{num_f, operand_values, Num, Operand};
use crate::native::NativeSite;
use crate::value::{obj, ArrayObj};

#[derive(Clone, Copy, Debug)]
pub struct QuantileAux {
    /// The array's dtype.
    pub dtype: DType,
    /// q in percent (`percentile`) rather than a fraction (`quantile`).
    pub percent: bool,
    /// Numba's algorithm (jitted code).
    pub numba: bool,
    /// The dtype of q when it is an array; a scalar q otherwise.
    pub q_array: Option<DType>,
}

fn values(slot: u64, dt: DType, float: bool) -> Vec<Num> {
    // SAFETY: the site's types make the slot an array.
    let a = unsafe { obj::<ArrayObj>(slot) };
    operand_values(Operand::Array(dt), slot, a.shape(), float)
}

/// Arguments: the array, then q (a float64, or an array).
pub fn quantile(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &QuantileAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let qs: Vec<f64> = match aux.q_array {
        Some(dt) => values(args[1], dt, true).into_iter().map(num_f).collect(),
        None => vec![f64::from_bits(args[1])],
    };
    let (top, what) = if aux.percent {
        (100.0, "Percentiles must be in the range [0, 100]")
    } else {
        (1.0, "Quantiles must be in the range [0, 1]")
    };
    if qs.iter().any(|q| q.is_nan() || *q < 0.0 || *q > top) {
        return Err(VmError::new("ValueError", what));
    }
    let float = aux.numba || aux.dtype.is_float();
    let mut xs = values(args[0], aux.dtype, float);
    let res: Vec<f64> = if aux.numba {
        let mut v: Vec<f64> = xs.into_iter().map(num_f).collect();
        let factor = if aux.percent { 1.0 } else { 100.0 };
        qs.iter()
            .map(|q| numba_percentile(&mut v, q * factor))
            .collect()
    } else {
        if xs.is_empty() {
            return Err(VmError::new(
                "IndexError",
                "index -1 is out of bounds for axis 0 with size 0",
            ));
        }
        let nan = xs.iter().any(|x| matches!(x, Num::F(f) if f.is_nan()));
        xs.sort_by(|a, b| num_f(*a).total_cmp(&num_f(*b)));
        qs.iter()
            .map(|&q| {
                let q = if aux.percent { q / 100.0 } else { q };
                if nan {
                    f64::NAN
                } else {
                    numpy_linear(&xs, q)
                }
            })
            .collect()
    };
    out[0] = match aux.q_array {
        None => res[0].to_bits(),
        Some(_) => {
            let dst = ArrayObj::zeros(DType::F64, 8, &[res.len() as i64])
                .ok_or_else(|| VmError::new("MemoryError", "unable to allocate the array"))?;
            // SAFETY: a fresh contiguous float64 array of res.len() items.
            let a = unsafe { obj::<ArrayObj>(dst) };
            for (i, r) in res.iter().enumerate() {
                unsafe { (a.data as *mut f64).add(i).write_unaligned(*r) };
            }
            dst
        }
    };
    Ok(())
}

/// numpy's 'linear' quantile of sorted values: the virtual index
/// `(n - 1) * q` and `_lerp`, which works from the nearer end. Integer
/// neighbours subtract as integers.
fn numpy_linear(xs: &[Num], q: f64) -> f64 {
    let n = xs.len();
    let virt = (n - 1) as f64 * q;
    let (lo, hi) = if virt >= (n - 1) as f64 {
        (n - 1, n - 1)
    } else {
        let lo = virt.floor() as usize;
        (lo, lo + 1)
    };
    let gamma = if virt >= (n - 1) as f64 {
        virt - (n - 1) as f64
    } else {
        virt - virt.floor()
    };
    let (a, b) = (xs[lo], xs[hi]);
    let diff = match (a, b) {
        (Num::I(a), Num::I(b)) => b.wrapping_sub(a) as f64,
        (a, b) => num_f(b) - num_f(a),
    };
    if gamma >= 0.5 {
        num_f(b) - diff * (1.0 - gamma)
    } else {
        num_f(a) + diff * gamma
    }
}

/// Numba's `_collect_percentiles_inner` for one percentile `p` (NaNs make
/// the result NaN; a lone non-finite value too).
fn numba_percentile(v: &mut [f64], p: f64) -> f64 {
    let n = v.len();
    if v.iter().any(|x| x.is_nan()) || n == 0 || (n == 1 && !v[0].is_finite()) {
        return f64::NAN;
    }
    if n == 1 {
        return v[0];
    }
    let all_finite = v.iter().all(|x| x.is_finite());
    if p == 100.0 {
        let m = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        return if !all_finite && !m.is_finite() {
            f64::NAN
        } else {
            m
        };
    }
    if p == 0.0 {
        let mut m = v.iter().copied().fold(f64::INFINITY, f64::min);
        if !all_finite {
            let pos = v.iter().filter(|x| **x == f64::INFINITY).count();
            let neg = v.iter().filter(|x| **x == f64::NEG_INFINITY).count();
            let finite = n - (pos + neg);
            if finite == 0
                || (pos == 1 && n == 2)
                || neg > 1
                || (finite == 1 && pos > 1 && neg != 1)
            {
                m = f64::NAN;
            }
        }
        return m;
    }
    let rank = 1.0 + (n - 1) as f64 * (p / 100.0);
    let f = rank.floor();
    let m = rank - f;
    v.sort_by(f64::total_cmp);
    let k = f as usize - 1;
    let (lower, upper) = (v[k], v[(k + 1).min(n - 1)]);
    lower * (1.0 - m) + upper * m
}
