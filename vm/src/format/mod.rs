//! Text formatting that must match CPython 3.11 and numpy 2.x byte for byte:
//! float repr, the format-spec mini-language, printf-style `%` formatting,
//! and numpy's scalar, array and dtype printing.
//!
//! Everything here works on plain Rust values so the interpreter, the JIT's
//! slow paths and tests can share it.

mod float;
mod numpy;
mod percent;
mod spec;
#[cfg(test)]
mod tests;

use std::fmt;

pub use float::{complex_repr, float32_str, float_repr};
pub use numpy::{
    array_repr, array_str, dtype_repr, dtype_str, record_str, scalar_repr, scalar_str, shape_repr,
    Field, FmtDType, PrintOptions, RecordType, Scalar, ScalarType,
};
pub use percent::{
    parse_percent, percent_convert, percent_convs, percent_format, Arg, ConvSpec, Count, Piece,
};
pub use spec::{format_bool, format_complex, format_float, format_int, format_scalar, format_str};

/// A Python exception raised by formatting: its class and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// `ValueError`, `TypeError`, `OverflowError` or `MemoryError`.
    pub kind: &'static str,
    pub msg: String,
}

impl FormatError {
    pub(crate) fn new(kind: &'static str, msg: impl Into<String>) -> FormatError {
        FormatError {
            kind,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

/// A requested width or precision as a length. Lengths CPython would fail to
/// allocate raise its MemoryError here instead of aborting the process.
fn alloc_len(n: u64) -> Result<usize, FormatError> {
    match usize::try_from(n) {
        Ok(n) if n <= i32::MAX as usize => Ok(n),
        _ => Err(FormatError::new("MemoryError", "")),
    }
}

impl std::error::Error for FormatError {}

/// Python's `repr(s)` of a str: single quotes unless the text has a single
/// quote and no double quote, escapes for backslashes, the quote and
/// non-printable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Python's `ascii(s)` of a str: the repr with every non-ASCII character
/// escaped.
pub fn str_ascii(s: &str) -> String {
    let mut out = String::new();
    for c in str_repr(s).chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    let esc = match n {
        0..=0xff => format!("\\x{n:02x}"),
        0x100..=0xffff => format!("\\u{n:04x}"),
        _ => format!("\\U{n:08x}"),
    };
    out.push_str(&esc);
}

/// `str.isprintable()` for one character. Without Unicode tables this
/// knows control, separator, format, private-use and noncharacter code
/// points; unassigned ones count as printable.
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..'\x7f').contains(&c);
    }
    let n = c as u32;
    let format_char = matches!(n,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e
        | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff
        | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f);
    let private = matches!(n, 0xe000..=0xf8ff | 0xf0000..=0x10ffff);
    let nonchar = (0xfdd0..=0xfdef).contains(&n) || n & 0xfffe == 0xfffe;
    !(c.is_control() || c.is_whitespace() || format_char || private || nonchar)
}
