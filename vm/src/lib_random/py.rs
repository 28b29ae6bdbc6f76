//! The natives behind Python's `random` module. Module code draws from
//! CPython's generator, jitted code from Numba's own (seeded by
//! `init_genrand`, `gauss` by the polar method, its own range checks), each
//! seeded only by `random.seed` called on its side, as under Numba.

use super::numba::gammavariate;
use super::PyRandom;
use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::lib_math::libm;
use crate::native::NativeSite;
use crate::value::{obj, obj_mut, ArrayObj, ListObj};

/// CPython's `random` state and Numba's.
pub struct PyGenerators {
    pub python: PyRandom,
    pub numba: PyRandom,
}

impl Default for PyGenerators {
    /// Unseeded states start from the clock, as CPython's and Numba's
    /// start from the operating system's entropy.
    fn default() -> PyGenerators {
        let t = clock();
        let mut numba = PyRandom::new(0);
        numba.seed_numba((t >> 32) as u32 ^ 0x85eb_ca6b);
        PyGenerators {
            python: PyRandom::new(t as i64 & i64::MAX),
            numba,
        }
    }
}

fn clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

/// What a call computes. Float parameters come as float64 slots, integer
/// ones as int64.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyDraw {
    /// `seed(n)`; `seed()` and `seed(None)` without an argument.
    Seed,
    SeedClock,
    Random,
    Uniform,
    /// `triangular(low, high)`: the mode half-way.
    Triangular2,
    Triangular3,
    /// `randrange(stop)`, `randrange(start, stop, step)`.
    Randrange1,
    Randrange3,
    Randint,
    Gauss,
    Normalvariate,
    Expovariate,
    Getrandbits,
    Gammavariate,
    Betavariate,
    Lognormvariate,
    Paretovariate,
    Weibullvariate,
    /// The index `choice` picks in a sequence of the given length.
    Below,
    ShuffleList,
    ShuffleArray,
}

#[derive(Clone, Copy, Debug)]
pub struct PyAux {
    pub draw: PyDraw,
    pub jit: bool,
}

/// CPython's `NV_MAGICCONST`: `4 * exp(-0.5) / sqrt(2.0)`.
fn nv_magic() -> f64 {
    4.0 * libm::exp(-0.5) / 2.0f64.sqrt()
}

pub fn call(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &PyAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let jit = aux.jit;
    let r = if jit {
        &mut vm.pyrandom.numba
    } else {
        &mut vm.pyrandom.python
    };
    let f = |i: usize| f64::from_bits(args[i]);
    let i = |k: usize| args[k] as i64;
    let v = match aux.draw {
        PyDraw::Seed if jit => {
            r.seed_numba(args[0] as u32);
            0
        }
        PyDraw::Seed => {
            r.seed(i(0));
            0
        }
        PyDraw::SeedClock => {
            r.seed((clock() & i64::MAX as u64) as i64);
            0
        }
        PyDraw::Random => r.random().to_bits(),
        PyDraw::Uniform => r.uniform(f(0), f(1)).to_bits(),
        PyDraw::Triangular2 => triangular(r, f(0), f(1), None, jit).to_bits(),
        PyDraw::Triangular3 => triangular(r, f(0), f(1), Some(f(2)), jit).to_bits(),
        PyDraw::Randrange1 if jit => numba_randrange(r, 0, i(0), 1)? as u64,
        PyDraw::Randrange1 => r.randrange1(i(0))? as u64,
        PyDraw::Randrange3 if jit => numba_randrange(r, i(0), i(1), i(2))? as u64,
        PyDraw::Randrange3 => r.randrange(i(0), i(1), i(2))? as u64,
        PyDraw::Randint if jit => numba_randrange(r, i(0), i(1).wrapping_add(1), 1)? as u64,
        PyDraw::Randint => r.randint(i(0), i(1))? as u64,
        PyDraw::Gauss | PyDraw::Normalvariate if jit => r.gauss_numba(f(0), f(1)).to_bits(),
        PyDraw::Gauss => r.gauss(f(0), f(1)).to_bits(),
        PyDraw::Normalvariate => normalvariate(r, f(0), f(1)).to_bits(),
        PyDraw::Expovariate => {
            let u = r.random();
            (-libm::log(1.0 - u) / f(0)).to_bits()
        }
        PyDraw::Getrandbits => getrandbits(r, i(0), jit)?,
        PyDraw::Gammavariate => gammavariate(&mut || r.random(), f(0), f(1))?.to_bits(),
        PyDraw::Betavariate => {
            // CPython's and Numba's: 0 when the first gamma is.
            let y = gammavariate(&mut || r.random(), f(0), 1.0)?;
            match y == 0.0 {
                true => 0.0f64.to_bits(),
                false => (y / (y + gammavariate(&mut || r.random(), f(1), 1.0)?)).to_bits(),
            }
        }
        PyDraw::Lognormvariate if jit => libm::exp(r.gauss_numba(f(0), f(1))).to_bits(),
        PyDraw::Lognormvariate => libm::exp(normalvariate(r, f(0), f(1))).to_bits(),
        PyDraw::Paretovariate => {
            let u = 1.0 - r.random();
            match jit {
                // Numba keeps an older CPython's spelling, one rounding more.
                true => (1.0 / libm::pow(u, 1.0 / f(0))).to_bits(),
                false => libm::pow(u, -1.0 / f(0)).to_bits(),
            }
        }
        PyDraw::Weibullvariate => {
            let u = 1.0 - r.random();
            (f(0) * libm::pow(-libm::log(u), 1.0 / f(1))).to_bits()
        }
        PyDraw::Below => r.choice(i(0).max(0) as usize)? as u64,
        PyDraw::ShuffleList => {
            // SAFETY: the site passes a list.
            let l = unsafe { obj_mut::<ListObj>(args[0]) };
            let k = l.elem_slots as usize;
            let n = l.slots.len().checked_div(k).unwrap_or(0);
            for i in (1..n).rev() {
                let j = r.randbelow(i as u64 + 1) as usize;
                for s in 0..k {
                    l.slots.swap(i * k + s, j * k + s);
                }
            }
            0
        }
        PyDraw::ShuffleArray => {
            // SAFETY: the site passes a one-dimensional array.
            let a = unsafe { obj::<ArrayObj>(args[0]) };
            let n = a.shape()[0].max(0) as usize;
            let (stride, size) = (a.strides()[0] as isize, a.itemsize as usize);
            let mut tmp = vec![0u8; size];
            for i in (1..n).rev() {
                let j = r.randbelow(i as u64 + 1) as usize;
                // SAFETY: elements i and j of the array; they may be the
                // same memory (a zero stride), so the copies allow overlap.
                unsafe {
                    let (p, q) = (
                        a.data.offset(i as isize * stride),
                        a.data.offset(j as isize * stride),
                    );
                    std::ptr::copy(p, tmp.as_mut_ptr(), size);
                    std::ptr::copy(q, p, size);
                    std::ptr::copy(tmp.as_ptr(), q, size);
                }
            }
            0
        }
    };
    if let Some(o) = out.first_mut() {
        *o = v;
    }
    Ok(())
}

/// `randrange` as Numba compiles it: the count of values by truncating
/// division, a zero step giving `start`, one message for every empty range.
fn numba_randrange(r: &mut PyRandom, start: i64, stop: i64, step: i64) -> VmResult<i64> {
    let mut n = stop.wrapping_sub(start);
    if step < 0 {
        n = n.wrapping_add(step).wrapping_add(1).wrapping_div(step);
    } else if step > 1 {
        n = n.wrapping_add(step).wrapping_sub(1).wrapping_div(step);
    }
    if n <= 0 {
        return err("ValueError", "empty range for randrange()");
    }
    let k = r.randbelow(n as u64) as i64;
    Ok(start.wrapping_add(k.wrapping_mul(step)))
}

/// CPython draws before it looks at the mode; Numba returns `low` for an
/// empty interval without drawing.
fn triangular(r: &mut PyRandom, low: f64, high: f64, mode: Option<f64>, jit: bool) -> f64 {
    if jit && mode.is_some() && high == low {
        return low;
    }
    let mut u = r.random();
    let mut c = match mode {
        None => 0.5,
        Some(_) if high == low => return low,
        Some(m) => (m - low) / (high - low),
    };
    let (mut low, mut high) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    low + (high - low) * (u * c).sqrt()
}

/// CPython's `normalvariate`: Kinderman and Monahan's ratio method.
fn normalvariate(r: &mut PyRandom, mu: f64, sigma: f64) -> f64 {
    let magic = nv_magic();
    loop {
        let u1 = r.random();
        let u2 = 1.0 - r.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -libm::log(u2) {
            return mu + z * sigma;
        }
    }
}

/// `getrandbits(k)`: an int64 in module code (Python's ints beyond that
/// are out of rumba's range), Numba's uint64 and limits in jitted code.
fn getrandbits(r: &mut PyRandom, k: i64, jit: bool) -> VmResult<u64> {
    if jit {
        if !(1..=64).contains(&k) {
            return err("OverflowError", "getrandbits() limited to 64 bits");
        }
        return Ok(r.getrandbits(k as u32));
    }
    if k < 0 {
        return err("ValueError", "number of bits must be non-negative");
    }
    if k > 63 {
        return err(
            "OverflowError",
            format!("getrandbits({k}) does not fit rumba's 64-bit int; ask for 63 bits or fewer"),
        );
    }
    Ok(r.getrandbits(k as u32))
}

/// `random.sample(population, k)` in module code: a new list of k elements
/// of a list (`range` is false) or of a range (its three slots).
pub fn sample(
    vm: &mut Vm,
    _site: &NativeSite,
    range: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let r = &mut vm.pyrandom.python;
    if *range {
        let (start, stop, step) = (args[0] as i64, args[1] as i64, args[2] as i64);
        let n = range_len(start, stop, step);
        let idx = r.sample_indices(n, args[3] as i64)?;
        let l = ListObj::create(1, std::rc::Rc::from(vec![false]));
        // SAFETY: the fresh list.
        let list = unsafe { obj_mut::<ListObj>(l) };
        list.slots = idx
            .into_iter()
            .map(|j| start.wrapping_add(step.wrapping_mul(j as i64)) as u64)
            .collect();
        out[0] = l;
        return Ok(());
    }
    // SAFETY: the site passes a list.
    let src = unsafe { obj::<ListObj>(args[0]) };
    let k = src.elem_slots as usize;
    let idx = r.sample_indices(src.len(), args[1] as i64)?;
    let l = ListObj::create(src.elem_slots, src.refs.clone());
    // SAFETY: the fresh list.
    let list = unsafe { obj_mut::<ListObj>(l) };
    for j in idx {
        for s in 0..k {
            let v = src.slots[j * k + s];
            if src.is_ref(s) {
                crate::value::incref(v);
            }
            list.slots.push(v);
        }
    }
    out[0] = l;
    Ok(())
}

/// `len(range(start, stop, step))` (step is never 0).
fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (lo, hi, st) = match step > 0 {
        true => (start as i128, stop as i128, step as i128),
        false => (stop as i128, start as i128, -(step as i128)),
    };
    match hi > lo {
        true => ((hi - lo + st - 1) / st) as usize,
        false => 0,
    }
}
