//! Python's `statistics` as CPython 3.11 computes it. `mean`, `variance`
//! and `pvariance` are the exact values (CPython sums Fractions) rounded
//! once; `stdev` and `pstdev` the correctly rounded square roots of them.
//! Every float is m·2^e, so these sums are big integers times a power of
//! two, divided by a small count: `Big` does that arithmetic.

use crate::error::{VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{incref, obj, ArrayObj, ListObj};
use std::cmp::Ordering;

/// Which function a native computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stat {
    Mean,
    FMean,
    Median,
    MedianLow,
    MedianHigh,
    Variance,
    PVariance,
    Stdev,
    PStdev,
}

impl Stat {
    fn name(self) -> &'static str {
        match self {
            Stat::Mean => "mean",
            Stat::FMean => "fmean",
            Stat::Median => "median",
            Stat::MedianLow => "median_low",
            Stat::MedianHigh => "median_high",
            Stat::Variance => "variance",
            Stat::PVariance => "pvariance",
            Stat::Stdev => "stdev",
            Stat::PStdev => "pstdev",
        }
    }
}

fn stat_err(msg: String) -> VmError {
    VmError::new("StatisticsError", msg)
}

/// A non-negative integer of any size: 32-bit limbs, least significant
/// first, no trailing zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u128(mut v: u128) -> Big {
        let mut l = Vec::new();
        while v != 0 {
            l.push(v as u32);
            v >>= 32;
        }
        Big(l)
    }

    fn trim(mut self) -> Big {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn bits(&self) -> usize {
        match self.0.last() {
            Some(&top) => 32 * self.0.len() - top.leading_zeros() as usize,
            None => 0,
        }
    }

    fn shl(&self, k: usize) -> Big {
        if self.is_zero() {
            return Big(Vec::new());
        }
        let (words, bits) = (k / 32, k % 32);
        let mut l = vec![0u32; words];
        let mut carry = 0u32;
        for &x in &self.0 {
            if bits == 0 {
                l.push(x);
            } else {
                l.push((x << bits) | carry);
                carry = x >> (32 - bits);
            }
        }
        l.push(carry);
        Big(l).trim()
    }

    /// `self >> k`, and whether a one bit was shifted out.
    fn shr(&self, k: usize) -> (Big, bool) {
        let (words, bits) = (k / 32, k % 32);
        if words >= self.0.len() {
            return (Big(Vec::new()), !self.is_zero());
        }
        let lost_words = self.0[..words].iter().any(|&w| w != 0);
        let lost_bits = bits > 0 && self.0[words] & ((1u32 << bits) - 1) != 0;
        let src = &self.0[words..];
        let mut l = Vec::with_capacity(src.len());
        for i in 0..src.len() {
            let hi = if bits > 0 {
                src.get(i + 1).map_or(0, |&h| h << (32 - bits))
            } else {
                0
            };
            l.push((src[i] >> bits) | hi);
        }
        (Big(l).trim(), lost_words || lost_bits)
    }

    fn add(&self, o: &Big) -> Big {
        let n = self.0.len().max(o.0.len());
        let mut l = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let s = *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64 + carry;
            l.push(s as u32);
            carry = s >> 32;
        }
        l.push(carry as u32);
        Big(l).trim()
    }

    /// `self - o`, for `self >= o`.
    fn sub(&self, o: &Big) -> Big {
        let mut l = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let mut d = self.0[i] as i64 - *o.0.get(i).unwrap_or(&0) as i64 - borrow;
            borrow = 0;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            }
            l.push(d as u32);
        }
        Big(l).trim()
    }

    fn cmp(&self, o: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&o.0.len())
            .then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
    }

    fn mul(&self, o: &Big) -> Big {
        if self.is_zero() || o.is_zero() {
            return Big(Vec::new());
        }
        let mut l = vec![0u32; self.0.len() + o.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.0.iter().enumerate() {
                let t = a as u64 * b as u64 + l[i + j] as u64 + carry;
                l[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + o.0.len();
            while carry != 0 {
                let t = l[k] as u64 + carry;
                l[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        Big(l).trim()
    }

    /// `self / d` and whether the remainder is nonzero.
    fn div_small(&self, d: u64) -> (Big, bool) {
        let mut q = vec![0u32; self.0.len()];
        let mut r: u128 = 0;
        for i in (0..self.0.len()).rev() {
            let cur = (r << 32) | self.0[i] as u128;
            q[i] = (cur / d as u128) as u32;
            r = cur % d as u128;
        }
        (Big(q).trim(), r != 0)
    }

    fn to_u128(&self) -> u128 {
        self.0
            .iter()
            .take(4)
            .enumerate()
            .fold(0u128, |acc, (i, &w)| acc | (w as u128) << (32 * i))
    }
}

/// A signed sum of floats, exactly: `(pos - neg) · 2^exp`.
struct ExactSum {
    pos: Big,
    neg: Big,
    exp: i64,
}

/// `x = m · 2^e` with `m` an integer (sign apart).
fn decompose(x: f64) -> (bool, u64, i64) {
    let b = x.to_bits();
    let (ef, f) = ((b >> 52) & 0x7ff, b & ((1 << 52) - 1));
    let neg = b >> 63 == 1;
    if ef == 0 {
        (neg, f, -1074)
    } else {
        (neg, f | 1 << 52, ef as i64 - 1075)
    }
}

/// Finite floats as `(negative, m, e)`, zeros left out.
fn float_parts(xs: &[f64]) -> Vec<(bool, u64, i64)> {
    xs.iter()
        .filter(|x| **x != 0.0)
        .map(|&x| decompose(x))
        .collect()
}

/// The exact sum of numbers given as `(negative, m, e)` (or of their
/// squares).
fn exact_sum(xs: &[(bool, u64, i64)], squares: bool) -> ExactSum {
    let parts: Vec<(bool, Big, i64)> = xs
        .iter()
        .map(|&(neg, m, e)| {
            if squares {
                (false, Big::from_u128(m as u128 * m as u128), 2 * e)
            } else {
                (neg, Big::from_u128(m as u128), e)
            }
        })
        .collect();
    let exp = parts.iter().map(|p| p.2).min().unwrap_or(0);
    let (mut pos, mut neg) = (Big(Vec::new()), Big(Vec::new()));
    for (n, m, e) in parts {
        let v = m.shl((e - exp) as usize);
        if n {
            neg = neg.add(&v);
        } else {
            pos = pos.add(&v);
        }
    }
    ExactSum { pos, neg, exp }
}

impl ExactSum {
    /// The magnitude and sign.
    fn signed(&self) -> (Big, bool) {
        match self.pos.cmp(&self.neg) {
            Ordering::Less => (self.neg.sub(&self.pos), true),
            _ => (self.pos.sub(&self.neg), false),
        }
    }
}

/// `x · 2^e`, in steps so no power of two overflows.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `q · 2^e` rounded to nearest even, to 53 bits or fewer below 2^-1022.
/// `q` has 55 bits or more, its last one set if anything was cut off
/// before (round to odd), so this one rounding is as the exact value's.
/// Too large is CPython's OverflowError of int division.
fn compose(q: u128, e: i64) -> VmResult<f64> {
    let bits = 128 - q.leading_zeros() as i64;
    // The exponent of the last bit kept, and how many bits go.
    let low = (e + bits - 53).max(-1074);
    let drop = low - e;
    if q == 0 || drop > bits {
        return Ok(0.0);
    }
    let m = match u32::try_from(drop) {
        Err(_) => q << -drop,
        Ok(d) => {
            let m = q.checked_shr(d).unwrap_or(0);
            let rest = q - m.checked_shl(d).unwrap_or(0);
            let half = 1u128 << (d - 1);
            m + (rest > half || (rest == half && m & 1 == 1)) as u128
        }
    };
    let v = ldexp(m as f64, low);
    if v.is_infinite() {
        return Err(VmError::new(
            "OverflowError",
            "integer division result too large for a float",
        ));
    }
    Ok(v)
}

/// `(−1)^neg · num · 2^exp / den`, correctly rounded: a quotient of 65
/// bits or more, rounded to odd, then to a float.
fn round_ratio(num: &Big, neg: bool, exp: i64, den: u64) -> VmResult<f64> {
    let want = 66 + 64 - den.leading_zeros() as i64;
    let shift = want - num.bits() as i64;
    let (scaled, lost) = if shift >= 0 {
        (num.shl(shift as usize), false)
    } else {
        num.shr((-shift) as usize)
    };
    let (q, rem) = scaled.div_small(den);
    let v = compose(q.to_u128() | (lost || rem) as u128, exp - shift)?;
    Ok(if neg { -v } else { v })
}

fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    let mut x = 1u128 << (128 - n.leading_zeros()).div_ceil(2);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// `sqrt(num · 2^exp / den)`, correctly rounded (CPython's
/// `_float_sqrt_of_frac`): an integer square root of 62 bits or more,
/// rounded to odd, then to a float.
fn round_sqrt_ratio(num: &Big, exp: i64, den: u64) -> VmResult<f64> {
    // The quotient gets about 124 bits; the remaining power of two even.
    let mut shift = 124 + 64 - den.leading_zeros() as i64 - num.bits() as i64;
    if (exp - shift) % 2 != 0 {
        shift -= 1;
    }
    let (scaled, lost) = if shift >= 0 {
        (num.shl(shift as usize), false)
    } else {
        num.shr((-shift) as usize)
    };
    let (q, rem) = scaled.div_small(den);
    let q = q.to_u128();
    let r = isqrt(q);
    compose(r | (lost || rem || r * r != q) as u128, (exp - shift) / 2)
}

/// The data of a list of signed ints, exactly.
fn int_values(t: &Type, slot: u64) -> Option<Vec<i64>> {
    match t {
        Type::List(el) if matches!(&**el, Type::Int(i) if i.signed) => {
            // SAFETY: a list slot holds a list.
            let l = unsafe { obj::<ListObj>(slot) };
            Some(l.slots.iter().map(|&v| v as i64).collect())
        }
        _ => None,
    }
}

/// The data as floats (typing admits float64 arrays and lists of floats
/// or signed ints).
fn values(t: &Type, slot: u64) -> Vec<f64> {
    match t {
        Type::Array(a) => {
            // SAFETY: an array slot holds an array.
            let arr = unsafe { obj::<ArrayObj>(slot) };
            arr.offsets()
                .into_iter()
                // SAFETY: offsets of the array's live elements.
                .map(|o| f64::from_bits(unsafe { a.dtype.load(arr.data.offset(o)) }))
                .collect()
        }
        Type::List(el) => {
            // SAFETY: a list slot holds a list.
            let l = unsafe { obj::<ListObj>(slot) };
            let float = el.is_float();
            l.slots
                .iter()
                .map(|&v| {
                    if float {
                        f64::from_bits(v)
                    } else {
                        v as i64 as f64
                    }
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Python's sort of floats: stable, so -0.0 and 0.0 keep their order;
/// NaN, which it orders by the accident of its comparisons, is refused.
fn sorted(mut xs: Vec<f64>, f: Stat) -> VmResult<Vec<f64>> {
    if xs.iter().any(|x| x.is_nan()) {
        return Err(VmError::new(
            "ValueError",
            format!(
                "statistics.{}() of data holding NaN is not supported by rumba",
                f.name()
            ),
        ));
    }
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    Ok(xs)
}

/// The statistic `f` of the data, one argument (and `xbar`/`mu` for the
/// variances if given: a second argument, a float).
pub fn stat(
    _vm: &mut Vm,
    site: &NativeSite,
    f: &Stat,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let f = *f;
    let xs = values(&site.arg_types[0], args[0]);
    let ints = int_values(&site.arg_types[0], args[0]);
    let n = xs.len();
    let min = match f {
        Stat::Variance | Stat::Stdev => 2,
        _ => 1,
    };
    if n < min {
        return Err(stat_err(match f {
            Stat::Median | Stat::MedianLow | Stat::MedianHigh => "no median for empty data".into(),
            Stat::Variance | Stat::Stdev => {
                format!("{} requires at least two data points", f.name())
            }
            _ => format!("{} requires at least one data point", f.name()),
        }));
    }
    let v = match f {
        Stat::FMean => crate::lib_math::fsum(&xs)? / n as f64,
        Stat::Median => {
            let s = sorted(xs, f)?;
            if n % 2 == 1 {
                s[n / 2]
            } else {
                (s[n / 2 - 1] + s[n / 2]) / 2.0
            }
        }
        Stat::MedianLow | Stat::MedianHigh => {
            let i = if f == Stat::MedianLow {
                (n - 1) / 2
            } else {
                n / 2
            };
            out[0] = match ints {
                Some(mut is) => {
                    is.sort_unstable();
                    is[i] as u64
                }
                None => sorted(xs, f)?[i].to_bits(),
            };
            return Ok(());
        }
        _ if xs.iter().any(|x| !x.is_finite()) => {
            // CPython adds the non-finite values as floats and uses that.
            let total: f64 = xs.iter().filter(|x| !x.is_finite()).sum();
            match f {
                Stat::Mean => total / n as f64,
                Stat::Variance => total / (n - 1) as f64,
                Stat::PVariance => total / n as f64,
                _ => {
                    return Err(VmError::new(
                        "AttributeError",
                        "'float' object has no attribute 'numerator'",
                    ))
                }
            }
        }
        Stat::Mean => {
            let s = exact_sum(&float_parts(&xs), false);
            let (mag, neg) = s.signed();
            round_ratio(&mag, neg, s.exp, n as u64)?
        }
        _ => {
            let pop = matches!(f, Stat::PVariance | Stat::PStdev);
            let sqrt = matches!(f, Stat::Stdev | Stat::PStdev);
            let (num, exp, den) = match args.get(1) {
                // Deviations from the given mean, squared as floats.
                Some(&c) => {
                    let c = f64::from_bits(c);
                    let ds: Vec<f64> = xs.iter().map(|x| (x - c) * (x - c)).collect();
                    if ds.iter().any(|d| !d.is_finite()) {
                        let total: f64 = ds.iter().filter(|d| !d.is_finite()).sum();
                        if sqrt {
                            return Err(VmError::new(
                                "AttributeError",
                                "'float' object has no attribute 'numerator'",
                            ));
                        }
                        out[0] = (total / if pop { n } else { n - 1 } as f64).to_bits();
                        return Ok(());
                    }
                    let s = exact_sum(&float_parts(&ds), false);
                    (s.pos, s.exp, if pop { n as u64 } else { n as u64 - 1 })
                }
                // (n·Σx² − (Σx)²) / (n(n−1)), or / n² for the population.
                None => {
                    // Ints exactly, as CPython's Fractions hold them.
                    let parts = match &ints {
                        Some(is) => is
                            .iter()
                            .filter(|&&v| v != 0)
                            .map(|&v| (v < 0, v.unsigned_abs(), 0))
                            .collect(),
                        None => float_parts(&xs),
                    };
                    let sx = exact_sum(&parts, false);
                    let sxx = exact_sum(&parts, true);
                    let (mag, _) = sx.signed();
                    // Align Σx² (at its own exponent) with (Σx)² at 2·exp.
                    let e2 = 2 * sx.exp;
                    let sxx_big = if sxx.pos.is_zero() {
                        sxx.pos.clone()
                    } else {
                        sxx.pos.shl((sxx.exp - e2) as usize)
                    };
                    let num = sxx_big.mul(&Big::from_u128(n as u128)).sub(&mag.mul(&mag));
                    let den = (n as u128) * if pop { n as u128 } else { n as u128 - 1 };
                    match u64::try_from(den) {
                        Ok(d) => (num, e2, d),
                        Err(_) => {
                            return Err(VmError::new("OverflowError", "too many data points"))
                        }
                    }
                }
            };
            if sqrt {
                round_sqrt_ratio(&num, exp, den)?
            } else {
                round_ratio(&num, false, exp, den)?
            }
        }
    };
    out[0] = v.to_bits();
    Ok(())
}

/// `statistics.mode`: the first of the most common values (one-slot
/// values: numbers and strings). NaNs count together only when they are
/// one object in CPython, which rumba cannot tell: refused.
pub fn mode(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let Type::List(el) = &site.arg_types[0] else {
        return Err(VmError::new("TypeError", "mode() needs a list"));
    };
    // SAFETY: a list slot holds a list.
    let l = unsafe { obj::<ListObj>(args[0]) };
    if el.is_float() && l.slots.iter().any(|&v| f64::from_bits(v).is_nan()) {
        return Err(VmError::new(
            "ValueError",
            "statistics.mode() of data holding NaN is not supported by rumba",
        ));
    }
    let mut counts: Vec<(crate::lib_dict::Key, usize, u64)> = Vec::new();
    let mut index: std::collections::HashMap<crate::lib_dict::Key, usize> =
        std::collections::HashMap::new();
    for &v in &l.slots {
        let k = crate::lib_dict::key_of(el, &[v]);
        match index.get(&k) {
            Some(&i) => counts[i].1 += 1,
            None => {
                index.insert(k.clone(), counts.len());
                counts.push((k, 1, v));
            }
        }
    }
    let best = counts.iter().map(|c| c.1).max();
    let Some(pick) = best.and_then(|b| counts.iter().find(|c| c.1 == b)) else {
        return Err(stat_err("no mode for empty data".into()));
    };
    if el.is_ref() {
        incref(pick.2);
    }
    out[0] = pick.2;
    Ok(())
}
