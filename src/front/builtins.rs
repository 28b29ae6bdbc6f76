//! Typing rules: operators with numpy's promotion, and the built-in names,
//! modules, functions and methods. Each rule returns the result type and
//! records in the `Typed` tables how lowering should compute it.

use super::ast::*;
use super::infer::{Arg, ArrayAttr, Call, CallKind, Const, IResult, Infer, Intrinsic, Res};
use crate::program::{FuncInfo, FuncOpts, Program};
use std::rc::Rc;
use vm::bytecode::{MathFn, MathFn2};
use vm::dtype::DType;
use vm::ffi::ctype::CTypeId;
use vm::lib_base as base;
use vm::native::{AuxFn, Native, NativeFn};
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

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

/// A built-in function value, interned by qualified name.
pub fn builtin(prog: &mut Program, name: &str) -> Type {
    Type::Const(ConstKind::Builtin, prog.intern_builtin(name))
}

// ------------------------------------------------------------------ names

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
        super::infer::ImportError::NotFound => inf.err(
            "ModuleNotFoundError",
            span,
            format!("No module named '{name}'"),
        ),
        super::infer::ImportError::Failed(d) => d,
    })?;
    Ok((
        asname.unwrap_or(name).to_string(),
        Type::Const(ConstKind::Module, m),
    ))
}

/// What `from m import name` binds.
#[derive(Clone, Debug)]
pub enum ImportVal {
    /// A compile-time value (a function, a type, a module).
    Static(Type),
    /// A constant (`math.pi`).
    Const(Const, Type),
    /// A runtime global of another module, copied at import.
    Global(Vec<usize>, Type),
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

// -------------------------------------------------------- function values

/// Registers a `def`; decorators are evaluated at compile time.
pub fn define_function(inf: &mut Infer, def: &Rc<FunctionDef>) -> IResult<Type> {
    if def.params.vararg.is_some() || def.params.kwarg.is_some() {
        let span = def
            .params
            .vararg
            .as_ref()
            .or(def.params.kwarg.as_ref())
            .map_or(def.name_span, |p| p.span);
        return Err(inf.err(
            "SyntaxError",
            span,
            "*args and **kwargs parameters are not supported by rumba",
        ));
    }
    if !def.params.kwonly.is_empty() {
        return Err(inf.err(
            "SyntaxError",
            def.params.kwonly[0].span,
            "keyword-only parameters are not supported by rumba",
        ));
    }
    let mut opts = FuncOpts::default();
    for d in def.decorators.iter().rev() {
        let t = inf.expr(d)?;
        match t {
            Type::Const(ConstKind::Decorator, id) => {
                let o = inf.prog.decorators[id as usize].clone();
                merge_opts(&mut opts, o);
            }
            Type::Const(ConstKind::Builtin, id) if is_jit_decorator(inf.prog.builtin_name(id)) => {}
            // A ctypes CFUNCTYPE used as a decorator.
            Type::Const(ConstKind::CType, id) => {
                let p = inf.prog.ctype_by_index(id);
                match inf.prog.ctypes.pointee(p) {
                    Some(f) => opts.callback = Some((f, false)),
                    None => return Err(inf.err("TypeError", d.span, "only a CFUNCTYPE type can decorate a function")),
                }
            }
            _ => {
                return Err(inf.err(
                    "TypeError",
                    d.span,
                    "unsupported decorator: rumba accepts numba's jit, njit, autojit and cfunc, ffi.callback and CFUNCTYPE types",
                ))
            }
        }
    }
    let callback = opts.callback;
    let id = inf.prog.funcs.len() as u32;
    inf.prog.funcs.push(FuncInfo {
        name: def.name.clone(),
        module: inf.module,
        file: inf.file.clone(),
        def: def.clone(),
        opts,
        specs: Default::default(),
        order: Vec::new(),
    });
    compile_signatures(inf, id, def.name_span)?;
    // A callback decorator makes the name a C function pointer.
    if let Some((fty, numba)) = callback {
        let c = super::cinterop::make_callback(inf, id, fty, numba, def.name_span)?;
        return Ok(Type::Const(ConstKind::CFunc, c));
    }
    Ok(Type::Const(ConstKind::Func, id))
}

fn merge_opts(into: &mut FuncOpts, o: FuncOpts) {
    into.locals.extend(o.locals);
    into.sigs.extend(o.sigs);
    into.callback = into.callback.or(o.callback);
}

fn is_jit_decorator(name: &str) -> bool {
    matches!(
        name,
        "numba.jit" | "numba.njit" | "numba.autojit" | "numba.generated_jit"
    )
}

/// Explicit signatures compile at once, as in Numba.
fn compile_signatures(inf: &mut Infer, f: u32, span: Span) -> IResult<()> {
    let sigs = inf.prog.funcs[f as usize].opts.sigs.clone();
    let nparams = inf.prog.funcs[f as usize].def.params.positional.len();
    for (args, _) in sigs {
        if args.len() != nparams {
            return Err(inf.err(
                "TypeError",
                span,
                format!(
                    "the signature has {} argument types but the function takes {nparams}",
                    args.len()
                ),
            ));
        }
        inf.specialize(f, args, span)?;
    }
    Ok(())
}

pub fn define_class(inf: &mut Infer, def: &Rc<ClassDef>) -> IResult<Type> {
    super::cinterop::define_structure(inf, def)
}

// ------------------------------------------------------------- conversions

/// Whether a value of type `from` converts implicitly to `to` (declared
/// locals, stores into arrays and fields, C arguments).
pub fn convertible(from: &Type, to: &Type) -> bool {
    if from == to || *from == Type::Unknown {
        return true;
    }
    match (from, to) {
        (f, t) if f.is_number() && t.is_number() => true,
        (f, Type::C128) if f.is_number() => true,
        (Type::Ptr(_) | Type::CData(_), Type::Ptr(_)) => true,
        (Type::Int(_), Type::Ptr(_)) => false,
        (Type::Array(a), Type::Array(b)) => a.dtype == b.dtype && a.ndim == b.ndim,
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| convertible(x, y))
        }
        (Type::Record(a) | Type::CData(a), Type::Record(b) | Type::CData(b)) => a == b,
        _ => false,
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
        | Type::Str
        | Type::List(_)
        | Type::Ptr(_)
        | Type::CData(_)
        | Type::None
        | Type::Unknown => Ok(()),
        Type::Tuple(_) | Type::Const(..) | Type::TypeObj(_) => Ok(()),
        Type::Array(_) => Err(inf.err(
            "ValueError",
            span,
            "the truth value of an array is ambiguous; use a.any() or a.all()",
        )),
        _ => Err(inf.err(
            "TypeError",
            span,
            format!("{} cannot be used as a condition", inf.tyname(t)),
        )),
    }
}

// --------------------------------------------------------------- operators

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
                    ..super::infer::promote_ints(*x, *y)
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

/// Result type of an arithmetic operator on two numeric scalars.
pub fn arith_type(op: BinOp, a: &Type, b: &Type) -> Option<Type> {
    // A complex operand makes the other complex; floor division, modulo
    // and bitwise operators refuse complex numbers, as in Python.
    if (*a == Type::C128 && (b.is_number() || *b == Type::C128))
        || (*b == Type::C128 && a.is_number())
    {
        return matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
        )
        .then_some(Type::C128);
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
    if let Some(t) = arith_type(op, lt, rt) {
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
            let t = super::cinterop::array_type(inf, lt, right)?;
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
        (BinOp::Mul, Type::List(_), Type::Int(_)) => Ok(lt.clone()),
        (BinOp::Mul, Type::Int(_), Type::List(_)) => Ok(rt.clone()),
        (BinOp::Add, Type::Tuple(a), Type::Tuple(b)) => {
            Ok(Type::tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
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
        (BinOp::MatMul, Type::Array(x), Type::Array(y)) => {
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
        t if t.is_number() => Some((t.clone(), 0)),
        _ => None,
    };
    let (le, ln) = elem(lt)?;
    let (re, rn) = elem(rt)?;
    let et = arith_type(op, &le, &re)?;
    let dt = et.dtype()?;
    let _ = (inf, span);
    Some(Type::array(dt, ln.max(rn), Layout::C))
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
    let c = inf.const_of(operand).cloned();
    let r = match (op, t) {
        (UnaryOp::Not, t) => {
            truth_type(inf, t, operand.span)?;
            if let Some(Const::Bool(b)) = c {
                inf.konst(e, Const::Bool(!b));
            }
            if *t == Type::NpBool {
                Type::NpBool
            } else {
                Type::Bool
            }
        }
        (UnaryOp::Neg | UnaryOp::Pos, Type::C128) => Type::C128,
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
            if op == UnaryOp::Neg || !a.dtype.is_float() =>
        {
            t.clone()
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
    match op {
        CmpOp::Is | CmpOp::IsNot => true,
        CmpOp::In | CmpOp::NotIn => match b {
            Type::List(e) => comparable(CmpOp::Eq, a, e),
            Type::Tuple(items) => items.iter().all(|e| comparable(CmpOp::Eq, a, e)),
            Type::Str => *a == Type::Str,
            Type::Range => a.is_int() || a.is_bool(),
            _ => false,
        },
        CmpOp::Eq | CmpOp::Ne => match (a, b) {
            (x, y) if x.is_number() && y.is_number() => true,
            (Type::C128, t) | (t, Type::C128) if t.is_number() || *t == Type::C128 => true,
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
            (Type::Ptr(_), Type::Ptr(_)) => true,
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.iter().zip(y.iter()).all(|(p, q)| comparable(op, p, q))
            }
            _ => false,
        },
    }
}

pub fn compare_type(
    inf: &mut Infer,
    e: &Expr,
    left: &Expr,
    ops: &[(CmpOp, Expr)],
) -> IResult<Type> {
    let mut lt = inf.expr(left)?;
    let mut lhs = left;
    let mut np = false;
    let mut folded: Option<bool> = Some(true);
    for (op, right) in ops {
        let rt = inf.expr(right)?;
        if lt == Type::Unknown || rt == Type::Unknown {
            return Ok(Type::Unknown);
        }
        if let (Type::Array(_), _) | (_, Type::Array(_)) = (&lt, &rt) {
            if ops.len() == 1 {
                let (ln, rn) = (array_ndim(&lt), array_ndim(&rt));
                return Ok(Type::array(DType::Bool, ln.max(rn), Layout::C));
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
    if let Some(v) = folded {
        inf.konst(e, Const::Bool(v));
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
    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
        let same = match (lt, rt) {
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

// ---------------------------------------------------------------- iteration

/// The element type of a `for` loop over `t`.
pub fn iter_elem(inf: &mut Infer, iter: &Expr, t: &Type) -> IResult<Type> {
    match t {
        Type::Range => Ok(PYINT),
        Type::Array(a) => Ok(if a.ndim == 1 {
            Type::of_dtype(a.dtype)
        } else {
            Type::array(a.dtype, a.ndim - 1, a.layout)
        }),
        Type::List(e) => Ok((**e).clone()),
        Type::CData(id)
            if matches!(
                inf.prog.ctypes.get(*id),
                vm::ffi::ctype::CType::Array { .. }
            ) =>
        {
            let (elem, _) = inf.prog.c_elem(*id);
            super::index::c_elem_type(inf, elem).ok_or_else(|| {
                let msg = format!("cannot read elements of {}", inf.tyname(t));
                inf.err("TypeError", iter.span, msg)
            })
        }
        Type::Str => Ok(Type::Str),
        Type::Tuple(items) if !items.is_empty() && items.iter().all(|i| *i == items[0]) => {
            Ok(items[0].clone())
        }
        Type::Tuple(items) if items.is_empty() => Ok(Type::None),
        Type::Unknown => Ok(Type::Unknown),
        _ => {
            if let Some(t) = super::iterate::iter_call_elem(inf, iter, t)? {
                return Ok(t);
            }
            Err(inf.err(
                "TypeError",
                iter.span,
                format!("cannot iterate over {}", inf.tyname(t)),
            ))
        }
    }
}

/// The element types of unpacking `t` into `n` targets.
pub fn unpack_types(inf: &mut Infer, t: &Type, n: usize, span: Span) -> IResult<Vec<Type>> {
    match t {
        Type::Tuple(items) if items.len() == n => Ok(items.to_vec()),
        Type::Tuple(items) => Err(inf.err(
            "ValueError",
            span,
            if items.len() > n {
                format!("too many values to unpack (expected {n})")
            } else {
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            },
        )),
        Type::Unknown => Ok(vec![Type::Unknown; n]),
        _ => Err(inf.err(
            "TypeError",
            span,
            format!("cannot unpack {} (only tuples unpack)", inf.tyname(t)),
        )),
    }
}

// ------------------------------------------------------------------- calls

/// Types the call's arguments; returns positional and keyword types.
fn arg_types(inf: &mut Infer, args: &[Expr], kws: &[Keyword]) -> IResult<(Vec<Type>, Vec<Type>)> {
    let mut pos = Vec::new();
    for a in args {
        if let ExprKind::Starred(_) = a.kind {
            return Err(inf.err(
                "SyntaxError",
                a.span,
                "'*' unpacking in calls is not supported by rumba",
            ));
        }
        // A list of (name, type) pairs describes struct fields: its pairs
        // are typed one by one, since they differ.
        if let ExprKind::List(items) = &a.kind {
            if !items.is_empty() && items.iter().all(|i| matches!(&i.kind, ExprKind::Tuple(p) if p.len() >= 2 && matches!(p[0].kind, ExprKind::Str(_)))) {
                let mut all_types = true;
                for i in items {
                    let t = inf.expr(i)?;
                    if let Type::Tuple(parts) = &t {
                        all_types &= parts[1..].iter().any(|p| matches!(p, Type::TypeObj(_) | Type::Const(..)) || *p == Type::Str);
                    }
                }
                if all_types {
                    pos.push(Type::None);
                    continue;
                }
            }
        }
        pos.push(inf.expr(a)?);
    }
    let mut kw = Vec::new();
    for k in kws {
        // `locals={...}` is read by the jit decorators themselves.
        if k.name == "locals" && matches!(k.value.kind, ExprKind::Dict(_) | ExprKind::Call { .. }) {
            kw.push(Type::None);
            continue;
        }
        kw.push(inf.expr(&k.value)?);
    }
    Ok((pos, kw))
}

/// Types the arguments of a C data constructor, where list displays are
/// initializers (as in cffi): typed as tuples, so they may mix values.
fn c_init_types(
    inf: &mut Infer,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<(Vec<Type>, Vec<Type>)> {
    fn literal(inf: &mut Infer, a: &Expr) -> IResult<Type> {
        match &a.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let ts = items
                    .iter()
                    .map(|i| literal(inf, i))
                    .collect::<IResult<Vec<_>>>()?;
                Ok(inf.set(a, Type::tuple(ts)))
            }
            _ => inf.expr(a),
        }
    }
    let pos = args
        .iter()
        .map(|a| literal(inf, a))
        .collect::<IResult<_>>()?;
    let kw = kws
        .iter()
        .map(|k| literal(inf, &k.value))
        .collect::<IResult<_>>()?;
    Ok((pos, kw))
}

/// The most values a tuple built by repetition may have.
const MAX_TUPLE: usize = 1 << 20;

/// A native call record.
pub fn native(name: &str, f: NativeFn, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    native_call(name, Native::plain(f), args, arg_types)
}

/// A native call record of `f`, which reads `aux`.
pub fn native_aux<T: 'static>(
    name: &str,
    f: AuxFn<T>,
    args: Vec<Arg>,
    arg_types: Vec<Type>,
    aux: T,
) -> Res {
    native_call(name, Native::with(f, aux), args, arg_types)
}

fn native_call(name: &str, native: Native, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    Res::Call(Call {
        kind: CallKind::Native {
            name: Rc::from(name),
            native,
        },
        recv: None,
        args,
        arg_types,
    })
}

pub fn intrinsic(i: Intrinsic, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    Res::Call(Call {
        kind: CallKind::Intrinsic(i),
        recv: None,
        args,
        arg_types,
    })
}

pub fn call(
    inf: &mut Infer,
    e: &Expr,
    func: &Expr,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Type> {
    // Methods of runtime values: `a.sum()`, `s.upper()`, `lst.append(x)`.
    if let ExprKind::Attribute {
        value,
        attr,
        attr_span,
    } = &func.kind
    {
        let rt = inf.expr(value)?;
        // A struct field holding a C function pointer is called, not a method.
        let fn_field = match &rt {
            Type::Ptr(id) | Type::CData(id) => inf
                .prog
                .ctypes
                .field(*id, attr)
                .and_then(|(_, f)| inf.prog.ctypes.pointee(f))
                .is_some_and(|f| inf.prog.ctypes.is_func(f)),
            _ => false,
        };
        if !fn_field && (rt.slots() > 0 || matches!(rt, Type::None)) {
            let (pos, kw) = arg_types(inf, args, kws)?;
            return super::methods::method_call(
                inf, e, value, &rt, attr, *attr_span, args, &pos, kws, &kw,
            );
        }
    }
    let ft = inf.expr(func)?;
    let c_init = matches!(&ft, Type::Const(ConstKind::CType, _))
        || matches!(&ft, Type::TypeObj(t) if matches!(**t, Type::Record(_)))
        || matches!(inf.prog.method_of(&ft), Some((Type::Const(ConstKind::Ffi, _), m)) if m == "new");
    let (pos, kw) = if c_init {
        c_init_types(inf, args, kws)?
    } else {
        arg_types(inf, args, kws)?
    };
    if pos.contains(&Type::Unknown) || kw.contains(&Type::Unknown) {
        return Ok(Type::Unknown);
    }
    match ft {
        Type::Const(ConstKind::Func, f) => call_script(inf, e, f, args, &pos, kws, &kw),
        Type::Const(ConstKind::Builtin, id) => {
            let name = inf.prog.builtin_name(id).to_string();
            super::calls::builtin_call(inf, e, &name, args, &pos, kws, &kw)
        }
        Type::Const(ConstKind::Decorator, id) => {
            // `jit(nopython=True)(f)`: a configured copy of `f`.
            let [Type::Const(ConstKind::Func, f)] = pos[..] else {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    "a jit decorator applies to one script function",
                ));
            };
            let opts = inf.prog.decorators[id as usize].clone();
            let mut copy = FuncInfo {
                name: inf.prog.funcs[f as usize].name.clone(),
                module: inf.prog.funcs[f as usize].module,
                file: inf.prog.funcs[f as usize].file.clone(),
                def: inf.prog.funcs[f as usize].def.clone(),
                opts: inf.prog.funcs[f as usize].opts.clone(),
                specs: Default::default(),
                order: Vec::new(),
            };
            merge_opts(&mut copy.opts, opts);
            let nid = inf.prog.funcs.len() as u32;
            inf.prog.funcs.push(copy);
            compile_signatures(inf, nid, e.span)?;
            inf.res(e, Res::Const);
            Ok(Type::Const(ConstKind::Func, nid))
        }
        Type::TypeObj(t) => super::calls::cast_call(inf, e, &t, args, &pos, kws, &kw),
        Type::Const(ConstKind::HostFn, h) => {
            let entry = inf.prog.hosts[h as usize].clone();
            if let Some(k) = kws.first() {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("{}() takes no keyword arguments", entry.name),
                ));
            }
            if pos.len() != entry.args.len() {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "{}() takes {} arguments ({} given)",
                        entry.name,
                        entry.args.len(),
                        pos.len()
                    ),
                ));
            }
            for ((a, t), want) in args.iter().zip(&pos).zip(&entry.args) {
                check_convertible(inf, t, want, a.span)?;
            }
            let ret = entry.ret.clone();
            let name = entry.name.clone();
            let argv = (0..pos.len()).map(Arg::Pos).collect();
            inf.res(
                e,
                native_aux(
                    &name,
                    crate::host::host_call,
                    argv,
                    entry.args.clone(),
                    entry,
                ),
            );
            Ok(ret)
        }
        Type::Const(..) => super::cinterop::const_call(inf, e, &ft, args, &pos, kws, &kw),
        Type::Ptr(p) if inf.prog.ctypes.is_func(p) => {
            super::cinterop::c_call_ptr(inf, e, func, p, args, &pos, kws)
        }
        Type::Unknown => Ok(Type::Unknown),
        _ => Err(inf.err(
            "TypeError",
            func.span,
            format!("{} is not callable", inf.tyname(&ft)),
        )),
    }
}

/// Matches arguments to a script function's parameters and specializes it.
pub fn call_script(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let def = inf.prog.funcs[f as usize].def.clone();
    let params = &def.params.positional;
    let name = def.name.clone();
    if args.len() > params.len() {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "{name}() takes {} positional argument{} but {} were given",
                params.len(),
                plural(params.len()),
                args.len()
            ),
        ));
    }
    let mut slots: Vec<Option<(Arg, Type)>> = vec![None; params.len()];
    for (i, t) in pos.iter().enumerate() {
        slots[i] = Some((Arg::Pos(i), t.clone()));
    }
    for (i, k) in kws.iter().enumerate() {
        let Some(p) = params.iter().position(|p| p.name == k.name) else {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{name}() got an unexpected keyword argument '{}'", k.name),
            ));
        };
        if slots[p].is_some() {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{name}() got multiple values for argument '{}'", k.name),
            ));
        }
        slots[p] = Some((Arg::Kw(i), kw[i].clone()));
    }
    let mut call_args = Vec::new();
    let mut types = Vec::new();
    let mut missing = Vec::new();
    for (p, slot) in params.iter().zip(slots) {
        match slot {
            Some((a, t)) => {
                call_args.push(a);
                types.push(t);
            }
            None => match &p.default {
                Some(d) => {
                    let (c, t) = const_default(inf, f, d)?;
                    types.push(t.clone());
                    call_args.push(Arg::Const(c, t));
                }
                None => missing.push(format!("'{}'", p.name)),
            },
        }
    }
    if !missing.is_empty() {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                plural(missing.len()),
                missing.join(" and ")
            ),
        ));
    }
    let mut types: Vec<Type> = types.into_iter().map(|t| spec_arg_type(&t)).collect();
    let sigs = inf.prog.funcs[f as usize].opts.sigs.clone();
    if !sigs.is_empty() {
        // Declared signatures: the arguments convert to the first that fits.
        match sigs.iter().find(|(a, _)| {
            a.len() == types.len() && types.iter().zip(a).all(|(t, want)| convertible(t, want))
        }) {
            Some((a, _)) => types = a.clone(),
            None => {
                let names: Vec<String> = types.iter().map(|t| inf.tyname(t)).collect();
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "No matching definition for argument type(s) {} of {name}()",
                        names.join(", ")
                    ),
                ));
            }
        }
    }
    let s = inf.specialize(f, types.clone(), e.span)?;
    let ret = inf.spec_ret(s);
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::Spec(s),
            recv: None,
            args: call_args,
            arg_types: types,
        }),
    );
    Ok(ret)
}

/// The type a specialization is keyed on: owned C data is passed as a
/// pointer.
fn spec_arg_type(t: &Type) -> Type {
    t.clone()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A default argument value: a constant expression in the function's module.
fn const_default(inf: &mut Infer, f: u32, d: &Expr) -> IResult<(Const, Type)> {
    let file = inf.prog.funcs[f as usize].file.clone();
    match eval_const(d) {
        Some(c) => {
            let t = const_type(&c);
            Ok((c, t))
        }
        None => Err(super::diag::Diag::new(
            "TypeError",
            "default argument values must be constants (numbers, strings, booleans, None or tuples of them)",
            Some(super::diag::Loc::new(&file, d.span)),
        )),
    }
}

/// Evaluates a literal expression.
pub fn eval_const(e: &Expr) -> Option<Const> {
    Some(match &e.kind {
        ExprKind::Int(v) => Const::Int(*v),
        ExprKind::Float(v) => Const::Float(*v),
        ExprKind::Str(s) => Const::Str(Rc::from(s.as_str())),
        ExprKind::Bool(b) => Const::Bool(*b),
        ExprKind::None => Const::None,
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match eval_const(operand)? {
            Const::Int(v) => Const::Int(-v),
            Const::Float(v) => Const::Float(-v),
            _ => return None,
        },
        ExprKind::Tuple(items) => {
            Const::Tuple(items.iter().map(eval_const).collect::<Option<Vec<_>>>()?)
        }
        _ => return None,
    })
}

pub fn const_type(c: &Const) -> Type {
    match c {
        Const::Int(_) => PYINT,
        Const::Float(_) => Type::F64,
        Const::Bool(_) => Type::Bool,
        Const::Str(_) => Type::Str,
        Const::None => Type::None,
        Const::Tuple(items) => Type::tuple(items.iter().map(const_type).collect()),
    }
}

// ------------------------------------------------------ attribute access

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
        Type::Const(..) | Type::TypeObj(_) => {
            super::calls::const_attr(inf, e, &vt, attr, attr_span)
        }
        Type::Unknown => Ok(Type::Unknown),
        _ => Err(inf.err(
            "AttributeError",
            attr_span,
            format!("{} has no attribute '{attr}'", inf.tyname(&vt)),
        )),
    }
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
            let slot = super::cinterop::c_slot(inf, fty, off).ok_or_else(|| {
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
        Type::Const(..) => {
            return super::cinterop::assign_const_attr(inf, target, &ot, attr, span, t)
        }
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

// --------------------------------------------------------------- subscript

pub fn subscript(inf: &mut Infer, e: &Expr, value: &Expr, index: &Expr) -> IResult<Type> {
    let vt = inf.expr(value)?;
    super::index::subscript_type(inf, e, value, &vt, index)
}

pub fn assign_subscript(
    inf: &mut Infer,
    target: &Expr,
    obj: &Expr,
    index: &Expr,
    t: &Type,
) -> IResult<()> {
    let ot = inf.expr(obj)?;
    super::index::assign_subscript_type(inf, target, obj, &ot, index, t)
}

// ---------------------------------------------------------------- displays

pub fn list_display(inf: &mut Infer, e: &Expr, items: &[Expr]) -> IResult<Type> {
    let mut elem: Option<Type> = None;
    for i in items {
        let t = inf.expr(i)?;
        elem = Some(match elem {
            None => t,
            Some(prev) => inf.unify(&prev, &t).ok_or_else(|| {
                inf.err(
                    "TypeError",
                    i.span,
                    format!(
                        "list elements must have one type: {} and {}",
                        inf.tyname(&prev),
                        inf.tyname(&t)
                    ),
                )
            })?,
        });
    }
    // An empty list's element type comes from what is appended to it.
    let t = elem.unwrap_or(Type::Unknown);
    inf.res(e, native("list", base::list_new, vec![], vec![]));
    Ok(Type::List(Rc::new(t)))
}

pub fn list_comp(inf: &mut Infer, e: &Expr, elt: &Expr, gens: &[Comprehension]) -> IResult<Type> {
    super::iterate::list_comp_type(inf, e, elt, gens)
}

// ------------------------------------------------------------------- raise

pub fn infer_raise(inf: &mut Infer, e: &Expr) -> IResult<()> {
    let (name, msg) = match &e.kind {
        ExprKind::Call { func, args, .. } => (func.as_ref(), args.first()),
        _ => (e, None),
    };
    let t = inf.expr(name)?;
    let ok = matches!(&t, Type::Const(ConstKind::Builtin, id) if inf.prog.builtin_name(*id).ends_with("Error") || matches!(inf.prog.builtin_name(*id), "Exception" | "StopIteration" | "SystemExit"));
    if !ok {
        return Err(inf.err(
            "TypeError",
            name.span,
            "rumba can raise only built-in exceptions",
        ));
    }
    if let Some(m) = msg {
        inf.expr(m)?;
    }
    Ok(())
}

// ------------------------------------------------------------ name tables

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

pub fn numpy_type(name: &str) -> Option<Type> {
    Some(match name {
        "float64" | "double" | "float_" => Type::NpF64,
        "float32" | "single" => Type::F32,
        "int64" | "int_" | "intp" | "longlong" => Type::Int(IntTy::I64),
        "int32" | "intc" => Type::Int(IntTy::I32),
        "int16" | "short" => Type::Int(IntTy::I16),
        "int8" | "byte" => Type::Int(IntTy::I8),
        "uint64" | "uintp" | "ulonglong" => Type::Int(IntTy::U64),
        "uint32" | "uintc" => Type::Int(IntTy::U32),
        "uint16" | "ushort" => Type::Int(IntTy::U16),
        "uint8" | "ubyte" => Type::Int(IntTy::U8),
        "bool_" | "bool" => Type::NpBool,
        // numpy's complex scalars print unlike Python's complex, which is
        // the only complex type rumba has.
        _ => return None,
    })
}

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
