//! A `@vectorize` ufunc's `reduce` and `accumulate`: its two-operand
//! kernel folded along one axis (or all of them), as numpy folds a ufunc:
//! the first element cast to the loop's output dtype, then each next one
//! combined with it.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::lib_ufunc::convert;
use crate::native::NativeSite;
use crate::value::{decref, obj, ArrayObj};
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct ReduceAux {
    pub proto: usize,
    /// The ufunc's name, for numpy's error messages.
    pub name: Rc<str>,
    /// The operand's dtype, the loop's parameter dtype, the dtype of the
    /// slot the kernel returns and the result's.
    pub src: DType,
    pub param: DType,
    pub ret: DType,
    pub out: DType,
    /// The axis folded; None: all of them (the result is a scalar).
    pub axis: Option<usize>,
    pub accumulate: bool,
    /// The value of an empty reduction (`identity=`), as a slot of `out`.
    pub identity: Option<u64>,
}

/// `f.reduce(a, axis=...)` / `f.accumulate(a, axis=...)`: args[0] is the
/// array; the result is an array, or a scalar slot when every axis folds.
pub fn fold(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &ReduceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the argument is an array.
    let a = unsafe { obj::<ArrayObj>(args[0]) };
    let shape = a.shape().to_vec();
    let offs = a.offsets();
    let (outer, n, inner) = match aux.axis {
        Some(k) => (
            shape[..k].iter().product::<i64>(),
            shape[k],
            shape[k + 1..].iter().product::<i64>(),
        ),
        None => (1, shape.iter().product::<i64>(), 1),
    };
    let (outer, n, inner) = (outer as usize, n as usize, inner as usize);
    let out_shape: Vec<i64> = match (aux.accumulate, aux.axis) {
        (true, _) => shape.clone(),
        (false, Some(k)) => [&shape[..k], &shape[k + 1..]].concat(),
        (false, None) => Vec::new(),
    };
    let mut vals = Vec::with_capacity(if aux.accumulate {
        offs.len()
    } else {
        outer * inner
    });
    let mut params = [0u64; 2];
    let mut ret = [0u64];
    for o in 0..outer {
        for i in 0..inner {
            let at = |j: usize| (o * n + j) * inner + i;
            if n == 0 {
                match aux.identity {
                    Some(v) if !aux.accumulate => vals.push((o * inner + i, v)),
                    Some(_) => {}
                    None if aux.accumulate => {}
                    None => {
                        return err(
                            "ValueError",
                            format!(
                                "zero-size array to reduction operation {} which has no identity",
                                aux.name
                            ),
                        )
                    }
                }
                continue;
            }
            // SAFETY: `offs` are the array's element offsets.
            let load = |j: usize| unsafe { aux.src.load(a.data.offset(offs[at(j)])) };
            let mut acc = convert(load(0), aux.src, aux.out);
            if aux.accumulate {
                vals.push((at(0), acc));
            }
            for j in 1..n {
                params[0] = convert(acc, aux.out, aux.param);
                params[1] = convert(load(j), aux.src, aux.param);
                vm.call(aux.proto, &params, &mut ret)?;
                acc = convert(ret[0], aux.ret, aux.out);
                if aux.accumulate {
                    vals.push((at(j), acc));
                }
            }
            if !aux.accumulate {
                vals.push((o * inner + i, acc));
            }
        }
    }
    if out_shape.is_empty() {
        out[0] = vals.first().map_or(0, |v| v.1);
        return Ok(());
    }
    let size = aux.out.scalar_size().unwrap_or(8);
    let res = ArrayObj::zeros(aux.out, size, &out_shape)
        .ok_or_else(|| VmError::new("MemoryError", "unable to allocate the array"))?;
    // SAFETY: `res` was just made.
    let r = unsafe { obj::<ArrayObj>(res) };
    let roffs = r.offsets();
    for (k, v) in vals {
        match roffs.get(k) {
            // SAFETY: an element offset of the new array.
            Some(&off) => unsafe { aux.out.store(r.data.offset(off), v) },
            None => {
                decref(res);
                return err("IndexError", "reduction result out of range");
            }
        }
    }
    out[0] = res;
    Ok(())
}
