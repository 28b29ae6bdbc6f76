//! Natives behind Python's built-ins: printing and formatting, strings,
//! lists, ranges, numeric helpers and exceptions.

use crate::error::{err, VmError, VmResult};
use crate::format::{self, Arg as PArg};
use crate::interp::Vm;
use crate::lib_math::{self, MathResult};
use crate::native::NativeSite;
use crate::show::{self, to_string};
use crate::types::Type;
use crate::value::{alloc_size, decref, incref, new_str, obj, obj_mut, str_of, ListObj, RecordObj};
use std::rc::Rc;

fn fmt_err(e: format::FormatError) -> VmError {
    VmError::new(e.kind, e.msg)
}

/// Splits argument slots by the site's argument types.
fn split<'a>(site: &'a NativeSite, args: &'a [u64]) -> Vec<(&'a Type, &'a [u64])> {
    let mut out = Vec::with_capacity(site.arg_types.len());
    let mut off = 0;
    for t in &site.arg_types {
        let n = t.slots();
        out.push((t, &args[off..off + n]));
        off += n;
    }
    out
}

// ----------------------------------------------------------------- printing

pub struct PrintAux {
    pub sep: Rc<str>,
    pub end: Rc<str>,
    /// `file=sys.stderr`.
    pub stderr: bool,
}

pub fn print(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &PrintAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let mut s = String::new();
    for (i, (t, v)) in split(site, args).into_iter().enumerate() {
        if i > 0 {
            s.push_str(&aux.sep);
        }
        show::show(vm, t, v, false, &mut s);
    }
    s.push_str(&aux.end);
    if aux.stderr {
        crate::lib_sys::write_stderr(vm, &s);
    } else {
        vm.out.write_str(&s);
    }
    Ok(())
}

pub fn to_str(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(to_string(vm, &site.arg_types[0], args, false));
    Ok(())
}

pub fn to_repr(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(to_string(vm, &site.arg_types[0], args, true));
    Ok(())
}

pub fn to_ascii(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let text = to_string(vm, &site.arg_types[0], args, true);
    // repr with every non-ASCII character escaped.
    let escaped: String = text
        .chars()
        .map(|c| match c as u32 {
            0..=0x7f => c.to_string(),
            n @ 0x80..=0xff => format!("\\x{n:02x}"),
            n @ 0x100..=0xffff => format!("\\u{n:04x}"),
            n => format!("\\U{n:08x}"),
        })
        .collect();
    out[0] = new_str(escaped);
    Ok(())
}

/// `format(value, spec)` for one value of a static type.
pub fn format_one(vm: &Vm, t: &Type, v: &[u64], spec: &str) -> VmResult<String> {
    let s0 = v.first().copied().unwrap_or(0);
    let r = match t {
        Type::Bool | Type::NpBool => format::format_bool(s0 != 0, spec),
        Type::Int(i) if i.signed => format::format_int(s0 as i64 as i128, spec),
        Type::Int(_) => format::format_int(s0 as i128, spec),
        Type::F64 | Type::NpF64 | Type::F32 => format::format_float(f64::from_bits(s0), spec),
        Type::C128 | Type::NpC128 => {
            format::format_complex(f64::from_bits(s0), f64::from_bits(v[1]), spec)
        }
        // SAFETY: a str slot holds a string.
        Type::Str => format::format_str(unsafe { str_of(s0) }, spec),
        // An IntEnum member formats as its int, another as its `str`.
        Type::Enum(en) if en.int => return format_one(vm, &en.value, v, spec),
        Type::Enum(_) => format::format_str(&to_string(vm, t, v, false), spec),
        _ if spec.is_empty() => return Ok(to_string(vm, t, v, false)),
        _ => {
            return err(
                "TypeError",
                format!(
                    "unsupported format string passed to {}.__format__",
                    t.numba_name(&|_| "record".into(), &|_| "pointer".into())
                ),
            )
        }
    };
    r.map_err(fmt_err)
}

pub fn format_value(
    vm: &mut Vm,
    site: &NativeSite,
    spec: &Rc<str>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = new_str(format_one(vm, &site.arg_types[0], args, spec)?);
    Ok(())
}

/// One piece of an f-string.
pub enum FPiece {
    Lit(Rc<str>),
    /// A field: its type, `!r`/`!s`/`!a`, and a constant spec (`None`: the
    /// spec is the next argument, a string formatted at run time).
    Field {
        ty: Type,
        conv: Option<char>,
        spec: Option<Rc<str>>,
    },
}

pub struct FStringAux {
    pub pieces: Vec<FPiece>,
}

pub fn fstring(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &FStringAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let parts = split(site, args);
    let mut next = parts.into_iter();
    let mut s = String::new();
    for p in &aux.pieces {
        match p {
            FPiece::Lit(l) => s.push_str(l),
            FPiece::Field { ty, conv, spec } => {
                let (_, v) = next
                    .next()
                    .ok_or_else(|| VmError::new("SystemError", "f-string arguments"))?;
                let spec: Rc<str> = match spec {
                    Some(sp) => sp.clone(),
                    None => {
                        let (_, sv) = next
                            .next()
                            .ok_or_else(|| VmError::new("SystemError", "f-string arguments"))?;
                        // SAFETY: a dynamic spec is a formatted string.
                        Rc::from(unsafe { str_of(sv[0]) })
                    }
                };
                match conv {
                    Some('r') | Some('a') => {
                        let text = to_string(vm, ty, v, true);
                        s.push_str(&format::format_str(&text, &spec).map_err(fmt_err)?);
                    }
                    Some(_) => {
                        let text = to_string(vm, ty, v, false);
                        s.push_str(&format::format_str(&text, &spec).map_err(fmt_err)?);
                    }
                    None => s.push_str(&format_one(vm, ty, v, &spec)?),
                }
            }
        }
    }
    out[0] = new_str(s);
    Ok(())
}

/// `fmt % args`.
pub fn percent(
    vm: &mut Vm,
    site: &NativeSite,
    fmt: &Rc<str>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let parts = split(site, args);
    let convs = format::percent_convs(fmt);
    let strs: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, (t, v))| match t {
            // SAFETY: a str slot holds a string.
            Type::Str => unsafe { str_of(v[0]) }.to_string(),
            Type::Array(_) | Type::Enum(_) => to_string(vm, t, v, convs.get(i) == Some(&'r')),
            // Typing allows other values only for `%s`: their `str`.
            t if t.dtype().is_none() && !t.is_number() && !t.is_complex() => {
                let mut s = String::new();
                show::show(vm, t, v, false, &mut s);
                s
            }
            _ => String::new(),
        })
        .collect();
    let mut pargs = Vec::new();
    for (i, ((t, v), st)) in parts.iter().zip(&strs).enumerate() {
        let s0 = v.first().copied().unwrap_or(0);
        pargs.push(match t {
            Type::Bool => PArg::Bool(s0 != 0),
            Type::Int(i) if i.py => PArg::Int(s0 as i64 as i128),
            Type::F64 => PArg::Float(f64::from_bits(s0)),
            Type::C128 | Type::NpC128 => PArg::Complex(f64::from_bits(s0), f64::from_bits(v[1])),
            Type::Str => PArg::Str(st),
            Type::Array(_) => PArg::Text(st),
            // An IntEnum member is an int but for `%r`.
            Type::Enum(en) if en.int && convs.get(i) != Some(&'r') => PArg::Int(s0 as i64 as i128),
            Type::Enum(_) => PArg::Text(st),
            t => match t.dtype().and_then(|d| Some((show::scalar_type(d)?, d))) {
                Some((stype, d)) => PArg::Np(stype, show::scalar(d, s0)),
                None => PArg::Str(st),
            },
        });
    }
    out[0] = new_str(format::percent_format(fmt, &pargs).map_err(fmt_err)?);
    Ok(())
}

/// A piece of a `str.format` string.
pub enum BracePiece {
    Lit(String),
    Field {
        index: usize,
        conv: Option<char>,
        spec: String,
    },
}

/// Parses `"{} {0!r:>5}"` into pieces; automatic and manual numbering
/// cannot mix, as in Python.
/// Named fields refer to the keyword arguments after the `nargs`
/// positional ones.
pub fn parse_brace_format(
    fmt: &str,
    nargs: usize,
    names: &[String],
) -> Result<Vec<BracePiece>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = fmt.chars().peekable();
    let mut auto = 0usize;
    let mut manual = false;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '}' => return Err("Single '}' encountered in format string".into()),
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth != 0 {
                    return Err("expected '}' before end of string".into());
                }
                let (head, spec) = match field.find(':') {
                    Some(i) => (&field[..i], field[i + 1..].to_string()),
                    None => (field.as_str(), String::new()),
                };
                let (name, conv) = match head.find('!') {
                    Some(i) => (&head[..i], head[i + 1..].chars().next()),
                    None => (head, None),
                };
                let named = names.iter().position(|n| n == name);
                let index = if let Some(k) = named {
                    nargs + k
                } else if name.is_empty() {
                    if manual {
                        return Err("cannot switch from manual field specification to automatic field numbering".into());
                    }
                    auto += 1;
                    auto - 1
                } else {
                    if auto > 0 {
                        return Err("cannot switch from automatic field numbering to manual field specification".into());
                    }
                    manual = true;
                    name.parse::<usize>()
                        .map_err(|_| format!("KeyError: '{name}'"))?
                };
                if index >= nargs && named.is_none() {
                    return Err(format!(
                        "Replacement index {index} out of range for positional args tuple"
                    ));
                }
                if !lit.is_empty() {
                    out.push(BracePiece::Lit(std::mem::take(&mut lit)));
                }
                out.push(BracePiece::Field { index, conv, spec });
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        out.push(BracePiece::Lit(lit));
    }
    Ok(out)
}

pub struct StrFormatAux {
    pub fmt: Rc<str>,
    /// Positional arguments come first, then keyword arguments by name.
    pub npos: usize,
    pub names: Vec<String>,
}

pub fn str_format(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &StrFormatAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let parts = split(site, args);
    let pieces = parse_brace_format(&aux.fmt, aux.npos, &aux.names)
        .map_err(|m| VmError::new("ValueError", m))?;
    let mut s = String::new();
    for p in pieces {
        match p {
            BracePiece::Lit(l) => s.push_str(&l),
            BracePiece::Field { index, conv, spec } => {
                let (t, v) = parts[index];
                match conv {
                    Some(c) => {
                        let text = to_string(vm, t, v, c != 's');
                        s.push_str(&format::format_str(&text, &spec).map_err(fmt_err)?);
                    }
                    None => s.push_str(&format_one(vm, t, v, &spec)?),
                }
            }
        }
    }
    out[0] = new_str(s);
    Ok(())
}

// ------------------------------------------------------------------ strings

fn s(slot: u64) -> &'static str {
    // SAFETY: called on str slots only; the string outlives the native call
    // because the caller's register holds a reference.
    unsafe { str_of(slot) }
}

pub fn str_len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = s(args[0]).chars().count() as u64;
    Ok(())
}

pub fn str_concat(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (a, b) = (s(args[0]), s(args[1]));
    let mut r = String::with_capacity(a.len() + b.len());
    r.push_str(a);
    r.push_str(b);
    out[0] = new_str(r);
    Ok(())
}

/// Room for `count` items of `unit` bytes in a new string or list.
fn room(count: usize, unit: usize) -> VmResult<()> {
    match alloc_size(count, unit) {
        Some(_) => Ok(()),
        None => err("MemoryError", ""),
    }
}

pub fn str_repeat(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let n = (args[1] as i64).max(0) as usize;
    let a = s(args[0]);
    room(a.len(), n)?;
    out[0] = new_str(a.repeat(n));
    Ok(())
}

/// Python's index normalization for sequences of length `len`.
fn seq_index(i: i64, len: usize, what: &str) -> VmResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j as usize >= len {
        return err("IndexError", format!("{what} index out of range"));
    }
    Ok(j as usize)
}

pub fn str_index(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let a = s(args[0]);
    let n = a.chars().count();
    let i = seq_index(args[1] as i64, n, "string")?;
    out[0] = new_str(a.chars().nth(i).map(String::from).unwrap_or_default());
    Ok(())
}

/// Which bounds a slice has (the rest default), as the compiler knows.
pub fn slice_indices(
    len: i64,
    lower: Option<i64>,
    upper: Option<i64>,
    step: Option<i64>,
) -> VmResult<(i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return err("ValueError", "slice step cannot be zero");
    }
    let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
    let norm = |v: i64| if v < 0 { v + len } else { v };
    let (start, stop) = if step > 0 {
        (
            lower.map_or(0, |v| clamp(norm(v), 0, len)),
            upper.map_or(len, |v| clamp(norm(v), 0, len)),
        )
    } else {
        (
            lower.map_or(len - 1, |v| clamp(norm(v), -1, len - 1)),
            upper.map_or(-1, |v| clamp(norm(v), -1, len - 1)),
        )
    };
    Ok((start, stop, step))
}

/// Indices selected by a slice.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = i64> {
    let mut next = Some(start);
    std::iter::from_fn(move || {
        let i = next.filter(|&i| (step > 0 && i < stop) || (step < 0 && i > stop))?;
        next = i.checked_add(step);
        Some(i)
    })
}

pub fn slice_args(
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    len: i64,
) -> VmResult<(i64, i64, i64)> {
    let Some(&crate::lib_numpy::SliceDim::Slice { lower, upper, step }) = plan.dims.first() else {
        return err("SystemError", "bad slice");
    };
    let mut k = 1;
    let mut take = |present: bool| {
        if present {
            k += 1;
            Some(args[k - 1] as i64)
        } else {
            None
        }
    };
    let (l, u, st) = (take(lower), take(upper), take(step));
    slice_indices(len, l, u, st)
}

pub fn str_slice(
    _vm: &mut Vm,
    _site: &NativeSite,
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let chars: Vec<char> = s(args[0]).chars().collect();
    let (a, b, st) = slice_args(plan, args, chars.len() as i64)?;
    out[0] = new_str(
        slice_positions(a, b, st)
            .map(|i| chars[i as usize])
            .collect::<String>(),
    );
    Ok(())
}

pub fn str_contains(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = s(args[1]).contains(s(args[0])) as u64;
    Ok(())
}

pub fn str_compare(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &u8,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b) = (s(args[0]), s(args[1]));
    out[0] = match aux {
        0 => a == b,
        1 => a != b,
        2 => a < b,
        3 => a <= b,
        4 => a > b,
        _ => a >= b,
    } as u64;
    Ok(())
}

/// `min`/`max` of strings; aux says which.
pub fn str_minmax(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let min = *aux;
    let mut best = args[0];
    for &a in &args[1..] {
        if (min && s(a) < s(best)) || (!min && s(a) > s(best)) {
            best = a;
        }
    }
    incref(best);
    out[0] = best;
    Ok(())
}

pub fn str_to_int(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = s(args[0]);
    let clean: String = t.trim().chars().filter(|&c| c != '_').collect();
    match clean.parse::<i64>() {
        Ok(v) if !t.trim().starts_with('_') && !t.trim().ends_with('_') => {
            out[0] = v as u64;
            Ok(())
        }
        _ => err(
            "ValueError",
            format!(
                "invalid literal for int() with base 10: {}",
                format::str_repr(t)
            ),
        ),
    }
}

pub fn str_to_float(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = s(args[0]).trim();
    let lower = t.to_ascii_lowercase();
    let v = match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(if lower.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        "nan" => Some(f64::NAN),
        _ => t
            .parse::<f64>()
            .ok()
            .filter(|_| !t.contains(['i', 'I', 'n', 'N']) || t.contains(['e', 'E'])),
    };
    match v {
        Some(v) => {
            out[0] = v.to_bits();
            Ok(())
        }
        None => err(
            "ValueError",
            format!(
                "could not convert string to float: {}",
                format::str_repr(s(args[0]))
            ),
        ),
    }
}

pub fn chr(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    match u32::try_from(args[0] as i64).ok().and_then(char::from_u32) {
        Some(c) => {
            out[0] = new_str(c.to_string());
            Ok(())
        }
        None => err("ValueError", "chr() arg not in range(0x110000)"),
    }
}

pub fn ord(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = s(args[0]);
    let mut it = t.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => {
            out[0] = c as u64;
            Ok(())
        }
        _ => err(
            "TypeError",
            format!(
                "ord() expected a character, but string of length {} found",
                t.chars().count()
            ),
        ),
    }
}

/// String methods, by name in the site's aux.
pub fn str_method(
    _vm: &mut Vm,
    site: &NativeSite,
    aux: &Rc<str>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let name: &str = aux;
    let a = s(args[0]);
    let arg = |i: usize| s(args[i]);
    let bool_out = |out: &mut [u64], b: bool| out[0] = b as u64;
    match name {
        "upper" => out[0] = new_str(a.to_uppercase()),
        "lower" | "casefold" => out[0] = new_str(a.to_lowercase()),
        "swapcase" => {
            out[0] = new_str(
                a.chars()
                    .map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<String>()
                        } else {
                            c.to_uppercase().collect()
                        }
                    })
                    .collect::<String>(),
            )
        }
        "title" | "capitalize" => {
            let mut r = String::new();
            let mut start = true;
            for c in a.chars() {
                if start && c.is_alphabetic() {
                    r.extend(c.to_uppercase());
                    start = false;
                } else {
                    r.extend(c.to_lowercase());
                    if name == "title" && !c.is_alphabetic() {
                        start = true;
                    }
                }
            }
            out[0] = new_str(r);
        }
        "strip" | "lstrip" | "rstrip" => {
            let set: Option<Vec<char>> = (args.len() > 1).then(|| arg(1).chars().collect());
            let pred = |c: char| match &set {
                Some(cs) => cs.contains(&c),
                None => c.is_whitespace(),
            };
            let r = match name {
                "strip" => a.trim_matches(pred),
                "lstrip" => a.trim_start_matches(pred),
                _ => a.trim_end_matches(pred),
            };
            out[0] = new_str(r);
        }
        "removeprefix" => out[0] = new_str(a.strip_prefix(arg(1)).unwrap_or(a)),
        "removesuffix" => out[0] = new_str(a.strip_suffix(arg(1)).unwrap_or(a)),
        "startswith" => bool_out(out, a.starts_with(arg(1))),
        "endswith" => bool_out(out, a.ends_with(arg(1))),
        "isdigit" => bool_out(out, !a.is_empty() && a.chars().all(|c| c.is_ascii_digit())),
        "isalpha" => bool_out(out, !a.is_empty() && a.chars().all(char::is_alphabetic)),
        "isalnum" => bool_out(out, !a.is_empty() && a.chars().all(char::is_alphanumeric)),
        "isspace" => bool_out(out, !a.is_empty() && a.chars().all(char::is_whitespace)),
        "isidentifier" => bool_out(
            out,
            a.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && a.chars().all(|c| c.is_alphanumeric() || c == '_'),
        ),
        "isnumeric" | "isdecimal" => {
            bool_out(out, !a.is_empty() && a.chars().all(char::is_numeric))
        }
        "istitle" => {
            // Uppercase letters only after uncased ones, lowercase only
            // after cased ones, and at least one cased letter.
            let (mut ok, mut cased, mut prev_cased) = (true, false, false);
            for c in a.chars() {
                if c.is_uppercase() {
                    ok &= !prev_cased;
                    prev_cased = true;
                    cased = true;
                } else if c.is_lowercase() {
                    ok &= prev_cased;
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            bool_out(out, ok && cased);
        }
        "isupper" => bool_out(
            out,
            a.chars().any(char::is_uppercase) && !a.chars().any(char::is_lowercase),
        ),
        "islower" => bool_out(
            out,
            a.chars().any(char::is_lowercase) && !a.chars().any(char::is_uppercase),
        ),
        "find" | "index" | "rfind" | "rindex" | "count" => {
            // Optional start and end, in characters, clamped as slices are.
            let chars: Vec<(usize, char)> = a.char_indices().collect();
            let n = chars.len() as i64;
            let (start, end, _) = slice_indices(
                n,
                args.get(2).map(|&v| v as i64),
                args.get(3).map(|&v| v as i64),
                None,
            )?;
            let byte = |i: i64| chars.get(i.max(0) as usize).map_or(a.len(), |c| c.0);
            let hay = if start <= end {
                &a[byte(start)..byte(end)]
            } else {
                ""
            };
            let base = chars.iter().take(start.max(0) as usize).count();
            if name == "count" {
                let c = if arg(1).is_empty() {
                    hay.chars().count() + 1
                } else {
                    hay.matches(arg(1)).count()
                };
                out[0] = if start > n { 0 } else { c as u64 };
            } else {
                let pos = if name.starts_with('r') {
                    hay.rfind(arg(1))
                } else {
                    hay.find(arg(1))
                };
                match pos {
                    Some(p) if start <= n => out[0] = (base + hay[..p].chars().count()) as u64,
                    _ if name.ends_with("index") => {
                        return err("ValueError", "substring not found")
                    }
                    _ => out[0] = (-1i64) as u64,
                }
            }
        }
        "expandtabs" => {
            let size = args.get(1).map_or(8, |&v| (v as i64).max(0) as usize);
            room(a.len(), size.max(1))?;
            let mut r = String::new();
            let mut col = 0;
            for c in a.chars() {
                match c {
                    '\t' if size > 0 => {
                        let n = size - col % size;
                        r.push_str(&" ".repeat(n));
                        col += n;
                    }
                    '\t' => {}
                    '\n' | '\r' => {
                        r.push(c);
                        col = 0;
                    }
                    c => {
                        r.push(c);
                        col += 1;
                    }
                }
            }
            out[0] = new_str(r);
        }
        "replace" if args.len() > 3 && (args[3] as i64) >= 0 => {
            out[0] = new_str(a.replacen(arg(1), arg(2), args[3] as usize))
        }
        "replace" => out[0] = new_str(a.replace(arg(1), arg(2))),
        "split" | "rsplit" => {
            // Arguments: an optional separator (absent when None) and maxsplit.
            let types = &site.arg_types;
            let sep = (types.get(1) == Some(&Type::Str)).then(|| arg(1));
            let max = match types.len() {
                3 => args[args.len() - 1] as i64,
                _ => -1,
            };
            let parts = split_str(a, sep, max, name == "rsplit")?;
            let list = ListObj::of_strs();
            for p in parts {
                let sp = new_str(p);
                // SAFETY: `list` was just created.
                unsafe { obj_mut::<ListObj>(list).push(&[sp]) };
                decref(sp);
            }
            out[0] = list;
        }
        "splitlines" => {
            let list = ListObj::of_strs();
            for p in a.lines() {
                let sp = new_str(p);
                // SAFETY: `list` was just created.
                unsafe { obj_mut::<ListObj>(list).push(&[sp]) };
                decref(sp);
            }
            out[0] = list;
        }
        "partition" | "rpartition" => {
            let sep = arg(1);
            if sep.is_empty() {
                return err("ValueError", "empty separator");
            }
            let found = if name == "partition" {
                a.find(sep)
            } else {
                a.rfind(sep)
            };
            let (x, y, z) = match found {
                Some(p) => (&a[..p], sep, &a[p + sep.len()..]),
                None if name == "partition" => (a, "", ""),
                None => ("", "", a),
            };
            out[0] = new_str(x);
            out[1] = new_str(y);
            out[2] = new_str(z);
        }
        "join" => {
            // SAFETY: the argument is a list of strings.
            let l = unsafe { obj::<ListObj>(args[1]) };
            let parts: Vec<&str> = l.slots.iter().map(|&p| s(p)).collect();
            out[0] = new_str(parts.join(a));
        }
        "zfill" | "ljust" | "rjust" | "center" => {
            let width = (args[1] as i64).max(0) as usize;
            room(width, 4)?;
            let n = a.chars().count();
            let pad = width.saturating_sub(n);
            let fill = match args.get(2) {
                Some(&f) => {
                    let mut cs = s(f).chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => c,
                        _ => {
                            return err(
                                "TypeError",
                                "The fill character must be exactly one character long",
                            )
                        }
                    }
                }
                None => ' ',
            };
            let pad_str = |k: usize| fill.to_string().repeat(k);
            let r = match name {
                "zfill" => {
                    let (sign, rest) = match a.chars().next() {
                        Some(c @ ('+' | '-')) => (c.to_string(), &a[1..]),
                        _ => (String::new(), a),
                    };
                    format!("{sign}{}{rest}", "0".repeat(pad))
                }
                "ljust" => format!("{a}{}", pad_str(pad)),
                "rjust" => format!("{}{a}", pad_str(pad)),
                _ => {
                    // CPython puts the extra fill on the left when both
                    // the padding and the width are odd.
                    let left = pad / 2 + (pad & width & 1);
                    format!("{}{a}{}", pad_str(left), pad_str(pad - left))
                }
            };
            out[0] = new_str(r);
        }
        _ => return err("AttributeError", format!("str has no method '{name}'")),
    }
    Ok(())
}

/// `str.split` / `str.rsplit` with Python's rules: no separator splits on
/// runs of whitespace and drops empty parts.
fn split_str(a: &str, sep: Option<&str>, max: i64, from_right: bool) -> VmResult<Vec<String>> {
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<String> = Vec::new();
    match sep {
        Some("") => return err("ValueError", "empty separator"),
        Some(sep) => {
            if from_right {
                let mut rest = a;
                while parts.len() < max {
                    match rest.rfind(sep) {
                        Some(p) => {
                            parts.push(rest[p + sep.len()..].to_string());
                            rest = &rest[..p];
                        }
                        None => break,
                    }
                }
                parts.push(rest.to_string());
                parts.reverse();
            } else {
                parts = a
                    .splitn(max.saturating_add(1), sep)
                    .map(str::to_string)
                    .collect();
            }
        }
        None => {
            let words: Vec<&str> = a.split_whitespace().collect();
            if words.len() <= max.saturating_add(1) {
                parts = words.into_iter().map(str::to_string).collect();
            } else if from_right {
                let mut rest = a.trim_end();
                let mut tail = Vec::new();
                for _ in 0..max {
                    let Some((p, c)) = rest.char_indices().rev().find(|&(_, c)| c.is_whitespace())
                    else {
                        break;
                    };
                    tail.push(rest[p + c.len_utf8()..].to_string());
                    rest = rest[..p].trim_end();
                }
                parts.push(rest.to_string());
                tail.reverse();
                parts.extend(tail);
            } else {
                let mut rest = a.trim_start();
                for _ in 0..max {
                    let cut = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    parts.push(rest[..cut].to_string());
                    rest = rest[cut..].trim_start();
                }
                parts.push(rest.to_string());
            }
        }
    }
    Ok(parts)
}

// -------------------------------------------------------------------- lists

fn list<'a>(slot: u64) -> &'a mut ListObj {
    // SAFETY: called on list slots only.
    unsafe { obj_mut::<ListObj>(slot) }
}

fn list_layout(t: &Type) -> (u32, Rc<[bool]>) {
    let Some(el) = t.list_elem() else {
        return (1, Rc::from([false]));
    };
    (el.slots() as u32, Rc::from(el.ref_flags()))
}

/// `[a, b, c]`: the result type gives the element layout.
pub fn list_new(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (n, mask) = list_layout(&site.ret);
    let l = ListObj::create(n, mask);
    let lst = list(l);
    for chunk in args.chunks(n.max(1) as usize) {
        lst.push(chunk);
    }
    out[0] = l;
    Ok(())
}

pub fn list_len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = list(args[0]).len() as u64;
    Ok(())
}

pub fn list_get(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let l = list(args[0]);
    let i = seq_index(args[1] as i64, l.len(), "list")?;
    let n = l.elem_slots as usize;
    for (k, o) in out.iter_mut().enumerate().take(n) {
        let v = l.slots[i * n + k];
        if l.is_ref(k) {
            incref(v);
        }
        *o = v;
    }
    Ok(())
}

pub fn list_set(_vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let l = list(args[0]);
    let i = seq_index(args[1] as i64, l.len(), "list assignment")?;
    let n = l.elem_slots as usize;
    for k in 0..n {
        let v = args[2 + k];
        if l.is_ref(k) {
            incref(v);
            decref(l.slots[i * n + k]);
        }
        l.slots[i * n + k] = v;
    }
    Ok(())
}

/// Gives a list created empty the layout of the site's list type.
fn adopt(l: &mut ListObj, t: &Type) {
    let (n, mask) = list_layout(t);
    l.adopt(n, mask);
}

pub fn list_append(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    adopt(l, &site.arg_types[0]);
    match args.get(1..1 + l.elem_slots as usize) {
        Some(elem) => l.push(elem),
        None => return err("SystemError", "internal error: a list of another layout"),
    }
    Ok(())
}

pub fn list_insert(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    adopt(l, &site.arg_types[0]);
    let len = l.len() as i64;
    let i = args[1] as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = l.elem_slots as usize;
    let elem = &args[2..2 + n];
    for (k, &v) in elem.iter().enumerate() {
        if l.is_ref(k) {
            incref(v);
        }
    }
    let at = i * n;
    l.slots.splice(at..at, elem.iter().copied());
    Ok(())
}

pub fn list_pop(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let l = list(args[0]);
    if l.is_empty() {
        return err("IndexError", "pop from empty list");
    }
    let i = seq_index(args[1] as i64, l.len(), "pop")?;
    let n = l.elem_slots as usize;
    // The popped references move to the caller.
    for (k, v) in l.slots.drain(i * n..i * n + n).enumerate() {
        out[k] = v;
    }
    Ok(())
}

/// `del l[i]`.
pub fn list_delitem(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    let i = seq_index(args[1] as i64, l.len(), "list assignment")?;
    let n = l.elem_slots as usize;
    let refs = l.refs.clone();
    for (k, v) in l.slots.drain(i * n..i * n + n).enumerate() {
        if refs.get(k) == Some(&true) {
            decref(v);
        }
    }
    Ok(())
}

/// The element positions a slice of a list selects, in increasing order.
fn slice_selection(
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    len: usize,
) -> VmResult<Vec<usize>> {
    let (a, b, st) = slice_args(plan, args, len as i64)?;
    let mut picked: Vec<usize> = slice_positions(a, b, st).map(|i| i as usize).collect();
    picked.sort_unstable();
    Ok(picked)
}

/// `del l[a:b:c]`.
pub fn list_delslice(
    _vm: &mut Vm,
    _site: &NativeSite,
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    let picked = slice_selection(plan, args, l.len())?;
    let old = std::mem::take(&mut l.slots);
    let mut drop_at = picked.iter().peekable();
    for (i, e) in old.chunks(n).enumerate() {
        if drop_at.peek() == Some(&&i) {
            drop_at.next();
            for (k, &v) in e.iter().enumerate() {
                if l.is_ref(k) {
                    decref(v);
                }
            }
        } else {
            l.slots.extend_from_slice(e);
        }
    }
    Ok(())
}

/// `l[a:b:c] = other`: a simple slice takes any number of elements, an
/// extended one exactly as many as it selects.
pub fn list_setslice(
    _vm: &mut Vm,
    _site: &NativeSite,
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let src: Vec<u64> = list(args[args.len() - 1]).slots.clone();
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    let (a, b, st) = slice_args(plan, args, l.len() as i64)?;
    for (k, &v) in src.iter().enumerate() {
        if l.is_ref(k % n) {
            incref(v);
        }
    }
    if st == 1 {
        let (a, b) = (a.max(0) as usize, (b.max(a)) as usize);
        let removed: Vec<u64> = l.slots.splice(a * n..b * n, src).collect();
        for (k, v) in removed.into_iter().enumerate() {
            if l.is_ref(k % n) {
                decref(v);
            }
        }
        return Ok(());
    }
    let picked: Vec<i64> = slice_positions(a, b, st).collect();
    let count = src.len() / n;
    if picked.len() != count {
        for (k, &v) in src.iter().enumerate() {
            if l.is_ref(k % n) {
                decref(v);
            }
        }
        return err(
            "ValueError",
            format!(
                "attempt to assign sequence of size {count} to extended slice of size {}",
                picked.len()
            ),
        );
    }
    for (j, &i) in picked.iter().enumerate() {
        for k in 0..n {
            let at = i as usize * n + k;
            let old = std::mem::replace(&mut l.slots[at], src[j * n + k]);
            if l.is_ref(k) {
                decref(old);
            }
        }
    }
    Ok(())
}

pub fn list_extend(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let other: Vec<u64> = list(args[1]).slots.clone();
    let l = list(args[0]);
    adopt(l, &site.arg_types[0]);
    for chunk in other.chunks(l.elem_slots.max(1) as usize) {
        l.push(chunk);
    }
    Ok(())
}

/// Whether two list elements are equal (by value for scalars and strings).
fn elem_eq(t: &Type, a: &[u64], b: &[u64]) -> bool {
    match t {
        Type::Str => s(a[0]) == s(b[0]),
        t if t.is_float() => f64::from_bits(a[0]) == f64::from_bits(b[0]),
        Type::Tuple(items) => {
            let mut off = 0;
            items.iter().all(|it| {
                let n = it.slots();
                let r = elem_eq(it, &a[off..off + n], &b[off..off + n]);
                off += n;
                r
            })
        }
        _ => a == b,
    }
}

fn elem_type(site: &NativeSite) -> Type {
    match &site.arg_types[0] {
        Type::List(el) | Type::TypedList(el) => (**el).clone(),
        _ => Type::None,
    }
}

/// The element in the second argument, converted to the list's element
/// type by the compiler, compared by value.
fn find(site: &NativeSite, args: &[u64]) -> (usize, Vec<usize>) {
    let el = elem_type(site);
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    let needle = &args[1..1 + el.slots()];
    let hits = (0..l.len())
        .filter(|&i| elem_eq(&el, &l.slots[i * n..i * n + el.slots()], needle))
        .collect();
    (l.len(), hits)
}

pub fn list_index(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    match find(site, args).1.first() {
        Some(&i) => {
            out[0] = i as u64;
            Ok(())
        }
        None => {
            let el = elem_type(site);
            let text = crate::show::to_string(_vm, &el, &args[1..1 + el.slots()], true);
            err("ValueError", format!("{text} is not in list"))
        }
    }
}

pub fn list_remove(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let Some(&i) = find(site, args).1.first() else {
        return err("ValueError", "list.remove(x): x not in list");
    };
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    let refs = l.refs.clone();
    for (k, v) in l.slots.drain(i * n..i * n + n).enumerate() {
        if refs.get(k) == Some(&true) {
            decref(v);
        }
    }
    Ok(())
}

pub fn list_count(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = find(site, args).1.len() as u64;
    Ok(())
}

/// `x in lst` (the needle first, as the operator reads).
pub fn list_contains(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let el = match &site.arg_types[1] {
        Type::List(el) | Type::TypedList(el) | Type::VarTuple(el) => (**el).clone(),
        _ => Type::None,
    };
    let k = site.arg_types[0].slots();
    let needle = &args[..k];
    let l = list(args[k]);
    let n = l.elem_slots.max(1) as usize;
    let nt = &site.arg_types[0];
    out[0] = (0..l.len()).any(|i| {
        let e = &l.slots[i * n..i * n + el.slots()];
        if nt.is_number() && el.is_number() && nt.is_float() != el.is_float() {
            let as_f = |t: &Type, v: u64| {
                if t.is_float() {
                    f64::from_bits(v)
                } else {
                    v as i64 as f64
                }
            };
            as_f(nt, needle[0]) == as_f(&el, e[0])
        } else {
            elem_eq(&el, e, needle)
        }
    }) as u64;
    Ok(())
}

fn new_list_like(l: &ListObj) -> u64 {
    ListObj::create(l.elem_slots, l.refs.clone())
}

/// A new list of `like`'s element type holding the elements in `slots`.
fn list_with(like: &ListObj, slots: &[u64]) -> u64 {
    let dst = new_list_like(like);
    for chunk in slots.chunks(like.elem_slots.max(1) as usize) {
        list(dst).push(chunk);
    }
    dst
}

pub fn list_copy(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let src = list(args[0]);
    out[0] = list_with(src, &src.slots.clone());
    Ok(())
}

pub fn list_concat(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = list(args[0]);
    let all: Vec<u64> = a
        .slots
        .iter()
        .chain(list(args[1]).slots.iter())
        .copied()
        .collect();
    out[0] = list_with(a, &all);
    Ok(())
}

pub fn list_repeat(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let a = list(args[0]);
    let times = (args[1] as i64).max(0) as usize;
    room(a.slots.len() * 8, times)?;
    out[0] = list_with(a, &a.slots.repeat(times));
    Ok(())
}

pub fn list_slice(
    _vm: &mut Vm,
    _site: &NativeSite,
    plan: &crate::lib_numpy::SliceAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    let (a, b, st) = slice_args(plan, args, l.len() as i64)?;
    let dst = new_list_like(l);
    let n = l.elem_slots.max(1) as usize;
    let src = l.slots.clone();
    for i in slice_positions(a, b, st) {
        let i = i as usize;
        list(dst).push(&src[i * n..i * n + n]);
    }
    out[0] = dst;
    Ok(())
}

pub fn list_reverse(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    let mut chunks: Vec<Vec<u64>> = l.slots.chunks(n).map(<[u64]>::to_vec).collect();
    chunks.reverse();
    l.slots = chunks.concat();
    Ok(())
}

pub fn list_clear(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    for (i, v) in std::mem::take(&mut l.slots).into_iter().enumerate() {
        if l.is_ref(i % n) {
            decref(v);
        }
    }
    Ok(())
}

/// Python's order of two values of type `t` (numbers, strings and tuples
/// of them; tuples compare element by element).
fn py_cmp(t: &Type, a: &[u64], b: &[u64]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match t {
        Type::Str => s(a[0]).cmp(s(b[0])),
        t if t.is_float() => f64::from_bits(a[0])
            .partial_cmp(&f64::from_bits(b[0]))
            .unwrap_or(Ordering::Equal),
        Type::Int(i) if !i.signed => a[0].cmp(&b[0]),
        Type::Tuple(items) => {
            let mut off = 0;
            for it in items.iter() {
                let n = it.slots();
                let o = py_cmp(it, &a[off..off + n], &b[off..off + n]);
                if o != Ordering::Equal {
                    return o;
                }
                off += n;
            }
            Ordering::Equal
        }
        _ => (a[0] as i64).cmp(&(b[0] as i64)),
    }
}

fn sort_slots(el: &Type, slots: &mut Vec<u64>) {
    if let Type::Tuple(_) = el {
        let n = el.slots().max(1);
        let mut chunks: Vec<&[u64]> = slots.chunks(n).collect();
        chunks.sort_by(|a, b| py_cmp(el, a, b));
        *slots = chunks.concat();
        return;
    }
    match el {
        Type::Str => slots.sort_by(|&a, &b| s(a).cmp(s(b))),
        t if t.is_float() => {
            // -0.0 and 0.0 are equal to Python's `<`: the sort keeps their order.
            let key = |v: u64| f64::from_bits(v) + 0.0;
            slots.sort_by(|&a, &b| key(a).total_cmp(&key(b)))
        }
        Type::Int(i) if !i.signed => slots.sort(),
        _ => slots.sort_by_key(|&v| v as i64),
    }
}

pub fn list_sort(_vm: &mut Vm, site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let el = elem_type(site);
    sort_slots(&el, &mut list(args[0]).slots);
    Ok(())
}

pub fn list_sorted(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if let Type::Array(_) = &site.arg_types[0] {
        list_from(vm, site, args, out)?;
    } else {
        list_copy(vm, site, args, out)?;
    }
    let el = site.ret.list_elem().map_or(Type::None, |e| (**e).clone());
    let l = list(out[0]);
    sort_slots(&el, &mut l.slots);
    if *aux {
        list_reverse(vm, site, &out[..1], &mut [])?;
    }
    Ok(())
}

/// `list(x)` of a list, range, 1-D array or string.
pub fn list_from(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (n, mask) = list_layout(&site.ret);
    let dst = ListObj::create(n, mask);
    match &site.arg_types[0] {
        Type::List(_) | Type::TypedList(_) => {
            let src = list(args[0]).slots.clone();
            for chunk in src.chunks(n.max(1) as usize) {
                list(dst).push(chunk);
            }
        }
        Type::Range => {
            let (a, b, c) = (args[0] as i64, args[1] as i64, args[2] as i64);
            room(range_count(a, b, c).max(0) as usize, 8)?;
            for v in slice_positions(a, b, c) {
                list(dst).push(&[v as u64]);
            }
        }
        Type::Str => {
            for c in s(args[0]).chars() {
                let cs = new_str(c.to_string());
                list(dst).push(&[cs]);
                decref(cs);
            }
        }
        Type::Array(a) => {
            // SAFETY: an array slot holds an array.
            let arr = unsafe { obj::<crate::value::ArrayObj>(args[0]) };
            if a.ndim != 1 {
                decref(dst);
                return err(
                    "TypeError",
                    "list() of a multi-dimensional array is not supported",
                );
            }
            for off in arr.offsets() {
                // SAFETY: offsets of the array's own elements.
                let v = unsafe { a.dtype.load(arr.data.offset(off)) };
                list(dst).push(&[v]);
            }
        }
        _ => {
            decref(dst);
            return err("TypeError", "list() of this type is not supported");
        }
    }
    out[0] = dst;
    Ok(())
}

fn list_numbers(site: &NativeSite, args: &[u64]) -> (Type, Vec<u64>) {
    (elem_type(site), list(args[0]).slots.clone())
}

/// `sum(list, start)`: the start (of the result type) first, then each
/// element, as Python adds them.
pub fn list_sum(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (el, v) = list_numbers(site, args);
    out[0] = if site.ret.is_float() {
        let f = |x: u64| {
            if el.is_float() {
                f64::from_bits(x)
            } else {
                x as i64 as f64
            }
        };
        v.iter()
            .fold(f64::from_bits(args[1]), |a, &b| a + f(b))
            .to_bits()
    } else {
        v.iter()
            .fold(args[1] as i64, |a, &b| a.wrapping_add(b as i64)) as u64
    };
    Ok(())
}

fn list_extreme(site: &NativeSite, args: &[u64], out: &mut [u64], min: bool) -> VmResult<()> {
    let (el, v) = list_numbers(site, args);
    if v.is_empty() {
        return err(
            "ValueError",
            format!(
                "{}() arg is an empty sequence",
                if min { "min" } else { "max" }
            ),
        );
    }
    let mut best = v[0];
    for &x in &v[1..] {
        let better = if el == Type::Str {
            (s(x) < s(best)) == min && s(x) != s(best)
        } else if el.is_float() {
            let (a, b) = (f64::from_bits(x), f64::from_bits(best));
            if min {
                a < b
            } else {
                a > b
            }
        } else if matches!(el, Type::Int(i) if !i.signed) {
            if min {
                x < best
            } else {
                x > best
            }
        } else if min {
            (x as i64) < best as i64
        } else {
            (x as i64) > best as i64
        };
        if better {
            best = x;
        }
    }
    if el == Type::Str {
        incref(best);
    }
    out[0] = best;
    Ok(())
}

pub fn list_min(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    list_extreme(site, args, out, true)
}

pub fn list_max(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    list_extreme(site, args, out, false)
}

fn truth_of_elem(el: &Type, v: &[u64]) -> bool {
    match el {
        t if t.is_float() => f64::from_bits(v[0]) != 0.0,
        Type::Str => !s(v[0]).is_empty(),
        _ => v.first().is_some_and(|&x| x != 0),
    }
}

pub fn list_any(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let el = elem_type(site);
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    out[0] = l.slots.chunks(n).any(|c| truth_of_elem(&el, c)) as u64;
    Ok(())
}

pub fn list_all(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let el = elem_type(site);
    let l = list(args[0]);
    let n = l.elem_slots.max(1) as usize;
    out[0] = l.slots.chunks(n).all(|c| truth_of_elem(&el, c)) as u64;
    Ok(())
}

/// Truth of a string or list.
pub fn truth(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = match &site.arg_types[0] {
        Type::Str => !s(args[0]).is_empty(),
        Type::List(_) | Type::TypedList(_) => !list(args[0]).is_empty(),
        _ => args.first().is_some_and(|&v| v != 0),
    } as u64;
    Ok(())
}

// ------------------------------------------------------------------- ranges

fn range_count(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

pub fn range_len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = range_count(args[0] as i64, args[1] as i64, args[2] as i64) as u64;
    Ok(())
}

/// `sum(range, start)`, the start of the result type.
pub fn range_sum(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (a, b, c) = (args[0] as i64, args[1] as i64, args[2] as i64);
    let values = slice_positions(a, b, c);
    out[0] = if site.ret.is_float() {
        values
            .fold(f64::from_bits(args[3]), |acc, v| acc + v as f64)
            .to_bits()
    } else {
        values.fold(args[3] as i64, |acc, v| acc.wrapping_add(v)) as u64
    };
    Ok(())
}

/// `x in range(...)`: the value first.
pub fn range_contains(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (x, a, b, c) = (
        args[0] as i64,
        args[1] as i64,
        args[2] as i64,
        args[3] as i64,
    );
    let inside = if c > 0 {
        a <= x && x < b
    } else {
        b < x && x <= a
    };
    out[0] = (inside && (x - a) % c == 0) as u64;
    Ok(())
}

/// `min`/`max` of a range; aux says which.
pub fn range_minmax(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b, c) = (args[0] as i64, args[1] as i64, args[2] as i64);
    let n = range_count(a, b, c);
    if n == 0 {
        return err(
            "ValueError",
            format!(
                "{}() arg is an empty sequence",
                if *aux { "min" } else { "max" }
            ),
        );
    }
    let last = a + (n - 1) * c;
    let (lo, hi) = if c > 0 { (a, last) } else { (last, a) };
    out[0] = if *aux { lo } else { hi } as u64;
    Ok(())
}

/// `reversed(range(a, b, s))` as a range.
pub fn range_reversed(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b, c) = (args[0] as i64, args[1] as i64, args[2] as i64);
    if c == 0 {
        return err("ValueError", "range() arg 3 must not be zero");
    }
    let n = range_count(a, b, c);
    let last = a.wrapping_add((n - 1).wrapping_mul(c));
    out[0] = last as u64;
    out[1] = a.wrapping_sub(c) as u64;
    out[2] = c.wrapping_neg() as u64;
    if n == 0 {
        out[0] = 0;
        out[1] = 0;
        out[2] = 1;
    }
    Ok(())
}

// -------------------------------------------------------------------- math

fn f(v: u64) -> f64 {
    f64::from_bits(v)
}

/// `round(x)`: to the nearest int, ties to even.
pub fn round0(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let x = f(args[0]).round_ties_even();
    out[0] = crate::interp::f2i(x)? as u64;
    Ok(())
}

/// `round(x, n)` for floats, correctly rounded through the decimal text.
pub fn round_n(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (x, n) = (f(args[0]), args[1] as i64);
    let r = if !x.is_finite() {
        x
    } else if n >= 0 {
        let n = n.min(340) as usize;
        format!("{x:.n$}").parse::<f64>().unwrap_or(x)
    } else {
        let p = 10f64.powi((-n).min(308) as i32);
        let y = (x / p).round_ties_even() * p;
        if y.is_finite() {
            y
        } else {
            0.0
        }
    };
    out[0] = r.to_bits();
    Ok(())
}

/// `round(i, n)` for ints: a negative `n` rounds to tens, hundreds...
pub fn round_int(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (x, n) = (args[0] as i64 as i128, args[1] as i64);
    if n >= 0 {
        out[0] = x as u64;
        return Ok(());
    }
    if n < -18 {
        out[0] = 0;
        return Ok(());
    }
    let p = 10i128.pow((-n) as u32);
    let q = x.div_euclid(p);
    let r = x.rem_euclid(p);
    let q = if 2 * r > p || (2 * r == p && q % 2 != 0) {
        q + 1
    } else {
        q
    };
    out[0] = (q * p) as i64 as u64;
    Ok(())
}

/// `math.log(x, base)`.
pub fn math_log_base(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = lib_math::log_base(f(args[0]), f(args[1]))?.to_bits();
    Ok(())
}

/// `math.factorial`, `math.isqrt`: one int to one int.
fn int1(args: &[u64], out: &mut [u64], f: fn(i64) -> MathResult<i64>) -> VmResult<()> {
    out[0] = f(args[0] as i64)? as u64;
    Ok(())
}

/// `math.gcd`, `math.lcm`, `math.comb`, `math.perm`: two ints to one.
fn int2(args: &[u64], out: &mut [u64], f: fn(i64, i64) -> MathResult<i64>) -> VmResult<()> {
    out[0] = f(args[0] as i64, args[1] as i64)? as u64;
    Ok(())
}

pub fn factorial(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int1(args, out, lib_math::factorial)
}

pub fn isqrt(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int1(args, out, lib_math::isqrt)
}

pub fn gcd(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int2(args, out, |a, b| lib_math::gcd(&[a, b]))
}

pub fn lcm(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int2(args, out, |a, b| lib_math::lcm(&[a, b]))
}

pub fn comb(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int2(args, out, lib_math::comb)
}

pub fn perm(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    int2(args, out, |n, k| lib_math::perm(n, Some(k)))
}

pub fn isclose(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (a, b, rel, abs) = (f(args[0]), f(args[1]), f(args[2]), f(args[3]));
    out[0] = lib_math::isclose(a, b, rel, abs)? as u64;
    Ok(())
}

pub fn modf(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (frac, int) = lib_math::modf(f(args[0]));
    out[0] = frac.to_bits();
    out[1] = int.to_bits();
    Ok(())
}

pub fn frexp(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (m, e) = lib_math::frexp(f(args[0]));
    out[0] = m.to_bits();
    out[1] = e as u64;
    Ok(())
}

// --------------------------------------------------------------- the rest

pub fn perf_counter(
    _vm: &mut Vm,
    _site: &NativeSite,
    _args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = epoch().elapsed().as_secs_f64().to_bits();
    Ok(())
}

pub fn perf_counter_ns(
    _vm: &mut Vm,
    _site: &NativeSite,
    _args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = epoch().elapsed().as_nanos() as u64;
    Ok(())
}

fn epoch() -> std::time::Instant {
    thread_local!(static START: std::time::Instant = std::time::Instant::now());
    START.with(|s| *s)
}

/// `sys.exit(status)`: unwinds like an exception that is not printed.
pub fn sys_exit(vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    let code = args.first().map_or(0, |&c| c as i64 as i32);
    vm.exit_code = Some(code);
    err("SystemExit", code.to_string())
}

/// `raise Kind(msg)` and failed asserts; the kind is the site's aux.
pub fn raise(
    _vm: &mut Vm,
    _site: &NativeSite,
    kind: &Rc<str>,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let msg = args.first().map(|&m| s(m).to_string()).unwrap_or_default();
    // KeyError prints the repr of its argument.
    let msg = if &**kind == "KeyError" && !args.is_empty() {
        format::str_repr(&msg)
    } else {
        msg
    };
    Err(VmError::new(kind, msg))
}

/// `struct_type()`: a zeroed struct value.
pub fn record_new(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &Option<u64>,
    _args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let size = *aux;
    out[0] = RecordObj::zeroed(size.unwrap_or(0) as usize)
        .ok_or_else(|| VmError::new("MemoryError", ""))?;
    Ok(())
}
