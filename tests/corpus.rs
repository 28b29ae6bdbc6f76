//! The conformance corpus: scripts adapted from Numba's tests, documentation
//! and former examples/ folder (tests/corpus/**.py), each beside the output
//! CPython with Numba prints (`.out`).
//!
//! Every script not listed in tests/corpus/KNOWN_FAILURES must print its
//! `.out` exactly. A listed script must fail cleanly: a compile error with
//! file:line:col and a caret, or a runtime error, after printing a prefix of
//! its `.out`; never a wrong answer, a panic or an unlocated compile error
//! (except under the tags `BUG-wrong`, `BUG-crash` and `BUG-unclear`, which
//! record such bugs). A listed script that passes must be removed from the
//! list, so the list only shrinks.
//!
//! `cargo test --release --test corpus -- --nocapture` prints the pass rate
//! and the failures per cause tag. `RUMBA_CORPUS_UPDATE=1 cargo test
//! --release --test corpus` rewrites KNOWN_FAILURES from the current
//! results, keeping the tags of scripts already listed (reasons are refreshed).

mod common;

use common::{collect, first_difference, in_parallel, root, run, TIERS};
use rumba::{ErrorKind, Tier};
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const MANIFEST: &str = "tests/corpus/KNOWN_FAILURES";

/// The tags of outcomes that are bugs; only they excuse a wrong answer,
/// a panic or an unlocated compile error.
const HARNESS_TAGS: [&str; 3] = ["BUG-wrong", "BUG-crash", "BUG-unclear"];

/// What running one script gave.
enum Outcome {
    Pass,
    /// A compile or runtime error after a correct prefix; the error's message.
    Clean(String),
    /// Output that is not the `.out` (or a prefix of it before an error).
    Wrong(String),
    /// A compile error without file:line:col and a caret.
    Unclear(String),
    Panic(String),
}

impl Outcome {
    /// The tag a script with this outcome gets when it is newly listed.
    fn new_tag(&self) -> &'static str {
        match self {
            Outcome::Pass => "",
            Outcome::Clean(_) => "untriaged",
            Outcome::Wrong(_) => "BUG-wrong",
            Outcome::Unclear(_) => "BUG-unclear",
            Outcome::Panic(_) => "BUG-crash",
        }
    }

    fn detail(&self) -> &str {
        match self {
            Outcome::Pass => "",
            Outcome::Clean(s) | Outcome::Wrong(s) | Outcome::Unclear(s) | Outcome::Panic(s) => s,
        }
    }
}

/// A multi-line difference report on one line, for the manifest.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_location(text: &str) -> bool {
    let located = text.split_whitespace().any(|w| {
        let mut parts = w.rsplitn(3, ':');
        let col = parts.next().unwrap_or("");
        let line = parts.next().unwrap_or("");
        parts.next().is_some_and(|f| f.ends_with(".py"))
            && [line, col]
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    located && text.contains('^')
}

/// Runs a script under one tier, a panic caught as its message.
fn run_caught(path: &Path, tier: Tier) -> Result<(String, Option<rumba::Error>), String> {
    catch_unwind(AssertUnwindSafe(|| run(path, tier))).map_err(|e| {
        let msg = e
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| e.downcast_ref::<&str>().copied())
            .unwrap_or("panic");
        format!("panic: {msg}")
    })
}

/// How a script fares: under the interpreter, and the same under the JIT.
fn outcome(path: &Path) -> Outcome {
    let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let (got, err) = match run_caught(path, TIERS[0].1) {
        Ok(r) => r,
        Err(msg) => return Outcome::Panic(msg),
    };
    for (name, tier) in &TIERS[1..] {
        match run_caught(path, *tier) {
            Err(msg) => return Outcome::Panic(format!("[{name}] {msg}")),
            Ok((jit_got, jit_err)) => {
                let text = |e: &Option<rumba::Error>| e.as_ref().map(|e| e.text.clone());
                if jit_got != got || text(&jit_err) != text(&err) {
                    return Outcome::Wrong(format!(
                        "[{name}] {}",
                        one_line(&first_difference(&got, &jit_got))
                    ));
                }
            }
        }
    }
    let Some(err) = err.filter(|e| e.kind != ErrorKind::Exit(0)) else {
        return if got == want {
            Outcome::Pass
        } else {
            Outcome::Wrong(one_line(&first_difference(&want, &got)))
        };
    };
    // A compile error's message is its first line, an exception's the last.
    let mut lines = err.text.lines().map(str::trim).filter(|l| !l.is_empty());
    let message = match err.kind {
        ErrorKind::Runtime => lines.next_back(),
        _ => lines.next(),
    }
    .unwrap_or("")
    .to_string();
    if !want.starts_with(&got) {
        return Outcome::Wrong(format!(
            "{} (then `{message}`)",
            one_line(&first_difference(&want, &got))
        ));
    }
    match err.kind {
        ErrorKind::Compile if !has_location(&err.text) => Outcome::Unclear(message),
        ErrorKind::Compile | ErrorKind::Runtime | ErrorKind::Io => Outcome::Clean(message),
        ErrorKind::Exit(n) => Outcome::Wrong(format!("sys.exit({n})")),
    }
}

/// A KNOWN_FAILURES line: `path  tag  reason`.
struct Entry {
    tag: String,
    reason: String,
}

fn read_manifest(path: &Path) -> BTreeMap<String, Entry> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().unwrap_or("").to_string();
            let tag = words.next().unwrap_or("").to_string();
            let reason = words.collect::<Vec<_>>().join(" ");
            (name, Entry { tag, reason })
        })
        .collect()
}

fn write_manifest(path: &Path, entries: &BTreeMap<String, Entry>) {
    let width = entries.keys().map(String::len).max().unwrap_or(0);
    let tag_width = entries.values().map(|e| e.tag.len()).max().unwrap_or(0);
    let mut text = String::from(
        "# Corpus scripts rumba cannot run yet: path, cause tag, reason (tests/corpus.rs).\n\
         # BUG-wrong, BUG-crash and BUG-unclear record wrong answers, panics and\n\
         # unlocated compile errors; every other script here must fail cleanly.\n\
         # Regenerate: RUMBA_CORPUS_UPDATE=1 cargo test --release --test corpus\n",
    );
    for (name, e) in entries {
        let line = format!("{name:width$}  {:tag_width$}  {}", e.tag, e.reason);
        text.push_str(line.trim_end());
        text.push('\n');
    }
    std::fs::write(path, text).expect("cannot write KNOWN_FAILURES");
}

/// Pass rate per folder and failure counts per cause tag, biggest first.
fn summary(names: &[String], outcomes: &[Outcome], tags: &BTreeMap<String, Entry>) -> String {
    let mut folders: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut causes: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, o) in names.iter().zip(outcomes) {
        let folder = name.split('/').next().unwrap_or("");
        let f = folders.entry(folder).or_default();
        f.1 += 1;
        if matches!(o, Outcome::Pass) {
            f.0 += 1;
        } else {
            let tag = tags.get(name).map_or(o.new_tag(), |e| e.tag.as_str());
            causes.entry(tag).or_default().push(name);
        }
    }
    let passed: usize = folders.values().map(|f| f.0).sum();
    let mut s = format!(
        "corpus: {passed} of {} scripts pass ({:.1}%)\n",
        names.len(),
        100.0 * passed as f64 / names.len().max(1) as f64
    );
    for (folder, (p, n)) in &folders {
        s += &format!("  {folder:12} {p:3} of {n:3}\n");
    }
    let mut causes: Vec<_> = causes.into_iter().collect();
    causes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    s += "failures by cause:\n";
    let mut families: BTreeMap<&str, usize> = BTreeMap::new();
    for (tag, scripts) in &causes {
        s += &format!("  {:4}  {tag:28} e.g. {}\n", scripts.len(), scripts[0]);
        *families
            .entry(tag.split(':').next().unwrap_or(tag))
            .or_default() += scripts.len();
    }
    let mut families: Vec<_> = families.into_iter().filter(|f| f.1 > 1).collect();
    families.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let families: Vec<String> = families.iter().map(|(f, n)| format!("{f} {n}")).collect();
    s += &format!(
        "by family (the tag before ':'; families of two or more): {}\n",
        families.join(", ")
    );
    s
}

#[test]
fn corpus_matches_expected_output_or_fails_cleanly() {
    let dir = root().join("tests/corpus");
    let mut scripts: Vec<PathBuf> = Vec::new();
    collect(&dir, "out", &mut scripts);
    assert!(!scripts.is_empty(), "no corpus scripts found");
    let names: Vec<String> = scripts
        .iter()
        .map(|p| p.strip_prefix(&dir).unwrap_or(p).display().to_string())
        .collect();
    std::panic::set_hook(Box::new(|_| {}));
    let outcomes = in_parallel(&scripts, outcome);
    let _ = std::panic::take_hook();
    let manifest_path = root().join(MANIFEST);
    let mut known = read_manifest(&manifest_path);

    if std::env::var_os("RUMBA_CORPUS_UPDATE").is_some() {
        let mut updated = BTreeMap::new();
        for (name, o) in names.iter().zip(&outcomes) {
            if matches!(o, Outcome::Pass) {
                continue;
            }
            let reason = o.detail().lines().next().unwrap_or("").to_string();
            let tag = match known.remove(name) {
                // Keep a triaged cause while the script still fails that way;
                // the reason is always today's.
                Some(e)
                    if e.tag == o.new_tag()
                        || matches!(o, Outcome::Clean(_))
                            && !HARNESS_TAGS.contains(&e.tag.as_str()) =>
                {
                    e.tag
                }
                _ => o.new_tag().to_string(),
            };
            let entry = Entry { tag, reason };
            updated.insert(name.clone(), entry);
        }
        write_manifest(&manifest_path, &updated);
        println!("{}", summary(&names, &outcomes, &updated));
        return;
    }

    println!("{}", summary(&names, &outcomes, &known));
    let mut failures = Vec::new();
    for (name, o) in names.iter().zip(&outcomes) {
        let tag = known.remove(name).map(|e| e.tag);
        match (o, tag.as_deref()) {
            (Outcome::Clean(_), Some(t)) if HARNESS_TAGS.contains(&t) => {
                println!("note: {name} is tagged {t} but now fails cleanly; retag it")
            }
            (Outcome::Pass, None) | (Outcome::Clean(_), Some(_)) => {}
            (Outcome::Wrong(_), Some("BUG-wrong"))
            | (Outcome::Unclear(_), Some("BUG-unclear"))
            | (Outcome::Panic(_), Some("BUG-crash")) => {}
            (Outcome::Pass, Some(_)) => {
                failures.push(format!("{name}: passes now; remove it from {MANIFEST}"))
            }
            (o, None) => failures.push(format!("{name}: fails:\n  {}", o.detail())),
            (o, Some(_)) => failures.push(format!(
                "{name}: listed, but does not fail cleanly ({}):\n  {}",
                o.new_tag(),
                o.detail()
            )),
        }
    }
    failures.extend(
        known
            .keys()
            .map(|name| format!("{name}: listed in {MANIFEST} but not in the corpus")),
    );
    assert!(
        failures.is_empty(),
        "{} corpus problems (RUMBA_CORPUS_UPDATE=1 regenerates the list):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
