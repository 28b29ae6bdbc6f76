//! `@vectorize` ufuncs: a compiled scalar kernel applied element by element
//! over the broadcast shape of its array and scalar operands.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::lib_numpy::{broadcast, broadcast_offsets};
use crate::native::NativeSite;
use crate::value::{decref, incref, new_str, obj, obj_mut, ArrayObj, ListObj};

/// One operand: where its values come from and the kernel parameter's
/// dtype they convert to (the loop numpy's type resolution chose).
#[derive(Clone, Copy, Debug)]
pub struct UfuncArg {
    pub array: bool,
    /// A Python int, which numpy checks fits a narrower integer loop.
    pub weak_int: bool,
    pub src: DType,
    pub dst: DType,
}

/// The kernel's proto, its operands, the dtype of the slot it returns and
/// the output array's (an `out=` array comes last among the arguments).
#[derive(Clone, Debug)]
pub struct UfuncAux {
    pub proto: usize,
    pub args: Vec<UfuncArg>,
    pub ret: DType,
    pub out: DType,
    pub has_out: bool,
}

/// A slot of dtype `src` as a slot of dtype `dst`, cast as numpy casts
/// (floats to integers truncate; `DType::store` then wraps to the width).
pub(crate) fn convert(v: u64, src: DType, dst: DType) -> u64 {
    if dst.is_float() && !src.is_float() {
        if src == DType::U64 {
            (v as f64).to_bits()
        } else {
            (v as i64 as f64).to_bits()
        }
    } else if src.is_float() && !dst.is_float() {
        let x = f64::from_bits(v);
        match dst {
            DType::Bool => (x != 0.0) as u64,
            DType::U64 => x as u64,
            _ => x as i64 as u64,
        }
    } else {
        v
    }
}

/// Whether a Python int is in the range of an integer dtype (any value
/// fits a float).
fn fits_int(v: i64, dt: DType) -> bool {
    match dt.scalar_size() {
        Some(n) if dt.is_int() && n < 8 => {
            let bits = 8 * n;
            if dt.is_signed() {
                (-(1i64 << (bits - 1))..(1i64 << (bits - 1))).contains(&v)
            } else {
                (0..(1i64 << bits)).contains(&v)
            }
        }
        _ => !(dt == DType::U64 && v < 0),
    }
}

fn arr<'a>(slot: u64) -> &'a ArrayObj {
    // SAFETY: called on array slots only.
    unsafe { obj::<ArrayObj>(slot) }
}

pub fn apply(
    vm: &mut Vm,
    _site: &NativeSite,
    aux: &UfuncAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    for (a, &v) in aux.args.iter().zip(args) {
        if a.weak_int && !fits_int(v as i64, a.dst) {
            return err(
                "OverflowError",
                format!(
                    "Python integer {} out of bounds for {}",
                    v as i64,
                    a.dst.name()
                ),
            );
        }
    }
    let mut shape: Vec<i64> = Vec::new();
    for (a, &slot) in aux.args.iter().zip(args) {
        if a.array {
            shape = broadcast(&shape, arr(slot).shape())?;
        }
    }
    let res = if aux.has_out {
        let o = args[aux.args.len()];
        if arr(o).shape() != shape.as_slice() {
            return Err(crate::lib_numpy::out_shape_error(arr(o).shape(), &shape));
        }
        incref(o);
        o
    } else {
        let size = aux.out.scalar_size().unwrap_or(8);
        ArrayObj::zeros(aux.out, size, &shape)
            .ok_or_else(|| VmError::new("MemoryError", "unable to allocate the array"))?
    };
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

/// Runs the kernel for every element of `res`.
fn fill(vm: &mut Vm, aux: &UfuncAux, args: &[u64], shape: &[i64], res: u64) -> VmResult<()> {
    let offsets: Vec<Option<Vec<isize>>> = aux
        .args
        .iter()
        .zip(args)
        .map(|(a, &slot)| a.array.then(|| broadcast_offsets(arr(slot), shape)))
        .collect();
    let dst = arr(res);
    let dst_offs = dst.offsets();
    let mut params = vec![0u64; aux.args.len()];
    let mut ret = [0u64];
    for (i, &doff) in dst_offs.iter().enumerate() {
        for (k, a) in aux.args.iter().enumerate() {
            let v = match &offsets[k] {
                // SAFETY: broadcast offsets stay within the operand.
                Some(offs) => unsafe { a.src.load(arr(args[k]).data.offset(offs[i])) },
                None => args[k],
            };
            params[k] = convert(v, a.src, a.dst);
        }
        vm.call(aux.proto, &params, &mut ret)?;
        let v = convert(ret[0], aux.ret, aux.out);
        // SAFETY: `doff` is an element offset of the result array.
        unsafe { aux.out.store(dst.data.offset(doff), v) };
    }
    Ok(())
}

/// A ufunc's `types`: a new list of its loops' type strings.
pub fn types_list(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &Vec<String>,
    _args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let list = ListObj::of_strs();
    for t in aux {
        let s = new_str(t.as_str());
        // SAFETY: `list` was just created.
        unsafe { obj_mut::<ListObj>(list).push(&[s]) };
        decref(s);
    }
    out[0] = list;
    Ok(())
}
