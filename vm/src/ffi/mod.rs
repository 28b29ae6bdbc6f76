//! The foreign function interface at run time, one stage a file: C
//! declarations (`cparse`) into the C type table (`ctype`), libraries
//! (`clib`), calls (`call`) and callbacks (`callback`) through libffi, and
//! the natives C interop compiles to (`natives`).

pub mod call;
pub mod callback;
pub mod clib;
pub mod cparse;
pub mod ctype;
pub mod natives;
