//! Natives behind numpy: array construction, elementwise operations with
//! broadcasting of scalars, reductions, slicing and record views.

use crate::bytecode::{MathFn, MathFn2};
use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::format::shape_repr;
use crate::interp::{self, Vm};
use crate::native::NativeSite;
use crate::types::{Layout, Type};
use crate::value::{c_strides, decref, incref, obj, ArrayObj, ListObj, RecordObj, MAX_NDIM};

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

fn oom() -> VmError {
    VmError::new("MemoryError", "unable to allocate the array")
}

/// Static facts about a new array: dtype, dimensions and item size.
#[derive(Clone, Copy, Debug)]
pub struct NewAux {
    pub dtype: DType,
    pub ndim: u8,
    pub itemsize: u32,
}

fn new_array(aux: &NewAux, shape: &[i64]) -> VmResult<u64> {
    if let Some(&d) = shape.iter().find(|&&d| d < 0) {
        return err(
            "ValueError",
            format!("negative dimensions are not allowed ({d})"),
        );
    }
    ArrayObj::zeros(aux.dtype, aux.itemsize, shape).ok_or_else(oom)
}

/// A shape argument: one int, or a tuple of ints in consecutive slots.
fn shape_arg(args: &[u64], ndim: u8) -> Vec<i64> {
    args[..ndim as usize].iter().map(|&v| v as i64).collect()
}

/// Loads an element as f64.
///
/// # Safety
/// `p` must point at a live element of dtype `dt`.
unsafe fn load_f(dt: DType, p: *const u8) -> f64 {
    let v = dt.load(p);
    match dt {
        DType::F32 | DType::F64 => f64::from_bits(v),
        DType::U64 => v as f64,
        _ => v as i64 as f64,
    }
}

/// Loads an element as i64 (floats truncate).
///
/// # Safety
/// As for [`load_f`].
unsafe fn load_i(dt: DType, p: *const u8) -> i64 {
    let v = dt.load(p);
    match dt {
        DType::F32 | DType::F64 => f64::from_bits(v) as i64,
        _ => v as i64,
    }
}

/// Stores a computed value into an element of dtype `dt`.
///
/// # Safety
/// `p` must point at a live element of dtype `dt`.
unsafe fn store_num(dt: DType, p: *mut u8, v: Num) {
    if dt == DType::C128 {
        // A real value: the imaginary part is zero.
        let re = match v {
            Num::F(x) => x,
            Num::I(x) => x as f64,
        };
        (p as *mut f64).write_unaligned(re);
        (p.add(8) as *mut f64).write_unaligned(0.0);
        return;
    }
    let bits = match (dt, v) {
        (DType::F32 | DType::F64, Num::F(x)) => x.to_bits(),
        (DType::F32 | DType::F64, Num::I(x)) => (x as f64).to_bits(),
        (DType::Bool, Num::F(x)) => (x != 0.0) as u64,
        (DType::Bool, Num::I(x)) => (x != 0) as u64,
        (_, Num::F(x)) => x as i64 as u64,
        (_, Num::I(x)) => x as u64,
    };
    dt.store(p, bits);
}

/// A value in the arithmetic domain of an operation.
#[derive(Clone, Copy)]
pub(crate) enum Num {
    I(i64),
    F(f64),
}

fn fill_with(a: &ArrayObj, v: Num) {
    let (n, size) = (a.size().max(0) as usize, a.itemsize as usize);
    if a.is_c_contiguous() && n > 0 {
        // One element, then doubling copies: as fast as memset for any
        // element width (np.ones is on the hot path of array programs).
        // SAFETY: the array's own `n * size` contiguous bytes.
        unsafe {
            store_num(a.dtype, a.data, v);
            let mut done = size;
            while done < n * size {
                let k = done.min(n * size - done);
                std::ptr::copy_nonoverlapping(a.data, a.data.add(done), k);
                done += k;
            }
        }
        return;
    }
    for off in a.offsets() {
        // SAFETY: offsets of the array's own elements.
        unsafe { store_num(a.dtype, a.data.offset(off), v) };
    }
}

pub fn zeros(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = new_array(aux, &shape_arg(args, aux.ndim))?;
    Ok(())
}

pub fn ones(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = new_array(aux, &shape_arg(args, aux.ndim))?;
    fill_with(arr(a), Num::I(1));
    out[0] = a;
    Ok(())
}

/// The fill value, an int64 or float64 slot as the compiler passed it.
fn num_arg(t: &Type, v: u64) -> Num {
    if t.is_float() {
        Num::F(f64::from_bits(v))
    } else {
        Num::I(v as i64)
    }
}

pub fn full(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = aux.ndim as usize;
    let a = new_array(aux, &shape_arg(args, aux.ndim))?;
    fill_with(arr(a), num_arg(&site.arg_types[1], args[n]));
    out[0] = a;
    Ok(())
}

pub fn zeros_like(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = new_array(aux, arr(args[0]).shape())?;
    Ok(())
}

pub fn ones_like(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = new_array(aux, arr(args[0]).shape())?;
    fill_with(arr(a), Num::I(1));
    out[0] = a;
    Ok(())
}

pub fn full_like(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = new_array(aux, arr(args[0]).shape())?;
    fill_with(arr(a), num_arg(&site.arg_types[1], args[1]));
    out[0] = a;
    Ok(())
}

pub fn arange(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let float = site.arg_types.first().is_some_and(Type::is_float);
    let get = |i: usize| -> f64 {
        if float {
            f64::from_bits(args[i])
        } else {
            args[i] as i64 as f64
        }
    };
    let (start, stop, step) = match args.len() {
        1 => (0.0, get(0), 1.0),
        2 => (get(0), get(1), 1.0),
        _ => (get(0), get(1), get(2)),
    };
    if step == 0.0 {
        return err("ZeroDivisionError", "division by zero");
    }
    let n = ((stop - start) / step).ceil().max(0.0);
    if !n.is_finite() || n > 1e12 {
        return err("ValueError", "Maximum allowed size exceeded");
    }
    let n = n as i64;
    let a = new_array(aux, &[n])?;
    let x = arr(a);
    for i in 0..n {
        let v = if float {
            Num::F(start + i as f64 * step)
        } else {
            Num::I(
                (args[0] as i64).wrapping_add(i.wrapping_mul(if args.len() > 2 {
                    args[2] as i64
                } else {
                    1
                })),
            )
        };
        let v = if args.len() == 1 && !float {
            Num::I(i)
        } else {
            v
        };
        // SAFETY: index within the new array.
        unsafe { store_num(x.dtype, x.data.add(i as usize * x.itemsize as usize), v) };
    }
    out[0] = a;
    Ok(())
}

pub struct LinspaceAux {
    pub new: NewAux,
    pub endpoint: bool,
}

pub fn linspace(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &LinspaceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (start, stop, num) = (
        f64::from_bits(args[0]),
        f64::from_bits(args[1]),
        args[2] as i64,
    );
    if num < 0 {
        return err(
            "ValueError",
            format!("Number of samples, {num}, must be non-negative."),
        );
    }
    let a = new_array(&aux.new, &[num])?;
    let x = arr(a);
    let div = if aux.endpoint { num - 1 } else { num };
    let step = if div > 0 {
        (stop - start) / div as f64
    } else {
        0.0
    };
    for i in 0..num {
        let mut v = start + i as f64 * step;
        if aux.endpoint && i == num - 1 && num > 1 {
            v = stop;
        }
        // SAFETY: index within the new array.
        unsafe {
            store_num(
                x.dtype,
                x.data.add(i as usize * x.itemsize as usize),
                Num::F(v),
            )
        };
    }
    out[0] = a;
    Ok(())
}

/// `np.array(nested list)`: the element type and, for records, the fields.
pub struct FromListAux {
    pub new: NewAux,
    pub elem: Type,
    pub fields: Vec<(u32, DType)>,
}

pub fn from_list(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &FromListAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // The shape from the nesting, checking that it is rectangular.
    let mut shape = Vec::new();
    let mut leaves: Vec<Vec<u64>> = Vec::new();
    match &site.arg_types[0] {
        Type::Tuple(items) => {
            shape.push(items.len() as i64);
            for (i, t) in items.iter().enumerate() {
                leaves.push(vec![num_bits(t, args[i])]);
            }
        }
        t => collect_leaves(t, args[0], 0, &mut shape, &mut leaves)?,
    }
    if shape.len() < aux.new.ndim as usize {
        shape.resize(aux.new.ndim as usize, 0);
    }
    let a = new_array(&aux.new, &shape)?;
    let x = arr(a);
    let elem_num = |t: &Type, v: u64| num_arg(t, v);
    for (i, leaf) in leaves.iter().enumerate() {
        // SAFETY: C-contiguous new array with exactly this many elements.
        let p = unsafe { x.data.add(i * x.itemsize as usize) };
        match (&aux.elem, x.dtype) {
            (Type::Tuple(items), DType::Record(_)) => {
                let mut off = 0;
                for ((o, dt), t) in aux.fields.iter().zip(items.iter()) {
                    // SAFETY: field offsets within the record.
                    unsafe { store_num(*dt, p.add(*o as usize), elem_num(t, leaf[off])) };
                    off += t.slots();
                }
            }
            (t, DType::Text { unicode, len }) => {
                // SAFETY: the leaf is a str or bytes value.
                let s = unsafe { crate::value::str_of(leaf[0]) };
                if !unicode && *t == Type::Str {
                    crate::lib_record::check_ascii(s)?;
                }
                // SAFETY: as above; the element holds `len` characters.
                unsafe { crate::lib_record::write_text(p, len as usize, unicode, s) };
            }
            (t, DType::C128) if t.is_complex() => {
                // SAFETY: as above; a complex element is two doubles.
                unsafe {
                    (p as *mut u64).write_unaligned(leaf[0]);
                    (p.add(8) as *mut u64).write_unaligned(leaf[1]);
                }
            }
            (t, dt) => {
                let v = if t.is_bool() {
                    Num::I(leaf[0] as i64)
                } else {
                    elem_num(t, leaf[0])
                };
                // SAFETY: as above.
                unsafe { store_num(dt, p, v) };
            }
        }
    }
    out[0] = a;
    Ok(())
}

fn num_bits(_t: &Type, v: u64) -> u64 {
    v
}

fn collect_leaves(
    t: &Type,
    slot: u64,
    depth: usize,
    shape: &mut Vec<i64>,
    leaves: &mut Vec<Vec<u64>>,
) -> VmResult<()> {
    let Type::List(el) = t else {
        return Ok(());
    };
    // SAFETY: a list slot holds a list.
    let l = unsafe { obj::<ListObj>(slot) };
    let len = l.len() as i64;
    if shape.len() <= depth {
        shape.push(len);
    } else if shape[depth] != len {
        return err(
            "ValueError",
            "setting an array element with a sequence. The requested array has an inhomogeneous shape",
        );
    }
    let n = l.elem_slots.max(1) as usize;
    for i in 0..l.len() {
        let chunk = &l.slots[i * n..i * n + el.slots()];
        match &**el {
            Type::List(_) => collect_leaves(el, chunk[0], depth + 1, shape, leaves)?,
            _ => leaves.push(chunk.to_vec()),
        }
    }
    Ok(())
}

/// Operations applied element by element.
#[derive(Clone, Copy, Debug)]
pub enum ArrayOp {
    Math(MathFn),
    Abs,
    Neg,
    /// `~`: logical not of bools, bitwise not of integers.
    Invert,
    Square,
    Copy,
    /// numpy's sign of integers: -1, 0 or 1 in the same dtype.
    IntSign,
    Cumsum,
    Cumprod,
    Sort,
    Unique,
    /// `np.round(a, decimals)`.
    Round(i32),
    /// `np.round(a, decimals)` with the decimals the next argument.
    RoundAt,
    /// `np.clip(a, lo, hi)`: the bounds are the next two arguments.
    Clip,
}

pub struct MapAux {
    pub op: ArrayOp,
    pub from: DType,
    pub to: DType,
}

/// `np.round` of one element.
fn round_num(x: Num, d: i32) -> Num {
    match x {
        Num::F(x) => Num::F(round_to(x, d)),
        Num::I(x) if d >= 0 => Num::I(x),
        Num::I(x) => Num::I(round_to(x as f64, d) as i64),
    }
}

/// numpy's rounding to `decimals` places: scale, round half to even,
/// unscale.
fn round_to(x: f64, decimals: i32) -> f64 {
    if decimals >= 0 {
        let p = 10f64.powi(decimals);
        (x * p).round_ties_even() / p
    } else {
        let p = 10f64.powi(-decimals);
        (x / p).round_ties_even() * p
    }
}

/// `np.round` of a scalar; aux holds the decimals and whether it is a
/// float.
pub fn round_scalar(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(i32, bool),
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let &(decimals, float) = aux;
    out[0] = if float {
        round_to(f64::from_bits(args[0]), decimals).to_bits()
    } else if decimals >= 0 {
        args[0]
    } else {
        round_to(args[0] as i64 as f64, decimals) as i64 as u64
    };
    Ok(())
}

/// A new C-contiguous array: `op` applied to each element of the source.
pub fn map(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let src = arr(args[0]);
    let itemsize = match aux.to.scalar_size() {
        Some(s) => s,
        None => src.itemsize,
    };
    if let DType::Record(_) = aux.from {
        let dst = ArrayObj::zeros(aux.to, itemsize, src.shape()).ok_or_else(oom)?;
        let d = arr(dst);
        for (i, off) in src.offsets().into_iter().enumerate() {
            // SAFETY: element offsets of the source; `i` within the copy.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    src.data.offset(off),
                    d.data.add(i * d.itemsize as usize),
                    src.itemsize as usize,
                )
            };
        }
        out[0] = dst;
        return Ok(());
    }
    let float = aux.to.is_float() || aux.from.is_float();
    // SAFETY: offsets of the source's elements.
    let xs: Vec<Num> = src
        .offsets()
        .into_iter()
        .map(|off| unsafe {
            let p = src.data.offset(off);
            if float {
                Num::F(load_f(aux.from, p))
            } else {
                Num::I(load_i(aux.from, p))
            }
        })
        .collect();
    let bound = |i: usize| f64::from_bits(args[i]);
    let mut acc: Option<Num> = None;
    let mut vals = Vec::with_capacity(xs.len());
    for x in xs {
        vals.push(match (aux.op, x) {
            (ArrayOp::Math(f), x) => {
                let v = match x {
                    Num::F(v) => v,
                    Num::I(v) => v as f64,
                };
                let bits = interp::math1(Some(f), v)?;
                if aux.to == DType::Bool {
                    Num::I(bits as i64)
                } else {
                    Num::F(f64::from_bits(bits))
                }
            }
            (ArrayOp::Abs, Num::F(x)) => Num::F(x.abs()),
            (ArrayOp::Abs, Num::I(x)) => Num::I(x.wrapping_abs()),
            (ArrayOp::Neg, Num::F(x)) => Num::F(-x),
            (ArrayOp::Neg, Num::I(x)) => Num::I(x.wrapping_neg()),
            (ArrayOp::Invert, Num::I(x)) if aux.from == DType::Bool => Num::I((x == 0) as i64),
            (ArrayOp::Invert, Num::I(x)) => Num::I(!x),
            (ArrayOp::Invert, Num::F(_)) => {
                return err("TypeError", "ufunc 'invert' not supported for float arrays")
            }
            (ArrayOp::Square, Num::F(x)) => Num::F(x * x),
            (ArrayOp::Square, Num::I(x)) => Num::I(x.wrapping_mul(x)),
            (ArrayOp::RoundAt, x) => round_num(x, (args[1] as i64).clamp(-400, 400) as i32),
            (ArrayOp::Round(d), x) => round_num(x, d),

            (ArrayOp::Clip, Num::F(x)) => Num::F(x.max(bound(1)).min(bound(2))),
            (ArrayOp::Clip, Num::I(x)) => Num::I((x as f64).max(bound(1)).min(bound(2)) as i64),
            (ArrayOp::Cumsum | ArrayOp::Cumprod, x) => {
                let mul = matches!(aux.op, ArrayOp::Cumprod);
                let next = match (acc, x) {
                    (None, x) => x,
                    (Some(Num::I(a)), Num::I(b)) if mul => Num::I(a.wrapping_mul(b)),
                    (Some(Num::I(a)), Num::I(b)) => Num::I(a.wrapping_add(b)),
                    (Some(a), b) if mul => Num::F(num_f(a) * num_f(b)),
                    (Some(a), b) => Num::F(num_f(a) + num_f(b)),
                };
                acc = Some(next);
                next
            }
            (ArrayOp::IntSign, x) => match x {
                Num::I(v) => Num::I(v.signum()),
                Num::F(v) => Num::F(v.signum()),
            },
            (ArrayOp::Sort | ArrayOp::Unique | ArrayOp::Copy, x) => x,
        });
    }
    let shape: Vec<i64> = match aux.op {
        ArrayOp::Sort | ArrayOp::Unique | ArrayOp::Cumsum | ArrayOp::Cumprod
            if src.ndim > 1 || matches!(aux.op, ArrayOp::Unique) =>
        {
            if let ArrayOp::Sort | ArrayOp::Unique = aux.op {
                sort_nums(&mut vals);
            }
            if let ArrayOp::Unique = aux.op {
                vals.dedup_by(|a, b| match (*a, *b) {
                    (Num::I(x), Num::I(y)) => x == y,
                    (Num::F(x), Num::F(y)) => x == y,
                    _ => false,
                });
            }
            vec![vals.len() as i64]
        }
        ArrayOp::Sort => {
            sort_nums(&mut vals);
            src.shape().to_vec()
        }
        _ => src.shape().to_vec(),
    };
    let dst = ArrayObj::zeros(aux.to, itemsize, &shape).ok_or_else(oom)?;
    let d = arr(dst);
    for (i, v) in vals.into_iter().enumerate() {
        // SAFETY: `i` within the new contiguous array.
        unsafe { store_num(aux.to, d.data.add(i * d.itemsize as usize), v) };
    }
    out[0] = dst;
    Ok(())
}

/// `np.median` of an array.
pub fn median(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &DType,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let dt = *aux;
    let a = arr(args[0]);
    // SAFETY: offsets of the array's elements.
    let mut v: Vec<f64> = a
        .offsets()
        .into_iter()
        .map(|o| unsafe { load_f(dt, a.data.offset(o)) })
        .collect();
    if v.iter().any(|x| x.is_nan()) || v.is_empty() {
        out[0] = f64::NAN.to_bits();
        return Ok(());
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let m = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    out[0] = if dt == DType::F32 {
        (m as f32 as f64).to_bits()
    } else {
        m.to_bits()
    };
    Ok(())
}

pub struct WhereAux {
    pub a: Operand,
    pub b: Operand,
    pub out: DType,
}

/// `np.where(cond, a, b)` with broadcasting.
pub fn where_(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &WhereAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let c = arr(args[0]);
    let shape = broadcast(
        &broadcast(c.shape(), &operand_shape(aux.a, args[1]))?,
        &operand_shape(aux.b, args[2]),
    )?;
    let float = aux.out.is_float();
    let conds = operand_values(Operand::Array(c.dtype), args[0], &shape, false);
    let xs = operand_values(aux.a, args[1], &shape, float);
    let ys = operand_values(aux.b, args[2], &shape, float);
    let res =
        ArrayObj::zeros(aux.out, aux.out.scalar_size().unwrap_or(8), &shape).ok_or_else(oom)?;
    let r = arr(res);
    for (i, ((c, x), y)) in conds.into_iter().zip(xs).zip(ys).enumerate() {
        let pick = if matches!(c, Num::I(0)) { y } else { x };
        // SAFETY: `i` within the new array.
        unsafe { store_num(aux.out, r.data.add(i * r.itemsize as usize), pick) };
    }
    out[0] = res;
    Ok(())
}

fn sort_nums(v: &mut [Num]) {
    // numpy sorts NaN last.
    v.sort_by(|a, b| match (a, b) {
        (Num::I(x), Num::I(y)) => x.cmp(y),
        (Num::F(x), Num::F(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
        },
        _ => std::cmp::Ordering::Equal,
    });
}

pub fn sort_inplace(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let float = a.dtype.is_float();
    if a.ndim != 1 {
        return err(
            "ValueError",
            "sort() of multi-dimensional arrays is not supported",
        );
    }
    let offs = a.offsets();
    // SAFETY: offsets of the array's elements.
    let mut vals: Vec<Num> = offs
        .iter()
        .map(|&o| unsafe {
            if float {
                Num::F(load_f(a.dtype, a.data.offset(o)))
            } else {
                Num::I(load_i(a.dtype, a.data.offset(o)))
            }
        })
        .collect();
    if a.dtype == DType::U64 {
        // SAFETY: as above.
        let mut raw: Vec<u64> = offs
            .iter()
            .map(|&o| unsafe { a.dtype.load(a.data.offset(o)) })
            .collect();
        raw.sort_unstable();
        vals = raw.into_iter().map(|v| Num::I(v as i64)).collect();
    } else {
        sort_nums(&mut vals);
    }
    for (o, v) in offs.into_iter().zip(vals) {
        // SAFETY: as above.
        unsafe { store_num(a.dtype, a.data.offset(o), v) };
    }
    Ok(())
}

pub fn flatten(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    map(vm, site, aux, args, out)?;
    // The copy is contiguous: view it as 1-D.
    let a = arr(out[0]);
    let n = a.size();
    let base = a.base;
    incref(base);
    let flat = ArrayObj::view(
        a.dtype,
        a.itemsize,
        a.data,
        &[n],
        &[a.itemsize as i64],
        base,
    );
    decref(out[0]);
    out[0] = flat;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    Std,
    Var,
    ArgMin,
    ArgMax,
    All,
    Any,
    CountNonzero,
    /// numpy's NaN-ignoring reductions (`nansum`...): the plain reduction
    /// of the values that are not NaN.
    Nan(NanOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NanOp {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    Std,
    Var,
    ArgMin,
    ArgMax,
}

impl NanOp {
    /// The reduction applied to the values that are not NaN.
    pub fn base(self) -> ReduceOp {
        match self {
            NanOp::Sum => ReduceOp::Sum,
            NanOp::Prod => ReduceOp::Prod,
            NanOp::Min => ReduceOp::Min,
            NanOp::Max => ReduceOp::Max,
            NanOp::Mean => ReduceOp::Mean,
            NanOp::Std => ReduceOp::Std,
            NanOp::Var => ReduceOp::Var,
            NanOp::ArgMin => ReduceOp::ArgMin,
            NanOp::ArgMax => ReduceOp::ArgMax,
        }
    }
}

impl ReduceOp {
    pub fn name(self) -> &'static str {
        match self {
            ReduceOp::Nan(n) => match n {
                NanOp::Sum => "nansum",
                NanOp::Prod => "nanprod",
                NanOp::Min => "nanmin",
                NanOp::Max => "nanmax",
                NanOp::Mean => "nanmean",
                NanOp::Std => "nanstd",
                NanOp::Var => "nanvar",
                NanOp::ArgMin => "nanargmin",
                NanOp::ArgMax => "nanargmax",
            },
            ReduceOp::Sum => "sum",
            ReduceOp::Prod => "prod",
            ReduceOp::Min => "min",
            ReduceOp::Max => "max",
            ReduceOp::Mean => "mean",
            ReduceOp::Std => "std",
            ReduceOp::Var => "var",
            ReduceOp::ArgMin => "argmin",
            ReduceOp::ArgMax => "argmax",
            ReduceOp::All => "all",
            ReduceOp::Any => "any",
            ReduceOp::CountNonzero => "count_nonzero",
        }
    }
}

pub struct ReduceAux {
    pub op: ReduceOp,
    pub dtype: DType,
    pub axis: Option<u8>,
    /// The axis is not a constant: it follows the array in the arguments.
    pub runtime_axis: bool,
    /// The result's element dtype.
    pub out: DType,
    /// In jitted code: Numba reads a Fortran array in memory order only
    /// when its type says it is one; numpy whenever it is.
    pub numba: bool,
}

/// numpy's pairwise summation (blocks of 8, split above 128 elements),
/// which rounds exactly as numpy's `sum` of float arrays does.
fn pairwise(v: &[f64]) -> f64 {
    if v.len() < 8 {
        return v.iter().fold(-0.0, |a, &b| a + b);
    }
    if v.len() <= 128 {
        let mut r = [0.0f64; 8];
        r.copy_from_slice(&v[..8]);
        let mut i = 8;
        while i + 8 <= v.len() {
            for k in 0..8 {
                r[k] += v[i + k];
            }
            i += 8;
        }
        let mut res = (r[0] + r[1]) + (r[2] + r[3]) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &v[i..] {
            res += x;
        }
        return res;
    }
    let mut n2 = v.len() / 2;
    n2 -= n2 % 8;
    pairwise(&v[..n2]) + pairwise(&v[n2..])
}

/// Reduces a sequence of elements.
fn reduce_seq(op: ReduceOp, dt: DType, vals: &[Num]) -> VmResult<Num> {
    let empty = || {
        err::<Num>(
            "ValueError",
            format!(
                "zero-size array to reduction operation {} which has no identity",
                match op {
                    ReduceOp::Min => "minimum",
                    ReduceOp::Max => "maximum",
                    ReduceOp::ArgMin => "argmin",
                    _ => "argmax",
                }
            ),
        )
    };
    let fl = |v: &Num| match *v {
        Num::F(x) => x,
        Num::I(x) => x as f64,
    };
    Ok(match op {
        ReduceOp::Nan(n) if !dt.is_float() => reduce_seq(n.base(), dt, vals)?,
        ReduceOp::Nan(n) => {
            let kept: Vec<(usize, Num)> = vals
                .iter()
                .copied()
                .enumerate()
                .filter(|(_, v)| !fl(v).is_nan())
                .collect();
            let xs: Vec<Num> = kept.iter().map(|&(_, v)| v).collect();
            match n {
                NanOp::ArgMin | NanOp::ArgMax if xs.is_empty() && !vals.is_empty() => {
                    return err("ValueError", "All-NaN slice encountered")
                }
                NanOp::ArgMin | NanOp::ArgMax if !xs.is_empty() => {
                    match reduce_seq(n.base(), dt, &xs)? {
                        Num::I(i) => Num::I(kept[i as usize].0 as i64),
                        v => v,
                    }
                }
                NanOp::Min | NanOp::Max if xs.is_empty() && !vals.is_empty() => Num::F(f64::NAN),
                _ => reduce_seq(n.base(), dt, &xs)?,
            }
        }
        ReduceOp::Sum if dt.is_float() => {
            let xs: Vec<f64> = vals.iter().map(fl).collect();
            Num::F(if xs.is_empty() { 0.0 } else { pairwise(&xs) })
        }
        ReduceOp::Sum => Num::I(vals.iter().fold(0i64, |a, v| {
            a.wrapping_add(if let Num::I(x) = v { *x } else { 0 })
        })),
        ReduceOp::Prod if dt.is_float() => Num::F(vals.iter().map(fl).product()),
        ReduceOp::Prod => Num::I(vals.iter().fold(1i64, |a, v| {
            a.wrapping_mul(if let Num::I(x) = v { *x } else { 1 })
        })),
        ReduceOp::Mean | ReduceOp::Var | ReduceOp::Std => {
            let xs: Vec<f64> = vals.iter().map(fl).collect();
            let n = xs.len() as f64;
            let mean = pairwise(&xs) / n;
            if op == ReduceOp::Mean {
                Num::F(mean)
            } else {
                let dev: Vec<f64> = xs.iter().map(|x| (x - mean) * (x - mean)).collect();
                let var = pairwise(&dev) / n;
                Num::F(if op == ReduceOp::Std { var.sqrt() } else { var })
            }
        }
        ReduceOp::Min | ReduceOp::Max | ReduceOp::ArgMin | ReduceOp::ArgMax => {
            if vals.is_empty() {
                return empty();
            }
            let min = matches!(op, ReduceOp::Min | ReduceOp::ArgMin);
            let mut best = 0;
            for i in 1..vals.len() {
                let better = match (vals[i], vals[best]) {
                    // NaN propagates: the first NaN wins.
                    (Num::F(x), Num::F(b)) => {
                        !b.is_nan() && (x.is_nan() || if min { x < b } else { x > b })
                    }
                    (Num::I(x), Num::I(b)) if dt == DType::U64 => {
                        if min {
                            (x as u64) < b as u64
                        } else {
                            x as u64 > b as u64
                        }
                    }
                    (Num::I(x), Num::I(b)) => {
                        if min {
                            x < b
                        } else {
                            x > b
                        }
                    }
                    _ => false,
                };
                if better {
                    best = i;
                }
            }
            if matches!(op, ReduceOp::ArgMin | ReduceOp::ArgMax) {
                Num::I(best as i64)
            } else {
                vals[best]
            }
        }
        ReduceOp::All => Num::I(vals.iter().all(|v| fl(v) != 0.0) as i64),
        ReduceOp::Any => Num::I(vals.iter().any(|v| fl(v) != 0.0) as i64),
        ReduceOp::CountNonzero => Num::I(vals.iter().filter(|v| fl(v) != 0.0).count() as i64),
    })
}

fn num_slot(v: Num, out_dt: DType) -> u64 {
    match (v, out_dt.is_float()) {
        (Num::F(x), true) => {
            if out_dt == DType::F32 {
                (x as f32 as f64).to_bits()
            } else {
                x.to_bits()
            }
        }
        (Num::I(x), true) => (x as f64).to_bits(),
        (Num::F(x), false) => x as i64 as u64,
        (Num::I(x), false) => x as u64,
    }
}

pub fn reduce(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &ReduceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let float = aux.dtype.is_float();
    let load = |p: *const u8| -> Num {
        // SAFETY: `p` points at an element of the array.
        unsafe {
            if float {
                let x = load_f(aux.dtype, p);
                Num::F(if aux.dtype == DType::F32 {
                    x as f32 as f64
                } else {
                    x
                })
            } else {
                Num::I(load_i(aux.dtype, p))
            }
        }
    };
    let axis = match aux.runtime_axis {
        true => Some(check_axis(args[1] as i64, a.ndim)?),
        false => aux.axis,
    };
    match axis {
        Some(axis) if a.ndim > 1 => {
            let ax = axis as usize;
            let mut shape: Vec<i64> = a.shape().to_vec();
            let n = shape.remove(ax);
            let res = ArrayObj::zeros(aux.out, aux.out.scalar_size().unwrap_or(8), &shape)
                .ok_or_else(oom)?;
            let r = arr(res);
            let mut strides: Vec<i64> = a.strides().to_vec();
            let step = strides.remove(ax);
            let sub = ArrayObj::view(a.dtype, a.itemsize, a.data, &shape, &strides, 0);
            for (i, off) in arr(sub).offsets().into_iter().enumerate() {
                // SAFETY: offsets within the source; `i` within the result.
                let vals: Vec<Num> = (0..n)
                    .map(|k| load(unsafe { a.data.offset(off + (k * step) as isize) }))
                    .collect();
                let v = reduce_seq(aux.op, aux.dtype, &vals)?;
                // SAFETY: as above.
                unsafe {
                    aux.out
                        .store(r.data.add(i * r.itemsize as usize), num_slot(v, aux.out))
                };
            }
            decref(sub);
            out[0] = res;
        }
        _ => {
            // Sums and products add in the order the elements are visited.
            let fortran = match &site.arg_types[0] {
                Type::Array(t) if t.layout == Layout::F => true,
                _ if aux.numba => false,
                _ => {
                    let c = crate::lib_layout::numpy_contiguous(
                        a.shape(),
                        a.strides(),
                        a.itemsize as i64,
                        false,
                    );
                    !c && crate::lib_layout::is_f_contiguous(a)
                }
            };
            let summed = |op| {
                matches!(
                    op,
                    ReduceOp::Sum | ReduceOp::Prod | ReduceOp::Mean | ReduceOp::Std | ReduceOp::Var
                )
            };
            let in_memory = fortran
                && (summed(aux.op) || matches!(aux.op, ReduceOp::Nan(n) if summed(n.base())));
            // SAFETY: offsets of the array's elements.
            let vals: Vec<Num> = crate::lib_layout::reduce_offsets(a, in_memory)
                .into_iter()
                .map(|o| load(unsafe { a.data.offset(o) }))
                .collect();
            let mean_like = |op| matches!(op, ReduceOp::Mean | ReduceOp::Std | ReduceOp::Var);
            let nan_mean = matches!(aux.op, ReduceOp::Nan(n) if mean_like(n.base()));
            if vals.is_empty() && (mean_like(aux.op) || nan_mean) {
                out[0] = f64::NAN.to_bits();
                return Ok(());
            }
            out[0] = num_slot(reduce_seq(aux.op, aux.dtype, &vals)?, aux.out);
        }
    }
    Ok(())
}

/// `math.fsum` of an array or a list of numbers: exactly rounded.
pub fn fsum(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let xs: Vec<f64> = match &site.arg_types[0] {
        Type::Array(t) => {
            let a = arr(args[0]);
            // SAFETY: offsets of the array's elements.
            a.offsets()
                .into_iter()
                .map(|o| unsafe { load_f(t.dtype, a.data.offset(o)) })
                .collect()
        }
        Type::List(el) => {
            // SAFETY: a list slot holds a list.
            let l = unsafe { obj::<ListObj>(args[0]) };
            l.slots
                .iter()
                .map(|&v| {
                    if el.is_float() {
                        f64::from_bits(v)
                    } else {
                        v as i64 as f64
                    }
                })
                .collect()
        }
        _ => Vec::new(),
    };
    out[0] = crate::lib_math::fsum(&xs)?.to_bits();
    Ok(())
}

pub fn dot(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &DType,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let dt = *aux;
    let (x, y) = (arr(args[0]), arr(args[1]));
    let float = dt.is_float();
    let get = |a: &ArrayObj, off: i64| -> Num {
        // SAFETY: offsets computed within the array's bounds below.
        unsafe {
            let p = a.data.offset(off as isize);
            if float {
                Num::F(load_f(a.dtype, p))
            } else {
                Num::I(load_i(a.dtype, p))
            }
        }
    };
    let mul_add = |acc: Num, a: Num, b: Num| match (acc, a, b) {
        (Num::F(s), Num::F(p), Num::F(q)) => Num::F(s + p * q),
        (Num::I(s), Num::I(p), Num::I(q)) => Num::I(s.wrapping_add(p.wrapping_mul(q))),
        _ => acc,
    };
    let zero = if float { Num::F(0.0) } else { Num::I(0) };
    let mismatch = |a: i64, b: i64| {
        err::<()>(
            "ValueError",
            format!("shapes not aligned: {a} (dim 0) != {b} (dim 0)"),
        )
    };
    match (x.ndim, y.ndim) {
        (1, 1) => {
            if x.shape[0] != y.shape[0] {
                return mismatch(x.shape[0], y.shape[0]);
            }
            let mut acc = zero;
            for i in 0..x.shape[0] {
                acc = mul_add(acc, get(x, i * x.strides[0]), get(y, i * y.strides[0]));
            }
            out[0] = num_slot(acc, dt);
        }
        (2, 1) | (1, 2) | (2, 2) => {
            let (m, k) = if x.ndim == 2 {
                (x.shape[0], x.shape[1])
            } else {
                (1, x.shape[0])
            };
            let (k2, n) = if y.ndim == 2 {
                (y.shape[0], y.shape[1])
            } else {
                (y.shape[0], 1)
            };
            if k != k2 {
                return mismatch(k, k2);
            }
            let rshape: Vec<i64> = match (x.ndim, y.ndim) {
                (2, 1) => vec![m],
                (1, 2) => vec![n],
                _ => vec![m, n],
            };
            let res =
                ArrayObj::zeros(dt, dt.scalar_size().unwrap_or(8), &rshape).ok_or_else(oom)?;
            let r = arr(res);
            let xs = |i: i64, j: i64| {
                if x.ndim == 2 {
                    i * x.strides[0] + j * x.strides[1]
                } else {
                    j * x.strides[0]
                }
            };
            let ys = |i: i64, j: i64| {
                if y.ndim == 2 {
                    i * y.strides[0] + j * y.strides[1]
                } else {
                    i * y.strides[0]
                }
            };
            for i in 0..m {
                for j in 0..n {
                    let mut acc = zero;
                    for l in 0..k {
                        acc = mul_add(acc, get(x, xs(i, l)), get(y, ys(l, j)));
                    }
                    // SAFETY: within the result.
                    unsafe {
                        dt.store(
                            r.data.add(((i * n + j) * r.itemsize as i64) as usize),
                            num_slot(acc, dt),
                        )
                    };
                }
            }
            out[0] = res;
        }
        _ => return err("ValueError", "dot() supports 1-D and 2-D arrays"),
    }
    Ok(())
}

/// `np.square` of a scalar; aux says whether it is a float.
pub fn square_scalar(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = if *aux {
        let x = f64::from_bits(args[0]);
        (x * x).to_bits()
    } else {
        (args[0] as i64).wrapping_mul(args[0] as i64) as u64
    };
    Ok(())
}

pub fn reshape(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let mut shape: Vec<i64> = args[1..].iter().map(|&v| v as i64).collect();
    let size = a.size();
    if let Some(p) = shape.iter().position(|&d| d == -1) {
        let known: i64 = shape.iter().filter(|&&d| d != -1).product();
        if known == 0 || size % known != 0 {
            return err(
                "ValueError",
                format!(
                    "cannot reshape array of size {size} into shape {}",
                    shape_repr(&shape)
                ),
            );
        }
        shape[p] = size / known;
    }
    if shape.iter().any(|&d| d < 0) || shape.iter().product::<i64>() != size {
        return err(
            "ValueError",
            format!(
                "cannot reshape array of size {size} into shape {}",
                tight_shape(&shape)
            ),
        );
    }
    let _ = site;
    if a.is_c_contiguous() {
        incref(a.base);
        out[0] = ArrayObj::view(
            a.dtype,
            a.itemsize,
            a.data,
            &shape,
            &c_strides(a.itemsize, &shape),
            a.base,
        );
    } else {
        let copy = ArrayObj::zeros(a.dtype, a.itemsize, &shape).ok_or_else(oom)?;
        let c = arr(copy);
        for (i, off) in a.offsets().into_iter().enumerate() {
            // SAFETY: same element count in both.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    a.data.offset(off),
                    c.data.add(i * a.itemsize as usize),
                    a.itemsize as usize,
                )
            };
        }
        out[0] = copy;
    }
    Ok(())
}

pub fn transpose(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let shape: Vec<i64> = a.shape().iter().rev().copied().collect();
    let strides: Vec<i64> = a.strides().iter().rev().copied().collect();
    incref(a.base);
    out[0] = ArrayObj::view(a.dtype, a.itemsize, a.data, &shape, &strides, a.base);
    Ok(())
}

/// How `permute_axes` reorders an array's axes: `np.transpose(a, axes)`
/// (the axes follow the array), `np.swapaxes(a, i, j)`,
/// `np.moveaxis(a, source, destination)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxesOp {
    Given,
    Swap,
    Move,
}

/// A view of the array with its axes reordered, numpy's checks and
/// messages.
pub fn permute_axes(
    _vm: &mut Vm,
    _site: &NativeSite,
    op: &AxesOp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let nd = a.shape().len();
    let axis = |v: u64, what: &str| {
        check_axis(v as i64, nd as u8)
            .map(usize::from)
            .map_err(|e| match what {
                "" => e,
                _ => VmError::new(&e.kind, format!("{what}: {}", e.msg)),
            })
    };
    let mut perm: Vec<usize> = (0..nd).collect();
    match op {
        AxesOp::Given => {
            if args.len() - 1 != nd {
                return err("ValueError", "axes don't match array");
            }
            let mut seen = [false; crate::value::MAX_NDIM];
            for (p, &v) in perm.iter_mut().zip(&args[1..]) {
                *p = axis(v, "")?;
                if std::mem::replace(&mut seen[*p], true) {
                    return err("ValueError", "repeated axis in transpose");
                }
            }
        }
        AxesOp::Swap => perm.swap(axis(args[1], "axis1")?, axis(args[2], "axis2")?),
        AxesOp::Move => {
            let src = axis(args[1], "source")?;
            let dst = axis(args[2], "destination")?;
            perm.remove(src);
            perm.insert(dst, src);
        }
    }
    let shape: Vec<i64> = perm.iter().map(|&p| a.shape()[p]).collect();
    let strides: Vec<i64> = perm.iter().map(|&p| a.strides()[p]).collect();
    incref(a.base);
    out[0] = ArrayObj::view(a.dtype, a.itemsize, a.data, &shape, &strides, a.base);
    Ok(())
}

pub fn fill(_vm: &mut Vm, site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    fill_with(arr(args[0]), num_arg(&site.arg_types[1], args[1]));
    Ok(())
}

/// Elementwise binary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinKind {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    Min,
    Max,
    /// numpy's gcd and lcm of integers (never negative).
    Gcd,
    Lcm,
    /// C's fmod: the remainder takes the dividend's sign.
    Fmod,
    /// `np.fmin`/`np.fmax`: a NaN loses to a number.
    FMin,
    FMax,
    /// A float function of two floats (hypot, arctan2, copysign,
    /// nextafter), as FMATH2 computes it.
    Math2(MathFn2),
    /// numpy's `npy_logaddexp` and `npy_logaddexp2`.
    LogAddExp,
    LogAddExp2,
    /// `np.logical_and/or/xor`: the truth of each side.
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl BinKind {
    pub fn from_symbol(sym: &str) -> BinKind {
        match sym {
            "+" => BinKind::Add,
            "-" => BinKind::Sub,
            "*" => BinKind::Mul,
            "/" => BinKind::Div,
            "//" => BinKind::FloorDiv,
            "%" => BinKind::Mod,
            "**" => BinKind::Pow,
            "&" => BinKind::And,
            "|" => BinKind::Or,
            "^" => BinKind::Xor,
            "<<" => BinKind::Shl,
            _ => BinKind::Shr,
        }
    }
}

/// One side of an elementwise operation: an array of a dtype, or a scalar
/// passed as an int64 or float64 slot.
#[derive(Clone, Copy, Debug)]
pub enum Operand {
    Array(DType),
    Int,
    Float,
}

impl Operand {
    /// How a value of type `t` takes part in an elementwise operation.
    pub fn of(t: &Type) -> Operand {
        match t {
            Type::Array(a) => Operand::Array(a.dtype),
            t if t.is_float() => Operand::Float,
            _ => Operand::Int,
        }
    }
}

/// The slot type an operand is passed as: arrays as themselves, scalars as
/// int64 or float64.
pub fn slot_type(t: &Type) -> Type {
    match t {
        Type::Array(_) => t.clone(),
        t if t.is_float() => Type::F64,
        _ => Type::Int(crate::types::IntTy::I64),
    }
}

pub struct BinAux {
    pub op: BinKind,
    pub lhs: Operand,
    pub rhs: Operand,
    pub out: DType,
}

impl BinAux {
    /// `op` of operands of types `lhs` and `rhs` (arrays or scalars),
    /// giving elements of dtype `out`.
    pub fn new(op: BinKind, lhs: &Type, rhs: &Type, out: DType) -> BinAux {
        BinAux {
            op,
            lhs: Operand::of(lhs),
            rhs: Operand::of(rhs),
            out,
        }
    }
}

fn apply(op: BinKind, float: bool, a: Num, b: Num) -> VmResult<Num> {
    let f = |v: Num| match v {
        Num::F(x) => x,
        Num::I(x) => x as f64,
    };
    let i = |v: Num| match v {
        Num::F(x) => x as i64,
        Num::I(x) => x,
    };
    let cmp = |o: std::cmp::Ordering| -> Num {
        use std::cmp::Ordering::*;
        Num::I(match op {
            BinKind::Lt => o == Less,
            BinKind::Le => o != Greater,
            BinKind::Gt => o == Greater,
            BinKind::Ge => o != Less,
            BinKind::Eq => o == Equal,
            _ => o != Equal,
        } as i64)
    };
    if matches!(
        op,
        BinKind::LogicalAnd | BinKind::LogicalOr | BinKind::LogicalXor
    ) {
        let truth = |v: Num| match v {
            Num::F(x) => x != 0.0,
            Num::I(x) => x != 0,
        };
        let (x, y) = (truth(a), truth(b));
        return Ok(Num::I(i64::from(match op {
            BinKind::LogicalAnd => x && y,
            BinKind::LogicalOr => x || y,
            _ => x != y,
        })));
    }
    if matches!(
        op,
        BinKind::Lt | BinKind::Le | BinKind::Gt | BinKind::Ge | BinKind::Eq | BinKind::Ne
    ) {
        return Ok(if float {
            match f(a).partial_cmp(&f(b)) {
                Some(o) => cmp(o),
                None => Num::I((op == BinKind::Ne) as i64),
            }
        } else {
            cmp(i(a).cmp(&i(b)))
        });
    }
    if float {
        let (x, y) = (f(a), f(b));
        return Ok(Num::F(match op {
            BinKind::Add => x + y,
            BinKind::Sub => x - y,
            BinKind::Mul => x * y,
            BinKind::Div => x / y,
            BinKind::FloorDiv => (x / y).floor(),
            BinKind::Mod => {
                let m = x % y;
                if m != 0.0 && (m < 0.0) != (y < 0.0) {
                    m + y
                } else {
                    m
                }
            }
            BinKind::Pow => x.powf(y),
            BinKind::Fmod => x % y,
            BinKind::Min => {
                if x.is_nan() || x <= y {
                    x
                } else {
                    y
                }
            }
            BinKind::Max => {
                if x.is_nan() || x >= y {
                    x
                } else {
                    y
                }
            }
            BinKind::FMin => {
                if x <= y || y.is_nan() {
                    x
                } else {
                    y
                }
            }
            BinKind::FMax => {
                if x >= y || y.is_nan() {
                    x
                } else {
                    y
                }
            }
            BinKind::Math2(f) => interp::math2(Some(f), x, y)?,
            BinKind::LogAddExp => logaddexp(x, y, false),
            BinKind::LogAddExp2 => logaddexp(x, y, true),
            _ => return err("TypeError", "bitwise operations need integer arrays"),
        }));
    }
    let (x, y) = (i(a), i(b));
    Ok(match op {
        BinKind::Add => Num::I(x.wrapping_add(y)),
        BinKind::Sub => Num::I(x.wrapping_sub(y)),
        BinKind::Mul => Num::I(x.wrapping_mul(y)),
        BinKind::Div => Num::F(x as f64 / y as f64),
        // numpy gives 0 for integer division by zero.
        BinKind::FloorDiv => Num::I(interp::floordiv(x, y).unwrap_or(0)),
        BinKind::Mod => Num::I(interp::floormod(x, y).unwrap_or(0)),
        BinKind::Fmod => Num::I(x.checked_rem(y).unwrap_or(0)),
        BinKind::Pow => Num::I(interp::ipow(x, y).map_err(|_| {
            VmError::new(
                "ValueError",
                "Integers to negative integer powers are not allowed.",
            )
        })?),
        BinKind::And => Num::I(x & y),
        BinKind::Or => Num::I(x | y),
        BinKind::Xor => Num::I(x ^ y),
        BinKind::Shl => Num::I(if (0..64).contains(&y) { x << y } else { 0 }),
        BinKind::Shr => Num::I(if (0..64).contains(&y) {
            x >> y
        } else {
            x >> 63
        }),
        BinKind::Min | BinKind::FMin => Num::I(x.min(y)),
        BinKind::Max | BinKind::FMax => Num::I(x.max(y)),
        BinKind::Gcd => Num::I(gcd(x, y)),
        BinKind::Lcm => Num::I(match gcd(x, y) {
            0 => 0,
            g => (x / g).wrapping_mul(y).wrapping_abs(),
        }),
        _ => Num::I(0),
    })
}

/// numpy's `npy_logaddexp` (`log(e**x + e**y)`) and, with `base2`,
/// `npy_logaddexp2` (`log2(2**x + 2**y)`).
pub fn logaddexp(x: f64, y: f64, base2: bool) -> f64 {
    if x == y {
        // Infinities of one sign stay themselves.
        return if base2 {
            x + 1.0
        } else {
            x + std::f64::consts::LN_2
        };
    }
    let tmp = x - y;
    let tail = |d: f64| {
        if base2 {
            std::f64::consts::LOG2_E * d.exp2().ln_1p()
        } else {
            d.exp().ln_1p()
        }
    };
    if tmp > 0.0 {
        x + tail(-tmp)
    } else if tmp <= 0.0 {
        y + tail(tmp)
    } else {
        tmp
    }
}

/// A shape as numpy's C-level messages print it: `(2,3)`, `(3,)`.
fn tight_shape(shape: &[i64]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => {
            let dims: Vec<String> = shape.iter().map(i64::to_string).collect();
            format!("({})", dims.join(","))
        }
    }
}

/// numpy's error for an output array whose shape is not the broadcast one.
pub(crate) fn out_shape_error(out: &[i64], shape: &[i64]) -> VmError {
    VmError::new(
        "ValueError",
        format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            tight_shape(out),
            tight_shape(shape)
        ),
    )
}

/// Broadcast shape of two operands (scalars have none).
pub(crate) fn broadcast(a: &[i64], b: &[i64]) -> VmResult<Vec<i64>> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    for k in 0..n {
        let x = if k + a.len() >= n {
            a[k + a.len() - n]
        } else {
            1
        };
        let y = if k + b.len() >= n {
            b[k + b.len() - n]
        } else {
            1
        };
        out[k] = if x == y || y == 1 {
            x
        } else if x == 1 {
            y
        } else {
            return err(
                "ValueError",
                // numpy's message ends with a space.
                format!(
                    "operands could not be broadcast together with shapes {} {} ",
                    shape_repr(a),
                    shape_repr(b)
                ),
            );
        };
    }
    Ok(out)
}

/// Byte offsets of an operand's elements for each element of the
/// broadcast shape.
pub(crate) fn broadcast_offsets(a: &ArrayObj, shape: &[i64]) -> Vec<isize> {
    let n = shape.len();
    let mut strides = [0i64; MAX_NDIM];
    for k in 0..a.ndim as usize {
        let d = n - a.ndim as usize + k;
        strides[d] = if a.shape[k] == 1 { 0 } else { a.strides[k] };
    }
    let view = ArrayObj::view(a.dtype, a.itemsize, a.data, shape, &strides[..n], 0);
    let offs = arr(view).offsets();
    decref(view);
    offs
}

pub(crate) fn operand_values(side: Operand, slot: u64, shape: &[i64], float: bool) -> Vec<Num> {
    let total: i64 = shape.iter().product();
    match side {
        Operand::Array(dt) => {
            let a = arr(slot);
            broadcast_offsets(a, shape)
                .into_iter()
                .map(|o| {
                    // SAFETY: broadcast offsets stay within the operand.
                    unsafe {
                        let p = a.data.offset(o);
                        if float {
                            Num::F(load_f(dt, p))
                        } else {
                            Num::I(load_i(dt, p))
                        }
                    }
                })
                .collect()
        }
        Operand::Int => vec![
            if float {
                Num::F(slot as i64 as f64)
            } else {
                Num::I(slot as i64)
            };
            total as usize
        ],
        Operand::Float => vec![Num::F(f64::from_bits(slot)); total as usize],
    }
}

pub(crate) fn operand_shape(side: Operand, slot: u64) -> Vec<i64> {
    match side {
        Operand::Array(_) => arr(slot).shape().to_vec(),
        _ => Vec::new(),
    }
}

fn is_float(side: Operand) -> bool {
    match side {
        Operand::Array(dt) => dt.is_float(),
        Operand::Float => true,
        Operand::Int => false,
    }
}

/// The elementwise results and their shape.
fn compute(aux: &BinAux, l: u64, r: u64) -> VmResult<(Vec<i64>, Vec<Num>)> {
    let shape = broadcast(&operand_shape(aux.lhs, l), &operand_shape(aux.rhs, r))?;
    let float =
        is_float(aux.lhs) || is_float(aux.rhs) || (aux.out.is_float() && aux.op != BinKind::Div);
    let a = operand_values(aux.lhs, l, &shape, float);
    let b = operand_values(aux.rhs, r, &shape, float);
    let vals = a
        .into_iter()
        .zip(b)
        .map(|(x, y)| apply(aux.op, float, x, y))
        .collect::<VmResult<Vec<Num>>>()?;
    Ok((shape, vals))
}

pub fn binop(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (shape, vals) = compute(aux, args[0], args[1])?;
    let res =
        ArrayObj::zeros(aux.out, aux.out.scalar_size().unwrap_or(8), &shape).ok_or_else(oom)?;
    let r = arr(res);
    for (i, v) in vals.into_iter().enumerate() {
        // SAFETY: `i` within the new array.
        unsafe { store_num(aux.out, r.data.add(i * r.itemsize as usize), v) };
    }
    out[0] = res;
    Ok(())
}

/// `a op= b`: in place, the result cast to `a`'s dtype.
pub fn binop_into(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (shape, vals) = compute(aux, args[0], args[1])?;
    if shape.as_slice() != a.shape() {
        return Err(out_shape_error(a.shape(), &shape));
    }
    for (o, v) in a.offsets().into_iter().zip(vals) {
        // SAFETY: offsets of the array's elements.
        unsafe { store_num(a.dtype, a.data.offset(o), v) };
    }
    Ok(())
}

/// `view[...] = x`: a scalar fills, an array is broadcast and copied.
pub fn assign_slice(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let dst = arr(args[0]);
    match &site.arg_types[1] {
        Type::Array(src_t) => {
            let src = arr(args[1]);
            broadcast(src.shape(), dst.shape()).and_then(|s| {
                if s.as_slice() == dst.shape() {
                    Ok(())
                } else {
                    err(
                        "ValueError",
                        format!(
                            "could not broadcast input array from shape {} into shape {}",
                            shape_repr(src.shape()),
                            shape_repr(dst.shape())
                        ),
                    )
                }
            })?;
            let float = src_t.dtype.is_float();
            let vals = operand_values(Operand::Array(src_t.dtype), args[1], dst.shape(), float);
            for (o, v) in dst.offsets().into_iter().zip(vals) {
                // SAFETY: offsets of the destination's elements.
                unsafe { store_num(dst.dtype, dst.data.offset(o), v) };
            }
        }
        src_t @ (Type::List(_) | Type::Tuple(_)) => {
            // A list or tuple of numbers is a 1-D source, broadcast the
            // same way.
            let vals: Vec<Num> = match src_t {
                Type::List(el) => {
                    // SAFETY: the site passes a list.
                    let l = unsafe { crate::value::obj::<ListObj>(args[1]) };
                    l.slots.iter().map(|&v| num_arg(el, v)).collect()
                }
                // A tuple of numbers: one slot each, after the array's.
                Type::Tuple(items) => items
                    .iter()
                    .zip(&args[1..])
                    .map(|(t, &v)| num_arg(t, v))
                    .collect(),
                _ => Vec::new(),
            };
            let shape = [vals.len() as i64];
            let fits = broadcast(&shape, dst.shape()).is_ok_and(|s| s.as_slice() == dst.shape());
            if !fits || (vals.is_empty() && dst.size() != 0) {
                return err(
                    "ValueError",
                    format!(
                        "could not broadcast input array from shape {} into shape {}",
                        shape_repr(&shape),
                        shape_repr(dst.shape())
                    ),
                );
            }
            for (o, v) in dst.offsets().into_iter().zip(vals.iter().cycle()) {
                // SAFETY: offsets of the destination's elements.
                unsafe { store_num(dst.dtype, dst.data.offset(o), *v) };
            }
        }
        t => fill_with(dst, num_arg(t, args[1])),
    }
    Ok(())
}

/// What each position of an index does to an array.
#[derive(Clone, Copy, Debug)]
pub enum SliceDim {
    Index,
    Slice {
        lower: bool,
        upper: bool,
        step: bool,
    },
}

pub struct SliceAux {
    pub dims: Vec<SliceDim>,
}

/// A view: integer positions drop a dimension, slices keep it.
pub fn slice(
    _vm: &mut Vm,
    _site: &NativeSite,
    plan: &SliceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let mut k = 1;
    let mut next = || {
        k += 1;
        args[k - 1] as i64
    };
    let mut data = a.data;
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    for (d, dim) in plan.dims.iter().enumerate() {
        let (len, stride) = (a.shape[d], a.strides[d]);
        match *dim {
            SliceDim::Index => {
                let i = next();
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(interp::index_error(i, len, d));
                }
                // SAFETY: the index is in bounds.
                data = unsafe { data.offset((j * stride) as isize) };
            }
            SliceDim::Slice { lower, upper, step } => {
                let l = lower.then(&mut next);
                let u = upper.then(&mut next);
                let s = step.then(&mut next);
                let (start, stop, st) = crate::lib_base::slice_indices(len, l, u, s)?;
                let n = crate::lib_base::slice_positions(start, stop, st).count() as i64;
                if n > 0 {
                    // SAFETY: the start is in bounds when the slice is
                    // not empty.
                    data = unsafe { data.offset((start * stride) as isize) };
                }
                shape.push(n);
                strides.push(stride * st);
            }
        }
    }
    for d in plan.dims.len()..a.ndim as usize {
        shape.push(a.shape[d]);
        strides.push(a.strides[d]);
    }
    incref(a.base);
    out[0] = ArrayObj::view(a.dtype, a.itemsize, data, &shape, &strides, a.base);
    Ok(())
}

/// One field of a record array as a strided array; aux holds the field's
/// offset and dtype.
pub fn field_array(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(u32, DType),
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let &(off, dt) = aux;
    let a = arr(args[0]);
    incref(a.base);
    // SAFETY: the field lies inside each record.
    let data = unsafe { a.data.add(off as usize) };
    out[0] = ArrayObj::view(
        dt,
        dt.scalar_size().unwrap_or(8),
        data,
        a.shape(),
        a.strides(),
        a.base,
    );
    Ok(())
}

pub struct ConcatAux {
    pub new: NewAux,
    pub axis: u8,
    /// The axis is not a constant: it follows the arrays in the arguments.
    pub runtime_axis: bool,
}

/// `np.concatenate((a, b, ...), axis)`: the arrays are the argument slots.
pub fn concatenate(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &ConcatAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (args, ax) = match (aux.runtime_axis, args.split_last()) {
        (true, Some((&v, parts))) => (parts, check_axis(v as i64, aux.new.ndim)? as usize),
        _ => (args, aux.axis as usize),
    };
    let parts: Vec<&ArrayObj> = args.iter().map(|&s| arr(s)).collect();
    let mut shape = parts[0].shape().to_vec();
    shape[ax] = 0;
    for (k, p) in parts.iter().enumerate() {
        for (d, &want) in shape.iter().enumerate() {
            if d != ax && p.shape[d] != want {
                return err(
                    "ValueError",
                    format!(
                        "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {} has size {}",
                        want,
                        k,
                        p.shape[d]
                    ),
                );
            }
        }
        shape[ax] += p.shape[ax];
    }
    let res = new_array(&aux.new, &shape)?;
    let r = arr(res);
    // Copy each part into its slab of the result along the axis.
    let mut start = 0i64;
    for p in parts {
        // SAFETY: the slab lies inside the result.
        let base = unsafe { r.data.offset((start * r.strides[ax]) as isize) };
        let slab = ArrayObj::view(r.dtype, r.itemsize, base, p.shape(), r.strides(), 0);
        let float = aux.new.dtype.is_float();
        let vals = operand_values(
            Operand::Array(p.dtype),
            p as *const ArrayObj as u64,
            p.shape(),
            float,
        );
        for (o, v) in arr(slab).offsets().into_iter().zip(vals) {
            // SAFETY: offsets of the slab, inside the result.
            unsafe { store_num(aux.new.dtype, base.offset(o), v) };
        }
        decref(slab);
        start += p.shape[ax];
    }
    out[0] = res;
    Ok(())
}

/// A record element of a record array, by index: a view into the array.
pub fn record_elem(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let i = args[1] as i64;
    let j = if i < 0 { i + a.shape[0] } else { i };
    if j < 0 || j >= a.shape[0] {
        return Err(interp::index_error(i, a.shape[0], 0));
    }
    incref(a.base);
    // SAFETY: the index is in bounds.
    out[0] = RecordObj::view(
        unsafe { a.data.offset((j * a.strides[0]) as isize) },
        a.base,
    );
    Ok(())
}

/// A record view at an address inside the first argument's memory (an
/// array, a record or C data), which it keeps alive.
pub fn record_at(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let owner = match &site.arg_types[0] {
        Type::Array(_) => arr(args[0]).base,
        // SAFETY: record slots hold records.
        Type::Record(_) => unsafe { obj::<RecordObj>(args[0]).base },
        Type::CData(_) => args[0],
        _ => 0,
    };
    if args[1] == 0 {
        return err("ValueError", "NULL pointer access");
    }
    incref(owner);
    out[0] = RecordObj::view(args[1] as *mut u8, owner);
    Ok(())
}

/// A nested struct field as a record view; the offset is the site's aux.
pub fn field_view(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &u32,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let off = *aux as usize;
    let (base, owner) = match &site.arg_types[0] {
        // SAFETY: record slots hold records.
        Type::Record(_) => unsafe {
            let r = obj::<RecordObj>(args[0]);
            (r.data, r.base)
        },
        // SAFETY: C data slots hold records (owned C memory).
        Type::CData(_) => unsafe { (obj::<RecordObj>(args[0]).data, args[0]) },
        _ => (args[0] as *mut u8, 0),
    };
    if base.is_null() {
        return err("ValueError", "NULL pointer access");
    }
    incref(owner);
    // SAFETY: the field lies inside the struct.
    out[0] = RecordObj::view(unsafe { base.add(off) }, owner);
    Ok(())
}

/// Which of `np.set_printoptions`' options a site gives, in the order of
/// its argument slots: precision, threshold (float64), edgeitems,
/// linewidth, suppress.
#[derive(Clone, Copy, Debug)]
pub struct PrintOptsAux {
    pub given: [bool; 5],
}

/// `np.set_printoptions(...)`: the options given change, the others stay.
pub fn set_printoptions(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &PrintOptsAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let mut o = vm.printopts;
    let mut slots = args.iter().copied();
    let mut next = |i: usize| if aux.given[i] { slots.next() } else { None };
    let count = |v: u64, name: &str| -> VmResult<usize> {
        usize::try_from(v as i64).or_else(|_| err("ValueError", format!("{name} must be >= 0")))
    };
    if let Some(v) = next(0) {
        o.precision = count(v, "precision")?;
    }
    if let Some(v) = next(1) {
        let t = f64::from_bits(v);
        if t.is_nan() {
            return err(
                "ValueError",
                "threshold must be non-NAN, try sys.maxsize for untruncated representation",
            );
        }
        o.threshold = if t < 0.0 { 0 } else { t as usize };
    }
    if let Some(v) = next(2) {
        o.edgeitems = count(v, "edgeitems")?;
    }
    if let Some(v) = next(3) {
        o.linewidth = count(v, "linewidth")?;
    }
    if let Some(v) = next(4) {
        o.suppress = v != 0;
    }
    vm.printopts = o;
    Ok(())
}

/// The elements of an array in C order, as int64 or float64.
fn values_of(a: &ArrayObj, float: bool) -> Vec<Num> {
    operand_values(
        Operand::Array(a.dtype),
        a as *const ArrayObj as u64,
        a.shape(),
        float,
    )
}

/// A new C-ordered array of `dt` holding `vals`.
fn array_of(dt: DType, shape: &[i64], vals: impl IntoIterator<Item = Num>) -> VmResult<u64> {
    let size = dt.scalar_size().unwrap_or(8);
    let res = ArrayObj::zeros(dt, size, shape).ok_or_else(oom)?;
    let r = arr(res);
    for (i, v) in vals.into_iter().enumerate() {
        // SAFETY: `i` counts the elements of the new array.
        unsafe { store_num(dt, r.data.add(i * size as usize), v) };
    }
    Ok(res)
}

/// `np.eye(N, M, k)` and `np.identity(n)`: ones on the k-th diagonal.
pub fn eye(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (n, m, k) = (args[0] as i64, args[1] as i64, args[2] as i64);
    let res = new_array(aux, &[n, m])?;
    let r = arr(res);
    for i in 0..n {
        let j = i + k;
        if (0..m).contains(&j) {
            let off = i * r.strides[0] + j * r.strides[1];
            // SAFETY: (i, j) is inside the n x m array.
            unsafe { store_num(aux.dtype, r.data.offset(off as isize), Num::I(1)) };
        }
    }
    out[0] = res;
    Ok(())
}

/// `np.expand_dims(a, axis)`: a view with a new axis of length 1.
pub fn expand_dims(
    _vm: &mut Vm,
    _site: &NativeSite,
    axis: &u8,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let ax = *axis as usize;
    let mut shape = a.shape().to_vec();
    let mut strides = a.strides().to_vec();
    let stride = strides
        .get(ax)
        .map_or(a.itemsize as i64, |&s| s * shape[ax]);
    shape.insert(ax, 1);
    strides.insert(ax, stride);
    incref(a.base);
    out[0] = ArrayObj::view(a.dtype, a.itemsize, a.data, &shape, &strides, a.base);
    Ok(())
}

/// `np.ptp(a)`: max minus min, in the array's dtype (integers wrap).
pub fn ptp(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let float = a.dtype.is_float();
    let vals = values_of(a, float);
    if vals.is_empty() {
        return err(
            "ValueError",
            "zero-size array to reduction operation maximum which has no identity",
        );
    }
    let hi = reduce_seq(ReduceOp::Max, a.dtype, &vals)?;
    let lo = reduce_seq(ReduceOp::Min, a.dtype, &vals)?;
    let d = match (hi, lo) {
        (Num::F(x), Num::F(y)) => Num::F(x - y),
        (Num::I(x), Num::I(y)) => Num::I(x.wrapping_sub(y)),
        _ => return err("TypeError", "ptp of mixed values"),
    };
    out[0] = num_slot(d, a.dtype);
    Ok(())
}

/// Along the last axis of `a`: `f` maps each row's values to the result's
/// row (all rows the same length), giving an array of `dt`.
fn by_rows(a: &ArrayObj, float: bool, dt: DType, f: impl Fn(&[Num]) -> Vec<Num>) -> VmResult<u64> {
    let vals = values_of(a, float);
    let len = a.shape().last().copied().unwrap_or(0).max(0) as usize;
    let mut shape = a.shape().to_vec();
    let mut out = Vec::with_capacity(vals.len());
    let mut row_len = 0;
    if len > 0 {
        for row in vals.chunks(len) {
            let r = f(row);
            row_len = r.len();
            out.extend(r);
        }
    } else {
        row_len = f(&[]).len();
    }
    if let Some(last) = shape.last_mut() {
        *last = row_len as i64;
    }
    array_of(dt, &shape, out)
}

/// `np.diff(a)`: differences along the last axis.
pub fn diff(
    _vm: &mut Vm,
    _site: &NativeSite,
    dt: &DType,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    out[0] = by_rows(a, dt.is_float(), *dt, |row| {
        row.windows(2)
            .map(|w| match (w[0], w[1]) {
                (Num::F(x), Num::F(y)) => Num::F(y - x),
                (Num::I(x), Num::I(y)) => Num::I(y.wrapping_sub(x)),
                (x, y) => Num::F(num_f(y) - num_f(x)),
            })
            .collect()
    })?;
    Ok(())
}

pub(crate) fn num_f(v: Num) -> f64 {
    match v {
        Num::F(x) => x,
        Num::I(x) => x as f64,
    }
}

/// `np.argsort(a)`: along the last axis, a stable sort (numpy's
/// quicksort agrees except in the order of equal values of long rows);
/// NaN sorts last.
pub fn argsort(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let float = a.dtype.is_float();
    out[0] = by_rows(a, float, DType::I64, |row| {
        let mut idx: Vec<usize> = (0..row.len()).collect();
        idx.sort_by(|&i, &j| match (row[i], row[j]) {
            (Num::F(x), Num::F(y)) => match (x.is_nan(), y.is_nan()) {
                (false, false) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
                (nx, ny) => nx.cmp(&ny),
            },
            (Num::I(x), Num::I(y)) => x.cmp(&y),
            (x, y) => num_f(x).total_cmp(&num_f(y)),
        });
        idx.into_iter().map(|i| Num::I(i as i64)).collect()
    })?;
    Ok(())
}

/// What `nonzero` gives: one index array per axis, the flat indices, or
/// an (N, ndim) array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NonzeroKind {
    PerAxis,
    Flat,
    Argwhere,
}

/// `np.nonzero(a)` (and `np.where(a)`), `np.flatnonzero(a)`,
/// `np.argwhere(a)`.
pub fn nonzero(
    _vm: &mut Vm,
    _site: &NativeSite,
    kind: &NonzeroKind,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let vals = values_of(a, a.dtype.is_float());
    let shape = a.shape();
    let hits: Vec<usize> = vals
        .iter()
        .enumerate()
        .filter(|(_, v)| match v {
            Num::F(x) => *x != 0.0,
            Num::I(x) => *x != 0,
        })
        .map(|(i, _)| i)
        .collect();
    // The multi-index of flat index i.
    let index = |mut i: usize| -> Vec<i64> {
        let mut ix = vec![0i64; shape.len()];
        for d in (0..shape.len()).rev() {
            let n = shape[d].max(1) as usize;
            ix[d] = (i % n) as i64;
            i /= n;
        }
        ix
    };
    let n = hits.len() as i64;
    match kind {
        NonzeroKind::Flat => {
            out[0] = array_of(DType::I64, &[n], hits.iter().map(|&i| Num::I(i as i64)))?;
        }
        NonzeroKind::Argwhere => {
            let all = hits.iter().flat_map(|&i| index(i)).map(Num::I);
            out[0] = array_of(DType::I64, &[n, shape.len() as i64], all)?;
        }
        NonzeroKind::PerAxis => {
            let idx: Vec<Vec<i64>> = hits.iter().map(|&i| index(i)).collect();
            for (d, slot) in out.iter_mut().enumerate().take(shape.len()) {
                match array_of(DType::I64, &[n], idx.iter().map(|ix| Num::I(ix[d]))) {
                    Ok(r) => *slot = r,
                    Err(e) => {
                        out[..d].iter().for_each(|&s| decref(s));
                        return Err(e);
                    }
                }
            }
        }
    }
    Ok(())
}

/// How `stack` and friends join their arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackKind {
    /// `np.stack(arrays, axis)`: along a new axis.
    Stack(u8),
    Hstack,
    Vstack,
    Dstack,
    ColumnStack,
}

#[derive(Clone, Copy, Debug)]
pub struct StackAux {
    pub kind: StackKind,
    pub new: NewAux,
    /// The arrays come as one list (else as a tuple's slots).
    pub from_list: bool,
}

/// `np.stack`, `np.hstack`, `np.vstack`, `np.dstack`, `np.column_stack`:
/// each array seen with the dimensions numpy gives it, then concatenated.
pub fn stack(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &StackAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let slots: Vec<u64> = if aux.from_list {
        // SAFETY: the site passes a list of arrays.
        unsafe { crate::value::obj::<ListObj>(args[0]) }
            .slots
            .clone()
    } else {
        args.to_vec()
    };
    if slots.is_empty() {
        return err("ValueError", "need at least one array to concatenate");
    }
    let parts: Vec<&ArrayObj> = slots.iter().map(|&s| arr(s)).collect();
    if let StackKind::Stack(_) = aux.kind {
        if let Some(p) = parts.iter().find(|p| p.shape() != parts[0].shape()) {
            let _ = p;
            return err("ValueError", "all input arrays must have the same shape");
        }
    }
    let (axis, views): (usize, Vec<u64>) = {
        let mut views = Vec::new();
        let mut axis = 0;
        for p in &parts {
            let (mut shape, mut strides) = (p.shape().to_vec(), p.strides().to_vec());
            let item = p.itemsize as i64;
            axis = match (aux.kind, p.ndim) {
                (StackKind::Stack(ax), _) => {
                    shape.insert(ax as usize, 1);
                    strides.insert(ax as usize, item);
                    ax as usize
                }
                (StackKind::Hstack, 1) => 0,
                (StackKind::Hstack, _) => 1,
                (StackKind::Vstack, 1) => {
                    shape.insert(0, 1);
                    strides.insert(0, item);
                    0
                }
                (StackKind::Vstack, _) => 0,
                (StackKind::ColumnStack, 1) => {
                    shape.push(1);
                    strides.push(item);
                    1
                }
                (StackKind::ColumnStack, _) => 1,
                (StackKind::Dstack, nd) => {
                    if nd == 1 {
                        shape.insert(0, 1);
                        strides.insert(0, item);
                    }
                    if nd <= 2 {
                        shape.push(1);
                        strides.push(item);
                    }
                    2
                }
            };
            views.push(ArrayObj::view(
                p.dtype, p.itemsize, p.data, &shape, &strides, 0,
            ));
        }
        (axis, views)
    };
    let caux = ConcatAux {
        new: aux.new,
        axis: axis as u8,
        runtime_axis: false,
    };
    let res = concatenate(_vm, _site, &caux, &views, out);
    views.into_iter().for_each(decref);
    res
}

/// Byte offsets, in C order, of the elements of a block of `shape` with
/// `strides`.
pub(crate) fn block_offsets(shape: &[i64], strides: &[i64]) -> Vec<isize> {
    let mut out = vec![0isize];
    for (&n, &s) in shape.iter().zip(strides) {
        let n = n.max(0) as isize;
        out = out
            .iter()
            .flat_map(|&o| (0..n).map(move |i| o + i * s as isize))
            .collect();
    }
    out
}

/// The array positions an index array selects: the byte offset of each
/// selected block, and the result's leading dimensions. A bool mask
/// covers the first axes (its shape must match them); an int array picks
/// along axis 0 (negative indices count from the end).
fn selected(a: &ArrayObj, idx: &ArrayObj) -> VmResult<(Vec<isize>, Vec<i64>, usize)> {
    let shape = a.shape();
    if idx.dtype == DType::Bool {
        let k = idx.ndim as usize;
        if k > shape.len() {
            return err(
                "IndexError",
                format!(
                    "too many indices for array: array is {}-dimensional, but {k} were indexed",
                    shape.len()
                ),
            );
        }
        for (d, (&n, &m)) in shape.iter().zip(idx.shape()).enumerate() {
            if m != n {
                return err(
                    "IndexError",
                    format!(
                        "boolean index did not match indexed array along axis {d}; size of axis is {n} but size of corresponding boolean axis is {m}"
                    ),
                );
            }
        }
        let mask = values_of(idx, false);
        let bases = block_offsets(&shape[..k], &a.strides()[..k]);
        let picked: Vec<isize> = bases
            .into_iter()
            .zip(mask)
            .filter(|(_, m)| matches!(m, Num::I(v) if *v != 0))
            .map(|(o, _)| o)
            .collect();
        let n = picked.len() as i64;
        return Ok((picked, vec![n], k));
    }
    let len = shape[0];
    let mut picked = Vec::new();
    for v in values_of(idx, false) {
        let Num::I(i) = v else {
            return err(
                "IndexError",
                "arrays used as indices must be of integer type",
            );
        };
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            return err(
                "IndexError",
                format!("index {i} is out of bounds for axis 0 with size {len}"),
            );
        }
        picked.push((j * a.strides[0]) as isize);
    }
    Ok((picked, idx.shape().to_vec(), 1))
}

/// `a[idx]` with a bool mask or an int array: a new array of the picked
/// elements (numpy's advanced indexing always copies).
pub fn take(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (a, idx) = (arr(args[0]), arr(args[1]));
    let (picked, lead, k) = selected(a, idx)?;
    out[0] = gather(a, picked, lead, k)?;
    Ok(())
}

/// `a[i0, i1, ...]` with int arrays and ints as the first indices (at
/// least one an array, no slices): which index items are arrays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiIndex {
    pub arrays: Vec<bool>,
}

impl MultiIndex {
    /// The multi-index a tuple of index items is, if it is one.
    pub fn of(items: &[Type]) -> Option<MultiIndex> {
        let arrays: Vec<bool> = items
            .iter()
            .map(|t| matches!(t, Type::Array(a) if a.dtype.is_int()))
            .collect();
        let ok = items
            .iter()
            .all(|t| t.is_int() || matches!(t, Type::Array(a) if a.dtype.is_int()));
        (ok && arrays.contains(&true)).then_some(MultiIndex { arrays })
    }
}

/// The element offsets `a[i0, i1, ...]` selects (one per position of the
/// index arrays broadcast together), that shape, and how many axes the
/// index consumed.
fn selected_multi(
    a: &ArrayObj,
    m: &MultiIndex,
    idx: &[u64],
) -> VmResult<(Vec<isize>, Vec<i64>, usize)> {
    let arrays: Vec<&ArrayObj> = m
        .arrays
        .iter()
        .zip(idx)
        .filter(|(is, _)| **is)
        .map(|(_, &s)| arr(s))
        .collect();
    let mut lead: Vec<i64> = Vec::new();
    for ix in &arrays {
        lead = broadcast(&lead, ix.shape()).map_err(|_| {
            let shapes: String = arrays.iter().map(|x| shape_repr(x.shape()) + " ").collect();
            VmError::new(
                "IndexError",
                format!("shape mismatch: indexing arrays could not be broadcast together with shapes {shapes}"),
            )
        })?;
    }
    let n = lead.iter().product::<i64>().max(0) as usize;
    let mut picked = vec![0isize; n];
    for (d, (&is, &s)) in m.arrays.iter().zip(idx).enumerate() {
        let (len, stride) = (a.shape()[d], a.strides()[d] as isize);
        let at = |i: i64| -> VmResult<isize> {
            let j = if i < 0 { i + len } else { i };
            if !(0..len).contains(&j) {
                return err(
                    "IndexError",
                    format!("index {i} is out of bounds for axis {d} with size {len}"),
                );
            }
            Ok(j as isize * stride)
        };
        if is {
            let ix = arr(s);
            for (p, o) in picked.iter_mut().zip(broadcast_offsets(ix, &lead)) {
                // SAFETY: a broadcast offset of one of the index's elements.
                *p += at(unsafe { load_i(ix.dtype, ix.data.offset(o)) })?;
            }
        } else {
            let o = at(s as i64)?;
            picked.iter_mut().for_each(|p| *p += o);
        }
    }
    Ok((picked, lead, m.arrays.len()))
}

/// `a[r, c]`: the selected elements (with the axes after the index) in a
/// new array.
pub fn take_multi(
    _vm: &mut Vm,
    _site: &NativeSite,
    m: &MultiIndex,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (picked, lead, k) = selected_multi(a, m, &args[1..])?;
    out[0] = gather(a, picked, lead, k)?;
    Ok(())
}

/// `a[r, c] = v`.
pub fn put_multi(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(MultiIndex, Operand),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (idx, v) = args[1..].split_at(args.len() - 2);
    let (picked, lead, k) = selected_multi(a, &aux.0, idx)?;
    scatter(a, picked, lead, k, &aux.1, v[0], false)
}

/// A new array of the blocks at `picked` (each the axes from `k` on).
pub(crate) fn gather(a: &ArrayObj, picked: Vec<isize>, lead: Vec<i64>, k: usize) -> VmResult<u64> {
    let rest = &a.shape()[k..];
    let inner = block_offsets(rest, &a.strides()[k..]);
    let mut shape = lead;
    shape.extend_from_slice(rest);
    let res = ArrayObj::zeros(a.dtype, a.itemsize, &shape).ok_or_else(oom)?;
    let r = arr(res);
    let size = a.itemsize as usize;
    let mut dst = r.data;
    for base in picked {
        for &o in &inner {
            // SAFETY: `base + o` is an element of `a`; `dst` walks the new
            // array, which has exactly one element per pair.
            unsafe {
                std::ptr::copy_nonoverlapping(a.data.offset(base + o), dst, size);
                dst = dst.add(size);
            }
        }
    }
    Ok(res)
}

/// `a[idx] = v` with a bool mask or an int array: `v` is a scalar (an
/// int64 or float64 slot) or an array shaped like the selection, like one
/// selected block, or of one element.
pub fn put(
    _vm: &mut Vm,
    _site: &NativeSite,
    value: &Operand,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (a, idx) = (arr(args[0]), arr(args[1]));
    let (picked, lead, k) = selected(a, idx)?;
    scatter(a, picked, lead, k, value, args[2], idx.dtype == DType::Bool)
}

/// Stores `value` (in `slot`) into the blocks at `picked`, broadcast as
/// numpy does; `mask` when a bool mask selected them.
fn scatter(
    a: &ArrayObj,
    picked: Vec<isize>,
    lead: Vec<i64>,
    k: usize,
    value: &Operand,
    slot: u64,
    mask: bool,
) -> VmResult<()> {
    let rest = a.shape()[k..].to_vec();
    let inner = block_offsets(&rest, &a.strides()[k..]);
    let count = picked.len() * inner.len();
    let float = a.dtype.is_float();
    let vals: Vec<Num> = match *value {
        Operand::Array(dt) => {
            let v = arr(slot);
            let vs = values_of(v, float || dt.is_float());
            let mut want = lead.clone();
            want.extend_from_slice(&rest);
            // Broadcasting: the value's shape is a trailing part of the
            // selection's (all of it, one block's, ...) or one element.
            if !vs.is_empty() && (want.ends_with(v.shape()) || vs.len() == 1) {
                vs.iter().cycle().take(count).copied().collect()
            } else if vs.is_empty() && count == 0 {
                vs
            } else if mask && v.ndim == 1 {
                return err(
                    "ValueError",
                    format!(
                        "NumPy boolean array indexing assignment cannot assign {} input values to the {count} output values where the mask is true",
                        vs.len()
                    ),
                );
            } else {
                return err(
                    "ValueError",
                    format!(
                        "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                        tight_shape(v.shape()),
                        tight_shape(&want)
                    ),
                );
            }
        }
        Operand::Float => vec![Num::F(f64::from_bits(slot)); count],
        Operand::Int => vec![Num::I(slot as i64); count],
    };
    let mut it = vals.into_iter();
    for base in picked {
        for &o in &inner {
            if let Some(v) = it.next() {
                // SAFETY: `base + o` is an element of `a`.
                unsafe { store_num(a.dtype, a.data.offset(base + o), v) };
            }
        }
    }
    Ok(())
}

/// Copies a ufunc's result into its `out=` array (broadcast to its shape,
/// cast to its dtype) and gives `out` (a new reference), releasing the
/// result. `ins` are a binary ufunc's operand shapes, for numpy's message.
fn into_out(res: u64, dst: u64, ins: Option<[Vec<i64>; 2]>, out: &mut [u64]) -> VmResult<()> {
    let (r, d) = (arr(res), arr(dst));
    if !d.shape().ends_with(r.shape()) {
        let msg = match ins {
            Some([a, b]) => VmError::new(
                "ValueError",
                format!(
                    "operands could not be broadcast together with shapes {} {} {} ",
                    shape_repr(&a),
                    shape_repr(&b),
                    shape_repr(d.shape())
                ),
            ),
            None => out_shape_error(d.shape(), r.shape()),
        };
        decref(res);
        return Err(msg);
    }
    let vals = values_of(r, r.dtype.is_float());
    if !vals.is_empty() {
        for (off, v) in d.offsets().into_iter().zip(vals.iter().cycle()) {
            // SAFETY: offsets of `dst`'s own elements.
            unsafe { store_num(d.dtype, d.data.offset(off), *v) };
        }
    }
    decref(res);
    incref(dst);
    out[0] = dst;
    Ok(())
}

/// A binary ufunc with `out`: the operands, then the output array.
pub fn binop_out(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let mut tmp = [0u64];
    binop(vm, site, aux, &args[..2], &mut tmp)?;
    let ins = [
        operand_shape(aux.lhs, args[0]),
        operand_shape(aux.rhs, args[1]),
    ];
    into_out(tmp[0], args[2], Some(ins), out)
}

/// An elementwise function of one array with `out`: the array, then the
/// output array.
pub fn map_out(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let mut tmp = [0u64];
    let (dst, ins) = args
        .split_last()
        .ok_or_else(|| VmError::new("TypeError", "no output"))?;
    map(vm, site, aux, ins, &mut tmp)?;
    into_out(tmp[0], *dst, None, out)
}

/// A run-time axis argument, counted from the end when negative.
fn check_axis(v: i64, ndim: u8) -> VmResult<u8> {
    let nd = ndim as i64;
    let ax = if v < 0 { v + nd } else { v };
    if !(0..nd).contains(&ax) {
        return err(
            "numpy.exceptions.AxisError",
            format!("axis {v} is out of bounds for array of dimension {nd}"),
        );
    }
    Ok(ax as u8)
}

/// `np.isclose` / `np.allclose`: operands, tolerances, and whether the
/// result is reduced to one bool.
#[derive(Clone, Copy, Debug)]
pub struct CloseAux {
    pub lhs: Operand,
    pub rhs: Operand,
    pub rtol: f64,
    pub atol: f64,
    pub equal_nan: bool,
    pub all: bool,
}

/// numpy's `isclose`: `|x - y| <= atol + rtol * |y|` where y is finite,
/// or `x == y`; NaNs equal when `equal_nan`. One bool per broadcast
/// element, or (`all`) whether every one holds; scalars give one bool.
pub fn isclose(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &CloseAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (ls, rs) = (
        operand_shape(aux.lhs, args[0]),
        operand_shape(aux.rhs, args[1]),
    );
    let shape = broadcast(&ls, &rs)?;
    let xs = operand_values(aux.lhs, args[0], &shape, true);
    let ys = operand_values(aux.rhs, args[1], &shape, true);
    let close = xs.iter().zip(&ys).map(|(x, y)| {
        let (x, y) = (num_f(*x), num_f(*y));
        ((x - y).abs() <= aux.atol + aux.rtol * y.abs() && y.is_finite())
            || x == y
            || (aux.equal_nan && x.is_nan() && y.is_nan())
    });
    if aux.all {
        out[0] = close.clone().all(|c| c) as u64;
    } else if shape.is_empty()
        && !matches!(aux.lhs, Operand::Array(_))
        && !matches!(aux.rhs, Operand::Array(_))
    {
        out[0] = close.clone().all(|c| c) as u64;
    } else {
        out[0] = array_of(DType::Bool, &shape, close.map(|c| Num::I(c as i64)))?;
    }
    Ok(())
}

/// `np.array_equal(a, b)`: the same shape and equal elements.
pub fn array_equal(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b) = (arr(args[0]), arr(args[1]));
    let float = a.dtype.is_float() || b.dtype.is_float();
    out[0] = (a.shape() == b.shape()
        && values_of(a, float)
            .iter()
            .zip(values_of(b, float))
            .all(|(x, y)| match (*x, y) {
                (Num::I(p), Num::I(q)) => p == q,
                (p, q) => num_f(p) == num_f(q),
            })) as u64;
    Ok(())
}

/// The greatest common divisor of |x| and |y| (wrapping as numpy's int64).
fn gcd(x: i64, y: i64) -> i64 {
    let (mut a, mut b) = (x.unsigned_abs(), y.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a as i64
}

/// numpy's `sign` of an integer scalar (an int64 slot).
pub fn int_sign(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = (args[0] as i64).signum() as u64;
    Ok(())
}

/// `a.view(dtype)`: the same bytes seen as another dtype; a different item
/// size rescales the last axis, which must be contiguous.
pub fn view_as(
    _vm: &mut Vm,
    _site: &NativeSite,
    to: &NewAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (old, new) = (a.itemsize as i64, to.itemsize as i64);
    let mut shape = a.shape().to_vec();
    let mut strides = a.strides().to_vec();
    if old != new {
        let last = shape.len() - 1;
        if strides[last] != old && shape[last] > 1 {
            return err(
                "ValueError",
                "To change to a dtype of a different size, the last axis must be contiguous",
            );
        }
        let bytes = shape[last] * old;
        if bytes % new != 0 {
            return err(
                "ValueError",
                if new < old {
                    "When changing to a smaller dtype, its size must be a divisor of the size of original dtype"
                } else {
                    "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array."
                },
            );
        }
        shape[last] = bytes / new;
        strides[last] = new;
    }
    incref(a.base);
    out[0] = ArrayObj::view(to.dtype, to.itemsize, a.data, &shape, &strides, a.base);
    Ok(())
}

/// Lookups over sorted data: `searchsorted`, `digitize`, `interp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupOp {
    /// `np.searchsorted(a, v, side)`: `right` for side='right'.
    Searchsorted { right: bool },
    /// `np.digitize(x, bins, right)`.
    Digitize { right: bool },
    /// `np.interp(x, xp, fp)`.
    Interp,
}

#[derive(Clone, Copy, Debug)]
pub struct LookupAux {
    pub op: LookupOp,
    /// How the looked-up values come: an array, or one scalar slot.
    pub v: Operand,
}

/// The first index in sorted `a` where `x` fits: after equal elements
/// when `right`. NaN sorts last.
fn search(a: &[f64], x: f64, right: bool) -> usize {
    // numpy's order: NaN after every number.
    let lt = |p: f64, q: f64| !p.is_nan() && (q.is_nan() || p < q);
    if right {
        a.partition_point(|&y| !lt(x, y))
    } else {
        a.partition_point(|&y| lt(y, x))
    }
}

/// numpy's `interp` of one value (numpy/_core/src/multiarray/compiled_base.c).
fn interp1(x: f64, xp: &[f64], fp: &[f64]) -> f64 {
    let n = xp.len();
    if x.is_nan() {
        return x;
    }
    if x < xp[0] {
        return fp[0];
    }
    if x > xp[n - 1] {
        return fp[n - 1];
    }
    if n == 1 || x == xp[n - 1] {
        return fp[n - 1];
    }
    let j = xp.partition_point(|&y| y <= x).saturating_sub(1).min(n - 2);
    if x == xp[j] {
        return fp[j];
    }
    let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
    let r = slope * (x - xp[j]) + fp[j];
    if r.is_nan() {
        let r2 = slope * (x - xp[j + 1]) + fp[j + 1];
        if r2.is_nan() && fp[j] == fp[j + 1] {
            return fp[j];
        }
        return r2;
    }
    r
}

/// `searchsorted`, `digitize` and `interp`: the sorted array (and for
/// interp the values at its points) first, the looked-up values last; an
/// array of results, or one for a scalar.
pub fn lookup(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &LookupAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let sorted: Vec<f64> = values_of(arr(args[0]), true)
        .into_iter()
        .map(num_f)
        .collect();
    let vslot = args[args.len() - 1];
    let vshape = operand_shape(aux.v, vslot);
    let xs: Vec<f64> = operand_values(aux.v, vslot, &vshape, true)
        .into_iter()
        .map(num_f)
        .collect();
    let fp: Vec<f64> = match aux.op {
        LookupOp::Interp => {
            let fp: Vec<f64> = values_of(arr(args[1]), true)
                .into_iter()
                .map(num_f)
                .collect();
            if fp.len() != sorted.len() {
                return err("ValueError", "fp and xp are not of the same length.");
            }
            if sorted.is_empty() {
                return err("ValueError", "array of sample points is empty");
            }
            fp
        }
        _ => Vec::new(),
    };
    let increasing = sorted.windows(2).all(|w| w[0] <= w[1]);
    if let LookupOp::Digitize { .. } = aux.op {
        if !increasing && !sorted.windows(2).all(|w| w[0] >= w[1]) {
            return err(
                "ValueError",
                "bins must be monotonically increasing or decreasing",
            );
        }
    }
    let one = |x: f64| -> Num {
        match aux.op {
            LookupOp::Searchsorted { right } => Num::I(search(&sorted, x, right) as i64),
            LookupOp::Digitize { right } if increasing => Num::I(search(&sorted, x, !right) as i64),
            LookupOp::Digitize { right } => {
                let rev: Vec<f64> = sorted.iter().rev().copied().collect();
                Num::I((sorted.len() - search(&rev, x, !right)) as i64)
            }
            LookupOp::Interp => Num::F(interp1(x, &sorted, &fp)),
        }
    };
    let dt = if aux.op == LookupOp::Interp {
        DType::F64
    } else {
        DType::I64
    };
    out[0] = match aux.v {
        Operand::Array(_) => array_of(dt, &vshape, xs.iter().map(|&x| one(x)))?,
        _ => num_slot(one(xs[0]), dt),
    };
    Ok(())
}

/// `np.bincount(a)`: how often each value 0..=max occurs.
pub fn bincount(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let vals = values_of(arr(args[0]), false);
    let mut counts: Vec<i64> = Vec::new();
    for v in vals {
        let Num::I(i) = v else {
            return err("TypeError", "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        };
        if i < 0 {
            return err(
                "ValueError",
                "'list' argument must have no negative elements",
            );
        }
        let i = i as usize;
        if i >= counts.len() {
            counts
                .try_reserve_exact(i + 1 - counts.len())
                .map_err(|_| oom())?;
            counts.resize(i + 1, 0);
        }
        counts[i] += 1;
    }
    out[0] = array_of(
        DType::I64,
        &[counts.len() as i64],
        counts.into_iter().map(Num::I),
    )?;
    Ok(())
}

/// `np.histogram(a, bins)` with a number of equal bins over the data's
/// range: the counts and the edges, computed as numpy does.
pub fn histogram(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a: Vec<f64> = values_of(arr(args[0]), true)
        .into_iter()
        .map(num_f)
        .collect();
    let n = args[1] as i64;
    if n < 1 {
        return err("ValueError", "`bins` must be positive, when an integer");
    }
    let (mut first, mut last) = match a
        .iter()
        .copied()
        .reduce(f64::min)
        .zip(a.iter().copied().reduce(f64::max))
    {
        Some((lo, hi)) => (lo, hi),
        None => (0.0, 1.0),
    };
    if !(first.is_finite() && last.is_finite()) {
        return err(
            "ValueError",
            format!(
                "autodetected range of [{}, {}] is not finite",
                crate::format::float_repr(first),
                crate::format::float_repr(last)
            ),
        );
    }
    if first == last {
        first -= 0.5;
        last += 0.5;
    }
    let nb = n as usize;
    let step = (last - first) / n as f64;
    let mut edges: Vec<f64> = Vec::new();
    edges.try_reserve_exact(nb + 1).map_err(|_| oom())?;
    edges.extend((0..=nb).map(|i| i as f64 * step + first));
    edges[nb] = last;
    let norm = n as f64 / (last - first);
    let mut hist: Vec<i64> = Vec::new();
    hist.try_reserve_exact(nb).map_err(|_| oom())?;
    hist.resize(nb, 0);
    for &x in &a {
        if !(first..=last).contains(&x) {
            continue;
        }
        let mut i = ((x - first) * norm) as usize;
        if i == nb {
            i -= 1;
        }
        if x < edges[i] {
            i -= 1;
        } else if x >= edges[i + 1] && i != nb - 1 {
            i += 1;
        }
        hist[i] += 1;
    }
    let h = array_of(DType::I64, &[n], hist.into_iter().map(Num::I))?;
    match array_of(DType::F64, &[n + 1], edges.into_iter().map(Num::F)) {
        Ok(e) => {
            out[0] = h;
            out[1] = e;
            Ok(())
        }
        Err(e) => {
            decref(h);
            Err(e)
        }
    }
}

/// Rearrangements that copy: `np.roll`, `np.repeat`, `np.append`,
/// `np.diag`, `np.triu`, `np.tril`, `np.outer`, `np.kron`, `np.cross`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Manip {
    /// Shift by the next argument, over the flattened array.
    Roll,
    /// Each element the next argument's number of times, flattened.
    Repeat,
    /// The flattened array, then the second operand's elements.
    Append,
    /// The k-th diagonal of a 2-D array, or a 2-D array with a 1-D one on
    /// its k-th diagonal.
    Diag(i64),
    /// Zeros below (triu) or above (tril) the k-th diagonal.
    Triu(i64),
    Tril(i64),
    Outer,
    Kron,
    Cross,
}

#[derive(Clone, Copy, Debug)]
pub struct ManipAux {
    pub op: Manip,
    /// The second operand, if any (an array or a scalar slot).
    pub other: Option<Operand>,
    /// The result's dtype.
    pub out: DType,
}

fn num_mul(a: Num, b: Num) -> Num {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Num::I(x.wrapping_mul(y)),
        (x, y) => Num::F(num_f(x) * num_f(y)),
    }
}

fn num_sub(a: Num, b: Num) -> Num {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Num::I(x.wrapping_sub(y)),
        (x, y) => Num::F(num_f(x) - num_f(y)),
    }
}

pub fn manip(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &ManipAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let float = aux.out.is_float();
    let xs = values_of(a, float);
    let zero = if float { Num::F(0.0) } else { Num::I(0) };
    let other = || -> (Vec<i64>, Vec<Num>) {
        match aux.other {
            Some(side) => {
                let shape = operand_shape(side, args[1]);
                let vals = operand_values(side, args[1], &shape, float);
                (shape, vals)
            }
            None => (Vec::new(), Vec::new()),
        }
    };
    let (shape, vals): (Vec<i64>, Vec<Num>) = match aux.op {
        Manip::Roll => {
            let n = xs.len() as i64;
            let k = if n == 0 {
                0
            } else {
                (args[1] as i64).rem_euclid(n)
            } as usize;
            let mut v = xs.clone();
            v.rotate_right(k);
            (a.shape().to_vec(), v)
        }
        Manip::Repeat => {
            let k = args[1] as i64;
            if k < 0 {
                return err("ValueError", "repeats may not contain negative values.");
            }
            let total = (xs.len() as i64).checked_mul(k).ok_or_else(oom)?;
            if total > isize::MAX as i64 / 16 {
                return Err(oom());
            }
            let v: Vec<Num> = xs
                .iter()
                .flat_map(|&x| std::iter::repeat_n(x, k as usize))
                .collect();
            (vec![total], v)
        }
        Manip::Append => {
            let (_, o) = other();
            let mut v = xs.clone();
            v.extend(o);
            (vec![v.len() as i64], v)
        }
        Manip::Diag(k) if a.ndim == 1 => {
            let n = xs.len() as i64 + k.abs();
            let mut v = vec![zero; (n * n) as usize];
            for (i, &x) in xs.iter().enumerate() {
                let (r, c) = if k >= 0 {
                    (i as i64, i as i64 + k)
                } else {
                    (i as i64 - k, i as i64)
                };
                v[(r * n + c) as usize] = x;
            }
            (vec![n, n], v)
        }
        Manip::Diag(k) => {
            let (rows, cols) = (a.shape[0], a.shape[1]);
            let v: Vec<Num> = (0..rows)
                .filter_map(|r| {
                    let c = r + k;
                    (0..cols).contains(&c).then(|| xs[(r * cols + c) as usize])
                })
                .collect();
            (vec![v.len() as i64], v)
        }
        Manip::Triu(k) | Manip::Tril(k) => {
            let cols = a.shape[a.ndim as usize - 1];
            let rows = a.shape[a.ndim as usize - 2];
            let upper = matches!(aux.op, Manip::Triu(_));
            let v = xs
                .iter()
                .enumerate()
                .map(|(i, &x)| {
                    let i = i as i64;
                    let (r, c) = ((i / cols) % rows, i % cols);
                    let keep = if upper { c - r >= k } else { c - r <= k };
                    if keep {
                        x
                    } else {
                        zero
                    }
                })
                .collect();
            (a.shape().to_vec(), v)
        }
        Manip::Outer | Manip::Kron => {
            let (oshape, o) = other();
            let v: Vec<Num> = xs
                .iter()
                .flat_map(|&x| o.iter().map(move |&y| num_mul(x, y)))
                .collect();
            let shape = if aux.op == Manip::Outer {
                vec![xs.len() as i64, o.len() as i64]
            } else {
                let _ = oshape;
                vec![v.len() as i64]
            };
            (shape, v)
        }
        Manip::Cross => {
            let (_, o) = other();
            if xs.len() != 3 || o.len() != 3 {
                return err(
                    "ValueError",
                    "incompatible dimensions for cross product\n(dimension must be 2 or 3)",
                );
            }
            let c = |i: usize, j: usize| num_sub(num_mul(xs[i], o[j]), num_mul(xs[j], o[i]));
            (vec![3], vec![c(1, 2), c(2, 0), c(0, 1)])
        }
    };
    out[0] = array_of(aux.out, &shape, vals)?;
    Ok(())
}

/// `np.trace(m)`: the sum of the main diagonal.
pub fn trace(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let float = a.dtype.is_float();
    let xs = values_of(a, float);
    let (rows, cols) = (a.shape[0], a.shape[1]);
    let diag: Vec<Num> = (0..rows.min(cols))
        .map(|i| xs[(i * cols + i) as usize])
        .collect();
    let dt = if float { DType::F64 } else { DType::I64 };
    out[0] = num_slot(reduce_seq(ReduceOp::Sum, dt, &diag)?, dt);
    Ok(())
}

/// `np.flip(a)`, `np.fliplr(m)`, `np.flipud(m)`: a view with the axes in
/// `axes` (a bit mask) reversed.
pub fn flip(
    _vm: &mut Vm,
    _site: &NativeSite,
    axes: &u32,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let mut strides = a.strides().to_vec();
    let mut data = a.data;
    for (d, s) in strides.iter_mut().enumerate() {
        if axes & (1 << d) != 0 {
            let n = a.shape[d];
            if n > 0 {
                // SAFETY: the last index along the axis is inside the array.
                data = unsafe { data.offset(((n - 1) * *s) as isize) };
            }
            *s = -*s;
        }
    }
    incref(a.base);
    out[0] = ArrayObj::view(a.dtype, a.itemsize, data, a.shape(), &strides, a.base);
    Ok(())
}

/// `np.ndindex(*shape)`: every index tuple of the shape in C order, as a
/// list of tuples (the dimensions are the arguments).
pub fn ndindex(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let shape: Vec<i64> = args.iter().map(|&v| (v as i64).max(0)).collect();
    let nd = shape.len();
    let total = shape
        .iter()
        .try_fold(1i64, |acc, &d| acc.checked_mul(d))
        .and_then(|t| t.checked_mul(nd as i64))
        .ok_or_else(oom)?;
    let list = ListObj::create(nd as u32, vec![false; nd].into());
    // SAFETY: a fresh list.
    let l = unsafe { crate::value::obj_mut::<ListObj>(list) };
    if l.slots.try_reserve_exact(total as usize).is_err() {
        decref(list);
        return Err(oom());
    }
    if total > 0 || nd == 0 {
        let mut idx = vec![0u64; nd];
        'all: loop {
            l.slots.extend_from_slice(&idx);
            let mut d = nd;
            loop {
                if d == 0 {
                    break 'all;
                }
                d -= 1;
                idx[d] += 1;
                if (idx[d] as i64) < shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }
    out[0] = list;
    Ok(())
}

/// `np.unravel_index(i, shape)`: the index tuple of flat index `i`; the
/// flat index first, then the dimensions.
pub fn unravel_index(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let i = args[0] as i64;
    let shape: Vec<i64> = args[1..].iter().map(|&v| v as i64).collect();
    let size = shape
        .iter()
        .try_fold(1i64, |a, &d| a.checked_mul(d))
        .unwrap_or(i64::MAX);
    if i < 0 || i >= size {
        return err(
            "ValueError",
            format!("index {i} is out of bounds for array with size {size}"),
        );
    }
    let mut rest = i;
    for d in (0..shape.len()).rev() {
        out[d] = (rest % shape[d]) as u64;
        rest /= shape[d];
    }
    Ok(())
}

/// `np.meshgrid(x, y)`: the two 2-D coordinate arrays (rows follow y).
pub fn meshgrid(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (x, y) = (arr(args[0]), arr(args[1]));
    let dt = |i: usize| match &site.arg_types[i] {
        Type::Array(a) => a.dtype,
        _ => DType::F64,
    };
    let (xs, ys) = (
        values_of(x, dt(0).is_float()),
        values_of(y, dt(1).is_float()),
    );
    let shape = [ys.len() as i64, xs.len() as i64];
    let gx = array_of(dt(0), &shape, ys.iter().flat_map(|_| xs.iter().copied()))?;
    match array_of(
        dt(1),
        &shape,
        ys.iter().flat_map(|&v| std::iter::repeat_n(v, xs.len())),
    ) {
        Ok(gy) => {
            out[0] = gx;
            out[1] = gy;
            Ok(())
        }
        Err(e) => {
            decref(gx);
            Err(e)
        }
    }
}

/// A ufunc of two scalars through the elementwise rule: a numpy scalar of
/// the site's output dtype (float64 or bool).
pub fn binop_scalar(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &BinAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (_, vals) = compute(aux, args[0], args[1])?;
    let float = aux.out.is_float();
    out[0] = match vals.first() {
        // A float32 result is held widened, as its slot holds it.
        Some(Num::F(x)) if float => (if aux.out == DType::F32 {
            *x as f32 as f64
        } else {
            *x
        })
        .to_bits(),
        Some(Num::I(x)) if float => (*x as f64).to_bits(),
        Some(Num::F(x)) => *x as i64 as u64,
        Some(Num::I(x)) => *x as u64,
        None => 0,
    };
    Ok(())
}
