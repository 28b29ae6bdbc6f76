//! Native call sites: the operations the bytecode does not spell out as
//! instructions (printing, formatting, array construction, C calls...) are
//! Rust functions called through CALLN. Each site carries the static types
//! of its arguments and result, so a native, like an instruction, never
//! inspects a value's type at run time.

use crate::error::VmResult;
use crate::interp::Vm;
use crate::types::Type;
use std::any::Any;
use std::fmt;
use std::rc::Rc;

/// Reads `args` (the argument slots, borrowed) and writes `out` (the result
/// slots; references written there are owned by the caller).
pub type NativeFn = fn(&mut Vm, &NativeSite, &[u64], &mut [u64]) -> VmResult<()>;

pub struct NativeSite {
    pub name: String,
    pub f: NativeFn,
    /// Argument slots.
    pub nargs: usize,
    pub arg_types: Vec<Type>,
    pub ret: Type,
    /// Result slots, and which of them hold references.
    pub nret: usize,
    pub ret_refs: Vec<bool>,
    /// Site-specific static data: a format plan, a prepared C call...
    pub aux: Option<Rc<dyn Any>>,
}

impl NativeSite {
    pub fn new(
        name: impl Into<String>,
        f: NativeFn,
        arg_types: Vec<Type>,
        ret: Type,
    ) -> NativeSite {
        NativeSite {
            name: name.into(),
            f,
            nargs: arg_types.iter().map(Type::slots).sum(),
            arg_types,
            nret: ret.slots(),
            ret_refs: ret.ref_flags(),
            ret,
            aux: None,
        }
    }

    pub fn with_aux(mut self, aux: Rc<dyn Any>) -> NativeSite {
        self.aux = Some(aux);
        self
    }

    /// The site's static data, which its native put there.
    pub fn aux<T: 'static>(&self) -> &T {
        self.aux
            .as_ref()
            .and_then(|a| a.downcast_ref::<T>())
            .expect("native site built with the aux its native reads")
    }

    pub fn describe(&self) -> String {
        self.name.clone()
    }
}

impl fmt::Debug for NativeSite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NativeSite({})", self.name)
    }
}
