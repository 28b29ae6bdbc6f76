//! Caught exceptions. A handler receives the exception as a string object
//! holding its class name, message, traceback and the repr of its args
//! separated by NULs (no class name holds one); these natives raise, test,
//! print and re-raise it. Script exception classes register their base
//! class with the VM when raised, which is before anything can catch them.

use crate::error::{TraceEntry, VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{new_str, str_of};
use std::rc::Rc;

/// The value a handler receives for `e`, which unwound through the frames
/// of `tb` (the handler's first).
pub fn value_of(e: &VmError, tb: Vec<TraceEntry>) -> u64 {
    let tb: Vec<String> = tb.iter().map(|t| format!("{}:{}", t.proto, t.pc)).collect();
    let args = e.args.as_deref().unwrap_or("");
    new_str(format!("{}\0{}\0{}\0{args}", e.kind, e.msg, tb.join(",")))
}

/// The class name, message, traceback and args repr (empty if unknown)
/// of a caught exception.
fn parts(slot: u64) -> (&'static str, &'static str, &'static str, &'static str) {
    // SAFETY: handlers receive strings made by `value_of`, which the
    // lowering keeps in registers of the exception type.
    let s = unsafe { str_of(slot) };
    let mut it = s.splitn(4, '\0');
    let kind = it.next().unwrap_or("");
    let msg = it.next().unwrap_or("");
    (kind, msg, it.next().unwrap_or(""), it.next().unwrap_or(""))
}

/// `raise E(args)`: `chain` is the class and its bases up to a built-in
/// exception; args[0] is `str` of the one argument (or of the args tuple),
/// args[1] the args tuple's repr.
pub fn raise(
    vm: &mut Vm,
    _site: &NativeSite,
    chain: &Rc<[Rc<str>]>,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    for w in chain.windows(2) {
        vm.exc_bases.insert(w[0].clone(), w[1].clone());
    }
    let kind = chain.first().map_or("Exception", |k| &**k);
    // SAFETY: the lowering passes two strings.
    let (msg, repr) = unsafe { (str_of(args[0]), str_of(args[1])) };
    // A KeyError's message is the repr of its one argument.
    let msg = match repr.strip_suffix(",)") {
        Some(one) if chain.last().is_some_and(|b| &**b == "KeyError") => {
            one.strip_prefix('(').unwrap_or(one).to_string()
        }
        _ => msg.to_string(),
    };
    // Numba's errors highlight their message in bold, in their args too.
    let (msg, repr) = match kind.starts_with(NUMBA_ERRORS) {
        true => {
            let msg = format!("\x1b[1m{msg}\x1b[0m");
            let repr = format!("({},)", crate::format::str_repr(&msg));
            (msg, repr)
        }
        false => (msg, repr.to_string()),
    };
    let mut e = VmError::new(kind, msg);
    e.args = Some(repr.into());
    Err(e)
}

/// The module of Numba's exception classes, which tracebacks name.
const NUMBA_ERRORS: &str = "numba.core.errors.";

/// An exception class's `__name__` (a Numba or numpy error's is unqualified).
fn class_name(kind: &str) -> &str {
    match kind.strip_prefix(NUMBA_ERRORS) {
        Some(k) => k,
        None => kind.strip_prefix("numpy.exceptions.").unwrap_or(kind),
    }
}

/// The base class of `kind`: a script class's registered one, or CPython's.
fn base_in(vm: &Vm, kind: &str) -> Option<Rc<str>> {
    match vm.exc_bases.get(kind) {
        Some(b) => Some(b.clone()),
        None => base_of(kind).map(Rc::from),
    }
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
        "UnicodeError" | "StatisticsError" | "numpy.exceptions.AxisError" => "ValueError",
        "numba.core.errors.TypingError" | "numba.core.errors.UnsupportedError" => {
            "numba.core.errors.NumbaError"
        }
        _ => "Exception",
    })
}

/// A built-in exception class's second base: numpy's AxisError is an
/// IndexError as well as a ValueError.
fn second_base(kind: &str) -> Option<&'static str> {
    (kind == "numpy.exceptions.AxisError").then_some("IndexError")
}

/// The module of a built-in exception class outside `builtins`, which
/// CPython's traceback names with it (a script class of that name aside).
pub fn module_of(vm: &Vm, kind: &str) -> Option<&'static str> {
    match kind {
        _ if vm.exc_bases.contains_key(kind) => None,
        "StatisticsError" => Some("statistics"),
        _ => None,
    }
}

/// `except A` / `except (A, B)`: whether the exception in args[0] is an
/// instance of one of the classes.
pub fn matches(
    vm: &mut Vm,
    _site: &NativeSite,
    classes: &Rc<[Rc<str>]>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (kind, _, _, _) = parts(args[0]);
    let chain = |vm: &Vm, from: &str, c: &str| {
        let mut k: Option<Rc<str>> = Some(Rc::from(from));
        while let Some(x) = k {
            if *x == *c {
                return true;
            }
            k = base_in(vm, &x);
        }
        false
    };
    out[0] = classes
        .iter()
        .any(|c| chain(vm, kind, c) || second_base(kind).is_some_and(|b| chain(vm, b, c)))
        as u64;
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
    let (kind, msg, tb, repr) = parts(args[0]);
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
    e.args = (!repr.is_empty()).then(|| repr.into());
    Err(e)
}

/// `str(e)` is the message; `repr(e)` CPython's `Kind('message')` (a
/// KeyError's message already is the repr of its key).
pub fn show(slot: u64, repr: bool) -> String {
    let (kind, msg, _, args) = parts(slot);
    let kind = class_name(kind);
    if repr && !args.is_empty() {
        // `E(a, b)`; one argument has no trailing comma.
        let inner = args.strip_suffix(",)").map(|a| format!("{a})"));
        return format!("{kind}{}", inner.as_deref().unwrap_or(args));
    }
    match (repr, msg.is_empty()) {
        (false, _) => msg.to_string(),
        (true, true) => format!("{kind}()"),
        (true, false) if kind == "KeyError" => format!("{kind}({msg})"),
        (true, false) => format!("{kind}({})", crate::format::str_repr(msg)),
    }
}

/// `e.args` as printed: the args a `raise` gave, or the one message of an
/// error the runtime raised.
pub fn show_args(slot: u64) -> String {
    let (_, msg, _, args) = parts(slot);
    match (args.is_empty(), msg.is_empty()) {
        (false, _) => args.to_string(),
        (true, true) => "()".to_string(),
        (true, false) => format!("({},)", crate::format::str_repr(msg)),
    }
}

/// `e.args`: the exception, seen as its args.
pub fn args_of(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    crate::value::incref(args[0]);
    out[0] = args[0];
    Ok(())
}

/// `type(e).__name__`: the exception's class name.
pub fn kind_of(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(class_name(parts(args[0]).0));
    Ok(())
}
