//! Names and attributes: local, global and built-in names, imports of
//! built-in and script modules, attributes of modules, arrays, records, C
//! data and compile-time values, and assignments to attributes.

use super::funcs::const_type;
use super::numpy::numpy_type;
use super::ops::check_convertible;
use super::{builtin, intrinsic, native, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{ArrayAttr, Const, ImportVal, Intrinsic, Res};
use crate::program::Program;
use std::rc::Rc;
use vm::bytecode::{MathFn, MathFn2};
use vm::dtype::DType;
use vm::ffi::ctype::CTypeId;
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

impl<'p> Infer<'p> {
    pub(super) fn name(&mut self, e: &Expr, n: &str) -> IResult<Type> {
        let is_local = !self.at_module && self.locals.contains(n);
        if let Some(var) = self.env.as_ref().and_then(|env| env.get(n)) {
            let ty = var.ty.clone();
            if ty.slots() == 0 {
                self.res(e, Res::Const);
            } else if self.at_module {
                let slots = self.prog.global_slots(self.module, n, &ty);
                self.res(e, Res::Global(slots));
            } else {
                self.res(e, Res::Local);
            }
            return Ok(ty);
        }
        if is_local {
            return Err(self.err(
                "UnboundLocalError",
                e.span,
                format!("local variable '{n}' referenced before assignment"),
            ));
        }
        // A module global read from a function.
        let g = self.prog.modules[self.module as usize]
            .globals
            .get(n)
            .cloned();
        if let Some(g) = g {
            self.deps.push((self.module, n.to_string(), g.ty.clone()));
            if g.ty.slots() == 0 {
                self.res(e, Res::Const);
            } else {
                self.res(e, Res::Global(g.slots.clone()));
            }
            return Ok(g.ty);
        }
        if let Some(h) = self.prog.host_by_name(n) {
            self.res(e, Res::Const);
            return Ok(Type::Const(ConstKind::HostFn, h));
        }
        if let Some(t) = builtin_name(self, n) {
            self.res(e, Res::Const);
            return Ok(t);
        }
        Err(self.err("NameError", e.span, format!("name '{n}' is not defined")))
    }
}

pub const MODULES: &[&str] = &[
    "math",
    "numpy",
    "numba",
    "sys",
    "time",
    "cffi",
    "ctypes",
    "ctypes.util",
    "__future__",
    "numba.types",
];

/// A built-in module's id: its interned name.
fn module_id(prog: &mut Program, name: &str) -> Option<u32> {
    MODULES.contains(&name).then(|| prog.intern_builtin(name))
}

pub fn builtin_name(inf: &mut Infer, n: &str) -> Option<Type> {
    const NAMES: &[&str] = &[
        "print",
        "ascii",
        "len",
        "range",
        "int",
        "float",
        "complex",
        "bool",
        "str",
        "repr",
        "abs",
        "min",
        "max",
        "round",
        "sum",
        "enumerate",
        "zip",
        "divmod",
        "pow",
        "chr",
        "ord",
        "list",
        "tuple",
        "any",
        "all",
        "isinstance",
        "format",
        "hex",
        "oct",
        "bin",
        "reversed",
        "sorted",
        "Exception",
        "ValueError",
        "TypeError",
        "IndexError",
        "RuntimeError",
        "ZeroDivisionError",
        "AssertionError",
        "KeyError",
        "NotImplementedError",
        "OverflowError",
        "ArithmeticError",
        "StopIteration",
        "MemoryError",
        "SystemExit",
    ];
    if NAMES.contains(&n) {
        return Some(builtin(inf.prog, n));
    }
    match n {
        "__name__" => {
            // A module's name; the main script is __main__.
            None
        }
        _ => None,
    }
}

/// Binding for `import a.b as c`: the name bound and its value.
pub fn import(
    inf: &mut Infer,
    name: &str,
    asname: Option<&str>,
    span: Span,
) -> IResult<(String, Type)> {
    if let Some(id) = module_id(inf.prog, name) {
        let bind = match asname {
            Some(a) => (a.to_string(), Type::Const(ConstKind::BuiltinModule, id)),
            // `import ctypes.util` binds `ctypes`.
            None => {
                let top = name.split('.').next().unwrap_or(name);
                (
                    top.to_string(),
                    Type::Const(
                        ConstKind::BuiltinModule,
                        module_id(inf.prog, top).unwrap_or(id),
                    ),
                )
            }
        };
        return Ok(bind);
    }
    if name.contains('.') {
        return Err(inf.err(
            "ModuleNotFoundError",
            span,
            format!("No module named '{name}'"),
        ));
    }
    let m = inf.rt.import(inf.prog, name).map_err(|e| match e {
        super::ImportError::NotFound => inf.err(
            "ModuleNotFoundError",
            span,
            format!("No module named '{name}'"),
        ),
        super::ImportError::Failed(d) => d,
    })?;
    Ok((
        asname.unwrap_or(name).to_string(),
        Type::Const(ConstKind::Module, m),
    ))
}

pub fn import_from(
    inf: &mut Infer,
    module: &str,
    name: &str,
    span: Span,
) -> IResult<Option<ImportVal>> {
    if module == "__future__" || name == "*" {
        return Ok(None);
    }
    if let Some(id) = module_id(inf.prog, module) {
        let full = format!("{module}.{name}");
        if let Some(sub) = module_id(inf.prog, &full) {
            return Ok(Some(ImportVal::Static(Type::Const(
                ConstKind::BuiltinModule,
                sub,
            ))));
        }
        if let Some((c, t)) = module_const(module, name) {
            return Ok(Some(ImportVal::Const(c, t)));
        }
        return match module_attr(inf, id, name) {
            Some(t) => Ok(Some(ImportVal::Static(t))),
            None => Err(inf.err(
                "ImportError",
                span,
                format!("cannot import name '{name}' from '{module}'"),
            )),
        };
    }
    let (_, m) = import(inf, module, None, span)?;
    let Type::Const(ConstKind::Module, mid) = m else {
        return Err(inf.err(
            "ImportError",
            span,
            format!("cannot import from '{module}'"),
        ));
    };
    match inf.prog.modules[mid as usize].globals.get(name).cloned() {
        Some(g) if g.ty.slots() == 0 => Ok(Some(ImportVal::Static(g.ty))),
        Some(g) => {
            inf.deps.push((mid, name.to_string(), g.ty.clone()));
            Ok(Some(ImportVal::Global(g.slots, g.ty)))
        }
        None => Err(inf.err(
            "ImportError",
            span,
            format!("cannot import name '{name}' from '{module}'"),
        )),
    }
}

pub fn star_names(inf: &mut Infer, module: &str, span: Span) -> IResult<Vec<(String, ImportVal)>> {
    let Some(id) = module_id(inf.prog, module) else {
        return Err(inf.err(
            "ImportError",
            span,
            "'from ... import *' is only supported for built-in modules",
        ));
    };
    let names: Vec<&str> = match module {
        "numba" => NUMBA_TYPES
            .iter()
            .map(|(n, _)| *n)
            .chain([
                "jit", "njit", "autojit", "cfunc", "struct", "NULL", "void", "voidp",
            ])
            .collect(),
        "math" => MATH1
            .iter()
            .map(|(n, _, _)| *n)
            .chain(["pi", "e", "inf", "nan", "tau"])
            .collect(),
        "ctypes" => CTYPES_NAMES.to_vec(),
        _ => {
            return Err(inf.err(
                "ImportError",
                span,
                format!("'from {module} import *' is not supported"),
            ))
        }
    };
    Ok(names
        .into_iter()
        .filter_map(|n| match module_const(module, n) {
            Some((c, t)) => Some((n.to_string(), ImportVal::Const(c, t))),
            None => module_attr(inf, id, n)
                .filter(|t| t.slots() == 0)
                .map(|t| (n.to_string(), ImportVal::Static(t))),
        })
        .collect())
}

pub fn attribute(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    attr: &str,
    attr_span: Span,
) -> IResult<Type> {
    // `a.ctypes.data`: the address of an array's data.
    if attr == "data" {
        if let ExprKind::Attribute {
            value: inner,
            attr: a2,
            ..
        } = &value.kind
        {
            if a2 == "ctypes" {
                let t = inf.expr(inner)?;
                if let Type::Array(_) = t {
                    inf.res(e, Res::ArrayAttr(ArrayAttr::Data));
                    return Ok(PYINT);
                }
            }
        }
    }
    let vt = inf.expr(value)?;
    match &vt {
        Type::Const(ConstKind::BuiltinModule, m) => {
            if let Some(t) = module_value_attr(inf, e, *m, attr) {
                return Ok(t);
            }
            if inf.prog.builtin_name(*m) == "sys" && attr == "argv" {
                let slot = inf.prog.argv_slot();
                inf.res(e, Res::Global(vec![slot]));
                return Ok(Type::List(Rc::new(Type::Str)));
            }
            match module_attr(inf, *m, attr) {
                Some(t) => {
                    inf.res(e, Res::Const);
                    Ok(t)
                }
                None => Err(inf.err(
                    "AttributeError",
                    attr_span,
                    format!(
                        "module '{}' has no attribute '{attr}' (or rumba does not support it)",
                        inf.prog.builtin_name(*m)
                    ),
                )),
            }
        }
        Type::Const(ConstKind::Module, m) => {
            let g = inf.prog.modules[*m as usize].globals.get(attr).cloned();
            let Some(g) = g else {
                return Err(inf.err(
                    "AttributeError",
                    attr_span,
                    format!(
                        "module '{}' has no attribute '{attr}'",
                        inf.prog.modules[*m as usize].name
                    ),
                ));
            };
            inf.deps.push((*m, attr.to_string(), g.ty.clone()));
            if g.ty.slots() == 0 {
                inf.res(e, Res::Const);
            } else {
                inf.res(e, Res::Global(g.slots.clone()));
            }
            Ok(g.ty)
        }
        Type::Array(a) => {
            let (attr_kind, t) = match attr {
                "shape" => (ArrayAttr::Shape, Type::tuple(vec![PYINT; a.ndim as usize])),
                "size" => (ArrayAttr::Size, PYINT),
                "ndim" => (ArrayAttr::Ndim, PYINT),
                "itemsize" => (ArrayAttr::Itemsize, PYINT),
                "nbytes" => (ArrayAttr::Nbytes, PYINT),
                "dtype" => {
                    inf.res(e, Res::Const);
                    return Ok(Type::TypeObj(Rc::new(Type::of_dtype(a.dtype))));
                }
                "T" => (
                    ArrayAttr::T,
                    Type::array(
                        a.dtype,
                        a.ndim,
                        if a.ndim <= 1 { a.layout } else { Layout::A },
                    ),
                ),
                _ => {
                    if let DType::Record(id) = a.dtype {
                        return field_array(inf, e, id, a.ndim, attr, attr_span);
                    }
                    return Err(inf.err(
                        "AttributeError",
                        attr_span,
                        format!("array has no attribute '{attr}'"),
                    ));
                }
            };
            inf.res(e, Res::ArrayAttr(attr_kind));
            Ok(t)
        }
        Type::C128 if attr == "real" || attr == "imag" => {
            let part = u8::from(attr == "imag");
            inf.res(
                e,
                intrinsic(Intrinsic::Part(part), vec![], vec![Type::C128]),
            );
            Ok(Type::F64)
        }
        Type::Record(id) => {
            let id = *id;
            record_field(inf, e, value, id, attr, attr_span)
        }
        Type::Ptr(id) | Type::CData(id) => {
            // cffi: `p.x` on a pointer to a struct reads the pointee's field.
            let id = *id;
            if attr == "value" && inf.prog.ctypes.is_void(id) && matches!(vt, Type::Ptr(_)) {
                // `ctypes.cast(p, c_void_p).value`: the address.
                inf.res(e, intrinsic(Intrinsic::Reinterpret, vec![], vec![]));
                return Ok(PYINT);
            }
            if attr == "value" && inf.prog.ctypes.scalar(id).is_some() {
                // A ctypes scalar instance's value; a c_void_p's is an int.
                let t = match super::index::c_elem_type(inf, id) {
                    Some(Type::Ptr(p)) if inf.prog.ctypes.is_void(p) => PYINT,
                    t => t.unwrap_or(Type::Unknown),
                };
                inf.res(e, c_field(inf, 0, t.clone(), id));
                return Ok(t);
            }
            if attr == "contents" {
                // ctypes: the pointee, as C data viewing it.
                let target = match (&vt, inf.prog.ctypes.pointee(id)) {
                    (Type::CData(_), Some(p)) => p,
                    (Type::Ptr(_), _) => id,
                    _ => {
                        let msg = format!("{} has no attribute 'contents'", inf.tyname(&vt));
                        return Err(inf.err("AttributeError", attr_span, msg));
                    }
                };
                if inf.prog.ctypes.is_struct(target) {
                    inf.prog.register_record(target);
                }
                let arg = Type::Ptr(target);
                inf.res(
                    e,
                    native("contents", vm::lib_ffi::ptr_view, vec![], vec![arg]),
                );
                return Ok(Type::CData(target));
            }
            if inf.prog.ctypes.is_struct(id) {
                let (off, fty) = inf.prog.ctypes.field(id, attr).ok_or_else(|| {
                    inf.err(
                        "AttributeError",
                        attr_span,
                        format!("cdata '{}' has no field '{attr}'", inf.prog.ctypes.name(id)),
                    )
                })?;
                let ft = super::index::c_elem_type(inf, fty).ok_or_else(|| {
                    inf.err(
                        "TypeError",
                        attr_span,
                        format!(
                            "field '{attr}' has C type {}, which rumba cannot read",
                            inf.prog.ctypes.name(fty)
                        ),
                    )
                })?;
                inf.res(e, c_field(inf, off as u32, ft.clone(), fty));
                return Ok(ft);
            }
            Err(inf.err(
                "AttributeError",
                attr_span,
                format!("{} has no attribute '{attr}'", inf.tyname(&vt)),
            ))
        }
        Type::Const(..) | Type::TypeObj(_) => const_attr(inf, e, &vt, attr, attr_span),
        Type::Unknown => Ok(Type::Unknown),
        _ => Err(inf.err(
            "AttributeError",
            attr_span,
            format!("{} has no attribute '{attr}'", inf.tyname(&vt)),
        )),
    }
}

/// An attribute of a built-in module.
pub fn module_attr(inf: &mut Infer, m: u32, attr: &str) -> Option<Type> {
    let module = inf.prog.builtin_name(m).to_string();
    let module = module.as_str();
    let full = format!("{module}.{attr}");
    if let Some(id) = module_id(inf.prog, &full) {
        return Some(Type::Const(ConstKind::BuiltinModule, id));
    }
    match module {
        "math" if MATH1.iter().any(|(n, _, _)| *n == attr) || MATH_OTHER.contains(&attr) => {
            return Some(builtin(inf.prog, &full))
        }
        "numpy" => {
            if let Some(t) = numpy_type(attr) {
                return Some(Type::TypeObj(Rc::new(t)));
            }
            if NUMPY_FUNCS.contains(&attr)
                || MATH1.iter().any(|(n, _, np)| *n == attr && np.is_some())
                || NUMPY_UFUNC_ALIASES.iter().any(|(n, _)| *n == attr)
            {
                return Some(builtin(inf.prog, &full));
            }
        }
        "numba" | "numba.types" => {
            if let Some((_, t)) = NUMBA_TYPES.iter().find(|(n, _)| *n == attr) {
                return Some(Type::TypeObj(Rc::new(t.clone())));
            }
            match attr {
                "void" | "none" => return Some(Type::TypeObj(Rc::new(Type::None))),
                "voidp" => return Some(Type::TypeObj(Rc::new(Type::Ptr(CTypeId::VOID)))),
                "jit" | "njit" | "autojit" | "generated_jit" | "cfunc" | "struct" | "typeof"
                | "prange" | "carray" | "farray" => return Some(builtin(inf.prog, &full)),
                _ => {}
            }
        }
        "sys" => match attr {
            "argv" | "platform" | "byteorder" | "maxsize" | "exit" | "stdout" | "version_info" => {
                return Some(builtin(inf.prog, &full))
            }
            _ => {}
        },
        "time" => {
            if matches!(
                attr,
                "perf_counter" | "time" | "perf_counter_ns" | "monotonic" | "process_time"
            ) {
                return Some(builtin(inf.prog, &full));
            }
        }
        "cffi" if attr == "FFI" => return Some(builtin(inf.prog, &full)),
        "ctypes" if attr.starts_with("c_") => {
            let id = ctypes_scalar(inf, attr)?;
            return Some(Type::Const(ConstKind::CType, id.index() as u32));
        }
        "ctypes" | "ctypes.util" if CTYPES_NAMES.contains(&attr) || attr == "find_library" => {
            return Some(builtin(inf.prog, &full))
        }
        _ => {}
    }
    None
}

/// Constants of built-in modules.
fn module_const(module: &str, attr: &str) -> Option<(Const, Type)> {
    let c = match (module, attr) {
        ("math" | "numpy", "pi") => Const::Float(std::f64::consts::PI),
        ("math" | "numpy", "e") => Const::Float(std::f64::consts::E),
        ("math", "tau") => Const::Float(std::f64::consts::TAU),
        ("math" | "numpy", "inf") | ("numpy", "Inf" | "PINF") => Const::Float(f64::INFINITY),
        ("math" | "numpy", "nan") | ("numpy", "NaN" | "NAN") => Const::Float(f64::NAN),
        ("sys", "platform") => Const::Str(Rc::from(std::env::consts::OS)),
        ("sys", "byteorder") => Const::Str(Rc::from(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })),
        ("sys", "maxsize") => Const::Int(i64::MAX as i128),
        ("numba", "NULL") => return Some((Const::Int(0), Type::Ptr(CTypeId::VOID))),
        _ => return None,
    };
    let t = const_type(&c);
    Some((c, t))
}

/// The C type of a ctypes scalar type name.
fn ctypes_scalar(inf: &mut Infer, name: &str) -> Option<CTypeId> {
    Some(match name {
        "c_int" | "c_int32" => CTypeId::INT,
        "c_uint" | "c_uint32" => CTypeId::UINT,
        "c_long" | "c_ssize_t" | "c_int64" => CTypeId::LONG,
        "c_ulong" | "c_size_t" | "c_uint64" => CTypeId::ULONG,
        "c_longlong" => CTypeId::LONGLONG,
        "c_ulonglong" => CTypeId::ULONGLONG,
        "c_short" | "c_int16" => CTypeId::SHORT,
        "c_ushort" | "c_uint16" => CTypeId::USHORT,
        "c_byte" | "c_int8" => CTypeId::SCHAR,
        "c_ubyte" | "c_uint8" => CTypeId::UCHAR,
        "c_char" => CTypeId::CHAR,
        "c_float" => CTypeId::FLOAT,
        "c_double" => CTypeId::DOUBLE,
        "c_bool" => CTypeId::BOOL,
        "c_void_p" => inf.prog.ctypes.pointer(CTypeId::VOID),
        "c_char_p" => inf.prog.ctypes.pointer(CTypeId::CHAR),
        _ => return None,
    })
}

/// A constant attribute of a built-in module, recorded on the expression.
fn module_value_attr(inf: &mut Infer, e: &Expr, m: u32, attr: &str) -> Option<Type> {
    let (c, t) = module_const(inf.prog.builtin_name(m), attr)?;
    inf.konst(e, c);
    inf.res(e, Res::Const);
    Some(t)
}

/// `a.x` / `a['x']` of a record array: a strided view of one field.
pub fn field_array(
    inf: &mut Infer,
    e: &Expr,
    id: CTypeId,
    ndim: u8,
    name: &str,
    span: Span,
) -> IResult<Type> {
    let (offset, t) = field_of(inf, id, name, span)?;
    let Some(dtype) = t.dtype() else {
        return Err(inf.err(
            "TypeError",
            span,
            format!("field '{name}' is not a scalar field"),
        ));
    };
    inf.res(e, Res::FieldArray { offset, dtype });
    Ok(Type::array(dtype, ndim, Layout::A))
}

/// A field of C data: read as `ty`, stored as C type `fty`.
pub fn c_field(inf: &Infer, offset: u32, ty: Type, fty: CTypeId) -> Res {
    let mem = inf
        .prog
        .ctype_value_type(fty)
        .and_then(|t| t.dtype())
        .or_else(|| ty.dtype())
        .unwrap_or(DType::U64);
    Res::Field { offset, ty, mem }
}

/// The type a struct field reads as: scalars load; nested structs and
/// arrays inside a struct are views.
pub fn field_of(inf: &mut Infer, sid: CTypeId, attr: &str, span: Span) -> IResult<(u32, Type)> {
    let Some((off, fty)) = inf.prog.ctypes.field(sid, attr) else {
        return Err(inf.err(
            "AttributeError",
            span,
            format!("{} has no field '{attr}'", inf.prog.ctypes.name(sid)),
        ));
    };
    let t = inf.prog.ctype_value_type(fty).ok_or_else(|| {
        inf.err(
            "TypeError",
            span,
            format!(
                "field '{attr}' has C type {}, which rumba cannot read",
                inf.prog.ctypes.name(fty)
            ),
        )
    })?;
    Ok((off as u32, t))
}

fn record_field(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    id: CTypeId,
    attr: &str,
    span: Span,
) -> IResult<Type> {
    let (off, t) = field_of(inf, id, attr, span)?;
    // `a[i].x` reads straight from the array.
    if let ExprKind::Subscript { value: arr, .. } = &value.kind {
        if let Type::Array(_) = inf.out.ty(arr) {
            if matches!(inf.out.res.get(&value.id), Some(Res::Elem))
                && t.slots() == 1
                && !t.is_ref()
            {
                inf.res(e, Res::ElemField { offset: off });
                return Ok(t);
            }
        }
    }
    inf.res(e, Res::field(off, t.clone()));
    Ok(t)
}

pub fn assign_attr(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    attr: &str,
    span: Span,
    t: &Type,
) -> IResult<()> {
    let ot = inf.expr(obj)?;
    if let Type::Ptr(id) | Type::CData(id) = &ot {
        let id = *id;
        let field = if attr == "value" && inf.prog.ctypes.scalar(id).is_some() {
            Some((0, id))
        } else if inf.prog.ctypes.is_struct(id) {
            inf.prog.ctypes.field(id, attr).map(|(o, t)| (o as u32, t))
        } else {
            None
        };
        if let Some((off, fty)) = field {
            let slot = super::ffi::c_slot(inf, fty, off).ok_or_else(|| {
                inf.err(
                    "TypeError",
                    span,
                    format!("field '{attr}' cannot be assigned"),
                )
            })?;
            let ft = slot.ty;
            check_convertible(inf, t, &ft, span)?;
            let res = Res::Field {
                offset: off,
                ty: ft.clone(),
                mem: slot.mem,
            };
            inf.res(target, res);
            inf.out.types.resize(
                inf.out.types.len().max(target.id as usize + 1),
                Type::Unknown,
            );
            inf.out.types[target.id as usize] = ft;
            return Ok(());
        }
    }
    let sid = match &ot {
        Type::Record(id) => *id,
        Type::Ptr(id) | Type::CData(id) if inf.prog.ctypes.is_struct(*id) => *id,
        Type::Const(..) => return super::ffi::assign_const_attr(inf, target, &ot, attr, span, t),
        _ => {
            return Err(inf.err(
                "AttributeError",
                span,
                format!("cannot set attribute '{attr}' of {}", inf.tyname(&ot)),
            ))
        }
    };
    let (off, ft) = field_of(inf, sid, attr, span)?;
    if ft.is_ref() {
        return Err(inf.err(
            "TypeError",
            span,
            format!("field '{attr}' is not a scalar and cannot be assigned"),
        ));
    }
    check_convertible(inf, t, &ft, span)?;
    inf.res(target, Res::field(off, ft.clone()));
    inf.out.types.resize(
        inf.out.types.len().max(target.id as usize + 1),
        Type::Unknown,
    );
    inf.out.types[target.id as usize] = ft;
    Ok(())
}

/// Attributes of compile-time values.
pub fn const_attr(inf: &mut Infer, e: &Expr, vt: &Type, attr: &str, span: Span) -> IResult<Type> {
    match (vt, attr) {
        (Type::Const(ConstKind::Func, f), "signatures") => {
            let f = *f;
            let sigs = inf.prog.func_signatures(f);
            inf.konst(e, Const::Str(Rc::from(sigs)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::Const(ConstKind::Func, f), "py_func" | "__wrapped__") => {
            inf.res(e, Res::Const);
            Ok(Type::Const(ConstKind::Func, *f))
        }
        (Type::Const(ConstKind::Func, f), "__name__") => {
            let name = inf.prog.funcs[*f as usize].name.clone();
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::TypeObj(t), _) => type_attr(inf, e, t, attr, span),
        _ => super::ffi::const_attr(inf, e, vt, attr, span),
    }
}

/// Attributes of type objects: `T.pointer` (a method), `dtype.itemsize`,
/// `rec.get_dtype` (a method), `dtype.names`.
fn type_attr(inf: &mut Infer, e: &Expr, t: &Type, attr: &str, span: Span) -> IResult<Type> {
    match attr {
        "pointer" | "get_dtype" | "newbyteorder" => {
            let m = inf
                .prog
                .intern_method(Type::TypeObj(Rc::new(t.clone())), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        "itemsize" => {
            let size = inf
                .prog
                .type_size(t)
                .ok_or_else(|| inf.err("AttributeError", span, "this type has no itemsize"))?;
            inf.konst(e, Const::Int(size as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        "name" => {
            let name = inf.prog.dtype_name(t);
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        "names" => match t {
            Type::Record(id) => {
                let names: Vec<Const> = inf
                    .prog
                    .ctypes
                    .field_names(*id)
                    .into_iter()
                    .map(|n| Const::Str(Rc::from(n)))
                    .collect();
                let ty = Type::tuple(vec![Type::Str; names.len()]);
                inf.konst(e, Const::Tuple(names));
                inf.res(e, Res::Const);
                Ok(ty)
            }
            _ => Err(inf.err("AttributeError", span, "only record dtypes have names")),
        },
        _ => Err(inf.err(
            "AttributeError",
            span,
            format!("type {} has no attribute '{attr}'", inf.tyname(t)),
        )),
    }
}

/// One-argument math functions: name, FMATH function for math.*, and for
/// numpy's ufunc of the same name (None when numpy has no such function).
pub const MATH1: &[(&str, MathFn, Option<MathFn>)] = &[
    ("sin", MathFn::Sin, Some(MathFn::Sin)),
    ("cos", MathFn::Cos, Some(MathFn::Cos)),
    ("tan", MathFn::Tan, Some(MathFn::Tan)),
    ("asin", MathFn::AsinChecked, None),
    ("acos", MathFn::AcosChecked, None),
    ("atan", MathFn::Atan, None),
    ("arcsin", MathFn::Asin, Some(MathFn::Asin)),
    ("arccos", MathFn::Acos, Some(MathFn::Acos)),
    ("arctan", MathFn::Atan, Some(MathFn::Atan)),
    ("sinh", MathFn::Sinh, Some(MathFn::Sinh)),
    ("cosh", MathFn::Cosh, Some(MathFn::Cosh)),
    ("tanh", MathFn::Tanh, Some(MathFn::Tanh)),
    ("asinh", MathFn::Asinh, None),
    ("acosh", MathFn::AcoshChecked, None),
    ("atanh", MathFn::AtanhChecked, None),
    ("arcsinh", MathFn::Asinh, Some(MathFn::Asinh)),
    ("arccosh", MathFn::Acosh, Some(MathFn::Acosh)),
    ("arctanh", MathFn::Atanh, Some(MathFn::Atanh)),
    ("exp", MathFn::Exp, Some(MathFn::Exp)),
    ("expm1", MathFn::Expm1, Some(MathFn::Expm1)),
    ("exp2", MathFn::Exp2, Some(MathFn::Exp2)),
    ("log", MathFn::LogChecked, Some(MathFn::Log)),
    ("log2", MathFn::Log2Checked, Some(MathFn::Log2)),
    ("log10", MathFn::Log10Checked, Some(MathFn::Log10)),
    ("log1p", MathFn::Log1pChecked, Some(MathFn::Log1p)),
    ("sqrt", MathFn::SqrtChecked, Some(MathFn::Sqrt)),
    ("cbrt", MathFn::Cbrt, Some(MathFn::Cbrt)),
    ("floor", MathFn::Floor, Some(MathFn::Floor)),
    ("ceil", MathFn::Ceil, Some(MathFn::Ceil)),
    ("trunc", MathFn::Trunc, Some(MathFn::Trunc)),
    ("rint", MathFn::Rint, Some(MathFn::Rint)),
    ("sign", MathFn::Sign, Some(MathFn::Sign)),
    ("erf", MathFn::Erf, None),
    ("erfc", MathFn::Erfc, None),
    ("gamma", MathFn::Gamma, None),
    ("lgamma", MathFn::Lgamma, None),
    ("degrees", MathFn::Degrees, Some(MathFn::Degrees)),
    ("radians", MathFn::Radians, Some(MathFn::Radians)),
    ("deg2rad", MathFn::Radians, Some(MathFn::Radians)),
    ("rad2deg", MathFn::Degrees, Some(MathFn::Degrees)),
    ("isnan", MathFn::IsNan, Some(MathFn::IsNan)),
    ("isinf", MathFn::IsInf, Some(MathFn::IsInf)),
    ("isfinite", MathFn::IsFinite, Some(MathFn::IsFinite)),
];

pub const MATH2: &[(&str, MathFn2)] = &[
    ("atan2", MathFn2::Atan2),
    ("hypot", MathFn2::Hypot),
    ("copysign", MathFn2::Copysign),
    ("fmod", MathFn2::FmodChecked),
    ("pow", MathFn2::PowChecked),
    ("ldexp", MathFn2::Ldexp),
];

pub const MATH_OTHER: &[&str] = &[
    "atan2",
    "hypot",
    "copysign",
    "fmod",
    "pow",
    "ldexp",
    "fabs",
    "factorial",
    "gcd",
    "isclose",
    "modf",
    "frexp",
    "fsum",
    "comb",
    "perm",
    "isqrt",
];

pub const NUMPY_UFUNC_ALIASES: &[(&str, MathFn2)] = &[
    ("arctan2", MathFn2::Atan2),
    ("hypot", MathFn2::Hypot),
    ("copysign", MathFn2::Copysign),
];

pub const NUMPY_FUNCS: &[&str] = &[
    "empty",
    "zeros",
    "ones",
    "full",
    "arange",
    "array",
    "asarray",
    "linspace",
    "empty_like",
    "zeros_like",
    "ones_like",
    "full_like",
    "sum",
    "prod",
    "min",
    "max",
    "amin",
    "amax",
    "mean",
    "std",
    "var",
    "argmin",
    "argmax",
    "abs",
    "absolute",
    "fabs",
    "copy",
    "dot",
    "dtype",
    "power",
    "square",
    "minimum",
    "maximum",
    "floor_divide",
    "mod",
    "remainder",
    "recarray",
    "cumsum",
    "all",
    "any",
    "where",
    "reshape",
    "sort",
    "round",
    "around",
    "clip",
    "negative",
    "positive",
    "invert",
    "logical_not",
    "add",
    "subtract",
    "multiply",
    "divide",
    "true_divide",
    "fmin",
    "fmax",
    "median",
    "unique",
    "where",
    "round_",
    "matmul",
    "count_nonzero",
    "concatenate",
    "fmod",
];

/// Numba's type objects. Casts by them give Python scalars, as the values
/// Numba returns to Python are.
pub const NUMBA_TYPES: &[(&str, Type)] = &[
    (
        "int8",
        Type::Int(IntTy {
            bits: 8,
            signed: true,
            py: true,
        }),
    ),
    (
        "int16",
        Type::Int(IntTy {
            bits: 16,
            signed: true,
            py: true,
        }),
    ),
    (
        "int32",
        Type::Int(IntTy {
            bits: 32,
            signed: true,
            py: true,
        }),
    ),
    (
        "int64",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    (
        "uint8",
        Type::Int(IntTy {
            bits: 8,
            signed: false,
            py: true,
        }),
    ),
    (
        "uint16",
        Type::Int(IntTy {
            bits: 16,
            signed: false,
            py: true,
        }),
    ),
    (
        "uint32",
        Type::Int(IntTy {
            bits: 32,
            signed: false,
            py: true,
        }),
    ),
    (
        "uint64",
        Type::Int(IntTy {
            bits: 64,
            signed: false,
            py: true,
        }),
    ),
    (
        "intp",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    (
        "uintp",
        Type::Int(IntTy {
            bits: 64,
            signed: false,
            py: true,
        }),
    ),
    (
        "intc",
        Type::Int(IntTy {
            bits: 32,
            signed: true,
            py: true,
        }),
    ),
    (
        "uintc",
        Type::Int(IntTy {
            bits: 32,
            signed: false,
            py: true,
        }),
    ),
    (
        "Py_ssize_t",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    (
        "Py_uintptr_t",
        Type::Int(IntTy {
            bits: 64,
            signed: false,
            py: true,
        }),
    ),
    (
        "size_t",
        Type::Int(IntTy {
            bits: 64,
            signed: false,
            py: true,
        }),
    ),
    (
        "char",
        Type::Int(IntTy {
            bits: 8,
            signed: true,
            py: true,
        }),
    ),
    (
        "uchar",
        Type::Int(IntTy {
            bits: 8,
            signed: false,
            py: true,
        }),
    ),
    (
        "short",
        Type::Int(IntTy {
            bits: 16,
            signed: true,
            py: true,
        }),
    ),
    (
        "int_",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    (
        "long_",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    (
        "longlong",
        Type::Int(IntTy {
            bits: 64,
            signed: true,
            py: true,
        }),
    ),
    ("float32", Type::F32),
    ("float64", Type::F64),
    ("double", Type::F64),
    ("float_", Type::F32),
    ("f4", Type::F32),
    ("f8", Type::F64),
    ("boolean", Type::NpBool),
    ("bool_", Type::NpBool),
    ("b1", Type::NpBool),
    ("complex128", Type::C128),
];

pub const CTYPES_NAMES: &[&str] = &[
    "CDLL",
    "cdll",
    "c_int",
    "c_uint",
    "c_long",
    "c_ulong",
    "c_longlong",
    "c_ulonglong",
    "c_short",
    "c_ushort",
    "c_byte",
    "c_ubyte",
    "c_char",
    "c_char_p",
    "c_void_p",
    "c_float",
    "c_double",
    "c_bool",
    "c_size_t",
    "c_ssize_t",
    "c_int8",
    "c_int16",
    "c_int32",
    "c_int64",
    "c_uint8",
    "c_uint16",
    "c_uint32",
    "c_uint64",
    "POINTER",
    "pointer",
    "byref",
    "cast",
    "sizeof",
    "Structure",
    "Union",
    "CFUNCTYPE",
    "addressof",
    "util",
];
