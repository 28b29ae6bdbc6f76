//! numpy's names for record field types rumba has no scalar type of
//! its own for: `np.complex64`, `np.str_` and `np.bytes_` name field types
//! (`typeck/records.rs`); calling them is refused. And `np.ctypeslib`.

use super::{func, item, CallSite, Entry, Item};
use crate::front::typeck::{type_err, IResult, Infer};
use vm::types::Type;

pub const ENTRIES: &[Entry] = &[
    func("bytes_", field_type_only),
    func("complex128", field_type_only),
    func("complex64", field_type_only),
    item("ctypeslib", Item::Module("numpy.ctypeslib")),
    func("str_", field_type_only),
];

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
