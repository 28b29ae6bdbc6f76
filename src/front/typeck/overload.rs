//! `numba.extending.overload`: a typing function, given the Numba types of
//! a call's arguments, returns the function that implements the call for
//! them. rumba types the typing function with the argument types as type
//! objects: `isinstance(x, types.Array)` is a constant there, so the
//! branches it rules out are not typed, and the function's return type is
//! the implementation (a function value). It is never run, so typing
//! functions that do anything else (print, compute) are refused.

use super::funcs::call_script;
use super::lib::CallSite;
use super::unroll::visit_stmts;
use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::Res;
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
            "prefer_literal" => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    "overload: rumba has no literal types (prefer_literal)",
                ))
            }
            other => {
                return Err(inf.err(
                    "TypeError",
                    k.name_span,
                    format!("unsupported overload option '{other}'"),
                ))
            }
        }
    }
    let id = inf.prog.decorators.len() as u32;
    inf.prog.decorators.push(FuncOpts {
        overload_of: Some(target),
        ..FuncOpts::default()
    });
    inf.res(e, Res::Const);
    Ok(Type::Const(ConstKind::Decorator, id))
}

/// Makes `typing` an overload of `target`, once its body is known to do
/// nothing but choose an implementation.
pub fn register(inf: &mut Infer, target: u32, typing: u32, def: &FunctionDef) -> IResult<()> {
    let mut bad = None;
    visit_stmts(&def.body, &mut |x| {
        if let ExprKind::Call { func, .. } = &x.kind {
            if matches!(&func.kind, ExprKind::Name(n) if n == "print") {
                bad.get_or_insert(x.span);
            }
        }
    });
    if let Some(span) = bad {
        return Err(inf.err(
            "TypeError",
            span,
            "rumba types an overload's typing function without running it: it cannot print",
        ));
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
    let typing = inf.prog.funcs[f as usize].opts.overloads.clone();
    let types: Vec<Type> = pos
        .iter()
        .map(|t| Type::TypeObj(Rc::new(t.clone())))
        .collect();
    for t in typing {
        let s = inf.specialize(t, types.clone(), e.span)?;
        match inf.spec_ret(s) {
            Type::Unknown => return Ok(Type::Unknown),
            Type::Const(ConstKind::Func, imp) => {
                // Numba compiles the implementation as jitted code.
                inf.prog.funcs[imp as usize].opts.jit = true;
                return call_script(inf, e, imp, args, pos, kws, kw);
            }
            _ => {}
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
