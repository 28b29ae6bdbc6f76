//! Decimal digits of binary floats, and CPython's float-to-text layouts.
//!
//! Digit generation is delegated to Rust's float formatting, which is exact:
//! `{:e}` yields the shortest digits that round-trip, `{:.N}` and `{:.Ne}`
//! round the exact binary value half to even. Those are the digits CPython's
//! dtoa and numpy's Dragon4 produce (once ties between shortest candidates
//! are settled their way, see [`closest`]), so this module mostly re-lays
//! them out.

/// Decimal digits of a finite magnitude in dtoa's convention:
/// value = 0.DIGITS × 10^decpt. `digits` is never empty and has no leading
/// zeros unless the value is zero (then it is "0" and decpt is 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: String,
    pub decpt: i32,
}

impl Digits {
    pub fn is_zero(&self) -> bool {
        self.digits.bytes().all(|d| d == b'0')
    }

    /// Parses Rust's `d.ddde±x` output.
    fn from_exp(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        Digits {
            digits: mant.replace('.', ""),
            decpt: exp + 1,
        }
    }

    /// Parses Rust's positional `ddd.ddd` output.
    fn from_fixed(s: &str) -> Digits {
        let int_len = s.find('.').unwrap_or(s.len());
        let all = s.replace('.', "");
        match all.find(|c| c != '0') {
            Some(lead) => Digits {
                digits: all[lead..].to_string(),
                decpt: int_len as i32 - lead as i32,
            },
            None => Digits {
                digits: "0".into(),
                decpt: 1,
            },
        }
    }

    /// Drops trailing zeros, keeping at least one digit.
    pub fn trim(mut self) -> Digits {
        while self.digits.len() > 1 && self.digits.ends_with('0') {
            self.digits.pop();
        }
        if self.is_zero() {
            self.decpt = 1;
        }
        self
    }

    /// Number of digits after the decimal point in positional notation.
    pub fn frac_len(&self) -> usize {
        (self.digits.len() as i32 - self.decpt).max(0) as usize
    }
}

/// Shortest round-trip digits of |x| as a double; of the candidates, the
/// closest to x, ties to even.
pub(crate) fn shortest(x: f64) -> Digits {
    let d = Digits::from_exp(&format!("{:e}", x.abs()));
    closest(x, d, |s| s.parse::<f64>() == Ok(x.abs()))
}

/// Shortest round-trip digits of |x| as a single, chosen as [`shortest`].
pub(crate) fn shortest_f32(x: f32) -> Digits {
    let d = Digits::from_exp(&format!("{:e}", x.abs()));
    closest(f64::from(x), d, |s| s.parse::<f32>() == Ok(x.abs()))
}

/// Rust breaks a tie between two shortest candidates upwards; dtoa and
/// Dragon4 take the correctly rounded one (ties to even) when it also
/// round-trips.
fn closest(x: f64, d: Digits, round_trips: impl Fn(&str) -> bool) -> Digits {
    let text = format!("{:.*e}", d.digits.len() - 1, x.abs());
    let e = Digits::from_exp(&text);
    if e != d && round_trips(&text) {
        e
    } else {
        d
    }
}

/// A double has at most 767 significant decimal digits and 1074 after the
/// point; asking for more only appends zeros, which the layouts pad back.
/// Rust's formatter rejects precisions over u16::MAX, so requests are capped.
const MAX_SIG: usize = 800;
const MAX_FRAC: usize = 1100;

/// |x| correctly rounded to `n` >= 1 significant digits (trailing zeros kept,
/// up to MAX_SIG digits).
pub(crate) fn exact_sig(x: f64, n: usize) -> Digits {
    Digits::from_exp(&format!("{:.*e}", n.min(MAX_SIG) - 1, x.abs()))
}

/// |x| correctly rounded to `n` digits after the decimal point (trailing
/// zeros kept, up to MAX_FRAC digits).
pub(crate) fn exact_frac(x: f64, n: usize) -> Digits {
    Digits::from_fixed(&format!("{:.*}", n.min(MAX_FRAC), x.abs()))
}

/// Flags of CPython's `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
pub(crate) struct DtsFlags {
    /// Always write a sign.
    pub sign: bool,
    /// Append ".0" to results that look like integers.
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point and ('g') trailing zeros.
    pub alt: bool,
    /// Drop the sign of a result that rounded to zero (`z`).
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`, code being
/// one of `eEfFgGr`.
pub(crate) fn double_to_string(x: f64, code: u8, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a nan is never shown.
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    // 'g' with precision 0 means 1, as in C.
    let precision = if code == b'g' {
        precision.max(1)
    } else {
        precision
    };
    let d = match code {
        b'e' => exact_sig(x, precision + 1),
        b'f' => exact_frac(x, precision),
        b'g' => exact_sig(x, precision).trim(),
        _ => shortest(x),
    };
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && d.is_zero());
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let p = precision as i32;
    let mut decpt = d.decpt;
    let mut vend = d.digits.len() as i32;
    let use_exp = match code {
        b'e' => {
            vend = p + 1;
            true
        }
        b'f' => {
            vend = decpt + p;
            false
        }
        b'g' => {
            if flags.alt {
                vend = p;
            }
            decpt <= -4 || decpt > if flags.add_dot_0 { p - 1 } else { p }
        }
        // repr switches to exponent notation at 1e16.
        _ => decpt <= -4 || decpt > 16,
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    });
    let digits = d.digits.as_str();
    let len = digits.len() as i32;
    let zeros = |out: &mut String, n: i32| out.extend((0..n).map(|_| '0'));
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
        out.push_str(digits);
    } else if decpt <= len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if len < decpt {
        zeros(&mut out, decpt - len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        push_exponent(&mut out, exp, 2);
    }
    out
}

/// Writes `±dd`: the sign, then at least `min_digits` digits.
pub(crate) fn push_exponent(out: &mut String, exp: i32, min_digits: usize) {
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:0w$}", exp.unsigned_abs(), w = min_digits));
}

/// Python's `repr(x)` (and `str(x)`) of a float: `0.1`, `1.0`, `1e+16`,
/// `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    double_to_string(x, b'r', 0, flags)
}

/// Python's `repr(complex(re, im))`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64, sign: bool| {
        double_to_string(
            x,
            b'r',
            0,
            DtsFlags {
                sign,
                ..DtsFlags::default()
            },
        )
    };
    // A real part of +0.0 is omitted; -0.0 is not, so the value round-trips.
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

/// numpy's `str(np.float32(x))`: shortest digits that round-trip as a single,
/// positional from 1e-4 up to 1e6 (`0.1`, `3.0`, `999999.0`), scientific
/// outside (`1e+06`, `1.5e-07`, `1e-04` as float32(1e-4) is just below it).
pub fn float32_str(x: f32) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let d = shortest_f32(x);
    let a = f64::from(x.abs());
    // numpy switches at 10**precision, float32 having 6 decimal digits.
    if a == 0.0 || (1e-4..1e6).contains(&a) {
        push_positional(&mut out, &d);
        if d.frac_len() == 0 {
            out.push('0');
        }
    } else {
        push_mantissa(&mut out, &d);
        if out.ends_with('.') {
            out.pop();
        }
        out.push('e');
        push_exponent(&mut out, d.decpt - 1, 2);
    }
    out
}

/// Writes `int.frac` with every digit of `d` (`12.5`, `0.001`, `100.`).
pub(crate) fn push_positional(out: &mut String, d: &Digits) {
    let digits = d.digits.as_str();
    if d.decpt <= 0 {
        out.push_str("0.");
        out.extend((0..-d.decpt).map(|_| '0'));
        out.push_str(digits);
    } else if d.decpt as usize >= digits.len() {
        out.push_str(digits);
        out.extend((digits.len()..d.decpt as usize).map(|_| '0'));
        out.push('.');
    } else {
        out.push_str(&digits[..d.decpt as usize]);
        out.push('.');
        out.push_str(&digits[d.decpt as usize..]);
    }
}

/// Writes the mantissa `d.ddd` of scientific notation (`1.` for one digit).
pub(crate) fn push_mantissa(out: &mut String, d: &Digits) {
    out.push_str(&d.digits[..1]);
    out.push('.');
    out.push_str(&d.digits[1..]);
}
