//! Bytes-like buffers: `bytes(x)`, `bytearray`, `memoryview`, cffi's
//! `ffi.buffer`, `np.frombuffer`, `np.ndarray(buffer=)` and `a.tobytes()`
//! (vm/src/lib_buffer.rs). A buffer is a `Type::ByteBuf`, a view of bytes
//! that keeps their owner alive; the arrays made over one view the same
//! memory. rumba has no read-only arrays, so an immutable `bytes` object
//! cannot be viewed (numpy's view of it would refuse writes).

use super::index::slice_plan;
use super::lib::CallSite;
use super::{check_kws, native, native_aux, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Const, Res};
use vm::dtype::DType;
use vm::ffi::ctype::CTypeId;
use vm::lib_buffer::{self as lb, CopyFrom, Source};
use vm::lib_numpy::SliceDim;
use vm::types::{BufKind, IntTy, Layout, Type, PYINT};

fn err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

const READ_ONLY: &str = "a view of bytes (read-only in numpy) is not supported by rumba: \
                         view a bytearray(b) instead";

/// A parameter's argument: where it is, its expression and its type.
type Bound<'a> = Option<(Arg, &'a Expr, Type)>;

/// Binds a call's positional and keyword arguments to parameter names:
/// each parameter's argument and type, if given.
fn bind<'a>(inf: &Infer, c: &'a CallSite, params: &[&str]) -> IResult<Vec<Bound<'a>>> {
    let name = c.qualified();
    check_kws(inf, &name, c.kws, params)?;
    super::arity(inf, c.e, &name, c.pos.len(), 0, params.len())?;
    let mut out: Vec<_> = (0..params.len())
        .map(|i| c.args.get(i).map(|a| (Arg::Pos(i), a, c.pos[i].clone())))
        .collect();
    for (i, k) in c.kws.iter().enumerate() {
        let at = params.iter().position(|p| *p == k.name).unwrap_or(0);
        if out[at].is_some() {
            let msg = format!("{name}() got multiple values for argument '{}'", k.name);
            return Err(err(inf, k.name_span, msg));
        }
        out[at] = Some((Arg::Kw(i), &k.value, c.kw[i].clone()));
    }
    Ok(out)
}

/// What a buffer-taking call can view: a buffer, an array of numbers or
/// records, or owned C data (a ctypes array or structure).
fn source(inf: &Infer, e: &Expr, t: &Type) -> IResult<Source> {
    match t {
        Type::ByteBuf(_) => Ok(Source::Buf),
        Type::Array(a) if !matches!(a.dtype, DType::Text { .. }) => Ok(Source::Array),
        Type::CData(id) => Ok(Source::CData(inf.prog.ctypes.size(*id).map(|n| n as usize))),
        Type::Bytes => Err(err(inf, e.span, READ_ONLY)),
        t => Err(err(
            inf,
            e.span,
            format!("a bytes-like object is required, not {}", inf.tyname(t)),
        )),
    }
}

/// What `bytes(x)` and `bytearray(x)` copy.
fn copy_from(inf: &Infer, e: &Expr, t: &Type, what: &str) -> IResult<CopyFrom> {
    match t {
        Type::Bytes => Ok(CopyFrom::Bytes),
        Type::ByteBuf(_) => Ok(CopyFrom::Buf),
        Type::Array(a) if !matches!(a.dtype, DType::Text { .. }) => Ok(CopyFrom::Array),
        Type::Str => Err(err(inf, e.span, "string argument without an encoding")),
        t => Err(err(
            inf,
            e.span,
            format!("{what}() of {} is not supported by rumba", inf.tyname(t)),
        )),
    }
}

fn int_arg(inf: &Infer, e: &Expr, t: &Type, what: &str) -> IResult<()> {
    match t.is_int() || t.is_bool() {
        true => Ok(()),
        false => Err(err(
            inf,
            e.span,
            format!("{what} must be an integer, not {}", inf.tyname(t)),
        )),
    }
}

/// `bytes()`, `bytes(n)`, `bytes(x)` of bytes, a buffer or an array.
pub fn bytes_call(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    make(inf, c, false)
}

/// `bytearray()`, `bytearray(n)`, `bytearray(x)`: a new bytearray.
pub fn bytearray(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    make(inf, c, true)
}

fn make(inf: &mut Infer, c: &CallSite, bytearray: bool) -> IResult<Type> {
    let what = if bytearray { "bytearray" } else { "bytes" };
    check_kws(inf, what, c.kws, &[])?;
    super::arity(inf, c.e, what, c.pos.len(), 0, 1)?;
    let out = match bytearray {
        true => Type::ByteBuf(BufKind::ByteArray),
        false => Type::Bytes,
    };
    let Some(t) = c.pos.first() else {
        if bytearray {
            let arg = Arg::Const(Const::Int(0), PYINT);
            let res = native_aux(what, lb::zeros, vec![arg], vec![PYINT], true);
            inf.res(c.e, res);
        } else {
            inf.konst(c.e, Const::Str("".into()));
            inf.res(c.e, Res::Const);
        }
        return Ok(out);
    };
    let res = if t.is_int() || t.is_bool() {
        native_aux(what, lb::zeros, vec![Arg::Pos(0)], vec![PYINT], bytearray)
    } else {
        let from = copy_from(inf, &c.args[0], t, what)?;
        let f = if bytearray {
            lb::bytearray_of
        } else {
            lb::bytes_of
        };
        native_aux(what, f, vec![Arg::Pos(0)], vec![t.clone()], from)
    };
    inf.res(c.e, res);
    Ok(out)
}

/// `memoryview(x)` of a buffer.
pub fn memoryview(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    check_kws(inf, "memoryview", c.kws, &[])?;
    super::arity(inf, c.e, "memoryview", c.pos.len(), 1, 1)?;
    let src = match &c.pos[0] {
        Type::ByteBuf(_) => Source::Buf,
        Type::Bytes => return Err(err(inf, c.args[0].span, READ_ONLY)),
        t => {
            let msg = format!(
                "rumba supports memoryview() of bytearrays and buffers, not of {}",
                inf.tyname(t)
            );
            return Err(err(inf, c.args[0].span, msg));
        }
    };
    let res = native_aux(
        "memoryview",
        lb::memoryview,
        vec![Arg::Pos(0)],
        c.pos.to_vec(),
        src,
    );
    inf.res(c.e, res);
    Ok(Type::ByteBuf(BufKind::MemoryView))
}

/// `ffi.buffer(cdata[, size])`: the bytes of owned C data or of what a
/// pointer points to.
pub fn ffi_buffer(inf: &mut Infer, e: &Expr, args: &[Expr], pos: &[Type]) -> IResult<Type> {
    super::arity(inf, e, "ffi.buffer", pos.len(), 1, 2)?;
    if let Some(t) = pos.get(1) {
        int_arg(inf, &args[1], t, "the size")?;
    }
    let sized = pos.len() == 2;
    let (owned, size) = match &pos[0] {
        Type::CData(id) => (true, inf.prog.ctypes.size(*id)),
        Type::Ptr(id) => {
            let size = inf.prog.ctypes.size(*id).filter(|_| *id != CTypeId::VOID);
            if size.is_none() && !sized {
                let msg = format!(
                    "don't know the size pointed to by '{} *'",
                    inf.prog.ctypes.name(*id)
                );
                return Err(err(inf, args[0].span, msg));
            }
            (false, size)
        }
        t => {
            let msg = format!(
                "ffi.buffer() needs C data or a pointer, not {}",
                inf.tyname(t)
            );
            return Err(err(inf, args[0].span, msg));
        }
    };
    let aux = lb::CffiBuffer {
        owned,
        size: size.map(|n| n as usize),
        sized,
    };
    let mut types = vec![pos[0].clone()];
    if sized {
        types.push(PYINT);
    }
    let res = native_aux(
        "ffi.buffer",
        lb::cffi_buffer,
        super::pos_args(pos.len()),
        types,
        aux,
    );
    inf.res(e, res);
    Ok(Type::ByteBuf(BufKind::CffiBuffer))
}

/// The element size of an array of `dtype` made over a buffer.
fn itemsize(inf: &mut Infer, e: &Expr, dtype: DType) -> IResult<u32> {
    match dtype {
        DType::Record(id) => {
            inf.prog.register_record(id);
            inf.prog
                .ctypes
                .size(id)
                .map(|n| n as u32)
                .ok_or_else(|| err(inf, e.span, "this record dtype has no size"))
        }
        d => d.scalar_size().ok_or_else(|| {
            err(
                inf,
                e.span,
                format!(
                    "arrays of {} over a buffer are not supported by rumba",
                    d.name()
                ),
            )
        }),
    }
}

fn dtype_of(inf: &mut Infer, given: Option<&(Arg, &Expr, Type)>) -> IResult<DType> {
    match given {
        Some((_, x, t)) => super::numpy::dtype_arg(inf, x, t),
        None => Ok(DType::F64),
    }
}

/// An int argument with a default.
fn int_or(inf: &Infer, given: Option<(Arg, &Expr, Type)>, what: &str, dflt: i128) -> IResult<Arg> {
    match given {
        Some((a, x, t)) => {
            int_arg(inf, x, &t, what)?;
            Ok(a)
        }
        None => Ok(Arg::Const(Const::Int(dflt), PYINT)),
    }
}

/// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: a 1-D array
/// viewing the buffer's bytes.
pub fn frombuffer(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let mut p = bind(inf, c, &["buffer", "dtype", "count", "offset"])?;
    let Some((buf, bx, bt)) = p[0].take() else {
        return Err(err(inf, c.e.span, "np.frombuffer() needs a buffer"));
    };
    let src = source(inf, bx, &bt)?;
    let dtype = dtype_of(inf, p[1].as_ref())?;
    let size = itemsize(inf, c.e, dtype)?;
    let count = int_or(inf, p[2].take(), "count", -1)?;
    let offset = int_or(inf, p[3].take(), "offset", 0)?;
    let aux = lb::FromBuffer {
        dtype,
        itemsize: size,
        src,
    };
    let res = native_aux(
        "np.frombuffer",
        lb::frombuffer,
        vec![buf, count, offset],
        vec![bt, PYINT, PYINT],
        aux,
    );
    inf.res(c.e, res);
    Ok(Type::array(dtype, 1, Layout::C))
}

/// A shape or strides argument: an int or a tuple of 1 to 8 ints, as the
/// type its values are passed as.
fn dims(inf: &Infer, e: &Expr, t: &Type, what: &str) -> IResult<Type> {
    match t {
        t if t.is_int() => Ok(PYINT),
        Type::Tuple(items) if (1..=8).contains(&items.len()) && items.iter().all(Type::is_int) => {
            Ok(Type::tuple(vec![PYINT; items.len()]))
        }
        t => Err(err(
            inf,
            e.span,
            format!(
                "{what} must be an int or a tuple of 1 to 8 ints, not {}",
                inf.tyname(t)
            ),
        )),
    }
}

/// `np.ndarray(shape, dtype=float, buffer=None, offset=0, strides=None)`:
/// without a buffer, `np.empty`; with one, an array viewing it.
pub fn ndarray(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let mut p = bind(inf, c, &["shape", "dtype", "buffer", "offset", "strides"])?;
    let Some((shape, sx, st)) = p[0].take() else {
        return Err(err(inf, c.e.span, "np.ndarray() needs a shape"));
    };
    let shape_t = dims(inf, sx, &st, "the shape")?;
    let ndim = shape_t.slots();
    let Some((buf, bx, bt)) = p[2].take() else {
        if let Some((_, x, _)) = p[3].as_ref().or(p[4].as_ref()) {
            let msg = "np.ndarray() takes offset= and strides= with a buffer= only in rumba";
            return Err(err(inf, x.span, msg));
        }
        let empty = CallSite {
            name: "empty",
            module: "numpy",
            ..*c
        };
        return super::numpy::new_array(inf, &empty);
    };
    let src = source(inf, bx, &bt)?;
    let dtype = dtype_of(inf, p[1].as_ref())?;
    let size = itemsize(inf, c.e, dtype)?;
    let offset = int_or(inf, p[3].take(), "offset", 0)?;
    let mut args = vec![buf, offset, shape];
    let mut types = vec![bt, PYINT, shape_t.clone()];
    let strided = match p[4].take() {
        Some((a, x, t)) => {
            let t = dims(inf, x, &t, "the strides")?;
            if t != shape_t {
                let msg = "strides, if given, must be the same length as shape";
                return Err(inf.err("ValueError", x.span, msg));
            }
            args.push(a);
            types.push(t);
            true
        }
        None => false,
    };
    let aux = lb::NdArray {
        dtype,
        itemsize: size,
        ndim,
        strided,
        src,
    };
    inf.res(c.e, native_aux("np.ndarray", lb::ndarray, args, types, aux));
    let layout = if strided { Layout::A } else { Layout::C };
    Ok(Type::array(dtype, ndim as u8, layout))
}

/// `len(x)` of a buffer.
pub fn len(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<Type> {
    inf.res(
        e,
        native("len", lb::len, super::pos_args(1), vec![t.clone()]),
    );
    Ok(PYINT)
}

/// The type of a buffer's item: a Python int (Numba's uint8 in jitted
/// code), or bytes of length one for cffi's buffers.
fn item_type(inf: &Infer, kind: BufKind) -> Type {
    match kind {
        BufKind::CffiBuffer => Type::Bytes,
        _ if inf.jitted() => Type::Int(IntTy::U8),
        _ => PYINT,
    }
}

/// The slice's present bounds, typed: they must be integers.
fn slice_bounds(inf: &mut Infer, index: &Expr) -> IResult<usize> {
    let ExprKind::Slice { lower, upper, step } = &index.kind else {
        return Ok(0);
    };
    let mut n = 0;
    for b in [lower, upper, step].into_iter().flatten() {
        let t = inf.expr(b)?;
        if t == Type::None {
            continue;
        }
        int_arg(inf, b, &t, "slice indices")?;
        n += 1;
    }
    let plan = slice_plan(index);
    let present = plan.dims.iter().map(|d| match d {
        SliceDim::Slice { lower, upper, step } => {
            usize::from(*lower) + usize::from(*upper) + usize::from(*step)
        }
        SliceDim::Index => 0,
    });
    match present.sum::<usize>() == n {
        true => Ok(n),
        false => Err(err(
            inf,
            index.span,
            "slice bounds must be integers or None",
        )),
    }
}

/// `x[i]` and `x[a:b]`.
pub fn subscript(
    inf: &mut Infer,
    e: &Expr,
    vt: &Type,
    kind: BufKind,
    index: &Expr,
) -> IResult<Type> {
    if let ExprKind::Slice { .. } = index.kind {
        slice_bounds(inf, index)?;
        let aux = (slice_plan(index), kind);
        inf.res(
            e,
            native_aux("buffer slice", lb::get_slice, vec![], vec![vt.clone()], aux),
        );
        return Ok(match kind {
            BufKind::CffiBuffer => Type::Bytes,
            k => Type::ByteBuf(k),
        });
    }
    let it = inf.expr(index)?;
    int_arg(inf, index, &it, "buffer indices")?;
    let types = vec![vt.clone(), PYINT];
    inf.res(
        e,
        native_aux("buffer item", lb::get_item, vec![], types, kind),
    );
    Ok(item_type(inf, kind))
}

/// `x[i] = v` and `x[a:b] = v` (not for a bytearray, whose slice
/// assignment may resize it). Returns the type the value is stored as.
pub fn assign_subscript(
    inf: &mut Infer,
    target: &Expr,
    vt: &Type,
    kind: BufKind,
    index: &Expr,
    t: &Type,
) -> IResult<Type> {
    if let ExprKind::Slice { .. } = index.kind {
        if kind == BufKind::ByteArray {
            let msg =
                "slice assignment to a bytearray (which may resize it) is not supported by rumba";
            return Err(err(inf, target.span, msg));
        }
        let n = slice_bounds(inf, index)?;
        let from = copy_from(inf, target, t, "slice assignment")?;
        let mut types = vec![vt.clone()];
        types.extend(std::iter::repeat_n(PYINT, n));
        types.push(t.clone());
        let aux = (slice_plan(index), kind, from);
        inf.res(
            target,
            native_aux("buffer slice store", lb::set_slice, vec![], types, aux),
        );
        return Ok(t.clone());
    }
    let it = inf.expr(index)?;
    int_arg(inf, index, &it, "buffer indices")?;
    let want = match kind {
        BufKind::CffiBuffer if *t == Type::Bytes => Type::Bytes,
        BufKind::CffiBuffer => {
            let msg = format!("must assign a bytes of length 1, not {}", inf.tyname(t));
            return Err(err(inf, target.span, msg));
        }
        _ if t.is_int() || t.is_bool() => PYINT,
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                inf.tyname(t)
            );
            return Err(err(inf, target.span, msg));
        }
    };
    let types = vec![vt.clone(), PYINT, want.clone()];
    let aux = (kind, inf.jitted());
    inf.res(
        target,
        native_aux("buffer store", lb::set_item, vec![], types, aux),
    );
    Ok(want)
}

/// Methods of buffers: `tobytes()`, `hex()`.
#[allow(clippy::too_many_arguments)]
pub fn method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    vt: &Type,
    kind: BufKind,
    name: &str,
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    check_kws(inf, name, kws, &[])?;
    let (res, t) = match (name, kind) {
        ("tobytes", _) => {
            let res = native_aux(
                "tobytes",
                lb::bytes_of,
                vec![],
                vec![vt.clone()],
                CopyFrom::Buf,
            );
            (res, Type::Bytes)
        }
        ("hex", _) => (native("hex", lb::hex, vec![], vec![vt.clone()]), Type::Str),
        _ => {
            return Err(inf.err(
                "AttributeError",
                e.span,
                format!(
                    "'{}' object has no attribute '{name}' (or rumba does not support it)",
                    kind.name()
                ),
            ))
        }
    };
    if !pos.is_empty() {
        return Err(err(inf, e.span, format!("{name}() takes no arguments")));
    }
    record_method(inf, e, value, res);
    Ok(t)
}

fn record_method(inf: &mut Infer, e: &Expr, value: &Expr, mut res: Res) {
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
}

/// `a.tobytes()` of an array: its elements' bytes in C order.
pub fn array_tobytes(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    at: &Type,
    pos: &[Type],
) -> IResult<Type> {
    if !pos.is_empty() {
        return Err(err(inf, e.span, "tobytes() takes no arguments in rumba"));
    }
    copy_from(inf, value, at, "tobytes")?;
    let res = native_aux(
        "tobytes",
        lb::bytes_of,
        vec![],
        vec![at.clone()],
        CopyFrom::Array,
    );
    record_method(inf, e, value, res);
    Ok(Type::Bytes)
}

/// Attributes of buffers: `nbytes`, `readonly`.
pub fn attr(inf: &mut Infer, e: &Expr, vt: &Type, kind: BufKind, attr: &str) -> IResult<Type> {
    match (attr, kind) {
        ("nbytes", BufKind::MemoryView) => {
            inf.res(e, native("nbytes", lb::len, vec![], vec![vt.clone()]));
            Ok(PYINT)
        }
        ("readonly", BufKind::MemoryView) => {
            inf.konst(e, Const::Bool(false));
            inf.res(e, Res::Const);
            Ok(Type::Bool)
        }
        _ => Err(inf.err(
            "AttributeError",
            e.span,
            format!(
                "'{}' object has no attribute '{attr}' (or rumba does not support it)",
                kind.name()
            ),
        )),
    }
}

/// Whether printing `t` would show a buffer's address (cffi's buffers and
/// memoryviews print it): refused.
pub fn check_print(inf: &Infer, span: Span, t: &Type) -> IResult<()> {
    let shows_address = |t: &Type| matches!(t, Type::ByteBuf(k) if *k != BufKind::ByteArray);
    let held = match t {
        Type::Tuple(items) | Type::MixedList(items) => items.iter().any(shows_address),
        Type::List(el) => shows_address(el),
        t => shows_address(t),
    };
    match held {
        true => Err(err(
            inf,
            span,
            "printing a buffer or memoryview is not supported by rumba (CPython prints its address)",
        )),
        false => Ok(()),
    }
}
