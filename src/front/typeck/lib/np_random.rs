//! `numpy.random`: the legacy global `RandomState` functions, drawing
//! numpy's MT19937 stream bit for bit (vm/src/lib_random). Jitted code
//! draws from Numba's own state, module code from numpy's, as under Numba:
//! each is seeded by `np.random.seed` called on its side.

use super::{func, CallSite, Entry, Item, Module, Rule};
use crate::front::ast::Expr;
use crate::front::typeck::numpy::shape_ndim;
use crate::front::typeck::ops::check_convertible;
use crate::front::typeck::{arity, check_kws, native_aux, type_err, IResult, Infer};
use crate::front::typed::{Arg, Const, Res};
use vm::dtype::DType;
use vm::lib_numpy::NewAux;
use vm::lib_random::natives::{self as rnd, Draw, DrawAux, Src};
use vm::types::{IntTy, Layout, Type};

pub const RANDOM: Module = Module {
    name: "numpy.random",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("beta", distribution),
    func("binomial", distribution),
    func("chisquare", distribution),
    func("f", distribution),
    func("gamma", distribution),
    func("geometric", distribution),
    func("gumbel", distribution),
    func("hypergeometric", distribution),
    func("laplace", distribution),
    func("logistic", distribution),
    func("lognormal", distribution),
    func("logseries", distribution),
    func("negative_binomial", distribution),
    func("noncentral_chisquare", distribution),
    func("noncentral_f", distribution),
    func("pareto", distribution),
    func("poisson", distribution),
    func("power", distribution),
    func("rayleigh", distribution),
    func("standard_cauchy", distribution),
    func("standard_gamma", distribution),
    func("standard_t", distribution),
    func("triangular", distribution),
    func("vonmises", distribution),
    func("wald", distribution),
    func("weibull", distribution),
    func("zipf", distribution),
    func("Generator", super::np_generator::generator),
    func("PCG64", super::np_generator::new_seeded),
    func("RandomState", new_state),
    func("choice", choice),
    func("get_state", get_state),
    func("default_rng", super::np_generator::new_seeded),
    func("exponential", exponential),
    func("normal", normal),
    func("permutation", permutation),
    func("rand", rand),
    func("randint", randint),
    func("ranf", random),
    func("randn", rand),
    func("ranf", random),
    func("random", random),
    func("random_sample", random),
    func("sample", random),
    func("seed", seed),
    func("set_state", set_state),
    func("shuffle", shuffle),
    func("standard_exponential", random),
    func("standard_normal", random),
    func("uniform", uniform),
];

const I64: Type = Type::Int(IntTy::I64);

/// The state a call draws from: a `RandomState` object's (a method call),
/// Numba's (jitted code) or numpy's global one.
fn src(inf: &Infer, c: &CallSite) -> Src {
    match (c.module, inf.jitted()) {
        ("RandomState", _) => Src::Obj,
        (_, true) => Src::Numba,
        (_, false) => Src::Numpy,
    }
}

/// Refuses what Numba does not support in jitted code.
fn module_only(inf: &Infer, c: &CallSite) -> IResult<()> {
    match inf.jitted() {
        true => Err(type_err(
            inf,
            c.e.span,
            format!(
                "{}() is not supported in jitted code (Numba does not support it)",
                c.qualified()
            ),
        )),
        false => Ok(()),
    }
}

/// `np.random.RandomState(seed=None)`, in module code.
fn new_state(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    module_only(inf, c)?;
    let b = bind(inf, c, &[("seed", Default::None)])?;
    let (args, types) = match &b[0] {
        None => (vec![], vec![]),
        b => {
            let (arg, t) = int_param(inf, b)?;
            (vec![arg], vec![t])
        }
    };
    let seeded = !args.is_empty();
    inf.res(
        c.e,
        native_aux("RandomState", rnd::new_state, args, types, seeded),
    );
    Ok(Type::NpRandomState)
}

/// The tuple `get_state()` gives: `('MT19937', key, pos, has_gauss,
/// cached_gaussian)`.
fn state_tuple() -> Type {
    Type::tuple(vec![
        Type::Str,
        Type::array(DType::U32, 1, Layout::C),
        vm::types::PYINT,
        vm::types::PYINT,
        Type::F64,
    ])
}

/// `get_state()`, in module code.
fn get_state(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    module_only(inf, c)?;
    bind(inf, c, &[])?;
    let src = src(inf, c);
    inf.res(
        c.e,
        native_aux("get_state", rnd::get_state, vec![], vec![], src),
    );
    Ok(state_tuple())
}

/// `set_state(state)` of the tuple `get_state()` gives, or of its first
/// three items, in module code.
fn set_state(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    module_only(inf, c)?;
    let b = bind(inf, c, &[("state", Default::Required)])?;
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(inf, c.e.span, "set_state() needs a state"));
    };
    let full = state_tuple();
    let Type::Tuple(want) = &full else {
        return Err(type_err(inf, e.span, "set_state() needs a state tuple"));
    };
    let fits = |n: usize| match t {
        Type::Tuple(items) if items.len() == n => {
            items.iter().zip(want.iter()).all(|(have, want)| {
                have == want
                    || (have.is_int() && want.is_int())
                    || (have.is_float() && want.is_float())
            })
        }
        _ => false,
    };
    let arg_t = match (fits(5), fits(3)) {
        (true, _) => full.clone(),
        (_, true) => Type::tuple(want[..3].to_vec()),
        _ => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "set_state() of {} is not supported by rumba (the tuple get_state() gives)",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let aux = (src(inf, c), fits(5));
    inf.res(
        c.e,
        native_aux(
            "set_state",
            rnd::set_state,
            vec![arg.clone()],
            vec![arg_t],
            aux,
        ),
    );
    Ok(Type::None)
}

/// A method call on a `RandomState` object: the module function of that
/// name, drawing from the object's state (its receiver evaluated first).
#[allow(clippy::too_many_arguments)]
pub fn state_method(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[crate::front::ast::Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let c = CallSite {
        e,
        module: "RandomState",
        name,
        args,
        pos,
        kws,
        kw,
    };
    if inf.jitted() {
        return Err(type_err(
            inf,
            e.span,
            format!("RandomState.{name}() is not supported in jitted code (Numba does not support RandomState)"),
        ));
    }
    let rule = ENTRIES.iter().find(|en| en.name == name).map(|en| &en.item);
    let f = match rule {
        Some(Item::Func(Rule::Custom(f)))
            if !matches!(name, "RandomState" | "Generator" | "PCG64" | "default_rng") =>
        {
            *f
        }
        _ => {
            return Err(type_err(
                inf,
                e.span,
                format!("RandomState.{name}() is not supported by rumba"),
            ))
        }
    };
    let t = f(inf, &c)?;
    if let Some(Res::Call(call)) = inf.out.res.get_mut(&e.id) {
        call.recv = Some(value.id);
        call.arg_types.insert(0, Type::NpRandomState);
    }
    Ok(t)
}

/// A parameter's default: a float, or none (`size`, `high`).
#[derive(Clone, Copy)]
pub(super) enum Default {
    Required,
    Float(f64),
    None,
}

/// One bound argument: where it comes from, its type and expression.
pub(super) type Bound<'a> = Option<(Arg, Type, &'a Expr)>;

/// A bound `size=`: the argument the native takes (its ints as int64) and
/// the layout of the array of `dtype` it draws; `None` for one value.
pub(super) fn size_arg(
    inf: &Infer,
    size: &Bound,
    dtype: DType,
) -> IResult<Option<((Arg, Type), NewAux)>> {
    let Some((arg, t, e)) = size else {
        return Ok(None);
    };
    let ndim = shape_ndim(inf, e, t)?;
    let st = match t {
        Type::Tuple(items) => Type::tuple(vec![I64; items.len()]),
        _ => I64,
    };
    let itemsize = dtype.scalar_size().unwrap_or(8);
    Ok(Some((
        (arg.clone(), st),
        NewAux {
            dtype,
            ndim,
            itemsize,
        },
    )))
}

/// Binds the call's arguments to `params` as Python does; `None` for a
/// parameter left to its default (or given as `None`).
pub(super) fn bind<'a>(
    inf: &Infer,
    c: &CallSite<'a>,
    params: &[(&str, Default)],
) -> IResult<Vec<Bound<'a>>> {
    let q = c.qualified();
    arity(inf, c.e, &q, c.pos.len(), 0, params.len())?;
    let names: Vec<&str> = params.iter().map(|p| p.0).collect();
    check_kws(inf, &q, c.kws, &names)?;
    let mut out: Vec<Bound> = vec![None; params.len()];
    for (i, (a, t)) in c.args.iter().zip(c.pos).enumerate() {
        out[i] = Some((Arg::Pos(i), t.clone(), a));
    }
    for (i, (k, t)) in c.kws.iter().zip(c.kw).enumerate() {
        let Some(j) = names.iter().position(|n| *n == k.name) else {
            continue;
        };
        if out[j].is_some() {
            return Err(type_err(
                inf,
                k.name_span,
                format!("{q}() got multiple values for argument '{}'", k.name),
            ));
        }
        out[j] = Some((Arg::Kw(i), t.clone(), &k.value));
    }
    for (b, (name, d)) in out.iter_mut().zip(params) {
        if matches!(b, Some((_, Type::None, _))) {
            *b = None;
        }
        if b.is_none() && matches!(d, Default::Required) {
            return Err(type_err(
                inf,
                c.e.span,
                format!("{q}() missing required argument '{name}'"),
            ));
        }
    }
    Ok(out)
}

/// A float parameter: its argument converted to float64, or its default.
pub(super) fn float_param(inf: &mut Infer, b: &Bound, d: Default) -> IResult<(Arg, Type)> {
    match (b, d) {
        (Some((arg, t, e)), _) => {
            check_convertible(inf, t, &Type::F64, e.span)?;
            Ok((arg.clone(), Type::F64))
        }
        (None, Default::Float(v)) => Ok((Arg::Const(Const::Float(v), Type::F64), Type::F64)),
        (None, _) => Ok((Arg::Const(Const::Float(0.0), Type::F64), Type::F64)),
    }
}

pub(super) fn int_param(inf: &Infer, b: &Bound) -> IResult<(Arg, Type)> {
    match b {
        Some((arg, t, _)) if t.is_int() || t.is_bool() => Ok((arg.clone(), I64)),
        Some((_, t, e)) => Err(type_err(
            inf,
            e.span,
            format!(
                "'{}' object cannot be interpreted as an integer",
                inf.tyname(t)
            ),
        )),
        None => Ok((Arg::Const(Const::Int(0), I64), I64)),
    }
}

/// Records a draw of `d` with its parameters and `size`, giving a Python
/// scalar or an array of `dtype`.
fn draw(
    inf: &mut Infer,
    c: &CallSite,
    d: Draw,
    mut args: Vec<(Arg, Type)>,
    size: &Bound,
) -> IResult<Type> {
    let (dtype, scalar) = match d.is_int() {
        true => (DType::I64, vm::types::PYINT),
        false => (DType::F64, Type::F64),
    };
    let array = size_arg(inf, size, dtype)?.map(|(arg, aux)| {
        args.push(arg);
        aux
    });
    let aux = DrawAux {
        draw: d,
        src: src(inf, c),
        array,
    };
    let (argv, types) = args.into_iter().unzip();
    inf.res(c.e, native_aux(c.name, rnd::draw, argv, types, aux));
    Ok(match array {
        Some(a) => Type::array(dtype, a.ndim, Layout::C),
        None => scalar,
    })
}

/// `random(size)`, `random_sample`, `standard_normal`,
/// `standard_exponential`.
fn random(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("size", Default::None)])?;
    let d = match c.name {
        "standard_normal" => Draw::StandardNormal,
        "standard_exponential" => Draw::StandardExponential,
        _ => Draw::Random,
    };
    draw(inf, c, d, Vec::new(), &b[0])
}

/// `rand(d0, d1, ...)`, `randn(d0, d1, ...)`: the dimensions as arguments.
fn rand(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    let d = match c.name {
        "randn" => Draw::StandardNormal,
        _ => Draw::Random,
    };
    let n = c.pos.len();
    if n > vm::value::MAX_NDIM {
        return Err(type_err(
            inf,
            c.e.span,
            format!(
                "rumba supports arrays of 1 to {} dimensions",
                vm::value::MAX_NDIM
            ),
        ));
    }
    let mut args = Vec::new();
    for (i, (a, t)) in c.args.iter().zip(c.pos).enumerate() {
        args.push(int_param(inf, &Some((Arg::Pos(i), t.clone(), a)))?);
    }
    let (dtype, aux) = (
        DType::F64,
        DrawAux {
            draw: d,
            src: src(inf, c),
            array: (n > 0).then_some(NewAux {
                dtype: DType::F64,
                ndim: n as u8,
                itemsize: 8,
            }),
        },
    );
    let (argv, types) = args.into_iter().unzip();
    inf.res(c.e, native_aux(c.name, rnd::draw, argv, types, aux));
    Ok(match n {
        0 => Type::F64,
        n => Type::array(dtype, n as u8, Layout::C),
    })
}

fn normal(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    two_floats(inf, c, Draw::Normal, ("loc", 0.0), ("scale", 1.0))
}

fn uniform(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    two_floats(inf, c, Draw::Uniform, ("low", 0.0), ("high", 1.0))
}

fn two_floats(
    inf: &mut Infer,
    c: &CallSite,
    d: Draw,
    p: (&str, f64),
    q: (&str, f64),
) -> IResult<Type> {
    let (dp, dq) = (Default::Float(p.1), Default::Float(q.1));
    let b = bind(inf, c, &[(p.0, dp), (q.0, dq), ("size", Default::None)])?;
    let args = vec![float_param(inf, &b[0], dp)?, float_param(inf, &b[1], dq)?];
    draw(inf, c, d, args, &b[2])
}

fn exponential(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let d = Default::Float(1.0);
    let b = bind(inf, c, &[("scale", d), ("size", Default::None)])?;
    let args = vec![float_param(inf, &b[0], d)?];
    draw(inf, c, Draw::Exponential, args, &b[1])
}

/// `randint(low, high=None, size=None)`: `randint(n)` draws from [0, n).
fn randint(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(
        inf,
        c,
        &[
            ("low", Default::Required),
            ("high", Default::None),
            ("size", Default::None),
        ],
    )?;
    let args = match &b[1] {
        None => vec![int_param(inf, &None)?, int_param(inf, &b[0])?],
        high => vec![int_param(inf, &b[0])?, int_param(inf, high)?],
    };
    draw(inf, c, Draw::Randint, args, &b[2])
}

/// `seed(n)`: seeds the state of the side it is called on; `seed()` (in
/// module code) from the clock.
fn seed(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("seed", Default::None)])?;
    if b[0].is_none() {
        if inf.jitted() {
            return Err(type_err(
                inf,
                c.e.span,
                "numpy.random.seed() needs an int seed in jitted code (as in Numba)",
            ));
        }
        let src = src(inf, c);
        inf.res(c.e, native_aux("seed", rnd::reseed, vec![], vec![], src));
        return Ok(Type::None);
    }
    let (arg, t) = int_param(inf, &b[0])?;
    let src = src(inf, c);
    inf.res(c.e, native_aux("seed", rnd::seed, vec![arg], vec![t], src));
    Ok(Type::None)
}

/// `shuffle(x)`: an array along its first axis, or a list, in place.
fn shuffle(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("x", Default::Required)])?;
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(
            inf,
            c.e.span,
            "numpy.random.shuffle() needs an argument",
        ));
    };
    let f = match t {
        Type::Array(_) => rnd::shuffle,
        Type::List(_) => rnd::shuffle_list,
        t => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "numpy.random.shuffle() of {} is not supported",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let src = src(inf, c);
    inf.res(
        c.e,
        native_aux("shuffle", f, vec![arg.clone()], vec![t.clone()], src),
    );
    Ok(Type::None)
}

/// `permutation(n)` or `permutation(array)`.
fn permutation(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let b = bind(inf, c, &[("x", Default::Required)])?;
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(
            inf,
            c.e.span,
            "numpy.random.permutation() needs an argument",
        ));
    };
    let src = src(inf, c);
    let (f, at, rt) = match t {
        Type::Array(a) => (
            rnd::permutation_of as vm::native::AuxFn<Src>,
            t.clone(),
            Type::array(a.dtype, a.ndim, Layout::C),
        ),
        t if t.is_int() => (
            rnd::permutation as vm::native::AuxFn<Src>,
            I64,
            Type::array(DType::I64, 1, Layout::C),
        ),
        t => {
            return Err(type_err(
                inf,
                e.span,
                format!(
                    "numpy.random.permutation() of {} is not supported",
                    inf.tyname(t)
                ),
            ))
        }
    };
    inf.res(
        c.e,
        native_aux("permutation", f, vec![arg.clone()], vec![at], src),
    );
    Ok(rt)
}

/// `choice(a, size=None, replace=True)` from `range(a)` or a 1-D array.
fn choice(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
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
            Some(Const::Bool(r)) => !*r,
            _ => {
                return Err(type_err(
                    inf,
                    e.span,
                    "numpy.random.choice()'s replace must be a constant True or False",
                ))
            }
        },
    };
    let Some((arg, t, e)) = &b[0] else {
        return Err(type_err(
            inf,
            c.e.span,
            "numpy.random.choice() needs an argument",
        ));
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
                    "numpy.random.choice() from {} is not supported",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let mut argv = vec![arg.clone()];
    let mut types = vec![at];
    let array = size_arg(inf, &b[1], dtype)?.map(|((arg, t), aux)| {
        argv.push(arg);
        types.push(t);
        aux
    });
    let weighted = match &b[3] {
        None => false,
        Some((_, _, e)) if inf.jitted() => {
            return Err(type_err(
                inf,
                e.span,
                "numpy.random.choice() with p= is not supported in jitted code (Numba does not support it)",
            ))
        }
        Some((_, _, e)) if unique => {
            return Err(type_err(
                inf,
                e.span,
                "numpy.random.choice() with p= and replace=False is not supported by rumba",
            ))
        }
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
                    "numpy.random.choice()'s p must be a float64 array, not {}",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let aux = rnd::ChoiceAux {
        src: src(inf, c),
        array,
        from_array,
        unique,
        weighted,
    };
    inf.res(c.e, native_aux("choice", rnd::choice, argv, types, aux));
    Ok(match (array, from_array) {
        (Some(a), _) => Type::array(dtype, a.ndim, Layout::C),
        (None, true) => Type::of_dtype(dtype),
        (None, false) => vm::types::PYINT,
    })
}

/// The other distributions: their parameters (floats, but `binomial`'s n)
/// and `size`.
fn distribution(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    use self::Default::{Float, Required};
    let (d, params): (Draw, &[(&str, Default)]) = match c.name {
        "beta" => (Draw::Beta, &[("a", Required), ("b", Required)]),
        "binomial" => (Draw::Binomial, &[("n", Required), ("p", Required)]),
        "chisquare" => (Draw::Chisquare, &[("df", Required)]),
        "f" => (Draw::F, &[("dfnum", Required), ("dfden", Required)]),
        "gamma" => (Draw::Gamma, &[("shape", Required), ("scale", Float(1.0))]),
        "geometric" => (Draw::Geometric, &[("p", Required)]),
        "gumbel" => (Draw::Gumbel, &[("loc", Float(0.0)), ("scale", Float(1.0))]),
        "laplace" => (Draw::Laplace, &[("loc", Float(0.0)), ("scale", Float(1.0))]),
        "logistic" => (
            Draw::Logistic,
            &[("loc", Float(0.0)), ("scale", Float(1.0))],
        ),
        "lognormal" => (
            Draw::Lognormal,
            &[("mean", Float(0.0)), ("sigma", Float(1.0))],
        ),
        "pareto" => (Draw::Pareto, &[("a", Required)]),
        "poisson" => (Draw::Poisson, &[("lam", Float(1.0))]),
        "power" => (Draw::Power, &[("a", Required)]),
        "rayleigh" => (Draw::Rayleigh, &[("scale", Float(1.0))]),
        "standard_cauchy" => (Draw::StandardCauchy, &[]),
        "standard_gamma" => (Draw::StandardGamma, &[("shape", Required)]),
        "standard_t" => (Draw::StandardT, &[("df", Required)]),
        "triangular" => (
            Draw::Triangular,
            &[("left", Required), ("mode", Required), ("right", Required)],
        ),
        "vonmises" => (Draw::Vonmises, &[("mu", Required), ("kappa", Required)]),
        "wald" => (Draw::Wald, &[("mean", Required), ("scale", Required)]),
        "zipf" => (Draw::Zipf, &[("a", Required)]),
        "logseries" => (Draw::Logseries, &[("p", Required)]),
        "negative_binomial" => (Draw::NegativeBinomial, &[("n", Required), ("p", Required)]),
        "noncentral_chisquare" => (
            Draw::NoncentralChisquare,
            &[("df", Required), ("nonc", Required)],
        ),
        "noncentral_f" => (
            Draw::NoncentralF,
            &[("dfnum", Required), ("dfden", Required), ("nonc", Required)],
        ),
        "hypergeometric" => (
            Draw::Hypergeometric,
            &[
                ("ngood", Required),
                ("nbad", Required),
                ("nsample", Required),
            ],
        ),
        _ => (Draw::Weibull, &[("a", Required)]),
    };
    if matches!(d, Draw::NoncentralChisquare | Draw::NoncentralF) {
        module_only(inf, c)?;
    }
    let mut all = params.to_vec();
    all.push(("size", Default::None));
    let b = bind(inf, c, &all)?;
    let mut args = Vec::new();
    for (i, (_, dflt)) in params.iter().enumerate() {
        args.push(match (d, i) {
            (Draw::Binomial, 0) | (Draw::Hypergeometric, _) => int_param(inf, &b[i])?,
            _ => float_param(inf, &b[i], *dflt)?,
        });
    }
    draw(inf, c, d, args, &b[params.len()])
}
