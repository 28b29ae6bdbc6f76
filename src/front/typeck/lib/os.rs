//! `os`, `os.path` and `os.environ`: what scripts use to locate files
//! beside themselves (`os.path.join(os.path.dirname(__file__), ...)`).
//! `os.environ` is read through `get` only (rumba has no dicts of it).

use super::{func, item, CallSite, Entry, Item, Module, Rule, Value};
use crate::front::ast::Expr;
use crate::front::typeck::{arity, check_kws, native, pos_args, type_err, IResult, Infer};
use vm::lib_os as os;
use vm::native::NativeFn;
use vm::types::Type;

pub const OS: Module = Module {
    name: "os",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

pub const PATH: Module = Module {
    name: "os.path",
    entries: &[PATH_ENTRIES],
    complete: false,
    star: false,
};

pub const ENVIRON: Module = Module {
    name: "os.environ",
    entries: &[&[func("get", getenv)]],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    item("curdir", Item::Const(Value::Str("."))),
    item("environ", Item::Module("os.environ")),
    item(
        "getcwd",
        Item::Func(Rule::Native {
            f: os::getcwd,
            args: &[],
            ret: Type::Str,
        }),
    ),
    func("getenv", getenv),
    item("linesep", Item::Const(Value::Str("\n"))),
    item("name", Item::Const(Value::Str("posix"))),
    item("pardir", Item::Const(Value::Str(".."))),
    item("path", Item::Module("os.path")),
    item("pathsep", Item::Const(Value::Str(":"))),
    item("sep", Item::Const(Value::Str("/"))),
];

const fn str_fn(name: &'static str, f: NativeFn, ret: Type) -> Entry {
    item(
        name,
        Item::Func(Rule::Native {
            f,
            args: &[Type::Str],
            ret,
        }),
    )
}

const PATH_ENTRIES: &[Entry] = &[
    str_fn("abspath", os::path_abspath, Type::Str),
    str_fn("basename", os::path_basename, Type::Str),
    str_fn("dirname", os::path_dirname, Type::Str),
    str_fn("exists", os::path_exists, Type::Bool),
    str_fn("isabs", os::path_isabs, Type::Bool),
    str_fn("isdir", os::path_isdir, Type::Bool),
    str_fn("isfile", os::path_isfile, Type::Bool),
    func("join", join),
    str_fn("normpath", os::path_normpath, Type::Str),
    str_fn("realpath", os::path_realpath, Type::Str),
    item("sep", Item::Const(Value::Str("/"))),
    func("splitext", splitext),
];

/// Every argument must be a str.
fn strs(inf: &Infer, c: &CallSite) -> IResult<()> {
    check_kws(inf, &c.qualified(), c.kws, &[])?;
    for (a, t) in c.args.iter().zip(c.pos) {
        if *t != Type::Str {
            let msg = format!(
                "{}() takes str arguments, not {}",
                c.qualified(),
                inf.tyname(t)
            );
            return Err(type_err(inf, a.span, msg));
        }
    }
    Ok(())
}

/// `os.path.join(a, *p)`.
fn join(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let n = c.pos.len();
    arity(inf, c.e, "os.path.join", n, 1, usize::MAX)?;
    strs(inf, c)?;
    inf.res(
        c.e,
        native(
            "os.path.join",
            os::path_join,
            pos_args(n),
            vec![Type::Str; n],
        ),
    );
    Ok(Type::Str)
}

/// `os.path.splitext(p)`: (root, ext).
fn splitext(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    arity(inf, c.e, "os.path.splitext", c.pos.len(), 1, 1)?;
    strs(inf, c)?;
    inf.res(
        c.e,
        native(
            "os.path.splitext",
            os::path_splitext,
            pos_args(1),
            vec![Type::Str],
        ),
    );
    Ok(Type::Tuple(vec![Type::Str, Type::Str].into()))
}

/// `os.environ.get(key, default)`, `os.getenv(key, default)`: without a
/// str default the result may be None, which a str variable cannot hold.
fn getenv(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let name = c.qualified();
    arity(inf, c.e, &name, c.pos.len(), 1, 2)?;
    strs(inf, c)?;
    if c.pos.len() == 1 {
        let msg = format!("{name}() without a default may give None: rumba needs a str default");
        return Err(type_err(inf, c.e.span, msg));
    }
    inf.res(
        c.e,
        native(&name, os::getenv, pos_args(2), vec![Type::Str; 2]),
    );
    Ok(Type::Str)
}

/// `os.environ[key]`.
pub fn environ_item(inf: &mut Infer, e: &Expr, vt: &Type, index: &Expr) -> IResult<Type> {
    let t = inf.expr(index)?;
    if t != Type::Str {
        let msg = format!("os.environ keys are str, not {}", inf.tyname(&t));
        return Err(type_err(inf, index.span, msg));
    }
    // The mapping (no slots) and the key, as subscripts pass them.
    inf.res(
        e,
        native(
            "os.environ",
            os::environ_get,
            vec![],
            vec![vt.clone(), Type::Str],
        ),
    );
    Ok(Type::Str)
}
