//! The interpreter on the classic workloads of benches/scripts (the same
//! programs `compare.py` times against LuaJIT and CPython), at sizes that
//! keep one iteration short.

use criterion::{criterion_group, criterion_main, Criterion};
use rumba::Engine;
use std::path::PathBuf;

const WORKLOADS: &[(&str, &str)] = &[
    ("fib", "25"),
    ("mandelbrot", "200"),
    ("spectral_norm", "100"),
    ("nbody", "20000"),
    ("fannkuch", "8"),
    ("sieve", "1000000"),
];

fn run(path: &PathBuf, size: &str) -> String {
    let mut engine = Engine::capturing();
    engine.set_argv(vec![path.display().to_string(), size.to_string()]);
    engine.load_file(path).expect("benchmark script runs");
    engine.take_output()
}

fn interp(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/scripts");
    let mut group = c.benchmark_group("interp");
    group.sample_size(10);
    for (name, size) in WORKLOADS {
        let path = dir.join(format!("{name}.py"));
        group.bench_function(*name, |b| b.iter(|| run(&path, size)));
    }
    group.finish();
}

fn startup(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/scripts/hello.py");
    c.bench_function("startup/hello", |b| b.iter(|| run(&path, "0")));
}

criterion_group!(benches, interp, startup);
criterion_main!(benches);
