//! `np.percentile(a, q)` and `np.quantile(a, q)` of a whole array, q a
//! number or an array of them; the runtime is vm/src/lib_quantile.rs.

use super::lib::CallSite;
use super::{native_aux, pos_args, IResult, Infer};
use vm::dtype::DType;
use vm::lib_quantile::{quantile as run, QuantileAux};
use vm::types::{Layout, Type};

pub fn quantile(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, f, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.first() {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            format!("rumba's numpy.{f}() takes no keyword arguments (axis, method, ... are not supported)"),
        ));
    }
    if pos.len() != 2 {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("rumba's numpy.{f}() takes an array and q"),
        ));
    }
    let numeric = |d: DType| d.is_int() || d == DType::F64 || (d == DType::F32 && inf.jitted());
    let dtype = match &pos[0] {
        Type::Array(a) if numeric(a.dtype) => a.dtype,
        t => {
            return Err(inf.err(
                "TypeError",
                args[0].span,
                format!("numpy.{f}() of {} is not supported by rumba", inf.tyname(t)),
            ))
        }
    };
    let (q_array, qt, rt) = match &pos[1] {
        Type::Array(q) if q.ndim == 1 && (q.dtype.is_int() || q.dtype.is_float()) => (
            Some(q.dtype),
            pos[1].clone(),
            Type::array(DType::F64, 1, Layout::C),
        ),
        t if t.is_number() && !t.is_bool() => (None, Type::F64, Type::NpF64),
        t => {
            return Err(inf.err(
                "TypeError",
                args[1].span,
                format!(
                    "rumba's numpy.{f}() takes q as a number or a 1-d array, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let aux = QuantileAux {
        dtype,
        percent: f == "percentile",
        numba: inf.jitted(),
        q_array,
    };
    inf.res(
        e,
        native_aux(f, run, pos_args(2), vec![pos[0].clone(), qt], aux),
    );
    Ok(rt)
}
