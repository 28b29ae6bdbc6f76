//! rumba's runtime: values, the typed bytecode, the interpreter and the FFI.

pub mod bytecode;
pub mod dtype;
pub mod error;
pub mod ffi;
pub mod format;
pub mod interp;
pub mod lib_base;
pub mod lib_cmath;
pub mod lib_complex;
pub mod lib_dict;
pub mod lib_exc;
pub mod lib_keyed;
pub mod lib_math;
pub mod lib_npcomplex;
pub mod lib_numpy;
pub mod lib_os;
pub mod lib_random;
pub mod lib_tuple;
pub mod lib_ufunc;
pub mod native;
pub mod show;
pub mod tier;
pub mod types;
pub mod value;
pub mod verify;
