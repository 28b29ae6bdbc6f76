//! The x86-64 backend: legalize (fuse address arithmetic into memory
//! operands, name each instruction's clobbered registers), allocate with
//! the shared linear scan, emit with dynasm at the final address.
//!
//! Registers: `r14` holds `regs` and `r15` holds `ctx` for the whole
//! trace, `rbp` is the frame pointer (spill slots and saved registers hang
//! off it, so `rsp` may move for stack arguments), `r10`/`r11` and `xmm15`
//! are scratch. The allocator gets rax rcx rdx rsi rdi r8 r9 (caller-saved)
//! and rbx r12 r13 (callee-saved), and xmm0–xmm14.
//!
//! A root trace has two entries. `entry` follows the C ABI: it saves `r14`
//! and `r15`, loads them and calls the internal entry, which builds the
//! trace's frame and saves the callee-saved registers rbx r12 r13 it
//! uses. A `CALLT` (of the trace's own entry or another root trace's)
//! calls the internal entry directly, `C_ENTRY_BYTES` past the C-ABI one,
//! with the callee's frame in `r14` and `ret` in `rdx`, so a
//! compiled call costs a return address, `rbp`, `ret`, the registers it
//! saves, the frame's depth and the spill slots the trace uses, and
//! clobbers what a C call does. (Saving nothing in callees and making
//! `CALLT` clobber every register was measured slower: the values live
//! across calls then take spill slots for their whole life.)
//!
//! Which of rbx r12 r13 a frame holds saved (`Code::saved`): a root
//! function trace that returns saves those it uses (a leaf may save
//! none), other roots all three. A side trace saves, at its entry, those
//! it uses that its parent's frame does not hold saved yet (they still hold
//! the caller's values: no trace in the frame touched them), and restores
//! them all where it returns or exits. A link to another root hands the
//! frame over: registers the target does not restore are restored, those
//! it restores but this frame did not save are saved.
//!
//! Frame (the internal entry builds it; side traces run in it):
//!
//! ```text
//! [rbp+8]              return address
//! [rbp]                saved rbp
//! [rbp-8]              `ret`, the entry's third argument (RETREF)
//! [rbp-16 .. rbp-32]   saved rbx r12 r13
//! [rbp-40]             the frame's depth (see `DEPTH_DISP`)
//! [rbp-48-8k]          spill slot k, k < the slots this trace uses
//! rsp = rbp-frame, 16-byte aligned for calls
//! ```
//!
//! Each trace sets `rsp` for its own spill slots where it is entered (a
//! root past its prologue, where links arrive too; a side trace at its
//! entry): a side trace reads nothing of its parent's spill slots, the
//! exit stub having written the snapshot back to `regs`.

// dynasm expands each dynamic register `Rq(r)` to `r.into()`, a no-op on the
// `u8` registers used here.
#![allow(clippy::useless_conversion)]

use super::regalloc::{self, Alloc, Loc, Place, Reg, RegSet, Target};
use super::{slot_offset, AsmError, Code, Kind};
use crate::ir::{CArg, End, Field, MemTy, Opc, Ref, Trace, Ty, NOT_ENTERED, RETURNED};
use crate::mcode::{MCode, McodeError};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use std::collections::HashMap;
use std::fmt::Write;
use vm::interp::DEPTH_OFFSET;

macro_rules! asm {
    ($ops:expr; $($t:tt)*) => { dynasm!($ops ; .arch x64 ; $($t)*) };
}

/// An instruction with a memory operand `[base + index*scale + disp]`: the
/// tokens before and after the operand are given. Displacements that fit a
/// byte get the short encoding (dynasm cannot tell from a runtime value).
macro_rules! mem {
    ($ops:expr, $m:expr, [$($pre:tt)*], [$($post:tt)*]) => {{
        let m: Mem = $m;
        let b = m.base;
        match (m.index, i8::try_from(m.disp)) {
            (None, Ok(d)) => asm!($ops; $($pre)* [BYTE Rq(b) + d] $($post)*),
            (None, Err(_)) => {
                let d = m.disp;
                asm!($ops; $($pre)* [Rq(b) + d] $($post)*)
            }
            (Some(x), Ok(d)) => match m.scale {
                1 => asm!($ops; $($pre)* [BYTE Rq(b) + Rq(x) + d] $($post)*),
                2 => asm!($ops; $($pre)* [BYTE Rq(b) + Rq(x) * 2 + d] $($post)*),
                4 => asm!($ops; $($pre)* [BYTE Rq(b) + Rq(x) * 4 + d] $($post)*),
                _ => asm!($ops; $($pre)* [BYTE Rq(b) + Rq(x) * 8 + d] $($post)*),
            },
            (Some(x), Err(_)) => {
                let d = m.disp;
                match m.scale {
                    1 => asm!($ops; $($pre)* [Rq(b) + Rq(x) + d] $($post)*),
                    2 => asm!($ops; $($pre)* [Rq(b) + Rq(x) * 2 + d] $($post)*),
                    4 => asm!($ops; $($pre)* [Rq(b) + Rq(x) * 4 + d] $($post)*),
                    _ => asm!($ops; $($pre)* [Rq(b) + Rq(x) * 8 + d] $($post)*),
                }
            }
        }
    }};
}

/// An SSE instruction `op xmm, src` for every kind of float source.
macro_rules! sse {
    ($s:expr, $op:ident, $t:expr, $src:expr) => {{
        let t = $t - XMM0;
        match $src {
            FSrc::Reg(x) => {
                let x = x - XMM0;
                asm!($s.ops; $op Rx(t), Rx(x))
            }
            FSrc::Mem(d) => asm!($s.ops; $op Rx(t), QWORD [rbp + d]),
            FSrc::Pool(l) => asm!($s.ops; $op Rx(t), QWORD [=>l]),
        }
    }};
}

/// An integer instruction `op reg, src`.
macro_rules! alu {
    ($s:expr, $op:ident, $t:expr, $src:expr) => {{
        let t = $t;
        match $src {
            Src::Reg(x) => asm!($s.ops; $op Rq(t), Rq(x)),
            Src::Mem(d) => asm!($s.ops; $op Rq(t), QWORD [rbp + d]),
            Src::Imm(v) => match i8::try_from(v) {
                Ok(v) => asm!($s.ops; $op Rq(t), BYTE v),
                Err(_) => {
                    let v = v as i32;
                    asm!($s.ops; $op Rq(t), DWORD v)
                }
            },
        }
    }};
}

const RAX: Reg = 0;
const RCX: Reg = 1;
const RDX: Reg = 2;
const RBX: Reg = 3;
const RSP: Reg = 4;
const RBP: Reg = 5;
const RSI: Reg = 6;
const RDI: Reg = 7;
const R8: Reg = 8;
const R9: Reg = 9;
/// Scratch registers, never allocated.
const S2: Reg = 10;
const S1: Reg = 11;
const R12: Reg = 12;
const R13: Reg = 13;
/// `regs`, fixed for the whole trace.
const REGS: Reg = 14;
/// XMM n is register 16 + n.
const XMM0: Reg = 16;
const FS: Reg = XMM0 + 15;

const ARG_GPRS: [Reg; 6] = [RDI, RSI, RDX, RCX, R8, R9];
const ARG_FPRS: u8 = 8;

/// Caller-saved allocatable registers: rax rcx rdx rsi rdi r8 r9 and
/// xmm0–xmm14.
const CALLER_SAVED: RegSet = RegSet(0x7fff_0000 | 0x3c7);

pub const TARGET: Target = Target {
    gprs: &[RAX, RCX, RDX, RSI, RDI, R8, R9, RBX, R12, R13],
    fprs: &[
        XMM0,
        XMM0 + 1,
        XMM0 + 2,
        XMM0 + 3,
        XMM0 + 4,
        XMM0 + 5,
        XMM0 + 6,
        XMM0 + 7,
        XMM0 + 8,
        XMM0 + 9,
        XMM0 + 10,
        XMM0 + 11,
        XMM0 + 12,
        XMM0 + 13,
        XMM0 + 14,
    ],
    caller_saved: CALLER_SAVED,
    ret: [RAX, XMM0],
};

/// Bytes from a root trace's C-ABI entry to its internal entry: a CALLT
/// of another trace's entry calls there.
const C_ENTRY_BYTES: usize = 64;

/// `Ctx::depth`'s offset.
const CTX_DEPTH: i32 = std::mem::offset_of!(super::Ctx, depth) as i32;
/// `Ctx::limit`'s offset.
const CTX_LIMIT: i32 = std::mem::offset_of!(super::Ctx, limit) as i32;
/// `Ctx::stack_end`'s offset.
const CTX_STACK_END: i32 = std::mem::offset_of!(super::Ctx, stack_end) as i32;
/// `Ctx::call_room`'s offset.
const CTX_CALL_ROOM: i32 = std::mem::offset_of!(super::Ctx, call_room) as i32;
/// Bytes of VM stack a callee's frame may reach.
const FRAME_REACH: i32 = 8 * crate::trace::FRAME_LIMIT as i32;

/// Where the internal entry keeps `ret`.
const RET_DISP: i8 = -8;

/// Bytes the internal entry pushes below `rbp`: `ret`, rbx r12 r13, the
/// frame's depth.
const SAVED: i32 = 40;

/// Where the internal entry keeps its frame's depth (passed in `r11`): a
/// CALLT passes its callee one more, and the VM's field is written from
/// here only before Rust code is called, so that compiled calls neither
/// load the VM nor store to it.
const DEPTH_DISP: i8 = -40;

fn spill_disp(k: u16) -> i32 {
    -SAVED - 8 - 8 * k as i32
}

/// Bytes below `rbp` of a trace's frame: `ret` and the spill slots `ra`
/// uses, rounded for 16-byte alignment at calls.
fn frame_bytes(ra: &Alloc) -> i32 {
    let slots = ra
        .loc
        .iter()
        .filter_map(|l| match l {
            Loc::Slot(k) => Some(*k as i32 + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    (SAVED + 8 * slots + 15) & !15
}

/// The frame of a trace without spill slots, the smallest.
const MIN_FRAME: i32 = (SAVED + 15) & !15;

/// rbx r12 r13 as bits of `Code::saved`, with their slots.
const SAVES: [(u8, Reg, i8); 3] = [(1, RBX, -16), (2, R12, -24), (4, R13, -32)];
const ALL_SAVED: u8 = 7;

/// The callee-saved registers `ra` allocates, as bits of `Code::saved`.
fn saves_used(ra: &Alloc) -> u8 {
    ra.loc.iter().fold(0, |m, l| match l {
        Loc::Reg(r) => m | SAVES.iter().find(|s| s.1 == *r).map_or(0, |s| s.0),
        _ => m,
    })
}

// Calls address the VM's depth with a 32-bit displacement.
const _: () = assert!(DEPTH_OFFSET <= i32::MAX as usize);

/// CPU features the code may use.
#[derive(Clone, Copy, Debug)]
pub struct Features {
    /// `roundsd` for FFLOOR/FCEIL/FTRUNC; without it they call libm.
    pub sse41: bool,
}

impl Features {
    pub fn detect() -> Features {
        Features {
            sse41: std::arch::is_x86_feature_detected!("sse4.1"),
        }
    }
}

/// A memory access's offset operand, folded into an addressing mode:
/// `index*scale + disp` (LuaJIT's asm_fuseahuref / asm_fusexref); a base
/// that is a stack slot's address (an SREF) folds into `regs` + `disp`.
#[derive(Clone, Copy)]
struct Addr {
    index: Ref,
    scale: u8,
    disp: i32,
    regs_base: bool,
}

/// `x * scale` when `r` is a multiplication or left shift by 1, 2, 4 or 8.
fn scaled(t: &Trace, carried: &[bool], r: Ref) -> (Ref, u8) {
    if r.is_ins() && !carried[r.idx()] {
        let ins = &t.ins[r.idx()];
        let scale = |k: Option<i64>| k.filter(|k| matches!(k, 1 | 2 | 4 | 8)).map(|k| k as u8);
        match ins.op {
            Opc::MUL if ins.a.is_ins() => {
                if let Some(s) = scale(t.int_const(ins.b)) {
                    return (ins.a, s);
                }
            }
            Opc::MUL if ins.b.is_ins() => {
                if let Some(s) = scale(t.int_const(ins.a)) {
                    return (ins.b, s);
                }
            }
            Opc::SHL if ins.a.is_ins() => {
                if let Some(k @ 0..=3) = t.int_const(ins.b) {
                    return (ins.a, 1 << k);
                }
            }
            _ => {}
        }
    }
    (r, 1)
}

fn fuse_addr(t: &Trace, carried: &[bool], off: Ref) -> Addr {
    if let Some(k) = t.int_const(off) {
        if let Ok(disp) = i32::try_from(k) {
            return Addr {
                index: Ref::NONE,
                scale: 1,
                disp,
                regs_base: false,
            };
        }
    }
    let (rest, disp) = match (off.is_ins() && !carried[off.idx()]).then(|| &t.ins[off.idx()]) {
        Some(ins) if ins.op == Opc::ADD => {
            let k = |r: Ref| t.int_const(r).and_then(|k| i32::try_from(k).ok());
            match (k(ins.a), k(ins.b)) {
                (None, Some(d)) if ins.a.is_ins() => (ins.a, d),
                (Some(d), None) if ins.b.is_ins() => (ins.b, d),
                _ => (off, 0),
            }
        }
        _ => (off, 0),
    };
    let (index, scale) = scaled(t, carried, rest);
    Addr {
        index,
        scale,
        disp,
        regs_base: false,
    }
}

/// `y + (x != 0)` or `y + (x == 0)` (what if-conversion makes of a
/// counter bumped under a condition): `cmp x, 1` sets the carry exactly
/// when `x` is 0, and `sbb`/`adc` add it, without materializing the
/// comparison. Returns `y`, `x` and whether the comparison is `!=`.
fn carry_add(t: &Trace, carried: &[bool], ins: &crate::ir::Ins) -> Option<(Ref, Ref, bool)> {
    if ins.op != Opc::ADD || ins.ty != Ty::Int {
        return None;
    }
    let flag = |c: Ref| {
        let d = t.ins.get(c.is_ins().then(|| c.idx())?)?;
        // Neither may be carried: x is read where the addition is.
        let zero =
            t.int_const(d.b) == Some(0) && d.a.is_ins() && !carried[c.idx()] && !carried[d.a.idx()];
        (zero && !d.is_guard() && matches!(d.op, Opc::NE | Opc::EQ)).then(|| (d.a, d.op == Opc::NE))
    };
    match (flag(ins.b), flag(ins.a)) {
        (Some((x, ne)), _) => Some((ins.a, x, ne)),
        (None, Some((x, ne))) => Some((ins.b, x, ne)),
        _ => None,
    }
}

/// What each instruction reads, destroys, and how memory accesses address.
struct Legal {
    reads: Vec<[Ref; 3]>,
    clobbers: Vec<RegSet>,
    addrs: Vec<Option<Addr>>,
}

fn legalize(t: &Trace, feat: Features) -> Legal {
    let n = t.ins.len();
    let mut l = Legal {
        reads: Vec::with_capacity(n),
        clobbers: Vec::with_capacity(n),
        addrs: vec![None; n],
    };
    let carried = super::carried(t);
    for (i, ins) in t.ins.iter().enumerate() {
        let mut reads = [Ref::NONE; 3];
        for (k, (r, kind)) in [ins.a, ins.b, ins.c]
            .into_iter()
            .zip(ins.op.operands())
            .enumerate()
        {
            if kind == crate::ir::Kind::R {
                reads[k] = r;
            }
        }
        if matches!(ins.op, Opc::XLOAD | Opc::XSTORE) {
            let mut a = fuse_addr(t, &carried, ins.b);
            reads[1] = a.index;
            if let Some(d) = sref_disp(t, ins.a).and_then(|d| d.checked_add(a.disp)) {
                a.disp = d;
                a.regs_base = true;
                reads[0] = Ref::NONE;
            }
            l.addrs[i] = Some(a);
        }
        if let Some((y, x, _)) = carry_add(t, &carried, ins) {
            reads = [y, x, Ref::NONE];
        }
        if ins.op == Opc::CALLT {
            // Frame addresses are rematerialized from `regs` at the call.
            for r in &mut reads[..2] {
                if sref_disp(t, *r).is_some() {
                    *r = Ref::NONE;
                }
            }
        }
        let clobbers = match ins.op {
            Opc::CALL | Opc::CALLT | Opc::DECREF => CALLER_SAVED,
            Opc::FFLOOR | Opc::FCEIL | Opc::FTRUNC if !feat.sse41 => CALLER_SAVED,
            Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD => RegSet::of(&[RAX, RDX]),
            Opc::SHL | Opc::SAR | Opc::SHR if !ins.b.is_const() => RegSet::of(&[RCX]),
            _ => RegSet::EMPTY,
        };
        l.reads.push(reads);
        l.clobbers.push(clobbers);
    }
    l
}

/// For each `CALLT`, the XLOAD of its first result that it does itself,
/// from `rdx`, where function traces return their first result as well as
/// storing it (the load would wait for the callee's store to forward).
fn result_loads(t: &Trace, legal: &Legal, ra: &Alloc) -> Vec<Option<usize>> {
    let n = t.ins.len();
    let mut out = vec![None; n];
    if t.loop_ref().is_some() {
        return out;
    }
    for j in (0..n).filter(|&j| ra.needed[j] && t.ins[j].op == Opc::CALLT) {
        let returns = t
            .calls
            .get(t.ins[j].aux as usize)
            .is_some_and(|c| c.ret.is_some());
        let Some(b) = sref_disp(t, t.ins[j].b).filter(|_| returns) else {
            continue;
        };
        // The first load of `[b]` after the call, with nothing between
        // that writes memory or may leave other than through a guard.
        let Some(i) = (j + 1..n).find(|&i| {
            let x = &t.ins[i];
            ra.needed[i] && x.op == Opc::XLOAD && sref_disp(t, x.a) == Some(b)
        }) else {
            continue;
        };
        let x = &t.ins[i];
        let full = matches!(x.mem(), Some(MemTy::I64 | MemTy::F64)) && t.int_const(x.b) == Some(0);
        let l = ra.loc[i];
        if !full || l == Loc::None {
            continue;
        }
        // Its location is written at the call: nothing between may use it.
        let clear = (j + 1..i).filter(|&k| ra.needed[k]).all(|k| {
            let y = &t.ins[k];
            let mut uses = false;
            regalloc::each_read(t, &legal.reads, k, |r| uses |= ra.loc(r) == l);
            if y.is_guard() {
                for e in t.snap_entries(&t.snaps[y.snap as usize]) {
                    uses |= ra.loc(e.val) == l;
                }
            }
            let clobbered = matches!(l, Loc::Reg(r) if legal.clobbers[k].has(r));
            (y.removable() || y.is_guard() && y.op.is(crate::ir::flag::CMP))
                && ra.loc[k] != l
                && !uses
                && !clobbered
        });
        if clear {
            out[j] = Some(i);
        }
    }
    out
}

/// The value a function trace stores as its first result (at `RETREF`'s
/// offset 0, the last such store, as the trace is straight-line code),
/// which it returns in `rdx` too; `Ok` when the value is still where the
/// allocator put it at the end of the trace, `Err` when it must be loaded
/// back.
fn first_result(t: &Trace, legal: &Legal, ra: &Alloc) -> Option<Result<Ref, ()>> {
    let k = t.ins.iter().rposition(|x| {
        x.op == Opc::XSTORE
            && x.a.is_ins()
            && t.ins[x.a.idx()].op == Opc::RETREF
            && t.int_const(x.b) == Some(0)
            && matches!(x.mem(), Some(MemTy::I64 | MemTy::F64))
    })?;
    let v = t.ins[k].c;
    let l = ra.loc(v);
    let kept = (k + 1..t.ins.len())
        .filter(|&j| ra.needed[j])
        .all(|j| ra.loc[j] != l && !matches!(l, Loc::Reg(r) if legal.clobbers[j].has(r)));
    Some(if v.is_const() || kept { Ok(v) } else { Err(()) })
}

/// `regs`' displacement of the stack slot `r` is the address of (an SREF).
fn sref_disp(t: &Trace, r: Ref) -> Option<i32> {
    let ins = t.ins.get(r.is_ins().then(|| r.idx())?)?;
    (ins.op == Opc::SREF)
        .then(|| slot_offset(ins.aux))
        .flatten()
}

/// Where an integer operand is.
#[derive(Clone, Copy)]
enum Src {
    Reg(Reg),
    /// `[rbp + disp]`, a spill slot.
    Mem(i32),
    Imm(i64),
}

/// Where a float operand is.
#[derive(Clone, Copy)]
enum FSrc {
    Reg(Reg),
    Mem(i32),
    /// A constant in the trace's pool.
    Pool(DynamicLabel),
}

/// A memory operand.
#[derive(Clone, Copy)]
struct Mem {
    base: Reg,
    index: Option<Reg>,
    scale: u8,
    disp: i32,
}

impl Mem {
    fn at(base: Reg, disp: i32) -> Mem {
        Mem {
            base,
            index: None,
            scale: 1,
            disp,
        }
    }
}

/// Condition codes, by their encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cc {
    B = 2,
    Ae = 3,
    E = 4,
    Ne = 5,
    Be = 6,
    A = 7,
    P = 10,
    Np = 11,
    L = 12,
    Ge = 13,
    Le = 14,
    G = 15,
}

impl Cc {
    fn not(self) -> Cc {
        use Cc::*;
        match self {
            B => Ae,
            Ae => B,
            E => Ne,
            Ne => E,
            Be => A,
            A => Be,
            P => Np,
            Np => P,
            L => Ge,
            Ge => L,
            Le => G,
            G => Le,
        }
    }

    fn int(op: Opc) -> Option<Cc> {
        use Cc::*;
        Some(match op {
            Opc::EQ => E,
            Opc::NE => Ne,
            Opc::LT => L,
            Opc::GE => Ge,
            Opc::LE => Le,
            Opc::GT => G,
            Opc::ULT => B,
            Opc::UGE => Ae,
            Opc::ULE => Be,
            Opc::UGT => A,
            _ => return None,
        })
    }
}

/// When a float comparison holds after `ucomisd x, y`.
#[derive(Clone, Copy)]
enum FCond {
    Cc(Cc),
    /// ZF and not PF.
    Eq,
    /// Not ZF, or PF.
    Ne,
}

/// For a float comparison of a and b: whether `ucomisd` compares them
/// swapped, and when the comparison holds. Unordered sets ZF, PF and CF, so
/// "above" conditions are false on NaN and "below" ones true.
fn fcond(op: Opc) -> Option<(bool, FCond)> {
    use FCond::Cc as C;
    Some(match op {
        Opc::FLT => (true, C(Cc::A)),
        Opc::FLE => (true, C(Cc::Ae)),
        Opc::FGT => (false, C(Cc::A)),
        Opc::FGE => (false, C(Cc::Ae)),
        Opc::FNLT => (true, C(Cc::Be)),
        Opc::FNLE => (true, C(Cc::B)),
        Opc::FNGT => (false, C(Cc::Be)),
        Opc::FNGE => (false, C(Cc::B)),
        Opc::FEQ => (false, FCond::Eq),
        Opc::FNE => (false, FCond::Ne),
        _ => return None,
    })
}

extern "C" fn decref_slow(obj: u64) {
    vm::value::decref(obj)
}

extern "C" fn floor_shim(x: f64) -> f64 {
    x.floor()
}

extern "C" fn ceil_shim(x: f64) -> f64 {
    x.ceil()
}

extern "C" fn trunc_shim(x: f64) -> f64 {
    x.trunc()
}

/// Retargets the rel32 (at `at`) of the `jmp` that ends an exit stub.
pub(super) fn patch_exit(mcode: &mut MCode, at: usize, target: usize) -> Result<(), McodeError> {
    let rel = i32::try_from(target as i64 - (at as i64 + 4)).map_err(|_| McodeError::BadPatch)?;
    mcode.patch(at, &rel.to_le_bytes())
}

/// A CALLT whose slow path is emitted after the trace's body.
struct Slow {
    i: usize,
    pid: i64,
    not_entered: DynamicLabel,
    slow: DynamicLabel,
    done: DynamicLabel,
}

struct Asm<'a> {
    ops: VecAssembler<X64Relocation>,
    t: &'a Trace,
    ra: &'a Alloc,
    addrs: &'a [Option<Addr>],
    feat: Features,
    /// A root trace's internal entry: where a self-call goes.
    entry: Option<DynamicLabel>,
    /// Bytes of the frame below `rbp` (see [`frame_bytes`]).
    frame: i32,
    /// CALLT slow paths still to emit.
    slow: Vec<Slow>,
    /// Per CALLT, the load of its result it does itself (from `rdx`).
    result_load: Vec<Option<usize>>,
    /// Exit stub of each snapshot a guard uses.
    exits: Vec<Option<DynamicLabel>>,
    /// Per snapshot, the offsets of guards' rel32 jumps to its stub.
    jumps: Vec<Vec<usize>>,
    /// Constants by their bits.
    pool: HashMap<u64, DynamicLabel>,
    notes: Vec<(usize, String)>,
    err: Option<AsmError>,
    /// A rotated loop (see [`rotation`]): its first guard, which branches
    /// back to the body while it holds, and the body's label.
    rotate: Option<(usize, DynamicLabel)>,
    /// Values carried around the loop ([`super::carried`]).
    carried: Vec<bool>,
    /// Which of rbx r12 r13 the frame holds saved past this trace's entry.
    saved: u8,
}

/// Where to rotate the loop so that it ends in its first guard: a loop
/// body that starts computing a condition (a range loop's index and bound)
/// and then guards it runs as body, PHI moves, condition, branch back,
/// saving the jump back to the top of every iteration. The guard's index,
/// when what comes before it is pure integer or float arithmetic.
fn rotation(t: &Trace, ra: &Alloc) -> Option<usize> {
    let lp = t.loop_ref()?.idx();
    if t.end != End::Loop {
        return None;
    }
    let g = (lp + 1..t.ins.len()).find(|&k| ra.needed[k] && t.ins[k].is_guard())?;
    let ins = &t.ins[g];
    let cc =
        ins.op.is(crate::ir::flag::CMP) && matches!(fcond(ins.op), None | Some((_, FCond::Cc(_))));
    let pure = t.ins[lp + 1..g]
        .iter()
        .zip(&ra.needed[lp + 1..g])
        .all(|(i, &n)| !n || i.op.is(crate::ir::flag::PURE) && i.op != Opc::PHI);
    let body = (g + 1..t.ins.len()).any(|k| ra.needed[k] && t.ins[k].op != Opc::PHI);
    (cc && pure && body).then_some(g)
}

impl Asm<'_> {
    fn fail(&mut self, e: AsmError) {
        self.err.get_or_insert(e);
    }

    fn note(&mut self, text: String) {
        let off = self.ops.offset().0;
        self.notes.push((off, text));
    }

    /// A constant in the pool: 16 bytes (the value, then zero), so that
    /// packed instructions may read it too.
    fn konst(&mut self, bits: u64) -> DynamicLabel {
        if let Some(&l) = self.pool.get(&bits) {
            return l;
        }
        let l = self.ops.new_dynamic_label();
        self.pool.insert(bits, l);
        l
    }

    fn exit(&mut self, snap: u32) -> DynamicLabel {
        if let Some(l) = self.exits[snap as usize] {
            return l;
        }
        let l = self.ops.new_dynamic_label();
        self.exits[snap as usize] = Some(l);
        l
    }

    fn src(&mut self, r: Ref) -> Src {
        if let Some(k) = self.t.get_const(r) {
            return Src::Imm(k.bits() as i64);
        }
        match self.ra.loc(r) {
            Loc::Reg(x) => Src::Reg(x),
            Loc::Slot(k) => Src::Mem(spill_disp(k)),
            Loc::None => {
                self.fail(AsmError::Invalid(format!("{r:?} has no location")));
                Src::Imm(0)
            }
        }
    }

    /// An integer source for an ALU instruction: immediates that do not fit
    /// 32 bits go through `scratch`.
    fn isrc(&mut self, r: Ref, scratch: Reg) -> Src {
        match self.src(r) {
            Src::Imm(v) if i32::try_from(v).is_err() => {
                self.mov_imm(scratch, v);
                Src::Reg(scratch)
            }
            s => s,
        }
    }

    /// An integer source that is a register or memory.
    fn rsrc(&mut self, r: Ref, scratch: Reg) -> Src {
        match self.src(r) {
            Src::Imm(v) => {
                self.mov_imm(scratch, v);
                Src::Reg(scratch)
            }
            s => s,
        }
    }

    fn fsrc(&mut self, r: Ref) -> FSrc {
        match self.src(r) {
            Src::Reg(x) => FSrc::Reg(x),
            Src::Mem(d) => FSrc::Mem(d),
            Src::Imm(v) => FSrc::Pool(self.konst(v as u64)),
        }
    }

    fn mov_imm(&mut self, r: Reg, v: i64) {
        if v == 0 {
            asm!(self.ops; xor Rd(r), Rd(r));
        } else if let Ok(u) = u32::try_from(v) {
            let u = u as i32;
            asm!(self.ops; mov Rd(r), DWORD u);
        } else if let Ok(s) = i32::try_from(v) {
            asm!(self.ops; mov Rq(r), DWORD s);
        } else {
            asm!(self.ops; mov Rq(r), QWORD v);
        }
    }

    fn mov_rr(&mut self, d: Reg, s: Reg) {
        if d == s {
            return;
        }
        let (dx, sx) = (d.wrapping_sub(XMM0), s.wrapping_sub(XMM0));
        match (d >= XMM0, s >= XMM0) {
            (false, false) => asm!(self.ops; mov Rq(d), Rq(s)),
            (true, true) => asm!(self.ops; movaps Rx(dx), Rx(sx)),
            (true, false) => asm!(self.ops; movq Rx(dx), Rq(s)),
            (false, true) => asm!(self.ops; movq Rq(d), Rx(sx)),
        }
    }

    /// Loads any value's 64 bits into a general register.
    fn load_gpr(&mut self, d: Reg, r: Ref) {
        match self.src(r) {
            Src::Reg(s) => self.mov_rr(d, s),
            Src::Mem(m) => asm!(self.ops; mov Rq(d), QWORD [rbp + m]),
            Src::Imm(v) => self.mov_imm(d, v),
        }
    }

    /// Loads any value's 64 bits into an XMM register.
    fn load_xmm(&mut self, d: Reg, r: Ref) {
        let dx = d - XMM0;
        match self.src(r) {
            Src::Reg(s) => self.mov_rr(d, s),
            Src::Mem(m) => asm!(self.ops; movsd Rx(dx), QWORD [rbp + m]),
            Src::Imm(0) => asm!(self.ops; xorps Rx(dx), Rx(dx)),
            Src::Imm(v) => {
                let l = self.konst(v as u64);
                asm!(self.ops; movsd Rx(dx), QWORD [=>l]);
            }
        }
    }

    /// A general register holding `r`: its own, or `scratch` loaded.
    fn gpr(&mut self, r: Ref, scratch: Reg) -> Reg {
        match self.src(r) {
            Src::Reg(x) if x < XMM0 => x,
            _ => {
                self.load_gpr(scratch, r);
                scratch
            }
        }
    }

    fn xmm(&mut self, r: Ref, scratch: Reg) -> Reg {
        match self.src(r) {
            Src::Reg(x) if x >= XMM0 => x,
            _ => {
                self.load_xmm(scratch, r);
                scratch
            }
        }
    }

    /// The register to compute instruction `i`'s result in: its own, unless
    /// one of `later` (operands read after the first write) is there.
    fn dst(&self, i: usize, later: &[Ref]) -> Reg {
        match self.ra.loc[i] {
            Loc::Reg(r) if !later.iter().any(|&o| self.ra.loc(o) == Loc::Reg(r)) => r,
            _ if self.t.ins[i].ty == Ty::Num => FS,
            _ => S1,
        }
    }

    /// Moves a result from register `r` to instruction `i`'s location.
    fn store(&mut self, i: usize, r: Reg) {
        match self.ra.loc[i] {
            Loc::Reg(d) => self.mov_rr(d, r),
            Loc::Slot(k) => self.store_mem(Mem::at(RBP, spill_disp(k)), r),
            Loc::None => {}
        }
    }

    fn store_mem(&mut self, m: Mem, r: Reg) {
        if r >= XMM0 {
            let x = r - XMM0;
            mem!(self.ops, m, [movsd QWORD], [, Rx(x)]);
        } else {
            mem!(self.ops, m, [mov QWORD], [, Rq(r)]);
        }
    }

    /// Stores any value's 64 bits to memory (through S1 when needed).
    fn store_val(&mut self, m: Mem, r: Ref) {
        match self.src(r) {
            Src::Reg(x) => self.store_mem(m, x),
            Src::Imm(v) if i32::try_from(v).is_ok() => {
                let v = v as i32;
                mem!(self.ops, m, [mov QWORD], [, v]);
            }
            _ => {
                self.load_gpr(S1, r);
                self.store_mem(m, S1);
            }
        }
    }

    fn mov_place(&mut self, d: Place, s: Place) {
        let reg = |p: Place| match p {
            Place::Temp => Some(S1),
            Place::Loc(Loc::Reg(r)) => Some(r),
            _ => None,
        };
        let slot = |p: Place| match p {
            Place::Loc(Loc::Slot(k)) => Some(spill_disp(k)),
            _ => None,
        };
        match (reg(d), slot(d), reg(s), slot(s)) {
            (Some(d), _, Some(s), _) => self.mov_rr(d, s),
            (Some(d), _, _, Some(m)) if d >= XMM0 => {
                let x = d - XMM0;
                asm!(self.ops; movsd Rx(x), QWORD [rbp + m]);
            }
            (Some(d), _, _, Some(m)) => asm!(self.ops; mov Rq(d), QWORD [rbp + m]),
            (_, Some(m), Some(s), _) => self.store_mem(Mem::at(RBP, m), s),
            (_, Some(m), _, Some(n)) => {
                asm!(self.ops; mov Rq(S2), QWORD [rbp + n]; mov QWORD [rbp + m], Rq(S2));
            }
            _ => self.fail(AsmError::Invalid("move without a location".into())),
        }
    }

    /// Loads a constant into a location.
    fn load_const(&mut self, d: Loc, k: Ref) {
        match d {
            Loc::Reg(r) if r >= XMM0 => self.load_xmm(r, k),
            Loc::Reg(r) => self.load_gpr(r, k),
            Loc::Slot(s) => self.store_val(Mem::at(RBP, spill_disp(s)), k),
            Loc::None => {}
        }
    }

    /// `cmp` has no imm8 form in dynasm's table before the imm32 one, so it
    /// cannot go through `alu!`.
    fn cmp(&mut self, x: Reg, s: Src) {
        match s {
            Src::Reg(y) => asm!(self.ops; cmp Rq(x), Rq(y)),
            Src::Mem(d) => asm!(self.ops; cmp Rq(x), QWORD [rbp + d]),
            Src::Imm(v) => {
                let v = v as i32;
                asm!(self.ops; cmp Rq(x), DWORD v)
            }
        }
    }

    fn jcc(&mut self, cc: Cc, l: DynamicLabel) {
        match cc {
            Cc::B => asm!(self.ops; jb =>l),
            Cc::Ae => asm!(self.ops; jae =>l),
            Cc::E => asm!(self.ops; je =>l),
            Cc::Ne => asm!(self.ops; jne =>l),
            Cc::Be => asm!(self.ops; jbe =>l),
            Cc::A => asm!(self.ops; ja =>l),
            Cc::P => asm!(self.ops; jp =>l),
            Cc::Np => asm!(self.ops; jnp =>l),
            Cc::L => asm!(self.ops; jl =>l),
            Cc::Ge => asm!(self.ops; jge =>l),
            Cc::Le => asm!(self.ops; jle =>l),
            Cc::G => asm!(self.ops; jg =>l),
        }
    }

    fn setcc(&mut self, cc: Cc, r: Reg) {
        match cc {
            Cc::B => asm!(self.ops; setb Rb(r)),
            Cc::Ae => asm!(self.ops; setae Rb(r)),
            Cc::E => asm!(self.ops; sete Rb(r)),
            Cc::Ne => asm!(self.ops; setne Rb(r)),
            Cc::Be => asm!(self.ops; setbe Rb(r)),
            Cc::A => asm!(self.ops; seta Rb(r)),
            Cc::P => asm!(self.ops; setp Rb(r)),
            Cc::Np => asm!(self.ops; setnp Rb(r)),
            Cc::L => asm!(self.ops; setl Rb(r)),
            Cc::Ge => asm!(self.ops; setge Rb(r)),
            Cc::Le => asm!(self.ops; setle Rb(r)),
            Cc::G => asm!(self.ops; setg Rb(r)),
        }
    }

    /// Writes a snapshot's entries back to `regs`.
    fn write_back(&mut self, snap: u32) {
        let t = self.t;
        for e in t.snap_entries(&t.snaps[snap as usize]) {
            let off = slot_offset(e.slot).unwrap_or(0);
            self.store_val(Mem::at(REGS, off), e.val);
        }
    }

    /// The C-ABI entry: saves what the internal entry does not, takes
    /// `regs` and `ctx` into their registers and calls the internal entry
    /// (`ret` stays in `rdx`).
    fn c_entry(&mut self, internal: DynamicLabel) {
        asm!(self.ops
            ; push rbp
            ; mov rbp, rsp
            ; push r14
            ; push r15
            ; mov r14, rdi
            ; mov r15, rsi
            ; mov Rq(S1), QWORD [r15 + CTX_DEPTH]
            ; call =>internal
            ; pop r15
            ; pop r14
            ; pop rbp
            ; ret
        );
    }

    /// The internal entry's prologue; the VM's depth arrives in `r11`.
    /// The stores below `rsp` lie in the red zone, until `set_frame`.
    fn prologue(&mut self) {
        asm!(self.ops
            ; push rbp
            ; mov rbp, rsp
            ; push rdx
        );
        self.save(self.saved);
        asm!(self.ops; mov [BYTE rbp + DEPTH_DISP], Rq(S1));
    }

    /// Saves the registers of mask `m` in their slots.
    fn save(&mut self, m: u8) {
        for (bit, r, d) in SAVES {
            if m & bit != 0 {
                asm!(self.ops; mov [BYTE rbp + d], Rq(r));
            }
        }
    }

    /// Restores the saved registers and returns to the internal entry's
    /// caller.
    fn epilogue(&mut self) {
        for (bit, r, d) in SAVES {
            if self.saved & bit != 0 {
                asm!(self.ops; mov Rq(r), [BYTE rbp + d]);
            }
        }
        asm!(self.ops
            ; leave
            ; ret
        );
    }

    /// Hands the frame over to a trace whose frame holds `to` saved.
    fn hand_over(&mut self, to: u8) {
        for (bit, r, d) in SAVES {
            match (self.saved & bit != 0, to & bit != 0) {
                (true, false) => asm!(self.ops; mov Rq(r), [BYTE rbp + d]),
                (false, true) => asm!(self.ops; mov [BYTE rbp + d], Rq(r)),
                _ => {}
            }
        }
    }

    /// Sets `rsp` below this trace's spill slots.
    fn set_frame(&mut self) {
        let frame = self.frame;
        asm!(self.ops; lea rsp, [rbp - frame]);
    }

    fn ins(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let (a, b) = (ins.a, ins.b);
        match ins.op {
            Opc::NOP | Opc::PHI | Opc::LOOP => {}
            Opc::SLOAD => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                self.load_mem(
                    i,
                    Mem::at(REGS, off),
                    if ins.ty == Ty::Num {
                        MemTy::F64
                    } else {
                        MemTy::I64
                    },
                );
            }
            Opc::SSTORE => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                self.store_val(Mem::at(REGS, off), a);
            }
            Opc::GLOAD => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                asm!(self.ops; mov Rq(S2), QWORD [r15 + 8]);
                self.load_mem(
                    i,
                    Mem::at(S2, off),
                    if ins.ty == Ty::Num {
                        MemTy::F64
                    } else {
                        MemTy::I64
                    },
                );
            }
            Opc::GSTORE => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                asm!(self.ops; mov Rq(S2), QWORD [r15 + 8]);
                self.store_val(Mem::at(S2, off), a);
            }
            Opc::SREF => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                let t = self.dst(i, &[]);
                asm!(self.ops; lea Rq(t), [r14 + off]);
                self.store(i, t);
            }
            Opc::VMREF => {
                let t = self.dst(i, &[]);
                asm!(self.ops; mov Rq(t), QWORD [r15]);
                self.store(i, t);
            }
            Opc::CTXREF => {
                let t = self.dst(i, &[]);
                asm!(self.ops; mov Rq(t), r15);
                self.store(i, t);
            }
            Opc::RETREF => {
                let t = self.dst(i, &[]);
                asm!(self.ops; mov Rq(t), QWORD [BYTE rbp + RET_DISP]);
                self.store(i, t);
            }
            Opc::FLOAD => {
                let off = match ins.field() {
                    Some(Field::ArrayData) => vm::value::DATA_OFFSET,
                    Some(f) => {
                        let k = f as usize;
                        if k >= Field::ArrayStride0 as usize {
                            vm::value::STRIDES_OFFSET + 8 * (k - Field::ArrayStride0 as usize)
                        } else {
                            vm::value::SHAPE_OFFSET + 8 * (k - Field::ArrayShape0 as usize)
                        }
                    }
                    None => 0,
                };
                let base = self.gpr(a, S1);
                self.load_mem(i, Mem::at(base, off as i32), MemTy::I64);
            }
            Opc::XLOAD => {
                let m = self.addr(i, S1, S2);
                self.load_mem(i, m, ins.mem().unwrap_or(MemTy::I64));
            }
            Opc::XSTORE => self.xstore(i),
            op if op.is(crate::ir::flag::CMP) => self.compare(i),
            Opc::ADD => match carry_add(self.t, &self.carried, &ins) {
                Some((y, x, ne)) => {
                    let t = self.dst(i, &[x]);
                    self.load_gpr(t, y);
                    let x = self.gpr(x, S2);
                    asm!(self.ops; cmp Rq(x), 1);
                    match ne {
                        true => asm!(self.ops; sbb Rq(t), -1),
                        false => asm!(self.ops; adc Rq(t), 0),
                    }
                    self.store(i, t);
                }
                None => self.alu(i, true, |s, t, x| alu!(s, add, t, x)),
            },
            Opc::SUB => self.alu(i, false, |s, t, x| alu!(s, sub, t, x)),
            Opc::BAND => self.alu(i, true, |s, t, x| alu!(s, and, t, x)),
            Opc::BOR => self.alu(i, true, |s, t, x| alu!(s, or, t, x)),
            Opc::BXOR => self.alu(i, true, |s, t, x| alu!(s, xor, t, x)),
            Opc::MUL => self.mul(i),
            Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD => self.div(i),
            Opc::NEG | Opc::BNOT => {
                let t = self.dst(i, &[]);
                self.load_gpr(t, a);
                if ins.op == Opc::NEG {
                    asm!(self.ops; neg Rq(t));
                } else {
                    asm!(self.ops; not Rq(t));
                }
                self.store(i, t);
            }
            Opc::SHL | Opc::SAR | Opc::SHR => self.shift(i),
            Opc::MIN | Opc::MAX | Opc::UMIN | Opc::UMAX => self.minmax(i),
            Opc::SEL => self.select(i),
            Opc::ABS => {
                self.load_gpr(S2, a);
                asm!(self.ops; mov Rq(S1), Rq(S2); neg Rq(S1); cmovs Rq(S1), Rq(S2));
                self.store(i, S1);
            }
            Opc::SEXT8 | Opc::SEXT16 | Opc::SEXT32 | Opc::ZEXT8 | Opc::ZEXT16 | Opc::ZEXT32 => {
                let x = self.gpr(a, S1);
                let t = self.dst(i, &[]);
                match ins.op {
                    Opc::SEXT8 => asm!(self.ops; movsx Rq(t), Rb(x)),
                    Opc::SEXT16 => asm!(self.ops; movsx Rq(t), Rw(x)),
                    Opc::SEXT32 => asm!(self.ops; movsxd Rq(t), Rd(x)),
                    Opc::ZEXT8 => asm!(self.ops; movzx Rd(t), Rb(x)),
                    Opc::ZEXT16 => asm!(self.ops; movzx Rd(t), Rw(x)),
                    _ => asm!(self.ops; mov Rd(t), Rd(x)),
                }
                self.store(i, t);
            }
            Opc::FADD => self.fbin(i, a, b, true, |s, t, x| sse!(s, addsd, t, x)),
            Opc::FSUB => self.fbin(i, a, b, false, |s, t, x| sse!(s, subsd, t, x)),
            Opc::FMUL => self.fbin(i, a, b, true, |s, t, x| sse!(s, mulsd, t, x)),
            Opc::FDIV => self.fbin(i, a, b, false, |s, t, x| sse!(s, divsd, t, x)),
            // minsd t, y gives `t < y ? t : y`; with t = b and y = a that is
            // exactly Python's `b if b < a else a`, NaN and ±0 included.
            Opc::FMIN => self.fbin(i, b, a, false, |s, t, x| sse!(s, minsd, t, x)),
            Opc::FMAX => self.fbin(i, b, a, false, |s, t, x| sse!(s, maxsd, t, x)),
            Opc::FNEG | Opc::FABS => {
                let t = self.dst(i, &[]);
                self.load_xmm(t, a);
                let tx = t - XMM0;
                if ins.op == Opc::FNEG {
                    let l = self.konst(1 << 63);
                    asm!(self.ops; xorpd Rx(tx), OWORD [=>l]);
                } else {
                    let l = self.konst(!(1 << 63));
                    asm!(self.ops; andpd Rx(tx), OWORD [=>l]);
                }
                self.store(i, t);
            }
            Opc::FSQRT => {
                let s = self.fsrc(a);
                let t = self.dst(i, &[]);
                sse!(self, sqrtsd, t, s);
                self.store(i, t);
            }
            Opc::FFLOOR | Opc::FCEIL | Opc::FTRUNC => self.round(i),
            Opc::F32R => {
                let s = self.fsrc(a);
                let t = self.dst(i, &[]);
                sse!(self, cvtsd2ss, t, s);
                let tx = t - XMM0;
                asm!(self.ops; cvtss2sd Rx(tx), Rx(tx));
                self.store(i, t);
            }
            Opc::I2F => {
                let s = self.rsrc(a, S1);
                let t = self.dst(i, &[]);
                let tx = t - XMM0;
                asm!(self.ops; xorps Rx(tx), Rx(tx));
                match s {
                    Src::Reg(x) => asm!(self.ops; cvtsi2sd Rx(tx), Rq(x)),
                    Src::Mem(d) => asm!(self.ops; cvtsi2sd Rx(tx), QWORD [rbp + d]),
                    Src::Imm(_) => {}
                }
                self.store(i, t);
            }
            Opc::U2F => {
                // Halve values with the top bit set, keeping the lost bit as
                // a sticky bit so the conversion rounds as `u64 as f64`.
                self.load_gpr(S1, a);
                let t = self.dst(i, &[]);
                let tx = t - XMM0;
                asm!(self.ops
                    ; xorps Rx(tx), Rx(tx)
                    ; test Rq(S1), Rq(S1)
                    ; js >big
                    ; cvtsi2sd Rx(tx), Rq(S1)
                    ; jmp >done
                    ; big:
                    ; mov Rq(S2), Rq(S1)
                    ; shr Rq(S2), 1
                    ; and Rd(S1), 1
                    ; or Rq(S2), Rq(S1)
                    ; cvtsi2sd Rx(tx), Rq(S2)
                    ; addsd Rx(tx), Rx(tx)
                    ; done:
                );
                self.store(i, t);
            }
            Opc::F2I => {
                let s = self.fsrc(a);
                let t = self.dst(i, &[]);
                match s {
                    FSrc::Reg(x) => {
                        let x = x - XMM0;
                        asm!(self.ops; cvttsd2si Rq(t), Rx(x));
                    }
                    FSrc::Mem(d) => asm!(self.ops; cvttsd2si Rq(t), QWORD [rbp + d]),
                    FSrc::Pool(l) => asm!(self.ops; cvttsd2si Rq(t), QWORD [=>l]),
                }
                self.store(i, t);
            }
            Opc::F2IS => {
                // cvttsd2si gives i64::MIN for NaN and out-of-range values:
                // then NaN becomes 0 and positive ones i64::MAX.
                let x = self.xmm(a, FS) - XMM0;
                let zero = self.konst(0);
                asm!(self.ops
                    ; cvttsd2si Rq(S1), Rx(x)
                    ; cmp Rq(S1), 1
                    ; jno >done
                    ; ucomisd Rx(x), QWORD [=>zero]
                    ; jp >nan
                    ; jbe >done
                    ; not Rq(S1)
                    ; jmp >done
                    ; nan:
                    ; xor Rd(S1), Rd(S1)
                    ; done:
                );
                self.store(i, S1);
            }
            Opc::BITF => {
                let t = self.dst(i, &[]);
                self.load_xmm(t, a);
                self.store(i, t);
            }
            Opc::BITI => {
                let t = self.dst(i, &[]);
                self.load_gpr(t, a);
                self.store(i, t);
            }
            Opc::INCREF => {
                let rc = vm::value::RC_OFFSET as i32;
                match self.src(a) {
                    Src::Imm(0) => {}
                    Src::Imm(v) => {
                        self.mov_imm(S1, v);
                        asm!(self.ops; inc QWORD [Rq(S1) + rc]);
                    }
                    _ => {
                        let x = self.gpr(a, S1);
                        asm!(self.ops
                            ; test Rq(x), Rq(x)
                            ; jz >skip
                            ; inc QWORD [Rq(x) + rc]
                            ; skip:
                        );
                    }
                }
            }
            Opc::DECREF => {
                // The last reference goes through the VM, which frees the
                // object; the others only count down.
                if let Src::Imm(0) = self.src(a) {
                    return;
                }
                let rc = vm::value::RC_OFFSET as i32;
                self.load_gpr(RDI, a);
                let f = decref_slow as *const () as usize as i64;
                asm!(self.ops
                    ; test rdi, rdi
                    ; jz >skip
                    ; cmp QWORD [rdi + rc], 1
                    ; je >free
                    ; dec QWORD [rdi + rc]
                    ; jmp >skip
                    ; free:
                    ; mov Rq(S1), QWORD f
                    ; call Rq(S1)
                    ; skip:
                );
            }
            Opc::CALL => self.call(i),
            Opc::CALLT => self.callt(i),
            _ => self.fail(AsmError::Unsupported(ins.op.name().to_string())),
        }
    }

    /// Loads memory of type `m` into instruction `i`'s location.
    fn load_mem(&mut self, i: usize, m: Mem, ty: MemTy) {
        let t = self.dst(i, &[]);
        let tx = t.wrapping_sub(XMM0);
        match ty {
            MemTy::B => {
                mem!(self.ops, m, [cmp BYTE], [, 0]);
                asm!(self.ops; setne Rb(t); movzx Rd(t), Rb(t));
            }
            MemTy::I8 => mem!(self.ops, m, [movsx Rq(t), BYTE], []),
            MemTy::U8 => mem!(self.ops, m, [movzx Rd(t), BYTE], []),
            MemTy::I16 => mem!(self.ops, m, [movsx Rq(t), WORD], []),
            MemTy::U16 => mem!(self.ops, m, [movzx Rd(t), WORD], []),
            MemTy::I32 => mem!(self.ops, m, [movsxd Rq(t), DWORD], []),
            MemTy::U32 => mem!(self.ops, m, [mov Rd(t), DWORD], []),
            MemTy::I64 => mem!(self.ops, m, [mov Rq(t), QWORD], []),
            MemTy::F32 => mem!(self.ops, m, [cvtss2sd Rx(tx), DWORD], []),
            MemTy::F64 => mem!(self.ops, m, [movsd Rx(tx), QWORD], []),
        }
        self.store(i, t);
    }

    /// The memory operand of XLOAD/XSTORE `i`, with the base and index in
    /// registers (`sb` and `si` as scratch).
    fn addr(&mut self, i: usize, sb: Reg, si: Reg) -> Mem {
        let ins = self.t.ins[i];
        let a = self.addrs[i].unwrap_or(Addr {
            index: ins.b,
            scale: 1,
            disp: 0,
            regs_base: false,
        });
        let base = match a.regs_base {
            true => REGS,
            false => self.gpr(ins.a, sb),
        };
        let index = (!a.index.is_none()).then(|| self.gpr(a.index, si));
        Mem {
            base,
            index,
            scale: a.scale,
            disp: a.disp,
        }
    }

    fn xstore(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let ty = ins.mem().unwrap_or(MemTy::I64);
        let c = ins.c;
        if matches!(ty, MemTy::F32 | MemTy::F64) {
            let m = self.addr(i, S1, S2);
            if ty == MemTy::F64 {
                let x = self.xmm(c, FS) - XMM0;
                mem!(self.ops, m, [movsd QWORD], [, Rx(x)]);
            } else {
                let s = self.fsrc(c);
                sse!(self, cvtsd2ss, FS, s);
                let x = FS - XMM0;
                mem!(self.ops, m, [movss DWORD], [, Rx(x)]);
            }
            return;
        }
        let src = self.src(c);
        let mut m = self.addr(i, S1, S2);
        // The value needs a scratch register when it is not in one already
        // (bools always do, for `setne`); S2 is freed by folding the index
        // into the base with lea.
        let needs_reg = match src {
            Src::Reg(_) => ty == MemTy::B,
            Src::Mem(_) => true,
            Src::Imm(v) => ty == MemTy::I64 && i32::try_from(v).is_err(),
        };
        if needs_reg && m.index == Some(S2) {
            mem!(self.ops, m, [lea Rq(S1),], []);
            m = Mem::at(S1, 0);
        }
        let v = match src {
            Src::Imm(v) if !needs_reg => {
                match ty {
                    MemTy::B => {
                        let v = (v != 0) as i8;
                        mem!(self.ops, m, [mov BYTE], [, v]);
                    }
                    MemTy::I8 | MemTy::U8 => {
                        let v = v as i8;
                        mem!(self.ops, m, [mov BYTE], [, v]);
                    }
                    MemTy::I16 | MemTy::U16 => {
                        let v = v as i16;
                        mem!(self.ops, m, [mov WORD], [, v]);
                    }
                    MemTy::I32 | MemTy::U32 => {
                        let v = v as i32;
                        mem!(self.ops, m, [mov DWORD], [, v]);
                    }
                    _ => {
                        let v = v as i32;
                        mem!(self.ops, m, [mov QWORD], [, v]);
                    }
                }
                return;
            }
            Src::Reg(x) if !needs_reg => x,
            _ => {
                self.load_gpr(S2, c);
                S2
            }
        };
        match ty {
            MemTy::B => {
                asm!(self.ops; test Rq(v), Rq(v); setne Rb(v));
                mem!(self.ops, m, [mov BYTE], [, Rb(v)]);
            }
            MemTy::I8 | MemTy::U8 => mem!(self.ops, m, [mov BYTE], [, Rb(v)]),
            MemTy::I16 | MemTy::U16 => mem!(self.ops, m, [mov WORD], [, Rw(v)]),
            MemTy::I32 | MemTy::U32 => mem!(self.ops, m, [mov DWORD], [, Rd(v)]),
            _ => mem!(self.ops, m, [mov QWORD], [, Rq(v)]),
        }
    }

    fn compare(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let (mut a, mut b, mut op) = (ins.a, ins.b, ins.op);
        let cond = if let Some((swap, c)) = fcond(op) {
            let (x, y) = if swap { (b, a) } else { (a, b) };
            let x = self.xmm(x, FS) - XMM0;
            match self.fsrc(y) {
                FSrc::Reg(y) => {
                    let y = y - XMM0;
                    asm!(self.ops; ucomisd Rx(x), Rx(y));
                }
                FSrc::Mem(d) => asm!(self.ops; ucomisd Rx(x), QWORD [rbp + d]),
                FSrc::Pool(l) => asm!(self.ops; ucomisd Rx(x), QWORD [=>l]),
            }
            c
        } else {
            if a.is_const() && !b.is_const() {
                std::mem::swap(&mut a, &mut b);
                op = op.swap().unwrap_or(op);
            }
            let x = self.gpr(a, S1);
            let s = self.isrc(b, S2);
            self.cmp(x, s);
            match Cc::int(op) {
                Some(cc) => FCond::Cc(cc),
                None => {
                    self.fail(AsmError::Unsupported(format!("comparison {}", op.name())));
                    return;
                }
            }
        };
        if ins.is_guard() {
            let exit = self.exit(ins.snap);
            if let (Some((g, body)), FCond::Cc(cc)) = (self.rotate, cond) {
                if g == i {
                    self.jcc(cc, body);
                    asm!(self.ops; jmp =>exit);
                    return;
                }
            }
            match cond {
                FCond::Cc(cc) => {
                    self.jcc(cc.not(), exit);
                    let at = self.ops.offset().0 - 4;
                    self.jumps[ins.snap as usize].push(at);
                }
                FCond::Eq => asm!(self.ops; jne =>exit; jp =>exit),
                FCond::Ne => asm!(self.ops; jp >ok; je =>exit; ok:),
            }
            return;
        }
        let t = self.dst(i, &[]);
        match cond {
            FCond::Cc(cc) => self.setcc(cc, t),
            FCond::Eq => asm!(self.ops; sete Rb(t); setnp Rb(S2); and Rb(t), Rb(S2)),
            FCond::Ne => asm!(self.ops; setne Rb(t); setp Rb(S2); or Rb(t), Rb(S2)),
        }
        asm!(self.ops; movzx Rd(t), Rb(t));
        self.store(i, t);
    }

    /// `t = a op b` for a two-operand integer instruction.
    fn alu(&mut self, i: usize, comm: bool, emit: impl FnOnce(&mut Self, Reg, Src)) {
        let ins = self.t.ins[i];
        let (mut a, mut b) = (ins.a, ins.b);
        if comm && (a.is_const() || self.ra.loc(b) == self.ra.loc[i] && b.is_ins()) {
            std::mem::swap(&mut a, &mut b);
        }
        let t = self.dst(i, &[b]);
        self.load_gpr(t, a);
        let s = self.isrc(b, S2);
        emit(self, t, s);
        self.store(i, t);
    }

    fn mul(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let (mut a, mut b) = (ins.a, ins.b);
        if a.is_const() {
            std::mem::swap(&mut a, &mut b);
        }
        if let Some(v) = self.t.int_const(b).and_then(|v| i32::try_from(v).ok()) {
            let x = self.gpr(a, S1);
            let t = self.dst(i, &[]);
            asm!(self.ops; imul Rq(t), Rq(x), v);
            self.store(i, t);
            return;
        }
        if self.ra.loc(b) == self.ra.loc[i] && b.is_ins() {
            std::mem::swap(&mut a, &mut b);
        }
        let t = self.dst(i, &[b]);
        self.load_gpr(t, a);
        match self.rsrc(b, S2) {
            Src::Reg(x) => asm!(self.ops; imul Rq(t), Rq(x)),
            Src::Mem(d) => asm!(self.ops; imul Rq(t), QWORD [rbp + d]),
            Src::Imm(_) => {}
        }
        self.store(i, t);
    }

    /// Python's floor division and modulo (vm's `floordiv`/`floormod`), and
    /// the unsigned ones. `idiv` traps on MIN / -1, so -1 takes its own path.
    fn div(&mut self, i: usize) {
        let ins = self.t.ins[i];
        self.load_gpr(S1, ins.b);
        self.load_gpr(RAX, ins.a);
        match ins.op {
            Opc::UDIV | Opc::UMOD => asm!(self.ops; xor edx, edx; div Rq(S1)),
            _ => {
                asm!(self.ops
                    ; cmp Rq(S1), -1
                    ; jne >normal
                    ; neg rax
                    ; xor edx, edx
                    ; jmp >done
                    ; normal:
                    ; cqo
                    ; idiv Rq(S1)
                    ; test rdx, rdx
                    ; jz >done
                    ; mov Rq(S2), rdx
                    ; xor Rq(S2), Rq(S1)
                    ; jns >done
                );
                if ins.op == Opc::DIV {
                    asm!(self.ops; dec rax);
                } else {
                    asm!(self.ops; add rdx, Rq(S1));
                }
                asm!(self.ops; done:);
            }
        }
        self.store(
            i,
            if matches!(ins.op, Opc::DIV | Opc::UDIV) {
                RAX
            } else {
                RDX
            },
        );
    }

    fn shift(&mut self, i: usize) {
        let ins = self.t.ins[i];
        if let Some(k) = self.t.int_const(ins.b) {
            let k = (k & 63) as i8;
            let t = self.dst(i, &[]);
            self.load_gpr(t, ins.a);
            match ins.op {
                Opc::SHL => asm!(self.ops; shl Rq(t), k),
                Opc::SAR => asm!(self.ops; sar Rq(t), k),
                _ => asm!(self.ops; shr Rq(t), k),
            }
            self.store(i, t);
            return;
        }
        self.load_gpr(S1, ins.a);
        self.load_gpr(RCX, ins.b);
        match ins.op {
            Opc::SHL => asm!(self.ops; shl Rq(S1), cl),
            Opc::SAR => asm!(self.ops; sar Rq(S1), cl),
            _ => asm!(self.ops; shr Rq(S1), cl),
        }
        self.store(i, S1);
    }

    fn minmax(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let (mut a, mut b) = (ins.a, ins.b);
        if a.is_const() || self.ra.loc(b) == self.ra.loc[i] && b.is_ins() {
            std::mem::swap(&mut a, &mut b);
        }
        let t = self.dst(i, &[b]);
        self.load_gpr(t, a);
        let s = self.rsrc(b, S2);
        self.cmp(t, s);
        // Take b when t is past it.
        match (ins.op, s) {
            (Opc::MIN, Src::Reg(x)) => asm!(self.ops; cmovg Rq(t), Rq(x)),
            (Opc::MAX, Src::Reg(x)) => asm!(self.ops; cmovl Rq(t), Rq(x)),
            (Opc::UMIN, Src::Reg(x)) => asm!(self.ops; cmova Rq(t), Rq(x)),
            (_, Src::Reg(x)) => asm!(self.ops; cmovb Rq(t), Rq(x)),
            (Opc::MIN, Src::Mem(d)) => asm!(self.ops; cmovg Rq(t), QWORD [rbp + d]),
            (Opc::MAX, Src::Mem(d)) => asm!(self.ops; cmovl Rq(t), QWORD [rbp + d]),
            (Opc::UMIN, Src::Mem(d)) => asm!(self.ops; cmova Rq(t), QWORD [rbp + d]),
            (_, Src::Mem(d)) => asm!(self.ops; cmovb Rq(t), QWORD [rbp + d]),
            (_, Src::Imm(_)) => {}
        }
        self.store(i, t);
    }

    /// `t = a != 0 ? b : c`: c into t, then a conditional move of b.
    fn select(&mut self, i: usize) {
        let ins = self.t.ins[i];
        if let Some(k) = self.t.int_const(ins.a) {
            let t = self.dst(i, &[]);
            self.load_gpr(t, if k != 0 { ins.b } else { ins.c });
            self.store(i, t);
            return;
        }
        let t = self.dst(i, &[ins.a, ins.b]);
        self.load_gpr(t, ins.c);
        let s = self.rsrc(ins.b, S2);
        // The test comes last: loading a constant may clear flags.
        match self.src(ins.a) {
            Src::Reg(x) => asm!(self.ops; test Rq(x), Rq(x)),
            Src::Mem(d) => asm!(self.ops; cmp QWORD [rbp + d], 0),
            Src::Imm(_) => {}
        }
        match s {
            Src::Reg(x) => asm!(self.ops; cmovne Rq(t), Rq(x)),
            Src::Mem(d) => asm!(self.ops; cmovne Rq(t), QWORD [rbp + d]),
            Src::Imm(_) => {}
        }
        self.store(i, t);
    }

    /// `t = x op y` for a two-operand SSE instruction.
    fn fbin(
        &mut self,
        i: usize,
        x: Ref,
        y: Ref,
        comm: bool,
        emit: impl FnOnce(&mut Self, Reg, FSrc),
    ) {
        let (mut x, mut y) = (x, y);
        if comm && (x.is_const() || self.ra.loc(y) == self.ra.loc[i] && y.is_ins()) {
            std::mem::swap(&mut x, &mut y);
        }
        let t = self.dst(i, &[y]);
        self.load_xmm(t, x);
        let s = self.fsrc(y);
        emit(self, t, s);
        self.store(i, t);
    }

    fn round(&mut self, i: usize) {
        let ins = self.t.ins[i];
        if !self.feat.sse41 {
            let f = match ins.op {
                Opc::FFLOOR => floor_shim as *const () as usize,
                Opc::FCEIL => ceil_shim as *const () as usize,
                _ => trunc_shim as *const () as usize,
            } as i64;
            self.load_xmm(XMM0, ins.a);
            asm!(self.ops; mov Rq(S1), QWORD f; call Rq(S1));
            self.store(i, XMM0);
            return;
        }
        let s = self.fsrc(ins.a);
        let t = self.dst(i, &[]);
        let tx = t - XMM0;
        // Rounding mode in the immediate, precision exceptions suppressed.
        let mode: i8 = match ins.op {
            Opc::FFLOOR => 9,
            Opc::FCEIL => 10,
            _ => 11,
        };
        match s {
            FSrc::Reg(x) => {
                let x = x - XMM0;
                asm!(self.ops; roundsd Rx(tx), Rx(x), mode);
            }
            FSrc::Mem(d) => asm!(self.ops; roundsd Rx(tx), QWORD [rbp + d], mode),
            FSrc::Pool(l) => asm!(self.ops; roundsd Rx(tx), QWORD [=>l], mode),
        }
        self.store(i, t);
    }

    /// A call per the System V ABI.
    fn call(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let t = self.t;
        let Some(ci) = t.calls.get(ins.aux as usize) else {
            return self.fail(AsmError::Invalid("unknown call".into()));
        };
        self.set_vm_depth();
        let (mut ngpr, mut nfpr) = (0, 0);
        let mut stack = Vec::new();
        let mut moves = Vec::new();
        let mut consts = Vec::new();
        let mut narrow = Vec::new();
        for &(r, c) in &ci.args {
            let reg = match c {
                CArg::Int(_) if ngpr < ARG_GPRS.len() => {
                    ngpr += 1;
                    Some(ARG_GPRS[ngpr - 1])
                }
                CArg::F32 | CArg::F64 if nfpr < ARG_FPRS => {
                    nfpr += 1;
                    Some(XMM0 + nfpr - 1)
                }
                _ => None,
            };
            match reg {
                Some(d) => {
                    if c == CArg::F32 {
                        narrow.push(d - XMM0);
                    }
                    if r.is_const() {
                        consts.push((Loc::Reg(d), r));
                    } else {
                        moves.push((Loc::Reg(d), self.ra.loc(r)));
                    }
                }
                None => stack.push((r, c)),
            }
        }
        let frame = (stack.len() * 8).next_multiple_of(16) as i32;
        if frame > 0 {
            asm!(self.ops; sub rsp, frame);
        }
        for (k, &(r, c)) in stack.iter().enumerate() {
            let off = 8 * k as i32;
            match c {
                CArg::F32 => {
                    let s = self.fsrc(r);
                    sse!(self, cvtsd2ss, FS, s);
                    let x = FS - XMM0;
                    asm!(self.ops; movss DWORD [rsp + off], Rx(x));
                }
                _ => self.store_val(Mem::at(RSP, off), r),
            }
        }
        for (d, s) in regalloc::order_moves(&moves) {
            self.mov_place(d, s);
        }
        for (d, k) in consts {
            self.load_const(d, k);
        }
        for x in narrow {
            asm!(self.ops; cvtsd2ss Rx(x), Rx(x));
        }
        if ci.fixed.is_some() {
            self.mov_imm(RAX, nfpr as i64);
        }
        let f = ci.addr as i64;
        asm!(self.ops; mov Rq(S1), QWORD f; call Rq(S1));
        if frame > 0 {
            asm!(self.ops; add rsp, frame);
        }
        let r = match ci.ret {
            Some(CArg::Int(m)) => {
                match m {
                    MemTy::B => asm!(self.ops; test al, al; setne al; movzx eax, al),
                    MemTy::U8 => asm!(self.ops; movzx eax, al),
                    MemTy::I8 => asm!(self.ops; movsx rax, al),
                    MemTy::I16 => asm!(self.ops; movsx rax, ax),
                    MemTy::U16 => asm!(self.ops; movzx eax, ax),
                    MemTy::I32 => asm!(self.ops; movsxd rax, eax),
                    MemTy::U32 => asm!(self.ops; mov eax, eax),
                    _ => {}
                }
                RAX
            }
            Some(CArg::F32) => {
                asm!(self.ops; cvtss2sd xmm0, xmm0);
                XMM0
            }
            _ => XMM0,
        };
        if ins.is_guard() {
            let exit = self.exit(ins.snap);
            asm!(self.ops; test rax, rax; jnz =>exit);
        }
        if ci.ret.is_some() {
            self.store(i, r);
        }
    }

    /// Moves values into argument registers, at once; stack-slot addresses
    /// (SREFs) are computed from `regs` instead.
    fn args(&mut self, args: &[(Reg, Ref)]) {
        let mut moves = Vec::new();
        let mut consts = Vec::new();
        let mut srefs = Vec::new();
        for &(d, r) in args {
            if let Some(off) = sref_disp(self.t, r) {
                srefs.push((d, off));
            } else if r.is_const() {
                consts.push((Loc::Reg(d), r));
            } else {
                moves.push((Loc::Reg(d), self.ra.loc(r)));
            }
        }
        for (d, s) in regalloc::order_moves(&moves) {
            self.mov_place(d, s);
        }
        for (d, k) in consts {
            self.load_const(d, k);
        }
        for (d, off) in srefs {
            asm!(self.ops; lea Rq(d), [Rq(REGS) + off]);
        }
    }

    /// A call of a function trace (see the contract in `backend/mod.rs`).
    /// Every caller-saved register is free here: the allocator keeps what
    /// lives across, `a` and `b` included (unless they are SREFs),
    /// elsewhere. The call enters the callee's internal entry (its own, or
    /// another root trace's at `C_ENTRY_BYTES` past its entry) with the
    /// callee's frame in `r14` (restored after), `ret` in `rdx` and the
    /// callee's depth in `r11`.
    fn callt(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let t = self.t;
        let Some(ci) = t.calls.get(ins.aux as usize) else {
            return self.fail(AsmError::Invalid("unknown call".into()));
        };
        let Some(pid) = ci.args.first().and_then(|&(r, _)| t.int_const(r)) else {
            return self.fail(AsmError::Invalid("CALLT without a proto".into()));
        };
        let not_entered = self.ops.new_dynamic_label();
        let frame = sref_disp(t, ins.a);
        // The callee's depth, and room for its frame on the VM stack.
        asm!(self.ops
            ; mov Rq(S1), QWORD [BYTE rbp + DEPTH_DISP]
            ; cmp Rq(S1), QWORD [r15 + CTX_LIMIT]
            ; jae =>not_entered
        );
        match frame {
            // The callee's frame starts within this one: `call_room`
            // leaves room for both (one compare instead of three).
            Some(off) if (0..=FRAME_REACH).contains(&off) => {
                asm!(self.ops; cmp r14, QWORD [r15 + CTX_CALL_ROOM]);
            }
            Some(off) => asm!(self.ops
                ; lea Rq(S2), [r14 + off + FRAME_REACH]
                ; cmp Rq(S2), QWORD [r15 + CTX_STACK_END]
            ),
            None => {
                self.load_gpr(S2, ins.a);
                asm!(self.ops
                    ; add Rq(S2), FRAME_REACH
                    ; cmp Rq(S2), QWORD [r15 + CTX_STACK_END]
                );
            }
        }
        asm!(self.ops
            ; ja =>not_entered
            ; inc Rq(S1)
        );
        let target = match (ci.addr, self.entry) {
            (0, Some(l)) => Ok(l),
            (0, None) => {
                return self.fail(AsmError::Unsupported(
                    "a side trace calling its own entry".into(),
                ))
            }
            (f, _) => Err((f + C_ENTRY_BYTES) as i64),
        };
        // The callee's depth stays in r11 for its prologue (the move of
        // `b` needs no scratch register).
        self.args(&[(RDX, ins.b)]);
        match frame {
            Some(off) => asm!(self.ops; add r14, off),
            None => {
                // Twice, to keep the stack aligned.
                self.load_gpr(S2, ins.a);
                asm!(self.ops
                    ; push r14
                    ; push r14
                    ; mov r14, Rq(S2)
                );
            }
        }
        match target {
            Ok(l) => asm!(self.ops; call =>l),
            Err(f) => asm!(self.ops; mov Rq(S2), QWORD f; call Rq(S2)),
        }
        match frame {
            Some(off) => asm!(self.ops; sub r14, off),
            None => asm!(self.ops; pop r14; pop r14),
        }
        let (slow, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.cmp_imm(RAX, RETURNED as i64);
        asm!(self.ops; jne =>slow);
        if let Some(l) = self.result_load[i] {
            self.store(l, RDX);
        }
        asm!(self.ops; =>done);
        self.slow.push(Slow {
            i,
            pid,
            not_entered,
            slow,
            done,
        });
    }

    /// A CALLT's slow path, out of line: `finish_call` completes the call
    /// the callee's trace left (its code in `rax`) or did not enter.
    fn slow_path(&mut self, p: Slow) {
        let ins = self.t.ins[p.i];
        let exit = self.exit(ins.snap);
        let args = self.ops.new_dynamic_label();
        asm!(self.ops; =>p.not_entered);
        self.mov_imm(RSI, NOT_ENTERED as i64);
        asm!(self.ops; jmp =>args; =>p.slow; mov rsi, rax; =>args);
        self.set_vm_depth();
        self.args(&[(RDX, ins.a), (RCX, ins.b)]);
        asm!(self.ops; mov rdi, QWORD [r15]);
        self.mov_imm(R8, p.pid);
        let f = vm::tier::finish_call as *const () as i64;
        asm!(self.ops
            ; mov Rq(S1), QWORD f
            ; call Rq(S1)
            ; test eax, eax
            ; jnz =>exit
        );
        if let Some(l) = self.result_load[p.i] {
            let m = self.addr(l, S1, S2);
            self.load_mem(l, m, self.t.ins[l].mem().unwrap_or(MemTy::I64));
        }
        asm!(self.ops; jmp =>p.done);
    }

    /// The VM's depth for the Rust code compiled code calls: this frame's.
    fn set_vm_depth(&mut self) {
        let depth = DEPTH_OFFSET as i32;
        asm!(self.ops
            ; mov Rq(S2), QWORD [r15]
            ; mov Rq(S1), QWORD [BYTE rbp + DEPTH_DISP]
            ; mov QWORD [Rq(S2) + depth], Rq(S1)
        );
    }

    /// `cmp r, v` for any 64-bit `v`.
    fn cmp_imm(&mut self, r: Reg, v: i64) {
        if i32::try_from(v).is_ok() {
            self.cmp(r, Src::Imm(v));
        } else {
            self.mov_imm(S1, v);
            self.cmp(r, Src::Reg(S1));
        }
    }

    /// The back-edge: every PHI's b into its a's location, at once.
    fn phis(&mut self) {
        let mut moves = Vec::new();
        let mut consts = Vec::new();
        for (i, ins) in self.t.ins.iter().enumerate() {
            if ins.op != Opc::PHI || !self.ra.needed[i] {
                continue;
            }
            let d = self.ra.loc(ins.a);
            if ins.b.is_const() {
                consts.push((d, ins.b));
            } else {
                moves.push((d, self.ra.loc(ins.b)));
            }
        }
        for (d, s) in regalloc::order_moves(&moves) {
            self.mov_place(d, s);
        }
        for (d, k) in consts {
            self.load_const(d, k);
        }
    }
}

/// Compiles a validated trace.
pub(super) fn assemble(
    t: &Trace,
    trace_no: u32,
    kind: Kind,
    parent_saved: u8,
    links: &dyn Fn(u32) -> Option<(usize, u8)>,
    mcode: &mut MCode,
    feat: Features,
) -> Result<Code, AsmError> {
    let legal = legalize(t, feat);
    let ra = regalloc::allocate(t, &TARGET, &legal.reads, &legal.clobbers)?;
    let used = saves_used(&ra);
    let saved = match kind {
        Kind::Root if t.end == End::Return => used,
        Kind::Root => ALL_SAVED,
        Kind::Side => parent_saved | used,
    };
    let base = mcode.next();
    let mut a = Asm {
        ops: VecAssembler::new(base),
        t,
        ra: &ra,
        addrs: &legal.addrs,
        feat,
        entry: None,
        frame: frame_bytes(&ra),
        slow: Vec::new(),
        result_load: result_loads(t, &legal, &ra),
        exits: vec![None; t.snaps.len()],
        jumps: vec![Vec::new(); t.snaps.len()],
        pool: HashMap::new(),
        notes: Vec::new(),
        err: None,
        rotate: None,
        carried: super::carried(t),
        saved,
    };
    let rotate = rotation(t, &ra);
    if kind == Kind::Root {
        let l = a.ops.new_dynamic_label();
        a.c_entry(l);
        a.note("->internal entry".into());
        while a.ops.offset().0 < C_ENTRY_BYTES {
            asm!(a.ops; int3);
        }
        if a.ops.offset().0 != C_ENTRY_BYTES {
            a.fail(AsmError::Invalid("the C-ABI entry outgrew its room".into()));
        }
        asm!(a.ops; =>l);
        a.entry = Some(l);
        a.prologue();
    }
    if kind == Kind::Side {
        a.save(used & !parent_saved);
    }
    let link = a.ops.offset().0;
    // A side trace without spill slots keeps its parent's `rsp`: every
    // trace's lies at least the smallest frame below `rbp`, 16-byte
    // aligned.
    if kind == Kind::Root || a.frame > MIN_FRAME {
        a.set_frame();
    }
    let mut loaded = vec![false; t.ins.len()];
    for &i in a.result_load.iter().flatten() {
        loaded[i] = true;
    }
    let start = a.ops.new_dynamic_label();
    let loop_label = a.ops.new_dynamic_label();
    asm!(a.ops; =>start);
    for (i, &done) in loaded.iter().enumerate() {
        if !ra.needed[i] {
            continue;
        }
        if t.ins[i].op == Opc::LOOP {
            a.note("->LOOP".into());
            asm!(a.ops; =>loop_label);
            if let Some(g) = rotate {
                let (head, body) = (a.ops.new_dynamic_label(), a.ops.new_dynamic_label());
                a.rotate = Some((g, body));
                asm!(a.ops; jmp =>head; =>body);
                for k in (g + 1..t.ins.len()).filter(|&k| ra.needed[k]) {
                    a.ins(k);
                }
                a.phis();
                a.note("->loop condition".into());
                asm!(a.ops; =>head);
                for k in (i + 1..=g).filter(|&k| ra.needed[k]) {
                    a.ins(k);
                }
                break;
            }
        }
        // A load a call did for itself is not emitted again.
        if !done {
            a.ins(i);
        }
    }
    let end_snap = regalloc::end_snapshot(t);
    let epilogue = a.ops.new_dynamic_label();
    match t.end {
        End::Loop if rotate.is_some() => {}
        End::Loop if t.loop_ref().is_some() => {
            a.phis();
            asm!(a.ops; jmp =>loop_label);
        }
        End::Return => {
            a.note("->return".into());
            match first_result(t, &legal, &ra) {
                Some(Ok(v)) => a.load_gpr(RDX, v),
                Some(Err(())) => {
                    asm!(a.ops; mov Rq(S1), QWORD [BYTE rbp + RET_DISP]; mov rdx, QWORD [Rq(S1)]);
                }
                None => {}
            }
            a.mov_imm(RAX, RETURNED as i64);
            a.epilogue();
        }
        End::Exit => {
            if let Some(s) = end_snap {
                let l = a.exit(s);
                asm!(a.ops; jmp =>l);
            }
        }
        End::Loop | End::Link(_) => {
            if let Some(s) = end_snap {
                a.write_back(s);
            }
            match t.end {
                End::Link(n) if n != trace_no => match links(n) {
                    Some((addr, to)) => {
                        a.hand_over(to);
                        asm!(a.ops; jmp extern addr);
                    }
                    None => a.fail(AsmError::Unsupported(format!(
                        "link to trace {n}, not compiled"
                    ))),
                },
                _ => asm!(a.ops; jmp =>start),
            }
        }
    }
    for p in std::mem::take(&mut a.slow) {
        a.note("->call slow path".into());
        a.slow_path(p);
    }
    let mut exits = vec![None; t.snaps.len()];
    let mut direct = vec![Vec::new(); t.snaps.len()];
    let stubs: Vec<(usize, DynamicLabel)> = a
        .exits
        .iter()
        .enumerate()
        .filter_map(|(s, l)| l.map(|l| (s, l)))
        .collect();
    for (s, l) in stubs {
        a.note(format!("->exit #{s}"));
        asm!(a.ops; =>l);
        a.write_back(s as u32);
        a.mov_imm(RAX, super::exit_id(trace_no, s as u32) as i64);
        asm!(a.ops; jmp =>epilogue);
        exits[s] = Some(base + a.ops.offset().0 - 4);
        if t.snap_entries(&t.snaps[s]).is_empty() {
            direct[s] = a.jumps[s].iter().map(|&j| base + j).collect();
        }
    }
    a.note("->epilogue".into());
    asm!(a.ops
        ; =>epilogue
    );
    a.epilogue();
    let code_len = a.ops.offset().0;
    if !a.pool.is_empty() {
        asm!(a.ops; .align 16, 0xcc);
        let mut pool: Vec<_> = a.pool.iter().map(|(&k, &l)| (k, l)).collect();
        pool.sort_by_key(|&(k, _)| k);
        for (bits, l) in pool {
            asm!(a.ops; =>l; .u64 bits; .u64 0);
        }
    }
    if let Some(e) = a.err {
        return Err(e);
    }
    let notes = a.notes;
    let bytes = a
        .ops
        .finalize()
        .map_err(|e| AsmError::Unsupported(format!("assembler: {e}")))?;
    let at = mcode.write(&bytes)?;
    if at != base {
        return Err(AsmError::Invalid(
            "machine code moved while assembling".into(),
        ));
    }
    Ok(Code {
        trace: trace_no,
        kind,
        entry: base,
        link: base + link,
        size: bytes.len(),
        exits,
        direct,
        bytes,
        notes,
        code_len,
        saved,
    })
}

/// Intel-syntax disassembly with addresses and bytes.
pub(super) fn disasm(code: &Code) -> String {
    use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
    let mut out = String::new();
    let text = &code.bytes[..code.code_len.min(code.bytes.len())];
    let mut dec = Decoder::with_ip(64, text, code.entry as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut ins = Instruction::default();
    let mut line = String::new();
    let mut notes = code.notes.iter().peekable();
    while dec.can_decode() {
        let off = dec.position();
        while let Some((_, n)) = notes.next_if(|(o, _)| *o <= off) {
            let _ = writeln!(out, "{n}:");
        }
        dec.decode_out(&mut ins);
        line.clear();
        fmt.format(&ins, &mut line);
        let hex: String = text[off..off + ins.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let _ = writeln!(out, "{:016x}  {hex:<22} {line}", ins.ip());
    }
    let pool = &code.bytes[code.code_len.min(code.bytes.len())..];
    for (k, q) in pool.chunks(8).enumerate() {
        let mut v = [0u8; 8];
        v[..q.len()].copy_from_slice(q);
        let addr = code.entry + code.code_len + 8 * k;
        let _ = writeln!(out, "{addr:016x}  .quad 0x{:016x}", u64::from_le_bytes(v));
    }
    out
}
