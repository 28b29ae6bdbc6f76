//! `itertools`: the combinatoric and finite iterators, as loop iterables
//! (`for`, comprehensions, `list()`). A call is an iteration helper, as
//! `zip` is: it has no value of its own (so it cannot be stored, printed
//! or iterated twice); the loop evaluates its arguments and iterates the
//! list `vm::lib_itertools` builds of its items. Every one of these reads
//! its inputs whole before giving an item, as CPython's do (`tuple(pool)`),
//! except `chain`, `islice`, `accumulate` and `pairwise`, whose inputs
//! here are lists, ranges, strings or arrays evaluated once, so the items
//! are the same. `count(start, step)` of integers counts as an endless
//! range. `cycle`, `starmap`, `takewhile`, `dropwhile`, `filterfalse`,
//! `compress`, and `islice` of a generator, are generators of a shipped
//! Python module (src/stdlib/_rumba_itertools.py), lazy as CPython's.

use super::{func, item, unsupported, CallSite, Entry, Item, Module};
use crate::front::ast::*;
use crate::front::typeck::funcs::call_script;
use crate::front::typeck::iterate::iter_elem;
use crate::front::typeck::star::use_rewrite;
use crate::front::typeck::{builtin, check_kws, const_int, type_err, IResult, Infer};
use crate::front::typed::Res;
use vm::types::{ConstKind, Type, PYINT};

pub const ITERTOOLS: Module = Module {
    name: "itertools",
    entries: &[ENTRIES],
    complete: true,
    star: false,
};

/// The shipped module of the lazy iterators written in Python as
/// generators.
const SHIPPED: &str = "_rumba_itertools";

/// The helpers, by the name `helper_name_of` gives them.
pub const HELPERS: &[&str] = &[
    "itertools.product",
    "itertools.permutations",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.chain",
    "itertools.islice",
    "itertools.accumulate",
    "itertools.pairwise",
    "itertools.repeat",
    "itertools.zip_longest",
    "itertools.count",
];

const ENTRIES: &[Entry] = &[
    func("product", helper),
    func("permutations", helper),
    func("combinations", helper),
    func("combinations_with_replacement", helper),
    func("chain", helper),
    func("islice", helper),
    func("accumulate", helper),
    func("pairwise", helper),
    func("repeat", helper),
    func("zip_longest", helper),
    func("count", helper),
    item("cycle", Item::Shipped(SHIPPED)),
    unsupported("groupby"),
    item("starmap", Item::Shipped(SHIPPED)),
    unsupported("tee"),
    item("takewhile", Item::Shipped(SHIPPED)),
    item("dropwhile", Item::Shipped(SHIPPED)),
    item("filterfalse", Item::Shipped(SHIPPED)),
    item("compress", Item::Shipped(SHIPPED)),
];

/// The helper name of the builtin marker `<itertools.f>`.
pub fn helper_of(marker: &str) -> Option<&'static str> {
    let inner = marker.strip_prefix('<')?.strip_suffix('>')?;
    HELPERS.iter().copied().find(|h| *h == inner)
}

fn helper(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = format!("itertools.{}", c.name);
    if crate::front::typeck::dict::in_jit(inf) {
        return Err(type_err(
            inf,
            c.e.span,
            format!("{name}() is not supported in jitted code (Numba does not support it)"),
        ));
    }
    if c.name == "islice" && matches!(c.pos.first(), Some(Type::Gen(_))) {
        return islice_gen(inf, c);
    }
    elem(inf, c.e, &name, c.args, c.pos, c.kws)?;
    let marker = builtin(inf.prog, &format!("<{name}>"));
    inf.res(c.e, Res::Const);
    Ok(marker)
}

/// `islice(generator, ...)`: the shipped generator, which pulls items
/// as CPython's does, called as `islice(it, start, stop, step,
/// stop_only)` (the call rewritten so; None for a bound not given).
fn islice_gen(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    check_kws(inf, "islice", c.kws, &[])?;
    let n = c.args.len();
    if n == 5 {
        let Some(Type::Const(ConstKind::Func, f)) = super::shipped(inf, SHIPPED, "islice") else {
            return Err(type_err(
                inf,
                c.e.span,
                "islice() of a generator is not available",
            ));
        };
        return call_script(inf, c.e, f, c.args, c.pos, c.kws, c.kw);
    }
    arity(inf, c.e, "islice", n, 2, 4)?;
    for (a, t) in c.args[1..].iter().zip(&c.pos[1..]) {
        if *t != Type::None {
            int_arg(inf, a, t, "islice()'s bounds")?;
        }
    }
    let ExprKind::Call { func, .. } = &c.e.kind else {
        return Err(type_err(inf, c.e.span, "islice() must be called"));
    };
    let none = |a: &Expr| Expr {
        id: 0,
        span: a.span,
        kind: ExprKind::None,
    };
    let a = c.args;
    let mut args = vec![a[0].clone()];
    if n == 2 {
        args.extend([none(&a[1]), a[1].clone(), none(&a[1])]);
    } else {
        args.extend([a[1].clone(), a[2].clone()]);
        args.push(a.get(3).cloned().unwrap_or_else(|| none(&a[2])));
    }
    args.push(Expr {
        id: 0,
        span: c.e.span,
        kind: ExprKind::Bool(n == 2),
    });
    let call = ExprKind::Call {
        func: func.clone(),
        args,
        keywords: Vec::new(),
    };
    use_rewrite(inf, c.e, call)
}

/// Whether the loop can read `t` whole as a list (`list_from`).
fn listable(t: &Type) -> bool {
    match t {
        Type::List(_) | Type::TypedList(_) | Type::Range | Type::Str => true,
        Type::Array(a) => a.ndim == 1,
        _ => false,
    }
}

/// The element type of an input, which must be readable as a list.
fn input(inf: &mut Infer, a: &Expr, t: &Type, name: &str) -> IResult<Type> {
    if !listable(t) {
        return Err(type_err(
            inf,
            a.span,
            format!(
                "{name}() of {} is not supported by rumba (a list, range, str or 1-D array)",
                inf.tyname(t)
            ),
        ));
    }
    iter_elem(inf, a, t)
}

/// A constant non-negative count (`r`, `repeat`).
fn count_arg(inf: &Infer, e: &Expr, what: &str) -> IResult<usize> {
    let v = const_int(inf, e, what)?;
    if v < 0 {
        return Err(inf.err("ValueError", e.span, format!("{what} must be non-negative")));
    }
    // It sizes the tuples the items are, and tuples live in registers.
    if v > MAX_WIDTH {
        return Err(inf.err(
            "MemoryError",
            e.span,
            format!("{what}={v} makes tuples wider than rumba's {MAX_WIDTH} values"),
        ));
    }
    Ok(v as usize)
}

/// The widest `r`/`repeat`.
const MAX_WIDTH: i64 = 1024;

fn int_arg(inf: &Infer, e: &Expr, t: &Type, what: &str) -> IResult<()> {
    if t.is_int() || t.is_bool() {
        Ok(())
    } else {
        Err(type_err(
            inf,
            e.span,
            format!("{what} must be an integer in rumba, not {}", inf.tyname(t)),
        ))
    }
}

fn arity(inf: &Infer, e: &Expr, name: &str, n: usize, min: usize, max: usize) -> IResult<()> {
    if n < min || n > max {
        let want = if min == max {
            format!("{min}")
        } else {
            format!("{min} to {max}")
        };
        return Err(type_err(
            inf,
            e.span,
            format!("{name}() takes {want} positional arguments in rumba ({n} given)"),
        ));
    }
    Ok(())
}

/// The type of the items `name(args)` gives, after checking its arguments.
pub fn elem(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    let t = items(inf, e, name, args, pos, kws)?;
    if t == Type::tuple(Vec::new()) {
        return Err(type_err(
            inf,
            e.span,
            format!("{name}() giving empty tuples is not supported by rumba"),
        ));
    }
    Ok(t)
}

fn items(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Type> {
    let short = name.trim_start_matches("itertools.");
    let n = pos.len();
    let kw = |k: &str| kws.iter().find(|x| x.name == k);
    match short {
        "product" => {
            check_kws(inf, short, kws, &["repeat"])?;
            let repeat = match kw("repeat") {
                Some(k) => count_arg(inf, &k.value, "repeat")?,
                None => 1,
            };
            let mut items = Vec::new();
            for (a, t) in args.iter().zip(pos) {
                items.push(input(inf, a, t, short)?);
            }
            let one = items.clone();
            for _ in 1..repeat {
                items.extend(one.iter().cloned());
            }
            if repeat == 0 {
                items.clear();
            }
            Ok(Type::tuple(items))
        }
        "permutations" | "combinations" | "combinations_with_replacement" => {
            check_kws(inf, short, kws, &["r"])?;
            let (min, max) = if short == "permutations" {
                (1, 2)
            } else {
                (2, 2)
            };
            let r_expr = args.get(1).or(kw("r").map(|k| &k.value));
            let total = n + kw("r").is_some() as usize;
            arity(inf, e, short, total, min, max)?;
            let el = input(inf, &args[0], &pos[0], short)?;
            let Some(r) = r_expr else {
                return Err(type_err(
                    inf,
                    e.span,
                    "permutations() needs its length r in rumba (a tuple's length is part of its type)",
                ));
            };
            let r = count_arg(inf, r, "r")?;
            Ok(Type::tuple(vec![el; r]))
        }
        "chain" => {
            check_kws(inf, short, kws, &[])?;
            let mut el: Option<Type> = None;
            for (a, t) in args.iter().zip(pos) {
                let t = input(inf, a, t, short)?;
                match &el {
                    Some(prev) if *prev != t => {
                        return Err(type_err(
                            inf,
                            a.span,
                            format!(
                                "chain()'s iterables must give one type in rumba: {} and {}",
                                inf.tyname(prev),
                                inf.tyname(&t)
                            ),
                        ))
                    }
                    _ => el = Some(t),
                }
            }
            el.ok_or_else(|| type_err(inf, e.span, "chain() needs at least one iterable in rumba"))
        }
        "islice" => {
            check_kws(inf, short, kws, &[])?;
            arity(inf, e, short, n, 2, 4)?;
            for (a, t) in args[1..].iter().zip(&pos[1..]) {
                if *t != Type::None {
                    int_arg(inf, a, t, "islice()'s bounds")?;
                }
            }
            input(inf, &args[0], &pos[0], short)
        }
        "accumulate" => {
            check_kws(inf, short, kws, &[])?;
            arity(inf, e, short, n, 1, 1)?;
            let el = input(inf, &args[0], &pos[0], short)?;
            if !(el.is_int() || el.is_float()) || el.is_bool() {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!(
                        "accumulate() of {} items is not supported by rumba (int or float sums only)",
                        inf.tyname(&el)
                    ),
                ));
            }
            Ok(el)
        }
        "pairwise" => {
            check_kws(inf, short, kws, &[])?;
            arity(inf, e, short, n, 1, 1)?;
            let el = input(inf, &args[0], &pos[0], short)?;
            Ok(Type::tuple(vec![el.clone(), el]))
        }
        "repeat" => {
            check_kws(inf, short, kws, &["times"])?;
            let times = args.get(1).or(kw("times").map(|k| &k.value));
            let Some(times) = times else {
                return Err(type_err(
                    inf,
                    e.span,
                    "repeat() without a count is endless: rumba needs its times argument",
                ));
            };
            let tt = inf.out.ty(times).clone();
            int_arg(inf, times, &tt, "repeat()'s times")?;
            if pos[0].slots() == 0 {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!(
                        "repeat() of {} is not supported by rumba",
                        inf.tyname(&pos[0])
                    ),
                ));
            }
            Ok(pos[0].clone())
        }
        "zip_longest" => {
            check_kws(inf, short, kws, &["fillvalue"])?;
            let Some(fill) = kw("fillvalue") else {
                return Err(type_err(
                    inf,
                    e.span,
                    "zip_longest() needs a fillvalue of the items' type in rumba (its None default would change their type)",
                ));
            };
            let ft = inf.out.ty(&fill.value).clone();
            let mut items = Vec::new();
            for (a, t) in args.iter().zip(pos) {
                let el = input(inf, a, t, short)?;
                if el != ft {
                    return Err(type_err(
                        inf,
                        fill.value.span,
                        format!(
                            "zip_longest()'s fillvalue must have its iterables' item type in rumba: {} and {}",
                            inf.tyname(&ft),
                            inf.tyname(&el)
                        ),
                    ));
                }
                items.push(el);
            }
            Ok(Type::tuple(items))
        }
        _ => {
            check_kws(inf, short, kws, &["start", "step"])?;
            arity(inf, e, short, n + kws.len(), 0, 2)?;
            let start = args.first().or(kw("start").map(|k| &k.value));
            let step = args.get(1).or(kw("step").map(|k| &k.value));
            for a in [start, step].into_iter().flatten() {
                let t = inf.out.ty(a).clone();
                int_arg(inf, a, &t, "count()'s start and step")?;
            }
            Ok(PYINT)
        }
    }
}

/// The element type of iterating `iter`, a call of the helper `name`.
pub fn iter_elem_of(inf: &mut Infer, iter: &Expr, name: &str) -> IResult<Type> {
    let ExprKind::Call { args, keywords, .. } = &iter.kind else {
        return Err(type_err(
            inf,
            iter.span,
            format!("{name}() must be called in place to be iterated"),
        ));
    };
    let pos: Vec<Type> = args.iter().map(|a| inf.out.ty(a).clone()).collect();
    let t = elem(inf, iter, name, args, &pos, keywords)?;
    // Lowering reads it there, inside enumerate() too.
    inf.out.iter_elems.insert(iter.id, t.clone());
    Ok(t)
}
