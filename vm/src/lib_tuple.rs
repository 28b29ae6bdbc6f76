//! Tuples read at a run-time index. A tuple lives flattened in registers,
//! so a homogeneous tuple indexed by a variable (`t[i]`, `a.shape[i]`, a
//! `for` loop over it) passes all its slots and the index to `tuple_get`.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::incref;

/// The shape of a homogeneous tuple: its length and which slots of one
/// element are references.
pub struct TupleAux {
    pub len: usize,
    pub elem_refs: Vec<bool>,
}

/// `t[i]`: arguments are the tuple's slots then the index.
pub fn tuple_get(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &TupleAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = aux.len as i64;
    let i = args[args.len() - 1] as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return err("IndexError", "tuple index out of range");
    }
    let k = aux.elem_refs.len();
    let base = j as usize * k;
    for (s, (o, &is_ref)) in out.iter_mut().zip(&aux.elem_refs).enumerate() {
        let v = args[base + s];
        if is_ref {
            incref(v);
        }
        *o = v;
    }
    Ok(())
}
