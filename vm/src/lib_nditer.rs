//! Natives behind element-wise views of an array's layout: `.flat` and
//! `np.ndenumerate` (elements in C order, read when the loop reaches them),
//! `.strides`, `.flags` and `.tolist()`.

use crate::dtype::DType;
use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::{Layout, Type};
use crate::value::{decref, obj, ArrayObj, ListObj};
use std::rc::Rc;

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

/// Element `k` (in C order) of the array: with `indexed`, its index tuple
/// first (as `np.ndenumerate` yields it), then the value. The loop keeps
/// `k` below the size.
pub fn flat_item(
    _vm: &mut Vm,
    _site: &NativeSite,
    indexed: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let mut rest = args[1] as i64;
    let nd = a.ndim as usize;
    let mut off = 0i64;
    for d in (0..nd).rev() {
        let n = a.shape[d].max(1);
        let i = rest % n;
        rest /= n;
        off += i * a.strides[d];
        if *indexed {
            out[d] = i as u64;
        }
    }
    let at = if *indexed { nd } else { 0 };
    // SAFETY: `k` is below the size, so the offset is one of the array's.
    out[at] = unsafe { a.dtype.load(a.data.offset(off as isize)) };
    Ok(())
}

/// `a.strides`: bytes between elements along each dimension.
pub fn strides(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    for (o, &s) in out.iter_mut().zip(arr(args[0]).strides()) {
        *o = s as u64;
    }
    Ok(())
}

/// Which contiguity a `.flags` attribute asks for, and whose rule answers:
/// numpy's in module code, Numba's in jitted code.
#[derive(Clone, Copy, Debug)]
pub struct FlagAux {
    pub fortran: bool,
    pub numba: bool,
}

/// `a.flags.c_contiguous` / `f_contiguous` / `contiguous`.
pub fn flag(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &FlagAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = arr(args[0]);
    let (shape, strides) = (a.shape(), a.strides());
    let item = a.itemsize as i64;
    let c_typed = matches!(&site.arg_types[0], Type::Array(t) if t.layout == Layout::C);
    let v = match (aux.numba, aux.fortran) {
        // Numba answers from the type when it is C.
        (true, false) if c_typed => true,
        (true, false) => numba_contiguous(shape, strides, item),
        (true, true) => {
            let rs: Vec<i64> = shape.iter().rev().copied().collect();
            let rt: Vec<i64> = strides.iter().rev().copied().collect();
            numba_contiguous(&rs, &rt, item)
        }
        (false, f) => numpy_contiguous(shape, strides, item, f),
    };
    out[0] = u64::from(v);
    Ok(())
}

/// numpy's `_UpdateContiguousFlags`: an empty array is both; dimensions of
/// one are skipped.
fn numpy_contiguous(shape: &[i64], strides: &[i64], item: i64, fortran: bool) -> bool {
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

/// Numba's `is_contiguous` (numba/np/arrayobj.py): dimensions of zero or
/// one are skipped only at either end.
fn numba_contiguous(dims: &[i64], strides: &[i64], item: i64) -> bool {
    let Some(inner) = (0..dims.len()).rev().find(|&d| dims[d] > 1) else {
        return true;
    };
    if strides[inner] != item {
        return false;
    }
    let outer = (0..inner).find(|&d| dims[d] > 1).unwrap_or(inner);
    ((outer + 1)..=inner).all(|ax| strides[ax] * dims[ax] == strides[ax - 1])
}

/// `a.tolist()`: nested lists of Python scalars.
pub fn tolist(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    if a.dtype == DType::U64 || a.dtype == DType::C128 || matches!(a.dtype, DType::Record(_)) {
        return err("TypeError", "tolist() of this dtype is not supported");
    }
    out[0] = level(a, &site.ret, 0, 0);
    Ok(())
}

/// The list of dimension `d` starting at byte offset `off`; `t` is its type.
fn level(a: &ArrayObj, t: &Type, d: usize, off: i64) -> u64 {
    let el = t.list_elem().map_or(Type::None, |e| (**e).clone());
    let list = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags()));
    // SAFETY: a fresh list.
    let l = unsafe { crate::value::obj_mut::<ListObj>(list) };
    for i in 0..a.shape[d] {
        let at = off + i * a.strides[d];
        if d + 1 == a.ndim as usize {
            // SAFETY: an offset of one of the array's elements.
            let v = unsafe { a.dtype.load(a.data.offset(at as isize)) };
            l.push(&[v]);
        } else {
            let inner = level(a, &el, d + 1, at);
            l.push(&[inner]);
            decref(inner);
        }
    }
    list
}
