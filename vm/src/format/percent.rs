//! printf-style formatting (`fmt % args`), after CPython 3.11's
//! `PyUnicode_Format`.

use super::float::{complex_repr, double_to_string, float_repr, DtsFlags};
use super::numpy::{scalar_repr, scalar_str, Scalar, ScalarType};
use super::{str_ascii, str_repr, FormatError};

/// A value on the right of `%`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Bool(bool),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
    Str(&'a str),
    /// A numpy scalar (`np.float32(x)`, an element read from an array); its
    /// str, repr and conversions follow numpy's. `value`'s variant matches
    /// the type's kind.
    Np(ScalarType, Scalar),
    /// An object already shown as its conversion (`%s`, `%r`) wants: an
    /// array's text.
    Text(&'a str),
}

/// A width or precision: absent, literal, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    None,
    Fixed(usize),
    Star,
}

/// One conversion such as `%-08.3f`, its width and precision resolved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ConvSpec {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for the sign of non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero fill for numbers.
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The conversion character; only `diouxXeEfFgGcrsa` are valid.
    pub conv: char,
    /// Character index of `conv` in the format string, for messages.
    pub index: usize,
}

/// The conversion character each argument of `fmt % args` meets, in order
/// (`d` for an argument a `*` width or precision takes).
pub fn percent_convs(fmt: &str) -> Vec<char> {
    let mut out = Vec::new();
    for p in parse_percent(fmt).unwrap_or_default() {
        if let Piece::Conv {
            spec,
            width,
            precision,
        } = p
        {
            let stars = (width == Count::Star) as usize + (precision == Count::Star) as usize;
            out.extend(std::iter::repeat_n('d', stars));
            out.push(spec.conv);
        }
    }
    out
}

/// A parsed format string: literal text (with `%%` already folded) and
/// conversions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Lit(String),
    /// `spec.width` and `spec.precision` are left unset; `width` and
    /// `precision` say where they come from once the arguments are known.
    Conv {
        spec: ConvSpec,
        width: Count,
        precision: Count,
    },
}

fn type_error(msg: impl Into<String>) -> FormatError {
    FormatError::new("TypeError", msg)
}

fn value_error(msg: impl Into<String>) -> FormatError {
    FormatError::new("ValueError", msg)
}

/// Splits a format string into pieces, failing at the first malformed
/// conversion.
pub fn parse_percent(fmt: &str) -> Result<Vec<Piece>, FormatError> {
    Pieces::new(fmt).collect()
}

/// Lazily parsed pieces: CPython reports a malformed conversion only after
/// formatting everything before it, whose errors come first.
struct Pieces {
    chars: Vec<char>,
    i: usize,
}

impl Pieces {
    fn new(fmt: &str) -> Pieces {
        Pieces {
            chars: fmt.chars().collect(),
            i: 0,
        }
    }

    fn conversion(&mut self) -> Result<Piece, FormatError> {
        let chars = &self.chars;
        let i = &mut self.i;
        if chars.get(*i) == Some(&'(') {
            return Err(type_error("format requires a mapping"));
        }
        let mut spec = ConvSpec::default();
        while let Some(&c) = chars.get(*i) {
            match c {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            *i += 1;
        }
        let width = parse_count(chars, i, i64::MAX as u64, "width too big")?;
        let mut precision = Count::None;
        if chars.get(*i) == Some(&'.') {
            *i += 1;
            precision = match parse_count(chars, i, i32::MAX as u64, "precision too big")? {
                Count::None => Count::Fixed(0),
                c => c,
            };
        }
        // C length modifiers are accepted and ignored.
        if matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
            *i += 1;
        }
        let Some(&conv) = chars.get(*i) else {
            return Err(value_error("incomplete format"));
        };
        spec.conv = conv;
        spec.index = *i;
        *i += 1;
        Ok(Piece::Conv {
            spec,
            width,
            precision,
        })
    }
}

impl Iterator for Pieces {
    type Item = Result<Piece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut lit = String::new();
        while let Some(&c) = self.chars.get(self.i) {
            if c != '%' {
                lit.push(c);
                self.i += 1;
            } else if self.chars.get(self.i + 1) == Some(&'%') {
                lit.push('%');
                self.i += 2;
            } else if lit.is_empty() {
                self.i += 1;
                return Some(self.conversion());
            } else {
                break;
            }
        }
        (!lit.is_empty()).then_some(Ok(Piece::Lit(lit)))
    }
}

fn parse_count(
    chars: &[char],
    i: &mut usize,
    max: u64,
    too_big: &str,
) -> Result<Count, FormatError> {
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        return Ok(Count::Star);
    }
    let mut n: Option<u64> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let v = u128::from(n.unwrap_or(0)) * 10 + u128::from(d);
        if v > u128::from(max) {
            return Err(value_error(too_big));
        }
        n = Some(v as u64);
        *i += 1;
    }
    n.map_or(Ok(Count::None), |n| Ok(Count::Fixed(super::alloc_len(n)?)))
}

/// `fmt % args`. A single non-tuple operand is a one-element slice.
pub fn percent_format(fmt: &str, args: &[Arg]) -> Result<String, FormatError> {
    let mut next = args.iter();
    let mut take = || {
        next.next()
            .ok_or_else(|| type_error("not enough arguments for format string"))
    };
    let mut out = String::new();
    for piece in Pieces::new(fmt) {
        let (mut spec, width, precision) = match piece? {
            Piece::Lit(s) => {
                out.push_str(&s);
                continue;
            }
            Piece::Conv {
                spec,
                width,
                precision,
            } => (spec, width, precision),
        };
        match width {
            Count::Star => {
                let w = star_int(take()?, "ssize_t")?;
                spec.left |= w < 0;
                // CPython negates a negative width in C; the most negative
                // one stays negative, which means no padding.
                spec.width = Some(match w.checked_abs() {
                    Some(w) => super::alloc_len(w as u64)?,
                    None => 0,
                });
            }
            Count::Fixed(w) => spec.width = Some(w),
            Count::None => {}
        }
        match precision {
            Count::Star => {
                let p = star_int(take()?, "int")?;
                if i32::try_from(p).is_err() {
                    return Err(FormatError::new(
                        "OverflowError",
                        "Python int too large to convert to C int",
                    ));
                }
                spec.precision = Some(p.max(0) as usize);
            }
            Count::Fixed(p) => spec.precision = Some(p),
            Count::None => {}
        }
        out.push_str(&percent_convert(&spec, take()?)?);
    }
    if next.next().is_some() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The int a `*` takes; `c_type` names the C type it must fit for messages.
fn star_int(arg: &Arg, c_type: &str) -> Result<i64, FormatError> {
    match *arg {
        Arg::Int(v) => i64::try_from(v).map_err(|_| {
            FormatError::new(
                "OverflowError",
                format!("Python int too large to convert to C {c_type}"),
            )
        }),
        Arg::Bool(b) => Ok(i64::from(b)),
        _ => Err(type_error("* wants int")),
    }
}

/// Python's type name of an argument, as error messages print it.
fn type_name(arg: &Arg) -> String {
    match arg {
        Arg::Bool(_) => "bool".into(),
        Arg::Int(_) => "int".into(),
        Arg::Float(_) => "float".into(),
        Arg::Complex(..) => "complex".into(),
        Arg::Str(_) => "str".into(),
        Arg::Np(ty, _) => format!("numpy.{}", ty.name()),
        Arg::Text(_) => "numpy.ndarray".into(),
    }
}

/// The value as a real number, or `None` for strings. numpy complex
/// scalars drop their imaginary part (with a warning numpy prints to
/// stderr); Python complex numbers refuse.
fn as_real(arg: &Arg) -> Option<Real> {
    Some(match *arg {
        Arg::Bool(b) => Real::Int(i128::from(b)),
        Arg::Int(v) => Real::Int(v),
        Arg::Float(x) => Real::Float(x),
        Arg::Np(_, ref s) => match *s {
            Scalar::Bool(b) => Real::Int(i128::from(b)),
            Scalar::Int(v) => Real::Int(i128::from(v)),
            Scalar::UInt(v) => Real::Int(i128::from(v)),
            Scalar::F32(x) | Scalar::C64(x, _) => Real::Float(f64::from(x)),
            Scalar::F64(x) | Scalar::C128(x, _) => Real::Float(x),
            Scalar::Bytes(_) | Scalar::Str(_) => return None,
        },
        Arg::Complex(..) | Arg::Str(_) | Arg::Text(_) => return None,
    })
}

enum Real {
    Int(i128),
    Float(f64),
}

/// The value as an integer through `__index__`: ints, Python bools and
/// numpy integers, not floats or numpy bools.
fn as_index(arg: &Arg) -> Option<i128> {
    match *arg {
        Arg::Bool(b) => Some(i128::from(b)),
        Arg::Int(v) => Some(v),
        Arg::Np(_, Scalar::Int(v)) => Some(i128::from(v)),
        Arg::Np(_, Scalar::UInt(v)) => Some(i128::from(v)),
        _ => None,
    }
}

/// A converted value before padding: numbers keep their sign and `#`
/// prefix apart so zero fill can go between them and the digits.
struct Converted {
    numeric: bool,
    negative: bool,
    prefix: &'static str,
    text: String,
}

impl Converted {
    fn text(text: String) -> Converted {
        Converted {
            numeric: false,
            negative: false,
            prefix: "",
            text,
        }
    }

    fn number(negative: bool, prefix: &'static str, text: String) -> Converted {
        Converted {
            numeric: true,
            negative,
            prefix,
            text,
        }
    }
}

/// Applies one conversion to one argument.
pub fn percent_convert(spec: &ConvSpec, arg: &Arg) -> Result<String, FormatError> {
    let converted = match spec.conv {
        's' => Converted::text(arg_str(arg)),
        'r' => Converted::text(arg_repr(arg)),
        'a' => Converted::text(match arg {
            Arg::Str(s) => str_ascii(s),
            _ => arg_repr(arg),
        }),
        'c' => Converted::text(format_char(arg)?.to_string()),
        'd' | 'i' | 'u' => {
            let (negative, digits) = match as_real(arg) {
                Some(Real::Int(v)) => (v < 0, v.unsigned_abs().to_string()),
                Some(Real::Float(x)) => float_to_int_digits(x)?,
                None => {
                    return Err(type_error(format!(
                        "%{} format: a real number is required, not {}",
                        spec.conv,
                        type_name(arg)
                    )))
                }
            };
            Converted::number(negative, "", zero_extend(digits, spec.precision))
        }
        'o' | 'x' | 'X' => {
            let Some(v) = as_index(arg) else {
                return Err(type_error(format!(
                    "%{} format: an integer is required, not {}",
                    spec.conv,
                    type_name(arg)
                )));
            };
            let mag = v.unsigned_abs();
            let (digits, prefix) = match spec.conv {
                'o' => (format!("{mag:o}"), "0o"),
                'x' => (format!("{mag:x}"), "0x"),
                _ => (format!("{mag:X}"), "0X"),
            };
            let prefix = if spec.alt { prefix } else { "" };
            Converted::number(v < 0, prefix, zero_extend(digits, spec.precision))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match as_real(arg) {
                Some(Real::Int(v)) => v as f64,
                Some(Real::Float(x)) => x,
                None => {
                    return Err(type_error(format!(
                        "must be real number, not {}",
                        type_name(arg)
                    )))
                }
            };
            let flags = DtsFlags {
                alt: spec.alt,
                ..DtsFlags::default()
            };
            let text = double_to_string(x, spec.conv as u8, spec.precision.unwrap_or(6), flags);
            match text.strip_prefix('-') {
                Some(t) => Converted::number(true, "", t.to_string()),
                None => Converted::number(false, "", text),
            }
        }
        c => {
            let shown = if ('\x1f'..='~').contains(&c) { c } else { '?' };
            return Err(value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                c as u32, spec.index
            )));
        }
    };
    Ok(output(spec, converted))
}

/// `int(x)` of a float as (negative, decimal digits): exact, however large.
fn float_to_int_digits(x: f64) -> Result<(bool, String), FormatError> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::new(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    Ok((t < 0.0, format!("{:.0}", t.abs())))
}

/// An integer's precision is its minimum number of digits.
fn zero_extend(digits: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) if p > digits.len() => "0".repeat(p - digits.len()) + &digits,
        _ => digits,
    }
}

fn format_char(arg: &Arg) -> Result<char, FormatError> {
    let code = match *arg {
        Arg::Str(s) => {
            let mut it = s.chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error("%c requires int or char")),
            };
        }
        _ => as_index(arg).ok_or_else(|| type_error("%c requires int or char"))?,
    };
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::new(
            "OverflowError",
            "%c arg not in range(0x110000)",
        ));
    }
    // Lone surrogates have no Rust char; they print as U+FFFD.
    Ok(char::from_u32(code as u32).unwrap_or('\u{fffd}'))
}

fn arg_str(arg: &Arg) -> String {
    match *arg {
        Arg::Bool(b) => if b { "True" } else { "False" }.into(),
        Arg::Int(v) => v.to_string(),
        Arg::Float(x) => float_repr(x),
        Arg::Complex(re, im) => complex_repr(re, im),
        Arg::Str(s) | Arg::Text(s) => s.into(),
        Arg::Np(_, ref s) => scalar_str(s.clone()),
    }
}

fn arg_repr(arg: &Arg) -> String {
    match *arg {
        Arg::Str(s) => str_repr(s),
        Arg::Np(ty, ref s) => scalar_repr(ty, s.clone()),
        Arg::Text(s) => s.into(),
        _ => arg_str(arg),
    }
}

/// Pads a converted value: CPython's `unicode_format_arg_output`. Numbers
/// get a sign from the flags and are zero-filled, with `0`, between the sign
/// and prefix and the digits; strings are truncated to the precision.
fn output(spec: &ConvSpec, c: Converted) -> String {
    let mut text: Vec<char> = c.text.chars().collect();
    if !c.numeric {
        if let (Some(p), 's' | 'r' | 'a') = (spec.precision, spec.conv) {
            text.truncate(p);
        }
    }
    let sign = match c.numeric {
        true if c.negative => Some('-'),
        true if spec.plus => Some('+'),
        true if spec.space => Some(' '),
        _ => None,
    };
    let lead = usize::from(sign.is_some()) + c.prefix.len();
    let padding = spec.width.unwrap_or(0).saturating_sub(lead + text.len());
    let zero_fill = c.numeric && spec.zero && !spec.left;
    let mut out = String::with_capacity(lead + text.len() + padding);
    if !spec.left && !zero_fill {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.extend(sign);
    out.push_str(c.prefix);
    if zero_fill {
        out.extend(std::iter::repeat_n('0', padding));
    }
    out.extend(text);
    if spec.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out
}
