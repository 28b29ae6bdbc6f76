//! Loop optimization by copy-substitution, as LuaJIT's `lj_opt_loop`: the
//! recorded iteration becomes the pre-roll, and a copy of it, emitted
//! through folding and CSE with each entry slot replaced by the value the
//! iteration left in it, becomes the loop body. Whatever the copy computes
//! from unchanged values CSEs into the pre-roll: invariant code, loads of
//! array headers and guards on them are hoisted without a pass of their
//! own. Values the body carries from one iteration to the next get PHIs.

use super::abc::{self, Check, Operand, Plan};
use super::fold::Builder;
use crate::ir::{Ins, Opc, Ref, SnapEntry, Snapshot, Ty, NO_SNAP};
use std::collections::{BTreeMap, HashMap};

/// Turns the recorded iteration in `b` into pre-roll + loop. The last
/// snapshot holds every slot's value at the end of the iteration (the
/// recorder takes it when the loop closes); it is consumed.
///
/// Bounds checks need the loop body to be seen before the pre-roll ends
/// (`abc`): the loop is peeled once to plan, then again with the plan's
/// guards at the end of the pre-roll and the checks they prove left out.
pub fn peel(b: &mut Builder) -> Result<(), &'static str> {
    let checks =
        b.t.ins
            .iter()
            .any(|i| i.is_guard() && matches!(i.op, Opc::ULT | Opc::UGT));
    if !checks {
        return peel_with(b, &Plan::default()).map(|_| ());
    }
    let mut trial = b.clone();
    let copies = peel_with(&mut trial, &Plan::default())?.unwrap_or_default();
    let plan = abc::plan(&trial.t, &copies);
    if plan.drop.is_empty() {
        *b = trial;
        return Ok(());
    }
    let mut planned = b.clone();
    match peel_with(&mut planned, &plan)? {
        Some(_) => *b = planned,
        // A hoisted guard that always fails: keep the checks.
        None => *b = trial,
    }
    Ok(())
}

/// Peels with `plan`; returns, for each guard of the loop body, the
/// pre-roll guards it copies, or None when a planned guard always fails.
fn peel_with(
    b: &mut Builder,
    plan: &Plan,
) -> Result<Option<HashMap<Ref, Vec<usize>>>, &'static str> {
    let end = b.t.snaps.pop().ok_or("no loop snapshot")?;
    let end_vals: BTreeMap<u32, Ref> =
        b.t.snap_entries(&end)
            .iter()
            .map(|e| (e.slot, e.val))
            .collect();
    let invar = b.t.ins.len();
    if !plan.hoist.is_empty() {
        let snap = b.snapshot(Snapshot {
            at: invar as u32,
            ..end.clone()
        });
        let val = |b: &mut Builder, o: Operand| match o {
            Operand::Ref(r) => r,
            Operand::Int(v) => b.kint(v),
        };
        for &c in &plan.hoist {
            let (op, x, y) = match c {
                Check::Cmp(op, x, y) => (op, val(b, x), val(b, y)),
                Check::NoWrap { stop, step } => {
                    let (stop, step) = (val(b, stop), val(b, step));
                    let max = b.kint(i64::MAX);
                    (Opc::LE, stop, b.ins(Opc::SUB, Ty::Int, max, step))
                }
            };
            if !b.guard(op, x, y, snap) {
                return Ok(None);
            }
        }
    }
    let mut copies: HashMap<Ref, Vec<usize>> = HashMap::new();
    b.phi_barrier
        .extend(end_vals.values().copied().filter(|r| r.is_ins()));
    b.t.push(Ins::new(
        Opc::LOOP,
        Ty::Void,
        Ref::NONE,
        Ref::NONE,
        Ref::NONE,
        0,
    ));
    // Output is flushed before C calls; a loop whose iteration runs no
    // script code (natives, compiled calls) has flushed by its first C
    // call, and its body need not again.
    let may_print = |b: &Builder, i: &Ins| match i.op {
        Opc::CALLT => true,
        Opc::CALL => b.t.calls[i.aux as usize].addr == vm::tier::call_native as *const () as usize,
        _ => false,
    };
    let flush = vm::tier::flush_output as *const () as usize;
    let quiet = !b.t.ins[..invar].iter().any(|i| may_print(b, i));
    let mut subst: Vec<Ref> = (0..invar).map(Ref::ins).collect();
    let mut phis: Vec<Ref> = Vec::new();
    let mut snap_map: Vec<u32> = vec![NO_SNAP; b.t.snaps.len()];
    let sub = |subst: &[Ref], r: Ref| if r.is_ins() { subst[r.idx()] } else { r };
    for i in 0..invar {
        let ins = b.t.ins[i];
        let new = match ins.op {
            Opc::NOP => continue,
            Opc::CALL if quiet && b.t.calls[ins.aux as usize].addr == flush => continue,
            // Proven by the hoisted guards: holds in every iteration.
            _ if ins.is_guard() && plan.drop.contains(&i) => b.kint(1),
            // Slots hold raw bits: the recorder may load one at another
            // type than the iteration stored in it (a float argument
            // copied as an int), so the copy reinterprets the value.
            Opc::SLOAD => match end_vals.get(&ins.aux) {
                Some(&v) => match (b.t.ty(v), ins.ty) {
                    (Ty::Num, Ty::Int) => b.ins(Opc::BITI, Ty::Int, v, Ref::NONE),
                    (Ty::Int, Ty::Num) => b.ins(Opc::BITF, Ty::Num, v, Ref::NONE),
                    _ => v,
                },
                None => Ref::ins(i),
            },
            _ => {
                let mut c = ins;
                c.a = sub(&subst, ins.a);
                c.b = sub(&subst, ins.b);
                c.c = sub(&subst, ins.c);
                if ins.op == Opc::CALL {
                    let mut info = b.t.calls[ins.aux as usize].clone();
                    for (r, _) in &mut info.args {
                        *r = sub(&subst, *r);
                    }
                    b.t.calls.push(info);
                    c.aux = (b.t.calls.len() - 1) as u32;
                }
                if ins.is_guard() {
                    let s = ins.snap as usize;
                    if snap_map[s] == NO_SNAP {
                        snap_map[s] = copy_snap(b, s, &end, &subst);
                    }
                    c.snap = snap_map[s];
                }
                let new = b.emit(c);
                if ins.is_guard() && new.is_ins() {
                    copies.entry(new).or_default().push(i);
                }
                new
            }
        };
        subst[i] = new;
        if new.is_ins() && new.idx() < invar && new.idx() != i {
            b.phi_barrier.insert(new);
            phis.push(new);
        }
    }
    // Every slot the iteration changed is carried around the loop (the
    // body's snapshots write it back), as is every pre-roll value the body
    // reuses; a carried value that is itself the copy of another pre-roll
    // value drags that one along (a, b = b, a).
    phis.extend(end_vals.values().copied());
    let mut carried = vec![false; invar];
    let mut work = phis;
    while let Some(x) = work.pop() {
        if !x.is_ins() || x.idx() >= invar || carried[x.idx()] {
            continue;
        }
        let y = subst[x.idx()];
        if y != x {
            carried[x.idx()] = true;
            work.push(y);
        }
    }
    for (i, _) in carried.iter().enumerate().filter(|(_, &c)| c) {
        let ty = b.t.ins[i].ty;
        b.t.push(Ins::new(Opc::PHI, ty, Ref::ins(i), subst[i], Ref::NONE, 0));
    }
    b.phi_barrier.clear();
    Ok(Some(copies))
}

/// A copy of pre-roll snapshot `s` for the loop body: the slot values at
/// the loop's start (the end snapshot's, which the PHIs keep current, but
/// not those dead where `s` resumes), updated with the substituted entries
/// of `s`.
fn copy_snap(b: &mut Builder, s: usize, end: &Snapshot, subst: &[Ref]) -> u32 {
    let snap = b.t.snaps[s].clone();
    let dead = b.t.dead.get(&(s as u32));
    let mut vals: BTreeMap<u32, Ref> =
        b.t.snap_entries(end)
            .iter()
            .filter(|e| dead.is_none_or(|d| d.binary_search(&e.slot).is_err()))
            .map(|e| (e.slot, e.val))
            .collect();
    for e in b.t.snap_entries(&snap).to_vec() {
        let v = if e.val.is_ins() {
            subst[e.val.idx()]
        } else {
            e.val
        };
        vals.insert(e.slot, v);
    }
    let start = b.t.entries.len() as u32;
    b.t.entries
        .extend(vals.into_iter().map(|(slot, val)| SnapEntry { slot, val }));
    let copy = Snapshot {
        at: b.t.ins.len() as u32,
        entries: start..b.t.entries.len() as u32,
        ..snap
    };
    b.snapshot(copy)
}
