//! C callbacks into compiled script code. A cfunc made by a factory
//! function captures values of the factory's call: it gets one C function
//! per distinct captured values, made when the script asks for its address
//! (`.address`, `.cffi`, `.ctypes`), each calling the compiled function
//! with C's arguments and then its captures.

use crate::error::{VmError, VmResult};
use crate::ffi::callback::{Callback, OnError, Target};
use crate::ffi::ctype::{CTypeId, CTypes};
use crate::interp::Vm;
use crate::native::NativeSite;
use std::cell::RefCell;
use std::collections::HashMap;

/// What C's call of a callback runs: script function `proto` with C's
/// argument slots then `env`'s; C takes its result if `to_c` (one slot,
/// converted to a float if `to_float`). `nret`: the result's width, or
/// `None` to ask the compiled function.
pub fn target(
    proto: usize,
    nret: Option<usize>,
    to_c: bool,
    to_float: bool,
    env: Vec<u64>,
) -> Target {
    // The VM is reached only while a script's C call lends it (see
    // `Vm::lend_to_c`): C may keep the pointer and call it later, or from
    // another thread, and then the callback fails instead.
    Box::new(move |args, out| {
        Vm::with_lent(|vm| {
            let nret = nret.unwrap_or_else(|| vm.protos.get(proto).map_or(0, |p| p.nret));
            let (mut inline, mut heap) = ([0u64; 2], Vec::new());
            let r: &mut [u64] = match inline.get_mut(..nret) {
                Some(r) => r,
                None => {
                    heap.resize(nret, 0);
                    &mut heap
                }
            };
            if env.is_empty() {
                vm.call(proto, args, r)?;
            } else {
                let all: Vec<u64> = args.iter().chain(&env).copied().collect();
                vm.call(proto, &all, r)?;
            }
            // C may write to the same stdout after this returns, and a
            // compiled trace elides its own flushes around C calls on the
            // promise that nothing script-side is left buffered.
            vm.out.flush();
            match (to_c, r.first()) {
                (true, Some(&v)) if to_float => out[0] = (v as i64 as f64).to_bits(),
                (true, Some(&v)) => out[0] = v,
                // A result C does not take (a `void` callback's) is dropped.
                _ => {
                    let refs = vm.protos.get(proto).map_or(&[][..], |p| &p.ret_refs);
                    for (&v, _) in r.iter().zip(refs).filter(|(_, &is_ref)| is_ref) {
                        crate::value::decref(v);
                    }
                }
            }
            Ok(())
        })
        .unwrap_or_else(|| {
            Err(VmError::new(
                "RuntimeError",
                "C called this callback while no script code was calling C (it kept the \
                 function pointer, or called it from another thread)",
            ))
        })
    })
}

/// How a callback reports an error it cannot return to C.
pub fn on_error(name: String) -> OnError {
    Box::new(move |e| {
        let text = Vm::with_lent(|vm| vm.render_traceback(e)).unwrap_or_else(|| format!("{e}\n"));
        eprint!("From callback {name}:\n{text}");
    })
}

/// A cfunc whose function captures run-time values (numbers): its C type,
/// the compiled function, and the C functions made so far, by captures.
pub struct Maker {
    pub types: CTypes,
    pub fty: CTypeId,
    pub proto: usize,
    pub name: String,
    pub nret: Option<usize>,
    pub to_c: bool,
    pub to_float: bool,
    made: RefCell<HashMap<Vec<u64>, Callback>>,
}

impl Maker {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        types: CTypes,
        fty: CTypeId,
        proto: usize,
        name: String,
        nret: Option<usize>,
        to_c: bool,
        to_float: bool,
    ) -> Maker {
        Maker {
            types,
            fty,
            proto,
            name,
            nret,
            to_c,
            to_float,
            made: RefCell::new(HashMap::new()),
        }
    }
}

/// The address of the C function for the captured values `args` (the
/// cfunc's slots), made at its first use; it lives as long as the code.
pub fn address(
    _vm: &mut Vm,
    _: &NativeSite,
    m: &Maker,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let mut made = m.made.borrow_mut();
    if let Some(cb) = made.get(args) {
        out[0] = cb.code_ptr() as u64;
        return Ok(());
    }
    let env = args.to_vec();
    let t = target(m.proto, m.nret, m.to_c, m.to_float, env.clone());
    let cb = Callback::new(&m.types, m.fty, t, on_error(m.name.clone()), 0)
        .map_err(|e| VmError::new("RuntimeError", e))?;
    out[0] = cb.code_ptr() as u64;
    made.insert(env, cb);
    Ok(())
}
