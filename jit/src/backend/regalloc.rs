//! Register allocation for a trace: a forward linear scan over precomputed
//! live intervals (Poletto & Sarkar), for a target described only by its
//! register sets, so both backends share it.
//!
//! Every value gets one location for its whole life, a register or a spill
//! slot. An exit stub then finds each snapshot entry in the same place at
//! every guard, and the emitter never inserts moves inside the trace; a
//! spilled value costs a memory operand at each use instead.
//!
//! Positions: instruction `i` reads its operands at `2i` and defines its
//! result at `2i+1`; a guard's snapshot is read at `2i+1` (after a guarded
//! call has returned), and so are `CALLT`'s operands, which its slow path
//! needs after the callee returned; the end of the trace is `2n`.
//!
//! - Loops (LuaJIT's model): a value from before `LOOP` that the loop uses
//!   lives to the end, since the back-edge returns to code that expects it
//!   where it was. A `PHI a b`'s `a` lives to its last use (at least to
//!   `LOOP`), `b` to the end; the back-edge moves every `b` into its `a`'s
//!   location as one parallel move ([`order_moves`] breaks cycles). `b`
//!   prefers `a`'s register, so the move vanishes when `a` died first.
//! - Clobbers: the target names the registers each instruction destroys
//!   (every caller-saved one for a call). A value live across it avoids
//!   them: values across calls take callee-saved registers or spill.
//! - Constants take no register: the emitter rematerializes them at each
//!   use, as immediates or loads.
//! - When registers run out, the live value the loop reads least spills
//!   (the one whose interval ends last among those). Spill slots are reused once their interval has ended; when
//!   they run out the trace is aborted.

use super::{AsmError, SPILL_SLOTS};
use crate::ir::{End, Opc, Ref, Trace, Ty};

/// A register, numbered by the target.
pub type Reg = u8;

/// A set of registers (numbers below 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegSet(pub u64);

impl RegSet {
    pub const EMPTY: RegSet = RegSet(0);

    pub fn of(regs: &[Reg]) -> RegSet {
        RegSet(regs.iter().fold(0, |m, &r| m | 1 << r))
    }
    pub fn has(self, r: Reg) -> bool {
        self.0 >> r & 1 != 0
    }
    pub fn union(self, o: RegSet) -> RegSet {
        RegSet(self.0 | o.0)
    }
    pub fn minus(self, o: RegSet) -> RegSet {
        RegSet(self.0 & !o.0)
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    fn insert(&mut self, r: Reg) {
        self.0 |= 1 << r;
    }
    fn remove(&mut self, r: Reg) {
        self.0 &= !(1 << r);
    }
}

/// What the allocator knows of a target.
pub struct Target {
    /// Allocatable integer registers, in order of preference.
    pub gprs: &'static [Reg],
    /// Allocatable float registers, in order of preference.
    pub fprs: &'static [Reg],
    /// The registers a call destroys.
    pub caller_saved: RegSet,
    /// Where calls return integers and floats (preferred for call results).
    pub ret: [Reg; 2],
}

/// Where a value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// Nowhere: a constant, or a value nothing uses.
    None,
    Reg(Reg),
    /// A spill slot of the frame.
    Slot(u16),
}

/// The allocation of a trace.
pub struct Alloc {
    /// Each instruction's location.
    pub loc: Vec<Loc>,
    /// Whether an instruction must be emitted (it has an effect or its
    /// value is used).
    pub needed: Vec<bool>,
}

impl Alloc {
    pub fn loc(&self, r: Ref) -> Loc {
        if r.is_ins() {
            self.loc[r.idx()]
        } else {
            Loc::None
        }
    }
}

/// Calls `f` with every value instruction `i` reads: the operands the
/// target's legalize step left (`reads`), and a call's arguments.
pub fn each_read(t: &Trace, reads: &[[Ref; 3]], i: usize, mut f: impl FnMut(Ref)) {
    reads[i].iter().filter(|r| !r.is_none()).for_each(|&r| f(r));
    let ins = &t.ins[i];
    if ins.op == Opc::CALL {
        if let Some(c) = t.calls.get(ins.aux as usize) {
            c.args.iter().for_each(|&(r, _)| f(r));
        }
    }
}

/// The snapshot the end of the trace writes back, if any.
pub fn end_snapshot(t: &Trace) -> Option<u32> {
    match t.end {
        End::Loop if t.loop_ref().is_some() => None,
        End::Return => None,
        _ => t.snaps.len().checked_sub(1).map(|s| s as u32),
    }
}

/// Allocates registers for a validated trace. `reads[i]` are the operands
/// instruction `i` reads (after the target fused some into addressing
/// modes), `clobbers[i]` the registers it destroys.
pub fn allocate(
    t: &Trace,
    target: &Target,
    reads: &[[Ref; 3]],
    clobbers: &[RegSet],
) -> Result<Alloc, AsmError> {
    let n = t.ins.len();
    let lp = t.loop_ref().map(|r| r.idx());
    let end_snap = end_snapshot(t);
    let snap_vals = |s: u32| t.snap_entries(&t.snaps[s as usize]).iter().map(|e| e.val);

    // Which instructions to emit: a backward pass, as for DCE.
    let mut used = vec![false; n];
    let mut needed = vec![false; n];
    let mark = |used: &mut Vec<bool>, r: Ref| {
        if r.is_ins() {
            used[r.idx()] = true;
        }
    };
    if let Some(s) = end_snap {
        snap_vals(s).for_each(|r| mark(&mut used, r));
    }
    for i in (0..n).rev() {
        let ins = &t.ins[i];
        needed[i] = ins.op != Opc::NOP && (!ins.removable() || ins.op == Opc::PHI || used[i]);
        if needed[i] {
            each_read(t, reads, i, |r| mark(&mut used, r));
            if ins.is_guard() {
                snap_vals(ins.snap).for_each(|r| mark(&mut used, r));
            }
        }
    }

    // Live intervals: the last position each value is read at.
    let e = 2 * n as u32;
    let mut end = vec![0u32; n];
    let mut phi_a = vec![false; n];
    let note = |end: &mut Vec<u32>, r: Ref, pos: u32| {
        if r.is_ins() {
            end[r.idx()] = end[r.idx()].max(pos);
        }
    };
    for i in (0..n).filter(|&i| needed[i]) {
        let ins = &t.ins[i];
        let at = 2 * i as u32;
        if ins.op == Opc::PHI {
            phi_a[ins.a.idx()] = true;
            note(&mut end, ins.a, 2 * lp.unwrap_or(0) as u32 + 1);
            note(&mut end, ins.b, e);
            continue;
        }
        let read_at = if ins.op == Opc::CALLT { at + 1 } else { at };
        each_read(t, reads, i, |r| note(&mut end, r, read_at));
        if ins.is_guard() {
            snap_vals(ins.snap).for_each(|r| note(&mut end, r, at + 1));
        }
    }
    if let Some(s) = end_snap {
        snap_vals(s).for_each(|r| note(&mut end, r, e));
    }
    if let Some(l) = lp {
        let head = 2 * l as u32 + 1;
        for v in 0..l {
            if end[v] > head && !phi_a[v] {
                end[v] = e;
            }
        }
    }
    let mut loop_reads = vec![0u32; n];
    let body = lp.map_or(n, |l| l + 1);
    for (i, _) in needed.iter().enumerate().skip(body).filter(|(_, &x)| x) {
        each_read(t, reads, i, |r| {
            if r.is_ins() {
                loop_reads[r.idx()] += 1;
            }
        });
    }
    let mut hint_of = vec![None; n];
    for ins in t.ins.iter().filter(|i| i.op == Opc::PHI) {
        if ins.b.is_ins() {
            hint_of[ins.b.idx()] = Some(ins.a.idx());
        }
    }
    let clobbered: Vec<(u32, RegSet)> = (0..n)
        .filter(|&i| needed[i] && !clobbers[i].is_empty())
        .map(|i| (2 * i as u32, clobbers[i]))
        .collect();

    let mut scan = Scan {
        loc: vec![Loc::None; n],
        end,
        slot_end: Vec::new(),
    };
    let gprs = RegSet::of(target.gprs);
    let fprs = RegSet::of(target.fprs);
    let mut free = gprs.union(fprs);
    let mut active: Vec<usize> = Vec::new();
    for v in 0..n {
        let ins = &t.ins[v];
        if !used[v] || ins.op == Opc::PHI || ins.ty == Ty::Void {
            continue;
        }
        let start = 2 * v as u32 + 1;
        let end_v = scan.end[v];
        active.retain(|&w| {
            let live = scan.end[w] >= start;
            if let (false, Loc::Reg(r)) = (live, scan.loc[w]) {
                free.insert(r);
            }
            live
        });
        let (class, order, ret) = match ins.ty {
            Ty::Num => (fprs, target.fprs, target.ret[1]),
            _ => (gprs, target.gprs, target.ret[0]),
        };
        let from = clobbered.partition_point(|&(p, _)| p <= start);
        let crossed = clobbered[from..]
            .iter()
            .take_while(|&&(p, _)| p < end_v)
            .fold(RegSet::EMPTY, |m, &(_, c)| m.union(c));
        let allowed = class.minus(crossed);
        let hint = match hint_of[v].map(|a| scan.loc[a]) {
            Some(Loc::Reg(r)) => Some(r),
            _ if ins.op == Opc::CALL => Some(ret),
            _ => None,
        };
        let avail = RegSet(allowed.0 & free.0);
        let pick = hint
            .filter(|&r| avail.has(r))
            .or_else(|| order.iter().copied().find(|&r| avail.has(r)));
        if let Some(r) = pick {
            scan.loc[v] = Loc::Reg(r);
            free.remove(r);
            active.push(v);
            continue;
        }
        // The value the loop reads least spills (the loop runs many times,
        // the pre-roll once); of those, the one live longest.
        let cost = |w: usize| (std::cmp::Reverse(loop_reads[w]), scan.end[w]);
        let victim = active
            .iter()
            .enumerate()
            .filter(|(_, &w)| matches!(scan.loc[w], Loc::Reg(r) if allowed.has(r)))
            .max_by_key(|(_, &w)| cost(w))
            .map(|(k, &w)| (k, w));
        match victim {
            Some((k, w)) if cost(w) > cost(v) => {
                scan.loc[v] = scan.loc[w];
                active[k] = v;
                scan.spill(w, None)?;
            }
            _ => scan.spill(v, hint_of[v])?,
        }
    }
    Ok(Alloc {
        loc: scan.loc,
        needed,
    })
}

struct Scan {
    loc: Vec<Loc>,
    end: Vec<u32>,
    /// The last position each spill slot is in use.
    slot_end: Vec<u32>,
}

impl Scan {
    /// Moves value `v` to a spill slot free over its interval, preferring
    /// the slot of value `like`.
    fn spill(&mut self, v: usize, like: Option<usize>) -> Result<(), AsmError> {
        let start = 2 * v as u32 + 1;
        let fits = |k: usize| self.slot_end[k] < start;
        let liked = match like.map(|a| self.loc[a]) {
            Some(Loc::Slot(k)) if fits(k as usize) => Some(k as usize),
            _ => None,
        };
        let k = match liked.or_else(|| (0..self.slot_end.len()).find(|&k| fits(k))) {
            Some(k) => k,
            None if self.slot_end.len() < SPILL_SLOTS as usize => {
                self.slot_end.push(0);
                self.slot_end.len() - 1
            }
            None => return Err(AsmError::Spills),
        };
        self.slot_end[k] = self.end[v];
        self.loc[v] = Loc::Slot(k as u16);
        Ok(())
    }
}

/// One side of a move in a sequence: a location or the target's temporary
/// register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Loc(Loc),
    Temp,
}

/// Orders a parallel move (`(dst, src)` pairs, distinct destinations) into
/// moves done one at a time: a move runs once nothing still pending reads
/// its destination; a cycle is broken by parking one value in the
/// temporary.
pub fn order_moves(moves: &[(Loc, Loc)]) -> Vec<(Place, Place)> {
    let mut pending: Vec<(Loc, Place)> = moves
        .iter()
        .filter(|(d, s)| d != s)
        .map(|&(d, s)| (d, Place::Loc(s)))
        .collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        let ready = (0..pending.len()).find(|&k| {
            let d = Place::Loc(pending[k].0);
            !pending.iter().any(|&(_, s)| s == d)
        });
        match ready {
            Some(k) => {
                let (d, s) = pending.remove(k);
                out.push((Place::Loc(d), s));
            }
            None => {
                let d = Place::Loc(pending[0].0);
                out.push((Place::Temp, d));
                for m in &mut pending {
                    if m.1 == d {
                        m.1 = Place::Temp;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{CallInfo, Ins};

    /// A small machine: four integer registers (0 and 1 caller-saved), two
    /// float registers (both caller-saved).
    const SMALL: Target = Target {
        gprs: &[0, 1, 2, 3],
        fprs: &[8, 9],
        caller_saved: RegSet(0b11 | 0b11 << 8),
        ret: [0, 8],
    };

    /// Allocates with every operand read as is and calls clobbering the
    /// caller-saved registers.
    fn alloc(t: &Trace, target: &Target) -> Result<Alloc, AsmError> {
        let reads: Vec<[Ref; 3]> = t.ins.iter().map(|i| [i.a, i.b, i.c]).collect();
        let clobbers: Vec<RegSet> = t
            .ins
            .iter()
            .map(|i| {
                if i.op.is(crate::ir::flag::CALL) {
                    target.caller_saved
                } else {
                    RegSet::EMPTY
                }
            })
            .collect();
        allocate(t, target, &reads, &clobbers)
    }

    #[test]
    fn phi_shares_its_register_when_the_entry_value_died() {
        let t = Trace::parse(
            "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int ADD    0000 k1
0003 ------ LOOP ------
0004    int ADD    0002 k1
0005    int ADD    0001 0002
0006    int PHI    0002 0004
",
        )
        .unwrap();
        let a = alloc(&t, &SMALL).unwrap();
        assert!(matches!(a.loc[2], Loc::Reg(_)));
        assert_eq!(a.loc[2], a.loc[4]);
        // 0001 is invariant: it stays live to the end, apart from 0002.
        assert_ne!(a.loc[1], a.loc[2]);
        assert_ne!(a.loc[1], a.loc[4]);
        // 0005 is dead code.
        assert!(!a.needed[5]);
    }

    #[test]
    fn the_value_the_loop_reads_most_keeps_its_register() {
        // Five invariants for four registers: 0004, read three times per
        // iteration, must not be the one that spills (all live to the
        // end, so the longest-interval rule alone would spill it).
        let t = Trace::parse(
            "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int SLOAD  #2
0003    int SLOAD  #3
0004    int SLOAD  #4
0005 ------ LOOP ------
0006    int ADD    0000 0001
0007    int ADD    0006 0002
0008    int ADD    0007 0003
0009    int ADD    0008 0004
0010    int ADD    0009 0004
0011    int ADD    0010 0004
....        SNAP #0  pc=0 [0=0011]
0012 >  int LT     0011 k100  [#0]
",
        )
        .unwrap();
        let a = alloc(&t, &SMALL).unwrap();
        assert!(matches!(a.loc[4], Loc::Reg(_)), "{:?}", a.loc);
    }

    #[test]
    fn values_across_calls_avoid_caller_saved_registers() {
        let mut t = Trace::parse(
            "
0000    int SLOAD  #0
0001    num SLOAD  #1
0002    int SLOAD  #2
0003    int CALL
0004    int ADD    0000 0003
0005    num FADD   0001 0001
0006    int ADD    0004 0002
....        SNAP #0  pc=0 [0=0006 1=0005]
",
        )
        .unwrap();
        t.calls.push(CallInfo {
            addr: 0,
            args: vec![(Ref::ins(2), crate::ir::CArg::Int(crate::ir::MemTy::I64))],
            ret: Some(crate::ir::CArg::Int(crate::ir::MemTy::I64)),
            fixed: None,
            name: "f".into(),
        });
        t.end = End::Exit;
        let a = alloc(&t, &SMALL).unwrap();
        assert!(
            matches!(a.loc[0], Loc::Reg(2 | 3) | Loc::Slot(_)),
            "{:?}",
            a.loc[0]
        );
        assert!(
            matches!(a.loc[1], Loc::Slot(_)),
            "floats spill across calls"
        );
        assert!(matches!(a.loc[2], Loc::Reg(2 | 3) | Loc::Slot(_)));
        assert_eq!(
            a.loc[3],
            Loc::Reg(0),
            "call results prefer the return register"
        );
    }

    #[test]
    fn callt_operands_live_past_the_call() {
        let mut t = Trace::parse(
            "
0000    int SREF   #4
0001    int SREF   #1
....        SNAP #0  pc=0 []
0002 >      CALLT  0000 0001  [#0]
",
        )
        .unwrap();
        t.end = End::Exit;
        let a = alloc(&t, &SMALL).unwrap();
        for v in 0..2 {
            assert!(
                matches!(a.loc[v], Loc::Reg(2 | 3) | Loc::Slot(_)),
                "{:?}",
                a.loc[v]
            );
        }
    }

    #[test]
    fn spills_take_distinct_slots_and_reuse_dead_ones() {
        let mut t = Trace::default();
        let n = 12;
        for k in 0..n {
            t.push(Ins::new(
                Opc::SLOAD,
                Ty::Int,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                k,
            ));
        }
        // All live at once: 4 registers, 8 slots, no location shared.
        let mut sum = Ref::ins(0);
        for k in 1..n as usize {
            sum = t.push(Ins::new(Opc::ADD, Ty::Int, sum, Ref::ins(k), Ref::NONE, 0));
        }
        let first = t.ins.len();
        // Then a second wave of the same size, after the first died.
        for k in 0..n {
            t.push(Ins::new(
                Opc::SLOAD,
                Ty::Int,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                k,
            ));
        }
        for k in first + 1..first + n as usize {
            sum = t.push(Ins::new(Opc::ADD, Ty::Int, sum, Ref::ins(k), Ref::NONE, 0));
        }
        t.push(Ins::new(
            Opc::SSTORE,
            Ty::Void,
            sum,
            Ref::NONE,
            Ref::NONE,
            0,
        ));
        t.end = End::Exit;
        t.snaps.push(crate::ir::Snapshot::default());
        let a = alloc(&t, &SMALL).unwrap();
        let wave =
            |from: usize| -> Vec<Loc> { (from..from + n as usize).map(|k| a.loc[k]).collect() };
        for w in [wave(0), wave(first)] {
            let mut seen = w.clone();
            seen.sort_by_key(|l| format!("{l:?}"));
            seen.dedup();
            assert_eq!(seen.len(), w.len(), "{w:?}");
        }
        let max_slot = a
            .loc
            .iter()
            .filter_map(|l| match l {
                Loc::Slot(k) => Some(*k),
                _ => None,
            })
            .max();
        assert!(
            max_slot.is_some_and(|k| (k as u32) < n),
            "slots were not reused: {max_slot:?}"
        );
    }

    /// Runs a move sequence on a small machine and returns its registers.
    fn run(moves: &[(Loc, Loc)]) -> Vec<u32> {
        let mut regs: Vec<u32> = (0..8).collect();
        let mut temp = u32::MAX;
        let idx = |l: Loc| match l {
            Loc::Reg(r) => r as usize,
            _ => unreachable!(),
        };
        for (d, s) in order_moves(moves) {
            let v = match s {
                Place::Loc(l) => regs[idx(l)],
                Place::Temp => temp,
            };
            match d {
                Place::Loc(l) => regs[idx(l)] = v,
                Place::Temp => temp = v,
            }
        }
        regs
    }

    #[test]
    fn parallel_moves() {
        let r = Loc::Reg;
        // A swap, a three-cycle, a chain and a fan-out from one source.
        assert_eq!(run(&[(r(0), r(1)), (r(1), r(0))])[..2], [1, 0]);
        assert_eq!(
            run(&[(r(0), r(1)), (r(1), r(2)), (r(2), r(0))])[..3],
            [1, 2, 0]
        );
        assert_eq!(run(&[(r(3), r(4)), (r(4), r(5))])[3..6], [4, 5, 5]);
        assert_eq!(
            run(&[(r(6), r(7)), (r(7), r(6)), (r(5), r(6))])[5..8],
            [6, 7, 6]
        );
        assert!(order_moves(&[(r(1), r(1))]).is_empty());
    }
}
