//! Bytes-like buffers (`Type::ByteBuf`): `bytearray`, cffi's `ffi.buffer`
//! and `memoryview`, each a 1-D uint8 array viewing its bytes, whose base
//! keeps the memory's owner alive; `np.frombuffer` and `np.ndarray(buffer=)`
//! viewing them (or an array, or C data) the same way; and the bytes of
//! arrays and buffers (`a.tobytes()`, `bytes(x)`).
//!
//! A view's base is always the object owning the memory (a buffer, owned C
//! data, or nothing for C memory), never another view, so memory an
//! embedder lends is tracked by the buffer it lent.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::lib_base::{slice_args, slice_positions};
use crate::lib_numpy::SliceAux;
use crate::native::NativeSite;
use crate::types::BufKind;
use crate::value::{c_strides, incref, new_str, obj, str_of, ArrayObj, RecordObj, MAX_ALLOC};

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: buffer and array slots hold arrays.
    unsafe { obj::<ArrayObj>(slot) }
}

/// A rumba bytes value (one char per byte) of raw bytes.
fn new_bytes(b: impl IntoIterator<Item = u8>) -> u64 {
    new_str(b.into_iter().map(char::from).collect::<String>())
}

/// The bytes of a bytes value.
fn bytes_arg(slot: u64) -> Vec<u8> {
    // SAFETY: bytes slots hold strings of byte-valued chars.
    unsafe { str_of(slot) }
        .chars()
        .map(|c| c as u32 as u8)
        .collect()
}

/// The bytes a 1-D byte view sees, in order.
fn view_bytes(a: &ArrayObj) -> Vec<u8> {
    let (n, st) = (a.shape[0].max(0), a.strides[0]);
    // SAFETY: the view's elements lie in memory its base keeps alive.
    (0..n)
        .map(|i| unsafe { *a.data.offset((i * st) as isize) })
        .collect()
}

/// A fresh bytearray holding `b`.
fn new_bytearray(b: &[u8]) -> VmResult<u64> {
    let out = ArrayObj::zeros(DType::U8, 1, &[b.len() as i64])
        .ok_or_else(|| VmError::new("MemoryError", ""))?;
    // SAFETY: just allocated with `b.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), arr(out).data, b.len()) };
    Ok(out)
}

/// A 1-D byte view of `len` bytes at `data`, owned by `base` (a new
/// reference is taken).
fn byte_view(data: *mut u8, len: i64, base: u64) -> u64 {
    incref(base);
    ArrayObj::view(DType::U8, 1, data, &[len], &[1], base)
}

/// The memory a buffer source exposes: its start, its length in bytes and
/// its owner. Arrays must be C-contiguous, as the buffer protocol wants.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A `Type::ByteBuf`, or an array's bytes.
    Buf,
    Array,
    /// Owned C data: its size when the type gives it, else the extent of
    /// its allocation.
    CData(Option<usize>),
}

fn source(src: Source, slot: u64) -> VmResult<(*mut u8, usize, u64)> {
    match src {
        Source::Buf => {
            let a = arr(slot);
            Ok((a.data, a.shape[0].max(0) as usize, a.base))
        }
        Source::Array => {
            let a = arr(slot);
            if !a.is_c_contiguous() {
                return err("ValueError", "ndarray is not C-contiguous");
            }
            let n = a.size().max(0) as usize * a.itemsize as usize;
            Ok((a.data, n, a.base))
        }
        Source::CData(size) => {
            // SAFETY: C data slots hold records.
            let r = unsafe { obj::<RecordObj>(slot) };
            let len = match size {
                Some(n) => n,
                None => r.extent().ok_or_else(|| {
                    VmError::new("ValueError", "the size of this C data is unknown")
                })?,
            };
            Ok((r.data, len, r.base))
        }
    }
}

/// `bytearray(n)`: `n` zero bytes; `bytes(n)` with `aux` false.
pub fn zeros(
    _vm: &mut Vm,
    _site: &NativeSite,
    bytearray: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = args[0] as i64;
    if n < 0 {
        return err("ValueError", "negative count");
    }
    if n as u64 > MAX_ALLOC as u64 {
        return err("MemoryError", "");
    }
    out[0] = match bytearray {
        true => new_bytearray(&vec![0; n as usize])?,
        false => new_bytes(std::iter::repeat_n(0, n as usize)),
    };
    Ok(())
}

/// What `bytearray(x)` and `bytes(x)` copy: a bytes value, a buffer, or an
/// array's elements in C order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CopyFrom {
    Bytes,
    Buf,
    Array,
}

fn copied(from: CopyFrom, slot: u64) -> Vec<u8> {
    match from {
        CopyFrom::Bytes => bytes_arg(slot),
        CopyFrom::Buf => view_bytes(arr(slot)),
        CopyFrom::Array => {
            let a = arr(slot);
            let n = a.itemsize as usize;
            let mut v = Vec::with_capacity(a.size().max(0) as usize * n);
            for off in a.offsets() {
                // SAFETY: every offset is an element of the array.
                v.extend_from_slice(unsafe { std::slice::from_raw_parts(a.data.offset(off), n) });
            }
            v
        }
    }
}

/// `bytearray(x)`: a new bytearray copying `x`.
pub fn bytearray_of(
    _vm: &mut Vm,
    _site: &NativeSite,
    from: &CopyFrom,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = new_bytearray(&copied(*from, args[0]))?;
    Ok(())
}

/// `bytes(x)`, `x.tobytes()`: the bytes of `x`.
pub fn bytes_of(
    _vm: &mut Vm,
    _site: &NativeSite,
    from: &CopyFrom,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = new_bytes(copied(*from, args[0]));
    Ok(())
}

/// `x.hex()` of a buffer.
pub fn hex(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let s: String = view_bytes(arr(args[0]))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    out[0] = new_str(s);
    Ok(())
}

/// `memoryview(x)`: a view of the same bytes.
pub fn memoryview(
    _vm: &mut Vm,
    _site: &NativeSite,
    src: &Source,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (data, len, base) = source(*src, args[0])?;
    out[0] = byte_view(data, len as i64, base);
    Ok(())
}

/// `ffi.buffer(cdata[, size])`: the size given (argument 1 when `sized`),
/// else the C type's (`None` for an open array: its allocation's).
pub struct CffiBuffer {
    pub owned: bool,
    pub size: Option<usize>,
    pub sized: bool,
}

pub fn cffi_buffer(
    _vm: &mut Vm,
    _site: &NativeSite,
    b: &CffiBuffer,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let given = b.sized.then(|| args[1] as i64);
    let (data, len, base) = match b.owned {
        true => source(Source::CData(b.size), args[0])?,
        false => {
            let len = given.map_or(b.size.unwrap_or(0), |n| n.max(0) as usize);
            (args[0] as *mut u8, len, 0)
        }
    };
    if data.is_null() {
        return err("ValueError", "ffi.buffer() of a NULL pointer");
    }
    let len = match given {
        // A negative size means the whole of the C data, as cffi does.
        Some(n) if n >= 0 && b.owned => {
            if n as usize > len {
                let msg = format!("ffi.buffer(): {n} bytes over C data that owns only {len} bytes");
                return err("ValueError", msg);
            }
            n as usize
        }
        _ => len,
    };
    out[0] = byte_view(data, len as i64, base);
    Ok(())
}

/// `len(x)`.
pub fn len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = arr(args[0]).shape[0] as u64;
    Ok(())
}

fn index(kind: BufKind, a: &ArrayObj, i: i64) -> VmResult<*mut u8> {
    let n = a.shape[0];
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let msg = match kind {
            BufKind::ByteArray => "bytearray index out of range",
            BufKind::CffiBuffer => "buffer index out of range",
            BufKind::MemoryView => "index out of bounds on dimension 1",
        };
        return err("IndexError", msg);
    }
    // SAFETY: in bounds of the view.
    Ok(unsafe { a.data.offset((j * a.strides[0]) as isize) })
}

/// `x[i]`: an int, or (cffi) bytes of length one.
pub fn get_item(
    _vm: &mut Vm,
    _site: &NativeSite,
    kind: &BufKind,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let p = index(*kind, arr(args[0]), args[1] as i64)?;
    // SAFETY: `index` checked the position.
    let b = unsafe { *p };
    out[0] = match kind {
        BufKind::CffiBuffer => new_bytes([b]),
        _ => u64::from(b),
    };
    Ok(())
}

/// `x[i] = v`: an int in range(0, 256), or (cffi) bytes of length one.
/// Jitted code (`wrap`) stores the int's low byte, as Numba does.
pub fn set_item(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(BufKind, bool),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (kind, wrap) = aux;
    let p = index(*kind, arr(args[0]), args[1] as i64)?;
    let b = match kind {
        BufKind::CffiBuffer => match bytes_arg(args[2])[..] {
            [b] => b,
            _ => return err("TypeError", "must assign a bytes of length 1, not bytes"),
        },
        _ if *wrap => args[2] as u8,
        k => {
            let v = args[2] as i64;
            if !(0..256).contains(&v) {
                let msg = match k {
                    BufKind::MemoryView => "memoryview: invalid value for format 'B'",
                    _ => "byte must be in range(0, 256)",
                };
                return err("ValueError", msg);
            }
            v as u8
        }
    };
    // SAFETY: `index` checked the position.
    unsafe { *p = b };
    Ok(())
}

/// The positions a slice of `x` selects; cffi's buffers take no step.
fn positions(kind: BufKind, plan: &SliceAux, args: &[u64]) -> VmResult<(Vec<i64>, i64)> {
    let a = arr(args[0]);
    let (lo, hi, st) = slice_args(plan, args, a.shape[0])?;
    if kind == BufKind::CffiBuffer && st != 1 {
        return err("TypeError", "buffer doesn't support slicing with step != 1");
    }
    Ok((slice_positions(lo, hi, st).collect(), st))
}

/// `x[a:b]`: a new bytearray, bytes (cffi), or a memoryview of the same
/// bytes.
pub fn get_slice(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(SliceAux, BufKind),
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (plan, kind) = aux;
    let a = arr(args[0]);
    let (pos, st) = positions(*kind, plan, args)?;
    // SAFETY: slice positions lie within the view.
    let at = |i: i64| unsafe { a.data.offset((i * a.strides[0]) as isize) };
    out[0] = match kind {
        BufKind::ByteArray => {
            new_bytearray(&pos.iter().map(|&i| unsafe { *at(i) }).collect::<Vec<_>>())?
        }
        BufKind::CffiBuffer => new_bytes(pos.iter().map(|&i| unsafe { *at(i) })),
        BufKind::MemoryView => {
            let start = pos.first().map_or(a.data, |&i| at(i));
            incref(a.base);
            ArrayObj::view(
                DType::U8,
                1,
                start,
                &[pos.len() as i64],
                &[st * a.strides[0]],
                a.base,
            )
        }
    };
    Ok(())
}

/// `x[a:b] = v` (cffi buffers and memoryviews): `v` must have as many bytes
/// as the slice.
pub fn set_slice(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(SliceAux, BufKind, CopyFrom),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (plan, kind, from) = aux;
    let a = arr(args[0]);
    let (pos, _) = positions(*kind, plan, &args[..args.len() - 1])?;
    let src = copied(*from, args[args.len() - 1]);
    if src.len() != pos.len() {
        let msg = match kind {
            BufKind::MemoryView => {
                "memoryview assignment: lvalue and rvalue have different structures"
            }
            _ => "right operand length must match slice length",
        };
        return err("ValueError", msg);
    }
    for (&i, b) in pos.iter().zip(src) {
        // SAFETY: slice positions lie within the view.
        unsafe { *a.data.offset((i * a.strides[0]) as isize) = b };
    }
    Ok(())
}

/// `np.frombuffer(x, dtype, count=-1, offset=0)`: the element type and its
/// size, and what `x` is.
pub struct FromBuffer {
    pub dtype: DType,
    pub itemsize: u32,
    pub src: Source,
}

pub fn frombuffer(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &FromBuffer,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (data, len, base) = source(f.src, args[0])?;
    let (count, offset) = (args[1] as i64, args[2] as i64);
    if offset < 0 || offset as usize > len {
        let msg = format!("offset must be non-negative and no greater than buffer length ({len})");
        return err("ValueError", msg);
    }
    let avail = len - offset as usize;
    let size = f.itemsize as usize;
    let n = if count < 0 {
        if avail % size != 0 {
            return err(
                "ValueError",
                "buffer size must be a multiple of element size",
            );
        }
        avail / size
    } else {
        if (count as u64).saturating_mul(size as u64) > avail as u64 {
            return err("ValueError", "buffer is smaller than requested size");
        }
        count as usize
    };
    incref(base);
    // SAFETY: offset is within the buffer.
    let start = unsafe { data.add(offset as usize) };
    out[0] = ArrayObj::view(
        f.dtype,
        f.itemsize,
        start,
        &[n as i64],
        &[size as i64],
        base,
    );
    Ok(())
}

/// `np.ndarray(shape, dtype, buffer=x, offset=0, strides=None)`: the
/// element type, the shape's length, whether strides are given, and what
/// `x` is.
pub struct NdArray {
    pub dtype: DType,
    pub itemsize: u32,
    pub ndim: usize,
    pub strided: bool,
    pub src: Source,
}

/// Arguments: the buffer, the offset, the shape, then the strides.
pub fn ndarray(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &NdArray,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (data, len, base) = source(f.src, args[0])?;
    let offset = args[1] as i64;
    let shape: Vec<i64> = args[2..2 + f.ndim].iter().map(|&v| v as i64).collect();
    if shape.iter().any(|&d| d < 0) {
        return err("ValueError", "negative dimensions are not allowed");
    }
    if offset < 0 || offset as usize > len {
        let msg = format!("offset must be non-negative and no greater than buffer length ({len})");
        return err("ValueError", msg);
    }
    let strides: Vec<i64> = match f.strided {
        true => args[2 + f.ndim..2 + 2 * f.ndim]
            .iter()
            .map(|&v| v as i64)
            .collect(),
        false => c_strides(f.itemsize, &shape),
    };
    // The lowest and highest bytes any element touches, from the offset.
    let (mut lo, mut hi) = (0i128, i128::from(f.itemsize));
    if shape.contains(&0) {
        hi = 0;
    } else {
        for (&d, &s) in shape.iter().zip(&strides) {
            let span = i128::from(d - 1) * i128::from(s);
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
    }
    let avail = (len - offset as usize) as i128;
    if -lo > i128::from(offset) || hi > avail {
        return match f.strided {
            true => err(
                "ValueError",
                "strides is incompatible with shape of requested array and size of buffer",
            ),
            false => err("TypeError", "buffer is too small for requested array"),
        };
    }
    incref(base);
    // SAFETY: offset is within the buffer.
    let start = unsafe { data.add(offset as usize) };
    out[0] = ArrayObj::view(f.dtype, f.itemsize, start, &shape, &strides, base);
    Ok(())
}

/// How `print` shows a buffer: a bytearray as Python does; the others
/// print their address, which typing refuses.
pub fn show(kind: BufKind, slot: u64) -> String {
    let b: String = view_bytes(arr(slot)).into_iter().map(char::from).collect();
    match kind {
        BufKind::ByteArray => format!("bytearray({})", crate::show::bytes_repr(&b)),
        k => format!("<{}>", k.name()),
    }
}
