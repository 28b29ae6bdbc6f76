//! The oracle: every script under tests/scripts/ (and every example) run by
//! CPython (with numpy, cffi and the Numba stand-in in tests/oracle/) must
//! print exactly its `.out` (`.expected`) file, the output rumba is held to. Skipped when CPython with numpy
//! is missing, unless RUMBA_ORACLE=required (as in CI).

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

fn python_with_numpy() -> bool {
    Command::new("python3")
        .args(["-c", "import numpy, cffi"])
        .output()
        .is_ok_and(|o| o.status.success())
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
