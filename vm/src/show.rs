//! The text of values: `str()` and `repr()` of every runtime type, as
//! CPython with numpy 2 prints them.

use crate::dtype::DType;
use crate::format::{self, FmtDType, RecordType, Scalar, ScalarType};
use crate::interp::Vm;
use crate::types::{IntTy, Type};
use crate::value::{obj, str_of, ArrayObj, ListObj, RecordObj};

/// numpy's scalar type of a dtype.
pub fn scalar_type(dt: DType) -> Option<ScalarType> {
    Some(match dt {
        DType::Bool => ScalarType::Bool,
        DType::I8 => ScalarType::Int(1),
        DType::I16 => ScalarType::Int(2),
        DType::I32 => ScalarType::Int(4),
        DType::I64 => ScalarType::Int(8),
        DType::U8 => ScalarType::UInt(1),
        DType::U16 => ScalarType::UInt(2),
        DType::U32 => ScalarType::UInt(4),
        DType::U64 => ScalarType::UInt(8),
        DType::F32 => ScalarType::F32,
        DType::F64 => ScalarType::F64,
        DType::C128 => ScalarType::C128,
        DType::Text {
            unicode: false,
            len,
        } => ScalarType::Bytes(len as usize),
        DType::Text { unicode: true, len } => ScalarType::Unicode(len as usize),
        DType::Record(_) => return None,
    })
}

/// The dtype of a real scalar type; complex numbers and strings have none
/// that loads in one slot.
fn dtype_of_scalar_type(t: ScalarType) -> Option<DType> {
    Some(match t {
        ScalarType::Bool => DType::Bool,
        ScalarType::Int(1) => DType::I8,
        ScalarType::Int(2) => DType::I16,
        ScalarType::Int(4) => DType::I32,
        ScalarType::Int(_) => DType::I64,
        ScalarType::UInt(1) => DType::U8,
        ScalarType::UInt(2) => DType::U16,
        ScalarType::UInt(4) => DType::U32,
        ScalarType::UInt(_) => DType::U64,
        ScalarType::F32 => DType::F32,
        ScalarType::F64 => DType::F64,
        ScalarType::C64 | ScalarType::C128 | ScalarType::Bytes(_) | ScalarType::Unicode(_) => {
            return None
        }
    })
}

/// A slot's value as a numpy scalar of the given dtype.
pub fn scalar(dt: DType, slot: u64) -> Scalar {
    match dt {
        DType::Bool => Scalar::Bool(slot != 0),
        DType::U8 | DType::U16 | DType::U32 | DType::U64 => Scalar::UInt(slot),
        DType::F32 => Scalar::F32(f64::from_bits(slot) as f32),
        DType::F64 => Scalar::F64(f64::from_bits(slot)),
        _ => Scalar::Int(slot as i64),
    }
}

/// The format description of a dtype; records come from the VM's table.
pub fn fmt_dtype(vm: &Vm, dt: DType) -> Option<FmtDType> {
    match dt {
        DType::Record(id) => vm.records.get(&id).map(|r| FmtDType::Record((**r).clone())),
        d => scalar_type(d).map(FmtDType::Scalar),
    }
}

/// Reads one element's scalars (a record's flattened fields).
///
/// # Safety
/// `p` must point at a live element of the dtype.
unsafe fn read_elem(dt: &FmtDType, p: *const u8, out: &mut Vec<Scalar>) {
    match dt {
        FmtDType::Scalar(ScalarType::C64) => {
            let (re, im) = (p as *const f32, (p as *const f32).add(1));
            out.push(Scalar::C64(re.read_unaligned(), im.read_unaligned()));
        }
        FmtDType::Scalar(ScalarType::C128) => {
            let (re, im) = (p as *const f64, (p as *const f64).add(1));
            out.push(Scalar::C128(re.read_unaligned(), im.read_unaligned()));
        }
        FmtDType::Scalar(ScalarType::Bytes(n)) => {
            out.push(Scalar::Bytes(crate::lib_record::read_bytes(p, *n).into()));
        }
        FmtDType::Scalar(ScalarType::Unicode(n)) => {
            out.push(Scalar::Str(crate::lib_record::read_unicode(p, *n).into()));
        }
        FmtDType::Scalar(t) => {
            if let Some(d) = dtype_of_scalar_type(*t) {
                out.push(scalar(d, d.load(p)));
            }
        }
        FmtDType::Record(r) => {
            for f in &r.fields {
                let n: usize = f.shape.iter().product::<usize>().max(1);
                let size = itemsize(&f.dtype);
                for i in 0..n {
                    read_elem(&f.dtype, p.add(f.offset + i * size), out);
                }
            }
        }
    }
}

fn itemsize(dt: &FmtDType) -> usize {
    match dt {
        FmtDType::Scalar(t) => t.itemsize(),
        FmtDType::Record(r) => r.itemsize,
    }
}

/// An array's dtype, shape and elements in C order, for printing.
pub fn array_parts(vm: &Vm, a: &ArrayObj) -> Option<(FmtDType, Vec<usize>, Vec<Scalar>)> {
    let dt = fmt_dtype(vm, a.dtype)?;
    let shape: Vec<usize> = a.shape().iter().map(|&d| d.max(0) as usize).collect();
    let mut elems = Vec::new();
    for off in a.offsets() {
        // SAFETY: offsets of a live array's elements.
        unsafe { read_elem(&dt, a.data.offset(off), &mut elems) };
    }
    Some((dt, shape, elems))
}

fn record_parts(
    vm: &Vm,
    id: crate::ffi::ctype::CTypeId,
    data: *const u8,
) -> Option<(RecordType, Vec<Scalar>)> {
    let r = vm.records.get(&id)?;
    let mut elems = Vec::new();
    // SAFETY: a record value points at a live struct of its type.
    unsafe { read_elem(&FmtDType::Record((**r).clone()), data, &mut elems) };
    Some(((**r).clone(), elems))
}

/// Appends `str(v)` (or `repr(v)`) of a value of type `t` held in `slots`.
pub fn show(vm: &Vm, t: &Type, slots: &[u64], repr: bool, out: &mut String) {
    let s0 = slots.first().copied().unwrap_or(0);
    match t {
        Type::Bool => out.push_str(if s0 != 0 { "True" } else { "False" }),
        Type::NpBool if repr => out.push_str(if s0 != 0 { "np.True_" } else { "np.False_" }),
        Type::NpBool => out.push_str(if s0 != 0 { "True" } else { "False" }),
        Type::Int(IntTy {
            py: true,
            signed: true,
            ..
        }) => out.push_str(&(s0 as i64).to_string()),
        Type::Int(IntTy { py: true, .. }) => out.push_str(&s0.to_string()),
        Type::Int(i) => {
            let text = if i.signed {
                (s0 as i64).to_string()
            } else {
                s0.to_string()
            };
            if repr {
                out.push_str(&format!("np.{}({text})", i.name()));
            } else {
                out.push_str(&text);
            }
        }
        Type::F64 => out.push_str(&format::float_repr(f64::from_bits(s0))),
        Type::NpF64 if repr => out.push_str(&format!(
            "np.float64({})",
            format::float_repr(f64::from_bits(s0))
        )),
        Type::NpF64 => out.push_str(&format::float_repr(f64::from_bits(s0))),
        Type::F32 => {
            let text = format::float32_str(f64::from_bits(s0) as f32);
            if repr {
                out.push_str(&format!("np.float32({text})"));
            } else {
                out.push_str(&text);
            }
        }
        Type::C128 | Type::NpC128 => {
            let (re, im) = (
                f64::from_bits(s0),
                f64::from_bits(slots.get(1).copied().unwrap_or(0)),
            );
            let text = format::complex_repr(re, im);
            if repr && *t == Type::NpC128 {
                // numpy drops the parentheses Python's repr adds.
                let inner = text.strip_prefix('(').and_then(|s| s.strip_suffix(')'));
                out.push_str(&format!("np.complex128({})", inner.unwrap_or(&text)));
            } else {
                out.push_str(&text);
            }
        }
        Type::None => out.push_str("None"),
        // SAFETY: the slot of a str value holds a string.
        Type::Str => unsafe {
            let s = str_of(s0);
            if repr {
                out.push_str(&format::str_repr(s));
            } else {
                out.push_str(s);
            }
        },
        Type::Exc => out.push_str(&crate::lib_exc::show(s0, repr)),
        Type::ExcArgs => out.push_str(&crate::lib_exc::show_args(s0)),
        // SAFETY: a bytes slot holds a string of byte-valued chars.
        Type::Bytes => out.push_str(&bytes_repr(unsafe { str_of(s0) })),
        Type::MixedList(items) => {
            out.push('[');
            let mut off = 0;
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let n = it.slots();
                show(vm, it, &slots[off..off + n], true, out);
                off += n;
            }
            out.push(']');
        }
        Type::Tuple(items) => {
            out.push('(');
            let mut off = 0;
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let n = it.slots();
                show(vm, it, &slots[off..off + n], true, out);
                off += n;
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Type::Enum(en) => crate::lib_enum::show(en, s0, repr, out),
        Type::OptObj(_) if s0 == 0 => out.push_str("None"),
        Type::Opt(_) if s0 == 0 => out.push_str("None"),
        Type::Opt(t) => show(vm, t, &slots[1..], repr, out),
        Type::Obj(c) | Type::OptObj(c) => {
            out.push_str(&format!("<{}.{} object at {s0:#x}>", c.module, c.name))
        }
        Type::NpGenerator if repr => out.push_str(&format!("Generator(PCG64) at 0x{s0:X}")),
        Type::NpGenerator => out.push_str("Generator(PCG64)"),
        Type::NpRandomState if repr => out.push_str(&format!("RandomState(MT19937) at 0x{s0:X}")),
        Type::NpRandomState => out.push_str("RandomState(MT19937)"),
        Type::NpBitGen => out.push_str(&format!("<numpy.random._pcg64.PCG64 object at {s0:#x}>")),
        Type::Named(n) => {
            out.push_str(&n.name);
            out.push('(');
            let mut off = 0;
            for (i, (f, it)) in n.fields.iter().zip(n.items.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(f);
                out.push('=');
                let k = it.slots();
                show(vm, it, &slots[off..off + k], true, out);
                off += k;
            }
            out.push(')');
        }
        Type::VarTuple(el) => {
            // SAFETY: the slot of a run-time-length tuple holds a list.
            let l = unsafe { obj::<ListObj>(s0) };
            let n = el.slots().max(1);
            out.push('(');
            for i in 0..l.len() {
                if i > 0 {
                    out.push_str(", ");
                }
                show(vm, el, &l.slots[i * n..i * n + el.slots()], true, out);
            }
            if l.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Type::List(el) | Type::TypedList(el) => {
            // A typed list shows its elements with `str`; its `repr` names
            // its type around them.
            let typed = matches!(t, Type::TypedList(_));
            if typed && repr {
                out.push_str(&t.numba_name(&|_| "record".into(), &|_| "pointer".into()));
                out.push('(');
            }
            // SAFETY: the slot of a list value holds a list.
            let l = unsafe { obj::<ListObj>(s0) };
            let n = el.slots().max(1);
            out.push('[');
            for i in 0..l.len() {
                if i > 0 {
                    out.push_str(", ");
                }
                show(vm, el, &l.slots[i * n..i * n + el.slots()], !typed, out);
            }
            out.push(']');
            if typed && repr {
                out.push(')');
            }
        }
        Type::Dict(d) => crate::lib_dict::show_dict(vm, d, s0, out),
        Type::Set(el) => crate::lib_dict::show_set(vm, el, s0, out),
        Type::Array(_) => {
            // SAFETY: the slot of an array value holds an array.
            let a = unsafe { obj::<ArrayObj>(s0) };
            match array_parts(vm, a) {
                Some((dt, shape, elems)) if repr => {
                    out.push_str(&format::array_repr(&dt, &shape, &elems, &vm.printopts))
                }
                Some((dt, shape, elems)) => {
                    out.push_str(&format::array_str(&dt, &shape, &elems, &vm.printopts))
                }
                None => out.push_str("<array>"),
            }
        }
        Type::Record(id) => {
            // SAFETY: the slot of a record value holds a record.
            let r = unsafe { obj::<RecordObj>(s0) };
            match record_parts(vm, *id, r.data) {
                Some((rt, elems)) => {
                    let text = format::record_str(&rt, &elems);
                    if repr {
                        out.push_str(&format!(
                            "np.void({}, dtype={})",
                            text,
                            format::dtype_str(&FmtDType::Record(rt))
                        ));
                    } else {
                        out.push_str(&text);
                    }
                }
                None => out.push_str("<record>"),
            }
        }
        Type::Ptr(_) => out.push_str(&format!("<pointer {s0:#x}>")),
        Type::CData(_) => out.push_str("<cdata>"),
        Type::ByteBuf(k) => out.push_str(&crate::lib_buffer::show(*k, s0)),
        Type::Range => {
            let (a, b, c) = (s0 as i64, slots[1] as i64, slots[2] as i64);
            if c == 1 {
                out.push_str(&format!("range({a}, {b})"));
            } else {
                out.push_str(&format!("range({a}, {b}, {c})"));
            }
        }
        Type::TypeObj(inner) => match inner.dtype() {
            // A numpy dtype reprs as `dtype('float64')`; Numba's scalar
            // types (Python's int, float and complex flavours) as names.
            Some(d) if repr && !inner.is_py_scalar() && !matches!(d, DType::Record(_)) => {
                match scalar_type(d) {
                    Some(st) => out.push_str(&format::dtype_repr(&FmtDType::Scalar(st), &[])),
                    None => out.push_str(d.name()),
                }
            }
            Some(d) => match fmt_dtype(vm, d) {
                Some(fd) => out.push_str(&format::dtype_str(&fd)),
                None => out.push_str(d.name()),
            },
            None => out.push_str("<class>"),
        },
        Type::NpClass(inner) => match inner.dtype() {
            Some(d) => out.push_str(&format!("<class 'numpy.{}'>", d.name())),
            None => out.push_str("<class>"),
        },
        Type::Const(..) | Type::Closure(..) | Type::Gen(_) | Type::Conflict(_) | Type::Unknown => {
            out.push_str("<object>")
        }
    }
}

/// Python's repr of bytes held as byte-valued chars: `b'ab\x00'`.
pub fn bytes_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (' '..='~').contains(&c) => out.push(c),
            c => out.push_str(&format!("\\x{:02x}", c as u32 & 0xff)),
        }
    }
    out.push(quote);
    out
}

pub fn to_string(vm: &Vm, t: &Type, slots: &[u64], repr: bool) -> String {
    let mut s = String::new();
    show(vm, t, slots, repr, &mut s);
    s
}
