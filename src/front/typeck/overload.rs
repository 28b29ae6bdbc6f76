//! `numba.extending.overload`: a typing function, given the Numba types of
//! a call's arguments, returns the function that implements the call for
//! them. rumba types the typing function with the argument types as type
//! objects: `isinstance(x, types.Array)` is a constant there, so the
//! branches it rules out are not typed, and the function's return type is
//! the implementation (a function value). As in Numba, it runs (its prints
//! appear) when a call first needs it for those types, and a constant
//! argument is tried as its value's type, then as a literal type (the
//! other way round with `prefer_literal=True`).

use super::funcs::call_script;
use super::lib::CallSite;
use super::{kw_index, IResult, Infer};
use crate::front::ast::*;
use crate::front::diag::Diag;
use crate::front::typed::{Const, Res, SpecId};
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
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(FuncOpts {
        overload_of: Some(target),
        prefer_literal,
        ..FuncOpts::default()
    });
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
    let t = &mut inf.prog.funcs[target as usize].opts;
    if !t.overloads.contains(&typing) {
        t.overloads.push(typing);
    }
    Ok(())
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
    if let Some(k) = kws.first() {
        return Err(inf.err(
            "TypeError",
            k.name_span,
            "rumba passes an overloaded function's arguments by position",
        ));
    }
    let literal: Vec<Type> = args
        .iter()
        .zip(pos)
        .map(|(a, t)| super::literal::of_const(inf, a, t).unwrap_or_else(|| t.clone()))
        .collect();
    let typing = inf.prog.funcs[f as usize].opts.overloads.clone();
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
            let mut objs: Vec<Type> = types
                .iter()
                .map(|t| Type::TypeObj(Rc::new(t.clone())))
                .collect();
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
    let name = inf.prog.funcs[f as usize].name.clone();
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
