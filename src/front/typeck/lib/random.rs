//! Python's `random` module (vm/src/lib_random/py.rs): CPython's stream
//! bit for bit in module code, Numba's in jitted code.

use super::{func, CallSite, Entry, Module};
use crate::front::ast::{Expr, ExprKind, Keyword};
use crate::front::typeck::ops::check_convertible;
use crate::front::typeck::star::use_rewrite;
use crate::front::typeck::{arity, check_kws, native_aux, type_err, IResult, Infer};
use crate::front::typed::{Arg, Const};
use vm::lib_random::py::{self as py, PyAux, PyDraw};
use vm::types::{IntTy, Type, PYINT};

pub const RANDOM: Module = Module {
    name: "random",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("betavariate", floats),
    func("choice", choice),
    func("expovariate", floats),
    func("gammavariate", floats),
    func("gauss", floats),
    func("getrandbits", ints),
    func("lognormvariate", floats),
    func("normalvariate", floats),
    func("paretovariate", floats),
    func("randint", ints),
    func("random", floats),
    func("randrange", ints),
    func("sample", sample),
    func("seed", seed),
    func("shuffle", shuffle),
    func("triangular", floats),
    func("uniform", floats),
    func("weibullvariate", floats),
];

/// The hidden keyword of `choice`'s rewrite: the length of the sequence,
/// for the index drawn (scripts cannot spell it).
const BELOW: &str = "^below";

/// Records the native call of `draw` on `args`.
fn emit(inf: &mut Infer, c: &CallSite, draw: PyDraw, args: Vec<(Arg, Type)>) {
    let aux = PyAux {
        draw,
        jit: inf.jitted(),
    };
    let (argv, types) = args.into_iter().unzip();
    inf.res(c.e, native_aux(c.name, py::call, argv, types, aux));
}

/// Positional arguments only, between `min` and `max` of them.
fn positional(inf: &Infer, c: &CallSite, min: usize, max: usize) -> IResult<()> {
    let q = c.qualified();
    check_kws(inf, &q, c.kws, &[])?;
    arity(inf, c.e, &q, c.pos.len(), min, max)
}

fn float_arg(inf: &mut Infer, c: &CallSite, i: usize) -> IResult<(Arg, Type)> {
    check_convertible(inf, &c.pos[i], &Type::F64, c.args[i].span)?;
    Ok((Arg::Pos(i), Type::F64))
}

fn int_arg(inf: &Infer, c: &CallSite, i: usize) -> IResult<(Arg, Type)> {
    let t = &c.pos[i];
    if t.is_int() || t.is_bool() {
        return Ok((Arg::Pos(i), Type::Int(IntTy::I64)));
    }
    Err(type_err(
        inf,
        c.args[i].span,
        format!(
            "{}() needs integers in rumba, not {}",
            c.qualified(),
            inf.tyname(t)
        ),
    ))
}

fn float(v: f64) -> (Arg, Type) {
    (Arg::Const(Const::Float(v), Type::F64), Type::F64)
}

fn int(v: i128) -> (Arg, Type) {
    let t = Type::Int(IntTy::I64);
    (Arg::Const(Const::Int(v), t.clone()), t)
}

/// The draws with float parameters and a float result.
fn floats(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (draw, min, max) = match c.name {
        "random" => (PyDraw::Random, 0, 0),
        "uniform" => (PyDraw::Uniform, 2, 2),
        "gauss" => (PyDraw::Gauss, 0, 2),
        "normalvariate" => (PyDraw::Normalvariate, 0, 2),
        "expovariate" => (PyDraw::Expovariate, 1, 1),
        "gammavariate" => (PyDraw::Gammavariate, 2, 2),
        "betavariate" => (PyDraw::Betavariate, 2, 2),
        "lognormvariate" => (PyDraw::Lognormvariate, 2, 2),
        "paretovariate" => (PyDraw::Paretovariate, 1, 1),
        "weibullvariate" => (PyDraw::Weibullvariate, 2, 2),
        _ => (PyDraw::Triangular2, 0, 3),
    };
    positional(inf, c, min, max)?;
    let mut args = Vec::new();
    for i in 0..c.pos.len() {
        args.push(float_arg(inf, c, i)?);
    }
    let defaults: &[f64] = match draw {
        PyDraw::Gauss | PyDraw::Normalvariate => &[0.0, 1.0],
        PyDraw::Triangular2 => &[0.0, 1.0],
        _ => &[],
    };
    for &d in &defaults[args.len().min(defaults.len())..] {
        args.push(float(d));
    }
    let draw = match (draw, args.len()) {
        (PyDraw::Triangular2, 3) => PyDraw::Triangular3,
        (d, _) => d,
    };
    emit(inf, c, draw, args);
    Ok(Type::F64)
}

/// `randint`, `randrange`, `getrandbits`.
fn ints(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (min, max) = match c.name {
        "randint" => (2, 2),
        "randrange" => (1, 3),
        _ => (1, 1),
    };
    positional(inf, c, min, max)?;
    let mut args = Vec::new();
    for i in 0..c.pos.len() {
        args.push(int_arg(inf, c, i)?);
    }
    let draw = match (c.name, args.len()) {
        ("randint", _) => PyDraw::Randint,
        ("getrandbits", _) => PyDraw::Getrandbits,
        (_, 1) => PyDraw::Randrange1,
        (_, n) => {
            if n == 2 {
                args.push(int(1));
            }
            PyDraw::Randrange3
        }
    };
    let jitted = inf.jitted();
    emit(inf, c, draw, args);
    Ok(match draw {
        PyDraw::Getrandbits if jitted => Type::Int(IntTy::U64),
        _ => PYINT,
    })
}

/// `seed(n)` for an int, or `seed()` / `seed(None)` from the clock.
fn seed(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    positional(inf, c, 0, 1)?;
    match c.pos.first() {
        None | Some(Type::None) => emit(inf, c, PyDraw::SeedClock, Vec::new()),
        Some(t) if t.is_int() || t.is_bool() => emit(
            inf,
            c,
            PyDraw::Seed,
            vec![(Arg::Pos(0), Type::Int(IntTy::I64))],
        ),
        Some(t) => {
            return Err(type_err(
                inf,
                c.args[0].span,
                format!(
                    "random.seed() of {} is not supported by rumba (an int or None)",
                    inf.tyname(t)
                ),
            ))
        }
    }
    Ok(Type::None)
}

/// `choice(seq)` is typed as `seq[choice(^below=len(seq))]`: indexing
/// gives the element of any sequence, and an empty one raises CPython's
/// IndexError from the draw.
fn choice(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    if let [k] = c.kws {
        if k.name == BELOW && c.pos.is_empty() {
            emit(
                inf,
                c,
                PyDraw::Below,
                vec![(Arg::Kw(0), Type::Int(IntTy::I64))],
            );
            return Ok(PYINT);
        }
    }
    positional(inf, c, 1, 1)?;
    let (seq, t) = (&c.args[0], &c.pos[0]);
    let sequence = matches!(t, Type::List(_) | Type::Tuple(_) | Type::Str)
        || matches!(t, Type::Array(a) if a.ndim == 1);
    if !sequence {
        return Err(type_err(
            inf,
            seq.span,
            format!(
                "random.choice() of {} is not supported by rumba (a list, tuple, str or 1-d array)",
                inf.tyname(t)
            ),
        ));
    }
    let pure = crate::front::typeck::expr::pure;
    // A display of pure items evaluates to equal values twice.
    let display = matches!(&seq.kind, ExprKind::List(items) if items.iter().all(pure));
    if !(pure(seq) || display) {
        return Err(type_err(
            inf,
            seq.span,
            "random.choice() of this expression is not supported by rumba; assign it to a name first",
        ));
    }
    let ExprKind::Call { func, .. } = &c.e.kind else {
        return Err(type_err(inf, c.e.span, "random.choice() must be called"));
    };
    let span = c.e.span;
    let node = |kind| Expr { id: 0, span, kind };
    let len = node(ExprKind::Call {
        func: Box::new(node(ExprKind::Name("len".into()))),
        args: vec![seq.clone()],
        keywords: Vec::new(),
    });
    let index = node(ExprKind::Call {
        func: func.clone(),
        args: Vec::new(),
        keywords: vec![Keyword {
            name: BELOW.into(),
            name_span: span,
            value: len,
        }],
    });
    use_rewrite(
        inf,
        c.e,
        ExprKind::Subscript {
            value: Box::new(seq.clone()),
            index: Box::new(index),
        },
    )
}

/// `shuffle(x)` of a list or a one-dimensional array, in place.
fn shuffle(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    positional(inf, c, 1, 1)?;
    let t = &c.pos[0];
    let draw = match t {
        Type::List(_) => PyDraw::ShuffleList,
        Type::Array(a) if a.ndim == 1 => PyDraw::ShuffleArray,
        t => {
            return Err(type_err(
                inf,
                c.args[0].span,
                format!(
                    "random.shuffle() of {} is not supported by rumba (a list or a 1-d array)",
                    inf.tyname(t)
                ),
            ))
        }
    };
    emit(inf, c, draw, vec![(Arg::Pos(0), t.clone())]);
    Ok(Type::None)
}

/// `sample(population, k)` of a list or a range, in module code (Numba has
/// no `random.sample`): a new list.
fn sample(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    if inf.jitted() {
        return Err(type_err(
            inf,
            c.e.span,
            "random.sample() is not supported in jitted code (Numba does not support it)",
        ));
    }
    let q = c.qualified();
    check_kws(inf, &q, c.kws, &["k"])?;
    let k = match (c.pos.len(), c.kws.first()) {
        (2, None) => (Arg::Pos(1), &c.pos[1], &c.args[1]),
        (1, Some(k)) => (Arg::Kw(0), &c.kw[0], &k.value),
        _ => {
            arity(inf, c.e, &q, c.pos.len() + c.kws.len(), 2, 2)?;
            return Err(type_err(
                inf,
                c.e.span,
                "random.sample() takes population and k",
            ));
        }
    };
    if !(k.1.is_int() || k.1.is_bool()) {
        return Err(type_err(
            inf,
            k.2.span,
            format!(
                "random.sample()'s k must be an int, not {}",
                inf.tyname(k.1)
            ),
        ));
    }
    let kt = Type::Int(IntTy::I64);
    let (range, rt) = match &c.pos[0] {
        Type::List(_) => (false, c.pos[0].clone()),
        Type::Range => (true, Type::List(std::rc::Rc::new(PYINT))),
        t => {
            return Err(type_err(
                inf,
                c.args[0].span,
                format!(
                    "random.sample() of {} is not supported by rumba (a list or a range)",
                    inf.tyname(t)
                ),
            ))
        }
    };
    let res = native_aux(
        "sample",
        py::sample,
        vec![Arg::Pos(0), k.0],
        vec![c.pos[0].clone(), kt],
        range,
    );
    inf.res(c.e, res);
    Ok(rt)
}
