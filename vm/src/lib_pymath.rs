//! `math.prod` of a list or tuple of Python numbers.

use crate::error::VmResult;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{obj, ListObj};

/// What `math.prod` multiplies: whether the elements are floats, whether
/// the start is, and the tuple's length (None for a list).
pub struct ProdAux {
    pub elems_float: bool,
    pub start_float: bool,
    pub tuple_len: Option<usize>,
}

/// `math.prod(seq, start=start)`: left to right from `start`, in int
/// arithmetic (wrapping at 64 bits as rumba's ints do) until a float
/// takes part, as CPython's loop switches to floats.
pub fn prod(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &ProdAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (elems, start): (&[u64], u64) = match aux.tuple_len {
        Some(n) => (&args[..n], args[n]),
        None => {
            // SAFETY: the first argument is a list (its static type).
            let l = unsafe { obj::<ListObj>(args[0]) };
            (&l.slots, args[1])
        }
    };
    let float = |v: u64, is_float: bool| {
        if is_float {
            f64::from_bits(v)
        } else {
            v as i64 as f64
        }
    };
    if !aux.elems_float && !aux.start_float {
        let p = elems
            .iter()
            .fold(start as i64, |acc, &v| acc.wrapping_mul(v as i64));
        out[0] = p as u64;
        return Ok(());
    }
    let p = elems.iter().fold(float(start, aux.start_float), |acc, &v| {
        acc * float(v, aux.elems_float)
    });
    out[0] = p.to_bits();
    Ok(())
}
