//! `numba.core.typing.cffi_utils`: cffi's C types as Numba's types, as
//! Numba maps them (`map_type`): scalars by Numba's table, pointers as
//! `CPointer`, arrays as `NestedArray`, function pointers as signatures
//! and, with `use_record_dtype=True`, structs as records laid out as the C
//! compiler lays them out. `register_type` adds to the table.

use super::{func, item, unsupported, CallSite, Item, Module};
use crate::front::typeck::{check_kws, records, type_err, IResult, Infer};
use crate::front::typed::{Const, Res};
use std::rc::Rc;
use vm::ffi::ctype::{CType, CTypeId};
use vm::types::Type;

/// `numba.core.typing`.
pub const CORE_TYPING: Module = Module {
    name: "numba.core.typing",
    entries: &[&[item(
        "cffi_utils",
        Item::Module("numba.core.typing.cffi_utils"),
    )]],
    complete: false,
    star: false,
};

pub const CFFI_UTILS: Module = Module {
    name: "numba.core.typing.cffi_utils",
    entries: &[&[
        func("map_type", map_type),
        func("register_type", register_type),
        // Out-of-line modules are CPython extension modules, which rumba
        // cannot import.
        unsupported("register_module"),
        unsupported("make_function_type"),
    ]],
    complete: false,
    star: false,
};

/// The C type a cffi ctype argument holds.
fn ctype_arg(inf: &Infer, c: &CallSite, i: usize) -> IResult<CTypeId> {
    records::cffi_ctype_id(inf, &c.pos[i]).ok_or_else(|| {
        let msg = format!(
            "{}() takes a cffi type (ffi.typeof(...)), not {}",
            c.qualified(),
            inf.tyname(&c.pos[i])
        );
        type_err(inf, c.args[i].span, msg)
    })
}

/// `map_type(cffi_type, use_record_dtype=False)`.
fn map_type(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = c.qualified();
    check_kws(inf, &name, c.kws, &["use_record_dtype"])?;
    crate::front::typeck::arity(inf, c.e, &name, c.pos.len() + c.kws.len(), 1, 2)?;
    let id = ctype_arg(inf, c, 0)?;
    let flag = c.args.get(1).or(c.kws.first().map(|k| &k.value));
    let records = match flag.map(|a| (a, inf.const_of(a))) {
        None => false,
        Some((_, Some(Const::Bool(b)))) => *b,
        Some((_, Some(Const::Int(i)))) => *i != 0,
        Some((a, _)) => {
            return Err(type_err(
                inf,
                a.span,
                "use_record_dtype must be a constant bool",
            ));
        }
    };
    let t = map(inf, id, records).map_err(|m| inf.err("TypeError", c.e.span, m))?;
    inf.res(c.e, Res::Const);
    Ok(t)
}

/// Numba's type object for C type `id`, or the reason Numba gives for
/// refusing it.
fn map(inf: &mut Infer, id: CTypeId, records: bool) -> Result<Type, String> {
    match inf.prog.ctypes.get(id).clone() {
        CType::Record(r) if r.kind == vm::ffi::ctype::RecordKind::Union => {
            Err("No support for CFFI union".into())
        }
        CType::Pointer(p) => match inf.prog.ctypes.get(p).clone() {
            CType::Func(sig) => {
                if sig.variadic {
                    return Err("vararg function is not supported".into());
                }
                let ret = value_type(inf, sig.ret, records)?;
                let mut args = Vec::new();
                for &a in &sig.params {
                    args.push(value_type(inf, a, records)?);
                }
                Ok(inf.prog.intern_signature(args, Some(ret)))
            }
            CType::Void => Ok(Type::TypeObj(Rc::new(Type::Ptr(CTypeId::VOID)))),
            _ => {
                let pointee = value_type(inf, p, records)?;
                let ptr = inf
                    .prog
                    .pointer_to(&pointee)
                    .ok_or_else(|| format!("cannot make a pointer to {}", inf.tyname(&pointee)))?;
                Ok(Type::TypeObj(Rc::new(ptr)))
            }
        },
        CType::Array { elem, len } => {
            let Some(len) = len else {
                return Err(format!(
                    "an array of unknown length ({}) as a NestedArray is not supported by rumba",
                    inf.prog.ctypes.name(id)
                ));
            };
            let elem = ctype_of_value(inf, elem, records)?;
            let arr = inf.prog.ctypes.array(elem, Some(len)).map_err(|m| m.0)?;
            Ok(super::numba::nested_array_type(arr))
        }
        CType::Record(_) if records => {
            let fields = inf.prog.ctypes.fields(id).unwrap_or(&[]).to_vec();
            let mut mapped = Vec::new();
            for f in fields {
                mapped.push((f.name.clone(), ctype_of_value(inf, f.ty, true)?));
            }
            let rec = inf.prog.make_c_struct(&mapped)?;
            Ok(records::numba_record(rec))
        }
        _ => {
            if let Some(t) = registered(inf, id) {
                return Ok(t);
            }
            let name = match id {
                CTypeId::BOOL => "boolean",
                CTypeId::CHAR | CTypeId::SCHAR => "char",
                CTypeId::UCHAR => "uchar",
                CTypeId::SHORT => "short",
                CTypeId::USHORT => "ushort",
                CTypeId::INT => "intc",
                CTypeId::UINT => "uintc",
                CTypeId::LONG => "long_",
                CTypeId::ULONG => "ulong",
                CTypeId::LONGLONG => "longlong",
                CTypeId::ULONGLONG => "ulonglong",
                CTypeId::FLOAT => "float32",
                CTypeId::DOUBLE => "double",
                CTypeId::VOID => "void",
                _ => return Err(format!("<ctype '{}'>", inf.prog.ctypes.name(id))),
            };
            let t = super::numba::type_named(name)
                .ok_or_else(|| format!("<ctype '{}'>", inf.prog.ctypes.name(id)))?;
            Ok(Type::TypeObj(Rc::new(t)))
        }
    }
}

/// The type a mapped C type gives values of: a type object's type (a
/// record's, for Numba's record type); signatures and NestedArrays are
/// not value types of a pointer or signature here.
fn value_type(inf: &mut Infer, id: CTypeId, records: bool) -> Result<Type, String> {
    let t = map(inf, id, records)?;
    if let Some(rec) = records::numba_record_of(&t) {
        return Ok(Type::Record(rec));
    }
    match t {
        Type::TypeObj(inner) if !matches!(*inner, Type::Named(_)) => Ok((*inner).clone()),
        _ => Err(format!(
            "{} as an argument, result or pointee type is not supported by rumba",
            inf.prog.ctypes.name(id)
        )),
    }
}

/// The C type of a mapped field or array element, as Numba's dtype of it
/// lays it out.
fn ctype_of_value(inf: &mut Infer, id: CTypeId, records: bool) -> Result<CTypeId, String> {
    let t = map(inf, id, records)?;
    if let Some(arr) = super::numba::nested_array_of(&t) {
        return Ok(inf.prog.ctype_by_index(arr));
    }
    if let Some(rec) = records::numba_record_of(&t) {
        return Ok(rec);
    }
    match &t {
        Type::TypeObj(inner) if inner.dtype().is_some() => inf
            .prog
            .ctype_of(inner)
            .ok_or_else(|| format!("{} has no C type", inf.tyname(inner))),
        _ => Err(format!(
            "{} cannot be represented as a NumPy dtype",
            inf.prog.ctypes.name(id)
        )),
    }
}

/// The Numba type `register_type` gave C type `id`.
fn registered(inf: &Infer, id: CTypeId) -> Option<Type> {
    inf.prog
        .cffi_types
        .iter()
        .rev()
        .find(|(k, _)| *k == id)
        .map(|(_, t)| t.clone())
}

/// `register_type(cffi_type, numba_type)`: `map_type` maps the C type to
/// the Numba type from now on.
fn register_type(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = c.qualified();
    check_kws(inf, &name, c.kws, &[])?;
    crate::front::typeck::arity(inf, c.e, &name, c.pos.len(), 2, 2)?;
    let id = ctype_arg(inf, c, 0)?;
    let t = &c.pos[1];
    let is_type = matches!(t, Type::TypeObj(_)) || inf.prog.signature_of(t).is_some();
    if !is_type {
        let msg = format!("{name}() takes a Numba type, not {}", inf.tyname(t));
        return Err(type_err(inf, c.args[1].span, msg));
    }
    inf.prog.cffi_types.push((id, t.clone()));
    inf.res(c.e, Res::Const);
    Ok(Type::None)
}
