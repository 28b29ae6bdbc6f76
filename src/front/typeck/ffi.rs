//! C interop: cffi (`FFI`, `cdef`, `dlopen`, `new`, `cast`...), ctypes
//! (`CDLL`, the `c_*` types, `Structure`, `POINTER`, `byref`,
//! `argtypes`/`restype`, `CFUNCTYPE`), Numba's pointers and `cfunc`, and
//! calls of C functions. Declarations are read, libraries opened (through
//! the driver) and callbacks made here, at compile time; calls and
//! allocations are natives.

use super::lib::CallSite;
use super::{native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, CInit, CSlot, Call, CallKind, Const, Intrinsic, Res};
use crate::front::typed::{FuncId, SpecId};
use crate::program::{CFuncState, FfiState, FuncOpts, LibState};
use std::rc::Rc;
use vm::dtype::DType;
use vm::ffi::call::CallIface;
use vm::ffi::clib;
use vm::ffi::cparse;
use vm::ffi::ctype::{CType, CTypeId, RecordKind, Scalar};
use vm::ffi::natives::{self as lf, CCall, NewCData};
use vm::native::Native;
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

fn pos_args(n: usize) -> Vec<Arg> {
    (0..n).map(Arg::Pos).collect()
}

fn ctype_const(id: CTypeId) -> Type {
    Type::Const(ConstKind::CType, id.index() as u32)
}

/// A string known at compile time: a literal, a module global's current
/// value (module code runs statement by statement, so earlier statements
/// have run), or a concatenation of those.
pub fn known_str(inf: &Infer, e: &Expr) -> Option<String> {
    if let Some(Const::Str(s)) = inf.const_of(e) {
        return Some(s.to_string());
    }
    match &e.kind {
        ExprKind::BinOp {
            op: BinOp::Add,
            left,
            right,
        } => Some(known_str(inf, left)? + &known_str(inf, right)?),
        ExprKind::Name(_) | ExprKind::Attribute { .. } => {
            let Some(Res::Global(slots)) = inf.out.res.get(&e.id) else {
                return None;
            };
            if *inf.out.ty(e) != Type::Str {
                return None;
            }
            inf.rt.str_global(*slots.first()?)
        }
        _ => None,
    }
}

/// A C type given as a cffi type string, a ctypes type, or a Numba type.
pub fn ctype_arg(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<CTypeId> {
    match t {
        Type::Str => {
            let Some(s) = known_str(inf, e) else {
                return Err(err(inf, e.span, "a C type must be a constant string"));
            };
            cparse::parse_type(&mut inf.prog.ctypes, &s)
                .map_err(|p| err(inf, e.span, format!("cannot parse C type '{s}': {}", p.msg)))
        }
        Type::Const(ConstKind::CType, id) => Ok(inf.prog.ctype_by_index(*id)),
        Type::Const(ConstKind::Method, _) if super::records::cffi_ctype_id(inf, t).is_some() => {
            super::records::cffi_ctype_id(inf, t)
                .ok_or_else(|| err(inf, e.span, "expected a C type"))
        }
        Type::TypeObj(inner) => inf
            .prog
            .ctype_of(inner)
            .ok_or_else(|| err(inf, e.span, format!("{} has no C type", inf.tyname(inner)))),
        Type::None => Ok(CTypeId::VOID),
        _ => Err(err(
            inf,
            e.span,
            format!("expected a C type, not {}", inf.tyname(t)),
        )),
    }
}

/// The rumba type of a value of C type `id` handed to Python: cffi and
/// ctypes give Python ints and floats, pointers and structs as such.
pub fn c_result_type(inf: &mut Infer, id: CTypeId) -> Option<Type> {
    if inf.prog.ctypes.is_void(id) {
        return Some(Type::None);
    }
    if let CType::Enum(_) = inf.prog.ctypes.get(id) {
        return Some(PYINT);
    }
    if inf.prog.ctypes.is_struct(id) {
        inf.prog.register_record(id);
        return Some(Type::CData(id));
    }
    if id == CTypeId::CHAR {
        return Some(Type::Bytes);
    }
    Some(match inf.prog.ctypes.scalar(id)? {
        Scalar::Bool => Type::Bool,
        Scalar::F32 | Scalar::F64 => Type::F64,
        Scalar::U64 => Type::Int(IntTy {
            py: true,
            ..IntTy::U64
        }),
        Scalar::Ptr => Type::Ptr(inf.prog.ctypes.pointee(id)?),
        _ => PYINT,
    })
}

fn record_type(inf: &mut Infer, id: CTypeId) -> Type {
    inf.prog.register_record(id);
    Type::Record(id)
}

/// The cffi and ctypes functions take no keyword arguments.
fn no_kws(inf: &Infer, c: &CallSite) -> IResult<()> {
    match c.kws.first() {
        Some(k) => Err(err(
            inf,
            k.name_span,
            format!("{}() keyword arguments are not supported", c.qualified()),
        )),
        None => Ok(()),
    }
}

/// Exactly `k` arguments.
fn want(inf: &Infer, c: &CallSite, k: usize) -> IResult<()> {
    let n = c.pos.len();
    if n == k {
        return Ok(());
    }
    Err(err(
        inf,
        c.e.span,
        format!(
            "{}() takes {k} argument{} ({n} given)",
            c.qualified(),
            if k == 1 { "" } else { "s" }
        ),
    ))
}

/// `cffi.FFI()`: a new FFI object, known at compile time.
pub fn new_ffi(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let e = c.e;
    want(inf, c, 0)?;
    inf.prog.c.ffis.push(FfiState::default());
    inf.res(e, Res::Const);
    Ok(Type::Const(
        ConstKind::Ffi,
        (inf.prog.c.ffis.len() - 1) as u32,
    ))
}

/// `ctypes.CDLL(name)`.
pub fn cdll(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    want(inf, c, 1)?;
    open_lib(inf, e, &args[0], &pos[0], None)
}

/// `ctypes.util.find_library(name)`: a path, found at compile time.
pub fn find_library(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let e = c.e;
    let args = c.args;
    want(inf, c, 1)?;
    let lib = run_time_str(inf, e, &args[0], &c.pos[0], "the library name")?;
    inf.res(e, Res::Const);
    match clib::find_library(&lib) {
        Some(path) => {
            inf.konst(e, Const::Str(Rc::from(path)));
            Ok(Type::Str)
        }
        None => {
            inf.konst(e, Const::None);
            Ok(Type::None)
        }
    }
}

/// `ctypes.POINTER(T)`: a pointer type.
pub fn pointer_type(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    want(inf, c, 1)?;
    let t = ctype_arg(inf, &args[0], &pos[0])?;
    let p = inf.prog.ctypes.pointer(t);
    inf.res(e, Res::Const);
    Ok(ctype_const(p))
}

/// `ctypes.pointer`, `byref` and `addressof`: the address of C data.
pub fn address(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    let name = c.qualified();
    let name = name.as_str();
    let n = pos.len();
    // `byref(x, offset)` adds a byte offset.
    let most = if name == "ctypes.byref" { 2 } else { 1 };
    if !(1..=most).contains(&n) {
        return Err(err(
            inf,
            e.span,
            format!("{name}() takes {most} argument(s) at most"),
        ));
    }
    let (Type::CData(id) | Type::Record(id)) = pos[0] else {
        let msg = format!(
            "{name}() needs a ctypes instance, not {}",
            inf.tyname(&pos[0])
        );
        return Err(err(inf, args[0].span, msg));
    };
    if n == 2 && !pos[1].is_int() {
        return Err(err(inf, args[1].span, "byref() offset must be an integer"));
    }
    let types = [pos[0].clone(), PYINT][..n].to_vec();
    inf.res(e, super::native(name, lf::cdata_addr, pos_args(n), types));
    Ok(if name == "ctypes.addressof" {
        PYINT
    } else {
        Type::Ptr(id)
    })
}

/// `ctypes.cast(x, T)`.
pub fn ctypes_cast(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    want(inf, c, 2)?;
    let to = ctype_arg(inf, &args[1], &pos[1])?;
    cast_to(inf, e, to, &args[0], &pos[0])
}

/// `ctypes.sizeof(x)`.
pub fn ctypes_sizeof(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    want(inf, c, 1)?;
    sizeof(inf, e, &args[0], &pos[0])
}

/// `ctypes.CFUNCTYPE(ret, *params)`: a C function pointer type.
pub fn cfunctype(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    no_kws(inf, c)?;
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    if n == 0 {
        return Err(err(inf, e.span, "CFUNCTYPE() needs a result type"));
    }
    let ret = ctype_arg(inf, &args[0], &pos[0])?;
    let mut params = Vec::new();
    for (a, t) in args[1..].iter().zip(&pos[1..]) {
        params.push(ctype_arg(inf, a, t)?);
    }
    let f = inf
        .prog
        .ctypes
        .func(ret, &params, false)
        .map_err(|m| err(inf, e.span, m.0))?;
    let p = inf.prog.ctypes.pointer(f);
    inf.res(e, Res::Const);
    Ok(ctype_const(p))
}

/// A string argument's value now: known at compile time, or computed by
/// running it (`sys.argv[1]`, `os.path.join(...)`, an f-string). Running
/// it early is what Python does only where nothing else in the statement
/// runs before it: in a module statement whose first call is `e`
/// (`lib = ffi.dlopen(path)`, `CDLL(find_library(name))`). The call is then
/// a compile-time value, so the argument is not evaluated again.
fn run_time_str(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type, what: &str) -> IResult<String> {
    if let Some(s) = known_str(inf, arg) {
        return Ok(s);
    }
    if *t != Type::Str {
        let msg = format!("{what} must be a str, not {}", inf.tyname(t));
        return Err(err(inf, arg.span, msg));
    }
    if !inf.first_calls.contains(&e.id) {
        let msg = format!(
            "{what} is computed at run time: call this in a module-level statement of its own \
             (lib = ffi.dlopen(path), lib = ctypes.CDLL(path))"
        );
        return Err(err(inf, arg.span, msg));
    }
    let m = inf.module;
    inf.rt.eval_str(inf.prog, m, arg)
}

/// cffi `dlopen` and ctypes `CDLL`: the library opens at compile time.
fn open_lib(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type, ffi: Option<u32>) -> IResult<Type> {
    let path = match t {
        Type::None => None,
        _ => Some(run_time_str(inf, e, arg, t, "the library path")?),
    };
    let lib = inf.rt.open_library(path.as_deref()).map_err(|m| {
        // ctypes reports the loader's message alone; cffi prefixes it.
        let m = match (ffi, m.split_once("': ")) {
            (None, Some((_, loader))) => loader
                .split(".  Additionally")
                .next()
                .unwrap_or(loader)
                .to_string(),
            _ => m,
        };
        inf.err("OSError", arg.span, m)
    })?;
    inf.prog.c.libs.push(LibState {
        lib: Rc::new(lib),
        ffi,
        funcs: Default::default(),
    });
    inf.res(e, Res::Const);
    Ok(Type::Const(
        ConstKind::Lib,
        (inf.prog.c.libs.len() - 1) as u32,
    ))
}

/// `ffi.cast`, `ctypes.cast`: to a pointer, an integer or a float type.
fn cast_to(inf: &mut Infer, e: &Expr, to: CTypeId, arg: &Expr, t: &Type) -> IResult<Type> {
    if let Some(p) = inf.prog.ctypes.pointee(to) {
        // A ctypes pointer instance casts its value.
        if let Some(q) = match t {
            Type::CData(id) => inf.prog.ctypes.pointee(*id),
            _ => None,
        } {
            inf.res(
                e,
                super::intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![Type::Ptr(q)]),
            );
            return Ok(Type::Ptr(p));
        }
        match t {
            Type::Ptr(_)
            | Type::CData(_)
            | Type::Int(_)
            | Type::Array(_)
            | Type::Record(_)
            | Type::None => {
                inf.res(
                    e,
                    super::intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![t.clone()]),
                );
                return Ok(Type::Ptr(p));
            }
            Type::Const(ConstKind::CFunc, c) => {
                let addr = inf.prog.c.funcs[*c as usize].addr;
                inf.konst(e, Const::Int(addr as i128));
                inf.res(e, Res::Const);
                return Ok(Type::Ptr(p));
            }
            _ => {
                return Err(err(
                    inf,
                    arg.span,
                    format!("cannot cast {} to a pointer", inf.tyname(t)),
                ))
            }
        }
    }
    let Some(rt) = inf.prog.ctype_value_type(to) else {
        return Err(err(
            inf,
            e.span,
            format!("cannot cast to C type {}", inf.prog.ctypes.name(to)),
        ));
    };
    match t {
        t if t.is_number() => {
            inf.res(
                e,
                super::intrinsic(Intrinsic::Cast, pos_args(1), vec![t.clone()]),
            );
            Ok(super::index::c_value(&rt))
        }
        Type::Ptr(_) | Type::CData(_) if rt.is_int() => {
            inf.res(
                e,
                super::intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![t.clone()]),
            );
            Ok(PYINT)
        }
        _ => Err(err(
            inf,
            arg.span,
            format!(
                "cannot cast {} to {}",
                inf.tyname(t),
                inf.prog.ctypes.name(to)
            ),
        )),
    }
}

/// Calls of compile-time values: FFI methods, C functions, ctypes types,
/// methods of type objects.
#[allow(clippy::too_many_arguments)]
pub fn const_call(
    inf: &mut Infer,
    e: &Expr,
    ft: &Type,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    if let Some((recv, name)) = inf.prog.method_of(ft) {
        return method_call(inf, e, &recv, &name, args, pos, kws);
    }
    match ft {
        Type::Const(ConstKind::CFunc, c) => c_call(inf, e, *c, args, pos, kws, kw),
        Type::Const(ConstKind::CType, id) => {
            let id = inf.prog.ctype_by_index(*id);
            // `CFUNCTYPE(...)(address)`: a function pointer at an address.
            let fn_ptr = inf
                .prog
                .ctypes
                .pointee(id)
                .is_some_and(|f| inf.prog.ctypes.is_func(f));
            if let (true, [Type::Int(_)], []) = (fn_ptr, pos, kws) {
                return cast_to(inf, e, id, &args[0], &pos[0]);
            }
            ctype_call(inf, e, id, pos, kws, kw)
        }
        _ => Err(inf.err(
            "TypeError",
            e.span,
            format!("{} is not callable", inf.tyname(ft)),
        )),
    }
}

fn method_call(
    inf: &mut Infer,
    e: &Expr,
    recv: &Type,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    let n = pos.len();
    if let Some(k) = kws.first() {
        return Err(err(
            inf,
            k.name_span,
            format!("{name}() keyword arguments are not supported"),
        ));
    }
    match (recv, name) {
        (Type::TypeObj(t), "pointer") if n == 0 => {
            let p = inf
                .prog
                .pointer_to(t)
                .ok_or_else(|| err(inf, e.span, "cannot make a pointer to this type"))?;
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(Rc::new(p)))
        }
        // A Numba record type's field offsets and types.
        (Type::TypeObj(t), "offset" | "typeof") => {
            if let (Type::Record(id), "offset", [Type::Str], None) = (
                &**t,
                name,
                pos,
                args.first().and_then(|a| known_str(inf, a)),
            ) {
                return Ok(super::records::runtime_offset(inf, e, *id));
            }
            let (Type::Record(id), Some(f)) = (&**t, args.first().and_then(|a| known_str(inf, a)))
            else {
                let msg = format!("{name}() takes a constant field name of a record type");
                return Err(err(inf, e.span, msg));
            };
            inf.res(e, Res::Const);
            if name == "typeof" {
                return super::records::field_type_object(inf, *id, &f, args[0].span);
            }
            let Some((off, _)) = inf.prog.ctypes.field(*id, &f) else {
                let msg = format!("{} has no field '{f}'", inf.prog.ctypes.name(*id));
                return Err(inf.err("AttributeError", args[0].span, msg));
            };
            inf.konst(e, Const::Int(off as i128));
            Ok(PYINT)
        }
        (Type::TypeObj(t), "get_dtype") if n == 0 => {
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(t.clone()))
        }
        (Type::Const(ConstKind::Ffi, f), _) => ffi_method(inf, e, *f, name, args, pos),
        (Type::Const(ConstKind::CType, id), "in_dll") => {
            // `T.in_dll(lib, "name")`: C data of type T viewing a library's
            // global variable.
            let (Some(lt), Some(sym)) = (pos.first(), args.get(1).and_then(|a| known_str(inf, a)))
            else {
                return Err(err(
                    inf,
                    e.span,
                    "in_dll() takes a library and a constant symbol name",
                ));
            };
            let Type::Const(ConstKind::Lib, l) = lt else {
                return Err(err(inf, args[0].span, "in_dll() needs a library"));
            };
            let id = inf.prog.ctype_by_index(*id);
            if n != 2 || inf.prog.ctypes.size(id).is_none() {
                return Err(err(
                    inf,
                    e.span,
                    "in_dll() takes a sized ctypes type, a library and a symbol name",
                ));
            }
            let lib = &inf.prog.c.libs[*l as usize];
            let Some(addr) = lib.lib.lookup(&sym) else {
                let msg = format!("symbol '{sym}' not found in library '{}'", lib.lib.name());
                return Err(inf.err("ValueError", args[1].span, msg));
            };
            if inf.prog.ctypes.is_struct(id) {
                inf.prog.register_record(id);
            }
            let arg = vec![Arg::Const(Const::Int(addr as i128), Type::Ptr(id))];
            inf.res(
                e,
                super::native("in_dll", lf::ptr_view, arg, vec![Type::Ptr(id)]),
            );
            Ok(Type::CData(id))
        }
        (recv, "LoadLibrary") if super::lib::is(inf, recv, "ctypes.cdll") => {
            if n != 1 {
                return Err(err(inf, e.span, "LoadLibrary() takes one argument"));
            }
            open_lib(inf, e, &args[0], &pos[0], None)
        }
        _ => Err(inf.err(
            "TypeError",
            e.span,
            format!("'{name}' is not callable here"),
        )),
    }
}

fn ffi_method(
    inf: &mut Infer,
    e: &Expr,
    ffi: u32,
    name: &str,
    args: &[Expr],
    pos: &[Type],
) -> IResult<Type> {
    let n = pos.len();
    let arity = |inf: &Infer, lo: usize, hi: usize| -> IResult<()> {
        if (lo..=hi).contains(&n) {
            Ok(())
        } else {
            Err(err(
                inf,
                e.span,
                format!("ffi.{name}() takes {lo} to {hi} arguments ({n} given)"),
            ))
        }
    };
    match name {
        "cdef" => {
            arity(inf, 1, 1)?;
            let Some(src) = known_str(inf, &args[0]) else {
                return Err(err(inf, args[0].span, "ffi.cdef() needs a constant string"));
            };
            let decls = cparse::cdef(&mut inf.prog.ctypes, &src).map_err(|p| {
                // The error's own place when the literal holds the text as
                // it is (no escapes), else its line in the declarations.
                match literal_offset(inf, &args[0], &src) {
                    Some(at) => {
                        let at = at + p.offset.min(src.len()) as u32;
                        inf.err("CDefError", Span::new(at, at + 1), p.msg)
                    }
                    None => {
                        let line = src[..p.offset.min(src.len())].matches('\n').count() + 1;
                        let msg = format!("{} (line {line} of the declarations)", p.msg);
                        inf.err("CDefError", args[0].span, msg)
                    }
                }
            })?;
            let state = &mut inf.prog.c.ffis[ffi as usize];
            for d in decls {
                match d {
                    cparse::CDecl::Func { name, ty } => {
                        state.funcs.insert(name, ty);
                    }
                    cparse::CDecl::Var { name, ty } => {
                        state.vars.insert(name, ty);
                    }
                }
            }
            inf.res(e, Res::Const);
            Ok(Type::None)
        }
        "dlopen" => {
            arity(inf, 1, 1)?;
            open_lib(inf, e, &args[0], &pos[0], Some(ffi))
        }
        "new" => {
            arity(inf, 1, 2)?;
            let t = ctype_arg(inf, &args[0], &pos[0])?;
            let init = args.get(1).zip(pos.get(1).cloned());
            ffi_new(inf, e, t, init)
        }
        "cast" => {
            arity(inf, 2, 2)?;
            let to = ctype_arg(inf, &args[0], &pos[0])?;
            // The cast applies to the second argument.
            let r = cast_to(inf, e, to, &args[1], &pos[1])?;
            if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
                c.args = vec![Arg::Pos(1)];
            }
            Ok(r)
        }
        "sizeof" => {
            arity(inf, 1, 1)?;
            sizeof(inf, e, &args[0], &pos[0])
        }
        "typeof" => {
            arity(inf, 1, 1)?;
            let id = match pos[0] {
                Type::CData(id) if matches!(inf.prog.ctypes.get(id), CType::Array { .. }) => id,
                Type::Ptr(id) => inf.prog.ctypes.pointer(id),
                Type::CData(_) => {
                    let msg = "ffi.typeof() of C data other than an array is not supported by \
                               rumba (it does not tell a pointer from the struct it points to)";
                    return Err(err(inf, args[0].span, msg));
                }
                Type::Record(id) => id,
                ref t => ctype_arg(inf, &args[0], t)?,
            };
            inf.res(e, Res::Const);
            Ok(super::records::cffi_ctype(inf, id))
        }
        "offsetof" => {
            arity(inf, 2, 2)?;
            let id = ctype_arg(inf, &args[0], &pos[0])?;
            let field = known_str(inf, &args[1])
                .ok_or_else(|| err(inf, args[1].span, "the field name must be a constant"))?;
            let Some((off, _)) = inf.prog.ctypes.field(id, &field) else {
                let msg = format!("'{}' has no field '{field}'", inf.prog.ctypes.name(id));
                return Err(inf.err("KeyError", args[1].span, msg));
            };
            inf.konst(e, Const::Int(off as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        "addressof" => {
            arity(inf, 1, 2)?;
            let (Type::CData(id) | Type::Record(id)) = pos[0] else {
                return Err(err(inf, args[0].span, "ffi.addressof() needs C data"));
            };
            if n == 2 {
                let field = known_str(inf, &args[1])
                    .ok_or_else(|| err(inf, args[1].span, "the field name must be a constant"))?;
                let (off, fty) = inf
                    .prog
                    .ctypes
                    .field(id, &field)
                    .ok_or_else(|| err(inf, args[1].span, format!("no field '{field}'")))?;
                inf.res(
                    e,
                    super::native_aux(
                        "addressof",
                        lf::cdata_field_addr,
                        vec![Arg::Pos(0)],
                        vec![pos[0].clone()],
                        off as usize,
                    ),
                );
                return Ok(Type::Ptr(fty));
            }
            inf.res(
                e,
                super::native(
                    "addressof",
                    lf::cdata_addr,
                    vec![Arg::Pos(0)],
                    vec![pos[0].clone()],
                ),
            );
            Ok(Type::Ptr(id))
        }
        "from_buffer" => {
            arity(inf, 1, 2)?;
            let (ai, explicit) = if n == 2 {
                (1, Some(ctype_arg(inf, &args[0], &pos[0])?))
            } else {
                (0, None)
            };
            let Type::Array(a) = &pos[ai] else {
                return Err(err(
                    inf,
                    args[ai].span,
                    "ffi.from_buffer() needs a numpy array",
                ));
            };
            let elem = match explicit {
                Some(t) => match inf.prog.ctypes.get(t).clone() {
                    CType::Array { elem, .. } | CType::Pointer(elem) => elem,
                    _ => t,
                },
                // cffi gives module code a byte view (`char[]`); Numba
                // gives jitted code a pointer to the array's elements.
                None if inf.at_module => CTypeId::CHAR,
                None => inf
                    .prog
                    .ctype_of(&Type::of_dtype(a.dtype))
                    .unwrap_or(CTypeId::CHAR),
            };
            inf.res(
                e,
                super::intrinsic(
                    Intrinsic::DataPtr,
                    vec![Arg::Pos(ai)],
                    vec![pos[ai].clone()],
                ),
            );
            Ok(Type::Ptr(elem))
        }
        "buffer" => super::buffers::ffi_buffer(inf, e, args, pos),
        "string" => {
            arity(inf, 1, 1)?;
            match &pos[0] {
                Type::Ptr(_) | Type::CData(_) => {
                    let arg_t = Type::Ptr(CTypeId::CHAR);
                    inf.res(
                        e,
                        super::native_aux("string", lf::c_string, pos_args(1), vec![arg_t], false),
                    );
                    Ok(Type::Bytes)
                }
                t => Err(err(
                    inf,
                    args[0].span,
                    format!("ffi.string() needs a char pointer, not {}", inf.tyname(t)),
                )),
            }
        }
        "callback" => {
            arity(inf, 1, 2)?;
            let fty = ctype_arg(inf, &args[0], &pos[0])?;
            let fty = inf.prog.ctypes.pointee(fty).unwrap_or(fty);
            if !matches!(inf.prog.ctypes.get(fty), CType::Func(_)) {
                return Err(err(
                    inf,
                    args[0].span,
                    "ffi.callback() needs a function type",
                ));
            }
            if n == 2 {
                let Type::Const(ConstKind::Func, f) = pos[1] else {
                    return Err(err(
                        inf,
                        args[1].span,
                        "ffi.callback() needs a script function",
                    ));
                };
                let c = make_callback(inf, f, fty, false, e.span)?;
                inf.res(e, Res::Const);
                return Ok(Type::Const(ConstKind::CFunc, c));
            }
            let opts = FuncOpts {
                callback: Some((fty, false)),
                ..FuncOpts::default()
            };
            inf.prog.decorators.push(opts);
            inf.res(e, Res::Const);
            Ok(Type::Const(
                ConstKind::Decorator,
                (inf.prog.decorators.len() - 1) as u32,
            ))
        }
        _ => Err(inf.err(
            "AttributeError",
            e.span,
            format!("FFI object has no method '{name}' (or rumba does not support it)"),
        )),
    }
}

/// Where the text of string literal `e`, whose value is `value`, starts
/// in the source, if the source holds that value verbatim.
fn literal_offset(inf: &Infer, e: &Expr, value: &str) -> Option<u32> {
    let ExprKind::Str(_) = e.kind else {
        return None;
    };
    let text = inf.file.text.get(e.span.lo as usize..e.span.hi as usize)?;
    let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| body.starts_with(q))?;
    let inner = body.strip_prefix(quote)?.strip_suffix(quote)?;
    (inner == value).then(|| e.span.hi - (quote.len() + inner.len()) as u32)
}

/// `ffi.sizeof` and `ctypes.sizeof` of a C type or C data: a constant,
/// except for an open array's data.
fn sizeof(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type) -> IResult<Type> {
    let id = match t {
        Type::CData(id) | Type::Record(id) => *id,
        t => ctype_arg(inf, arg, t)?,
    };
    if let (Type::CData(_), CType::Array { len: None, .. }) = (t, inf.prog.ctypes.get(id)) {
        inf.res(
            e,
            super::native("sizeof", lf::cdata_sizeof, pos_args(1), vec![t.clone()]),
        );
        return Ok(PYINT);
    }
    let size = inf.prog.ctypes.size(id).ok_or_else(|| {
        err(
            inf,
            e.span,
            format!("'{}' has no size", inf.prog.ctypes.name(id)),
        )
    })?;
    inf.konst(e, Const::Int(size as i128));
    inf.res(e, Res::Const);
    Ok(PYINT)
}

/// `len()` of C data: an array's length.
pub fn c_len(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type) -> IResult<Type> {
    let arr = match t {
        Type::CData(id) => match inf.prog.ctypes.get(*id) {
            CType::Array { elem, len } => Some((*elem, *len)),
            _ => None,
        },
        _ => None,
    };
    let Some((elem, len)) = arr else {
        return Err(err(
            inf,
            arg.span,
            format!("object of type {} has no len()", inf.tyname(t)),
        ));
    };
    match len {
        Some(n) => {
            inf.konst(e, Const::Int(n as i128));
            inf.res(e, Res::Const);
        }
        None => {
            let esize = inf.prog.ctypes.size(elem).unwrap_or(1) as usize;
            inf.res(
                e,
                native_aux("len", lf::cdata_len, pos_args(1), vec![t.clone()], esize),
            );
        }
    }
    Ok(PYINT)
}

/// How a value is stored into C memory of type `fty` at `offset`.
pub fn c_slot(inf: &mut Infer, fty: CTypeId, offset: u32) -> Option<CSlot> {
    let ty = super::index::c_elem_type(inf, fty)?;
    if let Type::CData(id) = ty {
        // Structs and arrays are copied whole: they need a size.
        inf.prog.ctypes.size(id)?;
    }
    let mem = inf
        .prog
        .ctype_value_type(fty)
        .and_then(|t| t.dtype())
        .or_else(|| ty.dtype())
        .unwrap_or(vm::dtype::DType::U64);
    Some(CSlot { offset, ty, mem })
}

/// The first `n` slots values initializing C data of type `t` (at `base`)
/// fill: a struct's fields (a union's first), an array's elements, or a
/// scalar's one value. `None` if a slot cannot hold a value.
fn init_slots(inf: &mut Infer, t: CTypeId, base: u32, n: usize) -> Option<Vec<CSlot>> {
    match inf.prog.ctypes.get(t).clone() {
        CType::Array { elem, len } => {
            let stride = inf.prog.ctypes.size(elem)? as u32;
            let count = len.map_or(n, |l| n.min(l as usize));
            (0..count as u32)
                .map(|i| c_slot(inf, elem, base + i * stride))
                .collect()
        }
        CType::Record(r) if inf.prog.ctypes.is_struct(t) => {
            let mut fields = inf.prog.ctypes.fields(t)?.to_vec();
            if r.kind == RecordKind::Union {
                fields.truncate(1);
            }
            fields
                .iter()
                .take(n)
                .map(|f| c_slot(inf, f.ty, base + f.offset as u32))
                .collect()
        }
        _ => Some(vec![c_slot(inf, t, base)?]),
    }
}

/// Matches initial values of types `vals` to the slots of C type `t` at
/// `base`; a tuple initializes a struct or array slot in turn, as in cffi.
/// Adds the leaf slots in order to `leaves` and gives the type each value
/// converts to.
fn match_init(
    inf: &mut Infer,
    span: Span,
    t: CTypeId,
    base: u32,
    vals: &[Type],
    leaves: &mut Vec<CSlot>,
) -> IResult<Vec<Type>> {
    let name = inf.prog.ctypes.name(t);
    let slots = init_slots(inf, t, base, vals.len()).ok_or_else(|| {
        err(
            inf,
            span,
            format!("rumba cannot initialize '{name}' from values"),
        )
    })?;
    if vals.len() > slots.len() {
        let msg = format!(
            "too many initializers for '{name}' ({} given, {} expected)",
            vals.len(),
            slots.len()
        );
        return Err(err(inf, span, msg));
    }
    vals.iter()
        .zip(slots)
        .map(|(v, slot)| match_value(inf, span, v, slot, leaves))
        .collect()
}

/// Matches one initial value to a slot (see [`match_init`]).
fn match_value(
    inf: &mut Infer,
    span: Span,
    v: &Type,
    slot: CSlot,
    leaves: &mut Vec<CSlot>,
) -> IResult<Type> {
    if let (Type::Tuple(items), Type::CData(id)) = (v, &slot.ty) {
        let tys = match_init(inf, span, *id, slot.offset, items, leaves)?;
        return Ok(Type::tuple(tys));
    }
    let fits = super::ops::convertible(v, &slot.ty)
        || (slot.ty.is_pointer() && v.is_int())
        || (slot.ty.is_number()
            && matches!(v, Type::CData(id) if inf.prog.ctypes.scalar(*id).is_some()));
    if !fits {
        let msg = format!(
            "cannot initialize {} with {}",
            inf.tyname(&slot.ty),
            inf.tyname(v)
        );
        return Err(err(inf, span, msg));
    }
    let ty = slot.ty.clone();
    leaves.push(slot);
    Ok(ty)
}

/// Resolves `e` as new C data of type `t` with the arguments stored into
/// it: the arguments, converted to `tys`, fill the slots `leaves` in order.
fn c_init(
    inf: &mut Infer,
    e: &Expr,
    t: CTypeId,
    spec: NewCData,
    args: Vec<Arg>,
    leaves: Vec<CSlot>,
    tys: Vec<Type>,
) -> Type {
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::CInit(Rc::new(CInit {
                spec,
                slots: leaves,
            })),
            recv: None,
            args,
            arg_types: tys,
        }),
    );
    Type::CData(t)
}

/// Where the values of a list initializer go, stored at run time; `None`
/// when a slot is not a number.
fn init_layout(inf: &Infer, t: CTypeId) -> Option<lf::InitLayout> {
    let dt = |id: CTypeId| {
        inf.prog
            .ctype_value_type(id)
            .filter(Type::is_number)
            .and_then(|v| v.dtype())
            .filter(|d| d.scalar_size().is_some())
    };
    if let CType::Array { elem, len } = inf.prog.ctypes.get(t) {
        let stride = inf.prog.ctypes.size(*elem)? as u32;
        let limit = len.map(|l| l as usize);
        return Some(lf::InitLayout::Elems {
            stride,
            dt: dt(*elem)?,
            limit,
        });
    }
    let fields = inf.prog.ctypes.fields(t)?;
    let stores = fields
        .iter()
        .map(|f| Some((f.offset as u32, dt(f.ty)?)))
        .collect::<Option<_>>()?;
    Some(lf::InitLayout::Fields(stores))
}

/// `ffi.new(T, init)`: owned C data of a pointer's target or of an array,
/// zeroed or initialized from a value, a tuple (array elements or struct
/// fields in order, nested), a list of numbers, or bytes (a char array).
fn ffi_new(inf: &mut Infer, e: &Expr, t: CTypeId, init: Option<(&Expr, Type)>) -> IResult<Type> {
    let (target, elem) = match inf.prog.ctypes.get(t).clone() {
        CType::Pointer(p) => (p, p),
        CType::Array { elem, .. } => (t, elem),
        _ => {
            let msg = format!(
                "ffi.new() expects a pointer or array type, not '{}'",
                inf.prog.ctypes.name(t)
            );
            return Err(err(inf, e.span, msg));
        }
    };
    let Some(esize) = inf.prog.ctypes.size(elem) else {
        return Err(err(
            inf,
            e.span,
            format!("'{}' has no size", inf.prog.ctypes.name(elem)),
        ));
    };
    let esize = esize as usize;
    for id in [target, elem] {
        if inf.prog.ctypes.is_struct(id) {
            inf.prog.register_record(id);
        }
    }
    let open = matches!(inf.prog.ctypes.get(t), CType::Array { len: None, .. });
    let is_array = matches!(inf.prog.ctypes.get(target), CType::Array { .. });
    // An open array's length: from a count, or the values given.
    let count = match &init {
        Some((_, Type::Tuple(items))) => Some(items.len()),
        Some((x, Type::Bytes | Type::Str)) => known_str(inf, x).map(|s| s.chars().count() + 1),
        _ => None,
    };
    let counted = open
        && matches!(&init, Some((_, t)) if t.is_int() || matches!(t, Type::List(_) | Type::Bytes | Type::Str));
    let size = match (inf.prog.ctypes.size(target), count) {
        (Some(s), _) if !open => s as usize,
        (_, Some(n)) => n * esize,
        _ if counted => 0,
        _ => {
            return Err(err(
                inf,
                e.span,
                "an open array needs a length or initial values: ffi.new(\"T[]\", n)",
            ))
        }
    };
    let spec = NewCData {
        size,
        elem: esize,
        counted,
    };
    let result = Type::CData(target);
    // Zeroed data: of the type's size, or an open array of a counted length.
    let zeroed = |inf: &mut Infer, args, types| {
        inf.res(e, native_aux("new", lf::cdata_new, args, types, spec));
        Ok(result.clone())
    };
    let Some((x, t)) = init else {
        return zeroed(inf, vec![], vec![]);
    };
    if t.is_int() && open {
        return zeroed(inf, vec![Arg::Pos(1)], vec![PYINT]);
    }
    match t {
        Type::Tuple(items) => {
            let spec = NewCData {
                counted: false,
                ..spec
            };
            let mut leaves = Vec::new();
            let tys = match_init(inf, x.span, target, 0, &items, &mut leaves)?;
            Ok(c_init(
                inf,
                e,
                target,
                spec,
                vec![Arg::Pos(1)],
                leaves,
                vec![Type::tuple(tys)],
            ))
        }
        Type::List(_) | Type::Bytes | Type::Str if is_array || matches!(t, Type::List(_)) => {
            let from = match &t {
                Type::List(el) if el.is_number() => lf::InitFrom::List((**el).clone()),
                Type::Bytes if elem == CTypeId::CHAR => lf::InitFrom::Bytes,
                _ => {
                    return Err(err(
                        inf,
                        x.span,
                        format!(
                            "cannot initialize '{}' with {}",
                            inf.prog.ctypes.name(target),
                            inf.tyname(&t)
                        ),
                    ))
                }
            };
            let layout = init_layout(inf, target).ok_or_else(|| {
                err(
                    inf,
                    x.span,
                    format!(
                        "rumba cannot initialize '{}' from a list",
                        inf.prog.ctypes.name(target)
                    ),
                )
            })?;
            let spec = NewCData {
                counted: open,
                ..spec
            };
            let aux = lf::NewInit { spec, layout, from };
            inf.res(
                e,
                native_aux("new", lf::cdata_new_init, vec![Arg::Pos(1)], vec![t], aux),
            );
            Ok(result)
        }
        Type::Dict(ref d) if d.key == Type::Str && d.val.is_number() && !is_array => {
            let fields = dict_init_fields(inf, target).ok_or_else(|| {
                let msg = format!(
                    "rumba initializes '{}' from a dict only when its fields are numbers",
                    inf.prog.ctypes.name(target)
                );
                err(inf, x.span, msg)
            })?;
            let aux = lf::DictInit {
                size: spec.size,
                fields,
                float: d.val.is_float(),
            };
            inf.res(
                e,
                native_aux(
                    "new",
                    lf::cdata_new_from_dict,
                    vec![Arg::Pos(1)],
                    vec![t.clone()],
                    aux,
                ),
            );
            Ok(result)
        }
        t => {
            // One value: a scalar, or a whole struct copied.
            let slot = c_slot(inf, target, 0).ok_or_else(|| {
                err(
                    inf,
                    x.span,
                    format!("rumba cannot initialize '{}'", inf.prog.ctypes.name(target)),
                )
            })?;
            let mut leaves = Vec::new();
            let ty = match_value(inf, x.span, &t, slot, &mut leaves)?;
            Ok(c_init(
                inf,
                e,
                target,
                spec,
                vec![Arg::Pos(1)],
                leaves,
                vec![ty],
            ))
        }
    }
}

/// Calling a ctypes type: a scalar cell, a structure (fields by position
/// or keyword), an array, or (for a CFUNCTYPE) a callback around a script
/// function.
fn ctype_call(
    inf: &mut Infer,
    e: &Expr,
    id: CTypeId,
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let ct = inf.prog.ctypes.get(id).clone();
    if let CType::Pointer(f) = ct {
        if let CType::Func(_) = inf.prog.ctypes.get(f) {
            let ([Type::Const(ConstKind::Func, func)], []) = (pos, kws) else {
                return Err(err(
                    inf,
                    e.span,
                    "a CFUNCTYPE is called with one script function or an address",
                ));
            };
            let c = make_callback(inf, *func, f, false, e.span)?;
            inf.res(e, Res::Const);
            return Ok(Type::Const(ConstKind::CFunc, c));
        }
    }
    let creatable = inf.prog.ctypes.is_struct(id)
        || inf.prog.ctypes.scalar(id).is_some()
        || matches!(ct, CType::Array { len: Some(_), .. });
    if !creatable || inf.prog.ctypes.size(id).is_none() {
        let name = inf.prog.ctypes.name(id);
        let msg = match inf.prog.ctypes.get(id) {
            CType::Record(_) => format!("'{name}' is incomplete: assign its _fields_ first"),
            _ => format!("cannot create an instance of '{name}'"),
        };
        return Err(err(inf, e.span, msg));
    }
    if inf.prog.ctypes.is_struct(id) {
        inf.prog.register_record(id);
    }
    construct(inf, e, id, pos, kws, kw)
}

/// New C data of type `id` from values: by position and (for a struct) by
/// field name, or a copy of one value of the same type.
pub fn construct(
    inf: &mut Infer,
    e: &Expr,
    id: CTypeId,
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let Some(size) = inf.prog.ctypes.size(id) else {
        return Err(err(
            inf,
            e.span,
            format!("'{}' is incomplete", inf.prog.ctypes.name(id)),
        ));
    };
    let spec = NewCData {
        size: size as usize,
        elem: size as usize,
        counted: false,
    };
    let mut leaves = Vec::new();
    if let ([Type::Record(s) | Type::CData(s)], []) = (pos, kws) {
        if *s == id {
            let slot =
                c_slot(inf, id, 0).ok_or_else(|| err(inf, e.span, "cannot copy this C data"))?;
            let ty = match_value(inf, e.span, &pos[0], slot, &mut leaves)?;
            return Ok(c_init(inf, e, id, spec, pos_args(1), leaves, vec![ty]));
        }
    }
    let mut tys = match_init(inf, e.span, id, 0, pos, &mut leaves)?;
    let mut args = pos_args(pos.len());
    // Keyword arguments name struct fields after the positional ones.
    let names = inf.prog.ctypes.field_names(id);
    for (i, (k, t)) in kws.iter().zip(kw).enumerate() {
        let Some(at) = names.iter().position(|n| *n == *k.name) else {
            return Err(err(
                inf,
                k.name_span,
                format!("'{}' has no field '{}'", inf.prog.ctypes.name(id), k.name),
            ));
        };
        if at < pos.len() || kws[..i].iter().any(|o| o.name == k.name) {
            return Err(err(
                inf,
                k.name_span,
                format!("field '{}' is given twice", k.name),
            ));
        }
        let Some((off, fty)) = inf.prog.ctypes.field(id, &k.name) else {
            return Err(err(inf, k.name_span, format!("no field '{}'", k.name)));
        };
        let slot = c_slot(inf, fty, off as u32).ok_or_else(|| {
            err(
                inf,
                k.name_span,
                format!("field '{}' cannot be initialized", k.name),
            )
        })?;
        tys.push(match_value(inf, k.value.span, t, slot, &mut leaves)?);
        args.push(Arg::Kw(i));
    }
    Ok(c_init(inf, e, id, spec, args, leaves, tys))
}

/// A call of a C function (or of a script function behind a callback).
#[allow(clippy::too_many_arguments)]
fn c_call(
    inf: &mut Infer,
    e: &Expr,
    c: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let func = &inf.prog.c.funcs[c as usize];
    if let Some(f) = func.script {
        // Numba calls a cfunc's Python function, where `locals=` types
        // nothing; the compiled function would compute otherwise.
        if !inf.prog.funcs[f as usize].opts.locals.is_empty() {
            return Err(err(
                inf,
                e.span,
                "calling a cfunc compiled with locals= runs its Python function, which rumba \
                 does not have: call its .ctypes",
            ));
        }
        if let Some(env) = super::closure::callback_env(inf, c) {
            return super::closure::call(inf, e, f, &env, args, pos, kws, kw);
        }
        return super::funcs::call_script(inf, e, f, args, pos, kws, kw);
    }
    if let Some(k) = kws.first() {
        return Err(err(
            inf,
            k.name_span,
            "C functions take no keyword arguments",
        ));
    }
    let name = func.name.clone();
    let addr = func.addr;
    // The C function type: declared (cffi), from argtypes/restype (ctypes),
    // or guessed from the arguments as ctypes does without argtypes.
    let ctypes_sig = (func.argtypes.clone(), func.restype);
    let declared = func.fty;
    let fty = match declared {
        Some(t) => t,
        None => {
            let params = match ctypes_sig.0 {
                Some(p) => p,
                None => {
                    let mut params = Vec::new();
                    for (i, (t, a)) in pos.iter().zip(args).enumerate() {
                        let p = default_ctype(inf, t).ok_or_else(|| {
                            let msg = format!(
                                "{name}(): ctypes.ArgumentError: argument {n}: TypeError: Don't \
                                 know how to convert parameter {n} ({} without argtypes)",
                                inf.tyname(t),
                                n = i + 1
                            );
                            err(inf, a.span, msg)
                        })?;
                        params.push(p);
                    }
                    params
                }
            };
            let ret = match ctypes_sig.1 {
                Some(Some(r)) => r,
                Some(None) => CTypeId::VOID,
                None => CTypeId::INT,
            };
            inf.prog
                .ctypes
                .func(ret, &params, false)
                .map_err(|m| err(inf, e.span, m.0))?
        }
    };
    let ctypes = declared.is_none();
    c_call_typed(inf, e, &name, Some(addr), fty, ctypes, args, pos)
}

/// A call through a function pointer held at run time.
pub fn c_call_ptr(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    fty: CTypeId,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    if let Some(k) = kws.first() {
        return Err(err(
            inf,
            k.name_span,
            "C functions take no keyword arguments",
        ));
    }
    let name = match &func.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Attribute { attr, .. } => attr.to_string(),
        _ => "function pointer".to_owned(),
    };
    let t = c_call_typed(inf, e, &name, None, fty, false, args, pos)?;
    if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
        c.recv = Some(func.id);
        c.arg_types.insert(0, Type::Ptr(fty));
    }
    Ok(t)
}

/// A call of a C function of type `fty`, at `addr` or (`None`) at the
/// address passed before the arguments.
#[allow(clippy::too_many_arguments)]
fn c_call_typed(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    addr: Option<usize>,
    fty: CTypeId,
    ctypes: bool,
    args: &[Expr],
    pos: &[Type],
) -> IResult<Type> {
    let name = name.to_owned();
    let CType::Func(sig) = inf.prog.ctypes.get(fty).clone() else {
        return Err(err(inf, e.span, format!("{name} is not a function")));
    };
    if pos.len() < sig.params.len() || (!sig.variadic && pos.len() > sig.params.len()) {
        return Err(err(
            inf,
            e.span,
            format!(
                "{name}() expects {}{} arguments, got {}",
                if sig.variadic { "at least " } else { "" },
                sig.params.len(),
                pos.len()
            ),
        ));
    }
    let mut call_args = Vec::new();
    let mut arg_types = Vec::new();
    let mut strings = Vec::new();
    let mut ranges = Vec::new();
    let mut extra = Vec::new();
    let mut slot = 0;
    for (i, (a, t)) in args.iter().zip(pos).enumerate() {
        let want = match sig.params.get(i) {
            Some(&p) => p,
            None => {
                let p = variadic_ctype(inf, t).ok_or_else(|| {
                    err(
                        inf,
                        a.span,
                        format!("cannot pass {} to a variadic C function", inf.tyname(t)),
                    )
                })?;
                extra.push(p);
                p
            }
        };
        let (mut st, arg) = c_arg(inf, a, t, want, i, &name, ctypes)?;
        if st == Type::Str || st == Type::Bytes {
            strings.push(slot);
        }
        // cffi refuses an int64 that does not fit a narrower or unsigned
        // parameter (ctypes truncates it): it goes whole, checked at the call.
        if let (Type::Int(w), Type::Int(from)) = (&st, t) {
            if !ctypes && from.signed && from.bits == 64 && (w.bits < 64 || !w.signed) {
                let (lo, hi) = match w.signed {
                    true => (-(1i64 << (w.bits - 1)), (1i64 << (w.bits - 1)) - 1),
                    false if w.bits == 64 => (0, i64::MAX),
                    false => (0, (1i64 << w.bits) - 1),
                };
                ranges.push(lf::IntRange {
                    slot,
                    lo,
                    hi,
                    ctype: inf.prog.ctypes.name(want),
                });
                st = t.clone();
            }
        }
        slot += st.slots();
        arg_types.push(st);
        call_args.push(arg);
    }
    // Types libffi cannot pass are refused as cffi refuses them.
    let iface = CallIface::new(&inf.prog.ctypes, fty, &extra)
        .map_err(|m| inf.err("NotImplementedError", e.span, m))?;
    // Inference may visit a call several times; each site is dumped once.
    if inf.prog.dumps.ffi && inf.prog.c.dumped.insert((inf.file.name.clone(), e.span.lo)) {
        let (line, col) = inf.file.line_col(e.span.lo);
        let extra: Vec<String> = extra.iter().map(|&t| inf.prog.ctypes.name(t)).collect();
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!(" with variadic ({})", extra.join(", "))
        };
        let at = match addr {
            Some(a) => format!("{a:#x}"),
            None => "a run-time address".to_owned(),
        };
        let text = format!(
            "== ffi {}:{line}:{col}: {name} : {}{extra} at {at}\n",
            inf.file.name,
            inf.prog.ctypes.name(fty)
        );
        inf.prog.dump_out.push_str(&text);
    }
    let mut ret = c_result_type(inf, sig.ret).ok_or_else(|| {
        err(
            inf,
            e.span,
            format!(
                "{name} returns '{}', which rumba cannot receive",
                inf.prog.ctypes.name(sig.ret)
            ),
        )
    })?;
    if let Type::Record(id) = ret {
        ret = record_type(inf, id);
    }
    let aux = CCall {
        name: name.clone(),
        addr,
        iface,
        strings,
        ranges,
    };
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::Native {
                name: Rc::from(name.as_str()),
                native: Native::with(lf::ccall, aux),
            },
            recv: None,
            args: call_args,
            arg_types,
        }),
    );
    // C chars come back as bytes; ctypes gives char * as bytes and void *
    // as an int.
    let seen = match (&ret, ctypes) {
        (Type::Bytes, _) => Some((Type::Int(IntTy::I8), Type::Bytes)),
        (Type::Ptr(p), true) if *p == CTypeId::CHAR => Some((ret.clone(), Type::Bytes)),
        (Type::Ptr(p), true) if inf.prog.ctypes.is_void(*p) => Some((ret.clone(), PYINT)),
        _ => None,
    };
    if let Some((raw, to)) = seen {
        inf.out.post_convert.insert(e.id, (raw, to.clone()));
        return Ok(to);
    }
    Ok(ret)
}

/// The C type ctypes passes an argument as when the function has no
/// argtypes.
fn default_ctype(inf: &mut Infer, t: &Type) -> Option<CTypeId> {
    Some(match t {
        // ctypes passes a Python int or bool as a C int (cut to 32 bits);
        // floats, numpy scalars and str (a wchar_t *) need argtypes.
        Type::Bool | Type::Int(IntTy { py: true, .. }) => CTypeId::INT,
        Type::Bytes => inf.prog.ctypes.pointer(CTypeId::CHAR),
        Type::Ptr(p) | Type::CData(p) => inf.prog.ctypes.pointer(*p),
        Type::None => inf.prog.ctypes.pointer(CTypeId::VOID),
        Type::Const(ConstKind::CFunc, c) => {
            let fty = inf.prog.c.funcs[*c as usize].fty?;
            inf.prog.ctypes.pointer(fty)
        }
        _ => return None,
    })
}

/// The C type a variadic argument passes as (C's default promotions).
fn variadic_ctype(inf: &mut Infer, t: &Type) -> Option<CTypeId> {
    Some(match t {
        Type::Bool | Type::NpBool => CTypeId::INT,
        Type::Int(i) if i.bits <= 32 => {
            if i.signed {
                CTypeId::INT
            } else {
                CTypeId::UINT
            }
        }
        Type::Int(i) => {
            if i.signed {
                CTypeId::LONG
            } else {
                CTypeId::ULONG
            }
        }
        t if t.is_float() => CTypeId::DOUBLE,
        Type::Str | Type::Bytes => inf.prog.ctypes.pointer(CTypeId::CHAR),
        Type::Ptr(p) | Type::CData(p) => inf.prog.ctypes.pointer(*p),
        Type::None => inf.prog.ctypes.pointer(CTypeId::VOID),
        _ => return None,
    })
}

/// How one argument goes to a C parameter of type `want`: the slot type
/// lowering converts it to, and where it comes from. An integer passes as
/// a pointer only to a ctypes `c_void_p` parameter, as in ctypes.
fn c_arg(
    inf: &mut Infer,
    a: &Expr,
    t: &Type,
    want: CTypeId,
    i: usize,
    name: &str,
    ctypes: bool,
) -> IResult<(Type, Arg)> {
    let bad = |inf: &Infer| {
        err(
            inf,
            a.span,
            format!(
                "{name}() argument {}: cannot pass {} as '{}'",
                i + 1,
                inf.tyname(t),
                inf.prog.ctypes.name(want)
            ),
        )
    };
    let want_t = match inf.prog.ctypes.get(want) {
        CType::Enum(_) => PYINT,
        _ => inf.prog.ctype_value_type(want).unwrap_or(Type::Unknown),
    };
    if let Some(p) = inf.prog.ctypes.pointee(want) {
        // An array passes its data: its elements must be what C reads
        // (bytes and untyped memory take any array).
        let elem = inf.prog.ctype_value_type(p).and_then(|t| t.dtype());
        let mismatch = match (t, elem) {
            (Type::Array(a), Some(d)) => a.dtype != d && d.scalar_size().is_none_or(|n| n > 1),
            _ => false,
        };
        return match t {
            Type::Array(_) if mismatch => Err(bad(inf)),
            Type::Ptr(_) | Type::CData(_) | Type::Array(_) | Type::Record(_) => {
                Ok((Type::Ptr(p), Arg::Pos(i)))
            }
            Type::Int(_) if ctypes && inf.prog.ctypes.is_void(p) => Ok((Type::Ptr(p), Arg::Pos(i))),
            Type::None => Ok((Type::Ptr(p), Arg::Const(Const::Int(0), Type::Ptr(p)))),
            Type::Str | Type::Bytes
                if p == CTypeId::CHAR
                    || p == CTypeId::SCHAR
                    || p == CTypeId::UCHAR
                    || inf.prog.ctypes.is_void(p) =>
            {
                Ok((t.clone(), Arg::Pos(i)))
            }
            Type::Const(ConstKind::CFunc, c) => {
                let addr = inf.prog.c.funcs[*c as usize].addr;
                Ok((
                    Type::Ptr(p),
                    Arg::Const(Const::Int(addr as i128), Type::Ptr(p)),
                ))
            }
            _ => Err(bad(inf)),
        };
    }
    if inf.prog.ctypes.is_struct(want) {
        return match t {
            Type::Record(id) | Type::CData(id) if *id == want => Ok((Type::Ptr(want), Arg::Pos(i))),
            _ => Err(bad(inf)),
        };
    }
    let scalar_cdata = matches!(t, Type::CData(id) if inf.prog.ctypes.scalar(*id).is_some());
    match (&want_t, t) {
        (Type::Int(w), Type::Bytes) if w.bits == 8 => Ok((want_t.clone(), Arg::Pos(i))),
        (w, Type::CData(_)) if scalar_cdata && w.is_number() => Ok((w.clone(), Arg::Pos(i))),
        (w, t) if w.is_float() && t.is_number() => Ok((w.clone(), Arg::Pos(i))),
        (w, t) if (w.is_int() || w.is_bool()) && (t.is_int() || t.is_bool()) => {
            Ok((w.clone(), Arg::Pos(i)))
        }
        _ => Err(bad(inf)),
    }
}

/// The specialization of script function `f` (with captures of types
/// `captures`) that a C function pointer of type `fty` calls, its return
/// type, and what the C function runs.
pub fn callback_target(
    inf: &mut Infer,
    f: FuncId,
    fty: CTypeId,
    numba: bool,
    captures: Vec<Type>,
    span: Span,
) -> IResult<(SpecId, Type, super::CallbackTarget)> {
    let CType::Func(sig) = inf.prog.ctypes.get(fty).clone() else {
        return Err(err(inf, span, "a callback needs a function type"));
    };
    let mut params = Vec::new();
    for &p in &sig.params {
        let t = if numba {
            inf.prog.ctype_value_type(p)
        } else {
            c_result_type(inf, p)
        };
        let t = match t {
            Some(Type::Record(id)) => Some(Type::CData(id)),
            t => t,
        };
        let Some(t) = t.filter(|t| t.slots() == 1 && (!t.is_ref() || matches!(t, Type::CData(_))))
        else {
            return Err(err(
                inf,
                span,
                format!(
                    "callbacks cannot take '{}' arguments",
                    inf.prog.ctypes.name(p)
                ),
            ));
        };
        params.push(t);
    }
    let mut args = params;
    args.extend(captures);
    let s = inf.specialize(f, args, span)?;
    let ret = inf.spec_ret(s);
    let want = if inf.prog.ctypes.is_void(sig.ret) {
        Type::None
    } else {
        c_result_type(inf, sig.ret).unwrap_or(Type::Unknown)
    };
    // Results convert to the C type; a float result for an integer return
    // would lose its value silently, so it is refused.
    let to_float = want.is_float() && !ret.is_float();
    if ret != Type::Unknown
        && !(ret == want
            || ret.is_number() && want.is_number() && (!ret.is_float() || want.is_float())
            || want == Type::None)
    {
        return Err(err(
            inf,
            span,
            format!(
                "the callback returns {} but its C type returns '{}'",
                inf.tyname(&ret),
                inf.prog.ctypes.name(sig.ret)
            ),
        ));
    }
    let target = super::CallbackTarget {
        proto: inf.prog.specs[s as usize].proto,
        name: inf.prog.funcs[f as usize].name.clone(),
        // The result's width, unless the function's return type is still
        // being inferred (recursion); then the compiled function tells.
        nret: (ret != Type::Unknown).then(|| ret.slots()),
        to_c: want.slots() == 1,
        to_float,
    };
    Ok((s, ret, target))
}

/// Compiles script function `f` behind a C function pointer of type `fty`:
/// the callback cffi's `ffi.callback`, ctypes' CFUNCTYPE and Numba's
/// `cfunc` make. `numba` gives the arguments their C types exactly (as
/// Numba's cfunc does) rather than as Python ints and floats.
pub fn make_callback(
    inf: &mut Infer,
    f: FuncId,
    fty: CTypeId,
    numba: bool,
    span: Span,
) -> IResult<u32> {
    let captures = super::closure::capture_types(inf, f, span, true)?;
    let (s, ret, target) = callback_target(inf, f, fty, numba, captures, span)?;
    if let Some(&c) = inf.prog.callbacks.get(&(s, fty, numba)) {
        return Ok(c);
    }
    let addr = inf
        .rt
        .callback(&inf.prog.ctypes, fty, target)
        .map_err(|m| err(inf, span, m))?;
    inf.prog.c.funcs.push(CFuncState {
        name: inf.prog.funcs[f as usize].name.clone(),
        addr,
        fty: Some(fty),
        argtypes: None,
        restype: None,
        script: Some(f),
    });
    let c = (inf.prog.c.funcs.len() - 1) as u32;
    if ret != Type::Unknown {
        inf.prog.callbacks.insert((s, fty, numba), c);
    }
    Ok(c)
}

/// `@cfunc("int32(int64, int64)")`: a decorator making a C callback.
pub fn cfunc(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    if let Some(k) = kws.iter().find(|k| {
        !matches!(
            k.name.as_str(),
            "nopython" | "cache" | "nogil" | "fastmath" | "error_model" | "locals"
        )
    }) {
        return Err(err(
            inf,
            k.name_span,
            format!("unsupported cfunc option '{}'", k.name),
        ));
    }
    let (Some(a), Some(t)) = (args.first(), pos.first()) else {
        return Err(err(inf, e.span, "cfunc() needs a signature"));
    };
    let sig = match t {
        Type::Str => {
            let s = super::const_str(inf, a, "a signature")?;
            super::funcs::parse_sig(inf, &s)
                .ok_or_else(|| err(inf, a.span, format!("cannot parse the signature '{s}'")))?
        }
        t => inf.prog.signature_of(t).ok_or_else(|| {
            err(
                inf,
                a.span,
                "cfunc() needs a signature like int32(int64, int64)",
            )
        })?,
    };
    let mut params = Vec::new();
    for p in &sig.0 {
        params.push(
            inf.prog
                .ctype_of(p)
                .ok_or_else(|| err(inf, a.span, format!("{} has no C type", inf.tyname(p))))?,
        );
    }
    let ret = match &sig.1 {
        Some(r) => inf
            .prog
            .ctype_of(r)
            .ok_or_else(|| err(inf, a.span, format!("{} has no C type", inf.tyname(r))))?,
        None => CTypeId::VOID,
    };
    let fty = inf
        .prog
        .ctypes
        .func(ret, &params, false)
        .map_err(|m| err(inf, a.span, m.0))?;
    let locals = match kws.iter().find(|k| k.name == "locals") {
        Some(k) => super::funcs::locals_dict(inf, &k.value)?,
        None => Default::default(),
    };
    inf.prog.decorators.push(FuncOpts {
        callback: Some((fty, true)),
        locals,
        ..FuncOpts::default()
    });
    inf.res(e, Res::Const);
    Ok(Type::Const(
        ConstKind::Decorator,
        (inf.prog.decorators.len() - 1) as u32,
    ))
}

/// Attributes of compile-time values: FFI methods and `NULL`, library
/// functions, C function attributes, ctypes types.
pub fn const_attr(inf: &mut Infer, e: &Expr, vt: &Type, attr: &str, span: Span) -> IResult<Type> {
    match vt {
        Type::Const(ConstKind::Ffi, _) if attr == "NULL" => {
            inf.konst(e, Const::Int(0));
            inf.res(e, Res::Const);
            Ok(Type::Ptr(CTypeId::VOID))
        }
        Type::Const(ConstKind::Ffi, _) => {
            let m = inf.prog.intern_method(vt.clone(), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        Type::Const(ConstKind::Lib, l) => lib_attr(inf, e, *l, attr, span),
        // A built-in function's name (`numba.carray.__name__`).
        Type::Const(ConstKind::Builtin, id)
            if attr == "__name__"
                && matches!(
                    super::lib::lookup(inf.prog.builtin_name(*id)).map(|en| &en.item),
                    Some(super::lib::Item::Func(_))
                ) =>
        {
            // numpy's aliases are named after what they alias.
            let name = match super::lib::split(inf.prog.builtin_name(*id)) {
                ("numpy", "abs") => "absolute",
                ("numpy", "bitwise_not") => "invert",
                ("numpy", "conj") => "conjugate",
                ("numpy", "mod") => "remainder",
                ("numpy", "true_divide") => "divide",
                (_, name) => name,
            };
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        Type::Const(ConstKind::CFunc, c) => {
            let f = &inf.prog.c.funcs[*c as usize];
            match attr {
                "address" => {
                    inf.konst(e, Const::Int(f.addr as i128));
                    inf.res(e, Res::Const);
                    Ok(PYINT)
                }
                // The pointer as a C function: calls go through C, with
                // its argument and result conversions (calling the cfunc
                // itself runs the script function).
                "ctypes" | "cffi" if f.script.is_some() => {
                    let mut c = CFuncState {
                        name: f.name.clone(),
                        addr: f.addr,
                        fty: f.fty,
                        argtypes: f.argtypes.clone(),
                        restype: f.restype,
                        script: None,
                    };
                    // Numba's ctypes wrapper takes a pointer to a record as
                    // a c_void_p (so an address passes), as ctypes calls do.
                    if let (Some(fty), "ctypes") = (c.fty, attr) {
                        if let CType::Func(sig) = inf.prog.ctypes.get(fty).clone() {
                            let mut params = Vec::new();
                            for &p in &sig.params {
                                let to_record = inf
                                    .prog
                                    .ctypes
                                    .pointee(p)
                                    .is_some_and(|t| inf.prog.ctypes.is_struct(t));
                                params.push(match to_record {
                                    true => inf.prog.ctypes.pointer(CTypeId::VOID),
                                    false => p,
                                });
                            }
                            let void = inf.prog.ctypes.is_void(sig.ret);
                            c.fty = None;
                            c.argtypes = Some(params);
                            c.restype = Some((!void).then_some(sig.ret));
                        }
                    }
                    inf.prog.c.funcs.push(c);
                    inf.res(e, Res::Const);
                    Ok(Type::Const(
                        ConstKind::CFunc,
                        (inf.prog.c.funcs.len() - 1) as u32,
                    ))
                }
                "ctypes" | "cffi" => {
                    inf.res(e, Res::Const);
                    Ok(vt.clone())
                }
                "__name__" => {
                    inf.konst(e, Const::Str(Rc::from(f.name.as_str())));
                    inf.res(e, Res::Const);
                    Ok(Type::Str)
                }
                // Numba's symbol for a cfunc: the Itanium-mangled qualified
                // name (without Numba's ABI tags, whose hash is its own).
                "native_name" if f.script.is_some() => {
                    let m = "__main__";
                    let name = format!("cfunc._ZN{}{m}{}{}E", m.len(), f.name.len(), f.name);
                    inf.konst(e, Const::Str(Rc::from(name)));
                    inf.res(e, Res::Const);
                    Ok(Type::Str)
                }
                _ => Err(inf.err(
                    "AttributeError",
                    span,
                    format!("C function has no attribute '{attr}'"),
                )),
            }
        }
        _ if super::lib::is(inf, vt, "ctypes.cdll") => {
            let m = inf.prog.intern_method(vt.clone(), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        Type::Const(ConstKind::CType, _) if attr == "in_dll" => {
            let m = inf.prog.intern_method(vt.clone(), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        // `Struct.field` of a ctypes Structure class: ctypes' field
        // descriptor, whose `offset` and `size` are constants.
        Type::Const(ConstKind::CType, i) if struct_field(inf, *i, attr).is_some() => {
            let m = inf.prog.intern_method(vt.clone(), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        Type::Const(ConstKind::Method, _) if matches!(attr, "offset" | "size") => {
            let field = match inf.prog.method_of(vt) {
                Some((Type::Const(ConstKind::CType, i), name)) => struct_field(inf, i, &name),
                _ => None,
            };
            let Some((offset, size)) = field else {
                return Err(inf.err(
                    "AttributeError",
                    span,
                    format!("{} has no attribute '{attr}'", inf.tyname(vt)),
                ));
            };
            let v = if attr == "offset" { offset } else { size };
            inf.konst(e, Const::Int(v as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        _ => Err(inf.err(
            "AttributeError",
            span,
            format!("{} has no attribute '{attr}'", inf.tyname(vt)),
        )),
    }
}

/// The offset and size of field `name` of the ctypes Structure class with
/// C type index `i`.
fn struct_field(inf: &Infer, i: u32, name: &str) -> Option<(u64, u64)> {
    let id = inf.prog.ctype_by_index(i);
    if !inf.prog.ctypes.is_struct(id) {
        return None;
    }
    let (offset, fty) = inf.prog.ctypes.field(id, name)?;
    Some((offset, inf.prog.ctypes.size(fty)?))
}

/// `lib.name`: a C function resolved in the library (declared by the FFI's
/// cdefs for cffi; any symbol for ctypes).
fn lib_attr(inf: &mut Infer, e: &Expr, l: u32, attr: &str, span: Span) -> IResult<Type> {
    if let Some(&c) = inf.prog.c.libs[l as usize].funcs.get(attr) {
        inf.res(e, Res::Const);
        return Ok(Type::Const(ConstKind::CFunc, c));
    }
    let lib = &inf.prog.c.libs[l as usize];
    if lib.ffi.is_some() {
        if let Some(c) = inf.prog.ctypes.constant(attr) {
            inf.konst(e, Const::Int(c.value));
            inf.res(e, Res::Const);
            return Ok(PYINT);
        }
    }
    let fty = match lib.ffi {
        Some(f) => {
            let ffi = &inf.prog.c.ffis[f as usize];
            match ffi.funcs.get(attr) {
                Some(&t) => Some(t),
                None if ffi.vars.contains_key(attr) => {
                    let res = c_global(inf, l, attr, span)?;
                    let t = match &res {
                        Res::CGlobal { ty, .. } => ty.clone(),
                        _ => Type::Unknown,
                    };
                    inf.res(e, res);
                    return Ok(t);
                }
                None => {
                    return Err(inf.err(
                        "AttributeError",
                        span,
                        format!("function or global variable '{attr}' was not declared in cdef()"),
                    ))
                }
            }
        }
        None => None,
    };
    let Some(addr) = lib.lib.lookup(attr) else {
        return Err(inf.err(
            "AttributeError",
            span,
            format!(
                "function '{attr}' not found in library '{}'",
                lib.lib.name()
            ),
        ));
    };
    inf.prog.c.funcs.push(CFuncState {
        name: attr.to_string(),
        addr,
        fty,
        argtypes: None,
        restype: None,
        script: None,
    });
    let c = (inf.prog.c.funcs.len() - 1) as u32;
    inf.prog.c.libs[l as usize]
        .funcs
        .insert(attr.to_string(), c);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::CFunc, c))
}

/// `f.argtypes = [...]` and `f.restype = T` on a ctypes function: the
/// signature is set at compile time; the statement has no code.
pub fn assign_signature(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    attr: &str,
    value: &Expr,
) -> IResult<()> {
    let ot = inf.expr(obj)?;
    let Type::Const(ConstKind::CFunc, c) = ot else {
        return Err(inf.err(
            "AttributeError",
            target.span,
            format!("cannot set attribute '{attr}' of {}", inf.tyname(&ot)),
        ));
    };
    let c = c as usize;
    if attr == "argtypes" {
        let (ExprKind::List(items) | ExprKind::Tuple(items)) = &value.kind else {
            return Err(err(
                inf,
                value.span,
                "argtypes must be a list of ctypes types",
            ));
        };
        let mut params = Vec::new();
        for it in items {
            let ty = inf.expr(it)?;
            params.push(ctype_arg(inf, it, &ty)?);
        }
        inf.prog.c.funcs[c].argtypes = Some(params);
    } else {
        let t = inf.expr(value)?;
        let r = if t == Type::None {
            None
        } else {
            Some(ctype_arg(inf, value, &t)?)
        };
        inf.prog.c.funcs[c].restype = Some(r);
    }
    Ok(())
}

/// `lib.var` of a cffi library whose cdef declares `var`: where it is and
/// how it reads and stores.
fn c_global(inf: &mut Infer, l: u32, attr: &str, span: Span) -> IResult<Res> {
    let lib = &inf.prog.c.libs[l as usize];
    let ty = lib
        .ffi
        .and_then(|f| inf.prog.c.ffis[f as usize].vars.get(attr).copied());
    let Some(ty) = ty else {
        let msg = format!("function or global variable '{attr}' was not declared in cdef()");
        return Err(inf.err("AttributeError", span, msg));
    };
    let Some(addr) = lib.lib.lookup(attr) else {
        let msg = format!(
            "global variable '{attr}' not found in library '{}'",
            lib.lib.name()
        );
        return Err(inf.err("AttributeError", span, msg));
    };
    let Some(slot) = c_slot(inf, ty, 0) else {
        let msg = format!(
            "'{attr}' has C type '{}', which rumba cannot read",
            inf.prog.ctypes.name(ty)
        );
        return Err(err(inf, span, msg));
    };
    Ok(Res::CGlobal {
        addr: addr as u64,
        ty: slot.ty,
        mem: slot.mem,
    })
}

/// Assignments to C global variables (`lib.var = x`); other attributes of
/// compile-time values cannot be set.
pub fn assign_const_attr(
    inf: &mut Infer,
    target: &Expr,
    ot: &Type,
    attr: &str,
    span: Span,
    t: &Type,
) -> IResult<()> {
    if let Type::Const(ConstKind::Lib, l) = ot {
        let res = c_global(inf, *l, attr, span)?;
        let Res::CGlobal { ty, .. } = &res else {
            return Err(err(inf, span, "not a C global variable"));
        };
        let ty = ty.clone();
        if matches!(ty, Type::CData(_)) || !super::ops::convertible(t, &ty) {
            let msg = format!(
                "cannot assign {} to the C global '{attr}' of type {}",
                inf.tyname(t),
                inf.tyname(&ty)
            );
            return Err(err(inf, span, msg));
        }
        inf.res(target, res);
        inf.set(target, ty);
        return Ok(());
    }
    Err(inf.err(
        "AttributeError",
        span,
        format!("cannot set attribute '{attr}' of {}", inf.tyname(ot)),
    ))
}

/// `class S(ctypes.Structure): _fields_ = [...]`: a struct type.
pub fn define_structure(inf: &mut Infer, def: &ClassDef) -> IResult<Type> {
    let kind = match def.bases.first().map(|b| inf.expr(b)) {
        Some(Ok(t)) if super::lib::is(inf, &t, "ctypes.Structure") => RecordKind::Struct,
        Some(Ok(t)) if super::lib::is(inf, &t, "ctypes.Union") => RecordKind::Union,
        Some(Err(d)) => return Err(d),
        _ => {
            return Err(inf.err(
                "SyntaxError",
                def.name_span,
                "classes are not supported by rumba, except ctypes.Structure and ctypes.Union subclasses with _fields_",
            ))
        }
    };
    let mut fields: Option<Vec<(String, CTypeId)>> = None;
    let mut pack = None;
    for s in &def.body {
        match &s.kind {
            StmtKind::Assign { targets, value } if targets.len() == 1 => {
                let ExprKind::Name(n) = &targets[0].kind else {
                    return Err(inf.err(
                        "SyntaxError",
                        s.span,
                        "a Structure body may only assign _fields_ and _pack_",
                    ));
                };
                match n.as_str() {
                    "_fields_" => fields = Some(structure_fields(inf, value)?),
                    "_pack_" => {
                        inf.expr(value)?;
                        pack = Some(super::const_int(inf, value, "_pack_")? as u64);
                    }
                    _ => {
                        return Err(inf.err(
                            "SyntaxError",
                            s.span,
                            "a Structure body may only assign _fields_ and _pack_",
                        ))
                    }
                }
            }
            StmtKind::Pass | StmtKind::Expr(_) => {}
            _ => {
                return Err(inf.err(
                    "SyntaxError",
                    s.span,
                    "a Structure body may only assign _fields_ and _pack_",
                ))
            }
        }
    }
    let id = inf.prog.ctypes.new_record(kind, Some(&def.name));
    inf.prog.c.structure_names.insert(id, def.name.clone());
    // Without _fields_ the structure is incomplete until `S._fields_ = ...`
    // (so that its fields may point to it).
    if let Some(fields) = fields {
        inf.prog
            .ctypes
            .complete_record(id, &fields, pack)
            .map_err(|m| inf.err("TypeError", def.name_span, m.0))?;
        inf.prog.register_record(id);
    } else if pack.is_some() {
        return Err(inf.err(
            "TypeError",
            def.name_span,
            "_pack_ needs _fields_ in the class body",
        ));
    }
    Ok(ctype_const(id))
}

/// The (name, C type) pairs of a `_fields_` list.
fn structure_fields(inf: &mut Infer, value: &Expr) -> IResult<Vec<(String, CTypeId)>> {
    let mut fs = Vec::new();
    for (name, te) in super::field_pairs(inf, value)? {
        let ty = inf.out.ty(te).clone();
        fs.push((name.to_string(), ctype_arg(inf, te, &ty)?));
    }
    Ok(fs)
}

/// `S._fields_ = [...]` after `class S(ctypes.Structure): pass`: completes
/// the structure, once, as ctypes does.
pub fn assign_fields(inf: &mut Infer, s: &Stmt, obj: &Expr, value: &Expr) -> IResult<()> {
    let ot = inf.expr(obj)?;
    let id = match ot {
        Type::Const(ConstKind::CType, i) => inf.prog.ctype_by_index(i),
        _ => {
            return Err(inf.err(
                "AttributeError",
                obj.span,
                format!("cannot set _fields_ of {}", inf.tyname(&ot)),
            ))
        }
    };
    let key = crate::front::typed::stmt_key(s);
    if inf.prog.c.late_fields.get(&id) == Some(&key) {
        return Ok(());
    }
    if !matches!(inf.prog.ctypes.get(id), CType::Record(_)) || inf.prog.ctypes.size(id).is_some() {
        return Err(inf.err("AttributeError", s.span, "_fields_ is final"));
    }
    let fields = structure_fields(inf, value)?;
    inf.prog
        .ctypes
        .complete_record(id, &fields, None)
        .map_err(|m| inf.err("TypeError", s.span, m.0))?;
    inf.prog.register_record(id);
    inf.prog.c.late_fields.insert(id, key);
    Ok(())
}

/// `c_double * 3`: a ctypes array type.
pub fn array_type(inf: &mut Infer, elem: &Type, n: &Expr) -> IResult<Type> {
    let Type::Const(ConstKind::CType, id) = elem else {
        return Err(err(inf, n.span, "expected a ctypes type"));
    };
    let len = super::const_int(inf, n, "an array length")?;
    if len < 0 {
        return Err(inf.err("ValueError", n.span, "array length must be >= 0"));
    }
    let id = inf.prog.ctype_by_index(*id);
    let a = inf
        .prog
        .ctypes
        .array(id, Some(len as u64))
        .map_err(|m| err(inf, n.span, m.0))?;
    Ok(ctype_const(a))
}

/// `numba.carray(ptr, shape[, dtype])` and `farray`: an array viewing the
/// memory a pointer points to, C-ordered or Fortran-ordered. A `void *`
/// needs the dtype; a typed pointer gives it (and must agree with one
/// given).
pub fn carray(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = c.qualified();
    super::arity(inf, c.e, &name, c.pos.len(), 2, 3)?;
    super::check_kws(inf, &name, c.kws, &["dtype"])?;
    // The dtype, by position or as `dtype=`.
    let dtype_arg = match (c.args.get(2).zip(c.pos.get(2)), c.kws.first()) {
        (Some(_), Some(k)) => {
            let msg = format!("{name}() got multiple values for argument 'dtype'");
            return Err(err(inf, k.name_span, msg));
        }
        (Some(a), None) => Some(a),
        (None, Some(k)) => Some((&k.value, &c.kw[0])),
        (None, None) => None,
    };
    let Type::Ptr(p) = c.pos[0] else {
        let msg = format!("{name}() takes a C pointer, not {}", inf.tyname(&c.pos[0]));
        return Err(err(inf, c.args[0].span, msg));
    };
    let pointee = inf
        .prog
        .ctype_value_type(p)
        .and_then(|t| t.dtype())
        .filter(|_| p != CTypeId::VOID);
    let given = match dtype_arg {
        Some((x, t)) => Some(super::numpy::dtype_arg(inf, x, t)?),
        None => None,
    };
    let dtype = match (pointee, given) {
        (Some(a), Some(b)) if a != b => {
            let msg = format!(
                "mismatching dtype '{}' for pointer to {}",
                b.name(),
                a.name()
            );
            return Err(err(inf, dtype_arg.map_or(c.e.span, |(x, _)| x.span), msg));
        }
        (Some(d), _) | (None, Some(d)) => d,
        (None, None) => {
            let msg = format!("{name}() of a {} * needs a dtype", inf.prog.ctypes.name(p));
            return Err(err(inf, c.args[0].span, msg));
        }
    };
    if let DType::Record(id) = dtype {
        inf.prog.register_record(id);
    }
    let dims: Vec<(u8, bool)> = match &c.pos[1] {
        Type::Int(i) => vec![(i.bits, i.signed)],
        Type::Tuple(items) if (1..=3).contains(&items.len()) => items
            .iter()
            .map(|t| match t {
                Type::Int(i) => Some((i.bits, i.signed)),
                _ => None,
            })
            .collect::<Option<_>>()
            .ok_or_else(|| err(inf, c.args[1].span, "a shape holds integers"))?,
        t => {
            let msg = format!(
                "{name}() takes a shape of 1 to 3 integers, not {}",
                inf.tyname(t)
            );
            return Err(err(inf, c.args[1].span, msg));
        }
    };
    let ndim = dims.len() as u8;
    let itemsize = match dtype {
        DType::Record(id) => inf.prog.ctypes.size(id).unwrap_or(0) as u32,
        d => d.scalar_size().unwrap_or(8),
    };
    let aux = lf::CArray {
        dtype,
        itemsize,
        dims,
        fortran: c.name == "farray",
    };
    let types = vec![c.pos[0].clone(), c.pos[1].clone()];
    inf.res(c.e, native_aux(&name, lf::carray, pos_args(2), types, aux));
    let layout = match (c.name, ndim) {
        ("farray", 2..) => Layout::A,
        _ => Layout::C,
    };
    Ok(Type::array(dtype, ndim, layout))
}

/// `a.ctypes`: numpy's ctypes view of an array, which C functions take as
/// a `void *` to the data (as Numba passes it).
pub fn array_ctypes(inf: &mut Infer, e: &Expr) -> IResult<Type> {
    inf.res(e, Res::ArrayAttr(crate::front::typed::ArrayAttr::Data));
    Ok(Type::Ptr(CTypeId::VOID))
}

/// `a.ctypes.data_as(POINTER(T))`: the array's data as a typed pointer.
pub fn data_as(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    args: &[Expr],
    pos: &[Type],
) -> IResult<Type> {
    let is_view = matches!(&value.kind, ExprKind::Attribute { attr, .. } if attr == "ctypes");
    if !is_view || pos.len() != 1 {
        return Err(err(
            inf,
            e.span,
            "data_as() is a method of an array's .ctypes, taking one pointer type",
        ));
    }
    let to = ctype_arg(inf, &args[0], &pos[0])?;
    let Some(p) = inf.prog.ctypes.pointee(to) else {
        let msg = format!(
            "data_as() takes a pointer type, not {}",
            inf.prog.ctypes.name(to)
        );
        return Err(err(inf, args[0].span, msg));
    };
    let mut res = super::intrinsic(
        Intrinsic::Reinterpret,
        pos_args(0),
        vec![Type::Ptr(CTypeId::VOID)],
    );
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
    Ok(Type::Ptr(p))
}

/// The scalar fields of a record in memory order, nested records
/// flattened: their offsets and the types their values have. `None` if a
/// field is not a number (a sub-array, a pointer).
pub fn record_leaves(prog: &crate::program::Program, id: CTypeId) -> Option<Vec<(u32, Type)>> {
    let mut out = Vec::new();
    for f in prog.ctypes.fields(id)? {
        let off = u32::try_from(f.offset).ok()?;
        if prog.ctypes.is_struct(f.ty) {
            let inner = record_leaves(prog, f.ty)?;
            out.extend(inner.into_iter().map(|(o, t)| (o + off, t)));
        } else {
            let t = prog.ctype_value_type(f.ty).filter(|t| t.is_number())?;
            out.push((off, t));
        }
    }
    Some(out)
}

/// The scalars of a value of type `t`, nested tuples flattened.
pub fn tuple_leaves(t: &Type, out: &mut Vec<Type>) {
    match t {
        Type::Tuple(items) => items.iter().for_each(|t| tuple_leaves(t, out)),
        t => out.push(t.clone()),
    }
}

/// `a[i] = value` of a record array: another record of the dtype (copied
/// whole) or a tuple of its fields' values, nested as the dtype nests.
pub fn check_record_store(inf: &mut Infer, span: Span, id: CTypeId, t: &Type) -> IResult<()> {
    if *t == Type::Record(id) {
        return Ok(());
    }
    let bad = |inf: &Infer| {
        let fields = inf.prog.ctypes.field_names(id).join(", ");
        let msg = format!(
            "cannot assign {} to a record of fields ({fields}): give a record or a tuple of their values",
            inf.tyname(t),
        );
        err(inf, span, msg)
    };
    let Type::Tuple(_) = t else {
        return Err(bad(inf));
    };
    let Some(fields) = record_leaves(inf.prog, id) else {
        return Err(err(
            inf,
            span,
            "assigning a tuple to a record with array fields is not supported; assign its fields",
        ));
    };
    let mut values = Vec::new();
    tuple_leaves(t, &mut values);
    if values.len() != fields.len() {
        return Err(bad(inf));
    }
    for (v, (_, f)) in values.iter().zip(&fields) {
        super::ops::check_convertible(inf, v, f, span)?;
    }
    Ok(())
}

/// A sub-array field's shape: an integer or a tuple of integers, constant.
pub fn subarray_shape(inf: &mut Infer, e: &Expr) -> IResult<Vec<u64>> {
    let dims: Vec<i128> = match inf.const_of(e) {
        Some(Const::Int(n)) => vec![*n],
        Some(Const::Tuple(items)) => items
            .iter()
            .map(|c| match c {
                Const::Int(n) => Some(*n),
                _ => None,
            })
            .collect::<Option<_>>()
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if !(1..=3).contains(&dims.len()) || dims.iter().any(|&d| !(1..=u32::MAX as i128).contains(&d))
    {
        return Err(err(
            inf,
            e.span,
            "a sub-array field's shape must be 1 to 3 constant positive integers",
        ));
    }
    Ok(dims.into_iter().map(|d| d as u64).collect())
}

/// `rec.v` of a sub-array field: an array viewing the record's memory (as
/// numpy and Numba give it). `None` if the field is not an array.
pub fn subarray_field(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    id: CTypeId,
    attr: &str,
) -> Option<Type> {
    let (off, fty) = inf.prog.ctypes.field(id, attr)?;
    let mut shape = Vec::new();
    let mut elem = fty;
    while let CType::Array { elem: inner, len } = inf.prog.ctypes.get(elem) {
        shape.push(i64::try_from((*len)?).ok()?);
        elem = *inner;
    }
    if shape.is_empty() || shape.len() > 3 {
        return None;
    }
    let dtype = inf.prog.ctype_value_type(elem)?.dtype()?;
    if let DType::Record(r) = dtype {
        inf.prog.register_record(r);
    }
    let itemsize = u32::try_from(inf.prog.ctypes.size(elem)?).ok()?;
    let t = Type::array(dtype, shape.len() as u8, Layout::C);
    let aux = lf::SubArray {
        offset: u32::try_from(off).ok()?,
        dtype,
        itemsize,
        shape,
    };
    let vt = inf.out.ty(value).clone();
    let mut res = native_aux("field", lf::subarray_view, vec![], vec![vt], aux);
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
    Some(t)
}

/// `sum(arr)` of a C array of numbers with a known length (a ctypes array,
/// cffi's `T[n]`): Python's sum of the values its elements read as.
/// `None` for other values.
pub fn carray_sum(inf: &mut Infer, c: &CallSite) -> IResult<Option<Type>> {
    let (Some(Type::CData(id)), 1, []) = (c.pos.first(), c.pos.len(), c.kws) else {
        return Ok(None);
    };
    let CType::Array {
        elem,
        len: Some(len),
    } = *inf.prog.ctypes.get(*id)
    else {
        return Ok(None);
    };
    let Some(scalar) = inf.prog.ctypes.scalar(elem).filter(|s| *s != Scalar::Ptr) else {
        return Ok(None);
    };
    let rt = if scalar.is_float() { Type::F64 } else { PYINT };
    let at = c.pos[0].clone();
    inf.res(
        c.e,
        native_aux(
            "sum",
            lf::carray_sum,
            vec![Arg::Pos(0)],
            vec![at],
            (scalar, len),
        ),
    );
    Ok(Some(rt))
}

/// `numpy.ctypeslib.ndpointer(dtype, flags=...)`: an `argtypes` entry for
/// a numpy array, passed as a pointer to its data (the array's dtype must
/// be the pointer's element type, as for any pointer parameter).
pub fn ndpointer(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kwt) = c.parts();
    super::check_kws(inf, "ndpointer", kws, &["dtype", "flags"])?;
    if pos.len() > 1 {
        return Err(err(
            inf,
            args[1].span,
            "ndpointer()'s ndim and shape are not supported by rumba (give dtype and flags)",
        ));
    }
    for (k, t) in kws.iter().zip(kwt) {
        if k.name == "flags" {
            let flags: Vec<Rc<str>> = match inf.const_of(&k.value) {
                Some(Const::Str(s)) => s.split(',').map(|f| Rc::from(f.trim())).collect(),
                Some(Const::Tuple(items)) => items
                    .iter()
                    .filter_map(|i| match i {
                        Const::Str(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            // The flags a C-contiguous array rumba passes always has.
            let known = [
                "C_CONTIGUOUS",
                "C",
                "CONTIGUOUS",
                "ALIGNED",
                "A",
                "WRITEABLE",
                "W",
            ];
            if flags.is_empty()
                || !flags
                    .iter()
                    .all(|f| known.contains(&f.to_uppercase().as_str()))
            {
                let msg = format!(
                    "ndpointer() flags of {}: rumba supports 'C_CONTIGUOUS', 'ALIGNED' and \
                     'WRITEABLE'",
                    inf.tyname(t)
                );
                return Err(err(inf, k.value.span, msg));
            }
        }
    }
    let dtype = match (pos.first(), kw_arg(kws, kwt, "dtype")) {
        (Some(t), _) => Some((&args[0], t.clone())),
        (None, Some((x, t))) => Some((x, t)),
        (None, None) => None,
    };
    let elem = match dtype {
        Some((x, t)) => {
            let dt = super::numpy::dtype_arg(inf, x, &t)?;
            inf.prog.ctype_of(&Type::of_dtype(dt)).ok_or_else(|| {
                err(
                    inf,
                    x.span,
                    "ndpointer() of this dtype is not supported by rumba",
                )
            })?
        }
        None => CTypeId::VOID,
    };
    let p = inf.prog.ctypes.pointer(elem);
    inf.res(e, Res::Const);
    Ok(ctype_const(p))
}

fn kw_arg<'a>(kws: &'a [Keyword], kwt: &[Type], name: &str) -> Option<(&'a Expr, Type)> {
    kws.iter()
        .zip(kwt)
        .find(|(k, _)| k.name == name)
        .map(|(k, t)| (&k.value, t.clone()))
}

/// The named fields of a struct of numbers, for a dict initializer.
fn dict_init_fields(inf: &Infer, t: CTypeId) -> Option<Vec<(String, u32, DType)>> {
    inf.prog
        .ctypes
        .fields(t)?
        .iter()
        .map(|f| {
            let dt = inf
                .prog
                .ctype_value_type(f.ty)
                .filter(|v| v.is_number() && !f.name.is_empty())?
                .dtype()
                .filter(|d| d.scalar_index().is_some())?;
            Some((f.name.clone(), f.offset as u32, dt))
        })
        .collect()
}
