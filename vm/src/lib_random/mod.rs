//! Random numbers as numpy's legacy `np.random` (a `RandomState` over
//! MT19937) and Python's `random` produce them, bit for bit from the same
//! seed.
//!
//! - [`RandomState`]: numpy 2.4's `RandomState` after `np.random.seed(n)`
//!   (numpy/random/mtrand.pyx, src/legacy/legacy-distributions.c,
//!   src/distributions/distributions.c, _bounded_integers.pyx.in). A
//!   method's stream is the same whether numpy draws one value or fills an
//!   array: `np.random.random(5)` is five `random_sample()` calls.
//! - [`numba`]: `np.random.*` inside jitted code. Numba keeps its own
//!   MT19937 state (`np.random.seed` in plain Python does not seed it) and
//!   draws the same stream as numpy for seed, random, rand, randn,
//!   standard_normal, normal, uniform, randint, shuffle, permutation,
//!   exponential and poisson; it has its own algorithms for gamma, beta and
//!   binomial, and checks fewer arguments.
//! - [`PyRandom`]: Python's `random` (CPython 3.11 Modules/_randommodule.c
//!   and Lib/random.py), seeded from the int's 32-bit words. In jitted code
//!   Numba keeps another state for it, seeds it as numpy does and draws
//!   `gauss` by the polar method: [`PyRandom::seed_numba`] and
//!   [`PyRandom::gauss_numba`]; the other methods draw as CPython's.

pub mod generator;
pub mod natives;
pub mod numba;
pub mod py;
mod ziggurat;

use crate::error::{err, VmResult};
use crate::lib_math::libm;

const N: usize = 624;
const M: usize = 397;

/// The Mersenne Twister MT19937 generator.
#[derive(Clone)]
pub struct Mt19937 {
    key: [u32; N],
    pos: usize,
}

impl Mt19937 {
    /// A generator seeded as `seed` does.
    pub fn new(seed: u32) -> Mt19937 {
        let mut mt = Mt19937 {
            key: [0; N],
            pos: N,
        };
        mt.seed(seed);
        mt
    }

    /// Knuth's initialisation of the reference implementation
    /// (`init_genrand`; numpy's `mt19937_seed`, Numba's `numba_rnd_init`).
    pub fn seed(&mut self, seed: u32) {
        let mut s = seed;
        for (i, k) in self.key.iter_mut().enumerate() {
            *k = s;
            s = 1812433253u32
                .wrapping_mul(s ^ (s >> 30))
                .wrapping_add(i as u32 + 1);
        }
        self.pos = N;
    }

    /// The reference `init_by_array` (numpy's seed from an array, CPython's
    /// `random.seed`).
    pub fn seed_by_array(&mut self, init_key: &[u32]) {
        self.seed(19650218);
        let mt = &mut self.key;
        let (mut i, mut j) = (1, 0);
        for _ in 0..N.max(init_key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1664525))
                .wrapping_add(init_key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= init_key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Most significant bit 1: a non-zero initial array.
        mt[0] = 0x8000_0000;
        self.pos = N;
    }

    /// Regenerates the 624 words of state (`mt19937_gen`).
    fn generate(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let k = &mut self.key;
        for i in 0..N {
            let y = (k[i] & UPPER) | (k[(i + 1) % N] & LOWER);
            k[i] = k[(i + M) % N] ^ (y >> 1) ^ (if y & 1 != 0 { MATRIX_A } else { 0 });
        }
        self.pos = 0;
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.pos == N {
            self.generate();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        // Tempering.
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// 64 bits from two words, the first one high (numpy's
    /// `mt19937_next64`).
    pub fn next_u64(&mut self) -> u64 {
        let hi = self.next_u32() as u64;
        (hi << 32) | self.next_u32() as u64
    }

    /// A double in [0, 1) from 53 random bits: 27 bits of one word and 26 of
    /// the next (numpy's `mt19937_next_double`, CPython's `random()`).
    pub fn next_double(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) / 9007199254740992.0
    }
}

/// A bit generator as numpy's distributions draw from it (`bitgen_t`).
pub trait Bits {
    fn next_u32(&mut self) -> u32;
    fn next_u64(&mut self) -> u64;
    fn next_double(&mut self) -> f64;
}

impl Bits for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        Mt19937::next_u32(self)
    }
    fn next_u64(&mut self) -> u64 {
        Mt19937::next_u64(self)
    }
    fn next_double(&mut self) -> f64 {
        Mt19937::next_double(self)
    }
}

/// Two normal deviates by Marsaglia's polar method, the one to keep for
/// later first (`legacy_gauss`).
fn polar_pair(mt: &mut Mt19937) -> (f64, f64) {
    let (x1, x2, r2) = loop {
        let x1 = 2.0 * mt.next_double() - 1.0;
        let x2 = 2.0 * mt.next_double() - 1.0;
        let r2 = x1 * x1 + x2 * x2;
        if r2 < 1.0 && r2 != 0.0 {
            break (x1, x2, r2);
        }
    };
    let f = (-2.0 * libm::log(r2) / r2).sqrt();
    (f * x1, f * x2)
}

/// The smallest all-ones mask covering `max`.
fn gen_mask(max: u64) -> u64 {
    u64::MAX >> max.leading_zeros().min(63)
}

/// numpy's legacy `RandomState`: MT19937 plus the cached second value of
/// the polar Box-Muller method.
#[derive(Clone)]
pub struct RandomState {
    mt: Mt19937,
    gauss: Option<f64>,
}

impl RandomState {
    /// `np.random.RandomState(seed)`.
    pub fn new(seed: u32) -> RandomState {
        RandomState {
            mt: Mt19937::new(seed),
            gauss: None,
        }
    }

    /// `np.random.seed(seed)` for an int in [0, 2**32); other ints raise
    /// `ValueError: Seed must be between 0 and 2**32 - 1`, see
    /// [`RandomState::seed_checked`].
    pub fn seed(&mut self, seed: u32) {
        self.mt.seed(seed);
        self.gauss = None;
    }

    /// `np.random.seed(seed)` for any int64, with numpy's range check.
    pub fn seed_checked(&mut self, seed: i64) -> VmResult<()> {
        match u32::try_from(seed) {
            Ok(s) => {
                self.seed(s);
                Ok(())
            }
            Err(_) => err("ValueError", "Seed must be between 0 and 2**32 - 1"),
        }
    }

    /// `np.random.seed([k0, k1, ...])`: `init_by_array` of the words.
    pub fn seed_array(&mut self, key: &[u32]) -> VmResult<()> {
        if key.is_empty() {
            return err("ValueError", "Seed must be non-empty");
        }
        self.mt.seed_by_array(key);
        self.gauss = None;
        Ok(())
    }

    /// `get_state()`: the key, the position in it and the cached
    /// Gaussian, if any.
    pub fn get_state(&self) -> (&[u32; N], usize, Option<f64>) {
        (&self.mt.key, self.mt.pos, self.gauss)
    }

    /// `set_state(...)` from a key of 624 words, a position and the cached
    /// Gaussian.
    pub fn set_state(&mut self, key: &[u32], pos: i64, gauss: Option<f64>) -> VmResult<()> {
        let Ok(key) = <[u32; N]>::try_from(key) else {
            return err("ValueError", "state must be 624 elements");
        };
        let Some(pos) = usize::try_from(pos).ok().filter(|&p| p <= N) else {
            return err("ValueError", "pos must be between 0 and 624");
        };
        self.mt.key = key;
        self.mt.pos = pos;
        self.gauss = gauss;
        Ok(())
    }

    /// The underlying bit generator.
    pub fn bits(&mut self) -> &mut Mt19937 {
        &mut self.mt
    }

    /// `random_sample()`, `random()`, `rand()`: a double in [0, 1).
    pub fn random_sample(&mut self) -> f64 {
        self.mt.next_double()
    }

    /// `rand()`: the same as [`RandomState::random_sample`].
    pub fn rand(&mut self) -> f64 {
        self.random_sample()
    }

    /// `standard_normal()`, `randn()`: legacy polar Box-Muller
    /// (`legacy_gauss`), which makes two values per round and hands out the
    /// second one next time.
    pub fn standard_normal(&mut self) -> f64 {
        if let Some(g) = self.gauss.take() {
            return g;
        }
        let (keep, give) = polar_pair(&mut self.mt);
        self.gauss = Some(keep);
        give
    }

    /// `randn()`: the same as [`RandomState::standard_normal`].
    pub fn randn(&mut self) -> f64 {
        self.standard_normal()
    }

    /// `normal(loc, scale)`.
    pub fn normal(&mut self, loc: f64, scale: f64) -> VmResult<f64> {
        non_negative(scale, "scale")?;
        Ok(loc + scale * self.standard_normal())
    }

    /// `uniform(low, high)`: `low + (high - low) * random_sample()`.
    pub fn uniform(&mut self, low: f64, high: f64) -> VmResult<f64> {
        let range = high - low;
        if !range.is_finite() {
            return err("OverflowError", "Range exceeds valid bounds");
        }
        Ok(low + range * self.mt.next_double())
    }

    /// A value in [0, max] by masked rejection, from 32-bit draws when max
    /// fits in 32 bits (numpy's `random_interval` and the masked path of
    /// `random_bounded_uint64_fill`, which agree).
    pub fn random_interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mask = gen_mask(max);
        loop {
            let v = if max <= u32::MAX as u64 {
                self.mt.next_u32() as u64 & mask
            } else {
                self.mt.next_u64() & mask
            };
            if v <= max {
                return v;
            }
        }
    }

    /// `randint(low, high)` for the default int64 dtype: an int in
    /// [low, high); `randint(n)` is `randint(0, n)`.
    pub fn randint(&mut self, low: i64, high: i64) -> VmResult<i64> {
        if low >= high {
            return err(
                "ValueError",
                if low == 0 { "high <= 0" } else { "low >= high" },
            );
        }
        let rng = (high as u64).wrapping_sub(low as u64).wrapping_sub(1);
        Ok((low as u64).wrapping_add(self.random_interval(rng)) as i64)
    }

    /// `shuffle(x)` of a 1-d array or list: Fisher-Yates from the end, as
    /// mtrand's `_shuffle_raw`.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.random_interval(i as u64) as usize;
            x.swap(i, j);
        }
    }

    /// `permutation(n)`: a shuffled `arange(n)` (empty for n <= 0).
    pub fn permutation(&mut self, n: i64) -> VmResult<Vec<i64>> {
        let mut v: Vec<i64> = Vec::new();
        if v.try_reserve_exact(n.max(0) as usize).is_err() {
            return err(
                "MemoryError",
                format!("unable to allocate a permutation of {n} values"),
            );
        }
        v.extend(0..n);
        self.shuffle(&mut v);
        Ok(v)
    }

    /// `choice(n)`: one index in [0, n), drawn as `randint(0, n)`.
    pub fn choice(&mut self, n: i64) -> VmResult<i64> {
        if n <= 0 {
            return err(
                "ValueError",
                "a must be greater than 0 unless no samples are taken",
            );
        }
        self.randint(0, n)
    }

    /// `standard_exponential()`: `-log(1 - U)`.
    pub fn standard_exponential(&mut self) -> f64 {
        -libm::log(1.0 - self.mt.next_double())
    }

    /// `exponential(scale)`.
    pub fn exponential(&mut self, scale: f64) -> VmResult<f64> {
        non_negative(scale, "scale")?;
        Ok(scale * self.standard_exponential())
    }

    /// `legacy_standard_gamma`: Marsaglia and Tsang for shape >= 1, Johnk's
    /// rejection below.
    fn legacy_standard_gamma(&mut self, shape: f64) -> f64 {
        if shape == 1.0 {
            return self.standard_exponential();
        }
        if shape == 0.0 {
            return 0.0;
        }
        if shape < 1.0 {
            loop {
                let u = self.mt.next_double();
                let v = self.standard_exponential();
                if u <= 1.0 - shape {
                    let x = libm::pow(u, 1.0 / shape);
                    if x <= v {
                        return x;
                    }
                } else {
                    let y = -libm::log((1.0 - u) / shape);
                    let x = libm::pow(1.0 - shape + shape * y, 1.0 / shape);
                    if x <= v + y {
                        return x;
                    }
                }
            }
        }
        let b = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * b).sqrt();
        loop {
            let (x, v) = loop {
                let x = self.standard_normal();
                let v = 1.0 + c * x;
                if v > 0.0 {
                    break (x, v);
                }
            };
            let v = v * v * v;
            let u = self.mt.next_double();
            if u < 1.0 - 0.0331 * (x * x) * (x * x) {
                return b * v;
            }
            if libm::log(u) < 0.5 * x * x + b * (1.0 - v + libm::log(v)) {
                return b * v;
            }
        }
    }

    /// `standard_gamma(shape)`.
    pub fn standard_gamma(&mut self, shape: f64) -> VmResult<f64> {
        non_negative(shape, "shape")?;
        Ok(self.legacy_standard_gamma(shape))
    }

    /// `gamma(shape, scale)`.
    pub fn gamma(&mut self, shape: f64, scale: f64) -> VmResult<f64> {
        non_negative(shape, "shape")?;
        non_negative(scale, "scale")?;
        Ok(scale * self.legacy_standard_gamma(shape))
    }

    /// `beta(a, b)`: Johnk's algorithm when both are at most 1, else a ratio
    /// of gammas (`legacy_beta`).
    pub fn beta(&mut self, a: f64, b: f64) -> VmResult<f64> {
        positive(a, "a")?;
        positive(b, "b")?;
        if a <= 1.0 && b <= 1.0 {
            loop {
                let u = self.mt.next_double();
                let v = self.mt.next_double();
                let x = libm::pow(u, 1.0 / a);
                let y = libm::pow(v, 1.0 / b);
                if x + y <= 1.0 {
                    if x + y > 0.0 {
                        return Ok(x / (x + y));
                    }
                    // Both underflowed: work with logarithms.
                    let mut log_x = libm::log(u) / a;
                    let mut log_y = libm::log(v) / b;
                    let log_m = if log_x > log_y { log_x } else { log_y };
                    log_x -= log_m;
                    log_y -= log_m;
                    return Ok(libm::exp(
                        log_x - libm::log(libm::exp(log_x) + libm::exp(log_y)),
                    ));
                }
            }
        }
        let ga = self.legacy_standard_gamma(a);
        let gb = self.legacy_standard_gamma(b);
        Ok(ga / (ga + gb))
    }

    /// `binomial(n, p)`: inversion for a small mean, BTPE otherwise, on
    /// min(p, 1-p) (`legacy_random_binomial`). Even n == 0 or p == 0 draws
    /// one value, as numpy's legacy path does.
    pub fn binomial(&mut self, n: i64, p: f64) -> VmResult<i64> {
        if !(0.0..=1.0).contains(&p) {
            return err("ValueError", "p < 0, p > 1 or p is NaN");
        }
        if n < 0 {
            return err("ValueError", "n < 0");
        }
        let mt = &mut self.mt;
        Ok(if p <= 0.5 {
            if p * n as f64 <= 30.0 {
                binomial_inversion(mt, n, p)
            } else {
                binomial_btpe(mt, n, p)
            }
        } else {
            let q = 1.0 - p;
            if q * n as f64 <= 30.0 {
                n - binomial_inversion(mt, n, q)
            } else {
                n - binomial_btpe(mt, n, q)
            }
        })
    }

    /// `poisson(lam)`: multiplication of uniforms below 10, Hörmann's PTRS
    /// from 10 on (`random_poisson`).
    pub fn poisson(&mut self, lam: f64) -> VmResult<i64> {
        // numpy's LEGACY_POISSON_LAM_MAX: int64 max - 10 * sqrt(int64 max).
        const LAM_MAX: f64 = 9.223372006484771e18;
        if lam.is_nan() || lam < 0.0 {
            return err("ValueError", "lam < 0 or lam is NaN");
        }
        if lam > LAM_MAX {
            return err("ValueError", "lam value too large");
        }
        Ok(draw_poisson(&mut self.mt, lam))
    }
}

impl RandomState {
    /// The other legacy distributions (mtrand.pyx over
    /// legacy-distributions.c and distributions.c) with numpy's checks, as
    /// a slot: float bits, or an int for `Geometric`. `a`, `b`, `c` are the
    /// float parameters in order.
    pub fn more(&mut self, d: natives::Draw, a: f64, b: f64, c: f64) -> VmResult<u64> {
        use natives::Draw::*;
        let v = match d {
            Geometric => {
                if !(a > 0.0 && a <= 1.0) {
                    return err("ValueError", "p <= 0, p > 1 or p contains NaNs");
                }
                return Ok(self.geometric(a) as u64);
            }
            Chisquare => {
                positive(a, "df")?;
                2.0 * self.legacy_standard_gamma(a / 2.0)
            }
            F => {
                positive(a, "dfnum")?;
                positive(b, "dfden")?;
                let num = 2.0 * self.legacy_standard_gamma(a / 2.0) * b;
                num / (2.0 * self.legacy_standard_gamma(b / 2.0) * a)
            }
            StandardT => {
                positive(a, "df")?;
                let num = self.standard_normal();
                let denom = self.legacy_standard_gamma(a / 2.0);
                (a / 2.0).sqrt() * num / denom.sqrt()
            }
            StandardCauchy => {
                let num = self.standard_normal();
                num / self.standard_normal()
            }
            Lognormal => {
                non_negative(b, "sigma")?;
                libm::exp(a + b * self.standard_normal())
            }
            Laplace => {
                non_negative(b, "scale")?;
                loop {
                    let u = self.mt.next_double();
                    if u >= 0.5 {
                        break a - b * libm::log(2.0 - u - u);
                    }
                    if u > 0.0 {
                        break a + b * libm::log(u + u);
                    }
                }
            }
            Logistic => {
                non_negative(b, "scale")?;
                loop {
                    let u = self.mt.next_double();
                    if u > 0.0 {
                        break a + b * libm::log(u / (1.0 - u));
                    }
                }
            }
            Gumbel => {
                non_negative(b, "scale")?;
                loop {
                    let u = 1.0 - self.mt.next_double();
                    if u < 1.0 {
                        break a - b * libm::log(-libm::log(u));
                    }
                }
            }
            Weibull => {
                non_negative(a, "a")?;
                if a == 0.0 {
                    0.0
                } else {
                    libm::pow(self.standard_exponential(), 1.0 / a)
                }
            }
            Pareto => {
                positive(a, "a")?;
                libm::exp(self.standard_exponential() / a) - 1.0
            }
            Power => {
                positive(a, "a")?;
                libm::pow(1.0 - libm::exp(-self.standard_exponential()), 1.0 / a)
            }
            Rayleigh => {
                non_negative(a, "scale")?;
                a * (-2.0 * libm::log1p(-self.mt.next_double())).sqrt()
            }
            Triangular => {
                if a > b {
                    return err("ValueError", "left > mode");
                }
                if b > c {
                    return err("ValueError", "mode > right");
                }
                if a == c {
                    return err("ValueError", "left == right");
                }
                let base = c - a;
                let leftbase = b - a;
                let ratio = leftbase / base;
                let u = self.mt.next_double();
                if u <= ratio {
                    a + (u * leftbase * base).sqrt()
                } else {
                    c - ((1.0 - u) * (c - b) * base).sqrt()
                }
            }
            Wald => {
                positive(a, "mean")?;
                positive(b, "scale")?;
                let mu_2l = a / (2.0 * b);
                let y = self.standard_normal();
                let y = a * y * y;
                let x = a + mu_2l * (y - (4.0 * b * y + y * y).sqrt());
                match self.mt.next_double() <= a / (a + x) {
                    true => x,
                    false => a * a / x,
                }
            }
            Vonmises => {
                non_negative(b, "kappa")?;
                vonmises(&mut self.mt, a, b, false)
            }
            Zipf => {
                if a.is_nan() || a <= 1.0 {
                    return err("ValueError", "a <= 1 or a is NaN");
                }
                return Ok(self.zipf(a) as u64);
            }
            Logseries => {
                if !(0.0..1.0).contains(&a) {
                    return err("ValueError", "p < 0, p >= 1 or p is NaN");
                }
                return Ok(self.logseries(a) as u64);
            }
            NegativeBinomial => {
                positive(a, "n")?;
                if !(0.0..=1.0).contains(&b) {
                    return err("ValueError", "p < 0, p > 1 or p is NaN");
                }
                let y = (1.0 - b) / b * self.legacy_standard_gamma(a);
                return Ok(draw_poisson(&mut self.mt, y) as u64);
            }
            NoncentralChisquare => {
                positive(a, "df")?;
                non_negative(b, "nonc")?;
                self.noncentral_chisquare(a, b)
            }
            NoncentralF => {
                positive(a, "dfnum")?;
                positive(b, "dfden")?;
                non_negative(c, "nonc")?;
                let t = self.noncentral_chisquare(a, c) * b;
                t / (2.0 * self.legacy_standard_gamma(b / 2.0) * a)
            }
            _ => return err("ValueError", "not a legacy distribution"),
        };
        Ok(v.to_bits())
    }

    /// `legacy_noncentral_chisquare`.
    fn noncentral_chisquare(&mut self, df: f64, nonc: f64) -> f64 {
        if nonc == 0.0 {
            return 2.0 * self.legacy_standard_gamma(df / 2.0);
        }
        if 1.0 < df {
            let chi2 = 2.0 * self.legacy_standard_gamma((df - 1.0) / 2.0);
            let n = self.standard_normal() + nonc.sqrt();
            return chi2 + n * n;
        }
        let i = draw_poisson(&mut self.mt, nonc / 2.0);
        let out = 2.0 * self.legacy_standard_gamma((df + 2.0 * i as f64) / 2.0);
        // numpy draws before it checks, so the stream moves on.
        match nonc.is_nan() {
            true => f64::NAN,
            false => out,
        }
    }

    /// `legacy_random_zipf`: rejection, truncated to int64.
    fn zipf(&mut self, a: f64) -> i64 {
        let am1 = a - 1.0;
        let b = libm::pow(2.0, am1);
        loop {
            let u = 1.0 - self.mt.next_double();
            let v = self.mt.next_double();
            let x = libm::pow(u, -1.0 / am1).floor();
            if x > i64::MAX as f64 || x < 1.0 {
                continue;
            }
            let t = libm::pow(1.0 + 1.0 / x, am1);
            if v * x * (t - 1.0) / (b - 1.0) <= t / b {
                return x as i64;
            }
        }
    }

    /// `legacy_logseries`.
    fn logseries(&mut self, p: f64) -> i64 {
        let r = libm::log(1.0 - p);
        loop {
            let v = self.mt.next_double();
            if v >= p {
                return 1;
            }
            let u = self.mt.next_double();
            let q = 1.0 - libm::exp(r * u);
            if v <= q * q {
                let result = c_long((1.0 + libm::log(v) / libm::log(q)).floor());
                if result < 1 || v == 0.0 {
                    continue;
                }
                return result;
            }
            return if v >= q { 1 } else { 2 };
        }
    }

    /// `hypergeometric(ngood, nbad, nsample)` with numpy's checks
    /// (`legacy_random_hypergeometric`: HYP below 11 draws, HRUA* above).
    pub fn hypergeometric(&mut self, good: i64, bad: i64, sample: i64) -> VmResult<i64> {
        if good.checked_add(bad).is_none_or(|t| t < sample) {
            return err("ValueError", "ngood + nbad < nsample");
        }
        if good < 0 {
            return err("ValueError", "ngood < 0");
        }
        if bad < 0 {
            return err("ValueError", "nbad < 0");
        }
        if sample < 1 {
            return err("ValueError", "nsample < 1 or nsample is NaN");
        }
        let mt = &mut self.mt;
        if sample <= 10 {
            let d1 = bad + good - sample;
            let d2 = good.min(bad) as f64;
            let mut y = d2;
            let mut k = sample;
            while y > 0.0 {
                let u = mt.next_double();
                y -= (u + y / (d1 + k) as f64).floor() as i64 as f64;
                k -= 1;
                if k == 0 {
                    break;
                }
            }
            let z = (d2 - y) as i64;
            return Ok(if good > bad { sample - z } else { z });
        }
        const D1: f64 = 1.7155277699214135;
        const D2: f64 = 0.8989161620588988;
        let mingoodbad = good.min(bad);
        let popsize = good + bad;
        let maxgoodbad = good.max(bad);
        let m = sample.min(popsize - sample);
        let d4 = mingoodbad as f64 / popsize as f64;
        let d5 = 1.0 - d4;
        let d6 = m as f64 * d4 + 0.5;
        let d7 =
            ((popsize - m) as f64 * sample as f64 * d4 * d5 / (popsize - 1) as f64 + 0.5).sqrt();
        let d8 = D1 * d7 + D2;
        let d9 = ((m + 1) as f64 * (mingoodbad + 1) as f64 / (popsize + 2) as f64).floor() as i64;
        let lg = |z: i64| {
            loggam((z + 1) as f64)
                + loggam((mingoodbad - z + 1) as f64)
                + loggam((m - z + 1) as f64)
                + loggam((maxgoodbad - m + z + 1) as f64)
        };
        let d10 = lg(d9);
        let d11 = ((m.min(mingoodbad) as f64) + 1.0).min((d6 + 16.0 * d7).floor());
        let mut z = loop {
            let x = mt.next_double();
            let y = mt.next_double();
            let w = d6 + d8 * (y - 0.5) / x;
            if w < 0.0 || w >= d11 {
                continue;
            }
            let z = w.floor() as i64;
            let t = d10 - lg(z);
            if x * (4.0 - x) - 3.0 <= t {
                break z;
            }
            if x * (x - t) >= 1.0 {
                continue;
            }
            if 2.0 * libm::log(x) <= t {
                break z;
            }
        };
        if good > bad {
            z = m - z;
        }
        if m < sample {
            z = good - z;
        }
        Ok(z)
    }

    /// `legacy_random_geometric`: a search from 1/3 on, inversion below.
    fn geometric(&mut self, p: f64) -> i64 {
        if p >= 0.333_333_333_333_333_3 {
            let q = 1.0 - p;
            let (mut x, mut sum, mut prod) = (1, p, p);
            let u = self.mt.next_double();
            while u > sum {
                prod *= q;
                sum += prod;
                x += 1;
            }
            return x;
        }
        (libm::log1p(-self.mt.next_double()) / libm::log(1.0 - p)).ceil() as i64
    }
}

/// numpy's `CONS_NON_NEGATIVE`: a negative sign bit (not NaN) is an error.
fn non_negative(v: f64, name: &str) -> VmResult<()> {
    if !v.is_nan() && v.is_sign_negative() {
        return err("ValueError", format!("{name} < 0"));
    }
    Ok(())
}

/// numpy's `CONS_POSITIVE`.
fn positive(v: f64, name: &str) -> VmResult<()> {
    if v <= 0.0 {
        return err("ValueError", format!("{name} <= 0"));
    }
    Ok(())
}

/// `legacy_random_binomial_inversion`: walk the cumulative distribution
/// from 0, restarting past a bound of about ten standard deviations.
fn binomial_inversion(mt: &mut Mt19937, n: i64, p: f64) -> i64 {
    let q = 1.0 - p;
    let qn = libm::exp(n as f64 * libm::log(q));
    let np = n as f64 * p;
    let bound = (n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()) as i64;
    let mut x = 0;
    let mut px = qn;
    let mut u = mt.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = mt.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// `random_binomial_btpe`: Kachitvichyanukul and Schmeiser's
/// triangle/parallelogram/exponential rejection, for r = min(p, 1-p) and
/// n * r > 30 (Numba's port is the same).
fn binomial_btpe<B: Bits>(mt: &mut B, n: i64, r: f64) -> i64 {
    let q = 1.0 - r;
    let fm = n as f64 * r + r;
    let m = fm.floor() as i64;
    let p1 = (2.195 * (n as f64 * r * q).sqrt() - 4.6 * q).floor() + 0.5;
    let xm = m as f64 + 0.5;
    let xl = xm - p1;
    let xr = xm + p1;
    let c = 0.134 + 20.5 / (15.3 + m as f64);
    let a = (fm - xl) / (fm - xl * r);
    let laml = a * (1.0 + a / 2.0);
    let a = (xr - fm) / (xr * q);
    let lamr = a * (1.0 + a / 2.0);
    let p2 = p1 * (1.0 + 2.0 * c);
    let p3 = p2 + c / laml;
    let p4 = p3 + c / lamr;
    let nrq = n as f64 * r * q;
    loop {
        let u = mt.next_double() * p4;
        let mut v = mt.next_double();
        // The triangular centre: accept at once.
        if u <= p1 {
            return (xm - p1 * v + u).floor() as i64;
        }
        let y;
        if u <= p2 {
            // Parallelograms.
            let x = xl + (u - p1) / c;
            v = v * c + 1.0 - (m as f64 - x + 0.5).abs() / p1;
            if v > 1.0 {
                continue;
            }
            y = x.floor() as i64;
        } else if u <= p3 {
            // Left exponential tail; v == 0 would make the cast undefined.
            let t = (xl + libm::log(v) / laml).floor();
            if t < 0.0 || v == 0.0 {
                continue;
            }
            y = t as i64;
            v = v * (u - p2) * laml;
        } else {
            // Right exponential tail.
            let t = (xr - libm::log(v) / lamr).floor();
            if t > n as f64 || v == 0.0 {
                continue;
            }
            y = t as i64;
            v = v * (u - p3) * lamr;
        }
        let k = (y - m).abs();
        if k > 20 && (k as f64) < nrq / 2.0 - 1.0 {
            // Squeeze with the normal approximation, then Stirling.
            let k = k as f64;
            let rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            let t = -k * k / (2.0 * nrq);
            let big_a = libm::log(v);
            if big_a < t - rho {
                return y;
            }
            if big_a > t + rho {
                continue;
            }
            let x1 = y as f64 + 1.0;
            let f1 = m as f64 + 1.0;
            let z = n as f64 + 1.0 - m as f64;
            let w = n as f64 - y as f64 + 1.0;
            let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w);
            let stirling = |d: f64, d2: f64| {
                (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / d2) / d2) / d2) / d2) / d / 166320.0
            };
            let bound = xm * libm::log(f1 / x1)
                + (n as f64 - m as f64 + 0.5) * libm::log(z / w)
                + (y - m) as f64 * libm::log(w * r / (x1 * q))
                + stirling(f1, f2)
                + stirling(z, z2)
                + stirling(x1, x2)
                + stirling(w, w2);
            if big_a > bound {
                continue;
            }
            return y;
        }
        // Explicit evaluation of f(y) / f(m).
        let s = r / q;
        let a = s * (n + 1) as f64;
        let mut f = 1.0;
        if m < y {
            for i in m + 1..=y {
                f *= a / i as f64 - s;
            }
        } else if m > y {
            for i in y + 1..=m {
                f /= a / i as f64 - s;
            }
        }
        if v <= f {
            return y;
        }
    }
}

/// `random_loggam`: log(gamma(x)) by Stirling's series, for the PTRS test.
fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.41025641025641e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    // log(2 pi)
    const LG2PI: f64 = 1.8378770664093453e+00;
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let mut gl0 = A[9];
    for &a in A[..9].iter().rev() {
        gl0 *= x2;
        gl0 += a;
    }
    let mut gl = gl0 / x0 + 0.5 * LG2PI + (x0 - 0.5) * libm::log(x0) - x0;
    for _ in 0..n {
        gl -= libm::log(x0 - 1.0);
        x0 -= 1.0;
    }
    gl
}

/// `random_poisson` (numpy's and Numba's alike).
fn draw_poisson<B: Bits>(mt: &mut B, lam: f64) -> i64 {
    if lam >= 10.0 {
        return poisson_ptrs(mt, lam);
    }
    if lam == 0.0 {
        return 0;
    }
    let enlam = libm::exp(-lam);
    let mut x = 0;
    let mut prod = 1.0;
    loop {
        prod *= mt.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

/// C's conversion of a double to a 64-bit integer on x86-64: NaN and
/// values out of range give the "integer indefinite" value, `i64::MIN`.
fn c_long(x: f64) -> i64 {
    match x.is_nan() || !(-9.223372036854776e18..9.223372036854776e18).contains(&x) {
        true => i64::MIN,
        false => x as i64,
    }
}

/// `legacy_vonmises` and, with `wide`, `random_vonmises` (which falls back
/// to a wrapped normal above kappa 1e6).
fn vonmises<B: Bits>(b: &mut B, mu: f64, kappa: f64, wide: bool) -> f64 {
    use std::f64::consts::PI;
    if kappa.is_nan() {
        return f64::NAN;
    }
    if kappa < 1e-8 {
        return PI * (2.0 * b.next_double() - 1.0);
    }
    let s = if kappa < 1e-5 {
        1.0 / kappa + kappa
    } else if kappa <= 1e6 || !wide {
        let r = 1.0 + (1.0 + 4.0 * kappa * kappa).sqrt();
        let rho = (r - (2.0 * r).sqrt()) / (2.0 * kappa);
        (1.0 + rho * rho) / (2.0 * rho)
    } else {
        let mut result = mu + (1.0 / kappa).sqrt() * generator::standard_normal(b);
        if result < -PI {
            result += 2.0 * PI;
        }
        if result > PI {
            result -= 2.0 * PI;
        }
        return result;
    };
    let w = loop {
        let u = b.next_double();
        let z = libm::cos(PI * u);
        let w = (1.0 + s * z) / (s + z);
        let y = kappa * (s - w);
        let v = b.next_double();
        if y * (2.0 - y) - v >= 0.0 || libm::log(y / v) + 1.0 - y >= 0.0 {
            break w;
        }
    };
    let u = b.next_double();
    let mut result = libm::acos(w);
    if u < 0.5 {
        result = -result;
    }
    result += mu;
    let neg = result < 0.0;
    let m = (result.abs() + PI) % (2.0 * PI) - PI;
    match neg {
        true => -m,
        false => m,
    }
}

/// `random_poisson_ptrs`: Hörmann's transformed rejection.
fn poisson_ptrs<B: Bits>(mt: &mut B, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = libm::log(lam);
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = mt.next_double() - 0.5;
        let v = mt.next_double();
        let us = 0.5 - u.abs();
        let k = c_long(((2.0 * a / us + b) * u + lam + 0.43).floor());
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        if libm::log(v) + libm::log(invalpha) - libm::log(a / (us * us) + b)
            <= -lam + k as f64 * loglam - loggam(k as f64 + 1.0)
        {
            return k;
        }
    }
}

/// Python's `//` on ints.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && (a < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}

/// Python's `random.Random`: MT19937 seeded by `init_by_array`, with the
/// cached second value of `gauss`.
#[derive(Clone)]
pub struct PyRandom {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

impl PyRandom {
    /// `random.Random(seed)`.
    pub fn new(seed: i64) -> PyRandom {
        let mut r = PyRandom {
            mt: Mt19937::new(0),
            gauss_next: None,
        };
        r.seed(seed);
        r
    }

    /// `random.seed(n)` for an int: the 32-bit words of |n|, least
    /// significant first, as the key of `init_by_array`.
    pub fn seed(&mut self, n: i64) {
        let a = n.unsigned_abs();
        let key: &[u32] = &[a as u32, (a >> 32) as u32];
        let used = if a >> 32 == 0 { 1 } else { 2 };
        self.mt.seed_by_array(&key[..used]);
        self.gauss_next = None;
    }

    /// `random.seed(n)` inside jitted code: Numba seeds its own state with
    /// Knuth's initialisation of n's low 32 bits, as `np.random.seed` does.
    pub fn seed_numba(&mut self, seed: u32) {
        self.mt.seed(seed);
        self.gauss_next = None;
    }

    /// `random.random()`.
    pub fn random(&mut self) -> f64 {
        self.mt.next_double()
    }

    /// `random.getrandbits(k)` for 0 <= k <= 64.
    pub fn getrandbits(&mut self, k: u32) -> u64 {
        self.getrandbits_wide(k.min(64)) as u64
    }

    /// `getrandbits` up to 128 bits: 32-bit words least significant first,
    /// the last one cut to its top bits.
    fn getrandbits_wide(&mut self, k: u32) -> u128 {
        let mut r = 0u128;
        let mut shift = 0;
        while shift < k {
            let word = self.mt.next_u32() >> (32 - (k - shift).min(32));
            r |= (word as u128) << shift;
            shift += 32;
        }
        r
    }

    /// `_randbelow(n)`: rejection on n's bit length; n > 0.
    pub fn randbelow(&mut self, n: u64) -> u64 {
        self.randbelow_wide(n as u128) as u64
    }

    fn randbelow_wide(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.getrandbits_wide(k);
            if r < n {
                return r;
            }
        }
    }

    /// `random.randrange(stop)`.
    pub fn randrange1(&mut self, stop: i64) -> VmResult<i64> {
        if stop <= 0 {
            return err("ValueError", "empty range for randrange()");
        }
        Ok(self.randbelow(stop as u64) as i64)
    }

    /// `random.randrange(start, stop, step)`.
    pub fn randrange(&mut self, start: i64, stop: i64, step: i64) -> VmResult<i64> {
        self.randrange_wide(start, stop as i128, step)
    }

    fn randrange_wide(&mut self, start: i64, stop: i128, step: i64) -> VmResult<i64> {
        let width = stop - start as i128;
        let step = step as i128;
        let n = match step {
            1 if width > 0 => width,
            1 => {
                return err(
                    "ValueError",
                    format!("empty range for randrange() ({start}, {stop}, {width})"),
                )
            }
            0 => return err("ValueError", "zero step for randrange()"),
            s if s > 0 => floor_div(width + s - 1, s),
            s => floor_div(width + s + 1, s),
        };
        if n <= 0 {
            return err("ValueError", "empty range for randrange()");
        }
        Ok((start as i128 + step * self.randbelow_wide(n as u128) as i128) as i64)
    }

    /// `random.randint(a, b)`: an int in [a, b].
    pub fn randint(&mut self, a: i64, b: i64) -> VmResult<i64> {
        self.randrange_wide(a, b as i128 + 1, 1)
    }

    /// `random.choice(seq)`: the index of the chosen element.
    pub fn choice(&mut self, len: usize) -> VmResult<usize> {
        if len == 0 {
            return err("IndexError", "Cannot choose from an empty sequence");
        }
        Ok(self.randbelow(len as u64) as usize)
    }

    /// `random.shuffle(x)`.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// `random.uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.gauss(mu, sigma)`: Box-Muller with cos and sin, keeping the
    /// second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * libm::log(1.0 - self.random())).sqrt();
                self.gauss_next = Some(libm::sin(x2pi) * g2rad);
                libm::cos(x2pi) * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.gauss(mu, sigma)` inside jitted code: Numba draws it by the
    /// polar method, as numpy's legacy `standard_normal`.
    pub fn gauss_numba(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let (keep, give) = polar_pair(&mut self.mt);
                self.gauss_next = Some(keep);
                give
            }
        };
        mu + sigma * z
    }

    /// The indices `random.sample(population, k)` picks from a population
    /// of n: a pool for a small population, else rejection of repeats
    /// (CPython 3.11's choice by set size).
    pub fn sample_indices(&mut self, n: usize, k: i64) -> VmResult<Vec<usize>> {
        if k < 0 || k as u64 > n as u64 {
            return err("ValueError", "Sample larger than population or is negative");
        }
        let k = k as usize;
        let mut setsize = 21.0;
        if k > 5 {
            setsize += libm::pow(4.0, (libm::log(k as f64 * 3.0) / libm::log(4.0)).ceil());
        }
        let mut out = Vec::with_capacity(k);
        if n as f64 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow((n - i) as u64) as usize;
                out.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow(n as u64) as usize;
                }
                selected.insert(j);
                out.push(j);
            }
        }
        Ok(out)
    }

    /// `random.expovariate(lambd)`.
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -libm::log(1.0 - self.random()) / lambd
    }
}

#[cfg(test)]
mod tests;
