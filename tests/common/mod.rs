//! Helpers shared by the script tests (tests/scripts.rs, tests/corpus.rs).

use rumba::{Engine, Tier};
use std::path::{Path, PathBuf};

/// The `.py` files under `dir` (recursively, sorted) that have a file with
/// extension `ext` beside them.
pub fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
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

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The tiers every script runs under: the interpreter; the JIT with a hot
/// threshold of 1, so that every loop and function is recorded and
/// compiled at once; and the JIT with a threshold of 7, so that traces
/// start mid-run, from other iterations, with other shapes.
pub const TIERS: [(&str, Tier); 3] = [
    ("interp", Tier::Interp),
    ("jit", Tier::Jit { hot: 1 }),
    ("jit-hot7", Tier::Jit { hot: 7 }),
];

/// Runs a script in a fresh engine; returns its output and the error.
pub fn run(path: &Path, tier: Tier) -> (String, Option<rumba::Error>) {
    let mut engine = Engine::capturing();
    if let Err(e) = engine.set_tier(tier) {
        return (String::new(), Some(e));
    }
    engine.set_argv(vec![path.display().to_string()]);
    let r = engine.load_file(path);
    (engine.take_output(), r.err())
}

/// Maps `f` over the items on a few threads; the results keep their order.
pub fn in_parallel<T: Send>(items: &[PathBuf], f: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    let chunks: Vec<&[PathBuf]> = items.chunks(items.len().div_ceil(threads).max(1)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let f = &f;
                s.spawn(move || chunk.iter().map(|p| f(p)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

pub fn first_difference(want: &str, got: &str) -> String {
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
