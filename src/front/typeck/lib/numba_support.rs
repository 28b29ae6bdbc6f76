//! `numba.np.numpy_support`: conversions between numpy dtypes and Numba
//! types. rumba's scalar type objects are both (`float32` names numpy's
//! dtype and Numba's type), so both directions give them back; a record
//! dtype becomes Numba's record type (`records::numba_record`), which
//! prints as Numba prints it.

use super::{arity, func, item, CallSite, Item, Module};
use crate::front::typeck::records;
use crate::front::typeck::{type_err, IResult, Infer};
use crate::front::typed::Res;
use std::rc::Rc;
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
pub fn convert(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, c.name, c.pos.len(), 1, 1)?;
    if !c.kws.is_empty() {
        let msg = format!("{}() takes no keyword arguments", c.name);
        return Err(type_err(inf, c.e.span, msg));
    }
    let record = records::numba_record_of(&c.pos[0]);
    match (&c.pos[0], record) {
        (_, Some(id)) if c.name == "as_dtype" => {
            inf.res(c.e, Res::Const);
            Ok(Type::TypeObj(Rc::new(Type::Record(id))))
        }
        (Type::TypeObj(t), None) if t.dtype().is_some() => {
            inf.res(c.e, Res::Const);
            match (&**t, c.name) {
                (Type::Record(id), "from_dtype") => Ok(records::numba_record(*id)),
                _ => Ok(c.pos[0].clone()),
            }
        }
        (t, _) => {
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
