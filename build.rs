//! Builds the C libraries the examples and tests load (the seed's random
//! number library and the FFI test library) next to their sources, so that
//! scripts find them by a path relative to themselves. A missing C compiler
//! only disables those scripts.

use std::path::Path;
use std::process::Command;

const LIBS: &[(&str, &str, &[&str])] = &[
    (
        "examples/rng/randomkit.c",
        "examples/rng/librandomkit.so",
        &["-lm"],
    ),
    ("tests/clib/ffitest.c", "tests/clib/libffitest.so", &[]),
];

fn main() {
    for (src, out, extra) in LIBS {
        println!("cargo:rerun-if-changed={src}");
        let stale = match (std::fs::metadata(src), std::fs::metadata(out)) {
            (Ok(s), Ok(o)) => match (s.modified(), o.modified()) {
                (Ok(s), Ok(o)) => s > o,
                _ => true,
            },
            (Ok(_), Err(_)) => true,
            _ => false,
        };
        if !stale {
            continue;
        }
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        let status = Command::new(&cc)
            .args(["-O2", "-shared", "-fPIC", "-o", out, src])
            .args(*extra)
            .status();
        match status {
            Ok(s) if s.success() => {}
            _ => println!(
                "cargo:warning=could not build {} with {cc}; the scripts that load it will fail",
                Path::new(out).display()
            ),
        }
    }
}
