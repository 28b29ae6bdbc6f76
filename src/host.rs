//! Host functions: Rust closures an embedder registers, called from
//! scripts through a native call site.

use std::rc::Rc;
use vm::error::{VmError, VmResult};
use vm::interp::Vm;
use vm::native::NativeSite;
use vm::types::Type;

/// Takes the argument slots, returns the result slots or an error message.
pub type HostFn = dyn Fn(&[u64]) -> Result<Vec<u64>, String>;

pub struct HostEntry {
    pub name: String,
    pub args: Vec<Type>,
    pub ret: Type,
    pub f: Rc<HostFn>,
}

/// The native behind every host function call site.
pub fn host_call(
    _vm: &mut Vm,
    _site: &NativeSite,
    h: &Rc<HostEntry>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let r = (h.f)(args).map_err(|m| VmError::new("RuntimeError", format!("{}: {m}", h.name)))?;
    if r.len() != out.len() {
        return Err(VmError::new(
            "SystemError",
            format!(
                "host function {} returned the wrong number of values",
                h.name
            ),
        ));
    }
    out.copy_from_slice(&r);
    Ok(())
}
