//! Caught exceptions. A handler receives the exception as a string object
//! holding its class name and message separated by a NUL (no class name
//! holds one); these natives test, print and re-raise it.

use crate::error::{TraceEntry, VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{new_str, str_of};
use std::rc::Rc;

/// The value a handler receives for `e`, which unwound through the frames
/// of `tb` (the handler's first).
pub fn value_of(e: &VmError, tb: Vec<TraceEntry>) -> u64 {
    let tb: Vec<String> = tb.iter().map(|t| format!("{}:{}", t.proto, t.pc)).collect();
    new_str(format!("{}\0{}\0{}", e.kind, e.msg, tb.join(",")))
}

/// The class name, message and traceback of a caught exception.
fn parts(slot: u64) -> (&'static str, &'static str, &'static str) {
    // SAFETY: handlers receive strings made by `value_of`, which the
    // lowering keeps in registers of the exception type.
    let s = unsafe { str_of(slot) };
    let mut it = s.splitn(3, '\0');
    let kind = it.next().unwrap_or("");
    (kind, it.next().unwrap_or(""), it.next().unwrap_or(""))
}

/// The base class of a built-in exception class, as CPython defines it.
pub fn base_of(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "BaseException" => return None,
        "Exception" | "SystemExit" | "KeyboardInterrupt" | "GeneratorExit" => "BaseException",
        "ZeroDivisionError" | "OverflowError" | "FloatingPointError" => "ArithmeticError",
        "IndexError" | "KeyError" => "LookupError",
        "NotImplementedError" | "RecursionError" => "RuntimeError",
        "UnboundLocalError" => "NameError",
        "ModuleNotFoundError" => "ImportError",
        "FileNotFoundError" | "PermissionError" | "FileExistsError" => "OSError",
        "UnicodeError" => "ValueError",
        _ => "Exception",
    })
}

/// Whether an exception of class `kind` is caught by `except cls`.
pub fn is_subclass(kind: &str, cls: &str) -> bool {
    let mut k = Some(kind);
    while let Some(c) = k {
        if c == cls {
            return true;
        }
        k = base_of(c);
    }
    false
}

/// `except A` / `except (A, B)`: whether the exception in args[0] is an
/// instance of one of the classes.
pub fn matches(
    _vm: &mut Vm,
    _site: &NativeSite,
    classes: &Rc<[Rc<str>]>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (kind, _, _) = parts(args[0]);
    out[0] = classes.iter().any(|c| is_subclass(kind, c)) as u64;
    Ok(())
}

/// An empty exception register: no exception pending.
pub fn clear(_vm: &mut Vm, _site: &NativeSite, _args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = 0;
    Ok(())
}

/// Whether a `finally` was entered by an exception.
pub fn pending(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = (args[0] != 0) as u64;
    Ok(())
}

/// A bare `raise` in a handler: the exception it caught, again.
pub fn reraise(vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let (kind, msg, tb) = parts(args[0]);
    if kind == "SystemExit" {
        // `sys.exit`'s status, which catching it cleared.
        vm.exit_code = msg.parse().ok();
    }
    let mut e = VmError::new(kind, msg);
    e.traceback = tb
        .split(',')
        .filter_map(|t| {
            let (p, pc) = t.split_once(':')?;
            Some(TraceEntry {
                proto: p.parse().ok()?,
                pc: pc.parse().ok()?,
            })
        })
        .collect();
    e.resumed = true;
    Err(e)
}

/// `str(e)` is the message; `repr(e)` CPython's `Kind('message')` (a
/// KeyError's message already is the repr of its key).
pub fn show(slot: u64, repr: bool) -> String {
    let (kind, msg, _) = parts(slot);
    match (repr, msg.is_empty()) {
        (false, _) => msg.to_string(),
        (true, true) => format!("{kind}()"),
        (true, false) if kind == "KeyError" => format!("{kind}({msg})"),
        (true, false) => format!("{kind}({})", crate::format::str_repr(msg)),
    }
}
