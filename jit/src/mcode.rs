//! Executable memory for traces. One region is reserved up front, so every
//! trace lies within direct-branch reach of every other (exits patched to
//! side traces, links between traces), and handed out linearly. Pages are
//! never writable and executable at once: a write flips the pages it
//! touches to read-write, copies, and flips them back to read-execute. On
//! AArch64, whose instruction cache does not snoop data writes, every
//! write is then flushed to the instruction cache.

use std::fmt;

/// Code never lies further apart than this, so a direct branch reaches
/// everywhere: rel32 on x86-64, `b`'s ±128 MiB on AArch64.
#[cfg(not(target_arch = "aarch64"))]
const MAX_SIZE: usize = 1 << 31;
#[cfg(target_arch = "aarch64")]
const MAX_SIZE: usize = 1 << 27;

/// Where traces start, for the decoder and cache lines.
const ALIGN: usize = 16;

/// Why machine-code memory could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum McodeError {
    /// The region could not be reserved (an OS error number).
    Reserve(i32),
    /// The region is full: the trace is aborted.
    Full,
    /// A page protection change failed (an OS error number).
    Protect(i32),
    /// A patch outside the written code or out of branch range.
    BadPatch,
}

impl fmt::Display for McodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            McodeError::Reserve(e) => write!(f, "cannot reserve machine-code memory (errno {e})"),
            McodeError::Full => f.write_str("out of machine-code memory"),
            McodeError::Protect(e) => write!(f, "cannot change page protection (errno {e})"),
            McodeError::BadPatch => f.write_str("patch outside machine code or out of range"),
        }
    }
}

impl std::error::Error for McodeError {}

/// A region of executable memory that traces are written into.
pub struct MCode {
    base: *mut u8,
    size: usize,
    /// Bytes handed out from `base`.
    used: usize,
    page: usize,
}

// SAFETY: the region is owned by this value alone; nothing in it refers to
// the thread that mapped it.
unsafe impl Send for MCode {}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl MCode {
    /// Reserves `size` bytes (rounded up to pages, at most 2 GiB on x86-64
    /// and 128 MiB on AArch64) of
    /// address space; pages are backed only once code is written to them.
    pub fn new(size: usize) -> Result<MCode, McodeError> {
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let page = usize::try_from(page).unwrap_or(4096).max(ALIGN);
        let size = size.clamp(page, MAX_SIZE).next_multiple_of(page);
        // SAFETY: an anonymous private mapping at an address the kernel
        // picks aliases no Rust object.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(McodeError::Reserve(errno()));
        }
        Ok(MCode {
            base: base.cast(),
            size,
            used: 0,
            page,
        })
    }

    /// The address the next [`MCode::write`] places code at: assemble for
    /// it.
    pub fn next(&self) -> usize {
        (self.base as usize + self.used).next_multiple_of(ALIGN)
    }

    /// Bytes still free.
    pub fn free(&self) -> usize {
        self.base as usize + self.size - self.next().min(self.base as usize + self.size)
    }

    /// Whether `[addr, addr + len)` lies in written code.
    pub fn contains(&self, addr: usize, len: usize) -> bool {
        let start = self.base as usize;
        addr >= start
            && addr
                .checked_add(len)
                .is_some_and(|e| e <= start + self.used)
    }

    /// Copies `code` to [`MCode::next`] and returns that address.
    pub fn write(&mut self, code: &[u8]) -> Result<usize, McodeError> {
        let at = self.next();
        if code.len() > self.free() {
            return Err(McodeError::Full);
        }
        let off = at - self.base as usize;
        self.with_writable(off, code.len(), |p| {
            // SAFETY: `with_writable` made `[p, p + len)` writable; it lies
            // inside the mapping, which nothing else references as Rust
            // memory.
            unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), p, code.len()) }
        })?;
        self.used = off + code.len();
        Ok(at)
    }

    /// Overwrites written code at `at` with `bytes` (a branch the backend
    /// encoded: see its `patch_exit`).
    pub fn patch(&mut self, at: usize, bytes: &[u8]) -> Result<(), McodeError> {
        if !self.contains(at, bytes.len()) {
            return Err(McodeError::BadPatch);
        }
        self.with_writable(at - self.base as usize, bytes.len(), |p| {
            // SAFETY: as in `write`: the bytes are writable and inside the
            // mapping.
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) }
        })
    }

    /// The bytes of written code at `[addr, addr + len)`.
    pub fn read(&self, addr: usize, len: usize) -> Option<&[u8]> {
        // SAFETY: written code is readable (RX) and only changes through
        // `&mut self`, which this borrow excludes.
        self.contains(addr, len)
            .then(|| unsafe { std::slice::from_raw_parts(addr as *const u8, len) })
    }

    /// Makes the pages around `[off, off + len)` writable, runs `f` on the
    /// start address, and makes them executable again.
    fn with_writable(
        &mut self,
        off: usize,
        len: usize,
        f: impl FnOnce(*mut u8),
    ) -> Result<(), McodeError> {
        let start = off / self.page * self.page;
        let end = (off + len).next_multiple_of(self.page).min(self.size);
        // SAFETY: the range lies inside the mapping, whose pages only ever
        // hold machine code this type wrote.
        unsafe {
            let p = self.base.add(start).cast();
            if libc::mprotect(p, end - start, libc::PROT_READ | libc::PROT_WRITE) != 0 {
                return Err(McodeError::Protect(errno()));
            }
            f(self.base.add(off));
            if libc::mprotect(p, end - start, libc::PROT_READ | libc::PROT_EXEC) != 0 {
                return Err(McodeError::Protect(errno()));
            }
            #[cfg(target_arch = "aarch64")]
            {
                let code = std::slice::from_raw_parts(self.base.add(off), len);
                dynasmrt::cache_control::synchronize_icache(code);
                dynasmrt::cache_control::prepare_for_execution(code);
            }
        }
        Ok(())
    }
}

impl Drop for MCode {
    fn drop(&mut self) {
        // SAFETY: the mapping was made in `new` with this size; code in it
        // can no longer run once its owner is gone.
        unsafe {
            libc::munmap(self.base.cast(), self.size);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A function returning 42, and an unconditional branch with a zero
    /// displacement, as machine code; the patch that makes the branch reach
    /// `to` from `at`.
    #[cfg(target_arch = "x86_64")]
    mod native {
        // mov eax, 42; ret
        pub const RET42: &[u8] = &[0xb8, 42, 0, 0, 0, 0xc3];
        // jmp rel32
        pub const JUMP: &[u8] = &[0xe9, 0, 0, 0, 0];
        pub fn patch(at: usize, to: usize) -> (usize, Vec<u8>) {
            let rel = (to as i64 - (at as i64 + 5)) as i32;
            (at + 1, rel.to_le_bytes().to_vec())
        }
    }

    #[cfg(target_arch = "aarch64")]
    mod native {
        // movz w0, #42; ret
        pub const RET42: &[u8] = &[0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6];
        // b .
        pub const JUMP: &[u8] = &[0, 0, 0, 0x14];
        pub fn patch(at: usize, to: usize) -> (usize, Vec<u8>) {
            let rel = ((to as i64 - at as i64) >> 2) as u32 & 0x03ff_ffff;
            (at, (0x1400_0000 | rel).to_le_bytes().to_vec())
        }
    }

    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    #[test]
    fn write_patch_and_run() {
        let mut m = MCode::new(1 << 16).unwrap();
        let at = m.write(native::RET42).unwrap();
        assert_eq!(at % ALIGN, 0);
        // SAFETY: the bytes are a complete function returning 42.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(at) };
        assert_eq!(f(), 42);
        let j = m.write(native::JUMP).unwrap();
        let (p, bytes) = native::patch(j, at);
        m.patch(p, &bytes).unwrap();
        // SAFETY: the branch lands on the function above.
        let g: extern "C" fn() -> u32 = unsafe { std::mem::transmute(j) };
        assert_eq!(g(), 42);
        assert_eq!(m.read(at, 2), Some(&native::RET42[..2]));
        assert_eq!(m.patch(j + 10, &bytes), Err(McodeError::BadPatch));
    }

    #[test]
    fn full_is_an_error() {
        let mut m = MCode::new(4096).unwrap();
        let big = vec![0xc3; m.free()];
        m.write(&big).unwrap();
        assert_eq!(m.write(&[0xc3]), Err(McodeError::Full));
    }
}
