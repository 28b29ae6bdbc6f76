//! The natives behind `np.random`: one [`RandomState`] for module code
//! (numpy's global state) and one for jitted code (Numba's own), each
//! seeded only by `np.random.seed` called where it draws, and the
//! `RandomState` objects module code makes.

use super::{numba, RandomState};
use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::lib_numpy::NewAux;
use crate::native::NativeSite;
use crate::value::{obj, obj_mut, ArrayObj, Header, ListObj, ObjKind};

/// numpy's global state and Numba's.
pub struct Generators {
    pub numpy: RandomState,
    pub numba: RandomState,
}

impl Default for Generators {
    /// Unseeded states start from the clock, as numpy's and Numba's start
    /// from the operating system's entropy.
    fn default() -> Generators {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Generators {
            numpy: RandomState::new(t as u32),
            numba: RandomState::new((t >> 32) as u32 ^ 0x9e37_79b9),
        }
    }
}

/// Where a draw's state lives: numpy's global one (module code), Numba's
/// (jitted code), or a `RandomState` object passed first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    Numpy,
    Numba,
    Obj,
}

impl Src {
    /// Whether the draw follows Numba's algorithms and checks.
    pub fn jit(self) -> bool {
        self == Src::Numba
    }
}

/// `np.random.RandomState(seed)`: a state of its own.
#[repr(C)]
pub struct StateObj {
    hdr: Header,
    pub rs: RandomState,
}

/// The state a site draws from and the arguments after the receiver.
fn source<'a>(vm: &'a mut Vm, src: Src, args: &'a [u64]) -> (&'a mut RandomState, &'a [u64]) {
    match src {
        Src::Numba => (&mut vm.random.numba, args),
        Src::Numpy => (&mut vm.random.numpy, args),
        // SAFETY: an `Obj` site passes a RandomState-typed slot first.
        Src::Obj => (unsafe { &mut obj_mut::<StateObj>(args[0]).rs }, &args[1..]),
    }
}

/// What a draw computes; its parameters come first in the arguments, as
/// float64 slots (int64 for `Randint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    /// `random`, `random_sample`, `rand`.
    Random,
    /// `randn`, `standard_normal`.
    StandardNormal,
    /// `normal(loc, scale)`.
    Normal,
    /// `uniform(low, high)`.
    Uniform,
    /// `randint(low, high)`.
    Randint,
    /// `exponential(scale)`.
    Exponential,
    /// `standard_exponential()`.
    StandardExponential,
    StandardGamma,
    Gamma,
    Beta,
    /// `poisson(lam)`: an int.
    Poisson,
    /// `binomial(n, p)`: n an int64 slot, p a float; an int.
    Binomial,
    /// `geometric(p)`: an int.
    Geometric,
    Chisquare,
    F,
    StandardT,
    StandardCauchy,
    Lognormal,
    Laplace,
    Logistic,
    Gumbel,
    Weibull,
    Pareto,
    Power,
    Rayleigh,
    /// `triangular(left, mode, right)`.
    Triangular,
    Vonmises,
    Wald,
    /// `zipf(a)`: an int.
    Zipf,
    /// `logseries(p)`: an int.
    Logseries,
    /// `negative_binomial(n, p)`: an int.
    NegativeBinomial,
    NoncentralChisquare,
    NoncentralF,
    /// `hypergeometric(ngood, nbad, nsample)`: int64 slots; an int.
    Hypergeometric,
}

impl Draw {
    pub fn nparams(self) -> usize {
        use Draw::*;
        match self {
            Random | StandardNormal | StandardExponential | StandardCauchy => 0,
            Exponential | StandardGamma | Poisson | Geometric | Chisquare | StandardT | Weibull
            | Pareto | Power | Rayleigh => 1,
            Zipf | Logseries => 1,
            Normal | Uniform | Randint | Gamma | Beta | Binomial | F | Lognormal | Laplace
            | Logistic | Gumbel | Vonmises | Wald | NegativeBinomial | NoncentralChisquare => 2,
            Triangular | NoncentralF | Hypergeometric => 3,
        }
    }

    /// Whether the values are ints (an int64 array, a Python int).
    pub fn is_int(self) -> bool {
        matches!(
            self,
            Draw::Randint
                | Draw::Poisson
                | Draw::Binomial
                | Draw::Geometric
                | Draw::Zipf
                | Draw::Logseries
                | Draw::NegativeBinomial
                | Draw::Hypergeometric
        )
    }
}

/// A draw site: what it draws, in which state, and the array it fills
/// (`None` for one scalar; the shape follows the parameters).
#[derive(Clone, Copy, Debug)]
pub struct DrawAux {
    pub draw: Draw,
    pub src: Src,
    pub array: Option<NewAux>,
}

/// One value as a slot, Numba's argument checks in jitted code, numpy's
/// elsewhere.
fn one(rs: &mut RandomState, d: Draw, jit: bool, p: &[u64]) -> VmResult<u64> {
    let f = |i: usize| p.get(i).map_or(0.0, |&v| f64::from_bits(v));
    Ok(match (d, jit) {
        (Draw::Random, _) => rs.random_sample().to_bits(),
        (Draw::StandardNormal, _) => rs.standard_normal().to_bits(),
        (Draw::StandardExponential, _) => rs.standard_exponential().to_bits(),
        (Draw::Normal, true) => numba::normal(rs, f(0), f(1)).to_bits(),
        (Draw::Normal, false) => rs.normal(f(0), f(1))?.to_bits(),
        (Draw::Uniform, true) => numba::uniform(rs, f(0), f(1)).to_bits(),
        (Draw::Uniform, false) => rs.uniform(f(0), f(1))?.to_bits(),
        (Draw::Exponential, true) => numba::exponential(rs, f(0)).to_bits(),
        (Draw::Exponential, false) => rs.exponential(f(0))?.to_bits(),
        (Draw::Randint, true) => numba::randint(rs, p[0] as i64, p[1] as i64)? as u64,
        (Draw::Randint, false) => rs.randint(p[0] as i64, p[1] as i64)? as u64,
        (Draw::StandardGamma, true) => numba::gamma(rs, f(0), 1.0)?.to_bits(),
        (Draw::StandardGamma, false) => rs.standard_gamma(f(0))?.to_bits(),
        (Draw::Gamma, true) => numba::gamma(rs, f(0), f(1))?.to_bits(),
        (Draw::Gamma, false) => rs.gamma(f(0), f(1))?.to_bits(),
        (Draw::Beta, true) => numba::beta(rs, f(0), f(1))?.to_bits(),
        (Draw::Beta, false) => rs.beta(f(0), f(1))?.to_bits(),
        (Draw::Poisson, true) => numba::poisson(rs, f(0))? as u64,
        (Draw::Poisson, false) => rs.poisson(f(0))? as u64,
        (Draw::Binomial, true) => numba::binomial(rs, p[0] as i64, f(1))? as u64,
        (Draw::Binomial, false) => rs.binomial(p[0] as i64, f(1))? as u64,
        (Draw::Hypergeometric, true) => {
            numba::hypergeometric(rs, p[0] as i64, p[1] as i64, p[2] as i64) as u64
        }
        (Draw::Hypergeometric, false) => {
            rs.hypergeometric(p[0] as i64, p[1] as i64, p[2] as i64)? as u64
        }
        (d, true) => numba::more(rs, d, f(0), f(1), f(2))?,
        (d, false) => rs.more(d, f(0), f(1), f(2))?,
    })
}

pub fn draw(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &DrawAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let np = aux.draw.nparams();
    let (rs, args) = source(vm, aux.src, args);
    let jit = aux.src.jit();
    let Some(new) = aux.array else {
        out[0] = one(rs, aux.draw, jit, &args[..np])?;
        return Ok(());
    };
    let shape: Vec<i64> = args[np..np + new.ndim as usize]
        .iter()
        .map(|&v| v as i64)
        .collect();
    if let Some(&d) = shape.iter().find(|&&d| d < 0) {
        return err(
            "ValueError",
            format!("negative dimensions are not allowed ({d})"),
        );
    }
    if shape.contains(&0) {
        // The arguments are checked even when nothing is drawn.
        one(&mut rs.clone(), aux.draw, jit, &args[..np])?;
    }
    let a = ArrayObj::zeros(new.dtype, new.itemsize, &shape).ok_or_else(oom)?;
    // SAFETY: a fresh array slot.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for off in arr.offsets() {
        let v = match one(rs, aux.draw, jit, &args[..np]) {
            Ok(v) => v,
            Err(e) => {
                crate::value::decref(a);
                return Err(e);
            }
        };
        // SAFETY: the offset of one of the array's own elements.
        unsafe { new.dtype.store(arr.data.offset(off), v) };
    }
    out[0] = a;
    Ok(())
}

/// `np.random.seed(n)`; the site's data says whether it seeds Numba's
/// state.
pub fn seed(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, *src, args);
    rs.seed_checked(args[0] as i64)
}

/// Shuffles an array's first axis in place, as mtrand's `_shuffle_raw`
/// (the same draws for 1-D and n-D arrays).
fn shuffle_array(rs: &mut RandomState, a: &ArrayObj) {
    shuffle_rows(a, &mut |i| rs.random_interval(i));
}

/// Fisher-Yates over an array's first axis from the end: row i swaps with
/// row `pick(i)`, in [0, i].
pub fn shuffle_rows(a: &ArrayObj, pick: &mut dyn FnMut(u64) -> u64) {
    let n = a.shape().first().copied().unwrap_or(0);
    if n <= 1 {
        return;
    }
    let row: Vec<isize> = match a.ndim {
        1 => vec![0],
        _ => {
            // Offsets of one row's elements: a view of row 0.
            let mut idx = vec![0i64; a.ndim as usize - 1];
            let inner = &a.shape()[1..];
            let strides = &a.strides()[1..];
            let mut v = Vec::new();
            if !inner.contains(&0) {
                'rows: loop {
                    v.push(idx.iter().zip(strides).map(|(i, s)| i * s).sum::<i64>() as isize);
                    let mut d = inner.len();
                    loop {
                        if d == 0 {
                            break 'rows;
                        }
                        d -= 1;
                        idx[d] += 1;
                        if idx[d] < inner[d] {
                            break;
                        }
                        idx[d] = 0;
                    }
                }
            }
            v
        }
    };
    let size = a.itemsize as usize;
    let s0 = a.strides[0] as isize;
    for i in (1..n).rev() {
        let j = pick(i as u64) as isize;
        let i = i as isize;
        if i == j {
            continue;
        }
        for &off in &row {
            // SAFETY: rows i and j are distinct rows of the array, so the
            // two element ranges do not overlap.
            unsafe {
                std::ptr::swap_nonoverlapping(
                    a.data.offset(i * s0 + off),
                    a.data.offset(j * s0 + off),
                    size,
                )
            };
        }
    }
}

/// `np.random.shuffle(x)` of an array (its first axis).
pub fn shuffle(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, *src, args);
    // SAFETY: the site passes an array.
    let a = unsafe { obj::<ArrayObj>(args[0]) };
    shuffle_array(rs, a);
    Ok(())
}

/// `np.random.shuffle(x)` of a list, as numpy shuffles any sequence.
pub fn shuffle_list(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, *src, args);
    // SAFETY: the site passes a list.
    let l = unsafe { obj_mut::<ListObj>(args[0]) };
    let k = l.elem_slots as usize;
    let n = l.slots.len().checked_div(k).unwrap_or(0);
    for i in (1..n).rev() {
        let j = rs.random_interval(i as u64) as usize;
        for s in 0..k {
            l.slots.swap(i * k + s, j * k + s);
        }
    }
    Ok(())
}

/// `np.random.permutation(n)`: a shuffled `arange(n)` (empty for n <= 0).
pub fn permutation(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, *src, args);
    let n = (args[0] as i64).max(0);
    let dt = crate::dtype::DType::I64;
    let a = ArrayObj::zeros(dt, 8, &[n]).ok_or_else(oom)?;
    // SAFETY: a fresh int64 array of n elements.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for i in 0..n as usize {
        // SAFETY: element i of the fresh array.
        unsafe { dt.store(arr.data.add(i * 8), i as u64) };
    }
    shuffle_array(rs, arr);
    out[0] = a;
    Ok(())
}

/// `np.random.permutation(a)`: a shuffled C-ordered copy of the array.
pub fn permutation_of(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, *src, args);
    // SAFETY: the site passes an array.
    let src = unsafe { obj::<ArrayObj>(args[0]) };
    if src.ndim == 0 {
        return err(
            "IndexError",
            "x must be an integer or at least 1-dimensional",
        );
    }
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
    shuffle_array(rs, dst);
    out[0] = a;
    Ok(())
}

/// A `choice` site: the state, the array it fills (`None` for one value),
/// and whether it draws from an array (else from `range(n)`).
#[derive(Clone, Copy, Debug)]
pub struct ChoiceAux {
    pub src: Src,
    pub array: Option<NewAux>,
    pub from_array: bool,
    /// `replace=False`: the first values of a permutation of the
    /// population (numpy's and Numba's implementation; Numba ignores it for
    /// one value).
    pub unique: bool,
    /// `p=` given (module code only): its array comes last.
    pub weighted: bool,
}

/// numpy's validation of `choice`'s `p` (kahan_sum, then its checks) and
/// the normalized cumulative sums it searches.
fn choice_cdf(p: &ArrayObj, n: i64) -> VmResult<Vec<f64>> {
    p_cdf(p, n, &LEGACY_P_ERRORS)
}

/// The messages of `choice`'s checks of `p`: 1-D, its size, NaN, negative,
/// its sum.
pub struct PErrors(pub [&'static str; 5]);

const LEGACY_P_ERRORS: PErrors = PErrors([
    "'p' must be 1-dimensional",
    "'a' and 'p' must have same size",
    "probabilities contain NaN",
    "probabilities are not non-negative",
    "probabilities do not sum to 1",
]);

/// `choice`'s validation of `p` (kahan_sum, then its checks) and the
/// normalized cumulative sums it searches.
pub fn p_cdf(p: &ArrayObj, n: i64, msg: &PErrors) -> VmResult<Vec<f64>> {
    let vals = p_values(p);
    if p.ndim != 1 {
        return err("ValueError", msg.0[0]);
    }
    if vals.len() as i64 != n {
        return err("ValueError", msg.0[1]);
    }
    let mut sum = vals.first().copied().unwrap_or(0.0);
    let mut c = 0.0;
    for &v in vals.iter().skip(1) {
        let y = v - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    if sum.is_nan() {
        return err("ValueError", msg.0[2]);
    }
    if vals.iter().any(|&v| v < 0.0) {
        return err("ValueError", msg.0[3]);
    }
    if (sum - 1.0).abs() > f64::EPSILON.sqrt() {
        return err("ValueError", msg.0[4]);
    }
    Ok(cumsum_normalized(&vals))
}

/// The elements of the float64 array `p`.
pub fn p_values(p: &ArrayObj) -> Vec<f64> {
    p.offsets()
        .into_iter()
        // SAFETY: offsets of the float64 array's own elements.
        .map(|o| unsafe { f64::from_bits(p.dtype.load(p.data.offset(o))) })
        .collect()
}

/// `cdf = p.cumsum(); cdf /= cdf[-1]`.
pub fn cumsum_normalized(vals: &[f64]) -> Vec<f64> {
    let mut cdf = Vec::with_capacity(vals.len());
    let mut acc = 0.0;
    for &v in vals {
        acc += v;
        cdf.push(acc);
    }
    let last = cdf.last().copied().unwrap_or(1.0);
    for v in &mut cdf {
        *v /= last;
    }
    cdf
}

/// `np.random.choice(a, size)` with replacement: each value is
/// `a[randint(0, len(a))]`, in numpy's and in Numba's implementation.
pub fn choice(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &ChoiceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, aux.src, args);
    let jit = aux.src.jit();
    let src = aux.from_array.then(|| {
        // SAFETY: the site passes an array when `from_array`.
        unsafe { obj::<ArrayObj>(args[0]) }
    });
    let n = match src {
        Some(a) if a.ndim != 1 => return err("ValueError", "a must be 1-dimensional"),
        Some(a) => a.shape[0],
        None => args[0] as i64,
    };
    let cdf = match aux.weighted && n > 0 {
        // SAFETY: the site passes the float64 array `p` last.
        true => Some(choice_cdf(
            unsafe { obj::<ArrayObj>(args[args.len() - 1]) },
            n,
        )?),
        false => None,
    };
    let pick = |rs: &mut RandomState| -> VmResult<i64> {
        if let Some(cdf) = &cdf {
            // searchsorted(side='right') of a uniform draw.
            let u = rs.random_sample();
            return Ok(cdf.partition_point(|&c| c <= u) as i64);
        }
        if n <= 0 {
            return err(
                "ValueError",
                match src {
                    Some(_) => "a cannot be empty unless no samples are taken",
                    None => "a must be greater than 0 unless no samples are taken",
                },
            );
        }
        if jit {
            numba::randint(rs, 0, n)
        } else {
            rs.randint(0, n)
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
    if aux.unique && (aux.array.is_some() || !jit) {
        let shape: Vec<i64> = match aux.array {
            Some(new) => args[1..1 + new.ndim as usize]
                .iter()
                .map(|&v| v as i64)
                .collect(),
            None => Vec::new(),
        };
        if let Some(&d) = shape.iter().find(|&&d| d < 0) {
            return err(
                "ValueError",
                format!("negative dimensions are not allowed ({d})"),
            );
        }
        let count: i64 = shape.iter().product();
        if n == 0 && count != 0 && !jit {
            return err(
                "ValueError",
                match src {
                    Some(_) => "a cannot be empty unless no samples are taken",
                    None => "a must be greater than 0 unless no samples are taken",
                },
            );
        }
        if count > n {
            return err(
                "ValueError",
                "Cannot take a larger sample than population when 'replace=False'",
            );
        }
        let perm = rs.permutation(n)?;
        let Some(new) = aux.array else {
            out[0] = elem(perm[0]);
            return Ok(());
        };
        let a = ArrayObj::zeros(new.dtype, new.itemsize, &shape).ok_or_else(oom)?;
        // SAFETY: a fresh array slot.
        let arr = unsafe { obj::<ArrayObj>(a) };
        for (off, &j) in arr.offsets().into_iter().zip(&perm) {
            // SAFETY: the offset of one of the array's own elements.
            unsafe { new.dtype.store(arr.data.offset(off), elem(j)) };
        }
        out[0] = a;
        return Ok(());
    }
    let Some(new) = aux.array else {
        out[0] = elem(pick(rs)?);
        return Ok(());
    };
    let shape: Vec<i64> = args[1..1 + new.ndim as usize]
        .iter()
        .map(|&v| v as i64)
        .collect();
    if let Some(&d) = shape.iter().find(|&&d| d < 0) {
        return err(
            "ValueError",
            format!("negative dimensions are not allowed ({d})"),
        );
    }
    let a = ArrayObj::zeros(new.dtype, new.itemsize, &shape).ok_or_else(oom)?;
    // SAFETY: a fresh array slot.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for off in arr.offsets() {
        let j = match pick(rs) {
            Ok(j) => j,
            Err(e) => {
                crate::value::decref(a);
                return Err(e);
            }
        };
        // SAFETY: the offset of one of the array's own elements.
        unsafe { new.dtype.store(arr.data.offset(off), elem(j)) };
    }
    out[0] = a;
    Ok(())
}

pub(super) fn oom() -> crate::error::VmError {
    crate::error::VmError::new("MemoryError", "unable to allocate the array")
}

/// `np.random.RandomState(seed)`; the site's data says whether a seed is
/// given (else the clock seeds it, as numpy's seeds from the system).
pub fn new_state(
    _vm: &mut Vm,
    _site: &NativeSite,
    seeded: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let mut rs = Generators::default().numpy;
    if *seeded {
        rs.seed_checked(args[0] as i64)?;
    }
    out[0] = crate::value::into_slot(Box::new(StateObj {
        hdr: Header::new(ObjKind::RandState),
        rs,
    }));
    Ok(())
}

/// `seed()` without a seed: a fresh state from the clock.
pub fn reseed(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let fresh = match src {
        Src::Numba => Generators::default().numba,
        _ => Generators::default().numpy,
    };
    *source(vm, *src, args).0 = fresh;
    Ok(())
}

/// `get_state()`: `('MT19937', key, pos, has_gauss, cached_gaussian)`,
/// the key a fresh uint32 array.
pub fn get_state(
    vm: &mut Vm,
    _site: &NativeSite,
    src: &Src,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (rs, _) = source(vm, *src, args);
    let (key, pos, gauss) = rs.get_state();
    let dt = crate::dtype::DType::U32;
    let a = ArrayObj::zeros(dt, 4, &[key.len() as i64]).ok_or_else(oom)?;
    // SAFETY: a fresh uint32 array of the key's length.
    let arr = unsafe { obj::<ArrayObj>(a) };
    for (i, &k) in key.iter().enumerate() {
        // SAFETY: element i of the fresh array.
        unsafe { dt.store(arr.data.add(i * 4), k as u64) };
    }
    out[0] = crate::value::new_str("MT19937");
    out[1] = a;
    out[2] = pos as u64;
    out[3] = gauss.is_some() as u64;
    out[4] = gauss.unwrap_or(0.0).to_bits();
    Ok(())
}

/// `set_state(state)` of `(name, key, pos)` or `(name, key, pos,
/// has_gauss, cached_gaussian)`; the site's data says which.
pub fn set_state(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &(Src, bool),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (rs, args) = source(vm, aux.0, args);
    // SAFETY: the site passes the state's name, then its uint32 key array.
    let (name, key) = unsafe { (crate::value::str_of(args[0]), obj::<ArrayObj>(args[1])) };
    if name != "MT19937" {
        return err(
            "ValueError",
            "set_state can only be used with legacy MT19937 state instances.",
        );
    }
    if key.ndim != 1 {
        return err("ValueError", "state must be 624 elements");
    }
    let words: Vec<u32> = key
        .offsets()
        .into_iter()
        // SAFETY: offsets of the uint32 array's own elements.
        .map(|o| unsafe { key.dtype.load(key.data.offset(o)) as u32 })
        .collect();
    if words.len() < 624 {
        let n = words.len();
        return err(
            "IndexError",
            format!("index {n} is out of bounds for axis 0 with size {n}"),
        );
    }
    let gauss = match aux.1 && args[3] != 0 {
        true => Some(f64::from_bits(args[4])),
        false => None,
    };
    rs.set_state(&words[..624], args[2] as i64, gauss)
}
