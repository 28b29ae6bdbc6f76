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
    let typed = |l| matches!(&site.arg_types[0], Type::Array(t) if t.layout == l);
    let v = match (aux.numba, aux.fortran) {
        // Numba answers from the type when it is C or F.
        (true, false) if typed(Layout::C) => true,
        (true, true) if typed(Layout::F) => true,
        (true, false) => numba_contiguous(shape, strides, item),
        (true, true) => {
            let rs: Vec<i64> = shape.iter().rev().copied().collect();
            let rt: Vec<i64> = strides.iter().rev().copied().collect();
            numba_contiguous(&rs, &rt, item)
        }
        (false, f) => crate::lib_layout::numpy_contiguous(shape, strides, item, f),
    };
    out[0] = u64::from(v);
    Ok(())
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

/// `a[idx, :]`, `a[:, idx]`, `a[mask, 1]`: one index array among slices and
/// ints. `dims` is the basic indexing with the array's place a full slice;
/// `axis` is where the array's axis lands in that view.
pub struct MixedAux {
    pub dims: crate::lib_numpy::SliceAux,
    pub axis: usize,
    /// The array's own axis, for error messages.
    pub orig: usize,
}

/// The basic view's scalar arguments come first, the index array last.
pub fn fancy_mixed(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &MixedAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = args.len();
    let mut view = [0u64];
    crate::lib_numpy::slice(vm, site, &aux.dims, &args[..n - 1], &mut view)?;
    let res = pick_along(arr(view[0]), arr(args[n - 1]), aux.axis, aux.orig);
    decref(view[0]);
    out[0] = res?;
    Ok(())
}

/// The elements of `v` with axis `k` (axis `orig` of the indexed array)
/// indexed by `idx` (a new array).
fn pick_along(v: &ArrayObj, idx: &ArrayObj, k: usize, orig: usize) -> VmResult<u64> {
    let (shape, strides) = (v.shape(), v.strides());
    let (len, st) = (shape[k], strides[k] as isize);
    let values: Vec<i64> = idx
        .offsets()
        .into_iter()
        // SAFETY: offsets of the index array's own elements.
        .map(|o| unsafe { idx.dtype.load(idx.data.offset(o)) } as i64)
        .collect();
    let (picked, lead): (Vec<isize>, Vec<i64>) = if idx.dtype == DType::Bool {
        if values.len() as i64 != len {
            return err(
                "IndexError",
                format!(
                    "boolean index did not match indexed array along axis {orig}; size of axis is {len} but size of corresponding boolean axis is {}",
                    values.len()
                ),
            );
        }
        let p: Vec<isize> = (0..len as isize)
            .filter(|&i| values[i as usize] != 0)
            .map(|i| i * st)
            .collect();
        let n = p.len() as i64;
        (p, vec![n])
    } else {
        let mut p = Vec::with_capacity(values.len());
        for i in values {
            let j = if i < 0 { i + len } else { i };
            if !(0..len).contains(&j) {
                return err(
                    "IndexError",
                    format!("index {i} is out of bounds for axis {orig} with size {len}"),
                );
            }
            p.push(j as isize * st);
        }
        (p, idx.shape().to_vec())
    };
    let outer = crate::lib_numpy::block_offsets(&shape[..k], &strides[..k]);
    let inner = crate::lib_numpy::block_offsets(&shape[k + 1..], &strides[k + 1..]);
    let mut out_shape = shape[..k].to_vec();
    out_shape.extend_from_slice(&lead);
    out_shape.extend_from_slice(&shape[k + 1..]);
    let res = ArrayObj::zeros(v.dtype, v.itemsize, &out_shape)
        .ok_or_else(|| crate::error::VmError::new("MemoryError", "unable to allocate the array"))?;
    let size = v.itemsize as usize;
    let mut dst = arr(res).data;
    for &o in &outer {
        for &p in &picked {
            for &i in &inner {
                // SAFETY: `o + p + i` is an element of `v`; `dst` walks the
                // new array, which has one element per triple.
                unsafe {
                    std::ptr::copy_nonoverlapping(v.data.offset(o + p + i), dst, size);
                    dst = dst.add(size);
                }
            }
        }
    }
    Ok(res)
}

/// `np.take(a, idx)`, `a.take(idx)` without an axis: the elements of the
/// flattened array at the indices (an int array or a list of ints), shaped
/// like the indices.
pub fn take_flat(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let (idx, shape): (Vec<i64>, Vec<i64>) = match &site.arg_types[1] {
        Type::Array(_) => {
            let ix = arr(args[1]);
            let vals = ix
                .offsets()
                .into_iter()
                // SAFETY: offsets of the index array's own elements.
                .map(|o| unsafe { ix.dtype.load(ix.data.offset(o)) } as i64)
                .collect();
            (vals, ix.shape().to_vec())
        }
        _ => {
            // SAFETY: the other operand kind is a list of ints.
            let l = unsafe { obj::<ListObj>(args[1]) };
            let vals: Vec<i64> = l.slots.iter().map(|&v| v as i64).collect();
            let n = vals.len() as i64;
            (vals, vec![n])
        }
    };
    let offs = a.offsets();
    let size = offs.len() as i64;
    let mut picked = Vec::with_capacity(idx.len());
    for i in idx {
        let j = if i < 0 { i + size } else { i };
        if !(0..size).contains(&j) {
            return err(
                "IndexError",
                format!("index {i} is out of bounds for axis 0 with size {size}"),
            );
        }
        picked.push(offs[j as usize]);
    }
    let res = ArrayObj::zeros(a.dtype, a.itemsize, &shape)
        .ok_or_else(|| crate::error::VmError::new("MemoryError", "unable to allocate the array"))?;
    let item = a.itemsize as usize;
    let mut dst = arr(res).data;
    for o in picked {
        // SAFETY: `o` is an element of `a`; `dst` walks the new array,
        // which has one element per index.
        unsafe {
            std::ptr::copy_nonoverlapping(a.data.offset(o), dst, item);
            dst = dst.add(item);
        }
    }
    out[0] = res;
    Ok(())
}

/// The byte offset of element `k` (in C order, negative from the end) of
/// `a`, or numpy's IndexError.
fn flat_offset(a: &ArrayObj, k: i64) -> VmResult<isize> {
    let size = a.size();
    let i = if k < 0 { k + size } else { k };
    if !(0..size).contains(&i) {
        return err(
            "IndexError",
            format!("index {k} is out of bounds for size {size}"),
        );
    }
    let mut rest = i;
    let mut off = 0i64;
    for d in (0..a.ndim as usize).rev() {
        let n = a.shape[d].max(1);
        off += (rest % n) * a.strides[d];
        rest /= n;
    }
    Ok(off as isize)
}

/// `a.flat[k]`.
pub fn flat_get(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let off = flat_offset(a, args[1] as i64)?;
    // SAFETY: the offset of one of the array's elements.
    out[0] = unsafe { a.dtype.load(a.data.offset(off)) };
    Ok(())
}

/// `a.flat[k] = v`, the value converted to the element type.
pub fn flat_set(_vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let a = arr(args[0]);
    let off = flat_offset(a, args[1] as i64)?;
    // SAFETY: as in `flat_get`.
    unsafe { a.dtype.store(a.data.offset(off), args[2]) };
    Ok(())
}

/// `np.ravel_multi_index(index, shape)`: the C-order flat index of one
/// tuple of indices (the index tuple's slots, then the shape's).
pub fn ravel_multi_index(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = args.len() / 2;
    let mut flat = 0i64;
    for d in 0..n {
        let (i, dim) = (args[d] as i64, args[n + d] as i64);
        if !(0..dim).contains(&i) {
            return err("ValueError", "invalid entry in coordinates array");
        }
        flat = flat.wrapping_mul(dim).wrapping_add(i);
    }
    out[0] = flat as u64;
    Ok(())
}
