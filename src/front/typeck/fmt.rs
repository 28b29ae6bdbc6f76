//! Compile-time checks of string formatting: format specs, `%`-formatting
//! and `str.format`, so that a bad constant format is reported with its
//! location before the program runs.

use super::{const_str, IResult, Infer};
use crate::front::ast::*;
use vm::format::{self as f, Count, Piece};
use vm::lib_base::{parse_brace_format, BracePiece};
use vm::types::Type;

/// Checks a format spec against the type it formats.
pub fn check_spec(inf: &mut Infer, t: &Type, spec: &str, span: Span) -> IResult<()> {
    let r = match t {
        Type::Bool | Type::NpBool => f::format_bool(false, spec).map(drop),
        t if t.is_int() => f::format_int(0, spec).map(drop),
        t if t.is_float() => f::format_float(0.0, spec).map(drop),
        Type::C128 | Type::NpC128 => f::format_complex(0.0, 0.0, spec).map(drop),
        Type::Str => f::format_str("", spec).map(drop),
        // An IntEnum member formats as its int, another as its `str`.
        Type::Enum(en) if en.int => return check_spec(inf, &en.value.clone(), spec, span),
        Type::Enum(_) => f::format_str("", spec).map(drop),
        _ if spec.is_empty() => Ok(()),
        _ => {
            return Err(inf.err(
                "TypeError",
                span,
                format!(
                    "unsupported format string passed to {}.__format__",
                    inf.tyname(t)
                ),
            ))
        }
    };
    r.map_err(|e| inf.err(e.kind, span, e.msg))
}

/// `fmt % args` with a constant format: the argument count must match.
pub fn check_percent(inf: &mut Infer, left: &Expr, args: &[Type], span: Span) -> IResult<()> {
    let fmt = const_str(inf, left, "the format string of '%'")?;
    let pieces = f::parse_percent(&fmt).map_err(|e| inf.err(e.kind, left.span, e.msg))?;
    let mut wanted = 0;
    // The conversion each argument meets (`*` widths take their own).
    let mut convs = Vec::new();
    for p in &pieces {
        if let Piece::Conv {
            spec,
            width,
            precision,
        } = p
        {
            let stars = (*width == Count::Star) as usize + (*precision == Count::Star) as usize;
            convs.extend(std::iter::repeat_n('*', stars));
            convs.push(spec.conv);
            wanted += 1 + stars;
        }
    }
    for (i, t) in args.iter().enumerate() {
        // `%s` of any other value is its `str`, which the runtime shows;
        // an array's `%r` is its repr.
        let shown = (convs.get(i) == Some(&'s')
            && t.slots() > 0
            && !matches!(t, Type::Exc | Type::ExcArgs)
            && !super::class::has_text_method(inf, t)
            && !matches!(t, Type::Obj(_)))
            || (matches!(t, Type::Array(_) | Type::Enum(_)) && convs.get(i) == Some(&'r'))
            || matches!(t, Type::Enum(en) if en.int);
        if !(t.is_number() || *t == Type::Str || t.is_complex() || shown) {
            return Err(inf.err(
                "TypeError",
                span,
                format!("'%' formatting of {} is not supported", inf.tyname(t)),
            ));
        }
    }
    if wanted > args.len() {
        return Err(inf.err("TypeError", span, "not enough arguments for format string"));
    }
    if wanted < args.len() {
        return Err(inf.err(
            "TypeError",
            span,
            "not all arguments converted during string formatting",
        ));
    }
    Ok(())
}

/// `"{} {:.2f}".format(a, b)`: fields must match the arguments.
pub fn check_str_format(
    inf: &mut Infer,
    fmt: &str,
    args: &[Type],
    npos: usize,
    names: &[String],
    span: Span,
) -> IResult<()> {
    let pieces =
        parse_brace_format(fmt, npos, names).map_err(|m| inf.err("ValueError", span, m))?;
    for p in pieces {
        if let BracePiece::Field { index, spec, .. } = p {
            let Some(t) = args.get(index) else {
                return Err(inf.err(
                    "IndexError",
                    span,
                    format!("Replacement index {index} out of range for positional args tuple"),
                ));
            };
            // The runtime shows an instance by its address, not by the
            // __str__/__repr__ its class defines (f-strings call them).
            let t = t.clone();
            let own_text = match &t {
                Type::Obj(c) => super::class::text_method(inf, c, false).is_some(),
                t => super::class::has_text_method(inf, t),
            };
            if own_text {
                return Err(inf.err(
                    "TypeError",
                    span,
                    format!(
                        "str.format() of {}, instances whose class defines __str__ or __repr__, is not supported by rumba; use an f-string",
                        inf.tyname(&t)
                    ),
                ));
            }
            check_spec(inf, &t, &spec, span)?;
        }
    }
    Ok(())
}
