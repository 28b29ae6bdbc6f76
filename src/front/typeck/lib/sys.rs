//! `sys`: the arguments, `exit`, and a few constants.

use super::{func, item, unsupported, CallSite, Entry, Item, Module, Value};
use crate::front::typeck::{arity, native, pos_args, type_err, IResult, Infer};
use crate::program::Program;
use std::rc::Rc;
use vm::lib_base as base;
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
    unsupported("stdout"),
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
