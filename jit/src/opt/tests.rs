//! The passes, IR text in and IR text out.

use super::dce::dce;
use super::fold::Builder;
use super::r#loop::peel;
use crate::ir::{End, Trace, NO_SNAP};

/// Re-emits a parsed trace through the builder (folding and CSE as the
/// recorder would), keeping its snapshots in place.
fn build(text: &str) -> Builder {
    let src = Trace::parse(text).expect("test IR parses");
    let mut b = Builder::new();
    let mut map = Vec::new();
    let mut snaps = src.snaps.iter().enumerate().peekable();
    let mut snap_map = vec![NO_SNAP; src.snaps.len()];
    for (i, ins) in src.ins.iter().enumerate() {
        while let Some((n, s)) = snaps.next_if(|(_, s)| s.at as usize <= i) {
            let mut s = s.clone();
            let start = b.t.entries.len() as u32;
            for e in src.snap_entries(&src.snaps[n]) {
                let val = remap(&src, &mut b, &map, e.val);
                b.t.entries.push(crate::ir::SnapEntry { slot: e.slot, val });
            }
            s.entries = start..b.t.entries.len() as u32;
            s.at = b.t.ins.len() as u32;
            snap_map[n] = b.snapshot(s);
        }
        let mut c = *ins;
        c.a = remap(&src, &mut b, &map, c.a);
        c.b = remap(&src, &mut b, &map, c.b);
        c.c = remap(&src, &mut b, &map, c.c);
        if c.is_guard() {
            c.snap = snap_map[c.snap as usize];
        }
        map.push(b.emit(c));
    }
    for (n, s) in snaps {
        let mut s = s.clone();
        let start = b.t.entries.len() as u32;
        for e in src.snap_entries(&src.snaps[n]) {
            let val = remap(&src, &mut b, &map, e.val);
            b.t.entries.push(crate::ir::SnapEntry { slot: e.slot, val });
        }
        s.entries = start..b.t.entries.len() as u32;
        s.at = b.t.ins.len() as u32;
        b.snapshot(s);
    }
    b
}

fn remap(
    src: &Trace,
    b: &mut Builder,
    map: &[crate::ir::Ref],
    r: crate::ir::Ref,
) -> crate::ir::Ref {
    match src.get_const(r) {
        Some(k) => b.t.konst(k),
        None if r.is_none() => r,
        None => map[r.idx()],
    }
}

fn check(got: &str, want: &str) {
    let norm = |s: &str| {
        s.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(norm(got), norm(want), "\n--- got:\n{got}");
}

fn opt(text: &str) -> String {
    let mut b = build(text);
    if b.t.snaps.last().is_some_and(|s| s.pc == u32::MAX) {
        b.t.snaps.last_mut().expect("checked").pc = 0;
        peel(&mut b).expect("loop peels");
    } else {
        b.t.end = End::Exit;
    }
    dce(&mut b.t);
    b.t.dump()
}

#[test]
fn folds_constants_and_identities() {
    let got = opt("
0000    int SLOAD #0
0001    int ADD k2 k3
0002    int MUL 0000 0001
0003    int ADD 0000 k0
0004    int SUB 0003 k5
0005    int ADD 0004 k5
0006    num I2F k7
0007    num FMUL 0006 k1.0
0008    int DIV k-7 k2
0009    int MOD k-7 k2
0010    int SUB 0000 0000
....        SNAP #0 pc=1 [1=0002 2=0005 3=0007 4=0008 5=0009 6=0010]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int MUL 0000 k5
....        SNAP #0 pc=1 [1=0001 2=0000 3=k7.0 4=k-4 5=k1 6=k0]
",
    );
}

#[test]
fn powers_of_two_become_shifts_and_masks() {
    let got = opt("
0000    int SLOAD #0
0001    int DIV 0000 k8
0002    int MOD 0000 k8
0003    int MUL 0000 k4
0004    int DIV 0000 k6
....        SNAP #0 pc=1 [1=0001 2=0002 3=0003 4=0004]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SAR 0000 k3
0002    int BAND 0000 k7
0003    int SHL 0000 k2
0004    int DIV 0000 k6
....        SNAP #0 pc=1 [1=0001 2=0002 3=0003 4=0004]
",
    );
}

#[test]
fn cse_and_guards() {
    let got = opt("
0000    int SLOAD #0
0001    int SLOAD #1
....        SNAP #0 pc=1 []
0002 >  int LT 0000 0001 [#0]
0003 >  int GT 0001 0000 [#0]
0004    int LT 0000 0001
0005    int ADD 0001 0000
0006    int ADD 0000 0001
0007 >  int LT k1 k2 [#0]
0008    int MUL 0005 0006
....        SNAP #1 pc=2 [2=0004 3=0008]
");
    // b > a is a < b, implied by the first guard, which also decides the
    // comparison; b + a is a + b. (Operands are ordered older first, so a
    // comparison may print swapped: LT 0013 0002 reads GT 0002 0013.)
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SLOAD #1
....        SNAP #0 pc=1 []
0002 >  int LT 0000 0001 [#0]
0003    int ADD 0000 0001
0004    int MUL 0003 0003
....        SNAP #1 pc=2 [2=k1 3=0004]
",
    );
}

#[test]
fn forwards_stores_to_loads() {
    let got = opt("
0000    int SLOAD #0
0001    num SLOAD #1
0002        XSTORE 0000 k8 0001 .f32
0003    num XLOAD 0000 k8 .f32
0004    num XLOAD 0000 k16 .f64
0005        XSTORE 0000 k0 0001 .f64
0006    num XLOAD 0000 k16 .f64
0007    int SLOAD #2
0008        XSTORE 0007 k16 0001 .f64
0009    num XLOAD 0000 k16 .f64
....        SNAP #0 pc=1 [2=0003 3=0006 4=0009]
");
    // The f32 store reads back rounded; a store at a disjoint offset of the
    // same base keeps the load; one through another pointer may alias.
    check(
        &got,
        "
0000    int SLOAD #0
0001    num SLOAD #1
0002        XSTORE 0000 k8 0001 .f32
0003    num F32R 0001
0004    num XLOAD 0000 k16 .f64
0005        XSTORE 0000 k0 0001 .f64
0006    int SLOAD #2
0007        XSTORE 0006 k16 0001 .f64
0008    num XLOAD 0000 k16 .f64
....        SNAP #0 pc=1 [2=0003 3=0004 4=0008]
",
    );
}

/// A loop summing a float array: i in slot 0, n in 1, the array in 2, the
/// sum in 3. The loop's last snapshot (pc=-1 here) is the state at the
/// loop's end.
#[test]
fn loop_hoists_invariants() {
    let got = opt("
0000    int SLOAD #0
0001    int ADD 0000 k1
0002    int SLOAD #1
....        SNAP #0 pc=7 []
0003 >  int LT 0001 0002 [#0]
0004    int SLOAD #2
0005    int FLOAD 0004 .shape0
....        SNAP #1 pc=9 [0=0001]
0006 >  int ULT 0001 0005 [#1]
0007    int FLOAD 0004 .data
0008    int SHL 0001 k3
0009    num XLOAD 0007 0008 .f64
0010    num SLOAD #3
0011    num FADD 0010 0009
....        SNAP #2 pc=4294967295 [0=0001 3=0011]
");
    // The body's bounds check goes too: i < n, and n within the length
    // (hoisted, as i's first value, which the pre-roll checked, is >= 0).
    check(
        &got,
        "
0000    int SLOAD #0
0001    int ADD 0000 k1
0002    int SLOAD #1
....        SNAP #0 pc=7 []
0003 >  int LT 0001 0002 [#0]
0004    int SLOAD #2
0005    int FLOAD 0004 .shape0
....        SNAP #1 pc=9 [0=0001]
0006 >  int ULT 0001 0005 [#1]
0007    int FLOAD 0004 .data
0008    int SHL 0001 k3
0009    num XLOAD 0007 0008 .f64
0010    num SLOAD #3
0011    num FADD 0009 0010
....        SNAP #2 pc=0 [0=0001 3=0011]
0012 >  int LE 0002 k9223372036854775806 [#2]
0013 >  int GE 0001 k0 [#2]
0014 >  int LE 0002 0005 [#2]
0015 ------ LOOP ------
0016    int ADD 0001 k1
....        SNAP #3 pc=7 [0=0001 3=0011]
0017 >  int GT 0002 0016 [#3]
0018    int SHL 0016 k3
0019    num XLOAD 0007 0018 .f64
0020    num FADD 0011 0019
0021    int PHI 0001 0016
0022    num PHI 0011 0020
",
    );
}

#[test]
fn loop_carries_swapped_values() {
    // a, b = b, a + b: each carried value is the other's copy.
    let got = opt("
0000    int SLOAD #0
0001    int SLOAD #1
0002    int ADD 0000 0001
....        SNAP #0 pc=3 [0=0001 1=0002]
0003 >  int LT 0002 k1000 [#0]
....        SNAP #1 pc=4294967295 [0=0001 1=0002]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SLOAD #1
0002    int ADD 0000 0001
....        SNAP #0 pc=3 [0=0001 1=0002]
0003 >  int LT 0002 k1000 [#0]
0004 ------ LOOP ------
0005    int ADD 0001 0002
....        SNAP #1 pc=3 [0=0002 1=0005]
0006 >  int LT 0005 k1000 [#1]
0007    int PHI 0001 0002
0008    int PHI 0002 0005
",
    );
}

#[test]
fn parse_and_dump_round_trip() {
    let text = "0000    int SLOAD   #3
0001    num GLOAD   g4
....        SNAP #0  pc=12 error frame(p2 base=10 call=3 ret=5 dst=1) [3=0000 11=k-1.5]
0002 >  int NE      0000 k0  [#0]
0003        XSTORE  0000 k8 0001 .f32
0004 ------ LOOP ------
";
    let t = Trace::parse(text).expect("parses");
    check(&t.dump(), text);
}

/// `for j in range(...): a[j] = 0` as the recorder emits it: j in slot 6,
/// stop 7, step 8, the array in 3. The loop body's bounds check goes: j
/// only grows from its first value, which the pre-roll checked, and stays
/// below stop, which the hoisted guard puts within the length.
#[test]
fn range_proves_bounds_checks() {
    let got = opt("
0000    int SLOAD #6
0001    int SLOAD #7
0002    int SLOAD #8
....        SNAP #0 pc=21 []
0003 >  int GT 0002 k0 [#0]
0004    int SUB k9223372036854775807 0002
0005    int ADD 0000 0002
0006 >  int LE 0001 0004 [#0]
0007 >  int GT 0001 0005 [#0]
0008    int SLOAD #3
0009    int FLOAD 0008 .shape0
....        SNAP #1 pc=20 [6=0005]
0010 >  int ULT 0005 0009 [#1]
0011    int FLOAD 0008 .data
0012        XSTORE 0011 0005 k0 .b
....        SNAP #2 pc=4294967295 [6=0005]
");
    check(
        &got,
        "
0000    int SLOAD #6
0001    int SLOAD #7
0002    int SLOAD #8
....        SNAP #0 pc=21 []
0003 >  int GT 0002 k0 [#0]
0004    int SUB k9223372036854775807 0002
0005    int ADD 0000 0002
0006 >  int LE 0001 0004 [#0]
0007 >  int GT 0001 0005 [#0]
0008    int SLOAD #3
0009    int FLOAD 0008 .shape0
....        SNAP #1 pc=20 [6=0005]
0010 >  int ULT 0005 0009 [#1]
0011    int FLOAD 0008 .data
0012        XSTORE 0011 0005 k0 .b
....        SNAP #2 pc=0 [6=0005]
0013 >  int GE 0005 k0 [#2]
0014 >  int LE 0001 0009 [#2]
0015 ------ LOOP ------
....        SNAP #3 pc=21 [6=0005]
0016    int ADD 0002 0005
0017 >  int GT 0001 0016 [#3]
0018        XSTORE 0011 0016 k0 .b
0019    int PHI 0005 0016
",
    );
}

/// `while i < n: s += a[i]; i += 1`: the check on i comes before the test
/// of i + 1, which bounds i from the second iteration on; the hoisted i < n
/// bounds it in the first.
#[test]
fn while_loop_test_proves_bounds_checks() {
    let got = opt("
0000    int SLOAD #0
0001    int SLOAD #4
0002    int FLOAD 0000 .shape0
....        SNAP #0 pc=6 []
0003 >  int ULT 0001 0002 [#0]
0004    int FLOAD 0000 .data
0005    int XLOAD 0004 0001 .i64
0006    int SLOAD #5
0007    int ADD 0005 0006
0008    int ADD 0001 k1
0009    int SLOAD #1
....        SNAP #1 pc=9 [4=0008 5=0007]
0010 >  int LT 0008 0009 [#1]
....        SNAP #2 pc=4294967295 [4=0008 5=0007]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SLOAD #4
0002    int FLOAD 0000 .shape0
....        SNAP #0 pc=6 []
0003 >  int ULT 0001 0002 [#0]
0004    int FLOAD 0000 .data
0005    int XLOAD 0004 0001 .i64
0006    int SLOAD #5
0007    int ADD 0005 0006
0008    int ADD 0001 k1
0009    int SLOAD #1
....        SNAP #1 pc=9 [4=0008 5=0007]
0010 >  int LT 0008 0009 [#1]
....        SNAP #2 pc=0 [4=0008 5=0007]
0011 >  int LE 0009 k9223372036854775806 [#2]
0012 >  int GE 0008 k0 [#2]
0013 >  int GE 0002 0009 [#2]
0014 ------ LOOP ------
0015    int XLOAD 0004 0008 .i64
0016    int ADD 0007 0015
0017    int ADD 0008 k1
....        SNAP #3 pc=9 [4=0017 5=0016]
0018 >  int GT 0009 0017 [#3]
0019    int PHI 0007 0016
0020    int PHI 0008 0017
",
    );
}

/// Checks the range does not prove stay: an index one past the induction
/// variable, and the induction variable itself in a loop that tests no
/// bound (it exits when the check fails).
#[test]
fn unproven_bounds_checks_stay() {
    let got = opt("
0000    int SLOAD #0
0001    int ADD 0000 k1
0002    int SLOAD #2
0003    int FLOAD 0002 .shape0
0004    int ADD 0001 k1
....        SNAP #0 pc=9 [0=0001]
0005 >  int ULT 0004 0003 [#0]
....        SNAP #1 pc=10 [0=0001]
0006 >  int ULT 0001 0003 [#1]
....        SNAP #2 pc=4294967295 [0=0001]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int ADD 0000 k1
0002    int SLOAD #2
0003    int FLOAD 0002 .shape0
0004    int ADD 0000 k2
....        SNAP #0 pc=9 [0=0001]
0005 >  int UGT 0003 0004 [#0]
....        SNAP #1 pc=10 [0=0001]
0006 >  int ULT 0001 0003 [#1]
0007 ------ LOOP ------
0008    int ADD 0001 k1
0009    int ADD 0001 k2
....        SNAP #2 pc=9 [0=0008]
0010 >  int UGT 0003 0009 [#2]
....        SNAP #3 pc=10 [0=0008]
0011 >  int UGT 0003 0008 [#3]
0012    int PHI 0001 0008
",
    );
}

/// A snapshot that resumes where a slot is dead (the loop's exit, past
/// FORLOOP, where the index is no longer read): its copy in the loop body
/// leaves the slot out rather than taking the loop's current value, so the
/// old index need not outlive the new one.
#[test]
fn loop_snapshot_copies_leave_dead_slots_out() {
    let mut b = build(
        "
0000    int SLOAD #0
0001    int SLOAD #1
0002    int ADD 0000 k1
....        SNAP #0 pc=3 []
0003 >  int LT 0002 0001 [#0]
....        SNAP #1 pc=4294967295 [0=0002]
",
    );
    b.t.dead.insert(0, vec![0]);
    b.t.snaps.last_mut().expect("end snapshot").pc = 0;
    peel(&mut b).expect("loop peels");
    dce(&mut b.t);
    check(
        &b.t.dump(),
        "
0000    int SLOAD #0
0001    int SLOAD #1
0002    int ADD 0000 k1
....        SNAP #0 pc=3 []
0003 >  int GT 0001 0002 [#0]
0004 ------ LOOP ------
0005    int ADD 0002 k1
....        SNAP #1 pc=3 []
0006 >  int GT 0001 0005 [#1]
0007    int PHI 0002 0005
",
    );
}

#[test]
fn selects_fold() {
    // A constant condition picks its side; equal sides are that value; a
    // comparison (0 or 1) selecting x + 1 or x - 1 over x is an add or a
    // subtract, selecting 1 over 0 the comparison itself.
    let got = opt("
0000    int SLOAD #0
0001    int SLOAD #1
0002    int SEL k1 0000 0001
0003    int SEL k0 0000 0001
0004    int SEL 0000 0001 0001
0005    int NE 0000 k0
0006    int ADD 0001 k1
0007    int SEL 0005 0006 0001
0008    int ADD 0001 k-1
0009    int SEL 0005 0008 0001
0010    int SEL 0005 k1 k0
0011    int SEL 0000 0006 0001
0012    int ADD 0001 k2
0013    int SEL 0005 0012 0001
....        SNAP #0 pc=1 [1=0002 2=0003 3=0004 4=0007 5=0009 6=0010 7=0011 8=0013]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SLOAD #1
0002    int NE 0000 k0
0003    int ADD 0001 k1
0004    int ADD 0001 0002
0006    int SUB 0001 0002
0007    int SEL 0000 0003 0001
0008    int ADD 0001 k2
0009    int SEL 0002 0008 0001
....        SNAP #0 pc=1 [1=0000 2=0001 3=0001 4=0004 5=0006 6=0002 7=0007 8=0009]
",
    );
}

#[test]
fn a_select_carried_around_a_loop() {
    // A counter bumped without a branch: the select folds to an add that
    // the loop carries in a PHI.
    let got = opt("
0000    int SLOAD #0
0001    int SLOAD #1
0002    int SLOAD #2
0003    int ADD 0000 k1
....        SNAP #0 pc=1 []
0004 >  int LT 0003 0001 [#0]
0005    int LT 0003 0002
0006    int SLOAD #3
0007    int ADD 0006 k1
0008    int SEL 0005 0007 0006
....        SNAP #1 pc=4294967295 [0=0003 3=0008]
");
    check(
        &got,
        "
0000    int SLOAD #0
0001    int SLOAD #1
0002    int SLOAD #2
0003    int ADD 0000 k1
....        SNAP #0 pc=1 []
0004 >  int GT 0001 0003 [#0]
0005    int GT 0002 0003
0006    int SLOAD #3
0008    int ADD 0005 0006
0009 ------ LOOP ------
0010    int ADD 0003 k1
....        SNAP #1 pc=1 [0=0003 3=0008]
0011 >  int GT 0001 0010 [#1]
0012    int GT 0002 0010
0014    int ADD 0008 0012
0015    int PHI 0003 0010
0016    int PHI 0008 0014
",
    );
}

#[test]
fn square_roots_of_sums_of_squares_need_no_sign_guard() {
    // math.sqrt's guard (x not below zero) holds for d*d + e*e and |x|,
    // but not for a quotient (1 / -0.0 is -inf) or a plain load.
    let got = opt("
0000    num SLOAD #0
0001    num SLOAD #1
0002    num FMUL 0000 0000
0003    num FMUL 0001 0001
0004    num FADD 0002 0003
....        SNAP #0 pc=1 []
0005 >  int FNLT 0004 k0.0 [#0]
0006    num FABS 0000
0007 >  int FNLT 0006 k0.0 [#0]
0008    num FDIV k1.0 0003
0009 >  int FNLT 0008 k0.0 [#0]
0010 >  int FNLT 0001 k0.0 [#0]
....        SNAP #1 pc=2 [2=0004]
");
    check(
        &got,
        "
0000    num SLOAD #0
0001    num SLOAD #1
0002    num FMUL 0000 0000
0003    num FMUL 0001 0001
0004    num FADD 0002 0003
....        SNAP #0 pc=1 []
0006    num FDIV k1.0 0003
0007 >  int FNLT 0006 k0.0 [#0]
0008 >  int FNLT 0001 k0.0 [#0]
....        SNAP #1 pc=2 [2=0004]
",
    );
}
