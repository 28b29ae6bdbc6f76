//! The foreign function interface: C types and declarations, libraries,
//! calls and callbacks.

pub mod call;
pub mod callback;
pub mod clib;
pub mod cparse;
pub mod ctype;
