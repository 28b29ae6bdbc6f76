//! `os` and `os.path`, as CPython computes them on a POSIX system
//! (`posixpath`): paths are strings, joined and split by their text, and
//! only `abspath`, `exists`, `isfile`, `isdir` and `getcwd` ask the system.

use crate::error::{VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{new_str, str_of};

fn s<'a>(slot: u64) -> &'a str {
    // SAFETY: the typing rules give these natives str arguments only.
    unsafe { str_of(slot) }
}

/// `posixpath.join`: an absolute part starts over.
pub fn join(parts: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let mut path = String::new();
    for (i, p) in parts.into_iter().enumerate() {
        let p = p.as_ref();
        if i > 0 && !p.starts_with('/') && !path.is_empty() && !path.ends_with('/') {
            path.push('/');
        }
        if p.starts_with('/') {
            path.clear();
        }
        path.push_str(p);
    }
    path
}

/// `posixpath.dirname`: everything before the last slash, without the
/// trailing slashes unless it is all slashes.
pub fn dirname(p: &str) -> &str {
    let head = &p[..p.rfind('/').map_or(0, |i| i + 1)];
    if !head.is_empty() && head.bytes().any(|b| b != b'/') {
        head.trim_end_matches('/')
    } else {
        head
    }
}

/// `posixpath.basename`.
pub fn basename(p: &str) -> &str {
    &p[p.rfind('/').map_or(0, |i| i + 1)..]
}

/// `posixpath.normpath`: collapses `.`, `..` and repeated slashes (two
/// leading slashes are kept, as POSIX allows them a meaning).
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let lead = if p.starts_with("//") && !p.starts_with("///") {
        "//"
    } else if p.starts_with('/') {
        "/"
    } else {
        ""
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." if lead.is_empty() && comps.last().is_none_or(|&l| l == "..") => comps.push(c),
            ".." => {
                comps.pop();
            }
            _ => comps.push(c),
        }
    }
    let path = lead.to_string() + &comps.join("/");
    if path.is_empty() {
        ".".to_string()
    } else {
        path
    }
}

fn getcwd_str() -> VmResult<String> {
    std::env::current_dir()
        .map(|d| d.display().to_string())
        .map_err(|e| VmError::new("FileNotFoundError", format!("[Errno 2] {e}")))
}

/// `posixpath.abspath`.
pub fn abspath(p: &str) -> VmResult<String> {
    if p.starts_with('/') {
        Ok(normpath(p))
    } else {
        Ok(normpath(&join([getcwd_str()?.as_str(), p])))
    }
}

/// `posixpath.realpath` (not strict): the longest prefix that exists with
/// its symbolic links resolved, then the rest of the path taken by its
/// text, as CPython takes the components it cannot find.
pub fn realpath(p: &str) -> VmResult<String> {
    let abs = match p.starts_with('/') {
        true => p.to_string(),
        false => join([getcwd_str()?.as_str(), p]),
    };
    let comps: Vec<&str> = abs.split('/').filter(|c| !c.is_empty()).collect();
    for k in (0..=comps.len()).rev() {
        let prefix = format!("/{}", comps[..k].join("/"));
        if let Ok(real) = std::fs::canonicalize(&prefix) {
            let real = real.display().to_string();
            return Ok(normpath(&join(
                std::iter::once(real.as_str()).chain(comps[k..].iter().copied()),
            )));
        }
    }
    Ok(normpath(&abs))
}

/// `posixpath.splitext`: the extension starts at the last dot of the last
/// component, unless only dots precede it there.
pub fn splitext(p: &str) -> (&str, &str) {
    let base_start = p.rfind('/').map_or(0, |i| i + 1);
    match p.rfind('.') {
        Some(dot) if dot > base_start && p[base_start..dot].bytes().any(|b| b != b'.') => {
            (&p[..dot], &p[dot..])
        }
        _ => (p, ""),
    }
}

pub fn path_join(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(join(args.iter().map(|&a| s(a))));
    Ok(())
}

pub fn path_dirname(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(dirname(s(args[0])));
    Ok(())
}

pub fn path_basename(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(basename(s(args[0])));
    Ok(())
}

pub fn path_normpath(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(normpath(s(args[0])));
    Ok(())
}

pub fn path_abspath(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(abspath(s(args[0]))?);
    Ok(())
}

pub fn path_realpath(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(realpath(s(args[0]))?);
    Ok(())
}

/// `os.environ[key]`: a KeyError, as a dict gives, if it is not set.
pub fn environ_get(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let key = s(args[0]);
    match std::env::var(key) {
        Ok(v) => out[0] = new_str(v),
        Err(_) => return Err(VmError::new("KeyError", format!("'{key}'"))),
    }
    Ok(())
}

pub fn path_splitext(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let (root, ext) = splitext(s(args[0]));
    out[0] = new_str(root);
    out[1] = new_str(ext);
    Ok(())
}

pub fn path_isabs(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = s(args[0]).starts_with('/') as u64;
    Ok(())
}

/// `exists`, `isfile`, `isdir`: false for anything the system cannot
/// stat, as in CPython.
fn stat(p: &str) -> Option<std::fs::Metadata> {
    std::fs::metadata(p).ok()
}

pub fn path_exists(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = stat(s(args[0])).is_some() as u64;
    Ok(())
}

pub fn path_isfile(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = stat(s(args[0])).is_some_and(|m| m.is_file()) as u64;
    Ok(())
}

pub fn path_isdir(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = stat(s(args[0])).is_some_and(|m| m.is_dir()) as u64;
    Ok(())
}

pub fn getcwd(_: &mut Vm, _: &NativeSite, _: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = new_str(getcwd_str()?);
    Ok(())
}

/// `os.environ.get(key, default)` and `os.getenv(key, default)`.
pub fn getenv(_: &mut Vm, _: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = match std::env::var(s(args[0])) {
        Ok(v) => new_str(v),
        Err(_) => new_str(s(args[1])),
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath() {
        assert_eq!(join(["a", "b", "c.so"]), "a/b/c.so");
        assert_eq!(join(["a/", "/b", "c"]), "/b/c");
        assert_eq!(join(["", "x"]), "x");
        assert_eq!(join(["a", ""]), "a/");
        assert_eq!(dirname("/a/b//c"), "/a/b");
        assert_eq!(dirname("//x"), "//");
        assert_eq!(dirname("x"), "");
        assert_eq!(basename("/a/b.so"), "b.so");
        assert_eq!(basename("/a/"), "");
        assert_eq!(normpath("a/./b/../../.."), "..");
        assert_eq!(normpath("/../a//b/"), "/a/b");
        assert_eq!(normpath("//a"), "//a");
        assert_eq!(normpath("./"), ".");
        assert_eq!(splitext("a/b.tar.gz"), ("a/b.tar", ".gz"));
        assert_eq!(splitext("a/.bashrc"), ("a/.bashrc", ""));
        assert_eq!(splitext("a.b/c"), ("a.b/c", ""));
    }
}
