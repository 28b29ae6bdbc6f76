//! Backends: an optimized trace to machine code, in three steps as YJIT
//! splits them — legalize the IR for the target, allocate registers, emit —
//! with one file per target that mirrors the other.
//!
//! # The machine-code contract
//!
//! A root trace is a function `extern "C" fn(regs: *mut u64, ctx: *const
//! Ctx, ret: *mut u64) -> u64`. `regs` points at the VM stack slot that is
//! the trace's slot 0 (the frame the trace started in; inlined frames lie
//! above it at the bases their `FrameInfo` gives). `ret` is where a
//! function trace stores its results (loop traces get null and ignore it).
//! Every trace keeps `ret` in the same slot of the frame, so a side trace
//! is entered by a jump from its parent's exit stub and runs in the root's
//! frame, with `regs` and `ctx` still in their fixed registers and `ret`
//! in its slot (AArch64: every frame has `FRAME_BYTES` of spill space;
//! x86-64: each trace sizes the spill area to its own use where it is
//! entered).
//!
//! - `SLOAD #n` reads `regs[n]`, `SSTORE` writes it, `SREF #n` is its
//!   address; `GLOAD`/`GSTORE` index `ctx.globals`; `VMREF` is `ctx.vm`,
//!   `CTXREF` is `ctx` and `RETREF` is `ret`.
//! - A guard whose condition fails jumps to its exit stub, which writes
//!   every entry of the guard's snapshot to `regs[slot]` (from wherever the
//!   register allocator keeps the value at that point, or the constant),
//!   then returns `exit_id(trace, snapshot)`. The stub ends in a jump that
//!   [`Code::patch_exit`] can retarget to a side trace, which then starts
//!   with the snapshot written back to `regs`.
//! - A trace ending in `End::Link(t)` or `End::Exit` writes back its last
//!   snapshot; the first then jumps to trace `t`'s entry (after the
//!   prologue: the frame is already set up), the second returns that
//!   snapshot's exit id. `End::Loop` in a trace without `LOOP` (one the
//!   optimizer did not peel) writes back its last snapshot and jumps to its
//!   own start. `End::Return` writes nothing back (the function's frame is
//!   dead: the IR stored the results through `RETREF`) and returns
//!   [`RETURNED`](crate::ir::RETURNED).
//! - A `CALL` follows the C ABI; when it is a guard, a nonzero result exits
//!   through its snapshot.
//! - `CALLT a b` calls a function trace (`calls[aux].addr`, 0 for the
//!   trace's own entry; `args[0]` the callee's proto number) on the frame
//!   at `a`, its results going to `b`. `ctx.limit` bounds the nesting and
//!   `ctx.stack_end` the VM stack: when the callee's depth would reach the
//!   limit, or `a` plus `FRAME_LIMIT` slots passes the stack's end, the
//!   code is [`NOT_ENTERED`](crate::ir::NOT_ENTERED) (x86-64 checks the
//!   stricter `a`'s frame below `ctx.call_room` where `a` lies in the
//!   caller's frame); otherwise the
//!   callee runs with its depth one more, as `entry(a, ctx, b)`, whose
//!   result is the code (on x86-64 the call enters the callee's internal
//!   entry instead, without the C ABI's register saves and with the depth
//!   in a register, so `addr` must be a root trace's entry: see
//!   `x86_64.rs`; there a function trace also returns its first result in
//!   `rdx`, which a caller whose call has a `ret` — the callee returns a
//!   result — may take instead of loading it). The VM's `depth` is the code's own only where Rust
//!   code may read it: a `CALL` and `finish_call` (x86-64 sets it there;
//!   AArch64 counts it around every `CALLT`); the VM resets it when the
//!   code returns. A code
//!   other than `RETURNED` goes to `vm::tier::finish_call(vm, code, a, b,
//!   pid)`, which completes the call in the interpreter; its nonzero
//!   status exits through the `CALLT`'s snapshot. It clobbers what a call
//!   does, and `a` and `b` live across the first call, for the second.

#[cfg(target_arch = "aarch64")]
pub mod aarch64;
pub mod regalloc;
#[cfg(target_arch = "x86_64")]
pub mod x86_64;

#[cfg(test)]
mod tests;

use crate::ir::{Aux, CArg, End, Opc, Ref, Trace, Ty};
use crate::mcode::{MCode, McodeError};
use std::fmt;

/// What compiled code reads through its `ctx` argument: the VM's
/// `vm::tier::TraceCtx`, seen without the VM's types.
#[repr(C)]
pub struct Ctx {
    /// The VM, passed to natives.
    pub vm: *mut u8,
    /// The VM's global slots (they do not move while code runs).
    pub globals: *mut u64,
    /// The VM's depth when the interpreter entered the code.
    pub depth: usize,
    /// The VM's native nesting limit while the code runs.
    pub limit: usize,
    /// One past the VM stack's last slot.
    pub stack_end: *mut u64,
    /// `stack_end` less `vm::tier::CALL_ROOM` slots.
    pub call_room: *mut u64,
}

// The VM builds the context and reads the codes; the backends address
// `vm` at offset 0, `globals` at 8 and `depth` at 16.
const _: () = {
    use std::mem::{align_of, offset_of, size_of};
    use vm::tier::TraceCtx;
    assert!(size_of::<Ctx>() == size_of::<TraceCtx>());
    assert!(align_of::<Ctx>() == align_of::<TraceCtx>());
    assert!(offset_of!(Ctx, vm) == offset_of!(TraceCtx, vm) && offset_of!(Ctx, vm) == 0);
    assert!(offset_of!(Ctx, globals) == offset_of!(TraceCtx, globals));
    assert!(offset_of!(Ctx, globals) == 8);
    assert!(offset_of!(Ctx, depth) == offset_of!(TraceCtx, depth));
    assert!(offset_of!(Ctx, depth) == 16);
    assert!(offset_of!(Ctx, limit) == offset_of!(TraceCtx, limit));
    assert!(offset_of!(Ctx, stack_end) == offset_of!(TraceCtx, stack_end));
    assert!(offset_of!(Ctx, call_room) == offset_of!(TraceCtx, call_room));
    assert!(2 * crate::trace::FRAME_LIMIT as usize <= vm::tier::CALL_ROOM);
    assert!(crate::ir::RETURNED == vm::tier::RETURNED);
    assert!(crate::ir::NOT_ENTERED == vm::tier::NOT_ENTERED);
};

/// Values carried around the loop (the left operands of PHIs): their
/// registers change at the back-edge, so an address must not be fused
/// through their definitions, which only held in the first iteration.
fn carried(t: &Trace) -> Vec<bool> {
    let mut c = vec![false; t.ins.len()];
    for ins in t.ins.iter().filter(|i| i.op == Opc::PHI) {
        if ins.a.is_ins() {
            c[ins.a.idx()] = true;
        }
    }
    c
}

/// The value a trace returns when it leaves through a snapshot.
pub fn exit_id(trace: u32, snap: u32) -> u64 {
    (trace as u64) << 32 | snap as u64
}

/// The trace and snapshot of an exit id.
pub fn split_exit_id(id: u64) -> (u32, u32) {
    ((id >> 32) as u32, id as u32)
}

/// Spill slots in every trace's frame (8 bytes each).
pub const SPILL_SLOTS: u16 = 256;

/// Bytes of spill space every trace's frame has below the saved registers.
pub const FRAME_BYTES: usize = 8 * SPILL_SLOTS as usize;

/// Whether a trace starts a frame or runs in its root's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Entered from the interpreter as a function; sets up the frame.
    Root,
    /// Entered by a jump from a patched exit stub of its parent.
    Side,
}

/// Why a trace could not be compiled; the trace is then aborted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AsmError {
    /// More values live at once than registers and spill slots hold.
    Spills,
    /// Machine-code memory is exhausted or cannot be written.
    Mcode(McodeError),
    /// An instruction or a trace shape this backend does not compile.
    Unsupported(String),
    /// The trace breaks an invariant of the IR (a recorder or optimizer bug).
    Invalid(String),
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsmError::Spills => write!(f, "too many spills (more than {SPILL_SLOTS} slots)"),
            AsmError::Mcode(e) => write!(f, "{e}"),
            AsmError::Unsupported(s) => write!(f, "unsupported: {s}"),
            AsmError::Invalid(s) => write!(f, "invalid trace: {s}"),
        }
    }
}

impl std::error::Error for AsmError {}

impl From<McodeError> for AsmError {
    fn from(e: McodeError) -> AsmError {
        AsmError::Mcode(e)
    }
}

/// A compiled trace in machine-code memory.
#[derive(Clone, Debug)]
pub struct Code {
    pub trace: u32,
    pub kind: Kind,
    /// For a root, the function; for a side trace, where its parent's exit
    /// jumps.
    pub entry: usize,
    /// Where `End::Link` of another trace jumps: past the prologue.
    pub link: usize,
    /// Bytes of code and constants.
    pub size: usize,
    /// For each snapshot, where the patchable jump that ends its exit stub
    /// is (x86-64: its rel32; AArch64: the `b`), if a guard or the end of
    /// the trace uses it.
    pub exits: Vec<Option<usize>>,
    /// For each snapshot whose stub writes nothing back, the guards' jumps
    /// to that stub (x86-64: their rel32s), which a side trace can take
    /// directly (empty elsewhere).
    pub direct: Vec<Vec<usize>>,
    /// The bytes as first written, with notes at offsets, for `disasm`.
    bytes: Vec<u8>,
    notes: Vec<(usize, String)>,
    /// Where instructions end and the constant pool begins.
    code_len: usize,
    /// x86-64: which of rbx r12 r13 (bits 0 to 2) the frame holds saved
    /// past this trace's entry (see `x86_64.rs`); AArch64 saves them all.
    pub saved: u8,
}

impl Code {
    /// Retargets the exit stub of snapshot `snap` to `target` (a side
    /// trace's entry), and the guards that jump to a stub writing nothing
    /// back too.
    pub fn patch_exit(&self, mcode: &mut MCode, snap: u32, target: usize) -> Result<(), AsmError> {
        let at = self
            .exits
            .get(snap as usize)
            .copied()
            .flatten()
            .ok_or_else(|| AsmError::Invalid(format!("no exit stub for snapshot #{snap}")))?;
        #[cfg(target_arch = "x86_64")]
        {
            x86_64::patch_exit(mcode, at, target)?;
            for &j in self.direct.get(snap as usize).into_iter().flatten() {
                x86_64::patch_exit(mcode, j, target)?;
            }
            Ok(())
        }
        #[cfg(target_arch = "aarch64")]
        {
            Ok(aarch64::patch_exit(mcode, at, target)?)
        }
        #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
        {
            let _ = (mcode, at, target);
            Err(AsmError::Unsupported(
                "no backend for this architecture".into(),
            ))
        }
    }

    /// Runs a root trace and returns the exit id it leaves with, or
    /// [`RETURNED`](crate::ir::RETURNED).
    ///
    /// # Safety
    /// The code must be a root trace still in live machine-code memory;
    /// `regs` must hold every slot the trace and its side traces touch
    /// (`frame_size`), with the values their types say (objects, pointers);
    /// `ctx` must be valid as the contract describes, and `ret` too for a
    /// function trace (the results it stores, with `ctx.vm` a real VM when
    /// it calls traces).
    pub unsafe fn enter(&self, regs: *mut u64, ctx: *const Ctx, ret: *mut u64) -> u64 {
        // SAFETY: per this function's contract, `entry` is a function with
        // this signature.
        let f: unsafe extern "C" fn(*mut u64, *const Ctx, *mut u64) -> u64 =
            std::mem::transmute(self.entry);
        f(regs, ctx, ret)
    }
}

/// Compiles `trace` as trace number `trace_no` into `mcode`; a side
/// trace's parent has [`Code::saved`] `parent_saved`. `links` gives the
/// [`Code::link`] and [`Code::saved`] of another trace, for `End::Link` (a
/// link to `trace_no` itself jumps to its own start). An error aborts the
/// trace; nothing is written to `mcode` then.
pub fn assemble(
    trace: &Trace,
    trace_no: u32,
    kind: Kind,
    parent_saved: u8,
    links: &dyn Fn(u32) -> Option<(usize, u8)>,
    mcode: &mut MCode,
) -> Result<Code, AsmError> {
    validate(trace)?;
    #[cfg(target_arch = "x86_64")]
    {
        x86_64::assemble(
            trace,
            trace_no,
            kind,
            parent_saved,
            links,
            mcode,
            x86_64::Features::detect(),
        )
    }
    #[cfg(target_arch = "aarch64")]
    {
        let _ = parent_saved;
        aarch64::assemble(trace, trace_no, kind, &|n| links(n).map(|l| l.0), mcode)
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let _ = (trace_no, kind, parent_saved, links, mcode);
        Err(AsmError::Unsupported(
            "no backend for this architecture".into(),
        ))
    }
}

/// The machine code of a trace, one instruction a line with its address
/// and bytes (Intel syntax on x86-64), with exit stubs and labels marked.
pub fn disasm(code: &Code) -> String {
    #[cfg(target_arch = "x86_64")]
    {
        x86_64::disasm(code)
    }
    #[cfg(target_arch = "aarch64")]
    {
        aarch64::disasm(code)
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let _ = code;
        String::new()
    }
}

fn invalid(i: usize, what: &str) -> AsmError {
    AsmError::Invalid(format!("{i:04}: {what}"))
}

/// The type of value a call argument or result of this kind is.
pub(crate) fn carg_ty(c: CArg) -> Option<Ty> {
    match c {
        CArg::Int(m) => (m.ty() == Ty::Int).then_some(Ty::Int),
        CArg::F32 | CArg::F64 => Some(Ty::Num),
    }
}

/// The type an opcode's operands have, where all of them share one.
fn operand_ty(op: Opc) -> Option<Ty> {
    use Opc::*;
    Some(match op {
        FEQ | FNE | FLT | FGE | FLE | FGT | FNLT | FNGE | FNLE | FNGT | FADD | FSUB | FMUL
        | FDIV | FNEG | FABS | FSQRT | FMIN | FMAX | FFLOOR | FCEIL | FTRUNC | F32R | F2I
        | F2IS | BITI => Ty::Num,
        PHI | SSTORE | GSTORE | XSTORE => return None,
        _ => Ty::Int,
    })
}

/// Checks everything the backends rely on, so that no trace, however
/// malformed, makes them panic or emit wrong code silently.
fn validate(t: &Trace) -> Result<(), AsmError> {
    let n = t.ins.len();
    let lp = t.loop_ref().map(|r| r.idx());
    // The type of a value operand defined before `limit`.
    let value = |r: Ref, limit: usize, at: usize| -> Result<Ty, AsmError> {
        if r.is_const() {
            return t
                .consts
                .get(r.idx())
                .map(|k| k.ty())
                .ok_or_else(|| invalid(at, "unknown constant"));
        }
        if r.is_none() || r.idx() >= limit {
            return Err(invalid(at, "operand out of order"));
        }
        let d = &t.ins[r.idx()];
        if d.ty == Ty::Void || d.op == Opc::PHI || d.op.is(crate::ir::flag::CMP) && d.is_guard() {
            return Err(invalid(at, "operand has no value"));
        }
        Ok(d.ty)
    };
    let snapshot = |s: u32, limit: usize, at: usize| -> Result<(), AsmError> {
        let snap = t
            .snaps
            .get(s as usize)
            .ok_or_else(|| invalid(at, "unknown snapshot"))?;
        let r = &snap.entries;
        if r.start > r.end || r.end as usize > t.entries.len() {
            return Err(invalid(at, "bad snapshot entries"));
        }
        for e in t.snap_entries(snap) {
            value(e.val, limit, at)?;
            slot_offset(e.slot).ok_or_else(|| invalid(at, "slot out of range"))?;
        }
        Ok(())
    };
    let mut phi_of = vec![false; n];
    for (i, ins) in t.ins.iter().enumerate() {
        if ins.op == Opc::NOP {
            continue;
        }
        if ins.op == Opc::LOOP && lp != Some(i) {
            return Err(invalid(i, "second LOOP"));
        }
        if let Some(ty) = ins.op.fixed_ty() {
            if ins.ty != ty {
                return Err(invalid(i, "wrong result type"));
            }
        }
        let limit = if ins.op == Opc::PHI { n } else { i };
        let mut tys = [Ty::Void; 3];
        for (k, (r, kind)) in [ins.a, ins.b, ins.c]
            .into_iter()
            .zip(ins.op.operands())
            .enumerate()
        {
            if kind == crate::ir::Kind::R {
                tys[k] = value(r, limit, i)?;
                if operand_ty(ins.op).is_some_and(|ty| ty != tys[k]) {
                    return Err(invalid(i, "operand of the wrong type"));
                }
            }
        }
        match ins.op.aux() {
            Aux::Slot | Aux::Global => {
                slot_offset(ins.aux).ok_or_else(|| invalid(i, "slot out of range"))?;
            }
            Aux::Mem if ins.mem().is_none() => return Err(invalid(i, "bad memory type")),
            Aux::Field if ins.field().is_none() => return Err(invalid(i, "bad field")),
            _ => {}
        }
        let result_ok = match ins.op {
            Opc::SLOAD | Opc::GLOAD => ins.ty != Ty::Void,
            Opc::XLOAD => ins.mem().map(|m| m.ty()) == Some(ins.ty),
            Opc::XSTORE => ins.mem().map(|m| m.ty()) == Some(tys[2]),
            Opc::PHI => {
                let (a, b) = (ins.a, ins.b);
                let Some(l) = lp.filter(|&l| l < i) else {
                    return Err(invalid(i, "PHI without a LOOP before it"));
                };
                if !a.is_ins() || a.idx() >= l || phi_of[a.idx()] {
                    return Err(invalid(
                        i,
                        "PHI's first operand must be a value from before LOOP, in one PHI",
                    ));
                }
                phi_of[a.idx()] = true;
                ins.ty != Ty::Void && tys[0] == ins.ty && tys[1] == ins.ty && !b.is_none()
            }
            Opc::CALL => {
                let ci = t
                    .calls
                    .get(ins.aux as usize)
                    .ok_or_else(|| invalid(i, "unknown call"))?;
                for &(r, c) in &ci.args {
                    if Some(value(r, i, i)?) != carg_ty(c) {
                        return Err(invalid(i, "call argument of the wrong type"));
                    }
                }
                let ret = match ci.ret {
                    None => Some(Ty::Void),
                    Some(c) => carg_ty(c),
                };
                ret == Some(ins.ty) && (!ins.is_guard() || ins.ty == Ty::Int)
            }
            Opc::CALLT => {
                let ci = t
                    .calls
                    .get(ins.aux as usize)
                    .ok_or_else(|| invalid(i, "unknown call"))?;
                if !matches!(&ci.args[..], [(pid, _)] if t.int_const(*pid).is_some()) {
                    return Err(invalid(i, "CALLT's call must carry only the proto number"));
                }
                if !ins.is_guard() {
                    return Err(invalid(i, "CALLT without a snapshot"));
                }
                true
            }
            _ => true,
        };
        if !result_ok {
            return Err(invalid(i, "wrong result type"));
        }
        if ins.is_guard() {
            if !ins.op.is(crate::ir::flag::CMP) && !matches!(ins.op, Opc::CALL | Opc::CALLT) {
                return Err(invalid(i, "only comparisons and calls can be guards"));
            }
            snapshot(ins.snap, i, i)?;
        }
    }
    let has_phi = phi_of.iter().any(|&p| p);
    if t.end != End::Loop && (lp.is_some() || has_phi) {
        return Err(AsmError::Unsupported(
            "LOOP in a trace that does not loop".into(),
        ));
    }
    if t.end == End::Exit && t.snaps.is_empty() {
        return Err(AsmError::Invalid("End::Exit without a snapshot".into()));
    }
    if let Some(s) = regalloc::end_snapshot(t) {
        snapshot(s, n, n)?;
    }
    Ok(())
}

/// The byte offset of slot `n` from the base of `regs` or the globals,
/// when it fits a 32-bit displacement.
pub(crate) fn slot_offset(n: u32) -> Option<i32> {
    i32::try_from(n as u64 * 8).ok()
}
