//! numpy's `Generator` (`np.random.default_rng(seed)`,
//! `np.random.Generator(np.random.PCG64(seed))`) and its methods, drawing
//! numpy's PCG64 stream bit for bit (vm/src/lib_random/generator.rs). A
//! Generator passed into jitted code draws from the same state, as in
//! Numba.

use super::np_random::{bind, float_param, int_param, size_arg, Bound, Default};
use super::CallSite;
use crate::front::ast::{Expr, Keyword};
use crate::front::typeck::{native, native_aux, type_err, IResult, Infer};
use crate::front::typed::{Arg, Res};
use vm::dtype::DType;
use vm::lib_random::generator::{self as gen, GenAux, GenDraw};
use vm::types::{IntTy, Layout, Type, PYINT};

const I64: Type = Type::Int(IntTy::I64);

/// `default_rng(seed=None)` and `PCG64(seed=None)`: an int seed, or none
/// for one from the clock.
pub fn new_seeded(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("seed", Default::None)])?;
    let (args, types) = match &b[0] {
        None => (Vec::new(), Vec::new()),
        Some((_, t @ (Type::NpGenerator | Type::NpBitGen), _)) if c.name == "default_rng" => {
            return wrap(inf, c, &b[0], t.clone());
        }
        Some((_, t, e)) if !(t.is_int() || t.is_bool()) => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "numpy.random.{}() of {} is not supported by rumba (an int seed or None)",
                    c.name,
                    inf.tyname(t)
                ),
            ))
        }
        b => {
            let (arg, t) = int_param(inf, b)?;
            (vec![arg], vec![t])
        }
    };
    let seeded = !args.is_empty();
    inf.res(
        c.e,
        native_aux(c.name, gen::new_seeded, args, types, seeded),
    );
    Ok(match c.name {
        "PCG64" => Type::NpBitGen,
        _ => Type::NpGenerator,
    })
}

/// `Generator(bit_generator)`, and `default_rng` of a Generator or a bit
/// generator: the same state.
pub fn generator(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("bit_generator", Default::Required)])?;
    match &b[0] {
        Some((_, Type::NpBitGen, _)) => wrap(inf, c, &b[0], Type::NpBitGen),
        Some((_, t, e)) => Err(type_err(
            inf,
            e.span,
            format!(
                "numpy.random.Generator() of {} is not supported by rumba (a numpy.random.PCG64)",
                inf.tyname(t)
            ),
        )),
        None => Err(type_err(
            inf,
            c.e.span,
            "numpy.random.Generator() needs a bit generator",
        )),
    }
}

fn wrap(inf: &mut Infer, c: &CallSite, b: &Bound, t: Type) -> IResult<Type> {
    let Some((arg, _, _)) = b else {
        return Err(type_err(inf, c.e.span, "a generator is needed"));
    };
    inf.res(c.e, native(c.name, gen::wrap, vec![arg.clone()], vec![t]));
    Ok(Type::NpGenerator)
}

/// Records a method call: the receiver is evaluated as the first argument.
fn emit(inf: &mut Infer, e: &Expr, value: &Expr, mut res: Res) {
    if let Res::Call(c) = &mut res {
        c.recv = Some(value.id);
    }
    inf.res(e, res);
}

/// A method call on a Generator.
#[allow(clippy::too_many_arguments)]
pub fn method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let c = CallSite {
        e,
        module: "Generator",
        name,
        args,
        pos,
        kws,
        kw,
    };
    let f1 = Default::Float(1.0);
    let (d, params): (GenDraw, Vec<(&str, Default)>) = match name {
        "random" => (GenDraw::Random, vec![]),
        "standard_normal" => (GenDraw::StandardNormal, vec![]),
        "standard_exponential" => (GenDraw::StandardExponential, vec![]),
        "normal" => (
            GenDraw::Normal,
            vec![("loc", Default::Float(0.0)), ("scale", f1)],
        ),
        "uniform" => (
            GenDraw::Uniform,
            vec![("low", Default::Float(0.0)), ("high", f1)],
        ),
        "exponential" => (GenDraw::Exponential, vec![("scale", f1)]),
        "standard_gamma" => (GenDraw::StandardGamma, vec![("shape", Default::Required)]),
        "gamma" => (
            GenDraw::Gamma,
            vec![("shape", Default::Required), ("scale", f1)],
        ),
        "beta" => (
            GenDraw::Beta,
            vec![("a", Default::Required), ("b", Default::Required)],
        ),
        "poisson" => (GenDraw::Poisson, vec![("lam", f1)]),
        "binomial" => (
            GenDraw::Binomial,
            vec![("n", Default::Required), ("p", Default::Required)],
        ),
        "geometric" => (GenDraw::Geometric, vec![("p", Default::Required)]),
        "chisquare" => (GenDraw::Chisquare, vec![("df", Default::Required)]),
        "f" => (
            GenDraw::F,
            vec![("dfnum", Default::Required), ("dfden", Default::Required)],
        ),
        "standard_t" => (GenDraw::StandardT, vec![("df", Default::Required)]),
        "standard_cauchy" => (GenDraw::StandardCauchy, vec![]),
        "pareto" => (GenDraw::Pareto, vec![("a", Default::Required)]),
        "weibull" => (GenDraw::Weibull, vec![("a", Default::Required)]),
        "power" => (GenDraw::Power, vec![("a", Default::Required)]),
        "rayleigh" => (GenDraw::Rayleigh, vec![("scale", f1)]),
        "laplace" | "gumbel" | "logistic" => (
            match name {
                "laplace" => GenDraw::Laplace,
                "gumbel" => GenDraw::Gumbel,
                _ => GenDraw::Logistic,
            },
            vec![("loc", Default::Float(0.0)), ("scale", f1)],
        ),
        "lognormal" => (
            GenDraw::Lognormal,
            vec![("mean", Default::Float(0.0)), ("sigma", f1)],
        ),
        "triangular" => (
            GenDraw::Triangular,
            vec![
                ("left", Default::Required),
                ("mode", Default::Required),
                ("right", Default::Required),
            ],
        ),
        "wald" => (
            GenDraw::Wald,
            vec![("mean", Default::Required), ("scale", Default::Required)],
        ),
        "vonmises" => (
            GenDraw::Vonmises,
            vec![("mu", Default::Required), ("kappa", Default::Required)],
        ),
        "zipf" => (GenDraw::Zipf, vec![("a", Default::Required)]),
        "logseries" => (GenDraw::Logseries, vec![("p", Default::Required)]),
        "negative_binomial" => (
            GenDraw::NegativeBinomial,
            vec![("n", Default::Required), ("p", Default::Required)],
        ),
        "noncentral_chisquare" => (
            GenDraw::NoncentralChisquare,
            vec![("df", Default::Required), ("nonc", Default::Required)],
        ),
        "noncentral_f" => (
            GenDraw::NoncentralF,
            vec![
                ("dfnum", Default::Required),
                ("dfden", Default::Required),
                ("nonc", Default::Required),
            ],
        ),
        "integers" => return integers(inf, &c, value),
        "shuffle" | "permutation" => return shuffle(inf, &c, value),
        "choice" => return choice(inf, &c, value),
        "bytes" => return bytes(inf, &c, value),
        _ => {
            return Err(type_err(
                inf,
                e.span,
                format!("numpy.random.Generator.{name}() is not supported by rumba"),
            ))
        }
    };
    if matches!(d, GenDraw::Gumbel | GenDraw::Vonmises) && inf.jitted() {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "Generator.{name}() is not supported in jitted code (Numba does not support it)"
            ),
        ));
    }
    let mut all = params.clone();
    all.push(("size", Default::None));
    let b = bind(inf, &c, &all)?;
    let mut argv = Vec::new();
    for (i, (_, dflt)) in params.iter().enumerate() {
        argv.push(match (d, i) {
            (GenDraw::Binomial, 0) => int_param(inf, &b[0])?,
            _ => float_param(inf, &b[i], *dflt)?,
        });
    }
    draw(inf, &c, value, d, argv, &b[params.len()], DType::I64)
}

/// `integers(low, high=None, size=None, endpoint=False)`: `integers(n)`
/// draws from [0, n) (in module code; Numba needs `high`).
fn integers(inf: &mut Infer, c: &CallSite, value: &Expr) -> IResult<Type> {
    let high_default = match inf.jitted() {
        true => Default::Required,
        false => Default::None,
    };
    let b = bind(
        inf,
        c,
        &[
            ("low", Default::Required),
            ("high", high_default),
            ("size", Default::None),
            ("dtype", Default::None),
            ("endpoint", Default::None),
        ],
    )?;
    let dtype = match &b[3] {
        None => DType::I64,
        Some((_, t, e)) => {
            let dt = crate::front::typeck::numpy::dtype_arg(inf, e, t)?;
            if !(dt.is_int() || dt == DType::Bool) {
                return Err(type_err(
                    inf,
                    e.span,
                    format!("Unsupported dtype dtype('{}') for integers", dt.name()),
                ));
            }
            dt
        }
    };
    let closed = match &b[4] {
        None => false,
        Some((_, _, e)) => match inf.const_of(e) {
            Some(crate::front::typed::Const::Bool(v)) => *v,
            _ => {
                return Err(type_err(
                    inf,
                    e.span,
                    "Generator.integers()'s endpoint must be a constant True or False in rumba",
                ))
            }
        },
    };
    let args = match &b[1] {
        None => vec![int_param(inf, &None)?, int_param(inf, &b[0])?],
        high => vec![int_param(inf, &b[0])?, int_param(inf, high)?],
    };
    let d = match closed {
        true => GenDraw::IntegersClosed,
        false => GenDraw::Integers,
    };
    draw(inf, c, value, d, args, &b[2], dtype)
}

/// Records a draw of `d` with its parameters and `size`: one value, or an
/// array of float64 or int64.
fn draw(
    inf: &mut Infer,
    c: &CallSite,
    value: &Expr,
    d: GenDraw,
    args: Vec<(Arg, Type)>,
    size: &Bound,
    int_dtype: DType,
) -> IResult<Type> {
    let dtype = match d.is_int() {
        true => int_dtype,
        false => DType::F64,
    };
    let (mut argv, mut types): (Vec<Arg>, Vec<Type>) = args.into_iter().unzip();
    types.insert(0, Type::NpGenerator);
    let array = size_arg(inf, size, dtype)?.map(|((arg, t), aux)| {
        argv.push(arg);
        types.push(t);
        aux
    });
    let aux = GenAux {
        draw: d,
        jit: inf.jitted(),
        array,
        dtype,
    };
    emit(
        inf,
        c.e,
        value,
        native_aux(c.name, gen::draw, argv, types, aux),
    );
    Ok(match (array, d) {
        (Some(a), _) => Type::array(dtype, a.ndim, Layout::C),
        // numpy gives an int64 scalar for integers, a Python int for
        // poisson and binomial.
        (None, GenDraw::Integers | GenDraw::IntegersClosed) => Type::of_dtype(dtype),
        (None, d) if d.is_int() && !inf.jitted() => PYINT,
        (None, d) if d.is_int() => I64,
        (None, _) => Type::F64,
    })
}

/// `shuffle(x)` of an array (its first axis) or, in module code, a list;
/// `permutation(x)` of an int or an array.
fn shuffle(inf: &mut Infer, c: &CallSite, value: &Expr) -> IResult<Type> {
    let b = bind(inf, c, &[("x", Default::Required)])?;
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(inf, c.e.span, "Generator.shuffle() needs x"));
    };
    let (f, at, rt): (vm::native::NativeFn, Type, Type) = match (c.name, t) {
        ("shuffle", Type::Array(_)) => (gen::shuffle, t.clone(), Type::None),
        ("shuffle", Type::List(_)) if !inf.jitted() => (gen::shuffle_list, t.clone(), Type::None),
        ("permutation", Type::Array(a)) if a.ndim > 0 => (
            gen::permutation_of,
            t.clone(),
            Type::array(a.dtype, a.ndim, Layout::C),
        ),
        ("permutation", t) if t.is_int() => {
            (gen::permutation, I64, Type::array(DType::I64, 1, Layout::C))
        }
        (_, t) => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "Generator.{}() of {} is not supported by rumba",
                    c.name,
                    inf.tyname(t)
                ),
            ))
        }
    };
    let res = native(c.name, f, vec![arg.clone()], vec![Type::NpGenerator, at]);
    emit(inf, c.e, value, res);
    Ok(rt)
}

/// `choice(a, size=None, replace=True, p=None)` from `range(a)` or a 1-D
/// array, in module code.
fn choice(inf: &mut Infer, c: &CallSite, value: &Expr) -> IResult<Type> {
    if inf.jitted() {
        return Err(type_err(
            inf,
            c.e.span,
            "Generator.choice() is not supported in jitted code (Numba does not support it)",
        ));
    }
    let b = bind(
        inf,
        c,
        &[
            ("a", Default::Required),
            ("size", Default::None),
            ("replace", Default::None),
            ("p", Default::None),
        ],
    )?;
    let unique = match &b[2] {
        None => false,
        Some((_, _, e)) => match inf.const_of(e) {
            Some(crate::front::typed::Const::Bool(r)) => !*r,
            _ => {
                return Err(type_err(
                    inf,
                    e.span,
                    "Generator.choice()'s replace must be a constant True or False in rumba",
                ))
            }
        },
    };
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(inf, c.e.span, "Generator.choice() needs a"));
    };
    let (from_array, dtype, at) = match t {
        Type::Array(a) if a.ndim == 1 && a.dtype.scalar_size().is_some() => {
            (true, a.dtype, t.clone())
        }
        t if t.is_int() => (false, DType::I64, I64),
        t => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "Generator.choice() from {} is not supported by rumba (an int or a 1-d array)",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let mut argv = vec![arg.clone()];
    let mut types = vec![Type::NpGenerator, at];
    let array = size_arg(inf, &b[1], dtype)?.map(|((arg, t), aux)| {
        argv.push(arg);
        types.push(t);
        aux
    });
    let weighted = match &b[3] {
        None => false,
        Some((arg, t @ Type::Array(pa), _)) if pa.dtype == DType::F64 => {
            argv.push(arg.clone());
            types.push(t.clone());
            true
        }
        Some((_, t, e)) => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "Generator.choice()'s p must be a float64 array in rumba, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let aux = gen::GenChoiceAux {
        array,
        from_array,
        unique,
        weighted,
    };
    emit(
        inf,
        c.e,
        value,
        native_aux("choice", gen::choice, argv, types, aux),
    );
    Ok(match (array, from_array) {
        (Some(a), _) => Type::array(dtype, a.ndim, Layout::C),
        (None, true) => Type::of_dtype(dtype),
        (None, false) => PYINT,
    })
}

/// `bytes(length)`, in module code (Numba has no Generator.bytes).
fn bytes(inf: &mut Infer, c: &CallSite, value: &Expr) -> IResult<Type> {
    if inf.jitted() {
        return Err(type_err(
            inf,
            c.e.span,
            "Generator.bytes() is not supported in jitted code (Numba does not support it)",
        ));
    }
    let b = bind(inf, c, &[("length", Default::Required)])?;
    let (arg, t) = int_param(inf, &b[0])?;
    let res = native("bytes", gen::bytes, vec![arg], vec![Type::NpGenerator, t]);
    emit(inf, c.e, value, res);
    Ok(Type::Bytes)
}
