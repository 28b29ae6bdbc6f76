//! The foreign function interface: C types and declarations, libraries,
//! calls and callbacks.

pub mod cparse;
pub mod ctype;
