//! Constant folding, algebraic simplification and common-subexpression
//! elimination, applied as each instruction is emitted (the recorder and
//! the loop optimizer both emit through [`Builder::emit`], as LuaJIT's
//! `lj_opt_fold` is the front door of `lj_ir_emit`).
//!
//! Loads are forwarded and CSE'd here too (`lj_opt_mem`): a load returns
//! the value of an earlier load or store of the same location when no
//! store that may alias it, and no call, lies between.

use crate::ir::{flag, Ins, MemTy, Opc, Ref, Snapshot, Trace, Ty};
use std::collections::HashMap;

/// A trace under construction.
#[derive(Clone, Default)]
pub struct Builder {
    pub t: Trace,
    /// Pure instructions (and guards) by their operation and operands.
    cse: HashMap<Key, Ref>,
    /// The last instruction that may write memory a later load reads.
    last_call: Option<Ref>,
    /// Values carried around the loop: folding must not look through their
    /// definitions, which only hold in the first iteration (LuaJIT's
    /// PHIBARRIER).
    pub phi_barrier: std::collections::HashSet<Ref>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    op: Opc,
    ty: Ty,
    a: Ref,
    b: Ref,
    c: Ref,
    aux: u32,
    guard: bool,
}

fn key(ins: &Ins) -> Key {
    Key {
        op: ins.op,
        ty: ins.ty,
        a: ins.a,
        b: ins.b,
        c: ins.c,
        aux: ins.aux,
        guard: ins.is_guard(),
    }
}

/// What folding made of an instruction.
enum Folded {
    /// Emit this (possibly rewritten) instruction.
    Emit(Ins),
    /// The value is an existing one.
    Value(Ref),
    /// An integer or float constant.
    Int(i64),
    Num(f64),
    /// A guard that always holds: nothing to emit.
    Drop,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Starts from an existing trace (the loop optimizer re-emits its body).
    pub fn from_trace(t: Trace) -> Builder {
        let mut b = Builder {
            t,
            ..Builder::default()
        };
        for i in 0..b.t.ins.len() {
            let ins = b.t.ins[i];
            b.note(&ins, Ref::ins(i));
        }
        b
    }

    fn note(&mut self, ins: &Ins, r: Ref) {
        if ins.op.is(flag::CALL) || ins.op == Opc::LOOP {
            self.last_call = Some(r);
        }
        if ins.op.is(flag::PURE) {
            self.cse.entry(key(ins)).or_insert(r);
        } else if ins.op.is(flag::LOAD) {
            // The latest load of a location is the one later loads reuse.
            self.cse.insert(key(ins), r);
        }
    }

    pub fn kint(&mut self, v: i64) -> Ref {
        self.t.kint(v)
    }

    pub fn knum(&mut self, v: f64) -> Ref {
        self.t.knum(v)
    }

    /// Emits a value instruction; returns its (possibly folded) value.
    pub fn ins(&mut self, op: Opc, ty: Ty, a: Ref, b: Ref) -> Ref {
        self.emit(Ins::new(op, ty, a, b, Ref::NONE, 0))
    }

    /// Emits a guard that `a op b` holds, exiting with snapshot `snap`.
    /// Returns false when the guard always fails (the caller should stop
    /// recording: the trace could never get past it).
    pub fn guard(&mut self, op: Opc, a: Ref, b: Ref, snap: u32) -> bool {
        let mut ins = Ins::new(op, Ty::Int, a, b, Ref::NONE, 0);
        ins.snap = snap;
        let r = self.emit(ins);
        self.t.int_const(r) != Some(0)
    }

    /// Emits an instruction through folding and CSE.
    pub fn emit(&mut self, ins: Ins) -> Ref {
        let mut ins = canonical(ins);
        // A rewrite may enable another (x - 1 + 1 becomes x + 0, then x).
        let mut folded = Folded::Emit(ins);
        for _ in 0..4 {
            if !ins.op.is(flag::PURE) {
                break;
            }
            folded = fold(&mut self.t, ins, &self.phi_barrier);
            match folded {
                Folded::Emit(i) if i != ins => ins = canonical(i),
                _ => break,
            }
        }
        let ins = match folded {
            Folded::Emit(i) => i,
            Folded::Value(r) => return r,
            Folded::Int(v) => {
                // A comparison that always fails stays as a guard: the
                // trace exits there every time.
                if ins.is_guard() && v == 0 {
                    return self.push(ins);
                }
                return self.kint(v);
            }
            Folded::Num(v) => return self.knum(v),
            Folded::Drop => return Ref::NONE,
        };
        if let Some(r) = self.lookup(&ins) {
            return r;
        }
        if let Some(r) = self.forward(&ins) {
            return r;
        }
        self.push(ins)
    }

    fn push(&mut self, ins: Ins) -> Ref {
        let r = self.t.push(ins);
        self.note(&ins, r);
        r
    }

    /// An equal pure instruction, or an equal load with nothing that may
    /// change its memory since. A guard implied by an earlier guard is
    /// dropped; a comparison an earlier guard decided is 1.
    fn lookup(&mut self, ins: &Ins) -> Option<Ref> {
        if !(ins.op.is(flag::PURE) || ins.op.is(flag::LOAD)) {
            return None;
        }
        let k = key(ins);
        if let Some(&found) = self.cse.get(&k) {
            if ins.op.is(flag::LOAD) && !self.unchanged_since(found, ins) {
                return None;
            }
            return Some(if ins.is_guard() { Ref::NONE } else { found });
        }
        if ins.op.is(flag::CMP) && !ins.is_guard() {
            let g = Key { guard: true, ..k };
            if self.cse.contains_key(&g) {
                return Some(self.kint(1));
            }
        }
        None
    }

    /// Whether memory read by `ins` is unchanged since instruction `since`.
    fn unchanged_since(&self, since: Ref, ins: &Ins) -> bool {
        if self.last_call.is_some_and(|c| c > since) {
            return false;
        }
        self.t.ins[since.idx() + 1..]
            .iter()
            .all(|s| !may_write(&self.t, s, ins))
    }

    /// Store-to-load forwarding: a load of a location the trace last
    /// stored gives the stored value (narrowed as memory would).
    fn forward(&mut self, ins: &Ins) -> Option<Ref> {
        let (store_op, width) = match ins.op {
            Opc::XLOAD => (Opc::XSTORE, ins.mem()?),
            Opc::GLOAD => (Opc::GSTORE, MemTy::I64),
            _ => return None,
        };
        let start = self.last_call.map_or(0, |c| c.idx() + 1);
        for i in (start..self.t.ins.len()).rev() {
            let s = self.t.ins[i];
            if s.op == store_op && s.aux == ins.aux && s.a == ins.a && s.b == ins.b {
                let v = if store_op == Opc::GSTORE { s.a } else { s.c };
                return Some(self.narrow(v, width));
            }
            if may_write(&self.t, &s, ins) {
                return None;
            }
        }
        None
    }

    /// The value a store of `v` to memory of type `m` reads back as.
    fn narrow(&mut self, v: Ref, m: MemTy) -> Ref {
        let op = match m {
            MemTy::I64 | MemTy::F64 => return v,
            MemTy::B => {
                let zero = self.kint(0);
                return self.ins(Opc::NE, Ty::Int, v, zero);
            }
            MemTy::I8 => Opc::SEXT8,
            MemTy::U8 => Opc::ZEXT8,
            MemTy::I16 => Opc::SEXT16,
            MemTy::U16 => Opc::ZEXT16,
            MemTy::I32 => Opc::SEXT32,
            MemTy::U32 => Opc::ZEXT32,
            MemTy::F32 => Opc::F32R,
        };
        let ty = m.ty();
        self.ins(op, ty, v, Ref::NONE)
    }

    /// Adds a snapshot taken before the next instruction; returns its
    /// number.
    pub fn snapshot(&mut self, s: Snapshot) -> u32 {
        self.t.snaps.push(s);
        (self.t.snaps.len() - 1) as u32
    }
}

/// Whether `s` may write memory that the load `load` reads.
fn may_write(t: &Trace, s: &Ins, load: &Ins) -> bool {
    match (s.op, load.op) {
        (Opc::CALL, _) => true,
        (Opc::SSTORE, Opc::SLOAD) | (Opc::GSTORE, Opc::GLOAD) => s.aux == load.aux,
        (Opc::XSTORE, Opc::XLOAD) => {
            // Only the same base with disjoint constant offsets is known
            // apart: views and raw pointers may alias anything.
            let (Some(m1), Some(m2)) = (s.mem(), load.mem()) else {
                return true;
            };
            match (t.int_const(s.b), t.int_const(load.b)) {
                (Some(o1), Some(o2)) if s.a == load.a => {
                    o1 < o2 + m2.size() as i64 && o2 < o1 + m1.size() as i64
                }
                _ => true,
            }
        }
        _ => false,
    }
}

/// Orders the operands of commutative operations and comparisons (the
/// older value first, constants last), so that CSE finds `b + a` and
/// `b > a` as `a + b` and `a < b`.
fn canonical(mut ins: Ins) -> Ins {
    if ins.a > ins.b && !ins.b.is_none() {
        if ins.op.is(flag::COMM) {
            std::mem::swap(&mut ins.a, &mut ins.b);
        } else if let Some(op) = ins.op.swap() {
            ins.op = op;
            std::mem::swap(&mut ins.a, &mut ins.b);
        }
    }
    ins
}

fn int_cmp(op: Opc, x: i64, y: i64) -> Option<bool> {
    let (ux, uy) = (x as u64, y as u64);
    Some(match op {
        Opc::EQ => x == y,
        Opc::NE => x != y,
        Opc::LT => x < y,
        Opc::GE => x >= y,
        Opc::LE => x <= y,
        Opc::GT => x > y,
        Opc::ULT => ux < uy,
        Opc::UGE => ux >= uy,
        Opc::ULE => ux <= uy,
        Opc::UGT => ux > uy,
        _ => return None,
    })
}

#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn num_cmp(op: Opc, x: f64, y: f64) -> Option<bool> {
    Some(match op {
        Opc::FEQ => x == y,
        Opc::FNE => x != y,
        Opc::FLT => x < y,
        Opc::FGE => x >= y,
        Opc::FLE => x <= y,
        Opc::FGT => x > y,
        Opc::FNLT => !(x < y),
        Opc::FNGE => !(x >= y),
        Opc::FNLE => !(x <= y),
        Opc::FNGT => !(x > y),
        _ => return None,
    })
}

/// Integer operations on constants, exactly as the interpreter computes
/// them.
fn int_op(op: Opc, x: i64, y: i64) -> Option<i64> {
    let (ux, uy) = (x as u64, y as u64);
    Some(match op {
        Opc::ADD => x.wrapping_add(y),
        Opc::SUB => x.wrapping_sub(y),
        Opc::MUL => x.wrapping_mul(y),
        Opc::DIV => vm::interp::floordiv(x, y)?,
        Opc::MOD => vm::interp::floormod(x, y)?,
        Opc::UDIV => ux.checked_div(uy)? as i64,
        Opc::UMOD => ux.checked_rem(uy)? as i64,
        Opc::BAND => x & y,
        Opc::BOR => x | y,
        Opc::BXOR => x ^ y,
        Opc::SHL if (0..64).contains(&y) => x << y,
        Opc::SAR if (0..64).contains(&y) => x >> y,
        Opc::SHR if (0..64).contains(&y) => (ux >> y) as i64,
        Opc::MIN => x.min(y),
        Opc::MAX => x.max(y),
        Opc::UMIN => ux.min(uy) as i64,
        Opc::UMAX => ux.max(uy) as i64,
        _ => return None,
    })
}

fn int_unop(op: Opc, x: i64) -> Option<i64> {
    Some(match op {
        Opc::NEG => x.wrapping_neg(),
        Opc::BNOT => !x,
        Opc::ABS => x.wrapping_abs(),
        Opc::SEXT8 => x as i8 as i64,
        Opc::SEXT16 => x as i16 as i64,
        Opc::SEXT32 => x as i32 as i64,
        Opc::ZEXT8 => x as u8 as i64,
        Opc::ZEXT16 => x as u16 as i64,
        Opc::ZEXT32 => x as u32 as i64,
        _ => return None,
    })
}

fn num_op(op: Opc, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        Opc::FADD => x + y,
        Opc::FSUB => x - y,
        Opc::FMUL => x * y,
        Opc::FDIV => x / y,
        Opc::FMIN => {
            if y < x {
                y
            } else {
                x
            }
        }
        Opc::FMAX => {
            if y > x {
                y
            } else {
                x
            }
        }
        _ => return None,
    })
}

fn num_unop(op: Opc, x: f64) -> Option<f64> {
    Some(match op {
        Opc::FNEG => -x,
        Opc::FABS => x.abs(),
        Opc::FSQRT => x.sqrt(),
        Opc::FFLOOR => x.floor(),
        Opc::FCEIL => x.ceil(),
        Opc::FTRUNC => x.trunc(),
        Opc::F32R => x as f32 as f64,
        _ => return None,
    })
}

/// Folds a pure instruction.
/// Whether float `r` is never less than zero (it may be NaN), looking
/// `depth` definitions deep but not through values carried around a loop.
fn not_negative(t: &Trace, r: Ref, barrier: &std::collections::HashSet<Ref>, depth: u32) -> bool {
    if let Some(x) = t.num_const(r) {
        return x >= 0.0 || x.is_nan();
    }
    if depth == 0 || !r.is_ins() || barrier.contains(&r) {
        return false;
    }
    let ins = &t.ins[r.idx()];
    let both =
        || not_negative(t, ins.a, barrier, depth - 1) && not_negative(t, ins.b, barrier, depth - 1);
    match ins.op {
        Opc::FABS | Opc::FSQRT => true,
        Opc::FMUL if ins.a == ins.b => true,
        // Not a quotient: 1 / -0.0 is -inf.
        Opc::FADD | Opc::FMUL => both(),
        _ => false,
    }
}

fn fold(t: &mut Trace, ins: Ins, barrier: &std::collections::HashSet<Ref>) -> Folded {
    use Opc::*;
    let (a, b) = (ins.a, ins.b);
    let (ka, kb) = (t.int_const(a), t.int_const(b));
    let (na, nb) = (t.num_const(a), t.num_const(b));
    let verdict = |v: bool| {
        if ins.is_guard() {
            if v {
                Folded::Drop
            } else {
                Folded::Int(0)
            }
        } else {
            Folded::Int(v as i64)
        }
    };
    // Constants.
    if let (Some(x), Some(y)) = (ka, kb) {
        if let Some(v) = int_cmp(ins.op, x, y) {
            return verdict(v);
        }
        if let Some(v) = int_op(ins.op, x, y) {
            return Folded::Int(v);
        }
    }
    if let (Some(x), Some(y)) = (na, nb) {
        if let Some(v) = num_cmp(ins.op, x, y) {
            return verdict(v);
        }
        if let Some(v) = num_op(ins.op, x, y) {
            return Folded::Num(v);
        }
    }
    // x < 0 is false for a square, a sum of squares, a root or an absolute
    // value (true NaN-ness included): math.sqrt's guard on a distance.
    if ins.op == FNLT && nb.is_some_and(|y| y <= 0.0) && not_negative(t, a, barrier, 4) {
        return verdict(true);
    }
    if b.is_none() {
        if let Some(x) = ka {
            if let Some(v) = int_unop(ins.op, x) {
                return Folded::Int(v);
            }
            match ins.op {
                I2F => return Folded::Num(x as f64),
                U2F => return Folded::Num(x as u64 as f64),
                BITF => return Folded::Num(f64::from_bits(x as u64)),
                _ => {}
            }
        }
        if let Some(x) = na {
            if let Some(v) = num_unop(ins.op, x) {
                return Folded::Num(v);
            }
            match ins.op {
                F2IS => return Folded::Int(x as i64),
                F2I if x.is_finite() && x.abs() < 9.2e18 => return Folded::Int(x as i64),
                BITI => return Folded::Int(x.to_bits() as i64),
                _ => {}
            }
        }
    }
    // Algebra. Only identities that hold for every value, NaN and -0.0
    // included.
    let def = |t: &Trace, r: Ref| (r.is_ins() && !barrier.contains(&r)).then(|| t.ins[r.idx()]);
    if ins.op == SEL {
        let x = ins.c;
        if let Some(k) = ka {
            return Folded::Value(if k != 0 { b } else { x });
        }
        if b == x {
            return Folded::Value(b);
        }
        // A comparison is 0 or 1: `c ? x + 1 : x` is `x + c` (a counter
        // without a branch), `c ? x - 1 : x` is `x - c`.
        let cmp = def(t, a).is_some_and(|d| d.op.is(flag::CMP) && !d.is_guard());
        if cmp && kb == Some(1) && t.int_const(x) == Some(0) {
            return Folded::Value(a);
        }
        if let Some(d) = def(t, b).filter(|d| cmp && d.op == ADD) {
            let k = match (d.a == x, d.b == x) {
                (true, _) => t.int_const(d.b),
                (_, true) => t.int_const(d.a),
                _ => None,
            };
            match k {
                Some(1) => return Folded::Emit(Ins::new(ADD, Ty::Int, x, a, Ref::NONE, 0)),
                Some(-1) => return Folded::Emit(Ins::new(SUB, Ty::Int, x, a, Ref::NONE, 0)),
                _ => {}
            }
        }
        return Folded::Emit(ins);
    }
    match (ins.op, kb) {
        (ADD | SUB | BOR | BXOR | SHL | SAR | SHR, Some(0)) => return Folded::Value(a),
        (MUL | BAND, Some(0)) => return Folded::Int(0),
        (MUL, Some(1)) | (BAND, Some(-1)) => return Folded::Value(a),
        (BOR, Some(-1)) => return Folded::Int(-1),
        (SUB, Some(k)) => {
            let b = t.kint(k.wrapping_neg());
            return Folded::Emit(Ins { op: ADD, b, ..ins });
        }
        // Python's floor division and modulo by a power of two are an
        // arithmetic shift and a mask, for negative dividends too.
        (DIV, Some(k)) if k > 0 && k & (k - 1) == 0 => {
            let b = t.kint(k.trailing_zeros() as i64);
            return Folded::Emit(Ins { op: SAR, b, ..ins });
        }
        (MOD, Some(k)) if k > 0 && k & (k - 1) == 0 => {
            let b = t.kint(k - 1);
            return Folded::Emit(Ins { op: BAND, b, ..ins });
        }
        (UDIV, Some(k)) if k > 0 && k & (k - 1) == 0 => {
            let b = t.kint(k.trailing_zeros() as i64);
            return Folded::Emit(Ins { op: SHR, b, ..ins });
        }
        (UMOD, Some(k)) if k != 0 && (k as u64).is_power_of_two() => {
            let b = t.kint(k.wrapping_sub(1));
            return Folded::Emit(Ins { op: BAND, b, ..ins });
        }
        (MUL, Some(k)) if k > 1 && k & (k - 1) == 0 => {
            let b = t.kint(k.trailing_zeros() as i64);
            return Folded::Emit(Ins { op: SHL, b, ..ins });
        }
        (ADD, Some(k2)) => {
            // (x + k1) + k2 = x + (k1 + k2): induction variables fold.
            if let Some(d) = def(t, a).filter(|d| d.op == ADD) {
                if let Some(k1) = t.int_const(d.b) {
                    let b = t.kint(k1.wrapping_add(k2));
                    return Folded::Emit(Ins { a: d.a, b, ..ins });
                }
            }
        }
        _ => {}
    }
    if a == b && !a.is_none() {
        match ins.op {
            SUB | BXOR => return Folded::Int(0),
            BAND | BOR | MIN | MAX | UMIN | UMAX => return Folded::Value(a),
            EQ | LE | GE | ULE | UGE => return verdict(true),
            NE | LT | GT | ULT | UGT => return verdict(false),
            _ => {}
        }
    }
    match (ins.op, nb) {
        (FMUL | FDIV, Some(1.0)) => return Folded::Value(a),
        (FSUB, Some(y)) if y == 0.0 && y.is_sign_positive() => return Folded::Value(a),
        (FADD, Some(y)) if y == 0.0 && y.is_sign_negative() => return Folded::Value(a),
        _ => {}
    }
    if let Some(d) = def(t, a) {
        match (ins.op, d.op) {
            (NEG, NEG) | (BNOT, BNOT) | (FNEG, FNEG) => return Folded::Value(d.a),
            (SEXT8, SEXT8)
            | (SEXT16, SEXT16)
            | (SEXT32, SEXT32)
            | (ZEXT8, ZEXT8)
            | (ZEXT16, ZEXT16)
            | (ZEXT32, ZEXT32)
            | (F32R, F32R)
            | (FABS, FABS)
            | (FFLOOR, FFLOOR)
            | (FCEIL, FCEIL)
            | (FTRUNC, FTRUNC) => return Folded::Value(a),
            (BITI, BITF) | (BITF, BITI) => return Folded::Value(d.a),
            _ => {}
        }
    }
    Folded::Emit(ins)
}
