//! `sys`: the arguments, `exit`, `stdout`/`stderr`, and a few constants.

use super::{func, item, unsupported, CallSite, Entry, Item, Module, Value};
use crate::front::ast::{Expr, Keyword, Span};
use crate::front::typeck::{arity, native, native_aux, pos_args, type_err, IResult, Infer};
use crate::program::Program;
use std::rc::Rc;
use vm::lib_base as base;
use vm::lib_sys;
use vm::types::ConstKind;
use vm::types::{Type, PYINT};

pub const SYS: Module = Module {
    name: "sys",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    item("argv", Item::Global(argv)),
    item(
        "byteorder",
        Item::Const(Value::Str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })),
    ),
    func("exit", exit),
    item("maxsize", Item::Const(Value::Int(i64::MAX))),
    item("platform", Item::Const(Value::Str(std::env::consts::OS))),
    item("stderr", Item::Object),
    item("stdout", Item::Object),
    unsupported("version_info"),
];

/// `sys.argv`: a list of strings in a global slot the driver fills.
fn argv(prog: &mut Program) -> (usize, Type) {
    (prog.argv_slot(), Type::List(Rc::new(Type::Str)))
}

fn exit(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, _, args, pos, _, _) = c.parts();
    let n = pos.len();
    arity(inf, e, "sys.exit", n, 0, 1)?;
    if n == 1 && !pos[0].is_int() {
        return Err(type_err(
            inf,
            args[0].span,
            "sys.exit() takes an integer status",
        ));
    }
    let args_t = if n == 1 { vec![PYINT] } else { vec![] };
    inf.res(e, native("sys.exit", base::sys_exit, pos_args(n), args_t));
    Ok(Type::None)
}

/// Whether `t`, a `file=` argument, is `sys.stderr` (else `sys.stdout`).
pub fn stream(inf: &Infer, t: &Type, span: Span) -> IResult<bool> {
    match t {
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(*id) {
            "sys.stdout" => Ok(false),
            "sys.stderr" => Ok(true),
            _ => Err(type_err(
                inf,
                span,
                "rumba prints only to sys.stdout and sys.stderr",
            )),
        },
        _ => Err(type_err(
            inf,
            span,
            "rumba prints only to sys.stdout and sys.stderr",
        )),
    }
}

/// `sys.stdout.write(s)`, `sys.stderr.flush()`...; None when `rt` is not a
/// stream.
pub fn stream_method(
    inf: &mut Infer,
    e: &Expr,
    rt: &Type,
    attr: &str,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let Type::Const(ConstKind::Builtin, id) = rt else {
        return Ok(None);
    };
    let name = inf.prog.builtin_name(*id).to_string();
    let stderr = match name.as_str() {
        "sys.stdout" => false,
        "sys.stderr" => true,
        _ => return Ok(None),
    };
    let q = format!("{name}.{attr}");
    if let Some(k) = kws.first() {
        return Err(type_err(
            inf,
            k.name_span,
            format!("{q}() takes no keyword arguments"),
        ));
    }
    match attr {
        "write" => {
            arity(inf, e, &q, args.len(), 1, 1)?;
            let t = inf.expr(&args[0])?;
            if t != Type::Str {
                return Err(type_err(
                    inf,
                    args[0].span,
                    format!("write() argument must be str, not {}", inf.tyname(&t)),
                ));
            }
            inf.res(
                e,
                native_aux(&q, lib_sys::write, pos_args(1), vec![Type::Str], stderr),
            );
            Ok(Some(PYINT))
        }
        "flush" => {
            arity(inf, e, &q, args.len(), 0, 0)?;
            inf.res(e, native(&q, lib_sys::flush, vec![], vec![]));
            Ok(Some(Type::None))
        }
        _ => Err(type_err(inf, e.span, format!("rumba does not support {q}"))),
    }
}
