//! rumba's runtime: values, the typed bytecode, the interpreter and the FFI.

pub mod ffi;
pub mod format;
