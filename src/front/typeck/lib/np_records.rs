//! numpy's names for record field types rumba has no scalar type of
//! its own for: `np.complex64`, `np.str_` and `np.bytes_` name field types
//! (`typeck/records.rs`); calling them is refused. And `np.ctypeslib`,
//! `np.rec`.

use super::{func, item, CallSite, Entry, Item, Module};
use crate::front::typeck::{type_err, IResult, Infer};
use vm::types::Type;

pub const ENTRIES: &[Entry] = &[
    func("bytes_", field_type_only),
    func("complex128", field_type_only),
    func("complex64", field_type_only),
    item("ctypeslib", Item::Module("numpy.ctypeslib")),
    func("frombuffer", crate::front::typeck::buffers::frombuffer),
    item("rec", Item::Module("numpy.rec")),
    func("str_", field_type_only),
];

/// `numpy.rec`: record arrays (rumba's record arrays all have their
/// fields as attributes, as `np.recarray` does).
pub const REC: Module = Module {
    name: "numpy.rec",
    entries: &[&[func("array", rec_array)]],
    complete: false,
    star: false,
};

/// `np.rec.array(records, dtype=dt)`: `np.array` of a record dtype.
fn rec_array(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let t = super::call(
        inf,
        &CallSite {
            module: "numpy",
            name: "array",
            ..*c
        },
    )?;
    match &t {
        Type::Array(a) if matches!(a.dtype, vm::dtype::DType::Record(_)) => Ok(t),
        _ => Err(type_err(
            inf,
            c.e.span,
            "rumba supports np.rec.array() of records with a dtype= of named fields",
        )),
    }
}

fn field_type_only(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    Err(type_err(
        inf,
        c.e.span,
        format!(
            "{}() scalars are not supported by rumba (it names record field types only)",
            c.qualified()
        ),
    ))
}
