//! The typed register bytecode. An instruction is a 64-bit word: an 8-bit
//! opcode, a 16-bit register A, and either two 16-bit operands B and C or
//! one 32-bit operand D in their place. Opcodes are typed (ADD is int64,
//! FADD float64, ALD_F64 loads a float64 array element), so the interpreter
//! never inspects a value's type.
//!
//! ```text
//!  63      56 55        40 39        24 23         8 7      0
//! |    E    |      C     |      B     |      A     |   op   |
//! |    E    |            D            |      A     |   op   |
//! |     jump (24 bits)   |      B     |      A     |   op   |   Abj, Aij
//! ```
//!
//! Jump targets are signed offsets from the instruction after the jump: D
//! for plain jumps, the top 24 bits for fused compare-and-branch. Only
//! calls take extra words: their argument registers, four to a word (see
//! `arg_words`). What each operand is (a register read or written, an
//! immediate, a constant...) is in the `ops!` table, which the lowering, the
//! verifier (`verify.rs`) and the JIT's recorder share.

use crate::dtype::DType;
use std::cell::Cell;
use std::fmt::Write;

/// A register number: frames have at most `MAX_REGS` registers.
pub type Reg = u16;

/// The most registers a frame may have. `Reg::MAX` itself is never a
/// register: it pads the last argument word of a call.
pub const MAX_REGS: usize = Reg::MAX as usize;

/// The reach of a fused compare-and-branch's 24-bit jump offset.
pub const JUMP24: i64 = (1 << 23) - 1;

macro_rules! ops {
    ($($(#[$doc:meta])* $name:ident $fmt:ident $a:ident,)*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op { $($(#[$doc])* $name,)* }

        impl Op {
            pub const COUNT: usize = [$(Op::$name,)*].len();
            const ALL: [Op; Op::COUNT] = [$(Op::$name,)*];
            const FORMATS: [Fmt; Op::COUNT] = [$(Fmt::$fmt,)*];
            const USES: [Use; Op::COUNT] = [$(Use::$a,)*];
            const NAMES: [&'static str; Op::COUNT] = [$(stringify!($name),)*];

            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
            pub fn name(self) -> &'static str {
                Op::NAMES[self as usize]
            }
            /// What B, C and D hold.
            pub fn format(self) -> Fmt {
                Op::FORMATS[self as usize]
            }
            /// How register A is used.
            pub fn a_use(self) -> Use {
                Op::USES[self as usize]
            }
        }
    };
}

/// What the operands besides A hold. Registers in B, C and D are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fmt {
    /// B and C registers.
    Abc,
    /// B register, C a signed immediate.
    Abi,
    /// B register, C an unsigned immediate: an axis, a byte offset, a math
    /// function.
    Abu,
    /// D register.
    Ad,
    /// D signed immediate.
    Ai,
    /// D numeric constant index.
    Ak,
    /// D string constant index.
    As,
    /// D global slot.
    Ag,
    /// D jump offset.
    Aj,
    /// B register, 24-bit jump offset.
    Abj,
    /// B signed immediate, 24-bit jump offset.
    Aij,
    /// D callee proto, then argument words (as many as it has parameters).
    Call,
    /// D native site, then argument words (as many as its argument slots).
    Native,
    /// B array register, C first of E index registers.
    Idx,
    /// Nothing besides A.
    A,
    /// D an entry of `Vm::traces` (compiled code for a loop).
    Trace,
}

/// How an instruction uses register A.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// A is not a register.
    None,
    Read,
    /// Written with a scalar.
    Write,
    /// Written with a reference (the old one is released).
    WriteRef,
    /// Read, then written.
    Update,
    /// A.. are written with the callee's or native's result slots (a
    /// reference slot releases the old reference).
    Results,
    /// A.. are read: the proto's return slots.
    Returns,
    /// A..A+4 are a loop counter: index, stop and step are read; the index
    /// and the visible value (A+3) are written.
    Counter,
}

ops! {
    // Moves and constants.
    MOV Ad Write,
    MOVR Ad WriteRef,
    KINT Ai Write,
    KNUM Ak Write,
    KSTR As WriteRef,
    // Integer arithmetic, 64-bit wrapping.
    ADD Abc Write,
    SUB Abc Write,
    MUL Abc Write,
    ADDI Abi Write,
    DIV Abc Write,
    MOD Abc Write,
    UDIV Abc Write,
    UMOD Abc Write,
    POW Abc Write,
    BAND Abc Write,
    BOR Abc Write,
    BXOR Abc Write,
    SHL Abc Write,
    SHR Abc Write,
    USHR Abc Write,
    NEG Ad Write,
    BNOT Ad Write,
    ABS Ad Write,
    MIN Abc Write,
    MAX Abc Write,
    UMIN Abc Write,
    UMAX Abc Write,
    // Float arithmetic (float32 values live in registers as doubles and are
    // rounded with F32R after each operation).
    FADD Abc Write,
    FSUB Abc Write,
    FMUL Abc Write,
    FDIV Abc Write,
    /// True division of two integers converted to floats (a distinct
    /// opcode only for CPython's error message).
    TDIV Abc Write,
    FFLOORDIV Abc Write,
    FMOD Abc Write,
    FPOW Abc Write,
    FNEG Ad Write,
    FABS Ad Write,
    FMIN Abc Write,
    FMAX Abc Write,
    FSQRT Ad Write,
    /// A = math function C of B (see `MathFn`).
    FMATH Abu Write,
    /// A = math function C of (A, B) (two-argument `MathFn2`).
    FMATH2 Abu Update,
    F32R Ad Write,
    // Conversions.
    I2F Ad Write,
    U2F Ad Write,
    F2I Ad Write,
    F2U Ad Write,
    /// Truncating float to int, as C casts do (no error on NaN).
    F2IT Ad Write,
    SEXT8 Ad Write,
    SEXT16 Ad Write,
    SEXT32 Ad Write,
    ZEXT8 Ad Write,
    ZEXT16 Ad Write,
    ZEXT32 Ad Write,
    I2B Ad Write,
    F2B Ad Write,
    NOT Ad Write,
    // Comparisons producing a bool.
    EQ Abc Write,
    NE Abc Write,
    LT Abc Write,
    LE Abc Write,
    ULT Abc Write,
    ULE Abc Write,
    FEQ Abc Write,
    FNE Abc Write,
    FLT Abc Write,
    FLE Abc Write,
    // Branches.
    JMP Aj None,
    JT Aj Read,
    JF Aj Read,
    JLT Abj Read,
    JLE Abj Read,
    JEQ Abj Read,
    JNE Abj Read,
    JULT Abj Read,
    JULE Abj Read,
    JFLT Abj Read,
    JFLE Abj Read,
    JFEQ Abj Read,
    JFNE Abj Read,
    JFNLT Abj Read,
    JFNLE Abj Read,
    /// Compare an int64 register with the signed immediate B.
    JEQK Aij Read,
    JNEK Aij Read,
    JLTK Aij Read,
    JLEK Aij Read,
    JGTK Aij Read,
    JGEK Aij Read,
    // Loops.
    FORPREP Aj Counter,
    FORLOOP Aj Counter,
    /// Head of a while loop; counts iterations like FORLOOP.
    LOOP A None,
    /// A loop whose trace was compiled: D is its entry in `Vm::traces`,
    /// which keeps the FORLOOP or LOOP it replaced.
    JFORLOOP Trace Counter,
    JLOOP Trace None,
    /// Loops that are not compiled (blacklisted): they no longer count.
    IFORLOOP Aj Counter,
    ILOOP A None,
    /// A function's first instruction: counts calls, so that a hot
    /// function gets a trace of its own (JFUNC once compiled, IFUNC when it
    /// is never to be).
    FUNC A None,
    JFUNC Trace None,
    IFUNC A None,
    // Calls.
    CALL Call Results,
    CALLN Native Results,
    RET A Returns,
    RET0 A None,
    /// A generator's `yield`: hands A.. (its result slots) to the
    /// `lib_gen` native resuming it and suspends the frame there.
    YIELD A Returns,
    // Globals.
    GGET Ag Write,
    GGETR Ag WriteRef,
    GSET Ag Read,
    GSETR Ag Read,
    // Memory. ALD/AST index a 1-D array with bounds checks and negative
    // wraparound; AIDX computes an element address of an n-D array; XLD/XST
    // access memory at an address plus a byte offset; PLD/PST index a raw
    // pointer. A is the value loaded or stored.
    AIDX Idx Write,
    /// A = length of axis C of array B.
    ALEN Abu Write,
    DATA Ad Write,
    ALD_B Abc Write, ALD_I8 Abc Write, ALD_I16 Abc Write, ALD_I32 Abc Write,
    ALD_I64 Abc Write, ALD_U8 Abc Write, ALD_U16 Abc Write, ALD_U32 Abc Write,
    ALD_U64 Abc Write, ALD_F32 Abc Write, ALD_F64 Abc Write,
    AST_B Abc Read, AST_I8 Abc Read, AST_I16 Abc Read, AST_I32 Abc Read,
    AST_I64 Abc Read, AST_U8 Abc Read, AST_U16 Abc Read, AST_U32 Abc Read,
    AST_U64 Abc Read, AST_F32 Abc Read, AST_F64 Abc Read,
    XLD_B Abu Write, XLD_I8 Abu Write, XLD_I16 Abu Write, XLD_I32 Abu Write,
    XLD_I64 Abu Write, XLD_U8 Abu Write, XLD_U16 Abu Write, XLD_U32 Abu Write,
    XLD_U64 Abu Write, XLD_F32 Abu Write, XLD_F64 Abu Write,
    XST_B Abu Read, XST_I8 Abu Read, XST_I16 Abu Read, XST_I32 Abu Read,
    XST_I64 Abu Read, XST_U8 Abu Read, XST_U16 Abu Read, XST_U32 Abu Read,
    XST_U64 Abu Read, XST_F32 Abu Read, XST_F64 Abu Read,
    PLD_B Abc Write, PLD_I8 Abc Write, PLD_I16 Abc Write, PLD_I32 Abc Write,
    PLD_I64 Abc Write, PLD_U8 Abc Write, PLD_U16 Abc Write, PLD_U32 Abc Write,
    PLD_U64 Abc Write, PLD_F32 Abc Write, PLD_F64 Abc Write,
    PST_B Abc Read, PST_I8 Abc Read, PST_I16 Abc Read, PST_I32 Abc Read,
    PST_I64 Abc Read, PST_U8 Abc Read, PST_U16 Abc Read, PST_U32 Abc Read,
    PST_U64 Abc Read, PST_F32 Abc Read, PST_F64 Abc Read,
}

/// The typed memory opcode for a scalar dtype, from the family's first
/// (bool) member.
pub fn typed(first: Op, dt: DType) -> Option<Op> {
    let i = dt.scalar_index()?;
    Op::from_u8(first as u8 + i as u8)
}

/// The dtype of a typed memory opcode of the family starting at `first`.
pub fn dtype_of(op: Op, first: Op) -> DType {
    DType::SCALARS[(op as u8 - first as u8) as usize]
}

/// An enum of functions numbered in order, with `ALL` and `from_u8` to
/// decode a number: adding a function is one line.
macro_rules! fn_table {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $v:ident,)* }) => {
        $(#[$doc])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vdoc])* $v,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v,)*];

            pub fn from_u8(b: u8) -> Option<$name> {
                $name::ALL.get(b as usize).copied()
            }
        }
    };
}

fn_table! {
    /// One-argument math functions behind FMATH. The plain ones compute as
    /// numpy does (NaN and infinities, never an error); the `Py` ones are
    /// Python's `math`, as CPython computes it (`lib_math`: its results
    /// and its errors).
    MathFn {
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Sinh,
        Cosh,
        Tanh,
        Asinh,
        Acosh,
        Atanh,
        Exp,
        Expm1,
        Exp2,
        Log,
        Log2,
        Log10,
        Log1p,
        Floor,
        Ceil,
        Trunc,
        Round,
        Rint,
        Sign,
        Sqrt,
        Cbrt,
        Degrees,
        Radians,
        IsNan,
        IsInf,
        IsFinite,
        PyAcos,
        PyAcosh,
        PyAsin,
        PyAsinh,
        PyAtan,
        PyAtanh,
        PyCbrt,
        PyCeil,
        PyCos,
        PyCosh,
        PyDegrees,
        PyErf,
        PyErfc,
        PyExp,
        PyExp2,
        PyExpm1,
        PyFloor,
        PyGamma,
        PyLgamma,
        PyLog,
        PyLog10,
        PyLog1p,
        PyLog2,
        PyRadians,
        PySin,
        PySinh,
        PySqrt,
        PyTan,
        PyTanh,
        PyTrunc,
        PyUlp,
    }
}

fn_table! {
    /// Two-argument math functions behind FMATH2, plain (numpy's) or
    /// Python's `math` (`Py`).
    MathFn2 {
        Atan2,
        Hypot,
        Copysign,
        Fmod,
        PyAtan2,
        PyFmod,
        PyHypot,
        PyLdexp,
        PyNextafter,
        PyPow,
        PyRemainder,
        /// IEEE division (numpy's: a zero divisor gives inf or nan).
        Divide,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Ins(pub u64);

impl Ins {
    #[inline(always)]
    pub fn abc(op: Op, a: Reg, b: Reg, c: Reg) -> Ins {
        Ins(op as u64 | (a as u64) << 8 | (b as u64) << 24 | (c as u64) << 40)
    }
    /// B register and signed immediate C.
    #[inline(always)]
    pub fn abi(op: Op, a: Reg, b: Reg, c: i16) -> Ins {
        Ins::abc(op, a, b, c as u16)
    }
    #[inline(always)]
    pub fn ad(op: Op, a: Reg, d: u32) -> Ins {
        Ins(op as u64 | (a as u64) << 8 | (d as u64) << 24)
    }
    /// A fused compare-and-branch: B a register or a signed immediate,
    /// `off` within `JUMP24`.
    #[inline(always)]
    pub fn abj(op: Op, a: Reg, b: u16, off: i32) -> Ins {
        Ins(op as u64 | (a as u64) << 8 | (b as u64) << 24 | (off as u64) << 40)
    }
    /// An n-dimensional element address from `n` index registers at C.
    #[inline(always)]
    pub fn idx(op: Op, a: Reg, b: Reg, c: Reg, n: u8) -> Ins {
        Ins(Ins::abc(op, a, b, c).0 | (n as u64) << 56)
    }
    /// The same instruction writing register `a`.
    pub fn with_a(self, a: Reg) -> Ins {
        Ins(self.0 & !(0xffff << 8) | (a as u64) << 8)
    }
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    pub fn op(self) -> Option<Op> {
        Op::from_u8(self.op_byte())
    }
    #[inline(always)]
    pub fn a(self) -> usize {
        (self.0 >> 8) as u16 as usize
    }
    #[inline(always)]
    pub fn b(self) -> usize {
        (self.0 >> 24) as u16 as usize
    }
    /// B as a signed immediate.
    #[inline(always)]
    pub fn bi(self) -> i64 {
        (self.0 >> 24) as u16 as i16 as i64
    }
    #[inline(always)]
    pub fn c(self) -> usize {
        (self.0 >> 40) as u16 as usize
    }
    /// C as a signed immediate.
    #[inline(always)]
    pub fn ci(self) -> i64 {
        (self.0 >> 40) as u16 as i16 as i64
    }
    #[inline(always)]
    pub fn d(self) -> usize {
        (self.0 >> 24) as u32 as usize
    }
    /// D as a signed immediate or jump offset.
    #[inline(always)]
    pub fn di(self) -> isize {
        (self.0 >> 24) as u32 as i32 as isize
    }
    /// The 24-bit jump offset of a fused compare-and-branch.
    #[inline(always)]
    pub fn j(self) -> isize {
        (self.0 as i64 >> 40) as isize
    }
    #[inline(always)]
    pub fn e(self) -> usize {
        (self.0 >> 56) as usize
    }
}

/// Words of argument registers after CALL and CALLN: four to a word, the
/// last padded with `Reg::MAX`.
pub fn arg_words(n: usize) -> usize {
    n.div_ceil(4)
}

/// Argument register `i` of the call whose argument words start at `words`.
#[inline(always)]
pub fn arg_reg(words: &[Ins], i: usize) -> Option<usize> {
    let w = words.get(i / 4)?.0;
    Some((w >> (16 * (i % 4))) as u16 as usize)
}

/// Packs argument registers into words.
pub fn pack_args(regs: &[Reg]) -> impl Iterator<Item = Ins> + '_ {
    regs.chunks(4).map(|chunk| {
        let mut w = u64::MAX;
        for (i, &r) in chunk.iter().enumerate() {
            w = w & !(0xffff << (16 * i)) | (r as u64) << (16 * i);
        }
        Ins(w)
    })
}

/// Where an instruction came from, for tracebacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SrcPos {
    pub lo: u32,
    pub hi: u32,
}

/// A proto's instructions. A compiled loop patches its loop instruction in
/// place, possibly while the code runs, so each word is a `Cell` (which has
/// the layout of the word: the interpreter reads them through `as_ptr`).
#[derive(Debug, Default)]
pub struct Code(Vec<Cell<Ins>>);

impl Code {
    pub fn push(&mut self, ins: Ins) {
        self.0.push(Cell::new(ins));
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The word at `pc`, if there is one.
    pub fn get(&self, pc: usize) -> Option<Ins> {
        self.0.get(pc).map(Cell::get)
    }
    /// The word at `pc`, which the caller knows exists.
    pub fn at(&self, pc: usize) -> Ins {
        self.0[pc].get()
    }
    pub fn set(&self, pc: usize, ins: Ins) {
        self.0[pc].set(ins);
    }
    pub fn as_ptr(&self) -> *const Ins {
        // `Cell<Ins>` is `repr(transparent)`.
        self.0.as_ptr().cast()
    }
    /// The words from `pc` on.
    pub fn words_from(&self, pc: usize) -> Vec<Ins> {
        self.0
            .get(pc..)
            .map_or_else(Vec::new, |w| w.iter().map(Cell::get).collect())
    }
}

/// A compiled function: one specialization of a script function for one
/// signature, or one module-level statement.
#[derive(Debug, Default)]
pub struct Proto {
    pub name: String,
    /// Index of the source file, meaningful to whoever compiled it.
    pub file: u32,
    pub code: Code,
    /// Source position of each instruction.
    pub pos: Vec<SrcPos>,
    pub consts: Vec<u64>,
    /// String constants: owned references.
    pub strs: Vec<u64>,
    pub nregs: usize,
    /// Registers that hold references, zeroed on entry and released on exit.
    pub ref_regs: Vec<Reg>,
    /// Slots the parameters occupy, and which of them are references.
    pub nparams: usize,
    pub param_refs: Vec<bool>,
    /// Slots of the return value.
    pub nret: usize,
    pub ret_refs: Vec<bool>,
    /// Native call sites, indexed by CALLN's D.
    pub natives: Vec<crate::native::NativeSite>,
    /// Exception handlers, innermost first (see `Handler`).
    pub handlers: Vec<Handler>,
    /// Compiled with Numba's `boundscheck=True`: an array index out of
    /// bounds raises Numba's IndexError message, not numpy's.
    pub boundscheck: bool,
}

/// A `try` block: an error raised by an instruction in `start..end` jumps
/// to `target` with the exception (see `lib_exc`) in reference register
/// `reg`, the frame's registers left as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub reg: Reg,
}

impl Drop for Proto {
    fn drop(&mut self) {
        for &s in &self.strs {
            crate::value::decref(s);
        }
    }
}

/// How many words the instruction at `pc` takes, including argument
/// words; `nparams` gives a proto's parameter slots.
pub fn ins_len(proto: &Proto, pc: usize, nparams: &dyn Fn(usize) -> usize) -> usize {
    let Some(ins) = proto.code.get(pc) else {
        return 1;
    };
    match ins.op().map(Op::format) {
        Some(Fmt::Call) => 1 + arg_words(nparams(ins.d())),
        Some(Fmt::Native) => 1 + arg_words(proto.natives.get(ins.d()).map_or(0, |s| s.nargs)),
        _ => 1,
    }
}

impl Proto {
    /// A readable listing.
    pub fn dump(
        &self,
        nparams_of: &dyn Fn(usize) -> usize,
        proto_name: &dyn Fn(usize) -> String,
    ) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "-- {} (params {}, registers {}, returns {})",
            self.name, self.nparams, self.nregs, self.nret
        );
        let mut pc = 0;
        while pc < self.code.len() {
            let ins = self.code.at(pc);
            let len = ins_len(self, pc, nparams_of);
            let _ = write!(out, "{pc:04}  ");
            let Some(op) = ins.op() else {
                let _ = writeln!(out, "??? {:#018x}", ins.0);
                pc += 1;
                continue;
            };
            let name = op.name();
            let (b, c, d) = (ins.b(), ins.c(), ins.d());
            let a = match op.a_use() {
                Use::None => String::new(),
                _ => format!("r{} ", ins.a()),
            };
            let target = |off: isize| (pc as isize + 1 + off) as usize;
            let text = match op.format() {
                Fmt::Abc => format!("{name:<10}{a}r{b} r{c}"),
                Fmt::Abi => format!("{name:<10}{a}r{b} {}", ins.ci()),
                Fmt::Abu => format!("{name:<10}{a}r{b} {c}"),
                Fmt::Ad => format!("{name:<10}{a}r{d}"),
                Fmt::Ai => format!("{name:<10}{a}{}", ins.di()),
                Fmt::Ak => {
                    let v = self.consts.get(d).copied().unwrap_or(0);
                    format!("{name:<10}{a}k{d}  ; {} | {}", v as i64, f64::from_bits(v))
                }
                Fmt::As => format!("{name:<10}{a}s{d}"),
                Fmt::Ag => format!("{name:<10}{a}g{d}"),
                Fmt::Aj => format!("{name:<10}{a}=> {:04}", target(ins.di())),
                Fmt::Abj => format!("{name:<10}{a}r{b} => {:04}", target(ins.j())),
                Fmt::Aij => format!("{name:<10}{a}{} => {:04}", ins.bi(), target(ins.j())),
                Fmt::Call | Fmt::Native => {
                    let n = if op.format() == Fmt::Call {
                        nparams_of(d)
                    } else {
                        self.natives.get(d).map_or(0, |s| s.nargs)
                    };
                    let words = self.code.words_from(pc + 1);
                    let args: Vec<String> = (0..n)
                        .map(|i| format!("r{}", arg_reg(&words, i).unwrap_or(0)))
                        .collect();
                    let callee = if op.format() == Fmt::Call {
                        proto_name(d)
                    } else {
                        self.natives.get(d).map_or(String::new(), |s| s.describe())
                    };
                    format!("{name:<10}{a}<- {callee}({})", args.join(", "))
                }
                Fmt::Idx => format!("{name:<10}{a}r{b}[r{c}..+{}]", ins.e()),
                Fmt::A => format!("{name:<10}{a}"),
                Fmt::Trace => format!("{name:<10}{a}trace entry {d}"),
            };
            let _ = writeln!(out, "{}", text.trim_end());
            pc += len;
        }
        out
    }
}
