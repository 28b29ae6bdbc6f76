//! Generators: a call of a function that contains `yield` makes a
//! generator object, a suspended frame (the function's registers and the
//! pc to resume at). Each `next` moves the registers into a frame on the
//! VM stack and runs the function there (`Vm::resume`) until its next
//! YIELD, which hands the value over and moves the registers back, or
//! until it returns, which finishes the generator.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{decref, incref, into_slot, obj_mut, Header, ObjKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Suspended at `pc` (0 before the first `next`).
    Ready,
    /// Running: a `next` of it inside its own code.
    Running,
    /// Returned or raised.
    Done,
}

#[repr(C)]
pub struct GenObj {
    hdr: Header,
    pid: usize,
    pc: usize,
    state: State,
    /// The suspended frame's registers, and which hold references.
    regs: Vec<u64>,
    refs: Vec<bool>,
}

impl Drop for GenObj {
    fn drop(&mut self) {
        for (&s, &r) in self.regs.iter().zip(&self.refs) {
            if r {
                decref(s);
            }
        }
    }
}

/// `gen(args)` of generator function `pid`: a generator suspended before
/// its first instruction, its parameters in place.
pub fn gen_new(
    vm: &mut Vm,
    _: &NativeSite,
    pid: &usize,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let Some(proto) = vm.protos.get(*pid) else {
        return err("SystemError", format!("no function {pid} in this VM"));
    };
    if args.len() != proto.nparams || proto.nregs < args.len() {
        return err(
            "SystemError",
            format!("{} made with a bad frame", proto.name),
        );
    }
    let mut refs = vec![false; proto.nregs];
    for &r in &proto.ref_regs {
        if let Some(f) = refs.get_mut(r as usize) {
            *f = true;
        }
    }
    let mut regs = vec![0; proto.nregs];
    for (i, &a) in args.iter().enumerate() {
        if refs[i] {
            incref(a);
        }
        regs[i] = a;
    }
    out[0] = into_slot(Box::new(GenObj {
        hdr: Header::new(ObjKind::Gen),
        pid: *pid,
        pc: 0,
        state: State::Ready,
        regs,
        refs,
    }));
    Ok(())
}

/// Resumes the generator in `g` until it yields (its value to `value`,
/// true) or finishes (false).
fn advance(vm: &mut Vm, g: u64, value: &mut [u64]) -> VmResult<bool> {
    // SAFETY: the slot of a generator value holds a generator; its frame's
    // registers are taken out while it runs, and the caller's reference
    // keeps it alive.
    let gen = unsafe { obj_mut::<GenObj>(g) };
    match gen.state {
        State::Done => return Ok(false),
        State::Running => return err("ValueError", "generator already executing"),
        State::Ready => {}
    }
    gen.state = State::Running;
    let (pid, pc) = (gen.pid, gen.pc);
    let mut regs = std::mem::take(&mut gen.regs);
    let r = vm.resume(pid, &mut regs, pc, value);
    // SAFETY: as above; the generator's code could not reach it meanwhile
    // but through `advance`, which refuses a running generator.
    let gen = unsafe { obj_mut::<GenObj>(g) };
    match r {
        Ok(Some(next)) => {
            gen.regs = regs;
            gen.pc = next;
            gen.state = State::Ready;
            Ok(true)
        }
        Ok(None) => {
            gen.state = State::Done;
            Ok(false)
        }
        Err(mut e) => {
            gen.state = State::Done;
            // PEP 479: a StopIteration leaving a generator's code would
            // end the loop over it silently.
            if e.kind == "StopIteration" {
                e.kind = "RuntimeError".into();
                e.msg = "generator raised StopIteration".into();
                e.args = None;
            }
            Err(e)
        }
    }
}

/// One step of a loop over a generator: a flag (0 when it finished), then
/// the value it yielded.
pub fn gen_step(vm: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let more = advance(vm, args[0], &mut out[1..])?;
    out[0] = more as u64;
    Ok(())
}

/// `next(g)`: raises StopIteration when the generator has finished.
pub fn gen_next(vm: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    if advance(vm, args[0], out)? {
        return Ok(());
    }
    err("StopIteration", "")
}

/// `next(g, default)`: the default's slots follow the generator's, with
/// `refs` saying which hold references.
pub fn gen_next_or(
    vm: &mut Vm,
    _: &NativeSite,
    refs: &Vec<bool>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if advance(vm, args[0], out)? {
        return Ok(());
    }
    for ((o, &a), &r) in out.iter_mut().zip(&args[1..]).zip(refs) {
        if r {
            incref(a);
        }
        *o = a;
    }
    Ok(())
}
