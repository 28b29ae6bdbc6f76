//! Embedding rumba: load a script, call its functions with Rust values
//! (arrays lent without copying), and let it call back into Rust.
//!
//!     cargo run --example embed

use rumba::{Engine, Value};

const SCRIPT: &str = r#"
import numpy as np

def scale(a, k):
    for i in range(len(a)):
        a[i] = a[i] * k
    return a.sum()

def stats(a):
    return np.min(a), np.max(a)

def report(n):
    total = 0.0
    for i in range(n):
        total += host_weight(i)
    return total
"#;

fn main() -> Result<(), rumba::Error> {
    let mut engine = Engine::new();
    engine.register("host_weight", |(i,): (i64,)| Ok(1.0 / (1 + i) as f64));
    let m = engine.load_source("embedded.py", SCRIPT)?;

    // A typed handle: the script sees the vector as a float64 array.
    let scale = engine.function::<(&mut [f64], f64), f64>(m, "scale")?;
    let mut data = vec![1.0, 2.0, 3.0];
    let sum = scale.call(&mut engine, (&mut data, 2.0))?;
    println!("scaled in place: {data:?}, sum {sum}");

    // Dynamic values.
    let r = engine.call(m, "stats", &mut [Value::F64Array(&mut data)])?;
    println!("min and max: {r:?}");

    let report = engine.function::<(i64,), f64>(m, "report")?;
    println!(
        "harmonic(10) via a host function: {:.6}",
        report.call(&mut engine, (10,))?
    );

    // Errors are values, with the script's traceback.
    let bad = engine.load_source("bad.py", "x = [1, 2, 3]\nprint(x[7])\n");
    if let Err(e) = bad {
        println!("error as expected:\n{e}");
    }
    Ok(())
}
