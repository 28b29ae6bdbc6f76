//! Subscripts: array elements and slices, tuple, list and string indexing,
//! record fields by name or position, and pointer indexing.

use super::ops::check_convertible;
use super::{native, native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Const, Res};
use vm::dtype::DType;
use vm::lib_base as base;
use vm::lib_numpy::{SliceAux, SliceDim};
use vm::types::{ConstKind, Layout, Type, PYINT};

pub fn subscript(inf: &mut Infer, e: &Expr, value: &Expr, index: &Expr) -> IResult<Type> {
    if let Some(t) = super::records::fields_item(inf, e, value, index)? {
        return Ok(t);
    }
    if let Some(t) = super::numpy::flat_subscript(inf, e, value, index, None)? {
        return Ok(t);
    }
    let vt = inf.expr(value)?;
    if let Some(t) = super::lib::enums::subscript(inf, e, &vt, index)? {
        return Ok(t);
    }
    let t = subscript_type(inf, e, value, &vt, index)?;
    super::records::check_text_read(inf, &vt, e)?;
    Ok(t)
}

pub fn assign_subscript(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    index: &Expr,
    t: &Type,
) -> IResult<()> {
    if super::numpy::flat_subscript(inf, target, obj, index, Some(t))?.is_some() {
        return Ok(());
    }
    let ot = inf.expr(obj)?;
    assign_subscript_type(inf, target, obj, &ot, index, t)
}

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// The parts of an index: `a[i]` has one, `a[i, j:k]` two.
pub fn index_parts(index: &Expr) -> Vec<&Expr> {
    match &index.kind {
        ExprKind::Tuple(items) => items.iter().collect(),
        _ => vec![index],
    }
}

fn is_slice(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Slice { .. })
}

/// Types the bounds of a slice; they must be integers.
fn slice_bounds(inf: &mut Infer, e: &Expr) -> IResult<()> {
    if let ExprKind::Slice { lower, upper, step } = &e.kind {
        for b in [lower, upper, step].into_iter().flatten() {
            let t = inf.expr(b)?;
            if !t.is_int() && !t.is_bool() && t != Type::None {
                return Err(err(
                    inf,
                    b.span,
                    format!("slice indices must be integers, not {}", inf.tyname(&t)),
                ));
            }
        }
    }
    Ok(())
}

/// The slicing plan for an array index with some slices.
pub fn slice_plan(index: &Expr) -> SliceAux {
    let dims = index_parts(index)
        .iter()
        .map(|p| match &p.kind {
            ExprKind::Slice { lower, upper, step } => SliceDim::Slice {
                lower: lower
                    .as_ref()
                    .is_some_and(|b| !matches!(b.kind, ExprKind::None)),
                upper: upper
                    .as_ref()
                    .is_some_and(|b| !matches!(b.kind, ExprKind::None)),
                step: step
                    .as_ref()
                    .is_some_and(|b| !matches!(b.kind, ExprKind::None)),
            },
            _ => SliceDim::Index,
        })
        .collect();
    SliceAux { dims }
}

pub fn subscript_type(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    vt: &Type,
    index: &Expr,
) -> IResult<Type> {
    let parts = index_parts(index);
    match &vt.unnamed() {
        Type::Array(a) => {
            let a = a.clone();
            if let (DType::Record(id), ExprKind::Str(name)) = (a.dtype, &index.kind) {
                inf.expr(index)?;
                return super::names::field_array(inf, e, id, a.ndim, name, index.span);
            }
            too_many_indices(inf, index, &a, parts.len())?;
            if let [p] = parts.as_slice() {
                if !is_slice(p) {
                    let it = inf.expr(p)?;
                    if let Type::Array(ix) = &it {
                        return fancy(inf, e, vt, &a, p, ix);
                    }
                    if let Type::Tuple(items) = &it {
                        if vm::lib_numpy::MultiIndex::of(items).is_some() {
                            return multi_fancy(inf, e, vt, &a, index, items);
                        }
                        return tuple_index(inf, e, &a, p, items);
                    }
                }
            }
            // `a[r, c]`: two index arrays or more, no slices.
            if parts.len() > 1 && !parts.iter().any(|p| is_slice(p)) {
                let mut items = Vec::new();
                for p in &parts {
                    items.push(inf.expr(p)?);
                }
                let arrays = items.iter().filter(|t| matches!(t, Type::Array(_))).count();
                if arrays > 1 && vm::lib_numpy::MultiIndex::of(&items).is_some() {
                    return multi_fancy(inf, e, vt, &a, index, &items);
                }
            }
            let mut nslices = 0;
            for p in &parts {
                if is_slice(p) {
                    slice_bounds(inf, p)?;
                    nslices += 1;
                } else {
                    let t = inf.expr(p)?;
                    if matches!(t, Type::Array(_)) {
                        return mixed_fancy(inf, e, vt, &a, index);
                    }
                    if !t.is_int() && !t.is_bool() {
                        return Err(inf.err(
                            "IndexError",
                            p.span,
                            format!("array indices must be integers, not {}", inf.tyname(&t)),
                        ));
                    }
                }
            }
            if nslices == 0 && parts.len() == a.ndim as usize {
                inf.res(e, Res::Elem);
                return Ok(Type::of_dtype(a.dtype));
            }
            // A view: sliced dimensions stay, indexed ones go, unindexed
            // trailing ones stay.
            let ndim = a.ndim as usize - (parts.len() - nslices);
            let layout = view_layout(&parts, a.layout, a.ndim as usize);
            inf.res(e, Res::SliceView);
            Ok(Type::array(a.dtype, ndim as u8, layout))
        }
        Type::Tuple(items) => {
            if parts.len() != 1 {
                return Err(err(
                    inf,
                    index.span,
                    "tuple indices must be integers or slices",
                ));
            }
            if let ExprKind::Slice { lower, upper, step } = &index.kind {
                let mut bound = |b: &Option<Box<Expr>>| -> IResult<Option<i64>> {
                    match b {
                        None => Ok(None),
                        Some(x) => {
                            inf.expr(x)?;
                            match inf.const_of(x) {
                                Some(Const::Int(v)) => Ok(Some(*v as i64)),
                                Some(Const::None) => Ok(None),
                                _ => Err(err(inf, x.span, "tuple slice bounds must be constants")),
                            }
                        }
                    }
                };
                let (l, u, s) = (bound(lower)?, bound(upper)?, bound(step)?);
                let (a, b, st) = vm::lib_base::slice_indices(items.len() as i64, l, u, s)
                    .map_err(|e| err(inf, index.span, e.msg))?;
                let picked: Vec<usize> = vm::lib_base::slice_positions(a, b, st)
                    .map(|i| i as usize)
                    .collect();
                let picked_types = picked.iter().map(|&i| items[i].clone()).collect();
                let t = match vt {
                    Type::MixedList(_) => Type::MixedList(picked_types),
                    _ => Type::Tuple(picked_types),
                };
                inf.res(e, Res::TupleSlice(picked));
                return Ok(t);
            }
            inf.expr(index)?;
            match inf.const_of(index) {
                Some(Const::Int(i)) => {
                    let n = items.len() as i128;
                    let j = if *i < 0 { i + n } else { *i };
                    if !(0..n).contains(&j) {
                        let what = match vt {
                            Type::MixedList(_) => "list",
                            _ => "tuple",
                        };
                        return Err(inf.err(
                            "IndexError",
                            index.span,
                            format!("{what} index out of range"),
                        ));
                    }
                    inf.res(e, Res::TupleItem(j as usize));
                    super::const_names::tuple_item(inf, e, value, index);
                    Ok(items[j as usize].clone())
                }
                _ => {
                    let it = inf.out.ty(index).clone();
                    if !it.is_int() && !it.is_bool() {
                        return Err(err(
                            inf,
                            index.span,
                            format!(
                                "tuple indices must be integers or slices, not {}",
                                inf.tyname(&it)
                            ),
                        ));
                    }
                    match super::iterate::uniform(items) {
                        Some(t) => {
                            inf.res(e, Res::TupleIndex);
                            Ok(t)
                        }
                        None if items.is_empty() => {
                            Err(inf.err("IndexError", index.span, "tuple index out of range"))
                        }
                        None => Err(err(
                            inf,
                            index.span,
                            format!(
                                "{} holds values of different types: its index must be a constant",
                                inf.tyname(vt)
                            ),
                        )),
                    }
                }
            }
        }
        Type::Dict(d) => {
            let d = d.clone();
            super::dict::subscript(inf, e, value, vt, index, &d)
        }
        Type::List(el) | Type::TypedList(el) => {
            if is_slice(index) {
                slice_bounds(inf, index)?;
                let aux = slice_plan(index);
                inf.res(
                    e,
                    native_aux(
                        "list slice",
                        base::list_slice,
                        vec![],
                        vec![vt.clone()],
                        aux,
                    ),
                );
                return Ok(vt.clone());
            }
            let t = inf.expr(index)?;
            if !t.is_int() && !t.is_bool() {
                return Err(err(
                    inf,
                    index.span,
                    format!(
                        "list indices must be integers or slices, not {}",
                        inf.tyname(&t)
                    ),
                ));
            }
            inf.res(e, Res::ListItem);
            Ok((**el).clone())
        }
        Type::VarTuple(el) if !is_slice(index) => {
            let t = inf.expr(index)?;
            if !t.is_int() && !t.is_bool() {
                return Err(err(
                    inf,
                    index.span,
                    format!(
                        "tuple indices must be integers or slices, not {}",
                        inf.tyname(&t)
                    ),
                ));
            }
            let item = native(
                "tuple item",
                vm::lib_tuple::var_tuple_get,
                vec![],
                vec![vt.clone(), PYINT],
            );
            inf.res(e, item);
            Ok((**el).clone())
        }
        Type::Str => {
            if is_slice(index) {
                slice_bounds(inf, index)?;
                let aux = slice_plan(index);
                inf.res(
                    e,
                    native_aux("str slice", base::str_slice, vec![], vec![Type::Str], aux),
                );
                return Ok(Type::Str);
            }
            let t = inf.expr(index)?;
            if !t.is_int() {
                return Err(err(
                    inf,
                    index.span,
                    format!("string indices must be integers, not {}", inf.tyname(&t)),
                ));
            }
            inf.res(
                e,
                native("str index", base::str_index, vec![], vec![Type::Str, PYINT]),
            );
            Ok(Type::Str)
        }
        Type::ByteBuf(k) => super::buffers::subscript(inf, e, vt, *k, index),
        Type::Record(id) => {
            let id = *id;
            inf.expr(index)?;
            if let Some(Const::Str(name)) = inf.const_of(index).cloned() {
                if let Some(t) = super::ffi::subarray_field(inf, e, value, id, &name) {
                    return Ok(t);
                }
            }
            let (off, name, t) = record_key(inf, id, index)?;
            if let Some((_, fty)) = inf.prog.ctypes.field(id, &name) {
                super::records::check_field_read(inf, fty, &name, index.span)?;
            }
            let res = super::records::field_res(inf, id, &name, off, t.clone());
            inf.res(e, res);
            Ok(t)
        }
        Type::Ptr(id) | Type::CData(id) => {
            let id = *id;
            let t = inf.expr(index)?;
            if !t.is_int() {
                return Err(err(
                    inf,
                    index.span,
                    format!("pointer indices must be integers, not {}", inf.tyname(&t)),
                ));
            }
            // C data of an array type indexes its elements, within bounds.
            let (elem, len) = inf.prog.c_elem(id);
            let len = if let Type::CData(_) = vt { len } else { None };
            let et = c_elem_type(inf, elem).ok_or_else(|| {
                err(
                    inf,
                    e.span,
                    format!(
                        "cannot read a value of C type {}",
                        inf.prog.ctypes.name(elem)
                    ),
                )
            })?;
            // Pointer reads give C values: Python scalars, as Numba boxes them.
            inf.res(e, Res::PtrElem(len));
            Ok(et)
        }
        Type::Unknown => Ok(Type::Unknown),
        Type::TypeObj(t) => super::lib::numba::array_type_of(inf, e, t, &parts),
        Type::Const(ConstKind::BuiltinModule, m) if inf.prog.builtin_name(*m) == "os.environ" => {
            super::lib::os::environ_item(inf, e, vt, index)
        }
        _ => Err(err(
            inf,
            value.span,
            format!("{} is not subscriptable", inf.tyname(vt)),
        )),
    }
}

/// The layout of a view of an array (as numpy would find it at run time).
/// A view of a C-contiguous array stays C-contiguous when integer indices
/// only precede the kept dimensions, the first kept dimension is cut
/// without a step and the ones after it are whole; a Fortran-contiguous
/// array keeps its layout by the mirror rule. A contiguous 1-D view is C.
fn view_layout(parts: &[&Expr], layout: Layout, ndim: usize) -> Layout {
    let present = |b: &Option<Box<Expr>>| {
        b.as_ref()
            .is_some_and(|x| !matches!(x.kind, ExprKind::None))
    };
    // Per dimension: kept (with whether it is cut, or stepped) or indexed.
    let mut dims: Vec<Option<(bool, bool)>> = parts
        .iter()
        .map(|p| match &p.kind {
            ExprKind::Slice { lower, upper, step } => {
                Some((present(lower) || present(upper), present(step)))
            }
            _ => None,
        })
        .collect();
    dims.resize(ndim.max(dims.len()), Some((false, false)));
    let kept_dims = dims.iter().filter(|d| d.is_some()).count();
    match layout {
        Layout::A => return Layout::A,
        Layout::C => {}
        Layout::F => dims.reverse(),
    }
    let mut kept = false;
    for d in dims {
        match d {
            Some((cut, stepped)) => {
                if stepped || (kept && cut) {
                    return Layout::A;
                }
                kept = true;
            }
            None if kept => return Layout::A,
            None => {}
        }
    }
    if kept_dims <= 1 {
        Layout::C
    } else {
        layout
    }
}

/// The type a scalar read from C memory has: a Python scalar (C values
/// box to Python objects, as in Numba); narrow integers keep their width
/// for arithmetic but print alike.
pub fn c_value(t: &Type) -> Type {
    match t {
        Type::F32 | Type::NpF64 => Type::F64,
        Type::NpBool => Type::Bool,
        Type::Int(i) => Type::Int(vm::types::IntTy { py: true, ..*i }),
        t => t.clone(),
    }
}

/// The type of an element of C data of type `id` read through a pointer:
/// a Python scalar, a pointer, or C data viewing a struct or an array.
pub fn c_elem_type(inf: &mut Infer, id: vm::ffi::ctype::CTypeId) -> Option<Type> {
    use vm::ffi::ctype::CType;
    if inf.prog.ctypes.is_struct(id) {
        inf.prog.register_record(id);
        return Some(Type::CData(id));
    }
    if let CType::Array { .. } = inf.prog.ctypes.get(id) {
        return Some(Type::CData(id));
    }
    if let CType::Enum(_) = inf.prog.ctypes.get(id) {
        return Some(PYINT);
    }
    if id == vm::ffi::ctype::CTypeId::CHAR {
        return Some(Type::Bytes);
    }
    Some(c_value(&inf.prog.ctype_value_type(id)?))
}

/// `r['x']` or `r[0]`: a field's offset and type.
fn record_key(
    inf: &mut Infer,
    id: vm::ffi::ctype::CTypeId,
    index: &Expr,
) -> IResult<(u32, String, Type)> {
    inf.expr(index)?;
    let name = match inf.const_of(index).cloned() {
        Some(Const::Str(s)) => s.to_string(),
        Some(Const::Int(i)) => {
            let names = inf.prog.ctypes.field_names(id);
            let n = names.len() as i128;
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return Err(inf.err(
                    "IndexError",
                    index.span,
                    format!("invalid index {i} to a record with {n} fields"),
                ));
            }
            names[j as usize].clone()
        }
        _ => {
            return Err(err(
                inf,
                index.span,
                "a record index must be a constant field name or position",
            ))
        }
    };
    let (off, t) = super::names::field_of(inf, id, &name, index.span)?;
    Ok((off, name, t))
}

pub fn assign_subscript_type(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    ot: &Type,
    index: &Expr,
    t: &Type,
) -> IResult<()> {
    let set = |inf: &mut Infer, ty: Type| {
        let i = target.id as usize;
        if inf.out.types.len() <= i {
            inf.out.types.resize(i + 1, Type::Unknown);
        }
        inf.out.types[i] = ty;
    };
    match ot {
        Type::Array(a) => {
            let a = a.clone();
            if let (DType::Record(id), ExprKind::Str(name)) = (a.dtype, &index.kind) {
                inf.expr(index)?;
                if super::records::text_column_store(inf, target, id, name, a.ndim, t)? {
                    return Ok(());
                }
            }
            let et = subscript_type(inf, target, obj, ot, index)?;
            match inf.out.res.get(&target.id) {
                Some(Res::Elem) => {
                    if let DType::Record(id) = a.dtype {
                        super::ffi::check_record_store(inf, target.span, id, t)?;
                        set(inf, et);
                        return Ok(());
                    }
                    check_convertible(inf, t, &et, target.span)?;
                    set(inf, et);
                    Ok(())
                }
                Some(Res::Call(_))
                    if matches!(index.kind, ExprKind::Tuple(_)) && !multi_store(inf, index) =>
                {
                    Err(err(
                        inf,
                        index.span,
                        "assigning through an index array mixed with slices is not supported by rumba",
                    ))
                }
                Some(Res::Call(_)) => {
                    // Fancy assignment: a number, or an array of numbers.
                    let ok = match t {
                        t if t.is_number() => true,
                        Type::Array(src) => !matches!(src.dtype, DType::Record(_)),
                        _ => false,
                    };
                    if !ok || matches!(a.dtype, DType::Record(_) | DType::C128 | DType::Text { .. }) {
                        return Err(err(
                            inf,
                            target.span,
                            format!("cannot assign {} to {}", inf.tyname(t), inf.tyname(&et)),
                        ));
                    }
                    set(inf, et);
                    Ok(())
                }
                _ => {
                    // Slice assignment: a scalar fills, an array copies.
                    let Type::Array(view) = &et else {
                        return Err(err(inf, target.span, "bad slice assignment"));
                    };
                    if super::records::text_slice_store(inf, target, &et, t)? {
                        return Ok(());
                    }
                    match t {
                        t if t.is_number() => {}
                        t if t.is_complex() && view.dtype == DType::C128 => {}
                        Type::Array(src) if src.ndim <= view.ndim => {}
                        Type::List(el)
                            if el.is_number() && !matches!(view.dtype, DType::Record(_)) => {}
                        // Numba takes tuples of one type only.
                        Type::Tuple(items)
                            if !items.is_empty()
                                && items.iter().all(Type::is_number)
                                && (!inf.jitted() || items.iter().all(|i| i.dtype() == items[0].dtype()))
                                && !matches!(view.dtype, DType::Record(_)) => {}
                        _ => {
                            return Err(err(
                                inf,
                                target.span,
                                format!("cannot assign {} to an array slice", inf.tyname(t)),
                            ))
                        }
                    }
                    set(inf, et.clone());
                    Ok(())
                }
            }
        }
        Type::Dict(d) => {
            let d = d.clone();
            super::dict::assign_subscript(inf, target, obj, ot, &d, index, t)
        }
        Type::List(el) | Type::TypedList(el) => {
            if is_slice(index) {
                slice_bounds(inf, index)?;
                if t != ot && !matches!(t, Type::List(e) if **e == Type::Unknown) {
                    return Err(err(
                        inf,
                        target.span,
                        format!("can only assign a {} to this slice", inf.tyname(ot)),
                    ));
                }
                set(inf, ot.clone());
                return Ok(());
            }
            let it = inf.expr(index)?;
            if !it.is_int() {
                return Err(err(inf, index.span, "list indices must be integers"));
            }
            let numbers = t.is_number() && el.is_number();
            if !(t == &**el || numbers && super::stmt::holds(t, el, inf.jitted())) {
                return Err(err(
                    inf,
                    target.span,
                    format!("this list holds {}, not {}", inf.tyname(el), inf.tyname(t)),
                ));
            }
            inf.res(target, Res::ListItem);
            set(inf, (**el).clone());
            Ok(())
        }
        Type::Record(id) => {
            inf.expr(index)?;
            if let Some(Const::Str(name)) = inf.const_of(index).cloned() {
                // `r['v'] = x` of a sub-array field fills or copies into it.
                if let Some(view) = super::ffi::subarray_field(inf, target, obj, *id, &name) {
                    match (t, &view) {
                        (t, _) if t.is_number() => {}
                        (Type::Array(src), Type::Array(v)) if src.ndim <= v.ndim => {}
                        _ => {
                            let msg =
                                format!("cannot assign {} to a sub-array field", inf.tyname(t));
                            return Err(err(inf, target.span, msg));
                        }
                    }
                    set(inf, view);
                    return Ok(());
                }
            }
            let (off, name, ft) = record_key(inf, *id, index)?;
            check_convertible(inf, t, &ft, target.span)?;
            let res = super::records::field_res(inf, *id, &name, off, ft.clone());
            inf.res(target, res);
            set(inf, ft);
            Ok(())
        }
        Type::Ptr(id) | Type::CData(id) => {
            let id = *id;
            let it = inf.expr(index)?;
            if !it.is_int() {
                return Err(err(inf, index.span, "pointer indices must be integers"));
            }
            let (elem, len) = inf.prog.c_elem(id);
            let len = if let Type::CData(_) = ot { len } else { None };
            let et = c_elem_type(inf, elem)
                .filter(|t| match t {
                    Type::CData(id) => inf.prog.ctypes.size(*id).is_some(),
                    t => t.is_number() || t.is_pointer() || *t == Type::Bytes,
                })
                .ok_or_else(|| {
                    err(
                        inf,
                        target.span,
                        format!(
                            "cannot store a value of C type {}",
                            inf.prog.ctypes.name(id)
                        ),
                    )
                })?;
            check_convertible(inf, t, &et, target.span)?;
            inf.res(target, Res::PtrElem(len));
            set(inf, et);
            Ok(())
        }
        Type::ByteBuf(k) => {
            let st = super::buffers::assign_subscript(inf, target, ot, *k, index, t)?;
            set(inf, st);
            Ok(())
        }
        Type::Tuple(_) => Err(err(
            inf,
            target.span,
            "'tuple' object does not support item assignment",
        )),
        Type::Str => Err(err(
            inf,
            target.span,
            "'str' object does not support item assignment",
        )),
        _ => Err(err(
            inf,
            obj.span,
            format!("{} does not support item assignment", inf.tyname(ot)),
        )),
    }
}

/// `a[mask]` or `a[idx]`: one bool or int array as the whole index, which
/// picks elements (a bool mask over the first axes) or rows (an int array
/// along axis 0) into a new array.
fn fancy(
    inf: &mut Infer,
    e: &Expr,
    vt: &Type,
    a: &vm::types::ArrayTy,
    p: &Expr,
    ix: &vm::types::ArrayTy,
) -> IResult<Type> {
    if a.dtype == DType::C128 {
        return Err(err(
            inf,
            p.span,
            "indexing complex arrays with arrays is not supported by rumba",
        ));
    }
    let ndim = match ix.dtype {
        DType::Bool if ix.ndim <= a.ndim => a.ndim - ix.ndim + 1,
        DType::Bool => {
            return Err(inf.err(
                "IndexError",
                p.span,
                format!(
                    "too many indices for array: array is {}-dimensional, but {} were indexed",
                    a.ndim, ix.ndim
                ),
            ))
        }
        d if d.is_int() => ix.ndim + a.ndim - 1,
        _ => {
            return Err(inf.err(
                "IndexError",
                p.span,
                "arrays used as indices must be of integer (or boolean) type",
            ))
        }
    };
    if ndim as usize > vm::value::MAX_NDIM {
        return Err(err(
            inf,
            p.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let it = inf.out.ty(p).clone();
    inf.res(
        e,
        native("index", vm::lib_numpy::take, vec![], vec![vt.clone(), it]),
    );
    Ok(Type::array(a.dtype, ndim, Layout::C))
}

/// numpy's IndexError for `n` indices into an array of fewer dimensions.
fn too_many_indices(inf: &Infer, index: &Expr, a: &vm::types::ArrayTy, n: usize) -> IResult<()> {
    if n <= a.ndim as usize {
        return Ok(());
    }
    Err(inf.err(
        "IndexError",
        index.span,
        format!(
            "too many indices for array: array is {}-dimensional, but {n} were indexed",
            a.ndim
        ),
    ))
}

/// Whether `a[index] = v` stores through int arrays and ints only.
fn multi_store(inf: &Infer, index: &Expr) -> bool {
    matches!(inf.out.ty(index), Type::Tuple(items) if vm::lib_numpy::MultiIndex::of(items).is_some())
}

/// `a[r, c]`, `a[np.nonzero(m)]`: int arrays (and ints) as the first
/// indices, broadcast together; the result has their shape followed by
/// the axes not indexed.
fn multi_fancy(
    inf: &mut Infer,
    e: &Expr,
    vt: &Type,
    a: &vm::types::ArrayTy,
    index: &Expr,
    items: &[Type],
) -> IResult<Type> {
    too_many_indices(inf, index, a, items.len())?;
    let lead = items
        .iter()
        .map(|t| if let Type::Array(x) = t { x.ndim } else { 0 })
        .max()
        .unwrap_or(0);
    let ndim = lead as usize + a.ndim as usize - items.len();
    if ndim == 0 || ndim > vm::value::MAX_NDIM {
        return Err(err(
            inf,
            index.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let Some(m) = vm::lib_numpy::MultiIndex::of(items) else {
        return Err(err(inf, index.span, "bad index"));
    };
    let it = Type::tuple(items.to_vec());
    // A stored `a[r, c] = v` reads the index as one tuple.
    if matches!(index.kind, ExprKind::Tuple(_)) {
        inf.set(index, it.clone());
    }
    let types = vec![vt.clone(), it];
    let res = super::native_aux("index", vm::lib_numpy::take_multi, vec![], types, m);
    inf.res(e, res);
    Ok(Type::array(a.dtype, ndim as u8, Layout::C))
}

/// `a[t]` with `t` a tuple of ints (as `np.ndenumerate` yields): one index
/// per dimension, an element.
fn tuple_index(
    inf: &mut Infer,
    e: &Expr,
    a: &vm::types::ArrayTy,
    p: &Expr,
    items: &[Type],
) -> IResult<Type> {
    if !items.iter().all(|t| t.is_int() || t.is_bool()) {
        return Err(inf.err(
            "IndexError",
            p.span,
            "array indices in a tuple must be integers".to_string(),
        ));
    }
    if items.len() != a.ndim as usize {
        return Err(err(
            inf,
            p.span,
            format!(
                "indexing a {}-d array with a tuple of {} ints held in a variable is not supported by rumba (write the indices out)",
                a.ndim,
                items.len()
            ),
        ));
    }
    inf.res(e, Res::Elem);
    Ok(Type::of_dtype(a.dtype))
}

/// `a[idx, :]`, `a[:, idx]`, `a[mask, 1]`: one index array among slices
/// and ints. The ints and the array must be side by side (numpy moves the
/// indexed dimensions to the front otherwise).
fn mixed_fancy(
    inf: &mut Infer,
    e: &Expr,
    vt: &Type,
    a: &vm::types::ArrayTy,
    index: &Expr,
) -> IResult<Type> {
    let parts = index_parts(index);
    let mut at = None;
    let mut advanced = Vec::new();
    let mut ix_ndim = 0;
    for (k, p) in parts.iter().enumerate() {
        if is_slice(p) {
            slice_bounds(inf, p)?;
            continue;
        }
        advanced.push(k);
        match inf.expr(p)? {
            Type::Array(ix) => {
                if at.is_some() {
                    return Err(err(
                        inf,
                        p.span,
                        "indexing with more than one index array is not supported by rumba",
                    ));
                }
                ix_ndim = match ix.dtype {
                    DType::Bool if ix.ndim == 1 => 1,
                    d if d.is_int() => ix.ndim,
                    _ => {
                        return Err(err(
                            inf,
                            p.span,
                            "an index array beside slices or ints must be of integers or a 1-d bool mask",
                        ))
                    }
                };
                at = Some(k);
            }
            t if t.is_int() || t.is_bool() => {}
            t => {
                return Err(inf.err(
                    "IndexError",
                    p.span,
                    format!("array indices must be integers, not {}", inf.tyname(&t)),
                ))
            }
        }
    }
    let Some(at) = at else {
        return Err(err(inf, index.span, "bad index"));
    };
    if advanced.windows(2).any(|w| w[1] != w[0] + 1) || matches!(a.dtype, DType::Record(_)) {
        return Err(err(
            inf,
            index.span,
            "this mix of an index array with slices and ints is not supported by rumba (ints and the array must be side by side)",
        ));
    }
    let ndim = a.ndim as usize - advanced.len() + ix_ndim as usize;
    if ndim > vm::value::MAX_NDIM {
        return Err(err(
            inf,
            index.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let mut dims = slice_plan(index);
    dims.dims[at] = SliceDim::Slice {
        lower: false,
        upper: false,
        step: false,
    };
    let axis = dims.dims[..at]
        .iter()
        .filter(|d| matches!(d, SliceDim::Slice { .. }))
        .count();
    let aux = vm::lib_nditer::MixedAux {
        dims,
        axis,
        orig: at,
    };
    inf.res(
        e,
        super::native_aux(
            "index",
            vm::lib_nditer::fancy_mixed,
            vec![],
            vec![vt.clone()],
            aux,
        ),
    );
    Ok(Type::array(a.dtype, ndim as u8, Layout::C))
}
