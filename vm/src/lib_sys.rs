//! `sys.stdout` and `sys.stderr`: `write`, `flush`, and `print(...,
//! file=...)`'s way to standard error.

use crate::error::VmResult;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::str_of;
use std::io::Write;

/// Writes to standard error after what the script printed before.
pub fn write_stderr(vm: &mut Vm, s: &str) {
    vm.out.flush();
    // Output errors (a closed pipe) are not the script's problem.
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)` (aux: standard error):
/// the number of characters written.
pub fn write(
    vm: &mut Vm,
    _site: &NativeSite,
    stderr: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the argument is a string (its static type).
    let s = unsafe { str_of(args[0]) };
    if *stderr {
        write_stderr(vm, s);
    } else {
        vm.out.write_str(s);
    }
    out[0] = s.chars().count() as u64;
    Ok(())
}

/// `sys.stdout.flush()` / `sys.stderr.flush()`.
pub fn flush(vm: &mut Vm, _site: &NativeSite, _args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    vm.out.flush();
    Ok(())
}
