//! C libraries: loading shared objects and finding their symbols, as
//! LuaJIT's lj_clib.c does for `ffi.load`.
//!
//! Names are resolved the way cffi's `ffi.dlopen` resolves them on Linux:
//! `None` is the process itself (its C library, and libm as in CPython), a
//! name with a `/` or a `.` is handed to `dlopen` as it is, and a short name
//! such as `"m"` goes through [`find_library`], which answers like
//! `ctypes.util.find_library`.

use libloading::os::unix::{Library, RTLD_LOCAL, RTLD_NOW};
use std::ffi::c_void;
use std::path::Path;
use std::process::Command;

/// Where `find_library` looks when `ldconfig` is missing or does not know a
/// library.
const LIB_DIRS: [&str; 6] = [
    "/lib",
    "/usr/lib",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
];

/// The ABI tag `ldconfig -p` prints for libraries of this machine, as
/// CPython's ctypes matches it (a prefix, so "libc6" also accepts
/// "libc6,AArch64").
const LDCONFIG_ABI: &str = if cfg!(target_arch = "x86_64") {
    "(libc6,x86-64"
} else {
    "(libc6"
};

/// An open C library. Symbol addresses stay valid while it lives: dropping
/// it closes the library.
pub struct CLib {
    name: String,
    /// Searched in order.
    libs: Vec<Library>,
}

impl CLib {
    /// The name cffi shows for the library: the file that was loaded, or
    /// `<None>` for the process.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The address of a function or variable, if the library defines it.
    pub fn lookup(&self, sym: &str) -> Option<usize> {
        self.libs.iter().find_map(|lib| {
            // SAFETY: the symbol is read as a plain address, which is valid
            // for any symbol; nothing is called or dereferenced here.
            let s = unsafe { lib.get::<*mut c_void>(sym) }.ok()?;
            let addr = s.into_raw() as usize;
            (addr != 0).then_some(addr)
        })
    }
}

/// Opens a library as cffi's `ffi.dlopen(name)` does.
pub fn open(name: Option<&str>) -> Result<CLib, String> {
    let Some(name) = name else {
        // glibc keeps the math functions out of libc; CPython, whose
        // process cffi's dlopen(None) sees, links libm.
        let libs = [Ok(Library::this()), load("libm.so.6")];
        return Ok(CLib {
            name: "<None>".to_owned(),
            libs: libs.into_iter().flatten().collect(),
        });
    };
    if name.contains('/') || name.contains('.') {
        return match load(name) {
            Ok(lib) => Ok(CLib {
                name: name.to_owned(),
                libs: vec![lib],
            }),
            // cffi retries a bare file name through find_library.
            Err(e) if !name.contains('/') => {
                open_found(name).map_err(|more| format!("{e}.  Additionally, {more}"))
            }
            Err(e) => Err(e),
        };
    }
    open_found(name).or_else(|not_found| {
        // Libraries on LD_LIBRARY_PATH that ldconfig does not know.
        let file = format!("lib{name}.so");
        load(&file)
            .map(|lib| CLib {
                name: file,
                libs: vec![lib],
            })
            .map_err(|e| format!("{e}.  Additionally, {not_found}"))
    })
}

/// Opens the library `find_library` names.
fn open_found(name: &str) -> Result<CLib, String> {
    let Some(file) = find_library(name) else {
        return Err(format!(
            "ctypes.util.find_library() did not manage to locate a library called '{name}'"
        ));
    };
    Ok(CLib {
        libs: vec![load(&file)?],
        name: file,
    })
}

fn load(file: &str) -> Result<Library, String> {
    // SAFETY: loading a library runs its initialisers. A script that names a
    // library asks for exactly that, as with cffi's dlopen.
    unsafe { Library::open(Some(file), RTLD_NOW | RTLD_LOCAL) }.map_err(|e| {
        let detail = std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string());
        format!("cannot load library '{file}': {detail}")
    })
}

/// The file name (soname) of library `name`, like CPython's
/// `ctypes.util.find_library` on Linux: `"m"` gives `libm.so.6`.
pub fn find_library(name: &str) -> Option<String> {
    if name.is_empty() || name.contains(['/', '\0']) {
        return None;
    }
    ldconfig_lookup(name).or_else(|| scan_dirs(name))
}

/// The first entry for `libNAME.*` of this machine's ABI in `ldconfig -p`.
fn ldconfig_lookup(name: &str) -> Option<String> {
    let out = ["/sbin/ldconfig", "ldconfig"].iter().find_map(|cmd| {
        Command::new(cmd)
            .arg("-p")
            .env("LC_ALL", "C")
            .env("LANG", "C")
            .output()
            .ok()
            .filter(|o| o.status.success())
    })?;
    let prefix = format!("lib{name}.");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| {
            let mut words = line.split_whitespace();
            let file = words.next()?;
            let abi = words.next()?;
            (file.starts_with(&prefix) && abi.starts_with(LDCONFIG_ABI)).then(|| file.to_owned())
        })
}

/// `libNAME.so` or `libNAME.so.N...` in the usual library folders,
/// preferring a versioned file (the unversioned one may be a linker
/// script) and, among those, the shortest name, which is the soname.
fn scan_dirs(name: &str) -> Option<String> {
    let bare = format!("lib{name}.so");
    let versioned = format!("{bare}.");
    let mut best: Option<String> = None;
    for dir in LIB_DIRS {
        let Ok(entries) = std::fs::read_dir(Path::new(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(file) = entry.file_name().into_string() else {
                continue;
            };
            if file != bare && !file.starts_with(&versioned) {
                continue;
            }
            let rank = |f: &str| (f == bare, f.len());
            if best.as_deref().is_none_or(|b| rank(&file) < rank(b)) {
                best = Some(file);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_symbols() {
        let lib = open(None).unwrap();
        assert_eq!(lib.name(), "<None>");
        for sym in ["printf", "qsort", "strlen", "sin", "cos", "malloc"] {
            assert!(lib.lookup(sym).is_some(), "{sym}");
        }
        assert_eq!(lib.lookup("no_such_symbol_in_rumba"), None);
        assert_eq!(lib.lookup("sin\0x"), None);
        assert_eq!(lib.lookup(""), None);
    }

    #[test]
    fn short_names() {
        assert_eq!(find_library("m").as_deref(), Some("libm.so.6"));
        assert_eq!(find_library("c").as_deref(), Some("libc.so.6"));
        assert_eq!(find_library("no_such_lib_rumba"), None);
        assert_eq!(find_library(""), None);
        assert_eq!(find_library("m/x"), None);
        let m = open(Some("m")).unwrap();
        assert_eq!(m.name(), "libm.so.6");
        assert!(m.lookup("sin").is_some());
        let c = open(Some("libc.so.6")).unwrap();
        assert!(c.lookup("strlen").is_some());
    }

    #[test]
    fn missing_libraries() {
        let e = open(Some("foo_rumba")).err().unwrap();
        assert_eq!(
            e,
            "cannot load library 'libfoo_rumba.so': libfoo_rumba.so: cannot open shared object \
             file: No such file or directory.  Additionally, ctypes.util.find_library() did not \
             manage to locate a library called 'foo_rumba'"
        );
        let e = open(Some("/nonexistent/libx.so")).err().unwrap();
        assert_eq!(
            e,
            "cannot load library '/nonexistent/libx.so': /nonexistent/libx.so: cannot open \
             shared object file: No such file or directory"
        );
        assert!(open(Some("x\0y")).is_err());
        assert!(open(Some("")).is_err());
    }
}
