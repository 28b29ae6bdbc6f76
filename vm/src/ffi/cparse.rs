//! The C declaration parser behind cffi's cdef and type strings.
//!
//! A recursive-descent parser in the manner of LuaJIT's lj_cparse.c. A
//! declaration is specifiers, which give the base type, and declarators;
//! each declarator is parsed into a list of derivations (pointer, array,
//! function) that are applied to the base type from the inside out.
//! Constant expressions are evaluated with C's integer types and usual
//! arithmetic conversions, so that `~0U` and `1UL << 40` mean what they
//! mean in C. `#define NAME value` lines may appear between any two tokens;
//! the name becomes a constant (rumba does not expand macros textually).
//!
//! Rejected with an error naming the construct: other preprocessor
//! directives, function bodies, `static` and `inline`, initializers,
//! bit-fields, `long double`, complex types, attributes, and cffi's `...`
//! placeholders (rumba calls libraries without a C compiler, so it needs
//! every layout, length and value). Recursion is bounded by `MAX_DEPTH`, so
//! no input overflows the stack.

use super::ctype::{
    CType, CTypeError, CTypeId, CTypes, Constant, IntType, LayoutBuilder, RecordKind, TagKind,
    PRIMITIVE_TYPEDEFS,
};
use std::fmt;

/// A parse error at a byte offset into the source.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CParseError {
    pub offset: usize,
    pub msg: String,
}

impl fmt::Display for CParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for CParseError {}

/// A symbol the library must provide; typedefs, tags and constants go into
/// the type table instead.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CDecl {
    /// `ty` is a function type.
    Func {
        name: String,
        ty: CTypeId,
    },
    Var {
        name: String,
        ty: CTypeId,
    },
}

/// Parses the declarations of `ffi.cdef(src)`.
pub fn cdef(types: &mut CTypes, src: &str) -> Result<Vec<CDecl>, CParseError> {
    let mut p = Parser::new(types, src, true)?;
    let mut decls = Vec::new();
    while p.tok.kind != Tok::Eof {
        if !p.eat(";")? {
            p.declaration(&mut decls)?;
        }
    }
    Ok(decls)
}

/// Parses a type name such as `int *`, `int[]` or `int(*)(double)`.
pub fn parse_type(types: &mut CTypes, src: &str) -> Result<CTypeId, CParseError> {
    let mut p = Parser::new(types, src, false)?;
    let spec = p.specifiers(Ctx::TypeName)?;
    let d = p.declarator(true)?;
    if p.tok.kind != Tok::Eof {
        return Err(p.error(format!("unexpected {} after type name", p.describe())));
    }
    p.derive(spec.ty, &d.ops)
}

/// How deep declarators, struct bodies and expressions may nest.
const MAX_DEPTH: u32 = 64;

/// Words that may not name anything: C's keywords and the GNU spellings
/// accepted for some of them.
#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while", "_Bool", "_Noreturn", "_Thread_local",
    "__const", "__const__", "__extension__", "__inline", "__inline__", "__restrict",
    "__restrict__", "__signed", "__signed__", "__thread", "__volatile", "__volatile__",
];

#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "const", "volatile", "restrict", "__const", "__const__", "__restrict", "__restrict__",
    "__volatile", "__volatile__",
];

/// GNU and C11 extensions rumba does not implement, rejected on sight so
/// that they are not mistaken for type or variable names.
#[rustfmt::skip]
const UNSUPPORTED: &[&str] = &[
    "__attribute__", "__attribute", "__declspec", "__asm__", "__asm", "asm", "_Atomic",
    "_Alignas", "_Alignof", "__alignof__", "_Complex", "__complex__", "_Static_assert",
    "_Generic", "__int128", "__float128", "_Float128", "__typeof__", "typeof", "sizeof",
];

/// Longest first, so that the lexer takes the longest match.
const PUNCTS: &[&str] = &[
    "...", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "[", "]", "{", "}", ";", ",",
    "*", "=", ":", "?", "+", "-", "~", "!", "/", "%", "<", ">", "&", "^", "|",
];

fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

fn error_at(offset: usize, msg: impl Into<String>) -> CParseError {
    CParseError {
        offset,
        msg: msg.into(),
    }
}

fn located(offset: usize, e: CTypeError) -> CParseError {
    error_at(offset, e.0)
}

// ---------------------------------------------------------------------------
// Integer constants

/// An integer constant of one of the types C arithmetic promotes to: `int`,
/// `unsigned int`, `long` or `unsigned long`. `v` holds the value
/// sign-extended (signed types) or zero-extended (`unsigned int`) to 64
/// bits, or the bits of an `unsigned long`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct CVal {
    v: i64,
    ty: IntType,
}

impl CVal {
    fn new(v: i64, ty: IntType) -> CVal {
        let v = match ty {
            IntType::Int => v as i32 as i64,
            IntType::UInt => v as u32 as i64,
            _ => v,
        };
        CVal { v, ty }
    }

    fn bool(b: bool) -> CVal {
        CVal::new(b.into(), IntType::Int)
    }

    /// The first of `int`, `unsigned int`, `long`, `unsigned long` that
    /// holds `value`, as gcc types large enumerators.
    fn fitting(value: i128) -> Option<CVal> {
        [IntType::Int, IntType::UInt, IntType::Long, IntType::ULong]
            .into_iter()
            .map(|ty| CVal::new(value as i64, ty))
            .find(|c| c.value() == value)
    }

    fn value(self) -> i128 {
        match self.ty {
            IntType::ULong => (self.v as u64).into(),
            _ => self.v.into(),
        }
    }

    fn is_unsigned(self) -> bool {
        matches!(self.ty, IntType::UInt | IntType::ULong)
    }

    fn is_wide(self) -> bool {
        matches!(self.ty, IntType::Long | IntType::ULong)
    }

    fn bits(self) -> u32 {
        if self.is_wide() {
            64
        } else {
            32
        }
    }

    fn constant(self) -> Constant {
        Constant {
            value: self.value(),
            ty: self.ty,
        }
    }

    fn of_constant(c: Constant) -> CVal {
        CVal::new(c.value as i64, c.ty)
    }
}

/// The usual arithmetic conversions on LP64: the wider type wins, and
/// unsigned wins between types of the same width.
fn common_type(a: CVal, b: CVal) -> IntType {
    let wide = a.is_wide() || b.is_wide();
    let unsigned = [a, b]
        .iter()
        .any(|x| x.is_wide() == wide && x.is_unsigned());
    match (wide, unsigned) {
        (false, false) => IntType::Int,
        (false, true) => IntType::UInt,
        (true, false) => IntType::Long,
        (true, true) => IntType::ULong,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BinOp {
    LogOr,
    LogAnd,
    Or,
    Xor,
    And,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Shl,
    Shr,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

impl BinOp {
    /// The operator and its precedence (higher binds tighter).
    fn of(punct: &str) -> Option<(BinOp, u8)> {
        Some(match punct {
            "||" => (BinOp::LogOr, 1),
            "&&" => (BinOp::LogAnd, 2),
            "|" => (BinOp::Or, 3),
            "^" => (BinOp::Xor, 4),
            "&" => (BinOp::And, 5),
            "==" => (BinOp::Eq, 6),
            "!=" => (BinOp::Ne, 6),
            "<" => (BinOp::Lt, 7),
            ">" => (BinOp::Gt, 7),
            "<=" => (BinOp::Le, 7),
            ">=" => (BinOp::Ge, 7),
            "<<" => (BinOp::Shl, 8),
            ">>" => (BinOp::Shr, 8),
            "+" => (BinOp::Add, 9),
            "-" => (BinOp::Sub, 9),
            "*" => (BinOp::Mul, 10),
            "/" => (BinOp::Div, 10),
            "%" => (BinOp::Rem, 10),
            _ => return None,
        })
    }

    /// Signed overflow wraps (C leaves it undefined; gcc folds it so).
    fn eval(self, a: CVal, b: CVal) -> Result<CVal, String> {
        let ty = common_type(a, b);
        let (x, y) = (CVal::new(a.v, ty).v, CVal::new(b.v, ty).v);
        let unsigned = matches!(ty, IntType::UInt | IntType::ULong);
        let ord = if unsigned {
            (x as u64).cmp(&(y as u64))
        } else {
            x.cmp(&y)
        };
        // A shift has the type of its left operand.
        let count = || match u32::try_from(b.value()) {
            Ok(n) if n < a.bits() => Ok(n),
            _ => Err(format!(
                "shift count {} is out of range for type '{}'",
                b.value(),
                a.ty.name()
            )),
        };
        Ok(match self {
            BinOp::LogOr => CVal::bool(a.v != 0 || b.v != 0),
            BinOp::LogAnd => CVal::bool(a.v != 0 && b.v != 0),
            BinOp::Shl => CVal::new(((a.v as u64) << count()?) as i64, a.ty),
            BinOp::Shr if a.is_unsigned() => CVal::new(((a.v as u64) >> count()?) as i64, a.ty),
            BinOp::Shr => CVal::new(a.v >> count()?, a.ty),
            BinOp::Eq => CVal::bool(ord.is_eq()),
            BinOp::Ne => CVal::bool(ord.is_ne()),
            BinOp::Lt => CVal::bool(ord.is_lt()),
            BinOp::Gt => CVal::bool(ord.is_gt()),
            BinOp::Le => CVal::bool(ord.is_le()),
            BinOp::Ge => CVal::bool(ord.is_ge()),
            BinOp::Or => CVal::new(x | y, ty),
            BinOp::Xor => CVal::new(x ^ y, ty),
            BinOp::And => CVal::new(x & y, ty),
            BinOp::Add => CVal::new(x.wrapping_add(y), ty),
            BinOp::Sub => CVal::new(x.wrapping_sub(y), ty),
            BinOp::Mul => CVal::new(x.wrapping_mul(y), ty),
            BinOp::Div | BinOp::Rem if y == 0 => {
                return Err("division by zero in constant expression".to_owned())
            }
            BinOp::Div if unsigned => CVal::new(((x as u64) / (y as u64)) as i64, ty),
            BinOp::Rem if unsigned => CVal::new(((x as u64) % (y as u64)) as i64, ty),
            BinOp::Div => CVal::new(x.wrapping_div(y), ty),
            BinOp::Rem => CVal::new(x.wrapping_rem(y), ty),
        })
    }
}

/// An integer literal, typed by C's rules for its suffix and radix.
fn int_literal(text: &str) -> Result<CVal, String> {
    let lower = text.to_ascii_lowercase();
    let (radix, body) = if let Some(b) = lower.strip_prefix("0x") {
        (16, b)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (2, b)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, &lower[..])
    };
    let exponent = if radix == 16 { 'p' } else { 'e' };
    if body.contains('.') || (radix != 2 && body.contains(exponent)) {
        return Err("floating-point constants are not supported".to_owned());
    }
    let end = body
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(body.len());
    let (digits, suffix) = body.split_at(end);
    if digits.is_empty() && radix != 8 {
        return Err(format!("invalid integer constant '{text}'"));
    }
    if radix == 8 && suffix.starts_with(['8', '9']) {
        return Err(format!(
            "invalid digit '{}' in octal constant",
            &suffix[..1]
        ));
    }
    let mut value: u64 = 0;
    for d in digits.chars() {
        let d = d.to_digit(radix).map_or(0, u64::from);
        value = value
            .checked_mul(radix.into())
            .and_then(|v| v.checked_add(d))
            .ok_or("integer constant is too large")?;
    }
    let (unsigned, rest) = if let Some(r) = suffix.strip_prefix('u') {
        (true, r)
    } else if let Some(r) = suffix.strip_suffix('u') {
        (true, r)
    } else {
        (false, suffix)
    };
    // `ll` must not mix cases, so look at the original spelling.
    let spelled = &text[text.len() - suffix.len()..];
    let long = match rest {
        "" => false,
        "l" => true,
        "ll" if !spelled.contains("lL") && !spelled.contains("Ll") => true,
        _ => return Err(format!("invalid suffix '{spelled}' on integer constant")),
    };
    // The types tried before `unsigned long`, which holds every value.
    let narrower: &[IntType] = match (unsigned, long, radix == 10) {
        (false, false, true) => &[IntType::Int, IntType::Long],
        (false, false, false) => &[IntType::Int, IntType::UInt, IntType::Long],
        (false, true, _) => &[IntType::Long],
        (true, false, _) => &[IntType::UInt],
        (true, true, _) => &[],
    };
    Ok(narrower
        .iter()
        .map(|&ty| CVal::new(value as i64, ty))
        .find(|c| c.value() == i128::from(value))
        .unwrap_or(CVal::new(value as i64, IntType::ULong)))
}

// ---------------------------------------------------------------------------
// Lexer

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Eof,
    /// The end of a `#` line.
    Eol,
    Hash,
    Ident,
    Num(CVal),
    Punct(&'static str),
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Tok,
    start: usize,
    end: usize,
}

struct Lexer<'s> {
    src: &'s str,
    pos: usize,
    /// Only whitespace since the start of the line, so `#` starts a directive.
    line_start: bool,
    /// Inside a directive, where a newline is a token.
    directive: bool,
    allow_directives: bool,
    char_signed: bool,
}

impl<'s> Lexer<'s> {
    fn next(&mut self) -> Result<Token, CParseError> {
        let b = self.src.as_bytes();
        loop {
            match b.get(self.pos) {
                Some(b'\n') => {
                    self.pos += 1;
                    self.line_start = true;
                    if self.directive {
                        return Ok(Token {
                            kind: Tok::Eol,
                            start: self.pos - 1,
                            end: self.pos,
                        });
                    }
                }
                Some(b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c') => self.pos += 1,
                Some(b'\\') if b.get(self.pos + 1) == Some(&b'\n') => self.pos += 2,
                Some(b'\\') if b[self.pos + 1..].starts_with(b"\r\n") => self.pos += 3,
                Some(b'/') if b.get(self.pos + 1) == Some(&b'/') => {
                    self.pos = self.src[self.pos..]
                        .find('\n')
                        .map_or(b.len(), |i| self.pos + i);
                }
                Some(b'/') if b.get(self.pos + 1) == Some(&b'*') => {
                    let Some(i) = self.src[self.pos + 2..].find("*/") else {
                        return Err(error_at(self.pos, "unterminated comment"));
                    };
                    self.pos += i + 4;
                }
                _ => break,
            }
        }
        let start = self.pos;
        let line_start = std::mem::replace(&mut self.line_start, false);
        let Some(&c) = b.get(start) else {
            return Ok(Token {
                kind: Tok::Eof,
                start,
                end: start,
            });
        };
        let kind = match c {
            b'#' if line_start && !self.directive && self.allow_directives => {
                self.pos += 1;
                Tok::Hash
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let len = b[start..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .unwrap_or(b.len() - start);
                self.pos += len;
                let word = &self.src[start..self.pos];
                if UNSUPPORTED.contains(&word) {
                    return Err(error_at(
                        start,
                        format!("'{word}' is not supported in cdef"),
                    ));
                }
                Tok::Ident
            }
            b'0'..=b'9' => self.number(start)?,
            b'.' if b.get(start + 1).is_some_and(u8::is_ascii_digit) => self.number(start)?,
            b'\'' => self.char_literal(start)?,
            b'"' => return Err(error_at(start, "string literals are not supported in cdef")),
            _ => match PUNCTS.iter().find(|p| self.src[start..].starts_with(**p)) {
                Some(p) => {
                    self.pos += p.len();
                    Tok::Punct(p)
                }
                None => {
                    let ch = self.src[start..].chars().next().unwrap_or_default();
                    return Err(error_at(start, format!("stray '{ch}' in program")));
                }
            },
        };
        Ok(Token {
            kind,
            start,
            end: self.pos,
        })
    }

    /// A preprocessing number: digits, letters, dots and exponent signs,
    /// checked as a whole as C does.
    fn number(&mut self, start: usize) -> Result<Tok, CParseError> {
        let b = self.src.as_bytes();
        let mut i = start;
        while let Some(&c) = b.get(i) {
            let exponent_sign =
                matches!(c, b'+' | b'-') && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P');
            if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign) {
                break;
            }
            i += 1;
        }
        self.pos = i;
        int_literal(&self.src[start..i])
            .map(Tok::Num)
            .map_err(|msg| error_at(start, msg))
    }

    fn char_literal(&mut self, start: usize) -> Result<Tok, CParseError> {
        let b = self.src.as_bytes();
        let mut i = start + 1;
        let byte = match b.get(i) {
            Some(b'\\') => {
                i += 2;
                match b.get(i - 1) {
                    Some(b'n') => b'\n',
                    Some(b't') => b'\t',
                    Some(b'r') => b'\r',
                    Some(b'a') => 7,
                    Some(b'b') => 8,
                    Some(b'f') => 12,
                    Some(b'v') => 11,
                    Some(&c @ (b'\\' | b'\'' | b'"' | b'?')) => c,
                    Some(b'0'..=b'7') => {
                        let digits = b[i - 1..]
                            .iter()
                            .take(3)
                            .take_while(|c| matches!(c, b'0'..=b'7'))
                            .count();
                        let v = u32::from_str_radix(&self.src[i - 1..i - 1 + digits], 8)
                            .unwrap_or_default();
                        i += digits - 1;
                        u8::try_from(v)
                            .map_err(|_| error_at(start, "octal escape sequence out of range"))?
                    }
                    Some(b'x') => {
                        let digits = b[i..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
                        let v = u8::from_str_radix(&self.src[i..i + digits], 16)
                            .map_err(|_| error_at(start, "invalid hex escape sequence"))?;
                        i += digits;
                        v
                    }
                    _ => return Err(error_at(start, "unknown escape sequence")),
                }
            }
            Some(&c) if c.is_ascii() && c != b'\'' && c != b'\n' => {
                i += 1;
                c
            }
            _ => return Err(error_at(start, "invalid character constant")),
        };
        if b.get(i) != Some(&b'\'') {
            return Err(error_at(start, "missing terminating ' character"));
        }
        self.pos = i + 1;
        let v = if self.char_signed {
            i64::from(byte as i8)
        } else {
            i64::from(byte)
        };
        Ok(Tok::Num(CVal::new(v, IntType::Int)))
    }
}

// ---------------------------------------------------------------------------
// Parser

/// Where declaration specifiers appear, which decides the storage classes
/// allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    File,
    Member,
    Param,
    TypeName,
}

struct Spec {
    ty: CTypeId,
    typedef: bool,
    /// A struct, union or enum specifier, which declares its tag or
    /// enumerators even without a declarator.
    tagged: bool,
    /// An anonymous struct or union definition: without a declarator it is
    /// an anonymous member.
    anonymous_record: bool,
}

const TWO_TYPES: &str = "two or more data types in declaration specifiers";
const LONG_SHORT: &str = "both 'long' and 'short' in declaration specifiers";

/// The type words of a declaration, checked as they come so that an error
/// points at the word that does not fit.
#[derive(Default)]
struct TypeWords<'s> {
    base: Option<&'s str>,
    short: bool,
    long: u8,
    sign: Option<&'s str>,
    named: Option<CTypeId>,
}

impl<'s> TypeWords<'s> {
    fn is_empty(&self) -> bool {
        self.base.is_none()
            && !self.short
            && self.long == 0
            && self.sign.is_none()
            && self.named.is_none()
    }

    fn modifiers(&self) -> impl Iterator<Item = &'s str> {
        let short = self.short.then_some("short");
        let long = (self.long > 0).then_some("long");
        short.into_iter().chain(long).chain(self.sign)
    }

    fn fits(base: &str, modifier: &str) -> bool {
        match base {
            "int" => true,
            "char" => matches!(modifier, "signed" | "unsigned"),
            "double" => modifier == "long",
            _ => false,
        }
    }

    fn add_base(&mut self, word: &'s str) -> Result<(), String> {
        if self.base.is_some() || self.named.is_some() {
            return Err(TWO_TYPES.to_owned());
        }
        if let Some(m) = self.modifiers().find(|m| !Self::fits(word, m)) {
            return Err(format!("both '{m}' and '{word}' in declaration specifiers"));
        }
        self.base = Some(word);
        Ok(())
    }

    fn add_modifier(&mut self, word: &'s str) -> Result<(), String> {
        if self.named.is_some() {
            return Err(TWO_TYPES.to_owned());
        }
        if let Some(b) = self.base.filter(|b| !Self::fits(b, word)) {
            return Err(format!("both '{word}' and '{b}' in declaration specifiers"));
        }
        match word {
            "short" if self.long > 0 => return Err(LONG_SHORT.to_owned()),
            "long" if self.short => return Err(LONG_SHORT.to_owned()),
            "short" if self.short => return Err("duplicate 'short'".to_owned()),
            "short" => self.short = true,
            "long" if self.long == 2 => return Err("'long long long' is too long".to_owned()),
            "long" => self.long += 1,
            _ => match self.sign {
                Some(s) if s == word => return Err(format!("duplicate '{word}'")),
                Some(_) => {
                    return Err("both 'signed' and 'unsigned' in declaration specifiers".to_owned())
                }
                None => self.sign = Some(word),
            },
        }
        Ok(())
    }

    fn add_named(&mut self, ty: CTypeId) -> Result<(), String> {
        if !self.is_empty() {
            return Err(TWO_TYPES.to_owned());
        }
        self.named = Some(ty);
        Ok(())
    }

    /// The type, or `None` if there were no type words.
    fn resolve(&self) -> Result<Option<CTypeId>, String> {
        if let Some(ty) = self.named {
            return Ok(Some(ty));
        }
        let unsigned = self.sign == Some("unsigned");
        Ok(Some(match self.base {
            Some("void") => CTypeId::VOID,
            Some("_Bool") => CTypeId::BOOL,
            Some("float") => CTypeId::FLOAT,
            Some("double") if self.long > 0 => {
                return Err("'long double' is not supported".to_owned())
            }
            Some("double") => CTypeId::DOUBLE,
            Some("char") => match self.sign {
                None => CTypeId::CHAR,
                Some(_) if unsigned => CTypeId::UCHAR,
                Some(_) => CTypeId::SCHAR,
            },
            _ if self.is_empty() => return Ok(None),
            _ => match (self.short, self.long, unsigned) {
                (true, _, false) => CTypeId::SHORT,
                (true, _, true) => CTypeId::USHORT,
                (_, 1, false) => CTypeId::LONG,
                (_, 1, true) => CTypeId::ULONG,
                (_, 2, false) => CTypeId::LONGLONG,
                (_, 2, true) => CTypeId::ULONGLONG,
                (_, _, false) => CTypeId::INT,
                (_, _, true) => CTypeId::UINT,
            },
        }))
    }
}

/// A derivation from a declarator, applied to the type built so far.
enum Op {
    Ptr,
    Array(Option<u64>),
    Func(Vec<CTypeId>, bool),
}

struct Declarator<'s> {
    name: Option<(&'s str, usize)>,
    /// Innermost (closest to the base type) first, each with the offset
    /// where an error in applying it is reported.
    ops: Vec<(Op, usize)>,
}

struct Parser<'t, 's> {
    types: &'t mut CTypes,
    lex: Lexer<'s>,
    tok: Token,
    depth: u32,
}

impl<'t, 's> Parser<'t, 's> {
    fn new(
        types: &'t mut CTypes,
        src: &'s str,
        allow_directives: bool,
    ) -> Result<Parser<'t, 's>, CParseError> {
        let lex = Lexer {
            src,
            pos: 0,
            line_start: true,
            directive: false,
            allow_directives,
            char_signed: types.abi().char_is_signed(),
        };
        let tok = Token {
            kind: Tok::Eof,
            start: 0,
            end: 0,
        };
        let mut p = Parser {
            types,
            lex,
            tok,
            depth: 0,
        };
        p.advance()?;
        Ok(p)
    }

    /// Moves to the next token, processing any directives on the way.
    fn advance(&mut self) -> Result<(), CParseError> {
        self.tok = self.lex.next()?;
        while self.tok.kind == Tok::Hash {
            self.directive()?;
            self.lex.directive = false;
            self.tok = self.lex.next()?;
        }
        Ok(())
    }

    fn text(&self) -> &'s str {
        &self.lex.src[self.tok.start..self.tok.end]
    }

    fn word(&self) -> Option<&'s str> {
        (self.tok.kind == Tok::Ident).then(|| self.text())
    }

    fn is(&self, punct: &str) -> bool {
        matches!(self.tok.kind, Tok::Punct(p) if p == punct)
    }

    fn eat(&mut self, punct: &str) -> Result<bool, CParseError> {
        let found = self.is(punct);
        if found {
            self.advance()?;
        }
        Ok(found)
    }

    fn expect(&mut self, punct: &str) -> Result<(), CParseError> {
        if self.eat(punct)? {
            Ok(())
        } else {
            Err(self.error(format!("expected '{punct}' {}", self.before())))
        }
    }

    fn error(&self, msg: impl Into<String>) -> CParseError {
        error_at(self.tok.start, msg)
    }

    /// The current token, for "unexpected ..." messages.
    fn describe(&self) -> String {
        match self.tok.kind {
            Tok::Eof => "end of input".to_owned(),
            Tok::Eol => "end of line".to_owned(),
            _ => format!("'{}'", self.text()),
        }
    }

    /// The current token, for "expected X ..." messages.
    fn before(&self) -> String {
        match self.tok.kind {
            Tok::Eof => "at end of input".to_owned(),
            Tok::Eol => "at end of line".to_owned(),
            _ => format!("before '{}'", self.text()),
        }
    }

    fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, CParseError>,
    ) -> Result<T, CParseError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error(format!("nesting deeper than {MAX_DEPTH} levels")));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    fn skip_qualifiers(&mut self) -> Result<(), CParseError> {
        while self.word().is_some_and(|w| QUALIFIERS.contains(&w)) {
            self.advance()?;
        }
        Ok(())
    }

    /// An identifier that is not a keyword.
    fn name(&mut self) -> Result<(&'s str, usize), CParseError> {
        match self.word() {
            Some(w) if !is_keyword(w) => {
                let at = self.tok.start;
                self.advance()?;
                Ok((w, at))
            }
            _ => Err(self.error(format!("expected identifier {}", self.before()))),
        }
    }

    /// Whether the current token can start a declaration's specifiers.
    fn starts_type(&self) -> bool {
        self.word().is_some_and(|w| {
            matches!(
                w,
                "void"
                    | "_Bool"
                    | "char"
                    | "short"
                    | "int"
                    | "long"
                    | "float"
                    | "double"
                    | "signed"
                    | "__signed"
                    | "__signed__"
                    | "unsigned"
                    | "struct"
                    | "union"
                    | "enum"
            ) || QUALIFIERS.contains(&w)
                || !is_keyword(w) && self.types.typedef(w).is_some()
        })
    }

    fn directive(&mut self) -> Result<(), CParseError> {
        self.lex.directive = true;
        self.advance()?;
        match self.word() {
            Some("define") => {
                self.advance()?;
                self.define()
            }
            // The null directive, a lone '#'.
            None if matches!(self.tok.kind, Tok::Eol | Tok::Eof) => Ok(()),
            _ => Err(self.error(format!(
                "'#{}' is not supported: cdef takes declarations and '#define NAME value' only",
                self.text()
            ))),
        }
    }

    /// `#define NAME value`, after `define`.
    fn define(&mut self) -> Result<(), CParseError> {
        let name_end = self.tok.end;
        let (name, at) = self.name()?;
        if self.is("(") && self.tok.start == name_end {
            return Err(self.error(format!(
                "function-like macro '{name}' is not supported in cdef"
            )));
        }
        if matches!(self.tok.kind, Tok::Eol | Tok::Eof) || self.starts_type() {
            return Err(error_at(
                at,
                format!("macro '{name}' is not an integer constant: cdef's #define takes integer constants only"),
            ));
        }
        if self.is("...") {
            return Err(self.error(format!(
                "'#define {name} ...' is not supported: rumba needs the value of '{name}'"
            )));
        }
        let value = self.const_expr()?;
        if !matches!(self.tok.kind, Tok::Eol | Tok::Eof) {
            return Err(self.error(format!(
                "unexpected {} after the value of macro '{name}'",
                self.describe()
            )));
        }
        self.types
            .define_constant(name, value.constant())
            .map_err(|e| located(at, e))
    }

    /// A declaration at file scope: specifiers, then declarators.
    fn declaration(&mut self, out: &mut Vec<CDecl>) -> Result<(), CParseError> {
        let spec = self.specifiers(Ctx::File)?;
        let declarator_follows = self.is("*") || self.is("(") || self.tok.kind == Tok::Ident;
        if spec.tagged && !declarator_follows {
            return self.expect(";");
        }
        if self.is(";") {
            return Err(self.error("declaration does not declare anything"));
        }
        loop {
            let d = self.declarator(false)?;
            let Some((name, at)) = d.name else {
                return Err(self.error(format!("expected identifier or '(' {}", self.before())));
            };
            let ty = self.derive(spec.ty, &d.ops)?;
            let is_func = matches!(self.types.get(ty), CType::Func(_));
            if is_func && self.is("{") {
                return Err(self.error(
                    "function definitions are not supported in cdef: declare the prototype only",
                ));
            }
            if self.is("=") {
                return Err(self.error("initializers are not supported in cdef"));
            }
            let name = name.to_owned();
            if spec.typedef {
                self.types
                    .define_typedef(&name, ty)
                    .map_err(|e| located(at, e))?;
            } else if is_func {
                out.push(CDecl::Func { name, ty });
            } else if ty == CTypeId::VOID {
                return Err(error_at(
                    at,
                    format!("variable '{name}' has incomplete type 'void'"),
                ));
            } else {
                out.push(CDecl::Var { name, ty });
            }
            if !self.eat(",")? {
                return self.expect(";");
            }
        }
    }

    fn specifiers(&mut self, ctx: Ctx) -> Result<Spec, CParseError> {
        let start = self.tok.start;
        let mut words = TypeWords::default();
        let mut spec = Spec {
            ty: CTypeId::INT,
            typedef: false,
            tagged: false,
            anonymous_record: false,
        };
        while let Some(w) = self.word() {
            let added = match w {
                "typedef" | "extern" if ctx == Ctx::File => {
                    if w == "typedef" {
                        if spec.typedef {
                            return Err(self.error("duplicate 'typedef'"));
                        }
                        spec.typedef = true;
                    }
                    Ok(())
                }
                "static" => {
                    return Err(self.error(
                        "'static' is not supported in cdef: declare what the library exports",
                    ))
                }
                "inline" | "__inline" | "__inline__" => {
                    return Err(self.error(format!(
                        "'{w}' functions are not supported in cdef: declare the prototype only"
                    )))
                }
                "typedef" | "extern" | "register" | "auto" | "_Thread_local" | "__thread" => {
                    return Err(self.error(format!("storage class '{w}' is not allowed here")))
                }
                "_Noreturn" | "__extension__" => Ok(()),
                _ if QUALIFIERS.contains(&w) => Ok(()),
                "void" | "_Bool" | "char" | "int" | "float" | "double" => words.add_base(w),
                "short" | "long" | "signed" | "unsigned" => words.add_modifier(w),
                "__signed" | "__signed__" => words.add_modifier("signed"),
                "struct" | "union" | "enum" => {
                    let at = self.tok.start;
                    let (ty, anonymous) = self.tagged(w)?;
                    spec.tagged = true;
                    spec.anonymous_record = anonymous;
                    words.add_named(ty).map_err(|msg| error_at(at, msg))?;
                    continue;
                }
                _ if !words.is_empty() => break,
                _ if is_keyword(w) => {
                    return Err(self.error(format!("expected a type before '{w}'")))
                }
                _ => match self.types.typedef(w) {
                    Some(ty) => {
                        if PRIMITIVE_TYPEDEFS.contains(&w) {
                            self.types.spelled.insert(ty);
                        }
                        words.add_named(ty)
                    }
                    None => return Err(self.error(format!("unknown type name '{w}'"))),
                },
            };
            added.map_err(|msg| self.error(msg))?;
            self.advance()?;
        }
        match words.resolve() {
            Ok(Some(ty)) => spec.ty = ty,
            Ok(None) => return Err(self.error(format!("expected a type {}", self.before()))),
            Err(msg) => return Err(error_at(start, msg)),
        }
        Ok(spec)
    }

    /// `struct`, `union` or `enum`, an optional tag and an optional body.
    /// Returns the type and whether it is an anonymous struct or union
    /// definition.
    fn tagged(&mut self, keyword: &str) -> Result<(CTypeId, bool), CParseError> {
        let kind = match keyword {
            "struct" => TagKind::Struct,
            "union" => TagKind::Union,
            _ => TagKind::Enum,
        };
        self.advance()?;
        let tag = match self.word() {
            Some(w) if !is_keyword(w) => Some(self.name()?),
            _ => None,
        };
        if !self.is("{") {
            let Some(tag) = tag else {
                return Err(self.error(format!("expected identifier or '{{' {}", self.before())));
            };
            return Ok((self.tag_type(kind, tag)?, false));
        }
        let open = self.tok.start;
        self.advance()?;
        let record = match kind {
            TagKind::Struct => Some(RecordKind::Struct),
            TagKind::Union => Some(RecordKind::Union),
            TagKind::Enum => None,
        };
        let id = match (tag, record) {
            (Some(tag), _) => self.tag_type(kind, tag)?,
            (None, Some(rk)) => self.types.new_record(rk, None),
            (None, None) => self.types.new_enum(None),
        };
        let what = match tag {
            Some((name, _)) => format!("{keyword} '{name}'"),
            None => format!("anonymous {keyword}"),
        };
        let at = tag.map_or(open, |t| t.1);
        self.nested(|p| match record {
            Some(rk) => p.record_body(id, rk, &what, at),
            None => p.enum_body(id, &what, at),
        })?;
        Ok((id, tag.is_none() && record.is_some()))
    }

    fn tag_type(
        &mut self,
        kind: TagKind,
        (name, at): (&str, usize),
    ) -> Result<CTypeId, CParseError> {
        self.types.tag_type(kind, name).map_err(|e| located(at, e))
    }

    /// The members of a struct or union, after the `{`.
    fn record_body(
        &mut self,
        id: CTypeId,
        kind: RecordKind,
        what: &str,
        at: usize,
    ) -> Result<(), CParseError> {
        let mut layout = LayoutBuilder::new(kind, u64::MAX);
        while !self.eat("}")? {
            if self.is("...") {
                return Err(self.error(format!(
                    "{what} has '...' members: rumba needs the full layout of a {}",
                    kind.keyword()
                )));
            }
            if self.tok.kind == Tok::Eof {
                return Err(self.error("expected '}' at end of input"));
            }
            if self.eat(";")? {
                continue;
            }
            let spec_at = self.tok.start;
            let spec = self.specifiers(Ctx::Member)?;
            if self.is(";") {
                if spec.anonymous_record {
                    layout
                        .add(self.types, "", spec.ty)
                        .map_err(|e| located(spec_at, e))?;
                } else if !spec.tagged {
                    return Err(self.error("declaration does not declare anything"));
                }
                self.advance()?;
                continue;
            }
            loop {
                let d = self.declarator(false)?;
                let Some((name, name_at)) = d.name else {
                    return Err(self.error(format!("expected identifier or '(' {}", self.before())));
                };
                if self.is(":") {
                    return Err(
                        self.error(format!("bit-fields are not supported (field '{name}')"))
                    );
                }
                let ty = self.derive(spec.ty, &d.ops)?;
                layout
                    .add(self.types, name, ty)
                    .map_err(|e| located(name_at, e))?;
                if !self.eat(",")? {
                    break;
                }
            }
            self.expect(";")?;
        }
        let layout = layout.finish().map_err(|e| located(at, e))?;
        self.types
            .define_layout(id, layout)
            .map_err(|e| located(at, e))
    }

    /// The enumerators of an enum, after the `{`.
    fn enum_body(&mut self, id: CTypeId, what: &str, at: usize) -> Result<(), CParseError> {
        let mut values = Vec::new();
        let mut next: i128 = 0;
        loop {
            if self.is("...") {
                return Err(self.error(format!(
                    "{what} has '...': rumba needs the values of all enumerators"
                )));
            }
            let (name, name_at) = self.name()?;
            let value = if self.eat("=")? {
                self.const_expr()?.value()
            } else {
                next
            };
            // An enumerator is an `int` unless its value needs a wider type.
            let c = CVal::fitting(value).ok_or_else(|| {
                error_at(
                    name_at,
                    format!("enumerator value for '{name}' is too large"),
                )
            })?;
            self.types
                .define_constant(name, c.constant())
                .map_err(|e| located(name_at, e))?;
            values.push((name.to_owned(), value));
            next = value + 1;
            if !self.eat(",")? {
                self.expect("}")?;
                break;
            }
            if self.eat("}")? {
                break;
            }
        }
        self.types
            .define_enum(id, values)
            .map_err(|e| located(at, e))
    }

    /// Pointers, then a name or a parenthesized declarator, then array and
    /// function suffixes. With `abstract_only` (type names) there is no name.
    fn declarator(&mut self, abstract_only: bool) -> Result<Declarator<'s>, CParseError> {
        self.nested(|p| {
            let mut ops = Vec::new();
            while p.is("*") {
                ops.push((Op::Ptr, p.tok.start));
                p.advance()?;
                p.skip_qualifiers()?;
            }
            let mut name = None;
            let mut inner = None;
            let mut suffixes = Vec::new();
            if p.is("(") {
                let at = p.tok.start;
                p.advance()?;
                // `(` opens a parameter list if a type or `)` follows: `int (int)`
                // is a function type, `int (*)(int)` a function pointer.
                if p.is(")") || p.is("...") || p.starts_type() {
                    suffixes.push((p.params()?, at));
                } else {
                    inner = Some(p.declarator(abstract_only)?);
                    p.expect(")")?;
                }
            } else if let Some(w) = p.word().filter(|w| !is_keyword(w)) {
                if abstract_only {
                    return Err(p.error(format!("unexpected identifier '{w}' in type name")));
                }
                name = Some((w, p.tok.start));
                p.advance()?;
            }
            loop {
                let at = p.tok.start;
                if p.eat("[")? {
                    suffixes.push((Op::Array(p.array_len()?), at));
                } else if p.eat("(")? {
                    suffixes.push((p.params()?, at));
                } else {
                    break;
                }
            }
            // `int *a[3]` is an array of pointers, `int a[2][3]` an array of
            // arrays of 3: pointers bind first, then suffixes right to left,
            // then the parenthesized declarator.
            ops.extend(suffixes.into_iter().rev());
            if let Some(d) = inner {
                ops.extend(d.ops);
                name = d.name;
            }
            Ok(Declarator { name, ops })
        })
    }

    /// An array length after `[`, through `]`.
    fn array_len(&mut self) -> Result<Option<u64>, CParseError> {
        self.skip_qualifiers()?;
        if self.eat("]")? {
            return Ok(None);
        }
        if self.is("...") {
            return Err(self.error(
                "array length '...' is not supported: rumba needs the length of every array",
            ));
        }
        let at = self.tok.start;
        let len = u64::try_from(self.const_expr()?.value())
            .map_err(|_| error_at(at, "size of array is negative"))?;
        self.expect("]")?;
        Ok(Some(len))
    }

    /// A parameter list after `(`, through `)`. `()` declares no
    /// parameters, as in cffi.
    fn params(&mut self) -> Result<Op, CParseError> {
        let mut params = Vec::new();
        if self.eat(")")? {
            return Ok(Op::Func(params, false));
        }
        loop {
            if self.eat("...")? {
                self.expect(")")?;
                return Ok(Op::Func(params, true));
            }
            let at = self.tok.start;
            let spec = self.specifiers(Ctx::Param)?;
            let d = self.declarator(false)?;
            if spec.ty == CTypeId::VOID && d.ops.is_empty() {
                if params.is_empty() && d.name.is_none() && self.eat(")")? {
                    return Ok(Op::Func(params, false));
                }
                return Err(error_at(at, "'void' must be the only parameter"));
            }
            params.push(self.derive(spec.ty, &d.ops)?);
            if !self.eat(",")? {
                self.expect(")")?;
                return Ok(Op::Func(params, false));
            }
        }
    }

    fn derive(&mut self, mut ty: CTypeId, ops: &[(Op, usize)]) -> Result<CTypeId, CParseError> {
        for (op, at) in ops {
            ty = match op {
                Op::Ptr => Ok(self.types.pointer(ty)),
                Op::Array(len) => self.types.array(ty, *len),
                Op::Func(params, variadic) => self.types.func(ty, params, *variadic),
            }
            .map_err(|e| located(*at, e))?;
        }
        Ok(ty)
    }

    fn const_expr(&mut self) -> Result<CVal, CParseError> {
        self.nested(|p| {
            let cond = p.binary(1)?;
            if !p.eat("?")? {
                return Ok(cond);
            }
            let a = p.const_expr()?;
            p.expect(":")?;
            let b = p.const_expr()?;
            let ty = common_type(a, b);
            Ok(CVal::new(if cond.v != 0 { a.v } else { b.v }, ty))
        })
    }

    /// Operators binding at least as tightly as `min`, by precedence
    /// climbing.
    fn binary(&mut self, min: u8) -> Result<CVal, CParseError> {
        let mut lhs = self.unary()?;
        loop {
            let Tok::Punct(punct) = self.tok.kind else {
                return Ok(lhs);
            };
            let Some((op, prec)) = BinOp::of(punct).filter(|&(_, prec)| prec >= min) else {
                return Ok(lhs);
            };
            let at = self.tok.start;
            self.advance()?;
            let rhs = self.binary(prec + 1)?;
            lhs = op.eval(lhs, rhs).map_err(|msg| error_at(at, msg))?;
        }
    }

    fn unary(&mut self) -> Result<CVal, CParseError> {
        match self.tok.kind {
            Tok::Punct(op @ ("-" | "+" | "~" | "!")) => {
                self.advance()?;
                let a = self.nested(|p| p.unary())?;
                Ok(match op {
                    "-" => CVal::new(a.v.wrapping_neg(), a.ty),
                    "~" => CVal::new(!a.v, a.ty),
                    "!" => CVal::bool(a.v == 0),
                    _ => a,
                })
            }
            Tok::Punct("(") => {
                self.advance()?;
                let v = self.const_expr()?;
                self.expect(")")?;
                Ok(v)
            }
            Tok::Num(v) => {
                self.advance()?;
                Ok(v)
            }
            Tok::Ident if !is_keyword(self.text()) => match self.types.constant(self.text()) {
                Some(c) => {
                    self.advance()?;
                    Ok(CVal::of_constant(c))
                }
                None => Err(self.error(format!("use of undeclared identifier '{}'", self.text()))),
            },
            _ => Err(self.error(format!("expected expression {}", self.before()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::ctype::Abi;

    fn parse(src: &str) -> (CTypes, Vec<CDecl>) {
        let mut t = CTypes::for_abi(Abi::X86_64);
        let decls = cdef(&mut t, src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        (t, decls)
    }

    fn ty(t: &mut CTypes, src: &str) -> CTypeId {
        parse_type(t, src).unwrap_or_else(|e| panic!("{src}: {e:?}"))
    }

    /// Size, alignment and the offset of each named field.
    fn layout(t: &mut CTypes, src: &str, fields: &[&str]) -> (u64, u64, Vec<u64>) {
        let id = ty(t, src);
        let offsets = fields.iter().map(|f| t.field(id, f).unwrap().0).collect();
        (t.size(id).unwrap(), t.align(id).unwrap(), offsets)
    }

    fn names(t: &CTypes, decls: &[CDecl]) -> Vec<String> {
        decls
            .iter()
            .map(|d| match d {
                CDecl::Func { name, ty } => format!("func {name}: {}", t.name(*ty)),
                CDecl::Var { name, ty } => format!("var {name}: {}", t.name(*ty)),
            })
            .collect()
    }

    fn constant(t: &CTypes, name: &str) -> i128 {
        t.constant(name).unwrap().value
    }

    #[test]
    fn layouts_match_gcc() {
        // The expectations are gcc 12's sizeof, _Alignof and offsetof on x86-64.
        let (mut t, _) = parse(
            "struct s1 { char c; double d; int i; };
             struct s2 { char a; short b; char c; int d; char e; };
             struct s3 { int a; struct { char x; double y; } in; char t[3]; };
             union u1 { char c[5]; int i; double d; };
             union u2 { char c[9]; int i; };
             struct s4 { char c; union { int i; double d; }; short s; };
             struct s5 { long long x; char y; };
             struct s6 { char a[3]; short b[3]; };
             struct s7 { int n; double data[]; };
             struct s8 { _Bool b; float f; void *p; char c; };
             struct s9 { char c; struct s1 arr[2]; char z; };
             struct s10 { char c; struct { struct { char d; long l; }; int k; }; };
             enum e1 { A = -1, B };
             enum e2 { C = 0xffffffff };
             enum e3 { D = 0x100000000 };",
        );
        // (type, size, alignment, [(field, offset)])
        type Case = (&'static str, u64, u64, &'static [(&'static str, u64)]);
        let cases: &[Case] = &[
            ("struct s1", 24, 8, &[("c", 0), ("d", 8), ("i", 16)]),
            (
                "struct s2",
                16,
                4,
                &[("a", 0), ("b", 2), ("c", 4), ("d", 8), ("e", 12)],
            ),
            ("struct s3", 32, 8, &[("a", 0), ("in", 8), ("t", 24)]),
            ("union u1", 8, 8, &[("c", 0), ("i", 0), ("d", 0)]),
            ("union u2", 12, 4, &[("c", 0), ("i", 0)]),
            (
                "struct s4",
                24,
                8,
                &[("c", 0), ("i", 8), ("d", 8), ("s", 16)],
            ),
            ("struct s5", 16, 8, &[("x", 0), ("y", 8)]),
            ("struct s6", 10, 2, &[("a", 0), ("b", 4)]),
            ("struct s7", 8, 8, &[("n", 0), ("data", 8)]),
            (
                "struct s8",
                24,
                8,
                &[("b", 0), ("f", 4), ("p", 8), ("c", 16)],
            ),
            ("struct s9", 64, 8, &[("c", 0), ("arr", 8), ("z", 56)]),
            (
                "struct s10",
                32,
                8,
                &[("c", 0), ("d", 8), ("l", 16), ("k", 24)],
            ),
            ("enum e1", 4, 4, &[]),
            ("enum e2", 4, 4, &[]),
            ("enum e3", 8, 8, &[]),
        ];
        for &(src, size, align, fields) in cases {
            let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
            let offsets: Vec<u64> = fields.iter().map(|f| f.1).collect();
            assert_eq!(layout(&mut t, src, &names), (size, align, offsets), "{src}");
        }
        let s3 = ty(&mut t, "struct s3");
        let (_, inner) = t.field(s3, "in").unwrap();
        assert_eq!(t.field(inner, "y"), Some((8, CTypeId::DOUBLE)));
        assert_eq!(t.name(t.field(s3, "t").unwrap().1), "char[3]");
        // gcc makes enums unsigned when no value is negative.
        let e2 = ty(&mut t, "enum e2");
        let e3 = ty(&mut t, "enum e3");
        assert_eq!(t.scalar(e2), Some(crate::ffi::ctype::Scalar::U32));
        assert_eq!(t.scalar(e3), Some(crate::ffi::ctype::Scalar::U64));
    }

    #[test]
    fn function_declarations() {
        let (t, decls) = parse(
            "double add1(double);
             void qsort(void *base, size_t nmemb, size_t size,
                        int (*compar)(const void *, const void *));
             int printf(const char *fmt, ...);
             int rand(void);
             long clock();
             void fill(int a[10], double m[][3], int cb(int));
             struct point make_point(double x, double y);
             void (*signal(int sig, void (*func)(int)))(int);",
        );
        assert_eq!(
            names(&t, &decls),
            [
                "func add1: double(double)",
                "func qsort: void(void *, unsigned long, unsigned long, int(*)(void *, void *))",
                "func printf: int(char *, ...)",
                "func rand: int()",
                "func clock: long()",
                "func fill: void(int *, double(*)[3], int(*)(int))",
                "func make_point: struct point(double, double)",
                "func signal: void(*(int, void(*)(int)))(int)",
            ]
        );
        // Parsed and built types are one table: the same type is the same id.
        let mut t = t;
        let add1 = t.func(CTypeId::DOUBLE, &[CTypeId::DOUBLE], false);
        assert_eq!(
            decls[0],
            CDecl::Func {
                name: "add1".into(),
                ty: add1.unwrap()
            }
        );
        let CDecl::Func { ty, .. } = decls[2] else {
            panic!()
        };
        let CType::Func(f) = t.get(ty) else { panic!() };
        assert!(f.variadic && f.ret == CTypeId::INT && f.params.len() == 1);
    }

    #[test]
    fn variable_declarations() {
        let (t, decls) = parse(
            "extern int errno_value;
             int a, *b, c[4], **d;
             double (*fp)(double);
             int (*(*fpp)(int))(double);
             extern int table[];
             const char *const names[3];",
        );
        assert_eq!(
            names(&t, &decls),
            [
                "var errno_value: int",
                "var a: int",
                "var b: int *",
                "var c: int[4]",
                "var d: int * *",
                "var fp: double(*)(double)",
                "var fpp: int(*(*)(int))(double)",
                "var table: int[]",
                "var names: char *[3]",
            ]
        );
    }

    #[test]
    fn typedefs() {
        let (mut t, decls) = parse(
            "typedef unsigned long long u64, *u64p;
             typedef struct { double x, y; } point_t;
             typedef struct rk_state_ { unsigned long key[624]; int pos; } rk_state;
             typedef int (*cmp_t)(const void *, const void *);
             typedef int binop(int, int);
             typedef double vec3[3];
             binop add;
             vec3 *v;
             cmp_t cmp;",
        );
        assert_eq!(
            names(&t, &decls),
            [
                "func add: int(int, int)",
                "var v: double(*)[3]",
                "var cmp: int(*)(void *, void *)",
            ]
        );
        let expect = [
            ("u64", "unsigned long long"),
            ("u64p", "unsigned long long *"),
            ("point_t", "point_t"),
            ("point_t *", "point_t *"),
            ("rk_state *", "rk_state *"),
            ("vec3", "double[3]"),
        ];
        for (src, name) in expect {
            let id = ty(&mut t, src);
            assert_eq!(t.name(id), name);
        }
        assert_eq!(layout(&mut t, "point_t", &["x", "y"]), (16, 8, vec![0, 8]));
        assert_eq!(layout(&mut t, "rk_state", &["pos"]), (5000, 8, vec![4992]));
        let vec3 = ty(&mut t, "vec3");
        assert_eq!(t.size(vec3), Some(24));
    }

    #[test]
    fn incomplete_structs_are_completed_later() {
        let (mut t, _) = parse(
            "struct node;
             typedef struct node node_t;
             node_t *head(void);
             struct node { node_t *next; int value; };",
        );
        let node = ty(&mut t, "node_t");
        assert_eq!(t.size(node), Some(16));
        assert_eq!(t.name(t.field(node, "next").unwrap().1), "node_t *");
        // A type string may name a struct nobody defined: it is opaque.
        let opaque = ty(&mut t, "struct opaque *");
        assert_eq!(t.size(t.pointee(opaque).unwrap()), None);
        assert_eq!(t.tag("opaque"), t.pointee(opaque));
    }

    #[test]
    fn enums_and_constant_expressions() {
        let (mut t, _) = parse(
            "enum flags { A = 1 << 3, B = A + 1, C = -5, D, E = (B * 2) % 7 ? 100 : 200, };
             enum color { RED, GREEN = 5, BLUE } paint;
             enum { X = 'A', Y = '\\n', Z = '\\xff' };",
        );
        let expect = [
            ("A", 8),
            ("B", 9),
            ("C", -5),
            ("D", -4),
            ("E", 100),
            ("RED", 0),
            ("GREEN", 5),
            ("BLUE", 6),
            ("X", 65),
            ("Y", 10),
            ("Z", -1),
        ];
        for (name, value) in expect {
            assert_eq!(constant(&t, name), value, "{name}");
        }
        let color = ty(&mut t, "enum color");
        let CType::Enum(e) = t.get(color) else {
            panic!()
        };
        assert_eq!(e.values[2], ("BLUE".to_owned(), 6));
        assert_eq!(t.scalar(color), Some(crate::ffi::ctype::Scalar::U32));
        let flags = ty(&mut t, "enum flags");
        assert_eq!(t.scalar(flags), Some(crate::ffi::ctype::Scalar::I32));
        // Plain char is unsigned on AArch64.
        let mut arm = CTypes::for_abi(Abi::Aarch64);
        cdef(&mut arm, "enum { Z = '\\xff' };").unwrap();
        assert_eq!(constant(&arm, "Z"), 255);
    }

    #[test]
    fn defines() {
        let (t, decls) = parse(
            "#define N 10
             #define M (N * 2 + 1)   /* a comment */
             # define NEG -1 // another
             #define ALL ~0U
             #define MASK 0xFFFFFFFFFFFFFFFFUL
             #define BIG (1UL << 40)
             #define OCT 0777
             #define CONT \\
                 (N + \\
                  1)
             #define HALF (-7 / 2)
             #define UHALF (-7 / 2u)
             #define CMP (-1 < 0u)
             #
             int arr[M];
             struct s {
             #define K 3
                 int x[K];
             };",
        );
        let expect: &[(&str, i128)] = &[
            ("N", 10),
            ("M", 21),
            ("NEG", -1),
            ("ALL", 0xffff_ffff),
            ("MASK", u64::MAX.into()),
            ("BIG", 1 << 40),
            ("OCT", 0o777),
            ("CONT", 11),
            ("HALF", -3),
            ("UHALF", 2147483644),
            ("CMP", 0),
            ("K", 3),
        ];
        for &(name, value) in expect {
            assert_eq!(constant(&t, name), value, "{name}");
        }
        assert_eq!(t.constant("ALL").unwrap().ty, IntType::UInt);
        assert_eq!(t.constant("MASK").unwrap().ty, IntType::ULong);
        assert_eq!(names(&t, &decls), ["var arr: int[21]"]);
    }

    #[test]
    fn specifier_orders_and_qualifiers() {
        let (t, decls) = parse(
            "long unsigned int long a;
             unsigned b;
             short unsigned c;
             int long long d;
             char unsigned e;
             signed char f;
             long g;
             const char * const volatile h;
             int * restrict __restrict i;
             char const *j;
             void k(const int *const x, int * __restrict__ y);
             __signed__ long l;
             _Bool m;
             bool n;
             int8_t o; uint16_t p; int64_t q; uintptr_t r; ssize_t s;
             int (* const t)(int);
             struct st const *volatile u;
             void v(int w[const 3]);
             size_t const x;",
        );
        assert_eq!(
            names(&t, &decls),
            [
                "var a: unsigned long long",
                "var b: unsigned int",
                "var c: unsigned short",
                "var d: long long",
                "var e: unsigned char",
                "var f: signed char",
                "var g: long",
                "var h: char *",
                "var i: int *",
                "var j: char *",
                "func k: void(int *, int *)",
                "var l: long",
                "var m: _Bool",
                "var n: _Bool",
                "var o: signed char",
                "var p: unsigned short",
                "var q: long",
                "var r: unsigned long",
                "var s: long",
                "var t: int(*)(int)",
                "var u: struct st *",
                "func v: void(int *)",
                "var x: unsigned long",
            ]
        );
    }

    #[test]
    fn type_strings() {
        let (mut t, _) = parse("struct point { double x, y; }; typedef struct rk_state_ rk_state;");
        let expect = [
            ("int *", "int *"),
            ("struct point *", "struct point *"),
            ("double[]", "double[]"),
            ("int[10]", "int[10]"),
            ("int[][3]", "int[][3]"),
            ("int(const void *, const void *)", "int(void *, void *)"),
            ("int(*)(int)", "int(*)(int)"),
            ("int (*)[4]", "int(*)[4]"),
            ("void(*[2])(void)", "void(*[2])()"),
            ("intptr_t", "long"),
            ("char *", "char *"),
            ("rk_state *", "rk_state *"),
            ("unsigned", "unsigned int"),
            ("const char * const", "char *"),
        ];
        for (src, name) in expect {
            let id = ty(&mut t, src);
            assert_eq!(t.name(id), name, "{src}");
        }
        let (int10, open, func) = (
            ty(&mut t, "int[10]"),
            ty(&mut t, "double[]"),
            ty(&mut t, "int(int)"),
        );
        assert_eq!((t.size(int10), t.size(open)), (Some(40), None));
        assert!(matches!(t.get(func), CType::Func(_)));
        assert_eq!(ty(&mut t, "int *"), t.pointer(CTypeId::INT));
    }

    #[test]
    fn identical_redefinitions_are_accepted() {
        let header = "typedef struct { int x; struct { char c; } in[2]; } T, *PT;
                      struct s { union { int i; float f; }; T t; };
                      enum e { A, B = 4 };
                      typedef int (*cb)(int);
                      #define N 3";
        let mut t = CTypes::new();
        cdef(&mut t, header).unwrap();
        let before = (t.typedef("T"), t.typedef("PT"), t.tag("s"), t.tag("e"));
        cdef(&mut t, header).unwrap();
        assert_eq!(
            before,
            (t.typedef("T"), t.typedef("PT"), t.tag("s"), t.tag("e"))
        );
    }

    #[track_caller]
    fn check_error(src: &str, offset: usize, msg: &str) {
        let mut t = CTypes::new();
        let e = cdef(&mut t, src).expect_err(src);
        assert_eq!((e.offset, e.msg.as_str()), (offset, msg), "{src}");
    }

    #[test]
    fn errors() {
        let cases: &[(&str, usize, &str)] = &[
            ("foo x;", 0, "unknown type name 'foo'"),
            ("int x", 5, "expected ';' at end of input"),
            ("int x int y;", 6, "expected ';' before 'int'"),
            ("int;", 3, "declaration does not declare anything"),
            ("int *;", 5, "expected identifier or '(' before ';'"),
            ("int f(int;", 9, "expected ')' before ';'"),
            ("*x;", 0, "expected a type before '*'"),
            (
                "#include <stdio.h>",
                1,
                "'#include' is not supported: cdef takes declarations and '#define NAME value' only",
            ),
            ("int x; #define N 1", 7, "stray '#' in program"),
            (
                "#define F(x) x",
                9,
                "function-like macro 'F' is not supported in cdef",
            ),
            (
                "#define REAL double",
                8,
                "macro 'REAL' is not an integer constant: cdef's #define takes integer constants only",
            ),
            (
                "#define X ...",
                10,
                "'#define X ...' is not supported: rumba needs the value of 'X'",
            ),
            ("#define X 1 2", 12, "unexpected '2' after the value of macro 'X'"),
            ("#define X (1 +\nint x;", 14, "expected expression at end of line"),
            ("#define X 1.5", 10, "floating-point constants are not supported"),
            ("#define X 08", 10, "invalid digit '8' in octal constant"),
            ("#define X 1lL", 10, "invalid suffix 'lL' on integer constant"),
            ("#define X 99999999999999999999", 10, "integer constant is too large"),
            ("#define X 1 << 32", 12, "shift count 32 is out of range for type 'int'"),
            ("#define X 1 / (2 - 2)", 12, "division by zero in constant expression"),
            ("#define X Y", 10, "use of undeclared identifier 'Y'"),
            ("#define X 1\n#define X 2", 20, "redefinition of 'X' with a different value"),
            (
                "struct s { int a; ...; };",
                18,
                "struct 's' has '...' members: rumba needs the full layout of a struct",
            ),
            (
                "typedef struct { ...; } t;",
                17,
                "anonymous struct has '...' members: rumba needs the full layout of a struct",
            ),
            (
                "enum e { A, ... };",
                12,
                "enum 'e' has '...': rumba needs the values of all enumerators",
            ),
            (
                "int a[...];",
                6,
                "array length '...' is not supported: rumba needs the length of every array",
            ),
            ("struct s { int a : 3; };", 17, "bit-fields are not supported (field 'a')"),
            ("long double x;", 0, "'long double' is not supported"),
            ("double _Complex z;", 7, "'_Complex' is not supported in cdef"),
            (
                "int f(void) __attribute__((pure));",
                12,
                "'__attribute__' is not supported in cdef",
            ),
            (
                "static int f(int x) { return x; }",
                0,
                "'static' is not supported in cdef: declare what the library exports",
            ),
            (
                "inline int f(int);",
                0,
                "'inline' functions are not supported in cdef: declare the prototype only",
            ),
            (
                "int f(int x) { return x; }",
                13,
                "function definitions are not supported in cdef: declare the prototype only",
            ),
            ("int x = 3;", 6, "initializers are not supported in cdef"),
            ("int a[-1];", 6, "size of array is negative"),
            ("int a[N];", 6, "use of undeclared identifier 'N'"),
            ("void f(void, int);", 7, "'void' must be the only parameter"),
            ("void f(int, void);", 12, "'void' must be the only parameter"),
            ("void x;", 5, "variable 'x' has incomplete type 'void'"),
            ("int f(int)[3];", 5, "function cannot return array type 'int[3]'"),
            ("int a[2](int);", 5, "array of functions is not allowed"),
            ("void a[2];", 6, "array has incomplete element type 'void'"),
            ("struct a { struct a x; };", 20, "field 'x' has incomplete type 'struct a'"),
            ("struct a { int x; int x; };", 22, "duplicate member 'x'"),
            ("struct a { int f(int); };", 15, "field 'f' declared as a function"),
            ("struct a { int n; int d[]; int m; };", 31, "flexible array member 'd' is not at the end of the struct"),
            ("struct a { int; };", 14, "declaration does not declare anything"),
            ("struct a { typedef int t; };", 11, "storage class 'typedef' is not allowed here"),
            ("struct a { int x; }", 19, "expected ';' at end of input"),
            ("struct a { int x;", 17, "expected '}' at end of input"),
            ("struct s; union s;", 16, "use of 's' with tag type that does not match previous declaration"),
            (
                "struct s { int x; }; struct s { long x; };",
                28,
                "redefinition of 'struct s'",
            ),
            ("enum e { A }; enum e { B };", 19, "redefinition of 'enum e'"),
            ("enum e { };", 9, "expected identifier before '}'"),
            ("enum { A = 0xffffffffffffffff, B };", 31, "enumerator value for 'B' is too large"),
            ("enum { A = -1, B = 0xffffffffffffffff };", 5, "the values of 'enum <anonymous>' do not fit in one integer type"),
            (
                "typedef int T; typedef long T;",
                28,
                "typedef redefinition with different types ('long' vs 'int')",
            ),
            ("typedef int T; enum { T };", 22, "redefinition of 'T' as a different kind of symbol"),
            ("int long long long x;", 14, "'long long long' is too long"),
            ("unsigned signed x;", 9, "both 'signed' and 'unsigned' in declaration specifiers"),
            ("int float x;", 4, "two or more data types in declaration specifiers"),
            ("short long x;", 6, "both 'long' and 'short' in declaration specifiers"),
            ("long char x;", 5, "both 'long' and 'char' in declaration specifiers"),
            ("int short short x;", 10, "duplicate 'short'"),
            ("size_t int x;", 7, "two or more data types in declaration specifiers"),
            ("int struct s x;", 4, "two or more data types in declaration specifiers"),
            ("typedef typedef int x;", 8, "duplicate 'typedef'"),
            ("int int;", 4, "two or more data types in declaration specifiers"),
            ("register int x;", 0, "storage class 'register' is not allowed here"),
            ("int f(x);", 6, "unknown type name 'x'"),
            ("/* open", 0, "unterminated comment"),
            ("int @;", 4, "stray '@' in program"),
            ("int \u{e9};", 4, "stray '\u{e9}' in program"),
            ("#define S \"x\"", 10, "string literals are not supported in cdef"),
            ("enum { A = 'ab' };", 11, "missing terminating ' character"),
            ("int sizeof;", 4, "'sizeof' is not supported in cdef"),
        ];
        for &(src, offset, msg) in cases {
            check_error(src, offset, msg);
        }
    }

    #[test]
    fn type_string_errors() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 0, "expected a type at end of input"),
            ("int x", 4, "unexpected identifier 'x' in type name"),
            ("int)", 3, "unexpected ')' after type name"),
            ("rk_state *", 0, "unknown type name 'rk_state'"),
            ("int[3][]", 3, "array has incomplete element type 'int[]'"),
            (
                "typedef int",
                0,
                "storage class 'typedef' is not allowed here",
            ),
            ("#define X 1\nint", 0, "stray '#' in program"),
            ("struct", 6, "expected identifier or '{' at end of input"),
        ];
        for &(src, offset, msg) in cases {
            let e = parse_type(&mut CTypes::new(), src).expect_err(src);
            assert_eq!((e.offset, e.msg.as_str()), (offset, msg), "{src}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = |open: &str, mid: &str, close: &str, n: usize| {
            format!("{}{mid}{}", open.repeat(n), close.repeat(n))
        };
        let limit = format!("nesting deeper than {MAX_DEPTH} levels");
        let inputs = [
            format!("int {};", deep("(", "x", ")", 100_000)),
            format!("int {};", deep("(*", "x", ")", 100_000)),
            format!("#define X {}", deep("(", "1", ")", 100_000)),
            format!("#define X {}1", "-".repeat(100_000)),
            format!("#define X {}", deep("1 ? ", "1", " : 1", 100_000)),
            format!("struct a {};", deep("{ struct ", "", "}; ", 100_000)),
            format!("void f({});", deep("void (*)(", "", ")", 100_000)),
        ];
        for src in &inputs {
            let e = cdef(&mut CTypes::new(), src).expect_err(&src[..40]);
            assert_eq!(e.msg, limit, "{}", &src[..40]);
        }
        // Long chains that need no recursion are fine, and so are function
        // types nested through typedefs.
        let mut chain = String::from("typedef void F0(void);");
        for i in 1..10_000 {
            chain += &format!("typedef void F{i}(F{}*);", i - 1);
        }
        let mut t = CTypes::new();
        cdef(&mut t, &chain).unwrap();
        let f = t.typedef("F9999").unwrap();
        assert!(t.name(f).starts_with("void(void(*)(void(*)("));
        let stars = format!(
            "int {}p; int a{};",
            "*".repeat(10_000),
            "[1]".repeat(10_000)
        );
        cdef(&mut t, &stars).unwrap();
        let a = ty(&mut t, "int[1][2]");
        assert_eq!(t.name(a), "int[1][2]");
    }

    /// Mutates valid declarations at random (deterministically) and feeds
    /// random bytes: the parser must return, Ok or Err, without panicking.
    #[test]
    fn fuzz() {
        let seeds = [
            "typedef struct rk_state_ { unsigned long key[624]; int pos; } rk_state;
             double rk_gamma(rk_state *state, double shape, double scale);",
            "struct s { char c; union { int i; double d; }; short s[3]; } *p, q;",
            "#define N (1 << 4)\nenum e { A = N, B = A + 1, C = -1 };\nint arr[N][2];",
            "void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
             int (*(*fp)(int))(double); int printf(const char *, ...);",
            "typedef int (*cb)(int); struct node; struct node { struct node *next; cb f; };",
        ];
        #[rustfmt::skip]
        let pieces = [
            "(", ")", "[", "]", "{", "}", ";", ",", "*", "...", "struct ", "union ", "enum ",
            "int ", "void ", "long ", "const ", "typedef ", "#define X ", "\n", "/*", "*/",
            "//", "'", "0x", "1<<", "-", "?", ":", "=", "x", "9999999999999999999999",
            "\\\n", "#", "\u{e9}",
        ];
        let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let check = |src: &str| {
            let mut t = CTypes::new();
            for result in [
                cdef(&mut t, src).map(drop),
                parse_type(&mut t, src).map(drop),
            ] {
                if let Err(e) = result {
                    assert!(e.offset <= src.len(), "{src:?}: {e:?}");
                }
            }
        };
        for _ in 0..20_000 {
            let mut src = seeds[next(seeds.len())].as_bytes().to_vec();
            for _ in 0..1 + next(4) {
                let at = next(src.len() + 1);
                match next(5) {
                    0 => {
                        let end = (at + next(8)).min(src.len());
                        src.drain(at..end);
                    }
                    1 => src.insert(at, next(256) as u8),
                    2 => {
                        let other = seeds[next(seeds.len())].as_bytes();
                        let from = next(other.len());
                        let chunk = &other[from..(from + next(40)).min(other.len())];
                        src.splice(at..at, chunk.iter().copied());
                    }
                    _ => {
                        let piece = pieces[next(pieces.len())].bytes();
                        src.splice(at..at, piece);
                    }
                }
            }
            check(&String::from_utf8_lossy(&src));
        }
        for _ in 0..2_000 {
            let bytes: Vec<u8> = (0..next(64)).map(|_| next(128) as u8).collect();
            check(&String::from_utf8_lossy(&bytes));
        }
    }
}
