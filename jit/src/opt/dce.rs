//! Dead-code elimination: instructions whose values nothing needs become
//! NOPs. Needed are effects, guards, what the snapshots of guards (and the
//! trace's final snapshot) write back, and what live PHIs carry around the
//! loop.

use crate::ir::{flag, End, Ins, Opc, Ref, Trace, NO_SNAP};

pub fn dce(t: &mut Trace) {
    let n = t.ins.len();
    let mut live = vec![false; n];
    let mut snap_live = vec![false; t.snaps.len()];
    if matches!(t.end, End::Link(_) | End::Exit) {
        if let Some(l) = snap_live.last_mut() {
            *l = true;
        }
    }
    for (i, ins) in t.ins.iter().enumerate() {
        if ins.is_guard() || ins.op.is(flag::EFFECT) {
            live[i] = true;
            if ins.snap != NO_SNAP {
                snap_live[ins.snap as usize] = true;
            }
        }
    }
    let mark = |live: &mut Vec<bool>, r: Ref| {
        if r.is_ins() && !r.is_none() {
            live[r.idx()] = true;
        }
    };
    for (s, _) in t.snaps.iter().zip(&snap_live).filter(|(_, &l)| l) {
        for e in t.snap_entries(s) {
            mark(&mut live, e.val);
        }
    }
    // Operands of live instructions, back to front; a PHI lives when the
    // value it carries is used, and then its back-edge value lives too.
    loop {
        let mut changed = false;
        for i in (0..n).rev() {
            let ins: Ins = t.ins[i];
            if ins.op == Opc::PHI {
                if live[ins.a.idx()] && !live[i] {
                    live[i] = true;
                    changed = true;
                }
                if !live[i] {
                    continue;
                }
            } else if !live[i] {
                continue;
            }
            for r in ins.args() {
                if r.is_ins() && !live[r.idx()] {
                    live[r.idx()] = true;
                    changed = true;
                }
            }
            if ins.op == Opc::CALL {
                for &(r, _) in &t.calls[ins.aux as usize].args {
                    if r.is_ins() && !live[r.idx()] {
                        live[r.idx()] = true;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    for (i, ins) in t.ins.iter_mut().enumerate() {
        if !live[i] && ins.op != Opc::LOOP && ins.removable() {
            *ins = Ins::new(
                Opc::NOP,
                crate::ir::Ty::Void,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                0,
            );
        }
    }
}
