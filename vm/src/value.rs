//! Heap objects. A register or global slot holds 64 bits; values of heap
//! types (strings, arrays, lists, records, owned C data) are pointers to a
//! refcounted object with a common header. Types are static, so a slot never
//! needs a tag: the code that reads it knows what it holds, and the only
//! generic operation, releasing a reference, dispatches on the header's kind.
//! Reference cycles cannot form (containers are homogeneous and statically
//! typed, so no container can hold itself), which makes refcounting complete.

use crate::dtype::DType;
use std::cell::Cell;
use std::ptr;
use std::rc::Rc;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    Str,
    Buffer,
    Array,
    List,
    Record,
    Dict,
    Set,
    Inst,
    Gen,
    RandGen,
    RandState,
}

/// Common header of every heap object.
#[repr(C)]
pub struct Header {
    rc: Cell<usize>,
    kind: ObjKind,
}

impl Header {
    pub(crate) fn new(kind: ObjKind) -> Header {
        Header {
            rc: Cell::new(1),
            kind,
        }
    }
}

/// An owned reference to a heap object, as stored in a slot.
pub type Ref = *mut Header;

/// Adds a reference to the object in a slot (0 is the empty slot).
#[inline(always)]
pub fn incref(slot: u64) {
    if slot != 0 {
        // SAFETY: a nonzero ref slot always holds a live object.
        let h = unsafe { &*(slot as *const Header) };
        h.rc.set(h.rc.get() + 1);
    }
}

/// The number of references to the object in a slot.
pub fn refcount(slot: u64) -> usize {
    if slot == 0 {
        return 0;
    }
    // SAFETY: a nonzero ref slot always holds a live object.
    unsafe { (*(slot as *const Header)).rc.get() }
}

/// Drops the reference held in a slot (0 is the empty slot).
#[inline(always)]
pub fn decref(slot: u64) {
    if slot != 0 {
        // SAFETY: a nonzero ref slot always holds a live object.
        let h = unsafe { &*(slot as *const Header) };
        let n = h.rc.get() - 1;
        h.rc.set(n);
        if n == 0 {
            free(slot as Ref);
        }
    }
}

#[cold]
fn free(obj: Ref) {
    // SAFETY: the refcount reached zero, so this is the last reference, and
    // every object was allocated as a Box of the type its kind names.
    unsafe {
        match (*obj).kind {
            ObjKind::Str => drop(Box::from_raw(obj as *mut StrObj)),
            ObjKind::Buffer => drop(Box::from_raw(obj as *mut BufferObj)),
            ObjKind::Array => drop(Box::from_raw(obj as *mut ArrayObj)),
            ObjKind::List => drop(Box::from_raw(obj as *mut ListObj)),
            ObjKind::Record => drop(Box::from_raw(obj as *mut RecordObj)),
            ObjKind::Dict => drop(Box::from_raw(obj as *mut crate::lib_dict::DictObj)),
            ObjKind::Set => drop(Box::from_raw(obj as *mut crate::lib_dict::SetObj)),
            ObjKind::Inst => drop(Box::from_raw(obj as *mut crate::lib_class::InstObj)),
            ObjKind::Gen => drop(Box::from_raw(obj as *mut crate::lib_gen::GenObj)),
            ObjKind::RandGen => drop(Box::from_raw(
                obj as *mut crate::lib_random::generator::GenObj,
            )),
            ObjKind::RandState => drop(Box::from_raw(
                obj as *mut crate::lib_random::natives::StateObj,
            )),
        }
    }
}

pub(crate) fn into_slot<T>(b: Box<T>) -> u64 {
    Box::into_raw(b) as u64
}

/// Reinterprets a ref slot as a reference to a typed object.
///
/// # Safety
/// The slot must hold a live object of type `T`; the static type of the
/// slot guarantees this in compiled code.
#[inline(always)]
pub unsafe fn obj<'a, T>(slot: u64) -> &'a T {
    &*(slot as *const T)
}

/// Like [`obj`], mutable.
///
/// # Safety
/// As for [`obj`], and no other reference to the object may be in use.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub unsafe fn obj_mut<'a, T>(slot: u64) -> &'a mut T {
    &mut *(slot as *mut T)
}

#[repr(C)]
pub struct StrObj {
    hdr: Header,
    pub s: Box<str>,
    /// The bytes as a NUL-terminated C string, made when C first asks; it
    /// lives as long as the string, as CPython's buffer does.
    c: std::cell::OnceCell<Option<std::ffi::CString>>,
}

pub fn new_str(s: impl Into<Box<str>>) -> u64 {
    into_slot(Box::new(StrObj {
        hdr: Header::new(ObjKind::Str),
        s: s.into(),
        c: std::cell::OnceCell::new(),
    }))
}

/// A C string for a bytes value (one char per byte); `None` if it holds a
/// NUL.
///
/// # Safety
/// The slot must hold a string; the pointer is valid while it lives.
pub unsafe fn c_str_of(slot: u64) -> Option<*const std::ffi::c_char> {
    let o = obj::<StrObj>(slot);
    o.c.get_or_init(|| {
        std::ffi::CString::new(o.s.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()).ok()
    })
    .as_ref()
    .map(|c| c.as_ptr())
}

/// # Safety
/// The slot must hold a string.
pub unsafe fn str_of<'a>(slot: u64) -> &'a str {
    &obj::<StrObj>(slot).s
}

/// Raw memory that arrays and records point into: owned, or lent by an
/// embedder for the duration of a call. Views into lent memory register
/// their data pointers, so that if a script keeps one past the call the
/// memory can be copied and the views moved onto the copy.
#[repr(C)]
pub struct BufferObj {
    hdr: Header,
    pub ptr: *mut u8,
    pub len: usize,
    owned: bool,
    views: Vec<*mut *mut u8>,
}

const BUF_ALIGN: usize = 16;

impl BufferObj {
    /// A zeroed buffer of `len` bytes.
    pub fn alloc(len: usize) -> Option<u64> {
        let layout = std::alloc::Layout::from_size_align(len.max(1), BUF_ALIGN).ok()?;
        // SAFETY: the layout has nonzero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return None;
        }
        Some(into_slot(Box::new(BufferObj {
            hdr: Header::new(ObjKind::Buffer),
            ptr,
            len,
            owned: true,
            views: Vec::new(),
        })))
    }

    /// Memory owned elsewhere, e.g. a host slice lent for the duration of a
    /// call.
    pub fn borrowed(ptr: *mut u8, len: usize) -> u64 {
        into_slot(Box::new(BufferObj {
            hdr: Header::new(ObjKind::Buffer),
            ptr,
            len,
            owned: false,
            views: Vec::new(),
        }))
    }

    /// The lent buffer behind a base slot, if it is one.
    fn lent<'a>(base: u64) -> Option<&'a mut BufferObj> {
        if base == 0 {
            return None;
        }
        // SAFETY: a nonzero base slot holds a live object; its kind says
        // whether it is a buffer.
        unsafe {
            if (*(base as *const Header)).kind != ObjKind::Buffer {
                return None;
            }
            let b = obj_mut::<BufferObj>(base);
            (!b.owned).then_some(b)
        }
    }

    fn register(base: u64, data: *mut *mut u8) {
        if let Some(b) = Self::lent(base) {
            b.views.push(data);
        }
    }

    fn unregister(base: u64, data: *mut *mut u8) {
        if let Some(b) = Self::lent(base) {
            b.views.retain(|&v| v != data);
        }
    }

    /// Called by the lender when its loan ends: if the script still holds
    /// views of the memory, they move to a private copy.
    pub fn detach_if_shared(buf: u64) {
        let Some(b) = Self::lent(buf) else {
            return;
        };
        if refcount(buf) <= 1 && b.views.is_empty() {
            return;
        }
        let Ok(layout) = std::alloc::Layout::from_size_align(b.len.max(1), BUF_ALIGN) else {
            return;
        };
        // SAFETY: the layout has nonzero size; the lent memory is still
        // valid for `len` bytes while the lender waits for this to return.
        unsafe {
            let copy = std::alloc::alloc(layout);
            if copy.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            ptr::copy_nonoverlapping(b.ptr, copy, b.len);
            for &v in &b.views {
                *v = copy.offset((*v).offset_from(b.ptr));
            }
            b.ptr = copy;
        }
        b.owned = true;
        b.views.clear();
    }
}

impl Drop for BufferObj {
    fn drop(&mut self) {
        // The layout was valid when the buffer was allocated with it.
        if let (true, Ok(layout)) = (
            self.owned,
            std::alloc::Layout::from_size_align(self.len.max(1), BUF_ALIGN),
        ) {
            // SAFETY: allocated in `alloc` with this layout.
            unsafe { std::alloc::dealloc(self.ptr, layout) }
        }
    }
}

pub const MAX_NDIM: usize = 8;

/// A numpy array: a strided view of a buffer. Offsets of `data`, `shape` and
/// `strides` are part of the ABI compiled traces use.
#[repr(C)]
pub struct ArrayObj {
    hdr: Header,
    pub data: *mut u8,
    pub shape: [i64; MAX_NDIM],
    /// In bytes.
    pub strides: [i64; MAX_NDIM],
    pub ndim: u8,
    pub dtype: DType,
    pub itemsize: u32,
    /// The buffer this view points into (a ref slot; 0 for none).
    pub base: u64,
}

impl ArrayObj {
    /// A new C-contiguous zeroed array; `None` if the size overflows or
    /// memory runs out.
    pub fn zeros(dtype: DType, itemsize: u32, shape: &[i64]) -> Option<u64> {
        let mut n: i64 = 1;
        for &d in shape {
            n = n.checked_mul(d)?;
        }
        let bytes = usize::try_from(n).ok()?.checked_mul(itemsize as usize)?;
        if bytes > isize::MAX as usize / 2 {
            return None;
        }
        let buf = BufferObj::alloc(bytes)?;
        // SAFETY: just allocated.
        let data = unsafe { obj::<BufferObj>(buf).ptr };
        Some(Self::view(
            dtype,
            itemsize,
            data,
            shape,
            &c_strides(itemsize, shape),
            buf,
        ))
    }

    /// A view; takes ownership of the reference in `base`.
    pub fn view(
        dtype: DType,
        itemsize: u32,
        data: *mut u8,
        shape: &[i64],
        strides: &[i64],
        base: u64,
    ) -> u64 {
        let mut a = Box::new(ArrayObj {
            hdr: Header::new(ObjKind::Array),
            data,
            shape: [0; MAX_NDIM],
            strides: [0; MAX_NDIM],
            ndim: shape.len() as u8,
            dtype,
            itemsize,
            base,
        });
        a.shape[..shape.len()].copy_from_slice(shape);
        a.strides[..strides.len()].copy_from_slice(strides);
        BufferObj::register(base, &mut a.data);
        into_slot(a)
    }

    pub fn shape(&self) -> &[i64] {
        &self.shape[..self.ndim as usize]
    }

    pub fn strides(&self) -> &[i64] {
        &self.strides[..self.ndim as usize]
    }

    pub fn size(&self) -> i64 {
        self.shape().iter().product()
    }

    pub fn is_c_contiguous(&self) -> bool {
        let mut expect = self.itemsize as i64;
        for d in (0..self.ndim as usize).rev() {
            if self.shape[d] != 1 && self.strides[d] != expect {
                return false;
            }
            expect *= self.shape[d];
        }
        true
    }

    /// Byte offsets of every element, in C order.
    pub fn offsets(&self) -> Vec<isize> {
        let mut out = Vec::with_capacity(self.size().max(0) as usize);
        let shape = self.shape();
        if shape.contains(&0) {
            return out;
        }
        let mut idx = [0i64; MAX_NDIM];
        loop {
            let off: i64 = (0..shape.len()).map(|d| idx[d] * self.strides[d]).sum();
            out.push(off as isize);
            let mut d = shape.len();
            loop {
                if d == 0 {
                    return out;
                }
                d -= 1;
                idx[d] += 1;
                if idx[d] < shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }
}

impl Drop for ArrayObj {
    fn drop(&mut self) {
        BufferObj::unregister(self.base, &mut self.data);
        decref(self.base);
    }
}

pub fn c_strides(itemsize: u32, shape: &[i64]) -> Vec<i64> {
    let mut strides = vec![0; shape.len()];
    let mut s = itemsize as i64;
    for d in (0..shape.len()).rev() {
        strides[d] = s;
        s *= shape[d].max(1);
    }
    strides
}

/// The most bytes one string or list sized by a script may take: a larger
/// request is a MemoryError (as in CPython, where its allocation would
/// fail) rather than an allocation failure, which aborts the process.
pub const MAX_ALLOC: usize = i32::MAX as usize;

/// The bytes of `count` items of `unit` bytes, if within `MAX_ALLOC`.
pub fn alloc_size(count: usize, unit: usize) -> Option<usize> {
    count.checked_mul(unit).filter(|&n| n <= MAX_ALLOC)
}

/// A homogeneous list. Each element occupies `elem_slots` slots; `refs`
/// marks which of them hold references.
#[repr(C)]
pub struct ListObj {
    hdr: Header,
    pub slots: Vec<u64>,
    pub elem_slots: u32,
    pub refs: Rc<[bool]>,
}

impl ListObj {
    pub fn create(elem_slots: u32, refs: Rc<[bool]>) -> u64 {
        into_slot(Box::new(ListObj {
            hdr: Header::new(ObjKind::List),
            slots: Vec::new(),
            elem_slots,
            refs,
        }))
    }

    /// A new list of strings.
    pub fn of_strs() -> u64 {
        ListObj::create(1, Rc::from([true]))
    }

    /// Whether slot `k` of an element holds a reference.
    #[inline]
    pub fn is_ref(&self, k: usize) -> bool {
        self.refs.get(k) == Some(&true)
    }

    pub fn len(&self) -> usize {
        self.slots
            .len()
            .checked_div(self.elem_slots as usize)
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Fixes the element layout of a list created empty without one.
    pub fn adopt(&mut self, elem_slots: u32, refs: Rc<[bool]>) {
        if self.elem_slots == 0 && self.slots.is_empty() {
            self.elem_slots = elem_slots;
            self.refs = refs;
        }
    }

    /// Appends an element, adding references for its ref slots.
    pub fn push(&mut self, elem: &[u64]) {
        for (i, &s) in elem.iter().enumerate() {
            if self.is_ref(i) {
                incref(s);
            }
        }
        self.slots.extend_from_slice(elem);
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        if self.refs.contains(&true) {
            let n = self.elem_slots.max(1) as usize;
            for (i, &s) in self.slots.iter().enumerate() {
                if self.is_ref(i % n) {
                    decref(s);
                }
            }
        }
    }
}

/// A struct value or view: `data` points at the fields, `base` keeps the
/// memory alive (a buffer, an array, or nothing for memory owned by C).
#[repr(C)]
pub struct RecordObj {
    hdr: Header,
    pub data: *mut u8,
    pub base: u64,
}

impl RecordObj {
    /// Takes ownership of the reference in `base`.
    pub fn view(data: *mut u8, base: u64) -> u64 {
        let mut r = Box::new(RecordObj {
            hdr: Header::new(ObjKind::Record),
            data,
            base,
        });
        BufferObj::register(base, &mut r.data);
        into_slot(r)
    }

    /// A fresh zeroed struct of `size` bytes.
    pub fn zeroed(size: usize) -> Option<u64> {
        let buf = BufferObj::alloc(size)?;
        // SAFETY: just allocated.
        let data = unsafe { obj::<BufferObj>(buf).ptr };
        Some(Self::view(data, buf))
    }

    /// How many bytes from `data` to the end of the buffer it lies in, when
    /// the record views a buffer directly (owned C data does).
    pub fn extent(&self) -> Option<usize> {
        if self.base == 0 {
            return None;
        }
        // SAFETY: a nonzero base slot holds a live object; its kind says
        // whether it is a buffer.
        unsafe {
            if (*(self.base as *const Header)).kind != ObjKind::Buffer {
                return None;
            }
            let b = obj::<BufferObj>(self.base);
            let start = b.ptr as usize;
            let at = self.data as usize;
            (at >= start && at <= start + b.len).then(|| start + b.len - at)
        }
    }

    /// A copy of `size` bytes at `src`, owning its memory.
    ///
    /// # Safety
    /// `src` must be readable for `size` bytes.
    pub unsafe fn copy_of(src: *const u8, size: usize) -> Option<u64> {
        let r = Self::zeroed(size)?;
        ptr::copy_nonoverlapping(src, obj::<RecordObj>(r).data, size);
        Some(r)
    }
}

impl Drop for RecordObj {
    fn drop(&mut self) {
        BufferObj::unregister(self.base, &mut self.data);
        decref(self.base);
    }
}

/// Offset of the data pointer shared by arrays and records, which lets
/// compiled code load it without knowing which of the two it has.
pub const DATA_OFFSET: usize = std::mem::offset_of!(ArrayObj, data);
const _: () = assert!(std::mem::offset_of!(RecordObj, data) == DATA_OFFSET);
const _: () = assert!(std::mem::offset_of!(BufferObj, ptr) == DATA_OFFSET);

/// Offset of the reference count every heap object starts with (a `usize`).
pub const RC_OFFSET: usize = std::mem::offset_of!(Header, rc);
const _: () = assert!(RC_OFFSET == 0 && std::mem::size_of::<Cell<usize>>() == 8);
const _: () = assert!(
    std::mem::offset_of!(StrObj, hdr) == 0
        && std::mem::offset_of!(BufferObj, hdr) == 0
        && std::mem::offset_of!(ArrayObj, hdr) == 0
        && std::mem::offset_of!(ListObj, hdr) == 0
        && std::mem::offset_of!(RecordObj, hdr) == 0
);

/// Offsets of an array's `shape` and `strides`: `MAX_NDIM` i64s each.
pub const SHAPE_OFFSET: usize = std::mem::offset_of!(ArrayObj, shape);
pub const STRIDES_OFFSET: usize = std::mem::offset_of!(ArrayObj, strides);
const _: () = assert!(STRIDES_OFFSET == SHAPE_OFFSET + 8 * MAX_NDIM);
