//! Natives behind C interop: calls through prepared call interfaces, owned
//! C data, and C strings.

use crate::error::{err, VmError, VmResult};
use crate::ffi::call::CallIface;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{new_str, obj, str_of, RecordObj};
use std::ffi::CString;

/// A C call site: the function's address, its prepared interface, and the
/// arguments that are Python strings to pass as `char *`.
pub struct CCall {
    pub name: String,
    pub addr: usize,
    pub iface: CallIface,
    /// Slot indices of string arguments.
    pub strings: Vec<usize>,
}

pub fn ccall(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let call = site.aux::<CCall>();
    // What C prints must come after what the script printed.
    vm.out.flush();
    if call.strings.is_empty() {
        // SAFETY: as below.
        return unsafe { call.iface.call(call.addr, args, out) }
            .map_err(|m| VmError::new("SystemError", format!("{}: {m}", call.name)));
    }
    let mut slots = [0u64; 32];
    let slots = &mut slots[..args.len()];
    slots.copy_from_slice(args);
    // Strings go to C as NUL-terminated copies that live for the call.
    let mut keep = Vec::with_capacity(call.strings.len());
    for &i in &call.strings {
        // SAFETY: the compiler marks only string slots.
        let text = unsafe { str_of(args[i]) };
        let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        let Ok(c) = CString::new(bytes) else {
            return err("ValueError", "embedded null byte in a string passed to C");
        };
        slots[i] = c.as_ptr() as u64;
        keep.push(c);
    }
    // SAFETY: the interface was prepared for this function's C type, and
    // the compiler converted every argument to its parameter's slot form.
    unsafe { call.iface.call(call.addr, slots, out) }
        .map_err(|m| VmError::new("SystemError", format!("{}: {m}", call.name)))?;
    drop(keep);
    Ok(())
}

/// Owned C memory: `size` bytes, or `elem` bytes times the count in the
/// first argument, zeroed.
#[derive(Clone, Copy)]
pub struct NewCData {
    pub size: usize,
    pub elem: usize,
    pub counted: bool,
    /// A scalar initial value in the last argument: its dtype, and whether
    /// the argument is a float64 slot (else int64).
    pub init: Option<(crate::dtype::DType, bool)>,
}

pub fn cdata_new(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let spec = site.aux::<NewCData>();
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
    if let (Some((dt, float)), Some(&v)) = (spec.init, args.last()) {
        // SAFETY: just allocated with room for one element.
        unsafe { dt.store(obj::<RecordObj>(out[0]).data, slot_as(dt, v, float)) };
    }
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

/// New C data with fields set from the arguments: the stores are
/// (offset, dtype) per argument, whose slots hold the field's type.
pub struct NewInit {
    pub spec: NewCData,
    pub stores: Vec<(u32, crate::dtype::DType)>,
}

pub fn cdata_new_init(
    vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let init = site.aux::<NewInit>();
    let size = init.spec.size;
    let _ = vm;
    out[0] = RecordObj::zeroed(size).ok_or_else(|| VmError::new("MemoryError", ""))?;
    // SAFETY: owned C data is a record object; the offsets lie inside it.
    let data = unsafe { obj::<RecordObj>(out[0]).data };
    for ((off, dt), &v) in init.stores.iter().zip(args) {
        // SAFETY: as above.
        unsafe { dt.store(data.add(*off as usize), v) };
    }
    Ok(())
}

/// `ffi.addressof(s, "field")`: aux is the field offset.
pub fn cdata_field_addr(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: owned C data is a record object.
    let data = unsafe { obj::<RecordObj>(args[0]).data };
    out[0] = data as u64 + *site.aux::<usize>() as u64;
    Ok(())
}

/// `ffi.string(p)` and `c_char_p` results: the bytes up to the first NUL,
/// as a bytes value (one char per byte).
pub fn c_string(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let p = args[0] as *const std::ffi::c_char;
    if p.is_null() {
        return err(
            "RuntimeError",
            "cannot use string() on <cdata 'char *' NULL>",
        );
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

/// The address inside owned C data (`ctypes.pointer`, `byref`).
pub fn cdata_addr(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    // SAFETY: owned C data is a record object.
    out[0] = unsafe { obj::<RecordObj>(args[0]).data } as u64;
    Ok(())
}
