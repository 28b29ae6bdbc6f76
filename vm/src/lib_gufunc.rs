//! `@guvectorize` generalized ufuncs: a compiled kernel that works on the
//! core dimensions of its operands (its layout, `(n),()->(n)`), called once
//! per element of the broadcast loop dimensions before them, with views of
//! the operands' cores; it writes its result into a view of the output.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::lib_numpy::{broadcast, broadcast_offsets};
use crate::native::NativeSite;
use crate::value::{decref, incref, obj, ArrayObj};

/// One operand: its core dimensions (ids of the layout's dimension
/// names), the dtype its values have and the one the kernel takes (an
/// array of another dtype is converted into a copy first, as numpy
/// does), whether it is an array, and whether the kernel takes an array
/// (or, for a `()` core, the scalar).
#[derive(Clone, Debug)]
pub struct GuArg {
    pub core: Vec<usize>,
    pub src: DType,
    pub dst: DType,
    pub array: bool,
    pub param_array: bool,
}

/// The kernel's proto, the gufunc's name and layout (for messages), its
/// inputs and its output, whether the output array is passed (after the
/// inputs), the number of distinct dimension names, and whether the call
/// gives a scalar (no loop dimensions and a `()` output).
#[derive(Clone, Debug)]
pub struct GuAux {
    pub proto: usize,
    pub name: String,
    pub layout: String,
    pub ins: Vec<GuArg>,
    pub out: GuArg,
    pub out_given: bool,
    pub ndims: usize,
    pub scalar: bool,
}

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

fn oom() -> VmError {
    VmError::new("MemoryError", "unable to allocate the array")
}

/// A copy of an array converted to another dtype.
fn cast_copy(a: &ArrayObj, dst: DType) -> VmResult<u64> {
    let size = dst.scalar_size().unwrap_or(8);
    let c = ArrayObj::zeros(dst, size, a.shape()).ok_or_else(oom)?;
    let to = arr(c);
    for (&from, to_off) in a.offsets().iter().zip(to.offsets()) {
        // SAFETY: offsets of the two arrays' elements, of one shape.
        unsafe {
            let v = a.dtype.load(a.data.offset(from));
            dst.store(
                to.data.offset(to_off),
                crate::lib_ufunc::convert(v, a.dtype, dst),
            );
        }
    }
    Ok(c)
}

/// Binds the sizes of an operand's core dimensions, as numpy checks them.
fn bind(
    aux: &GuAux,
    which: &str,
    i: usize,
    core: &[usize],
    shape: &[i64],
    sizes: &mut [Option<i64>],
) -> VmResult<()> {
    let k = core.len();
    if shape.len() < k {
        return err(
            "ValueError",
            format!(
                "{}: {which} operand {i} does not have enough dimensions (has {}, gufunc core with signature {} requires {k})",
                aux.name,
                shape.len(),
                aux.layout
            ),
        );
    }
    for (j, &d) in core.iter().enumerate() {
        let n = shape[shape.len() - k + j];
        match sizes[d] {
            Some(m) if m != n => {
                return err(
                    "ValueError",
                    format!(
                        "{}: {which} operand {i} has a mismatch in its core dimension {j}, with gufunc signature {} (size {n} is different from {m})",
                        aux.name, aux.layout
                    ),
                )
            }
            _ => sizes[d] = Some(n),
        }
    }
    Ok(())
}

/// A view of an array restricted to its loop dimensions (the first
/// `ndim - core` ones).
fn loop_view(a: &ArrayObj, core: usize) -> u64 {
    let n = a.ndim as usize - core;
    ArrayObj::view(
        a.dtype,
        a.itemsize,
        a.data,
        &a.shape[..n],
        &a.strides[..n],
        0,
    )
}

pub fn apply(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &GuAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // The operands as the kernel sees them (converted copies where the
    // dtype differs); every entry is a reference this call owns.
    let mut owned: Vec<u64> = Vec::new();
    let r = run(vm, aux, args, out, &mut owned);
    for o in owned {
        decref(o);
    }
    r
}

fn run(
    vm: &mut Vm,
    aux: &GuAux,
    args: &[u64],
    out: &mut [u64],
    owned: &mut Vec<u64>,
) -> VmResult<()> {
    let mut sizes = vec![None; aux.ndims];
    let mut loop_shape: Vec<i64> = Vec::new();
    let mut ops: Vec<Option<u64>> = Vec::new();
    for (i, (a, &slot)) in aux.ins.iter().zip(args).enumerate() {
        if !a.array && !a.param_array {
            ops.push(None);
            continue;
        }
        if !a.array {
            // A scalar where the kernel takes an array: a 0-d array of it.
            let size = a.dst.scalar_size().unwrap_or(8);
            let z = ArrayObj::zeros(a.dst, size, &[]).ok_or_else(oom)?;
            owned.push(z);
            // SAFETY: a 0-d array holds one element.
            unsafe {
                a.dst
                    .store(arr(z).data, crate::lib_ufunc::convert(slot, a.src, a.dst))
            };
            ops.push(Some(z));
            continue;
        }
        let src = arr(slot);
        bind(aux, "Input", i, &a.core, src.shape(), &mut sizes)?;
        let n = src.ndim as usize - a.core.len();
        loop_shape = broadcast(&loop_shape, &src.shape()[..n])?;
        let op = if src.dtype == a.dst {
            incref(slot);
            slot
        } else {
            cast_copy(src, a.dst)?
        };
        owned.push(op);
        ops.push(Some(op));
    }
    let res = if aux.out_given {
        let o = args[aux.ins.len()];
        let oa = arr(o);
        bind(aux, "Output", 0, &aux.out.core, oa.shape(), &mut sizes)?;
        let n = oa.ndim as usize - aux.out.core.len();
        let ol = &oa.shape()[..n];
        if broadcast(&loop_shape, ol)? != ol {
            return err(
                "ValueError",
                format!(
                    "{}: the output's loop dimensions {} do not hold the inputs' broadcast shape {}",
                    aux.name,
                    crate::format::shape_repr(ol),
                    crate::format::shape_repr(&loop_shape)
                ),
            );
        }
        loop_shape = ol.to_vec();
        incref(o);
        o
    } else {
        let mut shape = loop_shape.clone();
        for &d in &aux.out.core {
            match sizes[d] {
                Some(n) => shape.push(n),
                None => {
                    return err(
                        "ValueError",
                        format!(
                            "{}: the output's core dimension {d} is not given by any input (signature {})",
                            aux.name, aux.layout
                        ),
                    )
                }
            }
        }
        let size = aux.out.dst.scalar_size().unwrap_or(8);
        ArrayObj::zeros(aux.out.dst, size, &shape).ok_or_else(oom)?
    };
    owned.push(res);
    // Byte offsets of each loop iteration in every array operand.
    let mut offs: Vec<Option<Vec<isize>>> = Vec::new();
    for (a, op) in aux.ins.iter().zip(&ops) {
        offs.push(op.map(|o| {
            let lv = loop_view(arr(o), a.core.len());
            let v = broadcast_offsets(arr(lv), &loop_shape);
            decref(lv);
            v
        }));
    }
    let out_offs = {
        let lv = loop_view(arr(res), aux.out.core.len());
        let v = arr(lv).offsets();
        decref(lv);
        v
    };
    let mut params = vec![0u64; aux.ins.len() + 1];
    let mut ret = [0u64; 0];
    for (it, &ooff) in out_offs.iter().enumerate() {
        let mut views = Vec::new();
        for (k, a) in aux.ins.iter().enumerate() {
            params[k] = match (&ops[k], &offs[k]) {
                (Some(o), Some(off)) => {
                    let v = core_param(arr(*o), a, off[it]);
                    if a.param_array {
                        views.push(v);
                    }
                    v
                }
                _ => crate::lib_ufunc::convert(args[k], a.src, a.dst),
            };
        }
        let ov = core_param(arr(res), &aux.out, ooff);
        views.push(ov);
        params[aux.ins.len()] = ov;
        let r = vm.call(aux.proto, &params, &mut ret);
        for v in views {
            decref(v);
        }
        r?;
    }
    out[0] = if aux.scalar {
        // SAFETY: a 0-d result array holds one element.
        unsafe { aux.out.dst.load(arr(res).data) }
    } else {
        incref(res);
        res
    };
    Ok(())
}

/// What the kernel receives of an operand at a loop offset: a view of its
/// core (a `()` core as a one-element array), or the scalar there.
fn core_param(a: &ArrayObj, g: &GuArg, off: isize) -> u64 {
    let k = g.core.len();
    let nd = a.ndim as usize;
    // SAFETY: loop offsets stay within the operand.
    let data = unsafe { a.data.offset(off) };
    if !g.param_array {
        // SAFETY: as above, at an element of the operand's dtype.
        return unsafe { a.dtype.load(data) };
    }
    let (shape, strides) = if k == 0 {
        (vec![1], vec![a.itemsize as i64])
    } else {
        (a.shape[nd - k..nd].to_vec(), a.strides[nd - k..nd].to_vec())
    };
    incref(a.base);
    ArrayObj::view(a.dtype, a.itemsize, data, &shape, &strides, a.base)
}
