//! Criterion benches per tier: a representative subset of benches/scripts
//! (the programs `compare.py` times against C and LuaJIT), each loaded and
//! run whole through the embedding API, at sizes that keep one iteration
//! short. `hello` measures startup.

use criterion::{criterion_group, criterion_main, Criterion};
use rumba::{Engine, Tier};
use std::path::Path;

/// Makes an engine that runs scripts at one tier and keeps their output.
type NewEngine = fn() -> Engine;

/// The tiers benchmarked. A fresh engine per run, so the JIT's figures
/// include recording and compiling.
const TIERS: &[(&str, NewEngine)] = &[("interp", Engine::capturing), ("jit", jit_engine)];

fn jit_engine() -> Engine {
    let mut engine = Engine::capturing();
    engine
        .set_tier(Tier::JIT)
        .expect("this host has a JIT backend");
    engine
}

/// (script, its argument): one of each kind of work, calls, float loops,
/// arrays, allocation, records, C calls and callbacks.
const WORKLOADS: &[(&str, &str)] = &[
    ("fib", "27"),
    ("mandelbrot", "200"),
    ("nbody", "20000"),
    ("sieve", "5000"),
    ("hypot", "5000"),
    ("gibbs", "500"),
    ("ffi_call", "500000"),
    ("qsort", "20000"),
    ("hello", "0"),
];

fn run(new_engine: NewEngine, path: &Path, arg: &str) -> String {
    let mut engine = new_engine();
    engine.set_argv(vec![path.display().to_string(), arg.to_string()]);
    engine.load_file(path).expect("benchmark script runs");
    engine.take_output()
}

fn tiers(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/scripts");
    for (tier, new_engine) in TIERS {
        let mut group = c.benchmark_group(*tier);
        group.sample_size(10);
        for (name, arg) in WORKLOADS {
            let path = dir.join(format!("{name}.py"));
            group.bench_function(*name, |b| b.iter(|| run(*new_engine, &path, arg)));
        }
        group.finish();
    }
}

criterion_group!(benches, tiers);
criterion_main!(benches);
