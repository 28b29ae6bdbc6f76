//! The trace IR: a linear SSA form of one recorded path through the
//! bytecode, with guards that leave the trace and snapshots that say how to
//! resume the interpreter when they do.
//!
//! Every opcode is defined once, in the `ir!` table below, with its operand
//! kinds and flags; names, dumps, the text parser and the passes' questions
//! ("may this be moved?", "does this write memory?") all derive from it, as
//! LuaJIT derives everything from `IRDEF`.
//!
//! Values are 64-bit integers (`Int`: integers of every width, sign- or
//! zero-extended as the interpreter keeps them, bools, pointers, object
//! references) or doubles (`Num`: float32 values are doubles rounded by
//! `F32R`, as in the interpreter's registers). The bytecode is statically
//! typed, so a trace needs no type guards: each instruction's type follows
//! from the opcode that produced it.
//!
//! Constants live in their own table and are referred to by refs with the
//! top bit set, so a pass can tell them apart without a lookup and the loop
//! optimizer never copies them.

use std::collections::HashMap;
use std::fmt::{self, Write};

/// A reference to an instruction or a constant.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

const KBIT: u32 = 1 << 31;

impl Ref {
    /// No operand.
    pub const NONE: Ref = Ref(u32::MAX);

    pub fn ins(i: usize) -> Ref {
        Ref(i as u32)
    }
    pub fn konst(i: usize) -> Ref {
        Ref(KBIT | i as u32)
    }
    pub fn is_none(self) -> bool {
        self == Ref::NONE
    }
    pub fn is_const(self) -> bool {
        self != Ref::NONE && self.0 & KBIT != 0
    }
    pub fn is_ins(self) -> bool {
        self.0 & KBIT == 0
    }
    /// Index into the instructions or (for a constant) the constants.
    pub fn idx(self) -> usize {
        (self.0 & !KBIT) as usize
    }
}

impl fmt::Debug for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_none() {
            f.write_str("-")
        } else if self.is_const() {
            write!(f, "K{}", self.idx())
        } else {
            write!(f, "{:04}", self.idx())
        }
    }
}

/// Value types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// No value (stores, guards, markers).
    Void,
    Int,
    Num,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Void => "   ",
            Ty::Int => "int",
            Ty::Num => "num",
        }
    }
}

/// The width and signedness of a memory access. Loads extend to 64 bits (or
/// widen float32 to a double); stores narrow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum MemTy {
    /// A bool byte: loads as 0/1, stores `x != 0`.
    B,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    F32,
    F64,
}

impl MemTy {
    pub const ALL: [MemTy; 10] = [
        MemTy::B,
        MemTy::I8,
        MemTy::U8,
        MemTy::I16,
        MemTy::U16,
        MemTy::I32,
        MemTy::U32,
        MemTy::I64,
        MemTy::F32,
        MemTy::F64,
    ];

    pub fn size(self) -> u32 {
        match self {
            MemTy::B | MemTy::I8 | MemTy::U8 => 1,
            MemTy::I16 | MemTy::U16 => 2,
            MemTy::I32 | MemTy::U32 | MemTy::F32 => 4,
            MemTy::I64 | MemTy::F64 => 8,
        }
    }

    /// The type of the value a load produces or a store consumes.
    pub fn ty(self) -> Ty {
        match self {
            MemTy::F32 | MemTy::F64 => Ty::Num,
            _ => Ty::Int,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MemTy::B => "b",
            MemTy::I8 => "i8",
            MemTy::U8 => "u8",
            MemTy::I16 => "i16",
            MemTy::U16 => "u16",
            MemTy::I32 => "i32",
            MemTy::U32 => "u32",
            MemTy::I64 => "i64",
            MemTy::F32 => "f32",
            MemTy::F64 => "f64",
        }
    }

    pub fn from_u32(v: u32) -> Option<MemTy> {
        MemTy::ALL.get(v as usize).copied()
    }
}

/// Fields of runtime objects that compiled code reads directly. The VM
/// never changes them while code runs (an array's header is fixed for its
/// life), so loads of them are pure and hoist out of loops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Field {
    ArrayData,
    ArrayShape0,
    ArrayShape1,
    ArrayShape2,
    ArrayShape3,
    ArrayShape4,
    ArrayShape5,
    ArrayShape6,
    ArrayShape7,
    ArrayStride0,
    ArrayStride1,
    ArrayStride2,
    ArrayStride3,
    ArrayStride4,
    ArrayStride5,
    ArrayStride6,
    ArrayStride7,
}

// One shape and one stride field per axis an array may have.
const _: () = assert!(vm::value::MAX_NDIM == 8);

impl Field {
    pub const ALL: [Field; 17] = [
        Field::ArrayData,
        Field::ArrayShape0,
        Field::ArrayShape1,
        Field::ArrayShape2,
        Field::ArrayShape3,
        Field::ArrayShape4,
        Field::ArrayShape5,
        Field::ArrayShape6,
        Field::ArrayShape7,
        Field::ArrayStride0,
        Field::ArrayStride1,
        Field::ArrayStride2,
        Field::ArrayStride3,
        Field::ArrayStride4,
        Field::ArrayStride5,
        Field::ArrayStride6,
        Field::ArrayStride7,
    ];

    pub fn shape(axis: usize) -> Field {
        Field::ALL[1 + axis]
    }

    pub fn stride(axis: usize) -> Field {
        Field::ALL[1 + vm::value::MAX_NDIM + axis]
    }

    pub fn from_u32(v: u32) -> Option<Field> {
        Field::ALL.get(v as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Field::ArrayData => "data",
            Field::ArrayShape0 => "shape0",
            Field::ArrayShape1 => "shape1",
            Field::ArrayShape2 => "shape2",
            Field::ArrayShape3 => "shape3",
            Field::ArrayShape4 => "shape4",
            Field::ArrayShape5 => "shape5",
            Field::ArrayShape6 => "shape6",
            Field::ArrayShape7 => "shape7",
            Field::ArrayStride0 => "stride0",
            Field::ArrayStride1 => "stride1",
            Field::ArrayStride2 => "stride2",
            Field::ArrayStride3 => "stride3",
            Field::ArrayStride4 => "stride4",
            Field::ArrayStride5 => "stride5",
            Field::ArrayStride6 => "stride6",
            Field::ArrayStride7 => "stride7",
        }
    }

    pub fn from_name(s: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.name() == s)
    }
}

/// What an operand slot of an opcode holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Unused.
    N,
    /// A reference to a value.
    R,
}

/// What the `aux` field of an opcode holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aux {
    None,
    /// A frame slot, relative to the trace's base.
    Slot,
    /// A global slot.
    Global,
    /// A memory type.
    Mem,
    /// An object field.
    Field,
    /// An index into `Trace::calls`.
    Call,
}

/// Opcode properties.
pub mod flag {
    /// Pure: no effect, may be folded, CSE'd, hoisted and removed when unused.
    pub const PURE: u8 = 1;
    /// Commutative in its two operands (CSE and folding canonicalize).
    pub const COMM: u8 = 2;
    /// A comparison: a guard when the instruction has a snapshot, a 0/1
    /// value otherwise.
    pub const CMP: u8 = 4;
    /// Reads memory that stores in the trace may change.
    pub const LOAD: u8 = 8;
    /// Writes memory or has another effect that must stay in order.
    pub const EFFECT: u8 = 16;
    /// A call: clobbers caller-saved registers.
    pub const CALL: u8 = 32;
}

macro_rules! ir {
    ($($(#[$doc:meta])* $name:ident $ty:ident $a:ident $b:ident $c:ident $aux:ident $flags:expr,)*) => {
        /// IR opcodes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Opc { $($(#[$doc])* $name,)* }

        impl Opc {
            pub const ALL: &'static [Opc] = &[$(Opc::$name,)*];
            const NAMES: &'static [&'static str] = &[$(stringify!($name),)*];
            const TYPES: &'static [Option<Ty>] = &[$(ir!(@ty $ty),)*];
            const OPERANDS: &'static [[Kind; 3]] = &[$([Kind::$a, Kind::$b, Kind::$c],)*];
            const AUX: &'static [Aux] = &[$(Aux::$aux,)*];
            const FLAGS: &'static [u8] = &[$($flags,)*];
        }
    };
    (@ty V) => { Some(Ty::Void) };
    (@ty I) => { Some(Ty::Int) };
    (@ty F) => { Some(Ty::Num) };
    // The type is given per instruction (loads, phis, calls).
    (@ty X) => { None };
}

use flag::*;

ir! {
    /// Nothing: a removed instruction.
    NOP V N N N None 0,
    /// The loop header: instructions after it are the loop body, which
    /// jumps back here.
    LOOP V N N N None EFFECT,
    /// A value entering the loop (a) and the value the body computes for the
    /// next iteration (b).
    PHI X R R N None 0,
    /// The value of a frame slot when the trace (or side trace) was entered.
    SLOAD X N N N Slot LOAD,
    /// Writes a frame slot (before a call that reads the frame).
    SSTORE V R N N Slot EFFECT,
    /// A global slot.
    GLOAD X N N N Global LOAD,
    GSTORE V R N N Global EFFECT,
    /// Loads from address a + byte offset b.
    XLOAD X R R N Mem LOAD,
    /// Stores c at address a + byte offset b.
    XSTORE V R R R Mem EFFECT,
    /// A field of a runtime object that never changes while code runs.
    FLOAD I R N N Field PURE,

    // Integer comparisons (signed, then unsigned).
    EQ I R R N None PURE | COMM | CMP,
    NE I R R N None PURE | COMM | CMP,
    LT I R R N None PURE | CMP,
    GE I R R N None PURE | CMP,
    LE I R R N None PURE | CMP,
    GT I R R N None PURE | CMP,
    ULT I R R N None PURE | CMP,
    UGE I R R N None PURE | CMP,
    ULE I R R N None PURE | CMP,
    UGT I R R N None PURE | CMP,
    // Float comparisons: ordered ones are false when either side is NaN;
    // FNE and the "not" forms (FNLT: not less than) are true.
    FEQ I R R N None PURE | COMM | CMP,
    FNE I R R N None PURE | COMM | CMP,
    FLT I R R N None PURE | CMP,
    FGE I R R N None PURE | CMP,
    FLE I R R N None PURE | CMP,
    FGT I R R N None PURE | CMP,
    FNLT I R R N None PURE | CMP,
    FNGE I R R N None PURE | CMP,
    FNLE I R R N None PURE | CMP,
    FNGT I R R N None PURE | CMP,

    // Integer arithmetic, wrapping.
    ADD I R R N None PURE | COMM,
    SUB I R R N None PURE,
    MUL I R R N None PURE | COMM,
    /// Python's floor division and modulo (the divisor is guarded nonzero;
    /// MIN // -1 wraps as in the interpreter).
    DIV I R R N None PURE,
    MOD I R R N None PURE,
    UDIV I R R N None PURE,
    UMOD I R R N None PURE,
    NEG I R N N None PURE,
    BAND I R R N None PURE | COMM,
    BOR I R R N None PURE | COMM,
    BXOR I R R N None PURE | COMM,
    BNOT I R N N None PURE,
    /// Shifts by a count in 0..64 (guarded by the recorder).
    SHL I R R N None PURE,
    SAR I R R N None PURE,
    SHR I R R N None PURE,
    MIN I R R N None PURE | COMM,
    MAX I R R N None PURE | COMM,
    UMIN I R R N None PURE | COMM,
    UMAX I R R N None PURE | COMM,
    ABS I R N N None PURE,
    /// a != 0 ? b : c (a is a comparison's 0 or 1): a branch the
    /// recorder made straight-line.
    SEL I R R R None PURE,
    /// Sign and zero extension of the low 8, 16 or 32 bits.
    SEXT8 I R N N None PURE,
    SEXT16 I R N N None PURE,
    SEXT32 I R N N None PURE,
    ZEXT8 I R N N None PURE,
    ZEXT16 I R N N None PURE,
    ZEXT32 I R N N None PURE,

    // Float arithmetic.
    FADD F R R N None PURE | COMM,
    FSUB F R R N None PURE,
    FMUL F R R N None PURE | COMM,
    FDIV F R R N None PURE,
    FNEG F R N N None PURE,
    FABS F R N N None PURE,
    FSQRT F R N N None PURE,
    /// Python's min/max: `b if b < a else a`, `b if b > a else a`.
    FMIN F R R N None PURE,
    FMAX F R R N None PURE,
    FFLOOR F R N N None PURE,
    FCEIL F R N N None PURE,
    FTRUNC F R N N None PURE,
    /// Rounds a double to float32 precision.
    F32R F R N N None PURE,

    // Conversions.
    I2F F R N N None PURE,
    U2F F R N N None PURE,
    /// Float to int64 truncating toward zero, for values the recorder
    /// guarded to be in range.
    F2I I R N N None PURE,
    /// Float to int64 as Rust's `as` does: saturating, NaN to 0.
    F2IS I R N N None PURE,
    /// Reinterprets the bits of an Int as a Num, and back.
    BITF F R N N None PURE,
    BITI I R N N None PURE,

    /// Reference counting of heap objects (a may be 0).
    INCREF V R N N None EFFECT,
    DECREF V R N N None EFFECT | CALL,

    /// The address of frame slot aux (calls that read or write the frame).
    SREF I N N N Slot PURE,
    /// The VM's address (the first argument of natives).
    VMREF I N N N None PURE,
    /// The trace's context argument (what a called trace is passed).
    CTXREF I N N N None PURE,
    /// Where a function trace writes its results: the third argument of
    /// the root trace's entry, kept in its frame.
    RETREF I N N N None PURE,
    /// A call described by `Trace::calls[aux]`, with its result. A guard
    /// when the callee can fail: a nonzero result exits with the snapshot.
    CALL X N N N Call EFFECT | CALL,
    /// A call of a script function's compiled trace: `calls[aux].addr` is
    /// its entry (0: this trace's own), a the callee's frame (arguments in
    /// place), b where its results go. See `backend/mod.rs` for the
    /// protocol; a guard, exiting when the callee raised.
    CALLT V R R N Call EFFECT | CALL,
}

impl Opc {
    pub fn name(self) -> &'static str {
        Opc::NAMES[self as usize]
    }
    pub fn from_name(s: &str) -> Option<Opc> {
        Opc::NAMES.iter().position(|n| *n == s).map(|i| Opc::ALL[i])
    }
    /// The fixed result type, or None when each instruction gives it.
    pub fn fixed_ty(self) -> Option<Ty> {
        Opc::TYPES[self as usize]
    }
    pub fn operands(self) -> [Kind; 3] {
        Opc::OPERANDS[self as usize]
    }
    pub fn aux(self) -> Aux {
        Opc::AUX[self as usize]
    }
    pub fn flags(self) -> u8 {
        Opc::FLAGS[self as usize]
    }
    pub fn is(self, f: u8) -> bool {
        self.flags() & f != 0
    }

    /// The comparison that holds exactly when this one does not.
    pub fn negate(self) -> Option<Opc> {
        use Opc::*;
        Some(match self {
            EQ => NE,
            NE => EQ,
            LT => GE,
            GE => LT,
            LE => GT,
            GT => LE,
            ULT => UGE,
            UGE => ULT,
            ULE => UGT,
            UGT => ULE,
            FEQ => FNE,
            FNE => FEQ,
            FLT => FNLT,
            FNLT => FLT,
            FGE => FNGE,
            FNGE => FGE,
            FLE => FNLE,
            FNLE => FLE,
            FGT => FNGT,
            FNGT => FGT,
            _ => return None,
        })
    }

    /// The comparison with its operands exchanged (a < b is b > a).
    pub fn swap(self) -> Option<Opc> {
        use Opc::*;
        Some(match self {
            EQ | NE | FEQ | FNE => self,
            LT => GT,
            GT => LT,
            LE => GE,
            GE => LE,
            ULT => UGT,
            UGT => ULT,
            ULE => UGE,
            UGE => ULE,
            FLT => FGT,
            FGT => FLT,
            FLE => FGE,
            FGE => FLE,
            FNLT => FNGT,
            FNGT => FNLT,
            FNLE => FNGE,
            FNGE => FNLE,
            _ => return None,
        })
    }
}

/// Marks an instruction as a guard: `aux2` is then its snapshot.
pub const NO_SNAP: u32 = u32::MAX;

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ins {
    pub op: Opc,
    pub ty: Ty,
    pub a: Ref,
    pub b: Ref,
    pub c: Ref,
    /// Slot, global, memory type, field, call or result index (see `Aux`).
    pub aux: u32,
    /// For a guard, the snapshot to exit with; `NO_SNAP` otherwise.
    pub snap: u32,
}

impl Ins {
    pub fn new(op: Opc, ty: Ty, a: Ref, b: Ref, c: Ref, aux: u32) -> Ins {
        Ins {
            op,
            ty,
            a,
            b,
            c,
            aux,
            snap: NO_SNAP,
        }
    }

    pub fn is_guard(&self) -> bool {
        self.snap != NO_SNAP
    }

    /// The instruction's value operands.
    pub fn args(&self) -> impl Iterator<Item = Ref> + '_ {
        let kinds = self.op.operands();
        [self.a, self.b, self.c]
            .into_iter()
            .zip(kinds)
            .filter(|(r, k)| *k == Kind::R && !r.is_none())
            .map(|(r, _)| r)
    }

    pub fn mem(&self) -> Option<MemTy> {
        (self.op.aux() == Aux::Mem)
            .then(|| MemTy::from_u32(self.aux))
            .flatten()
    }

    pub fn field(&self) -> Option<Field> {
        (self.op.aux() == Aux::Field)
            .then(|| Field::from_u32(self.aux))
            .flatten()
    }

    /// Whether the instruction can be removed when its value is unused.
    pub fn removable(&self) -> bool {
        !self.is_guard()
            && (self.op.is(PURE)
                || matches!(
                    self.op,
                    Opc::SLOAD | Opc::GLOAD | Opc::XLOAD | Opc::PHI | Opc::NOP
                ))
    }
}

/// A constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    Int(i64),
    /// A double, by its bits (so NaN and -0.0 are distinct constants).
    Num(u64),
}

impl Const {
    pub fn ty(self) -> Ty {
        match self {
            Const::Int(_) => Ty::Int,
            Const::Num(_) => Ty::Num,
        }
    }
    pub fn bits(self) -> u64 {
        match self {
            Const::Int(v) => v as u64,
            Const::Num(b) => b,
        }
    }
}

/// An inlined call frame, outermost first. Slots of the frame are the
/// trace's slots from `base`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FrameInfo {
    /// The callee's proto.
    pub pid: u32,
    /// First slot of the callee's frame, relative to the trace's base.
    pub base: u32,
    /// The caller's CALL instruction (tracebacks) and where it resumes.
    pub call_pc: u32,
    pub ret_pc: u32,
    /// The caller register that receives the result, in the caller's frame.
    pub dst: u32,
}

/// A slot's value at a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapEntry {
    pub slot: u32,
    pub val: Ref,
}

/// What the interpreter needs to resume when a guard fails: the frames, the
/// instruction to run next and every slot the trace changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The first instruction after the snapshot was taken (guards before it
    /// in the IR use it).
    pub at: u32,
    /// The instruction to resume at, in the innermost frame.
    pub pc: u32,
    /// The inlined frames (a range of `Trace::frames`).
    pub frames: std::ops::Range<u32>,
    /// Slot values (a range of `Trace::entries`), sorted by slot.
    pub entries: std::ops::Range<u32>,
    /// The exit raises the error a native parked in the VM instead of
    /// running the instruction at `pc` again.
    pub error: bool,
}

/// A call to a function at a fixed address, following the platform's C
/// ABI. VM natives are called the same way, through C-ABI shims that take
/// the VM, the frame and the call site and return a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallInfo {
    pub addr: usize,
    /// Argument values and how they are passed.
    pub args: Vec<(Ref, CArg)>,
    /// The result, if any (the CALL's type follows it).
    pub ret: Option<CArg>,
    /// Variadic C function: the number of fixed arguments.
    pub fixed: Option<u32>,
    /// A name for dumps.
    pub name: String,
}

/// How a value crosses a C call: as an integer register of the given width
/// and signedness, or a float/double register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CArg {
    Int(MemTy),
    F32,
    F64,
}

/// How a trace ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum End {
    /// Jumps back to its `LOOP`, the PHIs at the end carrying values over.
    #[default]
    Loop,
    /// Writes back its last snapshot and jumps to the entry of a trace.
    Link(u32),
    /// Writes back its last snapshot and returns to the interpreter with it.
    Exit,
    /// A function trace whose function returned: its results are stored
    /// (through `RETREF`) and its frame released; returns [`RETURNED`].
    Return,
}

/// What a function trace returns when its function returned normally
/// (any other value is an exit id).
pub const RETURNED: u64 = u64::MAX;

/// What `CALLT` passes its finishing helper when it did not enter the
/// callee (too deep): the interpreter runs the call instead.
pub const NOT_ENTERED: u64 = u64::MAX - 1;

/// A recorded trace.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub end: End,
    pub ins: Vec<Ins>,
    pub consts: Vec<Const>,
    kmap: HashMap<Const, u32>,
    pub snaps: Vec<Snapshot>,
    pub entries: Vec<SnapEntry>,
    pub frames: Vec<FrameInfo>,
    pub calls: Vec<CallInfo>,
    /// Number of frame slots the trace may touch beyond its base (inlined
    /// frames included), for the VM's stack check and `top`.
    pub frame_size: u32,
    /// Per snapshot (by number), the slots dead where it resumes, which
    /// liveness left out of it: a copy of it in the loop body must not
    /// fill them in from the loop's state.
    pub dead: HashMap<u32, Vec<u32>>,
}

impl Trace {
    pub fn konst(&mut self, k: Const) -> Ref {
        if let Some(&i) = self.kmap.get(&k) {
            return Ref::konst(i as usize);
        }
        self.consts.push(k);
        let i = (self.consts.len() - 1) as u32;
        self.kmap.insert(k, i);
        Ref::konst(i as usize)
    }

    pub fn kint(&mut self, v: i64) -> Ref {
        self.konst(Const::Int(v))
    }

    pub fn knum(&mut self, v: f64) -> Ref {
        self.konst(Const::Num(v.to_bits()))
    }

    pub fn get_const(&self, r: Ref) -> Option<Const> {
        r.is_const().then(|| self.consts[r.idx()])
    }

    pub fn int_const(&self, r: Ref) -> Option<i64> {
        match self.get_const(r) {
            Some(Const::Int(v)) => Some(v),
            _ => None,
        }
    }

    pub fn num_const(&self, r: Ref) -> Option<f64> {
        match self.get_const(r) {
            Some(Const::Num(b)) => Some(f64::from_bits(b)),
            _ => None,
        }
    }

    /// The type of a value.
    pub fn ty(&self, r: Ref) -> Ty {
        if r.is_const() {
            self.consts[r.idx()].ty()
        } else {
            self.ins[r.idx()].ty
        }
    }

    /// Appends an instruction without folding.
    pub fn push(&mut self, ins: Ins) -> Ref {
        self.ins.push(ins);
        Ref::ins(self.ins.len() - 1)
    }

    /// Where the loop starts, if the trace loops.
    pub fn loop_ref(&self) -> Option<Ref> {
        self.ins
            .iter()
            .position(|i| i.op == Opc::LOOP)
            .map(Ref::ins)
    }

    pub fn snap_entries(&self, s: &Snapshot) -> &[SnapEntry] {
        &self.entries[s.entries.start as usize..s.entries.end as usize]
    }

    pub fn snap_frames(&self, s: &Snapshot) -> &[FrameInfo] {
        &self.frames[s.frames.start as usize..s.frames.end as usize]
    }

    /// Counts uses of every instruction (snapshots included).
    pub fn use_counts(&self) -> Vec<u32> {
        let mut uses = vec![0u32; self.ins.len()];
        for ins in &self.ins {
            for r in ins.args() {
                if r.is_ins() {
                    uses[r.idx()] += 1;
                }
            }
        }
        for c in &self.calls {
            for &(r, _) in &c.args {
                if r.is_ins() {
                    uses[r.idx()] += 1;
                }
            }
        }
        for e in &self.entries {
            if e.val.is_ins() {
                uses[e.val.idx()] += 1;
            }
        }
        uses
    }

    fn fmt_ref(&self, out: &mut String, r: Ref) {
        match self.get_const(r) {
            Some(Const::Int(v)) => {
                let _ = write!(out, "k{v}");
            }
            Some(Const::Num(b)) => {
                let _ = write!(out, "k{:?}", f64::from_bits(b));
            }
            None => {
                let _ = write!(out, "{r:?}");
            }
        }
    }

    /// The text form, one instruction a line, which [`Trace::parse`] reads
    /// back:
    ///
    /// ```text
    /// 0000    int SLOAD  #3
    /// 0001 >  int LT     0000 k100           [#0]
    /// 0002    num FADD   0004 k1.5
    /// ....        SNAP #0  pc=12 [3=0000 4=0002]
    /// ```
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let mut next_snap = 0;
        for (i, ins) in self.ins.iter().enumerate() {
            while next_snap < self.snaps.len() && self.snaps[next_snap].at as usize <= i {
                self.dump_snap(&mut out, next_snap);
                next_snap += 1;
            }
            if ins.op == Opc::NOP {
                continue;
            }
            if ins.op == Opc::LOOP {
                let _ = writeln!(out, "{i:04} ------ LOOP ------");
                continue;
            }
            let g = if ins.is_guard() { '>' } else { ' ' };
            let _ = write!(out, "{i:04} {g}  {} {:<7}", ins.ty.name(), ins.op.name());
            for r in ins.args() {
                out.push(' ');
                self.fmt_ref(&mut out, r);
            }
            match ins.op.aux() {
                Aux::None => {}
                Aux::Slot => {
                    let _ = write!(out, " #{}", ins.aux);
                }
                Aux::Global => {
                    let _ = write!(out, " g{}", ins.aux);
                }
                Aux::Mem => {
                    let _ = write!(out, " .{}", ins.mem().map_or("?", MemTy::name));
                }
                Aux::Field => {
                    let _ = write!(out, " .{}", ins.field().map_or("?", Field::name));
                }
                Aux::Call => {
                    let _ = write!(out, " call{}", ins.aux);
                    if let Some(c) = self.calls.get(ins.aux as usize) {
                        let _ = write!(out, " {}(", c.name);
                        for (k, &(r, _)) in c.args.iter().enumerate() {
                            if k > 0 {
                                out.push(' ');
                            }
                            self.fmt_ref(&mut out, r);
                        }
                        out.push(')');
                    }
                }
            }
            if ins.is_guard() {
                let _ = write!(out, "  [#{}]", ins.snap);
            }
            out.push('\n');
        }
        while next_snap < self.snaps.len() {
            self.dump_snap(&mut out, next_snap);
            next_snap += 1;
        }
        out
    }

    fn dump_snap(&self, out: &mut String, n: usize) {
        let s = &self.snaps[n];
        let _ = write!(out, "....        SNAP #{n}  pc={}", s.pc);
        if s.error {
            out.push_str(" error");
        }
        for f in self.snap_frames(s) {
            let _ = write!(
                out,
                " frame(p{} base={} call={} ret={} dst={})",
                f.pid, f.base, f.call_pc, f.ret_pc, f.dst
            );
        }
        out.push_str(" [");
        for (k, e) in self.snap_entries(s).iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let _ = write!(out, "{}=", e.slot);
            self.fmt_ref(out, e.val);
        }
        out.push_str("]\n");
    }
}

impl Trace {
    /// Reads the text [`Trace::dump`] writes (calls excepted), for tests of
    /// the passes: IR text in, IR text out.
    pub fn parse(text: &str) -> Result<Trace, String> {
        let mut t = Trace::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            t.parse_line(line)
                .map_err(|e| format!("line {}: {e}: {line}", n + 1))?;
        }
        Ok(t)
    }

    fn parse_ref(&mut self, w: &str) -> Result<Ref, String> {
        if let Some(k) = w.strip_prefix('k') {
            if k.contains(['.', 'e', 'n', 'i']) {
                let v: f64 = k.parse().map_err(|_| format!("bad constant {w}"))?;
                return Ok(self.knum(v));
            }
            let v: i64 = k.parse().map_err(|_| format!("bad constant {w}"))?;
            return Ok(self.kint(v));
        }
        let i: usize = w.parse().map_err(|_| format!("bad reference {w}"))?;
        Ok(Ref::ins(i))
    }

    fn parse_line(&mut self, line: &str) -> Result<(), String> {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        if words[0] == "...." {
            return self.parse_snap(&words[1..]);
        }
        let idx: usize = words[0].parse().map_err(|_| "bad index")?;
        if idx < self.ins.len() {
            return Err("instructions out of order".into());
        }
        while self.ins.len() < idx {
            self.push(Ins::new(
                Opc::NOP,
                Ty::Void,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                0,
            ));
        }
        if words.get(1) == Some(&"------") {
            self.push(Ins::new(
                Opc::LOOP,
                Ty::Void,
                Ref::NONE,
                Ref::NONE,
                Ref::NONE,
                0,
            ));
            return Ok(());
        }
        let mut snap = NO_SNAP;
        if let Some(last) = words.last() {
            if let Some(s) = last.strip_prefix("[#").and_then(|s| s.strip_suffix(']')) {
                snap = s.parse().map_err(|_| "bad snapshot")?;
                words.pop();
            }
        }
        let mut k = 1;
        if words.get(k) == Some(&">") {
            k += 1;
        }
        let ty = match words.get(k) {
            Some(&"int") => Ty::Int,
            Some(&"num") => Ty::Num,
            _ => Ty::Void,
        };
        if ty != Ty::Void {
            k += 1;
        }
        let op = words
            .get(k)
            .and_then(|w| Opc::from_name(w))
            .ok_or("unknown opcode")?;
        k += 1;
        let mut refs = [Ref::NONE; 3];
        let mut nref = 0;
        let mut aux = 0;
        for w in &words[k..] {
            if let Some(s) = w.strip_prefix('#') {
                aux = s.parse().map_err(|_| "bad slot")?;
            } else if let Some(g) = w.strip_prefix('g') {
                aux = g.parse().map_err(|_| "bad global")?;
            } else if let Some(f) = w.strip_prefix('.') {
                aux = match op.aux() {
                    Aux::Mem => MemTy::ALL
                        .iter()
                        .position(|m| m.name() == f)
                        .ok_or("bad memory type")? as u32,
                    _ => Field::from_name(f).ok_or("bad field")? as u32,
                };
            } else {
                if nref == 3 {
                    return Err("too many operands".into());
                }
                refs[nref] = self.parse_ref(w)?;
                nref += 1;
            }
        }
        let ty = op.fixed_ty().unwrap_or(ty);
        let mut ins = Ins::new(op, ty, refs[0], refs[1], refs[2], aux);
        ins.snap = snap;
        self.push(ins);
        Ok(())
    }

    fn parse_snap(&mut self, words: &[&str]) -> Result<(), String> {
        if words.first() != Some(&"SNAP") {
            return Err("expected SNAP".into());
        }
        let mut s = Snapshot {
            at: self.ins.len() as u32,
            entries: self.entries.len() as u32..self.entries.len() as u32,
            frames: self.frames.len() as u32..self.frames.len() as u32,
            ..Snapshot::default()
        };
        let rest = words[2..].join(" ");
        let (head, body) = rest.split_once('[').ok_or("expected [")?;
        for w in head.split_whitespace() {
            if let Some(pc) = w.strip_prefix("pc=") {
                s.pc = pc.parse().map_err(|_| "bad pc")?;
            } else if w == "error" {
                s.error = true;
            }
        }
        let mut rest = head;
        while let Some(i) = rest.find("frame(") {
            let end = rest[i..].find(')').ok_or("bad frame")? + i;
            let mut f = FrameInfo {
                pid: 0,
                base: 0,
                call_pc: 0,
                ret_pc: 0,
                dst: 0,
            };
            for kv in rest[i + 6..end].split_whitespace() {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                let num = |v: &str| v.parse::<u32>().map_err(|_| "bad frame field");
                match k {
                    "base" => f.base = num(v)?,
                    "call" => f.call_pc = num(v)?,
                    "ret" => f.ret_pc = num(v)?,
                    "dst" => f.dst = num(v)?,
                    _ => f.pid = num(k.trim_start_matches('p'))?,
                }
            }
            self.frames.push(f);
            rest = &rest[end + 1..];
        }
        s.frames.end = self.frames.len() as u32;
        for e in body.trim_end_matches(']').split_whitespace() {
            let (slot, val) = e.split_once('=').ok_or("bad entry")?;
            let slot = slot.parse().map_err(|_| "bad slot")?;
            let val = self.parse_ref(val)?;
            self.entries.push(SnapEntry { slot, val });
        }
        s.entries.end = self.entries.len() as u32;
        self.snaps.push(s);
        Ok(())
    }
}

impl fmt::Display for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dump())
    }
}
