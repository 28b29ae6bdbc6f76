//! `numba` and `numba.types`: the decorators, `struct`, `typeof`, `NULL`
//! and Numba's type objects. Casts by a type object give Python scalars,
//! as the values Numba returns to Python are.

use super::{func, item, unsupported, CallSite, Entry, Item, Module, Value};
use crate::front::typeck::{
    arity, ffi, funcs, intrinsic, numpy, pos_args, type_err, IResult, Infer,
};
use crate::front::typed::{Intrinsic, Res};
use std::rc::Rc;
use vm::ffi::ctype::CTypeId;
use vm::types::{IntTy, Type};

pub const NUMBA: Module = Module {
    name: "numba",
    entries: &[TYPE_ENTRIES, ENTRIES],
    complete: false,
    star: true,
};

pub const TYPES: Module = Module {
    name: "numba.types",
    entries: &[TYPE_ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("autojit", funcs::jit),
    unsupported("carray"),
    func("cfunc", ffi::cfunc),
    unsupported("farray"),
    func("generated_jit", funcs::jit),
    func("jit", funcs::jit),
    func("literal_unroll", literal_unroll),
    func("njit", funcs::jit),
    item("NULL", Item::Const(Value::Null)),
    unsupported("prange"),
    func("struct", struct_),
    item("types", Item::Module("numba.types")),
    func("typeof", typeof_),
];

const fn int(name: &'static str, bits: u8, signed: bool) -> Entry {
    ty(
        name,
        Type::Int(IntTy {
            bits,
            signed,
            py: true,
        }),
    )
}

const fn ty(name: &'static str, t: Type) -> Entry {
    item(name, Item::Type(t))
}

const TYPE_ENTRIES: &[Entry] = &[
    int("int8", 8, true),
    int("int16", 16, true),
    int("int32", 32, true),
    int("int64", 64, true),
    int("uint8", 8, false),
    int("uint16", 16, false),
    int("uint32", 32, false),
    int("uint64", 64, false),
    int("intp", 64, true),
    int("uintp", 64, false),
    int("intc", 32, true),
    int("uintc", 32, false),
    int("Py_ssize_t", 64, true),
    int("Py_uintptr_t", 64, false),
    int("size_t", 64, false),
    int("char", 8, true),
    int("uchar", 8, false),
    int("short", 16, true),
    int("int_", 64, true),
    int("long_", 64, true),
    int("longlong", 64, true),
    ty("float32", Type::F32),
    ty("float64", Type::F64),
    ty("double", Type::F64),
    ty("float_", Type::F32),
    ty("f4", Type::F32),
    ty("f8", Type::F64),
    ty("boolean", Type::NpBool),
    ty("bool_", Type::NpBool),
    ty("b1", Type::NpBool),
    ty("complex128", Type::C128),
    ty("none", Type::None),
    ty("void", Type::None),
    ty("voidp", Type::Ptr(CTypeId::VOID)),
];

/// Numba's type named `name`, as signature strings spell it.
pub fn type_named(name: &str) -> Option<Type> {
    match &TYPES.entry(name)?.item {
        Item::Type(t) => Some(t.clone()),
        _ => None,
    }
}

/// `numba.struct([(name, type), ...])`: a C-layout record type.
fn struct_(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "struct", c.pos.len(), 1, 2)?;
    let fields = numpy::field_list(inf, &c.args[0])?;
    let id = inf
        .prog
        .make_struct(&fields)
        .map_err(|m| type_err(inf, c.args[0].span, m))?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(Type::Record(id))))
}

/// `literal_unroll(t)` is `t`; a `for` loop over it is unrolled
/// (`typeck/unroll.rs`).
fn literal_unroll(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "literal_unroll", c.pos.len(), 1, 1)?;
    inf.res(
        c.e,
        intrinsic(Intrinsic::Reinterpret, pos_args(1), c.pos.to_vec()),
    );
    Ok(c.pos[0].clone())
}

fn typeof_(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "typeof", c.pos.len(), 1, 1)?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(c.pos[0].clone())))
}
