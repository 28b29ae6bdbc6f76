//! `cffi`: the `FFI` class. Its methods (`cdef`, `dlopen`, `new`...) are
//! typed in `typeck/ffi.rs`, on the FFI object.

use super::{func, Entry, Module};
use crate::front::typeck::ffi;

pub const CFFI: Module = Module {
    name: "cffi",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[func("FFI", ffi::new_ffi)];
