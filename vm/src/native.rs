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

/// A native that also reads its site's static data, a `T`.
pub type AuxFn<T> = fn(&mut Vm, &NativeSite, &T, &[u64], &mut [u64]) -> VmResult<()>;

/// A native function with the site data it reads. The two are paired when
/// the native is named, so a site cannot carry data of another type than
/// its function reads.
#[derive(Clone)]
pub struct Native {
    f: NativeFn,
    aux: Option<Rc<dyn Any>>,
}

impl Native {
    /// A native that reads no site data.
    pub fn plain(f: NativeFn) -> Native {
        Native { f, aux: None }
    }

    /// `f` with the data it reads: a format plan, a prepared C call...
    pub fn with<T: 'static>(f: AuxFn<T>, aux: T) -> Native {
        Native {
            f: call_with::<T>,
            aux: Some(Rc::new(WithAux { f, aux })),
        }
    }
}

impl fmt::Debug for Native {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Native")
    }
}

struct WithAux<T> {
    f: AuxFn<T>,
    aux: T,
}

/// The `NativeFn` of a native made by `Native::with::<T>`.
fn call_with<T: 'static>(
    vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: only `Native::with::<T>` makes a native whose function is
    // `call_with::<T>`, and it pairs it with a `WithAux<T>`; `NativeSite`
    // keeps the two together in private fields. So `aux` points to one,
    // alive as long as the site. (No downcast: this runs on every call.)
    let w = unsafe { &*site.aux.cast::<WithAux<T>>() };
    (w.f)(vm, site, &w.aux, args, out)
}

pub struct NativeSite {
    pub name: String,
    f: NativeFn,
    /// Argument slots.
    pub nargs: usize,
    pub arg_types: Vec<Type>,
    pub ret: Type,
    /// Result slots, and which of them hold references.
    pub nret: usize,
    pub ret_refs: Vec<bool>,
    /// The data `Native::with` paired with the function, owned by `owner`.
    aux: *const (),
    owner: Option<Rc<dyn Any>>,
}

impl NativeSite {
    pub fn new(
        name: impl Into<String>,
        native: Native,
        arg_types: Vec<Type>,
        ret: Type,
    ) -> NativeSite {
        NativeSite {
            name: name.into(),
            f: native.f,
            nargs: arg_types.iter().map(Type::slots).sum(),
            arg_types,
            nret: ret.slots(),
            ret_refs: ret.ref_flags(),
            ret,
            aux: native
                .aux
                .as_ref()
                .map_or(std::ptr::null(), |a| Rc::as_ptr(a).cast()),
            owner: native.aux,
        }
    }

    /// Runs the native: `args` are its argument slots, `out` gets its
    /// results.
    #[inline(always)]
    pub fn call(&self, vm: &mut Vm, args: &[u64], out: &mut [u64]) -> VmResult<()> {
        (self.f)(vm, self, args, out)
    }

    pub fn describe(&self) -> String {
        self.name.clone()
    }

    /// The site's data when its native was paired with a `T` (the JIT
    /// reads a C call's).
    pub fn data<T: 'static>(&self) -> Option<&T> {
        let w = self.owner.as_ref()?.downcast_ref::<WithAux<T>>()?;
        Some(&w.aux)
    }
}

impl fmt::Debug for NativeSite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NativeSite({})", self.name)
    }
}
