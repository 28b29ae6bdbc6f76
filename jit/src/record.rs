//! The recorder: follows the interpreter through one iteration of a hot
//! loop (or from a hot exit to where the path rejoins a trace) and emits
//! IR for each instruction it runs, as LuaJIT's `lj_record`.
//!
//! The bytecode is statically typed, so the recorder needs no type guards:
//! it guards only what the run took — branch directions, index signs,
//! divisors, that a loop continues — and every guard exits with a snapshot
//! of the state *before* its instruction, at that instruction, so the
//! interpreter runs it again and raises the same error or takes the other
//! branch itself.
//!
//! Frame slots are tracked in a slot map: a slot's value is an IR ref once
//! written or read, or a lazy source (the slot on entry, the slot's memory
//! after a native wrote it, a global) that is loaded with the type its
//! first reader wants. Scalar slots are written back only by snapshots;
//! reference slots are always kept in memory (natives read and release
//! them there), so snapshots never carry them.

use crate::ir::{
    CArg, CallInfo, End, Field, FrameInfo, Ins, MemTy, Opc, Ref, SnapEntry, Snapshot, Ty,
};
use crate::live::Liveness;
use crate::opt::fold::Builder;
use std::collections::HashSet;
use std::ops::Range;
use std::rc::Rc;
use vm::bytecode::{arg_words, Ins as BcIns, MathFn, Op, Proto};
use vm::interp::Vm;
use vm::value::ArrayObj;

/// Instructions recorded before a trace counts as too long.
const MAX_RECORD: usize = 4000;
/// Calls inlined into one trace, nested.
const MAX_INLINE_DEPTH: usize = 8;
/// Instructions a branch may skip and still become a select.
const MAX_SELECT_ARM: usize = 4;
/// Registers such a branch may select.
const MAX_SELECTS: usize = 2;
/// Iterations of inner loops one trace may unroll (LuaJIT's `loopunroll`).
const LOOP_UNROLL: u32 = 15;
/// Iterations left in a compiled loop that a side trace unrolls rather
/// than entering the loop's trace.
const UNROLL_LEFT: u64 = 4;
/// IR instructions an inner loop's iteration may add and still be unrolled
/// into a root trace (LuaJIT's limit).
const UNROLL_BODY: usize = 24;
/// The abort reason of a root loop recording whose iteration left its
/// loop; a loop that keeps giving it has a low trip count (see `unroll`).
pub const LEFT_LOOP: &str = "left the loop";

/// Where a slot's value comes from when it is not an IR value yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lazy {
    /// The slot's value when the trace was entered.
    Entry(u32),
    /// The slot's memory, written by a native since.
    Mem(u32),
    /// A global slot's current value.
    Global(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Val {
    Ref(Ref),
    Lazy(Lazy),
    /// A constant's bits (KNUM's constants serve ints and floats alike).
    K(u64),
}

/// What the recorder tells the interpreter after an instruction.
#[derive(Debug)]
pub enum Step {
    /// Run the instruction and call again before the next.
    Continue,
    /// The trace is complete.
    Done,
    /// Recording failed; the reason is for `--jit-stats`.
    Abort(String),
}

/// How a trace starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// At a hot loop instruction, which the trace loops back to.
    Loop,
    /// At a hot function's entry: the trace runs to the function's return
    /// (see `Recorder::func`).
    Func,
    /// At a hot exit of another trace.
    Side,
}

pub struct Recorder {
    pub b: Builder,
    pub start: Start,
    /// The trace's root is a function trace: a return from its frame
    /// stores the results through RETREF (side traces inherit this).
    pub func: bool,
    /// The proto and instruction where recording began.
    pub pid: usize,
    pub pc: usize,
    /// The VM stack index of the trace's slot 0.
    pub trace_base: usize,
    slots: Vec<Option<Val>>,
    /// Slots the trace changed, in memory or not: the loop optimizer
    /// substitutes their end values.
    changed: Vec<bool>,
    /// Slots holding references (kept in memory).
    refs: Vec<bool>,
    /// Inlined frames, outermost first.
    frames: Vec<FrameInfo>,
    cur_base: u32,
    cur_pid: usize,
    /// Values known not to be NULL (addresses computed from arrays).
    nonnull: HashSet<Ref>,
    /// Loop instructions already passed at each inline depth: meeting one
    /// again means an inner loop.
    loops_seen: HashSet<(usize, usize)>,
    /// Loops (proto, pc) whose own root recordings keep leaving them: a
    /// root trace may unroll them as inner loops.
    pub short_loops: HashSet<(usize, usize)>,
    /// Inner loop iterations this trace may still unroll, and the IR
    /// length when the last one began.
    unroll: u32,
    loop_ref: usize,
    /// A call the trace makes as CALLT, which the interpreter is running:
    /// recording resumes when it returns to (stack base, pc) in the caller.
    called: Option<(usize, usize)>,
    /// Script output may be buffered: flush it before the next C call
    /// (set again by calls that may print).
    need_flush: bool,
    /// The last snapshot, reused while nothing changed.
    last_snap: Option<(usize, u32)>,
    state_epoch: u32,
    snap_epoch: u32,
    count: usize,
    /// A root loop trace's loop body (first and last pc): leaving it
    /// aborts the recording, as LuaJIT's LLEAVE does, so that the trace is
    /// of an iteration that loops, not of the code after the loop.
    body: Option<(usize, usize)>,
    protos: Vec<Rc<Proto>>,
    /// Register liveness of the protos met, for purging snapshots.
    live: std::collections::HashMap<usize, Rc<Liveness>>,
}

type Rec<T> = Result<T, String>;

fn abort<T>(why: impl Into<String>) -> Rec<T> {
    Err(why.into())
}

impl Recorder {
    /// Starts recording at instruction `pc`; `pid` is the proto of the
    /// frame at VM stack index `base`, the trace's slot 0 (for a side trace,
    /// its root's frame: `set_frames` then adds the inlined ones).
    pub fn new(vm: &Vm, start: Start, pid: usize, pc: usize, base: usize) -> Recorder {
        let mut r = Recorder {
            b: Builder::new(),
            start,
            func: start == Start::Func,
            pid,
            pc,
            trace_base: base,
            slots: Vec::new(),
            changed: Vec::new(),
            refs: Vec::new(),
            frames: Vec::new(),
            cur_base: 0,
            cur_pid: pid,
            nonnull: HashSet::new(),
            loops_seen: HashSet::new(),
            short_loops: HashSet::new(),
            unroll: LOOP_UNROLL,
            loop_ref: 0,
            called: None,
            need_flush: true,
            last_snap: None,
            state_epoch: 1,
            snap_epoch: 0,
            count: 0,
            body: None,
            protos: vm.protos.clone(),
            live: Default::default(),
        };
        let p = r.protos[pid].clone();
        r.grow(p.nregs as u32);
        for &reg in &p.ref_regs {
            r.refs[reg as usize] = true;
        }
        r
    }

    /// Starts a side trace from the exit through `snap` of trace `parent`:
    /// the slots it holds as constants are those constants (the exit wrote
    /// them), so the side trace folds what it computes from them.
    pub fn inherit_constants(&mut self, parent: &crate::ir::Trace, snap: &Snapshot) {
        for e in parent.snap_entries(snap) {
            let s = e.slot as usize;
            let bits = match parent.get_const(e.val) {
                Some(crate::ir::Const::Int(v)) => v as u64,
                Some(crate::ir::Const::Num(b)) => b,
                None => continue,
            };
            if s < self.slots.len() && !self.refs[s] {
                self.slots[s] = Some(Val::K(bits));
            }
        }
    }

    /// Starts a side trace from an exit: the snapshot's frames are live
    /// again, and its values are in memory (the exit wrote them back).
    pub fn set_frames(&mut self, vm: &Vm, frames: &[FrameInfo]) {
        self.analyse(vm, self.pid);
        for f in frames {
            self.analyse(vm, f.pid as usize);
            let p = self.protos[f.pid as usize].clone();
            self.grow(f.base + p.nregs as u32);
            for &reg in &p.ref_regs {
                self.refs[(f.base + reg as u32) as usize] = true;
            }
            self.frames.push(*f);
            self.cur_base = f.base;
            self.cur_pid = f.pid as usize;
        }
    }

    fn grow(&mut self, n: u32) {
        let n = n as usize;
        if self.slots.len() < n {
            let old = self.slots.len();
            self.slots.resize(n, None);
            self.changed.resize(n, false);
            self.refs.resize(n, false);
            for s in old..n {
                self.slots[s] = Some(Val::Lazy(Lazy::Entry(s as u32)));
            }
        }
        self.b.t.frame_size = self.b.t.frame_size.max(n as u32);
    }

    // ------------------------------------------------------------ slots

    fn slot_of(&self, reg: usize) -> u32 {
        self.cur_base + reg as u32
    }

    /// The value of slot `s` as type `ty`.
    fn get_slot(&mut self, s: u32, ty: Ty) -> Ref {
        let v = self.slots[s as usize].unwrap_or(Val::Lazy(Lazy::Entry(s)));
        let r = match v {
            Val::Ref(r) => r,
            Val::K(bits) if ty == Ty::Num => return self.b.knum(f64::from_bits(bits)),
            Val::K(bits) => return self.b.kint(bits as i64),
            Val::Lazy(l) => {
                let r = self.load_lazy(l, ty);
                // Copies of the same lazy value share the load.
                for x in self.slots.iter_mut() {
                    if *x == Some(v) {
                        *x = Some(Val::Ref(r));
                    }
                }
                r
            }
        };
        self.as_ty(r, ty)
    }

    fn load_lazy(&mut self, l: Lazy, ty: Ty) -> Ref {
        let ty = if ty == Ty::Void { Ty::Int } else { ty };
        match l {
            Lazy::Entry(s) => {
                self.b
                    .emit(Ins::new(Opc::SLOAD, ty, Ref::NONE, Ref::NONE, Ref::NONE, s))
            }
            Lazy::Mem(s) => {
                let addr = self.sref(s);
                let z = self.b.kint(0);
                let m = if ty == Ty::Num {
                    MemTy::F64
                } else {
                    MemTy::I64
                };
                self.b
                    .emit(Ins::new(Opc::XLOAD, ty, addr, z, Ref::NONE, m as u32))
            }
            Lazy::Global(g) => {
                self.b
                    .emit(Ins::new(Opc::GLOAD, ty, Ref::NONE, Ref::NONE, Ref::NONE, g))
            }
        }
    }

    fn as_ty(&mut self, r: Ref, ty: Ty) -> Ref {
        match (self.b.t.ty(r), ty) {
            (Ty::Int, Ty::Num) => self.b.ins(Opc::BITF, Ty::Num, r, Ref::NONE),
            (Ty::Num, Ty::Int) => self.b.ins(Opc::BITI, Ty::Int, r, Ref::NONE),
            _ => r,
        }
    }

    fn sref(&mut self, s: u32) -> Ref {
        self.b.emit(Ins::new(
            Opc::SREF,
            Ty::Int,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            s,
        ))
    }

    fn int(&mut self, reg: usize) -> Ref {
        let s = self.slot_of(reg);
        self.get_slot(s, Ty::Int)
    }

    fn num(&mut self, reg: usize) -> Ref {
        let s = self.slot_of(reg);
        self.get_slot(s, Ty::Num)
    }

    /// Sets a register to an IR value.
    fn set(&mut self, reg: usize, v: Ref) -> Rec<()> {
        let s = self.slot_of(reg);
        self.set_slot(s, Val::Ref(v))
    }

    fn set_slot(&mut self, s: u32, v: Val) -> Rec<()> {
        if self.refs[s as usize] {
            return abort("a reference register written by an unhandled instruction");
        }
        self.slots[s as usize] = Some(v);
        self.changed[s as usize] = true;
        self.state_epoch += 1;
        Ok(())
    }

    /// Marks a slot as holding a new value that memory already has.
    fn set_clean(&mut self, s: u32, v: Val) {
        self.slots[s as usize] = Some(v);
        self.changed[s as usize] = true;
        self.state_epoch += 1;
    }

    /// Loads every lazy value `which` selects before its source changes.
    fn resolve_lazies(&mut self, which: impl Fn(Lazy) -> bool) {
        for s in 0..self.slots.len() {
            if let Some(Val::Lazy(l)) = self.slots[s] {
                if which(l) {
                    self.get_slot(s as u32, Ty::Void);
                }
            }
        }
    }

    // -------------------------------------------------------- snapshots

    /// A snapshot of the state before the current instruction, resuming at
    /// `pc`.
    fn snap(&mut self, pc: usize) -> u32 {
        if let Some((spc, n)) = self.last_snap {
            if spc == pc && self.snap_epoch == self.state_epoch {
                return n;
            }
        }
        let n = self.take_snap(pc, false);
        self.last_snap = Some((pc, n));
        self.snap_epoch = self.state_epoch;
        n
    }

    /// A new snapshot of every slot the trace changed. Those memory already
    /// holds (references, results natives wrote) are written back all the
    /// same: a copy of the snapshot in the loop body merges it with the
    /// loop's start state, and must not take their old values from there.
    fn take_snap(&mut self, pc: usize, error: bool) -> u32 {
        let keep = self.live_slots(pc);
        let changed: Vec<u32> = (0..self.slots.len() as u32)
            // Reference registers stay whatever liveness says: writing one
            // releases its old value, a read the bytecode does not show.
            .filter(|&s| {
                let s = s as usize;
                self.changed[s] && (keep[s] || self.refs[s])
            })
            .collect();
        let mut entries = Vec::with_capacity(changed.len());
        for s in changed {
            let val = self.get_slot(s, Ty::Void);
            entries.push(SnapEntry { slot: s, val });
        }
        let dead: Vec<u32> = (0..keep.len())
            .filter(|&s| !keep[s] && !self.refs[s])
            .map(|s| s as u32)
            .collect();
        let t = &mut self.b.t;
        let e0 = t.entries.len() as u32;
        t.entries.extend(entries);
        let f0 = t.frames.len() as u32;
        t.frames.extend(self.frames.iter().copied());
        let s = Snapshot {
            at: t.ins.len() as u32,
            pc: pc as u32,
            frames: f0..t.frames.len() as u32,
            entries: e0..t.entries.len() as u32,
            error,
        };
        let n = self.b.snapshot(s);
        self.b.t.dead.insert(n, dead);
        n
    }

    /// The slots whose values the interpreter may still read when it
    /// resumes at `pc` in the innermost frame: in each frame, its live
    /// registers at the instruction it resumes at (a caller's result
    /// registers, which the return writes, excepted).
    fn live_slots(&self, pc: usize) -> Vec<bool> {
        let mut keep = vec![false; self.slots.len()];
        // Per frame: proto, base, resume pc, result registers the return
        // writes.
        type Resumes = Vec<(usize, u32, usize, Option<(usize, usize)>)>;
        let mut frames: Resumes = Vec::new();
        let mut pid = self.pid;
        let mut base = 0;
        for f in &self.frames {
            let nret = self.protos.get(f.pid as usize).map_or(0, |p| p.nret);
            frames.push((pid, base, f.ret_pc as usize, Some((f.dst as usize, nret))));
            pid = f.pid as usize;
            base = f.base;
        }
        frames.push((pid, base, pc, None));
        for (pid, base, at, skip) in frames {
            let Some(proto) = self.protos.get(pid) else {
                continue;
            };
            let live = self.live.get(&pid);
            for r in 0..proto.nregs {
                let s = base as usize + r;
                let written = skip.is_some_and(|(d, n)| (d..d + n).contains(&r));
                // A proto not analysed yet keeps every register.
                let alive = live.is_none_or(|l| l.live(at, r));
                if s < keep.len() && !written && alive {
                    keep[s] = true;
                }
            }
        }
        keep
    }

    /// Guards `a op b`, exiting to re-run the instruction at `pc`.
    fn guard(&mut self, op: Opc, a: Ref, b: Ref, pc: usize) -> Rec<()> {
        let s = self.snap(pc);
        if self.b.guard(op, a, b, s) {
            Ok(())
        } else {
            abort("a guard that always fails")
        }
    }

    /// For a bool `x` loaded from memory (as 0/1) and not stored over
    /// since, the same byte loaded as is: a branch tests it without
    /// normalizing it first.
    fn raw_bool(&mut self, x: Ref) -> Option<Ref> {
        let l = *self.b.t.ins.get(x.is_ins().then(|| x.idx())?)?;
        if l.op != Opc::XLOAD || l.mem() != Some(MemTy::B) {
            return None;
        }
        let stored = self.b.t.ins[x.idx() + 1..]
            .iter()
            .any(|i| i.op.is(crate::ir::flag::EFFECT));
        if stored {
            return None;
        }
        let raw = Ins::new(Opc::XLOAD, Ty::Int, l.a, l.b, l.c, MemTy::U8 as u32);
        Some(self.b.emit(raw))
    }

    /// Guards the bool `x` (whose byte is `raw`) is zero (`EQ`) or not
    /// (`NE`). The exit's snapshot holds the value failing implies, 1 or
    /// 0, wherever it holds `x`, so the trace need not compute `x` for it.
    fn bool_guard(&mut self, cmp: Opc, x: Ref, raw: Ref, pc: usize) -> Rec<()> {
        let s = self.take_snap(pc, false);
        let implied = self.b.kint(i64::from(cmp == Opc::EQ));
        let snap = self.b.t.snaps[s as usize].clone();
        let t = &mut self.b.t;
        for e in &mut t.entries[snap.entries.start as usize..snap.entries.end as usize] {
            if e.val == x {
                e.val = implied;
            }
        }
        let z = self.b.kint(0);
        if self.b.guard(cmp, raw, z, s) {
            Ok(())
        } else {
            abort("a guard that always fails")
        }
    }

    // ----------------------------------------------------------- driver

    /// Records the instruction at `pc` of proto `pid` (frame at `base`),
    /// which the interpreter is about to run.
    pub fn step(&mut self, vm: &Vm, pid: usize, pc: usize, base: usize) -> Step {
        match self.step_inner(vm, pid, pc, base) {
            Ok(s) => s,
            Err(why) => Step::Abort(why),
        }
    }

    /// Analyses the liveness of proto `pid` once per recording.
    fn analyse(&mut self, vm: &Vm, pid: usize) {
        if !self.live.contains_key(&pid) {
            if let Some(p) = self.protos.get(pid).cloned() {
                self.live.insert(pid, Rc::new(Liveness::new(vm, &p)));
            }
        }
    }

    fn step_inner(&mut self, vm: &Vm, pid: usize, pc: usize, base: usize) -> Rec<Step> {
        if let Some(back) = self.called {
            if back != (base, pc) {
                return Ok(Step::Continue);
            }
            self.called = None;
        }
        self.analyse(vm, pid);
        if base != self.trace_base + self.cur_base as usize || pid != self.cur_pid {
            return abort("left the recorded frames");
        }
        if self.start == Start::Loop && self.count > 0 && self.is_start(pc) {
            // The loop is closed: the last snapshot is its end state.
            self.take_snap(pc, false);
            self.b.t.end = End::Loop;
            return Ok(Step::Done);
        }
        if self.start == Start::Loop && self.frames.is_empty() && pid == self.pid {
            if self.count == 0 {
                self.body = self.loop_body(pid, pc);
            }
            if self.body.is_some_and(|(lo, hi)| pc < lo || pc > hi) {
                return abort(LEFT_LOOP);
            }
        }
        self.count += 1;
        if self.count > MAX_RECORD {
            return abort("trace too long");
        }
        let proto = self.protos[pid].clone();
        // An error would have to land in a handler, which traces do not
        // follow: such code stays in the interpreter.
        if !proto.handlers.is_empty() {
            return abort("a 'try' block");
        }
        let ins = proto.code.at(pc);
        let Some(op) = ins.op() else {
            return abort("bad instruction");
        };
        let regs = |r: usize| vm.stack_slot(base + r);
        self.ins(vm, &proto, op, ins, pc, &regs)
    }

    /// Reaching a compiled loop (`ins` is its JFORLOOP/JLOOP): link to its
    /// trace when in the trace's own frame; otherwise end with an exit to
    /// the interpreter.
    fn link_or_exit(&mut self, vm: &Vm, ins: BcIns, pc: usize) -> Rec<Step> {
        let target = vm.traces.get(ins.d()).map(|t| t.trace);
        self.take_snap(pc, false);
        self.b.t.end = match target {
            Some(t) if self.frames.is_empty() => End::Link(t),
            _ => End::Exit,
        };
        Ok(Step::Done)
    }

    fn ins(
        &mut self,
        vm: &Vm,
        proto: &Proto,
        op: Op,
        ins: BcIns,
        pc: usize,
        regs: &dyn Fn(usize) -> u64,
    ) -> Rec<Step> {
        use Op::*;
        let (a, b, c) = (ins.a(), ins.b(), ins.c());
        let d = ins.d();
        macro_rules! bin {
            ($opc:expr, $ty:expr, $get:ident) => {{
                let (x, y) = (self.$get(b), self.$get(c));
                let v = self.b.ins($opc, $ty, x, y);
                self.set(a, v)?;
            }};
        }
        macro_rules! un {
            ($opc:expr, $ty:expr, $get:ident) => {{
                let x = self.$get(d);
                let v = self.b.ins($opc, $ty, x, Ref::NONE);
                self.set(a, v)?;
            }};
        }
        match op {
            MOV => {
                let s = self.slot_of(d);
                let v = self.slots[s as usize].unwrap_or(Val::Lazy(Lazy::Entry(s)));
                let v = match v {
                    // A copy of a slot's memory must not see later writes.
                    Val::Lazy(Lazy::Mem(_)) => Val::Ref(self.get_slot(s, Ty::Void)),
                    v => v,
                };
                let t = self.slot_of(a);
                self.set_slot(t, v)?;
            }
            KINT => {
                let k = self.b.kint(ins.di() as i64);
                self.set(a, k)?;
            }
            KNUM => {
                let t = self.slot_of(a);
                self.set_slot(t, Val::K(proto.consts[d]))?;
            }
            ADD => bin!(Opc::ADD, Ty::Int, int),
            SUB => bin!(Opc::SUB, Ty::Int, int),
            MUL => bin!(Opc::MUL, Ty::Int, int),
            ADDI => {
                let x = self.int(b);
                let k = self.b.kint(ins.ci());
                let v = self.b.ins(Opc::ADD, Ty::Int, x, k);
                self.set(a, v)?;
            }
            DIV | MOD | UDIV | UMOD => {
                let (x, y) = (self.int(b), self.int(c));
                if regs(c) == 0 {
                    return abort("division by zero");
                }
                let z = self.b.kint(0);
                self.guard(Opc::NE, y, z, pc)?;
                let opc = match op {
                    DIV => Opc::DIV,
                    MOD => Opc::MOD,
                    UDIV => Opc::UDIV,
                    _ => Opc::UMOD,
                };
                let v = self.b.ins(opc, Ty::Int, x, y);
                self.set(a, v)?;
            }
            BAND => bin!(Opc::BAND, Ty::Int, int),
            BOR => bin!(Opc::BOR, Ty::Int, int),
            BXOR => bin!(Opc::BXOR, Ty::Int, int),
            SHL | SHR | USHR => {
                let (x, n) = (self.int(b), self.int(c));
                let count = regs(c) as i64;
                let k64 = self.b.kint(64);
                if (0..64).contains(&count) {
                    self.guard(Opc::ULT, n, k64, pc)?;
                    let opc = match op {
                        SHL => Opc::SHL,
                        SHR => Opc::SAR,
                        _ => Opc::SHR,
                    };
                    let v = self.b.ins(opc, Ty::Int, x, n);
                    self.set(a, v)?;
                } else if count >= 64 {
                    self.guard(Opc::GE, n, k64, pc)?;
                    let v = if op == SHR {
                        let k63 = self.b.kint(63);
                        self.b.ins(Opc::SAR, Ty::Int, x, k63)
                    } else {
                        self.b.kint(0)
                    };
                    self.set(a, v)?;
                } else {
                    return abort("negative shift count");
                }
            }
            NEG => un!(Opc::NEG, Ty::Int, int),
            BNOT => un!(Opc::BNOT, Ty::Int, int),
            ABS => un!(Opc::ABS, Ty::Int, int),
            MIN => bin!(Opc::MIN, Ty::Int, int),
            MAX => bin!(Opc::MAX, Ty::Int, int),
            UMIN => bin!(Opc::UMIN, Ty::Int, int),
            UMAX => bin!(Opc::UMAX, Ty::Int, int),
            FADD => bin!(Opc::FADD, Ty::Num, num),
            FSUB => bin!(Opc::FSUB, Ty::Num, num),
            FMUL => bin!(Opc::FMUL, Ty::Num, num),
            FDIV | TDIV => {
                let (x, y) = (self.num(b), self.num(c));
                let z = self.b.knum(0.0);
                self.guard(Opc::FNE, y, z, pc)?;
                let v = self.b.ins(Opc::FDIV, Ty::Num, x, y);
                self.set(a, v)?;
            }
            FNEG => un!(Opc::FNEG, Ty::Num, num),
            FABS => un!(Opc::FABS, Ty::Num, num),
            FMIN => bin!(Opc::FMIN, Ty::Num, num),
            FMAX => bin!(Opc::FMAX, Ty::Num, num),
            FSQRT => un!(Opc::FSQRT, Ty::Num, num),
            F32R => un!(Opc::F32R, Ty::Num, num),
            FMATH => self.math(ins, pc, regs(ins.b()))?,
            FFLOORDIV | FMOD | FPOW | POW | FMATH2 => self.helper(op, ins, pc)?,
            I2F => un!(Opc::I2F, Ty::Num, int),
            U2F => un!(Opc::U2F, Ty::Num, int),
            F2I => {
                let x = self.num(d);
                let lo = self.b.knum(-9223372036854775808.0);
                let hi = self.b.knum(9223372036854775808.0);
                self.guard(Opc::FGE, x, lo, pc)?;
                self.guard(Opc::FLT, x, hi, pc)?;
                let v = self.b.ins(Opc::F2I, Ty::Int, x, Ref::NONE);
                self.set(a, v)?;
            }
            F2IT => un!(Opc::F2IS, Ty::Int, num),
            SEXT8 => un!(Opc::SEXT8, Ty::Int, int),
            SEXT16 => un!(Opc::SEXT16, Ty::Int, int),
            SEXT32 => un!(Opc::SEXT32, Ty::Int, int),
            ZEXT8 => un!(Opc::ZEXT8, Ty::Int, int),
            ZEXT16 => un!(Opc::ZEXT16, Ty::Int, int),
            ZEXT32 => un!(Opc::ZEXT32, Ty::Int, int),
            I2B => {
                let x = self.int(d);
                let z = self.b.kint(0);
                let v = self.b.ins(Opc::NE, Ty::Int, x, z);
                self.set(a, v)?;
            }
            F2B => {
                let x = self.num(d);
                let z = self.b.knum(0.0);
                let v = self.b.ins(Opc::FNE, Ty::Int, x, z);
                self.set(a, v)?;
            }
            NOT => {
                let x = self.int(d);
                let z = self.b.kint(0);
                let v = self.b.ins(Opc::EQ, Ty::Int, x, z);
                self.set(a, v)?;
            }
            EQ => bin!(Opc::EQ, Ty::Int, int),
            NE => bin!(Opc::NE, Ty::Int, int),
            LT => bin!(Opc::LT, Ty::Int, int),
            LE => bin!(Opc::LE, Ty::Int, int),
            ULT => bin!(Opc::ULT, Ty::Int, int),
            ULE => bin!(Opc::ULE, Ty::Int, int),
            FEQ => bin!(Opc::FEQ, Ty::Int, num),
            FNE => bin!(Opc::FNE, Ty::Int, num),
            FLT => bin!(Opc::FLT, Ty::Int, num),
            FLE => bin!(Opc::FLE, Ty::Int, num),
            JMP => self.jump(pc, ins.di())?,
            JT | JF => {
                let x = self.int(a);
                let z = self.b.kint(0);
                let target = (pc as isize + 1 + ins.di()) as usize;
                if let Some(arms) = self.select_arms(proto, pc, target) {
                    // JF skips the first arm when x is false, JT when it is
                    // true.
                    let src = self.raw_bool(x).unwrap_or(x);
                    let opc = if op == JF { Opc::NE } else { Opc::EQ };
                    let cond = self.b.ins(opc, Ty::Int, src, z);
                    if self.select(vm, proto, arms, cond)? {
                        return Ok(Step::Continue);
                    }
                }
                let truthy = regs(a) != 0;
                let cmp = if truthy { Opc::NE } else { Opc::EQ };
                match self.raw_bool(x) {
                    Some(raw) => self.bool_guard(cmp, x, raw, pc)?,
                    None => self.guard(cmp, x, z, pc)?,
                }
                if truthy == (op == JT) {
                    self.jump(pc, ins.di())?;
                }
            }
            JLT | JLE | JEQ | JNE | JULT | JULE | JFLT | JFLE | JFEQ | JFNE | JFNLT | JFNLE => {
                let float = matches!(op, JFLT | JFLE | JFEQ | JFNE | JFNLT | JFNLE);
                let (x, y) = if float {
                    (self.num(a), self.num(b))
                } else {
                    (self.int(a), self.int(b))
                };
                let cmp = match op {
                    JLT => Opc::LT,
                    JLE => Opc::LE,
                    JEQ => Opc::EQ,
                    JNE => Opc::NE,
                    JULT => Opc::ULT,
                    JULE => Opc::ULE,
                    JFLT => Opc::FLT,
                    JFLE => Opc::FLE,
                    JFEQ => Opc::FEQ,
                    JFNE => Opc::FNE,
                    JFNLT => Opc::FNLT,
                    _ => Opc::FNLE,
                };
                let target = (pc as isize + 1 + ins.j()) as usize;
                if let Some(arms) = self.select_arms(proto, pc, target) {
                    let cond = self.b.ins(negate(cmp), Ty::Int, x, y);
                    if self.select(vm, proto, arms, cond)? {
                        return Ok(Step::Continue);
                    }
                }
                let taken = branch_taken(op, regs(a), regs(b));
                let g = if taken { cmp } else { negate(cmp) };
                self.guard(g, x, y, pc)?;
                if taken {
                    self.jump(pc, ins.j())?;
                }
            }
            JEQK | JNEK | JLTK | JLEK | JGTK | JGEK => {
                let x = self.int(a);
                let k = ins.bi();
                let kr = self.b.kint(k);
                let cmp = match op {
                    JEQK => Opc::EQ,
                    JNEK => Opc::NE,
                    JLTK => Opc::LT,
                    JLEK => Opc::LE,
                    JGTK => Opc::GT,
                    _ => Opc::GE,
                };
                let target = (pc as isize + 1 + ins.j()) as usize;
                if let Some(arms) = self.select_arms(proto, pc, target) {
                    let cond = self.b.ins(negate(cmp), Ty::Int, x, kr);
                    if self.select(vm, proto, arms, cond)? {
                        return Ok(Step::Continue);
                    }
                }
                let v = regs(a) as i64;
                let taken = match op {
                    JEQK => v == k,
                    JNEK => v != k,
                    JLTK => v < k,
                    JLEK => v <= k,
                    JGTK => v > k,
                    _ => v >= k,
                };
                let g = if taken { cmp } else { negate(cmp) };
                self.guard(g, x, kr, pc)?;
                if taken {
                    self.jump(pc, ins.j())?;
                }
            }
            FORPREP => {
                let (start, stop, step) = (self.int(a), self.int(a + 1), self.int(a + 2));
                let stepv = regs(a + 2) as i64;
                let z = self.b.kint(0);
                if stepv == 0 {
                    return abort("range() step of zero");
                }
                let (sv, ev) = (regs(a) as i64, regs(a + 1) as i64);
                let up = stepv > 0;
                self.guard(if up { Opc::GT } else { Opc::LT }, step, z, pc)?;
                let enters = if up { sv < ev } else { sv > ev };
                let cmp = match (up, enters) {
                    (true, true) => Opc::LT,
                    (true, false) => Opc::GE,
                    (false, true) => Opc::GT,
                    (false, false) => Opc::LE,
                };
                self.guard(cmp, start, stop, pc)?;
                if enters {
                    self.set(a + 3, start)?;
                } else {
                    self.jump(pc, ins.di())?;
                }
            }
            FORLOOP => return self.forloop(proto, ins, pc, regs),
            LOOP => self.loop_ins(pc)?,
            JFORLOOP | JLOOP if self.count == 1 => {
                // A side trace starts where its parent left the loop, which
                // the interpreter runs once as the original instruction.
                let orig = vm
                    .traces
                    .get(ins.d())
                    .map(|t| t.orig)
                    .ok_or("bad trace entry")?;
                if op == JFORLOOP {
                    return self.forloop(proto, orig, pc, regs);
                }
                self.loops_seen.insert((self.frames.len(), pc));
            }
            JFORLOOP if self.start == Start::Side => {
                // A side trace continues across a compiled loop it leaves,
                // and unrolls one with a few iterations left (entering its
                // trace would run the pre-roll for them, then exit):
                // otherwise it rejoins the loop's trace.
                let orig = vm
                    .traces
                    .get(ins.d())
                    .map(|t| t.orig)
                    .ok_or("bad trace entry")?;
                match trips_left(orig, regs) {
                    Some(n) if n <= UNROLL_LEFT && n <= u64::from(self.unroll) => {
                        return self.forloop(proto, orig, pc, regs);
                    }
                    _ => return self.link_or_exit(vm, ins, pc),
                }
            }
            JFORLOOP | JLOOP => {
                // A compiled loop: rejoin its trace rather than record it.
                return self.link_or_exit(vm, ins, pc);
            }
            IFORLOOP => return self.forloop(proto, ins, pc, regs),
            ILOOP => self.loop_ins(pc)?,
            // A function's entry counts calls; inlined, it does nothing.
            FUNC | JFUNC | IFUNC => {}
            CALL => self.call(vm, proto, ins, pc)?,
            RET | RET0 => return self.ret(op, ins, pc),
            CALLN => self.native(proto, ins, pc)?,
            GGET => {
                let t = self.slot_of(a);
                self.set_slot(t, Val::Lazy(Lazy::Global(d as u32)))?;
            }
            GSET => {
                let v = self.get_slot(self.slot_of(a), Ty::Void);
                self.resolve_lazies(|l| l == Lazy::Global(d as u32));
                self.b.emit(Ins::new(
                    Opc::GSTORE,
                    Ty::Void,
                    v,
                    Ref::NONE,
                    Ref::NONE,
                    d as u32,
                ));
            }
            MOVR => {
                let v = self.int(d);
                self.write_ref(a, v);
            }
            KSTR => {
                // String constants live as long as their proto.
                let v = self
                    .b
                    .kint(proto.strs.get(d).copied().ok_or("bad string")? as i64);
                self.write_ref(a, v);
            }
            GSETR => {
                let v = self.int(a);
                self.resolve_lazies(|l| l == Lazy::Global(d as u32));
                let old = self.b.emit(Ins::new(
                    Opc::GLOAD,
                    Ty::Int,
                    Ref::NONE,
                    Ref::NONE,
                    Ref::NONE,
                    d as u32,
                ));
                self.b
                    .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
                self.b.emit(Ins::new(
                    Opc::DECREF,
                    Ty::Void,
                    old,
                    Ref::NONE,
                    Ref::NONE,
                    0,
                ));
                self.b.emit(Ins::new(
                    Opc::GSTORE,
                    Ty::Void,
                    v,
                    Ref::NONE,
                    Ref::NONE,
                    d as u32,
                ));
            }
            GGETR => {
                let v = self.b.emit(Ins::new(
                    Opc::GLOAD,
                    Ty::Int,
                    Ref::NONE,
                    Ref::NONE,
                    Ref::NONE,
                    d as u32,
                ));
                self.write_ref(a, v);
            }
            AIDX => self.aidx(vm, ins, pc, regs)?,
            ALEN => {
                let arr = self.int(b);
                if c >= vm::value::MAX_NDIM {
                    return abort("bad axis");
                }
                let v = self.b.emit(Ins::new(
                    Opc::FLOAD,
                    Ty::Int,
                    arr,
                    Ref::NONE,
                    Ref::NONE,
                    Field::shape(c) as u32,
                ));
                self.set(a, v)?;
            }
            DATA => {
                let arr = self.int(d);
                let v = self.b.emit(Ins::new(
                    Opc::FLOAD,
                    Ty::Int,
                    arr,
                    Ref::NONE,
                    Ref::NONE,
                    Field::ArrayData as u32,
                ));
                self.set(a, v)?;
            }
            _ => {
                if let Some((family, m)) = memory_op(op) {
                    return self
                        .memory(family, m, ins, pc, regs)
                        .map(|_| Step::Continue);
                }
                return abort(format!("{} is not compiled", op.name()));
            }
        }
        Ok(Step::Continue)
    }

    /// Follows a jump; a backward jump to a loop already passed is an
    /// inner loop, which the loop instruction then unrolls or aborts on.
    fn jump(&mut self, pc: usize, off: isize) -> Rec<()> {
        let target = (pc as isize + 1 + off) as usize;
        if off < 0
            && self.loops_seen.contains(&(self.frames.len(), target))
            && !self.is_start(target)
            && !self.may_unroll(target)
        {
            return abort("inner loop");
        }
        Ok(())
    }

    /// A LOOP instruction: the first pass enters the loop, a later one is
    /// another iteration of an inner loop.
    fn loop_ins(&mut self, pc: usize) -> Rec<()> {
        if self.loops_seen.insert((self.frames.len(), pc)) {
            self.loop_ref = self.b.t.ins.len();
            return Ok(());
        }
        self.unroll(pc)
    }

    /// Whether this trace may unroll the inner loop at `pc`: a side trace
    /// may (it runs from an exit to a rejoin, so it follows the path the
    /// interpreter takes), a root trace only a loop whose own recordings
    /// keep leaving it, as LuaJIT's `innerloopleft`: the loop runs a few
    /// iterations each time, too few to become a loop trace of its own.
    fn may_unroll(&self, pc: usize) -> bool {
        self.start == Start::Side || self.short_loops.contains(&(self.cur_pid, pc))
    }

    /// Another iteration of the inner loop at `pc`: unrolled into the
    /// trace within LuaJIT's limits (iterations per trace, and for a root
    /// trace the body's length), or the recording aborts.
    fn unroll(&mut self, pc: usize) -> Rec<()> {
        if !self.may_unroll(pc) {
            return abort("inner loop");
        }
        let n = self.b.t.ins.len();
        if self.start != Start::Side && n - self.loop_ref > UNROLL_BODY {
            return abort("inner loop too long to unroll");
        }
        if self.unroll == 0 {
            return abort("inner loop unrolled too often");
        }
        self.unroll -= 1;
        self.loop_ref = n;
        Ok(())
    }

    /// The arms of a forward branch at `pc` to `target` that can become
    /// selects: the instructions it skips (run when it is not taken) and,
    /// for an if/else whose first arm ends by jumping over the second, that
    /// second arm; then the pc where they join. Each arm is short and only
    /// computes registers (nothing that can raise, branch, call or store),
    /// and the join is in the loop being recorded.
    fn select_arms(
        &self,
        proto: &Proto,
        pc: usize,
        target: usize,
    ) -> Option<([Range<usize>; 2], usize)> {
        let last = target.checked_sub(1).filter(|&l| l > pc)?;
        let jump = proto.code.get(last).filter(|i| i.op() == Some(Op::JMP));
        let (arms, join) = match jump {
            Some(j) => {
                let join = (last as isize + 1 + j.di()) as usize;
                if join <= target {
                    return None;
                }
                ([pc + 1..last, target..join], join)
            }
            None => ([pc + 1..target, target..target], target),
        };
        if self.body.is_some_and(|(lo, hi)| join < lo || join > hi) {
            return None;
        }
        let ok = |r: &Range<usize>| {
            r.len() <= MAX_SELECT_ARM
                && r.clone().all(|p| {
                    proto
                        .code
                        .get(p)
                        .and_then(|i| i.op())
                        .is_some_and(selectable)
                })
        };
        arms.iter().all(ok).then_some((arms, join))
    }

    /// If-conversion: records both arms of a branch without running them
    /// (their instructions cannot fail), each from the state before the
    /// branch, then gives every register either wrote that is live at
    /// `join` `SEL cond first-arm-value second-arm-value`, and resumes
    /// recording at `join`, whichever way the interpreter goes — no guard,
    /// so no exit to take when the branch goes the other way. False
    /// (nothing changed but dead IR) when an arm writes a float, a
    /// reference or too many registers.
    fn select(
        &mut self,
        vm: &Vm,
        proto: &Proto,
        (arms, join): ([Range<usize>; 2], usize),
        cond: Ref,
    ) -> Rec<bool> {
        let saved = self.slots.clone();
        let changed = std::mem::take(&mut self.changed);
        let none = |_: usize| 0;
        let mut outs = Vec::with_capacity(2);
        for arm in arms {
            self.slots = saved.clone();
            self.changed = vec![false; saved.len()];
            let ran = arm.into_iter().all(|p| {
                let ins = proto.code.at(p);
                ins.op()
                    .is_some_and(|op| self.ins(vm, proto, op, ins, p, &none).is_ok())
            });
            if !ran {
                self.slots = saved;
                self.changed = changed;
                return Ok(false);
            }
            outs.push((
                std::mem::take(&mut self.slots),
                std::mem::take(&mut self.changed),
            ));
        }
        self.slots = saved;
        self.changed = changed;
        let live = self.live_slots(join);
        let slots: Vec<usize> = (0..self.slots.len())
            .filter(|&s| outs.iter().any(|o| o.1[s]) && live.get(s).copied().unwrap_or(true))
            .collect();
        if slots.len() > MAX_SELECTS || slots.iter().any(|&s| self.refs[s]) {
            return Ok(false);
        }
        let mut picks = Vec::with_capacity(slots.len());
        for s in slots {
            let old = match self.slots[s] {
                Some(Val::Ref(r)) if self.b.t.ty(r) != Ty::Int => return Ok(false),
                _ => self.get_slot(s as u32, Ty::Int),
            };
            let mut v = [old; 2];
            for (k, (after, written)) in outs.iter().enumerate() {
                if !written[s] {
                    continue;
                }
                v[k] = match after[s] {
                    Some(Val::Ref(r)) => r,
                    Some(Val::K(bits)) => self.b.kint(bits as i64),
                    Some(Val::Lazy(l)) => self.load_lazy(l, Ty::Int),
                    None => return Ok(false),
                };
                if self.b.t.ty(v[k]) != Ty::Int {
                    return Ok(false);
                }
            }
            let sel = self
                .b
                .emit(Ins::new(Opc::SEL, Ty::Int, cond, v[0], v[1], 0));
            picks.push((s as u32, sel));
        }
        for (s, v) in picks {
            self.set_slot(s, Val::Ref(v))?;
        }
        self.called = Some((self.trace_base + self.cur_base as usize, join));
        Ok(true)
    }

    /// The body of the loop whose FORLOOP or LOOP is at `pc`.
    fn loop_body(&self, pid: usize, pc: usize) -> Option<(usize, usize)> {
        let ins = self.protos.get(pid)?.code.get(pc)?;
        match ins.op()? {
            Op::FORLOOP => Some(((pc as isize + 1 + ins.di()) as usize, pc)),
            Op::LOOP => Some((pc, self.live.get(&pid)?.loop_end(pc)?)),
            _ => None,
        }
    }

    fn is_start(&self, pc: usize) -> bool {
        self.frames.is_empty() && self.cur_pid == self.pid && pc == self.pc
    }

    fn forloop(
        &mut self,
        _proto: &Proto,
        ins: BcIns,
        pc: usize,
        regs: &dyn Fn(usize) -> u64,
    ) -> Rec<Step> {
        let a = ins.a();
        let left = trips_left(ins, regs);
        if !self.is_start(pc) {
            if self.loops_seen.insert((self.frames.len(), pc)) {
                self.loop_ref = self.b.t.ins.len();
            } else if left != Some(0) || self.start != Start::Side {
                // A side trace continues across a loop it leaves.
                self.unroll(pc)?;
            }
        }
        let (i, stop, step) = (self.int(a), self.int(a + 1), self.int(a + 2));
        let (iv, ev, sv) = (regs(a) as i64, regs(a + 1) as i64, regs(a + 2) as i64);
        let up = sv > 0;
        let z = self.b.kint(0);
        self.guard(if up { Opc::GT } else { Opc::LT }, step, z, pc)?;
        // No overflow: stop stays within reach of the largest (smallest)
        // index one step short of it. Invariant, so hoisted.
        let limit = if up {
            let max = self.b.kint(i64::MAX);
            self.b.ins(Opc::SUB, Ty::Int, max, step)
        } else {
            let min = self.b.kint(i64::MIN);
            self.b.ins(Opc::SUB, Ty::Int, min, step)
        };
        let (next, overflow) = iv.overflowing_add(sv);
        let continues = !overflow && if up { next < ev } else { next > ev };
        let nv = self.b.ins(Opc::ADD, Ty::Int, i, step);
        if continues {
            self.guard(if up { Opc::LE } else { Opc::GE }, stop, limit, pc)?;
            // Leaving the loop exits past FORLOOP, which falls through
            // without touching its registers: the exit needs none of the
            // old index unless the code after the loop reads it, and the
            // new index can take the old one's register.
            let s = self.snap(pc + 1);
            if !self
                .b
                .guard(if up { Opc::LT } else { Opc::GT }, nv, stop, s)
            {
                return abort("a guard that always fails");
            }
            self.set(a, nv)?;
            self.set(a + 3, nv)?;
            self.jump(pc, ins.di())?;
        } else if !overflow {
            self.guard(if up { Opc::GE } else { Opc::LE }, nv, stop, pc)?;
        } else {
            return abort("range overflow");
        }
        Ok(Step::Continue)
    }

    // ------------------------------------------------------------ calls

    fn call(&mut self, vm: &Vm, proto: &Proto, ins: BcIns, pc: usize) -> Rec<()> {
        let pid = ins.d();
        let callee = self.protos.get(pid).cloned().ok_or("bad callee")?;
        if self.frames.len() >= MAX_INLINE_DEPTH {
            return abort("calls nested too deep");
        }
        let recursive = pid == self.cur_pid
            || pid == self.pid
            || self.frames.iter().any(|f| f.pid as usize == pid);
        if recursive {
            // The recursion runs as native calls of the function's trace:
            // this one's own, or one compiled already.
            let entry = match vm.code_at(pid, 0).op() {
                Some(Op::JFUNC) => vm.traces.get(vm.code_at(pid, 0).d()).map(|t| t.mcode),
                _ if self.start == Start::Func && pid == self.pid => Some(0),
                _ => None,
            };
            return match entry {
                Some(entry) => self.call_trace(proto, &callee, ins, pc, entry),
                None => abort("recursive call"),
            };
        }
        let nbase = self.cur_base + proto.nregs as u32;
        self.grow(nbase + callee.nregs as u32);
        let mut args = Vec::with_capacity(callee.nparams);
        for i in 0..callee.nparams {
            args.push(arg_reg(&proto.code, pc, i));
        }
        for (i, &r) in args.iter().enumerate() {
            let src = self.slot_of(r);
            let dst = nbase + i as u32;
            if callee.param_refs[i] {
                // In memory and counted, as the interpreter's CALL does:
                // the callee may rebind the parameter (releasing it), and
                // its return or an exit's interpreter frame releases it.
                let v = self.get_slot(src, Ty::Int);
                self.b
                    .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
                self.b.emit(Ins::new(
                    Opc::SSTORE,
                    Ty::Void,
                    v,
                    Ref::NONE,
                    Ref::NONE,
                    dst,
                ));
                self.set_clean(dst, Val::Ref(v));
            } else {
                let v = self.slots[src as usize].unwrap_or(Val::Lazy(Lazy::Entry(src)));
                let v = match v {
                    Val::Lazy(Lazy::Mem(_)) => Val::Ref(self.get_slot(src, Ty::Void)),
                    v => v,
                };
                self.slots[dst as usize] = Some(v);
                self.changed[dst as usize] = true;
            }
        }
        for r in callee.nparams..callee.nregs {
            let s = nbase + r as u32;
            self.slots[s as usize] = None;
            self.changed[s as usize] = false;
            self.refs[s as usize] = false;
        }
        let z = self.b.kint(0);
        for &r in &callee.ref_regs {
            let s = nbase + r as u32;
            self.refs[s as usize] = true;
            if (r as usize) >= callee.nparams {
                self.b
                    .emit(Ins::new(Opc::SSTORE, Ty::Void, z, Ref::NONE, Ref::NONE, s));
                self.set_clean(s, Val::Ref(z));
            }
        }
        self.frames.push(FrameInfo {
            pid: pid as u32,
            base: nbase,
            call_pc: pc as u32,
            ret_pc: (pc + 1 + arg_words(callee.nparams)) as u32,
            dst: ins.a() as u32,
        });
        self.cur_base = nbase;
        self.cur_pid = pid;
        self.state_epoch += 1;
        Ok(())
    }

    /// A call of a compiled function trace (`entry`, 0 for this trace's
    /// own): the callee's frame is set up in memory as CALL would, and
    /// CALLT runs it natively (or, too deep, through the interpreter).
    fn call_trace(
        &mut self,
        proto: &Proto,
        callee: &Proto,
        ins: BcIns,
        pc: usize,
        entry: usize,
    ) -> Rec<()> {
        let pid = ins.d();
        let nbase = self.cur_base + proto.nregs as u32;
        let snap = self.take_snap(pc, true);
        self.need_flush = true;
        let frame = self.sref(nbase);
        for i in 0..callee.nparams {
            let src = self.slot_of(arg_reg(&proto.code, pc, i));
            let v = self.get_slot(src, Ty::Void);
            if callee.param_refs[i] {
                self.b
                    .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
            }
            self.b.emit(Ins::new(
                Opc::SSTORE,
                Ty::Void,
                v,
                Ref::NONE,
                Ref::NONE,
                nbase + i as u32,
            ));
        }
        let z = self.b.kint(0);
        for &r in &callee.ref_regs {
            if (r as usize) >= callee.nparams {
                self.b.emit(Ins::new(
                    Opc::SSTORE,
                    Ty::Void,
                    z,
                    Ref::NONE,
                    Ref::NONE,
                    nbase + r as u32,
                ));
            }
        }
        // The callee may change globals, and reads nothing of this frame.
        self.resolve_lazies(|l| matches!(l, Lazy::Global(_)));
        let dst = ins.a();
        let out = self.sref(self.slot_of(dst));
        let k = self.b.kint(pid as i64);
        self.b.t.calls.push(CallInfo {
            addr: entry,
            args: vec![(k, CArg::Int(MemTy::I64))],
            ret: (callee.nret > 0).then_some(CArg::Int(MemTy::I64)),
            fixed: None,
            name: self.protos[pid].name.clone(),
        });
        let mut call = Ins::new(
            Opc::CALLT,
            Ty::Void,
            frame,
            out,
            Ref::NONE,
            (self.b.t.calls.len() - 1) as u32,
        );
        call.snap = snap;
        self.b.emit(call);
        for i in 0..callee.nret {
            let s = self.slot_of(dst + i);
            self.set_clean(s, Val::Lazy(Lazy::Mem(s)));
        }
        // The interpreter runs the call itself; what it does there is not
        // the trace's.
        let ret_pc = pc + 1 + arg_words(callee.nparams);
        self.called = Some((self.trace_base + self.cur_base as usize, ret_pc));
        Ok(())
    }

    fn ret(&mut self, op: Op, ins: BcIns, pc: usize) -> Rec<Step> {
        let Some(f) = self.frames.pop() else {
            if self.func {
                return self.func_return(op, ins);
            }
            if self.start == Start::Side {
                // The path leaves the loop's function: the interpreter
                // returns from there.
                self.take_snap(pc, false);
                self.b.t.end = End::Exit;
                return Ok(Step::Done);
            }
            return abort("return from the trace's function");
        };
        let callee = self.protos[f.pid as usize].clone();
        let n = if op == Op::RET { callee.nret } else { 0 };
        let a = ins.a();
        let mut vals = Vec::with_capacity(n);
        for i in 0..n {
            let v = self.get_slot(f.base + (a + i) as u32, Ty::Void);
            if callee.ret_refs[i] {
                self.b
                    .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
            }
            vals.push(v);
        }
        for &r in &callee.ref_regs {
            let v = self.get_slot(f.base + r as u32, Ty::Int);
            self.b
                .emit(Ins::new(Opc::DECREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
        }
        for s in f.base as usize..self.slots.len() {
            self.slots[s] = None;
            self.changed[s] = false;
            self.refs[s] = false;
        }
        let caller = self.frames.last().map_or(self.pid, |p| p.pid as usize);
        self.cur_pid = caller;
        self.cur_base = self.frames.last().map_or(0, |p| p.base);
        for (i, v) in vals.into_iter().enumerate() {
            let reg = f.dst as usize + i;
            if callee.ret_refs[i] {
                // The increment above is the caller's.
                self.store_ref(reg, v);
            } else {
                self.set(reg, v)?;
            }
        }
        self.state_epoch += 1;
        Ok(Step::Continue)
    }

    /// The function trace's own return: what RET does, compiled. The
    /// results go where the caller wants them (RETREF: the caller's result
    /// registers), counted, the old ones there released, and the frame's
    /// references released; the trace then ends, returning RETURNED.
    fn func_return(&mut self, op: Op, ins: BcIns) -> Rec<Step> {
        let proto = self.protos[self.pid].clone();
        let n = if op == Op::RET { proto.nret } else { 0 };
        let retp = self.b.emit(Ins::new(
            Opc::RETREF,
            Ty::Int,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            0,
        ));
        for i in 0..n {
            let v = self.get_slot((ins.a() + i) as u32, Ty::Void);
            let off = self.b.kint(8 * i as i64);
            if proto.ret_refs[i] {
                self.b
                    .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
                let old = self.b.emit(Ins::new(
                    Opc::XLOAD,
                    Ty::Int,
                    retp,
                    off,
                    Ref::NONE,
                    MemTy::I64 as u32,
                ));
                self.b.emit(Ins::new(
                    Opc::DECREF,
                    Ty::Void,
                    old,
                    Ref::NONE,
                    Ref::NONE,
                    0,
                ));
            }
            let m = if self.b.t.ty(v) == Ty::Num {
                MemTy::F64
            } else {
                MemTy::I64
            };
            self.b
                .emit(Ins::new(Opc::XSTORE, Ty::Void, retp, off, v, m as u32));
        }
        for &r in &proto.ref_regs {
            let v = self.get_slot(r as u32, Ty::Int);
            self.b
                .emit(Ins::new(Opc::DECREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
        }
        self.b.t.end = End::Return;
        Ok(Step::Done)
    }

    /// Stores a reference into a reference register, counting it and
    /// releasing the old one, as the interpreter does.
    fn write_ref(&mut self, reg: usize, v: Ref) {
        let s = self.slot_of(reg);
        let old = self.get_slot(s, Ty::Int);
        if old == v {
            // The register already holds this object: the increment and
            // release cancel.
            return;
        }
        self.b
            .emit(Ins::new(Opc::INCREF, Ty::Void, v, Ref::NONE, Ref::NONE, 0));
        self.replace_ref(s, old, v);
    }

    /// Stores a reference already counted for the register, releasing the
    /// old one.
    fn store_ref(&mut self, reg: usize, v: Ref) {
        let s = self.slot_of(reg);
        let old = self.get_slot(s, Ty::Int);
        self.replace_ref(s, old, v);
    }

    fn replace_ref(&mut self, s: u32, old: Ref, v: Ref) {
        self.b.emit(Ins::new(
            Opc::DECREF,
            Ty::Void,
            old,
            Ref::NONE,
            Ref::NONE,
            0,
        ));
        self.resolve_lazies(|l| matches!(l, Lazy::Entry(x) | Lazy::Mem(x) if x == s));
        self.b
            .emit(Ins::new(Opc::SSTORE, Ty::Void, v, Ref::NONE, Ref::NONE, s));
        self.set_clean(s, Val::Ref(v));
    }

    /// A native through the VM's C-ABI shim: its scalar arguments are
    /// written to the frame first, and its results read from there after.
    fn native(&mut self, proto: &Proto, ins: BcIns, pc: usize) -> Rec<()> {
        let site = proto.natives.get(ins.d()).ok_or("bad native")?;
        if let Some(done) = self.c_call(proto, ins, pc)? {
            return Ok(done);
        }
        // The arguments go by value, above the frame: a copy of this call
        // in the loop body must not depend on what the frame's memory
        // held when the first was recorded.
        let above = self.cur_base + proto.nregs as u32;
        self.grow(above + site.nargs as u32);
        let args = self.sref(above);
        for i in 0..site.nargs {
            let s = self.slot_of(arg_reg(&proto.code, pc, i));
            let v = self.get_slot(s, Ty::Void);
            let off = self.b.kint(8 * i as i64);
            let m = if self.b.t.ty(v) == Ty::Num {
                MemTy::F64
            } else {
                MemTy::I64
            };
            self.b
                .emit(Ins::new(Opc::XSTORE, Ty::Void, args, off, v, m as u32));
        }
        // The native may change globals and, through callbacks, anything.
        self.resolve_lazies(|l| matches!(l, Lazy::Global(_) | Lazy::Mem(_)));
        let snap = self.take_snap(pc, true);
        self.need_flush = true;
        let vmref = self.b.emit(Ins::new(
            Opc::VMREF,
            Ty::Int,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            0,
        ));
        let frame = self.sref(self.cur_base);
        let p = self.b.kint(proto as *const Proto as i64);
        let pcr = self.b.kint(pc as i64);
        self.b.t.calls.push(CallInfo {
            addr: vm::tier::call_native as *const () as usize,
            args: vec![
                (vmref, CArg::Int(MemTy::I64)),
                (p, CArg::Int(MemTy::I64)),
                (pcr, CArg::Int(MemTy::I64)),
                (frame, CArg::Int(MemTy::I64)),
                (args, CArg::Int(MemTy::I64)),
            ],
            ret: Some(CArg::Int(MemTy::U32)),
            fixed: None,
            name: site.name.clone(),
        });
        let mut call = Ins::new(
            Opc::CALL,
            Ty::Int,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            (self.b.t.calls.len() - 1) as u32,
        );
        call.snap = snap;
        self.b.emit(call);
        let a = ins.a();
        for i in 0..site.nret {
            let s = self.slot_of(a + i);
            self.set_clean(s, Val::Lazy(Lazy::Mem(s)));
        }
        Ok(())
    }

    /// A C function with a scalar signature becomes a direct call.
    fn c_call(&mut self, proto: &Proto, ins: BcIns, pc: usize) -> Rec<Option<()>> {
        let site = &proto.natives[ins.d()];
        let Some(sig) = vm::ffi::natives::direct_signature(site) else {
            return Ok(None);
        };
        let mut args = Vec::with_capacity(sig.args.len());
        for (i, &kind) in sig.args.iter().enumerate() {
            let reg = arg_reg(&proto.code, pc, i);
            let (ty, carg) = carg_of(kind);
            let v = self.int_or_num(reg, ty);
            args.push((v, carg));
        }
        // cffi refuses integers that do not fit their parameter: the
        // interpreter raises when the guard fails.
        for &(i, lo, hi) in &sig.ranges {
            let v = args[i].0;
            let (klo, khi) = (self.b.kint(lo), self.b.kint(hi));
            self.guard(Opc::GE, v, klo, pc)?;
            self.guard(Opc::LE, v, khi, pc)?;
        }
        let addr = sig.addr;
        self.resolve_lazies(|l| matches!(l, Lazy::Global(_) | Lazy::Mem(_)));
        if self.need_flush {
            // What the script printed must come out before what C prints.
            // (Callbacks flush before they return to C, so only natives
            // and script calls in the trace buffer output again.)
            let vmref = self.b.emit(Ins::new(
                Opc::VMREF,
                Ty::Int,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                0,
            ));
            self.b.t.calls.push(CallInfo {
                addr: vm::tier::flush_output as *const () as usize,
                args: vec![(vmref, CArg::Int(MemTy::I64))],
                ret: None,
                fixed: None,
                name: "flush".into(),
            });
            self.b.emit(Ins::new(
                Opc::CALL,
                Ty::Void,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                (self.b.t.calls.len() - 1) as u32,
            ));
            self.need_flush = false;
        }
        let ret = sig.ret.map(carg_of);
        self.b.t.calls.push(CallInfo {
            addr,
            args,
            ret: ret.map(|(_, c)| c),
            fixed: sig.fixed,
            name: site.name.clone(),
        });
        let ty = ret.map_or(Ty::Void, |(t, _)| t);
        let r = self.b.emit(Ins::new(
            Opc::CALL,
            ty,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            (self.b.t.calls.len() - 1) as u32,
        ));
        if ret.is_some() {
            self.set(ins.a(), r)?;
        }
        Ok(Some(()))
    }

    fn int_or_num(&mut self, reg: usize, ty: Ty) -> Ref {
        if ty == Ty::Num {
            self.num(reg)
        } else {
            self.int(reg)
        }
    }

    /// A math function: sqrt as an instruction, most others as direct
    /// calls (`crate::math`), the rest through the VM's C-ABI helper (which
    /// fails on domain errors exactly as the interpreter does).
    fn math(&mut self, ins: BcIns, pc: usize, now: u64) -> Rec<()> {
        let f = MathFn::from_u8(ins.c() as u8).ok_or("bad math function")?;
        let x = self.num(ins.b());
        // sqrt is an instruction; math.sqrt raises below zero (NaN and
        // -0.0 pass), which the interpreter does when the guard fails.
        if f == MathFn::PySqrt {
            let z = self.b.knum(0.0);
            self.guard(Opc::FNLT, x, z, pc)?;
        }
        if matches!(f, MathFn::Sqrt | MathFn::PySqrt) {
            let v = self.b.ins(Opc::FSQRT, Ty::Num, x, Ref::NONE);
            return self.set(ins.a(), v);
        }
        // Called directly, the result in a register; Python's may fail,
        // and then (or on any result that is not finite) the trace exits
        // to the interpreter, which calls again and raises or returns.
        if let Some(addr) = crate::math::plain(f) {
            let v = self.direct_math(addr, x);
            return self.set(ins.a(), v);
        }
        // Not when this call's result is not finite: the trace would
        // exit there every time.
        let finite = vm::interp::math1(Some(f), f64::from_bits(now))
            .is_ok_and(|r| f64::from_bits(r).is_finite());
        if let Some(addr) = crate::math::python(f).filter(|_| finite) {
            let v = self.direct_math(addr, x);
            let size = self.b.ins(Opc::FABS, Ty::Num, v, Ref::NONE);
            let inf = self.b.knum(f64::INFINITY);
            self.guard(Opc::FLT, size, inf, pc)?;
            return self.set(ins.a(), v);
        }
        let fk = self.b.kint(f as i64);
        let out = self.sref(self.slot_of(ins.a()));
        let int = CArg::Int(MemTy::I64);
        let args = [(fk, int), (x, CArg::F64), (out, int)];
        self.scratch_call(vm::tier::math1 as *const () as usize, &args, pc, "math")?;
        let s = self.slot_of(ins.a());
        self.set_clean(s, Val::Lazy(Lazy::Mem(s)));
        Ok(())
    }

    /// A call of `f64 addr(f64)` that cannot fail.
    fn direct_math(&mut self, addr: usize, x: Ref) -> Ref {
        self.b.t.calls.push(CallInfo {
            addr,
            args: vec![(x, CArg::F64)],
            ret: Some(CArg::F64),
            fixed: None,
            name: "math".into(),
        });
        let call = (self.b.t.calls.len() - 1) as u32;
        self.b.emit(Ins::new(
            Opc::CALL,
            Ty::Num,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            call,
        ))
    }

    /// Operations the interpreter computes with a fallible helper:
    /// float floor division and modulo, powers, two-argument math.
    fn helper(&mut self, op: Op, ins: BcIns, pc: usize) -> Rec<()> {
        let (a, b, c) = (ins.a(), ins.b(), ins.c());
        let out = self.sref(self.slot_of(a));
        let int = CArg::Int(MemTy::I64);
        if op == Op::POW {
            let (x, y) = (self.int(b), self.int(c));
            let args = [(x, int), (y, int), (out, int)];
            self.scratch_call(vm::tier::ipow as *const () as usize, &args, pc, "pow")?;
        } else {
            let (x, y) = match op {
                Op::FMATH2 => (self.num(a), self.num(b)),
                _ => (self.num(b), self.num(c)),
            };
            let code = self.b.kint(match op {
                Op::FFLOORDIV => 0,
                Op::FMOD => 1,
                Op::FPOW => 2,
                _ => 3 + c as i64,
            });
            let args = [(code, int), (x, CArg::F64), (y, CArg::F64), (out, int)];
            self.scratch_call(vm::tier::arith2 as *const () as usize, &args, pc, op.name())?;
        }
        let s = self.slot_of(a);
        self.set_clean(s, Val::Lazy(Lazy::Mem(s)));
        Ok(())
    }

    /// A call to a helper that writes its result to a frame slot and
    /// returns nonzero on an error (which the interpreter then raises by
    /// running the instruction again).
    fn scratch_call(
        &mut self,
        addr: usize,
        args: &[(Ref, CArg)],
        pc: usize,
        name: &str,
    ) -> Rec<()> {
        let snap = self.snap(pc);
        self.b.t.calls.push(CallInfo {
            addr,
            args: args.to_vec(),
            ret: Some(CArg::Int(MemTy::U32)),
            fixed: None,
            name: name.into(),
        });
        let mut call = Ins::new(
            Opc::CALL,
            Ty::Int,
            Ref::NONE,
            Ref::NONE,
            Ref::NONE,
            (self.b.t.calls.len() - 1) as u32,
        );
        call.snap = snap;
        self.b.emit(call);
        Ok(())
    }

    // ----------------------------------------------------------- memory

    /// An element of an array: bounds-checked index `reg` on `axis`.
    fn index(&mut self, arr: Ref, reg: usize, axis: usize, pc: usize, value: i64) -> Rec<Ref> {
        let i = self.int(reg);
        let len = self.b.emit(Ins::new(
            Opc::FLOAD,
            Ty::Int,
            arr,
            Ref::NONE,
            Ref::NONE,
            Field::shape(axis) as u32,
        ));
        let z = self.b.kint(0);
        let j = if value >= 0 {
            i
        } else {
            self.guard(Opc::LT, i, z, pc)?;
            self.b.ins(Opc::ADD, Ty::Int, i, len)
        };
        self.guard(Opc::ULT, j, len, pc)?;
        Ok(j)
    }

    /// The byte offset of element `j` on `axis`: a constant stride when the
    /// array recorded has the element size as its stride (guarded, and
    /// hoisted out of loops), so addressing can scale the index.
    fn offset(
        &mut self,
        arr: Ref,
        j: Ref,
        axis: usize,
        stride_now: i64,
        size: i64,
        pc: usize,
    ) -> Rec<Ref> {
        let st = self.b.emit(Ins::new(
            Opc::FLOAD,
            Ty::Int,
            arr,
            Ref::NONE,
            Ref::NONE,
            Field::stride(axis) as u32,
        ));
        if stride_now == size {
            let k = self.b.kint(size);
            self.guard(Opc::EQ, st, k, pc)?;
            Ok(self.b.ins(Opc::MUL, Ty::Int, j, k))
        } else {
            Ok(self.b.ins(Opc::MUL, Ty::Int, j, st))
        }
    }

    fn aidx(&mut self, vm: &Vm, ins: BcIns, pc: usize, regs: &dyn Fn(usize) -> u64) -> Rec<()> {
        let (a, b, c, n) = (ins.a(), ins.b(), ins.c(), ins.e());
        let arr = self.int(b);
        let obj = regs(b);
        // SAFETY: the register holds an array reference (typed bytecode).
        let (ndim, strides, itemsize) = unsafe {
            let o = vm::value::obj::<ArrayObj>(obj);
            (o.ndim as usize, o.strides, o.itemsize as i64)
        };
        let _ = vm;
        if n != ndim || ndim > vm::value::MAX_NDIM {
            return abort("array rank differs from the instruction's");
        }
        let data = self.b.emit(Ins::new(
            Opc::FLOAD,
            Ty::Int,
            arr,
            Ref::NONE,
            Ref::NONE,
            Field::ArrayData as u32,
        ));
        let mut off = self.b.kint(0);
        for (d, &stride) in strides.iter().enumerate().take(ndim) {
            let j = self.index(arr, c + d, d, pc, regs(c + d) as i64)?;
            let o = self.offset(
                arr,
                j,
                d,
                stride,
                if d + 1 == ndim { itemsize } else { 0 },
                pc,
            )?;
            off = self.b.ins(Opc::ADD, Ty::Int, off, o);
        }
        let addr = self.b.ins(Opc::ADD, Ty::Int, data, off);
        self.nonnull.insert(addr);
        self.set(a, addr)
    }

    fn memory(
        &mut self,
        family: Family,
        m: MemTy,
        ins: BcIns,
        pc: usize,
        regs: &dyn Fn(usize) -> u64,
    ) -> Rec<()> {
        let (a, b, c) = (ins.a(), ins.b(), ins.c());
        let ty = m.ty();
        let (base, off) = match family {
            Family::Array => {
                let arr = self.int(b);
                let j = self.index(arr, c, 0, pc, regs(c) as i64)?;
                // SAFETY: the register holds an array reference.
                let stride = unsafe { vm::value::obj::<ArrayObj>(regs(b)).strides[0] };
                let off = self.offset(arr, j, 0, stride, m.size() as i64, pc)?;
                let data = self.b.emit(Ins::new(
                    Opc::FLOAD,
                    Ty::Int,
                    arr,
                    Ref::NONE,
                    Ref::NONE,
                    Field::ArrayData as u32,
                ));
                (data, off)
            }
            Family::Addr => {
                let p = self.int(b);
                self.nonnull_guard(p, pc)?;
                (p, self.b.kint(c as i64))
            }
            Family::Ptr => {
                let p = self.int(b);
                self.nonnull_guard(p, pc)?;
                let i = self.int(c);
                let k = self.b.kint(m.size() as i64);
                (p, self.b.ins(Opc::MUL, Ty::Int, i, k))
            }
        };
        if is_store(ins) {
            let v = self.int_or_num(a, ty);
            self.b
                .emit(Ins::new(Opc::XSTORE, Ty::Void, base, off, v, m as u32));
        } else {
            let v = self
                .b
                .emit(Ins::new(Opc::XLOAD, ty, base, off, Ref::NONE, m as u32));
            self.set(a, v)?;
        }
        Ok(())
    }

    fn nonnull_guard(&mut self, p: Ref, pc: usize) -> Rec<()> {
        if self.nonnull.contains(&p) {
            return Ok(());
        }
        let z = self.b.kint(0);
        self.guard(Opc::NE, p, z, pc)?;
        self.nonnull.insert(p);
        Ok(())
    }
}

/// The register of argument `i` of the call at `pc`.
/// Iterations a FORLOOP about to run will still start (0: it leaves its
/// loop), read from the live registers; None when the index would
/// overflow or the step is zero.
fn trips_left(ins: BcIns, regs: &dyn Fn(usize) -> u64) -> Option<u64> {
    let a = ins.a();
    let (iv, ev, sv) = (regs(a) as i64, regs(a + 1) as i64, regs(a + 2) as i64);
    let next = iv.checked_add(sv)?;
    let (span, step) = match sv {
        0 => return None,
        s if s > 0 => (i128::from(ev) - i128::from(next), i128::from(s)),
        s => (i128::from(next) - i128::from(ev), -i128::from(s)),
    };
    Some(if span <= 0 {
        0
    } else {
        ((span + step - 1) / step) as u64
    })
}

fn arg_reg(code: &vm::bytecode::Code, pc: usize, i: usize) -> usize {
    let w = code.get(pc + 1 + i / 4).map_or(0, |w| w.0);
    (w >> (16 * (i % 4)) & 0xffff) as usize
}

/// Instructions that only compute registers from registers and cannot
/// fail: an arm of them can run whichever way its branch goes.
fn selectable(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        MOV | KINT
            | KNUM
            | ADD
            | SUB
            | MUL
            | ADDI
            | BAND
            | BOR
            | BXOR
            | NEG
            | BNOT
            | ABS
            | MIN
            | MAX
            | UMIN
            | UMAX
            | FADD
            | FSUB
            | FMUL
            | FNEG
            | FABS
            | FMIN
            | FMAX
            | I2F
            | U2F
            | SEXT8
            | SEXT16
            | SEXT32
            | ZEXT8
            | ZEXT16
            | ZEXT32
            | I2B
            | F2B
            | NOT
            | EQ
            | NE
            | LT
            | LE
            | ULT
            | ULE
            | FEQ
            | FNE
            | FLT
            | FLE
    )
}

fn negate(op: Opc) -> Opc {
    op.negate().unwrap_or(op)
}

#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn branch_taken(op: Op, x: u64, y: u64) -> bool {
    let (fx, fy) = (f64::from_bits(x), f64::from_bits(y));
    let (ix, iy) = (x as i64, y as i64);
    match op {
        Op::JLT => ix < iy,
        Op::JLE => ix <= iy,
        Op::JEQ => x == y,
        Op::JNE => x != y,
        Op::JULT => x < y,
        Op::JULE => x <= y,
        Op::JFLT => fx < fy,
        Op::JFLE => fx <= fy,
        Op::JFEQ => fx == fy,
        Op::JFNE => fx != fy,
        Op::JFNLT => !(fx < fy),
        _ => !(fx <= fy),
    }
}

#[derive(Clone, Copy)]
enum Family {
    Array,
    Addr,
    Ptr,
}

/// The family and memory type of a typed memory instruction.
fn memory_op(op: Op) -> Option<(Family, MemTy)> {
    use vm::dtype::DType;
    let families = [
        (Op::ALD_B, Family::Array),
        (Op::AST_B, Family::Array),
        (Op::XLD_B, Family::Addr),
        (Op::XST_B, Family::Addr),
        (Op::PLD_B, Family::Ptr),
        (Op::PST_B, Family::Ptr),
    ];
    for (first, fam) in families {
        let i = (op as u8).checked_sub(first as u8)? as usize;
        if i < DType::SCALARS.len() {
            let m = match DType::SCALARS[i] {
                DType::Bool => MemTy::B,
                DType::I8 => MemTy::I8,
                DType::I16 => MemTy::I16,
                DType::I32 => MemTy::I32,
                DType::I64 | DType::U64 => MemTy::I64,
                DType::U8 => MemTy::U8,
                DType::U16 => MemTy::U16,
                DType::U32 => MemTy::U32,
                DType::F32 => MemTy::F32,
                _ => MemTy::F64,
            };
            return Some((fam, m));
        }
    }
    None
}

fn is_store(ins: BcIns) -> bool {
    ins.op()
        .is_some_and(|op| op.a_use() == vm::bytecode::Use::Read)
}

/// The IR type and C passing of a C scalar.
fn carg_of(k: vm::ffi::natives::DirectArg) -> (Ty, CArg) {
    use vm::ffi::natives::DirectArg as D;
    match k {
        D::F32 => (Ty::Num, CArg::F32),
        D::F64 => (Ty::Num, CArg::F64),
        D::Int { bytes, signed } => (
            Ty::Int,
            CArg::Int(match (bytes, signed) {
                (1, true) => MemTy::I8,
                (1, false) => MemTy::U8,
                (2, true) => MemTy::I16,
                (2, false) => MemTy::U16,
                (4, true) => MemTy::I32,
                (4, false) => MemTy::U32,
                _ => MemTy::I64,
            }),
        ),
        D::Bool => (Ty::Int, CArg::Int(MemTy::B)),
    }
}
