//! numpy's complex128 arrays: elementwise arithmetic with broadcasting,
//! the complex ufuncs, reductions and conversions. Module code computes as
//! numpy does on this machine (its SIMD multiply fuses with FMA, its
//! transcendental functions are the C library's `csqrt`, `cexp`, `clog`);
//! jitted code as Numba compiles it (plain multiplies, Numba's own `sqrt`,
//! `exp` and `log`), so each agrees with its oracle to the last bit.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::format::shape_repr;
use crate::interp::Vm;
use crate::lib_math::libm;
use crate::lib_numpy::{broadcast, broadcast_offsets};
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{incref, obj, ArrayObj};

type C = (f64, f64);

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

fn oom() -> VmError {
    VmError::new("MemoryError", "unable to allocate the array")
}

/// Reads an element of any numeric dtype as a complex number.
///
/// # Safety
/// `p` must point at a live element of dtype `dt`.
unsafe fn load(dt: DType, p: *const u8) -> C {
    match dt {
        DType::C128 => (
            (p as *const f64).read_unaligned(),
            (p.add(8) as *const f64).read_unaligned(),
        ),
        DType::F32 | DType::F64 => (f64::from_bits(dt.load(p)), 0.0),
        DType::U64 => (dt.load(p) as f64, 0.0),
        _ => (dt.load(p) as i64 as f64, 0.0),
    }
}

/// Stores into an element of dtype `dt`: a complex one whole, a real one
/// the real part (numpy's unsafe cast discards the imaginary part).
///
/// # Safety
/// `p` must point at a live element of dtype `dt`.
unsafe fn store(dt: DType, p: *mut u8, z: C) {
    match dt {
        DType::C128 => {
            (p as *mut f64).write_unaligned(z.0);
            (p.add(8) as *mut f64).write_unaligned(z.1);
        }
        DType::F32 | DType::F64 => dt.store(p, z.0.to_bits()),
        DType::Bool => dt.store(p, (z.0 != 0.0 || z.1 != 0.0) as u64),
        DType::U64 => dt.store(p, z.0 as u64),
        _ => dt.store(p, z.0 as i64 as u64),
    }
}

/// A new C-contiguous array of `dt` holding `vals`.
fn array_of(dt: DType, shape: &[i64], vals: impl IntoIterator<Item = C>) -> VmResult<u64> {
    let size = dt.scalar_size().unwrap_or(16);
    let res = ArrayObj::zeros(dt, size, shape).ok_or_else(oom)?;
    let r = arr(res);
    for (i, z) in vals.into_iter().enumerate() {
        // SAFETY: `i` within the new array.
        unsafe { store(dt, r.data.add(i * size as usize), z) };
    }
    Ok(res)
}

/// The elements of an array in C order.
fn values(a: &ArrayObj) -> Vec<C> {
    a.offsets()
        .into_iter()
        // SAFETY: offsets of the array's own elements.
        .map(|o| unsafe { load(a.dtype, a.data.offset(o)) })
        .collect()
}

/// One side of an elementwise operation: an array of any numeric dtype, a
/// real scalar (one float64 slot) or a complex one (two slots).
#[derive(Clone, Copy, Debug)]
pub enum Operand {
    Array(DType),
    Real,
    Complex,
}

impl Operand {
    pub fn of(t: &Type) -> Operand {
        match t {
            Type::Array(a) => Operand::Array(a.dtype),
            t if t.is_complex() => Operand::Complex,
            _ => Operand::Real,
        }
    }

    /// The type the operand is passed as.
    pub fn slot_type(t: &Type) -> Type {
        match Operand::of(t) {
            Operand::Array(_) => t.clone(),
            Operand::Complex => Type::C128,
            Operand::Real => Type::F64,
        }
    }

    fn slots(self) -> usize {
        match self {
            Operand::Complex => 2,
            _ => 1,
        }
    }

    fn shape(self, args: &[u64]) -> Vec<i64> {
        match self {
            Operand::Array(_) => arr(args[0]).shape().to_vec(),
            _ => Vec::new(),
        }
    }

    /// The operand's values over the broadcast shape.
    fn values(self, args: &[u64], shape: &[i64]) -> Vec<C> {
        let n = shape.iter().product::<i64>().max(0) as usize;
        match self {
            Operand::Array(dt) => {
                let a = arr(args[0]);
                broadcast_offsets(a, shape)
                    .into_iter()
                    // SAFETY: broadcast offsets stay within the operand.
                    .map(|o| unsafe { load(dt, a.data.offset(o)) })
                    .collect()
            }
            Operand::Real => vec![(f64::from_bits(args[0]), 0.0); n],
            Operand::Complex => vec![(f64::from_bits(args[0]), f64::from_bits(args[1])); n],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Eq,
    Ne,
}

pub struct BinAux {
    pub op: BinOp,
    pub lhs: Operand,
    pub rhs: Operand,
    /// Multiply with fused multiply-adds, as numpy's SIMD loop does here.
    pub fma: bool,
}

fn mul(a: C, b: C, fma: bool) -> C {
    if fma {
        (a.0.mul_add(b.0, -(a.1 * b.1)), a.0.mul_add(b.1, a.1 * b.0))
    } else {
        (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
    }
}

/// numpy's complex division (Smith's algorithm, as its loops and Numba's
/// port of them compute it).
fn div(a: C, b: C) -> C {
    let (br_abs, bi_abs) = (b.0.abs(), b.1.abs());
    if br_abs >= bi_abs {
        if br_abs == 0.0 && bi_abs == 0.0 {
            (a.0 / br_abs, a.1 / bi_abs)
        } else {
            let rat = b.1 / b.0;
            let scl = 1.0 / (b.0 + b.1 * rat);
            ((a.0 + a.1 * rat) * scl, (a.1 - a.0 * rat) * scl)
        }
    } else {
        let rat = b.0 / b.1;
        let scl = 1.0 / (b.1 + b.0 * rat);
        ((a.0 * rat + a.1) * scl, (a.1 * rat - a.0) * scl)
    }
}

fn apply(aux: &BinAux, a: C, b: C) -> C {
    let truth = |t: bool| (t as u8 as f64, 0.0);
    match aux.op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => mul(a, b, aux.fma),
        BinOp::Div => div(a, b),
        BinOp::Eq => truth(a.0 == b.0 && a.1 == b.1),
        BinOp::Ne => truth(a.0 != b.0 || a.1 != b.1),
    }
}

fn compute(aux: &BinAux, args: &[u64]) -> VmResult<(Vec<i64>, Vec<C>)> {
    let (l, r) = args.split_at(aux.lhs.slots());
    let shape = broadcast(&aux.lhs.shape(l), &aux.rhs.shape(r))?;
    let a = aux.lhs.values(l, &shape);
    let b = aux.rhs.values(r, &shape);
    let vals = a
        .into_iter()
        .zip(b)
        .map(|(x, y)| apply(aux, x, y))
        .collect();
    Ok((shape, vals))
}

/// `a op b` with a complex operand, giving a new array.
pub fn binop(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (shape, vals) = compute(aux, args)?;
    let dt = match aux.op {
        BinOp::Eq | BinOp::Ne => DType::Bool,
        _ => DType::C128,
    };
    out[0] = array_of(dt, &shape, vals)?;
    Ok(())
}

/// `a op= b` in place on a complex array.
pub fn binop_into(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (shape, vals) = compute(aux, args)?;
    if shape.as_slice() != a.shape() {
        return Err(crate::lib_numpy::out_shape_error(a.shape(), &shape));
    }
    for (o, v) in a.offsets().into_iter().zip(vals) {
        // SAFETY: offsets of the array's elements.
        unsafe { store(a.dtype, a.data.offset(o), v) };
    }
    Ok(())
}

/// Elementwise functions of complex numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapOp {
    /// A conversion (`astype`, `np.array(a, dtype)`), or a copy.
    Copy,
    Neg,
    Conj,
    Abs,
    Angle,
    Sqrt,
    Exp,
    Log,
    IsNan,
    IsInf,
    IsFinite,
}

pub struct MapAux {
    pub op: MapOp,
    pub from: DType,
    pub to: DType,
    /// Numba's algorithms (jitted code) instead of the C library's.
    pub numba: bool,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct CDouble {
    re: f64,
    im: f64,
}

mod sys {
    use super::CDouble;
    extern "C" {
        pub fn csqrt(z: CDouble) -> CDouble;
        pub fn cexp(z: CDouble) -> CDouble;
        pub fn clog(z: CDouble) -> CDouble;
    }
}

/// Calls a C99 complex function of the C library, which numpy calls.
fn libc(f: unsafe extern "C" fn(CDouble) -> CDouble, z: C) -> C {
    // SAFETY: the C99 complex functions are defined for every value and
    // touch nothing but errno; `double complex` is passed as two doubles.
    let r = unsafe { f(CDouble { re: z.0, im: z.1 }) };
    (r.re, r.im)
}

/// Numba's complex square root (numpy's former `npy_csqrt`).
pub(crate) fn numba_sqrt(z: C) -> C {
    const THRES: f64 = f64::MAX / (1.0 + std::f64::consts::SQRT_2);
    let (mut a, mut b) = z;
    if a == 0.0 && b == 0.0 {
        return (b.abs(), b);
    }
    if b.is_infinite() {
        return (b.abs(), b);
    }
    if a.is_nan() {
        return (a, a);
    }
    if a.is_infinite() {
        // `b - b`: zero for a finite b, NaN otherwise.
        let d = if b.is_finite() { 0.0 } else { f64::NAN };
        return if a < 0.0 {
            (d.abs(), a.copysign(b))
        } else {
            (a, d.copysign(b))
        };
    }
    let scale = a.abs() >= THRES || b.abs() >= THRES;
    if scale {
        a *= 0.25;
        b *= 0.25;
    }
    let (re, im) = if a >= 0.0 {
        let t = ((a + libm::hypot(a, b)) * 0.5).sqrt();
        (t, b / (2.0 * t))
    } else {
        let t = ((-a + libm::hypot(a, b)) * 0.5).sqrt();
        (b.abs() / (2.0 * t), t.copysign(b))
    };
    if scale {
        (re * 2.0, im)
    } else {
        (re, im)
    }
}

/// Numba's complex exponential.
pub(crate) fn numba_exp((x, y): C) -> C {
    if x.is_finite() {
        if y.is_finite() {
            let r = libm::exp(x);
            (r * libm::cos(y), r * libm::sin(y))
        } else {
            (f64::NAN, f64::NAN)
        }
    } else if x.is_nan() {
        if y != 0.0 {
            (x, x)
        } else {
            (x, y)
        }
    } else if x > 0.0 {
        if y.is_finite() {
            let (mut re, mut im) = (libm::cos(y), libm::sin(y));
            if re != 0.0 {
                re *= x;
            }
            if im != 0.0 {
                im *= x;
            }
            (re, im)
        } else {
            (x, f64::NAN)
        }
    } else if y.is_finite() {
        let r = libm::exp(x);
        (r * libm::cos(y), r * libm::sin(y))
    } else {
        (0.0, 0.0)
    }
}

fn map_one(aux: &MapAux, z: C) -> C {
    let truth = |t: bool| (t as u8 as f64, 0.0);
    match aux.op {
        MapOp::Copy => z,
        MapOp::Neg => (-z.0, -z.1),
        MapOp::Conj => (z.0, -z.1),
        MapOp::Abs => (libm::hypot(z.0, z.1), 0.0),
        MapOp::Angle => (libm::atan2(z.1, z.0), 0.0),
        MapOp::Sqrt if aux.numba => numba_sqrt(z),
        MapOp::Sqrt => libc(sys::csqrt, z),
        MapOp::Exp if aux.numba => numba_exp(z),
        MapOp::Exp => libc(sys::cexp, z),
        MapOp::Log if aux.numba => (libm::log(libm::hypot(z.0, z.1)), libm::atan2(z.1, z.0)),
        MapOp::Log => libc(sys::clog, z),
        MapOp::IsNan => truth(z.0.is_nan() || z.1.is_nan()),
        MapOp::IsInf => truth(z.0.is_infinite() || z.1.is_infinite()),
        MapOp::IsFinite => truth(z.0.is_finite() && z.1.is_finite()),
    }
}

/// An elementwise function over an array, or a conversion, into a new
/// C-contiguous array of `aux.to`.
pub fn map(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let vals: Vec<C> = values(a).into_iter().map(|z| map_one(aux, z)).collect();
    out[0] = array_of(aux.to, a.shape(), vals)?;
    Ok(())
}

/// The same function of a complex scalar: a complex or real result.
pub fn map_scalar(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let z = if site.arg_types[0].is_complex() {
        (f64::from_bits(args[0]), f64::from_bits(args[1]))
    } else {
        (f64::from_bits(args[0]), 0.0)
    };
    let r = map_one(aux, z);
    match aux.to {
        DType::C128 => {
            out[0] = r.0.to_bits();
            out[1] = r.1.to_bits();
        }
        DType::Bool => out[0] = (r.0 != 0.0) as u64,
        _ => out[0] = r.0.to_bits(),
    }
    Ok(())
}

/// `a.real`, `a.imag`: views of the parts of a complex array's elements.
pub fn part_view(
    _vm: &mut Vm,
    _site: &NativeSite,
    imag: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    incref(a.base);
    // SAFETY: the imaginary part is the second double of each element.
    let data = unsafe { a.data.add(if *imag { 8 } else { 0 }) };
    out[0] = ArrayObj::view(DType::F64, 8, data, a.shape(), a.strides(), a.base);
    Ok(())
}

/// Reductions of complex arrays over all their elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Prod,
    Mean,
}

/// numpy's pairwise summation of complex numbers: the real and imaginary
/// parts summed alike, four elements to a block.
fn pairwise(v: &[C]) -> C {
    let n = v.len();
    if n < 4 {
        return v.iter().fold((-0.0, -0.0), |a, z| (a.0 + z.0, a.1 + z.1));
    }
    if n <= 64 {
        let mut r = [v[0], v[1], v[2], v[3]];
        let mut i = 4;
        while i + 4 <= n {
            for k in 0..4 {
                r[k].0 += v[i + k].0;
                r[k].1 += v[i + k].1;
            }
            i += 4;
        }
        let mut res = (
            (r[0].0 + r[1].0) + (r[2].0 + r[3].0),
            (r[0].1 + r[1].1) + (r[2].1 + r[3].1),
        );
        for z in &v[i..] {
            res.0 += z.0;
            res.1 += z.1;
        }
        return res;
    }
    // numpy halves the count of doubles, rounded down to its unroll of 8.
    let h = (n - n % 8) / 2;
    let (a, b) = (pairwise(&v[..h]), pairwise(&v[h..]));
    (a.0 + b.0, a.1 + b.1)
}

pub struct ReduceAux {
    pub op: ReduceOp,
    /// Numba's loops: a running sum, and `/` for the mean.
    pub numba: bool,
}

pub fn reduce(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &ReduceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let v = values(arr(args[0]));
    let sum = || {
        if aux.numba {
            v.iter().fold((0.0, 0.0), |a, z| (a.0 + z.0, a.1 + z.1))
        } else {
            pairwise(&v)
        }
    };
    let r = match aux.op {
        ReduceOp::Sum => sum(),
        ReduceOp::Prod => v.iter().fold((1.0, 0.0), |a, &z| mul(a, z, false)),
        ReduceOp::Mean => {
            let (s, n) = (sum(), v.len() as f64);
            if aux.numba {
                crate::lib_complex::quot(s, (n, 0.0)).unwrap_or((f64::NAN, f64::NAN))
            } else {
                div(s, (n, 0.0))
            }
        }
    };
    out[0] = r.0.to_bits();
    out[1] = r.1.to_bits();
    Ok(())
}

/// `np.full(shape, z)` and `a.fill(z)`, `a[...] = z`: every element set
/// to one value (the value's slots follow the array).
pub fn fill(_vm: &mut Vm, site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let z = if site.arg_types[1].is_complex() {
        (f64::from_bits(args[1]), f64::from_bits(args[2]))
    } else {
        (f64::from_bits(args[1]), 0.0)
    };
    for o in a.offsets() {
        // SAFETY: offsets of the array's own elements.
        unsafe { store(a.dtype, a.data.offset(o), z) };
    }
    Ok(())
}

/// `np.full(shape, z)` of a complex `z`.
pub fn full(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let n = site.arg_types[0].slots();
    let shape: Vec<i64> = args[..n].iter().map(|&v| v as i64).collect();
    if let Some(&d) = shape.iter().find(|&&d| d < 0) {
        return err(
            "ValueError",
            format!("negative dimensions are not allowed ({d})"),
        );
    }
    let z = (f64::from_bits(args[n]), f64::from_bits(args[n + 1]));
    let total = shape.iter().product::<i64>() as usize;
    out[0] = array_of(DType::C128, &shape, std::iter::repeat_n(z, total))?;
    Ok(())
}

/// `dst[...] = src` with `src` broadcast, either side complex.
pub fn copy_into(_vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let (dst, src) = (arr(args[0]), arr(args[1]));
    let shape = broadcast(src.shape(), dst.shape())?;
    if shape.as_slice() != dst.shape() {
        return err(
            "ValueError",
            format!(
                "could not broadcast input array from shape {} into shape {}",
                shape_repr(src.shape()),
                shape_repr(dst.shape())
            ),
        );
    }
    let vals: Vec<C> = broadcast_offsets(src, &shape)
        .into_iter()
        // SAFETY: broadcast offsets stay within the source.
        .map(|o| unsafe { load(src.dtype, src.data.offset(o)) })
        .collect();
    for (o, z) in dst.offsets().into_iter().zip(vals) {
        // SAFETY: offsets of the destination's elements.
        unsafe { store(dst.dtype, dst.data.offset(o), z) };
    }
    Ok(())
}
