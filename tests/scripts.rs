//! Runs every script under tests/scripts/ and compares its output with the
//! `.out` file beside it, every example under examples/ with its
//! `.expected` file, and every script under tests/errors/ expecting the
//! error its `.err` file describes. (The C libraries some of them load are
//! built by build.rs.)
//!
//! Each runs under both tiers: the interpreter, and the JIT with a hot
//! threshold of 1 so that every loop is recorded and compiled. Output must
//! match byte for byte, and an error must read the same, traceback and all.

use rumba::{Engine, ErrorKind, Tier};
use std::path::{Path, PathBuf};

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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The tiers every script runs under.
const TIERS: [(&str, Tier); 2] = [("interp", Tier::Interp), ("jit", Tier::Jit { hot: 1 })];

/// Runs a script in a fresh engine; returns its output and the error.
fn run(path: &Path, tier: Tier) -> (String, Option<rumba::Error>) {
    let mut engine = Engine::capturing();
    if let Err(e) = engine.set_tier(tier) {
        return (String::new(), Some(e));
    }
    engine.set_argv(vec![path.display().to_string()]);
    let r = engine.load_file(path);
    (engine.take_output(), r.err())
}

/// Runs `f` over the items on a few threads and collects failure reports.
fn in_parallel(items: &[PathBuf], f: impl Fn(&Path) -> Option<String> + Sync) -> Vec<String> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    let chunks: Vec<&[PathBuf]> = items.chunks(items.len().div_ceil(threads).max(1)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let f = &f;
                s.spawn(move || chunk.iter().filter_map(|p| f(p)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec!["a test thread panicked".into()])
            })
            .collect()
    })
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  expected: {w}\n  got:      {g}", i + 1);
        }
    }
    format!(
        "expected {} lines, got {}",
        want.lines().count(),
        got.lines().count()
    )
}

/// Runs every script under `dir` that has an expected-output file with
/// extension `ext` beside it, and compares stdout byte for byte.
fn check_outputs(dir: &str, ext: &str, what: &str) {
    let mut scripts = Vec::new();
    collect(&root().join(dir), ext, &mut scripts);
    assert!(!scripts.is_empty(), "no {what} found");
    let failures = in_parallel(&scripts, |path| {
        let want = std::fs::read_to_string(path.with_extension(ext)).ok()?;
        let mut report = Vec::new();
        for (name, tier) in TIERS {
            let (got, err) = run(path, tier);
            let err_text = err
                .map(|e| format!("\n  error:\n{}", e.text))
                .unwrap_or_default();
            if got != want || !err_text.is_empty() {
                report.push(format!(
                    "{} [{name}]: {}{err_text}",
                    path.display(),
                    first_difference(&want, &got)
                ));
            }
        }
        (!report.is_empty()).then(|| report.join("\n"))
    });
    assert!(
        failures.is_empty(),
        "{} of {} {what} failed:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n\n")
    );
}

#[test]
fn scripts_match_expected_output() {
    check_outputs("tests/scripts", "out", "scripts");
}

#[test]
fn examples_match_expected_output() {
    check_outputs("examples", "expected", "examples");
}

#[test]
fn errors_are_reported_with_location() {
    let mut scripts = Vec::new();
    collect(&root().join("tests/errors"), "err", &mut scripts);
    assert!(!scripts.is_empty(), "no error scripts found");
    let failures = in_parallel(&scripts, |path| {
        let spec = std::fs::read_to_string(path.with_extension("err")).ok()?;
        let mut lines = spec.lines();
        let line: u32 = lines.next()?.trim().strip_prefix("line ")?.parse().ok()?;
        let message = lines.next()?.trim().to_string();
        let (out, err) = run(path, Tier::Interp);
        let (jit_out, jit_err) = run(path, Tier::Jit { hot: 1 });
        let jit_text = jit_err.as_ref().map(|e| e.text.as_str());
        if (jit_out.as_str(), jit_text) != (out.as_str(), err.as_ref().map(|e| e.text.as_str())) {
            return Some(format!(
                "{}: the JIT tier printed\n{jit_out}{}\nwhere the interpreter printed\n{out}{}",
                path.display(),
                jit_text.unwrap_or(""),
                err.as_ref().map_or("", |e| e.text.as_str())
            ));
        }
        let Some(e) = err else {
            return Some(format!(
                "{}: ran without error, expected {message}",
                path.display()
            ));
        };
        if e.kind == ErrorKind::Exit(0) {
            return Some(format!(
                "{}: exited normally, expected {message}",
                path.display()
            ));
        }
        let at_line =
            e.text.contains(&format!(":{line}:")) || e.text.contains(&format!("line {line},"));
        if !e.text.contains(&message) || !at_line {
            return Some(format!(
                "{}: expected line {line} and `{message}`, got:\n{}",
                path.display(),
                e.text
            ));
        }
        None
    });
    assert!(
        failures.is_empty(),
        "{} of {} error scripts failed:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n\n")
    );
}
