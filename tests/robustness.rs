//! No input may make rumba crash. Truncated and mutated versions of every
//! test script are compiled and must end in Ok or a clean error; and every
//! script test is run with hostile numbers put in place of its literals,
//! where a run may succeed or fail cleanly (exit status 1) but never die
//! by a signal or a panic.

use rumba::Engine;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ":",
    "\n",
    "    ",
    "\t",
    "'",
    "\"",
    "\"\"\"",
    "0",
    "1.5e",
    "0x",
    "x",
    "def",
    "return",
    "if",
    "else",
    "for",
    "in",
    "range(",
    "np.",
    ".",
    ",",
    "=",
    "==",
    "+",
    "**",
    "//",
    "%",
    "@",
    "lambda",
    "yield",
    "not",
    "and",
    "None",
    "[:",
    "::",
    "\\",
    "#",
    "f'{",
    "}",
    "{",
    "1_000",
    "9999999999999999999999",
    "-",
    "~",
    "<<",
    "import",
    "from",
    "as",
    "global",
    "while",
    "break",
    "int32",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(s.len() + 1);
        match rng.below(4) {
            0 if !s.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(s.len());
                s.drain(at.min(s.len())..end);
            }
            1 => {
                let snip: Vec<char> = SNIPPETS[rng.below(SNIPPETS.len())].chars().collect();
                s.splice(at..at, snip);
            }
            2 if s.len() > 2 => {
                let (a, b) = (at.min(s.len() - 1), rng.below(s.len()));
                s.swap(a, b);
            }
            _ => s.insert(at, char::from_u32(rng.below(0x250) as u32).unwrap_or('?')),
        }
    }
    s.into_iter().collect()
}

fn check(name: &str, src: &str, dir: &Path) -> Option<String> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut engine = Engine::capturing();
        engine.set_search_dir(dir);
        let _ = engine.check_source(name, src);
    }));
    r.is_err()
        .then(|| format!("panic on input derived from {name}:\n---\n{src}\n---"))
}

#[test]
fn malformed_scripts_never_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut scripts = Vec::new();
    for dir in [
        "tests/scripts",
        "tests/errors",
        "examples",
        "benches/scripts",
    ] {
        collect(&root.join(dir), &mut scripts);
    }
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    let mut rng = Rng(0x9e3779b97f4a7c15);
    for path in &scripts {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display().to_string();
        let dir = path.parent().unwrap_or(&root);
        // Every line-boundary prefix, and a sample of character prefixes.
        let mut cuts: Vec<usize> = src.match_indices('\n').map(|(i, _)| i).collect();
        for _ in 0..10 {
            let c = rng.below(src.len());
            if src.is_char_boundary(c) {
                cuts.push(c);
            }
        }
        for c in cuts {
            failures.extend(check(&name, &src[..c], dir));
        }
        for _ in 0..25 {
            let m = mutate(&src, &mut rng);
            failures.extend(check(&name, &m, dir));
        }
    }
    let _ = std::panic::take_hook();
    assert!(
        failures.is_empty(),
        "{} inputs panicked; first:\n{}",
        failures.len(),
        failures.first().map_or("", |s| s.as_str())
    );
}

/// Numbers that break careless arithmetic, allocation and indexing.
const HOSTILE: &[&str] = &[
    "0",
    "-1",
    "9223372036854775807",
    "(-9223372036854775807 - 1)",
    "1e308",
    "-1e308",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "5e-324",
];

/// Scripts exempt from hostile numbers: with one in the wrong place they
/// read or write through pointers they computed, or hand C a length or a
/// divisor it trusts, and crash as they would under CPython; rumba cannot
/// check either (see the README). Nothing else is exempt.
const UNCHECKED: &[(&str, &str)] = &[
    ("ffi/callback_direct.py", "C's fold and qsort read as many elements as they are told"),
    ("ffi/cffi_callback_error.py", "C's fold reads as many elements as it is told"),
    ("ffi/cffi_callbacks.py", "qsort and fold read as many elements as they are told; a callback writes through its void *"),
    ("ffi/cffi_from_buffer.py", "C fills and sums buffers by the lengths it is given; writes through a cast pointer"),
    ("ffi/cffi_from_buffer_bytes.py", "indexes ffi.from_buffer's view, a pointer rumba does not bound (cffi does)"),
    ("ffi/cffi_func_values.py", "C's fold reads as many elements as it is told, from a computed pointer"),
    ("ffi/cffi_nested_structs.py", "links and walks nodes at computed addresses"),
    ("ffi/cffi_new_init.py", "C sums as many elements as it is told"),
    ("ffi/cffi_out_params.py", "C divides by its argument and scans the length it is given"),
    ("ffi/cffi_pointers.py", "pointer arithmetic and casts of addresses, read and written"),
    ("ffi/cffi_strings.py", "C upcases a string at a computed offset"),
    ("ffi/cffi_struct_arrays.py", "passes C struct pointers at computed offsets"),
    ("ffi/ctypes_callbacks.py", "qsort and fold read as many elements as they are told; a callback writes through its void *"),
    ("ffi/ctypes_linked_list.py", "walks a list through pointers"),
    ("ffi/ctypes_no_argtypes.py", "qsort sorts as many elements as it is told"),
    ("ffi/ctypes_out_params.py", "C divides by its argument and scans the length it is given"),
    ("ffi/ctypes_pointers.py", "C sums, reverses and fills the lengths it is given, at computed offsets"),
    ("ffi/ctypes_void_p.py", "casts computed addresses to pointers and reads through them"),
    ("ffi/ndpointer.py", "memset fills as many bytes as it is told"),
    ("ffi/numba_cfunc.py", "qsort and fold read as many elements as they are told"),
    ("ffi/numba_pointers.py", "pointer arithmetic and indexing, read and written"),
    ("ffi/numba_structs.py", "struct pointers at computed offsets, read, written and handed to C"),
];

/// Mutants run per script, and how long one may run.
const MUTANTS: usize = 12;
const TIME_LIMIT: Duration = Duration::from_secs(5);

/// The byte ranges of the number literals in Python source, outside
/// strings and comments.
fn number_literals(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'\'' || c == b'"' {
            let triple = b[i..].starts_with(&[c, c, c]);
            let close: &[u8] = if triple { &[c, c, c] } else { &[c] };
            i += close.len();
            while i < b.len() && !b[i..].starts_with(close) {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += close.len();
        } else if c.is_ascii_alphabetic() || c == b'_' {
            // A name (or a string prefix, which the next round skips).
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b"._".contains(&b[i])) {
                let exp = matches!(b[i], b'e' | b'E') && !src[start..i].starts_with("0x");
                i += 1;
                if exp && i < b.len() && matches!(b[i], b'+' | b'-') {
                    i += 1;
                }
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// How a run of a mutant ended, if badly.
fn crash(rumba: &Path, script: &Path, stderr_path: &Path) -> Option<String> {
    let stderr = std::fs::File::create(stderr_path).ok()?;
    let mut child = Command::new(rumba)
        .arg("run")
        .arg(script)
        .current_dir(script.parent()?)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .ok()?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() < TIME_LIMIT => {
                std::thread::sleep(Duration::from_millis(5))
            }
            // A mutant may loop forever: that is not a crash.
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    let err = std::fs::read_to_string(stderr_path).unwrap_or_default();
    match status.code() {
        Some(0 | 1) if !err.contains("panicked") => None,
        // argparse's usage error exits with 2, as CPython's does.
        Some(2) if err.starts_with("usage: ") && !err.contains("panicked") => None,
        Some(code) => Some(format!("exit status {code}")),
        None => Some(format!("killed by a signal ({status})")),
    }
    .map(|how| format!("{how}; stderr ends:\n{}", tail(&err)))
}

fn tail(s: &str) -> &str {
    let lines: Vec<&str> = s.lines().collect();
    let from = lines.len().saturating_sub(8);
    lines.get(from).map_or("", |first| {
        &s[first.as_ptr() as usize - s.as_ptr() as usize..]
    })
}

#[test]
fn hostile_numbers_never_crash() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rumba = PathBuf::from(env!("CARGO_BIN_EXE_rumba"));
    let scripts_dir = root.join("tests/scripts");
    let mut scripts = Vec::new();
    collect(&scripts_dir, &mut scripts);
    scripts.retain(|p| p.with_extension("out").exists());
    // Mutants live in a copy of tests/ (siblings for imports, the C test
    // library where scripts look for it).
    let mirror = std::env::temp_dir().join(format!("rumba-mutants-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&mirror);
    std::fs::create_dir_all(&mirror).unwrap();
    std::os::unix::fs::symlink(root.join("tests/clib"), mirror.join("clib")).unwrap();
    let mut jobs = Vec::new();
    let mut rng = Rng(0x2545f4914f6cdd1d);
    for path in &scripts {
        let rel = path.strip_prefix(&scripts_dir).unwrap();
        let name = rel.display().to_string();
        if UNCHECKED.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let dir = mirror.join("scripts").join(rel.parent().unwrap());
        if !dir.exists() {
            std::fs::create_dir_all(&dir).unwrap();
            for sib in std::fs::read_dir(path.parent().unwrap()).unwrap().flatten() {
                if sib.path().extension().is_some_and(|e| e == "py") {
                    std::fs::copy(sib.path(), dir.join(sib.file_name())).unwrap();
                }
            }
        }
        let src = std::fs::read_to_string(path).unwrap();
        let lits = number_literals(&src);
        if lits.is_empty() {
            continue;
        }
        for k in 0..MUTANTS {
            let (a, b) = lits[rng.below(lits.len())];
            let value = HOSTILE[(k + rng.below(3)) % HOSTILE.len()];
            let mutant = format!("{}({value}){}", &src[..a], &src[b..]);
            let stem = path.file_stem().unwrap().to_string_lossy();
            let file = dir.join(format!("{stem}__m{k}.py"));
            jobs.push((
                name.clone(),
                format!("{} -> {value}", &src[a..b]),
                file,
                mutant,
            ));
        }
    }
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8);
    let failures: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = jobs
            .chunks(jobs.len().div_ceil(threads).max(1))
            .enumerate()
            .map(|(t, chunk)| {
                let (rumba, mirror) = (&rumba, &mirror);
                s.spawn(move || {
                    let stderr = mirror.join(format!("stderr-{t}"));
                    let mut bad = Vec::new();
                    for (name, what, file, mutant) in chunk {
                        std::fs::write(file, mutant).unwrap();
                        if let Some(how) = crash(rumba, file, &stderr) {
                            bad.push(format!("{name} ({what}): {how}"));
                        }
                        let _ = std::fs::remove_file(file);
                    }
                    bad
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let _ = std::fs::remove_dir_all(&mirror);
    assert!(
        failures.is_empty(),
        "{} of {} mutants crashed:\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n\n")
    );
}
