//! Names and attributes: local, global and built-in names, imports of
//! built-in modules (their tables in `lib/`) and script modules, attributes
//! of modules, arrays, records, C data and compile-time values, and
//! assignments to attributes.

use super::lib;
use super::ops::check_convertible;
use super::{intrinsic, native, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{ArrayAttr, Const, ImportVal, Intrinsic, ModId, Res};
use crate::program::Program;
use std::rc::Rc;
use vm::dtype::DType;
use vm::ffi::ctype::CTypeId;
use vm::types::{ConstKind, Layout, Type, PYINT};

impl<'p> Infer<'p> {
    pub(super) fn name(&mut self, e: &Expr, n: &str) -> IResult<Type> {
        // `**kwargs` spread by a call reads the parameter as `**kwargs`.
        let (n, spread) = match n.strip_prefix("**") {
            Some(n) => (n, true),
            None => (n, false),
        };
        let is_local = !self.at_module && self.locals.contains(n);
        if let Some(var) = self.env.as_ref().and_then(|env| env.get(n)) {
            let ty = var.ty.clone();
            if let Type::Conflict(ts) = &ty {
                return Err(self.conflicted(e.span, n, ts));
            }
            if !spread && matches!(&ty, Type::Named(t) if &*t.name == super::star::KWARGS) {
                return Err(self.err(
                    "TypeError",
                    e.span,
                    format!("rumba passes a '**{n}' parameter on only as '**{n}' in a call (its dict is not built)"),
                ));
            }
            if let Type::Const(ConstKind::Literal, id) = ty {
                return Ok(super::literal::read(self, e, id));
            }
            if var.maybe && (is_local || self.at_module) && ty.slots() > 0 {
                self.out.unbound_checks.insert(e.id, Rc::from(n));
            }
            if ty.slots() == 0 {
                self.res(e, Res::Const);
            } else if self.at_module {
                let slots = self.prog.global_slots(self.module, n, &ty);
                self.res(e, Res::Global(slots));
            } else {
                self.res(e, Res::Local);
                super::const_names::read_local(self, e, n);
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
            if let Type::Conflict(ts) = &g.ty {
                return Err(self.conflicted(e.span, n, ts));
            }
            self.deps.push((self.module, n.to_string(), g.ty.clone()));
            if g.ty.slots() == 0 {
                self.res(e, Res::Const);
            } else {
                self.res(e, Res::Global(g.slots.clone()));
                super::const_names::read_global(self, e, &g.ty, &g.slots);
            }
            return Ok(g.ty);
        }
        if n == "__name__" {
            // "__main__" for the script run, the module's name for imports.
            let name = self.prog.modules[self.module as usize].name.as_str();
            self.konst(e, Const::Str(Rc::from(name)));
            self.res(e, Res::Const);
            return Ok(Type::Str);
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

impl Infer<'_> {
    /// A read of a variable whose differently typed definitions meet.
    fn conflicted(&self, span: Span, n: &str, ts: &[Type]) -> crate::front::diag::Diag {
        let names: Vec<String> = ts.iter().map(|t| self.tyname(t)).collect();
        let mut d = self.err(
            "TypeError",
            span,
            format!(
                "variable '{n}' may be {} here (its definitions of different types meet before this read)",
                names.join(" or ")
            ),
        );
        if let Some(&(a, b)) = self.conflicts.get(n) {
            let (a, b) = if a.lo <= b.lo { (a, b) } else { (b, a) };
            d = d
                .note(format!("'{n}' is defined here"), Some(self.loc(a)))
                .note("and here", Some(self.loc(b)));
        }
        let numbers = ts.iter().all(|t| t.is_number() || t.is_complex());
        d.note(
            format!(
                "plain (not jitted) code keeps each value's own type, as CPython does, and rumba needs one type here{}",
                if numbers { "; give every definition the same type (`0.0` for a float)" } else { "" }
            ),
            None,
        )
    }
}

/// A built-in module's id: its interned name.
fn module_id(prog: &mut Program, name: &str) -> Option<u32> {
    lib::module(name).map(|_| prog.intern_builtin(name))
}

/// A name of the builtins (`print`, `ValueError`).
pub fn builtin_name(inf: &mut Infer, n: &str) -> Option<Type> {
    lib::static_attr(inf, "builtins", n)
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
        // A class whose table holds its other constructors
        // (`numba.typed.List`) imports as the class.
        let class = lib::module(module)
            .and_then(|m| m.entry(name))
            .is_some_and(|e| matches!(e.item, lib::Item::Func(_)));
        if let Some(sub) = module_id(inf.prog, &full).filter(|_| !class) {
            return Ok(Some(ImportVal::Static(Type::Const(
                ConstKind::BuiltinModule,
                sub,
            ))));
        }
        if let Some((c, t)) = lib::constant(module, name) {
            return Ok(Some(ImportVal::Const(c, t)));
        }
        if let Some((slot, t)) = lib::global(inf, module, name) {
            return Ok(Some(ImportVal::Global(vec![slot], t)));
        }
        if let Some(t) = module_attr(inf, id, name) {
            return Ok(Some(ImportVal::Static(t)));
        }
        if let Some(twin) = shipped_twin(inf, module, name, span)? {
            return import_global(inf, twin, module, name, span);
        }
        return Err(inf.err(
            "ImportError",
            span,
            format!("cannot import name '{name}' from '{module}'"),
        ));
    }
    let (_, m) = import(inf, module, None, span)?;
    let Type::Const(ConstKind::Module, mid) = m else {
        return Err(inf.err(
            "ImportError",
            span,
            format!("cannot import from '{module}'"),
        ));
    };
    import_global(inf, mid, module, name, span)
}

/// `from module import name` of script module `mid`'s global.
fn import_global(
    inf: &mut Infer,
    mid: ModId,
    module: &str,
    name: &str,
    span: Span,
) -> IResult<Option<ImportVal>> {
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
    let Some(m) = lib::module(module) else {
        return Err(inf.err(
            "ImportError",
            span,
            "'from ... import *' is only supported for built-in modules",
        ));
    };
    if !m.star {
        return Err(inf.err(
            "ImportError",
            span,
            format!("'from {module} import *' is not supported"),
        ));
    }
    let mut out = Vec::new();
    for entry in m.iter() {
        let n = entry.name;
        if let Some((c, t)) = lib::constant(module, n) {
            out.push((n.to_string(), ImportVal::Const(c, t)));
        } else if let Some(t) = lib::static_attr(inf, module, n) {
            out.push((n.to_string(), ImportVal::Static(t)));
        }
    }
    Ok(out)
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
    if let Some(t) = super::numpy::array_flag(inf, e, value, attr)? {
        return Ok(t);
    }
    if let Some(t) = super::numpy::info_attr(inf, e, value, attr)? {
        return Ok(t);
    }
    if let Some(t) = super::class::type_name(inf, e, value, attr)? {
        return Ok(t);
    }
    let vt = inf.expr(value)?;
    if let Some(t) = super::overload::member_attr(inf, e, value, &vt, attr)? {
        return Ok(t);
    }
    if let Some(t) = lib::enums::attribute(inf, e, value, &vt, attr, attr_span)? {
        return Ok(t);
    }
    if let Some(id) = super::literal::literal_of(&vt) {
        return super::literal::type_attr(inf, e, value, id, attr, attr_span);
    }
    if let Type::Closure(f, env) = &vt {
        if inf.prog.funcs[*f as usize].opts.callback.is_some() {
            return super::closure::cfunc_attr(inf, e, *f, env, attr, attr_span);
        }
    }
    if let (Type::Exc, "args") = (&vt, attr) {
        inf.res(
            e,
            super::native("args", vm::lib_exc::args_of, vec![], vec![Type::Exc]),
        );
        return Ok(Type::ExcArgs);
    }
    if let Type::Named(class) = &vt {
        return lib::collections::field(inf, e, value, class, attr, attr_span);
    }
    // Numba has no bound methods as values; plain code's are functions.
    if !inf.jitted() {
        if let Some(t) = super::bound::method_value(inf, e, value, &vt, attr)? {
            return Ok(t);
        }
    }
    match (&vt, super::class::class_of(&vt)) {
        (Type::Obj(_) | Type::OptObj(_), Some(c)) => {
            let c = c.clone();
            return super::class::attribute(inf, e, value, &c, attr, attr_span);
        }
        (_, Some(c)) => {
            let c = c.clone();
            return super::class::class_attribute(inf, e, &c, attr, attr_span);
        }
        _ => {}
    }
    if let (Type::Array(_), "ctypes") = (&vt, attr) {
        return super::ffi::array_ctypes(inf, e);
    }
    match &vt {
        Type::Const(ConstKind::BuiltinModule, m) => {
            let module = inf.prog.builtin_name(*m).to_string();
            if let Some((c, t)) = lib::constant(&module, attr) {
                inf.konst(e, c);
                inf.res(e, Res::Const);
                return Ok(t);
            }
            if let Some((slot, t)) = lib::global(inf, &module, attr) {
                inf.res(e, Res::Global(vec![slot]));
                return Ok(t);
            }
            match module_attr(inf, *m, attr) {
                Some(t) => {
                    inf.res(e, Res::Const);
                    Ok(t)
                }
                None => {
                    if let Some(twin) = shipped_twin(inf, &module, attr, attr_span)? {
                        return module_global(inf, e, twin, attr, attr_span);
                    }
                    // Tables that list every name of the real module can
                    // say the name does not exist, as Python does.
                    let complete = lib::module(&module).is_some_and(|m| m.complete);
                    let hint = if complete {
                        ""
                    } else {
                        " (or rumba does not support it)"
                    };
                    Err(inf.err(
                        "AttributeError",
                        attr_span,
                        format!("module '{module}' has no attribute '{attr}'{hint}"),
                    ))
                }
            }
        }
        Type::Const(ConstKind::Module, m) => module_global(inf, e, *m, attr, attr_span),
        Type::ByteBuf(k) => super::buffers::attr(inf, e, &vt, *k, attr),
        Type::Array(a) => {
            let (attr_kind, t) = match attr {
                "shape" => (ArrayAttr::Shape, Type::tuple(vec![PYINT; a.ndim as usize])),
                "size" => (ArrayAttr::Size, PYINT),
                // Part of the type: a constant when reading the array has
                // no effect (`r.ndim > 1` then picks a branch statically).
                "ndim" if matches!(value.kind, ExprKind::Name(_)) => {
                    inf.konst(e, Const::Int(a.ndim as i128));
                    inf.res(e, Res::Const);
                    return Ok(PYINT);
                }
                "ndim" => (ArrayAttr::Ndim, PYINT),
                "itemsize" => (ArrayAttr::Itemsize, PYINT),
                "nbytes" => (ArrayAttr::Nbytes, PYINT),
                "strides" | "flat" | "flags" => return super::numpy::layout_attr(inf, e, a, attr),
                "dtype" if matches!(a.dtype, DType::Text { .. }) => {
                    return Err(inf.err(
                        "TypeError",
                        attr_span,
                        "the dtype of a string array is not supported by rumba",
                    ))
                }
                "dtype" => {
                    inf.res(e, Res::Const);
                    return Ok(Type::TypeObj(Rc::new(Type::of_dtype(a.dtype))));
                }
                "real" | "imag"
                    if a.dtype == DType::C128
                        || (attr == "real"
                            && (a.dtype.is_int()
                                || a.dtype.is_float()
                                || a.dtype == DType::Bool)) =>
                {
                    let at = Type::Array(a.clone());
                    return super::npcomplex::part(inf, e, &at, attr == "imag", vec![]);
                }
                "T" => (ArrayAttr::T, super::numpy::transposed(a)),
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
        Type::C128 | Type::NpC128 if attr == "real" || attr == "imag" => {
            let part = u8::from(attr == "imag");
            inf.res(
                e,
                intrinsic(Intrinsic::Part(part), vec![], vec![Type::C128]),
            );
            Ok(if vt == Type::C128 {
                Type::F64
            } else {
                Type::NpF64
            })
        }
        t if t.is_number() && !t.is_bool() && matches!(attr, "real" | "imag") => {
            super::npscalar::part(inf, e, value, t, attr == "imag", attr_span)
        }
        Type::Range if matches!(attr, "start" | "stop" | "step") => {
            let part = match attr {
                "start" => 0,
                "stop" => 1,
                _ => 2,
            };
            inf.res(
                e,
                intrinsic(Intrinsic::Part(part), vec![], vec![Type::Range]),
            );
            Ok(PYINT)
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
                    native("contents", vm::ffi::natives::ptr_view, vec![], vec![arg]),
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
        Type::Const(..) | Type::TypeObj(_) | Type::NpClass(_) => {
            const_attr(inf, e, &vt, attr, attr_span)
        }
        Type::Unknown => Ok(Type::Unknown),
        _ => Err(inf.err(
            "AttributeError",
            attr_span,
            format!("{} has no attribute '{attr}'", inf.tyname(&vt)),
        )),
    }
}

/// An attribute of a built-in module that is a compile-time value.
/// `m.attr` of a script module (or a shipped one).
fn module_global(
    inf: &mut Infer,
    e: &Expr,
    m: ModId,
    attr: &str,
    attr_span: Span,
) -> IResult<Type> {
    let Some(g) = inf.prog.modules[m as usize].globals.get(attr).cloned() else {
        return Err(inf.err(
            "AttributeError",
            attr_span,
            format!(
                "module '{}' has no attribute '{attr}'",
                inf.prog.modules[m as usize].name
            ),
        ));
    };
    inf.deps.push((m, attr.to_string(), g.ty.clone()));
    if g.ty.slots() == 0 {
        inf.res(e, Res::Const);
    } else {
        inf.res(e, Res::Global(g.slots.clone()));
    }
    Ok(g.ty)
}

/// The shipped Python module that defines `attr` for built-in `module`
/// (numpy functions written in Python, as Numba writes its own), loaded
/// when first needed so that scripts not using them pay nothing.
fn shipped_twin(inf: &mut Infer, module: &str, attr: &str, span: Span) -> IResult<Option<ModId>> {
    let Some(twin) = crate::stdlib::twin(module).filter(|_| !attr.starts_with('_')) else {
        return Ok(None);
    };
    let m = inf.rt.import(inf.prog, twin).map_err(|e| match e {
        super::ImportError::NotFound => inf.err(
            "ModuleNotFoundError",
            span,
            format!("No module named '{twin}'"),
        ),
        super::ImportError::Failed(d) => d,
    })?;
    Ok(inf.prog.modules[m as usize]
        .globals
        .contains_key(attr)
        .then_some(m))
}

pub fn module_attr(inf: &mut Infer, m: u32, attr: &str) -> Option<Type> {
    let module = inf.prog.builtin_name(m).to_string();
    lib::static_attr(inf, &module, attr)
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
    let text = super::records::text_field_dtype(inf, id, name);
    let Some(dtype) = text.or_else(|| t.dtype()) else {
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
    if let Some(t) = super::ffi::subarray_field(inf, e, value, id, attr) {
        return Ok(t);
    }
    let (off, t) = field_of(inf, id, attr, span)?;
    if let Some((_, fty)) = inf.prog.ctypes.field(id, attr) {
        super::records::check_field_read(inf, fty, attr, span)?;
    }
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
    let res = super::records::field_res(inf, id, attr, off, t.clone());
    inf.res(e, res);
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
    if let Type::Obj(c) | Type::OptObj(c) = &ot {
        return super::class::assign_attr(inf, target, &c.clone(), attr, span, t);
    }
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
    // `a.f = x` of a record array (np.recarray): fills or copies into the
    // field's column.
    if let Type::Array(a) = &ot {
        if let DType::Record(id) = a.dtype {
            if super::records::text_column_store(inf, target, id, attr, a.ndim, t)? {
                return Ok(());
            }
            let col = field_array(inf, target, id, a.ndim, attr, span)?;
            match t {
                t if t.is_number() => {}
                Type::Array(src) if src.ndim <= a.ndim => {}
                _ => {
                    let msg = format!("cannot assign {} to a record array's field", inf.tyname(t));
                    return Err(inf.err("TypeError", span, msg));
                }
            }
            inf.out.types.resize(
                inf.out.types.len().max(target.id as usize + 1),
                Type::Unknown,
            );
            inf.out.types[target.id as usize] = col;
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
    if ft.is_ref() && !matches!(ft, Type::Str | Type::Bytes) {
        return Err(inf.err(
            "TypeError",
            span,
            format!("field '{attr}' is not a scalar and cannot be assigned"),
        ));
    }
    check_convertible(inf, t, &ft, span)?;
    let res = super::records::field_res(inf, sid, attr, off, ft.clone());
    inf.res(target, res);
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
        (Type::Const(ConstKind::Func, f), "signatures" | "nopython_signatures") => {
            // A list of the signatures' texts, which prints (and iterates)
            // as Numba's list of signatures does: a typed list shows its
            // items with str.
            let sigs = inf.prog.func_signatures(*f, attr == "nopython_signatures");
            inf.res(
                e,
                super::native_aux(attr, vm::lib_ufunc::types_list, vec![], vec![], sigs),
            );
            Ok(Type::TypedList(Rc::new(Type::Str)))
        }
        (Type::Const(ConstKind::Func, f), _)
            if inf.prog.funcs[*f as usize].opts.ufunc
                && super::vectorize::ATTRS.contains(&attr) =>
        {
            super::vectorize::attr(inf, e, *f, attr, span)
        }
        (Type::Const(ConstKind::Func, f), "py_func" | "__wrapped__") => {
            inf.res(e, Res::Const);
            Ok(Type::Const(ConstKind::Func, *f))
        }
        (Type::Const(ConstKind::Func, f), "__doc__") => {
            inf.res(e, Res::Const);
            match inf.prog.funcs[*f as usize].def.doc.clone() {
                Some(d) => {
                    inf.konst(e, Const::Str(Rc::from(d)));
                    Ok(Type::Str)
                }
                None => Ok(Type::None),
            }
        }
        (Type::Const(ConstKind::Func, f), "compile" | "inspect_types")
            if inf.prog.funcs[*f as usize].opts.jit =>
        {
            let m = inf.prog.intern_method(vt.clone(), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        (Type::Const(ConstKind::Func, f), "__name__") => {
            let name = inf.prog.funcs[*f as usize].name.clone();
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::Const(ConstKind::Builtin, id), "__name__")
            if lib::numba::function_name(inf.prog.builtin_name(*id)).is_some() =>
        {
            let name = lib::numba::function_name(inf.prog.builtin_name(*id)).unwrap_or_default();
            inf.konst(e, Const::Str(Rc::from(name)));
            inf.res(e, Res::Const);
            Ok(Type::Str)
        }
        (Type::TypeObj(t), _) => type_attr(inf, e, t, attr, span),
        (Type::NpClass(t), _) => super::nptypes::class_attr(inf, e, t, attr, span),
        // A built-in class with a table of its own (`List.empty_list`).
        (Type::Const(ConstKind::Builtin, id), _)
            if lib::module(inf.prog.builtin_name(*id)).is_some() =>
        {
            let class = inf.prog.builtin_name(*id).to_string();
            let t = lib::static_attr(inf, &class, attr).ok_or_else(|| {
                inf.err(
                    "AttributeError",
                    span,
                    format!("type object '{class}' has no attribute '{attr}' (or rumba does not support it)"),
                )
            })?;
            inf.res(e, Res::Const);
            Ok(t)
        }
        _ => super::ffi::const_attr(inf, e, vt, attr, span),
    }
}

/// Attributes of type objects: `T.pointer` (a method), `dtype.itemsize`,
/// `rec.get_dtype` (a method), `dtype.names`.
fn type_attr(inf: &mut Infer, e: &Expr, t: &Type, attr: &str, span: Span) -> IResult<Type> {
    if let Type::Named(n) = t {
        if let Some(id) =
            super::records::numba_record_of(&Type::TypeObj(Rc::new(Type::Named(n.clone()))))
        {
            return super::records::numba_record_attr(inf, e, id, attr, span);
        }
    }
    match attr {
        "pointer" | "get_dtype" | "newbyteorder" | "offset" | "typeof" => {
            let m = inf
                .prog
                .intern_method(Type::TypeObj(Rc::new(t.clone())), attr);
            inf.res(e, Res::Const);
            Ok(m)
        }
        // A Numba array type's parts, as a typing function reads them.
        "ndim" | "layout" | "dtype" if matches!(t, Type::Array(_)) => {
            let Type::Array(a) = t else {
                return Err(inf.err("AttributeError", span, "not an array type"));
            };
            inf.res(e, Res::Const);
            match attr {
                "ndim" => {
                    inf.konst(e, Const::Int(a.ndim as i128));
                    Ok(PYINT)
                }
                "layout" => {
                    inf.konst(e, Const::Str(Rc::from(a.layout.name())));
                    Ok(Type::Str)
                }
                _ => Ok(Type::TypeObj(Rc::new(Type::of_dtype(a.dtype)))),
            }
        }
        // A Numba number type's width and sign, as a typing function
        // reads them.
        "bitwidth" if t.is_int() || t.is_float() || t.is_complex() => {
            let bits = match t {
                Type::Int(i) => i.bits as i128,
                Type::F32 => 32,
                t if t.is_complex() => 128,
                _ => 64,
            };
            inf.konst(e, Const::Int(bits));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        "signed" if t.is_int() => {
            let Type::Int(i) = t else {
                return Err(inf.err("AttributeError", span, "not an integer type"));
            };
            inf.konst(e, Const::Bool(i.signed));
            inf.res(e, Res::Const);
            Ok(Type::Bool)
        }
        // An optional type's value type.
        "type" if matches!(t, Type::Opt(_) | Type::OptObj(_)) => {
            let inner = match t {
                Type::Opt(inner) => (**inner).clone(),
                Type::OptObj(c) => Type::Obj(c.clone()),
                _ => return Err(inf.err("AttributeError", span, "not an optional type")),
            };
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(Rc::new(inner)))
        }
        // A Numba record type's numpy dtype.
        "dtype" if matches!(t, Type::Record(_)) => {
            inf.res(e, Res::Const);
            Ok(Type::TypeObj(Rc::new(t.clone())))
        }
        "itemsize" | "size" => {
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
        "fields" | "descr" | "isalignedstruct" if matches!(t, Type::Record(_)) => {
            let Type::Record(id) = t else {
                return Err(inf.err("AttributeError", span, "not a record dtype"));
            };
            super::records::dtype_attr(inf, e, *id, attr)
                .ok_or_else(|| inf.err("AttributeError", span, "not a record dtype attribute"))
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
        _ => super::nptypes::dtype_attr(inf, e, t, attr).ok_or_else(|| {
            inf.err(
                "AttributeError",
                span,
                format!("type {} has no attribute '{attr}'", inf.tyname(t)),
            )
        }),
    }
}
