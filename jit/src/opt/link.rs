//! A side trace that links to a loop trace enters the loop body, past the
//! target's pre-roll: the pre-roll is copied onto the end of the side trace
//! through folding and CSE, each slot the target loads replaced by the
//! value the side trace leaves in it, so the array headers, bounds and
//! guards the side trace already has fold away; the side trace then jumps
//! to the target's `LOOP` with the values the loop reads in the places it
//! reads them from. (LuaJIT links to the target's entry, which reloads
//! every slot and runs the whole pre-roll again.)

use super::fold::Builder;
use crate::ir::{flag, Opc, Ref, SnapEntry, Snapshot, Trace, Ty, NO_SNAP};
use std::collections::BTreeMap;

/// Copies the pre-roll of `target` onto the side trace in `b`, which ends
/// linking to it. Returns, for every value of the pre-roll, (its ref in
/// `target`, the side trace's ref), or None, leaving `b` as it was, when
/// the pre-roll has an instruction that is not copied (calls, slot stores,
/// reference counts), runs in other frames, or a copied guard always
/// fails.
pub fn into_loop(b: &mut Builder, target: &Trace) -> Option<Vec<(Ref, Ref)>> {
    let l = target.loop_ref()?.idx();
    let copied = |op: Opc| {
        op.is(flag::PURE)
            || matches!(
                op,
                Opc::NOP | Opc::SLOAD | Opc::GLOAD | Opc::XLOAD | Opc::XSTORE | Opc::GSTORE
            )
    };
    if !target.ins[..l].iter().all(|i| copied(i.op)) {
        return None;
    }
    let end = b.t.snaps.last()?.clone();
    if !end.frames.is_empty() {
        return None;
    }
    let mut c = b.clone();
    let end_vals: BTreeMap<u32, Ref> =
        c.t.snap_entries(&end)
            .iter()
            .map(|e| (e.slot, e.val))
            .collect();
    let mut subst: Vec<Ref> = vec![Ref::NONE; l];
    let mut snap_map = vec![NO_SNAP; target.snaps.len()];
    for i in 0..l {
        let ins = target.ins[i];
        if ins.op == Opc::NOP {
            continue;
        }
        let new = match end_vals.get(&ins.aux) {
            Some(&v) if ins.op == Opc::SLOAD => {
                if c.t.ty(v) != ins.ty {
                    return None;
                }
                v
            }
            _ => {
                let mut x = ins;
                x.a = sub(&mut c, target, &subst, ins.a);
                x.b = sub(&mut c, target, &subst, ins.b);
                x.c = sub(&mut c, target, &subst, ins.c);
                if ins.is_guard() {
                    let s = ins.snap as usize;
                    if snap_map[s] == NO_SNAP {
                        snap_map[s] = copy_snap(&mut c, target, s, &end_vals, &subst);
                    }
                    x.snap = snap_map[s];
                }
                let r = c.emit(x);
                // Folding keeps a guard that always fails (the trace
                // would always exit there): link to the entry instead.
                let fails = |g: &crate::ir::Ins| g.a.is_const() && g.b.is_const();
                if ins.is_guard() && r.is_ins() && fails(&c.t.ins[r.idx()]) {
                    return None;
                }
                r
            }
        };
        subst[i] = new;
    }
    // The side trace's own slot values: whatever the target's loop does
    // not write back is still what the side trace left.
    let at = c.t.ins.len() as u32;
    c.snapshot(Snapshot { at, ..end });
    c.t.frame_size = c.t.frame_size.max(target.frame_size);
    let args = (0..l)
        .filter(|&i| {
            let ins = &target.ins[i];
            ins.ty != Ty::Void && ins.op != Opc::NOP && !(ins.op.is(flag::CMP) && ins.is_guard())
        })
        .map(|i| (Ref::ins(i), subst[i]))
        .collect();
    *b = c;
    Some(args)
}

/// A target ref as the side trace's value.
fn sub(b: &mut Builder, target: &Trace, subst: &[Ref], r: Ref) -> Ref {
    match target.get_const(r) {
        Some(k) => b.t.konst(k),
        None if r.is_none() => r,
        None => subst[r.idx()],
    }
}

/// A copy of the target's snapshot `s`: the side trace's final slot values
/// updated with the substituted entries of `s`, which is what the slots
/// hold when the target, entered after the side trace, exits there.
fn copy_snap(
    b: &mut Builder,
    target: &Trace,
    s: usize,
    end_vals: &BTreeMap<u32, Ref>,
    subst: &[Ref],
) -> u32 {
    let snap = &target.snaps[s];
    let mut vals = end_vals.clone();
    for e in target.snap_entries(snap) {
        let v = sub(b, target, subst, e.val);
        vals.insert(e.slot, v);
    }
    let e0 = b.t.entries.len() as u32;
    b.t.entries
        .extend(vals.into_iter().map(|(slot, val)| SnapEntry { slot, val }));
    let f0 = b.t.frames.len() as u32;
    b.t.frames.extend_from_slice(target.snap_frames(snap));
    let copy = Snapshot {
        at: b.t.ins.len() as u32,
        pc: snap.pc,
        frames: f0..b.t.frames.len() as u32,
        entries: e0..b.t.entries.len() as u32,
        error: snap.error,
    };
    b.snapshot(copy)
}
