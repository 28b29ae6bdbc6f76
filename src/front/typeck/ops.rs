//! Operators: numpy 2's numeric promotion (Python scalars are weak),
//! arithmetic, comparison and unary operators on every type that has them,
//! truth values, implicit conversions, and constant folding.

use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Const, Res};
use crate::program::Program;
use std::rc::Rc;
use vm::dtype::DType;
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

/// Whether a value of type `from` converts implicitly to `to` (declared
/// locals, stores into arrays and fields, C arguments).
pub fn convertible(from: &Type, to: &Type) -> bool {
    if from == to || *from == Type::Unknown {
        return true;
    }
    match (from, to) {
        (f, t) if f.is_number() && t.is_number() => true,
        (Type::Enum(en), t) if en.int => convertible(&en.value, t),
        (f, t) if (f.is_number() || f.is_complex()) && t.is_complex() => true,
        (Type::Ptr(_) | Type::CData(_), Type::Ptr(_)) => true,
        (Type::Int(_), Type::Ptr(_)) => false,
        // A C or Fortran array is also one of any layout, not the reverse.
        (Type::Array(a), Type::Array(b)) => {
            a.dtype == b.dtype
                && a.ndim == b.ndim
                && (b.layout == Layout::A || a.layout == b.layout)
        }
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| convertible(x, y))
        }
        (Type::Named(a), Type::Named(b)) => {
            a.name == b.name && a.fields == b.fields && convertible(&from.unnamed(), &to.unnamed())
        }
        (Type::Record(a) | Type::CData(a), Type::Record(b) | Type::CData(b)) => a == b,
        // Checked when it runs, as Numba casts an optional.
        (Type::OptObj(a), Type::Obj(b)) => a == b,
        _ => super::class::unify(from, to).as_ref() == Some(to),
    }
}

pub fn check_convertible(inf: &mut Infer, from: &Type, to: &Type, span: Span) -> IResult<()> {
    if convertible(from, to) {
        Ok(())
    } else {
        Err(inf.err(
            "TypeError",
            span,
            format!("cannot convert {} to {}", inf.tyname(from), inf.tyname(to)),
        ))
    }
}

/// Types usable as a condition.
pub fn truth_type(inf: &mut Infer, t: &Type, span: Span) -> IResult<()> {
    match t {
        t if t.is_number() => Ok(()),
        Type::C128
        | Type::NpC128
        | Type::Str
        | Type::List(_)
        | Type::TypedList(_)
        | Type::Ptr(_)
        | Type::CData(_)
        | Type::None
        | Type::Unknown => Ok(()),
        Type::Tuple(_)
        | Type::Named(_)
        | Type::MixedList(_)
        | Type::Const(..)
        | Type::TypeObj(_)
        | Type::NpClass(_) => Ok(()),
        Type::Array(_) => Err(inf.err(
            "ValueError",
            span,
            "the truth value of an array is ambiguous; use a.any() or a.all()",
        )),
        // An instance is true; None is false (Numba's optional too).
        Type::Obj(c) | Type::OptObj(c) => match ["__bool__", "__len__"]
            .into_iter()
            .find(|m| super::class::method(inf, c.id, m).is_some())
        {
            Some(m) => Err(inf.err(
                "TypeError",
                span,
                format!("rumba does not call {m} for a condition: call it (`x.{m}()`)"),
            )),
            None => Ok(()),
        },
        // Numba has no truth for an optional number; CPython's is false
        // for None.
        Type::Opt(_) if !inf.jitted() => Ok(()),
        _ => Err(inf.err(
            "TypeError",
            span,
            format!("{} cannot be used as a condition", inf.tyname(t)),
        )),
    }
}

/// numpy 2's promotion of two numeric scalar types: Python scalars are weak
/// (they take the other operand's type), numpy scalars promote by kind and
/// width.
pub fn promote(a: &Type, b: &Type) -> Type {
    let (ap, bp) = (a.is_py_scalar(), b.is_py_scalar());
    if ap && bp {
        return if a.is_float() || b.is_float() {
            Type::F64
        } else {
            PYINT
        };
    }
    if ap || bp {
        let (weak, strong) = if ap { (a, b) } else { (b, a) };
        return match strong {
            Type::NpBool if weak.is_bool() => Type::NpBool,
            Type::NpBool if weak.is_float() => Type::NpF64,
            Type::NpBool => Type::Int(IntTy::I64),
            Type::Int(_) if weak.is_float() => Type::NpF64,
            _ => strong.clone(),
        };
    }
    match (a, b) {
        (Type::NpBool, Type::NpBool) => Type::NpBool,
        (Type::NpBool, t) | (t, Type::NpBool) => t.clone(),
        (Type::Int(x), Type::Int(y)) => {
            // Mixed signedness needs a wider signed type; past 64 bits numpy
            // goes to float64.
            let unsigned = if x.signed { y } else { x };
            if x.signed != y.signed && unsigned.bits == 64 {
                Type::NpF64
            } else {
                Type::Int(IntTy {
                    py: false,
                    ..promote_ints(*x, *y)
                })
            }
        }
        (Type::Int(i), Type::F32) | (Type::F32, Type::Int(i)) => {
            if i.bits <= 16 {
                Type::F32
            } else {
                Type::NpF64
            }
        }
        (Type::F32, Type::F32) => Type::F32,
        _ => Type::NpF64,
    }
}

/// Numba's integer typing, for jitted code: arithmetic on integers
/// narrower than 64 bits computes in 64 bits (unsigned only when both
/// operands are), where numpy keeps the narrower width and wraps
/// (`int8(127) + int8(127)` is 254 under Numba, -2 under numpy). At full
/// width, and where numpy goes to float64, the two agree: `None`.
pub fn numba_int_arith(op: BinOp, a: &Type, b: &Type) -> Option<Type> {
    let (Type::Int(x), Type::Int(y)) = (a, b) else {
        return None;
    };
    let integral = matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::LShift
            | BinOp::RShift
    );
    let wide_unsigned = |i: &IntTy| !i.signed && i.bits == 64;
    if !integral
        || (x.bits == 64 && y.bits == 64)
        || wide_unsigned(x) != wide_unsigned(y) && (x.signed || y.signed)
    {
        return None;
    }
    Some(Type::Int(if x.signed || y.signed {
        IntTy::I64
    } else {
        IntTy::U64
    }))
}

/// Result type of an arithmetic operator on two scalars, by Numba's rules
/// in jitted code and numpy 2's elsewhere.
pub fn scalar_binop_type(op: BinOp, a: &Type, b: &Type, jitted: bool) -> Option<Type> {
    if jitted {
        if let Some(t) = numba_int_arith(op, a, b) {
            return Some(t);
        }
        if a.is_number() && b.is_number() {
            if let Some(t) = numba_scalar_arith(op, a, b) {
                return Some(t);
            }
        }
    }
    arith_type(op, a, b)
}

/// Numba's scalar typing where it differs from numpy 2's: Python scalars
/// are int64/float64 and strong (`float32 * 1.5` is float64), and booleans
/// add as Python's do (`True + True == 2`).
fn numba_scalar_arith(op: BinOp, a: &Type, b: &Type) -> Option<Type> {
    let strong = |t: &Type| match t.dtype() {
        Some(d) if t.is_py_scalar() => Type::of_dtype(d),
        _ => t.clone(),
    };
    let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
    if a.is_bool() && b.is_bool() && !bitwise {
        return arith_type(op, &Type::Bool, &Type::Bool);
    }
    if *a == Type::F32 || *b == Type::F32 {
        return arith_type(op, &strong(a), &strong(b));
    }
    None
}

/// Result type of an arithmetic operator on two numeric scalars.
pub fn arith_type(op: BinOp, a: &Type, b: &Type) -> Option<Type> {
    // A complex operand makes the other complex; floor division, modulo
    // and bitwise operators refuse complex numbers, as in Python.
    if (a.is_complex() && (b.is_number() || b.is_complex())) || (b.is_complex() && a.is_number()) {
        // A numpy operand makes a numpy complex128 (float32 with a Python
        // complex gives numpy's complex64, which rumba does not have).
        let np = |t: &Type| !t.is_py_scalar();
        if (*a == Type::F32 && *b == Type::C128) || (*b == Type::F32 && *a == Type::C128) {
            return None;
        }
        let t = if np(a) || np(b) {
            Type::NpC128
        } else {
            Type::C128
        };
        return matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
        )
        .then_some(t);
    }
    if !a.is_number() || !b.is_number() {
        return None;
    }
    let p = promote(a, b);
    Some(match op {
        BinOp::Div => {
            if p.is_float() {
                p
            } else if a.is_py_scalar() && b.is_py_scalar() {
                Type::F64
            } else {
                Type::NpF64
            }
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            if p.is_float() {
                return None;
            }
            if a.is_bool() && b.is_bool() {
                if a.is_py_scalar() && b.is_py_scalar() {
                    Type::Bool
                } else {
                    Type::NpBool
                }
            } else {
                bool_to_int(p)
            }
        }
        BinOp::LShift | BinOp::RShift => {
            if p.is_float() {
                return None;
            }
            bool_to_int(p)
        }
        BinOp::MatMul => return None,
        // numpy's booleans add and multiply logically and refuse `-`.
        BinOp::Add | BinOp::Mul if p == Type::NpBool => p,
        BinOp::Sub if p == Type::NpBool => return None,
        _ => bool_to_int(p),
    })
}

/// Arithmetic on bools gives ints (`True + True == 2`).
fn bool_to_int(t: Type) -> Type {
    match t {
        Type::Bool => PYINT,
        Type::NpBool => Type::Int(IntTy::I64),
        t => t,
    }
}

pub fn binop_type(
    inf: &mut Infer,
    op: BinOp,
    lt: &Type,
    rt: &Type,
    left: &Expr,
    right: &Expr,
    span: Span,
) -> IResult<Type> {
    if *lt == Type::Unknown || *rt == Type::Unknown {
        return Ok(Type::Unknown);
    }
    // An IntEnum member computes as its int, but `%` formats it as itself.
    let formats = op == BinOp::Mod && *lt == Type::Str;
    let rt = &if formats {
        rt.clone()
    } else {
        super::lib::enums::arith(rt)
    };
    let lt = &super::lib::enums::arith(lt);
    // Python's int to a negative power is a float (`2 ** -1 == 0.5`).
    let py_int = |t: &Type| matches!(t, Type::Int(IntTy { py: true, .. }));
    if op == BinOp::Pow && !inf.jitted() && py_int(lt) && py_int(rt) {
        if let Some(Const::Int(n)) = inf.const_of(right) {
            if *n < 0 {
                return Ok(Type::F64);
            }
        }
    }
    if let Some(t) = scalar_binop_type(op, lt, rt, inf.jitted()) {
        return Ok(t);
    }
    let bad = |inf: &Infer| {
        inf.err(
            "TypeError",
            span,
            format!(
                "unsupported operand type(s) for {}: {} and {}",
                op.symbol(),
                inf.tyname(lt),
                inf.tyname(rt)
            ),
        )
    };
    match (op, lt, rt) {
        (BinOp::Mul, Type::Const(ConstKind::CType, _), Type::Int(_)) => {
            let t = super::ffi::array_type(inf, lt, right)?;
            inf.res(left, Res::Const);
            Ok(t)
        }
        (BinOp::Add, Type::Str, Type::Str) => Ok(Type::Str),
        (BinOp::Mul, Type::Str, Type::Int(_)) | (BinOp::Mul, Type::Int(_), Type::Str) => {
            Ok(Type::Str)
        }
        (BinOp::Mod, Type::Str, _) => {
            let args = match rt {
                Type::Tuple(items) => items.to_vec(),
                t => vec![t.clone()],
            };
            super::fmt::check_percent(inf, left, &args, span)?;
            Ok(Type::Str)
        }
        (BinOp::Add, Type::List(a), Type::List(b)) if a == b => Ok(lt.clone()),
        (_, Type::Set(_), Type::Set(_)) => {
            super::dict::binop_type(op, lt, rt).ok_or_else(|| bad(inf))
        }
        (_, Type::Dict(_), Type::Dict(_))
            if super::lib::collections::counter_op(op, lt, rt).is_some() =>
        {
            Ok(lt.clone())
        }
        (BinOp::Mul, Type::List(_), Type::Int(_)) => Ok(lt.clone()),
        (BinOp::Mul, Type::Int(_), Type::List(_)) => Ok(rt.clone()),
        (BinOp::Add, Type::Tuple(a), Type::Tuple(b)) => {
            Ok(Type::tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        (BinOp::Mul, Type::Tuple(_), Type::Int(_)) if super::expr::jitted(inf) => Err(inf.err(
            "TypeError",
            right.span,
            "Numba does not support repeating a tuple (tuple * int) in jitted code",
        )),
        (BinOp::Mul, Type::Tuple(a), Type::Int(_)) => match inf.const_of(right) {
            Some(Const::Int(n)) => {
                // Tuples live in registers and slots, value by value.
                let len = usize::try_from((*n).max(0))
                    .ok()
                    .and_then(|n| a.len().checked_mul(n))
                    .filter(|&len| len <= MAX_TUPLE)
                    .ok_or_else(|| {
                        inf.err(
                            "MemoryError",
                            right.span,
                            format!("rumba's tuples hold at most {MAX_TUPLE} values"),
                        )
                    })?;
                Ok(Type::tuple(a.iter().cycle().take(len).cloned().collect()))
            }
            _ => Err(inf.err(
                "TypeError",
                right.span,
                "a tuple can only be repeated a constant number of times",
            )),
        },
        (BinOp::Add | BinOp::Sub, Type::Ptr(_) | Type::CData(_), Type::Int(_)) => {
            Ok(decay(inf.prog, lt))
        }
        (BinOp::Add, Type::Int(_), Type::Ptr(_) | Type::CData(_)) => Ok(decay(inf.prog, rt)),
        (BinOp::Sub, Type::Ptr(_) | Type::CData(_), Type::Ptr(_) | Type::CData(_))
            if decay(inf.prog, lt) == decay(inf.prog, rt) =>
        {
            Ok(PYINT)
        }
        (BinOp::MatMul, Type::Array(x), Type::Array(y))
            if x.dtype != DType::C128 && y.dtype != DType::C128 =>
        {
            let dt = promote(&Type::of_dtype(x.dtype), &Type::of_dtype(y.dtype))
                .dtype()
                .ok_or_else(|| bad(inf))?;
            match (x.ndim, y.ndim) {
                (1, 1) => Ok(Type::of_dtype(dt)),
                (2, 1) | (1, 2) => Ok(Type::array(dt, 1, Layout::C)),
                (2, 2) => Ok(Type::array(dt, 2, Layout::C)),
                _ => Err(bad(inf)),
            }
        }
        (_, Type::Array(_), _) | (_, _, Type::Array(_)) => {
            npy_binop_type(inf, op, lt, rt, span).ok_or_else(|| bad(inf))
        }
        _ => Err(bad(inf)),
    }
}

/// The most values a tuple built by repetition may have.
const MAX_TUPLE: usize = 1 << 20;

/// numpy's name for the ufunc behind an operator.
pub fn ufunc_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::FloorDiv => "floor_divide",
        BinOp::Mod => "remainder",
        BinOp::Pow => "power",
        BinOp::MatMul => "matmul",
        BinOp::LShift => "left_shift",
        BinOp::RShift => "right_shift",
        BinOp::BitAnd => "bitwise_and",
        BinOp::BitOr => "bitwise_or",
        BinOp::BitXor => "bitwise_xor",
    }
}

/// C data used as a pointer: arrays decay to their first element.
pub fn decay(prog: &Program, t: &Type) -> Type {
    match t {
        Type::CData(id) => Type::Ptr(prog.c_elem(*id).0),
        t => t.clone(),
    }
}

/// Elementwise arithmetic with at least one array operand.
fn npy_binop_type(inf: &mut Infer, op: BinOp, lt: &Type, rt: &Type, span: Span) -> Option<Type> {
    let elem = |t: &Type| match t {
        Type::Array(a) => Some((Type::of_dtype(a.dtype), a.ndim)),
        t if t.is_number() || t.is_complex() => Some((t.clone(), 0)),
        _ => None,
    };
    let (le, ln) = elem(lt)?;
    let (re, rn) = elem(rt)?;
    let et = if inf.jitted() {
        Type::of_dtype(numba_loop_dtype(op, le.dtype()?, re.dtype()?)?)
    } else {
        arith_type(op, &le, &re)?
    };
    // numpy's complex power has its own algorithm, not built.
    if et.is_complex() && op == BinOp::Pow {
        return None;
    }
    let dt = et.dtype()?;
    let _ = span;
    Some(Type::array(
        dt,
        ln.max(rn),
        super::numpy::ew_layout(&[lt, rt]),
    ))
}

/// The result dtype of an operator on arrays in jitted code, as Numba's
/// `ufunc_find_matching_loop` picks it: the first of numpy's loops for the
/// ufunc that both operands cast to safely, where any integer casts to a
/// float when the other operand is a float, and a Python scalar counts as
/// int64/float64. So int32 + float32 arrays give float32 and an int16
/// array + 1 gives int64, where numpy 2 gives float64 and int16.
fn numba_loop_dtype(op: BinOp, a: DType, b: DType) -> Option<DType> {
    use DType::*;
    const INTS: [DType; 8] = [I8, U8, I16, U16, I32, U32, I64, U64];
    const FLOATS: [DType; 3] = [F32, F64, C128];
    let kind = |d: DType| match d {
        Bool => Some(0),
        F32 | F64 | C128 => Some(2),
        Record(_) => None,
        _ => Some(1),
    };
    let (ka, kb) = (kind(a)?, kind(b)?);
    let mixed = (ka == 1 && kb == 2) || (ka == 2 && kb == 1);
    let ints = INTS.iter();
    let loops: Vec<DType> = match op {
        BinOp::Add | BinOp::Mul => [Bool].iter().chain(ints).chain(&FLOATS).copied().collect(),
        BinOp::Sub | BinOp::Pow => ints.chain(&FLOATS).copied().collect(),
        BinOp::Div => FLOATS.to_vec(),
        BinOp::FloorDiv | BinOp::Mod => ints.chain(&FLOATS[..2]).copied().collect(),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            [Bool].iter().chain(ints).copied().collect()
        }
        BinOp::LShift | BinOp::RShift => INTS.to_vec(),
        BinOp::MatMul => return None,
    };
    loops
        .into_iter()
        .find(|&t| safe_cast(a, t, mixed) && safe_cast(b, t, mixed))
}

/// numpy's `can_cast(from, to, 'safe')` on scalar dtypes; `int_to_float`
/// lets every integer cast to a float (Numba's rule for mixed operands).
fn safe_cast(from: DType, to: DType, int_to_float: bool) -> bool {
    use DType::*;
    let bits = |d: DType| d.scalar_size().unwrap_or(0) * 8;
    match (from, to) {
        (Bool, _) => true,
        (_, Bool) => false,
        (f, t) if f.is_int() && t.is_int() => match (f.is_signed(), t.is_signed()) {
            (true, false) => false,
            (false, true) => bits(t) > bits(f),
            _ => bits(t) >= bits(f),
        },
        (f, F32) if f.is_int() => int_to_float || bits(f) <= 16,
        (f, F64 | C128) if f.is_int() => true,
        (F32, F32 | F64 | C128) | (F64, F64 | C128) | (C128, C128) => true,
        _ => false,
    }
}

/// Folds constant arithmetic, so `1 << 3` or `-1` can size arrays and
/// serve as default arguments.
pub fn fold_binop(inf: &mut Infer, e: &Expr, op: BinOp, left: &Expr, right: &Expr) {
    let (Some(a), Some(b)) = (inf.const_of(left).cloned(), inf.const_of(right).cloned()) else {
        return;
    };
    let v = match (a, b) {
        (Const::Int(x), Const::Int(y)) => {
            let (x, y) = (x as i64, y as i64);
            match op {
                BinOp::Add => x.checked_add(y).map(Const::Int_),
                BinOp::Sub => x.checked_sub(y).map(Const::Int_),
                BinOp::Mul => x.checked_mul(y).map(Const::Int_),
                BinOp::FloorDiv => vm::interp::floordiv(x, y).map(Const::Int_),
                BinOp::Mod => vm::interp::floormod(x, y).map(Const::Int_),
                BinOp::LShift if (0..63).contains(&y) => x.checked_shl(y as u32).map(Const::Int_),
                BinOp::RShift if (0..64).contains(&y) => Some(Const::Int_(x >> y)),
                BinOp::BitAnd => Some(Const::Int_(x & y)),
                BinOp::BitOr => Some(Const::Int_(x | y)),
                BinOp::BitXor => Some(Const::Int_(x ^ y)),
                BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32).map(Const::Int_),
                _ => None,
            }
        }
        (Const::Str(x), Const::Str(y)) if op == BinOp::Add => {
            Some(Const::Str(Rc::from(format!("{x}{y}"))))
        }
        _ => None,
    };
    if let Some(v) = v {
        inf.konst(e, v);
    }
}

impl Const {
    #[allow(non_snake_case)]
    fn Int_(v: i64) -> Const {
        Const::Int(v as i128)
    }
}

pub fn unary_type(
    inf: &mut Infer,
    e: &Expr,
    op: UnaryOp,
    operand: &Expr,
    t: &Type,
) -> IResult<Type> {
    if *t == Type::Unknown {
        return Ok(Type::Unknown);
    }
    if let (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, Type::Enum(en)) = (op, t) {
        if en.int {
            return unary_type(inf, e, op, operand, &en.value.clone());
        }
    }
    let c = inf.const_of(operand).cloned();
    let r = match (op, t) {
        (UnaryOp::Not, t) => {
            truth_type(inf, t, operand.span)?;
            match c {
                Some(Const::Bool(b)) => inf.konst(e, Const::Bool(!b)),
                // An earlier round of a loop may have folded it.
                _ => {
                    inf.out.consts.remove(&e.id);
                }
            }
            if *t == Type::NpBool {
                Type::NpBool
            } else {
                Type::Bool
            }
        }
        (UnaryOp::Neg | UnaryOp::Pos, t) if t.is_complex() => t.clone(),
        (UnaryOp::Neg | UnaryOp::Pos, t) if t.is_number() => {
            match (op, c) {
                (UnaryOp::Neg, Some(Const::Int(v))) => inf.konst(e, Const::Int(-v)),
                (UnaryOp::Neg, Some(Const::Float(v))) => inf.konst(e, Const::Float(-v)),
                (UnaryOp::Pos, Some(v)) => inf.konst(e, v),
                _ => {}
            }
            bool_to_int(t.clone())
        }
        (UnaryOp::Invert, Type::Int(_)) => {
            if let Some(Const::Int(v)) = c {
                inf.konst(e, Const::Int(!(v as i64) as i128));
            }
            t.clone()
        }
        (UnaryOp::Invert, Type::Bool) => PYINT,
        (UnaryOp::Neg | UnaryOp::Invert, Type::Array(a))
            if !matches!(a.dtype, DType::Text { .. })
                && (op == UnaryOp::Neg || !(a.dtype.is_float() || a.dtype == DType::C128)) =>
        {
            Type::array(a.dtype, a.ndim, super::numpy::ew_layout(&[t]))
        }
        _ => {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "bad operand type for unary {}: {}",
                    unary_symbol(op),
                    inf.tyname(t)
                ),
            ))
        }
    };
    Ok(r)
}

fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Not => "not",
        UnaryOp::Invert => "~",
    }
}

/// Whether two types can be compared with `op`.
pub fn comparable(op: CmpOp, a: &Type, b: &Type) -> bool {
    if let Some(ok) = super::dict::comparable(op, a, b) {
        return ok;
    }
    match op {
        CmpOp::Is | CmpOp::IsNot => true,
        CmpOp::In | CmpOp::NotIn => match b {
            Type::List(e) | Type::TypedList(e) | Type::VarTuple(e) => comparable(CmpOp::Eq, a, e),
            Type::Tuple(items) | Type::MixedList(items) => {
                items.iter().all(|e| comparable(CmpOp::Eq, a, e))
            }
            Type::Str => *a == Type::Str,
            Type::Range => a.is_int() || a.is_bool(),
            _ => false,
        },
        CmpOp::Eq | CmpOp::Ne => match (a, b) {
            _ if never_equal(a, b) => true,
            (Type::List(x), Type::List(y)) | (Type::TypedList(x), Type::TypedList(y)) => {
                (x == y && list_comparable(x)) || int64_elems(x, y)
            }
            (x, y) if x.is_number() && y.is_number() => true,
            (c, t) | (t, c) if c.is_complex() && (t.is_number() || t.is_complex()) => true,
            (Type::Str, Type::Str) | (Type::Bytes, Type::Bytes) | (Type::None, Type::None) => true,
            (Type::Ptr(_) | Type::CData(_), Type::Ptr(_) | Type::CData(_)) => true,
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| comparable(op, p, q))
            }
            (Type::None, _) | (_, Type::None) => true,
            _ => a.slots() == 0 && b.slots() == 0,
        },
        _ => match (a, b) {
            (x, y) if x.is_number() && y.is_number() => true,
            (Type::Str, Type::Str) => true,
            (Type::List(x), Type::List(y)) | (Type::TypedList(x), Type::TypedList(y)) => {
                (x == y && list_comparable(x)) || int64_elems(x, y)
            }
            (Type::Ptr(_), Type::Ptr(_)) => true,
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.iter().zip(y.iter()).all(|(p, q)| comparable(op, p, q))
            }
            _ => false,
        },
    }
}

/// Whether two lists' elements are integers of different types whose
/// values all fit in int64, as which they compare (a list of int32 equals
/// a list of int64 holding the same values, as in Python).
pub fn int64_elems(x: &Type, y: &Type) -> bool {
    let fits = |t: &Type| matches!(t, Type::Int(i) if i.signed || i.bits < 64);
    fits(x) && fits(y)
}

/// Whether lists of `el` compare element by element in rumba: numbers
/// (not complex), strings and tuples of them.
fn list_comparable(el: &Type) -> bool {
    match el {
        Type::Tuple(items) => items.iter().all(list_comparable),
        Type::Str => true,
        t => t.is_number() && *t != Type::C128,
    }
}

/// Whether values of these types are never equal in Python, whatever
/// they hold: a number and a string, tuples of different lengths... (`==`
/// is then False, as CPython's default comparison gives.)
pub fn never_equal(a: &Type, b: &Type) -> bool {
    fn kind(t: &Type) -> u8 {
        match t {
            _ if t.is_number() || t.is_complex() => 1,
            Type::Str => 2,
            Type::Bytes => 3,
            Type::None => 4,
            Type::Tuple(_) => 5,
            _ => 0,
        }
    }
    match (a, b) {
        (Type::Tuple(x), Type::Tuple(y)) => {
            x.len() != y.len() || x.iter().zip(y.iter()).any(|(p, q)| never_equal(p, q))
        }
        _ => kind(a) != 0 && kind(b) != 0 && kind(a) != kind(b),
    }
}

pub fn compare_type(
    inf: &mut Infer,
    e: &Expr,
    left: &Expr,
    ops: &[(CmpOp, Expr)],
) -> IResult<Type> {
    if let [(op, right)] = ops {
        if let Some(t) = super::class::compare(inf, e, left, *op, right)? {
            return Ok(t);
        }
        if let Some(t) = super::lib::enums::compare(inf, e, left, *op, right)? {
            return Ok(t);
        }
    }
    let mut lt = inf.expr(left)?;
    let mut lhs = left;
    let mut np = false;
    let mut folded: Option<bool> = Some(true);
    for (op, right) in ops {
        let rt = inf.expr(right)?;
        if lt == Type::Unknown || rt == Type::Unknown {
            return Ok(Type::Unknown);
        }
        let identity = matches!(op, CmpOp::Is | CmpOp::IsNot);
        if let ((Type::Array(_), _) | (_, Type::Array(_)), false) = ((&lt, &rt), identity) {
            let text = super::records::is_text_array;
            if text(&lt) || text(&rt) {
                return super::records::text_compare(inf, e, *op, ops.len(), &lt, &rt);
            }
            let cx = super::npcomplex::is_complex;
            if (cx(&lt) || cx(&rt)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "'{}' of complex arrays is not supported by rumba",
                        op.symbol()
                    ),
                ));
            }
            if ops.len() == 1 {
                let (ln, rn) = (array_ndim(&lt), array_ndim(&rt));
                let layout = super::numpy::ew_layout(&[&lt, &rt]);
                return Ok(Type::array(DType::Bool, ln.max(rn), layout));
            }
        }
        if !comparable(*op, &lt, &rt) {
            return Err(inf.err(
                "TypeError",
                e.span,
                format!(
                    "'{}' not supported between {} and {}",
                    op.symbol(),
                    inf.tyname(&lt),
                    inf.tyname(&rt)
                ),
            ));
        }
        np |= (lt.is_number() && !lt.is_py_scalar()) || (rt.is_number() && !rt.is_py_scalar());
        let this = fold_compare(inf, *op, lhs, right, &lt, &rt);
        folded = match (folded, this) {
            (Some(a), Some(b)) => Some(a && b),
            _ => None,
        };
        lt = rt;
        lhs = right;
    }
    match folded {
        Some(v) => inf.konst(e, Const::Bool(v)),
        // An earlier round of a loop may have folded it (`x is None` while
        // `x` could only be None).
        None => {
            inf.out.consts.remove(&e.id);
        }
    }
    Ok(if np { Type::NpBool } else { Type::Bool })
}

fn array_ndim(t: &Type) -> u8 {
    match t {
        Type::Array(a) => a.ndim,
        _ => 0,
    }
}

/// Compile-time comparisons: constants, and `is None` on known types.
fn fold_compare(inf: &Infer, op: CmpOp, l: &Expr, r: &Expr, lt: &Type, rt: &Type) -> Option<bool> {
    // A numpy class equals the dtype of its scalars (`a.dtype == np.float64`).
    if let (
        CmpOp::Eq | CmpOp::Ne,
        Type::NpClass(x) | Type::TypeObj(x),
        Type::NpClass(y) | Type::TypeObj(y),
    ) = (op, lt, rt)
    {
        return Some((x == y) == (op == CmpOp::Eq));
    }
    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
        let same = match (lt, rt) {
            (Type::Opt(_), _) | (_, Type::Opt(_)) => return None,
            (Type::None, Type::None) => true,
            (Type::None, _) | (_, Type::None) => false,
            (a, b) if a.slots() == 0 && b.slots() == 0 => a == b,
            _ => return None,
        };
        return Some(same == (op == CmpOp::Is));
    }
    let (a, b) = (inf.const_of(l)?, inf.const_of(r)?);
    let ord = match (a, b) {
        (Const::Int(x), Const::Int(y)) => x.partial_cmp(y),
        (Const::Str(x), Const::Str(y)) => x.partial_cmp(y),
        (Const::Bool(x), Const::Bool(y)) => x.partial_cmp(y),
        (Const::Float(x), Const::Float(y)) => x.partial_cmp(y),
        _ => None,
    }?;
    use std::cmp::Ordering::*;
    Some(match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::Ge => ord != Less,
        _ => return None,
    })
}

/// numpy's promotion of two integer types.
pub fn promote_ints(x: IntTy, y: IntTy) -> IntTy {
    if x.signed == y.signed {
        IntTy {
            bits: x.bits.max(y.bits),
            signed: x.signed,
            py: x.py && y.py,
        }
    } else {
        let (s, u) = if x.signed { (x, y) } else { (y, x) };
        if u.bits < s.bits {
            s
        } else {
            IntTy {
                bits: (u.bits * 2).min(64),
                signed: true,
                py: false,
            }
        }
    }
}
