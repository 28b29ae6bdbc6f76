//! The backends' correctness proof: traces built from IR text or with the
//! builder are compiled, run on a `regs` array, and checked slot by slot
//! and exit by exit against Rust's own semantics (which the interpreter
//! shares). Every test runs through [`Backend`], so another target runs the
//! same table by adding itself to [`backends`].

use super::{exit_id, AsmError, Code, Ctx, Kind};
use crate::ir::*;
use crate::mcode::MCode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use vm::bytecode::Proto;
use vm::dtype::DType;
use vm::interp::{Output, Vm, DEPTH_OFFSET, MAX_DEPTH, NATIVE_LIMIT_OFFSET};
use vm::tier::{At, Resume, Tier, TraceCode};

/// A backend under test.
trait Backend {
    fn name(&self) -> String;
    /// Compiles trace number `no`; `End::Link` reaches traces this backend
    /// compiled before.
    fn compile(&mut self, t: &Trace, no: u32, kind: Kind) -> Result<Code, AsmError>;
    fn patch(&mut self, code: &Code, snap: u32, target: usize) -> Result<(), AsmError>;
    /// Runs a root trace on `regs` as the interpreter enters a loop trace
    /// (no `ret`) and returns its exit id.
    fn run(&mut self, code: &Code, regs: &mut [u64], ctx: &Ctx) -> u64 {
        self.call(code, regs, ctx, std::ptr::null_mut())
    }
    /// Runs a root trace on `regs` with results going to `ret`, as the
    /// interpreter enters a function trace.
    fn call(&mut self, code: &Code, regs: &mut [u64], ctx: &Ctx, ret: *mut u64) -> u64 {
        assert_eq!(code.kind, Kind::Root);
        // SAFETY: the code was compiled by a backend into its live memory;
        // every test trace touches only slots inside `regs`, objects it was
        // handed and `ret` (valid when the trace stores there), and one
        // that calls traces gets a real VM in `ctx`.
        unsafe { code.enter(regs.as_mut_ptr(), ctx, ret) }
    }
}

#[cfg(target_arch = "x86_64")]
struct X64 {
    mcode: MCode,
    links: HashMap<u32, (usize, u8)>,
    feat: super::x86_64::Features,
    /// The last root's `Code::saved`: the tests compile side traces of
    /// the root compiled last.
    root_saved: u8,
}

#[cfg(target_arch = "x86_64")]
impl Backend for X64 {
    fn name(&self) -> String {
        format!("x86-64 {:?}", self.feat)
    }

    fn compile(&mut self, t: &Trace, no: u32, kind: Kind) -> Result<Code, AsmError> {
        super::validate(t)?;
        let links = &self.links;
        let code = super::x86_64::assemble(
            t,
            no,
            kind,
            self.root_saved,
            &|n| links.get(&n).copied(),
            &mut self.mcode,
            self.feat,
        )?;
        self.links.insert(no, (code.link, code.saved));
        if kind == Kind::Root {
            self.root_saved = code.saved;
        }
        Ok(code)
    }

    fn patch(&mut self, code: &Code, snap: u32, target: usize) -> Result<(), AsmError> {
        code.patch_exit(&mut self.mcode, snap, target)
    }
}

#[cfg(target_arch = "aarch64")]
struct A64 {
    mcode: MCode,
    links: HashMap<u32, usize>,
}

#[cfg(target_arch = "aarch64")]
impl Backend for A64 {
    fn name(&self) -> String {
        "aarch64".into()
    }

    fn compile(&mut self, t: &Trace, no: u32, kind: Kind) -> Result<Code, AsmError> {
        super::validate(t)?;
        let links = &self.links;
        let code =
            super::aarch64::assemble(t, no, kind, &|n| links.get(&n).copied(), &mut self.mcode)?;
        self.links.insert(no, code.link);
        Ok(code)
    }

    fn patch(&mut self, code: &Code, snap: u32, target: usize) -> Result<(), AsmError> {
        code.patch_exit(&mut self.mcode, snap, target)
    }
}

/// Every backend this host runs: x86-64 as detected, and without SSE4.1
/// (FFLOOR and friends through libm); AArch64.
fn backends() -> Vec<Box<dyn Backend>> {
    #[cfg(target_arch = "aarch64")]
    {
        vec![Box::new(A64 {
            mcode: MCode::new(256 << 20).unwrap(),
            links: HashMap::new(),
        })]
    }
    #[cfg(target_arch = "x86_64")]
    {
        let detected = super::x86_64::Features::detect();
        let mut v: Vec<Box<dyn Backend>> = Vec::new();
        for sse41 in [detected.sse41, false] {
            v.push(Box::new(X64 {
                mcode: MCode::new(256 << 20).unwrap(),
                links: HashMap::new(),
                feat: super::x86_64::Features { sse41 },
                root_saved: 0,
            }));
        }
        v
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        Vec::new()
    }
}

/// The register sets of the host's backend.
#[cfg(target_arch = "x86_64")]
const TARGET: &super::regalloc::Target = &super::x86_64::TARGET;
#[cfg(target_arch = "aarch64")]
const TARGET: &super::regalloc::Target = &super::aarch64::TARGET;

fn ctx() -> Ctx {
    Ctx {
        vm: dummy_vm(),
        globals: std::ptr::null_mut(),
        depth: 0,
        limit: 0,
        stack_end: std::ptr::null_mut(),
        call_room: std::ptr::null_mut(),
    }
}

/// Memory the size of a VM for code that calls C: calls write the VM's
/// depth for the Rust code they may reach.
fn dummy_vm() -> *mut u8 {
    Box::leak(vec![0u8; size_of::<Vm>()].into_boxed_slice()).as_mut_ptr()
}

/// Compiles `t` as a root trace and runs it.
fn exec(b: &mut dyn Backend, t: &Trace, regs: &mut [u64]) -> u64 {
    let code = b
        .compile(t, 1, Kind::Root)
        .unwrap_or_else(|e| panic!("{}: {e}\n{}", b.name(), t.dump()));
    b.run(&code, regs, &ctx())
}

fn parse(text: &str, end: End) -> Trace {
    let mut t = Trace::parse(text).unwrap();
    t.end = end;
    t
}

fn ins(t: &mut Trace, op: Opc, ty: Ty, a: Ref, b: Ref, aux: u32) -> Ref {
    t.push(Ins::new(op, ty, a, b, Ref::NONE, aux))
}

fn sload(t: &mut Trace, slot: u32, ty: Ty) -> Ref {
    ins(t, Opc::SLOAD, ty, Ref::NONE, Ref::NONE, slot)
}

fn sstore(t: &mut Trace, slot: u32, v: Ref) {
    ins(t, Opc::SSTORE, Ty::Void, v, Ref::NONE, slot);
}

fn guard(t: &mut Trace, op: Opc, a: Ref, b: Ref, snap: u32) {
    let mut g = Ins::new(op, Ty::Int, a, b, Ref::NONE, 0);
    g.snap = snap;
    t.push(g);
}

/// Takes a snapshot of `entries` (slot, value) at the current position.
fn snap(t: &mut Trace, entries: &[(u32, Ref)]) -> u32 {
    let start = t.entries.len() as u32;
    let mut sorted = entries.to_vec();
    sorted.sort_by_key(|e| e.0);
    for (slot, val) in sorted {
        t.entries.push(SnapEntry { slot, val });
    }
    t.snaps.push(Snapshot {
        at: t.ins.len() as u32,
        pc: 0,
        frames: 0..0,
        entries: start..t.entries.len() as u32,
        error: false,
    });
    (t.snaps.len() - 1) as u32
}

/// A typed value.
#[derive(Clone, Copy, Debug)]
enum V {
    I(i64),
    F(f64),
}

impl V {
    fn bits(self) -> u64 {
        match self {
            V::I(v) => v as u64,
            V::F(f) => f.to_bits(),
        }
    }
    /// Equal bits, or both NaN (payloads are not part of the semantics).
    fn same(self, bits: u64) -> bool {
        match self {
            V::I(v) => v as u64 == bits,
            V::F(f) => f.to_bits() == bits || f.is_nan() && f64::from_bits(bits).is_nan(),
        }
    }
    fn konst(self, t: &mut Trace) -> Ref {
        match self {
            V::I(v) => t.kint(v),
            V::F(f) => t.knum(f),
        }
    }
}

const INTS: &[i64] = &[
    0,
    1,
    -1,
    2,
    -2,
    3,
    -3,
    7,
    -7,
    31,
    32,
    63,
    64,
    127,
    128,
    -128,
    -129,
    255,
    256,
    32767,
    32768,
    -32768,
    -32769,
    65535,
    65536,
    i32::MAX as i64,
    i32::MIN as i64,
    u32::MAX as i64,
    1 << 32,
    i64::MAX,
    i64::MIN,
    i64::MIN + 1,
    0x1234_5678_9abc_def0,
    -0x1234_5678_9abc_def0,
];

/// 2^63 as a double.
const TWO63: f64 = 9_223_372_036_854_775_808.0;

const FLOATS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    3.7,
    -3.7,
    0.1,
    1e300,
    -1e300,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MIN_POSITIVE,
    5e-324,
    9007199254740993.0,
    TWO63,
    -TWO63,
    1.8446744073709552e19,
    3.4028235e38,
    3.4028236e38,
    1.0000001,
    1e-46,
];

/// Near the edges of u64 → f64 rounding: 2^53, 2^63 and 2^64.
const U64S: &[u64] = &[
    (1 << 53) + 1,
    (1 << 53) + 3,
    (1 << 63) - 1,
    (1 << 63) - 512,
    (1 << 63) - 513,
    1 << 63,
    (1 << 63) + 1,
    (1 << 63) + 1024,
    (1 << 63) + 1025,
    (1 << 63) + 3072,
    u64::MAX - 1024,
    u64::MAX - 1023,
    u64::MAX,
];

/// The operand type of an opcode's operands, for the op tests.
fn arg_ty(op: Opc) -> Ty {
    super::operand_ty(op).unwrap_or(Ty::Int)
}

fn arity(op: Opc) -> usize {
    op.operands()
        .iter()
        .filter(|k| **k == crate::ir::Kind::R)
        .count()
}

/// What an opcode computes, as Rust (and so the interpreter) computes it;
/// `None` where the IR leaves it undefined (a zero divisor, a shift out of
/// range, F2I out of range).
fn eval(op: Opc, x: &[V]) -> Option<V> {
    use Opc::*;
    use V::{F, I};
    let i = |k: usize| match x[k] {
        I(v) => v,
        F(f) => f.to_bits() as i64,
    };
    let u = |k: usize| i(k) as u64;
    let f = |k: usize| match x[k] {
        F(v) => v,
        I(v) => f64::from_bits(v as u64),
    };
    let b = |c: bool| I(c as i64);
    let sh = || u32::try_from(i(1)).ok().filter(|&s| s < 64);
    Some(match op {
        EQ => b(i(0) == i(1)),
        NE => b(i(0) != i(1)),
        LT => b(i(0) < i(1)),
        GE => b(i(0) >= i(1)),
        LE => b(i(0) <= i(1)),
        GT => b(i(0) > i(1)),
        ULT => b(u(0) < u(1)),
        UGE => b(u(0) >= u(1)),
        ULE => b(u(0) <= u(1)),
        UGT => b(u(0) > u(1)),
        FEQ => b(f(0) == f(1)),
        FNE => b(f(0) != f(1)),
        FLT => b(f(0) < f(1)),
        FGE => b(f(0) >= f(1)),
        FLE => b(f(0) <= f(1)),
        FGT => b(f(0) > f(1)),
        FNLT => b(f(0).partial_cmp(&f(1)) != Some(std::cmp::Ordering::Less)),
        FNGE => b(!matches!(
            f(0).partial_cmp(&f(1)),
            Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
        )),
        FNLE => b(!matches!(
            f(0).partial_cmp(&f(1)),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        )),
        FNGT => b(f(0).partial_cmp(&f(1)) != Some(std::cmp::Ordering::Greater)),
        ADD => I(i(0).wrapping_add(i(1))),
        SUB => I(i(0).wrapping_sub(i(1))),
        MUL => I(i(0).wrapping_mul(i(1))),
        DIV => I(vm::interp::floordiv(i(0), i(1))?),
        MOD => I(vm::interp::floormod(i(0), i(1))?),
        UDIV => I(u(0).checked_div(u(1))? as i64),
        UMOD => I(u(0).checked_rem(u(1))? as i64),
        NEG => I(i(0).wrapping_neg()),
        BAND => I(i(0) & i(1)),
        BOR => I(i(0) | i(1)),
        BXOR => I(i(0) ^ i(1)),
        BNOT => I(!i(0)),
        SHL => I(i(0) << sh()?),
        SAR => I(i(0) >> sh()?),
        SHR => I((u(0) >> sh()?) as i64),
        MIN => I(i(0).min(i(1))),
        MAX => I(i(0).max(i(1))),
        UMIN => I(u(0).min(u(1)) as i64),
        UMAX => I(u(0).max(u(1)) as i64),
        ABS => I(i(0).wrapping_abs()),
        SEL => I(if i(0) != 0 { i(1) } else { i(2) }),
        SEXT8 => I(i(0) as i8 as i64),
        SEXT16 => I(i(0) as i16 as i64),
        SEXT32 => I(i(0) as i32 as i64),
        ZEXT8 => I(i(0) as u8 as i64),
        ZEXT16 => I(i(0) as u16 as i64),
        ZEXT32 => I(i(0) as u32 as i64),
        FADD => F(f(0) + f(1)),
        FSUB => F(f(0) - f(1)),
        FMUL => F(f(0) * f(1)),
        FDIV => F(f(0) / f(1)),
        FNEG => F(-f(0)),
        FABS => F(f(0).abs()),
        FSQRT => F(f(0).sqrt()),
        FMIN => F(if f(1) < f(0) { f(1) } else { f(0) }),
        FMAX => F(if f(1) > f(0) { f(1) } else { f(0) }),
        FFLOOR => F(f(0).floor()),
        FCEIL => F(f(0).ceil()),
        FTRUNC => F(f(0).trunc()),
        F32R => F(f(0) as f32 as f64),
        I2F => F(i(0) as f64),
        U2F => F(u(0) as f64),
        F2I => {
            let v = f(0);
            if !(-TWO63..TWO63).contains(&v) {
                return None;
            }
            I(v as i64)
        }
        F2IS => I(f(0) as i64),
        BITF => F(f64::from_bits(u(0))),
        BITI => I(f(0).to_bits() as i64),
        _ => return None,
    })
}

/// The opcodes `eval` covers: pure ones on values alone.
fn value_ops() -> Vec<Opc> {
    Opc::ALL
        .iter()
        .copied()
        .filter(|&op| op.is(flag::PURE) && op.aux() == Aux::None && arity(op) > 0)
        .collect()
}

fn values(ty: Ty, op: Opc) -> Vec<V> {
    match ty {
        Ty::Num => FLOATS.iter().map(|&f| V::F(f)).collect(),
        _ if op == Opc::U2F => INTS
            .iter()
            .copied()
            .chain(U64S.iter().map(|&u| u as i64))
            .map(V::I)
            .collect(),
        _ => INTS.iter().map(|&v| V::I(v)).collect(),
    }
}

/// Every argument tuple of `op` from the edge values, with its result.
fn cases(op: Opc) -> Vec<(Vec<V>, V)> {
    let vals = values(arg_ty(op), op);
    let tuples: Vec<Vec<V>> = match arity(op) {
        1 => vals.iter().map(|&v| vec![v]).collect(),
        2 => vals
            .iter()
            .flat_map(|&a| vals.iter().map(move |&b| vec![a, b]))
            .collect(),
        // A selector (0, 1 or another nonzero) and value pairs.
        _ => {
            let mut t = Vec::new();
            for c in [0, 1, -1] {
                for &a in &vals {
                    t.extend(vals.iter().map(|&b| vec![V::I(c), a, b]));
                }
            }
            t
        }
    };
    tuples
        .into_iter()
        .filter_map(|args| eval(op, &args).map(|r| (args, r)))
        .collect()
}

/// Where the operands of the op tests come from.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// Loaded right before the op: registers.
    Seq,
    /// All loaded at the start, so most live in spill slots at the op.
    Hoisted,
    /// Constants: the first, the second, or all operands.
    ConstA,
    ConstB,
    Consts,
}

const SHAPES: [Shape; 5] = [
    Shape::Seq,
    Shape::Hoisted,
    Shape::ConstA,
    Shape::ConstB,
    Shape::Consts,
];

/// A trace computing `op` on each case: arguments in slots `3k`..`3k+2`,
/// results stored to slot `3n + k`; with `guards`, each case instead
/// guards that `op` (or its negation, whichever holds) holds.
fn op_trace(op: Opc, cases: &[(Vec<V>, V)], shape: Shape, guards: bool) -> (Trace, Vec<u64>) {
    let n = cases.len() as u32;
    let mut t = Trace::default();
    let mut regs = vec![0u64; 4 * cases.len() + 1];
    let ty = arg_ty(op);
    let is_const = |j: usize| match shape {
        Shape::ConstA => j == 0,
        Shape::ConstB => j == 1 || arity(op) == 1,
        Shape::Consts => true,
        _ => false,
    };
    let mut loaded = HashMap::new();
    for (k, (args, _)) in cases.iter().enumerate() {
        for (j, v) in args.iter().enumerate() {
            regs[3 * k + j] = v.bits();
            if shape == Shape::Hoisted {
                loaded.insert((k, j), sload(&mut t, (3 * k + j) as u32, ty));
            }
        }
    }
    for (k, (args, want)) in cases.iter().enumerate() {
        let mut refs = [Ref::NONE; 3];
        for (j, v) in args.iter().enumerate() {
            refs[j] = if is_const(j) {
                v.konst(&mut t)
            } else if let Some(&r) = loaded.get(&(k, j)) {
                r
            } else {
                sload(&mut t, (3 * k + j) as u32, ty)
            };
        }
        if guards {
            let op = if want.bits() != 0 {
                op
            } else {
                op.negate().unwrap()
            };
            let s = snap(&mut t, &[]);
            guard(&mut t, op, refs[0], refs[1], s);
        } else {
            let ty = op.fixed_ty().unwrap();
            let r = t.push(Ins::new(op, ty, refs[0], refs[1], refs[2], 0));
            sstore(&mut t, 3 * n + k as u32, r);
        }
    }
    snap(&mut t, &[]);
    t.end = End::Exit;
    (t, regs)
}

/// Runs `op` on every case in every shape and checks the results.
fn check_op(b: &mut dyn Backend, op: Opc, guards: bool) {
    let all = cases(op);
    assert!(!all.is_empty(), "{op:?} has no cases");
    for shape in SHAPES {
        // Hoisted operands all live at once: keep them within the spill area.
        let chunk = if shape == Shape::Hoisted {
            200 / arity(op).max(2)
        } else {
            all.len()
        };
        for cases in all.chunks(chunk) {
            let (t, mut regs) = op_trace(op, cases, shape, guards);
            let exit = exec(b, &t, &mut regs);
            let last = t.snaps.len() as u32 - 1;
            if guards {
                let (_, s) = super::split_exit_id(exit);
                assert!(
                    s == last,
                    "{}: guard {op:?} {shape:?} on {:?} failed",
                    b.name(),
                    cases.get(s as usize)
                );
                continue;
            }
            assert_eq!(exit, exit_id(1, last));
            let n = cases.len();
            for (k, (args, want)) in cases.iter().enumerate() {
                let got = regs[3 * n + k];
                assert!(
                    want.same(got),
                    "{}: {op:?} {shape:?} {args:?}: want {want:?}, got {:#x} ({:?})",
                    b.name(),
                    got,
                    f64::from_bits(got)
                );
            }
        }
    }
}

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[test]
fn hoisted_shape_spills_operands() {
    // The op tests rely on this shape to run every opcode on spilled
    // operands.
    let (t, _) = op_trace(Opc::FADD, &cases(Opc::FADD)[..100], Shape::Hoisted, false);
    let reads: Vec<[Ref; 3]> = t.ins.iter().map(|i| [i.a, i.b, i.c]).collect();
    let clobbers = vec![super::regalloc::RegSet::EMPTY; t.ins.len()];
    let a = super::regalloc::allocate(&t, TARGET, &reads, &clobbers).unwrap();
    let spilled = a
        .loc
        .iter()
        .filter(|l| matches!(l, super::regalloc::Loc::Slot(_)))
        .count();
    assert!(spilled > 150, "{spilled} spilled");
}

#[test]
fn every_value_op() {
    for mut b in backends() {
        for op in value_ops() {
            check_op(b.as_mut(), op, false);
        }
    }
}

#[test]
fn every_comparison_as_a_guard_that_holds() {
    for mut b in backends() {
        for op in value_ops().into_iter().filter(|op| op.is(flag::CMP)) {
            check_op(b.as_mut(), op, true);
        }
    }
}

#[test]
fn every_comparison_as_a_guard_that_fails() {
    // One guard a trace, on a few values: the exit must be taken exactly
    // when the comparison is false.
    let ints = [0, 1, -1, i64::MAX, i64::MIN];
    let floats = [0.0, -0.0, 1.0, -1.0, f64::INFINITY, f64::NAN];
    for mut b in backends() {
        for op in value_ops().into_iter().filter(|op| op.is(flag::CMP)) {
            let vals: Vec<V> = if arg_ty(op) == Ty::Num {
                floats.iter().map(|&f| V::F(f)).collect()
            } else {
                ints.iter().map(|&i| V::I(i)).collect()
            };
            for &x in &vals {
                for &y in &vals {
                    let holds = eval(op, &[x, y]).unwrap().bits() != 0;
                    for consts in [false, true] {
                        let mut t = Trace::default();
                        let a = sload(&mut t, 0, arg_ty(op));
                        let c = if consts {
                            y.konst(&mut t)
                        } else {
                            sload(&mut t, 1, arg_ty(op))
                        };
                        let k7 = t.kint(7);
                        let s = snap(&mut t, &[(2, k7)]);
                        guard(&mut t, op, a, c, s);
                        snap(&mut t, &[]);
                        t.end = End::Exit;
                        let mut regs = [x.bits(), y.bits(), 0];
                        let exit = exec(b.as_mut(), &t, &mut regs);
                        let want = if holds { exit_id(1, 1) } else { exit_id(1, 0) };
                        assert_eq!(exit, want, "{}: {op:?} {x:?} {y:?}", b.name());
                        assert_eq!(regs[2], if holds { 0 } else { 7 });
                    }
                }
            }
        }
    }
}

/// Builds a loop as the optimizer peels it: entry loads, one iteration,
/// `LOOP`, a second iteration on the first's values, and PHIs for the
/// values that change. `step` emits an iteration: its guards (with the
/// snapshot it is given) and the new value of each slot.
fn peeled(slots: &[(u32, Ty)], step: impl Fn(&mut Trace, &[Ref], u32) -> Vec<Ref>) -> Trace {
    let mut t = Trace::default();
    let entry: Vec<Ref> = slots.iter().map(|&(s, ty)| sload(&mut t, s, ty)).collect();
    let at = |vals: &[Ref]| -> Vec<(u32, Ref)> {
        slots
            .iter()
            .map(|s| s.0)
            .zip(vals.iter().copied())
            .collect()
    };
    let s0 = snap(&mut t, &at(&entry));
    let v1 = step(&mut t, &entry, s0);
    ins(&mut t, Opc::LOOP, Ty::Void, Ref::NONE, Ref::NONE, 0);
    let s1 = snap(&mut t, &at(&v1));
    let v2 = step(&mut t, &v1, s1);
    for (k, &(_, ty)) in slots.iter().enumerate() {
        if v2[k] != v1[k] {
            ins(&mut t, Opc::PHI, ty, v1[k], v2[k], 0);
        }
    }
    t.end = End::Loop;
    t
}

#[test]
fn loop_with_phis_from_text() {
    let text = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int SLOAD  #2
....        SNAP #0  pc=1 [0=0000 2=0002]
0003 >  int LT     0000 0001  [#0]
0004    int ADD    0002 0000
0005    int ADD    0000 k1
0006 ------ LOOP ------
....        SNAP #1  pc=1 [0=0005 2=0004]
0007 >  int LT     0005 0001  [#1]
0008    int ADD    0004 0005
0009    int ADD    0005 k1
0010    int PHI    0004 0008
0011    int PHI    0005 0009
";
    let t = parse(text, End::Loop);
    for mut b in backends() {
        for (n, exit) in [(0, 0), (1, 1), (2, 1), (1000, 1)] {
            let mut regs = [0, n, 0];
            assert_eq!(exec(b.as_mut(), &t, &mut regs), exit_id(1, exit));
            assert_eq!(regs, [n, n, (0..n).sum::<u64>()]);
        }
    }
}

/// An address offset carried around the loop by a PHI must not be fused
/// through its definition, which only holds in the first iteration.
#[test]
fn carried_offsets_are_not_fused_through() {
    let text = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int SLOAD  #2
0003    int SLOAD  #3
....        SNAP #0  pc=1 []
0004 >  int LT     0000 0001  [#0]
0005    int XLOAD  0002 0000 .u8
0006    int ADD    0003 0005
0007    int ADD    0000 k1
0008 ------ LOOP ------
....        SNAP #1  pc=1 [0=0007 3=0006]
0009 >  int LT     0007 0001  [#1]
0010    int XLOAD  0002 0007 .u8
0011    int ADD    0006 0010
0012    int ADD    0007 k1
0013    int PHI    0006 0011
0014    int PHI    0007 0012
";
    let t = parse(text, End::Loop);
    let bytes: Vec<u8> = (0..64).collect();
    for mut b in backends() {
        let mut regs = [0, 10, bytes.as_ptr() as u64, 0];
        assert_eq!(
            exec(b.as_mut(), &t, &mut regs),
            exit_id(1, 1),
            "{}",
            b.name()
        );
        assert_eq!(regs[3], (0..10).sum::<u64>(), "{}", b.name());
    }
}

/// The reference for the loop tests: the step on plain values.
fn run_steps(mut vals: Vec<i64>, n: i64, step: impl Fn(&[i64]) -> Vec<i64>) -> Vec<i64> {
    while vals[0] < n {
        vals = step(&vals);
    }
    vals
}

#[test]
fn swapped_and_rotated_phis() {
    // i, n, a, b, c: a, b = b, a and (a, b, c) = (b, c, a) are PHI cycles.
    let slots = [
        (0, Ty::Int),
        (1, Ty::Int),
        (2, Ty::Int),
        (3, Ty::Int),
        (4, Ty::Int),
    ];
    let swap = peeled(&slots, |t, v, s| {
        guard(t, Opc::LT, v[0], v[1], s);
        let one = t.kint(1);
        let i = ins(t, Opc::ADD, Ty::Int, v[0], one, 0);
        vec![i, v[1], v[3], v[2], v[4]]
    });
    let rotate = peeled(&slots, |t, v, s| {
        guard(t, Opc::LT, v[0], v[1], s);
        let one = t.kint(1);
        let i = ins(t, Opc::ADD, Ty::Int, v[0], one, 0);
        vec![i, v[1], v[3], v[4], v[2]]
    });
    for mut b in backends() {
        for n in 0..7 {
            let init = vec![0, n, 10, 20, 30];
            let mut regs: Vec<u64> = init.iter().map(|&v| v as u64).collect();
            exec(b.as_mut(), &swap, &mut regs);
            let want = run_steps(init.clone(), n, |v| vec![v[0] + 1, v[1], v[3], v[2], v[4]]);
            assert_eq!(
                regs,
                want.iter().map(|&v| v as u64).collect::<Vec<_>>(),
                "swap {n}"
            );
            let mut regs: Vec<u64> = init.iter().map(|&v| v as u64).collect();
            exec(b.as_mut(), &rotate, &mut regs);
            let want = run_steps(init, n, |v| vec![v[0] + 1, v[1], v[3], v[4], v[2]]);
            assert_eq!(
                regs,
                want.iter().map(|&v| v as u64).collect::<Vec<_>>(),
                "rotate {n}"
            );
        }
    }
}

#[test]
fn guard_exits_mid_loop_with_its_snapshot() {
    // for i in range(n): s += i; if s > limit: exit (with i and s as they
    // were at that guard, after the add).
    let slots = [(0, Ty::Int), (1, Ty::Int), (2, Ty::Int), (3, Ty::Int)];
    let t = peeled(&slots, |t, v, s| {
        guard(t, Opc::LT, v[0], v[1], s);
        let sum = ins(t, Opc::ADD, Ty::Int, v[2], v[0], 0);
        let s2 = snap(t, &[(0, v[0]), (2, sum)]);
        guard(t, Opc::LE, sum, v[3], s2);
        let one = t.kint(1);
        let i = ins(t, Opc::ADD, Ty::Int, v[0], one, 0);
        vec![i, v[1], sum, v[3]]
    });
    for mut b in backends() {
        let mut regs = [0, 100, 0, 50];
        let exit = exec(b.as_mut(), &t, &mut regs);
        // 0+1+...+10 = 55 > 50 at i = 10, in the loop body (snapshot #3).
        assert_eq!(exit, exit_id(1, 3));
        assert_eq!(regs, [10, 100, 55, 50]);
        let mut regs = [0, 100, 0, u64::MAX];
        assert_eq!(exec(b.as_mut(), &t, &mut regs), exit_id(1, 1));
        assert_eq!(regs, [0, 100, 0, u64::MAX]);
    }
}

/// A call target with many live values around it: every value must
/// survive, whether it sits in a callee-saved register or a spill slot.
extern "C" fn clobber(a: i64, x: f64) -> f64 {
    // Dirty what the ABI lets a callee dirty.
    std::hint::black_box(a as f64 * x + 1.0)
}

#[test]
fn values_survive_calls_under_register_pressure() {
    const NI: u32 = 24;
    const NF: u32 = 24;
    for mut b in backends() {
        let mut t = Trace::default();
        let ints: Vec<Ref> = (0..NI).map(|k| sload(&mut t, k, Ty::Int)).collect();
        let floats: Vec<Ref> = (0..NF).map(|k| sload(&mut t, NI + k, Ty::Num)).collect();
        // Sums keep every value live past the calls.
        let r1 = call(
            &mut t,
            clobber as *const () as usize,
            &[(ints[0], CArg::Int(MemTy::I64)), (floats[0], CArg::F64)],
            Some(CArg::F64),
        );
        let mut isum = t.kint(0);
        for &v in &ints {
            isum = ins(&mut t, Opc::ADD, Ty::Int, isum, v, 0);
        }
        let r2 = call(
            &mut t,
            clobber as *const () as usize,
            &[(isum, CArg::Int(MemTy::I64)), (r1, CArg::F64)],
            Some(CArg::F64),
        );
        let mut fsum = r2;
        for &v in &floats {
            fsum = ins(&mut t, Opc::FADD, Ty::Num, fsum, v, 0);
        }
        let mut entries: Vec<(u32, Ref)> = (0..NI).map(|k| (k, ints[k as usize])).collect();
        entries.extend((0..NF).map(|k| (NI + k, floats[k as usize])));
        entries.push((NI + NF, isum));
        entries.push((NI + NF + 1, fsum));
        snap(&mut t, &entries);
        t.end = End::Exit;
        let mut regs: Vec<u64> = (0..NI).map(|k| (k as u64) * 1001).collect();
        regs.extend((0..NF).map(|k| (k as f64 * 0.25 + 0.5).to_bits()));
        regs.extend([0, 0]);
        let before = regs.clone();
        exec(b.as_mut(), &t, &mut regs);
        assert_eq!(regs[..(NI + NF) as usize], before[..(NI + NF) as usize]);
        let isum: i64 = (0..NI as i64).map(|k| k * 1001).sum();
        assert_eq!(regs[(NI + NF) as usize], isum as u64);
        let r1 = clobber(0, 0.5);
        let mut fsum = clobber(isum, r1);
        for k in 0..NF {
            fsum += k as f64 * 0.25 + 0.5;
        }
        assert_eq!(f64::from_bits(regs[(NI + NF + 1) as usize]), fsum);
    }
}

#[test]
fn loop_carried_values_under_pressure_across_a_call() {
    // 14 ints and 14 floats carried around a loop whose body calls C.
    const K: usize = 14;
    let mut slots = vec![(0, Ty::Int), (1, Ty::Int)];
    slots.extend((0..K).map(|k| (2 + k as u32, Ty::Int)));
    slots.extend((0..K).map(|k| (2 + (K + k) as u32, Ty::Num)));
    let t = peeled(&slots, |t, v, s| {
        guard(t, Opc::LT, v[0], v[1], s);
        let mut out = vec![Ref::NONE; v.len()];
        let one = t.kint(1);
        out[0] = ins(t, Opc::ADD, Ty::Int, v[0], one, 0);
        out[1] = v[1];
        let r = call(
            t,
            clobber as *const () as usize,
            &[(v[2], CArg::Int(MemTy::I64)), (v[2 + K], CArg::F64)],
            Some(CArg::F64),
        );
        for k in 0..K {
            let kk = t.kint(k as i64 + 1);
            out[2 + k] = ins(t, Opc::ADD, Ty::Int, v[2 + k], kk, 0);
            let kf = t.knum(0.5);
            let m = ins(t, Opc::FMUL, Ty::Num, v[2 + K + k], kf, 0);
            out[2 + K + k] = if k == 0 {
                ins(t, Opc::FADD, Ty::Num, m, r, 0)
            } else {
                m
            };
        }
        out
    });
    let step = |v: &[u64]| -> Vec<u64> {
        let mut out = v.to_vec();
        out[0] += 1;
        let r = clobber(v[2] as i64, f64::from_bits(v[2 + K]));
        for k in 0..K {
            out[2 + k] = v[2 + k].wrapping_add(k as u64 + 1);
            let m = f64::from_bits(v[2 + K + k]) * 0.5;
            out[2 + K + k] = (if k == 0 { m + r } else { m }).to_bits();
        }
        out
    };
    for mut b in backends() {
        for n in [0u64, 1, 5] {
            let mut regs = vec![0, n];
            regs.extend((0..K as u64).map(|k| k * 3));
            regs.extend((0..K).map(|k| (k as f64 + 1.0).to_bits()));
            let mut want = regs.clone();
            while want[0] < n {
                want = step(&want);
            }
            exec(b.as_mut(), &t, &mut regs);
            assert_eq!(regs, want, "n = {n}");
        }
    }
}

#[test]
fn loop_without_loop_marker_writes_back_and_restarts() {
    let text = "
0000    int SLOAD  #0
0001    int ADD    0000 k3
....        SNAP #0  pc=0 [0=0001]
0002 >  int LT     0001 k100  [#0]
....        SNAP #1  pc=0 [0=0001]
";
    let t = parse(text, End::Loop);
    for mut b in backends() {
        let mut regs = [1];
        assert_eq!(exec(b.as_mut(), &t, &mut regs), exit_id(1, 0));
        assert_eq!(regs, [100]);
    }
}

#[test]
fn too_many_spills_is_an_error() {
    let mut t = Trace::default();
    let vals: Vec<Ref> = (0..400).map(|k| sload(&mut t, k, Ty::Int)).collect();
    let entries: Vec<(u32, Ref)> = vals
        .iter()
        .enumerate()
        .map(|(k, &v)| (400 + k as u32, v))
        .collect();
    snap(&mut t, &entries);
    t.end = End::Exit;
    for mut b in backends() {
        assert_eq!(b.compile(&t, 1, Kind::Root).err(), Some(AsmError::Spills));
    }
}

#[test]
fn malformed_traces_are_errors() {
    let bad = [
        "0000    int ADD    0001 k1",
        "0000    int SLOAD  #0\n0001    int PHI    0000 0000",
        "0000    int SLOAD  #0\n0001    int ADD    0000 k1  [#0]",
        "0000    int SLOAD  #0\n0001 >  int LT     0000 k1  [#5]",
        "0000    num SLOAD  #0\n0001    int ADD    0000 k1",
        "0000    int SLOAD  #0\n0001    num FADD   0000 k1.5",
        "0000    int SLOAD  #0\n0001 >  int LT     0000 k1  [#0]\n0002    int ADD    0001 k1",
        "0000    int SLOAD  #0\n....        SNAP #0  pc=0 [0=0003]\n0001 >  int LT     0000 k1  [#0]",
        "0000    int SLOAD  #0\n0001    int XLOAD  0000 k0 .f64",
        "0000    SLOAD  #0",
    ];
    for mut b in backends() {
        for text in bad {
            let t = parse(text, End::Exit);
            assert!(b.compile(&t, 1, Kind::Root).is_err(), "accepted:\n{text}");
        }
        // A call index past the table, and a loop end without a snapshot.
        let mut t = Trace::default();
        ins(&mut t, Opc::CALL, Ty::Int, Ref::NONE, Ref::NONE, 3);
        assert!(b.compile(&t, 1, Kind::Root).is_err());
        let mut t = Trace::default();
        sload(&mut t, 0, Ty::Int);
        t.end = End::Exit;
        assert!(b.compile(&t, 1, Kind::Root).is_err());
        // Linking to a trace never compiled.
        t.end = End::Link(77);
        assert!(matches!(
            b.compile(&t, 1, Kind::Root),
            Err(AsmError::Unsupported(_))
        ));
    }
}

#[test]
fn out_of_code_space_is_an_error() {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        let (t, _) = op_trace(Opc::ADD, &cases(Opc::ADD), Shape::Seq, false);
        let mut mcode = MCode::new(4096).unwrap();
        let r = super::assemble(&t, 1, Kind::Root, 0, &|_| None, &mut mcode);
        assert!(matches!(
            r,
            Err(AsmError::Mcode(crate::mcode::McodeError::Full))
        ));
    }
}

/// Appends a call of `f` to the trace.
fn call(t: &mut Trace, f: usize, args: &[(Ref, CArg)], ret: Option<CArg>) -> Ref {
    call_info(t, f, args, ret, None, false)
}

fn call_info(
    t: &mut Trace,
    f: usize,
    args: &[(Ref, CArg)],
    ret: Option<CArg>,
    fixed: Option<u32>,
    guard_snap: bool,
) -> Ref {
    t.calls.push(CallInfo {
        addr: f,
        args: args.to_vec(),
        ret,
        fixed,
        name: format!("f{f:x}"),
    });
    let ty = match ret {
        None => Ty::Void,
        Some(CArg::Int(_)) => Ty::Int,
        Some(_) => Ty::Num,
    };
    let mut c = Ins::new(
        Opc::CALL,
        ty,
        Ref::NONE,
        Ref::NONE,
        Ref::NONE,
        t.calls.len() as u32 - 1,
    );
    if guard_snap {
        c.snap = t.snaps.len() as u32 - 1;
    }
    t.push(c)
}

extern "C" fn sum10(
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    e: i64,
    f: i64,
    g: i64,
    h: i64,
    i: i64,
    j: i64,
) -> i64 {
    [a, b, c, d, e, f, g, h, i, j]
        .iter()
        .enumerate()
        .map(|(k, v)| v.wrapping_mul(k as i64 + 1))
        .fold(0, i64::wrapping_add)
}

extern "C" fn dsum10(
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
    g: f64,
    h: f64,
    i: f64,
    j: f64,
) -> f64 {
    [a, b, c, d, e, f, g, h, i, j]
        .iter()
        .enumerate()
        .map(|(k, v)| v * (k as f64 + 1.0))
        .sum()
}

#[allow(clippy::too_many_arguments)]
extern "C" fn mixed(
    a: i32,
    x: f32,
    b: u8,
    y: f64,
    c: i16,
    z: f32,
    d: i64,
    e: u64,
    f: i64,
    g: i8,
    w: f32,
    h: u32,
) -> f64 {
    a as f64
        + x as f64 * 2.0
        + b as f64 * 3.0
        + y * 4.0
        + c as f64 * 5.0
        + z as f64 * 6.0
        + d as f64 * 7.0
        + e as f64 * 8.0
        - f as f64
        + g as f64 * 10.0
        + w as f64 * 11.0
        + h as f64 * 12.0
}

extern "C" fn fl(a: f32, b: f32) -> f32 {
    a * b + 0.1
}

extern "C" fn many_f32(
    a: f32,
    b: f32,
    c: f32,
    d: f32,
    e: f32,
    f: f32,
    g: f32,
    h: f32,
    i: f32,
    j: f32,
) -> f64 {
    [a, b, c, d, e, f, g, h, i, j]
        .iter()
        .enumerate()
        .map(|(k, v)| *v as f64 * (k as f64 + 1.0))
        .sum()
}

extern "C" fn fails_above(x: i64, limit: i64) -> i64 {
    (x > limit) as i64
}

extern "C" fn nothing() {}

#[test]
fn calls_to_c() {
    let i64a = CArg::Int(MemTy::I64);
    let ints: [i64; 8] = [-7, 200, -300, 1 << 40, -1, 12345, -100, 4_000_000_000];
    let floats: [f64; 9] = [0.1, 1.5, -2.25, 3.0e10, 0.3, -7.5, 1e-3, 2.0, 100.0];
    for mut b in backends() {
        let mut t = Trace::default();
        let v: Vec<Ref> = (0..8).map(|k| sload(&mut t, k, Ty::Int)).collect();
        let d: Vec<Ref> = (0..9).map(|k| sload(&mut t, 10 + k, Ty::Num)).collect();
        // Ten integers: four on the stack, two of them constants.
        let mut args: Vec<(Ref, CArg)> = v.iter().map(|&r| (r, i64a)).collect();
        args.push((t.kint(-5), i64a));
        args.push((t.kint(1 << 40), i64a));
        let r = call(&mut t, sum10 as *const () as usize, &args, Some(i64a));
        sstore(&mut t, 30, r);
        // Ten doubles: two on the stack.
        let mut dargs: Vec<(Ref, CArg)> = d.iter().map(|&r| (r, CArg::F64)).collect();
        dargs.push((t.knum(0.25), CArg::F64));
        let r = call(
            &mut t,
            dsum10 as *const () as usize,
            &dargs,
            Some(CArg::F64),
        );
        sstore(&mut t, 31, r);
        // Mixed widths and float32 in both register files and on the stack.
        let margs = [
            (v[0], CArg::Int(MemTy::I32)),
            (d[0], CArg::F32),
            (v[1], CArg::Int(MemTy::U8)),
            (d[1], CArg::F64),
            (v[2], CArg::Int(MemTy::I16)),
            (d[2], CArg::F32),
            (v[3], i64a),
            (v[4], i64a),
            (v[5], i64a),
            (v[6], CArg::Int(MemTy::I8)),
            (d[3], CArg::F32),
            (v[7], CArg::Int(MemTy::U32)),
        ];
        let r = call(&mut t, mixed as *const () as usize, &margs, Some(CArg::F64));
        sstore(&mut t, 32, r);
        let three = t.knum(3.0);
        let r = call(
            &mut t,
            fl as *const () as usize,
            &[(d[4], CArg::F32), (three, CArg::F32)],
            Some(CArg::F32),
        );
        sstore(&mut t, 33, r);
        let mut fargs: Vec<(Ref, CArg)> = d.iter().map(|&r| (r, CArg::F32)).collect();
        fargs.push((d[0], CArg::F32));
        let r = call(
            &mut t,
            many_f32 as *const () as usize,
            &fargs,
            Some(CArg::F64),
        );
        sstore(&mut t, 34, r);
        call(&mut t, nothing as *const () as usize, &[], None);
        snap(&mut t, &[]);
        t.end = End::Exit;
        let mut regs = vec![0u64; 40];
        for (k, &x) in ints.iter().enumerate() {
            regs[k] = x as u64;
        }
        for (k, &x) in floats.iter().enumerate() {
            regs[10 + k] = x.to_bits();
        }
        exec(b.as_mut(), &t, &mut regs);
        let [i0, i1, i2, i3, i4, i5, i6, i7] = ints;
        let f = floats;
        assert_eq!(
            regs[30] as i64,
            sum10(i0, i1, i2, i3, i4, i5, i6, i7, -5, 1 << 40)
        );
        assert_eq!(
            f64::from_bits(regs[31]),
            dsum10(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], 0.25)
        );
        let m = mixed(
            i0 as i32,
            f[0] as f32,
            i1 as u8,
            f[1],
            i2 as i16,
            f[2] as f32,
            i3,
            i4 as u64,
            i5,
            i6 as i8,
            f[3] as f32,
            i7 as u32,
        );
        assert_eq!(f64::from_bits(regs[32]), m);
        assert_eq!(f64::from_bits(regs[33]), fl(f[4] as f32, 3.0) as f64);
        let fs: Vec<f32> = f.iter().map(|&x| x as f32).collect();
        let want = many_f32(
            fs[0], fs[1], fs[2], fs[3], fs[4], fs[5], fs[6], fs[7], fs[8], fs[0],
        );
        assert_eq!(f64::from_bits(regs[34]), want);
    }
}

#[test]
fn variadic_call_sets_al() {
    let mut buf = [0u8; 160];
    let fmt = c"%d %.3f %s %ld|%.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f";
    let hi = c"hi";
    for mut b in backends() {
        buf.fill(0);
        let mut t = Trace::default();
        let pi = sload(&mut t, 0, Ty::Num);
        let mut args = vec![
            (t.kint(buf.as_mut_ptr() as i64), CArg::Int(MemTy::I64)),
            (t.kint(buf.len() as i64), CArg::Int(MemTy::I64)),
            (t.kint(fmt.as_ptr() as i64), CArg::Int(MemTy::I64)),
            (t.kint(42), CArg::Int(MemTy::I32)),
            (pi, CArg::F64),
            (t.kint(hi.as_ptr() as i64), CArg::Int(MemTy::I64)),
            (t.kint(123456789012), CArg::Int(MemTy::I64)),
        ];
        for k in 1..=9 {
            args.push((t.knum(k as f64), CArg::F64));
        }
        let r = call_info(
            &mut t,
            libc::snprintf as *const () as usize,
            &args,
            Some(CArg::Int(MemTy::I32)),
            Some(3),
            false,
        );
        sstore(&mut t, 1, r);
        snap(&mut t, &[]);
        t.end = End::Exit;
        let mut regs = [std::f64::consts::PI.to_bits(), 0];
        exec(b.as_mut(), &t, &mut regs);
        let want = "42 3.142 hi 123456789012|1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0";
        let got = std::ffi::CStr::from_bytes_until_nul(&buf)
            .unwrap()
            .to_str()
            .unwrap();
        assert_eq!(got, want);
        assert_eq!(regs[1], want.len() as u64);
    }
}

#[test]
fn guarded_call_exits_on_nonzero() {
    for mut b in backends() {
        let mut t = Trace::default();
        let x = sload(&mut t, 0, Ty::Int);
        let k42 = t.kint(42);
        let y = sload(&mut t, 2, Ty::Num);
        snap(&mut t, &[(1, k42), (2, y), (3, x)]);
        let k3 = t.kint(3);
        call_info(
            &mut t,
            fails_above as *const () as usize,
            &[(x, CArg::Int(MemTy::I64)), (k3, CArg::Int(MemTy::I64))],
            Some(CArg::Int(MemTy::I64)),
            None,
            true,
        );
        snap(&mut t, &[]);
        t.end = End::Exit;
        let code = b.compile(&t, 1, Kind::Root).unwrap();
        let y = 2.5f64.to_bits();
        let mut regs = [2, 0, y, 0];
        assert_eq!(b.run(&code, &mut regs, &ctx()), exit_id(1, 1));
        assert_eq!(regs, [2, 0, y, 0]);
        // The snapshot's values survive the call into the exit stub.
        let mut regs = [5, 0, y, 0];
        assert_eq!(b.run(&code, &mut regs, &ctx()), exit_id(1, 0));
        assert_eq!(regs, [5, 42, y, 5]);
    }
}

/// A function that returns `v` in the whole return register.
#[cfg(target_arch = "x86_64")]
fn returns(v: u64) -> Vec<u8> {
    // mov rax, imm64; ret
    let mut code = vec![0x48, 0xb8];
    code.extend(v.to_le_bytes());
    code.push(0xc3);
    code
}

#[cfg(target_arch = "aarch64")]
fn returns(v: u64) -> Vec<u8> {
    // movz x0, #h0; movk x0, #hk, lsl #16k; ret
    let mut code = Vec::new();
    for k in 0..4u32 {
        let op = if k == 0 { 0xd280_0000u32 } else { 0xf280_0000 };
        let h = (v >> (16 * k)) as u32 & 0xffff;
        code.extend((op | k << 21 | h << 5).to_le_bytes());
    }
    code.extend(0xd65f_03c0u32.to_le_bytes());
    code
}

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[test]
fn narrow_call_results_are_extended() {
    // A callee that leaves garbage above the result's width, as the ABI
    // allows.
    let raw: u64 = 0x1234_5678_9abc_de80;
    let mut m = MCode::new(4096).unwrap();
    let f = m.write(&returns(raw)).unwrap();
    let fb = m.write(&returns(raw & !0xff | 0x40)).unwrap();
    let cases = [
        (MemTy::B, 1),
        (MemTy::I8, raw as i8 as i64),
        (MemTy::U8, raw as u8 as i64),
        (MemTy::I16, raw as i16 as i64),
        (MemTy::U16, raw as u16 as i64),
        (MemTy::I32, raw as i32 as i64),
        (MemTy::U32, raw as u32 as i64),
        (MemTy::I64, raw as i64),
    ];
    for mut b in backends() {
        let mut t = Trace::default();
        for (k, &(mt, _)) in cases.iter().enumerate() {
            let addr = if mt == MemTy::B { fb } else { f };
            let r = call(&mut t, addr, &[], Some(CArg::Int(mt)));
            sstore(&mut t, k as u32, r);
        }
        snap(&mut t, &[]);
        t.end = End::Exit;
        let mut regs = [0u64; 8];
        exec(b.as_mut(), &t, &mut regs);
        for (k, &(mt, want)) in cases.iter().enumerate() {
            assert_eq!(regs[k] as i64, want, "{mt:?}");
        }
    }
}

#[test]
fn side_trace_patched_onto_an_exit_links_back() {
    let root = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int SLOAD  #2
....        SNAP #0  pc=0 [0=0000 2=0002]
0003 >  int LT     0000 0001  [#0]
....        SNAP #1  pc=5 [0=0000 2=0002]
0004 >  int NE     0000 k5  [#1]
0005    int ADD    0002 0000
0006    int ADD    0000 k1
0007 ------ LOOP ------
....        SNAP #2  pc=0 [0=0006 2=0005]
0008 >  int LT     0006 0001  [#2]
....        SNAP #3  pc=5 [0=0006 2=0005]
0009 >  int NE     0006 k5  [#3]
0010    int ADD    0005 0006
0011    int ADD    0006 k1
0012    int PHI    0005 0010
0013    int PHI    0006 0011
";
    let side = "
0000    int SLOAD  #0
0001    int SLOAD  #2
0002    int ADD    0001 k1000
0003    int ADD    0000 k1
....        SNAP #0  pc=0 [0=0003 2=0002]
";
    for mut b in backends() {
        let root_t = parse(root, End::Loop);
        let code = b.compile(&root_t, 1, Kind::Root).unwrap();
        let mut regs = [0, 10, 0];
        assert_eq!(b.run(&code, &mut regs, &ctx()), exit_id(1, 3));
        assert_eq!(regs, [5, 10, 10]);
        let side_code = b
            .compile(&parse(side, End::Link(1)), 2, Kind::Side)
            .unwrap();
        b.patch(&code, 3, side_code.entry).unwrap();
        let mut regs = [0, 10, 0];
        assert_eq!(b.run(&code, &mut regs, &ctx()), exit_id(1, 2));
        assert_eq!(regs, [10, 10, 1000 + (0..10).sum::<u64>() - 5]);
        // An exit no guard uses cannot be patched.
        assert!(b.patch(&side_code, 0, code.entry).is_err());
    }
}

/// `y + (x != 0)` and `y + (x == 0)` (x86-64 adds the carry of `cmp x, 1`).
#[test]
fn adding_a_zero_test() {
    let text = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int NE     0000 k0
0003    int ADD    0001 0002
0004    int EQ     0000 k0
0005    int ADD    0004 0003
....        SNAP #0  pc=0 [2=0003 3=0005]
";
    let t = parse(text, End::Exit);
    for mut b in backends() {
        for x in [0, 1, -1, 5, i64::MIN, i64::MAX] {
            let mut regs = [x as u64, 40, 0, 0];
            assert_eq!(exec(b.as_mut(), &t, &mut regs), exit_id(1, 0));
            let y = 40 + u64::from(x != 0);
            assert_eq!(regs, [x as u64, 40, y, y + u64::from(x == 0)]);
        }
    }
}

#[test]
fn end_exit_and_link_write_back_the_last_snapshot() {
    let first = "
0000    int SLOAD  #0
0001    int MUL    0000 k3
....        SNAP #0  pc=0 [1=0001 2=k-9]
";
    let second = "
0000    int SLOAD  #1
0001    int ADD    0000 k1
....        SNAP #0  pc=0 [3=0001]
";
    for mut b in backends() {
        let two = b.compile(&parse(second, End::Exit), 2, Kind::Root).unwrap();
        let one = b
            .compile(&parse(first, End::Link(2)), 1, Kind::Root)
            .unwrap();
        let mut regs = [7, 0, 0, 0];
        assert_eq!(b.run(&one, &mut regs, &ctx()), exit_id(2, 0));
        assert_eq!(regs, [7, 21, -9i64 as u64, 22]);
        let mut regs = [0, 4, 0, 0];
        assert_eq!(b.run(&two, &mut regs, &ctx()), exit_id(2, 0));
        assert_eq!(regs, [0, 4, 0, 5]);
    }
}

fn dtype(m: MemTy) -> DType {
    match m {
        MemTy::B => DType::Bool,
        MemTy::I8 => DType::I8,
        MemTy::U8 => DType::U8,
        MemTy::I16 => DType::I16,
        MemTy::U16 => DType::U16,
        MemTy::I32 => DType::I32,
        MemTy::U32 => DType::U32,
        MemTy::I64 => DType::I64,
        MemTy::F32 => DType::F32,
        MemTy::F64 => DType::F64,
    }
}

/// How the XLOAD/XSTORE tests form the offset of cell `k` (16 bytes each,
/// the access at byte 4 of the cell where the shape allows).
#[derive(Clone, Copy, Debug)]
enum AddrShape {
    /// A constant offset.
    Const,
    /// `idx * 8` with idx = 2k from a slot.
    Scaled,
    /// `(idx << 2) + 4` with idx = 4k.
    ShiftedPlus,
    /// `4 + idx * 2` with idx = 8k, the constant first.
    PlusScaled,
    /// The offset itself from a slot (no fusion).
    Plain,
}

#[test]
fn xload_xstore_every_memty_and_address_shape() {
    let shapes = [
        AddrShape::Const,
        AddrShape::Scaled,
        AddrShape::ShiftedPlus,
        AddrShape::PlusScaled,
        AddrShape::Plain,
    ];
    for mut b in backends() {
        for m in MemTy::ALL {
            let vals: Vec<V> = values(m.ty(), Opc::NOP);
            for shape in shapes {
                for hoist in [false, true] {
                    let n = vals.len();
                    // Slots: 0 the buffer, 1+k the index or offset, 1+n+k
                    // the value, 1+2n+k the value loaded back.
                    let mut t = Trace::default();
                    let mut buf = vec![0u8; 16 * n + 16];
                    let mut regs = vec![0u64; 1 + 3 * n];
                    regs[0] = buf.as_mut_ptr() as u64;
                    let cell = |k: usize| -> (i64, i64) {
                        match shape {
                            AddrShape::Const => (0, 16 * k as i64),
                            AddrShape::Scaled => (2 * k as i64, 16 * k as i64),
                            AddrShape::ShiftedPlus => (4 * k as i64, 16 * k as i64 + 4),
                            AddrShape::PlusScaled => (8 * k as i64, 16 * k as i64 + 4),
                            AddrShape::Plain => (16 * k as i64, 16 * k as i64),
                        }
                    };
                    let base = sload(&mut t, 0, Ty::Int);
                    let mut loaded = Vec::new();
                    for (k, v) in vals.iter().enumerate() {
                        regs[1 + k] = cell(k).0 as u64;
                        regs[1 + n + k] = v.bits();
                        if hoist {
                            loaded.push((
                                sload(&mut t, 1 + k as u32, Ty::Int),
                                sload(&mut t, (1 + n + k) as u32, m.ty()),
                            ));
                        }
                    }
                    for k in 0..n {
                        let (idx, val) = if let Some(&l) = loaded.get(k) {
                            l
                        } else {
                            (
                                sload(&mut t, 1 + k as u32, Ty::Int),
                                sload(&mut t, (1 + n + k) as u32, m.ty()),
                            )
                        };
                        let off = match shape {
                            AddrShape::Const => t.kint(cell(k).1),
                            AddrShape::Scaled => {
                                let k8 = t.kint(8);
                                ins(&mut t, Opc::MUL, Ty::Int, idx, k8, 0)
                            }
                            AddrShape::ShiftedPlus => {
                                let k2 = t.kint(2);
                                let s = ins(&mut t, Opc::SHL, Ty::Int, idx, k2, 0);
                                let k4 = t.kint(4);
                                ins(&mut t, Opc::ADD, Ty::Int, s, k4, 0)
                            }
                            AddrShape::PlusScaled => {
                                let k2 = t.kint(2);
                                let s = ins(&mut t, Opc::MUL, Ty::Int, k2, idx, 0);
                                let k4 = t.kint(4);
                                ins(&mut t, Opc::ADD, Ty::Int, k4, s, 0)
                            }
                            AddrShape::Plain => idx,
                        };
                        t.push(Ins::new(Opc::XSTORE, Ty::Void, base, off, val, m as u32));
                        let back = ins(&mut t, Opc::XLOAD, m.ty(), base, off, m as u32);
                        sstore(&mut t, (1 + 2 * n + k) as u32, back);
                    }
                    snap(&mut t, &[]);
                    t.end = End::Exit;
                    exec(b.as_mut(), &t, &mut regs);
                    let mut want = vec![0u8; buf.len()];
                    for (k, v) in vals.iter().enumerate() {
                        let at = cell(k).1 as usize;
                        // SAFETY: `at` plus the access size lies inside `want`.
                        let back = unsafe {
                            dtype(m).store(want.as_mut_ptr().add(at), v.bits());
                            dtype(m).load(want.as_ptr().add(at))
                        };
                        let got = regs[1 + 2 * n + k];
                        let ok = if m.ty() == Ty::Num {
                            V::F(f64::from_bits(back)).same(got)
                        } else {
                            back == got
                        };
                        assert!(ok, "{}: {m:?} {shape:?} hoist={hoist} {v:?}: load gave {got:#x}, want {back:#x}", b.name());
                    }
                    assert!(
                        buf == want,
                        "{}: {m:?} {shape:?} hoist={hoist}: memory differs",
                        b.name()
                    );
                }
            }
        }
    }
}

#[test]
fn fload_reads_array_headers() {
    let arr = vm::value::ArrayObj::zeros(DType::F64, 8, &[3, 4, 5]).unwrap();
    // SAFETY: `arr` is a live array.
    let a = unsafe { vm::value::obj::<vm::value::ArrayObj>(arr) };
    for mut b in backends() {
        let mut t = Trace::default();
        let x = sload(&mut t, 0, Ty::Int);
        for (k, f) in Field::ALL.iter().enumerate() {
            let r = ins(&mut t, Opc::FLOAD, Ty::Int, x, Ref::NONE, *f as u32);
            sstore(&mut t, 1 + k as u32, r);
        }
        snap(&mut t, &[]);
        t.end = End::Exit;
        let mut regs = [0u64; 1 + Field::ALL.len()];
        regs[0] = arr;
        exec(b.as_mut(), &t, &mut regs);
        let mut want = vec![a.data as u64];
        want.extend(a.shape.iter().map(|&d| d as u64));
        want.extend(a.strides.iter().map(|&s| s as u64));
        assert_eq!(regs[1..], want[..]);
    }
    vm::value::decref(arr);
}

#[test]
fn incref_and_decref() {
    let text = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002        INCREF 0000
0003        INCREF 0000
0004        INCREF 0000
0005        DECREF 0000
0006        INCREF 0001
0007        DECREF 0001
0008        INCREF k0
0009        DECREF k0
....        SNAP #0  pc=0 []
";
    let free_it = "
0000    int SLOAD  #0
0001        DECREF 0000
....        SNAP #0  pc=0 []
";
    for mut b in backends() {
        let s = vm::value::new_str("x");
        let mut regs = [s, 0];
        exec(b.as_mut(), &parse(text, End::Exit), &mut regs);
        assert_eq!(vm::value::refcount(s), 3);
        vm::value::decref(s);
        vm::value::decref(s);
        assert_eq!(vm::value::refcount(s), 1);
        // The last reference: DECREF frees through the VM.
        let mut regs = [s];
        exec(b.as_mut(), &parse(free_it, End::Exit), &mut regs);
    }
}

#[test]
fn slots_globals_and_vm() {
    let text = "
0000    int GLOAD  g2
0001    num GLOAD  g3
0002    int SLOAD  #0
0003        GSTORE 0002 g4
0004        GSTORE 0001 g0
0005    int SREF   #3
0006    int VMREF
0007        SSTORE 0000 #1
0008        SSTORE 0005 #2
0009        SSTORE 0006 #3
0010        SSTORE 0001 #4
0011        GSTORE k-1 g1
....        SNAP #0  pc=0 []
";
    for mut b in backends() {
        let mut globals = [0u64, 0, 77, 2.5f64.to_bits(), 0];
        let vmp = 0xdead_beef_usize as *mut u8;
        let c = Ctx {
            vm: vmp,
            globals: globals.as_mut_ptr(),
            depth: 0,
            limit: 0,
            stack_end: std::ptr::null_mut(),
            call_room: std::ptr::null_mut(),
        };
        let code = b.compile(&parse(text, End::Exit), 1, Kind::Root).unwrap();
        let mut regs = [5u64, 0, 0, 0, 0];
        let addr3 = regs.as_ptr() as u64 + 24;
        b.run(&code, &mut regs, &c);
        assert_eq!(regs, [5, 77, addr3, vmp as u64, 2.5f64.to_bits()]);
        assert_eq!(
            globals,
            [2.5f64.to_bits(), u64::MAX, 77, 2.5f64.to_bits(), 5]
        );
    }
}

#[test]
fn far_slots_globals_and_offsets() {
    // Slots, globals and memory offsets past every short encoding (AArch64
    // has 12-bit scaled and 9-bit signed displacements), from registers,
    // spill slots and constants.
    const OFFS: [i64; 8] = [-1000, -256, -8, 3, 255, 32768, 40000, 70001];
    let big = 0x1234_5678_9abc_def0_i64;
    for mut b in backends() {
        let mut t = Trace::default();
        let base = sload(&mut t, 0, Ty::Int);
        let x = sload(&mut t, 5000, Ty::Int);
        let y = sload(&mut t, 5001, Ty::Num);
        let r = ins(&mut t, Opc::SREF, Ty::Int, Ref::NONE, Ref::NONE, 5000);
        sstore(&mut t, 6000, r);
        let g = ins(&mut t, Opc::GLOAD, Ty::Int, Ref::NONE, Ref::NONE, 4000);
        let gy = ins(&mut t, Opc::GLOAD, Ty::Num, Ref::NONE, Ref::NONE, 4001);
        let kbig = t.kint(big);
        for (v, slot) in [(x, 4002), (kbig, 4003), (y, 4004)] {
            ins(&mut t, Opc::GSTORE, Ty::Void, v, Ref::NONE, slot);
        }
        for (k, off) in OFFS.into_iter().enumerate() {
            let ko = t.kint(off);
            let ko2 = t.kint(off + 16);
            t.push(Ins::new(
                Opc::XSTORE,
                Ty::Void,
                base,
                ko,
                x,
                MemTy::I64 as u32,
            ));
            let back = ins(&mut t, Opc::XLOAD, Ty::Int, base, ko, MemTy::I64 as u32);
            sstore(&mut t, 6001 + k as u32, back);
            t.push(Ins::new(
                Opc::XSTORE,
                Ty::Void,
                base,
                ko2,
                kbig,
                MemTy::U16 as u32,
            ));
            let back = ins(&mut t, Opc::XLOAD, Ty::Int, base, ko2, MemTy::U16 as u32);
            sstore(&mut t, 6100 + k as u32, back);
        }
        snap(
            &mut t,
            &[(7000, g), (7001, gy), (7002, x), (7003, kbig), (7004, y)],
        );
        t.end = End::Exit;
        let mut buf = vec![0u8; 200_000];
        let mut regs = vec![0u64; 7010];
        regs[0] = buf.as_mut_ptr() as u64 + 100_000;
        regs[5000] = 0x0102_0304_0506_0708;
        regs[5001] = 2.5f64.to_bits();
        let mut globals = vec![0u64; 4010];
        globals[4000] = 77;
        globals[4001] = 0.25f64.to_bits();
        let c = Ctx {
            vm: std::ptr::null_mut(),
            globals: globals.as_mut_ptr(),
            depth: 0,
            limit: 0,
            stack_end: std::ptr::null_mut(),
            call_room: std::ptr::null_mut(),
        };
        let code = b.compile(&t, 1, Kind::Root).unwrap();
        b.run(&code, &mut regs, &c);
        let mut want = vec![0u8; buf.len()];
        for off in OFFS {
            let at = (100_000 + off) as usize;
            want[at..at + 8].copy_from_slice(&0x0102_0304_0506_0708u64.to_le_bytes());
            want[at + 16..at + 18].copy_from_slice(&(big as u16).to_le_bytes());
        }
        assert!(buf == want, "{}: memory differs", b.name());
        assert_eq!(regs[6000], regs.as_ptr() as u64 + 8 * 5000);
        for k in 0..OFFS.len() {
            let at = (100_000 + OFFS[k]) as usize;
            let i64_at = u64::from_le_bytes(want[at..at + 8].try_into().unwrap());
            assert_eq!(regs[6001 + k], i64_at, "{}: offset {}", b.name(), OFFS[k]);
            assert_eq!(regs[6100 + k], big as u16 as u64);
        }
        assert_eq!(
            regs[7000..7005],
            [
                77,
                0.25f64.to_bits(),
                regs[5000],
                big as u64,
                2.5f64.to_bits()
            ]
        );
        assert_eq!(
            globals[4002..4005],
            [regs[5000], big as u64, 2.5f64.to_bits()]
        );
    }
}

#[test]
fn huge_trace_runs_or_is_an_error() {
    // A guard whose exit stub lies past a megabyte of code: beyond the
    // reach of AArch64's conditional branches, which must be an error, not
    // a panic or a wrong jump.
    let mut t = Trace::default();
    let x = sload(&mut t, 0, Ty::Int);
    let s = snap(&mut t, &[]);
    let k = t.kint(0);
    guard(&mut t, Opc::NE, x, k, s);
    let mut v = x;
    for _ in 0..300_000 {
        let big = t.kint(0x1234_5678_9abc);
        v = ins(&mut t, Opc::BXOR, Ty::Int, v, big, 0);
    }
    sstore(&mut t, 1, v);
    snap(&mut t, &[]);
    t.end = End::Exit;
    for mut b in backends() {
        match b.compile(&t, 1, Kind::Root) {
            Ok(code) => {
                let mut regs = [0u64, 7];
                assert_eq!(b.run(&code, &mut regs, &ctx()), exit_id(1, 0));
                assert_eq!(regs, [0, 7]);
            }
            Err(e) => assert!(matches!(e, AsmError::Unsupported(_)), "{e}"),
        }
    }
}

#[test]
fn disassembly_marks_exits_and_loop() {
    let text = "
0000    int SLOAD  #0
....        SNAP #0  pc=0 [0=0000]
0001 >  int LT     0000 k10  [#0]
0002    int ADD    0000 k1
0003 ------ LOOP ------
....        SNAP #1  pc=0 [0=0002]
0004 >  int LT     0002 k10  [#1]
0005    int ADD    0002 k1
0006    int PHI    0002 0005
";
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        let mut mcode = MCode::new(1 << 16).unwrap();
        let code = super::assemble(
            &parse(text, End::Loop),
            1,
            Kind::Root,
            0,
            &|_| None,
            &mut mcode,
        )
        .unwrap();
        let asm = super::disasm(&code);
        #[cfg(target_arch = "x86_64")]
        let native = ["push rbp", "ret"];
        #[cfg(target_arch = "aarch64")]
        let native = ["stp x29, x30", "ret"];
        for want in ["->LOOP:", "->exit #0:", "->exit #1:", "->epilogue:"]
            .into_iter()
            .chain(native)
        {
            assert!(asm.contains(want), "{want} missing from\n{asm}");
        }
        for at in code.exits.iter().flatten() {
            // Each exit stub ends in a rel32 jump (E9) that patch_exit
            // rewrites.
            #[cfg(target_arch = "x86_64")]
            assert_eq!(mcode.read(at - 1, 1), Some(&[0xe9][..]));
            // Each exit stub ends in a `b` that patch_exit rewrites.
            #[cfg(target_arch = "aarch64")]
            assert_eq!(mcode.read(at + 3, 1).map(|b| b[0] & 0xfc), Some(0x14));
        }
    }
}

/// A loop that computes its condition first is rotated on x86-64: the
/// body, then the condition and a branch back while it holds, so the
/// iteration takes no jump back to the top.
#[cfg(target_arch = "x86_64")]
#[test]
fn loops_end_in_their_condition() {
    let text = "
0000    int SLOAD  #0
0001    int SLOAD  #1
0002    int ADD    0000 k1
....        SNAP #0  pc=0 [0=0000 1=0001]
0003 >  int LT     0002 k10  [#0]
0004    int ADD    0001 0002
0005 ------ LOOP ------
0006    int ADD    0002 k1
....        SNAP #1  pc=0 [0=0002 1=0004]
0007 >  int LT     0006 k10  [#1]
0008    int ADD    0004 0006
0009    int PHI    0002 0006
0010    int PHI    0004 0008
";
    let t = parse(text, End::Loop);
    let mut mcode = MCode::new(1 << 16).unwrap();
    let code = super::assemble(&t, 1, Kind::Root, 0, &|_| None, &mut mcode).unwrap();
    let asm = super::disasm(&code);
    let cond = asm
        .find("->loop condition:")
        .unwrap_or_else(|| panic!("not rotated:\n{asm}"));
    let block: Vec<&str> = asm[cond..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("->"))
        .collect();
    let n = block.len();
    assert!(
        n >= 2 && block[n - 2].contains(" jl ") && block[n - 1].contains(" jmp "),
        "{asm}"
    );
    for mut b in backends() {
        for n in [0u64, 1, 5, 9, 10] {
            let mut regs = [n, 100];
            let exit = if n < 9 { 1 } else { 0 };
            assert_eq!(exec(b.as_mut(), &t, &mut regs), exit_id(1, exit));
            let sum = (n + 1..10).sum::<u64>();
            assert_eq!(regs, [n.max(9), 100 + sum]);
        }
    }
}

// Function traces: RETREF, CTXREF, End::Return and CALLT, whose counters
// and slow path need a real VM.

/// The context compiled code gets from `vm`, for frames anywhere in
/// memory (the stack's end at the top of the address space).
fn vm_ctx(vm: &mut Vm) -> Ctx {
    let p: *mut u8 = std::ptr::from_mut(vm).cast();
    let (depth, limit) = counters(p);
    Ctx {
        vm: p,
        globals: vm.globals.as_mut_ptr(),
        depth: depth as usize,
        limit: limit as usize,
        stack_end: usize::MAX as *mut u64,
        call_room: usize::MAX as *mut u64,
    }
}

/// The VM's depth and native nesting limit, as compiled code sees them.
fn counters(vm: *const u8) -> (i64, i64) {
    // SAFETY: `vm` is a live VM; the offsets are those of its two 8-byte
    // counters, which nothing else accesses meanwhile.
    unsafe {
        (
            vm.add(DEPTH_OFFSET).cast::<i64>().read(),
            vm.add(NATIVE_LIMIT_OFFSET).cast::<i64>().read(),
        )
    }
}

/// Sets the VM's counter at `off`, as compiled code does.
fn set_counter(vm: *mut u8, off: usize, v: i64) {
    // SAFETY: as for `counters`.
    unsafe { vm.add(off).cast::<i64>().write(v) }
}

/// A function trace that returns: stores ten times its argument (its
/// frame's slot 0) to `ret`, and what it saw (the VM's depth and native
/// nesting limit, its context) to its frame's slots 1 to 3.
fn returning_callee(b: &mut dyn Backend, no: u32) -> usize {
    let text = format!(
        "
0000    int SLOAD  #0
0001    int MUL    0000 k10
0002    int RETREF
0003        XSTORE 0002 k0 0001 .i64
0004    int VMREF
0005    int XLOAD  0004 k{DEPTH_OFFSET} .i64
0006        SSTORE 0005 #1
0007    int XLOAD  0004 k{NATIVE_LIMIT_OFFSET} .i64
0008        SSTORE 0007 #2
0009    int CTXREF
0010        SSTORE 0009 #3
"
    );
    b.compile(&parse(&text, End::Return), no, Kind::Root)
        .unwrap()
        .entry
}

/// A function trace that leaves through an exit: marks its frame's slot 1.
fn exiting_callee(b: &mut dyn Backend, no: u32) -> usize {
    let text = "
0000        SSTORE k1 #1
....        SNAP #0  pc=0 []
";
    b.compile(&parse(text, End::Exit), no, Kind::Root)
        .unwrap()
        .entry
}

/// Appends `CALLT frame dst` of the trace at `addr` (0: the trace's own
/// entry) for proto `pid`, exiting with snapshot `s`.
fn callt(t: &mut Trace, addr: usize, pid: i64, frame: Ref, dst: Ref, s: u32) {
    let kpid = t.kint(pid);
    t.calls.push(CallInfo {
        addr,
        args: vec![(kpid, CArg::Int(MemTy::I64))],
        ret: None,
        fixed: None,
        name: format!("p{pid}"),
    });
    let mut c = Ins::new(
        Opc::CALLT,
        Ty::Void,
        frame,
        dst,
        Ref::NONE,
        t.calls.len() as u32 - 1,
    );
    c.snap = s;
    t.push(c);
}

/// A trace that calls `callee` (proto `pid`) on a frame at slot 8 with
/// slot 0 plus one as its argument, the result going to slot 4. An int, a
/// float and the argument live across the call, in the snapshot #0 it
/// exits with (slots 5 to 7); after it slot 5 gets the result plus slot 1
/// and slot 6 twice slot 2, and the trace exits with #1.
fn calling_trace(callee: usize, pid: i64) -> Trace {
    let mut t = Trace::default();
    let x = sload(&mut t, 0, Ty::Int);
    let y = sload(&mut t, 1, Ty::Int);
    let z = sload(&mut t, 2, Ty::Num);
    let one = t.kint(1);
    let arg = ins(&mut t, Opc::ADD, Ty::Int, x, one, 0);
    sstore(&mut t, 8, arg);
    let frame = ins(&mut t, Opc::SREF, Ty::Int, Ref::NONE, Ref::NONE, 8);
    let dst = ins(&mut t, Opc::SREF, Ty::Int, Ref::NONE, Ref::NONE, 4);
    let s = snap(&mut t, &[(5, y), (6, z), (7, x)]);
    callt(&mut t, callee, pid, frame, dst, s);
    let k0 = t.kint(0);
    let r = ins(&mut t, Opc::XLOAD, Ty::Int, dst, k0, MemTy::I64 as u32);
    let sum = ins(&mut t, Opc::ADD, Ty::Int, r, y, 0);
    sstore(&mut t, 5, sum);
    let twice = ins(&mut t, Opc::FADD, Ty::Num, z, z, 0);
    sstore(&mut t, 6, twice);
    snap(&mut t, &[]);
    t.end = End::Exit;
    t
}

#[test]
fn retref_and_ctxref_in_root_and_side_traces() {
    let root = "
0000    int SLOAD  #0
0001    int RETREF
0002    int CTXREF
0003        SSTORE 0001 #1
0004        SSTORE 0002 #2
....        SNAP #0  pc=0 []
0005 >  int LT     0000 k10  [#0]
....        SNAP #1  pc=0 []
";
    // Runs in the root's frame, so it sees the root's `ret` too.
    let side = "
0000    int RETREF
0001    int CTXREF
0002        SSTORE 0000 #3
0003        SSTORE 0001 #4
....        SNAP #0  pc=0 []
";
    for mut b in backends() {
        let code = b.compile(&parse(root, End::Exit), 1, Kind::Root).unwrap();
        let side = b.compile(&parse(side, End::Exit), 2, Kind::Side).unwrap();
        b.patch(&code, 0, side.entry).unwrap();
        let c = ctx();
        let cp = std::ptr::from_ref(&c) as u64;
        let mut out = [0u64];
        let ret = out.as_mut_ptr();
        let mut regs = [5, 0, 0, 0, 0];
        assert_eq!(b.call(&code, &mut regs, &c, ret), exit_id(1, 1));
        assert_eq!(regs, [5, ret as u64, cp, 0, 0]);
        let mut regs = [50, 0, 0, 0, 0];
        assert_eq!(b.call(&code, &mut regs, &c, ret), exit_id(2, 0));
        assert_eq!(regs, [50, ret as u64, cp, ret as u64, cp]);
    }
}

#[test]
fn return_stores_through_retref_and_writes_nothing_back() {
    let text = "
0000    int SLOAD  #0
0001    int MUL    0000 k3
0002    int RETREF
0003        XSTORE 0002 k0 0001 .i64
0004        XSTORE 0002 k8 0000 .i64
....        SNAP #0  pc=0 [0=k99 1=0001]
";
    for mut b in backends() {
        let code = b.compile(&parse(text, End::Return), 1, Kind::Root).unwrap();
        let mut out = [0u64; 2];
        let mut regs = [7, 0];
        assert_eq!(b.call(&code, &mut regs, &ctx(), out.as_mut_ptr()), RETURNED);
        assert_eq!(out, [21, 7]);
        assert_eq!(regs, [7, 0]);
        let asm = super::disasm(&code);
        assert!(asm.contains("->return:"), "{asm}");
    }
}

#[test]
fn callt_enters_the_callee_and_counts_the_nesting() {
    for mut b in backends() {
        let callee = returning_callee(&mut *b, 2);
        let code = b.compile(&calling_trace(callee, 0), 1, Kind::Root).unwrap();
        let mut vm = Vm::new(Output::Capture(Vec::new()));
        let c = vm_ctx(&mut vm);
        let (depth, limit) = counters(c.vm);
        let z = 2.5f64.to_bits();
        let mut regs = [7, 100, z, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(b.run(&code, &mut regs, &c), exit_id(1, 1));
        let cp = std::ptr::from_ref(&c) as u64;
        // x86-64 sets the VM's depth only for the Rust code it calls;
        // AArch64 counts it around the call.
        let callee_depth = depth + i64::from(cfg!(target_arch = "aarch64"));
        let seen = [8, callee_depth as u64, limit as u64, cp];
        assert_eq!(regs[..7], [7, 100, z, 0, 80, 180, 5f64.to_bits()]);
        assert_eq!(regs[8..], seen);
        assert_eq!(counters(c.vm), (depth, limit));
    }
}

#[test]
fn callt_slow_path_failing_exits_through_its_snapshot() {
    // The VM has no proto 5, so finish_call fails: after the callee left
    // through an exit, and when it was not entered at the native nesting
    // limit, at the maximum depth or without room on the VM stack.
    let cases = [
        (false, None, false),
        (true, Some((NATIVE_LIMIT_OFFSET, 0)), false),
        (true, Some((DEPTH_OFFSET, MAX_DEPTH as i64)), false),
        (true, None, true),
    ];
    for mut b in backends() {
        for (k, (returns, poke, full)) in cases.into_iter().enumerate() {
            let no = 10 + 2 * k as u32;
            let callee = if returns {
                returning_callee(&mut *b, no)
            } else {
                exiting_callee(&mut *b, no)
            };
            let code = b
                .compile(&calling_trace(callee, 5), no + 1, Kind::Root)
                .unwrap();
            let mut vm = Vm::new(Output::Capture(Vec::new()));
            if let Some((off, v)) = poke {
                set_counter(std::ptr::from_mut(&mut vm).cast(), off, v);
            }
            let mut c = vm_ctx(&mut vm);
            let before = counters(c.vm);
            let z = 2.5f64.to_bits();
            let mut regs = [7, 100, z, 0, 0, 0, 0, 0, 0, 0, 0, 0];
            if full {
                // The callee's frame (slot 8) reaches one slot too far.
                let reach = crate::trace::FRAME_LIMIT as usize - 1;
                c.stack_end = regs.as_mut_ptr().wrapping_add(8 + reach);
                c.call_room = c.stack_end.wrapping_sub(vm::tier::CALL_ROOM);
            }
            assert_eq!(b.run(&code, &mut regs, &c), exit_id(no + 1, 0));
            // The snapshot's values survived both calls; nothing after
            // the CALLT ran, and only the exiting callee was entered.
            assert_eq!(regs[..9], [7, 100, z, 0, 0, 100, z, 7, 8]);
            assert_eq!(regs[9], u64::from(!returns));
            assert_eq!(counters(c.vm), before);
        }
    }
}

/// fib(n) as a function trace of proto `pid`, with the interpreter's frame
/// (see [`fib_proto`]): n in slot 0, fib(n - 1) and fib(n - 2) into slots
/// 1 and 2 by self-calls on the frame at slot 3. n < 2 leaves through
/// exit #0, where [`fib_base_case`] goes. Each CALLT gets SREFs of its
/// own, which die at it (the slow path still needs them).
fn fib_trace(pid: i64) -> Trace {
    fib_trace_with(pid, false, 0)
}

/// [`fib_trace`], the callee's frame computed by an ADD to slot 0's
/// address when `computed` (a self-call then cannot take it from `regs`),
/// calling the trace at `addr` (0: its own entry).
fn fib_trace_with(pid: i64, computed: bool, addr: usize) -> Trace {
    let mut t = Trace::default();
    let n = sload(&mut t, 0, Ty::Int);
    let s = snap(&mut t, &[]);
    let k2 = t.kint(2);
    guard(&mut t, Opc::GE, n, k2, s);
    let k0 = t.kint(0);
    let sref = |t: &mut Trace, slot| ins(t, Opc::SREF, Ty::Int, Ref::NONE, Ref::NONE, slot);
    let mut results = Vec::new();
    for k in 1..=2 {
        let kk = t.kint(k as i64);
        let arg = ins(&mut t, Opc::SUB, Ty::Int, n, kk, 0);
        sstore(&mut t, 3, arg);
        let frame = if computed {
            let base = sref(&mut t, 0);
            let k24 = t.kint(24);
            ins(&mut t, Opc::ADD, Ty::Int, base, k24, 0)
        } else {
            sref(&mut t, 3)
        };
        let dst = sref(&mut t, k);
        let s = snap(&mut t, &[(0, n)]);
        callt(&mut t, addr, pid, frame, dst, s);
        let at = sref(&mut t, k);
        results.push(ins(&mut t, Opc::XLOAD, Ty::Int, at, k0, MemTy::I64 as u32));
    }
    let sum = ins(&mut t, Opc::ADD, Ty::Int, results[0], results[1], 0);
    let ret = ins(&mut t, Opc::RETREF, Ty::Int, Ref::NONE, Ref::NONE, 0);
    t.push(Ins::new(
        Opc::XSTORE,
        Ty::Void,
        ret,
        k0,
        sum,
        MemTy::I64 as u32,
    ));
    t.end = End::Return;
    t
}

/// The side trace of [`fib_trace`]'s exit #0: returns n.
fn fib_base_case() -> Trace {
    parse(
        "
0000    int SLOAD  #0
0001    int RETREF
0002        XSTORE 0001 k0 0000 .i64
",
        End::Return,
    )
}

fn fib(n: u64) -> u64 {
    (0..n).fold((0, 1), |(a, b), _| (b, a + b)).0
}

#[test]
fn self_recursive_function_trace() {
    for (computed, mut b) in [false, true]
        .into_iter()
        .flat_map(|c| backends().into_iter().map(move |b| (c, b)))
    {
        let root = b
            .compile(&fib_trace_with(0, computed, 0), 1, Kind::Root)
            .unwrap();
        let side = b.compile(&fib_base_case(), 2, Kind::Side).unwrap();
        b.patch(&root, 0, side.entry).unwrap();
        let mut vm = Vm::new(Output::Capture(Vec::new()));
        let c = vm_ctx(&mut vm);
        let before = counters(c.vm);
        for n in 0..=20 {
            // Frames of 3 slots, 20 deep at most.
            let mut regs = [0u64; 3 * 21 + 1];
            regs[0] = n;
            let mut out = 0;
            assert_eq!(b.call(&root, &mut regs, &c, &mut out), RETURNED);
            assert_eq!(out, fib(n), "fib({n}) on {}", b.name());
            assert_eq!(counters(c.vm), before);
        }
    }
}

#[test]
fn recursion_in_a_side_trace_calling_its_root() {
    // The root trace is the base case; n >= 2 leaves it for a side trace
    // whose self-calls name the root's entry.
    let base = "
0000    int SLOAD  #0
....        SNAP #0  pc=0 []
0001 >  int LT     0000 k2  [#0]
0002    int RETREF
0003        XSTORE 0002 k0 0000 .i64
";
    for mut b in backends() {
        let root = b.compile(&parse(base, End::Return), 1, Kind::Root).unwrap();
        let side = b
            .compile(&fib_trace_with(0, false, root.entry), 2, Kind::Side)
            .unwrap();
        b.patch(&root, 0, side.entry).unwrap();
        let mut vm = Vm::new(Output::Capture(Vec::new()));
        let c = vm_ctx(&mut vm);
        let before = counters(c.vm);
        for n in 0..=20 {
            let mut regs = [0u64; 3 * 21 + 1];
            regs[0] = n;
            let mut out = 0;
            assert_eq!(b.call(&root, &mut regs, &c, &mut out), RETURNED);
            assert_eq!(out, fib(n), "fib({n}) on {}", b.name());
            assert_eq!(counters(c.vm), before);
        }
    }
}

/// fib as the compiler lowers it: `FUNC`, n in r0, fib(n - 1) and
/// fib(n - 2) into r1 and r2, callees' frames from r3 (proto 0 calls
/// itself).
fn fib_proto() -> Proto {
    use vm::bytecode::{pack_args, Ins as B, Op, SrcPos};
    let mut code = vec![
        B::ad(Op::FUNC, 0, 0),
        // n < 2: to the last RET.
        B::abj(Op::JLTK, 0, 2, 8),
        B::abi(Op::ADDI, 1, 0, -1),
        B::ad(Op::CALL, 1, 0),
    ];
    code.extend(pack_args(&[1]));
    code.extend([B::abi(Op::ADDI, 2, 0, -2), B::ad(Op::CALL, 2, 0)]);
    code.extend(pack_args(&[2]));
    code.extend([
        B::abc(Op::ADD, 1, 1, 2),
        B::ad(Op::RET, 1, 0),
        B::ad(Op::RET, 0, 0),
    ]);
    let mut p = Proto::default();
    p.name = "fib".into();
    p.pos = vec![SrcPos::default(); code.len()];
    for ins in code {
        p.code.push(ins);
    }
    p.nregs = 3;
    p.nparams = 1;
    p.param_refs = vec![false];
    p.nret = 1;
    p.ret_refs = vec![false];
    p
}

/// A tier that compiles nothing and notes the exits the VM resumes from
/// (at the function's start, which is right for fib's snapshots).
struct Exits(Rc<RefCell<Vec<u64>>>);

impl Tier for Exits {
    fn hot(&mut self, _: &Vm, _: At) -> bool {
        false
    }
    fn record(&mut self, _: &mut Vm, _: At) -> bool {
        false
    }
    fn exit(&mut self, _: &mut Vm, at: At, exit: u64) -> Resume {
        self.0.borrow_mut().push(exit);
        Resume {
            pc: at.pc,
            ..Resume::default()
        }
    }
    fn report(&self, _: &Vm) -> String {
        String::new()
    }
    fn take_log(&mut self) -> String {
        String::new()
    }
}

#[test]
fn recursive_function_trace_in_the_vm() {
    // The VM enters the trace at fib's JFUNC. All calls compiled; with
    // a low native nesting limit, so that deep calls are not entered and the
    // interpreter makes them; and without the base case's side trace, so
    // that every call with n < 2 leaves through exit #0 and the
    // interpreter finishes it. Only those exits may happen.
    for mut b in backends() {
        let root = b.compile(&fib_trace(0), 1, Kind::Root).unwrap();
        let side = b.compile(&fib_base_case(), 2, Kind::Side).unwrap();
        b.patch(&root, 0, side.entry).unwrap();
        let bare = b.compile(&fib_trace(0), 3, Kind::Root).unwrap();
        let base_cases: u64 = (0..=20).map(|n| fib(n + 1)).sum();
        for (code, limit, exits) in [
            (&root, None, 0),
            (&root, Some(3), 0),
            (&bare, None, base_cases),
        ] {
            let mut vm = Vm::new(Output::Capture(Vec::new()));
            let seen = Rc::new(RefCell::new(Vec::new()));
            vm.tier = Some(Box::new(Exits(seen.clone())));
            vm.protos.push(Rc::new(fib_proto()));
            let env = vm::verify::Env {
                protos: &vm.protos,
                global_refs: &vm.global_refs,
            };
            vm::verify::verify(&vm.protos[0], &env).unwrap();
            let orig = vm.code_at(0, 0);
            vm.install_trace(
                0,
                0,
                TraceCode {
                    mcode: code.entry,
                    frame_size: 4,
                    orig,
                    trace: code.trace,
                },
            );
            if let Some(r) = limit {
                set_counter(std::ptr::from_mut(&mut vm).cast(), NATIVE_LIMIT_OFFSET, r);
            }
            let before = counters(std::ptr::from_mut(&mut vm).cast());
            for n in 0..=20 {
                let mut out = [0];
                vm.call(0, &[n], &mut out).unwrap();
                assert_eq!(out[0], fib(n), "fib({n}), limit {limit:?} on {}", b.name());
            }
            assert_eq!(counters(std::ptr::from_mut(&mut vm).cast()), before);
            let seen = seen.borrow();
            assert_eq!(seen.len() as u64, exits, "limit {limit:?} on {}", b.name());
            assert!(seen.iter().all(|&e| e == exit_id(3, 0)));
        }
    }
}

#[test]
fn malformed_function_traces_are_errors() {
    let good = calling_trace(0, 0);
    let at = good.ins.iter().position(|i| i.op == Opc::CALLT).unwrap();
    let mut bad = Vec::new();
    let mut t = good.clone();
    t.ins[at].snap = NO_SNAP;
    bad.push(t);
    let mut t = good.clone();
    t.ins[at].aux = 7;
    bad.push(t);
    let mut t = good.clone();
    t.ins[at].a = Ref::NONE;
    bad.push(t);
    let mut t = good.clone();
    t.calls[0].args[0].0 = Ref::ins(0);
    bad.push(t);
    let mut t = good.clone();
    let k = t.kint(1);
    t.calls[0].args.push((k, CArg::Int(MemTy::I64)));
    bad.push(t);
    bad.push(parse(
        "0000    int SLOAD  #0\n0001 ------ LOOP ------",
        End::Return,
    ));
    for mut b in backends() {
        b.compile(&good, 1, Kind::Root).unwrap();
        for t in &bad {
            assert!(
                b.compile(t, 1, Kind::Root).is_err(),
                "accepted:\n{}",
                t.dump()
            );
        }
        // A self-call names a root's entry; a side trace has none.
        let selfcall = calling_trace(0, 0);
        b.compile(&selfcall, 1, Kind::Root).unwrap();
        assert!(matches!(
            b.compile(&selfcall, 2, Kind::Side),
            Err(AsmError::Unsupported(_))
        ));
    }
}

/// xorshift64*: reproducible random traces without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[self.below(v.len())]
    }
}

/// A random straight-line trace of value ops, guards, stores and calls
/// that is defined on every input: divisors are made odd and shift counts
/// masked.
fn random_trace(rng: &mut Rng) -> Trace {
    let mut t = Trace::default();
    let mut ints: Vec<Ref> = (0..8).map(|k| sload(&mut t, k, Ty::Int)).collect();
    let mut nums: Vec<Ref> = (0..8).map(|k| sload(&mut t, 8 + k, Ty::Num)).collect();
    let ops: Vec<Opc> = value_ops()
        .into_iter()
        .filter(|&op| op != Opc::F2I)
        .collect();
    let len = 20 + rng.below(200);
    for _ in 0..len {
        let arg = |rng: &mut Rng, t: &mut Trace, ty: Ty, ints: &[Ref], nums: &[Ref]| -> Ref {
            match (ty, rng.below(6)) {
                (Ty::Num, 0) => t.knum(rng.pick(FLOATS)),
                (Ty::Num, _) => rng.pick(nums),
                (_, 0) => t.kint(rng.pick(INTS)),
                _ => rng.pick(ints),
            }
        };
        match rng.below(20) {
            0 => {
                let entries: Vec<(u32, Ref)> = (0..rng.below(6))
                    .map(|_| {
                        let ty = if rng.below(2) == 0 { Ty::Int } else { Ty::Num };
                        (16 + rng.below(8) as u32, arg(rng, &mut t, ty, &ints, &nums))
                    })
                    .collect::<HashMap<_, _>>()
                    .into_iter()
                    .collect();
                let s = snap(&mut t, &entries);
                let op = rng.pick(
                    &ops.iter()
                        .copied()
                        .filter(|o| o.is(flag::CMP))
                        .collect::<Vec<_>>(),
                );
                let ty = arg_ty(op);
                let a = arg(rng, &mut t, ty, &ints, &nums);
                let b = arg(rng, &mut t, ty, &ints, &nums);
                guard(&mut t, op, a, b, s);
            }
            1 => {
                let x = arg(rng, &mut t, Ty::Int, &ints, &nums);
                let y = arg(rng, &mut t, Ty::Num, &ints, &nums);
                let r = call(
                    &mut t,
                    clobber as *const () as usize,
                    &[(x, CArg::Int(MemTy::I64)), (y, CArg::F64)],
                    Some(CArg::F64),
                );
                nums.push(r);
            }
            2 => {
                let v = if rng.below(2) == 0 {
                    rng.pick(&ints)
                } else {
                    rng.pick(&nums)
                };
                sstore(&mut t, 24 + rng.below(8) as u32, v);
            }
            _ => {
                let op = rng.pick(&ops);
                let ty = arg_ty(op);
                let a = arg(rng, &mut t, ty, &ints, &nums);
                let mut b = if arity(op) >= 2 {
                    arg(rng, &mut t, ty, &ints, &nums)
                } else {
                    Ref::NONE
                };
                let c = if arity(op) == 3 {
                    arg(rng, &mut t, ty, &ints, &nums)
                } else {
                    Ref::NONE
                };
                if matches!(op, Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD) {
                    let one = t.kint(1);
                    b = ins(&mut t, Opc::BOR, Ty::Int, b, one, 0);
                }
                if matches!(op, Opc::SHL | Opc::SAR | Opc::SHR) {
                    let m = t.kint(63);
                    b = ins(&mut t, Opc::BAND, Ty::Int, b, m, 0);
                }
                let ty = op.fixed_ty().unwrap();
                let r = t.push(Ins::new(op, ty, a, b, c, 0));
                if ty == Ty::Num {
                    nums.push(r);
                } else {
                    ints.push(r);
                }
            }
        }
    }
    let mut entries = Vec::new();
    for k in 0..8 {
        entries.push((32 + k, rng.pick(&ints)));
        entries.push((40 + k, rng.pick(&nums)));
    }
    snap(&mut t, &entries);
    t.end = End::Exit;
    t
}

/// The reference: the IR run by `eval`, one instruction at a time.
fn interpret(t: &Trace, regs: &mut [u64]) -> u64 {
    let mut vals: Vec<Option<V>> = vec![None; t.ins.len()];
    let get = |vals: &[Option<V>], r: Ref| -> V {
        match t.get_const(r) {
            Some(Const::Int(v)) => V::I(v),
            Some(Const::Num(b)) => V::F(f64::from_bits(b)),
            None => vals[r.idx()].unwrap(),
        }
    };
    let write_back = |vals: &[Option<V>], regs: &mut [u64], s: u32| {
        for e in t.snap_entries(&t.snaps[s as usize]) {
            regs[e.slot as usize] = get(vals, e.val).bits();
        }
        exit_id(1, s)
    };
    let loop_at = t.loop_ref().map(|r| r.idx());
    let mut i = 0;
    loop {
        if i == t.ins.len() {
            match loop_at {
                Some(l) if t.end == End::Loop => {
                    let next: Vec<(usize, Option<V>)> = t
                        .ins
                        .iter()
                        .filter(|p| p.op == Opc::PHI)
                        .map(|p| (p.a.idx(), Some(get(&vals, p.b))))
                        .collect();
                    for (a, v) in next {
                        vals[a] = v;
                    }
                    i = l + 1;
                    continue;
                }
                _ => return write_back(&vals, regs, t.snaps.len() as u32 - 1),
            }
        }
        let ins = &t.ins[i];
        let v = match ins.op {
            Opc::LOOP | Opc::PHI => None,
            Opc::SLOAD => Some(match ins.ty {
                Ty::Num => V::F(f64::from_bits(regs[ins.aux as usize])),
                _ => V::I(regs[ins.aux as usize] as i64),
            }),
            Opc::SSTORE => {
                regs[ins.aux as usize] = get(&vals, ins.a).bits();
                None
            }
            Opc::CALL => {
                let args = &t.calls[ins.aux as usize].args;
                let (V::I(x), V::F(y)) = (get(&vals, args[0].0), get(&vals, args[1].0)) else {
                    unreachable!()
                };
                Some(V::F(clobber(x, y)))
            }
            op => {
                let args: Vec<V> = ins.args().map(|r| get(&vals, r)).collect();
                let r = eval(op, &args).unwrap();
                if ins.is_guard() {
                    if r.bits() == 0 {
                        return write_back(&vals, regs, ins.snap);
                    }
                    None
                } else {
                    Some(r)
                }
            }
        };
        if ins.op != Opc::PHI {
            vals[i] = v;
        }
        i += 1;
    }
}

/// A random loop, peeled: a counter in slot 0 bounded by slot 1, integers
/// and floats carried in the other slots, some of them changed each
/// iteration by random expressions (with calls and guards among them).
fn random_loop(rng: &mut Rng) -> Trace {
    let ni = 2 + rng.below(14);
    let nf = 1 + rng.below(14);
    let mut slots = vec![(0, Ty::Int), (1, Ty::Int)];
    slots.extend((0..ni).map(|k| (2 + k as u32, Ty::Int)));
    slots.extend((0..nf).map(|k| (2 + (ni + k) as u32, Ty::Num)));
    let seed = rng.next() | 1;
    let ops: Vec<Opc> = value_ops()
        .into_iter()
        .filter(|&op| op != Opc::F2I && !op.is(flag::CMP))
        .collect();
    peeled(&slots, |t, v, s| {
        let mut rng = Rng(seed);
        guard(t, Opc::LT, v[0], v[1], s);
        let mut ints: Vec<Ref> = v[2..2 + ni].to_vec();
        let mut nums: Vec<Ref> = v[2 + ni..].to_vec();
        let mut out = v.to_vec();
        let one = t.kint(1);
        out[0] = ins(t, Opc::ADD, Ty::Int, v[0], one, 0);
        for _ in 0..rng.below(12) {
            match rng.below(8) {
                0 => {
                    let x = rng.pick(&ints);
                    let y = rng.pick(&nums);
                    let r = call(
                        t,
                        clobber as *const () as usize,
                        &[(x, CArg::Int(MemTy::I64)), (y, CArg::F64)],
                        Some(CArg::F64),
                    );
                    nums.push(r);
                }
                1 => {
                    let cur: Vec<(u32, Ref)> =
                        slots.iter().map(|s| s.0).zip(v.iter().copied()).collect();
                    let g = snap(t, &cur);
                    let x = rng.pick(&ints);
                    let k = t.kint(rng.pick(INTS));
                    guard(t, rng.pick(&[Opc::NE, Opc::LT, Opc::UGE]), x, k, g);
                }
                _ => {
                    let op = rng.pick(&ops);
                    let ty = arg_ty(op);
                    let pool = if ty == Ty::Num { &nums } else { &ints };
                    let a = rng.pick(pool);
                    let mut b = if arity(op) >= 2 {
                        rng.pick(pool)
                    } else {
                        Ref::NONE
                    };
                    let c = if arity(op) == 3 {
                        rng.pick(pool)
                    } else {
                        Ref::NONE
                    };
                    if matches!(op, Opc::DIV | Opc::MOD | Opc::UDIV | Opc::UMOD) {
                        b = ins(t, Opc::BOR, Ty::Int, b, one, 0);
                    }
                    if matches!(op, Opc::SHL | Opc::SAR | Opc::SHR) {
                        let m = t.kint(63);
                        b = ins(t, Opc::BAND, Ty::Int, b, m, 0);
                    }
                    let rty = op.fixed_ty().unwrap();
                    let r = t.push(Ins::new(op, rty, a, b, c, 0));
                    if rty == Ty::Num {
                        nums.push(r);
                    } else {
                        ints.push(r);
                    }
                }
            }
        }
        // Each changed slot gets a fresh value (so every PHI has its own).
        for (k, &(_, ty)) in slots.iter().enumerate().skip(2) {
            if rng.below(3) == 0 {
                continue;
            }
            out[k] = if ty == Ty::Num {
                let x = rng.pick(&nums);
                let y = rng.pick(&nums);
                ins(t, Opc::FSUB, Ty::Num, x, y, 0)
            } else {
                let x = rng.pick(&ints);
                let y = rng.pick(&ints);
                ins(t, Opc::BXOR, Ty::Int, x, y, 0)
            };
        }
        // Sometimes rotate slots (PHI cycles), integers and floats.
        if rng.below(2) == 0 {
            let k = 2 + rng.below(ni - 1);
            out[k] = v[k + 1];
            out[k + 1] = v[k];
            if nf >= 3 {
                let f = 2 + ni;
                (out[f], out[f + 1], out[f + 2]) = (v[f + 1], v[f + 2], v[f]);
            }
        }
        out
    })
}

#[test]
fn random_loops_match_the_reference() {
    let mut rng = Rng(0x51_7cc1_b727_220a);
    for mut b in backends() {
        for round in 0..400 {
            let t = random_loop(&mut rng);
            let nslots = 2 + t.snaps.iter().map(|s| s.entries.len()).max().unwrap_or(0) + 32;
            let mut regs: Vec<u64> = (0..nslots).map(|_| rng.next()).collect();
            regs[0] = 0;
            regs[1] = rng.below(20) as u64;
            for (k, r) in regs.iter_mut().enumerate().skip(2) {
                if t.ins
                    .iter()
                    .any(|i| i.op == Opc::SLOAD && i.aux == k as u32 && i.ty == Ty::Num)
                {
                    *r = rng.pick(FLOATS).to_bits();
                }
            }
            let mut want = regs.clone();
            let want_exit = interpret(&t, &mut want);
            let exit = exec(b.as_mut(), &t, &mut regs);
            assert_eq!(exit, want_exit, "{}: round {round}\n{}", b.name(), t.dump());
            for k in 0..regs.len() {
                assert!(
                    regs[k] == want[k]
                        || f64::from_bits(regs[k]).is_nan() && f64::from_bits(want[k]).is_nan(),
                    "{}: round {round}: slot {k}: {:#x}, want {:#x}\n{}",
                    b.name(),
                    regs[k],
                    want[k],
                    t.dump()
                );
            }
        }
    }
}

#[test]
fn random_traces_match_the_reference() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for mut b in backends() {
        for round in 0..1000 {
            let t = random_trace(&mut rng);
            let mut regs: Vec<u64> = (0..48).map(|_| rng.next()).collect();
            for r in &mut regs[8..16] {
                *r = rng.pick(FLOATS).to_bits();
            }
            let mut want = regs.clone();
            let want_exit = interpret(&t, &mut want);
            let exit = exec(b.as_mut(), &t, &mut regs);
            assert_eq!(exit, want_exit, "{}: round {round}\n{}", b.name(), t.dump());
            for k in 0..regs.len() {
                assert!(
                    regs[k] == want[k]
                        || f64::from_bits(regs[k]).is_nan() && f64::from_bits(want[k]).is_nan(),
                    "{}: round {round}: slot {k}: {:#x}, want {:#x}\n{}",
                    b.name(),
                    regs[k],
                    want[k],
                    t.dump()
                );
            }
        }
    }
}

#[test]
fn mangled_traces_never_panic() {
    // Random traces with operands, snapshots and aux fields corrupted must
    // compile or fail with an error, never panic.
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for mut b in backends() {
        for _ in 0..1000 {
            let mut t = random_trace(&mut rng);
            for _ in 0..1 + rng.below(3) {
                let n = t.ins.len();
                let i = rng.below(n);
                let junk = [
                    Ref::NONE,
                    Ref::ins(n + 3),
                    Ref::ins(i),
                    Ref::konst(999),
                    Ref::ins(rng.below(n)),
                ];
                match rng.below(7) {
                    0 => t.ins[i].a = rng.pick(&junk),
                    1 => t.ins[i].b = rng.pick(&junk),
                    2 => t.ins[i].snap = rng.below(t.snaps.len() + 2) as u32,
                    3 => t.ins[i].aux = rng.next() as u32,
                    4 => t.ins[i].op = rng.pick(Opc::ALL),
                    5 => t.ins[i].ty = rng.pick(&[Ty::Void, Ty::Int, Ty::Num]),
                    _ => {
                        let e = rng.below(t.entries.len().max(1));
                        if let Some(e) = t.entries.get_mut(e) {
                            e.val = rng.pick(&junk);
                        }
                    }
                }
            }
            let _ = b.compile(&t, 1, Kind::Root);
        }
    }
}
