//! Bounds-check elimination by an induction variable's range. LuaJIT only
//! drops checks implied by earlier ones (`abc_fwd`, `abc_invar`); a typed
//! `range` loop has more to offer, as Numba's (LLVM's) loops do: in
//!
//! ```text
//! for j in range(start, stop, step):  a[j] = ...
//! ```
//!
//! every `j` the body sees lies in `[start, stop)`. So once the peeled loop
//! body is known, a bounds check `x <u len` in it is redundant when `x` is
//! the induction variable `p` (carried by a PHI, advanced by `p + s` with
//! `s` invariant) or its next value, an earlier guard of the body bounds
//! `x < stop` (both invariant), and the pre-roll establishes, before the
//! loop:
//!
//! - `s > 0` and `stop <= MAX - s`: `p + s` never wraps while `p < stop`,
//!   so `p` only grows;
//! - `p >= 0` on entry (and `p < stop` when `x` is the next value: its
//!   first `p + s` must not wrap either);
//!
//! (A while loop tests `p + s < stop` at the end of its body, after the
//! check on `p`: that bounds `p` from the second iteration on, and the
//! hoisted `p < stop` the first.)
//! - `stop <= len`.
//!
//! Those guards are invariant and exit to the loop's start; for the usual
//! loop they fold into the ones the recorder emits for `range` and the
//! pre-roll's own check. Every fact they state about `p` holds in every
//! iteration, so the loop body may still CSE against them.

use crate::ir::{Opc, Ref, Trace, Ty};
use std::collections::{HashMap, HashSet};

/// An operand of a hoisted guard: a pre-roll value or an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Ref(Ref),
    Int(i64),
}

/// A guard for the end of the pre-roll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// `a op b`.
    Cmp(Opc, Operand, Operand),
    /// `stop <= i64::MAX - step`.
    NoWrap { stop: Operand, step: Operand },
}

#[derive(Default, Debug)]
pub struct Plan {
    /// Pre-roll guards (by index) whose copies in the loop body are
    /// redundant once `hoist` holds.
    pub drop: HashSet<usize>,
    pub hoist: Vec<Check>,
}

/// Plans the elimination for a peeled trace `t`; `copies` maps each guard
/// of the loop body to the pre-roll guards it copies.
pub fn plan(t: &Trace, copies: &HashMap<Ref, Vec<usize>>) -> Plan {
    let mut plan = Plan::default();
    let Some(lp) = t.ins.iter().position(|i| i.op == Opc::LOOP) else {
        return plan;
    };
    let phis: Vec<(Ref, Ref)> = t.ins[lp + 1..]
        .iter()
        .filter(|i| i.op == Opc::PHI && i.ty == Ty::Int)
        .map(|i| (i.a, i.b))
        .collect();
    let carried: HashSet<Ref> = t.ins[lp + 1..]
        .iter()
        .filter(|i| i.op == Opc::PHI)
        .map(|i| i.a)
        .collect();
    let operand = |r: Ref| -> Option<Operand> {
        if r.is_const() {
            return t.int_const(r).map(Operand::Int);
        }
        (r.is_ins() && r.idx() < lp && !carried.contains(&r)).then_some(Operand::Ref(r))
    };
    // Induction values: the carried p and its next value, with p and s.
    let mut iv: HashMap<Ref, (Ref, Operand, bool)> = HashMap::new();
    let mut twice: HashSet<Ref> = HashSet::new();
    for &(p, v) in &phis {
        if !v.is_ins() || v.idx() <= lp {
            continue;
        }
        let d = t.ins[v.idx()];
        if d.op != Opc::ADD || d.ty != Ty::Int {
            continue;
        }
        let s = match (d.a == p, d.b == p) {
            (true, false) => d.b,
            (false, true) => d.a,
            _ => continue,
        };
        let Some(s) = operand(s) else {
            continue;
        };
        for (x, next) in [(p, false), (v, true)] {
            if iv.insert(x, (p, s, next)).is_some() {
                twice.insert(x);
            }
        }
    }
    // A value that is two PHIs' is neither's alone.
    iv.retain(|x, _| !twice.contains(x));
    if iv.is_empty() {
        return plan;
    }
    let bound = |ins: &crate::ir::Ins| -> Option<(Ref, Ref, bool)> {
        if !ins.is_guard() {
            return None;
        }
        match ins.op {
            Opc::LT => Some((ins.a, ins.b, false)),
            Opc::GT => Some((ins.b, ins.a, false)),
            Opc::ULT => Some((ins.a, ins.b, true)),
            Opc::UGT => Some((ins.b, ins.a, true)),
            _ => None,
        }
    };
    // A guard anywhere in the body bounding the next value, v < stop,
    // bounds p in every later iteration; the hoisted p < stop the first.
    let mut next_below: HashMap<Ref, Operand> = HashMap::new();
    for ins in &t.ins[lp + 1..] {
        if let Some((lo, hi, false)) = bound(ins) {
            if let (Some(&(p, _, true)), Some(hi)) = (iv.get(&lo), operand(hi)) {
                next_below.entry(p).or_insert(hi);
            }
        }
    }
    // Guards of the body so far bounding an induction value: x < stop.
    let mut below: HashMap<Ref, Vec<Operand>> = HashMap::new();
    for (k, ins) in t.ins.iter().enumerate().skip(lp + 1) {
        let Some((lo, hi, unsigned)) = bound(ins) else {
            continue;
        };
        let (Some(&(p, s, next)), Some(hi)) = (iv.get(&lo), operand(hi)) else {
            continue;
        };
        if !unsigned {
            below.entry(lo).or_default().push(hi);
            continue;
        }
        let Some(origin) = copies.get(&Ref::ins(k)) else {
            continue;
        };
        // x < stop before the check; for x = p, the next value's bound
        // serves too (with p < stop on entry). A bound by the length
        // itself (`if j < len(a)`) needs no guard that could fail.
        let known = below
            .get(&lo)
            .and_then(|b| b.iter().find(|&&b| b == hi).or(b.first()));
        let (stop, entry) = match (known, next_below.get(&p)) {
            (Some(&stop), _) => (stop, next),
            (None, Some(&stop)) if !next => (stop, true),
            _ => continue,
        };
        let zero = Operand::Int(0);
        let p = Operand::Ref(p);
        plan.hoist.push(Check::Cmp(Opc::GT, s, zero));
        plan.hoist.push(Check::NoWrap { stop, step: s });
        plan.hoist.push(Check::Cmp(Opc::GE, p, zero));
        if entry {
            plan.hoist.push(Check::Cmp(Opc::LT, p, stop));
        }
        plan.hoist.push(Check::Cmp(Opc::LE, stop, hi));
        plan.drop.extend(origin.iter().copied());
    }
    plan
}
