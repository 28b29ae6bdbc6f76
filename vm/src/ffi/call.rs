//! Calls from the VM into C through libffi, as LuaJIT's lj_ccall.c does for
//! its interpreter.
//!
//! A [`CallIface`] is prepared once per call site from the function's C
//! type: the libffi call interface (with struct types built from the record
//! layouts) and one conversion per argument. Everything that can be wrong
//! with a signature is found then, so [`CallIface::call`] only converts
//! slots and calls, without allocating (up to [`INLINE_ARGS`] arguments)
//! or looking anything up.
//!
//! Values cross as VM slots: integers sign- or zero-extended to 64 bits,
//! floats (`float` too) as `f64` bits, bools as 0/1, pointers as addresses.
//! A struct argument's slot is the address of its bytes; a struct result
//! becomes a new owned record (see [`RecordObj`]).

#![deny(unsafe_op_in_unsafe_fn)]

use super::ctype::{CType, CTypeId, CTypes, Record, RecordKind, Scalar};
use crate::value::{obj, RecordObj};
use libffi::middle::{Cif, Type};
use libffi::raw;
use std::ffi::c_void;
use std::ptr;

// Narrow C values are read and written in the low bytes of 64-bit slots and
// buffers, which is where a little-endian machine keeps them.
const _: () = assert!(cfg!(target_endian = "little"));

/// Calls with up to this many arguments convert them on the stack; longer
/// ones use a heap buffer.
pub const INLINE_ARGS: usize = 16;

/// The deepest nesting of structs passed by value. libffi classifies
/// structs recursively, so the depth must be bounded.
const MAX_NESTING: usize = 32;

/// The most scalar elements a struct passed by value may flatten to
/// (arrays in structs count one per element, as libffi sees them).
const MAX_ELEMENTS: u64 = 1 << 16;

/// How a C argument or result crosses between memory and a slot.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Conv {
    Scalar(Scalar),
    /// A struct by value, of this many bytes.
    Struct(usize),
}

/// A prepared call interface: the libffi CIF of one C function type (with
/// the types of the actual arguments in its variadic part) and the
/// conversions of its arguments and result.
pub struct CallIface {
    cif: Cif,
    pub(super) args: Box<[Conv]>,
    /// `None` for `void`.
    pub(super) ret: Option<Conv>,
    /// For a variadic function, the number of fixed parameters.
    fixed: Option<usize>,
}

impl CallIface {
    /// Prepares calls of function type `func`. For a variadic function,
    /// `variadic_extra` are the C types of the arguments after the fixed
    /// ones, already promoted (`double`, not `float`; `int`, not `short`).
    pub fn new(
        types: &CTypes,
        func: CTypeId,
        variadic_extra: &[CTypeId],
    ) -> Result<CallIface, String> {
        let CType::Func(f) = types.get(func) else {
            return Err(format!(
                "ctype '{}' is not a function type",
                types.name(func)
            ));
        };
        if !f.variadic && !variadic_extra.is_empty() {
            return Err(format!(
                "'{}' takes {} arguments, not {}",
                types.name(func),
                f.params.len(),
                f.params.len() + variadic_extra.len()
            ));
        }
        for (i, &t) in variadic_extra.iter().enumerate() {
            if let Some(s) = types.scalar(t) {
                let promoted = match s {
                    Scalar::F32 => Some("double"),
                    Scalar::Bool | Scalar::I8 | Scalar::U8 | Scalar::I16 | Scalar::U16 => {
                        Some("int")
                    }
                    _ => None,
                };
                if let Some(p) = promoted {
                    return Err(format!(
                        "variadic argument {} has type '{}', which C promotes to '{p}'",
                        f.params.len() + i + 1,
                        types.name(t)
                    ));
                }
            }
        }
        let (ret, rtype) = if types.is_void(f.ret) {
            (None, Type::void())
        } else {
            let (conv, ty) = c_type(types, f.ret, Place::Result)?;
            (Some(conv), ty)
        };
        let mut args = Vec::with_capacity(f.params.len() + variadic_extra.len());
        let mut atypes = Vec::with_capacity(args.capacity());
        for &p in f.params.iter().chain(variadic_extra) {
            let (conv, ty) = c_type(types, p, Place::Argument)?;
            args.push(conv);
            atypes.push(ty);
        }
        let cif = if f.variadic {
            Cif::try_new_variadic(atypes, f.params.len(), rtype)
        } else {
            Cif::try_new(atypes, rtype)
        }
        .map_err(|_| {
            format!(
                "libffi failed to build the function type '{}'",
                types.name(func)
            )
        })?;
        Ok(CallIface {
            cif,
            args: args.into_boxed_slice(),
            ret,
            fixed: f.variadic.then_some(f.params.len()),
        })
    }

    /// The signature when only scalars cross (compiled code then calls the
    /// function directly): the arguments, the result (`None` for `void`)
    /// and, for a variadic function, the number of fixed parameters.
    #[allow(clippy::type_complexity)]
    pub fn scalars(&self) -> Option<(Vec<Scalar>, Option<Scalar>, Option<usize>)> {
        let scalar = |c: &Conv| match *c {
            Conv::Scalar(s) => Some(s),
            Conv::Struct(_) => None,
        };
        let args = self.args.iter().map(scalar).collect::<Option<Vec<_>>>()?;
        let ret = match &self.ret {
            Some(c) => Some(scalar(c)?),
            None => None,
        };
        Some((args, ret, self.fixed))
    }

    /// The libffi CIF, which a callback's closure refers to.
    pub(super) fn cif_ptr(&self) -> *mut raw::ffi_cif {
        self.cif.as_raw_ptr()
    }

    /// Calls the C function at `fnptr` with argument slots `args` and writes
    /// the result slot to `out[0]` (nothing for `void`). A struct result is
    /// a new record whose reference the caller owns.
    ///
    /// # Safety
    /// `fnptr` must be a C function of the type this interface was prepared
    /// for, and the arguments must be valid for it: the slot of a struct
    /// argument must point to that many readable bytes, and pointer
    /// arguments must be what the function expects.
    pub unsafe fn call(&self, fnptr: usize, args: &[u64], out: &mut [u64]) -> Result<(), String> {
        let n = self.args.len();
        if args.len() != n {
            return Err(format!("expected {n} argument slots, got {}", args.len()));
        }
        if self.ret.is_some() && out.is_empty() {
            return Err("no slot for the result".to_owned());
        }
        if fnptr == 0 {
            return Err("cannot call a NULL function pointer".to_owned());
        }
        if n <= INLINE_ARGS {
            let mut vals = [0u64; INLINE_ARGS];
            let mut ptrs = [ptr::null_mut(); INLINE_ARGS];
            // SAFETY: as for this function; the buffers have `n` entries.
            unsafe { self.call_with(fnptr, args, out, &mut vals[..n], &mut ptrs[..n]) }
        } else {
            let (mut vals, mut ptrs) = (vec![0; n], vec![ptr::null_mut(); n]);
            // SAFETY: as for this function; the buffers have `n` entries.
            unsafe { self.call_with(fnptr, args, out, &mut vals, &mut ptrs) }
        }
    }

    /// [`Self::call`] after its checks, with buffers of one entry per
    /// argument: `vals` for converted values, `ptrs` for libffi's argument
    /// pointers.
    ///
    /// # Safety
    /// As for [`Self::call`]; `fnptr` is nonzero, `args`, `vals` and `ptrs`
    /// have an entry per argument, and `out` has one for a result.
    #[inline(always)]
    unsafe fn call_with(
        &self,
        fnptr: usize,
        args: &[u64],
        out: &mut [u64],
        vals: &mut [u64],
        ptrs: &mut [*mut c_void],
    ) -> Result<(), String> {
        let vals = vals.as_mut_ptr();
        for (i, (conv, slot)) in self.args.iter().zip(args).enumerate() {
            ptrs[i] = match *conv {
                Conv::Scalar(s @ (Scalar::F32 | Scalar::Bool)) => {
                    let c = if s == Scalar::F32 {
                        u64::from((f64::from_bits(*slot) as f32).to_bits())
                    } else {
                        u64::from(*slot != 0)
                    };
                    // SAFETY: `vals` has an entry per argument; it is only
                    // written through this raw pointer.
                    unsafe {
                        let v = vals.add(i);
                        *v = c;
                        v.cast()
                    }
                }
                // The slot itself holds the value: libffi reads the C type's
                // low bytes, and never writes through argument pointers.
                Conv::Scalar(_) => ptr::from_ref(slot).cast_mut().cast(),
                Conv::Struct(_) => *slot as *mut c_void,
            };
        }
        // SAFETY: `fnptr` is nonzero, and the caller promises it is a C
        // function of this interface's type.
        let f = unsafe {
            std::mem::transmute::<*const c_void, unsafe extern "C" fn()>(fnptr as *const c_void)
        };
        let cif = self.cif.as_raw_ptr();
        let argv = ptrs.as_mut_ptr();
        // SAFETY (each ffi_call): the CIF describes the function; `argv`
        // holds a pointer to a value of the right C type per argument; the
        // result buffer holds the result and at least a full register
        // (`ffi_arg`), which libffi writes for small integers.
        match self.ret {
            None => unsafe { raw::ffi_call(cif, Some(f), ptr::null_mut(), argv) },
            Some(Conv::Scalar(s)) => {
                let mut rv = 0u64;
                unsafe { raw::ffi_call(cif, Some(f), ptr::from_mut(&mut rv).cast(), argv) };
                // SAFETY: `rv` holds the result in its low bytes.
                out[0] = unsafe { load_scalar(s, ptr::from_ref(&rv).cast()) };
            }
            Some(Conv::Struct(size)) if size >= size_of::<u64>() => {
                let rec = RecordObj::zeroed(size).ok_or_else(out_of_memory)?;
                // SAFETY: `rec` is a new record of `size` bytes, which
                // libffi fills with the result.
                unsafe { raw::ffi_call(cif, Some(f), obj::<RecordObj>(rec).data.cast(), argv) };
                out[0] = rec;
            }
            Some(Conv::Struct(size)) => {
                let mut rv = 0u64;
                unsafe { raw::ffi_call(cif, Some(f), ptr::from_mut(&mut rv).cast(), argv) };
                // SAFETY: the struct's `size` bytes are the start of `rv`.
                let rec = unsafe { RecordObj::copy_of(ptr::from_ref(&rv).cast(), size) };
                out[0] = rec.ok_or_else(out_of_memory)?;
            }
        }
        Ok(())
    }
}

fn out_of_memory() -> String {
    "out of memory for a struct result".to_owned()
}

/// The slot for the C scalar at `p`.
///
/// # Safety
/// `p` must point to `s.size()` readable bytes.
#[inline(always)]
pub(super) unsafe fn load_scalar(s: Scalar, p: *const u8) -> u64 {
    // SAFETY: the caller's promise; every read is unaligned-safe.
    unsafe {
        match s {
            Scalar::Bool => u64::from(p.read() != 0),
            Scalar::I8 => p.cast::<i8>().read() as u64,
            Scalar::U8 => u64::from(p.read()),
            Scalar::I16 => p.cast::<i16>().read_unaligned() as u64,
            Scalar::U16 => u64::from(p.cast::<u16>().read_unaligned()),
            Scalar::I32 => p.cast::<i32>().read_unaligned() as u64,
            Scalar::U32 => u64::from(p.cast::<u32>().read_unaligned()),
            Scalar::F32 => f64::from(p.cast::<f32>().read_unaligned()).to_bits(),
            Scalar::I64 | Scalar::U64 | Scalar::F64 | Scalar::Ptr => {
                p.cast::<u64>().read_unaligned()
            }
        }
    }
}

/// Stores slot `v` as the C scalar `s` at `p`, widened to a full register
/// as libffi wants a closure's integer result.
///
/// # Safety
/// `p` must point to 8 writable bytes.
#[inline(always)]
pub(super) unsafe fn store_scalar(s: Scalar, v: u64, p: *mut u8) {
    let widened = match s {
        Scalar::Bool => u64::from(v != 0),
        Scalar::I8 => v as i8 as u64,
        Scalar::U8 => u64::from(v as u8),
        Scalar::I16 => v as i16 as u64,
        Scalar::U16 => u64::from(v as u16),
        Scalar::I32 => v as i32 as u64,
        Scalar::U32 => u64::from(v as u32),
        Scalar::F32 => u64::from((f64::from_bits(v) as f32).to_bits()),
        Scalar::I64 | Scalar::U64 | Scalar::F64 | Scalar::Ptr => v,
    };
    // SAFETY: the caller's promise.
    unsafe { p.cast::<u64>().write_unaligned(widened) };
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Argument,
    Result,
}

impl Place {
    fn name(self) -> &'static str {
        match self {
            Place::Argument => "argument",
            Place::Result => "return value",
        }
    }
}

/// The conversion and libffi type of an argument or result of C type `id`.
fn c_type(types: &CTypes, id: CTypeId, place: Place) -> Result<(Conv, Type), String> {
    match types.get(id) {
        CType::Record(r) => {
            let (ty, _) = StructType { types, place }.build(id, r, 0)?;
            // A struct libffi accepted is complete, so it has a size.
            let size = types.size(id).unwrap_or(0) as usize;
            Ok((Conv::Struct(size), ty))
        }
        _ => match types.scalar(id) {
            Some(s) => Ok((Conv::Scalar(s), scalar_type(s))),
            None => Err(format!(
                "ctype '{}' not supported as {}",
                types.name(id),
                place.name()
            )),
        },
    }
}

fn scalar_type(s: Scalar) -> Type {
    match s {
        Scalar::Bool | Scalar::U8 => Type::u8(),
        Scalar::I8 => Type::i8(),
        Scalar::I16 => Type::i16(),
        Scalar::U16 => Type::u16(),
        Scalar::I32 => Type::i32(),
        Scalar::U32 => Type::u32(),
        Scalar::I64 => Type::i64(),
        Scalar::U64 => Type::u64(),
        Scalar::F32 => Type::f32(),
        Scalar::F64 => Type::f64(),
        Scalar::Ptr => Type::pointer(),
    }
}

/// Builds libffi struct types from record layouts, refusing what libffi
/// cannot pass the way C does, with cffi's messages.
struct StructType<'a> {
    types: &'a CTypes,
    place: Place,
}

impl StructType<'_> {
    fn unsupported(&self, id: CTypeId, detail: &str) -> String {
        format!(
            "ctype '{}' not supported as {}.  {detail}",
            self.types.name(id),
            self.place.name()
        )
    }

    /// The libffi type of struct `id`, with arrays flattened into repeated
    /// elements, and the number of scalar elements it flattens to.
    fn build(&self, id: CTypeId, r: &Record, depth: usize) -> Result<(Type, u64), String> {
        let t = self.types;
        if r.kind == RecordKind::Union {
            return Err(format!(
                "ctype '{}' not supported as {} by libffi",
                t.name(id),
                self.place.name()
            ));
        }
        let Some(layout) = &r.layout else {
            return Err(self.unsupported(id, "It is an incomplete struct"));
        };
        if depth >= MAX_NESTING {
            return Err(self.unsupported(
                id,
                &format!("It nests structs more than {MAX_NESTING} deep"),
            ));
        }
        let too_large = || self.unsupported(id, "It has too many members for libffi");
        let mut elems = Vec::new();
        let mut offsets = Vec::new();
        let mut total: u64 = 0;
        for field in &layout.fields {
            let mut ty = field.ty;
            let mut count: u64 = 1;
            while let CType::Array { elem, len } = t.get(ty) {
                match len {
                    Some(n) if *n > 0 => count = count.checked_mul(*n).ok_or_else(too_large)?,
                    _ => return Err(self.unsupported(
                        id,
                        "It is a struct with a zero-length array, which libffi does not support",
                    )),
                }
                ty = *elem;
            }
            let (elem, leaves) = match t.get(ty) {
                CType::Record(inner) => self.build(ty, inner, depth + 1)?,
                _ => match t.scalar(ty) {
                    Some(s) => (scalar_type(s), 1),
                    None => {
                        return Err(self
                            .unsupported(id, &format!("It has a member of type '{}'", t.name(ty))))
                    }
                },
            };
            total = count
                .checked_mul(leaves)
                .and_then(|n| n.checked_add(total))
                .filter(|&n| n <= MAX_ELEMENTS)
                .ok_or_else(too_large)?;
            let stride = t.size(ty).unwrap_or(0);
            for k in 0..count {
                offsets.push((field.offset + k * stride) as usize);
                elems.push(elem.clone());
            }
        }
        if elems.is_empty() {
            return Err(
                self.unsupported(id, "It is an empty struct, which libffi does not support")
            );
        }
        let mut st = Type::structure(elems);
        // libffi lays the struct out by the C rules; a layout of ours that
        // differs (packing) cannot be passed as libffi would pass it.
        let packed = || {
            self.unsupported(
                id,
                "It is a 'packed' structure, with a different layout than expected by libffi",
            )
        };
        let theirs = st
            .struct_offsets(raw::ffi_abi_FFI_DEFAULT_ABI)
            .map_err(|_| packed())?;
        // SAFETY: `st` is a valid struct type, initialized just above.
        let (size, align) = unsafe {
            let raw = &*st.as_raw_ptr();
            (raw.size as u64, u64::from(raw.alignment))
        };
        if theirs != offsets || size != layout.size || align != layout.align {
            return Err(packed());
        }
        Ok((st, total))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::ffi::clib::{self, CLib};
    use crate::ffi::cparse::{cdef, CDecl};
    use crate::value::decref;
    use std::sync::OnceLock;

    /// The type of the function that `decl` declares, declaring it in `t`.
    pub(crate) fn func_type(t: &mut CTypes, decl: &str) -> CTypeId {
        let decls = cdef(t, decl).unwrap_or_else(|e| panic!("{decl}: {e}"));
        match decls.last() {
            Some(CDecl::Func { ty, .. }) => *ty,
            d => panic!("{decl}: not a function: {d:?}"),
        }
    }

    fn iface(t: &mut CTypes, decl: &str, extra: &[&str]) -> CallIface {
        let f = func_type(t, decl);
        let extra: Vec<CTypeId> = extra
            .iter()
            .map(|e| crate::ffi::cparse::parse_type(t, e).unwrap())
            .collect();
        CallIface::new(t, f, &extra).unwrap_or_else(|e| panic!("{decl}: {e}"))
    }

    fn call1(ci: &CallIface, f: usize, args: &[u64]) -> u64 {
        let mut out = [0u64];
        unsafe { ci.call(f, args, &mut out) }.unwrap();
        out[0]
    }

    fn d(x: f64) -> u64 {
        x.to_bits()
    }

    /// The record bytes behind a struct result, released afterwards.
    pub(crate) fn record_bytes(slot: u64, size: usize) -> Vec<u8> {
        let bytes =
            unsafe { std::slice::from_raw_parts(obj::<RecordObj>(slot).data, size) }.to_vec();
        decref(slot);
        bytes
    }

    const TEST_C: &str = r#"
        #include <stdint.h>
        #include <stdbool.h>
        struct pt { double x, y; };
        struct mix { int a; char b; double c; };
        struct big { long a, b, c; };
        struct tiny { char c; short s; };
        struct arr { float f[3]; int n; };
        struct nest { struct pt p; int k; };
        struct pt pt_add(struct pt a, struct pt b) { struct pt r = { a.x + b.x, a.y + b.y }; return r; }
        double pt_dot(struct pt a, struct pt b) { return a.x * b.x + a.y * b.y; }
        struct mix mix_make(int a, char b, double c) { struct mix m = { a, b, c }; return m; }
        double mix_sum(struct mix m) { return m.a + m.b + m.c; }
        struct big big_make(long a, long b, long c) { struct big r = { a, b, c }; return r; }
        long big_sum(struct big b, long k) { return (b.a + b.b + b.c) * k; }
        struct tiny tiny_make(char c, short s) { struct tiny t = { c, s }; return t; }
        int tiny_sum(struct tiny t) { return t.c + t.s; }
        double arr_sum(struct arr a) { return a.f[0] + a.f[1] + a.f[2] + a.n; }
        struct nest nest_make(double x, double y, int k) { struct nest n = { { x, y }, k }; return n; }
        double mixed10(int a, double b, int c, double d, int e, double f, int g, double h, int i, double j) {
            return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
        }
        float fmul(float a, float b) { return a * b; }
        double fwiden(float a) { return a; }
        int8_t neg8(int8_t x) { return -x; }
        uint8_t inc8(uint8_t x) { return x + 1; }
        uint16_t inc16(uint16_t x) { return x + 1; }
        int16_t neg16(int16_t x) { return -x; }
        uint32_t inc32(uint32_t x) { return x + 1; }
        int64_t neg64(int64_t x) { return -x; }
        uint64_t twice64(uint64_t x) { return x * 2; }
        bool is_odd(int x) { return x & 1; }
        int not_b(bool b) { return !b; }
        int sum20(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9,
                  int b0, int b1, int b2, int b3, int b4, int b5, int b6, int b7, int b8, int b9) {
            return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
                 + (b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9) * 100;
        }
        int apply_id(int (*f)(int, double), int x, double y) { return f(x, y); }
        struct pt apply_pt(struct pt (*f)(struct pt, double), double s) {
            struct pt p = { 1.5, -2.0 };
            return f(p, s);
        }
        int8_t apply_narrow(int8_t (*f)(uint8_t, int16_t, float), uint8_t a, int16_t b) {
            return f(a, b, 0.5f);
        }
        float apply_float(float (*f)(float)) { return f(1.25f); }
        void apply_void(void (*f)(int), int n) { for (int i = 0; i < n; i++) f(i); }
    "#;

    pub(crate) const TEST_CDEF: &str = r#"
        struct pt { double x, y; };
        struct mix { int a; char b; double c; };
        struct big { long a, b, c; };
        struct tiny { char c; short s; };
        struct arr { float f[3]; int n; };
        struct nest { struct pt p; int k; };
    "#;

    /// A small C library compiled for the tests, or `None` (with a note)
    /// where no C compiler is available.
    pub(crate) fn test_lib() -> Option<&'static CLib> {
        static LIB: OnceLock<Option<CLib>> = OnceLock::new();
        LIB.get_or_init(|| {
            let dir = std::env::temp_dir().join(format!("rumba-ffi-test-{}", std::process::id()));
            std::fs::create_dir_all(&dir).ok()?;
            let src = dir.join("t.c");
            let so = dir.join("libt.so");
            std::fs::write(&src, TEST_C).ok()?;
            let built = std::process::Command::new("cc")
                .args(["-shared", "-fPIC", "-O1", "-o"])
                .arg(&so)
                .arg(&src)
                .status()
                .is_ok_and(|s| s.success());
            let lib = built.then(|| clib::open(so.to_str()).unwrap());
            // The loaded library stays mapped once its file is gone.
            let _ = std::fs::remove_dir_all(&dir);
            if lib.is_none() {
                eprintln!("note: no working `cc`; skipping tests of compiled C functions");
            }
            lib
        })
        .as_ref()
    }

    #[test]
    fn libc_and_libm() {
        let lib = clib::open(None).unwrap();
        let mut t = CTypes::new();
        let sin = iface(&mut t, "double sin(double);", &[]);
        let r = f64::from_bits(call1(&sin, lib.lookup("sin").unwrap(), &[d(0.5)]));
        assert_eq!(r, 0.5f64.sin());
        let abs = iface(&mut t, "int abs(int);", &[]);
        assert_eq!(
            call1(&abs, lib.lookup("abs").unwrap(), &[(-42i64) as u64]),
            42
        );
        // Only the low 32 bits of the slot are the int.
        assert_eq!(call1(&abs, lib.lookup("abs").unwrap(), &[0x1_0000_0007]), 7);
        let strlen = iface(&mut t, "size_t strlen(const char *);", &[]);
        let s = c"hello, world";
        assert_eq!(
            call1(&strlen, lib.lookup("strlen").unwrap(), &[s.as_ptr() as u64]),
            12
        );
        let snprintf = iface(
            &mut t,
            "int snprintf(char *, size_t, const char *, ...);",
            &["int", "double"],
        );
        let mut buf = [0u8; 64];
        let fmt = c"%d and %.3f";
        let n = call1(
            &snprintf,
            lib.lookup("snprintf").unwrap(),
            &[
                buf.as_mut_ptr() as u64,
                64,
                fmt.as_ptr() as u64,
                (-7i64) as u64,
                d(2.5),
            ],
        );
        assert_eq!(n, 12);
        assert_eq!(&buf[..13], b"-7 and 2.500\0");
    }

    #[test]
    fn void_results_and_bad_calls() {
        let lib = clib::open(None).unwrap();
        let mut t = CTypes::new();
        let srand = iface(&mut t, "void srand(unsigned int);", &[]);
        let f = lib.lookup("srand").unwrap();
        unsafe { srand.call(f, &[1], &mut []) }.unwrap();
        let e = |r: Result<(), String>| r.unwrap_err();
        assert_eq!(
            e(unsafe { srand.call(f, &[], &mut []) }),
            "expected 1 argument slots, got 0"
        );
        assert_eq!(
            e(unsafe { srand.call(0, &[1], &mut []) }),
            "cannot call a NULL function pointer"
        );
        let abs = iface(&mut t, "int abs(int);", &[]);
        assert_eq!(
            e(unsafe { abs.call(f, &[1], &mut []) }),
            "no slot for the result"
        );
    }

    #[test]
    fn unsupported_signatures() {
        let mut t = CTypes::new();
        cdef(
            &mut t,
            "union u { int i; float f; };
             struct hasu { int k; union u u; };
             struct inc;
             struct flex { int n; double d[]; };
             struct zero { int n; double d[0]; };
             struct empty { };",
        )
        .unwrap();
        let err = |t: &mut CTypes, decl: &str, extra: &[CTypeId]| {
            let f = func_type(t, decl);
            CallIface::new(t, f, extra).err().unwrap()
        };
        assert_eq!(
            err(&mut t, "int f1(union u);", &[]),
            "ctype 'union u' not supported as argument by libffi"
        );
        assert_eq!(
            err(&mut t, "union u f2(void);", &[]),
            "ctype 'union u' not supported as return value by libffi"
        );
        assert_eq!(
            err(&mut t, "int f3(struct hasu);", &[]),
            "ctype 'union u' not supported as argument by libffi"
        );
        assert_eq!(
            err(&mut t, "int f4(struct inc);", &[]),
            "ctype 'struct inc' not supported as argument.  It is an incomplete struct"
        );
        assert_eq!(
            err(&mut t, "int f5(struct flex);", &[]),
            "ctype 'struct flex' not supported as argument.  It is a struct with a \
             zero-length array, which libffi does not support"
        );
        assert_eq!(
            err(&mut t, "int f6(struct zero);", &[]),
            "ctype 'struct zero' not supported as argument.  It is a struct with a \
             zero-length array, which libffi does not support"
        );
        assert_eq!(
            err(&mut t, "struct empty f7(void);", &[]),
            "ctype 'struct empty' not supported as return value.  It is an empty struct, \
             which libffi does not support"
        );
        let float = CTypeId::FLOAT;
        assert_eq!(
            err(&mut t, "int printf(const char *, ...);", &[float]),
            "variadic argument 2 has type 'float', which C promotes to 'double'"
        );
        assert_eq!(
            err(&mut t, "int printf(const char *, ...);", &[CTypeId::SHORT]),
            "variadic argument 2 has type 'short', which C promotes to 'int'"
        );
        assert_eq!(
            err(&mut t, "int abs(int);", &[CTypeId::INT]),
            "'int(int)' takes 1 arguments, not 2"
        );
        assert_eq!(
            CallIface::new(&t, CTypeId::INT, &[]).err().unwrap(),
            "ctype 'int' is not a function type"
        );
        let void = CTypeId::VOID;
        assert_eq!(
            err(&mut t, "int printf(const char *, ...);", &[void]),
            "ctype 'void' not supported as argument"
        );
        let arr = crate::ffi::cparse::parse_type(&mut t, "int[4]").unwrap();
        assert_eq!(
            err(&mut t, "int printf(const char *, ...);", &[arr]),
            "ctype 'int[4]' not supported as argument"
        );
    }

    #[test]
    fn packed_structs_are_refused() {
        let mut t = CTypes::new();
        let packed = t
            .struct_type(&[("c", CTypeId::CHAR), ("d", CTypeId::DOUBLE)], Some(1))
            .unwrap();
        let f = t.func(CTypeId::INT, &[packed], false).unwrap();
        let name = t.name(packed);
        assert_eq!(
            CallIface::new(&t, f, &[]).err().unwrap(),
            format!(
                "ctype '{name}' not supported as argument.  It is a 'packed' structure, with a \
                 different layout than expected by libffi"
            )
        );
        // Packing that changes nothing is harmless.
        let same = t
            .struct_type(&[("a", CTypeId::INT), ("b", CTypeId::INT)], Some(4))
            .unwrap();
        let f = t.func(same, &[same], false).unwrap();
        assert!(CallIface::new(&t, f, &[]).is_ok());
    }

    #[test]
    fn huge_and_deep_structs_are_refused() {
        let mut t = CTypes::new();
        cdef(&mut t, "struct huge { char c[100000]; };").unwrap();
        let f = func_type(&mut t, "int fh(struct huge);");
        assert_eq!(
            CallIface::new(&t, f, &[]).err().unwrap(),
            "ctype 'struct huge' not supported as argument.  It has too many members for libffi"
        );
        let mut s = CTypeId::INT;
        for _ in 0..40 {
            s = t.struct_type(&[("m", s)], None).unwrap();
        }
        let f = t.func(CTypeId::VOID, &[s], false).unwrap();
        let e = CallIface::new(&t, f, &[]).err().unwrap();
        assert!(e.ends_with("It nests structs more than 32 deep"), "{e}");
    }

    #[test]
    fn structs_by_value() {
        let Some(lib) = test_lib() else { return };
        let mut t = CTypes::new();
        cdef(&mut t, TEST_CDEF).unwrap();
        let sym = |name: &str| lib.lookup(name).unwrap();

        let pt_add = iface(&mut t, "struct pt pt_add(struct pt, struct pt);", &[]);
        let a = [1.0f64, 2.0];
        let b = [10.0f64, 20.0];
        let r = call1(
            &pt_add,
            sym("pt_add"),
            &[a.as_ptr() as u64, b.as_ptr() as u64],
        );
        let bytes = record_bytes(r, 16);
        assert_eq!(f64::from_ne_bytes(bytes[..8].try_into().unwrap()), 11.0);
        assert_eq!(f64::from_ne_bytes(bytes[8..].try_into().unwrap()), 22.0);
        let pt_dot = iface(&mut t, "double pt_dot(struct pt, struct pt);", &[]);
        let r = call1(
            &pt_dot,
            sym("pt_dot"),
            &[a.as_ptr() as u64, b.as_ptr() as u64],
        );
        assert_eq!(f64::from_bits(r), 50.0);

        let mix_make = iface(&mut t, "struct mix mix_make(int, char, double);", &[]);
        let m = call1(&mix_make, sym("mix_make"), &[(-3i64) as u64, 65, d(0.25)]);
        let m_bytes = record_bytes(m, 16);
        assert_eq!(i32::from_ne_bytes(m_bytes[..4].try_into().unwrap()), -3);
        assert_eq!(m_bytes[4], 65);
        assert_eq!(f64::from_ne_bytes(m_bytes[8..].try_into().unwrap()), 0.25);
        let mix_sum = iface(&mut t, "double mix_sum(struct mix);", &[]);
        let r = call1(&mix_sum, sym("mix_sum"), &[m_bytes.as_ptr() as u64]);
        assert_eq!(f64::from_bits(r), 62.25);

        let big_make = iface(&mut t, "struct big big_make(long, long, long);", &[]);
        let r = call1(&big_make, sym("big_make"), &[1, (-2i64) as u64, 3 << 40]);
        let big = record_bytes(r, 24);
        let big_sum = iface(&mut t, "long big_sum(struct big, long);", &[]);
        let r = call1(&big_sum, sym("big_sum"), &[big.as_ptr() as u64, 2]);
        assert_eq!(r as i64, (1 - 2 + (3i64 << 40)) * 2);

        let tiny_make = iface(&mut t, "struct tiny tiny_make(char, short);", &[]);
        let r = call1(&tiny_make, sym("tiny_make"), &[7, (-300i64) as u64]);
        let tiny = record_bytes(r, 4);
        let tiny_sum = iface(&mut t, "int tiny_sum(struct tiny);", &[]);
        let r = call1(&tiny_sum, sym("tiny_sum"), &[tiny.as_ptr() as u64]);
        assert_eq!(r as i64, -293);

        let arr_sum = iface(&mut t, "double arr_sum(struct arr);", &[]);
        let mut arr = [0u8; 16];
        for (i, v) in [0.5f32, 1.5, 2.0].iter().enumerate() {
            arr[i * 4..i * 4 + 4].copy_from_slice(&v.to_ne_bytes());
        }
        arr[12..].copy_from_slice(&10i32.to_ne_bytes());
        let r = call1(&arr_sum, sym("arr_sum"), &[arr.as_ptr() as u64]);
        assert_eq!(f64::from_bits(r), 14.0);

        let nest_make = iface(&mut t, "struct nest nest_make(double, double, int);", &[]);
        let r = call1(&nest_make, sym("nest_make"), &[d(1.0), d(-1.0), 9]);
        let nest = record_bytes(r, 24);
        assert_eq!(f64::from_ne_bytes(nest[8..16].try_into().unwrap()), -1.0);
        assert_eq!(i32::from_ne_bytes(nest[16..20].try_into().unwrap()), 9);
    }

    #[test]
    fn scalars_and_many_arguments() {
        let Some(lib) = test_lib() else { return };
        let mut t = CTypes::new();
        let sym = |name: &str| lib.lookup(name).unwrap();

        let mixed = iface(
            &mut t,
            "double mixed10(int, double, int, double, int, double, int, double, int, double);",
            &[],
        );
        let args: Vec<u64> = (1..=10)
            .map(|i| {
                if i % 2 == 1 {
                    i as u64
                } else {
                    d(i as f64 + 0.5)
                }
            })
            .collect();
        let want: f64 = (1..=10)
            .map(|i| {
                if i % 2 == 1 {
                    (i * i) as f64
                } else {
                    (i as f64 + 0.5) * i as f64
                }
            })
            .sum();
        assert_eq!(f64::from_bits(call1(&mixed, sym("mixed10"), &args)), want);

        let sum20 = iface(
            &mut t,
            "int sum20(int, int, int, int, int, int, int, int, int, int,
                       int, int, int, int, int, int, int, int, int, int);",
            &[],
        );
        let args: Vec<u64> = (0..20).map(|i| i as u64).collect();
        assert_eq!(call1(&sum20, sym("sum20"), &args), 45 + 145 * 100);

        let fmul = iface(&mut t, "float fmul(float, float);", &[]);
        let r = f64::from_bits(call1(&fmul, sym("fmul"), &[d(1.5), d(-2.25)]));
        assert_eq!(r, -3.375);
        let fwiden = iface(&mut t, "double fwiden(float);", &[]);
        let r = f64::from_bits(call1(&fwiden, sym("fwiden"), &[d(0.1)]));
        assert_eq!(r, f64::from(0.1f32));

        let cases: [(&str, &str, u64, u64); 9] = [
            ("int8_t neg8(int8_t);", "neg8", 5, (-5i64) as u64),
            (
                "int8_t neg8(int8_t);",
                "neg8",
                (-128i64) as u64,
                (-128i64) as u64,
            ),
            ("uint8_t inc8(uint8_t);", "inc8", 255, 0),
            ("uint8_t inc8(uint8_t);", "inc8", 0x1ff, 0),
            ("uint16_t inc16(uint16_t);", "inc16", 65534, 65535),
            ("int16_t neg16(int16_t);", "neg16", 300, (-300i64) as u64),
            (
                "uint32_t inc32(uint32_t);",
                "inc32",
                0xffff_fffe,
                0xffff_ffff,
            ),
            (
                "int64_t neg64(int64_t);",
                "neg64",
                1 << 40,
                (-(1i64 << 40)) as u64,
            ),
            ("uint64_t twice64(uint64_t);", "twice64", 1 << 62, 1 << 63),
        ];
        for (decl, name, arg, want) in cases {
            let ci = iface(&mut t, decl, &[]);
            assert_eq!(call1(&ci, sym(name), &[arg]), want, "{name}({arg:#x})");
        }
        let is_odd = iface(&mut t, "_Bool is_odd(int);", &[]);
        assert_eq!(call1(&is_odd, sym("is_odd"), &[7]), 1);
        assert_eq!(call1(&is_odd, sym("is_odd"), &[8]), 0);
        let not_b = iface(&mut t, "int not_b(_Bool);", &[]);
        assert_eq!(call1(&not_b, sym("not_b"), &[1]), 0);
        assert_eq!(call1(&not_b, sym("not_b"), &[0]), 1);
        // Any nonzero slot is true, as C's conversion to _Bool has it.
        assert_eq!(call1(&not_b, sym("not_b"), &[0x100]), 0);
    }
}
