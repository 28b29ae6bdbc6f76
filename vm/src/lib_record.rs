//! numpy's fixed-width string fields (`S5`, `U5`) in record memory: read as
//! bytes or str without the NUL padding, written truncated and padded as
//! numpy and Numba write them.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{new_str, obj, str_of, ArrayObj, ListObj, RecordObj};

/// A string field: its offset in the record, its length in characters, and
/// whether it holds UCS-4 code points (`U`) or bytes (`S`).
#[derive(Clone, Copy, Debug)]
pub struct TextField {
    pub offset: u32,
    pub len: u32,
    pub unicode: bool,
}

/// The bytes of an `S<n>` field up to its trailing NULs, one char a byte.
///
/// # Safety
/// `p` must be valid for reading `n` bytes.
pub unsafe fn read_bytes(p: *const u8, n: usize) -> String {
    let b = std::slice::from_raw_parts(p, n);
    let end = b.iter().rposition(|&c| c != 0).map_or(0, |i| i + 1);
    b[..end].iter().map(|&c| char::from(c)).collect()
}

/// The code points of a `U<n>` field up to its trailing NULs.
///
/// # Safety
/// `p` must be valid for reading `4 * n` bytes.
pub unsafe fn read_unicode(p: *const u8, n: usize) -> String {
    let units: Vec<u32> = (0..n)
        .map(|i| (p as *const u32).add(i).read_unaligned())
        .collect();
    let end = units.iter().rposition(|&c| c != 0).map_or(0, |i| i + 1);
    // Lone surrogates have no Rust char; numpy stores what Python gives,
    // which rumba's strings cannot hold either.
    units[..end]
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// Reads a string field: args are the record's address.
pub fn text_load(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &TextField,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let base = args[0] as *const u8;
    if base.is_null() {
        return err("ValueError", "NULL pointer access");
    }
    // SAFETY: the address is a live record of the type whose field this is.
    let s = unsafe {
        let p = base.add(f.offset as usize);
        if f.unicode {
            read_unicode(p, f.len as usize)
        } else {
            read_bytes(p, f.len as usize)
        }
    };
    out[0] = new_str(s);
    Ok(())
}

/// Writes `s` into `n` characters at `p`, cut and padded with NULs.
///
/// # Safety
/// `p` must be valid for writing `n` characters of the kind.
pub unsafe fn write_text(p: *mut u8, n: usize, unicode: bool, s: &str) {
    if unicode {
        let mut chars = s.chars().map(u32::from);
        for i in 0..n {
            (p as *mut u32)
                .add(i)
                .write_unaligned(chars.next().unwrap_or(0));
        }
    } else {
        // Bytes hold one char a byte.
        let mut bytes = s.chars().map(|c| c as u32 as u8);
        for i in 0..n {
            p.add(i).write(bytes.next().unwrap_or(0));
        }
    }
}

/// Writes a string field: args are the record's address and the value,
/// cut to the field's length and padded with NULs.
pub fn text_store(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &TextField,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let base = args[0] as *mut u8;
    if base.is_null() {
        return err("ValueError", "NULL pointer access");
    }
    // SAFETY: the slot holds a string; the address is a live record of
    // the type whose field this is, so the field's characters are in it.
    unsafe {
        write_text(
            base.add(f.offset as usize),
            f.len as usize,
            f.unicode,
            str_of(args[1]),
        )
    };
    Ok(())
}

/// numpy's error for a str stored into bytes memory (it encodes as ASCII).
pub fn check_ascii(s: &str) -> VmResult<()> {
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
        let code = u32::from(c);
        let esc = match code {
            0..=0xff => format!("\\x{code:02x}"),
            0x100..=0xffff => format!("\\u{code:04x}"),
            _ => format!("\\U{code:08x}"),
        };
        return err(
            "UnicodeEncodeError",
            format!(
                "'ascii' codec can't encode character '{esc}' in position {i}: ordinal not in range(128)"
            ),
        );
    }
    Ok(())
}

/// The text of the elements of a string array (`S<n>` or `U<n>`), in C
/// order.
pub fn text_elems(a: &ArrayObj) -> Vec<String> {
    let crate::dtype::DType::Text { unicode, len } = a.dtype else {
        return Vec::new();
    };
    a.offsets()
        .into_iter()
        // SAFETY: offsets of a live array's elements, `len` characters each.
        .map(|off| unsafe {
            let p = a.data.offset(off);
            if unicode {
                read_unicode(p, len as usize)
            } else {
                read_bytes(p, len as usize)
            }
        })
        .collect()
}

/// numpy's message for a source that does not fit the destination's shape.
fn broadcast_err<T>(from: &[i64], to: &[i64]) -> VmResult<T> {
    let shape = |s: &[i64]| match s {
        [n] => format!("({n},)"),
        s => format!(
            "({})",
            s.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
        ),
    };
    err(
        "ValueError",
        format!(
            "could not broadcast input array from shape {} into shape {}",
            shape(from),
            shape(to)
        ),
    )
}

/// `a['s'] = v` or `a.s = v` of a record array's string field, and `v`
/// stored into a string array view: `v` is one string, stored into every
/// element, or a list or string array of as many strings (a 1-element
/// one broadcasts).
pub fn text_column_store(
    _vm: &mut Vm,
    site: &NativeSite,
    f: &TextField,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the slots hold an array and a string, a list of strings or
    // a string array, as the site's types say.
    let a = unsafe { obj::<ArrayObj>(args[0]) };
    let offsets = a.offsets();
    let (values, from_str): (Vec<String>, bool) = match site.arg_types.get(1) {
        Some(Type::List(el)) => {
            // SAFETY: as above.
            let l = unsafe { obj::<ListObj>(args[1]) };
            // SAFETY: the list holds strings.
            let v = l.slots.iter().map(|&s| unsafe { str_of(s) }.to_string());
            (v.collect(), **el == Type::Str)
        }
        Some(Type::Array(at)) => {
            // SAFETY: as above.
            let src = unsafe { obj::<ArrayObj>(args[1]) };
            let ok = src.size() == 1
                || src.shape() == a.shape()
                || (src.ndim == 1 && a.shape().last() == src.shape().first());
            if !ok {
                return broadcast_err(src.shape(), a.shape());
            }
            let from_str = matches!(at.dtype, crate::dtype::DType::Text { unicode: true, .. });
            (text_elems(src), from_str)
        }
        t => {
            // SAFETY: as above.
            let s = unsafe { str_of(args[1]) }.to_string();
            (vec![s], t == Some(&Type::Str))
        }
    };
    // An array source's shape was checked: its rows repeat.
    let n = values.len();
    if n != offsets.len() && n != 1 && !matches!(site.arg_types.get(1), Some(Type::Array(_))) {
        return broadcast_err(&[n as i64], a.shape());
    }
    if !f.unicode && from_str {
        for v in &values {
            check_ascii(v)?;
        }
    }
    for (k, off) in offsets.into_iter().enumerate() {
        let Some(v) = values.get(k % n.max(1)) else {
            break;
        };
        // SAFETY: `off` is a live element of the array, whose memory holds
        // the string at `f.offset`.
        unsafe {
            write_text(
                a.data.offset(off).add(f.offset as usize),
                f.len as usize,
                f.unicode,
                v,
            )
        };
    }
    Ok(())
}

/// A new record holding a copy of a record's `size` bytes (aux).
pub fn record_copy(
    _vm: &mut Vm,
    _site: &NativeSite,
    size: &usize,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let Some(r) = RecordObj::zeroed(*size) else {
        return err("MemoryError", "out of memory for a record");
    };
    // SAFETY: both slots hold records of the same type, `size` bytes each;
    // the new one is distinct.
    unsafe {
        std::ptr::copy_nonoverlapping(
            obj::<RecordObj>(args[0]).data,
            obj::<RecordObj>(r).data,
            *size,
        )
    };
    out[0] = r;
    Ok(())
}

/// A record's field names paired with their offsets.
pub struct FieldOffsets(pub Vec<(String, i64)>);

/// `dtype.fields[name][1]` of a name known at run time: args are the name.
pub fn field_offset(
    _vm: &mut Vm,
    _site: &NativeSite,
    table: &FieldOffsets,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the argument is a str.
    let name = unsafe { str_of(args[0]) };
    match table.0.iter().find(|(n, _)| n == name) {
        Some((_, off)) => {
            out[0] = *off as u64;
            Ok(())
        }
        None => err("KeyError", format!("'{name}'")),
    }
}

/// A comparison of string arrays (or of one with a string), elementwise
/// over their broadcast shape: which sides are arrays.
pub struct TextCmp {
    pub op: crate::lib_keyed::CmpKind,
    pub left_array: bool,
    pub right_array: bool,
}

/// One side's strings over the broadcast shape `shape` (a string's trailing
/// NULs are not part of it, as in numpy's string memory).
fn text_side(slot: u64, array: bool, shape: &[i64], n: usize) -> Vec<String> {
    if !array {
        // SAFETY: a string slot holds a string.
        let s = unsafe { str_of(slot) }.trim_end_matches('\0').to_string();
        return vec![s; n];
    }
    // SAFETY: array slots hold arrays.
    let a = unsafe { obj::<ArrayObj>(slot) };
    let crate::dtype::DType::Text { unicode, len } = a.dtype else {
        return Vec::new();
    };
    crate::lib_numpy::broadcast_offsets(a, shape)
        .into_iter()
        // SAFETY: broadcast offsets stay within the array.
        .map(|off| unsafe {
            let p = a.data.offset(off);
            match unicode {
                true => read_unicode(p, len as usize),
                false => read_bytes(p, len as usize),
            }
        })
        .collect()
}

pub fn text_compare(
    _vm: &mut Vm,
    _site: &NativeSite,
    c: &TextCmp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    use crate::lib_keyed::CmpKind;
    let shape_of = |slot: u64, array: bool| -> Vec<i64> {
        match array {
            // SAFETY: array slots hold arrays.
            true => unsafe { obj::<ArrayObj>(slot) }.shape().to_vec(),
            false => Vec::new(),
        }
    };
    let (ls, rs) = (
        shape_of(args[0], c.left_array),
        shape_of(args[1], c.right_array),
    );
    let shape = crate::lib_numpy::broadcast(&ls, &rs)?;
    let n = shape.iter().product::<i64>().max(0) as usize;
    let l = text_side(args[0], c.left_array, &shape, n);
    let r = text_side(args[1], c.right_array, &shape, n);
    let res = ArrayObj::zeros(crate::dtype::DType::Bool, 1, &shape)
        .ok_or_else(|| crate::error::VmError::new("MemoryError", ""))?;
    // SAFETY: just allocated, C-contiguous with one byte an element.
    let data = unsafe { obj::<ArrayObj>(res) }.data;
    for (i, (a, b)) in l.iter().zip(&r).enumerate() {
        let v = match c.op {
            CmpKind::Eq => a == b,
            CmpKind::Ne => a != b,
            CmpKind::Lt => a < b,
            CmpKind::Le => a <= b,
            CmpKind::Gt => a > b,
            CmpKind::Ge => a >= b,
        };
        // SAFETY: `i` is below the result's size.
        unsafe { *data.add(i) = u8::from(v) };
    }
    out[0] = res;
    Ok(())
}
