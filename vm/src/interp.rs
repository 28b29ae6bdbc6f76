//! The interpreter: a register machine over a flat slot stack. Each frame is
//! a window of `nregs` slots; calls copy their arguments into the next
//! window. Loop instructions (FORLOOP, LOOP) count executions in a small
//! hash of counters; a hot one asks the compiling tier (`tier.rs`) whether
//! to record a trace, and the dispatch loop then runs in its recording
//! instantiation (`execute::<true>`), which reports each instruction to the
//! tier before running it. The state of an execution is a value (`Exec`),
//! so it can switch between the two loops, and an exit from compiled code
//! can resume it at any instruction with the frames the trace had inlined.

use crate::bytecode::{arg_words, Ins, MathFn, MathFn2, Op, Proto};
use crate::dtype::DType;
use crate::error::{err, TraceEntry, VmError, VmResult};
use crate::ffi::callback::Memo;
use crate::native::NativeSite;
use crate::tier::{At, Frame, Tier, TraceCode, TraceCtx, NOT_ENTERED, RETURNED};
use crate::value::{decref, incref, obj, ArrayObj};
use std::cell::Cell;
use std::io::Write;
use std::mem::MaybeUninit;
use std::rc::Rc;

/// Slots in the stack; a frame that does not fit is a RecursionError.
const STACK_SLOTS: usize = 1 << 20;
/// Maximum call depth, like CPython's recursion limit but deeper, since
/// frames are small.
pub const MAX_DEPTH: usize = 20_000;
/// Calls compiled code may nest on the native stack (each takes a few KiB
/// of it) below the outermost entry into compiled code; deeper calls run
/// in the interpreter, whose frames are on the VM stack.
const NATIVE_ROOM: usize = 200;
/// Maximum nesting of `Vm::call`: script code entered again from a native
/// or a C callback while other script code runs. Each level takes Rust
/// stack (about 4 KiB through a C callback), and 200 levels fit a 2 MiB
/// thread stack with room to spare.
const MAX_NESTED: u32 = 200;
/// Iterations before a loop counts as hot.
pub const HOT_LOOP: u16 = 56;
const HOT_SLOTS: usize = 64;
/// Native calls with up to this many argument and result slots keep them
/// on the Rust stack; wider ones use the heap.
const INLINE_ARGS: usize = 16;
const INLINE_RESULTS: usize = 8;

/// Where printed output goes.
pub enum Output {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Capture(Vec<u8>),
}

impl Output {
    pub fn write_str(&mut self, s: &str) {
        // Output errors (a closed pipe) are not the script's problem.
        let _ = match self {
            Output::Stdout(w) => w.write_all(s.as_bytes()),
            Output::Capture(v) => {
                v.extend_from_slice(s.as_bytes());
                Ok(())
            }
        };
    }

    #[inline]
    pub fn flush(&mut self) {
        // Cheap when nothing is buffered: C calls flush before each call.
        if let Output::Stdout(w) = self {
            if !w.buffer().is_empty() {
                let _ = w.flush();
            }
        }
    }

    /// Captured output, for tests and embedders.
    pub fn take(&mut self) -> String {
        match self {
            Output::Capture(v) => String::from_utf8_lossy(&std::mem::take(v)).into_owned(),
            Output::Stdout(_) => String::new(),
        }
    }
}

/// An execution in progress: the interrupted frames below the current one,
/// and where the current one is.
pub struct Exec {
    frames: Vec<Frame>,
    /// Keeps the entry proto alive (the others live in `Vm::protos`).
    _entry: Rc<Proto>,
    proto: *const Proto,
    pid: usize,
    base: usize,
    pc: usize,
    /// Report each instruction to the tier before running it.
    record: bool,
    /// Run the next compiled loop's own instruction once instead of its
    /// trace: the trace just left there.
    skip: bool,
}

/// The file names of the standard modules rumba ships in Python
/// (src/stdlib), which tracebacks leave out as CPython's leave out C.
pub const SHIPPED_FILES: &str = "<rumba>/";

pub struct Vm {
    pub protos: Vec<Rc<Proto>>,
    /// Module globals, flattened; `global_refs` marks the reference slots.
    pub globals: Vec<u64>,
    pub global_refs: Vec<bool>,
    /// `STACK_SLOTS` slots from `Box::into_raw`, freed on drop. Every
    /// access goes through this one raw pointer, so the register pointers
    /// of suspended frames stay valid while a native or a callback runs
    /// script code in the frames above them.
    stack: *mut u64,
    /// One past the stack's last slot (compiled code checks the room a
    /// call it makes needs).
    stack_end: *mut u64,
    /// First free stack slot.
    top: usize,
    /// Frames in use: the recursion depth. Compiled code that calls
    /// compiled code counts its frames here too (`DEPTH_OFFSET`).
    depth: usize,
    /// The depth up to which calls may nest on the native stack
    /// (`NATIVE_LIMIT_OFFSET`): `MAX_DEPTH` while no compiled code runs,
    /// `NATIVE_ROOM` above the outermost entry into it while some does.
    /// Every native nesting adds a frame, so bounding the depth bounds the
    /// native stack, and compiled calls update one counter, not two.
    native_limit: usize,
    /// `Vm::call`s in progress. (A `u32`, unlike `depth`, so the two are
    /// not updated as one vector, which stalls the reload of `depth`.)
    nested: u32,
    pub out: Output,
    hot: [u16; HOT_SLOTS],
    /// Executions of a loop instruction before it counts as hot.
    hot_loop: u16,
    /// The compiling tier, if any.
    pub tier: Option<Box<dyn Tier>>,
    /// Compiled loops, indexed by JFORLOOP/JLOOP's D.
    pub traces: Vec<TraceCode>,
    /// An error a native raised inside compiled code, for the exit to raise.
    pending: Option<VmError>,
    /// Layouts of the record types values may have, for printing.
    pub records:
        std::collections::HashMap<crate::ffi::ctype::CTypeId, Rc<crate::format::RecordType>>,
    /// The exit status a script asked for with sys.exit.
    pub exit_code: Option<i32>,
    /// `np.random`'s states (numpy's and Numba's).
    pub random: crate::lib_random::natives::Generators,
    /// Python's `random` states (CPython's and Numba's).
    pub pyrandom: Box<crate::lib_random::py::PyGenerators>,
    /// What `np.set_printoptions` set.
    pub printopts: crate::format::PrintOptions,
    /// Source files by index (name and text), for tracebacks.
    pub files: Vec<(Rc<str>, Rc<str>)>,
    /// The base class of each script exception class raised so far.
    pub exc_bases: std::collections::HashMap<Rc<str>, Rc<str>>,
    /// Where the generator frame that just yielded resumes (`Vm::resume`).
    yielded: Option<usize>,
    /// This VM's number, unique in the process: callbacks remember what
    /// they found out about a VM's function by it (`Vm::call_lent`).
    uid: u64,
}

/// Offsets of the fields compiled code updates when it calls compiled code.
pub const DEPTH_OFFSET: usize = std::mem::offset_of!(Vm, depth);
pub const NATIVE_LIMIT_OFFSET: usize = std::mem::offset_of!(Vm, native_limit);
const _: () = assert!(size_of::<usize>() == 8 && size_of::<isize>() == 8);

thread_local! {
    /// The VM lending itself to C on this thread (see `Vm::lend_to_c`), or
    /// null.
    static LENT: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
}

/// Puts a previous value back into `LENT`, also when unwinding.
struct Restore(*mut Vm);

impl Drop for Restore {
    #[inline]
    fn drop(&mut self) {
        LENT.set(self.0);
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` as a boxed slice of this length.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.stack, STACK_SLOTS)) });
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new(Output::Stdout(std::io::BufWriter::new(std::io::stdout())))
    }
}

impl Vm {
    pub fn new(out: Output) -> Vm {
        let stack: *mut u64 = Box::into_raw(vec![0; STACK_SLOTS].into_boxed_slice()).cast();
        Vm {
            protos: Vec::new(),
            globals: Vec::new(),
            global_refs: Vec::new(),
            stack,
            // SAFETY: one past the end of the allocation.
            stack_end: unsafe { stack.add(STACK_SLOTS) },
            top: 0,
            depth: 0,
            native_limit: MAX_DEPTH,
            nested: 0,
            out,
            hot: [HOT_LOOP; HOT_SLOTS],
            hot_loop: HOT_LOOP,
            tier: None,
            traces: Vec::new(),
            pending: None,
            records: Default::default(),
            exit_code: None,
            random: Default::default(),
            pyrandom: Default::default(),
            printopts: Default::default(),
            files: Vec::new(),
            exc_bases: Default::default(),
            yielded: None,
            uid: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }

    /// Runs `f`, which calls into C, with this VM lent to the callbacks C
    /// makes meanwhile (see `with_lent`). Every native that calls C goes
    /// through here, as compiled traces that call C must.
    pub fn lend_to_c<R>(&mut self, f: impl FnOnce() -> R) -> R {
        // SAFETY (the lending rule): the pointer published is derived from
        // `self`, the `&mut Vm` held here for the whole C call, and `f`
        // cannot touch the VM (`self` is borrowed by this function), so a
        // callback's `&mut Vm` made from it is a reborrow nested inside
        // `self`, which is what Rust's aliasing rules allow while `self` is
        // protected as a function argument. Nesting works: the previous
        // lender is restored when `f` returns.
        let _restore = Restore(LENT.replace(self));
        f()
    }

    /// Runs `f` on the VM that is lending itself to C on this thread, or
    /// returns `None` when none is: C called a callback outside a call
    /// from script code (keeping the function pointer for later), or from
    /// another thread. Then the VM must not be touched at all.
    #[inline]
    pub fn with_lent<R>(f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
        let vm = LENT.replace(std::ptr::null_mut());
        if vm.is_null() {
            return None;
        }
        let _restore = Restore(vm);
        // SAFETY: `vm` is the lender's own pointer (see `lend_to_c`), whose
        // `&mut Vm` stays unused until its C call returns. It is taken out
        // of `LENT` while `f` runs, so no other callback can make a second
        // `&mut Vm` from it; script code that calls C again lends anew.
        Some(f(unsafe { &mut *vm }))
    }

    /// Python's traceback format for an error. As CPython, a run of more
    /// than three identical entries (deep recursion) shows three and a count.
    pub fn render_traceback(&self, e: &VmError) -> String {
        const CUTOFF: usize = 3;
        fn repeated(s: &mut String, count: usize) {
            if count > CUTOFF {
                let n = count - CUTOFF;
                let plural = if n > 1 { "s" } else { "" };
                s.push_str(&format!(
                    "  [Previous line repeated {n} more time{plural}]\n"
                ));
            }
        }
        let mut s = String::from("Traceback (most recent call last):\n");
        let (mut last, mut count) = (None, 0);
        for t in &e.traceback {
            let Some(proto) = self.protos.get(t.proto) else {
                continue;
            };
            let Some((file, text)) = self.files.get(proto.file as usize) else {
                continue;
            };
            // The standard modules rumba ships in Python are C in CPython,
            // whose tracebacks show no frames of theirs.
            if file.starts_with(SHIPPED_FILES) {
                continue;
            }
            let lo = proto
                .pos
                .get(t.pc)
                .map_or(0, |p| p.lo as usize)
                .min(text.len());
            let start = text[..lo].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..lo].matches('\n').count() + 1;
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let here = Some((proto.file, line, &proto.name));
            if here != last {
                repeated(&mut s, count);
                (last, count) = (here, 0);
            }
            count += 1;
            if count > CUTOFF {
                continue;
            }
            s.push_str(&format!(
                "  File \"{file}\", line {line}, in {}\n",
                proto.name
            ));
            let src = text[start..end].trim();
            if !src.is_empty() {
                s.push_str(&format!("    {src}\n"));
            }
        }
        repeated(&mut s, count);
        if let Some(m) = crate::lib_exc::module_of(self, &e.kind) {
            s.push_str(m);
            s.push('.');
        }
        s.push_str(&format!("{e}\n"));
        s
    }

    /// Adds a global slot, returning its index.
    pub fn add_global(&mut self, is_ref: bool) -> usize {
        self.globals.push(0);
        self.global_refs.push(is_ref);
        self.globals.len() - 1
    }

    /// Stores into a global slot, taking ownership of a reference.
    pub fn set_global(&mut self, slot: usize, v: u64) {
        if self.global_refs[slot] {
            decref(self.globals[slot]);
        }
        self.globals[slot] = v;
    }

    /// Calls proto `pid` with argument slots `args` (borrowed) and writes
    /// its result slots to `ret` (owned by the caller afterwards).
    pub fn call(&mut self, pid: usize, args: &[u64], ret: &mut [u64]) -> VmResult<()> {
        let Some(proto) = self.protos.get(pid).cloned() else {
            return err("SystemError", format!("no function {pid} in this VM"));
        };
        if proto.code.is_empty() || args.len() != proto.nparams || ret.len() != proto.nret {
            return err(
                "SystemError",
                format!(
                    "{} called with {} argument and {} result slots, not {} and {}",
                    proto.name,
                    args.len(),
                    ret.len(),
                    proto.nparams,
                    proto.nret
                ),
            );
        }
        if self.nested >= MAX_NESTED {
            return err(
                "RecursionError",
                "maximum recursion depth exceeded (script code entered again through C)",
            );
        }
        let base = self.top;
        self.enter(&proto, base)?;
        for (i, &a) in args.iter().enumerate() {
            if proto.param_refs[i] {
                incref(a);
            }
            // SAFETY: `enter` checked that the frame fits in the stack.
            unsafe { *self.stack.add(base + i) = a };
        }
        match self.call_compiled(&proto, base, ret) {
            None => {}
            Some(RETURNED) => return Ok(()),
            // The frame is set up; the interpreter finishes the call.
            Some(id) => return self.resume_call(id, &proto, pid, base, ret),
        }
        let saved_top = self.top;
        self.top = base + proto.nregs;
        let mut ex = Exec {
            frames: Vec::new(),
            proto: Rc::as_ptr(&proto),
            _entry: proto,
            pid,
            base,
            pc: 0,
            record: false,
            skip: false,
        };
        self.nested += 1;
        let r = self.run(&mut ex, ret);
        self.nested -= 1;
        self.top = saved_top;
        self.depth -= 1;
        r
    }

    /// Runs a generator's code (proto `pid`) from `pc`, its registers moved
    /// from `saved` into a new frame, until it yields (its result slots to
    /// `ret`, its registers moved back to `saved`: the pc to resume at) or
    /// returns (`None`, the frame released). An error releases the frame.
    pub fn resume(
        &mut self,
        pid: usize,
        saved: &mut [u64],
        pc: usize,
        ret: &mut [u64],
    ) -> VmResult<Option<usize>> {
        let Some(proto) = self.protos.get(pid).cloned() else {
            return err("SystemError", format!("no function {pid} in this VM"));
        };
        if saved.len() != proto.nregs || ret.len() != proto.nret || pc >= proto.code.len() {
            return err(
                "SystemError",
                format!("{} resumed with a bad frame", proto.name),
            );
        }
        if self.nested >= MAX_NESTED {
            return err("RecursionError", "maximum recursion depth exceeded");
        }
        let base = self.top;
        self.enter(&proto, base)?;
        for (i, s) in saved.iter_mut().enumerate() {
            // SAFETY: `enter` checked that the frame fits in the stack.
            unsafe { *self.stack.add(base + i) = std::mem::take(s) };
        }
        let saved_top = self.top;
        self.top = base + proto.nregs;
        let mut ex = Exec {
            frames: Vec::new(),
            proto: Rc::as_ptr(&proto),
            _entry: proto,
            pid,
            base,
            pc,
            record: false,
            skip: false,
        };
        self.nested += 1;
        self.yielded = None;
        let r = self.run(&mut ex, ret);
        self.nested -= 1;
        self.top = saved_top;
        self.depth -= 1;
        r?;
        let Some(next) = self.yielded.take() else {
            return Ok(None);
        };
        for (i, s) in saved.iter_mut().enumerate() {
            // SAFETY: the frame is still in place: YIELD did not release it.
            *s = unsafe { std::mem::take(&mut *self.stack.add(base + i)) };
        }
        Ok(Some(next))
    }

    /// [`Vm::call`] of a function compiled as a trace (JFUNC), entered as
    /// the interpreter's JFUNC would enter it, without starting a dispatch
    /// loop unless the trace leaves through an exit: C callbacks call
    /// compiled comparators and the like this way. The trace's code
    /// ([`RETURNED`]: the call is complete, its depth uncounted), or `None`
    /// when the function is not entered here.
    fn call_compiled(&mut self, proto: &Proto, base: usize, ret: &mut [u64]) -> Option<u64> {
        let first = proto.code.get(0)?;
        if first.op() != Some(Op::JFUNC) || self.depth > self.native_limit {
            return None;
        }
        let t = self.traces.get(first.d())?;
        let (mcode, size) = (t.mcode, t.frame_size);
        if base + size > STACK_SLOTS {
            return None;
        }
        let saved_top = self.top;
        self.top = base + proto.nregs.max(size);
        // SAFETY: the tier installed the trace for this proto, and its
        // frame fits in the stack.
        self.nested += 1;
        let id = unsafe { self.enter_trace(mcode, self.stack.add(base), ret.as_mut_ptr()) };
        self.nested -= 1;
        self.top = saved_top;
        self.depth -= 1;
        Some(id)
    }

    /// A C callback's call of script function `pid` whose code is a
    /// compiled function trace, made on the lent VM without `Vm::call`'s
    /// layers; the output is flushed after, as C may print next. `None`
    /// when the VM is not lent or the short way does not apply (then the
    /// callback's target makes the call, and raises what it must). The
    /// error is boxed: this runs for every call of a qsort comparator, and
    /// an unboxed one would be copied through every layer.
    ///
    /// `memo` is the callback's. Once a call found `pid` compiled, taking
    /// exactly `args`, returning exactly `ret` and holding no references,
    /// it keeps the VM's uid, the trace's code and its frame size, which
    /// stay so for the VM's life (traces are never removed, protos never
    /// change): later calls on that VM go straight to the code.
    #[inline(always)]
    pub fn call_lent(
        pid: usize,
        memo: &Cell<Memo>,
        args: &[u64],
        ret: &mut [u64],
    ) -> Option<Result<(), Box<VmError>>> {
        let lent = LENT.get();
        let m = memo.get();
        // SAFETY: a lent VM is alive; only its uid is read here.
        if !lent.is_null() && unsafe { (*lent).uid } == m.vm {
            // SAFETY: the memo is this VM's.
            return unsafe { Vm::call_memo(lent, pid, m, args, ret) };
        }
        Vm::call_lent_first(pid, memo, args, ret)
    }

    /// `call_lent` without a memo for the lent VM: the checks, the call,
    /// then the memo. Out of line, so that the memo's way, inlined into
    /// the callback stubs' dispatch, stays short.
    #[inline(never)]
    fn call_lent_first(
        pid: usize,
        memo: &Cell<Memo>,
        args: &[u64],
        ret: &mut [u64],
    ) -> Option<Result<(), Box<VmError>>> {
        Vm::with_lent(|vm| {
            let r = vm.call_trace_from_c(pid, args, ret)?;
            if let Some(m) = vm.memo(pid, args.len(), ret.len()) {
                memo.set(m);
            }
            if r.is_ok() {
                vm.out.flush();
            }
            Some(r)
        })
        .flatten()
    }

    /// What `call_lent` may remember of function `pid` (see there).
    fn memo(&self, pid: usize, nargs: usize, nret: usize) -> Option<Memo> {
        let p = self.protos.get(pid)?;
        let first = p.code.get(0)?;
        let t = self.traces.get(first.d())?;
        let plain = first.op() == Some(Op::JFUNC)
            && p.nparams == nargs
            && p.nret == nret
            && p.ref_regs.is_empty()
            && !p.param_refs.contains(&true);
        plain.then(|| Memo {
            vm: self.uid,
            code: t.mcode,
            size: p.nregs.max(t.frame_size),
        })
    }

    /// `call_trace_from_c` of the function `m` describes, on the lent VM
    /// `lent`: the checks that depend on the VM's state, the arguments,
    /// the call.
    ///
    /// # Safety
    /// `lent` is `LENT`'s VM and `m` its memo of function `pid`, with
    /// `args` and `ret` of the lengths the memo was made for.
    #[inline(always)]
    unsafe fn call_memo(
        lent: *mut Vm,
        pid: usize,
        m: Memo,
        args: &[u64],
        ret: &mut [u64],
    ) -> Option<Result<(), Box<VmError>>> {
        // As `with_lent`: no other `&mut Vm` while this one is used.
        LENT.set(std::ptr::null_mut());
        let _restore = Restore(lent);
        // SAFETY: the caller's promise; taken out of `LENT` above.
        let vm = unsafe { &mut *lent };
        let (base, depth, nested) = (vm.top, vm.depth, vm.nested);
        if nested >= MAX_NESTED
            || depth >= vm.native_limit.min(MAX_DEPTH)
            || base + m.size > STACK_SLOTS
        {
            return None;
        }
        // SAFETY: the frame fits in the stack; the function holds no
        // references, so only its parameters are stored (a comparator's two
        // as two stores: a general loop costs more than the call it serves).
        let regs = unsafe { vm.stack.add(base) };
        match *args {
            [a, b] => unsafe {
                regs.write(a);
                regs.add(1).write(b);
            },
            _ => unsafe { std::ptr::copy_nonoverlapping(args.as_ptr(), regs, args.len()) },
        }
        vm.depth = depth + 1;
        vm.top = base + m.size;
        vm.nested = nested + 1;
        // SAFETY: the memo's code is the function's trace, for this frame.
        let id = unsafe { vm.enter_trace(m.code, regs, ret.as_mut_ptr()) };
        vm.nested = nested;
        vm.top = base;
        vm.depth = depth;
        if id != RETURNED {
            return Some(vm.finish_from_c(id, pid, base, ret));
        }
        vm.out.flush();
        Some(Ok(()))
    }

    /// The rest of a call a C callback made whose trace left through an
    /// exit: the interpreter finishes it on the frame at `base`.
    #[cold]
    fn finish_from_c(
        &mut self,
        id: u64,
        pid: usize,
        base: usize,
        ret: &mut [u64],
    ) -> Result<(), Box<VmError>> {
        let proto = self.protos[pid].clone();
        let r = self.resume_call(id, &proto, pid, base, ret);
        if r.is_ok() {
            self.out.flush();
        }
        r.map_err(Box::new)
    }

    /// [`Vm::call`] of a function whose code is a compiled trace, when the
    /// trace can be entered at once; `None` otherwise, with nothing done.
    /// C callbacks come here for every call (a qsort comparator), so the
    /// proto is borrowed, not counted, and the checks come first.
    fn call_trace_from_c(
        &mut self,
        pid: usize,
        args: &[u64],
        ret: &mut [u64],
    ) -> Option<Result<(), Box<VmError>>> {
        // Protos only change between top-level statements, never while C
        // (called from script code) calls back, so this one outlives the
        // call.
        let proto: *const Proto = Rc::as_ptr(self.protos.get(pid)?);
        // SAFETY: as just said.
        let p = unsafe { &*proto };
        let first = p.code.get(0)?;
        if first.op() != Some(Op::JFUNC)
            || args.len() != p.nparams
            || ret.len() != p.nret
            || self.nested >= MAX_NESTED
            || self.depth >= self.native_limit.min(MAX_DEPTH)
        {
            return None;
        }
        let t = self.traces.get(first.d())?;
        let (mcode, size) = (t.mcode, p.nregs.max(t.frame_size));
        let base = self.top;
        if base + size > STACK_SLOTS {
            return None;
        }
        // As `enter`, then the arguments as `Vm::call` stores them.
        self.depth += 1;
        // SAFETY (the stores): the frame fits in the stack.
        for &r in &p.ref_regs {
            if (r as usize) >= p.nparams {
                unsafe { *self.stack.add(base + r as usize) = 0 };
            }
        }
        for ((i, &a), &is_ref) in args.iter().enumerate().zip(&p.param_refs) {
            if is_ref {
                incref(a);
            }
            unsafe { *self.stack.add(base + i) = a };
        }
        let saved_top = self.top;
        self.top = base + size;
        self.nested += 1;
        // SAFETY: the tier installed the trace for this proto, and its
        // frame fits in the stack.
        let id = unsafe { self.enter_trace(mcode, self.stack.add(base), ret.as_mut_ptr()) };
        self.nested -= 1;
        self.top = saved_top;
        self.depth -= 1;
        if id == RETURNED {
            return Some(Ok(()));
        }
        // The frame is set up; the interpreter finishes the call.
        let proto = self.protos[pid].clone();
        Some(
            self.resume_call(id, &proto, pid, base, ret)
                .map_err(Box::new),
        )
    }

    /// Runs `ex` until its entry frame returns, in the plain or the
    /// recording dispatch loop as the tier asks.
    fn run(&mut self, ex: &mut Exec, ret: &mut [u64]) -> VmResult<()> {
        loop {
            let done = if ex.record {
                self.execute::<true>(ex, ret)?
            } else {
                self.execute::<false>(ex, ret)?
            };
            if done {
                return Ok(());
            }
        }
    }

    /// Checks room for a frame at `base` and zeroes its reference registers.
    #[inline(always)]
    fn enter(&mut self, proto: &Proto, base: usize) -> VmResult<()> {
        if base + proto.nregs > STACK_SLOTS || self.depth >= MAX_DEPTH {
            return err("RecursionError", "maximum recursion depth exceeded");
        }
        self.depth += 1;
        for &r in &proto.ref_regs {
            if (r as usize) >= proto.nparams {
                // SAFETY: the frame fits, and the verifier checked that
                // reference registers lie in it.
                unsafe { *self.stack.add(base + r as usize) = 0 };
            }
        }
        Ok(())
    }

    /// Releases the references of the frame of `proto` at `base`.
    fn release(&mut self, proto: &Proto, base: usize) {
        for &r in &proto.ref_regs {
            // SAFETY: as in `enter`, for a frame that was entered.
            unsafe {
                let s = self.stack.add(base + r as usize);
                decref(*s);
                *s = 0;
            }
        }
    }

    /// Unwinds frames after an error, releasing their references and
    /// recording the traceback.
    fn unwind(
        &mut self,
        mut e: VmError,
        frames: Vec<Frame>,
        pid: usize,
        pc: usize,
        proto: &Proto,
        base: usize,
    ) -> VmError {
        self.release(proto, base);
        let mut tb = vec![TraceEntry { proto: pid, pc }];
        for f in frames.into_iter().rev() {
            // SAFETY: see `Frame::proto`.
            self.release(unsafe { &*f.proto }, f.base);
            self.depth -= 1;
            tb.push(TraceEntry {
                proto: f.pid,
                pc: f.call_pc,
            });
        }
        tb.reverse();
        // A callback's error already carries the inner frames.
        e.traceback = crate::error::chain(tb, &mut e);
        e.resumed = false;
        e
    }

    /// Finds the innermost handler covering an error at `at` in the
    /// current frame or at the calls of the frames below it, leaving (and
    /// releasing) the frames above it and handing it the exception; its
    /// pc, or the error unwound through every frame.
    ///
    /// Out of line and taking the dispatch loop's state by value: a
    /// reference to its locals would keep them in memory for the whole
    /// loop (the interpreter ran up to 3x slower).
    #[cold]
    #[inline(never)]
    #[allow(clippy::type_complexity)]
    fn catch(
        &mut self,
        e: VmError,
        mut frames: Vec<Frame>,
        mut pid: usize,
        mut proto: *const Proto,
        mut base: usize,
        at: usize,
    ) -> Result<(usize, Vec<Frame>, usize, *const Proto, usize), VmError> {
        let pc = self.catch_in(e, &mut frames, &mut pid, &mut proto, &mut base, at)?;
        Ok((pc, frames, pid, proto, base))
    }

    fn catch_in(
        &mut self,
        mut e: VmError,
        frames: &mut Vec<Frame>,
        pid: &mut usize,
        proto: &mut *const Proto,
        base: &mut usize,
        at: usize,
    ) -> Result<usize, VmError> {
        // Raised here (an error from a nested `Vm::call` carries its frames).
        // SAFETY: see `Frame::proto`.
        if unsafe { &**proto }.boundscheck
            && e.traceback.is_empty()
            && e.kind == "IndexError"
            && e.msg.contains(" is out of bounds for axis ")
        {
            e.msg = "index is out of bounds".to_string();
        }
        let covers = |p: *const Proto, pc: usize| {
            // SAFETY: see `Frame::proto`.
            let p = unsafe { &*p };
            p.handlers
                .iter()
                .find(|h| (h.start as usize) <= pc && pc < h.end as usize)
                .copied()
        };
        let mut found = covers(*proto, at).map(|h| (frames.len(), h));
        if found.is_none() {
            found = (0..frames.len())
                .rev()
                .find_map(|i| covers(frames[i].proto, frames[i].call_pc).map(|h| (i, h)));
        }
        let Some((level, h)) = found else {
            // SAFETY: see `Frame::proto`.
            return Err(self.unwind(
                e,
                std::mem::take(frames),
                *pid,
                at,
                unsafe { &**proto },
                *base,
            ));
        };
        // The frames it leaves, for a bare `raise` to show.
        let mut tb: Vec<TraceEntry> = (level..frames.len())
            .map(|i| TraceEntry {
                proto: frames[i].pid,
                pc: frames[i].call_pc,
            })
            .collect();
        tb.push(TraceEntry {
            proto: *pid,
            pc: at,
        });
        while frames.len() > level {
            let Some(f) = frames.pop() else { break };
            // SAFETY: see `Frame::proto`.
            self.release(unsafe { &**proto }, *base);
            self.depth -= 1;
            *proto = f.proto;
            *pid = f.pid;
            *base = f.base;
        }
        if e.kind == "SystemExit" {
            self.exit_code = None;
        }
        // SAFETY: the verifier checked that the register is a reference
        // register of the frame, which `enter` made room for.
        unsafe {
            let s = self.stack.add(*base + h.reg as usize);
            decref(*s);
            let tb = crate::error::chain(tb, &mut e);
            *s = crate::lib_exc::value_of(&e, tb);
        }
        Ok(h.target as usize)
    }

    /// The dispatch loop. Returns true when the entry frame returned,
    /// false when `ex` is to continue in the other instantiation.
    #[inline(never)]
    fn execute<const RECORD: bool>(&mut self, ex: &mut Exec, ret: &mut [u64]) -> VmResult<bool> {
        let mut frames = std::mem::take(&mut ex.frames);
        let mut proto: *const Proto = ex.proto;
        // Used inside unsafe blocks. SAFETY: see `Frame::proto`; the entry
        // proto is kept alive by `ex`.
        macro_rules! p {
            () => {
                (&*proto)
            };
        }
        let mut pid = ex.pid;
        let mut base = ex.base;
        // Where the current frame resumes.
        let mut pc: usize = ex.pc;
        // Hands the state back to `ex`, to resume at `pc` in the other loop.
        macro_rules! switch {
            ($pc:expr) => {{
                ex.frames = frames;
                ex.proto = proto;
                ex.pid = pid;
                ex.base = base;
                ex.pc = $pc;
                return Ok(false);
            }};
        }
        'run: loop {
            // SAFETY: the compiler emits register numbers below nregs, and
            // `enter` checked that the frame fits in the stack.
            let regs = unsafe { self.stack.add(base) };
            // SAFETY: as for `p!`.
            let (code, consts) = unsafe { (p!().code.as_ptr(), p!().consts.as_ptr()) };
            macro_rules! r {
                ($i:expr) => {
                    *regs.add($i)
                };
            }
            macro_rules! ri {
                ($i:expr) => {
                    (*regs.add($i) as i64)
                };
            }
            macro_rules! rf {
                ($i:expr) => {
                    f64::from_bits(*regs.add($i))
                };
            }
            // The next instruction. SAFETY: the verifier checked that every
            // jump lands on an instruction and that code never runs off its
            // end.
            let mut ip = unsafe { code.add(pc) };
            macro_rules! pc {
                () => {
                    ip.offset_from(code) as usize
                };
            }
            macro_rules! jump {
                ($off:expr) => {
                    ip = ip.offset($off)
                };
            }
            // A fused compare-and-branch.
            macro_rules! jump_if {
                ($ins:ident, $taken:expr) => {
                    if $taken {
                        jump!($ins.j());
                    }
                };
            }
            // FORLOOP's step: A..A+3 are index, stop, step, loop variable.
            macro_rules! forloop {
                ($a:expr, $off:expr) => {{
                    let a = $a;
                    let step = ri!(a + 2);
                    let (next, overflow) = ri!(a).overflowing_add(step);
                    let stop = ri!(a + 1);
                    if !overflow && (if step > 0 { next < stop } else { next > stop }) {
                        r!(a) = next as u64;
                        r!(a + 3) = next as u64;
                        jump!($off);
                    }
                }};
            }
            // Argument register `i` of the call whose words start at `ip`.
            macro_rules! arg {
                ($i:expr) => {
                    ((*ip.add($i / 4)).0 >> (16 * ($i % 4))) as u16 as usize
                };
            }
            // An error in the instruction being executed: `ip` is still just
            // past its first word, as every instruction fails before it
            // jumps or moves past its argument words.
            macro_rules! fail {
                ($e:expr) => {{
                    let e = $e;
                    raise!(e, pc!() - 1);
                }};
            }
            // Raises `e` at instruction `at`: on to the innermost handler
            // that covers it, or out of the loop.
            macro_rules! raise {
                ($e:expr, $at:expr) => {{
                    let at = $at;
                    let taken = std::mem::take(&mut frames);
                    match self.catch($e, taken, pid, proto, base, at) {
                        Ok((h, f, i, p, b)) => {
                            (pc, frames, pid, proto, base) = (h, f, i, p, b);
                            continue 'run;
                        }
                        Err(e) => return Err(e),
                    }
                }};
            }
            // After compiled code left through exit `id` of the trace entered
            // at `at`: rebuilds the frames it had inlined, raises the error
            // it parked or resumes at the exit's instruction (skipping the
            // trace entry there once), recording a side trace if it is hot.
            macro_rules! resume_after_exit {
                ($at:expr, $id:expr) => {{
                    let res = self.tier_exit($at, $id);
                    for f in &res.frames {
                        frames.push(Frame {
                            proto,
                            pid,
                            pc: f.ret_pc,
                            base,
                            dst: f.dst,
                            call_pc: f.call_pc,
                        });
                        proto = Rc::as_ptr(self.protos.get_unchecked(f.pid));
                        pid = f.pid;
                        base = f.base;
                        self.depth += 1;
                    }
                    if res.error {
                        let e = self.pending.take().unwrap_or_else(|| {
                            VmError::new("SystemError", "compiled code failed without an error")
                        });
                        raise!(e, res.pc);
                    }
                    pc = res.pc;
                    ex.skip = true;
                    if res.record {
                        ex.record = true;
                        switch!(pc);
                    }
                    break;
                }};
            }
            // Runs instructions until a call or return changes the frame.
            unsafe {
                loop {
                    if RECORD
                        && !self.tier_record(At {
                            pid,
                            pc: pc!(),
                            base,
                        })
                    {
                        ex.record = false;
                        switch!(pc!());
                    }
                    let ins: Ins = *ip;
                    ip = ip.add(1);
                    let (a, b, c) = (ins.a(), ins.b(), ins.c());
                    // The typed memory instructions, one body per kind and
                    // an arm per element type (`$size` is the dtype's width,
                    // the scale of a pointer index): array element with a
                    // bounds check, field at a constant offset, pointer
                    // element.
                    macro_rules! mem {
                        (ALD $t:ident, $size:literal) => {{
                            let arr = obj::<ArrayObj>(r!(b));
                            match check_index(ri!(c), arr.shape[0], 0) {
                                Ok(i) => {
                                    r!(a) = DType::$t
                                        .load(arr.data.offset((i * arr.strides[0]) as isize))
                                }
                                Err(e) => fail!(e),
                            }
                        }};
                        (AST $t:ident, $size:literal) => {{
                            let arr = obj::<ArrayObj>(r!(b));
                            match check_index(ri!(c), arr.shape[0], 0) {
                                Ok(i) => DType::$t
                                    .store(arr.data.offset((i * arr.strides[0]) as isize), r!(a)),
                                Err(e) => fail!(e),
                            }
                        }};
                        (XLD $t:ident, $size:literal) => {{
                            let p = r!(b) as *const u8;
                            if p.is_null() {
                                fail!(null_deref());
                            }
                            r!(a) = DType::$t.load(p.add(c));
                        }};
                        (XST $t:ident, $size:literal) => {{
                            let p = r!(b) as *mut u8;
                            if p.is_null() {
                                fail!(null_deref());
                            }
                            DType::$t.store(p.add(c), r!(a));
                        }};
                        (PLD $t:ident, $size:literal) => {{
                            let p = r!(b) as *const u8;
                            if p.is_null() {
                                fail!(null_deref());
                            }
                            let off = ri!(c).wrapping_mul($size) as isize;
                            r!(a) = DType::$t.load(p.wrapping_offset(off));
                        }};
                        (PST $t:ident, $size:literal) => {{
                            let p = r!(b) as *mut u8;
                            if p.is_null() {
                                fail!(null_deref());
                            }
                            let off = ri!(c).wrapping_mul($size) as isize;
                            DType::$t.store(p.wrapping_offset(off), r!(a));
                        }};
                    }
                    // SAFETY: the compiler only emits valid opcodes.
                    let op: Op = std::mem::transmute::<u8, Op>(ins.op_byte());
                    match op {
                        Op::MOV => r!(a) = r!(ins.d()),
                        Op::MOVR => {
                            let v = r!(ins.d());
                            incref(v);
                            decref(r!(a));
                            r!(a) = v;
                        }
                        Op::KINT => r!(a) = ins.di() as i64 as u64,
                        Op::KNUM => r!(a) = *consts.add(ins.d()),
                        Op::KSTR => {
                            let v = p!().strs[ins.d()];
                            incref(v);
                            decref(r!(a));
                            r!(a) = v;
                        }
                        Op::ADD => r!(a) = ri!(b).wrapping_add(ri!(c)) as u64,
                        Op::SUB => r!(a) = ri!(b).wrapping_sub(ri!(c)) as u64,
                        Op::MUL => r!(a) = ri!(b).wrapping_mul(ri!(c)) as u64,
                        Op::ADDI => r!(a) = ri!(b).wrapping_add(ins.ci()) as u64,
                        Op::DIV => match floordiv(ri!(b), ri!(c)) {
                            Some(v) => r!(a) = v as u64,
                            None => fail!(zerodiv("integer division or modulo by zero")),
                        },
                        Op::MOD => match floormod(ri!(b), ri!(c)) {
                            Some(v) => r!(a) = v as u64,
                            None => fail!(zerodiv("integer modulo by zero")),
                        },
                        Op::UDIV => match r!(b).checked_div(r!(c)) {
                            Some(v) => r!(a) = v,
                            None => fail!(zerodiv("integer division or modulo by zero")),
                        },
                        Op::UMOD => match r!(b).checked_rem(r!(c)) {
                            Some(v) => r!(a) = v,
                            None => fail!(zerodiv("integer modulo by zero")),
                        },
                        Op::POW => match ipow(ri!(b), ri!(c)) {
                            Ok(v) => r!(a) = v as u64,
                            Err(e) => fail!(e),
                        },
                        Op::BAND => r!(a) = r!(b) & r!(c),
                        Op::BOR => r!(a) = r!(b) | r!(c),
                        Op::BXOR => r!(a) = r!(b) ^ r!(c),
                        Op::SHL => match shift_count(ri!(c)) {
                            Ok(n) => r!(a) = if n >= 64 { 0 } else { r!(b) << n },
                            Err(e) => fail!(e),
                        },
                        Op::SHR => match shift_count(ri!(c)) {
                            Ok(n) => r!(a) = (ri!(b) >> n.min(63)) as u64,
                            Err(e) => fail!(e),
                        },
                        Op::USHR => match shift_count(ri!(c)) {
                            Ok(n) => r!(a) = if n >= 64 { 0 } else { r!(b) >> n },
                            Err(e) => fail!(e),
                        },
                        Op::NEG => r!(a) = ri!(ins.d()).wrapping_neg() as u64,
                        Op::BNOT => r!(a) = !r!(ins.d()),
                        Op::ABS => r!(a) = ri!(ins.d()).wrapping_abs() as u64,
                        Op::MIN => r!(a) = ri!(b).min(ri!(c)) as u64,
                        Op::MAX => r!(a) = ri!(b).max(ri!(c)) as u64,
                        Op::UMIN => r!(a) = r!(b).min(r!(c)),
                        Op::UMAX => r!(a) = r!(b).max(r!(c)),
                        Op::FADD => r!(a) = (rf!(b) + rf!(c)).to_bits(),
                        Op::FSUB => r!(a) = (rf!(b) - rf!(c)).to_bits(),
                        Op::FMUL => r!(a) = (rf!(b) * rf!(c)).to_bits(),
                        Op::FDIV => {
                            let d = rf!(c);
                            if d == 0.0 {
                                fail!(zerodiv("float division by zero"));
                            }
                            r!(a) = (rf!(b) / d).to_bits();
                        }
                        Op::TDIV => {
                            let d = rf!(c);
                            if d == 0.0 {
                                fail!(zerodiv("division by zero"));
                            }
                            r!(a) = (rf!(b) / d).to_bits();
                        }
                        Op::FFLOORDIV => match float_divmod(rf!(b), rf!(c)) {
                            Some((q, _)) => r!(a) = q.to_bits(),
                            None => fail!(zerodiv("float floor division by zero")),
                        },
                        Op::FMOD => match float_divmod(rf!(b), rf!(c)) {
                            Some((_, m)) => r!(a) = m.to_bits(),
                            None => fail!(zerodiv("float modulo")),
                        },
                        Op::FPOW => match fpow(rf!(b), rf!(c)) {
                            Ok(v) => r!(a) = v.to_bits(),
                            Err(e) => fail!(e),
                        },
                        Op::FNEG => r!(a) = (-rf!(ins.d())).to_bits(),
                        Op::FABS => r!(a) = rf!(ins.d()).abs().to_bits(),
                        Op::FMIN => r!(a) = py_min(rf!(b), rf!(c)).to_bits(),
                        Op::FMAX => r!(a) = py_max(rf!(b), rf!(c)).to_bits(),
                        Op::FSQRT => r!(a) = rf!(ins.d()).sqrt().to_bits(),
                        Op::FMATH => match math1(MathFn::ALL.get(c).copied(), rf!(b)) {
                            Ok(v) => r!(a) = v,
                            Err(e) => fail!(e),
                        },
                        Op::FMATH2 => match math2(MathFn2::ALL.get(c).copied(), rf!(a), rf!(b)) {
                            Ok(v) => r!(a) = v.to_bits(),
                            Err(e) => fail!(e),
                        },
                        Op::F32R => r!(a) = (rf!(ins.d()) as f32 as f64).to_bits(),
                        Op::I2F => r!(a) = (ri!(ins.d()) as f64).to_bits(),
                        Op::U2F => r!(a) = (r!(ins.d()) as f64).to_bits(),
                        Op::F2I => match f2i(rf!(ins.d())) {
                            Ok(v) => r!(a) = v as u64,
                            Err(e) => fail!(e),
                        },
                        Op::F2U => {
                            let f = rf!(ins.d());
                            match f2i(f) {
                                Ok(v) if v >= 0 => r!(a) = v as u64,
                                Ok(_) => fail!(VmError::new(
                                    "OverflowError",
                                    "can't convert negative value to unsigned int"
                                )),
                                Err(_)
                                    if f.is_finite() && f > 0.0 && f < 18446744073709551616.0 =>
                                {
                                    r!(a) = f as u64
                                }
                                Err(e) => fail!(e),
                            }
                        }
                        Op::F2IT => r!(a) = rf!(ins.d()) as i64 as u64,
                        Op::SEXT8 => r!(a) = r!(ins.d()) as i8 as i64 as u64,
                        Op::SEXT16 => r!(a) = r!(ins.d()) as i16 as i64 as u64,
                        Op::SEXT32 => r!(a) = r!(ins.d()) as i32 as i64 as u64,
                        Op::ZEXT8 => r!(a) = r!(ins.d()) as u8 as u64,
                        Op::ZEXT16 => r!(a) = r!(ins.d()) as u16 as u64,
                        Op::ZEXT32 => r!(a) = r!(ins.d()) as u32 as u64,
                        Op::I2B => r!(a) = (r!(ins.d()) != 0) as u64,
                        Op::F2B => r!(a) = (rf!(ins.d()) != 0.0) as u64,
                        Op::NOT => r!(a) = (r!(ins.d()) == 0) as u64,
                        Op::EQ => r!(a) = (r!(b) == r!(c)) as u64,
                        Op::NE => r!(a) = (r!(b) != r!(c)) as u64,
                        Op::LT => r!(a) = (ri!(b) < ri!(c)) as u64,
                        Op::LE => r!(a) = (ri!(b) <= ri!(c)) as u64,
                        Op::ULT => r!(a) = (r!(b) < r!(c)) as u64,
                        Op::ULE => r!(a) = (r!(b) <= r!(c)) as u64,
                        Op::FEQ => r!(a) = (rf!(b) == rf!(c)) as u64,
                        Op::FNE => r!(a) = (rf!(b) != rf!(c)) as u64,
                        Op::FLT => r!(a) = (rf!(b) < rf!(c)) as u64,
                        Op::FLE => r!(a) = (rf!(b) <= rf!(c)) as u64,
                        Op::JMP => jump!(ins.di()),
                        Op::JT => {
                            if r!(a) != 0 {
                                jump!(ins.di());
                            }
                        }
                        Op::JF => {
                            if r!(a) == 0 {
                                jump!(ins.di());
                            }
                        }
                        // One arm each, so each branch is predicted on its own.
                        Op::JLT => jump_if!(ins, ri!(a) < ri!(b)),
                        Op::JLE => jump_if!(ins, ri!(a) <= ri!(b)),
                        Op::JEQ => jump_if!(ins, r!(a) == r!(b)),
                        Op::JNE => jump_if!(ins, r!(a) != r!(b)),
                        Op::JULT => jump_if!(ins, r!(a) < r!(b)),
                        Op::JULE => jump_if!(ins, r!(a) <= r!(b)),
                        Op::JFLT => jump_if!(ins, rf!(a) < rf!(b)),
                        Op::JFLE => jump_if!(ins, rf!(a) <= rf!(b)),
                        Op::JFEQ => jump_if!(ins, rf!(a) == rf!(b)),
                        Op::JFNE => jump_if!(ins, rf!(a) != rf!(b)),
                        // Jump on NaN too: `not (a < b)`.
                        #[allow(clippy::neg_cmp_op_on_partial_ord)]
                        Op::JFNLT => jump_if!(ins, !(rf!(a) < rf!(b))),
                        #[allow(clippy::neg_cmp_op_on_partial_ord)]
                        Op::JFNLE => jump_if!(ins, !(rf!(a) <= rf!(b))),
                        Op::JEQK => jump_if!(ins, ri!(a) == ins.bi()),
                        Op::JNEK => jump_if!(ins, ri!(a) != ins.bi()),
                        Op::JLTK => jump_if!(ins, ri!(a) < ins.bi()),
                        Op::JLEK => jump_if!(ins, ri!(a) <= ins.bi()),
                        Op::JGTK => jump_if!(ins, ri!(a) > ins.bi()),
                        Op::JGEK => jump_if!(ins, ri!(a) >= ins.bi()),
                        Op::FORPREP => {
                            let (start, stop, step) = (ri!(a), ri!(a + 1), ri!(a + 2));
                            if step == 0 {
                                fail!(VmError::new("ValueError", "range() arg 3 must not be zero"));
                            }
                            if (step > 0 && start < stop) || (step < 0 && start > stop) {
                                r!(a + 3) = start as u64;
                            } else {
                                jump!(ins.di());
                            }
                        }
                        Op::FORLOOP => {
                            if !RECORD && self.count_loop(ip) {
                                let at = At {
                                    pid,
                                    pc: pc!() - 1,
                                    base,
                                };
                                if self.tier_hot(at) {
                                    ex.record = true;
                                    switch!(at.pc);
                                }
                            }
                            forloop!(a, ins.di());
                        }
                        Op::LOOP => {
                            if !RECORD && self.count_loop(ip) {
                                let at = At {
                                    pid,
                                    pc: pc!() - 1,
                                    base,
                                };
                                if self.tier_hot(at) {
                                    ex.record = true;
                                    switch!(at.pc);
                                }
                            }
                        }
                        Op::IFORLOOP => forloop!(a, ins.di()),
                        Op::ILOOP | Op::IFUNC => {}
                        Op::FUNC => {
                            if !RECORD && self.count_loop(ip) {
                                let at = At { pid, pc: 0, base };
                                if self.tier_hot(at) {
                                    ex.record = true;
                                    switch!(0);
                                }
                            }
                        }
                        // While recording, a compiled function that the
                        // trace calls is inlined, not entered.
                        Op::JFUNC if RECORD || ex.skip || self.depth > self.native_limit => {
                            ex.skip = false
                        }
                        Op::JFUNC => {
                            let t = self.traces.get_unchecked(ins.d());
                            let (mcode, size) = (t.mcode, t.frame_size);
                            if base + size > STACK_SLOTS {
                                continue;
                            }
                            // Results go where RET would put them.
                            let out = match frames.last() {
                                Some(f) => self.stack.add(f.base + f.dst),
                                None => ret.as_mut_ptr(),
                            };
                            let at = At { pid, pc: 0, base };
                            let saved_top = self.top;
                            self.top = self.top.max(base + size);
                            let id = self.enter_trace(mcode, regs, out);
                            self.top = saved_top;
                            if id == RETURNED {
                                // The trace stored the results and released
                                // the frame: what is left of RET.
                                self.depth -= 1;
                                let Some(f) = frames.pop() else {
                                    self.depth += 1;
                                    return Ok(true);
                                };
                                proto = f.proto;
                                pid = f.pid;
                                pc = f.pc;
                                base = f.base;
                                break;
                            }
                            resume_after_exit!(at, id);
                        }
                        Op::JFORLOOP | Op::JLOOP => {
                            let t = self.traces.get_unchecked(ins.d());
                            let (orig, mcode, size) = (t.orig, t.mcode, t.frame_size);
                            // While recording, a compiled loop the trace
                            // unrolls runs as its original instruction.
                            if RECORD || ex.skip || base + size > STACK_SLOTS {
                                ex.skip = false;
                                if op == Op::JFORLOOP {
                                    forloop!(orig.a(), orig.di());
                                }
                                continue;
                            }
                            let at = At {
                                pid,
                                pc: pc!() - 1,
                                base,
                            };
                            let saved_top = self.top;
                            self.top = self.top.max(base + size);
                            let id = self.enter_trace(mcode, regs, std::ptr::null_mut());
                            self.top = saved_top;
                            resume_after_exit!(at, id);
                        }
                        Op::CALL => {
                            let callee: *const Proto =
                                Rc::as_ptr(self.protos.get_unchecked(ins.d()));
                            let cp = &*callee;
                            let nbase = base + p!().nregs;
                            if let Err(e) = self.enter(cp, nbase) {
                                fail!(e);
                            }
                            let nregs = cp.nparams;
                            let dst = self.stack.add(nbase);
                            for i in 0..nregs {
                                let v = r!(arg!(i));
                                if *cp.param_refs.get_unchecked(i) {
                                    incref(v);
                                }
                                *dst.add(i) = v;
                            }
                            let caller = std::mem::replace(&mut proto, callee);
                            frames.push(Frame {
                                proto: caller,
                                pid,
                                pc: pc!() + arg_words(nregs),
                                base,
                                dst: a,
                                call_pc: pc!() - 1,
                            });
                            pid = ins.d();
                            base = nbase;
                            pc = 0;
                            break;
                        }
                        Op::CALLN => {
                            let site = p!().natives.get_unchecked(ins.d());
                            let top = base + p!().nregs;
                            if let Err(e) = self.call_native(site, regs, ip, a, top) {
                                fail!(e);
                            }
                            ip = ip.add(arg_words(site.nargs));
                        }
                        Op::RET | Op::RET0 => {
                            let n = if op == Op::RET { p!().nret } else { 0 };
                            let refs = p!().ret_refs.as_ptr();
                            // The result slots go straight to their place,
                            // before the frame's references are released:
                            // the caller's frame lies below this one, so
                            // the two never overlap.
                            let Some(f) = frames.pop() else {
                                for (i, slot) in ret.iter_mut().enumerate().take(n) {
                                    let v = r!(a + i);
                                    if *refs.add(i) {
                                        incref(v);
                                    }
                                    *slot = v;
                                }
                                self.release(p!(), base);
                                return Ok(true);
                            };
                            let dst = self.stack.add(f.base + f.dst);
                            for i in 0..n {
                                let v = r!(a + i);
                                if *refs.add(i) {
                                    incref(v);
                                    decref(*dst.add(i));
                                }
                                *dst.add(i) = v;
                            }
                            self.release(p!(), base);
                            self.depth -= 1;
                            proto = f.proto;
                            pid = f.pid;
                            pc = f.pc;
                            base = f.base;
                            break;
                        }
                        Op::YIELD => {
                            // Only a generator's frame yields, and `resume`
                            // runs it as the entry frame.
                            if !frames.is_empty() {
                                fail!(VmError::new("SystemError", "yield outside a generator"));
                            }
                            let refs = p!().ret_refs.as_ptr();
                            for (i, slot) in ret.iter_mut().enumerate().take(p!().nret) {
                                let v = r!(a + i);
                                if *refs.add(i) {
                                    incref(v);
                                }
                                *slot = v;
                            }
                            self.yielded = Some(pc!());
                            return Ok(true);
                        }
                        Op::GGET => r!(a) = *self.globals.get_unchecked(ins.d()),
                        Op::GGETR => {
                            let v = *self.globals.get_unchecked(ins.d());
                            incref(v);
                            decref(r!(a));
                            r!(a) = v;
                        }
                        Op::GSET => *self.globals.get_unchecked_mut(ins.d()) = r!(a),
                        Op::GSETR => {
                            let v = r!(a);
                            incref(v);
                            let g = self.globals.get_unchecked_mut(ins.d());
                            decref(*g);
                            *g = v;
                        }
                        Op::AIDX => {
                            let arr = obj::<ArrayObj>(r!(b));
                            let mut off: i64 = 0;
                            for d in 0..ins.e() {
                                match check_index(ri!(c + d), arr.shape[d], d) {
                                    Ok(i) => off += i * arr.strides[d],
                                    Err(e) => fail!(e),
                                }
                            }
                            r!(a) = arr.data.offset(off as isize) as u64;
                        }
                        Op::ALEN => r!(a) = obj::<ArrayObj>(r!(b)).shape[c] as u64,
                        Op::DATA => r!(a) = obj::<ArrayObj>(r!(ins.d())).data as u64,
                        Op::ALD_B => mem!(ALD Bool, 1),
                        Op::AST_B => mem!(AST Bool, 1),
                        Op::XLD_B => mem!(XLD Bool, 1),
                        Op::XST_B => mem!(XST Bool, 1),
                        Op::PLD_B => mem!(PLD Bool, 1),
                        Op::PST_B => mem!(PST Bool, 1),
                        Op::ALD_I8 => mem!(ALD I8, 1),
                        Op::AST_I8 => mem!(AST I8, 1),
                        Op::XLD_I8 => mem!(XLD I8, 1),
                        Op::XST_I8 => mem!(XST I8, 1),
                        Op::PLD_I8 => mem!(PLD I8, 1),
                        Op::PST_I8 => mem!(PST I8, 1),
                        Op::ALD_I16 => mem!(ALD I16, 2),
                        Op::AST_I16 => mem!(AST I16, 2),
                        Op::XLD_I16 => mem!(XLD I16, 2),
                        Op::XST_I16 => mem!(XST I16, 2),
                        Op::PLD_I16 => mem!(PLD I16, 2),
                        Op::PST_I16 => mem!(PST I16, 2),
                        Op::ALD_I32 => mem!(ALD I32, 4),
                        Op::AST_I32 => mem!(AST I32, 4),
                        Op::XLD_I32 => mem!(XLD I32, 4),
                        Op::XST_I32 => mem!(XST I32, 4),
                        Op::PLD_I32 => mem!(PLD I32, 4),
                        Op::PST_I32 => mem!(PST I32, 4),
                        Op::ALD_I64 => mem!(ALD I64, 8),
                        Op::AST_I64 => mem!(AST I64, 8),
                        Op::XLD_I64 => mem!(XLD I64, 8),
                        Op::XST_I64 => mem!(XST I64, 8),
                        Op::PLD_I64 => mem!(PLD I64, 8),
                        Op::PST_I64 => mem!(PST I64, 8),
                        Op::ALD_U8 => mem!(ALD U8, 1),
                        Op::AST_U8 => mem!(AST U8, 1),
                        Op::XLD_U8 => mem!(XLD U8, 1),
                        Op::XST_U8 => mem!(XST U8, 1),
                        Op::PLD_U8 => mem!(PLD U8, 1),
                        Op::PST_U8 => mem!(PST U8, 1),
                        Op::ALD_U16 => mem!(ALD U16, 2),
                        Op::AST_U16 => mem!(AST U16, 2),
                        Op::XLD_U16 => mem!(XLD U16, 2),
                        Op::XST_U16 => mem!(XST U16, 2),
                        Op::PLD_U16 => mem!(PLD U16, 2),
                        Op::PST_U16 => mem!(PST U16, 2),
                        Op::ALD_U32 => mem!(ALD U32, 4),
                        Op::AST_U32 => mem!(AST U32, 4),
                        Op::XLD_U32 => mem!(XLD U32, 4),
                        Op::XST_U32 => mem!(XST U32, 4),
                        Op::PLD_U32 => mem!(PLD U32, 4),
                        Op::PST_U32 => mem!(PST U32, 4),
                        Op::ALD_U64 => mem!(ALD U64, 8),
                        Op::AST_U64 => mem!(AST U64, 8),
                        Op::XLD_U64 => mem!(XLD U64, 8),
                        Op::XST_U64 => mem!(XST U64, 8),
                        Op::PLD_U64 => mem!(PLD U64, 8),
                        Op::PST_U64 => mem!(PST U64, 8),
                        Op::ALD_F32 => mem!(ALD F32, 4),
                        Op::AST_F32 => mem!(AST F32, 4),
                        Op::XLD_F32 => mem!(XLD F32, 4),
                        Op::XST_F32 => mem!(XST F32, 4),
                        Op::PLD_F32 => mem!(PLD F32, 4),
                        Op::PST_F32 => mem!(PST F32, 4),
                        Op::ALD_F64 => mem!(ALD F64, 8),
                        Op::AST_F64 => mem!(AST F64, 8),
                        Op::XLD_F64 => mem!(XLD F64, 8),
                        Op::XST_F64 => mem!(XST F64, 8),
                        Op::PLD_F64 => mem!(PLD F64, 8),
                        Op::PST_F64 => mem!(PST F64, 8),
                    }
                }
            }
        }
    }

    /// Runs native call site `site`: its arguments are the registers
    /// named by the words at `words`, its results go to registers `a..` of
    /// the frame at `regs`, and its own calls of script code get frames
    /// from `top` on. Out of line, to keep the interpreter loop small.
    ///
    /// # Safety
    /// `regs` is a frame below `top` whose registers include `a..a+nret`
    /// and every register the `arg_words(site.nargs)` words at `words`
    /// name, as the verifier checked.
    #[inline(never)]
    unsafe fn call_native(
        &mut self,
        site: &NativeSite,
        regs: *mut u64,
        words: *const Ins,
        a: usize,
        top: usize,
    ) -> VmResult<()> {
        let nargs = site.nargs;
        // Inline buffers for the common widths, the heap beyond. Arguments
        // are not zeroed: each is written before the native reads it.
        let mut inline_args = MaybeUninit::<[u64; INLINE_ARGS]>::uninit();
        let mut heap_args = Vec::new();
        let argp: *mut u64 = if nargs <= INLINE_ARGS {
            inline_args.as_mut_ptr().cast()
        } else {
            heap_args.reserve_exact(nargs);
            heap_args.as_mut_ptr()
        };
        for i in 0..nargs {
            // SAFETY: the caller's promise.
            unsafe {
                let r = ((*words.add(i / 4)).0 >> (16 * (i % 4))) as u16 as usize;
                *argp.add(i) = *regs.add(r);
            }
        }
        // SAFETY: all `nargs` slots were written above.
        let args = unsafe { std::slice::from_raw_parts(argp, nargs) };
        // SAFETY: the caller's promise.
        unsafe { self.run_native(site, args, regs, a, top) }
    }

    /// Runs a native on argument slots gathered already, and writes its
    /// results to registers `a..` of the frame at `regs`.
    ///
    /// # Safety
    /// As for `call_native`.
    unsafe fn run_native(
        &mut self,
        site: &NativeSite,
        args: &[u64],
        regs: *mut u64,
        a: usize,
        top: usize,
    ) -> VmResult<()> {
        let nret = site.nret;
        let mut inline_out = [0u64; INLINE_RESULTS];
        let mut heap_out = Vec::new();
        let out: &mut [u64] = if nret <= INLINE_RESULTS {
            &mut inline_out[..nret]
        } else {
            heap_out.resize(nret, 0);
            &mut heap_out
        };
        let saved_top = self.top;
        self.top = top;
        let res = site.call(self, args, out);
        self.top = saved_top;
        res?;
        for ((i, &v), &is_ref) in out.iter().enumerate().zip(&site.ret_refs) {
            // SAFETY: the caller's promise.
            let slot = unsafe { &mut *regs.add(a + i) };
            if is_ref {
                decref(*slot);
            }
            *slot = v;
        }
        Ok(())
    }

    /// Counts an execution of the loop instruction before `ip`; true when
    /// it just got hot. Without a tier nothing counts: the store to the
    /// counter would be the only one in a tight loop, and a store that
    /// happens to alias a register's address modulo 4 KiB stalls the
    /// loads after it (measured: twice the time of a float loop).
    #[inline(always)]
    fn count_loop(&mut self, ip: *const Ins) -> bool {
        if self.tier.is_none() {
            return false;
        }
        // Hashed by the instruction's address, which is unique to the
        // loop and needs no arithmetic to find.
        let h = (ip as usize / size_of::<Ins>()) % HOT_SLOTS;
        let c = &mut self.hot[h];
        *c -= 1;
        if *c == 0 {
            *c = self.hot_loop;
            return true;
        }
        false
    }

    /// Sets how many executions make a loop hot (at least 1).
    pub fn set_hot_loop(&mut self, n: u16) {
        self.hot_loop = n.max(1);
        self.hot = [self.hot_loop; HOT_SLOTS];
    }

    #[cold]
    fn tier_hot(&mut self, at: At) -> bool {
        let Some(mut t) = self.tier.take() else {
            return false;
        };
        let r = t.hot(self, at);
        self.tier = Some(t);
        r
    }

    fn tier_record(&mut self, at: At) -> bool {
        let Some(mut t) = self.tier.take() else {
            return false;
        };
        let r = t.record(self, at);
        self.tier = Some(t);
        r
    }

    #[cold]
    fn tier_exit(&mut self, at: At, id: u64) -> crate::tier::Resume {
        let Some(mut t) = self.tier.take() else {
            return crate::tier::Resume {
                pc: at.pc,
                ..Default::default()
            };
        };
        let r = t.exit(self, at, id);
        self.tier = Some(t);
        r
    }

    /// Runs compiled code on the frame at `regs`; returns its exit id.
    ///
    /// # Safety
    /// `mcode` is a trace's entry the tier installed, and `regs` has the
    /// trace's frame size of stack slots.
    #[inline(always)]
    unsafe fn enter_trace(&mut self, mcode: usize, regs: *mut u64, ret: *mut u64) -> u64 {
        let limit = self.native_limit;
        self.native_limit = limit.min(self.depth + NATIVE_ROOM);
        // The trace reaches the VM only through this pointer, derived from
        // `self`, which is not used until the trace returns; it is lent to
        // C as well (see `lend_to_c`), since the trace may call C directly.
        let globals = self.globals.as_mut_ptr();
        let vm: *mut Vm = self;
        let depth = self.depth;
        let ctx = TraceCtx {
            vm,
            globals,
            depth,
            limit: self.native_limit,
            stack_end: self.stack_end,
            call_room: self.stack_end.wrapping_sub(crate::tier::CALL_ROOM),
        };
        let restore = Restore(LENT.replace(vm));
        // SAFETY: the caller's promise; traces have this signature.
        let id = unsafe {
            let f: unsafe extern "C" fn(*mut u64, *const TraceCtx, *mut u64) -> u64 =
                std::mem::transmute(mcode);
            f(regs, &ctx, ret)
        };
        drop(restore);
        self.native_limit = limit;
        // Compiled calls set the depth only for the Rust code they call.
        self.depth = depth;
        id
    }

    /// CALLN at `pc` of `proto` on the frame at `regs`, for compiled code,
    /// with its argument slots at `args` (compiled code keeps values in
    /// registers, not in the frame): 0, or 1 with the error parked for the
    /// exit to raise.
    ///
    /// # Safety
    /// `pc` is a CALLN of `proto`, `regs` a frame of it in the stack and
    /// `args` the native's argument slots, in the stack above the frame.
    pub unsafe fn native_from_trace(
        &mut self,
        proto: &Proto,
        pc: usize,
        regs: *mut u64,
        args: *const u64,
    ) -> u32 {
        let Some(ins) = proto.code.get(pc) else {
            return 1;
        };
        let Some(site) = proto.natives.get(ins.d()) else {
            return 1;
        };
        // SAFETY: the caller's promise; script code the native runs gets
        // frames above the arguments.
        unsafe {
            let args = std::slice::from_raw_parts(args, site.nargs);
            let top = args.as_ptr().offset_from(self.stack) as usize + site.nargs;
            match self.run_native(site, args, regs, ins.a(), top) {
                Ok(()) => 0,
                Err(e) => {
                    self.pending = Some(e);
                    1
                }
            }
        }
    }

    /// Completes a call compiled code made (see `tier::finish_call`).
    ///
    /// # Safety
    /// `regs` is a frame of proto `pid` in the stack, with its arguments
    /// in place, and `ret` points to its caller's result registers.
    pub unsafe fn finish_from_trace(
        &mut self,
        code: u64,
        regs: *mut u64,
        ret: *mut u64,
        pid: usize,
    ) -> u32 {
        let Some(proto) = self.protos.get(pid).cloned() else {
            return 1;
        };
        // SAFETY: the caller's promise.
        let base = unsafe { regs.offset_from(self.stack) } as usize;
        let mut out = vec![0u64; proto.nret];
        let r = self.resume_call(code, &proto, pid, base, &mut out);
        match r {
            Ok(()) => {
                for (i, v) in out.into_iter().enumerate() {
                    // SAFETY: the caller's promise: `ret` has `nret` slots.
                    unsafe {
                        let slot = ret.add(i);
                        if proto.ret_refs[i] {
                            decref(*slot);
                        }
                        *slot = v;
                    }
                }
                0
            }
            Err(e) => {
                self.pending = Some(e);
                1
            }
        }
    }

    /// Runs the call of `proto` at `base` in the interpreter to its return:
    /// from its start, or from where its trace left through exit `code`.
    fn resume_call(
        &mut self,
        code: u64,
        proto: &Rc<Proto>,
        pid: usize,
        base: usize,
        out: &mut [u64],
    ) -> VmResult<()> {
        if self.nested >= MAX_NESTED {
            return err(
                "RecursionError",
                "maximum recursion depth exceeded (script code entered again through C)",
            );
        }
        // A trace that left the call half done has its frame set up.
        let entered = if code == NOT_ENTERED {
            self.enter(proto, base)
        } else {
            self.depth += 1;
            Ok(())
        };
        if let Err(e) = entered {
            // The caller counted the references it passed; nothing will
            // release them now.
            for (i, &r) in proto.param_refs.iter().enumerate() {
                if r {
                    // SAFETY: the frame lies in the stack.
                    decref(unsafe { *self.stack.add(base + i) });
                }
            }
            return Err(e);
        }
        let saved_top = self.top;
        self.top = self.top.max(base + proto.nregs);
        let mut ex = Exec {
            frames: Vec::new(),
            proto: Rc::as_ptr(proto),
            _entry: proto.clone(),
            pid,
            base,
            pc: 0,
            record: false,
            skip: false,
        };
        let mut r = Ok(());
        if code != NOT_ENTERED {
            let res = self.tier_exit(At { pid, pc: 0, base }, code);
            for f in &res.frames {
                ex.frames.push(Frame {
                    proto: ex.proto,
                    pid: ex.pid,
                    pc: f.ret_pc,
                    base: ex.base,
                    dst: f.dst,
                    call_pc: f.call_pc,
                });
                // SAFETY: the tier names protos of this VM.
                ex.proto = Rc::as_ptr(unsafe { self.protos.get_unchecked(f.pid) });
                ex.pid = f.pid;
                ex.base = f.base;
                self.depth += 1;
            }
            ex.pc = res.pc;
            ex.skip = true;
            ex.record = res.record;
            if res.error {
                let e = self.pending.take().unwrap_or_else(|| {
                    VmError::new("SystemError", "compiled code failed without an error")
                });
                // SAFETY: as above.
                let p = unsafe { &*ex.proto };
                r = Err(self.unwind(
                    e,
                    std::mem::take(&mut ex.frames),
                    ex.pid,
                    res.pc,
                    p,
                    ex.base,
                ));
            }
        }
        if r.is_ok() {
            self.nested += 1;
            r = self.run(&mut ex, out);
            self.nested -= 1;
        }
        self.top = saved_top;
        self.depth -= 1;
        r
    }

    /// A slot of the stack, for the tier.
    pub fn stack_slot(&self, i: usize) -> u64 {
        if i < STACK_SLOTS {
            // SAFETY: in bounds of the stack's allocation.
            unsafe { *self.stack.add(i) }
        } else {
            0
        }
    }

    /// The instruction at `pc` of proto `pid`.
    pub fn code_at(&self, pid: usize, pc: usize) -> Ins {
        self.protos
            .get(pid)
            .and_then(|p| p.code.get(pc))
            .unwrap_or(Ins(0))
    }

    /// Makes the loop instruction at `pc` of proto `pid` run compiled code.
    pub fn install_trace(&mut self, pid: usize, pc: usize, entry: TraceCode) {
        let Some(p) = self.protos.get(pid) else {
            return;
        };
        let Some(orig) = p.code.get(pc) else {
            return;
        };
        let op = match orig.op() {
            Some(Op::FORLOOP) => Op::JFORLOOP,
            Some(Op::LOOP) => Op::JLOOP,
            Some(Op::FUNC) => Op::JFUNC,
            _ => return,
        };
        self.traces.push(entry);
        let n = (self.traces.len() - 1) as u32;
        p.code
            .set(pc, Ins::ad(op, orig.a() as crate::bytecode::Reg, n));
    }

    /// Stops the loop instruction at `pc` of proto `pid` from counting: it
    /// is never compiled.
    pub fn blacklist(&mut self, pid: usize, pc: usize) {
        let Some(p) = self.protos.get(pid) else {
            return;
        };
        let Some(orig) = p.code.get(pc) else {
            return;
        };
        let op = match orig.op() {
            Some(Op::FORLOOP) => Op::IFORLOOP,
            Some(Op::LOOP) => Op::ILOOP,
            Some(Op::FUNC) => Op::IFUNC,
            _ => return,
        };
        p.code.set(pc, Ins(orig.0 & !0xff | op as u64));
    }
}

fn zerodiv(msg: &str) -> VmError {
    VmError::new("ZeroDivisionError", msg)
}

fn null_deref() -> VmError {
    VmError::new("ValueError", "NULL pointer access")
}

#[inline(always)]
fn check_index(i: i64, len: i64, axis: usize) -> VmResult<i64> {
    let j = if i < 0 { i + len } else { i };
    if (j as u64) < (len as u64) {
        Ok(j)
    } else {
        Err(index_error(i, len, axis))
    }
}

#[cold]
pub fn index_error(i: i64, len: i64, axis: usize) -> VmError {
    VmError::new(
        "IndexError",
        format!("index {i} is out of bounds for axis {axis} with size {len}"),
    )
}

#[inline(always)]
pub fn floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.wrapping_div(b);
    Some(if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

#[inline(always)]
pub fn floormod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// Python's float divmod: the floor quotient and the remainder with the
/// divisor's sign, rounded as CPython does.
pub fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let q = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((q, m))
}

pub fn ipow(mut base: i64, mut exp: i64) -> VmResult<i64> {
    if exp < 0 {
        return err(
            "ValueError",
            "integer to a negative power is not supported (the result would be a float)",
        );
    }
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    Ok(acc)
}

fn shift_count(n: i64) -> VmResult<u32> {
    if n < 0 {
        return err("ValueError", "negative shift count");
    }
    Ok(n.min(64) as u32)
}

pub fn fpow(x: f64, y: f64) -> VmResult<f64> {
    if x == 0.0 && y < 0.0 {
        return err(
            "ZeroDivisionError",
            "0.0 cannot be raised to a negative power",
        );
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return err(
            "ValueError",
            "negative number cannot be raised to a fractional power (the result would be complex)",
        );
    }
    Ok(x.powf(y))
}

/// Python's min/max on floats: the first argument wins ties and NaN
/// comparisons, as `min(a, b)` evaluates `b < a`.
fn py_min(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

fn py_max(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

pub fn f2i(f: f64) -> VmResult<i64> {
    if f.is_nan() {
        return err("ValueError", "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return err("OverflowError", "cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if !(-9223372036854775808.0..9223372036854775808.0).contains(&t) {
        return err(
            "OverflowError",
            "float too large to convert to a 64-bit integer",
        );
    }
    Ok(t as i64)
}

pub fn math1(f: Option<MathFn>, x: f64) -> VmResult<u64> {
    use MathFn::*;
    let Some(f) = f else {
        return err("SystemError", "bad math function");
    };
    let v = match f {
        Sin => x.sin(),
        Cos => x.cos(),
        Tan => x.tan(),
        Asin => x.asin(),
        Acos => x.acos(),
        Atan => x.atan(),
        Sinh => x.sinh(),
        Cosh => x.cosh(),
        Tanh => x.tanh(),
        Asinh => x.asinh(),
        Acosh => x.acosh(),
        Atanh => x.atanh(),
        Exp => x.exp(),
        Expm1 => x.exp_m1(),
        Exp2 => x.exp2(),
        Log => x.ln(),
        Log2 => x.log2(),
        Log10 => x.log10(),
        Log1p => x.ln_1p(),
        Floor => x.floor(),
        Ceil => x.ceil(),
        Trunc => x.trunc(),
        Round => x.round_ties_even(),
        Rint => x.round_ties_even(),
        Sign => {
            if x > 0.0 {
                1.0
            } else if x < 0.0 {
                -1.0
            } else {
                x
            }
        }
        Sqrt => x.sqrt(),
        Cbrt => x.cbrt(),
        Degrees => x.to_degrees(),
        Radians => x.to_radians(),
        IsNan => return Ok(x.is_nan() as u64),
        IsInf => return Ok(x.is_infinite() as u64),
        IsFinite => return Ok(x.is_finite() as u64),
        // math.sqrt is as common as numpy's: only its error leaves this path.
        PySqrt if x >= 0.0 || x.is_nan() => x.sqrt(),
        f => py_math1(f, x)?,
    };
    Ok(v.to_bits())
}

/// Python's `math` functions (`MathFn::Py*`), kept out of `math1` so that
/// the plain functions stay a short path.
#[inline(never)]
fn py_math1(f: MathFn, x: f64) -> VmResult<f64> {
    use crate::lib_math as m;
    use MathFn::*;
    // math.floor and friends give ints; here they are floats holding one.
    let int = |r: m::MathResult<i64>| r.map(|i| i as f64);
    Ok(match f {
        PyAcos => m::acos(x)?,
        PyAcosh => m::acosh(x)?,
        PyAsin => m::asin(x)?,
        PyAsinh => m::asinh(x)?,
        PyAtan => m::atan(x)?,
        PyAtanh => m::atanh(x)?,
        PyCbrt => m::cbrt(x)?,
        PyCeil => int(m::ceil(x))?,
        PyCos => m::cos(x)?,
        PyCosh => m::cosh(x)?,
        PyDegrees => m::degrees(x),
        PyErf => m::erf(x),
        PyErfc => m::erfc(x),
        PyExp => m::exp(x)?,
        PyExp2 => m::exp2(x)?,
        PyExpm1 => m::expm1(x)?,
        PyFloor => int(m::floor(x))?,
        PyGamma => m::gamma(x)?,
        PyLgamma => m::lgamma(x)?,
        PyLog => m::log(x)?,
        PyLog10 => m::log10(x)?,
        PyLog1p => m::log1p(x)?,
        PyLog2 => m::log2(x)?,
        PyRadians => m::radians(x),
        PySin => m::sin(x)?,
        PySinh => m::sinh(x)?,
        PySqrt => m::sqrt(x)?,
        PyTan => m::tan(x)?,
        PyTanh => m::tanh(x)?,
        PyTrunc => int(m::trunc(x))?,
        PyUlp => m::ulp(x),
        _ => return err("SystemError", "bad math function"),
    })
}

pub fn math2(f: Option<MathFn2>, x: f64, y: f64) -> VmResult<f64> {
    use crate::lib_math as m;
    use MathFn2::*;
    let Some(f) = f else {
        return err("SystemError", "bad math function");
    };
    Ok(match f {
        Atan2 => x.atan2(y),
        Hypot => x.hypot(y),
        Copysign => x.copysign(y),
        Fmod => x % y,
        PyAtan2 => m::atan2(x, y)?,
        PyFmod => m::fmod(x, y)?,
        PyHypot => m::hypot2(x, y),
        // The exponent arrives as a float holding an int.
        PyLdexp => m::ldexp(x, y as i64)?,
        PyNextafter => m::nextafter(x, y),
        PyPow => m::pow(x, y)?,
        PyRemainder => m::remainder(x, y)?,
        Divide => x / y,
    })
}
