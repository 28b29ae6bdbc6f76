//! The AArch64 backend: legalize (fuse address arithmetic into memory
//! operands, name each instruction's clobbered registers), allocate with
//! the shared linear scan, emit with dynasm at the final address.
//!
//! Registers: `x19` holds `regs` and `x20` holds `ctx` for the whole
//! trace, `x29` is the frame pointer (spill slots and saved registers hang
//! off it, so `sp` may move for stack arguments), `x30` the link register,
//! `x16`/`x17` (IP0/IP1) and `d30`/`d31` are scratch, `x18` (the platform
//! register) is left alone. The allocator gets x0–x15 (caller-saved) and
//! x21–x28 (callee-saved), and d0–d29 (d8–d15 callee-saved: AAPCS64 keeps
//! their low 64 bits, all a value has).
//!
//! Frame (a root trace builds it; side traces run in it). The frame
//! record sits at the bottom, so that every slot is a positive scaled
//! offset from `x29`, which `ldr`/`str` encode in one instruction:
//!
//! ```text
//! [x29+176+8k]         spill slot k, k < SPILL_SLOTS
//! [x29+168]            padding
//! [x29+160]            `ret`, the entry's third argument (RETREF)
//! [x29+16 .. x29+160]  saved x19–x28, d8–d15
//! [x29+8]              saved x30
//! [x29]                saved x29
//! sp = x29, 16-byte aligned for calls
//! ```

// dynasm expands each dynamic register `X(r)` to `r.into()`, a no-op on the
// `u8` registers used here.
#![allow(clippy::useless_conversion)]

use super::regalloc::{self, Alloc, Loc, Place, Reg, RegSet, Target};
use super::{slot_offset, AsmError, Code, Kind, FRAME_BYTES};
use crate::ir::{CArg, End, Field, MemTy, Opc, Ref, Trace, Ty, NOT_ENTERED, RETURNED};
use crate::mcode::{MCode, McodeError};
use dynasmrt::aarch64::{encode_logical_immediate_64bit, Aarch64Relocation};
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use std::collections::HashMap;
use std::fmt::Write;
use vm::interp::{DEPTH_OFFSET, NATIVE_LIMIT_OFFSET};

macro_rules! asm {
    ($ops:expr; $($t:tt)*) => { dynasm!($ops ; .arch aarch64 ; $($t)*) };
}

/// A load or store `op reg, [mem]` of `size` bytes, in whichever addressing
/// form [`Asm::fit`] chose: scaled unsigned offset (`op`), unscaled signed
/// offset (`opu`), or register index, shifted by `sh` (log2 of the size)
/// when the form asks. dynasm checks a dynamic offset's range with a
/// panic, so `fit` only hands out offsets the form encodes.
macro_rules! mem {
    ($s:expr, $op:ident, $opu:ident, [$($r:tt)*], $m:expr, $size:expr, $sh:tt, $avoid:expr) => {{
        let (b, form) = $s.fit($m, $size, $avoid);
        match form {
            Form::Off(o) => asm!($s.ops; $op $($r)*, [X(b), o]),
            Form::Unscaled(o) => asm!($s.ops; $opu $($r)*, [X(b), o]),
            Form::Index(x) => asm!($s.ops; $op $($r)*, [X(b), X(x)]),
            Form::Scaled(x) => asm!($s.ops; $op $($r)*, [X(b), X(x), lsl $sh]),
        }
    }};
}

const X0: Reg = 0;
const X15: Reg = 15;
/// Scratch registers (IP0, IP1), never allocated.
const S1: Reg = 16;
const S2: Reg = 17;
/// `Ctx::stack_end`'s offset.
const CTX_STACK_END: u32 = std::mem::offset_of!(super::Ctx, stack_end) as u32;
/// `regs` and `ctx`, fixed for the whole trace.
const REGS: Reg = 19;
const CTX: Reg = 20;
/// The frame pointer.
const FP: Reg = 29;
/// The zero register, as a store's value or a `mov` source.
const ZR: Reg = 31;
/// D n is register 32 + n.
const D0: Reg = 32;
const FS: Reg = D0 + 31;
const FS2: Reg = D0 + 30;

const ARG_GPRS: u8 = 8;
const ARG_FPRS: u8 = 8;

/// Caller-saved allocatable registers: x0–x15, d0–d7 and d16–d29.
const CALLER_SAVED: RegSet = RegSet(0x3fff_00ff << 32 | 0xffff);

pub const TARGET: Target = Target {
    gprs: &[
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 21, 22, 23, 24, 25, 26, 27, 28,
    ],
    fprs: &[
        D0,
        D0 + 1,
        D0 + 2,
        D0 + 3,
        D0 + 4,
        D0 + 5,
        D0 + 6,
        D0 + 7,
        D0 + 16,
        D0 + 17,
        D0 + 18,
        D0 + 19,
        D0 + 20,
        D0 + 21,
        D0 + 22,
        D0 + 23,
        D0 + 24,
        D0 + 25,
        D0 + 26,
        D0 + 27,
        D0 + 28,
        D0 + 29,
        D0 + 8,
        D0 + 9,
        D0 + 10,
        D0 + 11,
        D0 + 12,
        D0 + 13,
        D0 + 14,
        D0 + 15,
    ],
    caller_saved: CALLER_SAVED,
    ret: [X0, D0],
};

/// Where the prologue keeps `ret`: past the frame record, x19–x28 and
/// d8–d15.
const RET_OFF: u32 = 16 + 80 + 64;

/// Bytes from `x29` to the first spill slot: the saved registers, then
/// `ret` and padding that keeps the frame 16-byte aligned.
const SAVED: u32 = RET_OFF + 16;

/// The whole frame a root trace allocates.
const FRAME: u32 = SAVED + FRAME_BYTES as u32;

// `sub sp, sp, FRAME` takes a 12-bit immediate; CALLT reaches the VM's
// counters with scaled 12-bit offsets.
const _: () = {
    assert!(FRAME % 16 == 0 && FRAME < 4096);
    assert!(DEPTH_OFFSET % 8 == 0 && DEPTH_OFFSET / 8 < 4096);
    assert!(NATIVE_LIMIT_OFFSET % 8 == 0 && NATIVE_LIMIT_OFFSET / 8 < 4096);
};

fn spill_off(k: u16) -> u32 {
    SAVED + 8 * k as u32
}

/// A memory access's offset operand, folded into an addressing mode:
/// `index << shift + disp` (LuaJIT's asm_fusexref).
#[derive(Clone, Copy)]
struct Addr {
    index: Ref,
    scale: u8,
    disp: i32,
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

/// Whether `[base, #disp]` encodes for an access of `size` bytes, scaled
/// unsigned or unscaled signed.
fn disp_fits(disp: i64, size: u32) -> bool {
    let size = size as i64;
    (-256..256).contains(&disp) || disp >= 0 && disp % size == 0 && disp / size < 4096
}

/// Offsets fuse only where the displacement stays encodable, so a fused
/// access is at most an `add` and the access itself.
fn fuse_addr(t: &Trace, carried: &[bool], off: Ref, size: u32) -> Addr {
    if let Some(k) = t.int_const(off) {
        if let (true, Ok(disp)) = (disp_fits(k, size), i32::try_from(k)) {
            return Addr {
                index: Ref::NONE,
                scale: 1,
                disp,
            };
        }
    }
    let (rest, disp) = match (off.is_ins() && !carried[off.idx()]).then(|| &t.ins[off.idx()]) {
        Some(ins) if ins.op == Opc::ADD => {
            let k = |r: Ref| {
                t.int_const(r)
                    .filter(|&k| disp_fits(k, size))
                    .and_then(|k| i32::try_from(k).ok())
            };
            match (k(ins.a), k(ins.b)) {
                (None, Some(d)) if ins.a.is_ins() => (ins.a, d),
                (Some(d), None) if ins.b.is_ins() => (ins.b, d),
                _ => (off, 0),
            }
        }
        _ => (off, 0),
    };
    let (index, scale) = scaled(t, carried, rest);
    Addr { index, scale, disp }
}

/// What each instruction reads, destroys, and how memory accesses address.
struct Legal {
    reads: Vec<[Ref; 3]>,
    clobbers: Vec<RegSet>,
    addrs: Vec<Option<Addr>>,
}

fn legalize(t: &Trace) -> Legal {
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
            let size = ins.mem().map_or(8, MemTy::size);
            let a = fuse_addr(t, &carried, ins.b, size);
            reads[1] = a.index;
            l.addrs[i] = Some(a);
        }
        let clobbers = match ins.op {
            Opc::CALL | Opc::CALLT | Opc::DECREF => CALLER_SAVED,
            // The quotient or remainder before the floor fix.
            Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD => RegSet::of(&[X15]),
            _ => RegSet::EMPTY,
        };
        l.reads.push(reads);
        l.clobbers.push(clobbers);
    }
    l
}

/// Where an integer operand is.
#[derive(Clone, Copy)]
enum Src {
    Reg(Reg),
    /// `[x29 + off]`, a spill slot.
    Mem(u32),
    Imm(i64),
}

/// A memory operand before [`Asm::fit`] picks its encoding.
#[derive(Clone, Copy)]
struct Mem {
    base: Reg,
    index: Option<Reg>,
    shift: u8,
    disp: i32,
}

impl Mem {
    fn at(base: Reg, disp: i32) -> Mem {
        Mem {
            base,
            index: None,
            shift: 0,
            disp,
        }
    }
}

/// An addressing form that encodes.
#[derive(Clone, Copy)]
enum Form {
    /// `[base, #off]`, unsigned and a multiple of the size.
    Off(u32),
    /// `[base, #off]`, signed 9 bits (`ldur`/`stur`).
    Unscaled(i32),
    /// `[base, index]`.
    Index(Reg),
    /// `[base, index, lsl #log2(size)]`.
    Scaled(Reg),
}

/// Condition codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cc {
    Eq,
    Ne,
    Hs,
    Lo,
    Mi,
    Pl,
    Hi,
    Ls,
    Ge,
    Lt,
    Gt,
    Le,
}

impl Cc {
    fn not(self) -> Cc {
        use Cc::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Hs => Lo,
            Lo => Hs,
            Mi => Pl,
            Pl => Mi,
            Hi => Ls,
            Ls => Hi,
            Ge => Lt,
            Lt => Ge,
            Gt => Le,
            Le => Gt,
        }
    }

    fn int(op: Opc) -> Option<Cc> {
        use Cc::*;
        Some(match op {
            Opc::EQ => Eq,
            Opc::NE => Ne,
            Opc::LT => Lt,
            Opc::GE => Ge,
            Opc::LE => Le,
            Opc::GT => Gt,
            Opc::ULT => Lo,
            Opc::UGE => Hs,
            Opc::ULE => Ls,
            Opc::UGT => Hi,
            _ => return None,
        })
    }
}

/// When a float comparison of a and b holds after `fcmp a, b`. Less sets
/// N, equal Z and C, greater C, unordered C and V: so `mi` (N), `ls` (C
/// clear or Z), `gt` (Z clear, N = V) and `ge` (N = V) are false on NaN,
/// and their inverses `pl`, `hi`, `le` and `lt` true, as the "not" forms
/// want. One condition each, with no operand swap.
fn fcond(op: Opc) -> Option<Cc> {
    Some(match op {
        Opc::FLT => Cc::Mi,
        Opc::FLE => Cc::Ls,
        Opc::FGT => Cc::Gt,
        Opc::FGE => Cc::Ge,
        Opc::FNLT => Cc::Pl,
        Opc::FNLE => Cc::Hi,
        Opc::FNGT => Cc::Le,
        Opc::FNGE => Cc::Lt,
        Opc::FEQ => Cc::Eq,
        Opc::FNE => Cc::Ne,
        _ => return None,
    })
}

extern "C" fn decref_slow(obj: u64) {
    vm::value::decref(obj)
}

/// The encoding of `b target` at `at`, if in range (±128 MiB).
fn branch(at: usize, target: usize) -> Option<u32> {
    let rel = (target as i64).checked_sub(at as i64)?;
    let ok = rel % 4 == 0 && (-(1 << 27)..1 << 27).contains(&rel);
    ok.then_some(0x1400_0000 | (rel >> 2) as u32 & 0x03ff_ffff)
}

/// Retargets the `b` that ends an exit stub.
pub(super) fn patch_exit(mcode: &mut MCode, at: usize, target: usize) -> Result<(), McodeError> {
    let b = branch(at, target).ok_or(McodeError::BadPatch)?;
    mcode.patch(at, &b.to_le_bytes())
}

struct Asm<'a> {
    ops: VecAssembler<Aarch64Relocation>,
    t: &'a Trace,
    ra: &'a Alloc,
    addrs: &'a [Option<Addr>],
    /// A root trace's entry, before the prologue: where a self-call goes.
    entry: Option<DynamicLabel>,
    /// Exit stub of each snapshot a guard uses.
    exits: Vec<Option<DynamicLabel>>,
    /// Constants by their bits.
    pool: HashMap<u64, DynamicLabel>,
    notes: Vec<(usize, String)>,
    err: Option<AsmError>,
}

impl Asm<'_> {
    fn fail(&mut self, e: AsmError) {
        self.err.get_or_insert(e);
    }

    fn note(&mut self, text: String) {
        let off = self.ops.offset().0;
        self.notes.push((off, text));
    }

    /// A constant in the pool, loaded with `ldr d, literal`.
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
            Loc::Slot(k) => Src::Mem(spill_off(k)),
            Loc::None => {
                self.fail(AsmError::Invalid(format!("{r:?} has no location")));
                Src::Imm(0)
            }
        }
    }

    /// `movz`/`movn`/`movk` of one halfword; the shift is part of the
    /// opcode, so each gets its own arm.
    fn movw(&mut self, op: u8, r: Reg, h: u32, shift: u32) {
        match (op, shift) {
            (b'z', 0) => asm!(self.ops; movz X(r), h),
            (b'z', 16) => asm!(self.ops; movz X(r), h, lsl 16),
            (b'z', 32) => asm!(self.ops; movz X(r), h, lsl 32),
            (b'z', _) => asm!(self.ops; movz X(r), h, lsl 48),
            (b'n', 0) => asm!(self.ops; movn X(r), h),
            (b'n', 16) => asm!(self.ops; movn X(r), h, lsl 16),
            (b'n', 32) => asm!(self.ops; movn X(r), h, lsl 32),
            (b'n', _) => asm!(self.ops; movn X(r), h, lsl 48),
            (_, 0) => asm!(self.ops; movk X(r), h),
            (_, 16) => asm!(self.ops; movk X(r), h, lsl 16),
            (_, 32) => asm!(self.ops; movk X(r), h, lsl 32),
            (_, _) => asm!(self.ops; movk X(r), h, lsl 48),
        }
    }

    /// Loads a 64-bit constant: one `orr` for bitmask immediates, else the
    /// shortest `movz`/`movn` and `movk` sequence.
    fn mov_imm(&mut self, r: Reg, v: i64) {
        let u = v as u64;
        if u != 0 && u != u64::MAX && encode_logical_immediate_64bit(u).is_some() {
            asm!(self.ops; orr XSP(r), xzr, u);
            return;
        }
        let half = |k: u32| (u >> (16 * k)) as u32 & 0xffff;
        let ones = (0..4).filter(|&k| half(k) == 0xffff).count();
        let zeros = (0..4).filter(|&k| half(k) == 0).count();
        let (fill, first) = if ones > zeros {
            (0xffff, b'n')
        } else {
            (0, b'z')
        };
        let mut started = false;
        for k in 0..4 {
            let h = half(k);
            if h == fill && (started || k < 3) {
                continue;
            }
            if started {
                self.movw(b'k', r, h, 16 * k);
            } else {
                let h = if first == b'n' { !h & 0xffff } else { h };
                self.movw(first, r, h, 16 * k);
                started = true;
            }
        }
    }

    fn mov_rr(&mut self, d: Reg, s: Reg) {
        if d == s {
            return;
        }
        let (dd, sd) = (d.wrapping_sub(D0), s.wrapping_sub(D0));
        match (d >= D0, s >= D0) {
            (false, false) => asm!(self.ops; mov X(d), X(s)),
            (true, true) => asm!(self.ops; fmov D(dd), D(sd)),
            (true, false) => asm!(self.ops; fmov D(dd), X(s)),
            (false, true) => asm!(self.ops; fmov X(d), D(sd)),
        }
    }

    /// Loads any value's 64 bits into a general register.
    fn load_gpr(&mut self, d: Reg, r: Ref) {
        match self.src(r) {
            Src::Reg(s) => self.mov_rr(d, s),
            Src::Mem(m) => asm!(self.ops; ldr X(d), [x29, m]),
            Src::Imm(v) => self.mov_imm(d, v),
        }
    }

    /// Loads any value's 64 bits into a vector register.
    fn load_fpr(&mut self, d: Reg, r: Ref) {
        let dd = d - D0;
        match self.src(r) {
            Src::Reg(s) => self.mov_rr(d, s),
            Src::Mem(m) => asm!(self.ops; ldr D(dd), [x29, m]),
            Src::Imm(0) => asm!(self.ops; fmov D(dd), xzr),
            Src::Imm(v) => {
                let l = self.konst(v as u64);
                asm!(self.ops; ldr D(dd), =>l);
            }
        }
    }

    /// A general register holding `r`: its own, or `scratch` loaded. Never
    /// the zero register, which is `sp` as a base or beside an immediate.
    fn gpr(&mut self, r: Ref, scratch: Reg) -> Reg {
        match self.src(r) {
            Src::Reg(x) if x < D0 => x,
            _ => {
                self.load_gpr(scratch, r);
                scratch
            }
        }
    }

    fn fpr(&mut self, r: Ref, scratch: Reg) -> Reg {
        match self.src(r) {
            Src::Reg(x) if x >= D0 => x,
            _ => {
                self.load_fpr(scratch, r);
                scratch
            }
        }
    }

    /// The register to compute instruction `i`'s result in: its own, or
    /// scratch when it is spilled. Unlike x86's two-operand forms, every
    /// instruction reads its operands before it writes, so the result may
    /// share a register with one; sequences that write early (`div`) keep
    /// their operands in scratch registers.
    fn dst(&self, i: usize) -> Reg {
        match self.ra.loc[i] {
            Loc::Reg(r) => r,
            _ if self.t.ins[i].ty == Ty::Num => FS,
            _ => S1,
        }
    }

    /// Moves a result from register `r` to instruction `i`'s location.
    fn store(&mut self, i: usize, r: Reg) {
        match self.ra.loc[i] {
            Loc::Reg(d) => self.mov_rr(d, r),
            Loc::Slot(k) => self.store_mem(Mem::at(FP, spill_off(k) as i32), r),
            Loc::None => {}
        }
    }

    /// Picks the encoding of `m` for an access of `size` bytes, computing
    /// into a scratch register (not `avoid`, which holds the value) what no
    /// form encodes.
    fn fit(&mut self, m: Mem, size: u32, avoid: Option<Reg>) -> (Reg, Form) {
        let scratch = [S2, S1]
            .into_iter()
            .filter(|&s| Some(s) != avoid)
            .min_by_key(|&s| s == m.base)
            .unwrap_or(S2);
        let mut base = m.base;
        if let Some(x) = m.index {
            let sh = m.shift as u32;
            if m.disp == 0 && sh == 0 {
                return (base, Form::Index(x));
            }
            if m.disp == 0 && 1 << sh == size {
                return (base, Form::Scaled(x));
            }
            asm!(self.ops; add X(scratch), X(base), X(x), lsl sh);
            base = scratch;
        }
        let d = m.disp as i64;
        if d >= 0 && d % size as i64 == 0 && d / (size as i64) < 4096 {
            return (base, Form::Off(d as u32));
        }
        if (-256..256).contains(&d) {
            return (base, Form::Unscaled(d as i32));
        }
        if base != scratch {
            self.mov_imm(scratch, d);
            return (base, Form::Index(scratch));
        }
        // Only a base already in the scratch register is left to move:
        // 24 bits in two immediates.
        let (neg, a) = (d < 0, d.unsigned_abs());
        if a >= 1 << 24 {
            self.fail(AsmError::Unsupported(format!("displacement {d}")));
            return (base, Form::Off(0));
        }
        let (lo, hi) = ((a & 0xfff) as u32, (a >> 12) as u32);
        if neg {
            asm!(self.ops; sub XSP(base), XSP(base), lo; sub XSP(base), XSP(base), hi, lsl 12);
        } else {
            asm!(self.ops; add XSP(base), XSP(base), lo; add XSP(base), XSP(base), hi, lsl 12);
        }
        (base, Form::Off(0))
    }

    fn store_mem(&mut self, m: Mem, r: Reg) {
        if r >= D0 {
            let x = r - D0;
            mem!(self, str, stur, [D(x)], m, 8, 3, None);
        } else {
            mem!(self, str, stur, [X(r)], m, 8, 3, Some(r));
        }
    }

    /// Stores any value's 64 bits to memory (through S1 when needed).
    fn store_val(&mut self, m: Mem, r: Ref) {
        match self.src(r) {
            Src::Reg(x) => self.store_mem(m, x),
            Src::Imm(0) => self.store_mem(m, ZR),
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
            Place::Loc(Loc::Slot(k)) => Some(spill_off(k)),
            _ => None,
        };
        match (reg(d), slot(d), reg(s), slot(s)) {
            (Some(d), _, Some(s), _) => self.mov_rr(d, s),
            (Some(d), _, _, Some(m)) if d >= D0 => {
                let x = d - D0;
                asm!(self.ops; ldr D(x), [x29, m]);
            }
            (Some(d), _, _, Some(m)) => asm!(self.ops; ldr X(d), [x29, m]),
            (_, Some(m), Some(s), _) => self.store_mem(Mem::at(FP, m as i32), s),
            (_, Some(m), _, Some(n)) => {
                asm!(self.ops; ldr X(S2), [x29, n]; str X(S2), [x29, m]);
            }
            _ => self.fail(AsmError::Invalid("move without a location".into())),
        }
    }

    /// Loads a constant into a location.
    fn load_const(&mut self, d: Loc, k: Ref) {
        match d {
            Loc::Reg(r) if r >= D0 => self.load_fpr(r, k),
            Loc::Reg(r) => self.load_gpr(r, k),
            Loc::Slot(s) => self.store_val(Mem::at(FP, spill_off(s) as i32), k),
            Loc::None => {}
        }
    }

    /// `cmp x, s`: immediates of 12 bits directly (negative ones by `cmn`),
    /// others through S2.
    fn cmp(&mut self, x: Reg, s: Src) {
        match s {
            Src::Imm(v) if (0..4096).contains(&v) => {
                let v = v as u32;
                asm!(self.ops; cmp XSP(x), v);
            }
            Src::Imm(v) if (-4095..0).contains(&v) => {
                let v = -v as u32;
                asm!(self.ops; cmn XSP(x), v);
            }
            Src::Reg(y) => asm!(self.ops; cmp X(x), X(y)),
            Src::Mem(m) => asm!(self.ops; ldr X(S2), [x29, m]; cmp X(x), X(S2)),
            Src::Imm(v) => {
                self.mov_imm(S2, v);
                asm!(self.ops; cmp X(x), X(S2));
            }
        }
    }

    fn bcc(&mut self, cc: Cc, l: DynamicLabel) {
        match cc {
            Cc::Eq => asm!(self.ops; b.eq =>l),
            Cc::Ne => asm!(self.ops; b.ne =>l),
            Cc::Hs => asm!(self.ops; b.hs =>l),
            Cc::Lo => asm!(self.ops; b.lo =>l),
            Cc::Mi => asm!(self.ops; b.mi =>l),
            Cc::Pl => asm!(self.ops; b.pl =>l),
            Cc::Hi => asm!(self.ops; b.hi =>l),
            Cc::Ls => asm!(self.ops; b.ls =>l),
            Cc::Ge => asm!(self.ops; b.ge =>l),
            Cc::Lt => asm!(self.ops; b.lt =>l),
            Cc::Gt => asm!(self.ops; b.gt =>l),
            Cc::Le => asm!(self.ops; b.le =>l),
        }
    }

    fn cset(&mut self, cc: Cc, r: Reg) {
        match cc {
            Cc::Eq => asm!(self.ops; cset X(r), eq),
            Cc::Ne => asm!(self.ops; cset X(r), ne),
            Cc::Hs => asm!(self.ops; cset X(r), hs),
            Cc::Lo => asm!(self.ops; cset X(r), lo),
            Cc::Mi => asm!(self.ops; cset X(r), mi),
            Cc::Pl => asm!(self.ops; cset X(r), pl),
            Cc::Hi => asm!(self.ops; cset X(r), hi),
            Cc::Ls => asm!(self.ops; cset X(r), ls),
            Cc::Ge => asm!(self.ops; cset X(r), ge),
            Cc::Lt => asm!(self.ops; cset X(r), lt),
            Cc::Gt => asm!(self.ops; cset X(r), gt),
            Cc::Le => asm!(self.ops; cset X(r), le),
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

    fn prologue(&mut self) {
        asm!(self.ops
            ; sub sp, sp, FRAME
            ; stp x29, x30, [sp]
            ; mov x29, sp
            ; stp x19, x20, [sp, 16]
            ; stp x21, x22, [sp, 32]
            ; stp x23, x24, [sp, 48]
            ; stp x25, x26, [sp, 64]
            ; stp x27, x28, [sp, 80]
            ; stp d8, d9, [sp, 96]
            ; stp d10, d11, [sp, 112]
            ; stp d12, d13, [sp, 128]
            ; stp d14, d15, [sp, 144]
            ; str x2, [sp, RET_OFF]
            ; mov x19, x0
            ; mov x20, x1
        );
    }

    fn ins(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let a = ins.a;
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
                asm!(self.ops; ldr X(S2), [X(CTX), 8]);
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
                asm!(self.ops; ldr X(S2), [X(CTX), 8]);
                self.store_val(Mem::at(S2, off), a);
            }
            Opc::SREF => {
                let off = slot_offset(ins.aux).unwrap_or(0);
                let t = self.dst(i);
                if (0..4096).contains(&off) {
                    let off = off as u32;
                    asm!(self.ops; add XSP(t), XSP(REGS), off);
                } else {
                    self.mov_imm(S2, off as i64);
                    asm!(self.ops; add X(t), x19, X(S2));
                }
                self.store(i, t);
            }
            Opc::VMREF => {
                let t = self.dst(i);
                asm!(self.ops; ldr X(t), [X(CTX)]);
                self.store(i, t);
            }
            Opc::CTXREF => {
                let t = self.dst(i);
                asm!(self.ops; mov X(t), X(CTX));
                self.store(i, t);
            }
            Opc::RETREF => {
                let t = self.dst(i);
                asm!(self.ops; ldr X(t), [x29, RET_OFF]);
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
                let m = self.addr(i);
                self.load_mem(i, m, ins.mem().unwrap_or(MemTy::I64));
            }
            Opc::XSTORE => self.xstore(i),
            op if op.is(crate::ir::flag::CMP) => self.compare(i),
            Opc::ADD | Opc::SUB | Opc::BAND | Opc::BOR | Opc::BXOR => self.alu(i),
            Opc::MUL => self.mul(i),
            Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD => self.div(i),
            Opc::NEG | Opc::BNOT => {
                let x = self.gpr(a, S1);
                let t = self.dst(i);
                if ins.op == Opc::NEG {
                    asm!(self.ops; neg X(t), X(x));
                } else {
                    asm!(self.ops; mvn X(t), X(x));
                }
                self.store(i, t);
            }
            Opc::SHL | Opc::SAR | Opc::SHR => self.shift(i),
            Opc::MIN | Opc::MAX | Opc::UMIN | Opc::UMAX => self.minmax(i),
            Opc::SEL => {
                // Loads do not touch the flags: compare first.
                let c = self.gpr(a, S1);
                asm!(self.ops; cmp XSP(c), 0);
                let x = self.gpr(ins.b, S1);
                let y = self.gpr(ins.c, S2);
                let t = self.dst(i);
                asm!(self.ops; csel X(t), X(x), X(y), ne);
                self.store(i, t);
            }
            Opc::ABS => {
                let x = self.gpr(a, S1);
                let t = self.dst(i);
                asm!(self.ops; cmp XSP(x), 0; cneg X(t), X(x), lt);
                self.store(i, t);
            }
            Opc::SEXT8 | Opc::SEXT16 | Opc::SEXT32 | Opc::ZEXT8 | Opc::ZEXT16 | Opc::ZEXT32 => {
                let x = self.gpr(a, S1);
                let t = self.dst(i);
                match ins.op {
                    Opc::SEXT8 => asm!(self.ops; sxtb X(t), W(x)),
                    Opc::SEXT16 => asm!(self.ops; sxth X(t), W(x)),
                    Opc::SEXT32 => asm!(self.ops; sxtw X(t), W(x)),
                    Opc::ZEXT8 => asm!(self.ops; uxtb W(t), W(x)),
                    Opc::ZEXT16 => asm!(self.ops; uxth W(t), W(x)),
                    _ => asm!(self.ops; mov W(t), W(x)),
                }
                self.store(i, t);
            }
            Opc::FADD => self.fbin(i, |s, t, x, y| asm!(s.ops; fadd D(t), D(x), D(y))),
            Opc::FSUB => self.fbin(i, |s, t, x, y| asm!(s.ops; fsub D(t), D(x), D(y))),
            Opc::FMUL => self.fbin(i, |s, t, x, y| asm!(s.ops; fmul D(t), D(x), D(y))),
            Opc::FDIV => self.fbin(i, |s, t, x, y| asm!(s.ops; fdiv D(t), D(x), D(y))),
            // Python's `b if b < a else a`, NaN and ±0 included, is exactly
            // `fcmp b, a` and a select: `fmin`/`fminnm` are not (they
            // propagate or drop NaN by their own rules and order -0 < +0).
            // `mi` and `gt` are false when unordered, which picks a.
            Opc::FMIN => self.fbin(
                i,
                |s, t, x, y| asm!(s.ops; fcmp D(y), D(x); fcsel D(t), D(y), D(x), mi),
            ),
            Opc::FMAX => self.fbin(
                i,
                |s, t, x, y| asm!(s.ops; fcmp D(y), D(x); fcsel D(t), D(y), D(x), gt),
            ),
            Opc::FNEG
            | Opc::FABS
            | Opc::FSQRT
            | Opc::FFLOOR
            | Opc::FCEIL
            | Opc::FTRUNC
            | Opc::F32R => {
                let x = self.fpr(a, FS) - D0;
                let t = self.dst(i);
                let td = t - D0;
                match ins.op {
                    Opc::FNEG => asm!(self.ops; fneg D(td), D(x)),
                    Opc::FABS => asm!(self.ops; fabs D(td), D(x)),
                    Opc::FSQRT => asm!(self.ops; fsqrt D(td), D(x)),
                    Opc::FFLOOR => asm!(self.ops; frintm D(td), D(x)),
                    Opc::FCEIL => asm!(self.ops; frintp D(td), D(x)),
                    Opc::FTRUNC => asm!(self.ops; frintz D(td), D(x)),
                    _ => asm!(self.ops; fcvt S(td), D(x); fcvt D(td), S(td)),
                }
                self.store(i, t);
            }
            Opc::I2F | Opc::U2F => {
                let x = self.gpr(a, S1);
                let t = self.dst(i);
                let td = t - D0;
                if ins.op == Opc::I2F {
                    asm!(self.ops; scvtf D(td), X(x));
                } else {
                    asm!(self.ops; ucvtf D(td), X(x));
                }
                self.store(i, t);
            }
            // fcvtzs already saturates and maps NaN to 0, as Rust's `as`.
            Opc::F2I | Opc::F2IS => {
                let x = self.fpr(a, FS) - D0;
                let t = self.dst(i);
                asm!(self.ops; fcvtzs X(t), D(x));
                self.store(i, t);
            }
            Opc::BITF => {
                let t = self.dst(i);
                self.load_fpr(t, a);
                self.store(i, t);
            }
            Opc::BITI => {
                let t = self.dst(i);
                self.load_gpr(t, a);
                self.store(i, t);
            }
            Opc::INCREF => {
                let rc = vm::value::RC_OFFSET as i32;
                if let Src::Imm(0) = self.src(a) {
                    return;
                }
                let x = self.gpr(a, S1);
                let skip = self.ops.new_dynamic_label();
                asm!(self.ops; cbz X(x), =>skip);
                mem!(self, ldr, ldur, [X(S2)], Mem::at(x, rc), 8, 3, Some(S2));
                asm!(self.ops; add XSP(S2), XSP(S2), 1);
                mem!(self, str, stur, [X(S2)], Mem::at(x, rc), 8, 3, Some(S2));
                asm!(self.ops; =>skip);
            }
            Opc::DECREF => {
                // The last reference goes through the VM, which frees the
                // object; the others only count down.
                if let Src::Imm(0) = self.src(a) {
                    return;
                }
                let rc = vm::value::RC_OFFSET as i32;
                self.load_gpr(X0, a);
                let (skip, free) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
                asm!(self.ops; cbz x0, =>skip);
                mem!(self, ldr, ldur, [X(S2)], Mem::at(X0, rc), 8, 3, Some(S2));
                asm!(self.ops; cmp XSP(S2), 1; b.eq =>free; sub XSP(S2), XSP(S2), 1);
                mem!(self, str, stur, [X(S2)], Mem::at(X0, rc), 8, 3, Some(S2));
                asm!(self.ops; b =>skip; =>free);
                self.mov_imm(S1, decref_slow as *const () as usize as i64);
                asm!(self.ops; blr X(S1); =>skip);
            }
            Opc::CALL => self.call(i),
            Opc::CALLT => self.callt(i),
            _ => self.fail(AsmError::Unsupported(ins.op.name().to_string())),
        }
    }

    /// Loads memory of type `m` into instruction `i`'s location.
    fn load_mem(&mut self, i: usize, m: Mem, ty: MemTy) {
        let t = self.dst(i);
        let td = t.wrapping_sub(D0);
        match ty {
            MemTy::B => {
                mem!(self, ldrb, ldurb, [W(t)], m, 1, 0, None);
                asm!(self.ops; cmp WSP(t), 0; cset X(t), ne);
            }
            MemTy::I8 => mem!(self, ldrsb, ldursb, [X(t)], m, 1, 0, None),
            MemTy::U8 => mem!(self, ldrb, ldurb, [W(t)], m, 1, 0, None),
            MemTy::I16 => mem!(self, ldrsh, ldursh, [X(t)], m, 2, 1, None),
            MemTy::U16 => mem!(self, ldrh, ldurh, [W(t)], m, 2, 1, None),
            MemTy::I32 => mem!(self, ldrsw, ldursw, [X(t)], m, 4, 2, None),
            MemTy::U32 => mem!(self, ldr, ldur, [W(t)], m, 4, 2, None),
            MemTy::I64 => mem!(self, ldr, ldur, [X(t)], m, 8, 3, None),
            MemTy::F32 => {
                mem!(self, ldr, ldur, [S(td)], m, 4, 2, None);
                asm!(self.ops; fcvt D(td), S(td));
            }
            MemTy::F64 => mem!(self, ldr, ldur, [D(td)], m, 8, 3, None),
        }
        self.store(i, t);
    }

    /// The memory operand of XLOAD/XSTORE `i`, with the base and index in
    /// registers (S1 and S2 as scratch).
    fn addr(&mut self, i: usize) -> Mem {
        let ins = self.t.ins[i];
        let a = self.addrs[i].unwrap_or(Addr {
            index: ins.b,
            scale: 1,
            disp: 0,
        });
        let base = self.gpr(ins.a, S1);
        let index = (!a.index.is_none()).then(|| self.gpr(a.index, S2));
        Mem {
            base,
            index,
            shift: a.scale.trailing_zeros() as u8,
            disp: a.disp,
        }
    }

    fn xstore(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let ty = ins.mem().unwrap_or(MemTy::I64);
        let c = ins.c;
        if matches!(ty, MemTy::F32 | MemTy::F64) {
            let x = self.fpr(c, FS) - D0;
            let m = self.addr(i);
            if ty == MemTy::F64 {
                mem!(self, str, stur, [D(x)], m, 8, 3, None);
            } else {
                let fs = FS - D0;
                asm!(self.ops; fcvt S(fs), D(x));
                mem!(self, str, stur, [S(fs)], m, 4, 2, None);
            }
            return;
        }
        let src = self.src(c);
        let mut m = self.addr(i);
        // The value needs a scratch register when it is not in one already
        // (bools always do, for `cset`); S2 is freed by folding the index
        // into the base.
        let v = match src {
            Src::Reg(x) if ty != MemTy::B => x,
            Src::Imm(v) if ty != MemTy::B && v as u64 & (u64::MAX >> (64 - 8 * ty.size())) == 0 => {
                ZR
            }
            _ => {
                if let Some(x) = m.index.filter(|&x| x == S2) {
                    let sh = m.shift as u32;
                    asm!(self.ops; add X(S1), X(m.base), X(x), lsl sh);
                    m = Mem::at(S1, m.disp);
                }
                if ty == MemTy::B {
                    let x = self.gpr(c, S2);
                    asm!(self.ops; cmp XSP(x), 0; cset W(S2), ne);
                } else {
                    self.load_gpr(S2, c);
                }
                S2
            }
        };
        let avoid = Some(v);
        match ty {
            MemTy::B | MemTy::I8 | MemTy::U8 => mem!(self, strb, sturb, [W(v)], m, 1, 0, avoid),
            MemTy::I16 | MemTy::U16 => mem!(self, strh, sturh, [W(v)], m, 2, 1, avoid),
            MemTy::I32 | MemTy::U32 => mem!(self, str, stur, [W(v)], m, 4, 2, avoid),
            _ => mem!(self, str, stur, [X(v)], m, 8, 3, avoid),
        }
    }

    fn compare(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let (mut a, mut b, mut op) = (ins.a, ins.b, ins.op);
        let cond = if let Some(c) = fcond(op) {
            let x = self.fpr(a, FS) - D0;
            let y = self.fpr(b, FS2) - D0;
            asm!(self.ops; fcmp D(x), D(y));
            c
        } else {
            if a.is_const() && !b.is_const() {
                std::mem::swap(&mut a, &mut b);
                op = op.swap().unwrap_or(op);
            }
            let x = self.gpr(a, S1);
            let s = self.src(b);
            self.cmp(x, s);
            match Cc::int(op) {
                Some(cc) => cc,
                None => {
                    self.fail(AsmError::Unsupported(format!("comparison {}", op.name())));
                    return;
                }
            }
        };
        if ins.is_guard() {
            let exit = self.exit(ins.snap);
            self.bcc(cond.not(), exit);
            return;
        }
        let t = self.dst(i);
        self.cset(cond, t);
        self.store(i, t);
    }

    /// `t = a op b` for ADD, SUB, BAND, BOR, BXOR: a constant b as a
    /// 12-bit immediate (negated, it turns ADD into SUB and back) or a
    /// bitmask immediate where it encodes, else from a register.
    fn alu(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let op = ins.op;
        let (mut a, mut b) = (ins.a, ins.b);
        if op != Opc::SUB && a.is_const() {
            std::mem::swap(&mut a, &mut b);
        }
        let x = self.gpr(a, S1);
        let t = self.dst(i);
        let k = self.t.int_const(b);
        let arith = k
            .map(|k| if op == Opc::SUB { k.wrapping_neg() } else { k })
            .filter(|k| (-4095..4096).contains(k));
        let mask = k
            .map(|k| k as u64)
            .filter(|&k| k != 0 && k != u64::MAX && encode_logical_immediate_64bit(k).is_some());
        match (op, arith, mask) {
            (Opc::ADD | Opc::SUB, Some(k), _) if k >= 0 => {
                let k = k as u32;
                asm!(self.ops; add XSP(t), XSP(x), k);
            }
            (Opc::ADD | Opc::SUB, Some(k), _) => {
                let k = -k as u32;
                asm!(self.ops; sub XSP(t), XSP(x), k);
            }
            (Opc::BAND, _, Some(k)) => asm!(self.ops; and XSP(t), X(x), k),
            (Opc::BOR, _, Some(k)) => asm!(self.ops; orr XSP(t), X(x), k),
            (Opc::BXOR, _, Some(k)) => asm!(self.ops; eor XSP(t), X(x), k),
            _ => {
                let y = self.gpr(b, S2);
                match op {
                    Opc::ADD => asm!(self.ops; add X(t), X(x), X(y)),
                    Opc::SUB => asm!(self.ops; sub X(t), X(x), X(y)),
                    Opc::BAND => asm!(self.ops; and X(t), X(x), X(y)),
                    Opc::BOR => asm!(self.ops; orr X(t), X(x), X(y)),
                    _ => asm!(self.ops; eor X(t), X(x), X(y)),
                }
            }
        }
        self.store(i, t);
    }

    fn mul(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let x = self.gpr(ins.a, S1);
        let y = self.gpr(ins.b, S2);
        let t = self.dst(i);
        asm!(self.ops; mul X(t), X(x), X(y));
        self.store(i, t);
    }

    /// Python's floor division and modulo (vm's `floordiv`/`floormod`), and
    /// the unsigned ones. `sdiv` does not trap: MIN / -1 gives MIN and a
    /// remainder of 0, as the wrapping interpreter does. The truncated
    /// quotient is floored when the remainder is nonzero and its sign
    /// differs from the divisor's.
    fn div(&mut self, i: usize) {
        let ins = self.t.ins[i];
        self.load_gpr(S1, ins.a);
        self.load_gpr(S2, ins.b);
        match ins.op {
            Opc::UDIV => asm!(self.ops; udiv X(X15), X(S1), X(S2)),
            Opc::UMOD => asm!(self.ops
                ; udiv X(X15), X(S1), X(S2)
                ; msub X(X15), X(X15), X(S2), X(S1)
            ),
            Opc::DIV => asm!(self.ops
                ; sdiv X(X15), X(S1), X(S2)
                ; msub X(S1), X(X15), X(S2), X(S1)
                ; cmp XSP(S1), 0
                ; eor X(S1), X(S1), X(S2)
                ; ccmp X(S1), 0, 0, ne
                ; cset X(S1), lt
                ; sub X(X15), X(X15), X(S1)
            ),
            _ => asm!(self.ops
                ; sdiv X(X15), X(S1), X(S2)
                ; msub X(X15), X(X15), X(S2), X(S1)
                ; eor X(S1), X(X15), X(S2)
                ; cmp XSP(X15), 0
                ; ccmp X(S1), 0, 0, ne
                ; add X(S1), X(X15), X(S2)
                ; csel X(X15), X(S1), X(X15), lt
            ),
        }
        self.store(i, X15);
    }

    fn shift(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let x = self.gpr(ins.a, S1);
        if let Some(k) = self.t.int_const(ins.b) {
            let k = (k & 63) as u32;
            let t = self.dst(i);
            match ins.op {
                Opc::SHL => asm!(self.ops; lsl X(t), X(x), k),
                Opc::SAR => asm!(self.ops; asr X(t), X(x), k),
                _ => asm!(self.ops; lsr X(t), X(x), k),
            }
            self.store(i, t);
            return;
        }
        let y = self.gpr(ins.b, S2);
        let t = self.dst(i);
        match ins.op {
            Opc::SHL => asm!(self.ops; lsl X(t), X(x), X(y)),
            Opc::SAR => asm!(self.ops; asr X(t), X(x), X(y)),
            _ => asm!(self.ops; lsr X(t), X(x), X(y)),
        }
        self.store(i, t);
    }

    fn minmax(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let x = self.gpr(ins.a, S1);
        let y = self.gpr(ins.b, S2);
        let t = self.dst(i);
        asm!(self.ops; cmp X(x), X(y));
        // Keep a unless it is past b.
        match ins.op {
            Opc::MIN => asm!(self.ops; csel X(t), X(x), X(y), le),
            Opc::MAX => asm!(self.ops; csel X(t), X(x), X(y), ge),
            Opc::UMIN => asm!(self.ops; csel X(t), X(x), X(y), ls),
            _ => asm!(self.ops; csel X(t), X(x), X(y), hs),
        }
        self.store(i, t);
    }

    /// `t = a op b` for a two-operand float instruction; `emit` gets the
    /// register numbers within the vector file.
    fn fbin(&mut self, i: usize, emit: impl FnOnce(&mut Self, u8, u8, u8)) {
        let ins = self.t.ins[i];
        let x = self.fpr(ins.a, FS) - D0;
        let y = self.fpr(ins.b, FS2) - D0;
        let t = self.dst(i);
        emit(self, t - D0, x, y);
        self.store(i, t);
    }

    /// A call per AAPCS64: integers in x0–x7, floats in d0–d7 (float32 in
    /// the low half), the rest in 8-byte stack slots in order. Variadic
    /// arguments go the same way on Linux, and nothing says how many there
    /// are in vector registers.
    fn call(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let t = self.t;
        let Some(ci) = t.calls.get(ins.aux as usize) else {
            return self.fail(AsmError::Invalid("unknown call".into()));
        };
        let (mut ngpr, mut nfpr) = (0, 0);
        let mut stack = Vec::new();
        let mut moves = Vec::new();
        let mut consts = Vec::new();
        let mut narrow = Vec::new();
        for &(r, c) in &ci.args {
            let reg = match c {
                CArg::Int(_) if ngpr < ARG_GPRS => {
                    ngpr += 1;
                    Some(X0 + ngpr - 1)
                }
                CArg::F32 | CArg::F64 if nfpr < ARG_FPRS => {
                    nfpr += 1;
                    Some(D0 + nfpr - 1)
                }
                _ => None,
            };
            match reg {
                Some(d) => {
                    if c == CArg::F32 {
                        narrow.push(d - D0);
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
        let frame = (stack.len() * 8).next_multiple_of(16);
        if frame >= 4096 {
            return self.fail(AsmError::Unsupported(format!(
                "{} stack arguments",
                stack.len()
            )));
        }
        let frame = frame as u32;
        if frame > 0 {
            asm!(self.ops; sub sp, sp, frame);
        }
        for (k, &(r, c)) in stack.iter().enumerate() {
            let off = 8 * k as u32;
            match c {
                CArg::F32 => {
                    let x = self.fpr(r, FS) - D0;
                    let fs = FS - D0;
                    asm!(self.ops; fcvt S(fs), D(x); str S(fs), [sp, off]);
                }
                _ => match self.src(r) {
                    Src::Reg(x) if x >= D0 => {
                        let x = x - D0;
                        asm!(self.ops; str D(x), [sp, off]);
                    }
                    _ => {
                        let x = self.gpr(r, S1);
                        asm!(self.ops; str X(x), [sp, off]);
                    }
                },
            }
        }
        for (d, s) in regalloc::order_moves(&moves) {
            self.mov_place(d, s);
        }
        for (d, k) in consts {
            self.load_const(d, k);
        }
        for x in narrow {
            asm!(self.ops; fcvt S(x), D(x));
        }
        self.mov_imm(S1, ci.addr as i64);
        asm!(self.ops; blr X(S1));
        if frame > 0 {
            asm!(self.ops; add sp, sp, frame);
        }
        // The callee leaves the bits above a narrow result undefined.
        let r = match ci.ret {
            Some(CArg::Int(m)) => {
                match m {
                    MemTy::B => asm!(self.ops; tst w0, 0xff; cset x0, ne),
                    MemTy::U8 => asm!(self.ops; uxtb w0, w0),
                    MemTy::I8 => asm!(self.ops; sxtb x0, w0),
                    MemTy::I16 => asm!(self.ops; sxth x0, w0),
                    MemTy::U16 => asm!(self.ops; uxth w0, w0),
                    MemTy::I32 => asm!(self.ops; sxtw x0, w0),
                    MemTy::U32 => asm!(self.ops; mov w0, w0),
                    _ => {}
                }
                X0
            }
            Some(CArg::F32) => {
                asm!(self.ops; fcvt d0, s0);
                D0
            }
            _ => D0,
        };
        if ins.is_guard() {
            let exit = self.exit(ins.snap);
            asm!(self.ops; cbnz x0, =>exit);
        }
        if ci.ret.is_some() {
            self.store(i, r);
        }
    }

    /// Moves values into argument registers, at once.
    fn args(&mut self, args: &[(Reg, Ref)]) {
        let mut moves = Vec::new();
        let mut consts = Vec::new();
        for &(d, r) in args {
            if r.is_const() {
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
    }

    /// A call of a function trace (see the contract in `backend/mod.rs`).
    /// Every caller-saved register is free here: the allocator keeps what
    /// lives across, `a` and `b` included, elsewhere; x3 and x4 serve as
    /// scratch once the arguments are in.
    fn callt(&mut self, i: usize) {
        let ins = self.t.ins[i];
        let t = self.t;
        let Some(ci) = t.calls.get(ins.aux as usize) else {
            return self.fail(AsmError::Invalid("unknown call".into()));
        };
        let Some(pid) = ci.args.first().and_then(|&(r, _)| t.int_const(r)) else {
            return self.fail(AsmError::Invalid("CALLT without a proto".into()));
        };
        let (limit, depth) = (NATIVE_LIMIT_OFFSET as u32, DEPTH_OFFSET as u32);
        let exit = self.exit(ins.snap);
        let (not_entered, slow, done) = (
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
        );
        self.args(&[(X0, ins.a), (2, ins.b)]);
        self.mov_imm(3, 8 * crate::trace::FRAME_LIMIT as i64);
        asm!(self.ops
            ; add x3, x0, x3
            ; ldr x4, [X(CTX), CTX_STACK_END]
            ; cmp x3, x4
            ; b.hi =>not_entered
            ; ldr X(S1), [X(CTX)]
            ; ldr x3, [X(S1), limit]
            ; ldr x4, [X(S1), depth]
            ; cmp x4, x3
            ; b.hs =>not_entered
            ; add x4, x4, 1
            ; str x4, [X(S1), depth]
            ; mov x1, X(CTX)
        );
        match (ci.addr, self.entry) {
            (0, Some(l)) => asm!(self.ops; bl =>l),
            (0, None) => {
                return self.fail(AsmError::Unsupported(
                    "a side trace calling its own entry".into(),
                ))
            }
            (f, _) => {
                self.mov_imm(S1, f as i64);
                asm!(self.ops; blr X(S1));
            }
        }
        asm!(self.ops
            ; ldr X(S1), [X(CTX)]
            ; ldr x1, [X(S1), depth]
            ; sub x1, x1, 1
            ; str x1, [X(S1), depth]
        );
        self.cmp(X0, Src::Imm(RETURNED as i64));
        asm!(self.ops; b.eq =>done; mov x1, x0; b =>slow; =>not_entered);
        self.mov_imm(1, NOT_ENTERED as i64);
        asm!(self.ops; =>slow);
        self.args(&[(2, ins.a), (3, ins.b)]);
        asm!(self.ops; ldr x0, [X(CTX)]);
        self.mov_imm(4, pid);
        self.mov_imm(S1, vm::tier::finish_call as *const () as usize as i64);
        asm!(self.ops; blr X(S1); cbnz w0, =>exit; =>done);
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
    links: &dyn Fn(u32) -> Option<usize>,
    mcode: &mut MCode,
) -> Result<Code, AsmError> {
    let legal = legalize(t);
    let ra = regalloc::allocate(t, &TARGET, &legal.reads, &legal.clobbers)?;
    let base = mcode.next();
    let mut a = Asm {
        ops: VecAssembler::new(base),
        t,
        ra: &ra,
        addrs: &legal.addrs,
        entry: None,
        exits: vec![None; t.snaps.len()],
        pool: HashMap::new(),
        notes: Vec::new(),
        err: None,
    };
    if kind == Kind::Root {
        let l = a.ops.new_dynamic_label();
        asm!(a.ops; =>l);
        a.entry = Some(l);
        a.prologue();
    }
    let link = a.ops.offset().0;
    let start = a.ops.new_dynamic_label();
    let loop_label = a.ops.new_dynamic_label();
    asm!(a.ops; =>start);
    for i in 0..t.ins.len() {
        if !ra.needed[i] {
            continue;
        }
        if t.ins[i].op == Opc::LOOP {
            a.note("->LOOP".into());
            asm!(a.ops; =>loop_label);
        }
        a.ins(i);
    }
    let end_snap = regalloc::end_snapshot(t);
    let epilogue = a.ops.new_dynamic_label();
    match t.end {
        End::Loop if t.loop_ref().is_some() => {
            a.phis();
            asm!(a.ops; b =>loop_label);
        }
        End::Return => {
            a.note("->return".into());
            a.mov_imm(X0, RETURNED as i64);
            asm!(a.ops; b =>epilogue);
        }
        End::Exit => {
            if let Some(s) = end_snap {
                let l = a.exit(s);
                asm!(a.ops; b =>l);
            }
        }
        End::Loop | End::Link(_) => {
            if let Some(s) = end_snap {
                a.write_back(s);
            }
            match t.end {
                End::Link(n) if n != trace_no => match links(n) {
                    Some(addr) => asm!(a.ops; b extern addr),
                    None => a.fail(AsmError::Unsupported(format!(
                        "link to trace {n}, not compiled"
                    ))),
                },
                _ => asm!(a.ops; b =>start),
            }
        }
    }
    let mut exits = vec![None; t.snaps.len()];
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
        a.mov_imm(X0, super::exit_id(trace_no, s as u32) as i64);
        asm!(a.ops; b =>epilogue);
        exits[s] = Some(base + a.ops.offset().0 - 4);
    }
    a.note("->epilogue".into());
    asm!(a.ops
        ; =>epilogue
        ; mov sp, x29
        ; ldp x19, x20, [sp, 16]
        ; ldp x21, x22, [sp, 32]
        ; ldp x23, x24, [sp, 48]
        ; ldp x25, x26, [sp, 64]
        ; ldp x27, x28, [sp, 80]
        ; ldp d8, d9, [sp, 96]
        ; ldp d10, d11, [sp, 112]
        ; ldp d12, d13, [sp, 128]
        ; ldp d14, d15, [sp, 144]
        ; ldp x29, x30, [sp]
        ; add sp, sp, FRAME
        ; ret
    );
    let code_len = a.ops.offset().0;
    if !a.pool.is_empty() {
        asm!(a.ops; .align 8);
        let mut pool: Vec<_> = a.pool.iter().map(|(&k, &l)| (k, l)).collect();
        pool.sort_by_key(|&(k, _)| k);
        for (bits, l) in pool {
            asm!(a.ops; =>l; .u64 bits);
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
        direct: Vec::new(),
        bytes,
        notes,
        code_len,
        saved: 7,
    })
}

/// Disassembly with addresses and instruction words.
pub(super) fn disasm(code: &Code) -> String {
    use yaxpeax_arch::{Decoder, U8Reader};
    use yaxpeax_arm::armv8::a64::InstDecoder;
    let mut out = String::new();
    let text = &code.bytes[..code.code_len.min(code.bytes.len())];
    let dec = InstDecoder::default();
    let mut notes = code.notes.iter().peekable();
    for (k, w) in text.chunks(4).enumerate() {
        let off = 4 * k;
        while let Some((_, n)) = notes.next_if(|(o, _)| *o <= off) {
            let _ = writeln!(out, "{n}:");
        }
        let mut word = [0u8; 4];
        word[..w.len()].copy_from_slice(w);
        let line = match dec.decode(&mut U8Reader::new(&word)) {
            Ok(ins) => ins.to_string(),
            Err(e) => format!(".word ({e})"),
        };
        let _ = writeln!(
            out,
            "{:016x}  {:08x}  {line}",
            code.entry + off,
            u32::from_le_bytes(word)
        );
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
