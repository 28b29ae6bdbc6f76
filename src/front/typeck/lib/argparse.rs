//! `argparse`: a parser is a compile-time value. Its `add_argument` calls
//! (constant arguments, outside loops) build the parser's actions, so
//! `parse_args()` has a static type: a `Namespace` laid out as a
//! namedtuple, one field per argument, each typed by `type=`, `action=`,
//! `nargs=` and `default=`. The runtime (vm/src/lib_argparse.rs) parses
//! `sys.argv` with CPython's rules, usage, help and errors.

use super::{func, item, unsupported, CallSite, Entry, Item, Module};
use crate::front::ast::*;
use crate::front::typeck::{native_aux, pos_args, type_err, IResult, Infer};
use crate::front::typed::{Const, ModId, Res};
use std::rc::Rc;
use vm::lib_argparse::{self as ap, Action, Kind, Nargs, Parser, Val, ValTy};
use vm::types::{ConstKind, NamedTy, Type, PYINT};

pub const ARGPARSE: Module = Module {
    name: "argparse",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("ArgumentParser", new_parser),
    unsupported("Namespace"),
    unsupported("ArgumentTypeError"),
    unsupported("ArgumentError"),
    unsupported("FileType"),
    unsupported("SUPPRESS"),
    unsupported("BooleanOptionalAction"),
    item("HelpFormatter", Item::Object),
    unsupported("RawTextHelpFormatter"),
    unsupported("RawDescriptionHelpFormatter"),
    item("ArgumentDefaultsHelpFormatter", Item::Object),
];

/// A parser being built: where it was made, and the `add_argument` calls
/// already taken (a call typed again, in another specialization, adds
/// nothing).
pub struct ParserState {
    site: (ModId, u32, u32),
    parser: Parser,
    seen: Vec<(ModId, u32, u32)>,
}

fn site_of(inf: &Infer, e: &Expr) -> (ModId, u32, u32) {
    (inf.module, e.span.lo, e.span.hi)
}

/// Numba compiles no argparse: it belongs to the Python around jitted code.
fn no_jit(inf: &Infer, e: &Expr) -> IResult<()> {
    if inf.jitted() {
        return Err(type_err(
            inf,
            e.span,
            "argparse is not supported in jitted code (Numba has none)",
        ));
    }
    Ok(())
}

/// A constant argument's value.
fn konst(inf: &mut Infer, e: &Expr, what: &str) -> IResult<Const> {
    inf.expr(e)?;
    match inf.const_of(e) {
        Some(c) => Ok(c.clone()),
        None => Err(type_err(
            inf,
            e.span,
            format!("rumba's argparse needs {what} written as a constant"),
        )),
    }
}

fn const_str(inf: &mut Infer, e: &Expr, what: &str) -> IResult<String> {
    match konst(inf, e, what)? {
        Const::Str(s) => Ok(s.to_string()),
        _ => Err(type_err(inf, e.span, format!("{what} must be a string"))),
    }
}

/// `argparse.ArgumentParser(description=..., prog=..., epilog=...)`.
fn new_parser(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let e = c.e;
    no_jit(inf, e)?;
    if let Some(a) = c.args.first() {
        return Err(type_err(
            inf,
            a.span,
            "rumba's argparse takes ArgumentParser's arguments by keyword",
        ));
    }
    let mut parser = Parser {
        actions: vec![Action::help()],
        ..Parser::default()
    };
    for k in c.kws {
        if k.name == "formatter_class" {
            let t = inf.expr(&k.value)?;
            let name = match t {
                Type::Const(ConstKind::Builtin, id) => inf.prog.builtin_name(id),
                _ => "",
            };
            match name {
                "argparse.HelpFormatter" => {}
                "argparse.ArgumentDefaultsHelpFormatter" => parser.defaults_in_help = true,
                _ => {
                    return Err(type_err(
                        inf,
                        k.value.span,
                        "rumba's argparse supports formatter_class=HelpFormatter or ArgumentDefaultsHelpFormatter",
                    ))
                }
            }
            continue;
        }
        let v = match konst(inf, &k.value, &format!("ArgumentParser({}=...)", k.name))? {
            Const::Str(s) => Some(s.to_string()),
            Const::None => None,
            _ => {
                return Err(type_err(
                    inf,
                    k.value.span,
                    format!("ArgumentParser({}=...) must be a string", k.name),
                ))
            }
        };
        match k.name.as_str() {
            "description" => parser.description = v,
            "prog" => parser.prog = v,
            "epilog" => parser.epilog = v,
            _ => {
                return Err(type_err(
                    inf,
                    k.name_span,
                    format!("rumba does not support ArgumentParser({}=...)", k.name),
                ))
            }
        }
    }
    inf.res(e, Res::Const);
    let site = site_of(inf, e);
    let parsers = &mut inf.prog.argparsers;
    let id = match parsers.iter().position(|p| p.site == site) {
        Some(i) => i,
        None => {
            parsers.push(ParserState {
                site,
                parser,
                seen: Vec::new(),
            });
            parsers.len() - 1
        }
    };
    Ok(Type::Const(ConstKind::ArgParser, id as u32))
}

/// Methods of a parser; None when `rt` is not one.
pub fn method(
    inf: &mut Infer,
    e: &Expr,
    rt: &Type,
    attr: &str,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let Type::Const(ConstKind::ArgParser, id) = *rt else {
        return Ok(None);
    };
    no_jit(inf, e)?;
    let id = id as usize;
    let no_kws = |inf: &Infer| match kws.first() {
        Some(k) => Err(type_err(
            inf,
            k.name_span,
            format!("rumba does not support {attr}({}=...)", k.name),
        )),
        None => Ok(()),
    };
    let site = |inf: &mut Infer, explicit| ap::Site {
        parser: inf.prog.argparsers[id].parser.clone(),
        argv_slot: inf.prog.argv_slot(),
        explicit,
    };
    let name = format!("argparse.{attr}");
    match attr {
        "add_argument" => {
            add_argument(inf, e, id, args, kws)?;
            inf.res(e, Res::Const);
            Ok(Some(Type::None))
        }
        "parse_args" => {
            no_kws(inf)?;
            if args.len() > 1 {
                return Err(type_err(
                    inf,
                    e.span,
                    "rumba's parse_args() takes at most a list of strings",
                ));
            }
            let mut arg_types = Vec::new();
            if let Some(a) = args.first() {
                let t = inf.expr(a)?;
                if t != Type::List(Rc::new(Type::Str)) {
                    return Err(type_err(
                        inf,
                        a.span,
                        "rumba's parse_args() takes a list of strings",
                    ));
                }
                arg_types.push(t);
            }
            let s = site(inf, !args.is_empty());
            let t = namespace(&s.parser);
            let n = args.len();
            inf.res(
                e,
                native_aux(&name, ap::parse_args, pos_args(n), arg_types, s),
            );
            Ok(Some(t))
        }
        "print_help" | "print_usage" if args.is_empty() => {
            no_kws(inf)?;
            let f = if attr == "print_help" {
                ap::print_help
            } else {
                ap::print_usage
            };
            let s = site(inf, false);
            inf.res(e, native_aux(&name, f, vec![], vec![], s));
            Ok(Some(Type::None))
        }
        "error" if args.len() == 1 => {
            no_kws(inf)?;
            if inf.expr(&args[0])? != Type::Str {
                return Err(type_err(inf, args[0].span, "error() takes a string"));
            }
            let s = site(inf, false);
            inf.res(
                e,
                native_aux(&name, ap::error, pos_args(1), vec![Type::Str], s),
            );
            Ok(Some(Type::None))
        }
        _ => Err(type_err(
            inf,
            e.span,
            format!("rumba does not support ArgumentParser.{attr} with these arguments"),
        )),
    }
}

/// The static type of an argument's value.
fn field_type(a: &Action) -> Type {
    let scalar = match a.ty {
        ValTy::Int => PYINT,
        ValTy::Float => Type::F64,
        ValTy::Str => Type::Str,
        ValTy::Bool => Type::Bool,
    };
    if a.kind == Kind::Append {
        return Type::List(Rc::new(scalar));
    }
    match a.nargs {
        Nargs::One | Nargs::Optional | Nargs::Exactly(0) => scalar,
        _ => Type::List(Rc::new(scalar)),
    }
}

fn namespace(p: &Parser) -> Type {
    Type::Named(Rc::new(NamedTy {
        name: "Namespace".into(),
        fields: p.fields().map(|a| Rc::from(a.dest.as_str())).collect(),
        items: p.fields().map(field_type).collect(),
    }))
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && cs.all(|c| c.is_alphanumeric() || c == '_')
}

fn type_of(inf: &mut Infer, e: &Expr) -> IResult<ValTy> {
    let bad = |inf: &Infer| {
        type_err(
            inf,
            e.span,
            "rumba's argparse supports type=int, float or str",
        )
    };
    match inf.expr(e)? {
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(id) {
            "int" => Ok(ValTy::Int),
            "float" => Ok(ValTy::Float),
            "str" => Ok(ValTy::Str),
            _ => Err(bad(inf)),
        },
        _ => Err(bad(inf)),
    }
}

fn val_of(c: &Const) -> Option<Val> {
    match c {
        Const::Int(i) => i64::try_from(*i).ok().map(Val::Int),
        Const::Float(f) => Some(Val::Float(*f)),
        Const::Str(s) => Some(Val::Str(s.to_string())),
        Const::Bool(b) => Some(Val::Bool(*b)),
        _ => None,
    }
}

/// `parser.add_argument(names..., **options)`: a new action.
fn add_argument(
    inf: &mut Infer,
    e: &Expr,
    id: usize,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<()> {
    if !inf.loops.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            "rumba's argparse needs add_argument() outside loops (the arguments are known at compile time)",
        ));
    }
    let call = site_of(inf, e);
    if inf.prog.argparsers[id].seen.contains(&call) {
        return Ok(());
    }
    let mut names = Vec::new();
    for a in args {
        names.push(const_str(inf, a, "an argument's name")?);
    }
    let Some(first) = names.first() else {
        return Err(type_err(inf, e.span, "add_argument() needs a name"));
    };
    let positional = !first.starts_with('-');
    let argerr = |inf: &Infer, span: Span, msg: String| inf.err("ValueError", span, msg);
    if positional && names.len() > 1 {
        return Err(argerr(
            inf,
            e.span,
            "invalid option string: must start with a character '-'".into(),
        ));
    }
    if !positional {
        for (n, a) in names.iter().zip(args) {
            if !n.starts_with('-') || n == "-" {
                return Err(argerr(
                    inf,
                    a.span,
                    format!(
                        "invalid option string {}: must start with a character '-'",
                        vm::format::str_repr(n)
                    ),
                ));
            }
        }
    }
    let mut action = Action {
        options: if positional {
            Vec::new()
        } else {
            names.clone()
        },
        dest: String::new(),
        kind: Kind::Store,
        ty: ValTy::Str,
        nargs: Nargs::One,
        default: None,
        required: positional,
        help: None,
        metavar: None,
        choices: Vec::new(),
    };
    let mut dest = None;
    let mut ty = None;
    let mut default = None;
    let mut default_list: Option<(Vec<Const>, Span)> = None;
    for k in kws {
        let what = format!("add_argument({}=...)", k.name);
        match k.name.as_str() {
            "dest" => dest = Some((const_str(inf, &k.value, &what)?, k.value.span)),
            "type" => ty = Some(type_of(inf, &k.value)?),
            "default" => match &k.value.kind {
                // An append action's list of constants.
                ExprKind::List(items) => {
                    let mut vals = Vec::new();
                    for it in items {
                        vals.push(konst(inf, it, "each default item")?);
                    }
                    default_list = Some((vals, k.value.span));
                }
                _ => default = Some((konst(inf, &k.value, &what)?, k.value.span)),
            },
            "help" => action.help = Some(const_str(inf, &k.value, &what)?),
            "metavar" => action.metavar = Some(const_str(inf, &k.value, &what)?),
            "required" if !positional => match konst(inf, &k.value, &what)? {
                Const::Bool(b) => action.required = b,
                _ => {
                    return Err(type_err(
                        inf,
                        k.value.span,
                        "required= must be True or False",
                    ))
                }
            },
            "action" => match const_str(inf, &k.value, &what)?.as_str() {
                "store" => {}
                "store_true" => action.kind = Kind::StoreConst(true),
                "store_false" => action.kind = Kind::StoreConst(false),
                "count" => action.kind = Kind::Count,
                "append" => action.kind = Kind::Append,
                a => {
                    return Err(type_err(
                        inf,
                        k.value.span,
                        format!("rumba's argparse does not support action='{a}'"),
                    ))
                }
            },
            "nargs" => {
                action.nargs =
                    match konst(inf, &k.value, &what)? {
                        Const::Int(n) if n >= 1 => Nargs::Exactly(n as usize),
                        Const::Str(s) if &*s == "?" => Nargs::Optional,
                        Const::Str(s) if &*s == "*" => Nargs::ZeroOrMore,
                        Const::Str(s) if &*s == "+" => Nargs::OneOrMore,
                        _ => return Err(type_err(
                            inf,
                            k.value.span,
                            "rumba's argparse supports nargs= a positive number, '?', '*' or '+'",
                        )),
                    }
            }
            "choices" => {
                let (ExprKind::List(items) | ExprKind::Tuple(items)) = &k.value.kind else {
                    return Err(type_err(
                        inf,
                        k.value.span,
                        "rumba's argparse needs choices= as a list or tuple of constants",
                    ));
                };
                for it in items {
                    let c = konst(inf, it, "each choice")?;
                    let Some(v) = val_of(&c) else {
                        return Err(type_err(
                            inf,
                            it.span,
                            "a choice must be a number or a string",
                        ));
                    };
                    action.choices.push(v);
                }
            }
            _ => {
                return Err(type_err(
                    inf,
                    k.name_span,
                    format!("rumba's argparse does not support {what}"),
                ))
            }
        }
    }
    if let Kind::StoreConst(b) = action.kind {
        if ty.is_some() || action.nargs != Nargs::One || !action.choices.is_empty() || positional {
            return Err(type_err(
                inf,
                e.span,
                "store_true/store_false take no type=, nargs= or choices= and need an option name",
            ));
        }
        action.ty = ValTy::Bool;
        action.nargs = Nargs::Exactly(0);
        action.default = Some(Val::Bool(!b));
    }
    if action.kind == Kind::Append {
        if action.nargs != Nargs::One || positional {
            return Err(type_err(
                inf,
                e.span,
                "action='append' takes no nargs= and needs an option name in rumba",
            ));
        }
        action.ty = ty.unwrap_or(ValTy::Str);
        if default.is_some() {
            return Err(type_err(
                inf,
                e.span,
                format!("rumba types args.{} as a list: its default must be a list display of constants", names.join("/")),
            ));
        }
        if let Some((items, span)) = default_list.take() {
            let mut vals = Vec::new();
            for c in &items {
                let v = match (val_of(c), action.ty) {
                    (Some(v @ Val::Int(_)), ValTy::Int)
                    | (Some(v @ Val::Float(_)), ValTy::Float)
                    | (Some(v @ Val::Str(_)), ValTy::Str) => v,
                    _ => {
                        return Err(type_err(
                            inf,
                            span,
                            format!("the default list of an append action of type {} must hold {} constants in rumba", action.ty.name(), action.ty.name()),
                        ))
                    }
                };
                vals.push(v);
            }
            action.default = Some(Val::List(vals));
        }
    } else if let Some((_, span)) = default_list {
        return Err(type_err(
            inf,
            span,
            "a list default is supported by rumba only for action='append'",
        ));
    }
    if action.kind == Kind::Count {
        if ty.is_some() || action.nargs != Nargs::One || !action.choices.is_empty() || positional {
            return Err(type_err(
                inf,
                e.span,
                "action='count' takes no type=, nargs= or choices= and needs an option name in rumba",
            ));
        }
        action.ty = ValTy::Int;
        action.nargs = Nargs::Exactly(0);
    }
    if action.kind == Kind::Store {
        action.ty = ty.unwrap_or(ValTy::Str);
    }
    // The name of the attribute: the positional's name, else the first
    // long option (or the first option) without its dashes.
    action.dest = match dest {
        Some((_, span)) if positional => {
            return Err(argerr(
                inf,
                span,
                "dest supplied twice for positional argument".into(),
            ));
        }
        Some((d, _)) => d,
        None if positional => first.clone(),
        None => {
            let o = names.iter().find(|n| n.starts_with("--")).unwrap_or(first);
            o.trim_start_matches('-').replace('-', "_")
        }
    };
    let parser = &inf.prog.argparsers[id].parser;
    if !is_identifier(&action.dest) || parser.fields().any(|a| a.dest == action.dest) {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "rumba's argparse needs each argument's dest to be a distinct identifier ('{}')",
                action.dest
            ),
        ));
    }
    for o in &action.options {
        if parser.actions.iter().any(|a| a.options.contains(o)) {
            return Err(inf.err(
                "ArgumentError",
                e.span,
                format!(
                    "argument {}: conflicting option string: {o}",
                    action.options.join("/")
                ),
            ));
        }
    }
    if positional && matches!(action.nargs, Nargs::Optional | Nargs::ZeroOrMore) {
        action.required = false;
    }
    let list = matches!(field_type(&action), Type::List(_));
    if let Some((c, span)) = default {
        if action.kind == Kind::Store {
            let v = match (val_of(&c), action.ty) {
                (Some(Val::Str(s)), ValTy::Int | ValTy::Float) if !list => action.ty.convert(&s),
                (Some(v @ Val::Int(_)), ValTy::Int)
                | (Some(v @ Val::Float(_)), ValTy::Float)
                | (Some(v @ Val::Str(_)), ValTy::Str)
                    if !list =>
                {
                    Some(v)
                }
                _ => None,
            };
            let Some(v) = v else {
                return Err(type_err(
                    inf,
                    span,
                    format!(
                        "rumba types args.{} as {}: its default must be a {} constant",
                        action.dest,
                        if list {
                            format!("a list of {}", action.ty.name())
                        } else {
                            action.ty.name().to_string()
                        },
                        action.ty.name()
                    ),
                ));
            };
            action.default = Some(v);
        } else if action.kind == Kind::Count {
            match c {
                Const::Int(n) => action.default = Some(Val::Int(n as i64)),
                _ => {
                    return Err(type_err(
                        inf,
                        span,
                        format!(
                            "rumba types args.{} as int: its default must be an int constant",
                            action.dest
                        ),
                    ))
                }
            }
        } else {
            match c {
                Const::Bool(b) => action.default = Some(Val::Bool(b)),
                _ => {
                    return Err(type_err(
                        inf,
                        span,
                        "a store_true/store_false default must be True or False",
                    ))
                }
            }
        }
    }
    let absent_ok = action.required
        || action.default.is_some()
        || (positional && action.nargs == Nargs::ZeroOrMore);
    if !absent_ok {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "rumba's argparse needs a default= for '{}': without one its value is None when it is not given",
                names.join("/")
            ),
        ));
    }
    if let Some(h) = &action.help {
        if !ap::help_ok(h) {
            return Err(type_err(
                inf,
                e.span,
                "rumba's argparse expands only %(default)s, %(prog)s, %(dest)s, %(required)s and %(metavar)s in help strings",
            ));
        }
    }
    let st = &mut inf.prog.argparsers[id];
    st.seen.push(call);
    st.parser.actions.push(action);
    Ok(())
}
