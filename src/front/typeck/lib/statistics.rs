//! `statistics`: the averages and spreads of a list of floats or ints or
//! a float64 array, computed as CPython 3.11 does (vm/src/lib_statistics).
//! Where CPython's result is an int or a float depending on the values
//! (`mean`, `median`, `variance` of ints), rumba refuses the call.
//! `geometric_mean`, `multimode`, `quantiles`, `covariance`,
//! `correlation` and `linear_regression` are CPython's Python, shipped
//! (src/stdlib/_rumba_statistics.py).

use super::{func, item, unsupported, CallSite, Entry, Item, Module};
use crate::front::typeck::{arity, check_kws, kw_index, native, native_aux, pos_args};
use crate::front::typeck::{type_err, IResult, Infer};
use crate::front::typed::Arg;
use vm::dtype::DType;
use vm::lib_statistics::{self as st, Stat};
use vm::types::{IntTy, Type};

pub const STATISTICS: Module = Module {
    name: "statistics",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("fmean", |i, c| stat(i, c, Stat::FMean)),
    func("mean", |i, c| stat(i, c, Stat::Mean)),
    func("median", |i, c| stat(i, c, Stat::Median)),
    func("median_high", |i, c| stat(i, c, Stat::MedianHigh)),
    func("median_low", |i, c| stat(i, c, Stat::MedianLow)),
    func("mode", mode),
    func("pstdev", |i, c| stat(i, c, Stat::PStdev)),
    func("pvariance", |i, c| stat(i, c, Stat::PVariance)),
    func("stdev", |i, c| stat(i, c, Stat::Stdev)),
    func("variance", |i, c| stat(i, c, Stat::Variance)),
    item("StatisticsError", Item::Exception),
    unsupported("NormalDist"),
    item("correlation", Item::Shipped(SHIPPED)),
    item("covariance", Item::Shipped(SHIPPED)),
    item("geometric_mean", Item::Shipped(SHIPPED)),
    unsupported("harmonic_mean"),
    item("linear_regression", Item::Shipped(SHIPPED)),
    unsupported("median_grouped"),
    item("multimode", Item::Shipped(SHIPPED)),
    item("quantiles", Item::Shipped(SHIPPED)),
];

/// The shipped module of the functions rumba compiles from CPython's
/// Python.
const SHIPPED: &str = "_rumba_statistics";

/// What the data is: floats (numpy's or Python's) or signed ints.
enum Data {
    Float { numpy: bool },
    Int,
}

fn data_kind(t: &Type) -> Option<Data> {
    match t {
        Type::List(el) => match &**el {
            Type::F64 => Some(Data::Float { numpy: false }),
            Type::NpF64 => Some(Data::Float { numpy: true }),
            Type::Int(IntTy { signed: true, .. }) => Some(Data::Int),
            _ => None,
        },
        Type::Array(a) if a.ndim == 1 && a.dtype == DType::F64 => Some(Data::Float { numpy: true }),
        _ => None,
    }
}

/// Numba has no `statistics`.
fn refuse_jit(inf: &Infer, c: &CallSite, fname: &str) -> IResult<()> {
    if crate::front::typeck::dict::in_jit(inf) {
        return Err(type_err(
            inf,
            c.e.span,
            format!("{fname}() is not supported in jitted code (Numba does not support it)"),
        ));
    }
    Ok(())
}

fn stat(inf: &mut Infer, c: &CallSite, f: Stat) -> IResult<Type> {
    let fname = c.qualified();
    refuse_jit(inf, c, &fname)?;
    let spread = matches!(
        f,
        Stat::Variance | Stat::PVariance | Stat::Stdev | Stat::PStdev
    );
    let center = match f {
        Stat::Variance | Stat::Stdev => "xbar",
        _ => "mu",
    };
    let allowed = [center];
    check_kws(inf, &fname, c.kws, if spread { &allowed } else { &[] })?;
    arity(inf, c.e, &fname, c.pos.len(), 1, if spread { 2 } else { 1 })?;
    let t = &c.pos[0];
    let Some(kind) = data_kind(t) else {
        return Err(type_err(
            inf,
            c.args[0].span,
            format!(
                "{fname}() of {} is not supported by rumba (a list of floats or ints, or a float64 array)",
                inf.tyname(t)
            ),
        ));
    };
    let ret = match (&kind, f) {
        (_, Stat::FMean | Stat::Stdev | Stat::PStdev) => Type::F64,
        (Data::Int, Stat::MedianLow | Stat::MedianHigh) => t.list_elem().map_or(Type::F64, |e| (**e).clone()),
        (Data::Int, _) => {
            return Err(type_err(
                inf,
                c.args[0].span,
                format!("{fname}() of ints is not supported by rumba: CPython gives an int or a float depending on the values"),
            ))
        }
        (Data::Float { numpy: true }, _) => Type::NpF64,
        (Data::Float { numpy: false }, _) => Type::F64,
    };
    let mut args = pos_args(1);
    let mut types = vec![t.clone()];
    let given = match (c.pos.get(1), kw_index(c.kws, center)) {
        (Some(x), _) => Some((Arg::Pos(1), x.clone(), c.args[1].span)),
        (None, Some(k)) => Some((Arg::Kw(k), c.kw[k].clone(), c.kws[k].value.span)),
        _ => None,
    };
    if let Some((a, xt, span)) = given {
        if matches!(kind, Data::Int) || !(xt.is_float() || xt.is_int()) {
            return Err(type_err(
                inf,
                span,
                format!("{fname}() with {center} is supported by rumba for float data and a number {center}"),
            ));
        }
        args.push(a);
        types.push(Type::F64);
    }
    inf.res(c.e, native_aux(&fname, st::stat, args, types, f));
    Ok(ret)
}

fn mode(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let fname = c.qualified();
    refuse_jit(inf, c, &fname)?;
    check_kws(inf, &fname, c.kws, &[])?;
    arity(inf, c.e, &fname, c.pos.len(), 1, 1)?;
    let t = &c.pos[0];
    match t.list_elem().map(|e| (**e).clone()) {
        Some(el) if (el.is_number() && !el.is_bool()) || el == Type::Str => {
            if let Type::List(_) = t {
                inf.res(c.e, native(&fname, st::mode, pos_args(1), vec![t.clone()]));
                return Ok(el);
            }
        }
        _ => {}
    }
    Err(type_err(
        inf,
        c.args[0].span,
        format!(
            "{fname}() of {} is not supported by rumba (a list of numbers or strings)",
            inf.tyname(t)
        ),
    ))
}
