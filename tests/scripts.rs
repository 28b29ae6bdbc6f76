//! Runs every script under tests/scripts/ and compares its output with the
//! `.out` file beside it, every example under examples/ with its
//! `.expected` file, and every script under tests/errors/ expecting the
//! error its `.err` file describes. (The C libraries some of them load are
//! built by build.rs.)
//!
//! Each runs under both tiers (`common::TIERS`): output must match byte for
//! byte, and an error must read the same under the JIT as under the
//! interpreter, traceback and all.

mod common;

use common::{collect, first_difference, in_parallel, root, run, TIERS};
use rumba::{ErrorKind, Tier};

/// Runs every script under `dir` that has an expected-output file with
/// extension `ext` beside it, and compares stdout byte for byte.
fn check_outputs(dir: &str, ext: &str, what: &str) {
    let mut scripts = Vec::new();
    collect(&root().join(dir), ext, &mut scripts);
    assert!(!scripts.is_empty(), "no {what} found");
    let failures: Vec<String> = in_parallel(&scripts, |path| {
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
    })
    .into_iter()
    .flatten()
    .collect();
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
    let failures: Vec<String> = in_parallel(&scripts, |path| {
        let spec = std::fs::read_to_string(path.with_extension("err")).ok()?;
        let mut lines = spec.lines();
        let line: u32 = lines.next()?.trim().strip_prefix("line ")?.parse().ok()?;
        let message = lines.next()?.trim().to_string();
        let (out, err) = run(path, Tier::Interp);
        let text = |e: &Option<rumba::Error>| e.as_ref().map_or(String::new(), |e| e.text.clone());
        for (name, tier) in &TIERS[1..] {
            let (jit_out, jit_err) = run(path, *tier);
            if (&jit_out, text(&jit_err)) != (&out, text(&err)) {
                return Some(format!(
                    "{} [{name}]: printed\n{jit_out}{}\nwhere the interpreter printed\n{out}{}",
                    path.display(),
                    text(&jit_err),
                    text(&err)
                ));
            }
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
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(
        failures.is_empty(),
        "{} of {} error scripts failed:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n\n")
    );
}
