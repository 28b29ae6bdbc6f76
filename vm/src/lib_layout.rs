//! Fortran order: natives that make arrays Fortran-contiguous, read them
//! in Fortran order or reshape them so, and numpy's contiguity tests.

use crate::error::{VmError, VmResult};
use crate::interp::Vm;
use crate::lib_numpy::{self as npy, MapAux};
use crate::native::{Native, NativeSite};
use crate::types::{Layout, Type};
use crate::value::{decref, incref, obj, ArrayObj, BufferObj};

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

/// numpy's `_UpdateContiguousFlags`: an empty array is both; dimensions of
/// one are skipped.
pub fn numpy_contiguous(shape: &[i64], strides: &[i64], item: i64, fortran: bool) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let order: Vec<usize> = if fortran {
        (0..shape.len()).collect()
    } else {
        (0..shape.len()).rev().collect()
    };
    let mut sd = item;
    for d in order {
        if shape[d] != 1 {
            if strides[d] != sd {
                return false;
            }
            sd *= shape[d];
        }
    }
    true
}

pub fn is_f_contiguous(a: &ArrayObj) -> bool {
    numpy_contiguous(a.shape(), a.strides(), a.itemsize as i64, true)
}

/// A view with the axes reversed; takes a reference to `a`'s buffer.
fn reversed(a: &ArrayObj) -> u64 {
    let shape: Vec<i64> = a.shape().iter().rev().copied().collect();
    let strides: Vec<i64> = a.strides().iter().rev().copied().collect();
    incref(a.base);
    ArrayObj::view(a.dtype, a.itemsize, a.data, &shape, &strides, a.base)
}

/// `slot` (owned) as a Fortran-contiguous array: itself if it is one,
/// otherwise a Fortran-ordered copy.
pub fn to_fortran(slot: u64) -> VmResult<u64> {
    let a = arr(slot);
    if is_f_contiguous(a) {
        return Ok(slot);
    }
    let item = a.itemsize as i64;
    let mut strides = vec![0i64; a.ndim as usize];
    let mut n = item;
    for (s, &d) in strides.iter_mut().zip(a.shape()) {
        *s = n;
        n = n.saturating_mul(d.max(1));
    }
    let oom = || VmError::new("MemoryError", "unable to allocate the array");
    let bytes = usize::try_from(a.size().saturating_mul(item)).map_err(|_| oom())?;
    let buf = BufferObj::alloc(bytes).ok_or_else(oom)?;
    // SAFETY: just allocated.
    let data = unsafe { obj::<BufferObj>(buf).ptr };
    let res = ArrayObj::view(a.dtype, a.itemsize, data, a.shape(), &strides, buf);
    let r = arr(res);
    for (from, to) in a.offsets().into_iter().zip(r.offsets()) {
        // SAFETY: the same element of two arrays of one shape and dtype.
        unsafe {
            std::ptr::copy_nonoverlapping(
                a.data.offset(from),
                r.data.offset(to),
                a.itemsize as usize,
            )
        };
    }
    decref(slot);
    Ok(res)
}

/// A native whose array result its type says is Fortran-contiguous: the
/// inner native's result, in Fortran order.
pub fn fortran(
    vm: &mut Vm,
    _site: &NativeSite,
    inner: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    inner.call(vm, args, out)?;
    out[0] = to_fortran(out[0])?;
    Ok(())
}

/// `native`, computing a result of type `ret` from arguments of
/// `arg_types`, made to give it in Fortran order when `ret` is a
/// Fortran-ordered array.
pub fn in_layout(name: &str, native: Native, arg_types: Vec<Type>, ret: &Type) -> Native {
    match ret {
        Type::Array(a) if a.layout == Layout::F => {
            let inner = NativeSite::new(name, native, arg_types, ret.clone());
            Native::with(fortran, inner)
        }
        _ => native,
    }
}

/// `a.ravel('F')`, `a.flatten('F')`: the elements in Fortran order, 1-D.
pub fn flatten_f(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = reversed(arr(args[0]));
    let r = npy::flatten(vm, site, aux, &[t], out);
    decref(t);
    r
}

/// `a.ravel()`: a 1-D view of a C-contiguous array, else a copy in C order.
pub fn ravel(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    if !a.is_c_contiguous() {
        return npy::flatten(vm, site, aux, args, out);
    }
    incref(a.base);
    out[0] = ArrayObj::view(
        a.dtype,
        a.itemsize,
        a.data,
        &[a.size()],
        &[a.itemsize as i64],
        a.base,
    );
    Ok(())
}

/// `a.ravel('F')`: a 1-D view of a Fortran-contiguous array, else a copy
/// in Fortran order.
pub fn ravel_f(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MapAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = reversed(arr(args[0]));
    let r = ravel(vm, site, aux, &[t], out);
    decref(t);
    r
}

/// `a.reshape(shape, order='F')`: the elements read and placed in Fortran
/// order, which is reshaping the reversed axes to the reversed shape.
pub fn reshape_f(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let mut rargs = vec![reversed(arr(args[0]))];
    rargs.extend(args[1..].iter().rev());
    let r = npy::reshape(vm, site, &rargs, out);
    decref(rargs[0]);
    r?;
    let res = out[0];
    out[0] = reversed(arr(res));
    decref(res);
    Ok(())
}

/// `np.isfortran(a)`: Fortran-contiguous and not C-contiguous.
pub fn isfortran(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let c = numpy_contiguous(a.shape(), a.strides(), a.itemsize as i64, false);
    out[0] = u64::from(is_f_contiguous(a) && !c);
    Ok(())
}

/// Byte offsets of every element in the order a reduction over the whole
/// array visits them: memory order for a Fortran-contiguous array (as
/// numpy's iterator and Numba's for an F array), C order otherwise.
pub fn reduce_offsets(a: &ArrayObj, fortran: bool) -> Vec<isize> {
    if !fortran {
        return a.offsets();
    }
    let t = reversed(a);
    let offs = arr(t).offsets();
    decref(t);
    offs
}
