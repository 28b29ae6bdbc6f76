//! `numba.np.numpy_support`: conversions between numpy dtypes and Numba
//! types. rumba's type objects are both (`float32` names numpy's dtype
//! and Numba's type, a record type is its dtype), so both directions
//! check that the argument is a dtype or type and give it back.

use super::{arity, func, item, CallSite, Item, Module};
use crate::front::typeck::{type_err, IResult, Infer};
use crate::front::typed::Res;
use vm::types::Type;

/// `numba.np`.
pub const NP: Module = Module {
    name: "numba.np",
    entries: &[&[item(
        "numpy_support",
        Item::Module("numba.np.numpy_support"),
    )]],
    complete: false,
    star: false,
};

pub const NUMPY_SUPPORT: Module = Module {
    name: "numba.np.numpy_support",
    entries: &[&[func("as_dtype", convert), func("from_dtype", convert)]],
    complete: false,
    star: false,
};

/// `from_dtype(np.dtype(...))` and `as_dtype(types.int32)`.
fn convert(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, c.name, c.pos.len(), 1, 1)?;
    if !c.kws.is_empty() {
        let msg = format!("{}() takes no keyword arguments", c.name);
        return Err(type_err(inf, c.e.span, msg));
    }
    match &c.pos[0] {
        Type::TypeObj(t) if t.dtype().is_some() => {
            inf.res(c.e, Res::Const);
            Ok(c.pos[0].clone())
        }
        t => {
            let what = if c.name == "from_dtype" {
                "a numpy dtype"
            } else {
                "a Numba scalar or record type"
            };
            let msg = format!("{}() expects {what}, not {}", c.name, inf.tyname(t));
            Err(type_err(inf, c.args[0].span, msg))
        }
    }
}
