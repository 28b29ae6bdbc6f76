//! The trace life cycle, as LuaJIT's `lj_trace`: a hot loop starts a
//! recording; a finished recording is optimized, assembled and patched into
//! the bytecode; compiled code that leaves through an exit is restored from
//! its snapshot and counted, and a hot exit starts a side trace that the
//! exit then jumps to. A loop whose recordings keep aborting is backed off
//! exponentially, then blacklisted: it runs in the interpreter without
//! counting.

use crate::backend::{self, Code, Kind};
use crate::ir::{End, Trace};
use crate::mcode::MCode;
use crate::opt::{dce::dce, r#loop::peel};
use crate::record::{Recorder, Start, Step, LEFT_LOOP};
use crate::stats::{Abort, Stats};
use std::collections::{HashMap, HashSet};
use std::time::Instant;
use vm::bytecode::Op;
use vm::interp::Vm;
use vm::tier::{At, ExitFrame, Resume, Tier, TraceCode};

/// Machine-code memory reserved for all traces.
const MCODE_SIZE: usize = 64 << 20;

/// The most VM stack slots a trace may touch beyond its frame's base: a
/// compiled call checks there is that much room for its callee.
pub const FRAME_LIMIT: u32 = 1 << 14;

/// What the JIT dumps as it works (`--dump=trace,ir,asm`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Dump {
    /// One line per trace event.
    pub trace: bool,
    /// The IR as recorded and after optimization, with snapshots.
    pub ir: bool,
    /// The machine code.
    pub asm: bool,
}

/// Tunables.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Iterations before a loop is recorded (the interpreter counts).
    pub hot_loop: u16,
    /// Exits through one snapshot before a side trace is recorded.
    pub hot_exit: u32,
    /// Aborted recordings of one loop before it is blacklisted.
    pub max_aborts: u32,
    pub dump: Dump,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            hot_loop: vm::interp::HOT_LOOP,
            hot_exit: 10,
            max_aborts: 6,
            dump: Dump::default(),
        }
    }
}

/// A compiled trace.
struct Compiled {
    ir: Trace,
    code: Code,
    /// The proto of the frame the trace runs in (for a side trace, its
    /// root's), and the instruction it starts at.
    pid: usize,
    pc: usize,
    parent: Option<(u32, u32)>,
    /// Its root is a function trace.
    func: bool,
    /// Exits taken per snapshot, and the side trace each one jumps to.
    exits: Vec<u32>,
    sides: Vec<Option<u32>>,
    /// Per snapshot: the exit count at which to record a side trace, and
    /// how many recordings from there aborted.
    next_side: Vec<u32>,
    side_aborts: Vec<u32>,
}

/// A recording in progress.
struct Recording {
    rec: Recorder,
    parent: Option<(u32, u32)>,
}

#[derive(Default)]
struct Penalty {
    aborts: u32,
    /// Recordings that aborted because their iteration left the loop.
    left: u32,
    /// Hot events to ignore before the next attempt.
    skip: u32,
}

/// The tracing JIT: rumba's compiling tier.
pub struct Jit {
    pub opts: Options,
    pub stats: Stats,
    mcode: MCode,
    traces: Vec<Compiled>,
    recording: Option<Recording>,
    penalties: HashMap<(usize, usize), Penalty>,
    /// Dump text, for the embedder to print.
    pub log: String,
}

impl Jit {
    pub fn new(opts: Options) -> Result<Jit, String> {
        Ok(Jit {
            opts,
            stats: Stats::default(),
            mcode: MCode::new(MCODE_SIZE).map_err(|e| e.to_string())?,
            traces: Vec::new(),
            recording: None,
            penalties: HashMap::new(),
            log: String::new(),
        })
    }

    fn abort(&mut self, vm: &mut Vm, key: (usize, usize), parent: Option<(u32, u32)>, why: String) {
        self.stats.aborts.push(Abort {
            pid: key.0,
            pc: key.1,
            why: why.clone(),
        });
        if self.opts.dump.trace {
            self.log.push_str(&format!(
                "---- trace abort at {}: {why}\n",
                where_is(vm, key.0, key.1)
            ));
        }
        if let Some((t, s)) = parent {
            // Try that exit again later (what stopped the recording, an
            // uncompiled loop say, may be compiled by then), less often
            // each time, then give up.
            let c = &mut self.traces[t as usize];
            let s = s as usize;
            c.side_aborts[s] += 1;
            c.next_side[s] = match c.side_aborts[s] < self.opts.max_aborts {
                true => c.exits[s].saturating_add(self.opts.hot_exit << c.side_aborts[s].min(16)),
                false => u32::MAX,
            };
            return;
        }
        let p = self.penalties.entry(key).or_default();
        p.aborts += 1;
        p.left += u32::from(why == LEFT_LOOP);
        p.skip = 1 << p.aborts.min(10);
        if p.aborts >= self.opts.max_aborts {
            vm.blacklist(key.0, key.1);
            self.stats.blacklisted += 1;
            if self.opts.dump.trace {
                self.log.push_str(&format!(
                    "---- loop at {} blacklisted\n",
                    where_is(vm, key.0, key.1)
                ));
            }
        }
    }

    /// Loops whose recordings left them more than once: they run a few
    /// iterations at a time, so root traces may unroll them (LuaJIT's
    /// `innerloopleft`).
    fn short_loops(&self) -> HashSet<(usize, usize)> {
        self.penalties
            .iter()
            .filter(|(_, p)| p.left >= 2)
            .map(|(&k, _)| k)
            .collect()
    }

    /// Optimizes and assembles a finished recording.
    fn compile(&mut self, vm: &mut Vm, rec: Recording) {
        let started = Instant::now();
        let Recording { rec, parent } = rec;
        let (pid, pc, func) = (rec.pid, rec.pc, rec.func);
        let mut b = rec.b;
        let no = self.traces.len() as u32;
        if self.opts.dump.ir {
            self.log
                .push_str(&format!("---- trace {no} IR as recorded\n{}", b.t.dump()));
        }
        if b.t.frame_size > FRAME_LIMIT {
            self.abort(vm, (pid, pc), parent, "frames too large".into());
            return;
        }
        if b.t.end == End::Loop {
            if let Err(why) = peel(&mut b) {
                self.abort(vm, (pid, pc), parent, why.into());
                return;
            }
        }
        let mut t = b.t;
        dce(&mut t);
        if self.opts.dump.ir {
            self.log
                .push_str(&format!("---- trace {no} IR optimized\n{}", t.dump()));
        }
        let kind = if parent.is_some() {
            Kind::Side
        } else {
            Kind::Root
        };
        let traces = &self.traces;
        let links = |n: u32| traces.get(n as usize).map(|c| (c.code.link, c.code.saved));
        let parent_saved = parent
            .and_then(|(pt, _)| traces.get(pt as usize))
            .map_or(0, |c| c.code.saved);
        let code = match backend::assemble(&t, no, kind, parent_saved, &links, &mut self.mcode) {
            Ok(c) => c,
            Err(e) => {
                self.abort(vm, (pid, pc), parent, e.to_string());
                return;
            }
        };
        if self.opts.dump.asm {
            self.log.push_str(&format!(
                "---- trace {no} machine code\n{}",
                backend::disasm(&code)
            ));
        }
        let nsnaps = t.snaps.len();
        let frame_size = t.frame_size as usize;
        self.traces.push(Compiled {
            ir: t,
            code,
            pid,
            pc,
            parent,
            func,
            exits: vec![0; nsnaps],
            sides: vec![None; nsnaps],
            next_side: vec![self.opts.hot_exit; nsnaps],
            side_aborts: vec![0; nsnaps],
        });
        let c = &self.traces[no as usize];
        match parent {
            Some((pt, ps)) => {
                let entry = c.code.entry;
                let pcode = &self.traces[pt as usize].code;
                if pcode.patch_exit(&mut self.mcode, ps, entry).is_ok() {
                    self.traces[pt as usize].sides[ps as usize] = Some(no);
                }
                self.stats.side_traces += 1;
            }
            None => {
                let orig = vm.code_at(pid, pc);
                let entry = TraceCode {
                    mcode: c.code.entry,
                    frame_size,
                    orig,
                    trace: no,
                };
                vm.install_trace(pid, pc, entry);
            }
        }
        self.stats.traces += 1;
        self.stats.compile_time += started.elapsed();
        if self.opts.dump.trace {
            let what = match (parent, func) {
                (Some((pt, ps)), _) => format!("side trace of {pt} exit {ps}"),
                (None, true) => "function".into(),
                (None, false) => "loop".into(),
            };
            self.log.push_str(&format!(
                "---- trace {no} compiled: {what} at {} ({} IR instructions, {} bytes)\n",
                where_is(vm, pid, pc),
                self.traces[no as usize].ir.ins.len(),
                self.traces[no as usize].code.size
            ));
        }
    }
}

/// `file:line (function)` of an instruction, for reports.
fn where_is(vm: &Vm, pid: usize, pc: usize) -> String {
    let Some(p) = vm.protos.get(pid) else {
        return format!("proto {pid}");
    };
    let line = vm.files.get(p.file as usize).and_then(|(name, text)| {
        let lo = (p.pos.get(pc)?.lo as usize).min(text.len());
        Some(format!("{name}:{}", text[..lo].matches('\n').count() + 1))
    });
    format!("{} ({})", line.unwrap_or_else(|| "?".into()), p.name)
}

impl Tier for Jit {
    fn report(&self, vm: &Vm) -> String {
        let s = &self.stats;
        let mut out = format!(
            "---- JIT: {} traces ({} side traces) compiled in {:.3} ms; {} exits taken; {} recordings aborted; {} loops blacklisted\n",
            s.traces,
            s.side_traces,
            s.compile_time.as_secs_f64() * 1e3,
            s.exits,
            s.aborts.len(),
            s.blacklisted
        );
        for (n, c) in self.traces.iter().enumerate() {
            let exits: u64 = c.exits.iter().map(|&e| u64::from(e)).sum();
            let what = match (c.parent, c.func) {
                (Some((t, e)), _) => format!("side trace of {t} at exit {e}"),
                (None, true) => format!("function at {}", where_is(vm, c.pid, c.pc)),
                (None, false) => format!("loop at {}", where_is(vm, c.pid, c.pc)),
            };
            out.push_str(&format!(
                "trace {n}: {what}, {} IR instructions, {} bytes, {exits} exits\n",
                c.ir.ins.len(),
                c.code.size
            ));
            for (k, &e) in c.exits.iter().enumerate().filter(|(_, &e)| e > 0) {
                let snap = &c.ir.snaps[k];
                let pid =
                    c.ir.snap_frames(snap)
                        .last()
                        .map_or(c.pid, |f| f.pid as usize);
                let side = c.sides[k].map_or(String::new(), |t| format!(", to trace {t}"));
                out.push_str(&format!(
                    "  exit {k} at {}: {}{side}\n",
                    where_is(vm, pid, snap.pc as usize),
                    e
                ));
            }
        }
        for a in &s.aborts {
            out.push_str(&format!(
                "abort: {}: {}\n",
                where_is(vm, a.pid, a.pc),
                a.why
            ));
        }
        out
    }

    fn take_log(&mut self) -> String {
        std::mem::take(&mut self.log)
    }

    fn hot(&mut self, _vm: &Vm, at: At) -> bool {
        if self.recording.is_some() {
            return false;
        }
        if let Some(p) = self.penalties.get_mut(&(at.pid, at.pc)) {
            if p.skip > 0 {
                p.skip -= 1;
                return false;
            }
        }
        true
    }

    fn record(&mut self, vm: &mut Vm, at: At) -> bool {
        if self.recording.is_none() {
            // The first instruction of a root trace: hot() agreed to it.
            let start = match vm.code_at(at.pid, at.pc).op() {
                Some(Op::FUNC) => Start::Func,
                _ => Start::Loop,
            };
            let mut rec = Recorder::new(vm, start, at.pid, at.pc, at.base);
            rec.short_loops = self.short_loops();
            self.recording = Some(Recording { rec, parent: None });
        }
        let Some(mut r) = self.recording.take() else {
            return false;
        };
        match r.rec.step(vm, at.pid, at.pc, at.base) {
            Step::Continue => {
                self.recording = Some(r);
                true
            }
            Step::Done => {
                self.compile(vm, r);
                false
            }
            Step::Abort(why) => {
                self.abort(vm, (r.rec.pid, r.rec.pc), r.parent, why);
                false
            }
        }
    }

    fn exit(&mut self, vm: &mut Vm, at: At, id: u64) -> Resume {
        let (t, s) = backend::split_exit_id(id);
        self.stats.exits += 1;
        let Some(c) = self.traces.get_mut(t as usize) else {
            return Resume {
                pc: at.pc,
                ..Resume::default()
            };
        };
        let snap = c.ir.snaps[s as usize].clone();
        let frames: Vec<ExitFrame> =
            c.ir.snap_frames(&snap)
                .iter()
                .map(|f| ExitFrame {
                    pid: f.pid as usize,
                    base: at.base + f.base as usize,
                    ret_pc: f.ret_pc as usize,
                    dst: f.dst as usize,
                    call_pc: f.call_pc as usize,
                })
                .collect();
        c.exits[s as usize] = c.exits[s as usize].saturating_add(1);
        let ends_trace =
            matches!(c.ir.end, End::Exit | End::Link(_)) && s as usize + 1 == c.ir.snaps.len();
        let record = !snap.error
            && !ends_trace
            && c.sides[s as usize].is_none()
            && c.exits[s as usize] == c.next_side[s as usize]
            && self.recording.is_none();
        if record {
            // The side trace runs in the root's frame: its slot 0 is the
            // same, and the snapshot's inlined frames are live again.
            let mut rec = Recorder::new(vm, Start::Side, c.pid, snap.pc as usize, at.base);
            rec.func = c.func;
            rec.set_frames(vm, c.ir.snap_frames(&snap));
            rec.inherit_constants(&c.ir, &snap);
            self.recording = Some(Recording {
                rec,
                parent: Some((t, s)),
            });
        }
        Resume {
            frames,
            pc: snap.pc as usize,
            error: snap.error,
            record,
        }
    }
}

/// Whether an instruction is a loop instruction a trace can start at.
pub fn is_loop(op: Op) -> bool {
    matches!(op, Op::FORLOOP | Op::LOOP)
}
