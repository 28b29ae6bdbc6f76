//! The interface between the interpreter and a compiling tier. The VM
//! never depends on the JIT: the JIT implements [`Tier`], and the VM calls
//! it when a loop gets hot, before each instruction while a trace records,
//! and when compiled code returns through an exit.
//!
//! Compiled code is entered from the loop instructions the tier patched
//! into the bytecode (JFORLOOP/JLOOP, which keep the original instruction
//! in [`TraceCode`]); it calls back into the VM only through the C-ABI
//! functions at the end of this file.

use crate::bytecode::{Ins, Proto};
use crate::interp::Vm;

/// An interpreter frame: a call in progress.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Protos live in `Vm::protos`, which only grows between top-level
    /// statements, never while code runs.
    pub proto: *const Proto,
    pub pid: usize,
    /// The next instruction to run in this frame.
    pub pc: usize,
    /// The frame's first stack slot.
    pub base: usize,
    /// The caller's register that receives the return value.
    pub dst: usize,
    /// The caller's CALL instruction, for tracebacks.
    pub call_pc: usize,
}

/// Where the interpreter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    pub pid: usize,
    pub pc: usize,
    /// The current frame's first stack slot.
    pub base: usize,
}

/// A frame an exit rebuilds: a call the trace had inlined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitFrame {
    pub pid: usize,
    pub base: usize,
    /// Where its caller resumes when it returns, the register receiving the
    /// result, and the CALL instruction.
    pub ret_pc: usize,
    pub dst: usize,
    pub call_pc: usize,
}

/// How the interpreter resumes after compiled code returned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resume {
    /// Inlined calls to rebuild, outermost first; the innermost is where
    /// execution resumes.
    pub frames: Vec<ExitFrame>,
    /// The instruction to run next, in the innermost frame.
    pub pc: usize,
    /// Raise the error a native parked in the VM instead of running it.
    pub error: bool,
    /// Record a side trace from here.
    pub record: bool,
}

/// A compiling tier.
pub trait Tier {
    /// The loop instruction at `at` got hot: return true to record a trace
    /// starting there.
    fn hot(&mut self, vm: &Vm, at: At) -> bool;
    /// Called before each instruction while recording; false stops
    /// recording (the trace is complete or was aborted).
    fn record(&mut self, vm: &mut Vm, at: At) -> bool;
    /// Compiled code entered at `at` returned `exit`: complete the state
    /// its snapshot describes in the VM stack and say where to resume.
    fn exit(&mut self, vm: &mut Vm, at: At, exit: u64) -> Resume;
    /// A report of what the tier did, for `--jit-stats`.
    fn report(&self, vm: &Vm) -> String;
    /// Dump text accumulated since the last call (`--dump`).
    fn take_log(&mut self) -> String;
}

/// Compiled code for a loop instruction.
pub struct TraceCode {
    /// `extern "C" fn(regs: *mut u64, ctx: *const TraceCtx) -> u64`.
    pub mcode: usize,
    /// Stack slots the trace uses from its frame's base.
    pub frame_size: usize,
    /// The instruction the trace replaced.
    pub orig: Ins,
    /// The tier's number for the trace.
    pub trace: u32,
}

/// What compiled code reads through its context argument.
#[repr(C)]
pub struct TraceCtx {
    pub vm: *mut Vm,
    pub globals: *mut u64,
    /// The VM's depth at entry.
    pub depth: usize,
    /// The VM's `native_limit` while the code runs: compiled calls enter
    /// their callee below it.
    pub limit: usize,
    /// One past the VM stack's last slot: compiled calls check their
    /// callee's frame has room below it.
    pub stack_end: *mut u64,
    /// `stack_end` less [`CALL_ROOM`] slots (never dereferenced): a caller
    /// whose frame starts below it has room for a callee's frame.
    pub call_room: *mut u64,
}

/// Slots a compiled caller may need above its frame's start for a call:
/// its callee's frame starts within the caller's (a trace's frame has at
/// most the JIT's `FRAME_LIMIT` slots) and reaches as many more.
pub const CALL_ROOM: usize = 1 << 15;

/// Runs native call `pc` of `proto` on the frame at `regs`, with its
/// argument slots at `args`, as the interpreter's CALLN would. Returns 0,
/// or 1 with the error parked in the VM for the exit to raise.
///
/// # Safety
/// Called by compiled code only, with the VM that entered it, a proto of
/// that VM, the pc of a CALLN in it, the frame the call runs in and the
/// argument slots in the stack above that frame.
pub unsafe extern "C" fn call_native(
    vm: *mut Vm,
    proto: *const Proto,
    pc: usize,
    regs: *mut u64,
    args: *const u64,
) -> u32 {
    // SAFETY: as the caller promises; compiled code holds no reference to
    // the VM while it runs (the JLOOP instruction lent it a raw pointer).
    unsafe { (*vm).native_from_trace(&*proto, pc, regs, args) }
}

/// What a function trace returns when its function returned (its results
/// stored where its `ret` argument points, its frame released).
pub const RETURNED: u64 = u64::MAX;

/// What compiled code passes [`finish_call`] when it did not enter the
/// callee's trace (too deep for the native stack, or at the recursion
/// limit): the interpreter makes the call.
pub const NOT_ENTERED: u64 = u64::MAX - 1;

/// Completes a call compiled code made of script function `pid`, whose
/// frame is at `regs` with its arguments in place: `code` is what the
/// callee's trace returned (an exit id, the callee then resumes in the
/// interpreter where its trace left) or [`NOT_ENTERED`]. The results go to
/// `ret` as RET stores them. Returns 0, or 1 with the error parked.
///
/// # Safety
/// As for [`call_native`]; `regs` is the callee's frame in the VM stack and
/// `ret` the caller's result registers.
pub unsafe extern "C" fn finish_call(
    vm: *mut Vm,
    code: u64,
    regs: *mut u64,
    ret: *mut u64,
    pid: usize,
) -> u32 {
    // SAFETY: as for `call_native`.
    unsafe { (*vm).finish_from_trace(code, regs, ret, pid) }
}

/// Flushes the script's buffered output before compiled code calls C.
///
/// # Safety
/// As for [`call_native`].
pub unsafe extern "C" fn flush_output(vm: *mut Vm) {
    // SAFETY: as for `call_native`.
    unsafe { (*vm).out.flush() }
}

/// A one-argument math function (`MathFn` number `f`) as the interpreter
/// computes it; writes the result to `out` and returns 0, or 1 when it
/// raises (the interpreter then runs the instruction again to raise).
///
/// # Safety
/// `out` must be valid for writing.
pub unsafe extern "C" fn math1(f: i64, x: f64, out: *mut u64) -> u32 {
    match crate::interp::math1(crate::bytecode::MathFn::from_u8(f as u8), x) {
        Ok(v) => {
            // SAFETY: as the caller promises.
            unsafe { *out = v };
            0
        }
        Err(_) => 1,
    }
}

/// Float arithmetic the interpreter computes with a fallible helper: `op`
/// 0 floor division, 1 modulo, 2 power, 3+n two-argument math function n.
/// Returns as [`math1`] does.
///
/// # Safety
/// `out` must be valid for writing.
pub unsafe extern "C" fn arith2(op: i64, x: f64, y: f64, out: *mut u64) -> u32 {
    use crate::interp::{float_divmod, fpow, math2};
    let r = match op {
        0 => float_divmod(x, y).map(|(q, _)| q),
        1 => float_divmod(x, y).map(|(_, m)| m),
        2 => fpow(x, y).ok(),
        n => math2(crate::bytecode::MathFn2::from_u8((n - 3) as u8), x, y).ok(),
    };
    match r {
        Some(v) => {
            // SAFETY: as the caller promises.
            unsafe { *out = v.to_bits() };
            0
        }
        None => 1,
    }
}

/// Integer power, as [`arith2`].
///
/// # Safety
/// `out` must be valid for writing.
pub unsafe extern "C" fn ipow(x: i64, y: i64, out: *mut u64) -> u32 {
    match crate::interp::ipow(x, y) {
        Ok(v) => {
            // SAFETY: as the caller promises.
            unsafe { *out = v as u64 };
            0
        }
        Err(_) => 1,
    }
}
