//! The typed register bytecode. An instruction is 32 bits: an 8-bit opcode
//! and either three 8-bit operands A B C or an 8-bit A and a 16-bit D.
//! Opcodes are typed (ADD is int64, FADD float64, ALD_F64 loads a float64
//! array element), so the interpreter never inspects a value's type.
//!
//! Jump targets are D, a signed offset from the instruction after the jump.
//! Fused compare-and-branch instructions, calls and n-dimensional indexing
//! take extra words after the instruction (see `extra_words`).

use crate::dtype::DType;
use std::fmt::Write;

macro_rules! ops {
    ($($(#[$doc:meta])* $name:ident $fmt:ident,)*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op { $($(#[$doc])* $name,)* }

        impl Op {
            pub const COUNT: usize = [$(Op::$name,)*].len();
            const ALL: [Op; Op::COUNT] = [$(Op::$name,)*];
            const FORMATS: [Fmt; Op::COUNT] = [$(Fmt::$fmt,)*];
            const NAMES: [&'static str; Op::COUNT] = [$(stringify!($name),)*];

            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
            pub fn name(self) -> &'static str {
                Op::NAMES[self as usize]
            }
            pub fn format(self) -> Fmt {
                Op::FORMATS[self as usize]
            }
        }
    };
}

/// Operand formats, for dumps and the verifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fmt {
    /// A = B op C, all registers.
    Abc,
    /// A = B op immediate C (signed 8 bits).
    Abi,
    /// A register, D register.
    Ad,
    /// A register, D signed 16-bit immediate.
    Ai,
    /// A register, D numeric constant index.
    Ak,
    /// A register, D string constant index.
    As,
    /// A register, D global slot.
    Ag,
    /// D jump offset.
    J,
    /// A register, D jump offset.
    Aj,
    /// A and B registers, next word a jump offset.
    Abj,
    /// A register, D signed immediate, next word a jump offset.
    Aij,
    /// A register, D callee, then argument words.
    Call,
    /// A register, D native site, then argument words.
    Native,
    /// A register (first of the returned slots).
    A,
    /// Nothing.
    None,
    /// A = memory op with B register and C register or byte offset.
    Mem,
    /// A address, B array, C first index register, ndim from the array.
    Idx,
}

ops! {
    // Moves and constants.
    MOV Ad,
    MOVR Ad,
    KINT Ai,
    KNUM Ak,
    KSTR As,
    // Integer arithmetic, 64-bit wrapping.
    ADD Abc,
    SUB Abc,
    MUL Abc,
    ADDI Abi,
    DIV Abc,
    MOD Abc,
    UDIV Abc,
    UMOD Abc,
    POW Abc,
    BAND Abc,
    BOR Abc,
    BXOR Abc,
    SHL Abc,
    SHR Abc,
    USHR Abc,
    NEG Ad,
    BNOT Ad,
    ABS Ad,
    MIN Abc,
    MAX Abc,
    UMIN Abc,
    UMAX Abc,
    // Float arithmetic (float32 values live in registers as doubles and are
    // rounded with F32R after each operation).
    FADD Abc,
    FSUB Abc,
    FMUL Abc,
    FDIV Abc,
    /// True division of two integers converted to floats (a distinct
    /// opcode only for CPython's error message).
    TDIV Abc,
    FFLOORDIV Abc,
    FMOD Abc,
    FPOW Abc,
    FNEG Ad,
    FABS Ad,
    FMIN Abc,
    FMAX Abc,
    FSQRT Ad,
    /// A = math function C of B (see `MathFn`).
    FMATH Abi,
    /// A = math function C of (A, B) (two-argument `MathFn2`).
    FMATH2 Abi,
    F32R Ad,
    // Conversions.
    I2F Ad,
    U2F Ad,
    F2I Ad,
    F2U Ad,
    /// Truncating float to int, as C casts do (no error on NaN).
    F2IT Ad,
    SEXT8 Ad,
    SEXT16 Ad,
    SEXT32 Ad,
    ZEXT8 Ad,
    ZEXT16 Ad,
    ZEXT32 Ad,
    I2B Ad,
    F2B Ad,
    NOT Ad,
    // Comparisons producing a bool.
    EQ Abc,
    NE Abc,
    LT Abc,
    LE Abc,
    ULT Abc,
    ULE Abc,
    FEQ Abc,
    FNE Abc,
    FLT Abc,
    FLE Abc,
    // Branches.
    JMP J,
    JT Aj,
    JF Aj,
    JLT Abj,
    JLE Abj,
    JEQ Abj,
    JNE Abj,
    JULT Abj,
    JULE Abj,
    JFLT Abj,
    JFLE Abj,
    JFEQ Abj,
    JFNE Abj,
    JFNLT Abj,
    JFNLE Abj,
    /// Compare an int64 register with the signed 16-bit immediate D; next
    /// word a jump offset.
    JEQK Aij,
    JNEK Aij,
    JLTK Aij,
    JLEK Aij,
    JGTK Aij,
    JGEK Aij,
    // Loops: A..A+3 are index, stop, step and the visible loop variable.
    FORPREP Aj,
    FORLOOP Aj,
    /// Head of a while loop; counts iterations like FORLOOP.
    LOOP Aj,
    // Calls.
    CALL Call,
    CALLN Native,
    RET A,
    RET0 None,
    // Globals.
    GGET Ag,
    GGETR Ag,
    GSET Ag,
    GSETR Ag,
    // Memory. ALD/AST index a 1-D array with bounds checks and negative
    // wraparound; AIDX computes an element address of an n-D array; XLD/XST
    // access memory at an address plus a byte offset; PLD/PST index a raw
    // pointer.
    AIDX Idx,
    ALEN Abi,
    DATA Ad,
    ALD_B Mem, ALD_I8 Mem, ALD_I16 Mem, ALD_I32 Mem, ALD_I64 Mem,
    ALD_U8 Mem, ALD_U16 Mem, ALD_U32 Mem, ALD_U64 Mem, ALD_F32 Mem, ALD_F64 Mem,
    AST_B Mem, AST_I8 Mem, AST_I16 Mem, AST_I32 Mem, AST_I64 Mem,
    AST_U8 Mem, AST_U16 Mem, AST_U32 Mem, AST_U64 Mem, AST_F32 Mem, AST_F64 Mem,
    XLD_B Mem, XLD_I8 Mem, XLD_I16 Mem, XLD_I32 Mem, XLD_I64 Mem,
    XLD_U8 Mem, XLD_U16 Mem, XLD_U32 Mem, XLD_U64 Mem, XLD_F32 Mem, XLD_F64 Mem,
    XST_B Mem, XST_I8 Mem, XST_I16 Mem, XST_I32 Mem, XST_I64 Mem,
    XST_U8 Mem, XST_U16 Mem, XST_U32 Mem, XST_U64 Mem, XST_F32 Mem, XST_F64 Mem,
    PLD_B Mem, PLD_I8 Mem, PLD_I16 Mem, PLD_I32 Mem, PLD_I64 Mem,
    PLD_U8 Mem, PLD_U16 Mem, PLD_U32 Mem, PLD_U64 Mem, PLD_F32 Mem, PLD_F64 Mem,
    PST_B Mem, PST_I8 Mem, PST_I16 Mem, PST_I32 Mem, PST_I64 Mem,
    PST_U8 Mem, PST_U16 Mem, PST_U32 Mem, PST_U64 Mem, PST_F32 Mem, PST_F64 Mem,
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

/// One-argument math functions behind FMATH.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
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
    Erf,
    Erfc,
    Gamma,
    Lgamma,
    Degrees,
    Radians,
    /// math.sqrt: a negative argument is an error.
    SqrtChecked,
    /// math.log and friends: a domain error on bad arguments.
    LogChecked,
    Log2Checked,
    Log10Checked,
    Log1pChecked,
    AsinChecked,
    AcosChecked,
    AcoshChecked,
    AtanhChecked,
    IsNan,
    IsInf,
    IsFinite,
}

impl MathFn {
    pub const ALL: [MathFn; 45] = [
        MathFn::Sin,
        MathFn::Cos,
        MathFn::Tan,
        MathFn::Asin,
        MathFn::Acos,
        MathFn::Atan,
        MathFn::Sinh,
        MathFn::Cosh,
        MathFn::Tanh,
        MathFn::Asinh,
        MathFn::Acosh,
        MathFn::Atanh,
        MathFn::Exp,
        MathFn::Expm1,
        MathFn::Exp2,
        MathFn::Log,
        MathFn::Log2,
        MathFn::Log10,
        MathFn::Log1p,
        MathFn::Floor,
        MathFn::Ceil,
        MathFn::Trunc,
        MathFn::Round,
        MathFn::Rint,
        MathFn::Sign,
        MathFn::Sqrt,
        MathFn::Cbrt,
        MathFn::Erf,
        MathFn::Erfc,
        MathFn::Gamma,
        MathFn::Lgamma,
        MathFn::Degrees,
        MathFn::Radians,
        MathFn::SqrtChecked,
        MathFn::LogChecked,
        MathFn::Log2Checked,
        MathFn::Log10Checked,
        MathFn::Log1pChecked,
        MathFn::AsinChecked,
        MathFn::AcosChecked,
        MathFn::AcoshChecked,
        MathFn::AtanhChecked,
        MathFn::IsNan,
        MathFn::IsInf,
        MathFn::IsFinite,
    ];

    pub fn from_u8(b: u8) -> Option<MathFn> {
        MathFn::ALL.get(b as usize).copied()
    }

    pub fn name(self) -> String {
        format!("{self:?}").to_lowercase()
    }
}

/// Two-argument math functions behind FMATH2.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn2 {
    Atan2,
    Hypot,
    Copysign,
    Fmod,
    Ldexp,
    /// math.pow: domain errors raise.
    PowChecked,
    /// math.fmod: domain errors raise.
    FmodChecked,
}

impl MathFn2 {
    pub const ALL: [MathFn2; 7] = [
        MathFn2::Atan2,
        MathFn2::Hypot,
        MathFn2::Copysign,
        MathFn2::Fmod,
        MathFn2::Ldexp,
        MathFn2::PowChecked,
        MathFn2::FmodChecked,
    ];

    pub fn from_u8(b: u8) -> Option<MathFn2> {
        MathFn2::ALL.get(b as usize).copied()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Ins(pub u32);

impl Ins {
    #[inline(always)]
    pub fn abc(op: Op, a: u8, b: u8, c: u8) -> Ins {
        Ins(op as u32 | (a as u32) << 8 | (b as u32) << 16 | (c as u32) << 24)
    }
    #[inline(always)]
    pub fn ad(op: Op, a: u8, d: u16) -> Ins {
        Ins(op as u32 | (a as u32) << 8 | (d as u32) << 16)
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
        (self.0 >> 8 & 0xff) as usize
    }
    #[inline(always)]
    pub fn b(self) -> usize {
        (self.0 >> 16 & 0xff) as usize
    }
    #[inline(always)]
    pub fn c(self) -> usize {
        (self.0 >> 24) as usize
    }
    /// C as a signed immediate.
    #[inline(always)]
    pub fn ci(self) -> i64 {
        (self.0 >> 24) as i8 as i64
    }
    #[inline(always)]
    pub fn d(self) -> usize {
        (self.0 >> 16) as usize
    }
    /// D as a signed immediate or jump offset.
    #[inline(always)]
    pub fn di(self) -> isize {
        (self.0 >> 16) as i16 as isize
    }
}

/// Register numbers packed four to a word after CALL and CALLN.
pub fn arg_words(n: usize) -> usize {
    n.div_ceil(4)
}

/// Where an instruction came from, for tracebacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SrcPos {
    pub lo: u32,
    pub hi: u32,
}

/// A compiled function: one specialization of a script function for one
/// signature, or one module-level statement.
#[derive(Debug, Default)]
pub struct Proto {
    pub name: String,
    /// Index of the source file, meaningful to whoever compiled it.
    pub file: u32,
    pub code: Vec<Ins>,
    /// Source position of each instruction.
    pub pos: Vec<SrcPos>,
    pub consts: Vec<u64>,
    /// String constants: owned references.
    pub strs: Vec<u64>,
    pub nregs: usize,
    /// Registers that hold references, zeroed on entry and released on exit.
    pub ref_regs: Vec<u8>,
    /// Slots the parameters occupy, and which of them are references.
    pub nparams: usize,
    pub param_refs: Vec<bool>,
    /// Slots of the return value.
    pub nret: usize,
    pub ret_refs: Vec<bool>,
    /// Native call sites, indexed by CALLN's D.
    pub natives: Vec<crate::native::NativeSite>,
}

impl Drop for Proto {
    fn drop(&mut self) {
        for &s in &self.strs {
            crate::value::decref(s);
        }
    }
}

/// How many words an instruction takes in all, including extra words.
pub fn ins_len(code: &[Ins], pc: usize, protos: &dyn Fn(usize) -> usize, proto: &Proto) -> usize {
    let ins = code[pc];
    match ins.op().map(Op::format) {
        Some(Fmt::Abj | Fmt::Aij) => 2,
        Some(Fmt::Call) => 1 + arg_words(protos(ins.d())),
        Some(Fmt::Native) => 1 + arg_words(proto.natives.get(ins.d()).map_or(0, |s| s.nargs)),
        Some(Fmt::Idx) => 1,
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
            let ins = self.code[pc];
            let len = ins_len(&self.code, pc, nparams_of, self);
            let _ = write!(out, "{pc:04}  ");
            let Some(op) = ins.op() else {
                let _ = writeln!(out, "??? {:#010x}", ins.0);
                pc += 1;
                continue;
            };
            let name = op.name();
            let (a, b, c, d) = (ins.a(), ins.b(), ins.c(), ins.d());
            let target = |off: isize, after: usize| (after as isize + off) as usize;
            let text = match op.format() {
                Fmt::Abc | Fmt::Mem => format!("{name:<10}r{a} r{b} r{c}"),
                Fmt::Abi => format!("{name:<10}r{a} r{b} {}", ins.ci()),
                Fmt::Ad => format!("{name:<10}r{a} r{d}"),
                Fmt::Ai => format!("{name:<10}r{a} {}", ins.di()),
                Fmt::Ak => {
                    let v = self.consts.get(d).copied().unwrap_or(0);
                    format!(
                        "{name:<10}r{a} k{d}  ; {} | {}",
                        v as i64,
                        f64::from_bits(v)
                    )
                }
                Fmt::As => format!("{name:<10}r{a} s{d}"),
                Fmt::Ag => format!("{name:<10}r{a} g{d}"),
                Fmt::J => format!("{name:<10}=> {:04}", target(ins.di(), pc + 1)),
                Fmt::Aj => format!("{name:<10}r{a} => {:04}", target(ins.di(), pc + 1)),
                Fmt::Abj => {
                    let off = self.code.get(pc + 1).map_or(0, |w| w.0 as i32 as isize);
                    format!("{name:<10}r{a} r{b} => {:04}", target(off, pc + 2))
                }
                Fmt::Aij => {
                    let off = self.code.get(pc + 1).map_or(0, |w| w.0 as i32 as isize);
                    format!("{name:<10}r{a} {} => {:04}", ins.di(), target(off, pc + 2))
                }
                Fmt::Call | Fmt::Native => {
                    let n = if op.format() == Fmt::Call {
                        nparams_of(d)
                    } else {
                        self.natives.get(d).map_or(0, |s| s.nargs)
                    };
                    let args: Vec<String> = (0..n)
                        .map(|i| {
                            let w = self.code.get(pc + 1 + i / 4).map_or(0, |w| w.0);
                            format!("r{}", w >> (8 * (i % 4)) & 0xff)
                        })
                        .collect();
                    let callee = if op.format() == Fmt::Call {
                        proto_name(d)
                    } else {
                        self.natives.get(d).map_or(String::new(), |s| s.describe())
                    };
                    format!("{name:<10}r{a} <- {callee}({})", args.join(", "))
                }
                Fmt::A => format!("{name:<10}r{a}"),
                Fmt::None => name.to_string(),
                Fmt::Idx => format!("{name:<10}r{a} r{b}[r{c}..]"),
            };
            let _ = writeln!(out, "{}", text.trim_end());
            pc += len;
        }
        out
    }
}
