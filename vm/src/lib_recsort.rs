//! `np.sort` of a 1-D record array: records ordered by the `order=`
//! fields, ties broken by the remaining fields in dtype order, as numpy
//! compares records. The comparison is total over the fields' values, so
//! a stable sort gives numpy's result.

use crate::dtype::DType;
use crate::error::VmResult;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{obj, ArrayObj};
use std::cmp::Ordering;

/// The sort keys: each field's byte offset and dtype, most significant
/// first.
#[derive(Clone, Debug)]
pub struct SortKeys {
    pub keys: Vec<(u32, DType)>,
}

/// numpy's order of one field's values: NaNs last.
fn cmp_field(dt: DType, a: u64, b: u64) -> Ordering {
    match dt {
        DType::F32 | DType::F64 => {
            let (x, y) = (f64::from_bits(a), f64::from_bits(b));
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        d if d.is_signed() => (a as i64).cmp(&(b as i64)),
        _ => a.cmp(&b),
    }
}

pub fn sort_records(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &SortKeys,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the argument is an array.
    let src = unsafe { obj::<ArrayObj>(args[0]) };
    // SAFETY: element offsets of the source, key fields inside each element.
    let load = |e: isize, (off, dt): (u32, DType)| unsafe {
        dt.load(src.data.offset(e).add(off as usize))
    };
    let mut order = src.offsets();
    order.sort_by(|&a, &b| {
        aux.keys
            .iter()
            .map(|&k| cmp_field(k.1, load(a, k), load(b, k)))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal)
    });
    out[0] = crate::lib_numpy::gather(src, order, src.shape().to_vec(), 1)?;
    Ok(())
}
