//! Backends: an optimized trace to machine code, in three steps as YJIT
//! splits them — legalize the IR for the target, allocate registers, emit —
//! with one file per target that mirrors the other.
//!
//! # The machine-code contract
//!
//! A root trace is a function `extern "C" fn(regs: *mut u64, ctx: *const
//! Ctx) -> u64`. `regs` points at the VM stack slot that is the trace's slot
//! 0 (the frame the trace started in; inlined frames lie above it at the
//! bases their `FrameInfo` gives). Every trace keeps the same frame layout
//! (`FRAME_BYTES` of spill space below the saved registers), so a side
//! trace is entered by a jump from its parent's exit stub and runs in the
//! root's frame, with `regs` and `ctx` still in their fixed registers.
//!
//! - `SLOAD #n` reads `regs[n]`, `SSTORE` writes it, `SREF #n` is its
//!   address; `GLOAD`/`GSTORE` index `ctx.globals`; `VMREF` is `ctx.vm`.
//! - A guard whose condition fails jumps to its exit stub, which writes
//!   every entry of the guard's snapshot to `regs[slot]` (from wherever the
//!   register allocator keeps the value at that point, or the constant),
//!   then returns `exit_id(trace, snapshot)`. The stub ends in a jump that
//!   [`Code::patch_exit`] can retarget to a side trace, which then starts
//!   with the snapshot written back to `regs`.
//! - A trace ending in `End::Link(t)` or `End::Exit` writes back its last
//!   snapshot; the first then jumps to trace `t`'s entry (after the
//!   prologue: the frame is already set up), the second returns that
//!   snapshot's exit id.
//! - A `CALL` follows the C ABI; when it is a guard, a nonzero result exits
//!   through its snapshot.

pub mod regalloc;
#[cfg(target_arch = "x86_64")]
pub mod x86_64;

#[cfg(test)]
mod tests;

/// What compiled code reads through its `ctx` argument.
#[repr(C)]
pub struct Ctx {
    /// The VM, passed to natives.
    pub vm: *mut u8,
    /// The VM's global slots (they do not move while code runs).
    pub globals: *mut u64,
}

/// The value a trace returns when it leaves through a snapshot.
pub fn exit_id(trace: u32, snap: u32) -> u64 {
    (trace as u64) << 32 | snap as u64
}

/// The trace and snapshot of an exit id.
pub fn split_exit_id(id: u64) -> (u32, u32) {
    ((id >> 32) as u32, id as u32)
}
