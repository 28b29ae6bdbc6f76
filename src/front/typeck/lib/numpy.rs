//! `numpy`: constructors, reductions, ufuncs, dtypes and constants, as
//! numpy 2 names them. The rules are in `typeck/numpy.rs`; the runtime is
//! vm/src/lib_numpy.rs (and FMATH for the ufuncs on scalars, which compute
//! as numpy does: NaN and infinities, no exceptions).

use super::{func, item, unsupported, Entry, Item, Module, Ret, Rule, Value};
use crate::front::typeck::numpy as np;
use vm::bytecode::{MathFn, MathFn2};
use vm::lib_numpy::{NanOp, ReduceOp};
use vm::types::{IntTy, Type};

pub const NUMPY: Module = Module {
    name: "numpy",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const fn u1(name: &'static str, f: MathFn) -> Entry {
    item(name, Item::Func(Rule::Ufunc1(f, Ret::Float)))
}

const fn test(name: &'static str, f: MathFn) -> Entry {
    item(name, Item::Func(Rule::Ufunc1(f, Ret::Bool)))
}

const fn u2(name: &'static str, f: MathFn2) -> Entry {
    item(name, Item::Func(Rule::Ufunc2(f)))
}

const fn reduce(name: &'static str, op: ReduceOp) -> Entry {
    item(name, Item::Func(Rule::Reduce(op)))
}

const fn ty(name: &'static str, t: Type) -> Entry {
    item(name, Item::Type(t))
}

const fn float(name: &'static str, v: f64) -> Entry {
    item(name, Item::Const(Value::Float(v)))
}

const ENTRIES: &[Entry] = &[
    func("abs", np::abs),
    func("absolute", np::abs),
    func("add", np::binary),
    reduce("all", ReduceOp::All),
    func("allclose", np::isclose),
    reduce("amax", ReduceOp::Max),
    reduce("amin", ReduceOp::Min),
    reduce("any", ReduceOp::Any),
    func("arange", np::arange),
    u1("arccos", MathFn::Acos),
    u1("arccosh", MathFn::Acosh),
    u1("arcsin", MathFn::Asin),
    u1("arcsinh", MathFn::Asinh),
    u1("arctan", MathFn::Atan),
    u2("arctan2", MathFn2::Atan2),
    u1("arctanh", MathFn::Atanh),
    reduce("argmax", ReduceOp::ArgMax),
    reduce("argmin", ReduceOp::ArgMin),
    func("argsort", np::argsort),
    func("argwhere", np::nonzero),
    func("around", np::round),
    func("array", np::array),
    func("array_equal", np::array_equal),
    func("asarray", np::array),
    func("ascontiguousarray", np::array),
    ty("bool", Type::NpBool),
    ty("bool_", Type::NpBool),
    ty("byte", Type::Int(IntTy::I8)),
    u1("cbrt", MathFn::Cbrt),
    u1("ceil", MathFn::Ceil),
    func("clip", np::clip),
    func("column_stack", np::stack),
    func("concatenate", np::concatenate),
    func("copy", np::copy),
    u2("copysign", MathFn2::Copysign),
    u1("cos", MathFn::Cos),
    u1("cosh", MathFn::Cosh),
    reduce("count_nonzero", ReduceOp::CountNonzero),
    func("cumsum", np::cumsum),
    func("cumprod", np::cumprod),
    u1("deg2rad", MathFn::Radians),
    u1("degrees", MathFn::Degrees),
    func("diff", np::diff),
    func("divide", np::binary),
    func("dot", np::dot),
    ty("double", Type::NpF64),
    func("dtype", np::dtype),
    func("dstack", np::stack),
    float("e", std::f64::consts::E),
    func("empty", np::new_array),
    func("empty_like", np::like),
    u1("exp", MathFn::Exp),
    u1("exp2", MathFn::Exp2),
    u1("expm1", MathFn::Expm1),
    func("expand_dims", np::expand_dims),
    func("eye", np::eye),
    func("fabs", np::abs),
    ty("float32", Type::F32),
    ty("float64", Type::NpF64),
    func("flatnonzero", np::nonzero),
    u1("floor", MathFn::Floor),
    func("floor_divide", np::binary),
    func("fmax", np::binary),
    func("fmin", np::binary),
    func("fmod", np::fmod),
    func("full", np::full),
    func("full_like", np::like),
    func("hstack", np::stack),
    u2("hypot", MathFn2::Hypot),
    float("inf", f64::INFINITY),
    func("identity", np::eye),
    ty("int16", Type::Int(IntTy::I16)),
    ty("int32", Type::Int(IntTy::I32)),
    ty("int64", Type::Int(IntTy::I64)),
    ty("int8", Type::Int(IntTy::I8)),
    ty("int_", Type::Int(IntTy::I64)),
    ty("intc", Type::Int(IntTy::I32)),
    ty("intp", Type::Int(IntTy::I64)),
    func("invert", np::unary),
    func("isclose", np::isclose),
    test("isfinite", MathFn::IsFinite),
    test("isinf", MathFn::IsInf),
    test("isnan", MathFn::IsNan),
    func("linspace", np::linspace),
    u1("log", MathFn::Log),
    u1("log10", MathFn::Log10),
    u1("log1p", MathFn::Log1p),
    u1("log2", MathFn::Log2),
    func("logical_not", np::unary),
    ty("longlong", Type::Int(IntTy::I64)),
    unsupported("matmul"),
    reduce("max", ReduceOp::Max),
    func("maximum", np::binary),
    reduce("mean", ReduceOp::Mean),
    func("median", np::median),
    reduce("min", ReduceOp::Min),
    func("minimum", np::binary),
    func("mod", np::binary),
    func("multiply", np::binary),
    float("nan", f64::NAN),
    reduce("nanargmax", ReduceOp::Nan(NanOp::ArgMax)),
    reduce("nanargmin", ReduceOp::Nan(NanOp::ArgMin)),
    reduce("nanmax", ReduceOp::Nan(NanOp::Max)),
    reduce("nanmean", ReduceOp::Nan(NanOp::Mean)),
    reduce("nanmin", ReduceOp::Nan(NanOp::Min)),
    reduce("nanprod", ReduceOp::Nan(NanOp::Prod)),
    reduce("nanstd", ReduceOp::Nan(NanOp::Std)),
    reduce("nansum", ReduceOp::Nan(NanOp::Sum)),
    reduce("nanvar", ReduceOp::Nan(NanOp::Var)),
    func("negative", np::unary),
    func("nonzero", np::nonzero),
    func("ones", np::new_array),
    func("ones_like", np::like),
    float("pi", std::f64::consts::PI),
    func("positive", np::unary),
    func("power", np::binary),
    reduce("prod", ReduceOp::Prod),
    func("ptp", np::ptp),
    u1("rad2deg", MathFn::Degrees),
    u1("radians", MathFn::Radians),
    item("random", Item::Module("numpy.random")),
    func("recarray", np::recarray),
    func("remainder", np::binary),
    func("ravel", np::ravel),
    func("reshape", np::reshape_call),
    u1("rint", MathFn::Rint),
    func("round", np::round),
    func("set_printoptions", np::set_printoptions),
    ty("short", Type::Int(IntTy::I16)),
    u1("sign", MathFn::Sign),
    u1("sin", MathFn::Sin),
    ty("single", Type::F32),
    u1("sinh", MathFn::Sinh),
    func("sort", np::sort),
    u1("sqrt", MathFn::Sqrt),
    func("square", np::square),
    func("stack", np::stack),
    reduce("std", ReduceOp::Std),
    func("subtract", np::binary),
    reduce("sum", ReduceOp::Sum),
    u1("tan", MathFn::Tan),
    u1("tanh", MathFn::Tanh),
    func("transpose", np::transpose),
    func("true_divide", np::binary),
    u1("trunc", MathFn::Trunc),
    ty("ubyte", Type::Int(IntTy::U8)),
    ty("uint16", Type::Int(IntTy::U16)),
    ty("uint32", Type::Int(IntTy::U32)),
    ty("uint64", Type::Int(IntTy::U64)),
    ty("uint8", Type::Int(IntTy::U8)),
    ty("uintc", Type::Int(IntTy::U32)),
    ty("uintp", Type::Int(IntTy::U64)),
    ty("ulonglong", Type::Int(IntTy::U64)),
    func("unique", np::unique),
    ty("ushort", Type::Int(IntTy::U16)),
    reduce("var", ReduceOp::Var),
    func("vstack", np::stack),
    func("where", np::where_),
    func("zeros", np::new_array),
    func("zeros_like", np::like),
];
