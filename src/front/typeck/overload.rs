//! `numba.extending.overload`: a typing function, given the Numba types of
//! a call's arguments, returns the function that implements the call for
//! them. rumba types the typing function with the argument types as type
//! objects: `isinstance(x, types.Array)` is a constant there, so the
//! branches it rules out are not typed, and the function's return type is
//! the implementation (a function value). As in Numba, it runs (its prints
//! appear) when a call first needs it for those types, and a constant
//! argument is tried as its value's type, then as a literal type (the
//! other way round with `prefer_literal=True`).
//!
//! `overload_method(types.Class, 'name')` and `overload_attribute` extend
//! the values of a Numba type class in jitted code: `x.name(args)` is the
//! call of the implementation with `x` first, `x.name` the call of the
//! getter. They are looked up before rumba's own members, as Numba prefers
//! an attribute overload to its built-in one.

use super::funcs::call_script;
use super::lib::builtins::numba_type_class;
use super::lib::CallSite;
use super::{kw_index, IResult, Infer};
use crate::front::ast::*;
use crate::front::diag::Diag;
use crate::front::typed::{Arg, Const, Res, SpecId};
use crate::program::FuncOpts;
use std::rc::Rc;
use vm::types::{ConstKind, Type};

/// `overload(func, ...)`: a decorator for the typing function.
pub fn overload(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, kws, _) = c.parts();
    let target = match (args.first(), pos.first()) {
        (Some(_), Some(Type::Const(ConstKind::Func, f))) if args.len() == 1 => *f,
        _ => {
            return Err(inf.err(
                "TypeError",
                e.span,
                "overload() takes the script function it implements",
            ))
        }
    };
    let opts = FuncOpts {
        overload_of: Some(target),
        ..options(inf, kws)?
    };
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(opts);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// The options of `overload`, `overload_method` and `overload_attribute`.
fn options(inf: &mut Infer, kws: &[Keyword]) -> IResult<FuncOpts> {
    for k in kws {
        match k.name.as_str() {
            "jit_options" | "strict" | "inline" | "target" => {}
            "prefer_literal" => {}
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("unsupported overload option '{other}'"),
                ))
            }
        }
    }
    let prefer_literal = match kw_index(kws, "prefer_literal") {
        Some(i) => matches!(inf.const_of(&kws[i].value), Some(Const::Bool(true))),
        None => false,
    };
    Ok(FuncOpts {
        prefer_literal,
        ..FuncOpts::default()
    })
}

/// `overload_method(types.Class, 'name')`: a decorator for the typing
/// function of a method of the values of a Numba type class in jitted
/// code (the receiver is the implementation's first argument).
pub fn overload_method(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    member(inf, c, false)
}

/// `overload_attribute(types.Class, 'name')`: the same for an attribute,
/// whose implementation takes the value alone.
pub fn overload_attribute(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    member(inf, c, true)
}

fn member(inf: &mut Infer, c: &CallSite, attr: bool) -> IResult<Type> {
    let (e, name, args, pos, kws, _) = c.parts();
    let class = match pos.first() {
        Some(Type::Const(ConstKind::Builtin, id)) if args.len() == 2 => {
            let class = inf.prog.builtin_name(*id).to_string();
            numba_type_class(inf.prog, &class, &Type::None).map(|_| class)
        }
        _ => None,
    };
    let Some(class) = class else {
        let msg = format!(
            "{name}() takes a Numba type class (types.Array, types.Integer, ...) and a name"
        );
        return Err(inf.err("TypeError", e.span, msg));
    };
    let member = super::const_str(inf, &args[1], "a method or attribute name")?;
    let opts = FuncOpts {
        member_of: Some((Rc::from(class), member, attr)),
        ..options(inf, kws)?
    };
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(opts);
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// `generated_jit(nopython=True, ...)`: a decorator making the function
/// the typing function of its own calls.
pub fn generated_jit(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, _, kws, _) = c.parts();
    if let Some(a) = args.first() {
        return Err(inf.err(
            "TypeError",
            a.span,
            "rumba's generated_jit takes options only (nopython=, cache=, nogil=)",
        ));
    }
    if let Some(k) = kws.iter().find(|k| {
        !matches!(
            k.name.as_str(),
            "nopython" | "cache" | "nogil" | "fastmath" | "boundscheck"
        )
    }) {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            format!("unsupported generated_jit option '{}'", k.name),
        ));
    }
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(FuncOpts {
        generated: true,
        ..FuncOpts::default()
    });
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// Makes `typing` an overload of `target`. A typing function nested in
/// another keeps the values it reads of its definer (modules, functions,
/// types), as Numba runs it later.
pub fn register(inf: &mut Infer, target: u32, typing: u32, def: &FunctionDef) -> IResult<()> {
    freeze(inf, typing, def)?;
    let t = &mut inf.prog.funcs[target as usize].opts;
    if !t.overloads.contains(&typing) {
        t.overloads.push(typing);
    }
    Ok(())
}

/// Registers an `overload_method`/`overload_attribute` typing function.
pub fn register_member(
    inf: &mut Infer,
    (class, name, attr): (Rc<str>, Rc<str>, bool),
    typing: u32,
    def: &FunctionDef,
) -> IResult<()> {
    freeze(inf, typing, def)?;
    let entry = (class, name, attr, typing);
    if !inf.prog.member_overloads.contains(&entry) {
        inf.prog.member_overloads.push(entry);
    }
    Ok(())
}

/// Keeps the compile-time values a nested typing function reads of its
/// definer.
fn freeze(inf: &mut Infer, typing: u32, def: &FunctionDef) -> IResult<()> {
    let env = super::closure::capture_types(inf, typing, def.name_span, false)?;
    if let Some(t) = env.iter().find(|t| t.slots() > 0) {
        return Err(inf.err(
            "TypeError",
            def.name_span,
            format!(
                "this overload's typing function reads a {} of the function that defines it: rumba keeps only compile-time values (modules, functions, types) for it",
                inf.tyname(t)
            ),
        ));
    }
    if !env.is_empty() {
        inf.prog.frozen.insert(typing, env.into());
    }
    Ok(())
}

/// The typing functions of jitted code's member `name` (an attribute's
/// with `attr`) of values of type `t`.
fn members(inf: &Infer, t: &Type, name: &str, attr: bool) -> Vec<u32> {
    if !inf.jitted() {
        return Vec::new();
    }
    inf.prog
        .member_overloads
        .iter()
        .filter(|(class, n, a, _)| {
            **n == *name && *a == attr && numba_type_class(inf.prog, class, t) == Some(true)
        })
        .map(|m| m.3)
        .collect()
}

/// `value.name(args)` in jitted code where an `overload_method` extends
/// `value`'s type with `name` (an `overload_attribute`'s getter, called
/// as `value.^name()`, see `member_attr`).
pub fn member_call(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    rt: &Type,
    name: &str,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let (member, attr) = match name.strip_prefix('^') {
        Some(n) => (n, true),
        None => (name, false),
    };
    let typing = members(inf, rt, member, attr);
    if typing.is_empty() {
        return Ok(None);
    }
    let (pos, kw) = super::calls::arg_types(inf, args, kws)?;
    if pos.contains(&Type::Unknown) || kw.contains(&Type::Unknown) {
        return Ok(Some(Type::Unknown));
    }
    let all: Vec<Expr> = std::iter::once(value.clone())
        .chain(args.iter().cloned())
        .collect();
    let types: Vec<Type> = std::iter::once(rt.clone()).chain(pos).collect();
    let t = call_typings(inf, e, member, typing, &all, &types, kws, &kw)?;
    // The receiver is passed as the method's receiver, the arguments as
    // the call's own.
    if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
        c.recv = Some(value.id);
        if matches!(c.args.first(), Some(Arg::Pos(0))) {
            c.args.remove(0);
        }
        for a in &mut c.args {
            if let Arg::Pos(i) = a {
                *i -= 1;
            }
        }
    }
    Ok(Some(t))
}

/// `value.name` in jitted code where an `overload_attribute` extends
/// `value`'s type with `name`: typed as the call of its getter.
pub fn member_attr(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    vt: &Type,
    name: &str,
) -> IResult<Option<Type>> {
    if members(inf, vt, name, true).is_empty() {
        return Ok(None);
    }
    let func = ExprKind::Attribute {
        value: Box::new(value.clone()),
        attr: format!("^{name}"),
        attr_span: e.span,
    };
    let call = ExprKind::Call {
        func: Box::new(super::star::fresh(inf, func, e.span)),
        args: Vec::new(),
        keywords: Vec::new(),
    };
    super::star::use_rewrite(inf, e, call).map(Some)
}

/// A call of an overloaded function in jitted code: the first typing
/// function that gives an implementation for the argument types.
pub fn call(
    inf: &mut Infer,
    e: &Expr,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let typing = inf.prog.funcs[f as usize].opts.overloads.clone();
    let name = inf.prog.funcs[f as usize].name.clone();
    call_typings(inf, e, &name, typing, args, pos, kws, kw)
}

/// A call in jitted code of what the typing functions `typing` implement,
/// named `name`.
#[allow(clippy::too_many_arguments)]
fn call_typings(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    typing: Vec<u32>,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let literal: Vec<Type> = args
        .iter()
        .zip(pos)
        .map(|(a, t)| super::literal::of_const(inf, a, t).unwrap_or_else(|| t.clone()))
        .collect();
    for t in typing {
        let mut tries = vec![pos.to_vec()];
        if literal != pos {
            match inf.prog.funcs[t as usize].opts.prefer_literal {
                true => tries.insert(0, literal.clone()),
                false => tries.push(literal.clone()),
            }
        }
        let n = tries.len();
        for (k, types) in tries.into_iter().enumerate() {
            let mut objs = typing_args(inf, e, name, t, &types, kws, kw)?;
            if let Some(env) = inf.prog.frozen.get(&t) {
                objs.extend(env.iter().cloned());
            }
            let s = inf.specialize(t, objs, e.span)?;
            let env = match inf.prog.typing_ran.get(&s) {
                Some(env) => env.clone(),
                None => {
                    let env = run(inf, e, s)?;
                    inf.prog.typing_ran.insert(s, env.clone());
                    env
                }
            };
            let imp = match inf.spec_ret(s) {
                Type::Unknown => return Ok(Type::Unknown),
                Type::Const(ConstKind::Func, imp) | Type::Closure(imp, _) => imp,
                _ => continue,
            };
            // Numba compiles the implementation as jitted code.
            inf.prog.funcs[imp as usize].opts.jit = true;
            inf.prog.literal_hold = Some(imp);
            let r = match env.is_empty() {
                true => call_script(inf, e, imp, args, &types, kws, kw),
                false => super::closure::call(inf, e, imp, &env, args, &types, kws, kw),
            };
            // The implementation's specialization: the arguments, then
            // the captures.
            let key: Vec<Type> = types.iter().chain(env.iter()).cloned().collect();
            match r {
                Ok(r) => return Ok(r),
                // Another try is left: this one's failure is dropped, as
                // Numba drops it.
                Err(_) if k + 1 < n => {
                    inf.prog.literal_request = None;
                    if let Some(&g) = inf.prog.funcs[imp as usize].specs.get(&key) {
                        inf.prog.drop_spec(g);
                    }
                }
                Err(d) => {
                    let wanted = super::literal::take_request(inf, imp, &key, &d)?;
                    return Err(lift(inf, args, &wanted, d));
                }
            }
        }
    }
    let tys: Vec<String> = pos.iter().map(|t| inf.tyname(t)).collect();
    Err(inf.err(
        "TypeError",
        e.span,
        format!(
            "No implementation of function {name} found for signature: {name}({})",
            tys.join(", ")
        ),
    ))
}

/// The arguments typing function `t` is called with: the call's
/// arguments' types as type objects, bound to its parameters by position
/// and by name; a parameter the call omits is its default's value, as
/// Numba passes it.
fn typing_args(
    inf: &mut Infer,
    e: &Expr,
    name: &str,
    t: u32,
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Vec<Type>> {
    let obj = |t: &Type| Type::TypeObj(Rc::new(t.clone()));
    if kws.is_empty() && pos.len() >= inf.prog.funcs[t as usize].def.params.positional.len() {
        return Ok(pos.iter().map(obj).collect());
    }
    let def = inf.prog.funcs[t as usize].def.clone();
    let params = &def.params;
    if params.vararg.is_some() || params.kwarg.is_some() || !params.kwonly.is_empty() {
        let msg = format!("rumba passes the arguments of {name}() by position only where its typing function has *args, **kwargs or keyword-only parameters");
        return Err(inf.err("TypeError", e.span, msg));
    }
    if pos.len() > params.positional.len() {
        let msg = format!(
            "{name}() takes {} arguments ({} given)",
            params.positional.len(),
            pos.len()
        );
        return Err(inf.err("TypeError", e.span, msg));
    }
    if let Some(k) = kws
        .iter()
        .find(|k| params.positional.iter().all(|p| p.name != k.name))
    {
        let msg = format!("{name}() got an unexpected keyword argument '{}'", k.name);
        return Err(inf.err("TypeError", k.name_span, msg));
    }
    let mut objs = Vec::new();
    for (i, p) in params.positional.iter().enumerate() {
        if let Some(t) = pos.get(i) {
            if let Some(k) = kws.iter().find(|k| k.name == p.name) {
                let msg = format!("{name}() got multiple values for argument '{}'", k.name);
                return Err(inf.err("TypeError", k.name_span, msg));
            }
            objs.push(obj(t));
        } else if let Some(k) = kws.iter().position(|k| k.name == p.name) {
            objs.push(obj(&kw[k]));
        } else if let Some(d) = &p.default {
            let Some(c) = super::funcs::eval_const(d) else {
                let msg = "rumba passes a typing function's omitted argument as its default, which must be a constant";
                return Err(inf.err("TypeError", d.span, msg));
            };
            let ct = super::funcs::const_type(&c);
            objs.push(inf.prog.intern_literal(c, ct));
        } else {
            let msg = format!("{name}() missing required argument '{}'", p.name);
            return Err(inf.err("TypeError", e.span, msg));
        }
    }
    Ok(objs)
}

/// The implementation asks for literal arguments this call could not give
/// (they are not constants): passed on to the caller if they are its
/// parameters.
fn lift(inf: &mut Infer, args: &[Expr], wanted: &[usize], d: Diag) -> Diag {
    match wanted.first().and_then(|&i| args.get(i)) {
        Some(a) => super::literal::pass_on(inf, a, d),
        None => d,
    }
}

/// Runs typing specialization `s`; the values its implementation captured
/// (numbers computed from the argument types), as literal types, so that
/// the implementation is compiled with them as constants.
fn run(inf: &mut Infer, e: &Expr, s: SpecId) -> IResult<Rc<[Type]>> {
    let out = inf.rt.run_spec(inf.prog, s).map_err(|d| match d.loc {
        Some(_) => d,
        None => inf.err(d.kind, e.span, d.msg),
    })?;
    let Type::Closure(_, env) = inf.prog.specs[s as usize].ret.clone() else {
        return Ok(Rc::from([]));
    };
    let mut slots = out.unwrap_or_default().into_iter();
    let mut lits = Vec::new();
    for t in env.iter() {
        if t.slots() == 0 {
            lits.push(t.clone());
            continue;
        }
        let v = slots.next().unwrap_or(0);
        let c = match t {
            Type::Int(i) if !i.signed && i.bits == 64 => Const::Int(v as i128),
            Type::Int(_) => Const::Int(v as i64 as i128),
            Type::Bool | Type::NpBool => Const::Bool(v != 0),
            Type::F64 | Type::NpF64 => Const::Float(f64::from_bits(v)),
            _ => {
                return Err(inf.err(
                    "TypeError",
                    e.span,
                    format!(
                        "the implementation this overload returned captures a {}: rumba compiles it with captured numbers and compile-time values only",
                        inf.tyname(t)
                    ),
                ))
            }
        };
        lits.push(inf.prog.intern_literal(c, t.clone()));
    }
    Ok(lits.into())
}
