//! Methods used as values: `key=table.get`, `f = obj.method`,
//! `map(str.upper, words)`. Each becomes a function that calls the method,
//! `lambda k: table.get(k)` or `lambda s: s.upper()`. Its receiver (a name
//! or a chain of attributes) is read when the function runs, so it is the
//! object bound unless the name is assigned again before the call.

use super::closure::{current_func, register};
use super::{IResult, Infer};
use crate::front::ast::*;
use crate::program::{FuncInfo, MethodKind};
use std::rc::Rc;
use vm::types::{ConstKind, Type};

/// Methods of the built-in types usable as values: name and how many
/// arguments the function takes.
fn builtin_arity(t: &Type, attr: &str) -> Option<usize> {
    let n = match (t, attr) {
        (Type::Dict(_), "get" | "pop" | "setdefault") => 1,
        (Type::List(_), "append" | "count" | "index" | "remove" | "extend") => 1,
        (Type::List(_), "insert") => 2,
        (Type::Set(_), "add" | "discard" | "remove") => 1,
        (Type::Str, "startswith" | "endswith" | "count" | "find" | "index" | "join") => 1,
        (Type::Str, _) if unbound_str(attr) => 0,
        _ => return None,
    };
    Some(n)
}

/// `str` methods that take no argument: `str.lower` is a function of one.
fn unbound_str(attr: &str) -> bool {
    matches!(
        attr,
        "upper"
            | "lower"
            | "casefold"
            | "strip"
            | "lstrip"
            | "rstrip"
            | "title"
            | "capitalize"
            | "swapcase"
            | "split"
            | "splitlines"
            | "isdigit"
            | "isalpha"
            | "isalnum"
            | "isspace"
            | "isupper"
            | "islower"
            | "istitle"
            | "isnumeric"
            | "isdecimal"
    )
}

/// The function a method value `e` (`value.attr`, not called) stands for,
/// if it is one.
pub fn method_value(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    vt: &Type,
    attr: &str,
) -> IResult<Option<Type>> {
    // `str.lower`: the receiver is the function's argument.
    if let Type::Const(ConstKind::Builtin, id) = vt {
        let name = inf.prog.builtin_name(*id);
        if name.rsplit('.').next() == Some("str") && unbound_str(attr) {
            return Ok(Some(make(inf, e, None, attr, 1)));
        }
        return Ok(None);
    }
    let n = match vt {
        Type::Obj(c) => match super::class::method(inf, c.id, attr) {
            Some((f, MethodKind::Plain)) => {
                let p = &inf.prog.funcs[f as usize].def.params;
                if p.vararg.is_some() || !p.kwonly.is_empty() || p.positional.is_empty() {
                    return Ok(None);
                }
                // Parameters with defaults are passed only when given.
                if p.positional.iter().any(|q| q.default.is_some()) {
                    return Err(super::type_err(
                        inf,
                        e.span,
                        format!("a method used as a value ('.{attr}' not called) whose parameters have defaults is not supported by rumba; use a lambda"),
                    ));
                }
                p.positional.len() - 1
            }
            _ => return Ok(None),
        },
        t => match builtin_arity(t, attr) {
            Some(n) => n,
            None => return Ok(None),
        },
    };
    // The function reads its receiver again at each call.
    if !super::expr::pure(value) {
        return Err(super::type_err(
            inf,
            value.span,
            format!("a method used as a value ('.{attr}' not called) needs a name as its receiver in rumba; assign the object to a name first"),
        ));
    }
    Ok(Some(make(inf, e, Some(value), attr, n)))
}

/// `lambda ^a0, ...: value.attr(^a0, ...)`, or, without a receiver,
/// `lambda ^a0: ^a0.attr()`.
fn make(inf: &mut Infer, e: &Expr, value: Option<&Expr>, attr: &str, n: usize) -> Type {
    let span = e.span;
    let expr = |kind| Expr { id: 0, span, kind };
    let names: Vec<String> = (0..n.max(1)).map(|i| format!("^a{i}")).collect();
    let arg = |n: &String| expr(ExprKind::Name(n.clone()));
    let (recv, args) = match value {
        Some(v) => (v.clone(), names.iter().take(n).map(arg).collect()),
        None => (arg(&names[0]), Vec::new()),
    };
    let body = ExprKind::Call {
        func: Box::new(expr(ExprKind::Attribute {
            value: Box::new(recv),
            attr: attr.to_string(),
            attr_span: span,
        })),
        args,
        keywords: Vec::new(),
    };
    let params = if value.is_some() { n } else { 1 };
    function(inf, e, 0, body, params, format!("<method {attr}>"))
}

/// The function `lambda ^a0, ...: body` standing for expression `e`, made
/// once per `e` and `tag` (the kind of function made of it).
fn function(inf: &mut Infer, e: &Expr, tag: usize, body: ExprKind, n: usize, name: String) -> Type {
    let parent = current_func(inf);
    // The file's address plus the tag: distinct from other files' keys.
    let key = (
        Rc::as_ptr(&inf.file) as *const u8 as usize + tag,
        e.id,
        parent,
    );
    inf.res(e, crate::front::typed::Res::Const);
    if let Some(&f) = inf.prog.key_funcs.get(&key) {
        return Type::Const(ConstKind::Func, f);
    }
    let span = e.span;
    let mut body = Expr {
        id: 0,
        span,
        kind: body,
    };
    let mut next = 0;
    super::unroll::visit_expr_mut(&mut body, &mut |x| {
        x.id = next;
        next += 1;
    });
    let def = Rc::new(FunctionDef {
        name: name.clone(),
        name_span: span,
        params: Params {
            positional: (0..n)
                .map(|i| Param {
                    name: format!("^a{i}"),
                    span,
                    annotation: None,
                    default: None,
                })
                .collect(),
            ..Params::default()
        },
        decorators: Vec::new(),
        returns: None,
        body: vec![Stmt {
            span,
            kind: StmtKind::Return(Some(body)),
        }],
        doc: None,
    });
    let (module, file) = (inf.module, inf.file.clone());
    let id = register(inf, &def, || FuncInfo {
        name,
        module,
        file,
        def: def.clone(),
        opts: Default::default(),
        specs: Default::default(),
        order: Vec::new(),
        parent: None,
        captures: Vec::new(),
    });
    inf.prog.key_funcs.insert(key, id);
    Type::Const(ConstKind::Func, id)
}

/// `lambda k: d[k]` standing for `d.get` (`key`), where every argument is
/// one of `d`'s keys.
pub fn subscript_fn(inf: &mut Infer, key: &Expr, d: &Expr) -> Type {
    let arg = Expr {
        id: 0,
        span: key.span,
        kind: ExprKind::Name("^a0".to_string()),
    };
    let body = ExprKind::Subscript {
        value: Box::new(d.clone()),
        index: Box::new(arg),
    };
    function(inf, key, 1, body, 1, "<method get>".to_string())
}
