//! Python's format-spec mini-language (`format(v, spec)`, f-string fields),
//! following CPython 3.11's `Python/formatter_unicode.c` step by step so
//! that results and error messages agree.

use super::float::{complex_repr, double_to_string, float_repr, DtsFlags};
use super::numpy::Scalar;
use super::FormatError;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Copy)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    width: Option<usize>,
    /// `,` or `_`.
    grouping: Option<char>,
    precision: Option<usize>,
    ty: char,
}

fn value_error(msg: impl Into<String>) -> FormatError {
    FormatError::new("ValueError", msg)
}

/// Renders a presentation type for messages as CPython does: `'x'`, or
/// `'\x1'` outside printable ASCII.
fn code_repr(c: char) -> String {
    if ('!'..='\x7f').contains(&c) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_repr(ty)
    ))
}

/// Reads a decimal integer at `chars[*pos..]`; `None` when there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<u64>, FormatError> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(d)))
            .filter(|&a| a <= i64::MAX as u64)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

impl Spec {
    fn parse(
        spec: &str,
        default_type: char,
        default_align: char,
        type_name: &str,
    ) -> Result<Spec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut s = Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alt: false,
            width: None,
            grouping: None,
            precision: None,
            ty: default_type,
        };
        let mut pos = 0;
        let (mut fill_given, mut align_given) = (false, false);
        if chars.len() >= 2 && is_align(chars[1]) {
            (s.fill, s.align) = (chars[0], chars[1]);
            (fill_given, align_given) = (true, true);
            pos = 2;
        } else if chars.first().is_some_and(|&c| is_align(c)) {
            s.align = chars[0];
            align_given = true;
            pos = 1;
        }
        let at = |pos: usize, c: char| chars.get(pos) == Some(&c);
        if let Some(&c) = chars.get(pos).filter(|&&c| matches!(c, '+' | '-' | ' ')) {
            s.sign = Some(c);
            pos += 1;
        }
        if at(pos, 'z') {
            s.no_neg_0 = true;
            pos += 1;
        }
        if at(pos, '#') {
            s.alt = true;
            pos += 1;
        }
        // A leading 0 means zero fill, sign-aware for right-aligned types.
        if !fill_given && at(pos, '0') {
            s.fill = '0';
            if !align_given && default_align == '>' {
                s.align = '=';
            }
            pos += 1;
        }
        s.width = get_integer(&chars, &mut pos)?
            .map(super::alloc_len)
            .transpose()?;
        if at(pos, ',') {
            s.grouping = Some(',');
            pos += 1;
        }
        if at(pos, '_') {
            if s.grouping.is_some() {
                return Err(value_error("Cannot specify both ',' and '_'."));
            }
            s.grouping = Some('_');
            pos += 1;
        }
        if at(pos, ',') && s.grouping == Some('_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        if at(pos, '.') {
            pos += 1;
            let p = get_integer(&chars, &mut pos)?
                .ok_or_else(|| value_error("Format specifier missing precision"))?;
            s.precision = Some(usize::try_from(p).unwrap_or(usize::MAX));
        }
        match chars.len() - pos {
            0 => {}
            1 => s.ty = chars[pos],
            _ => {
                return Err(value_error(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )))
            }
        }
        if let Some(sep) = s.grouping {
            let ok = match s.ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
                'b' | 'o' | 'x' | 'X' => sep == '_',
                _ => false,
            };
            if !ok {
                return Err(value_error(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    code_repr(s.ty)
                )));
            }
        }
        Ok(s)
    }

    /// Digits per group and separator for the integer part of a number.
    fn grouping_for(&self) -> Option<(usize, char)> {
        match (self.grouping, self.ty) {
            (Some('_'), 'b' | 'o' | 'x' | 'X') => Some((4, '_')),
            (Some(sep), _) => Some((3, sep)),
            (None, _) => None,
        }
    }

    /// Pads `body` to the width as the alignment says (strings, complex).
    fn pad(&self, body: &str) -> String {
        let padding = self.width.unwrap_or(0).saturating_sub(body.chars().count());
        let left = match self.align {
            '>' => padding,
            '^' => padding / 2,
            _ => 0,
        };
        let mut out = String::with_capacity(body.len() + padding);
        out.extend(std::iter::repeat_n(self.fill, left));
        out.push_str(body);
        out.extend(std::iter::repeat_n(self.fill, padding - left));
        out
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: `digits` with separators,
/// left-filled with zeros to at least `min_width` characters. The zero fill
/// is grouped too, and when a separator would lead, a zero goes before it:
/// `format(1, '04,')` is `0,001`.
fn group_digits(digits: &str, min_width: isize, group: Option<(usize, char)>) -> String {
    let Some((size, sep)) = group else {
        let zeros = min_width.max(0) as usize;
        return "0".repeat(zeros.saturating_sub(digits.len())) + digits;
    };
    // Groups are cut from the right; once the digits run out, zero groups
    // continue until min_width is covered.
    let mut groups = Vec::new();
    let mut rest = digits;
    let mut min_width = min_width.max(0);
    loop {
        let len = size.min(rest.len().max(min_width.max(0) as usize).max(1));
        let take = rest.len().min(len);
        let (head, tail) = rest.split_at(rest.len() - take);
        groups.push("0".repeat(len - take) + tail);
        rest = head;
        min_width -= len as isize;
        if rest.is_empty() && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// A number split as CPython's `parse_number` sees it.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// The integer digits, which grouping and zero fill apply to.
    digits: &'a str,
    /// Everything after them: `.frac`, the exponent, `%`, or `inf`/`nan`.
    rest: &'a str,
}

impl<'a> Number<'a> {
    /// Splits a float rendering such as `-1234.5e+07` or `inf`.
    fn parse(s: &'a str) -> Number<'a> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        Number {
            negative,
            prefix: "",
            digits: &body[..n],
            rest: &body[n..],
        }
    }
}

/// CPython's `calc_number_widths` + `fill_number`: sign, prefix, padding and
/// grouped digits in the order the alignment asks for.
fn layout_number(spec: &Spec, n: &Number, group: Option<(usize, char)>) -> String {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let fixed = usize::from(sign.is_some()) + n.prefix.len() + n.rest.chars().count();
    let width = spec.width.unwrap_or(0);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width as isize - fixed as isize
    } else {
        0
    };
    // Only 'c' and non-finite floats lack digits; they get no zero run.
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, group)
    };
    let padding = width.saturating_sub(fixed + grouped.len());
    let (left, inner, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend(sign);
    out.push_str(n.prefix);
    out.extend(std::iter::repeat_n(spec.fill, inner));
    out.push_str(&grouped);
    out.push_str(n.rest);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

/// `format(v, spec)` for an int (int8..uint64 values fit in i128).
pub fn format_int(v: i128, spec: &str) -> Result<String, FormatError> {
    format_integer(v, spec, "int")
}

/// `format(b, spec)` for a bool: `True` for an empty spec, else as the int.
pub fn format_bool(b: bool, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.into());
    }
    format_integer(i128::from(b), spec, "bool")
}

fn format_integer(v: i128, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = Spec::parse(spec, 'd', '>', type_name)?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &s),
        // Python converts with correct rounding, as `as` does.
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(v as f64, &s),
        ty => Err(unknown_code(ty, type_name)),
    }
}

fn format_long(v: i128, s: &Spec) -> Result<String, FormatError> {
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let mag = v.unsigned_abs();
    let (digits, prefix) = match s.ty {
        'c' => {
            if s.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alt {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            if i64::try_from(v).is_err() {
                return Err(FormatError::new(
                    "OverflowError",
                    "Python int too large to convert to C long",
                ));
            }
            if !(0..=0x10ffff).contains(&v) {
                return Err(FormatError::new(
                    "OverflowError",
                    "%c arg not in range(0x110000)",
                ));
            }
            // Lone surrogates have no Rust char; they print as U+FFFD.
            let c = char::from_u32(v as u32).unwrap_or('\u{fffd}');
            let body = c.to_string();
            let n = Number {
                negative: false,
                prefix: "",
                digits: "",
                rest: &body,
            };
            return Ok(layout_number(s, &n, None));
        }
        'b' => (format!("{mag:b}"), "0b"),
        'o' => (format!("{mag:o}"), "0o"),
        'x' => (format!("{mag:x}"), "0x"),
        'X' => (format!("{mag:X}"), "0X"),
        _ => (mag.to_string(), ""),
    };
    let n = Number {
        negative: v < 0,
        prefix: if s.alt { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    Ok(layout_number(s, &n, s.grouping_for()))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let s = Spec::parse(spec, '\0', '>', "float")?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(x, &s),
        ty => Err(unknown_code(ty, "float")),
    }
}

/// The float rendering CPython picks for a spec: `(code, precision, flags)`.
fn float_mode(s: &Spec, add_dot_0_default: bool) -> Result<(u8, usize, DtsFlags), FormatError> {
    let precision = s.precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: s.alt,
        no_neg_0: s.no_neg_0,
        ..DtsFlags::default()
    };
    let code = match s.ty {
        // No type: repr, or 'g' when a precision is given.
        '\0' => {
            flags.add_dot_0 = add_dot_0_default;
            if s.precision.is_some() {
                b'g'
            } else {
                b'r'
            }
        }
        'n' => b'g',
        '%' => b'f',
        c => c as u8,
    };
    Ok((code, precision, flags))
}

fn format_float_spec(x: f64, s: &Spec) -> Result<String, FormatError> {
    let (code, precision, flags) = float_mode(s, true)?;
    let percent = s.ty == '%';
    let mut text = double_to_string(if percent { x * 100.0 } else { x }, code, precision, flags);
    if percent {
        text.push('%');
    }
    Ok(layout_number(s, &Number::parse(&text), s.grouping_for()))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let s = Spec::parse(spec, '\0', '>', "complex")?;
    if !matches!(s.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(s.ty, "complex"));
    }
    if s.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == '=' {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, flags) = float_mode(&s, false)?;
    // Like str(z) without a type: a +0.0 real part is dropped, else parens.
    let bare = s.ty == '\0';
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    // The parts are laid out unpadded; the whole is padded at the end.
    let part = |x: f64, sign: Option<char>| {
        let text = double_to_string(x, code, precision, flags);
        let unpadded = Spec {
            fill: ' ',
            align: '<',
            sign,
            width: None,
            ..s
        };
        layout_number(&unpadded, &Number::parse(&text), s.grouping_for())
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, s.sign));
    }
    body.push_str(&part(im, if skip_re { s.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(s.pad(&body))
}

/// `format(x, spec)` for a numpy scalar. numpy formats through the Python
/// type the scalar converts to, so a float32 prints as the double it widens
/// to: `format(np.float32(0.1), '')` is `0.10000000149011612`, unlike its str.
pub fn format_scalar(x: Scalar, spec: &str) -> Result<String, FormatError> {
    match x {
        Scalar::Bool(b) => format_bool(b, spec),
        Scalar::Int(v) => format_int(i128::from(v), spec),
        Scalar::UInt(v) => format_int(i128::from(v), spec),
        Scalar::F32(v) => format_float(f64::from(v), spec),
        Scalar::F64(v) => format_float(v, spec),
        Scalar::C64(re, im) => format_complex(f64::from(re), f64::from(im), spec),
        Scalar::C128(re, im) => format_complex(re, im, spec),
        Scalar::Bytes(t) => format_str(&super::numpy::scalar_str(Scalar::Bytes(t)), spec),
        Scalar::Str(t) => format_str(&t, spec),
    }
}

/// `format(v, spec)` for a str.
pub fn format_str(v: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.into());
    }
    let s = Spec::parse(spec, 's', '<', "str")?;
    if s.ty != 's' {
        return Err(unknown_code(s.ty, "str"));
    }
    match s.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    Ok(match s.precision {
        Some(p) => s.pad(&v.chars().take(p).collect::<String>()),
        None => s.pad(v),
    })
}
