//! The program's C interop state: FFI objects and what their cdefs
//! declared, opened libraries, C functions (resolved symbols, ctypes
//! signatures, callbacks), and the callbacks kept alive for C.

use crate::program::FuncId;
use std::collections::HashMap;
use std::rc::Rc;
use vm::ffi::callback::Callback;
use vm::ffi::clib::CLib;
use vm::ffi::ctype::CTypeId;

/// A cffi `FFI()` object.
#[derive(Default)]
pub struct FfiState {
    pub funcs: HashMap<String, CTypeId>,
    pub vars: HashMap<String, CTypeId>,
}

/// An opened library: by cffi (with the FFI whose declarations apply) or
/// by ctypes.
pub struct LibState {
    pub lib: Rc<CLib>,
    pub ffi: Option<u32>,
    /// C functions already resolved, so that `lib.f` is one object.
    pub funcs: HashMap<String, u32>,
}

/// A C function value.
pub struct CFuncState {
    pub name: String,
    pub addr: usize,
    /// The C function type, when known (cffi declarations, callbacks).
    pub fty: Option<CTypeId>,
    /// ctypes: `argtypes` and `restype` as set by the script (`restype`
    /// `Some(None)` is `None`, i.e. void).
    pub argtypes: Option<Vec<CTypeId>>,
    pub restype: Option<Option<CTypeId>>,
    /// For callbacks and `cfunc`: the script function behind the pointer.
    pub script: Option<FuncId>,
}

#[derive(Default)]
pub struct CState {
    pub ffis: Vec<FfiState>,
    pub libs: Vec<LibState>,
    pub funcs: Vec<CFuncState>,
    /// Callbacks C may call; they live as long as the program.
    pub callbacks: Vec<Callback>,
    /// ctypes types made in the script (`c_double * 3`, `POINTER(T)`,
    /// Structure classes) are C types; the index is their id.
    pub structure_names: HashMap<CTypeId, String>,
    /// Structures whose `_fields_` were assigned after the class, by the
    /// statement that did it (inference may visit it again).
    pub late_fields: HashMap<CTypeId, usize>,
    /// C call sites already shown by `--dump=ffi`.
    pub dumped: std::collections::HashSet<(String, u32)>,
}
