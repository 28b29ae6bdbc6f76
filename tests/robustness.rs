//! No input may make rumba panic: truncated and mutated versions of every
//! test script are compiled (not run) and must end in Ok or a clean error.

use rumba::Engine;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

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
