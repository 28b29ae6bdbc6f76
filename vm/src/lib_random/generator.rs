//! numpy's `Generator` over a `PCG64` bit generator, bit for bit with
//! numpy 2.4: `SeedSequence` seeding (numpy/random/bit_generator.pyx),
//! PCG64's XSL-RR output (src/pcg64/pcg64.h) and the distributions of
//! src/distributions/distributions.c (ziggurat normal and exponential,
//! Lemire's bounded integers). Numba 0.68 ports the same C code, so a
//! Generator passed into jitted code draws the same stream from the same
//! state; jitted code skips numpy's argument checks, as Numba does.

use super::natives::{cumsum_normalized, oom, p_cdf, p_values, shuffle_rows, PErrors};
use super::ziggurat::*;
use super::{binomial_btpe, draw_poisson, Bits};
use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::lib_math::libm;
use crate::lib_numpy::NewAux;
use crate::native::NativeSite;
use crate::value::{obj, obj_mut, ArrayObj, Header, ListObj, ObjKind};

/// PCG64's state: the 128-bit LCG and the buffered upper half of the last
/// 64-bit output, which `next_u32` hands out next.
#[derive(Clone)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    has_u32: bool,
    uinteger: u32,
}

const PCG_MULT: u128 = (2549297995355413924u128 << 64) | 4865540595714422341;

impl Pcg64 {
    /// `pcg64_set_seed`: the LCG started from `state` on stream `seq`.
    fn new(state: u128, seq: u128) -> Pcg64 {
        let mut p = Pcg64 {
            state: 0,
            inc: (seq << 1) | 1,
            has_u32: false,
            uinteger: 0,
        };
        p.step();
        p.state = p.state.wrapping_add(state);
        p.step();
        p
    }

    fn step(&mut self) {
        self.state = self.state.wrapping_mul(PCG_MULT).wrapping_add(self.inc);
    }

    /// `PCG64(seed)`: four 64-bit words of `SeedSequence(entropy)`, the
    /// first two the state, the last two the stream.
    pub fn seeded(entropy: &[u32]) -> Pcg64 {
        let w = seed_sequence(entropy);
        let word = |i: usize| w[2 * i] as u64 | (w[2 * i + 1] as u64) << 32;
        let state = (word(0) as u128) << 64 | word(1) as u128;
        let seq = (word(2) as u128) << 64 | word(3) as u128;
        Pcg64::new(state, seq)
    }
}

impl Bits for Pcg64 {
    fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        ((s >> 64) as u64 ^ s as u64).rotate_right((s >> 122) as u32)
    }

    fn next_u32(&mut self) -> u32 {
        if self.has_u32 {
            self.has_u32 = false;
            return self.uinteger;
        }
        let next = self.next_u64();
        self.has_u32 = true;
        self.uinteger = (next >> 32) as u32;
        next as u32
    }

    fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9007199254740992.0)
    }
}

/// The 32-bit words of a non-negative seed, least significant first (`[0]`
/// for 0), as `_int_to_uint32_array` makes them.
pub fn seed_words(seed: i64) -> VmResult<Vec<u32>> {
    if seed < 0 {
        return err("ValueError", "expected non-negative integer");
    }
    let s = seed as u64;
    Ok(if s >> 32 == 0 {
        vec![s as u32]
    } else {
        vec![s as u32, (s >> 32) as u32]
    })
}

/// `SeedSequence(entropy).generate_state(8, uint32)` with the default pool
/// of four words and no spawn key.
fn seed_sequence(entropy: &[u32]) -> [u32; 8] {
    const INIT_A: u32 = 0x43b0d7e5;
    const MULT_A: u32 = 0x931e8875;
    const INIT_B: u32 = 0x8b51f9dd;
    const MULT_B: u32 = 0x58f38ded;
    const MIX_MULT_L: u32 = 0xca01f9dd;
    const MIX_MULT_R: u32 = 0x4973f715;
    let mut hash_const = INIT_A;
    let mut hashmix = |value: u32| {
        let mut v = value ^ hash_const;
        hash_const = hash_const.wrapping_mul(MULT_A);
        v = v.wrapping_mul(hash_const);
        v ^ (v >> 16)
    };
    let mix = |x: u32, y: u32| {
        let r = MIX_MULT_L
            .wrapping_mul(x)
            .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
        r ^ (r >> 16)
    };
    let mut pool = [0u32; 4];
    for (i, p) in pool.iter_mut().enumerate() {
        *p = hashmix(entropy.get(i).copied().unwrap_or(0));
    }
    for src in 0..4 {
        for dst in 0..4 {
            if src != dst {
                pool[dst] = mix(pool[dst], hashmix(pool[src]));
            }
        }
    }
    for &e in entropy.iter().skip(4) {
        for p in pool.iter_mut() {
            *p = mix(*p, hashmix(e));
        }
    }
    let mut hash_const = INIT_B;
    let mut out = [0u32; 8];
    for (i, o) in out.iter_mut().enumerate() {
        let mut v = pool[i % 4] ^ hash_const;
        hash_const = hash_const.wrapping_mul(MULT_B);
        v = v.wrapping_mul(hash_const);
        *o = v ^ (v >> 16);
    }
    out
}

/// A Generator (or its PCG64) as a heap object: `Generator(bitgen)` shares
/// the bit generator's object, as numpy shares its state.
#[repr(C)]
pub struct GenObj {
    hdr: Header,
    pub bits: Pcg64,
}

impl GenObj {
    pub fn new_slot(bits: Pcg64) -> u64 {
        crate::value::into_slot(Box::new(GenObj {
            hdr: Header::new(ObjKind::RandGen),
            bits,
        }))
    }
}

/// `random_standard_normal`: the 256-layer ziggurat.
pub fn standard_normal<B: Bits>(b: &mut B) -> f64 {
    loop {
        let r = b.next_u64();
        let idx = (r & 0xff) as usize;
        let r = r >> 8;
        let sign = r & 1;
        let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = rabs as f64 * WI_DOUBLE[idx];
        if sign != 0 {
            x = -x;
        }
        if rabs < KI_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            // The tail beyond the base layer.
            loop {
                let xx = -ZIGGURAT_NOR_INV_R * libm::log1p(-b.next_double());
                let yy = -libm::log1p(-b.next_double());
                if yy + yy > xx * xx {
                    return if (rabs >> 8) & 1 != 0 {
                        -(ZIGGURAT_NOR_R + xx)
                    } else {
                        ZIGGURAT_NOR_R + xx
                    };
                }
            }
        }
        if (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * b.next_double() + FI_DOUBLE[idx]
            < libm::exp(-0.5 * x * x)
        {
            return x;
        }
    }
}

/// `random_standard_exponential`: the exponential ziggurat.
pub fn standard_exponential<B: Bits>(b: &mut B) -> f64 {
    loop {
        let ri = b.next_u64() >> 3;
        let idx = (ri & 0xff) as usize;
        let ri = ri >> 8;
        let x = ri as f64 * WE_DOUBLE[idx];
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            return ZIGGURAT_EXP_R - libm::log1p(-b.next_double());
        }
        if (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * b.next_double() + FE_DOUBLE[idx] < libm::exp(-x)
        {
            return x;
        }
    }
}

/// `random_standard_gamma`: Marsaglia and Tsang from 1 on, Johnk's
/// rejection below, on the ziggurat normal and exponential.
pub fn standard_gamma<B: Bits>(b: &mut B, shape: f64) -> f64 {
    if shape == 1.0 {
        return standard_exponential(b);
    }
    if shape == 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        loop {
            let u = b.next_double();
            let v = standard_exponential(b);
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
    let bb = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * bb).sqrt();
    loop {
        let (x, v) = loop {
            let x = standard_normal(b);
            let v = 1.0 + c * x;
            if v > 0.0 {
                break (x, v);
            }
        };
        let v = v * v * v;
        let u = b.next_double();
        if u < 1.0 - 0.0331 * (x * x) * (x * x) {
            return bb * v;
        }
        if libm::log(u) < 0.5 * x * x + bb * (1.0 - v + libm::log(v)) {
            return bb * v;
        }
    }
}

/// `random_beta`: Johnk's algorithm when both are at most 1 (a single
/// uniform for tiny parameters), else a ratio of gammas.
pub fn beta<B: Bits>(b: &mut B, a: f64, bp: f64) -> f64 {
    const TINY: f64 = 3e-103;
    if a <= 1.0 && bp <= 1.0 {
        if a < TINY && bp < TINY {
            let u = b.next_double();
            return if (a + bp) * u < a { 1.0 } else { 0.0 };
        }
        loop {
            let u = b.next_double();
            let v = b.next_double();
            let x = libm::pow(u, 1.0 / a);
            let y = libm::pow(v, 1.0 / bp);
            let xpy = x + y;
            if xpy <= 1.0 && u + v > 0.0 {
                if x > 0.0 && y > 0.0 {
                    return x / xpy;
                }
                // One of them underflowed: work with logarithms.
                let log_x = libm::log(u) / a;
                let log_y = libm::log(v) / bp;
                let delta = log_x - log_y;
                return if delta > 0.0 {
                    libm::exp(-libm::log1p(libm::exp(-delta)))
                } else {
                    libm::exp(delta - libm::log1p(libm::exp(delta)))
                };
            }
        }
    }
    let ga = standard_gamma(b, a);
    let gb = standard_gamma(b, bp);
    ga / (ga + gb)
}

/// `random_binomial_inversion`: (1-p)**n through log1p.
fn binomial_inversion<B: Bits>(b: &mut B, n: i64, p: f64) -> i64 {
    let q = 1.0 - p;
    let qn = libm::exp(n as f64 * libm::log1p(-p));
    let np = n as f64 * p;
    let bound = (n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()) as i64;
    let mut x = 0;
    let mut px = qn;
    let mut u = b.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = b.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// `random_binomial`.
pub fn binomial<B: Bits>(b: &mut B, n: i64, p: f64) -> i64 {
    if n == 0 || p == 0.0 {
        return 0;
    }
    if p <= 0.5 {
        if p * n as f64 <= 30.0 {
            binomial_inversion(b, n, p)
        } else {
            binomial_btpe(b, n, p)
        }
    } else {
        let q = 1.0 - p;
        if q * n as f64 <= 30.0 {
            n - binomial_inversion(b, n, q)
        } else {
            n - binomial_btpe(b, n, q)
        }
    }
}

/// `random_bounded_uint64` with Lemire's method (Generator.integers): a
/// value in [off, off + rng], 32-bit draws when rng fits in 32 bits.
pub fn bounded_u64<B: Bits>(b: &mut B, off: u64, rng: u64) -> u64 {
    if rng == 0 {
        return off;
    }
    if rng <= u32::MAX as u64 {
        if rng == u32::MAX as u64 {
            return off.wrapping_add(b.next_u32() as u64);
        }
        let excl = rng as u32 + 1;
        let mut m = b.next_u32() as u64 * excl as u64;
        let mut leftover = m as u32;
        if leftover < excl {
            let threshold = (u32::MAX - rng as u32) % excl;
            while leftover < threshold {
                m = b.next_u32() as u64 * excl as u64;
                leftover = m as u32;
            }
        }
        return off.wrapping_add(m >> 32);
    }
    if rng == u64::MAX {
        return off.wrapping_add(b.next_u64());
    }
    let excl = rng + 1;
    let mut m = b.next_u64() as u128 * excl as u128;
    let mut leftover = m as u64;
    if leftover < excl {
        let threshold = (u64::MAX - rng) % excl;
        while leftover < threshold {
            m = b.next_u64() as u128 * excl as u128;
            leftover = m as u64;
        }
    }
    off.wrapping_add((m >> 64) as u64)
}

/// numpy's 32-bit buffer for 8- and 16-bit and bool draws, kept across
/// one array fill.
#[derive(Default)]
pub struct Buffered {
    bcnt: u32,
    buf: u32,
}

impl Buffered {
    /// `buffered_uint8`, `buffered_uint16`: the next `width` bits of the
    /// buffer, lowest first.
    fn next<B: Bits>(&mut self, b: &mut B, width: u32) -> u32 {
        if self.bcnt == 0 {
            self.buf = b.next_u32();
            self.bcnt = 32 / width - 1;
        } else {
            self.buf >>= width;
            self.bcnt -= 1;
        }
        self.buf & ((1u32 << width) - 1)
    }
}

/// `random_buffered_bounded_uint8/16` with Lemire's method: a value in
/// [0, rng] of `width` bits.
fn bounded_small<B: Bits>(b: &mut B, rng: u32, width: u32, st: &mut Buffered) -> u32 {
    let max = (1u32 << width) - 1;
    if rng == max {
        return st.next(b, width);
    }
    let excl = rng + 1;
    let mut m = st.next(b, width) * excl;
    let mut leftover = m & max;
    if leftover < excl {
        let threshold = (max - rng) % excl;
        while leftover < threshold {
            m = st.next(b, width) * excl;
            leftover = m & max;
        }
    }
    m >> width
}

/// One value of `integers` of dtype `dt`: `off + [0, rng]` as numpy's
/// `random_bounded_*_fill` draws it for that width, wrapping to int64.
pub fn bounded_dt<B: Bits>(b: &mut B, dt: DType, off: i64, rng: u64, st: &mut Buffered) -> u64 {
    if rng == 0 {
        return off as u64;
    }
    let v = match dt.scalar_size().unwrap_or(8) {
        1 if dt == DType::Bool => {
            if st.bcnt == 0 {
                st.buf = b.next_u32();
                st.bcnt = 31;
            } else {
                st.buf >>= 1;
                st.bcnt -= 1;
            }
            return (st.buf & 1) as u64;
        }
        1 => bounded_small(b, rng as u32, 8, st) as u64,
        2 => bounded_small(b, rng as u32, 16, st) as u64,
        _ => return bounded_u64(b, off as u64, rng),
    };
    (off as u64).wrapping_add(v)
}

/// The bounds of an integer dtype.
fn dtype_bounds(dt: DType) -> (i128, i128) {
    let bits = 8 * dt.scalar_size().unwrap_or(8);
    match dt {
        DType::Bool => (0, 1),
        d if d.is_signed() => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
        _ => (0, (1i128 << bits) - 1),
    }
}

/// `random_interval`: a value in [0, max] by masked rejection (shuffles).
pub fn interval<B: Bits>(b: &mut B, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = super::gen_mask(max);
    loop {
        let v = if max <= u32::MAX as u64 {
            b.next_u32() as u64 & mask
        } else {
            b.next_u64() & mask
        };
        if v <= max {
            return v;
        }
    }
}

/// `random_geometric`: a search from 1/3 on, inversion below (capped at
/// int64's maximum).
fn geometric<B: Bits>(b: &mut B, p: f64) -> i64 {
    if p >= 0.333_333_333_333_333_3 {
        let q = 1.0 - p;
        let (mut x, mut sum, mut prod) = (1, p, p);
        let u = b.next_double();
        while u > sum {
            prod *= q;
            sum += prod;
            x += 1;
        }
        return x;
    }
    let z = (-standard_exponential(b) / libm::log1p(-p)).ceil();
    if z >= 9.223372036854776e18 {
        return i64::MAX;
    }
    z as i64
}

/// `random_wald`; Numba's port keeps the formula numpy had before 2.x.
fn wald<B: Bits>(b: &mut B, mean: f64, scale: f64, jit: bool) -> f64 {
    let y = standard_normal(b);
    let y = mean * y * y;
    let x = match jit {
        true => mean + mean / (2.0 * scale) * (y - (4.0 * scale * y + y * y).sqrt()),
        false => mean * (1.0 - 2.0 / (1.0 + (1.0 + 4.0 * scale / y).sqrt())),
    };
    match b.next_double() <= mean / (mean + x) {
        true => x,
        false => mean * mean / x,
    }
}

/// `random_zipf`: rejection on U in (Umin, 1], truncated to int64
/// (numpy returns 1 at once from a = 1025 on, Numba's port does not).
fn zipf<B: Bits>(b: &mut B, a: f64, jit: bool) -> i64 {
    if a >= 1025.0 && !jit {
        return 1;
    }
    let am1 = a - 1.0;
    let bb = libm::pow(2.0, am1);
    let umin = libm::pow(i64::MAX as f64, -am1);
    loop {
        let u01 = b.next_double();
        let u = u01 * umin + (1.0 - u01);
        let v = b.next_double();
        let x = libm::pow(u, -1.0 / am1).floor();
        if x > i64::MAX as f64 || x < 1.0 {
            continue;
        }
        let t = libm::pow(1.0 + 1.0 / x, am1);
        if v * x * (t - 1.0) / (bb - 1.0) <= t / bb {
            return x as i64;
        }
    }
}

/// `random_logseries`.
fn logseries<B: Bits>(b: &mut B, p: f64) -> i64 {
    let r = libm::log1p(-p);
    loop {
        let v = b.next_double();
        if v >= p {
            return 1;
        }
        let u = b.next_double();
        let q = -libm::expm1(r * u);
        if v <= q * q {
            let result = super::c_long((1.0 + libm::log(v) / libm::log(q)).floor());
            if result < 1 || v == 0.0 {
                continue;
            }
            return result;
        }
        return if v >= q { 1 } else { 2 };
    }
}

/// `random_noncentral_chisquare`.
fn noncentral_chisquare<B: Bits>(b: &mut B, df: f64, nonc: f64) -> f64 {
    if nonc.is_nan() {
        return f64::NAN;
    }
    if nonc == 0.0 {
        return 2.0 * standard_gamma(b, df / 2.0);
    }
    if 1.0 < df {
        let chi2 = 2.0 * standard_gamma(b, (df - 1.0) / 2.0);
        let n = standard_normal(b) + nonc.sqrt();
        return chi2 + n * n;
    }
    let i = draw_poisson(b, nonc / 2.0);
    2.0 * standard_gamma(b, (df + 2.0 * i as f64) / 2.0)
}

/// What a Generator method draws; its float parameters come first in the
/// arguments (int64 for the bounds of `Integers` and `n` of `Binomial`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenDraw {
    Random,
    StandardNormal,
    Normal,
    Uniform,
    StandardExponential,
    Exponential,
    StandardGamma,
    Gamma,
    Beta,
    Poisson,
    /// `binomial(n, p)`: n as int64, p as float64.
    Binomial,
    /// `integers(low, high)` in [low, high).
    Integers,
    /// `integers(low, high, endpoint=True)`.
    IntegersClosed,
    /// `geometric(p)`: an int.
    Geometric,
    Chisquare,
    F,
    StandardT,
    StandardCauchy,
    Pareto,
    Weibull,
    Power,
    Laplace,
    Gumbel,
    Logistic,
    Lognormal,
    Rayleigh,
    /// `triangular(left, mode, right)`.
    Triangular,
    Wald,
    Vonmises,
    /// `zipf(a)`: an int.
    Zipf,
    /// `logseries(p)`: an int.
    Logseries,
    /// `negative_binomial(n, p)`: an int.
    NegativeBinomial,
    NoncentralChisquare,
    NoncentralF,
}

impl GenDraw {
    pub fn nparams(self) -> usize {
        use GenDraw::*;
        match self {
            Random | StandardNormal | StandardExponential | StandardCauchy => 0,
            Exponential | StandardGamma | Poisson | Geometric | Chisquare | StandardT | Pareto
            | Weibull | Power | Rayleigh => 1,
            Zipf | Logseries => 1,
            Normal | Uniform | Gamma | Beta | Binomial | Integers | IntegersClosed | F
            | Laplace | Gumbel | Logistic | Lognormal | Wald | Vonmises | NegativeBinomial
            | NoncentralChisquare => 2,
            Triangular | NoncentralF => 3,
        }
    }

    /// Whether the values are integers (an int64 array).
    pub fn is_int(self) -> bool {
        matches!(
            self,
            GenDraw::Poisson
                | GenDraw::Binomial
                | GenDraw::Integers
                | GenDraw::IntegersClosed
                | GenDraw::Geometric
                | GenDraw::Zipf
                | GenDraw::Logseries
                | GenDraw::NegativeBinomial
        )
    }
}

/// A Generator method call site: the draw, whether jitted code calls it
/// (Numba checks no arguments), and the array it fills (`None` for one
/// value; the shape follows the parameters).
#[derive(Clone, Copy, Debug)]
pub struct GenAux {
    pub draw: GenDraw,
    pub jit: bool,
    pub array: Option<NewAux>,
    /// The dtype of `integers` (int64 for the others).
    pub dtype: DType,
}

/// numpy's `CONS_NON_NEGATIVE`.
fn non_negative(v: f64, name: &str) -> VmResult<()> {
    if v < 0.0 {
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

/// numpy's argument checks of a draw, made once per call.
fn check(d: GenDraw, p: &[u64]) -> VmResult<()> {
    let f = |i: usize| p.get(i).map_or(0.0, |&v| f64::from_bits(v));
    match d {
        GenDraw::Normal => non_negative(f(1), "scale"),
        GenDraw::Exponential => non_negative(f(0), "scale"),
        GenDraw::Uniform => {
            let range = f(1) - f(0);
            if !range.is_finite() {
                return err("OverflowError", "high - low range exceeds valid bounds");
            }
            non_negative(range, "high - low")
        }
        GenDraw::StandardGamma => non_negative(f(0), "shape"),
        GenDraw::Gamma => {
            non_negative(f(0), "shape")?;
            non_negative(f(1), "scale")
        }
        GenDraw::Beta => {
            positive(f(0), "a")?;
            positive(f(1), "b")
        }
        GenDraw::Poisson => {
            // numpy's POISSON_LAM_MAX: int64 max - 10 * sqrt(int64 max).
            const LAM_MAX: f64 = 9.223372006484771e18;
            if f(0).is_nan() || f(0) < 0.0 {
                return err("ValueError", "lam < 0 or lam is NaN");
            }
            if f(0) > LAM_MAX {
                return err("ValueError", "lam value too large");
            }
            Ok(())
        }
        GenDraw::Binomial => {
            if (p[0] as i64) < 0 {
                return err("ValueError", "n < 0");
            }
            if !(0.0..=1.0).contains(&f(1)) {
                return err("ValueError", "p < 0, p > 1 or p is NaN");
            }
            Ok(())
        }
        GenDraw::Geometric => {
            if !(f(0) > 0.0 && f(0) <= 1.0) {
                return err("ValueError", "p <= 0, p > 1 or p contains NaNs");
            }
            Ok(())
        }
        GenDraw::Chisquare | GenDraw::StandardT => positive(f(0), "df"),
        GenDraw::F => {
            positive(f(0), "dfnum")?;
            positive(f(1), "dfden")
        }
        GenDraw::Pareto | GenDraw::Power => positive(f(0), "a"),
        GenDraw::Weibull => non_negative(f(0), "a"),
        GenDraw::Rayleigh => non_negative(f(0), "scale"),
        GenDraw::Laplace | GenDraw::Gumbel | GenDraw::Logistic => non_negative(f(1), "scale"),
        GenDraw::Lognormal => non_negative(f(1), "sigma"),
        GenDraw::Wald => {
            positive(f(0), "mean")?;
            positive(f(1), "scale")
        }
        GenDraw::Vonmises => non_negative(f(1), "kappa"),
        GenDraw::Zipf if f(0).is_nan() || f(0) <= 1.0 => err("ValueError", "a <= 1 or a is NaN"),
        GenDraw::Logseries if !(0.0..1.0).contains(&f(0)) => {
            err("ValueError", "p < 0, p >= 1 or p is NaN")
        }
        GenDraw::NegativeBinomial => {
            const LAM_MAX: f64 = 9.223372006484771e18;
            let (n, p) = (f(0), f(1));
            if n.is_nan() {
                return err("ValueError", "n must not be NaN");
            }
            positive(n, "n")?;
            if !(p > 0.0 && p <= 1.0) {
                return err("ValueError", "p <= 0, p > 1 or p contains NaNs");
            }
            if (1.0 - p) / p * (n + 10.0 * n.sqrt()) > LAM_MAX {
                return err(
                    "ValueError",
                    "n too large or p too small, see Generator.negative_binomial Notes",
                );
            }
            Ok(())
        }
        GenDraw::NoncentralChisquare => noncentral_check(d, p),
        GenDraw::NoncentralF => noncentral_check(d, p),
        GenDraw::Triangular => {
            if f(0) > f(1) {
                return err("ValueError", "left > mode");
            }
            if f(1) > f(2) {
                return err("ValueError", "mode > right");
            }
            if f(0) == f(2) {
                return err("ValueError", "left == right");
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The checks of `noncentral_chisquare(df, nonc)` and
/// `noncentral_f(dfnum, dfden, nonc)`, which Numba makes too, with the
/// same messages.
fn noncentral_check(d: GenDraw, p: &[u64]) -> VmResult<()> {
    let f = |i: usize| p.get(i).map_or(0.0, |&v| f64::from_bits(v));
    match d {
        GenDraw::NoncentralF => {
            positive(f(0), "dfnum")?;
            positive(f(1), "dfden")?;
            non_negative(f(2), "nonc")
        }
        _ => {
            positive(f(0), "df")?;
            non_negative(f(1), "nonc")
        }
    }
}

/// The checks of `integers(low, high)` for `dt`, numpy's messages in module
/// code, Numba's in jitted code.
fn check_integers(d: GenDraw, dt: DType, p: &[u64], jit: bool) -> VmResult<()> {
    let low = p[0] as i64 as i128;
    let high = match d {
        GenDraw::Integers => p[1] as i64 as i128 - 1,
        _ => p[1] as i64 as i128,
    };
    let (lb, ub) = dtype_bounds(dt);
    let name = dt.name();
    let (low_msg, high_msg) = match jit {
        true => (
            "low is out of bounds".to_string(),
            "high is out of bounds".to_string(),
        ),
        false => (
            format!("low is out of bounds for {name}"),
            format!("high is out of bounds for {name}"),
        ),
    };
    if low < lb {
        return err("ValueError", low_msg);
    }
    if high > ub {
        return err("ValueError", high_msg);
    }
    if low > high {
        return err(
            "ValueError",
            match (jit, d) {
                (true, _) => "low is greater than high in given interval",
                (false, GenDraw::Integers) => "low >= high",
                (false, _) => "low > high",
            },
        );
    }
    Ok(())
}

/// One value as a slot (the arguments already checked); `jit` picks
/// Numba's versions of `wald` and `zipf`.
fn one(b: &mut Pcg64, d: GenDraw, p: &[u64], dt: DType, st: &mut Buffered, jit: bool) -> u64 {
    let f = |i: usize| p.get(i).map_or(0.0, |&v| f64::from_bits(v));
    match d {
        GenDraw::Random => b.next_double().to_bits(),
        GenDraw::StandardNormal => standard_normal(b).to_bits(),
        GenDraw::Normal => (f(0) + f(1) * standard_normal(b)).to_bits(),
        GenDraw::Uniform => (f(0) + (f(1) - f(0)) * b.next_double()).to_bits(),
        GenDraw::StandardExponential => standard_exponential(b).to_bits(),
        GenDraw::Exponential => (f(0) * standard_exponential(b)).to_bits(),
        GenDraw::StandardGamma => standard_gamma(b, f(0)).to_bits(),
        GenDraw::Gamma => (f(1) * standard_gamma(b, f(0))).to_bits(),
        GenDraw::Beta => beta(b, f(0), f(1)).to_bits(),
        GenDraw::Poisson => draw_poisson(b, f(0)) as u64,
        GenDraw::Binomial => binomial(b, p[0] as i64, f(1)) as u64,
        GenDraw::Geometric => geometric(b, f(0)) as u64,
        GenDraw::Chisquare => (2.0 * standard_gamma(b, f(0) / 2.0)).to_bits(),
        GenDraw::F => {
            let num = 2.0 * standard_gamma(b, f(0) / 2.0) * f(1);
            (num / (2.0 * standard_gamma(b, f(1) / 2.0) * f(0))).to_bits()
        }
        GenDraw::StandardT => {
            let num = standard_normal(b);
            let denom = standard_gamma(b, f(0) / 2.0);
            ((f(0) / 2.0).sqrt() * num / denom.sqrt()).to_bits()
        }
        GenDraw::StandardCauchy => {
            let num = standard_normal(b);
            (num / standard_normal(b)).to_bits()
        }
        GenDraw::Pareto => libm::expm1(standard_exponential(b) / f(0)).to_bits(),
        GenDraw::Weibull if f(0) == 0.0 => 0.0f64.to_bits(),
        GenDraw::Weibull => libm::pow(standard_exponential(b), 1.0 / f(0)).to_bits(),
        GenDraw::Power => libm::pow(-libm::expm1(-standard_exponential(b)), 1.0 / f(0)).to_bits(),
        GenDraw::Laplace => {
            let u = loop {
                let u = b.next_double();
                if u > 0.0 {
                    break u;
                }
            };
            let v = match u >= 0.5 {
                true => f(0) - f(1) * libm::log(2.0 - u - u),
                false => f(0) + f(1) * libm::log(u + u),
            };
            v.to_bits()
        }
        GenDraw::Gumbel => loop {
            let u = 1.0 - b.next_double();
            if u < 1.0 {
                break (f(0) - f(1) * libm::log(-libm::log(u))).to_bits();
            }
        },
        GenDraw::Logistic => loop {
            let u = b.next_double();
            if u > 0.0 {
                break (f(0) + f(1) * libm::log(u / (1.0 - u))).to_bits();
            }
        },
        GenDraw::Lognormal => libm::exp(f(0) + f(1) * standard_normal(b)).to_bits(),
        GenDraw::Rayleigh => (f(0) * (2.0 * standard_exponential(b)).sqrt()).to_bits(),
        GenDraw::Triangular => {
            let (left, mode, right) = (f(0), f(1), f(2));
            let base = right - left;
            let leftbase = mode - left;
            let ratio = leftbase / base;
            let u = b.next_double();
            let v = match u <= ratio {
                true => left + (u * leftbase * base).sqrt(),
                false => right - ((1.0 - u) * (right - mode) * base).sqrt(),
            };
            v.to_bits()
        }
        GenDraw::Wald => wald(b, f(0), f(1), jit).to_bits(),
        GenDraw::Vonmises => super::vonmises(b, f(0), f(1), true).to_bits(),
        GenDraw::Zipf => zipf(b, f(0), jit) as u64,
        GenDraw::Logseries => logseries(b, f(0)) as u64,
        GenDraw::NegativeBinomial => {
            let y = (1.0 - f(1)) / f(1) * standard_gamma(b, f(0));
            draw_poisson(b, y) as u64
        }
        GenDraw::NoncentralChisquare => noncentral_chisquare(b, f(0), f(1)).to_bits(),
        GenDraw::NoncentralF => {
            let t = noncentral_chisquare(b, f(0), f(2)) * f(1);
            (t / (2.0 * standard_gamma(b, f(1) / 2.0) * f(0))).to_bits()
        }
        GenDraw::Integers | GenDraw::IntegersClosed => {
            let (low, high) = (p[0] as i64, p[1] as i64);
            let mut rng = (high as u64).wrapping_sub(low as u64);
            if d == GenDraw::Integers {
                rng = rng.wrapping_sub(1);
            }
            bounded_dt(b, dt, low, rng, st)
        }
    }
}

/// The shape of `size`: its int64 slots, none negative.
pub fn shape_of(args: &[u64]) -> VmResult<Vec<i64>> {
    let shape: Vec<i64> = args.iter().map(|&v| v as i64).collect();
    if shape.iter().any(|&d| d < 0) {
        return err("ValueError", "negative dimensions are not allowed");
    }
    Ok(shape)
}

/// The generator object in a slot.
///
/// # Safety
/// The slot must hold a live [`GenObj`] (a Generator- or PCG64-typed slot).
unsafe fn bits_of<'a>(slot: u64) -> &'a mut Pcg64 {
    &mut obj_mut::<GenObj>(slot).bits
}

/// A Generator method: the generator, the draw's parameters, then the
/// dimensions of `size` when it fills an array.
pub fn draw(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &GenAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let np = aux.draw.nparams();
    let p = &args[1..1 + np];
    let ints = matches!(aux.draw, GenDraw::Integers | GenDraw::IntegersClosed);
    if ints {
        check_integers(aux.draw, aux.dtype, p, aux.jit)?;
    }
    let shape = match aux.array {
        Some(new) => Some((new, shape_of(&args[1 + np..1 + np + new.ndim as usize])?)),
        None => None,
    };
    if !aux.jit {
        check(aux.draw, p)?;
    } else if matches!(
        aux.draw,
        GenDraw::NoncentralChisquare | GenDraw::NoncentralF
    ) {
        noncentral_check(aux.draw, p)?;
    }
    // SAFETY: the site passes the Generator first.
    let b = unsafe { bits_of(args[0]) };
    let mut st = Buffered::default();
    let Some((new, shape)) = shape else {
        out[0] = one(b, aux.draw, p, aux.dtype, &mut st, aux.jit);
        return Ok(());
    };
    let a = ArrayObj::zeros(new.dtype, new.itemsize, &shape).ok_or_else(oom)?;
    // SAFETY: a fresh array slot.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for off in arr.offsets() {
        let v = one(b, aux.draw, p, aux.dtype, &mut st, aux.jit);
        // SAFETY: the offset of one of the array's own elements.
        unsafe { new.dtype.store(arr.data.offset(off), v) };
    }
    out[0] = a;
    Ok(())
}

/// `Generator.shuffle(x)` of an array: its first axis, in place.
pub fn shuffle(_vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    // SAFETY: the site passes the Generator, then an array.
    let (b, a) = unsafe { (bits_of(args[0]), obj::<ArrayObj>(args[1])) };
    shuffle_rows(a, &mut |i| interval(b, i));
    Ok(())
}

/// `Generator.shuffle(x)` of a list (numpy's path for sequences: the same
/// draws).
pub fn shuffle_list(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the site passes the Generator, then a list.
    let (b, l) = unsafe { (bits_of(args[0]), obj_mut::<ListObj>(args[1])) };
    let k = l.elem_slots as usize;
    let n = l.slots.len().checked_div(k).unwrap_or(0);
    for i in (1..n).rev() {
        let j = interval(b, i as u64) as usize;
        for s in 0..k {
            l.slots.swap(i * k + s, j * k + s);
        }
    }
    Ok(())
}

/// `Generator.permutation(n)`: a shuffled `arange(n)`.
pub fn permutation(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = args[1] as i64;
    if n < 0 {
        return err("ValueError", "negative dimensions are not allowed");
    }
    let dt = crate::dtype::DType::I64;
    let a = ArrayObj::zeros(dt, 8, &[n]).ok_or_else(oom)?;
    // SAFETY: a fresh int64 array of n elements.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for i in 0..n as usize {
        // SAFETY: element i of the fresh array.
        unsafe { dt.store(arr.data.add(i * 8), i as u64) };
    }
    // SAFETY: the site passes the Generator first.
    let b = unsafe { bits_of(args[0]) };
    shuffle_rows(arr, &mut |i| interval(b, i));
    out[0] = a;
    Ok(())
}

/// `Generator.permutation(a)`: a shuffled C-ordered copy of the array.
pub fn permutation_of(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the site passes the Generator, then an array.
    let (b, src) = unsafe { (bits_of(args[0]), obj::<ArrayObj>(args[1])) };
    let a = ArrayObj::zeros(src.dtype, src.itemsize, src.shape()).ok_or_else(oom)?;
    // SAFETY: a fresh array of the source's shape, dtype and item size.
    let dst = unsafe { obj::<ArrayObj>(a) };
    let size = src.itemsize as usize;
    for (k, off) in src.offsets().into_iter().enumerate() {
        // SAFETY: an element of each array, of `size` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(src.data.offset(off), dst.data.add(k * size), size)
        };
    }
    shuffle_rows(dst, &mut |i| interval(b, i));
    out[0] = a;
    Ok(())
}

/// A `Generator.choice` site: the array it fills (`None` for one value),
/// whether it draws from a 1-D array (else from `range(a)`), `replace=False`
/// and whether `p=` comes last.
#[derive(Clone, Copy, Debug)]
pub struct GenChoiceAux {
    pub array: Option<NewAux>,
    pub from_array: bool,
    pub unique: bool,
    pub weighted: bool,
}

const P_ERRORS: PErrors = PErrors([
    "p must be 1-dimensional",
    "a and p must have same size",
    "Probabilities contain NaN",
    "Probabilities are not non-negative",
    "Probabilities do not sum to 1. See Notes section of docstring for more information.",
]);

/// `_shuffle_int`: Fisher-Yates of `data[first..]` down from the end, with
/// Lemire's bounded draws.
fn shuffle_int<B: Bits>(b: &mut B, data: &mut [i64], first: usize) {
    for i in (first..data.len()).rev() {
        let j = bounded_u64(b, 0, i as u64) as usize;
        data.swap(i, j);
    }
}

/// `count` distinct indices in [0, n) as numpy draws them without `p`: a
/// tail shuffle for a large sample of a large population, else Floyd's
/// algorithm over an open-addressing set, then shuffled.
fn sample_unique<B: Bits>(b: &mut B, n: i64, count: i64) -> Vec<i64> {
    if n > 10000 && count > n / 50 {
        let mut idx: Vec<i64> = (0..n).collect();
        shuffle_int(b, &mut idx, (n - count).max(1) as usize);
        return idx.split_off((n - count) as usize);
    }
    let mask = super::gen_mask((1.2 * count as f64) as u64);
    let mut set = vec![u64::MAX; mask as usize + 1];
    let mut idx = Vec::with_capacity(count as usize);
    for j in (n - count) as u64..n as u64 {
        let val = bounded_u64(b, 0, j);
        let mut loc = (val & mask) as usize;
        while set[loc] != u64::MAX && set[loc] != val {
            loc = (loc + 1) & mask as usize;
        }
        if set[loc] == u64::MAX {
            set[loc] = val;
            idx.push(val as i64);
        } else {
            let mut loc = (j & mask) as usize;
            while set[loc] != u64::MAX {
                loc = (loc + 1) & mask as usize;
            }
            set[loc] = j;
            idx.push(j as i64);
        }
    }
    shuffle_int(b, &mut idx, 1);
    idx
}

/// `count` distinct indices drawn with probabilities `p`: rounds of uniform
/// draws searched in the cumulative sums of the probabilities left, keeping
/// the first of each new index.
fn sample_unique_weighted<B: Bits>(b: &mut B, p: &[f64], count: usize) -> VmResult<Vec<i64>> {
    if p.iter().filter(|&&v| v > 0.0).count() < count {
        return err("ValueError", "Fewer non-zero entries in p than size");
    }
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(count);
    while found.len() < count {
        let x: Vec<f64> = (found.len()..count).map(|_| b.next_double()).collect();
        for &f in &found {
            p[f as usize] = 0.0;
        }
        let cdf = cumsum_normalized(&p);
        let mut new: Vec<i64> = Vec::new();
        for u in x {
            let k = cdf.partition_point(|&c| c <= u) as i64;
            if !new.contains(&k) {
                new.push(k);
            }
        }
        found.extend(new);
    }
    Ok(found)
}

/// `Generator.choice(a, size=None, replace=True, p=None)` in module code
/// (Numba has no Generator.choice): the generator, `a`, the dimensions of
/// `size`, then `p`.
pub fn choice(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &GenChoiceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let src = aux.from_array.then(|| {
        // SAFETY: the site passes an array as `a` when `from_array`.
        unsafe { obj::<ArrayObj>(args[1]) }
    });
    let n = match src {
        Some(a) => a.shape[0],
        None => args[1] as i64,
    };
    let ndim = aux.array.map_or(0, |a| a.ndim as usize);
    let shape = shape_of(&args[2..2 + ndim])?;
    let count = shape
        .iter()
        .try_fold(1i64, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| VmError::new("ValueError", "Maximum allowed size exceeded"))?;
    if n <= 0 && (aux.array.is_none() || count != 0) {
        return err(
            "ValueError",
            match src {
                Some(_) => "a cannot be empty unless no samples are taken",
                None => "a must be a positive integer unless no samples are taken",
            },
        );
    }
    let p = match aux.weighted {
        // SAFETY: the site passes the float64 array `p` last.
        true => Some(unsafe { obj::<ArrayObj>(args[args.len() - 1]) }),
        false => None,
    };
    let cdf = match p {
        Some(p) => Some(p_cdf(p, n, &P_ERRORS)?),
        None => None,
    };
    // SAFETY: the site passes the Generator first.
    let b = unsafe { bits_of(args[0]) };
    if aux.unique && count > n {
        return err(
            "ValueError",
            "Cannot take a larger sample than population when replace is False",
        );
    }
    // The result first: a size that cannot be allocated is a MemoryError
    // before any draw.
    let made = match aux.array {
        Some(new) => Some(ArrayObj::zeros(new.dtype, new.itemsize, &shape).ok_or_else(oom)?),
        None => None,
    };
    let idx: Vec<i64> = if aux.unique {
        match p {
            Some(p) => sample_unique_weighted(b, &p_values(p), count as usize)?,
            None => sample_unique(b, n, count),
        }
    } else {
        match &cdf {
            Some(cdf) => (0..count)
                .map(|_| {
                    let u = b.next_double();
                    cdf.partition_point(|&c| c <= u) as i64
                })
                .collect(),
            None => (0..count)
                .map(|_| bounded_u64(b, 0, (n - 1) as u64) as i64)
                .collect(),
        }
    };
    // The chosen element's bits (or the index itself).
    let elem = |j: i64| -> u64 {
        match src {
            // SAFETY: j is in [0, n), an element of the 1-D source.
            Some(a) => unsafe { a.dtype.load(a.data.offset((j * a.strides[0]) as isize)) },
            None => j as u64,
        }
    };
    let (Some(new), Some(a)) = (aux.array, made) else {
        out[0] = elem(idx[0]);
        return Ok(());
    };
    // SAFETY: a fresh array slot.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for (off, &j) in arr.offsets().into_iter().zip(&idx) {
        // SAFETY: the offset of one of the array's own elements.
        unsafe { new.dtype.store(arr.data.offset(off), elem(j)) };
    }
    out[0] = a;
    Ok(())
}

/// `Generator.bytes(length)`: little-endian 32-bit draws, cut to length
/// (a bytes value holds one char per byte).
pub fn bytes(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let length = args[1] as i64;
    if length < 0 {
        return err("ValueError", "negative dimensions are not allowed");
    }
    // SAFETY: the site passes the Generator first.
    let b = unsafe { bits_of(args[0]) };
    // `(length - 1) // 4 + 1` in C's truncating division: one word for 0.
    let words = ((length - 1) / 4 + 1) as usize;
    let mut s = String::new();
    s.try_reserve(words.saturating_mul(4)).map_err(|_| oom())?;
    for _ in 0..words {
        s.extend(b.next_u32().to_le_bytes().map(char::from));
    }
    out[0] = crate::value::new_str(s.chars().take(length as usize).collect::<String>());
    Ok(())
}

/// `np.random.default_rng(seed)`, `np.random.PCG64(seed)`: a new
/// generator seeded from an int (`default_rng()` from the clock, as numpy's
/// from the system's entropy).
pub fn new_seeded(
    _vm: &mut Vm,
    _site: &NativeSite,
    seeded: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let words = if *seeded {
        seed_words(args[0] as i64)?
    } else {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        vec![
            t as u32,
            (t >> 32) as u32,
            (t >> 64) as u32,
            (t >> 96) as u32,
        ]
    };
    out[0] = GenObj::new_slot(Pcg64::seeded(&words));
    Ok(())
}

/// `np.random.Generator(bitgen)`: the same object, now typed a Generator.
pub fn wrap(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    crate::value::incref(args[0]);
    out[0] = args[0];
    Ok(())
}
