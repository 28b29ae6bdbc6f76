//! The oracles: every script under tests/scripts/ (and every example) run by
//! CPython (with numpy, cffi and the Numba stand-in in tests/oracle/) must
//! print exactly its `.out` (`.expected`) file, the output rumba is held
//! to; and every script under tests/scripts/ run by real Numba must print
//! its `.out` too, except the rumba extensions tests/oracle/NUMBA_SKIP
//! lists with the reason. Each is skipped when its Python is missing,
//! unless RUMBA_ORACLE=required (as in CI).

use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension(ext).exists() {
            out.push(p);
        }
    }
}

fn python_with(imports: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {imports}")])
        .env_remove("PYTHONPATH")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn python_with_numpy() -> bool {
    python_with("numpy, cffi")
}

/// Runs `path` with python3 from the script's folder; its stdout, or why
/// it failed.
fn run_python(path: &Path, pythonpath: Option<&Path>) -> Result<String, String> {
    let mut cmd = Command::new("python3");
    cmd.arg(path)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .current_dir(path.parent().unwrap_or(Path::new(".")));
    if let Some(p) = pythonpath {
        cmd.env("PYTHONPATH", p);
    }
    match cmd.output() {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => Err(format!(
            "{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )),
        Err(e) => Err(e.to_string()),
    }
}

/// The scripts real Numba cannot run (rumba extensions), from
/// tests/oracle/NUMBA_SKIP: `path  reason` lines, `#` comments.
fn numba_skips(root: &Path) -> Vec<(PathBuf, String)> {
    let text = std::fs::read_to_string(root.join("tests/oracle/NUMBA_SKIP")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (p, why) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            (root.join("tests/scripts").join(p), why.trim().to_string())
        })
        .collect()
}

#[test]
fn numba_agrees_with_expected_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if !python_with("numpy, cffi, numba") {
        assert!(
            std::env::var("RUMBA_ORACLE").as_deref() != Ok("required"),
            "RUMBA_ORACLE=required but python3 with numba, numpy and cffi is not available"
        );
        eprintln!("note: python3 with numba not found; Numba oracle comparison skipped");
        return;
    }
    let mut scripts = Vec::new();
    collect(&root.join("tests/scripts"), "out", &mut scripts);
    let skips = numba_skips(&root);
    let mut failures = Vec::new();
    for (p, why) in &skips {
        if !scripts.contains(p) || why.is_empty() {
            failures.push(format!(
                "{}: NUMBA_SKIP names no script with a .out, or gives no reason",
                p.display()
            ));
        }
    }
    // Numba compiles slowly: the scripts run on every core, and a listed
    // script must still fail under Numba (or it belongs in the oracle).
    let jobs: Vec<(PathBuf, bool)> = scripts
        .iter()
        .map(|p| (p.clone(), skips.iter().any(|(s, _)| s == p)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((path, skipped)) = jobs.get(i) else {
                    break;
                };
                let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
                let got = run_python(path, None);
                let msg = match (got, skipped) {
                    (Ok(out), false) if out == want => None,
                    (Ok(out), true) if out == want => Some(format!(
                        "{}: Numba runs it now; remove it from NUMBA_SKIP",
                        path.display()
                    )),
                    (_, true) => None,
                    (Ok(_), false) => {
                        Some(format!("{}: Numba printed something else", path.display()))
                    }
                    (Err(e), false) => Some(format!("{}: Numba failed\n{e}", path.display())),
                };
                if let (Some(m), Ok(mut r)) = (msg, results.lock()) {
                    r.push(m);
                }
            });
        }
    });
    failures.extend(results.into_inner().unwrap_or_default());
    assert!(
        failures.is_empty(),
        "{} of {} scripts disagree with Numba:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n")
    );
}

#[test]
fn cpython_agrees_with_expected_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if !python_with_numpy() {
        assert!(
            std::env::var("RUMBA_ORACLE").as_deref() != Ok("required"),
            "RUMBA_ORACLE=required but python3 with numpy and cffi is not available"
        );
        eprintln!("note: python3 with numpy and cffi not found; oracle comparison skipped");
        return;
    }
    let mut scripts = Vec::new();
    collect(&root.join("tests/scripts"), "out", &mut scripts);
    collect(&root.join("examples"), "expected", &mut scripts);
    let oracle = root.join("tests/oracle");
    let mut failures = Vec::new();
    for path in &scripts {
        let expected = if path.with_extension("out").exists() {
            "out"
        } else {
            "expected"
        };
        let want = std::fs::read_to_string(path.with_extension(expected)).unwrap_or_default();
        let out = Command::new("python3")
            .arg(path)
            .env("PYTHONPATH", &oracle)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .current_dir(path.parent().unwrap_or(&root))
            .output();
        match out {
            Ok(o) if String::from_utf8_lossy(&o.stdout) == want => {}
            Ok(o) => failures.push(format!(
                "{}: CPython printed something else\n{}",
                path.display(),
                String::from_utf8_lossy(&o.stderr)
            )),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scripts disagree with CPython:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n")
    );
}
