//! The natives behind C interop: calls through prepared call interfaces
//! (and the direct calls compiled code makes), owned C data and views of C
//! memory, addresses, bounds checks, and C strings.

use crate::dtype::DType;
use crate::error::{err, VmError, VmResult};
use crate::ffi::call::CallIface;
use crate::ffi::ctype::Scalar;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{c_strides, incref, new_str, obj, str_of, ArrayObj, RecordObj};

/// A C call site: the function's address, its prepared interface, and the
/// arguments that are Python strings to pass as `char *`.
pub struct CCall {
    pub name: String,
    /// `None` for a call through a pointer: the address is argument slot 0.
    pub addr: Option<usize>,
    pub iface: CallIface,
    /// Slot indices of string arguments, after any address slot.
    pub strings: Vec<usize>,
    /// Integer arguments passed whole that must fit their C type.
    pub ranges: Vec<IntRange>,
}

/// The range an int64 argument slot must lie in for its C parameter.
pub struct IntRange {
    pub slot: usize,
    pub lo: i64,
    pub hi: i64,
    pub ctype: String,
}

pub fn ccall(
    vm: &mut Vm,
    _site: &NativeSite,
    call: &CCall,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (addr, args) = match call.addr {
        Some(a) => (a, args),
        None => (args[0] as usize, &args[1..]),
    };
    if addr == 0 {
        return err(
            "ValueError",
            format!("{}: call of a NULL function pointer", call.name),
        );
    }
    for r in &call.ranges {
        let v = args[r.slot] as i64;
        if v < r.lo || v > r.hi {
            return err(
                "OverflowError",
                match v < 0 && r.lo == 0 {
                    true => "can't convert negative number to unsigned".to_owned(),
                    false => format!("integer {v} does not fit '{}'", r.ctype),
                },
            );
        }
    }
    // What C prints must come after what the script printed.
    vm.out.flush();
    // Strings go to C as NUL-terminated bytes that live with the string.
    let mut with_strings = Vec::new();
    if !call.strings.is_empty() {
        with_strings.extend_from_slice(args);
        for &i in &call.strings {
            // SAFETY: the compiler marks only string slots.
            match unsafe { crate::value::c_str_of(args[i]) } {
                Some(p) => with_strings[i] = p as u64,
                None => return err("ValueError", "embedded null byte in a string passed to C"),
            }
        }
    }
    let slots = if call.strings.is_empty() {
        args
    } else {
        &with_strings
    };
    // SAFETY: the interface was prepared for this function's C type, and
    // the compiler converted every argument to its parameter's slot form.
    vm.lend_to_c(|| unsafe { call.iface.call(addr, slots, out) })
        .map_err(|m| VmError::new("SystemError", format!("{}: {m}", call.name)))
}

/// Owned C memory: `size` bytes, or `elem` bytes times the count in the
/// first argument, zeroed.
#[derive(Clone, Copy, Debug)]
pub struct NewCData {
    pub size: usize,
    pub elem: usize,
    pub counted: bool,
}

pub fn cdata_new(
    _vm: &mut Vm,
    _site: &NativeSite,
    spec: &NewCData,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let size = if spec.counted {
        let n = args[0] as i64;
        if n < 0 {
            return err("ValueError", format!("negative array length {n}"));
        }
        (n as usize)
            .checked_mul(spec.elem)
            .ok_or_else(|| VmError::new("MemoryError", ""))?
    } else {
        spec.size
    };
    out[0] = RecordObj::zeroed(size).ok_or_else(|| VmError::new("MemoryError", ""))?;
    Ok(())
}

/// A number slot (int64 or float64) in the representation of `dt`.
fn slot_as(dt: crate::dtype::DType, v: u64, float: bool) -> u64 {
    match (dt.is_float(), float) {
        (true, false) => (v as i64 as f64).to_bits(),
        (false, true) => f64::from_bits(v) as i64 as u64,
        _ => v,
    }
}

/// Where the initial values of new C data come from.
pub enum InitFrom {
    /// A list of numbers of this element type (its length sizes an open
    /// array).
    List(crate::types::Type),
    /// The bytes of a string, then a NUL.
    Bytes,
}

/// Where the initial values of new C data go.
pub enum InitLayout {
    /// One (offset, dtype) per value: struct fields in order.
    Fields(Vec<(u32, crate::dtype::DType)>),
    /// Consecutive array elements, at most `limit` of them (`None` for an
    /// open array, sized by the values).
    Elems {
        stride: u32,
        dt: crate::dtype::DType,
        limit: Option<usize>,
    },
}

impl InitLayout {
    /// The offset and dtype of value `i`, if the data has room for it.
    pub fn target(&self, i: usize) -> Option<(usize, crate::dtype::DType)> {
        match self {
            InitLayout::Fields(f) => f.get(i).map(|&(o, d)| (o as usize, d)),
            InitLayout::Elems { stride, dt, limit } => {
                (limit.is_none_or(|n| i < n)).then(|| (i * *stride as usize, *dt))
            }
        }
    }
}

/// New C data with initial values.
pub struct NewInit {
    pub spec: NewCData,
    pub layout: InitLayout,
    pub from: InitFrom,
}

pub fn cdata_new_init(
    _vm: &mut Vm,
    _site: &NativeSite,
    init: &NewInit,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let oom = || VmError::new("MemoryError", "");
    let values: Vec<(u64, bool)> = match &init.from {
        InitFrom::List(el) => {
            // SAFETY: the argument is a list.
            let l = unsafe { obj::<crate::value::ListObj>(args[0]) };
            l.slots.iter().map(|&v| (v, el.is_float())).collect()
        }
        // SAFETY: the argument is a string.
        InitFrom::Bytes => unsafe { str_of(args[0]) }
            .chars()
            .map(|c| (c as u32 as u64, false))
            .collect(),
    };
    let size = if init.spec.counted {
        // An open char array sized by bytes has room for the NUL.
        let n = values.len() + usize::from(matches!(init.from, InitFrom::Bytes));
        n.checked_mul(init.spec.elem).ok_or_else(oom)?
    } else {
        init.spec.size
    };
    let mut targets = Vec::with_capacity(values.len());
    for i in 0..values.len() {
        match init.layout.target(i) {
            Some((off, dt)) if off + dt.scalar_size().unwrap_or(8) as usize <= size => {
                targets.push((off, dt))
            }
            _ => {
                return err(
                    "IndexError",
                    format!("too many initializers ({})", values.len()),
                )
            }
        }
    }
    out[0] = RecordObj::zeroed(size).ok_or_else(oom)?;
    // SAFETY: owned C data is a record object.
    let data = unsafe { obj::<RecordObj>(out[0]).data };
    for ((off, dt), (v, float)) in targets.into_iter().zip(values) {
        // SAFETY: the store lies inside the allocation, checked above.
        unsafe { dt.store(data.add(off), slot_as(dt, v, float)) };
    }
    Ok(())
}

/// `ffi.addressof(s, "field")`: aux is the field offset.
pub fn cdata_field_addr(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &usize,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: owned C data is a record object.
    let data = unsafe { obj::<RecordObj>(args[0]).data };
    out[0] = data as u64 + *aux as u64;
    Ok(())
}

/// `ffi.string(p)` and `c_char_p` results (`result` set): the bytes up to
/// the first NUL, as a bytes value (one char per byte).
pub fn c_string(
    _vm: &mut Vm,
    _site: &NativeSite,
    result: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let p = args[0] as *const std::ffi::c_char;
    if p.is_null() {
        // ctypes gives None for a NULL c_char_p; rumba's bytes are never
        // None.
        let msg = match result {
            true => "NULL char * result: rumba has no None for c_char_p (use c_void_p and test it)",
            false => "cannot use string() on <cdata 'char *' NULL>",
        };
        return err("RuntimeError", msg);
    }
    // SAFETY: the script passes a C string; reading past its memory is the
    // script's own raw-pointer error.
    let bytes = unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes();
    out[0] = new_str(bytes.iter().map(|&b| b as char).collect::<String>());
    Ok(())
}

/// `b.decode()`: bytes (one char per byte) as UTF-8 text.
pub fn bytes_decode(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: a bytes slot holds a string of byte-valued chars.
    let bytes: Vec<u8> = unsafe { str_of(args[0]) }
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    match String::from_utf8(bytes) {
        Ok(s) => {
            out[0] = new_str(s);
            Ok(())
        }
        Err(e) => err(
            "UnicodeDecodeError",
            format!(
                "'utf-8' codec can't decode byte at position {}",
                e.utf8_error().valid_up_to()
            ),
        ),
    }
}

/// `s.encode()`: text as UTF-8 bytes.
pub fn str_encode(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    // SAFETY: a str slot holds a string.
    let s = unsafe { str_of(args[0]) };
    out[0] = new_str(s.bytes().map(|b| b as char).collect::<String>());
    Ok(())
}

/// cffi's errors for an index out of a C array's bounds; aux holds the
/// array type's name, its length and whether the index is negative.
pub fn c_index_error(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(String, u64, bool),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (name, len, negative) = aux;
    let i = args[0] as i64;
    if *negative {
        return err("IndexError", "negative index");
    }
    err(
        "IndexError",
        format!("index too large for cdata '{name}' (expected {i} < {len})"),
    )
}

/// A C `char` as bytes of length one.
pub fn char_bytes(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(char::from(args[0] as u8).to_string());
    Ok(())
}

/// Bytes of length one as a C `char`.
pub fn bytes_char(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    // SAFETY: a bytes slot holds a string of byte-valued chars.
    let s = unsafe { str_of(args[0]) };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => {
            out[0] = c as u32 as u8 as i8 as i64 as u64;
            Ok(())
        }
        _ => err(
            "TypeError",
            format!(
                "initializer for ctype 'char' must be a bytes of length 1, not bytes of length {}",
                s.chars().count()
            ),
        ),
    }
}

/// The address inside owned C data (`ctypes.pointer`, `byref`, plus a
/// byte offset when given).
pub fn cdata_addr(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    // SAFETY: owned C data is a record object.
    let data = unsafe { obj::<RecordObj>(args[0]).data } as u64;
    out[0] = data.wrapping_add(args.get(1).copied().unwrap_or(0));
    Ok(())
}

/// The bytes of owned C data (an open array's size is known only at run
/// time); `ValueError` for data of unknown extent.
fn cdata_bytes(v: u64) -> VmResult<usize> {
    // SAFETY: C data slots hold records.
    unsafe { obj::<RecordObj>(v) }
        .extent()
        .ok_or_else(|| VmError::new("ValueError", "the size of this C data is unknown"))
}

/// `len()` of an open C array: aux is the element size.
pub fn cdata_len(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &usize,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = (cdata_bytes(args[0])? / (*aux).max(1)) as u64;
    Ok(())
}

/// `sizeof()` of an open C array.
pub fn cdata_sizeof(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    out[0] = cdata_bytes(args[0])? as u64;
    Ok(())
}

/// Bounds check of an index into a C array: aux is (type name, element
/// size, length); an open array's length comes from its memory's size.
pub fn cdata_check_index(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(String, usize, Option<u64>),
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let (name, elem, len) = aux;
    let n = match len {
        Some(n) => *n as usize,
        None => cdata_bytes(args[0])? / (*elem).max(1),
    };
    let i = args[1] as i64;
    if i < 0 {
        return err("IndexError", "negative index");
    }
    if i as u64 >= n as u64 {
        return err(
            "IndexError",
            format!("index too large for cdata '{name}' (expected {i} < {n})"),
        );
    }
    Ok(())
}

/// Copies a struct or array value into C memory: args are the destination
/// address and the source data; aux is the size in bytes.
pub fn cdata_copy_into(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &usize,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let size = *aux;
    let dst = args[0] as *mut u8;
    if dst.is_null() {
        return err("ValueError", "NULL pointer access");
    }
    // SAFETY: struct and array slots hold records of at least `size` bytes;
    // the destination is C memory of the same type. `copy` allows overlap
    // (`a[0] = a[0]`).
    unsafe { std::ptr::copy(obj::<RecordObj>(args[1]).data, dst, size) };
    Ok(())
}

/// C data viewing the memory a pointer points to (ctypes' `.contents`);
/// the memory is borrowed, as in ctypes.
pub fn ptr_view(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    if args[0] == 0 {
        return err("ValueError", "NULL pointer access");
    }
    out[0] = RecordObj::view(args[0] as *mut u8, 0);
    Ok(())
}

/// How a scalar crosses a direct call from compiled code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectArg {
    Bool,
    Int { bytes: u8, signed: bool },
    F32,
    F64,
}

/// A C call compiled code can make directly, without libffi.
pub struct DirectSig {
    pub addr: usize,
    pub args: Vec<DirectArg>,
    pub ret: Option<DirectArg>,
    /// For a variadic function, the number of fixed parameters.
    pub fixed: Option<u32>,
    /// Integer argument slots and the range each must lie in.
    pub ranges: Vec<(usize, i64, i64)>,
}

/// The direct form of a `ccall` site: a known address and only scalars
/// crossing (no strings to convert, no structs by value).
pub fn direct_signature(site: &NativeSite) -> Option<DirectSig> {
    let call = site.data::<CCall>()?;
    let addr = call.addr?;
    if !call.strings.is_empty() {
        return None;
    }
    let (args, ret, fixed) = call.iface.scalars()?;
    let direct = |s: Scalar| match s {
        Scalar::Bool => DirectArg::Bool,
        Scalar::F32 => DirectArg::F32,
        Scalar::F64 => DirectArg::F64,
        Scalar::Ptr => DirectArg::Int {
            bytes: 8,
            signed: false,
        },
        s => DirectArg::Int {
            bytes: s.size() as u8,
            signed: s.is_signed(),
        },
    };
    Some(DirectSig {
        addr,
        args: args.into_iter().map(direct).collect(),
        ret: ret.map(direct),
        fixed: fixed.map(|n| n as u32),
        ranges: call.ranges.iter().map(|r| (r.slot, r.lo, r.hi)).collect(),
    })
}

/// `numba.carray(ptr, shape)` and `farray`: the element type, the shape's
/// integer types (bits, signed), and whether dimensions run Fortran's way.
pub struct CArray {
    pub dtype: DType,
    pub itemsize: u32,
    pub dims: Vec<(u8, bool)>,
    pub fortran: bool,
}

/// An array viewing C memory it does not own (no base buffer).
pub fn carray(
    _vm: &mut Vm,
    _site: &NativeSite,
    a: &CArray,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if args[0] == 0 {
        return err("ValueError", "NULL pointer access");
    }
    let shape: Vec<i64> = a
        .dims
        .iter()
        .zip(&args[1..])
        .map(|(&(bits, signed), &v)| {
            let sh = 64 - u32::from(bits);
            match signed {
                true => ((v << sh) as i64) >> sh,
                false => ((v << sh) >> sh) as i64,
            }
        })
        .collect();
    if shape.iter().any(|&d| d < 0) {
        return err("ValueError", "negative dimensions are not allowed");
    }
    let strides = if a.fortran {
        let mut st = Vec::with_capacity(shape.len());
        let mut s = i64::from(a.itemsize);
        for &d in &shape {
            st.push(s);
            s = s.saturating_mul(d.max(1));
        }
        st
    } else {
        c_strides(a.itemsize, &shape)
    };
    out[0] = ArrayObj::view(a.dtype, a.itemsize, args[0] as *mut u8, &shape, &strides, 0);
    Ok(())
}

/// A sub-array field of a record: its offset, element type and shape.
pub struct SubArray {
    pub offset: u32,
    pub dtype: DType,
    pub itemsize: u32,
    pub shape: Vec<i64>,
}

/// `rec.v` of a sub-array field: an array viewing the record's memory,
/// keeping alive what the record keeps alive.
pub fn subarray_view(
    _vm: &mut Vm,
    site: &NativeSite,
    a: &SubArray,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (data, owner) = match &site.arg_types[0] {
        // SAFETY: record slots hold records.
        Type::Record(_) => unsafe {
            let r = obj::<RecordObj>(args[0]);
            // A record that owns its memory is the owner itself.
            match r.base {
                0 => (r.data, args[0]),
                b => (r.data, b),
            }
        },
        // SAFETY: C data slots hold records (owned C memory).
        Type::CData(_) => unsafe { (obj::<RecordObj>(args[0]).data, args[0]) },
        _ => (args[0] as *mut u8, 0),
    };
    if data.is_null() {
        return err("ValueError", "NULL pointer access");
    }
    incref(owner);
    let strides = c_strides(a.itemsize, &a.shape);
    // SAFETY: the field lies inside the record.
    let p = unsafe { data.add(a.offset as usize) };
    out[0] = ArrayObj::view(a.dtype, a.itemsize, p, &a.shape, &strides, owner);
    Ok(())
}

/// `sum(arr)` of owned C data holding `len` numbers of a scalar type
/// (aux): a float for floats, summed in order as Python does, else an int.
pub fn carray_sum(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &(Scalar, u64),
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (scalar, len) = *aux;
    // SAFETY: the slot holds owned C data of the array type, `len` elements.
    let data = unsafe { obj::<RecordObj>(args[0]).data };
    let size = scalar.size() as usize;
    let mut fsum = 0.0f64;
    let mut isum = 0i64;
    for i in 0..len as usize {
        // SAFETY: element `i` of the array.
        let v = unsafe { super::call::load_scalar(scalar, data.add(i * size)) };
        if scalar.is_float() {
            fsum += f64::from_bits(v);
        } else {
            isum = isum.wrapping_add(v as i64);
        }
    }
    out[0] = if scalar.is_float() {
        fsum.to_bits()
    } else {
        isum as u64
    };
    Ok(())
}

/// How `ffi.new("S *", {name: value})` fills a struct: its size, its
/// named number fields (offset and dtype), and whether the dict's values
/// are floats.
#[derive(Debug)]
pub struct DictInit {
    pub size: usize,
    pub fields: Vec<(String, u32, DType)>,
    pub float: bool,
}

/// New zeroed C data with the fields a dict of `str` keys names set, as
/// cffi fills a struct from a dict.
pub fn cdata_new_from_dict(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &DictInit,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let r = RecordObj::zeroed(aux.size).ok_or_else(|| VmError::new("MemoryError", ""))?;
    // SAFETY: the slot holds a live dict of str keys to numbers, which
    // nothing changes here; `r` is a fresh record of `size` bytes.
    let stored = unsafe {
        let data = obj::<RecordObj>(r).data;
        crate::lib_dict::entries(args[0]).try_for_each(|(k, v)| {
            let key = str_of(k[0]);
            let Some(&(_, off, dt)) = aux.fields.iter().find(|f| f.0 == key) else {
                return err("KeyError", crate::format::str_repr(key));
            };
            if aux.float && !dt.is_float() {
                return err("TypeError", "an integer is required");
            }
            dt.store(data.add(off as usize), slot_as(dt, v[0], aux.float));
            Ok(())
        })
    };
    match stored {
        Ok(()) => {
            out[0] = r;
            Ok(())
        }
        Err(e) => {
            crate::value::decref(r);
            Err(e)
        }
    }
}
