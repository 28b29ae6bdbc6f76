//! numpy record dtypes: the field list of `np.dtype([...])` and
//! `numba.struct([...])`, and the field types beyond real numbers that
//! numpy has — complex numbers (`np.complex64`, `'c16'`) and fixed-width
//! strings (`'S5'`, `'<U5'`, `(np.str_, 5)`) — read and written as Numba's
//! jitted code reads and writes them.

use super::{const_str, type_err, IResult, Infer};
use crate::front::ast::{CmpOp, Expr, ExprKind, Keyword};
use crate::front::typed::{Const, Res};
use vm::dtype::DType;
use vm::ffi::ctype::{CType, CTypeId};
use vm::types::{ConstKind, Type};

/// `[('x', float64), ('v', float64, (3,)), ('s', 'S5')]`: each field's
/// name and C type (sub-array fields are C arrays).
pub fn field_list(inf: &mut Infer, e: &Expr) -> IResult<Vec<(String, CTypeId)>> {
    let mut out = Vec::new();
    for (name, te, shape) in super::field_items(inf, e)? {
        let mut c = field_ctype(inf, te)?;
        if let Some(s) = shape {
            for &d in super::ffi::subarray_shape(inf, s)?.iter().rev() {
                c = inf
                    .prog
                    .ctypes
                    .array(c, Some(d))
                    .map_err(|m| type_err(inf, s.span, m.0))?;
            }
        }
        out.push((name.to_string(), c));
    }
    Ok(out)
}

/// The C type of one field's type expression.
fn field_ctype(inf: &mut Infer, te: &Expr) -> IResult<CTypeId> {
    let t = inf.out.ty(te).clone();
    let not_understood =
        |inf: &Infer, s: &str| type_err(inf, te.span, format!("data type '{s}' not understood"));
    match &t {
        Type::Str => {
            let s = const_str(inf, te, "a field type")?;
            if let Some((unicode, len)) = text_dtype(&s) {
                return text(inf, te, unicode, len);
            }
            if let Some(double) = complex_dtype(&s) {
                return Ok(inf.prog.ctypes.complex(double));
            }
            let ft = super::numpy::numpy_dtype_string(&s).ok_or_else(|| not_understood(inf, &s))?;
            field_of_type(inf, te, &ft)
        }
        // `(np.str_, 5)`: a string type and its length.
        Type::Tuple(items) if items.len() == 2 => {
            let ExprKind::Tuple(parts) = &te.kind else {
                return Err(type_err(inf, te.span, "expected a field type"));
            };
            let unicode = match string_kind(inf, &items[0]) {
                Some(u) => u,
                None => {
                    return Err(type_err(
                        inf,
                        parts[0].span,
                        "expected np.str_ or np.bytes_",
                    ))
                }
            };
            match inf.const_of(&parts[1]) {
                Some(Const::Int(n)) if (1..=u32::MAX as i128).contains(n) => {
                    let n = *n as u64;
                    text(inf, te, unicode, n)
                }
                _ => Err(type_err(
                    inf,
                    parts[1].span,
                    "a string field's length must be a constant positive integer",
                )),
            }
        }
        _ if string_kind(inf, &t).is_some() => Err(type_err(
            inf,
            te.span,
            "a string field needs a length: (np.str_, 5) or 'U5'",
        )),
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(*id) {
            "numpy.complex64" => Ok(inf.prog.ctypes.complex(false)),
            "numpy.complex128" | "complex" => Ok(inf.prog.ctypes.complex(true)),
            _ => {
                let dt = super::numpy::dtype_arg(inf, te, &t)?;
                field_of_type(inf, te, &Type::of_dtype(dt))
            }
        },
        Type::TypeObj(inner) | Type::NpClass(inner)
            if matches!(**inner, Type::C128 | Type::NpC128) =>
        {
            Ok(inf.prog.ctypes.complex(true))
        }
        _ => {
            let dt = super::numpy::dtype_arg(inf, te, &t)?;
            field_of_type(inf, te, &Type::of_dtype(dt))
        }
    }
}

fn field_of_type(inf: &mut Infer, te: &Expr, t: &Type) -> IResult<CTypeId> {
    inf.prog.ctype_of(t).ok_or_else(|| {
        let msg = format!("a field cannot have type {}", inf.tyname(t));
        type_err(inf, te.span, msg)
    })
}

fn text(inf: &mut Infer, te: &Expr, unicode: bool, len: u64) -> IResult<CTypeId> {
    inf.prog
        .ctypes
        .text(unicode, len)
        .map_err(|m| type_err(inf, te.span, m.0))
}

/// `np.str_` (true) or `np.bytes_` (false) as a type object.
fn string_kind(inf: &Infer, t: &Type) -> Option<bool> {
    match t {
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(*id) {
            "numpy.str_" | "str" => Some(true),
            "numpy.bytes_" | "bytes" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// numpy's string dtype strings: `S5`, `|S3`, `U5`, `<U5` (unicode: true),
/// with their length in characters.
fn text_dtype(s: &str) -> Option<(bool, u64)> {
    let s = s.trim_start_matches(['<', '=', '|']);
    let (unicode, n) = match s.split_at_checked(1)? {
        ("S" | "a", n) => (false, n),
        ("U", n) => (true, n),
        _ => return None,
    };
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((unicode, n.parse().ok()?))
}

/// numpy's complex dtype strings: true for complex128.
fn complex_dtype(s: &str) -> Option<bool> {
    match s.trim_start_matches(['<', '=']) {
        "c8" | "complex64" | "F" => Some(false),
        "c16" | "complex128" | "complex" | "D" => Some(true),
        _ => None,
    }
}

/// What a record field of C type `fty` is in memory when it is not a
/// number a DType describes: a complex number or a string. Its `Res::Field`
/// carries `DType::Record(fty)` so lowering finds the C type.
pub fn field_mem(inf: &Infer, fty: CTypeId) -> Option<DType> {
    match inf.prog.ctypes.get(fty) {
        CType::Complex { .. } | CType::Text { .. } => Some(DType::Record(fty)),
        _ => None,
    }
}

/// Refuses reading a field in plain module code when numpy would give a
/// numpy scalar rumba has no type for: `np.bytes_`, `np.str_` and
/// `np.complex64` print differently from the Python values Numba's jitted
/// code reads.
pub fn check_field_read(
    inf: &Infer,
    fty: CTypeId,
    attr: &str,
    span: crate::front::ast::Span,
) -> IResult<()> {
    if inf.jitted() {
        return Ok(());
    }
    let what = match inf.prog.ctypes.get(fty) {
        CType::Complex { double: false } => "np.complex64",
        CType::Text { unicode: true, .. } => "np.str_",
        CType::Text { unicode: false, .. } => "np.bytes_",
        _ => return Ok(()),
    };
    Err(type_err(
        inf,
        span,
        format!(
            "reading field '{attr}' outside jitted code gives a {what} scalar, which rumba does not \
             support (read it in a jitted function, as Numba does)"
        ),
    ))
}

/// How a record's field `attr` (at `offset`, reading as `ty`) resolves.
pub fn field_res(inf: &Infer, sid: CTypeId, attr: &str, offset: u32, ty: Type) -> Res {
    let mem = inf
        .prog
        .ctypes
        .field(sid, attr)
        .and_then(|(_, fty)| field_mem(inf, fty));
    match mem {
        Some(mem) => Res::Field { offset, ty, mem },
        None => Res::field(offset, ty),
    }
}

/// Marks the field lists among a built-in call's arguments: the first
/// argument of `np.dtype` and `numba.struct`, and `dtype=[...]` of numpy's
/// functions.
pub fn mark_field_lists(inf: &mut Infer, f: u32, args: &[Expr], kws: &[Keyword]) {
    let name = inf.prog.builtin_name(f);
    let mut lists: Vec<&Expr> = Vec::new();
    if matches!(name, "numpy.dtype" | "numba.struct") {
        lists.extend(args.first());
    }
    if name.starts_with("numpy.") {
        lists.extend(kws.iter().filter(|k| k.name == "dtype").map(|k| &k.value));
    }
    for e in lists {
        if let ExprKind::List(_) = e.kind {
            inf.field_lists.insert(e.id);
        }
    }
}

/// A field list's display: its items are typed one by one (a field's type
/// is a type object, a string or a tuple, so they need not agree); the
/// list itself exists only at compile time.
pub fn field_list_display(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Type> {
    for i in items {
        inf.expr(i)?;
    }
    inf.res(e, Res::Const);
    Ok(Type::List(std::rc::Rc::new(Type::Unknown)))
}

/// `dtype=[('x', 'f8'), ...]`: numpy's packed record dtype.
pub fn list_dtype(inf: &mut Infer, e: &Expr) -> IResult<DType> {
    let fields = field_list(inf, e)?;
    let id = inf
        .prog
        .make_packed_struct(&fields)
        .map_err(|m| type_err(inf, e.span, m))?;
    Ok(DType::Record(id))
}

/// `a['s'] = v` or `a.s = v` of a record array's string field: one string
/// for every record, or a list of strings for a 1-d array. `false` if the
/// field is not a string field.
pub fn text_column_store(
    inf: &mut Infer,
    target: &Expr,
    id: CTypeId,
    name: &str,
    ndim: u8,
    t: &Type,
) -> IResult<bool> {
    let Some((off, fty)) = inf.prog.ctypes.field(id, name) else {
        return Ok(false);
    };
    let CType::Text { unicode, .. } = *inf.prog.ctypes.get(fty) else {
        return Ok(false);
    };
    if inf.jitted() {
        let msg = format!(
            "assigning the string field '{name}' of a whole record array is not supported in \
             jitted code (Numba does not support it; assign each record's field)"
        );
        return Err(type_err(inf, target.span, msg));
    }
    let ok = text_fits(unicode, ndim, t);
    if !ok {
        let msg = format!(
            "cannot assign {} to the string field '{name}' ({}) of a record array",
            inf.tyname(t),
            inf.prog.ctypes.name(fty)
        );
        return Err(type_err(inf, target.span, msg));
    }
    inf.res(
        target,
        Res::FieldArray {
            offset: off as u32,
            dtype: DType::Record(fty),
        },
    );
    let i = target.id as usize;
    if inf.out.types.len() <= i {
        inf.out.types.resize(i + 1, Type::Unknown);
    }
    inf.out.types[i] = t.clone();
    Ok(true)
}

/// Whether `t` can be stored into every element of string memory:
/// strings, a list of them (into 1-d memory) or a string array. numpy
/// encodes str into bytes as ASCII.
fn text_fits(unicode: bool, ndim: u8, t: &Type) -> bool {
    let fits = |t: &Type| *t == Type::Str || (!unicode && *t == Type::Bytes);
    match t {
        Type::List(el) => fits(el) && ndim == 1,
        Type::Array(a) => match a.dtype {
            DType::Text { unicode: u, .. } => u || !unicode,
            _ => false,
        },
        t => fits(t),
    }
}

/// `a[i:j] = v` of a string array (or a string array stored into a slice):
/// `true` once typed.
pub fn text_slice_store(inf: &mut Infer, target: &Expr, view: &Type, t: &Type) -> IResult<bool> {
    let text = match view {
        Type::Array(a) => match a.dtype {
            DType::Text { unicode, .. } => Some((unicode, a.ndim)),
            _ => None,
        },
        _ => None,
    };
    let Some((unicode, ndim)) = text else {
        if is_text_array(t) {
            let msg = format!("cannot assign {} to {}", inf.tyname(t), inf.tyname(view));
            return Err(type_err(inf, target.span, msg));
        }
        return Ok(false);
    };
    if inf.jitted() || !text_fits(unicode, ndim, t) {
        let msg = format!(
            "cannot assign {} to a slice of {}{}",
            inf.tyname(t),
            inf.tyname(view),
            if inf.jitted() { " in jitted code" } else { "" }
        );
        return Err(type_err(inf, target.span, msg));
    }
    let i = target.id as usize;
    if inf.out.types.len() <= i {
        inf.out.types.resize(i + 1, Type::Unknown);
    }
    inf.out.types[i] = view.clone();
    Ok(true)
}

/// The compile-time value a field list written outside a dtype call is
/// (`fields = [('x', np.float64), ('s', 'S3')]`): a namedtuple class of
/// this name whose one item is the packed record the list describes.
const FIELD_LIST: &str = "numpy field list";

/// A list display of `(name, type)` or `(name, type, shape)` items held in
/// a variable, for a later `np.dtype(fields)` or `dtype=fields`. `None`
/// when it is an ordinary list: an item is not such a tuple, or every item
/// is a pair of strings (a list of str pairs is data as often as a dtype).
pub fn field_list_value(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Option<Type>> {
    let mut all_text = true;
    for it in items {
        let ExprKind::Tuple(parts) = &it.kind else {
            return Ok(None);
        };
        if !(2..=3).contains(&parts.len()) || !matches!(parts[0].kind, ExprKind::Str(_)) {
            return Ok(None);
        }
        let t = inf.expr(&parts[1])?;
        let field_type = match (&t, &parts[1].kind) {
            (Type::Str, ExprKind::Str(_)) => true,
            (Type::TypeObj(_) | Type::NpClass(_) | Type::Const(ConstKind::Builtin, _), _) => {
                all_text = false;
                true
            }
            (Type::Tuple(_), ExprKind::Tuple(_)) => {
                all_text = false;
                true
            }
            _ => false,
        };
        if !field_type {
            return Ok(None);
        }
        all_text &= parts.len() == 2;
    }
    if items.is_empty() || all_text {
        return Ok(None);
    }
    let DType::Record(id) = list_dtype(inf, e)? else {
        return Ok(None);
    };
    inf.res(e, Res::Const);
    Ok(Some(Type::TypeObj(std::rc::Rc::new(Type::Named(
        std::rc::Rc::new(vm::types::NamedTy {
            name: FIELD_LIST.into(),
            fields: std::rc::Rc::new([]),
            items: std::rc::Rc::new([Type::Record(id)]),
        }),
    )))))
}

/// The fields a compile-time field list holds: a field list value, or a
/// list of (name, type object) pairs (which typing makes a jitclass spec).
pub fn held_fields(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Option<Vec<(String, CTypeId)>>> {
    let Type::TypeObj(inner) = t else {
        return Ok(None);
    };
    let Type::Named(n) = &**inner else {
        return Ok(None);
    };
    match (&*n.name, &n.items[..]) {
        (FIELD_LIST, [Type::Record(id)]) => Ok(Some(
            inf.prog
                .ctypes
                .fields(*id)
                .unwrap_or(&[])
                .iter()
                .filter(|f| !f.name.is_empty())
                .map(|f| (f.name.clone(), f.ty))
                .collect(),
        )),
        ("jitclass spec", items) => {
            let mut out = Vec::new();
            for (name, ft) in n.fields.iter().zip(items) {
                let c = field_of_type(inf, e, ft)?;
                out.push((name.to_string(), c));
            }
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// `np.dtype([...])`, `np.dtype(fields)`, with `align=`: a record dtype,
/// or `None` if the argument is no field list.
pub fn dtype_of_fields(
    inf: &mut Infer,
    arg: &Expr,
    t: &Type,
    align: Option<&Expr>,
) -> IResult<Option<Type>> {
    let fields = match &arg.kind {
        ExprKind::List(_) => field_list(inf, arg)?,
        _ => match held_fields(inf, arg, t)? {
            Some(f) => f,
            None => return Ok(None),
        },
    };
    let aligned = matches!(
        align.map(|a| inf.const_of(a)),
        Some(Some(Const::Bool(true)))
    );
    let id = if aligned {
        inf.prog.make_struct(&fields)
    } else {
        inf.prog.make_packed_struct(&fields)
    }
    .map_err(|m| type_err(inf, arg.span, m))?;
    Ok(Some(Type::TypeObj(std::rc::Rc::new(Type::Record(id)))))
}

/// `dtype=fields` of numpy's constructors: the packed record dtype.
/// Refuses the type objects of string and complex64 fields, which are no
/// array dtypes in rumba.
pub fn held_dtype(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Option<DType>> {
    if let Type::TypeObj(inner) = t {
        if let Type::Record(id) = **inner {
            if !inf.prog.ctypes.is_struct(id) {
                let msg = format!(
                    "arrays of {} are not supported by rumba",
                    inf.prog.ctypes.name(id)
                );
                return Err(type_err(inf, e.span, msg));
            }
        }
    }
    let Some(fields) = held_fields(inf, e, t)? else {
        return Ok(None);
    };
    let id = inf
        .prog
        .make_packed_struct(&fields)
        .map_err(|m| type_err(inf, e.span, m))?;
    Ok(Some(DType::Record(id)))
}

/// Attributes of a record dtype beyond its size and names: `fields`
/// (numpy's mappingproxy) and `descr`, compile-time values (the dtype's
/// method values of those names), and `isalignedstruct`.
pub fn dtype_attr(inf: &mut Infer, e: &Expr, id: CTypeId, attr: &str) -> Option<Type> {
    match attr {
        "fields" | "descr" => {
            let rec = Type::TypeObj(std::rc::Rc::new(Type::Record(id)));
            inf.res(e, Res::Const);
            Some(inf.prog.intern_method(rec, attr))
        }
        "isalignedstruct" => {
            let aligned = !inf.prog.is_packed(id);
            inf.konst(e, Const::Bool(aligned));
            inf.res(e, Res::Const);
            Some(Type::Bool)
        }
        _ => None,
    }
}

/// The record whose `fields` mapping `t` is.
fn fields_of(inf: &Infer, t: &Type) -> Option<CTypeId> {
    match inf.prog.method_of(t)? {
        (Type::TypeObj(r), name) if name == "fields" => match *r {
            Type::Record(id) => Some(id),
            _ => None,
        },
        _ => None,
    }
}

/// How `print` shows the compile-time values of this file: `dt.fields`
/// as the dict the mappingproxy prints, `{'x': (dtype('float64'), 0),
/// ...}`, and the Numba types of string and complex64 fields
/// (`[unichr x 5]`, `complex64`).
pub fn value_str(inf: &Infer, t: &Type) -> Option<std::rc::Rc<str>> {
    if let Some(id) = numba_record_of(t) {
        return Some(inf.prog.record_name(id).into());
    }
    if let Some(id) = cffi_ctype_id(inf, t).filter(|_| !cffi_ctype_unnamed(inf, t)) {
        // Named when the ctype was made; a later cdef may spell one of
        // its scalars with a typedef, which cannot rename it any more.
        let name = inf.prog.ctypes.name(id);
        return Some(format!("<ctype '{name}'>").into());
    }
    if let Type::TypeObj(inner) = t {
        let Type::Record(id) = **inner else {
            return None;
        };
        return match *inf.prog.ctypes.get(id) {
            CType::Complex { double: false } => Some("complex64".into()),
            CType::Text { unicode, len } => {
                let kind = if unicode { "unichr" } else { "char" };
                Some(format!("[{kind} x {len}]").into())
            }
            _ => None,
        };
    }
    if let Some((Type::TypeObj(r), name)) = inf.prog.method_of(t) {
        if let (Type::Record(id), "descr") = (&*r, name.as_str()) {
            return descr(inf, *id).map(Into::into);
        }
    }
    let id = fields_of(inf, t)?;
    let mut items = Vec::new();
    for f in inf
        .prog
        .ctypes
        .fields(id)?
        .iter()
        .filter(|f| !f.name.is_empty())
    {
        let (fd, shape) = inf.prog.fmt_dtype(f.ty)?;
        items.push(format!(
            "{}: ({}, {})",
            vm::format::str_repr(&f.name),
            vm::format::dtype_repr(&fd, &shape),
            f.offset
        ));
    }
    Some(format!("{{{}}}", items.join(", ")).into())
}

/// `dt.fields[name][0]` (the field's dtype) and `dt.fields[name][1]` (its
/// offset); `None` for any other subscript. The entry itself is a tuple
/// rumba does not build: it is used through these two items.
pub fn fields_item(inf: &mut Infer, e: &Expr, value: &Expr, index: &Expr) -> IResult<Option<Type>> {
    let is_fields = |inf: &mut Infer, v: &Expr| -> IResult<Option<CTypeId>> {
        match &v.kind {
            ExprKind::Attribute { attr, .. } if attr == "fields" => {
                let t = inf.expr(v)?;
                Ok(fields_of(inf, &t))
            }
            _ => Ok(None),
        }
    };
    if is_fields(inf, value)?.is_some() {
        return Err(type_err(
            inf,
            e.span,
            "rumba supports an entry of dtype.fields only as dtype.fields[name][0] or [1]",
        ));
    }
    let ExprKind::Subscript {
        value: proxy,
        index: key,
    } = &value.kind
    else {
        return Ok(None);
    };
    let Some(id) = is_fields(inf, proxy)? else {
        return Ok(None);
    };
    inf.expr(index)?;
    let part = match inf.const_of(index) {
        Some(Const::Int(i @ (0 | 1))) => *i,
        _ => {
            return Err(type_err(
                inf,
                index.span,
                "an entry of dtype.fields is (dtype, offset): index it with 0 or 1",
            ))
        }
    };
    let kt = inf.expr(key)?;
    if kt != Type::Str {
        let msg = format!("dtype.fields keys are str, not {}", inf.tyname(&kt));
        return Err(type_err(inf, key.span, msg));
    }
    let fields = named_fields(inf, id);
    if let Some(Const::Str(name)) = inf.const_of(key).cloned() {
        let Some((_, off, fty)) = fields.iter().find(|f| *f.0 == *name).cloned() else {
            return Err(inf.err("KeyError", key.span, format!("'{name}'")));
        };
        inf.res(e, Res::Const);
        if part == 1 {
            inf.konst(e, Const::Int(off as i128));
            return Ok(Some(vm::types::PYINT));
        }
        return match field_dtype_object(inf, fty) {
            Some(t) => Ok(Some(t)),
            None => Err(type_err(
                inf,
                e.span,
                format!(
                    "the dtype of field '{name}' ({}) has no type object in rumba",
                    inf.prog.ctypes.name(fty)
                ),
            )),
        };
    }
    if part == 0 {
        return Err(type_err(
            inf,
            key.span,
            "dtype.fields[name][0] needs a constant field name in rumba (the dtype is static)",
        ));
    }
    // A name known at run time: the entry is looked up then (a KeyError
    // for a name that is no field), as a one-item tuple of the offset.
    let table = offset_table(fields);
    let pt = inf.out.ty(proxy).clone();
    inf.set(value, Type::tuple(vec![vm::types::PYINT]));
    inf.res(
        value,
        super::native_aux(
            "dtype.fields",
            vm::lib_record::field_offset,
            vec![],
            vec![pt, Type::Str],
            vm::lib_record::FieldOffsets(table),
        ),
    );
    inf.res(e, Res::TupleItem(0));
    Ok(Some(vm::types::PYINT))
}

/// The type object of a field's dtype, for the fields whose dtype rumba
/// has one for: numbers and records.
fn field_dtype_object(inf: &Infer, fty: CTypeId) -> Option<Type> {
    match inf.prog.ctypes.get(fty) {
        CType::Complex { .. } | CType::Text { .. } | CType::Array { .. } => None,
        _ => {
            let t = inf.prog.ctype_value_type(fty)?;
            let dt = t.dtype()?;
            Some(Type::TypeObj(std::rc::Rc::new(Type::of_dtype(dt))))
        }
    }
}

/// `rec.typeof(name)` of a Numba record type: the field's type; string
/// and complex64 fields, which have no scalar type in rumba, are their C
/// type as a record-like type object, which only prints.
pub fn field_type_object(
    inf: &mut Infer,
    id: CTypeId,
    name: &str,
    span: crate::front::ast::Span,
) -> IResult<Type> {
    if let Some((_, fty)) = inf.prog.ctypes.field(id, name) {
        if matches!(
            inf.prog.ctypes.get(fty),
            CType::Complex { double: false } | CType::Text { .. }
        ) {
            return Ok(Type::TypeObj(std::rc::Rc::new(Type::Record(fty))));
        }
    }
    let (_, ft) = super::names::field_of(inf, id, name, span)?;
    Ok(Type::TypeObj(std::rc::Rc::new(ft)))
}

/// The named fields of record type `id` (padding left out): name, offset,
/// type.
fn named_fields(inf: &Infer, id: CTypeId) -> Vec<(String, u64, CTypeId)> {
    inf.prog
        .ctypes
        .fields(id)
        .unwrap_or(&[])
        .iter()
        .filter(|f| !f.name.is_empty())
        .map(|f| (f.name.clone(), f.offset, f.ty))
        .collect()
}

/// The name-to-offset table a run-time field lookup searches.
fn offset_table(fields: Vec<(String, u64, CTypeId)>) -> Vec<(String, i64)> {
    fields.into_iter().map(|f| (f.0, f.1 as i64)).collect()
}

/// `rec.offset(name)` of a name known at run time (Numba raises KeyError
/// for a name that is no field).
pub fn runtime_offset(inf: &mut Infer, e: &Expr, id: CTypeId) -> Type {
    let table = offset_table(named_fields(inf, id));
    inf.res(
        e,
        super::native_aux(
            "offset",
            vm::lib_record::field_offset,
            vec![crate::front::typed::Arg::Pos(0)],
            vec![Type::Str],
            vm::lib_record::FieldOffsets(table),
        ),
    );
    vm::types::PYINT
}

/// The method name marking a cffi ctype object (`ffi.typeof(x)`): a
/// compile-time value holding the C type.
const CFFI_CTYPE: &str = "<cffi ctype>";

/// The mark of a cffi ctype object whose name rumba cannot tell (a
/// typedef such as size_t may spell one of its scalars): usable as a type,
/// refused where its name would show.
const CFFI_CTYPE_UNNAMED: &str = "<cffi ctype without a name>";

/// cffi's ctype object for C type `id`.
pub fn cffi_ctype(inf: &mut Infer, id: CTypeId) -> Type {
    let recv = Type::Const(ConstKind::CType, id.index() as u32);
    let mark = match inf.prog.ctypes.cffi_name(id) {
        Some(_) => CFFI_CTYPE,
        None => CFFI_CTYPE_UNNAMED,
    };
    inf.prog.intern_method(recv, mark)
}

/// The C type a cffi ctype object holds, if `t` is one.
pub fn cffi_ctype_id(inf: &Infer, t: &Type) -> Option<CTypeId> {
    match inf.prog.method_of(t)? {
        (Type::Const(ConstKind::CType, i), name)
            if name == CFFI_CTYPE || name == CFFI_CTYPE_UNNAMED =>
        {
            Some(inf.prog.ctype_by_index(i))
        }
        _ => None,
    }
}

/// Whether `t` is a cffi ctype object whose name rumba cannot tell.
pub fn cffi_ctype_unnamed(inf: &Infer, t: &Type) -> bool {
    matches!(inf.prog.method_of(t), Some((_, name)) if name == CFFI_CTYPE_UNNAMED)
}

/// The name of Numba's record type as a compile-time value: a namedtuple
/// class of this name whose one item is the record (numpy's dtype is the
/// record's type object itself; the two print differently).
const NUMBA_RECORD: &str = "numba Record";

/// Numba's record type of record `id` (`from_dtype` of a record dtype).
pub fn numba_record(id: CTypeId) -> Type {
    Type::TypeObj(std::rc::Rc::new(Type::Named(std::rc::Rc::new(
        vm::types::NamedTy {
            name: NUMBA_RECORD.into(),
            fields: std::rc::Rc::new([]),
            items: std::rc::Rc::new([Type::Record(id)]),
        },
    ))))
}

/// The record of a Numba record type value.
pub fn numba_record_of(t: &Type) -> Option<CTypeId> {
    let Type::TypeObj(inner) = t else {
        return None;
    };
    match &**inner {
        Type::Named(n) if &*n.name == NUMBA_RECORD => match n.items[..] {
            [Type::Record(id)] => Some(id),
            _ => None,
        },
        _ => None,
    }
}

/// The struct a record dtype or Numba record type value describes.
pub fn record_type_of(inf: &Infer, t: &Type) -> Option<CTypeId> {
    let id = match t {
        Type::TypeObj(inner) => match **inner {
            Type::Record(id) => id,
            _ => numba_record_of(t)?,
        },
        _ => return None,
    };
    inf.prog.ctypes.is_struct(id).then_some(id)
}

/// `len()` of a record dtype or of Numba's record type: its number of
/// fields.
pub fn record_len(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Type> {
    let n = record_type_of(inf, t).map_or(0, |id| named_fields(inf, id).len());
    inf.konst(e, Const::Int(n as i128));
    inf.res(e, Res::Const);
    Ok(vm::types::PYINT)
}

/// Attributes of Numba's record type: `size`, `dtype` (numpy's), and the
/// methods `offset(name)` and `typeof(name)`.
pub fn numba_record_attr(
    inf: &mut Infer,
    e: &Expr,
    id: CTypeId,
    attr: &str,
    span: crate::front::ast::Span,
) -> IResult<Type> {
    let dtype = Type::TypeObj(std::rc::Rc::new(Type::Record(id)));
    inf.res(e, Res::Const);
    match attr {
        "size" => {
            let size = inf.prog.ctypes.size(id).unwrap_or(0);
            inf.konst(e, Const::Int(size as i128));
            Ok(vm::types::PYINT)
        }
        "dtype" => Ok(dtype),
        "offset" | "typeof" => Ok(inf.prog.intern_method(dtype, attr)),
        _ => Err(inf.err(
            "AttributeError",
            span,
            format!("'Record' object has no attribute '{attr}' (or rumba does not support it)"),
        )),
    }
}

/// numpy's `dtype.descr` of record `id`: `[('x', '<f8'), ('', '|V4'),
/// ('v', '<f4', (2,)), ('n', [...])]`, padding shown as void fields.
fn descr(inf: &Infer, id: CTypeId) -> Option<String> {
    let mut items = Vec::new();
    let mut end = 0;
    let pad = |items: &mut Vec<String>, gap: u64| {
        if gap > 0 {
            items.push(format!("('', '|V{gap}')"));
        }
    };
    for f in inf.prog.ctypes.fields(id)? {
        pad(&mut items, f.offset.saturating_sub(end));
        let mut shape = Vec::new();
        let mut elem = f.ty;
        while let CType::Array { elem: e, len } = inf.prog.ctypes.get(elem) {
            shape.push((*len)?);
            elem = *e;
        }
        let code = type_code(inf, elem)?;
        let name = vm::format::str_repr(&f.name);
        items.push(match shape.is_empty() {
            true => format!("({name}, {code})"),
            false => format!("({name}, {code}, {})", vm::format::shape_repr(&shape)),
        });
        end = f.offset + inf.prog.ctypes.size(f.ty)?;
    }
    pad(&mut items, inf.prog.ctypes.size(id)?.saturating_sub(end));
    Some(format!("[{}]", items.join(", ")))
}

/// numpy's type string of a scalar field (`'<f8'`, `'|b1'`, `'|S3'`), or
/// a nested record's descr.
fn type_code(inf: &Infer, ty: CTypeId) -> Option<String> {
    if inf.prog.ctypes.is_struct(ty) {
        return descr(inf, ty);
    }
    let (kind, size) = match *inf.prog.ctypes.get(ty) {
        CType::Complex { double } => ('c', if double { 16 } else { 8 }),
        CType::Text { unicode: true, len } => return Some(format!("'<U{len}'")),
        CType::Text {
            unicode: false,
            len,
        } => return Some(format!("'|S{len}'")),
        _ => {
            let dt = inf.prog.ctype_value_type(ty)?.dtype()?;
            let kind = match dt {
                DType::Bool => 'b',
                d if d.is_signed() => 'i',
                d if d.is_int() => 'u',
                d if d.is_float() => 'f',
                _ => return None,
            };
            (kind, dt.scalar_size()?)
        }
    };
    let order = if size == 1 { '|' } else { '<' };
    Some(format!("'{order}{kind}{size}'"))
}

/// `str(x)` and `f"{x}"` of the compile-time values `value_str` shows:
/// the text becomes `e`'s constant (true). `repr()`, `ascii()`, `!r`,
/// format specs and `=` are refused for them: their text differs.
pub fn text_of(
    inf: &mut Infer,
    e: &Expr,
    t: &Type,
    conversion: Option<char>,
    formatted: bool,
) -> IResult<bool> {
    let Some(s) = value_str(inf, t) else {
        return Ok(false);
    };
    if formatted || matches!(conversion, Some('r' | 'a')) {
        return Err(type_err(
            inf,
            e.span,
            "rumba shows this value only with print() or str()",
        ));
    }
    inf.konst(e, Const::Str(s));
    inf.set(e, Type::Str);
    inf.res(e, Res::Const);
    Ok(true)
}

/// The string dtype a dtype argument names, for the constructors that make
/// string arrays: `'S3'`, `'<U5'`. (A string field's `typeof` is Numba's
/// CharSeq type, which numpy does not take as a dtype.)
pub fn text_array_dtype(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Option<DType>> {
    let (unicode, len) = match (t, inf.const_of(e)) {
        (Type::Str, Some(Const::Str(s))) => match text_dtype(s) {
            Some(k) => k,
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    text_of_len(inf, e, unicode, len).map(Some)
}

/// `DType::Text` of `len` characters, within the sizes a string field may
/// have.
fn text_of_len(inf: &mut Infer, e: &Expr, unicode: bool, len: u64) -> IResult<DType> {
    text(inf, e, unicode, len)?;
    let len = u32::try_from(len).map_err(|_| {
        type_err(
            inf,
            e.span,
            format!("a string of {len} characters is too long"),
        )
    })?;
    Ok(DType::Text { unicode, len })
}

/// The dtype of `np.array(x)` for a list `x` of strings (element type
/// `el`): the dtype given, or numpy's `S<n>`/`U<n>` for the longest of
/// the strings, which must then be constants written in the list.
pub fn text_array_of(
    inf: &mut Infer,
    arg: &Expr,
    el: &Type,
    given: Option<DType>,
) -> IResult<DType> {
    if inf.jitted() {
        return Err(type_err(
            inf,
            arg.span,
            "np.array() of strings is not supported in jitted code (Numba does not support it)",
        ));
    }
    let unicode = *el == Type::Str;
    match given {
        Some(DType::Text { unicode: true, .. }) if !unicode => Err(type_err(
            inf,
            arg.span,
            "rumba makes str arrays ('U') from str values only, not bytes",
        )),
        Some(d @ DType::Text { .. }) => Ok(d),
        Some(d) => Err(type_err(
            inf,
            arg.span,
            format!(
                "rumba does not convert {} values to {}",
                inf.tyname(el),
                d.name()
            ),
        )),
        None => match const_text_len(inf, arg) {
            Some(n) => text_of_len(inf, arg, unicode, n.max(1)),
            None => Err(type_err(
                inf,
                arg.span,
                "rumba needs the strings' length when this compiles: write them in the list, \
                 or give dtype='S<n>' or 'U<n>'",
            )),
        },
    }
}

/// The length of the longest string of a list display of string
/// constants (nested, or repeated by `* n`), in characters.
fn const_text_len(inf: &Infer, e: &Expr) -> Option<u64> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => items
            .iter()
            .map(|i| const_text_len(inf, i))
            .try_fold(0, |m, n| Some(m.max(n?))),
        ExprKind::BinOp {
            op: crate::front::ast::BinOp::Mul,
            left,
            right,
        } => const_text_len(inf, left).or_else(|| const_text_len(inf, right)),
        ExprKind::Bytes(b) => Some(b.len() as u64),
        _ => match inf.const_of(e) {
            Some(Const::Str(s)) => Some(s.chars().count() as u64),
            _ => None,
        },
    }
}

/// The string dtype of record `id`'s field `name`, if it is a string
/// field: its column is a string array.
pub fn text_field_dtype(inf: &Infer, id: CTypeId, name: &str) -> Option<DType> {
    let (_, fty) = inf.prog.ctypes.field(id, name)?;
    match *inf.prog.ctypes.get(fty) {
        CType::Text { unicode, len } => Some(DType::Text {
            unicode,
            len: u32::try_from(len).ok()?,
        }),
        _ => None,
    }
}

/// `a == b"x"`, `a < b` of string arrays: elementwise over the broadcast
/// shape, bytes with bytes and str with str, as numpy compares. Jitted
/// code compares two arrays only (Numba's `a == "x"` is the identity
/// test, False).
pub fn text_compare(
    inf: &Infer,
    e: &Expr,
    op: CmpOp,
    nops: usize,
    lt: &Type,
    rt: &Type,
) -> IResult<Type> {
    let kind = |t: &Type| match t {
        Type::Array(a) => match a.dtype {
            DType::Text { unicode, .. } => Some((unicode, true, a.ndim)),
            _ => None,
        },
        Type::Str => Some((true, false, 0)),
        Type::Bytes => Some((false, false, 0)),
        _ => None,
    };
    let refuse = |what: &str| {
        Err(type_err(
            inf,
            e.span,
            format!("'{}' of {what} is not supported by rumba", op.symbol()),
        ))
    };
    if nops != 1
        || !matches!(
            op,
            CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge
        )
    {
        return refuse("string arrays");
    }
    let (Some((lu, la, ln)), Some((ru, ra, rn))) = (kind(lt), kind(rt)) else {
        return refuse("a string array and a value other than a string");
    };
    if lu != ru {
        return refuse("bytes with str strings");
    }
    if inf.jitted() && !(la && ra) {
        return refuse("a string array and a string in jitted code (Numba compares the objects)");
    }
    Ok(Type::array(DType::Bool, ln.max(rn), vm::types::Layout::C))
}

/// Whether `t` is an array of numpy strings.
pub fn is_text_array(t: &Type) -> bool {
    matches!(t, Type::Array(a) if matches!(a.dtype, DType::Text { .. }))
}

/// A subscript of a string array: an element or a slice. An element read
/// in module code is a `np.bytes_`/`np.str_` scalar, whose `repr` rumba
/// cannot give (jitted code reads bytes and str, as Numba boxes them).
pub fn check_text_read(inf: &Infer, vt: &Type, e: &Expr) -> IResult<()> {
    if !is_text_array(vt) {
        return Ok(());
    }
    match inf.out.res.get(&e.id) {
        Some(Res::SliceView) => Ok(()),
        Some(Res::Elem) if inf.jitted() => Ok(()),
        Some(Res::Elem) => Err(type_err(
            inf,
            e.span,
            "reading an element of a string array outside jitted code gives a numpy string \
             scalar, which rumba does not support (read it in a jitted function, as Numba does)",
        )),
        _ => Err(type_err(
            inf,
            e.span,
            "rumba indexes string arrays only by integers and slices",
        )),
    }
}

/// A loop over a 1-d string array: its elements are numpy string scalars
/// in module code (see [`check_text_read`]).
pub fn check_text_iter(inf: &Infer, iter: &Expr, t: &Type) -> IResult<()> {
    if is_text_array(t) && !inf.jitted() {
        return Err(type_err(
            inf,
            iter.span,
            "iterating over a string array outside jitted code gives numpy string scalars, \
             which rumba does not support (loop in a jitted function, as Numba does)",
        ));
    }
    Ok(())
}

/// Whether `t` holds a string array (in a tuple or list).
fn holds_text_array(t: &Type) -> bool {
    match t {
        Type::Tuple(items) | Type::MixedList(items) => items.iter().any(holds_text_array),
        Type::List(el) => holds_text_array(el),
        t => is_text_array(t),
    }
}

/// Refuses the built-in functions that would read a string array as
/// numbers: of numpy's, rumba has only the constructors for them.
pub fn check_text_args(inf: &Infer, c: &super::lib::CallSite) -> IResult<()> {
    let allowed = match c.module {
        // Loops over enumerate() and zip() read elements as a `for` does.
        "builtins" => matches!(
            c.name,
            "len" | "print" | "str" | "repr" | "type" | "isinstance" | "enumerate" | "zip"
        ),
        _ => false,
    };
    if allowed {
        return Ok(());
    }
    let args = c
        .args
        .iter()
        .zip(c.pos)
        .chain(c.kws.iter().map(|k| &k.value).zip(c.kw));
    for (a, t) in args {
        if holds_text_array(t) {
            let msg = format!(
                "{}() of a string array ({}) is not supported by rumba",
                c.qualified(),
                inf.tyname(t)
            );
            return Err(type_err(inf, a.span, msg));
        }
    }
    Ok(())
}
