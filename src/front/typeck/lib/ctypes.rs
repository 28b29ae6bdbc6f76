//! `ctypes` and `ctypes.util`: the scalar C types, libraries, pointers and
//! the `Structure` and `Union` base classes. The functions are typed in
//! `typeck/ffi.rs`.

use super::{func, item, Entry, Item, Module};
use crate::front::typeck::ffi;
use vm::ffi::ctype::CTypeId;

pub const CTYPES: Module = Module {
    name: "ctypes",
    entries: &[ENTRIES],
    complete: false,
    star: true,
};

pub const UTIL: Module = Module {
    name: "ctypes.util",
    entries: &[&[func("find_library", ffi::find_library)]],
    complete: false,
    star: false,
};

/// `numpy.ctypeslib`: numpy arrays in ctypes calls.
pub const CTYPESLIB: Module = Module {
    name: "numpy.ctypeslib",
    entries: &[&[func("ndpointer", ffi::ndpointer)]],
    complete: false,
    star: false,
};

const fn scalar(name: &'static str, id: CTypeId) -> Entry {
    item(name, Item::CType(id))
}

const ENTRIES: &[Entry] = &[
    func("addressof", ffi::address),
    func("byref", ffi::address),
    scalar("c_bool", CTypeId::BOOL),
    scalar("c_byte", CTypeId::SCHAR),
    scalar("c_char", CTypeId::CHAR),
    item("c_char_p", Item::CPointer(CTypeId::CHAR)),
    scalar("c_double", CTypeId::DOUBLE),
    scalar("c_float", CTypeId::FLOAT),
    scalar("c_int", CTypeId::INT),
    scalar("c_int16", CTypeId::SHORT),
    scalar("c_int32", CTypeId::INT),
    scalar("c_int64", CTypeId::LONG),
    scalar("c_int8", CTypeId::SCHAR),
    scalar("c_long", CTypeId::LONG),
    scalar("c_longlong", CTypeId::LONGLONG),
    scalar("c_short", CTypeId::SHORT),
    scalar("c_size_t", CTypeId::ULONG),
    scalar("c_ssize_t", CTypeId::LONG),
    scalar("c_ubyte", CTypeId::UCHAR),
    scalar("c_uint", CTypeId::UINT),
    scalar("c_uint16", CTypeId::USHORT),
    scalar("c_uint32", CTypeId::UINT),
    scalar("c_uint64", CTypeId::ULONG),
    scalar("c_uint8", CTypeId::UCHAR),
    scalar("c_ulong", CTypeId::ULONG),
    scalar("c_ulonglong", CTypeId::ULONGLONG),
    scalar("c_ushort", CTypeId::USHORT),
    item("c_void_p", Item::CPointer(CTypeId::VOID)),
    func("cast", ffi::ctypes_cast),
    func("CDLL", ffi::cdll),
    item("cdll", Item::Object),
    func("CFUNCTYPE", ffi::cfunctype),
    func("pointer", ffi::address),
    func("POINTER", ffi::pointer_type),
    func("sizeof", ffi::ctypes_sizeof),
    item("Structure", Item::Object),
    item("Union", Item::Object),
    item("util", Item::Module("ctypes.util")),
];
