//! `np.random.*` inside jitted code, as Numba 0.68 compiles it
//! (numba/np/random/legacy.py, numba/_random.c) on a [`RandomState`] that
//! stands for Numba's own MT19937 state, seeded by `np.random.seed` inside
//! jitted code only. seed, random, rand, randn, standard_normal, shuffle
//! and permutation are [`RandomState`]'s methods unchanged; normal, uniform,
//! exponential, randint and poisson draw the same values as numpy but
//! check their arguments differently; gamma, standard_gamma, beta and
//! binomial use Numba's own algorithms.

use super::natives::Draw;
use super::{binomial_btpe, c_long, draw_poisson, RandomState};
use crate::error::{err, VmResult};
use crate::lib_math::libm;

/// `np.random.normal(loc, scale)`: no check of the scale.
pub fn normal(rs: &mut RandomState, loc: f64, scale: f64) -> f64 {
    loc + scale * rs.standard_normal()
}

/// `np.random.uniform(low, high)`: no check of the range.
pub fn uniform(rs: &mut RandomState, low: f64, high: f64) -> f64 {
    low + (high - low) * rs.random_sample()
}

/// `np.random.exponential(scale)`: no check of the scale.
pub fn exponential(rs: &mut RandomState, scale: f64) -> f64 {
    rs.standard_exponential() * scale
}

/// `np.random.randint(low, high)`: numpy's masked rejection, Python's
/// `randrange` error.
pub fn randint(rs: &mut RandomState, low: i64, high: i64) -> VmResult<i64> {
    if low >= high {
        return err("ValueError", "empty range for randrange()");
    }
    rs.randint(low, high)
}

/// `np.random.poisson(lam)`: numpy's algorithms.
pub fn poisson(rs: &mut RandomState, lam: f64) -> VmResult<i64> {
    if lam < 0.0 {
        return err("ValueError", "poisson(): lambda < 0");
    }
    Ok(draw_poisson(rs.bits(), lam))
}

/// `np.random.gamma(shape, scale)` (and `standard_gamma(shape)` with scale
/// 1): CPython's `random.gammavariate` on numpy's uniform stream.
pub fn gamma(rs: &mut RandomState, alpha: f64, beta: f64) -> VmResult<f64> {
    gammavariate(&mut || rs.random_sample(), alpha, beta)
}

/// CPython's `random.gammavariate` (Cheng for shape > 1, Kennedy and
/// Gentle's GS below 1) on the uniform stream `random`.
pub fn gammavariate(random: &mut dyn FnMut() -> f64, alpha: f64, beta: f64) -> VmResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return err("ValueError", "gammavariate: alpha and beta must be > 0.0");
    }
    if alpha > 1.0 {
        let sg_magicconst = 1.0 + libm::log(4.5);
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - libm::log(4.0);
        let ccc = alpha + ainv;
        loop {
            let u1 = random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - random();
            let v = libm::log(u1 / (1.0 - u1)) / ainv;
            let x = alpha * libm::exp(v);
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= libm::log(z) {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-libm::log(1.0 - random()) * beta);
    }
    let e = std::f64::consts::E;
    loop {
        let u = random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 {
            libm::pow(p, 1.0 / alpha)
        } else {
            -libm::log((b - p) / alpha)
        };
        let u1 = random();
        let accept = if p > 1.0 {
            u1 <= libm::pow(x, alpha - 1.0)
        } else {
            u1 <= libm::exp(-x)
        };
        if accept {
            return Ok(x * beta);
        }
    }
}

/// `np.random.beta(a, b)`: CPython's `random.betavariate` over [`gamma`].
pub fn beta(rs: &mut RandomState, a: f64, b: f64) -> VmResult<f64> {
    let y = gamma(rs, a, 1.0)?;
    if y == 0.0 {
        return Ok(0.0);
    }
    Ok(y / (y + gamma(rs, b, 1.0)?))
}

/// `np.random.binomial(n, p)`: numpy's BTPE for a mean over 30; below,
/// Numba's inversion, which computes (1-p)**n with pow, splits n when that
/// underflows, and draws nothing for p == 0 or p == 1.
pub fn binomial(rs: &mut RandomState, n: i64, p: f64) -> VmResult<i64> {
    if n < 0 {
        return err("ValueError", "binomial(): n <= 0");
    }
    if !(0.0..=1.0).contains(&p) {
        return err("ValueError", "binomial(): p outside of [0, 1]");
    }
    if p == 0.0 {
        return Ok(0);
    }
    if p == 1.0 {
        return Ok(n);
    }
    let flipped = p > 0.5;
    let p = if flipped { 1.0 - p } else { p };
    let q = 1.0 - p;
    let np_prod = n as f64 * p;
    if np_prod > 30.0 {
        let x = binomial_btpe(rs.bits(), n, p);
        return Ok(if flipped { n - x } else { x });
    }
    let mut n = n;
    let mut niters: i64 = 1;
    let mut qn = libm::pow(q, n as f64);
    while qn <= 1e-308 {
        niters <<= 2;
        n >>= 2;
        qn = libm::pow(q, n as f64);
    }
    let bound = (n as f64).min(np_prod + 10.0 * (np_prod * q + 1.0).sqrt());
    let mut total = 0;
    while niters > 0 {
        let mut x: i64 = 0;
        let mut u = rs.random_sample();
        let mut px = qn;
        while x as f64 <= bound {
            if u <= px {
                total += if flipped { n - x } else { x };
                niters -= 1;
                break;
            }
            u -= px;
            x += 1;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    Ok(total)
}

/// The other distributions as Numba 0.68 compiles them
/// (numba/np/random/legacy.py), as a slot: float bits, or an int for
/// `Geometric`. `a`, `b`, `c` are the float parameters in order.
pub fn more(rs: &mut RandomState, d: Draw, a: f64, b: f64, c: f64) -> VmResult<u64> {
    use Draw::*;
    let v = match d {
        Geometric => {
            if a <= 0.0 || a > 1.0 {
                return err("ValueError", "geometric(): p outside of (0, 1]");
            }
            let q = 1.0 - a;
            if a >= 0.333_333_333_333_333_3 {
                let (mut x, mut sum, mut prod) = (1, a, a);
                let u = rs.random_sample();
                while u > sum {
                    prod *= q;
                    sum += prod;
                    x += 1;
                }
                return Ok(x as u64);
            }
            let v = (libm::log(1.0 - rs.random_sample()) / libm::log(q)).ceil();
            return Ok(v as i64 as u64);
        }
        Chisquare => 2.0 * gamma(rs, a / 2.0, 1.0)?,
        F => {
            let num = 2.0 * gamma(rs, a / 2.0, 1.0)? * b;
            num / (2.0 * gamma(rs, b / 2.0, 1.0)? * a)
        }
        StandardT => {
            let n = rs.standard_normal();
            let g = gamma(rs, a / 2.0, 1.0)?;
            (a / 2.0).sqrt() * n / g.sqrt()
        }
        StandardCauchy => {
            let num = rs.standard_normal();
            num / rs.standard_normal()
        }
        Lognormal => libm::exp(normal(rs, a, b)),
        Laplace => {
            let u = rs.random_sample();
            if u < 0.5 {
                a + b * libm::log(u + u)
            } else {
                a - b * libm::log(2.0 - u - u)
            }
        }
        Logistic => {
            let u = rs.random_sample();
            a + b * libm::log(u / (1.0 - u))
        }
        Gumbel => {
            let u = 1.0 - rs.random_sample();
            a - b * libm::log(-libm::log(u))
        }
        Weibull => {
            let u = 1.0 - rs.random_sample();
            libm::pow(-libm::log(u), one_over(a)?)
        }
        Pareto => {
            let u = 1.0 - rs.random_sample();
            1.0 / libm::pow(u, one_over(a)?) - 1.0
        }
        Power => {
            if a <= 0.0 {
                return err("ValueError", "power(): a <= 0");
            }
            libm::pow(1.0 - libm::exp(-rs.standard_exponential()), 1.0 / a)
        }
        Rayleigh => {
            if a <= 0.0 {
                return err("ValueError", "rayleigh(): scale <= 0");
            }
            a * (-2.0 * libm::log(1.0 - rs.random_sample())).sqrt()
        }
        Triangular => {
            let (mut left, mut right) = (a, c);
            if right == left {
                return Ok(left.to_bits());
            }
            let mut u = rs.random_sample();
            let mut cc = (b - left) / (right - left);
            if u > cc {
                u = 1.0 - u;
                cc = 1.0 - cc;
                std::mem::swap(&mut left, &mut right);
            }
            left + (right - left) * (u * cc).sqrt()
        }
        Vonmises => vonmisesvariate(&mut || rs.random_sample(), a, b),
        Wald => {
            if a <= 0.0 {
                return err("ValueError", "wald(): mean <= 0");
            }
            if b <= 0.0 {
                return err("ValueError", "wald(): scale <= 0");
            }
            let mu_2l = a / (2.0 * b);
            let y = rs.standard_normal();
            let y = a * y * y;
            let x = a + mu_2l * (y - (4.0 * b * y + y * y).sqrt());
            match rs.random_sample() <= a / (a + x) {
                true => x,
                false => a * a / x,
            }
        }
        Zipf => {
            if a <= 1.0 {
                return err("ValueError", "zipf(): a <= 1");
            }
            let am1 = a - 1.0;
            let b = libm::pow(2.0, am1);
            loop {
                let u = 1.0 - rs.random_sample();
                let v = rs.random_sample();
                let x = c_long(libm::pow(u, -1.0 / am1).floor());
                if x < 1 {
                    continue;
                }
                let t = libm::pow(1.0 + 1.0 / x as f64, am1);
                if v * x as f64 * (t - 1.0) / (b - 1.0) <= t / b {
                    return Ok(x as u64);
                }
            }
        }
        Logseries => {
            if a <= 0.0 || a > 1.0 {
                return err("ValueError", "logseries(): p outside of (0, 1]");
            }
            let r = libm::log(1.0 - a);
            let v = rs.random_sample();
            if v >= a {
                return Ok(1);
            }
            let u = rs.random_sample();
            let q = 1.0 - libm::exp(r * u);
            let k = match (v <= q * q, v >= q) {
                (true, _) => c_long(1.0 + libm::log(v) / libm::log(q)),
                (false, true) => 1,
                (false, false) => 2,
            };
            return Ok(k as u64);
        }
        NegativeBinomial => {
            if a <= 0.0 {
                return err("ValueError", "negative_binomial(): n <= 0");
            }
            if !(0.0..=1.0).contains(&b) {
                return err("ValueError", "negative_binomial(): p outside of [0, 1]");
            }
            let y = gamma(rs, a, (1.0 - b) / b)?;
            return Ok(poisson(rs, y)? as u64);
        }
        _ => return err("ValueError", "not a legacy distribution"),
    };
    Ok(v.to_bits())
}

/// CPython's `random.vonmisesvariate` (Numba's `np.random.vonmises`) on
/// the uniform stream `random`.
pub fn vonmisesvariate(random: &mut dyn FnMut() -> f64, mu: f64, kappa: f64) -> f64 {
    use std::f64::consts::PI;
    if kappa <= 1e-6 {
        return 2.0 * PI * random();
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = random();
        let z = libm::cos(PI * u1);
        let d = z / (r + z);
        let u2 = random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm::exp(d) {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let theta = match random() > 0.5 {
        true => mu + libm::acos(f),
        false => mu - libm::acos(f),
    };
    py_mod(theta, 2.0 * PI)
}

/// Python's float `%`: the sign of the divisor.
fn py_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    match m {
        0.0 => 0.0f64.copysign(y),
        m if (m < 0.0) != (y < 0.0) => m + y,
        m => m,
    }
}

/// `np.random.hypergeometric(ngood, nbad, nsample)`: numpy's HYP
/// algorithm for every sample size, unchecked.
pub fn hypergeometric(rs: &mut RandomState, good: i64, bad: i64, sample: i64) -> i64 {
    let d1 = bad.wrapping_add(good).wrapping_sub(sample);
    let d2 = good.min(bad) as f64;
    let mut y = d2;
    let mut k = sample;
    while y > 0.0 && k > 0 {
        y -= (rs.random_sample() + y / d1.wrapping_add(k) as f64).floor();
        k -= 1;
    }
    let z = c_long(d2 - y);
    match good > bad {
        true => sample.wrapping_sub(z),
        false => z,
    }
}

/// `1.0 / a`, Python's ZeroDivisionError for 0.
fn one_over(a: f64) -> VmResult<f64> {
    if a == 0.0 {
        return err("ZeroDivisionError", "division by zero");
    }
    Ok(1.0 / a)
}
