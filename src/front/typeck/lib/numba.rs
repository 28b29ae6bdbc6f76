//! `numba` and `numba.types`: the decorators, `struct`, `typeof`, `NULL`
//! and Numba's type objects. Casts by a type object give Python scalars,
//! as the values Numba returns to Python are.

use super::{func, item, CallSite, Entry, Item, Module, Value};
use crate::front::ast::{Expr, ExprKind, Span};
use crate::front::typeck::{
    arity, const_int, const_str, ffi, funcs, intrinsic, pos_args, records, type_err, IResult, Infer,
};
use crate::front::typed::{Intrinsic, Res};
use std::rc::Rc;
use vm::ffi::ctype::CTypeId;
use vm::types::{ConstKind, IntTy, Layout, Type};

pub const NUMBA: Module = Module {
    name: "numba",
    entries: &[TYPE_ENTRIES, ENTRIES],
    complete: false,
    star: true,
};

pub const TYPES: Module = Module {
    name: "numba.types",
    entries: &[TYPE_ENTRIES, TYPE_FUNCS],
    complete: false,
    star: false,
};

/// `numba.core`, where Numba 0.49 and later keep `types`.
pub const CORE: Module = Module {
    name: "numba.core",
    entries: &[&[
        item("types", Item::Module("numba.core.types")),
        item("typing", Item::Module("numba.core.typing")),
        item("errors", Item::Module("numba.core.errors")),
    ]],
    complete: false,
    star: false,
};

/// `numba.core.errors`: the exception classes a typing function raises
/// (Numba also raises them when compiling, where rumba reports a compile
/// error instead).
pub const CORE_ERRORS: Module = Module {
    name: "numba.core.errors",
    entries: &[&[
        item("NumbaError", Item::Exception),
        item("TypingError", Item::Exception),
        item("UnsupportedError", Item::Exception),
    ]],
    complete: false,
    star: false,
};

pub const CORE_TYPES: Module = Module {
    name: "numba.core.types",
    entries: &[TYPE_ENTRIES, TYPE_FUNCS],
    complete: false,
    star: false,
};

/// `types.Record`, for its constructor of C-layout records.
pub const RECORD: Module = Module {
    name: "numba.types.Record",
    entries: &[&[func("make_c_struct", make_c_struct)]],
    complete: false,
    star: false,
};

/// The type constructors of `numba.types`.
const TYPE_FUNCS: &[Entry] = &[
    func("Array", array_),
    func("CPointer", cpointer),
    func("NestedArray", nested_array),
    item("Record", Item::Module("numba.types.Record")),
    func("Tuple", tuple_),
    func("UniTuple", unituple),
    // Classes of Numba types, for `isinstance` in `overload` typing
    // functions.
    item("Number", Item::Object),
    item("Integer", Item::Object),
    item("Float", Item::Object),
    item("Complex", Item::Object),
    item("Boolean", Item::Object),
    item("BaseTuple", Item::Object),
    item("UnicodeType", Item::Object),
    item("NoneType", Item::Object),
    item("Optional", Item::Object),
    item("Literal", Item::Object),
    item("IntegerLiteral", Item::Object),
    item("StringLiteral", Item::Object),
    item("BooleanLiteral", Item::Object),
    // rumba gives a typing function an omitted argument's default value,
    // never an `Omitted` type.
    item("Omitted", Item::Object),
    func("literal", crate::front::typeck::literal::literal_type),
    func("unliteral", crate::front::typeck::literal::unliteral),
];

/// `numba.extending`: `overload`, `overload_method`, `overload_attribute`
/// and `register_jitable`.
pub const EXTENDING: Module = Module {
    name: "numba.extending",
    entries: &[&[
        func("overload", crate::front::typeck::overload::overload),
        func(
            "overload_attribute",
            crate::front::typeck::overload::overload_attribute,
        ),
        func(
            "overload_method",
            crate::front::typeck::overload::overload_method,
        ),
        func("register_jitable", funcs::jit),
    ]],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("autojit", funcs::jit),
    item("core", Item::Module("numba.core")),
    item("extending", Item::Module("numba.extending")),
    item("np", Item::Module("numba.np")),
    item("experimental", Item::Module("numba.experimental")),
    func("carray", ffi::carray),
    func("cfunc", ffi::cfunc),
    func("deferred_type", crate::front::typeck::class::deferred_type),
    func("farray", ffi::carray),
    func("from_dtype", super::numba_support::convert),
    func(
        "generated_jit",
        crate::front::typeck::overload::generated_jit,
    ),
    func("jit", funcs::jit),
    func("literal_unroll", literal_unroll),
    func("literally", crate::front::typeck::literal::literally),
    func("njit", funcs::jit),
    func("objmode", objmode),
    item("NULL", Item::Const(Value::Null)),
    func("optional", crate::front::typeck::class::optional),
    // Without a parallel runtime, prange runs its iterations in order,
    // as Numba does without parallel=True.
    func("prange", super::builtins::range),
    func("struct", struct_),
    item("types", Item::Module("numba.types")),
    item("typed", Item::Module("numba.typed")),
    func("typeof", typeof_),
    func("vectorize", crate::front::typeck::vectorize::vectorize),
    func(
        "guvectorize",
        crate::front::typeck::guvectorize::guvectorize,
    ),
    func("stencil", crate::front::typeck::stencil::stencil),
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
    int("ushort", 16, false),
    int("uint", 64, false),
    int("ulong", 64, false),
    int("ulonglong", 64, false),
    int("ssize_t", 64, true),
    int("byte", 8, false),
    int("i1", 8, true),
    int("i2", 16, true),
    int("i4", 32, true),
    int("i8", 64, true),
    int("u1", 8, false),
    int("u2", 16, false),
    int("u4", 32, false),
    int("u8", 64, false),
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
    ty("c16", Type::C128),
    ty("none", Type::None),
    ty("unicode_type", Type::Str),
    ty("void", Type::None),
    ty("voidp", Type::Ptr(CTypeId::VOID)),
    ty("voidptr", Type::Ptr(CTypeId::VOID)),
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
    let fields = records::field_list(inf, &c.args[0])?;
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
    Ok(match &c.pos[0] {
        // Numba's Record type, which prints otherwise than the dtype.
        Type::Record(id) => crate::front::typeck::records::numba_record(*id),
        t => Type::TypeObj(Rc::new(t.clone())),
    })
}

/// The type object a call's argument `i` names.
fn type_arg(inf: &Infer, c: &CallSite, i: usize) -> IResult<Rc<Type>> {
    match &c.pos[i] {
        Type::TypeObj(t) => Ok(t.clone()),
        t => {
            let msg = format!(
                "{}() takes a Numba type, not {}",
                c.qualified(),
                inf.tyname(t)
            );
            Err(type_err(inf, c.args[i].span, msg))
        }
    }
}

/// `types.CPointer(T)`: the type of a pointer to T.
fn cpointer(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 1)?;
    let t = type_arg(inf, c, 0)?;
    let p = inf
        .prog
        .pointer_to(&t)
        .ok_or_else(|| type_err(inf, c.args[0].span, "cannot make a pointer to this type"))?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(p)))
}

/// An array type of `dtype`, or an error naming what rumba lacks.
fn array_of(inf: &Infer, span: Span, dtype: &Type, ndim: i64, layout: &str) -> IResult<Type> {
    let layout = match layout {
        "C" => Layout::C,
        "A" => Layout::A,
        "F" => Layout::F,
        _ => {
            let msg = format!("invalid layout '{layout}' (Numba's are 'C', 'F' and 'A')");
            return Err(type_err(inf, span, msg));
        }
    };
    let (Some(dt), 1..=3) = (dtype.dtype(), ndim) else {
        let msg = format!(
            "arrays of {} with {ndim} dimensions are not supported by rumba",
            inf.tyname(dtype)
        );
        return Err(type_err(inf, span, msg));
    };
    Ok(Type::array(dt, ndim as u8, layout))
}

/// `types.Array(dtype, ndim, layout)`.
fn array_(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, &c.qualified(), c.pos.len(), 3, 3)?;
    let dtype = type_arg(inf, c, 0)?;
    let ndim = const_int(inf, &c.args[1], "an array's number of dimensions")?;
    let layout = const_str(inf, &c.args[2], "an array's layout")?;
    let t = array_of(inf, c.e.span, &dtype, ndim as i64, &layout)?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(t)))
}

/// `float64[:]`, `float64[:, ::1]`: an array type, C-contiguous when the
/// last dimension's step is 1, Fortran-contiguous when the first's is,
/// otherwise of any layout.
pub fn array_type_of(inf: &mut Infer, e: &Expr, dtype: &Type, parts: &[&Expr]) -> IResult<Type> {
    let step_one = |p: &Expr| match &p.kind {
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: None,
        } => Some(false),
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: Some(s),
        } => matches!(s.kind, ExprKind::Int(1)).then_some(true),
        _ => None,
    };
    let mut steps = Vec::new();
    for p in parts {
        let Some(one) = step_one(p) else {
            return Err(type_err(
                inf,
                p.span,
                "an array type is spelled with ':' or '::1' in each dimension",
            ));
        };
        steps.push(one);
    }
    let layout = match steps.iter().position(|&one| one) {
        None => "A",
        Some(i) if i + 1 == steps.len() => "C",
        Some(0) => "F",
        Some(_) => {
            return Err(type_err(
                inf,
                e.span,
                "'::1' goes in the first or last dimension",
            ));
        }
    };
    let t = array_of(inf, e.span, dtype, steps.len() as i64, layout)?;
    inf.res(e, Res::Const);
    Ok(Type::TypeObj(Rc::new(t)))
}

/// How Numba's type objects and signatures print (`float32*`,
/// `array(float64, 1d, A)`, `(int32,) -> float64`); `None` for values that
/// print at run time (numpy's dtypes among them).
pub fn type_object_str(inf: &Infer, t: &Type) -> Option<Rc<str>> {
    let name = |t: &Type| inf.prog.numba_name(t);
    // A signature's str shows the arguments' reprs and the result's str.
    if let Some((args, ret)) = inf.prog.signature_of(t) {
        let args: Vec<String> = args.iter().map(|t| inf.prog.numba_repr(t)).collect();
        let tuple = match args.len() {
            1 => format!("({},)", args[0]),
            _ => format!("({})", args.join(", ")),
        };
        return Some(Rc::from(format!(
            "{tuple} -> {}",
            name(&ret.unwrap_or(Type::None))
        )));
    }
    if let Some(id) = nested_array_of(t) {
        let id = inf.prog.ctype_by_index(id);
        return Some(Rc::from(inf.prog.field_numba_name(id)));
    }
    match t {
        Type::TypeObj(inner) => match &**inner {
            Type::Const(ConstKind::Literal, id) => Some(Rc::from(inf.prog.literal_name(*id))),
            // `unaligned array(Record(...), 1d, C)` names its records so.
            Type::Array(_) => Some(Rc::from(inf.prog.numba_name(inner))),
            t if t.dtype().is_none() => Some(Rc::from(type_str(t, &name))),
            _ => None,
        },
        _ => None,
    }
}

/// Numba's `str` of a type, where it differs from the name signatures
/// show: a UniTuple says "x", and a reflected list type taken of a value
/// ends with its (absent) initial value.
fn type_str(t: &Type, name: &dyn Fn(&Type) -> String) -> String {
    match t {
        Type::Tuple(items) if !items.is_empty() && items.iter().all(|t| *t == items[0]) => {
            format!("UniTuple({} x {})", type_str(&items[0], name), items.len())
        }
        Type::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|t| type_str(t, name)).collect();
            format!("Tuple({})", parts.join(", "))
        }
        Type::List(el) => format!("reflected list({})<iv=None>", type_str(el, name)),
        Type::Set(el) => format!("reflected set({})", type_str(el, name)),
        t => name(t),
    }
}

/// `types.UniTuple(T, n)`.
fn unituple(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, &c.qualified(), c.pos.len(), 2, 2)?;
    let t = type_arg(inf, c, 0)?;
    let n = const_int(inf, &c.args[1], "a tuple's length")?;
    let n = usize::try_from(n).map_err(|_| type_err(inf, c.args[1].span, "a negative length"))?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(Type::tuple(vec![(*t).clone(); n]))))
}

/// `types.Tuple((T1, T2, ...))`.
fn tuple_(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 1)?;
    let Type::Tuple(items) = &c.pos[0] else {
        return Err(type_err(
            inf,
            c.args[0].span,
            "types.Tuple() takes a tuple of types",
        ));
    };
    let items = items
        .iter()
        .map(|t| match t {
            Type::TypeObj(t) => Some((**t).clone()),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| type_err(inf, c.args[0].span, "types.Tuple() takes a tuple of types"))?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(Type::tuple(items))))
}

/// `types.NestedArray(dtype, shape)`: the type of a sub-array field, a C
/// array type.
fn nested_array(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = c.qualified();
    crate::front::typeck::check_kws(inf, &name, c.kws, &["dtype", "shape"])?;
    let kw = |k: &str| c.kws.iter().position(|x| x.name == k);
    let (dtype, dspan) = match (c.pos.first(), kw("dtype")) {
        (Some(t), None) => (t.clone(), c.args[0].span),
        (None, Some(i)) => (c.kw[i].clone(), c.kws[i].value.span),
        _ => {
            return Err(type_err(
                inf,
                c.e.span,
                "NestedArray() takes a dtype and a shape",
            ))
        }
    };
    let shape_e = match (c.args.get(1), kw("shape")) {
        (Some(a), None) => a,
        (None, Some(i)) => &c.kws[i].value,
        _ => {
            return Err(type_err(
                inf,
                c.e.span,
                "NestedArray() takes a dtype and a shape",
            ))
        }
    };
    let Type::TypeObj(t) = &dtype else {
        return Err(type_err(inf, dspan, "NestedArray() takes a Numba type"));
    };
    let shape = ffi::subarray_shape(inf, shape_e)?;
    let mut id = inf
        .prog
        .ctype_of(t)
        .ok_or_else(|| type_err(inf, dspan, format!("{} has no C type", inf.tyname(t))))?;
    for &d in shape.iter().rev() {
        id = inf
            .prog
            .ctypes
            .array(id, Some(d))
            .map_err(|m| type_err(inf, c.e.span, m.0))?;
    }
    inf.res(c.e, Res::Const);
    Ok(nested_array_type(id))
}

const NESTED_ARRAY: &str = "numba NestedArray";

/// Numba's NestedArray type of the C array type `id`: a type object of
/// its own, which prints as Numba's and lays out a record field.
pub fn nested_array_type(id: CTypeId) -> Type {
    Type::TypeObj(Rc::new(Type::Named(Rc::new(vm::types::NamedTy {
        name: NESTED_ARRAY.into(),
        fields: Rc::new([]),
        items: Rc::new([Type::Const(ConstKind::CType, id.index() as u32)]),
    }))))
}

/// The C array type a NestedArray type object stands for.
pub fn nested_array_of(t: &Type) -> Option<u32> {
    let Type::TypeObj(inner) = t else {
        return None;
    };
    match &**inner {
        Type::Named(n) if &*n.name == NESTED_ARRAY => match n.items[..] {
            [Type::Const(ConstKind::CType, id)] => Some(id),
            _ => None,
        },
        _ => None,
    }
}

/// `types.Record.make_c_struct([(name, type), ...])`: a record type laid
/// out as a C compiler lays out the struct.
fn make_c_struct(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, &c.qualified(), c.pos.len(), 1, 1)?;
    let mut fields = Vec::new();
    for (name, te, shape) in crate::front::typeck::field_items(inf, &c.args[0])? {
        if let Some(s) = shape {
            return Err(type_err(inf, s.span, "expected a (name, type) pair"));
        }
        let t = inf.out.ty(te).clone();
        let id = match nested_array_of(&t) {
            Some(id) => inf.prog.ctype_by_index(id),
            None => ffi::ctype_arg(inf, te, &t)?,
        };
        fields.push((name.to_string(), id));
    }
    let id = inf
        .prog
        .make_c_struct(&fields)
        .map_err(|m| type_err(inf, c.args[0].span, m))?;
    inf.res(c.e, Res::Const);
    Ok(Type::TypeObj(Rc::new(Type::Record(id))))
}

/// `__name__` of a function of `numba` or `numba.extending`: Numba's
/// decorators and helpers are Python functions named as they are
/// imported; the type-like ones (`deferred_type`, `optional`) are classes
/// named otherwise and have none here.
pub fn function_name(qualified: &str) -> Option<&str> {
    let (module, name) = qualified.rsplit_once('.')?;
    let plain = match module {
        "numba" => !matches!(
            name,
            "deferred_type" | "optional" | "generated_jit" | "autojit"
        ),
        "numba.extending" => true,
        _ => false,
    };
    (plain
        && matches!(
            super::lookup(qualified).map(|e| &e.item),
            Some(Item::Func(_))
        ))
    .then_some(name)
}

/// `objmode(...)` anywhere but as a `with` statement's context manager
/// (`typeck/objmode.rs`).
fn objmode(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let msg = "objmode() is supported by rumba only as the context manager of a 'with' statement";
    Err(type_err(inf, c.e.span, msg))
}
