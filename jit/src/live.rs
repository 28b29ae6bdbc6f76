//! Register liveness of a proto: which registers hold a value some path
//! from an instruction reads before writing. A snapshot leaves the dead
//! ones out (LuaJIT purges its snapshots the same way), so exits write back
//! less, loops carry fewer values around, and fewer registers stay busy.

use std::collections::HashMap;
use vm::bytecode::{arg_reg, arg_words, Fmt, Ins, Op, Proto, Use};
use vm::interp::Vm;

/// Live registers at the start of every instruction of a proto.
pub struct Liveness {
    words: usize,
    /// `words` 64-bit words of bits per instruction (by pc).
    bits: Vec<u64>,
    /// For each target of a backward jump, the last instruction jumping
    /// back to it: a loop's body is the range between.
    back_edges: HashMap<usize, usize>,
}

/// What an instruction reads and writes, and where it may go next.
struct Effect {
    reads: Vec<usize>,
    writes: Vec<usize>,
    next: Vec<usize>,
    /// Registers written only on the way to one successor (successor,
    /// register): a range loop's variable.
    edge_writes: Vec<(usize, usize)>,
}

impl Liveness {
    pub fn new(vm: &Vm, proto: &Proto) -> Liveness {
        let words = proto.nregs.div_ceil(64).max(1);
        let n = proto.code.len();
        let mut effects: Vec<Option<Effect>> = (0..n).map(|_| None).collect();
        let mut back_edges = HashMap::new();
        let mut pc = 0;
        while pc < n {
            let ins = proto.code.at(pc);
            let (effect, len) = effect(vm, proto, pc, ins);
            for &t in effect.next.iter().filter(|&&t| t <= pc) {
                back_edges.insert(t, pc);
            }
            effects[pc] = Some(effect);
            pc += len.max(1);
        }
        let mut bits = vec![0u64; n * words];
        // Backward passes until nothing changes (loops need a few).
        loop {
            let mut changed = false;
            for pc in (0..n).rev() {
                let Some(e) = &effects[pc] else {
                    continue;
                };
                let mut live = vec![0u64; words];
                for &s in &e.next {
                    if s < n {
                        let mut out = bits[s * words..(s + 1) * words].to_vec();
                        for &(_, r) in e.edge_writes.iter().filter(|&&(t, _)| t == s) {
                            if r < words * 64 {
                                out[r / 64] &= !(1 << (r % 64));
                            }
                        }
                        for (w, &b) in live.iter_mut().zip(&out) {
                            *w |= b;
                        }
                    }
                }
                for &r in &e.writes {
                    if r < words * 64 {
                        live[r / 64] &= !(1 << (r % 64));
                    }
                }
                for &r in &e.reads {
                    if r < words * 64 {
                        live[r / 64] |= 1 << (r % 64);
                    }
                }
                let cur = &mut bits[pc * words..(pc + 1) * words];
                if cur != live.as_slice() {
                    cur.copy_from_slice(&live);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Liveness {
            words,
            bits,
            back_edges,
        }
    }

    /// The last instruction of the while loop whose LOOP is at `head`:
    /// the last jump back to it.
    pub fn loop_end(&self, head: usize) -> Option<usize> {
        self.back_edges.get(&head).copied()
    }

    /// Whether register `reg` is live when the instruction at `pc` starts.
    pub fn live(&self, pc: usize, reg: usize) -> bool {
        if reg >= self.words * 64 {
            return false;
        }
        self.bits
            .get(pc * self.words + reg / 64)
            .is_none_or(|w| w >> (reg % 64) & 1 != 0)
    }
}

/// The effect of the instruction at `pc` and its length in words.
fn effect(vm: &Vm, proto: &Proto, pc: usize, ins: Ins) -> (Effect, usize) {
    let mut e = Effect {
        reads: Vec::new(),
        writes: Vec::new(),
        next: Vec::new(),
        edge_writes: Vec::new(),
    };
    let Some(mut op) = ins.op() else {
        return (e, 1);
    };
    let mut ins = ins;
    // A compiled loop behaves as the instruction it replaced.
    if matches!(op, Op::JFORLOOP | Op::JLOOP) {
        if let Some(t) = vm.traces.get(ins.d()) {
            ins = t.orig;
            op = ins.op().unwrap_or(op);
        }
    }
    let (a, b, c, d) = (ins.a(), ins.b(), ins.c(), ins.d());
    let mut len = 1;
    let after = |len: usize| pc + len;
    let target = |off: isize, len: usize| (pc + len).wrapping_add_signed(off);
    // Result and argument widths of calls.
    let (nargs, nres) = match op.format() {
        Fmt::Call => vm.protos.get(d).map_or((0, 0), |p| (p.nparams, p.nret)),
        Fmt::Native => proto.natives.get(d).map_or((0, 0), |s| (s.nargs, s.nret)),
        _ => (0, 0),
    };
    match op.format() {
        Fmt::Abc => e.reads.extend([b, c]),
        Fmt::Abi | Fmt::Abu => e.reads.push(b),
        Fmt::Ad => e.reads.push(d),
        Fmt::Abj => e.reads.push(b),
        Fmt::Idx => {
            e.reads.push(b);
            e.reads.extend(c..c + ins.e());
        }
        Fmt::Call | Fmt::Native => {
            let words = proto.code.words_from(pc + 1);
            e.reads
                .extend((0..nargs).filter_map(|i| arg_reg(&words, i)));
            len += arg_words(nargs);
        }
        _ => {}
    }
    match op.a_use() {
        Use::None => {}
        Use::Read => e.reads.push(a),
        Use::Write | Use::WriteRef => e.writes.push(a),
        Use::Update => {
            e.reads.push(a);
            e.writes.push(a);
        }
        Use::Results => e.writes.extend(a..a + nres),
        Use::Returns => e.reads.extend(a..a + proto.nret),
        // The loop variable (a + 3) is written only when the loop goes on
        // (into the body after FORPREP, back to it from FORLOOP): leaving
        // keeps the last value, which code after the loop may read.
        Use::Counter if op == Op::FORPREP => {
            e.reads.extend(a..a + 3);
            e.edge_writes.push((after(len), a + 3));
        }
        Use::Counter => {
            e.reads.extend(a..a + 3);
            e.writes.push(a);
            e.edge_writes.push((target(ins.di(), len), a + 3));
        }
    }
    match op {
        Op::JMP => e.next.push(target(ins.di(), len)),
        Op::RET | Op::RET0 => {}
        _ => {
            e.next.push(after(len));
            match op.format() {
                Fmt::Aj => e.next.push(target(ins.di(), len)),
                Fmt::Abj | Fmt::Aij => e.next.push(target(ins.j(), len)),
                _ => {}
            }
        }
    }
    (e, len)
}
