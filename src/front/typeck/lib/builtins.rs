//! The builtins: Python's built-in functions rumba supports and the
//! exceptions it can raise, with their typing rules.

use super::{call_in, func, item, CallSite, Entry, Item, Module};
use crate::front::ast::{BinOp, Expr, ExprKind, Keyword};
use crate::front::typeck::{arity, builtin, check_kws, const_str, intrinsic, kw_index};
use crate::front::typeck::{dict, ffi, fmt, iterate, numpy, ops};
use crate::front::typeck::{native, native_aux, pos_args, type_err, IResult, Infer};
use crate::front::typed::{Arg, Const, Intrinsic, Res};
use std::rc::Rc;
use vm::lib_base as base;
use vm::types::{ConstKind, Type, PYINT};

pub const BUILTINS: Module = Module {
    name: "builtins",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("abs", abs),
    func("all", any_all),
    func("any", any_all),
    func("ascii", text),
    func("bin", radix),
    func("bool", scalar),
    func("bytearray", crate::front::typeck::buffers::bytearray),
    func("bytes", crate::front::typeck::buffers::bytes_call),
    func("chr", chr),
    func("complex", complex),
    func("dict", dict::dict_ctor),
    func("divmod", divmod),
    func("enumerate", iter_helper),
    func("filter", crate::front::typeck::mapfilter::refused),
    func("float", scalar),
    func("format", format),
    func("getattr", getattr),
    func("hasattr", getattr),
    func("hex", radix),
    func("int", scalar),
    func("isinstance", isinstance),
    func("len", len),
    func("list", list),
    func("map", crate::front::typeck::mapfilter::refused),
    func("max", minmax),
    func("memoryview", crate::front::typeck::buffers::memoryview),
    func("min", minmax),
    func("next", crate::front::typeck::generator::next),
    func("oct", radix),
    func("ord", ord),
    func("pow", pow),
    func("print", print),
    func("range", range),
    func("repr", text),
    func("reversed", iter_helper),
    func("round", round),
    func("set", dict::set_ctor),
    func("sorted", sorted),
    func("str", text),
    func("sum", sum),
    func("tuple", tuple),
    func("zip", iter_helper),
    item("Exception", Item::Exception),
    item("ValueError", Item::Exception),
    item("TypeError", Item::Exception),
    item("IndexError", Item::Exception),
    item("RuntimeError", Item::Exception),
    item("ZeroDivisionError", Item::Exception),
    item("AssertionError", Item::Exception),
    item("KeyError", Item::Exception),
    item("NotImplementedError", Item::Exception),
    item("OverflowError", Item::Exception),
    item("ArithmeticError", Item::Exception),
    item("StopIteration", Item::Exception),
    item("MemoryError", Item::Exception),
    item("SystemExit", Item::Exception),
    item("BaseException", Item::Exception),
    item("LookupError", Item::Exception),
    item("FloatingPointError", Item::Exception),
    item("RecursionError", Item::Exception),
    item("AttributeError", Item::Exception),
    item("NameError", Item::Exception),
    item("UnboundLocalError", Item::Exception),
    item("OSError", Item::Exception),
];

fn print(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    if let Some(t) = crate::front::typeck::class::text_call(inf, c, false)? {
        return Ok(t);
    }
    let (e, _, _, pos, kws, _) = c.parts();
    let n = pos.len();
    check_kws(inf, "print", kws, &["sep", "end", "flush", "file"])?;
    let stderr = match kw_index(kws, "file") {
        Some(i) => super::sys::stream(inf, &c.kw[i], kws[i].value.span)?,
        None => false,
    };
    let sep = match kw_index(kws, "sep") {
        Some(i) => const_str(inf, &kws[i].value, "print's sep")?,
        None => Rc::from(" "),
    };
    let end = match kw_index(kws, "end") {
        Some(i) => const_str(inf, &kws[i].value, "print's end")?,
        None => Rc::from("\n"),
    };
    let aux = base::PrintAux { sep, end, stderr };
    // Numba prints numpy scalars as the Python values they box to.
    let mut types = match inf.jitted() {
        true => pos.iter().map(crate::front::typeck::numpy::boxed).collect(),
        false => pos.to_vec(),
    };
    for (a, t) in c.args.iter().zip(&mut types) {
        super::collections::check_text(inf, a.span, t)?;
        crate::front::typeck::nptypes::check_type_repr(inf, a.span, t, false)?;
        crate::front::typeck::buffers::check_print(inf, a.span, t)?;
        // An iteration helper's object has no value here to print.
        if let Some(h) = iterate::helper_name_of(inf.prog, t) {
            return Err(type_err(
                inf,
                a.span,
                format!("printing a {h} iterator object is not supported by rumba"),
            ));
        }
        if let Some(s) = crate::front::typeck::records::value_str(inf, t)
            .or_else(|| class_str(inf, t))
            .or_else(|| super::enums::class_str(t))
            .or_else(|| super::numba::type_object_str(inf, t))
        {
            inf.konst(a, Const::Str(s));
            *t = inf.set(a, Type::Str);
        } else if crate::front::typeck::generator::holds_gen(t) {
            return Err(type_err(
                inf,
                a.span,
                "printing a generator object is not supported by rumba (CPython prints its address)",
            ));
        } else if crate::front::typeck::records::cffi_ctype_unnamed(inf, t) {
            let id = crate::front::typeck::records::cffi_ctype_id(inf, t);
            let name = id.map(|id| inf.prog.ctypes.name(id)).unwrap_or_default();
            let msg = format!(
                "printing cffi's ctype '{name}' is not supported by rumba: it cannot tell which \
                 name cffi gives it (a typedef such as size_t or int32_t may spell it)"
            );
            return Err(type_err(inf, a.span, msg));
        } else if holds_compile_time(t) || matches!(t, Type::Const(..) | Type::Closure(..)) {
            return Err(type_err(
                inf,
                a.span,
                format!(
                    "printing a {} is not supported by rumba: it holds types, dtypes or \
                     functions, known only while compiling",
                    inf.tyname(t)
                ),
            ));
        }
    }
    inf.res(e, native_aux("print", base::print, pos_args(n), types, aux));
    Ok(Type::None)
}

/// `str()` of a built-in class outside jitted code: `<class 'int'>`.
fn class_str(inf: &Infer, t: &Type) -> Option<Rc<str>> {
    let Type::Const(ConstKind::Builtin, id) = t else {
        return None;
    };
    let name = inf.prog.builtin_name(*id);
    let class = matches!(
        name,
        "int"
            | "float"
            | "bool"
            | "str"
            | "complex"
            | "bytes"
            | "list"
            | "tuple"
            | "dict"
            | "set"
            | "range"
            | "object"
            | "type"
    ) || matches!(super::lookup(name).map(|e| &e.item), Some(Item::Exception));
    (class && !inf.jitted()).then(|| Rc::from(format!("<class '{name}'>")))
}

fn len(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "len", n, 1, 1)?;
    match &pos[0] {
        Type::Array(_) => {
            inf.res(e, intrinsic(Intrinsic::Len, pos_args(1), pos.to_vec()));
            Ok(PYINT)
        }
        Type::List(_) | Type::TypedList(_) | Type::VarTuple(_) => {
            inf.res(e, native("len", base::list_len, pos_args(1), pos.to_vec()));
            Ok(PYINT)
        }
        Type::Str | Type::Bytes => {
            inf.res(e, native("len", base::str_len, pos_args(1), pos.to_vec()));
            Ok(PYINT)
        }
        Type::Range => {
            inf.res(e, native("len", base::range_len, pos_args(1), pos.to_vec()));
            Ok(PYINT)
        }
        Type::Named(n) => {
            inf.konst(e, Const::Int(n.items.len() as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        Type::Tuple(items) | Type::MixedList(items) => {
            inf.konst(e, Const::Int(items.len() as i128));
            inf.res(e, Res::Const);
            Ok(PYINT)
        }
        t @ Type::CData(_) => ffi::c_len(inf, e, &args[0], &t.clone()),
        t @ Type::ByteBuf(_) => crate::front::typeck::buffers::len(inf, e, &t.clone()),
        t if crate::front::typeck::records::record_type_of(inf, t).is_some() => {
            crate::front::typeck::records::record_len(inf, e, t)
        }
        t @ (Type::Dict(_) | Type::Set(_)) => dict::len(inf, e, &t.clone()),
        t if super::enums::class_len(inf, e, t)? => Ok(PYINT),
        t => Err(type_err(
            inf,
            args[0].span,
            format!("object of type {} has no len()", inf.tyname(t)),
        )),
    }
}

pub fn range(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "range", n, 1, 3)?;
    check_kws(inf, "range", kws, &[])?;
    for (a, t) in args.iter().zip(pos) {
        if !t.is_int() && !t.is_bool() {
            return Err(type_err(
                inf,
                a.span,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    inf.tyname(t)
                ),
            ));
        }
    }
    inf.res(e, intrinsic(Intrinsic::Range, pos_args(n), vec![PYINT; n]));
    Ok(Type::Range)
}

/// `int(x)`, `float(x)`, `bool(x)`.
fn scalar(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, short, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, short, n, 0, 1)?;
    let to = match short {
        "int" => PYINT,
        "float" => Type::F64,
        _ => Type::Bool,
    };
    if n == 0 {
        let c = match short {
            "int" => Const::Int(0),
            "float" => Const::Float(0.0),
            _ => Const::Bool(false),
        };
        inf.konst(e, c);
        inf.res(e, Res::Const);
        return Ok(to);
    }
    conversion(inf, e, &args[0], &pos[0], to)
}

fn complex(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, short, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, short, n, 0, 2)?;
    complex_call(inf, e, args, pos)
}

/// `str`, `repr`, `ascii`.
fn text(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, short, _, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, short, n, 1, 1)?;
    super::collections::check_text(inf, c.args[0].span, &pos[0])?;
    let span = c.args[0].span;
    crate::front::typeck::nptypes::check_type_repr(inf, span, &pos[0], short != "str")?;
    if let Some(t) = crate::front::typeck::class::text_call(inf, c, short != "str")? {
        return Ok(t);
    }
    let conversion = (short != "str").then_some('r');
    if crate::front::typeck::records::text_of(inf, e, &pos[0], conversion, false)? {
        return Ok(Type::Str);
    }
    let f = match short {
        "str" => base::to_str,
        "repr" => base::to_repr,
        _ => base::to_ascii,
    };
    inf.res(e, native(short, f, pos_args(1), pos.to_vec()));
    Ok(Type::Str)
}

fn abs(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "abs", n, 1, 1)?;
    match &pos[0] {
        t if t.is_number() => {
            let rt = if t.is_bool() { PYINT } else { t.clone() };
            inf.res(e, intrinsic(Intrinsic::Abs, pos_args(1), vec![rt.clone()]));
            Ok(rt)
        }
        Type::Array(_) => call_in(inf, "numpy", c),
        t if t.is_complex() => {
            let rt = if *t == Type::C128 {
                Type::F64
            } else {
                Type::NpF64
            };
            inf.res(
                e,
                native(
                    "abs",
                    vm::lib_complex::complex_abs,
                    pos_args(1),
                    vec![Type::C128],
                ),
            );
            Ok(rt)
        }
        t => Err(type_err(
            inf,
            args[0].span,
            format!("bad operand type for abs(): {}", inf.tyname(t)),
        )),
    }
}

fn round(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    let n = pos.len();
    check_kws(inf, "round", kws, &[])?;
    arity(inf, e, "round", n, 1, 2)?;
    let t = &pos[0];
    if !t.is_number() {
        return Err(type_err(
            inf,
            args[0].span,
            format!("type {} doesn't define __round__", inf.tyname(t)),
        ));
    }
    if n == 1 {
        inf.res(
            e,
            native("round", base::round0, pos_args(1), vec![Type::F64]),
        );
        return Ok(PYINT);
    }
    if !pos[1].is_int() {
        return Err(type_err(
            inf,
            args[1].span,
            "round()'s ndigits must be an integer",
        ));
    }
    if let Some(kind) = crate::front::typeck::npscalar::round_kind(inf, t) {
        return Ok(crate::front::typeck::npscalar::round_call(inf, e, t, kind));
    }
    let rt = if t.is_int() {
        t.clone()
    } else {
        numpy::math_result(t, !t.is_py_scalar())
    };
    if t.is_int() {
        inf.res(
            e,
            native("round", base::round_int, pos_args(2), vec![PYINT, PYINT]),
        );
    } else {
        inf.res(
            e,
            native("round", base::round_n, pos_args(2), vec![Type::F64, PYINT]),
        );
    }
    Ok(rt)
}

fn sum(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    check_kws(inf, "sum", kws, &["start"])?;
    arity(inf, e, "sum", n + kws.len(), 1, 2)?;
    if n == 0 {
        return Err(type_err(
            inf,
            e.span,
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    // The start comes first in Python's additions, and its type joins the
    // result's.
    let start = match (pos.get(1), kwt.first()) {
        (Some(t), _) => Some((Arg::Pos(1), t.clone())),
        (None, Some(t)) => Some((Arg::Kw(0), t.clone())),
        _ => None,
    };
    if let Some((_, st)) = &start {
        if !st.is_number() {
            return Err(type_err(
                inf,
                e.span,
                format!("sum() with a start of {} is not supported", inf.tyname(st)),
            ));
        }
    }
    let with_start = |t: Type| -> (Type, Vec<Arg>) {
        let t = match &start {
            Some((_, st)) => ops::promote(&t, st),
            None => t,
        };
        let t = if t.is_bool() { PYINT } else { t };
        let arg = match &start {
            Some((a, _)) => a.clone(),
            None => Arg::Const(Const::Int(0), PYINT),
        };
        (t, vec![Arg::Pos(0), arg])
    };
    match &pos[0] {
        Type::Array(_) if start.is_none() => call_in(inf, "numpy", c),
        Type::List(el) if el.is_number() => {
            let (rt, argv) = with_start(ops::promote(el, &PYINT));
            inf.res(
                e,
                native(
                    "sum",
                    base::list_sum,
                    argv,
                    vec![pos[0].clone(), rt.clone()],
                ),
            );
            Ok(rt)
        }
        Type::Range => {
            let (rt, argv) = with_start(PYINT);
            inf.res(
                e,
                native("sum", base::range_sum, argv, vec![Type::Range, rt.clone()]),
            );
            Ok(rt)
        }
        Type::Tuple(items) if items.iter().all(Type::is_number) => {
            let t = items.iter().fold(PYINT, |a, b| ops::promote(&a, b));
            let (rt, argv) = with_start(t);
            inf.res(
                e,
                intrinsic(
                    Intrinsic::Sum,
                    argv,
                    vec![Type::tuple(vec![rt.clone(); items.len()]), rt.clone()],
                ),
            );
            Ok(rt)
        }
        t => match crate::front::typeck::ffi::carray_sum(inf, c)? {
            Some(rt) => Ok(rt),
            None => Err(type_err(
                inf,
                args[0].span,
                format!("sum() of {} is not supported", inf.tyname(t)),
            )),
        },
    }
}

/// `enumerate`, `zip`, `reversed`: only meaningful as a loop's iterable
/// (see `iterate`), so the call is a marker.
fn iter_helper(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let e = c.e;
    let short = c.name;
    // Only meaningful as a loop's iterable (see `iterate`).
    let marker = builtin(inf.prog, &format!("<{short}>"));
    inf.res(e, Res::Const);
    Ok(marker)
}

fn divmod(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "divmod", n, 2, 2)?;
    let q = ops::binop_type(
        inf,
        BinOp::FloorDiv,
        &pos[0],
        &pos[1],
        &args[0],
        &args[1],
        e.span,
    )?;
    if !q.is_number() {
        return Err(type_err(inf, e.span, "divmod() needs numbers"));
    }
    inf.res(
        e,
        intrinsic(Intrinsic::DivMod, pos_args(2), vec![q.clone(), q.clone()]),
    );
    Ok(Type::tuple(vec![q.clone(), q]))
}

fn pow(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "pow", n, 2, 2)?;
    let t = ops::binop_type(
        inf,
        BinOp::Pow,
        &pos[0],
        &pos[1],
        &args[0],
        &args[1],
        e.span,
    )?;
    inf.res(
        e,
        intrinsic(Intrinsic::BinOp(BinOp::Pow), pos_args(2), pos.to_vec()),
    );
    Ok(t)
}

fn chr(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let e = c.e;
    let pos = c.pos;
    let n = pos.len();
    arity(inf, e, "chr", n, 1, 1)?;
    inf.res(e, native("chr", base::chr, pos_args(1), vec![PYINT]));
    Ok(Type::Str)
}

fn ord(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "ord", n, 1, 1)?;
    if pos[0] != Type::Str {
        return Err(type_err(inf, args[0].span, "ord() expected a string"));
    }
    inf.res(e, native("ord", base::ord, pos_args(1), vec![Type::Str]));
    Ok(PYINT)
}

/// `hex`, `oct`, `bin`.
fn radix(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, short, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, short, n, 1, 1)?;
    if !pos[0].is_int() {
        return Err(type_err(
            inf,
            args[0].span,
            format!(
                "'{}' object cannot be interpreted as an integer",
                inf.tyname(&pos[0])
            ),
        ));
    }
    let spec: Rc<str> = Rc::from(match short {
        "hex" => "#x",
        "oct" => "#o",
        _ => "#b",
    });
    inf.res(
        e,
        native_aux(short, base::format_value, pos_args(1), pos.to_vec(), spec),
    );
    Ok(Type::Str)
}

fn format(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "format", n, 1, 2)?;
    let spec = if n == 2 {
        const_str(inf, &args[1], "a format spec")?
    } else {
        Rc::from("")
    };
    fmt::check_spec(inf, &pos[0], &spec, e.span)?;
    inf.res(
        e,
        native_aux(
            "format",
            base::format_value,
            pos_args(1),
            vec![pos[0].clone()],
            spec,
        ),
    );
    Ok(Type::Str)
}

pub fn list(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "list", n, 1, 1)?;
    let el = iterate::iter_elem(inf, &args[0], &pos[0])?;
    match &pos[0] {
        Type::Array(a) if a.dtype == vm::dtype::DType::C128 => Err(type_err(
            inf,
            args[0].span,
            "list() of a complex array is not supported by rumba",
        )),
        Type::List(_) | Type::Range | Type::Array(_) | Type::Str => {
            inf.res(
                e,
                native("list", base::list_from, pos_args(1), pos.to_vec()),
            );
            Ok(Type::List(Rc::new(el)))
        }
        t if iterate::helper_name_of(inf.prog, t).is_some()
            || matches!(t, Type::CData(_))
            || super::enums::class_str(t).is_some() =>
        {
            inf.out.iter_elems.insert(args[0].id, el.clone());
            inf.res(e, intrinsic(Intrinsic::ListOf, vec![], vec![]));
            Ok(Type::List(Rc::new(el)))
        }
        t => Err(type_err(
            inf,
            args[0].span,
            format!("list() of {} is not supported", inf.tyname(t)),
        )),
    }
}

/// `any`, `all`.
fn any_all(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, short, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, short, n, 1, 1)?;
    match &pos[0] {
        Type::Array(_) => call_in(inf, "numpy", c).map(|_| Type::Bool),
        Type::List(el) if matches!(args[0].kind, ExprKind::GeneratorExp { .. }) => {
            ops::truth_type(inf, el, args[0].span)?;
            inf.res(
                e,
                intrinsic(Intrinsic::AnyAll(short == "any"), vec![], vec![]),
            );
            Ok(Type::Bool)
        }
        Type::List(_) => {
            let f = if short == "any" {
                base::list_any
            } else {
                base::list_all
            };
            inf.res(e, native(short, f, pos_args(1), pos.to_vec()));
            Ok(Type::Bool)
        }
        t => Err(type_err(
            inf,
            args[0].span,
            format!("{short}() of {} is not supported", inf.tyname(t)),
        )),
    }
}

fn sorted(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, kwt) = c.parts();
    let n = pos.len();
    arity(inf, e, "sorted", n, 1, 1)?;
    check_kws(inf, "sorted", kws, &["key", "reverse"])?;
    let reverse = match kw_index(kws, "reverse") {
        Some(i) => match inf.const_of(&kws[i].value) {
            Some(Const::Bool(b)) => *b,
            Some(Const::Int(v)) => *v != 0,
            _ => {
                return Err(type_err(
                    inf,
                    kws[i].value.span,
                    "reverse= must be a constant True or False",
                ))
            }
        },
        None => false,
    };
    let key = kw_index(kws, "key").map(|i| (&kws[i], &kwt[i]));
    match (&pos[0], sorted_elem(&pos[0])) {
        // A 1-D array sorts as the list of its elements.
        (_, Some(el)) if key.is_none() && sortable(&el) => {
            inf.res(
                e,
                native_aux(
                    "sorted",
                    base::list_sorted,
                    pos_args(1),
                    pos.to_vec(),
                    reverse,
                ),
            );
            Ok(Type::List(Rc::new(el)))
        }
        (Type::List(el), _) => {
            let op = vm::lib_keyed::KeyedOp::Sorted { reverse };
            keyed(inf, e, "sorted", &pos[0], el, key, op)?;
            Ok(pos[0].clone())
        }
        (t, _) => Err(type_err(
            inf,
            args[0].span,
            format!("sorted() of {} is not supported", inf.tyname(t)),
        )),
    }
}

/// Whether a container holds values that exist only at compile time (they
/// have no slots, so a list of them is empty at run time).
fn holds_compile_time(t: &Type) -> bool {
    let compile_time = |e: &Type| {
        matches!(
            e,
            Type::TypeObj(_) | Type::NpClass(_) | Type::Const(..) | Type::Closure(..)
        ) || holds_compile_time(e)
    };
    match t {
        Type::List(e) | Type::TypedList(e) | Type::Set(e) => compile_time(e),
        Type::Dict(d) => compile_time(&d.key) || compile_time(&d.val),
        Type::Tuple(items) | Type::MixedList(items) => items.iter().any(holds_compile_time),
        _ => false,
    }
}

/// The elements `sorted` gives for a list or a 1-D array.
fn sorted_elem(t: &Type) -> Option<Type> {
    match t {
        Type::List(el) => Some((**el).clone()),
        Type::Array(a) if a.ndim == 1 => Some(Type::of_dtype(a.dtype)),
        _ => None,
    }
}

/// Whether a list of `t` sorts: numbers, strings, and tuples of them.
pub fn sortable(t: &Type) -> bool {
    match t {
        Type::Tuple(items) => !items.is_empty() && items.iter().all(sortable),
        t => t.is_number() || *t == Type::Str,
    }
}

/// Whether Python orders values of `t` with `<` the way rumba compares
/// keys: numbers, strings, and tuples of them.
fn orderable(t: &Type) -> bool {
    match t {
        Type::Tuple(items) => items.iter().all(orderable),
        Type::List(el) => orderable(el),
        Type::Str => true,
        t => t.is_number() && *t != Type::C128,
    }
}

/// The dict whose keys call `e` orders by `key=` that dict's `get`
/// (`sorted(d, key=d.get)`, `max(d.keys(), key=d.get)`).
fn dict_get_of_keys<'e>(e: &Expr, key: &'e Expr) -> Option<&'e Expr> {
    let ExprKind::Attribute { value: d, attr, .. } = &key.kind else {
        return None;
    };
    let ExprKind::Call { args, .. } = &e.kind else {
        return None;
    };
    let ([first], ExprKind::Name(dn)) = (&args[..], &d.kind) else {
        return None;
    };
    let of_d = |x: &Expr| matches!(&x.kind, ExprKind::Name(n) if n == dn);
    let keys = attr == "get"
        && match &first.kind {
            ExprKind::Name(_) => of_d(first),
            ExprKind::Call { func, args, .. } if args.is_empty() => matches!(
                &func.kind,
                ExprKind::Attribute { value, attr, .. } if attr == "keys" && of_d(value)
            ),
            _ => false,
        };
    keys.then_some(&**d)
}

/// `sorted`/`min`/`max` of the list `lt` by the keys its elements get from
/// the `key=` function (or by the elements themselves).
pub fn keyed(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    lt: &Type,
    el: &Type,
    key: Option<(&Keyword, &Type)>,
    op: vm::lib_keyed::KeyedOp,
) -> IResult<Type> {
    let builtin_key;
    let key = match key {
        // A built-in as the key: the function that calls it.
        Some((k, Type::Const(ConstKind::Builtin, _))) => {
            let f = super::super::closure::builtin_key(inf, &k.value);
            builtin_key = Type::Const(ConstKind::Func, f);
            Some((k, &builtin_key))
        }
        key => key,
    };
    // `sorted(d, key=d.get)`: every element is a key of `d`, whose
    // value `d[k]` is what `get` gives.
    let dict_key;
    let key = match key {
        Some((k, _)) => match dict_get_of_keys(e, &k.value) {
            Some(d) if matches!(inf.expr(d)?, Type::Dict(_)) => {
                dict_key = super::super::bound::subscript_fn(inf, &k.value, d);
                Some((k, &dict_key))
            }
            _ => key,
        },
        key => key,
    };
    let mut captures = Vec::new();
    let (spec, kt) = match key {
        None => (None, el.clone()),
        Some((k, Type::Const(ConstKind::Func, f))) => {
            let p = &inf.prog.funcs[*f as usize].def.params;
            if p.positional.len() != 1 || p.vararg.is_some() || !p.kwonly.is_empty() {
                return Err(type_err(
                    inf,
                    k.value.span,
                    format!("{name}()'s key must be a function of one argument"),
                ));
            }
            // Its captures, as a call in this function passes them.
            let mut args = vec![el.clone()];
            for c in super::super::closure::capture_args(inf, *f, k.value.span)? {
                let var = c.name[1..].to_string();
                let t = inf
                    .env
                    .as_ref()
                    .and_then(|env| env.get(var.as_str()))
                    .map(|v| v.ty.clone())
                    .ok_or_else(|| {
                        type_err(
                            inf,
                            k.value.span,
                            format!("the key function reads '{var}' before it is assigned"),
                        )
                    })?;
                args.push(t.clone());
                captures.push((Rc::from(var.as_str()), t));
            }
            let s = inf.specialize(*f, args, k.value.span)?;
            (Some(s), inf.spec_ret(s))
        }
        Some((k, t)) => {
            return Err(type_err(
                inf,
                k.value.span,
                format!(
                    "{name}()'s key must be a script function or lambda, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    if kt != Type::Unknown && !orderable(&kt) {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "{name}() orders by keys of {}, which rumba cannot compare",
                inf.tyname(&kt)
            ),
        ));
    }
    inf.res(
        e,
        intrinsic(
            Intrinsic::Keyed {
                op,
                spec,
                key: kt,
                captures,
            },
            pos_args(1),
            vec![lt.clone()],
        ),
    );
    Ok(el.clone())
}

/// `tuple()` and `tuple(t)` of a tuple; of anything else the length, which
/// is part of a tuple's type, is not known when typing.
fn tuple(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    check_kws(inf, "tuple", kws, &[])?;
    arity(inf, e, "tuple", pos.len(), 0, 1)?;
    let generated = args.first().and_then(|a| gen_len(inf, a));
    match (pos.first(), generated) {
        (None, _) => {
            inf.konst(e, Const::Tuple(Vec::new()));
            inf.res(e, Res::Const);
            Ok(Type::tuple(Vec::new()))
        }
        (Some(t @ (Type::Tuple(_) | Type::Named(_) | Type::MixedList(_))), _) => {
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, pos_args(1), pos.to_vec()),
            );
            Ok(t.unnamed())
        }
        // A generator over a tuple, unfiltered: as many elements.
        (Some(Type::List(el)), Some(n)) => {
            let aux = vm::lib_tuple::TupleAux {
                len: n,
                elem_refs: el.ref_flags(),
            };
            let t = Type::tuple(vec![(**el).clone(); n]);
            inf.res(
                e,
                native_aux(
                    "tuple",
                    vm::lib_tuple::list_to_tuple,
                    pos_args(1),
                    pos.to_vec(),
                    aux,
                ),
            );
            Ok(t)
        }
        // Of a run-time length: a copy of the list, read as a tuple.
        (Some(Type::List(el) | Type::VarTuple(el)), None) => {
            let t = Type::VarTuple(el.clone());
            let copy = native("tuple", base::list_copy, pos_args(1), pos.to_vec());
            inf.res(e, copy);
            Ok(t)
        }
        (Some(t), _) => Err(type_err(
            inf,
            args[0].span,
            format!(
                "tuple() of {} is not supported by rumba (a tuple's length is part of its type)",
                inf.tyname(t)
            ),
        )),
    }
}

/// `isinstance(x, classes)`: known from `x`'s static type, as Numba prunes
/// branches on it. Jitted code follows Numba (every int64 is an `int`, a
/// numpy bool a `bool`), other code CPython (numpy's ints are not `int`s,
/// a `bool` is one).
/// `bytes` is known as a class (`isinstance(x, bytes)`); bytes are made
/// by literals only.
fn isinstance(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    check_kws(inf, "isinstance", kws, &[])?;
    arity(inf, e, "isinstance", pos.len(), 2, 2)?;
    let classes: Vec<&Type> = match &pos[1] {
        Type::Tuple(items) => items.iter().collect(),
        t => vec![t],
    };
    let numba = super::super::expr::jitted(inf);
    let mut answer = false;
    for cls in classes {
        let name = match cls {
            Type::TypeObj(inner) if matches!(**inner, Type::Obj(_)) => {
                answer |= crate::front::typeck::class::isinstance(inf, &pos[0], cls);
                continue;
            }
            Type::NpClass(inner) if !numba => {
                answer |= pos[0] == **inner;
                continue;
            }
            Type::Const(ConstKind::Builtin, id) => inf.prog.builtin_name(*id).to_string(),
            t => {
                return Err(type_err(
                    inf,
                    args[1].span,
                    format!(
                        "isinstance() arg 2 must be a type or tuple of types, not {}",
                        inf.tyname(t)
                    ),
                ))
            }
        };
        let t = &pos[0];
        if let Type::TypeObj(nt) = t {
            // A Numba type, as an overload's typing function sees it.
            if let Some(yes) = numba_type_class(inf.prog, &name, nt) {
                answer |= yes;
                continue;
            }
        }
        // In plain code (an overload's typing function given an omitted
        // argument's default), a value is no instance of a Numba type
        // class.
        if !numba && numba_type_class(inf.prog, &name, &Type::None).is_some() {
            continue;
        }
        answer |= match name.as_str() {
            "int" if numba => matches!(t, Type::Int(i) if i.bits == 64 && i.signed),
            "int" => matches!(t, Type::Bool | Type::Int(vm::types::IntTy { py: true, .. })),
            "float" => matches!(t, Type::F64 | Type::NpF64),
            "bool" if numba => matches!(t, Type::Bool | Type::NpBool),
            "bool" => *t == Type::Bool,
            "complex" => t.is_complex(),
            "str" => *t == Type::Str,
            "bytes" => *t == Type::Bytes,
            "tuple" => matches!(t, Type::Tuple(_) | Type::Named(_)),
            "list" => matches!(t, Type::List(_) | Type::MixedList(_)),
            "set" => matches!(t, Type::Set(_)),
            "dict" => matches!(t, Type::Dict(_)),
            "numpy.ndarray" => matches!(t, Type::Array(_)),
            other => {
                return Err(type_err(
                    inf,
                    args[1].span,
                    format!("isinstance() with {other} is not supported by rumba"),
                ))
            }
        };
    }
    // The answer is a constant, so the object is not evaluated: it must
    // be one whose evaluation does nothing else.
    if !super::super::expr::pure(&args[0]) {
        return Err(type_err(
            inf,
            args[0].span,
            "isinstance() of this expression is not supported by rumba; assign it to a name first",
        ));
    }
    inf.konst(e, Const::Bool(answer));
    inf.res(e, Res::Const);
    Ok(Type::Bool)
}

/// Whether the Numba type `t` is an instance of the class of Numba types
/// `class` (`numba.types.Array`); `None` for other classes.
pub fn numba_type_class(prog: &crate::program::Program, class: &str, t: &Type) -> Option<bool> {
    let name = class
        .strip_prefix("numba.types.")
        .or_else(|| class.strip_prefix("numba.core.types."))?;
    // A literal is an instance of `Literal` and of its value's class,
    // except a string literal, which Numba does not make a `UnicodeType`.
    let lit = crate::front::typeck::literal::literal_of(t);
    if let Some((kind, plain)) =
        lit.and_then(|id| crate::front::typeck::literal::class_of(prog, id))
    {
        return Some(match name {
            "Literal" => true,
            "IntegerLiteral" | "StringLiteral" | "BooleanLiteral" => name == kind,
            "UnicodeType" => false,
            _ => numba_type_class(prog, class, &plain)?,
        });
    }
    Some(match name {
        "Array" => matches!(t, Type::Array(_)),
        "Number" => t.is_number() || *t == Type::C128,
        "Integer" => t.is_int(),
        "Float" => t.is_float(),
        "Complex" => *t == Type::C128,
        "Boolean" => t.is_bool(),
        "BaseTuple" | "Tuple" | "UniTuple" => match t {
            Type::Tuple(items) if name == "UniTuple" => {
                !items.is_empty() && items.iter().all(|i| *i == items[0])
            }
            Type::Tuple(items) if name == "Tuple" => {
                items.is_empty() || items.iter().any(|i| *i != items[0])
            }
            t => matches!(t, Type::Tuple(_) | Type::Named(_)),
        },
        "UnicodeType" => *t == Type::Str,
        "NoneType" => *t == Type::None,
        "Optional" => matches!(t, Type::Opt(_) | Type::OptObj(_)),
        "Literal" | "IntegerLiteral" | "StringLiteral" | "BooleanLiteral" | "Omitted" => false,
        _ => return None,
    })
}

/// `getattr(x, 'name'[, default])` is `x.name` (or `default` where `x` has
/// no such attribute); `hasattr(x, 'name')` says whether it has. The
/// name must be a constant: attributes are resolved when typing.
fn getattr(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, name, args, pos, kws, _) = c.parts();
    check_kws(inf, name, kws, &[])?;
    let max = if name == "getattr" { 3 } else { 2 };
    arity(inf, e, name, pos.len(), 2, max)?;
    let attr = const_str(inf, &args[1], "an attribute name")?;
    let access = ExprKind::Attribute {
        value: Box::new(args[0].clone()),
        attr: attr.to_string(),
        attr_span: args[1].span,
    };
    // A tuple's methods and a namedtuple's `_`-names are attributes that
    // rumba's typing of attributes does not know.
    if let Type::Tuple(_) | Type::Named(_) = &pos[0] {
        if matches!(&*attr, "count" | "index") || attr.starts_with('_') {
            return Err(type_err(
                inf,
                args[1].span,
                format!("{name}() of a tuple's '{attr}' is not supported by rumba"),
            ));
        }
    }
    let has = match crate::front::typeck::class::has_attr(inf, &pos[0], &attr) {
        Some(has) => has,
        None => {
            let probe = super::super::star::fresh(inf, access.clone(), e.span);
            inf.expr(&probe).is_ok()
        }
    };
    // A module table that does not list every name of the real module
    // cannot say the name is missing (rumba may lack it).
    if let (false, Type::Const(ConstKind::BuiltinModule, m)) = (has, &pos[0]) {
        let module = inf.prog.builtin_name(*m).to_string();
        if !super::module(&module).is_some_and(|m| m.complete) {
            let msg = format!(
                "{name}(): rumba does not know whether module '{module}' has '{attr}' \
                 (it lacks some of the module's names)"
            );
            return Err(type_err(inf, args[1].span, msg));
        }
    }
    match (name, has, args.get(2)) {
        ("hasattr", _, _) => {
            if !super::super::expr::pure(&args[0]) {
                return Err(type_err(
                    inf,
                    args[0].span,
                    "hasattr() of this expression is not supported by rumba; assign it to a name first",
                ));
            }
            inf.konst(e, Const::Bool(has));
            inf.res(e, Res::Const);
            Ok(Type::Bool)
        }
        (_, false, Some(d)) => super::super::star::use_rewrite(inf, e, d.kind.clone()),
        _ => super::super::star::use_rewrite(inf, e, access),
    }
}

/// The length of a generator expression over a tuple with no condition.
fn gen_len(inf: &Infer, e: &Expr) -> Option<usize> {
    let ExprKind::GeneratorExp { generators, .. } = &e.kind else {
        return None;
    };
    match &generators[..] {
        [g] if g.ifs.is_empty() => match inf.out.ty(&g.iter) {
            Type::Tuple(items) => Some(items.len()),
            _ => None,
        },
        _ => None,
    }
}

/// `min`, `max`.
fn minmax(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, name, args, pos, kws, kwt) = c.parts();
    check_kws(inf, name, kws, &["key"])?;
    if let Some(i) = kw_index(kws, "key") {
        let op = if name == "min" {
            vm::lib_keyed::KeyedOp::Min
        } else {
            vm::lib_keyed::KeyedOp::Max
        };
        return match pos {
            [lt @ Type::List(el)] => keyed(inf, e, name, lt, el, Some((&kws[i], &kwt[i])), op),
            _ => Err(type_err(
                inf,
                e.span,
                format!("{name}() with key= takes one list"),
            )),
        };
    }
    if pos.len() == 1 {
        return match &pos[0] {
            Type::List(el) if matches!(**el, Type::Tuple(_)) => {
                let op = if name == "min" {
                    vm::lib_keyed::KeyedOp::Min
                } else {
                    vm::lib_keyed::KeyedOp::Max
                };
                keyed(inf, e, name, &pos[0], el, None, op)
            }
            Type::Array(_) => call_in(inf, "numpy", c),
            Type::List(el) if el.is_number() || **el == Type::Str => {
                let f = if name == "min" {
                    base::list_min
                } else {
                    base::list_max
                };
                inf.res(e, native(name, f, pos_args(1), pos.to_vec()));
                Ok((**el).clone())
            }
            Type::Tuple(items) if !items.is_empty() && items.iter().all(Type::is_number) => {
                let t = items
                    .iter()
                    .skip(1)
                    .fold(items[0].clone(), |a, b| ops::promote(&a, b));
                let i = if name == "min" {
                    Intrinsic::Min
                } else {
                    Intrinsic::Max
                };
                inf.res(
                    e,
                    intrinsic(
                        i,
                        pos_args(1),
                        vec![Type::tuple(vec![t.clone(); items.len()])],
                    ),
                );
                Ok(t)
            }
            Type::Range => {
                let aux = name == "min";
                inf.res(
                    e,
                    native_aux(name, base::range_minmax, pos_args(1), pos.to_vec(), aux),
                );
                Ok(PYINT)
            }
            t => Err(type_err(
                inf,
                args[0].span,
                format!("{name}() of {} is not supported", inf.tyname(t)),
            )),
        };
    }
    if pos.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            format!("{name} expected at least 1 argument, got 0"),
        ));
    }
    if pos.iter().all(|t| *t == Type::Str) {
        let aux = name == "min";
        inf.res(
            e,
            native_aux(
                name,
                base::str_minmax,
                pos_args(pos.len()),
                pos.to_vec(),
                aux,
            ),
        );
        return Ok(Type::Str);
    }
    let mut t = pos[0].clone();
    for (a, p) in args.iter().zip(pos).skip(1) {
        if !p.is_number() || !t.is_number() {
            return Err(type_err(
                inf,
                a.span,
                format!(
                    "{name}() of {} and {} is not supported",
                    inf.tyname(&t),
                    inf.tyname(p)
                ),
            ));
        }
        // CPython returns the winning argument itself, of its own type.
        if !inf.jitted() && !crate::front::typeck::stmt::same_kind(&t, p) {
            return Err(type_err(
                inf,
                a.span,
                format!(
                    "{name}() of {} and {} in plain (not jitted) code gives the winner's own type, which rumba cannot: give the arguments one type",
                    inf.tyname(&t),
                    inf.tyname(p)
                ),
            ));
        }
        t = if t.is_bool() && p.is_bool() && (t == Type::Bool) == (*p == Type::Bool) {
            t
        } else {
            ops::promote(&t, p)
        };
    }
    let i = if name == "min" {
        Intrinsic::Min
    } else {
        Intrinsic::Max
    };
    inf.res(
        e,
        intrinsic(i, pos_args(pos.len()), vec![t.clone(); pos.len()]),
    );
    Ok(t)
}
/// `int(x)`, `float(x)`, `bool(x)`.
fn conversion(inf: &mut Infer, e: &Expr, arg: &Expr, t: &Type, to: Type) -> IResult<Type> {
    match t {
        // An IntEnum member is an int.
        Type::Enum(en) if en.int => conversion(inf, e, arg, &en.value, to),
        t if t.is_number() => {
            if let Some(c) = inf.const_of(arg).cloned() {
                let folded = match (&to, c) {
                    (Type::Int(_), Const::Int(v)) => Some(Const::Int(v)),
                    (Type::Int(_), Const::Float(f)) if f.is_finite() && f.abs() < 9.2e18 => {
                        Some(Const::Int(f.trunc() as i128))
                    }
                    (Type::F64, Const::Int(v)) => Some(Const::Float(v as f64)),
                    (Type::F64, Const::Float(f)) => Some(Const::Float(f)),
                    _ => None,
                };
                if let Some(c) = folded {
                    inf.konst(e, c);
                }
            }
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![t.clone()]));
            Ok(to)
        }
        Type::Str if to != Type::Bool => {
            let f = if to.is_int() {
                base::str_to_int
            } else {
                base::str_to_float
            };
            inf.res(
                e,
                native(
                    if to.is_int() { "int" } else { "float" },
                    f,
                    pos_args(1),
                    vec![Type::Str],
                ),
            );
            Ok(to)
        }
        Type::Str | Type::List(_) | Type::TypedList(_) => {
            inf.res(e, native("bool", base::truth, pos_args(1), vec![t.clone()]));
            Ok(Type::Bool)
        }
        Type::Tuple(_) | Type::Named(_) | Type::MixedList(_) if to == Type::Bool => {
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![t.clone()]));
            Ok(to)
        }
        Type::C128 | Type::NpC128 if to == Type::Bool => {
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![Type::C128]));
            Ok(to)
        }
        // A pointer is true unless NULL; a ctypes scalar by its value.
        Type::Ptr(_) | Type::CData(_) if to == Type::Bool => {
            inf.res(e, intrinsic(Intrinsic::Cast, pos_args(1), vec![PYINT]));
            Ok(to)
        }
        Type::Ptr(_) | Type::CData(_) if to.is_int() => {
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![t.clone()]),
            );
            Ok(to)
        }
        _ => Err(type_err(
            inf,
            arg.span,
            format!("cannot convert {} to {}", inf.tyname(t), inf.tyname(&to)),
        )),
    }
}
/// `complex()`, `complex(x)`, `complex(re, im)` of real numbers, and
/// `complex(z)` of a complex number.
fn complex_call(inf: &mut Infer, e: &Expr, args: &[Expr], pos: &[Type]) -> IResult<Type> {
    if let [Type::C128 | Type::NpC128] = pos {
        inf.res(
            e,
            intrinsic(Intrinsic::Tuple, pos_args(1), vec![Type::C128]),
        );
        return Ok(Type::C128);
    }
    if let Some(i) = pos.iter().position(|t| !t.is_number()) {
        let msg = match &pos[i] {
            Type::C128 | Type::NpC128 => {
                "rumba's complex() takes real parts (use re + im * 1j)".to_owned()
            }
            t => format!("complex() argument must be a number, not {}", inf.tyname(t)),
        };
        return Err(type_err(inf, args[i].span, msg));
    }
    let mut argv: Vec<Arg> = pos_args(pos.len());
    argv.extend((pos.len()..2).map(|_| Arg::Const(Const::Float(0.0), Type::F64)));
    inf.res(
        e,
        intrinsic(Intrinsic::Tuple, argv, vec![Type::F64, Type::F64]),
    );
    Ok(Type::C128)
}
