//! C function pointers that call back into the VM, as LuaJIT's
//! lj_ccallback.c makes them for Lua functions.
//!
//! A [`Callback`] owns a libffi closure: a piece of code that C calls like
//! any function of the callback's C type. The closure converts the C
//! arguments to slots, runs the callback's [`Target`] and converts its
//! result slot back to the C return type. Slots are as in [`super::call`],
//! except that structs are records: a struct argument arrives as a new
//! record that the target borrows, and a struct result is a record
//! reference that the target hands over.
//!
//! This module does not know the interpreter: the caller makes the target.
//! A script function's target reaches the VM only through
//! `Vm::with_lent`, that is while a native's C call lends it (the script
//! calls `qsort`, which calls back); called at any other time it fails
//! without touching the VM.
//!
//! Targets are `Fn`, not `FnMut`, because C may re-enter a callback: a
//! callback may call C that calls the same callback again.
//!
//! On x86-64 Linux a callback whose arguments and result are scalars does
//! not use libffi's closure, which classifies the arguments again on every
//! call: as LuaJIT's lj_ccallback.c does, C calls one of a table of small
//! stubs ([`stubs`]), which saves the argument registers and calls
//! [`stubs::dispatch`] with its index; where each argument is (which
//! register, or which stack word) was worked out when the callback was
//! made.
//!
//! A callback whose target is a script function returning its result to
//! C may also get a [`Direct`] way to it: the VM enters the function's
//! compiled trace with the argument slots, without the target's layers
//! (`Vm::call` and the like); when it cannot (no trace yet, too deep), the
//! target runs as usual.
//!
//! An exception cannot unwind through C frames. As in cffi, an error from
//! the target is handed to [`OnError`] (which prints it, as cffi prints
//! "From cffi callback ..." and the traceback) and the callback returns its
//! error result to C: the slot given at creation, or zeros for a struct.
//! A panic in a target or in `on_error` cannot unwind through C either: it
//! aborts the process.

#![deny(unsafe_op_in_unsafe_fn)]

use super::call::{load_scalar, store_scalar, CallIface, Conv, INLINE_ARGS};
use super::ctype::{CType, CTypeId, CTypes};
use crate::error::VmError;
use crate::value::{decref, obj, RecordObj};
use libffi::{low, raw};
use std::cell::Cell;
use std::ffi::c_void;
use std::ptr;

/// What a callback runs: it reads the argument slots (borrowed) and writes
/// the result slot to `out[0]` (owned by the callback afterwards). An
/// error is the exception the callback raised.
pub type Target = Box<dyn Fn(&[u64], &mut [u64]) -> Result<(), VmError>>;

/// Reports an error that a callback cannot return to C.
pub type OnError = Box<dyn Fn(&VmError)>;

/// A shorter way to a callback's target that a stub takes when it can:
/// [`Vm::call_lent`](crate::interp::Vm::call_lent) calls script function
/// `pid` with the argument slots, its one result going to `ret[0]`, or
/// returns `None` (nothing done) when it cannot, and the target runs
/// instead. It enters a compiled function trace without the layers a
/// target goes through, keeping in the callback's own [`Memo`] what it
/// found out about `pid`. (Called directly, not through a function
/// pointer, so that it inlines into the stubs' dispatch.)
#[derive(Clone, Copy)]
pub struct Direct {
    pub pid: usize,
    /// The result is an integer that C takes as a float.
    pub to_float: bool,
}

/// What `Vm::call_lent` keeps between calls of one callback: the VM it
/// applies to (a VM's unique number, 0 for none) and two words about the
/// function there.
#[derive(Clone, Copy, Default)]
pub struct Memo {
    pub vm: u64,
    pub code: usize,
    pub size: usize,
}

/// A C function pointer that runs a [`Target`]. The code pointer is valid
/// while the `Callback` lives; C must not call it afterwards.
pub struct Callback {
    /// From `ffi_closure_alloc`, freed on drop; null when the callback has
    /// a stub instead.
    closure: *mut low::ffi_closure,
    /// The stub's index in the stub table, when it has one.
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    stub: Option<usize>,
    code: usize,
    /// From `Box::into_raw`; the closure's userdata, freed after it.
    handler: *mut Handler,
}

struct Handler {
    iface: CallIface,
    target: Target,
    on_error: OnError,
    error_result: u64,
    /// Where a stub finds the arguments, when the callback has a stub.
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    layout: Option<stubs::Layout>,
    direct: Option<Direct>,
    /// `Vm::call_lent`'s memo.
    memo: Cell<Memo>,
}

impl Callback {
    /// A C function of type `func` (a function type, not variadic) that
    /// runs `target`. Errors are reported to `on_error`, after which C gets
    /// `error_result` (converted to the return type as a result slot is).
    pub fn new(
        types: &CTypes,
        func: CTypeId,
        target: Target,
        on_error: OnError,
        error_result: u64,
    ) -> Result<Callback, String> {
        if let CType::Func(f) = types.get(func) {
            if f.variadic {
                return Err(format!(
                    "a callback cannot be variadic: '{}'",
                    types.name(func)
                ));
            }
        }
        let iface = CallIface::new(types, func, &[])?;
        let handler = Box::into_raw(Box::new(Handler {
            iface,
            target,
            on_error,
            error_result,
            #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
            layout: None,
            direct: None,
            memo: Cell::new(Memo::default()),
        }));
        #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
        // SAFETY: the handler lives until `drop` releases the stub.
        if let Some((stub, code)) = unsafe { stubs::claim(handler) } {
            return Ok(Callback {
                closure: ptr::null_mut(),
                stub: Some(stub),
                code,
                handler,
            });
        }
        let Some((closure, code)) = low::try_closure_alloc() else {
            // SAFETY: from `Box::into_raw` above, and not shared yet.
            drop(unsafe { Box::from_raw(handler) });
            return Err("cannot allocate memory for a callback".to_owned());
        };
        let cb = Callback {
            closure,
            #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
            stub: None,
            code: code.as_ptr() as usize,
            handler,
        };
        // SAFETY: the closure is freshly allocated with its code address;
        // the CIF and the handler live in the handler's box, which outlives
        // the closure (see Drop).
        let status = unsafe {
            raw::ffi_prep_closure_loc(
                closure,
                (*handler).iface.cif_ptr(),
                Some(trampoline),
                handler.cast(),
                code.as_mut_ptr(),
            )
        };
        if status != raw::ffi_status_FFI_OK {
            return Err(format!(
                "libffi failed to build a callback of type '{}'",
                types.name(func)
            ));
        }
        Ok(cb)
    }

    /// The address C calls.
    pub fn code_ptr(&self) -> usize {
        self.code
    }

    /// Gives the stub a shorter way to the target, which must be the
    /// script function `d.pid` returning its one result to C (converted
    /// as `d.to_float` says), as the target would. Before C has the code
    /// pointer.
    pub fn set_direct(&mut self, d: Direct) {
        // SAFETY: the handler lives as long as `self`, and no call runs
        // it while C does not have the code pointer yet.
        unsafe { (*self.handler).direct = Some(d) }
    }
}

impl Drop for Callback {
    fn drop(&mut self) {
        #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
        if let Some(k) = self.stub {
            stubs::release(k);
        }
        // SAFETY: both were allocated in `new` and are freed once, the
        // closure (or the stub) first, so nothing can reach the handler
        // afterwards.
        unsafe {
            if !self.closure.is_null() {
                low::closure_free(self.closure);
            }
            drop(Box::from_raw(self.handler));
        }
    }
}

/// The closure's entry, called by libffi when C calls the code pointer.
unsafe extern "C" fn trampoline(
    _cif: *mut raw::ffi_cif,
    result: *mut c_void,
    args: *mut *mut c_void,
    handler: *mut c_void,
) {
    // SAFETY: the userdata is the handler, alive while the closure is, and
    // only shared (a re-entered callback shares it again).
    let h = unsafe { &*handler.cast_const().cast::<Handler>() };
    // SAFETY: libffi passes the result buffer and argument pointers of the
    // handler's CIF.
    unsafe { h.run(result.cast(), args.cast_const().cast()) }
}

/// Callback stubs for x86-64 System V (see the module's header).
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
mod stubs {
    use super::{load_scalar, Conv, Handler, INLINE_ARGS};
    use crate::ffi::ctype::Scalar;
    use std::ptr;
    use std::sync::atomic::{AtomicPtr, Ordering};

    /// Stubs in the table; callbacks beyond these use libffi.
    const STUBS: usize = 256;
    /// Bytes per stub.
    const STUB_BYTES: usize = 16;
    /// Integer and float argument registers (rdi rsi rdx rcx r8 r9,
    /// xmm0–xmm7), saved in this order by the common entry.
    const GPRS: usize = 6;
    const FPRS: usize = 8;

    // Stub k: `mov eax, k; jmp common`, 16 bytes each. The common entry
    // saves the argument registers below its frame pointer and calls
    // `dispatch(k, saved, stack arguments)`, which leaves the result in
    // the saved rax (integers) or xmm0 (floats) slot.
    std::arch::global_asm!(
        ".text",
        ".balign 16",
        ".globl rumba_callback_stubs",
        ".hidden rumba_callback_stubs",
        "rumba_callback_stubs:",
        ".set rumba_callback_k, 0",
        ".rept {n}",
        "movl $rumba_callback_k, %eax",
        "jmp 2f",
        ".balign 16, 0xcc",
        ".set rumba_callback_k, rumba_callback_k + 1",
        ".endr",
        "2:",
        "pushq %rbp",
        "movq %rsp, %rbp",
        "subq $112, %rsp",
        "movq %rdi, 0(%rsp)",
        "movq %rsi, 8(%rsp)",
        "movq %rdx, 16(%rsp)",
        "movq %rcx, 24(%rsp)",
        "movq %r8, 32(%rsp)",
        "movq %r9, 40(%rsp)",
        "movsd %xmm0, 48(%rsp)",
        "movsd %xmm1, 56(%rsp)",
        "movsd %xmm2, 64(%rsp)",
        "movsd %xmm3, 72(%rsp)",
        "movsd %xmm4, 80(%rsp)",
        "movsd %xmm5, 88(%rsp)",
        "movsd %xmm6, 96(%rsp)",
        "movsd %xmm7, 104(%rsp)",
        "movl %eax, %edi",
        "movq %rsp, %rsi",
        "leaq 16(%rbp), %rdx",
        "call {dispatch}",
        "movq 0(%rsp), %rax",
        "movsd 48(%rsp), %xmm0",
        "leave",
        "ret",
        n = const STUBS,
        dispatch = sym dispatch,
        options(att_syntax),
    );

    extern "C" {
        #[link_name = "rumba_callback_stubs"]
        static TABLE: u8;
    }

    /// Each stub's handler, or null when the stub is free.
    static SLOTS: [AtomicPtr<Handler>; STUBS] = [const { AtomicPtr::new(ptr::null_mut()) }; STUBS];

    /// Where an argument is among the saved registers (`Reg(i)`: word i of
    /// the saved area) or the stack arguments (`Stack(i)`).
    #[derive(Clone, Copy)]
    pub(super) enum Loc {
        Reg(usize),
        Stack(usize),
    }

    /// Where a handler's arguments are, and whether its result goes to
    /// xmm0; `None` when a stub cannot call it (a struct by value, or more
    /// arguments than the inline buffer).
    pub(super) struct Layout {
        args: Box<[(Loc, Scalar)]>,
        float_ret: bool,
        /// Every argument is a 64-bit integer or pointer in the argument
        /// registers, in order: the saved registers are the slots.
        raw: bool,
    }

    fn layout(h: &Handler) -> Option<Layout> {
        if h.iface.args.len() > INLINE_ARGS {
            return None;
        }
        let (mut gpr, mut fpr, mut stack) = (0, 0, 0);
        let mut args = Vec::with_capacity(h.iface.args.len());
        for conv in h.iface.args.iter() {
            let Conv::Scalar(s) = *conv else {
                return None;
            };
            let float = matches!(s, Scalar::F32 | Scalar::F64);
            let loc = match float {
                false if gpr < GPRS => {
                    gpr += 1;
                    Loc::Reg(gpr - 1)
                }
                true if fpr < FPRS => {
                    fpr += 1;
                    Loc::Reg(GPRS + fpr - 1)
                }
                _ => {
                    stack += 1;
                    Loc::Stack(stack - 1)
                }
            };
            args.push((loc, s));
        }
        let float_ret = match h.iface.ret {
            None => false,
            Some(Conv::Scalar(s)) => matches!(s, Scalar::F32 | Scalar::F64),
            Some(Conv::Struct(_)) => return None,
        };
        let raw = args.iter().enumerate().all(|(i, &(loc, s))| {
            matches!(loc, Loc::Reg(r) if r == i)
                && matches!(s, Scalar::I64 | Scalar::U64 | Scalar::Ptr)
        });
        Some(Layout {
            args: args.into_boxed_slice(),
            float_ret,
            raw,
        })
    }

    /// Gives `h` a free stub: its index and code address.
    ///
    /// # Safety
    /// `h` must stay valid until [`release`] frees the stub.
    pub(super) unsafe fn claim(h: *mut Handler) -> Option<(usize, usize)> {
        // SAFETY: the caller's promise; nothing else uses the handler yet.
        let hr = unsafe { &mut *h };
        hr.layout = Some(layout(hr)?);
        let k = SLOTS.iter().position(|s| {
            s.compare_exchange(ptr::null_mut(), h, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        })?;
        let table = ptr::addr_of!(TABLE) as usize;
        Some((k, table + k * STUB_BYTES))
    }

    pub(super) fn release(k: usize) {
        SLOTS[k].store(ptr::null_mut(), Ordering::Release);
    }

    /// Runs stub `k`'s handler with the argument registers saved at
    /// `saved` (then the result's) and the stack arguments at `stack`.
    ///
    /// # Safety
    /// Called by the stubs only, as C called the stub's function.
    unsafe extern "C" fn dispatch(k: u32, saved: *mut u64, stack: *const u64) {
        let h = SLOTS
            .get(k as usize)
            .map_or(ptr::null_mut(), |s| s.load(Ordering::Acquire));
        // SAFETY: a claimed stub's handler lives until the stub is freed.
        let layout = match unsafe { h.as_ref() } {
            Some(h) => h.layout.as_ref().map(|l| (h, l)),
            None => None,
        };
        let Some((h, layout)) = layout else {
            // Called after its callback was dropped: C gets zeros.
            // SAFETY: the saved area has GPRS + FPRS words.
            unsafe {
                *saved = 0;
                *saved.add(GPRS) = 0;
            }
            return;
        };
        // SAFETY (the `add`s): the saved area has GPRS + FPRS words, and
        // C passed the stack arguments the layout counts.
        let at = |loc: Loc| -> *const u8 {
            unsafe {
                match loc {
                    Loc::Reg(i) => saved.add(i).cast_const().cast(),
                    Loc::Stack(i) => stack.add(i).cast(),
                }
            }
        };
        let result = if layout.float_ret {
            // SAFETY: within the saved area.
            unsafe { saved.add(GPRS) }
        } else {
            saved
        };
        if let Some(d) = h.direct {
            // The short way, with the slots read straight from where C put
            // the arguments (every argument of a stub's layout is a scalar).
            let n = layout.args.len();
            let done = if layout.raw {
                // SAFETY: the saved area holds the GPRS >= n argument
                // registers; the result points to a register-wide word.
                unsafe { h.finish_direct(d, result.cast(), std::slice::from_raw_parts(saved, n)) }
            } else {
                let mut slots = [0u64; INLINE_ARGS];
                for (slot, &(loc, s)) in slots.iter_mut().zip(layout.args.iter()) {
                    // SAFETY: `at` points to the argument's value.
                    *slot = unsafe { load_scalar(s, at(loc)) };
                }
                // SAFETY: the result points to a register-wide word.
                unsafe { h.finish_direct(d, result.cast(), &slots[..n]) }
            };
            if done {
                return;
            }
        }
        let mut args = [ptr::null::<u8>(); INLINE_ARGS];
        for (a, &(loc, _)) in args.iter_mut().zip(layout.args.iter()) {
            *a = at(loc);
        }
        // SAFETY: each argument pointer points to its value, and the
        // result to a register-wide word.
        unsafe { h.run(result.cast(), args.as_ptr()) }
    }
}

impl Handler {
    /// # Safety
    /// `args` holds a pointer to a C value per argument and `result` is the
    /// result buffer, as libffi passes them to a closure of this CIF.
    unsafe fn run(&self, result: *mut u8, args: *const *const u8) {
        let n = self.iface.args.len();
        if let (Some(d), true) = (self.direct, n <= INLINE_ARGS) {
            // SAFETY: the caller's promise: `args` has `n` pointers.
            if unsafe { self.run_direct(d, result, std::slice::from_raw_parts(args, n)) } {
                return;
            }
        }
        // SAFETY (both): the caller's promise; `slots` has `n` entries.
        if n <= INLINE_ARGS {
            let mut slots = [0u64; INLINE_ARGS];
            unsafe { self.run_with(result, args, &mut slots[..n]) }
        } else {
            unsafe { self.run_with(result, args, &mut vec![0; n]) }
        }
    }

    /// # Safety
    /// As for [`Self::run`], with a zeroed slot per argument.
    unsafe fn run_with(&self, result: *mut u8, args: *const *const u8, slots: &mut [u64]) {
        // SAFETY: the caller's promise.
        let outcome = unsafe { self.load_args(args, slots) }.and_then(|()| {
            let mut out = [0u64];
            (self.target)(slots, &mut out).map(|()| out[0])
        });
        for (conv, &slot) in self.iface.args.iter().zip(slots.iter()) {
            if let Conv::Struct(_) = conv {
                decref(slot);
            }
        }
        match outcome {
            // SAFETY: `result` is the result buffer.
            Ok(v) => unsafe { self.store_result(v, result) },
            Err(e) => {
                (self.on_error)(&e);
                // SAFETY: `result` is the result buffer.
                unsafe { self.store_error(result) }
            }
        }
    }

    /// Runs the target the shorter way, if `d` can: false when it did
    /// nothing. Only for scalar arguments, at most `INLINE_ARGS`.
    ///
    /// # Safety
    /// As for [`Self::run`], with `args.len()` arguments.
    unsafe fn run_direct(&self, d: Direct, result: *mut u8, args: &[*const u8]) -> bool {
        let mut slots = [0u64; INLINE_ARGS];
        let slots = &mut slots[..args.len()];
        for ((slot, &p), conv) in slots.iter_mut().zip(args).zip(self.iface.args.iter()) {
            let Conv::Scalar(s) = *conv else {
                return false;
            };
            // SAFETY: the caller's promise.
            *slot = unsafe { load_scalar(s, p) };
        }
        // SAFETY: the caller's promise.
        unsafe { self.finish_direct(d, result, slots) }
    }

    /// The rest of [`Self::run_direct`], from the argument slots.
    ///
    /// # Safety
    /// `result` is the result buffer of this handler's CIF.
    #[inline(always)]
    unsafe fn finish_direct(&self, d: Direct, result: *mut u8, slots: &[u64]) -> bool {
        let mut out = [0u64];
        match crate::interp::Vm::call_lent(d.pid, &self.memo, slots, &mut out) {
            None => false,
            Some(Ok(())) => {
                let v = match d.to_float {
                    true => (out[0] as i64 as f64).to_bits(),
                    false => out[0],
                };
                // SAFETY: `result` is the result buffer.
                unsafe { self.store_result(v, result) };
                true
            }
            Some(Err(e)) => {
                (self.on_error)(&e);
                // SAFETY: `result` is the result buffer.
                unsafe { self.store_error(result) };
                true
            }
        }
    }

    /// Converts the C arguments to slots; struct arguments become records
    /// that the caller releases.
    ///
    /// # Safety
    /// As for [`Self::run`].
    unsafe fn load_args(&self, args: *const *const u8, slots: &mut [u64]) -> Result<(), VmError> {
        for (i, (conv, slot)) in self.iface.args.iter().zip(slots.iter_mut()).enumerate() {
            // SAFETY: libffi passes a pointer to each argument's value.
            let p = unsafe { *args.add(i) };
            *slot = match *conv {
                // SAFETY: `p` points to a value of the argument's type.
                Conv::Scalar(s) => unsafe { load_scalar(s, p) },
                // SAFETY: `p` points to the struct's `size` bytes.
                Conv::Struct(size) => unsafe { RecordObj::copy_of(p, size) }.ok_or_else(|| {
                    VmError::new("MemoryError", "out of memory for a struct argument")
                })?,
            };
        }
        Ok(())
    }

    /// Stores result slot `v`, taking over the record of a struct result.
    ///
    /// # Safety
    /// `result` is the result buffer of this handler's CIF, and a struct
    /// result slot is a record reference or 0.
    #[inline(always)]
    unsafe fn store_result(&self, v: u64, result: *mut u8) {
        match self.iface.ret {
            None => {}
            // SAFETY: a scalar result buffer is a full register wide.
            Some(Conv::Scalar(s)) => unsafe { store_scalar(s, v, result) },
            Some(Conv::Struct(size)) if v == 0 => {
                // SAFETY: a struct result buffer has the struct's size.
                unsafe { ptr::write_bytes(result, 0, size) }
            }
            Some(Conv::Struct(size)) => {
                // SAFETY: `v` is a record of this struct type, whose data
                // has `size` bytes; the result buffer has as many.
                unsafe { ptr::copy_nonoverlapping(obj::<RecordObj>(v).data, result, size) };
                decref(v);
            }
        }
    }

    /// Stores the error result.
    ///
    /// # Safety
    /// `result` is the result buffer of this handler's CIF.
    unsafe fn store_error(&self, result: *mut u8) {
        match self.iface.ret {
            None => {}
            // SAFETY: a scalar result buffer is a full register wide.
            Some(Conv::Scalar(s)) => unsafe { store_scalar(s, self.error_result, result) },
            // SAFETY: a struct result buffer has the struct's size.
            Some(Conv::Struct(size)) => unsafe { ptr::write_bytes(result, 0, size) },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::call::tests::{func_type, record_bytes, test_lib, TEST_CDEF};
    use crate::ffi::clib;
    use crate::ffi::cparse::{cdef, parse_type};
    use crate::interp::{Output, Vm};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    fn no_errors_expected() -> OnError {
        Box::new(|e| panic!("unexpected callback error: {e}"))
    }

    /// Errors a callback reported, and the `OnError` that records them.
    fn error_log() -> (Rc<RefCell<Vec<String>>>, OnError) {
        let log = Rc::new(RefCell::new(Vec::new()));
        let l = log.clone();
        (log, Box::new(move |e| l.borrow_mut().push(e.to_string())))
    }

    fn call(t: &CTypes, fty: CTypeId, f: usize, args: &[u64]) -> u64 {
        let ci = CallIface::new(t, fty, &[]).unwrap();
        let mut out = [0u64];
        unsafe { ci.call(f, args, &mut out) }.unwrap();
        out[0]
    }

    #[test]
    fn qsort_with_a_comparator() {
        let lib = clib::open(None).unwrap();
        let mut t = CTypes::new();
        let cmp = parse_type(&mut t, "int(const void *, const void *)").unwrap();
        let calls = Rc::new(Cell::new(0));
        let c = calls.clone();
        let cb = Callback::new(
            &t,
            cmp,
            Box::new(move |args, out| {
                c.set(c.get() + 1);
                let (a, b) = unsafe { (*(args[0] as *const i64), *(args[1] as *const i64)) };
                out[0] = a.cmp(&b) as i64 as u64;
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let qsort = func_type(
            &mut t,
            "void qsort(void *, size_t, size_t, int (*)(const void *, const void *));",
        );
        let ci = CallIface::new(&t, qsort, &[]).unwrap();
        let mut xs: Vec<i64> = vec![5, -3, 1 << 40, 0, -(1 << 40), 7, 7, 2];
        let args = [
            xs.as_mut_ptr() as u64,
            xs.len() as u64,
            8,
            cb.code_ptr() as u64,
        ];
        unsafe { ci.call(lib.lookup("qsort").unwrap(), &args, &mut []) }.unwrap();
        assert_eq!(xs, [-(1 << 40), -3, 0, 2, 5, 7, 7, 1 << 40]);
        assert!(calls.get() >= xs.len() - 1);
    }

    #[test]
    fn many_arguments_called_directly() {
        // C calls the callback as it would any function: so can we.
        let mut t = CTypes::new();
        let params = vec!["int"; 12]
            .into_iter()
            .chain(vec!["double"; 12])
            .collect::<Vec<_>>()
            .join(", ");
        let fty = parse_type(&mut t, &format!("double({params})")).unwrap();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(|args, out| {
                let ints: i64 = args[..12].iter().map(|&a| a as i64).sum();
                let floats: f64 = args[12..].iter().map(|&a| f64::from_bits(a)).sum();
                out[0] = (ints as f64 + floats).to_bits();
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let args: Vec<u64> = (0..12)
            .map(|i| (i - 6) as u64)
            .chain((0..12).map(|i| (i as f64 * 0.5).to_bits()))
            .collect();
        let r = call(&t, fty, cb.code_ptr(), &args);
        assert_eq!(f64::from_bits(r), -6.0 + 33.0);
    }

    #[test]
    fn arguments_in_registers_and_on_the_stack() {
        // 16 arguments, mixed: on x86-64 the seventh integer and the ninth
        // float arrive on the stack, interleaved as the ABI puts them.
        let mut t = CTypes::new();
        let fty = parse_type(
            &mut t,
            "float(signed char, double, unsigned short, float, int, double, long long, \
             double, double, unsigned int, double, double, long, double, char *, double)",
        )
        .unwrap();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(|args, out| {
                let ints = [0, 2, 4, 6, 9, 12, 14];
                let i: i64 = ints.iter().map(|&k| args[k] as i64).sum();
                let f: f64 = (0..16)
                    .filter(|k| !ints.contains(k))
                    .map(|k| f64::from_bits(args[k]) * k as f64)
                    .sum();
                out[0] = (i as f64 * 1000.0 + f).to_bits();
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let args: Vec<u64> = (0..16u64)
            .map(|k| match k {
                0 => (-3i64) as u64,
                2 => 60000,
                4 => (-70000i64) as u64,
                6 => 1 << 40,
                9 => 4_000_000_000,
                12 => (-5i64) as u64,
                14 => 7,
                k => (k as f64 + 0.25).to_bits(),
            })
            .collect();
        #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
        assert!(cb.stub.is_some());
        let r = call(&t, fty, cb.code_ptr(), &args);
        let ints = -3 + 60000 - 70000 + (1i64 << 40) + 4_000_000_000 - 5 + 7;
        let floats: f64 = [1, 3, 5, 7, 8, 10, 11, 13, 15]
            .iter()
            .map(|&k| (k as f64 + 0.25) * k as f64)
            .sum();
        assert_eq!(
            f64::from_bits(r),
            f64::from((ints as f64 * 1000.0 + floats) as f32)
        );
    }

    #[test]
    fn errors_return_the_error_result() {
        let mut t = CTypes::new();
        let fty = parse_type(&mut t, "short(int)").unwrap();
        let (log, on_error) = error_log();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(|args, out| {
                if args[0] == 0 {
                    return Err(VmError::new("ZeroDivisionError", "division by zero"));
                }
                out[0] = (100 / args[0] as i64) as u64;
                Ok(())
            }),
            on_error,
            (-1i64) as u64,
        )
        .unwrap();
        assert_eq!(call(&t, fty, cb.code_ptr(), &[4]), 25);
        assert_eq!(call(&t, fty, cb.code_ptr(), &[0]) as i64, -1);
        assert_eq!(*log.borrow(), ["ZeroDivisionError: division by zero"]);
    }

    #[test]
    fn reentrant_callbacks() {
        let Some(lib) = test_lib() else { return };
        let mut t = CTypes::new();
        let fty = parse_type(&mut t, "int(int, double)").unwrap();
        let apply = func_type(&mut t, "int apply_id(int (*)(int, double), int, double);");
        let apply_ci = Rc::new(CallIface::new(&t, apply, &[]).unwrap());
        let apply_fn = lib.lookup("apply_id").unwrap();
        let me = Rc::new(Cell::new(0usize));
        let (ci, m) = (apply_ci.clone(), me.clone());
        let cb = Callback::new(
            &t,
            fty,
            Box::new(move |args, out| {
                let (n, y) = (args[0] as i32, f64::from_bits(args[1]));
                out[0] = if n == 0 {
                    y as i64 as u64
                } else {
                    // Calls C, which calls this callback again.
                    let mut inner = [0u64];
                    let a = [m.get() as u64, (n - 1) as u64, args[1]];
                    unsafe { ci.call(apply_fn, &a, &mut inner) }.unwrap();
                    inner[0].wrapping_add(10)
                };
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        me.set(cb.code_ptr());
        let mut out = [0u64];
        let a = [cb.code_ptr() as u64, 5, 7.9f64.to_bits()];
        unsafe { apply_ci.call(apply_fn, &a, &mut out) }.unwrap();
        assert_eq!(out[0], 57);
    }

    /// A callback of type `fty` (`int(int)`) that adds its argument to
    /// the lent VM's `exit_code`, and fails when no VM is lent.
    fn vm_probe(t: &CTypes, fty: CTypeId) -> Callback {
        Callback::new(
            t,
            fty,
            Box::new(|args, out| {
                let seen = Vm::with_lent(|vm| vm.exit_code.unwrap_or(0) as u64)
                    .ok_or_else(|| VmError::new("RuntimeError", "no VM lent"))?;
                out[0] = seen.wrapping_add(args[0]);
                Ok(())
            }),
            Box::new(|_| {}),
            (-1i64) as u64,
        )
        .unwrap()
    }

    #[test]
    fn callbacks_reach_the_vm_only_while_it_is_lent() {
        let mut t = CTypes::new();
        let fty = parse_type(&mut t, "int(int)").unwrap();
        let cb = vm_probe(&t, fty);
        let f = cb.code_ptr();
        // Not lent: the callback fails and C gets the error result.
        assert_eq!(call(&t, fty, f, &[1]) as i64, -1);
        let mut vm = Vm::new(Output::Capture(Vec::new()));
        vm.exit_code = Some(40);
        assert_eq!(vm.lend_to_c(|| call(&t, fty, f, &[2])), 42);
        // Lending nests, and ends with the call that lent.
        let mut inner = Vm::new(Output::Capture(Vec::new()));
        inner.exit_code = Some(100);
        let both = vm.lend_to_c(|| {
            let nested = inner.lend_to_c(|| call(&t, fty, f, &[1]));
            (nested, call(&t, fty, f, &[1]))
        });
        assert_eq!(both, (101, 41));
        assert_eq!(call(&t, fty, f, &[1]) as i64, -1);
        // From another thread, even while this one lends its VM.
        let from_thread = vm.lend_to_c(|| {
            std::thread::spawn(move || {
                let mut t = CTypes::new();
                let fty = parse_type(&mut t, "int(int)").unwrap();
                call(&t, fty, f, &[3])
            })
            .join()
            .unwrap()
        });
        assert_eq!(from_thread as i64, -1);
    }

    #[test]
    fn struct_arguments_and_results() {
        let Some(lib) = test_lib() else { return };
        let mut t = CTypes::new();
        cdef(&mut t, TEST_CDEF).unwrap();
        let fty = parse_type(&mut t, "struct pt(struct pt, double)").unwrap();
        let (log, on_error) = error_log();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(|args, out| {
                let scale = f64::from_bits(args[1]);
                if scale == 0.0 {
                    return Err(VmError::new("ValueError", "zero scale"));
                }
                let p = unsafe {
                    std::slice::from_raw_parts(obj::<RecordObj>(args[0]).data.cast::<f64>(), 2)
                };
                let scaled = [p[0] * scale, p[1] * scale];
                out[0] = unsafe { RecordObj::copy_of(scaled.as_ptr().cast(), 16) }.unwrap();
                Ok(())
            }),
            on_error,
            0,
        )
        .unwrap();
        let apply = func_type(
            &mut t,
            "struct pt apply_pt(struct pt (*)(struct pt, double), double);",
        );
        let ci = CallIface::new(&t, apply, &[]).unwrap();
        let f = lib.lookup("apply_pt").unwrap();
        let pt = |s: f64| {
            let mut out = [0u64];
            unsafe { ci.call(f, &[cb.code_ptr() as u64, s.to_bits()], &mut out) }.unwrap();
            let b = record_bytes(out[0], 16);
            let x = |r: std::ops::Range<usize>| f64::from_ne_bytes(b[r].try_into().unwrap());
            (x(0..8), x(8..16))
        };
        assert_eq!(pt(2.0), (3.0, -4.0));
        assert_eq!(pt(0.0), (0.0, 0.0));
        assert_eq!(*log.borrow(), ["ValueError: zero scale"]);
    }

    #[test]
    fn narrow_and_float_conversions() {
        let Some(lib) = test_lib() else { return };
        let mut t = CTypes::new();
        let seen = Rc::new(RefCell::new(Vec::new()));
        let s = seen.clone();
        let fty = parse_type(&mut t, "int8_t(uint8_t, int16_t, float)").unwrap();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(move |args, out| {
                s.borrow_mut().extend_from_slice(args);
                out[0] = 200; // int8_t: -56
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let apply = func_type(
            &mut t,
            "int8_t apply_narrow(int8_t (*)(uint8_t, int16_t, float), uint8_t, int16_t);",
        );
        let r = call(
            &t,
            apply,
            lib.lookup("apply_narrow").unwrap(),
            &[cb.code_ptr() as u64, 250, (-2i64) as u64],
        );
        assert_eq!(r as i64, -56);
        assert_eq!(*seen.borrow(), [250, (-2i64) as u64, 0.5f64.to_bits()]);

        let fty = parse_type(&mut t, "float(float)").unwrap();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(|args, out| {
                out[0] = (f64::from_bits(args[0]) * 3.0).to_bits();
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let apply = func_type(&mut t, "float apply_float(float (*)(float));");
        let r = call(
            &t,
            apply,
            lib.lookup("apply_float").unwrap(),
            &[cb.code_ptr() as u64],
        );
        assert_eq!(f64::from_bits(r), 3.75);

        let fty = parse_type(&mut t, "void(int)").unwrap();
        let total = Rc::new(Cell::new(0));
        let tot = total.clone();
        let cb = Callback::new(
            &t,
            fty,
            Box::new(move |args, _| {
                tot.set(tot.get() + args[0]);
                Ok(())
            }),
            no_errors_expected(),
            0,
        )
        .unwrap();
        let apply = func_type(&mut t, "void apply_void(void (*)(int), int);");
        let ci = CallIface::new(&t, apply, &[]).unwrap();
        unsafe {
            ci.call(
                lib.lookup("apply_void").unwrap(),
                &[cb.code_ptr() as u64, 5],
                &mut [],
            )
        }
        .unwrap();
        assert_eq!(total.get(), 10);
    }

    #[test]
    fn unsupported_callbacks() {
        let mut t = CTypes::new();
        cdef(&mut t, "union u { int i; float f; };").unwrap();
        let ok = || -> Target { Box::new(|_, _| Ok(())) };
        let err = |t: &mut CTypes, ty: &str| {
            let fty = parse_type(t, ty).unwrap();
            Callback::new(t, fty, ok(), no_errors_expected(), 0)
                .err()
                .unwrap()
        };
        assert_eq!(
            err(&mut t, "int(union u)"),
            "ctype 'union u' not supported as argument by libffi"
        );
        assert_eq!(
            err(&mut t, "int(const char *, ...)"),
            "a callback cannot be variadic: 'int(char *, ...)'"
        );
        assert_eq!(err(&mut t, "int *"), "ctype 'int *' is not a function type");
    }
}
