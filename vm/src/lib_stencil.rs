//! `@stencil` calls: the compiled kernel (the operands, then the current
//! element's index) run for every element whose neighborhood lies inside
//! the first array operand; the border holds `cval` (by default 0 in a new
//! output, and what it held in an `out=` array).

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{decref, incref, obj, ArrayObj};

/// The kernel's proto, which operands are arrays, each dimension's lowest
/// and highest relative index, the dtype of the kernel's result and of the
/// output, the border's value, and whether `out=` is passed (last).
#[derive(Clone, Debug)]
pub struct StencilAux {
    pub proto: usize,
    pub arrays: Vec<bool>,
    pub hood: Vec<(i64, i64)>,
    pub ret: DType,
    pub out: DType,
    pub cval: Option<f64>,
    pub has_out: bool,
}

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

/// A float (`cval`) as a slot of `dt`.
fn of_f64(x: f64, dt: DType) -> u64 {
    if dt.is_float() {
        x.to_bits()
    } else {
        x as i64 as u64
    }
}

pub fn apply(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &StencilAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = aux.arrays.len();
    let Some(first) = aux.arrays.iter().position(|&a| a) else {
        return err("TypeError", "a stencil needs an array argument");
    };
    let shape = arr(args[first]).shape().to_vec();
    for (k, &is_arr) in aux.arrays.iter().enumerate() {
        if is_arr && arr(args[k]).shape() != shape.as_slice() {
            return err(
                "ValueError",
                "the array arguments of a stencil must have one shape",
            );
        }
    }
    let res = if aux.has_out {
        let o = args[n];
        if arr(o).shape() != shape.as_slice() {
            return err(
                "ValueError",
                "the out= array of a stencil must have its input's shape",
            );
        }
        incref(o);
        o
    } else {
        let size = aux.out.scalar_size().unwrap_or(8);
        ArrayObj::zeros(aux.out, size, &shape)
            .ok_or_else(|| VmError::new("MemoryError", "unable to allocate the array"))?
    };
    if let Some(c) = aux.cval {
        // The border gets cval, in an out= array too (the interior is
        // written over).
        let v = of_f64(c, aux.out);
        let o = arr(res);
        for off in o.offsets() {
            // SAFETY: offsets of the output's elements.
            unsafe { aux.out.store(o.data.offset(off), v) };
        }
    }
    match fill(vm, aux, args, &shape, res) {
        Ok(()) => {
            out[0] = res;
            Ok(())
        }
        Err(e) => {
            decref(res);
            Err(e)
        }
    }
}

/// Runs the kernel over the interior: in dimension `d`, the indices from
/// `-lo` to `shape[d] - hi` (exclusive).
fn fill(vm: &mut Vm, aux: &StencilAux, args: &[u64], shape: &[i64], res: u64) -> VmResult<()> {
    let n = aux.arrays.len();
    let nd = shape.len();
    let mut start = vec![0i64; nd];
    let mut stop = vec![0i64; nd];
    for d in 0..nd {
        let (lo, hi) = aux.hood.get(d).copied().unwrap_or((0, 0));
        start[d] = -lo.min(0);
        stop[d] = shape[d] - hi.max(0);
        if start[d] >= stop[d] {
            return Ok(());
        }
    }
    let dst = arr(res);
    let mut params = args[..n].to_vec();
    params.extend(std::iter::repeat_n(0, nd));
    let mut idx = start.clone();
    let mut ret = [0u64];
    loop {
        params[n..].copy_from_slice(&idx.iter().map(|&i| i as u64).collect::<Vec<_>>());
        vm.call(aux.proto, &params, &mut ret)?;
        let off: i64 = (0..nd).map(|d| idx[d] * dst.strides[d]).sum();
        let v = crate::lib_ufunc::convert(ret[0], aux.ret, aux.out);
        // SAFETY: `idx` is within the output's shape.
        unsafe { aux.out.store(dst.data.offset(off as isize), v) };
        let mut d = nd;
        loop {
            if d == 0 {
                return Ok(());
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < stop[d] {
                break;
            }
            idx[d] = start[d];
        }
    }
}
