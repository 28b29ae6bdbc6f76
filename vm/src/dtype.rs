//! Element types of arrays and memory accesses.

use crate::ffi::ctype::CTypeId;

/// The scalar kinds memory can hold, numpy's fixed-width strings, and
/// records (C structs) identified by their id in the C type table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    C128,
    /// numpy's fixed-width strings: `S<len>` (bytes) or `U<len>` (UCS-4
    /// code points), NUL-padded.
    Text {
        unicode: bool,
        len: u32,
    },
    Record(CTypeId),
}

impl DType {
    /// Every scalar dtype, in a fixed order that typed opcodes follow.
    pub const SCALARS: [DType; 11] = [
        DType::Bool,
        DType::I8,
        DType::I16,
        DType::I32,
        DType::I64,
        DType::U8,
        DType::U16,
        DType::U32,
        DType::U64,
        DType::F32,
        DType::F64,
    ];

    /// Size in bytes of a scalar dtype; records ask the C type table.
    pub fn scalar_size(self) -> Option<u32> {
        Some(match self {
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
            DType::C128 => 16,
            DType::Text { unicode, len } => len * if unicode { 4 } else { 1 },
            DType::Record(_) => return None,
        })
    }

    /// Index into [`DType::SCALARS`], for the scalars typed opcodes cover.
    pub fn scalar_index(self) -> Option<usize> {
        DType::SCALARS.iter().position(|&d| d == self)
    }

    pub fn is_int(self) -> bool {
        matches!(
            self,
            DType::I8
                | DType::I16
                | DType::I32
                | DType::I64
                | DType::U8
                | DType::U16
                | DType::U32
                | DType::U64
        )
    }

    pub fn is_signed(self) -> bool {
        matches!(self, DType::I8 | DType::I16 | DType::I32 | DType::I64)
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::F32 | DType::F64)
    }

    /// numpy's name: `float64`, `int32`, `bool`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F32 => "float32",
            DType::F64 => "float64",
            DType::C128 => "complex128",
            DType::Text { unicode: true, .. } => "str",
            DType::Text { unicode: false, .. } => "bytes",
            DType::Record(_) => "record",
        }
    }

    /// Numba's name of an array's dtype: numpy's name, or `[char x 3]` and
    /// `[unichr x 3]` for its CharSeq and UnicodeCharSeq.
    pub fn numba_name(self) -> String {
        match self {
            DType::Text { unicode, len } => {
                format!("[{} x {len}]", if unicode { "unichr" } else { "char" })
            }
            d => d.name().to_string(),
        }
    }

    /// Reads a scalar from memory into its slot representation: integers
    /// sign- or zero-extended to 64 bits, floats as f64 bits (float32 is
    /// widened: registers hold every float as a double), bools as 0/1.
    ///
    /// # Safety
    /// `p` must be valid for reading a value of this dtype.
    #[inline(always)]
    pub unsafe fn load(self, p: *const u8) -> u64 {
        match self {
            DType::Bool => (p.read() != 0) as u64,
            DType::I8 => (p as *const i8).read_unaligned() as i64 as u64,
            DType::I16 => (p as *const i16).read_unaligned() as i64 as u64,
            DType::I32 => (p as *const i32).read_unaligned() as i64 as u64,
            DType::I64 | DType::U64 => (p as *const u64).read_unaligned(),
            DType::U8 => p.read() as u64,
            DType::U16 => (p as *const u16).read_unaligned() as u64,
            DType::U32 => (p as *const u32).read_unaligned() as u64,
            DType::F32 => ((p as *const f32).read_unaligned() as f64).to_bits(),
            DType::F64 => (p as *const u64).read_unaligned(),
            DType::C128 | DType::Text { .. } | DType::Record(_) => 0,
        }
    }

    /// The inverse of [`DType::load`]: narrows and stores.
    ///
    /// # Safety
    /// `p` must be valid for writing a value of this dtype.
    #[inline(always)]
    pub unsafe fn store(self, p: *mut u8, v: u64) {
        match self {
            DType::Bool => p.write((v != 0) as u8),
            DType::I8 | DType::U8 => p.write(v as u8),
            DType::I16 | DType::U16 => (p as *mut u16).write_unaligned(v as u16),
            DType::I32 | DType::U32 => (p as *mut u32).write_unaligned(v as u32),
            DType::I64 | DType::U64 | DType::F64 => (p as *mut u64).write_unaligned(v),
            DType::F32 => (p as *mut f32).write_unaligned(f64::from_bits(v) as f32),
            DType::C128 | DType::Text { .. } | DType::Record(_) => {}
        }
    }
}
