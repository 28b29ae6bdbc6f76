//! The embedding API: typed calls, arrays shared without copying, host
//! functions, and errors as values.

use rumba::{Engine, ErrorKind, Value};

const SRC: &str = "
import numpy as np

def add(a, b):
    return a + b

def fill(a, v):
    for i in range(len(a)):
        a[i] = v * i
    return len(a)

def total(a):
    return a.sum()

def pair(x):
    return x, x * 0.5

def use_host(n):
    s = 0
    for i in range(n):
        s += twice(i)
    return s

kept = np.zeros(1)

def keep(a):
    global kept
    kept = a
    return 0

def read_kept(i):
    return kept[i]
";

fn engine() -> (Engine, rumba::Module) {
    let mut e = Engine::capturing();
    e.register("twice", |(x,): (i64,)| Ok(2 * x));
    let m = e.load_source("embedded.py", SRC).expect("script loads");
    (e, m)
}

#[test]
fn typed_calls_specialize_per_signature() {
    let (mut e, m) = engine();
    let int_add = e.function::<(i64, i64), i64>(m, "add").unwrap();
    assert_eq!(int_add.call(&mut e, (2, 40)).unwrap(), 42);
    let float_add = e.function::<(f64, f64), f64>(m, "add").unwrap();
    assert_eq!(float_add.call(&mut e, (0.5, 0.25)).unwrap(), 0.75);
    let pair = e.function::<(f64,), (f64, f64)>(m, "pair").unwrap();
    assert_eq!(pair.call(&mut e, (3.0,)).unwrap(), (3.0, 1.5));
}

#[test]
fn arrays_are_shared_not_copied() {
    let (mut e, m) = engine();
    let fill = e.function::<(&mut [f64], f64), i64>(m, "fill").unwrap();
    let mut v = vec![0.0; 4];
    assert_eq!(fill.call(&mut e, (&mut v, 1.5)).unwrap(), 4);
    assert_eq!(v, [0.0, 1.5, 3.0, 4.5]);
    let mut ints = vec![1i64, 2, 3];
    let r = e
        .call(m, "total", &mut [Value::I64Array(&mut ints)])
        .unwrap();
    assert_eq!(r, Value::Int(6));
}

#[test]
fn a_kept_array_outlives_the_loan() {
    let (mut e, m) = engine();
    let keep = e.function::<(&mut [f64],), i64>(m, "keep").unwrap();
    let read = e.function::<(i64,), f64>(m, "read_kept").unwrap();
    {
        let mut v = vec![7.0, 8.0];
        keep.call(&mut e, (&mut v,)).unwrap();
        v[0] = -1.0;
    }
    // The script's copy kept the values it had when the call returned.
    assert_eq!(read.call(&mut e, (0,)).unwrap(), 7.0);
    assert_eq!(read.call(&mut e, (1,)).unwrap(), 8.0);
}

#[test]
fn host_functions_are_callable_from_scripts() {
    let (mut e, m) = engine();
    let f = e.function::<(i64,), i64>(m, "use_host").unwrap();
    assert_eq!(f.call(&mut e, (4,)).unwrap(), 12);
}

#[test]
fn errors_are_results() {
    let (mut e, m) = engine();
    let bad = e.function::<(i64, i64), String>(m, "add");
    assert!(bad.is_err());
    let err = e.call(m, "nope", &mut []).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Compile);
    let mut e2 = Engine::capturing();
    let err = e2
        .load_source("boom.py", "def f(x):\n    return 10 // x\nf(0)\n")
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Runtime);
    assert_eq!(err.class, "ZeroDivisionError");
    assert!(err.text.contains("line 2, in f"), "{}", err.text);
    // The engine stays usable after an error.
    let m2 = e2.load_source("ok.py", "def g():\n    return 5\n").unwrap();
    assert_eq!(
        e2.function::<(), i64>(m2, "g")
            .unwrap()
            .call(&mut e2, ())
            .unwrap(),
        5
    );
}

#[test]
fn handles_work_only_with_their_engine() {
    let (mut e, m) = engine();
    let add = e.function::<(i64, i64), i64>(m, "add").unwrap();
    let (mut other, _) = engine();
    let err = add.call(&mut other, (1, 2)).unwrap_err();
    assert_eq!(
        err.text,
        "TypeError: this function belongs to another engine\n"
    );
    assert_eq!(add.call(&mut e, (1, 2)).unwrap(), 3);
    let mut fresh = Engine::capturing();
    let err = fresh.call(m, "add", &mut []).unwrap_err();
    assert_eq!(
        err.text,
        "TypeError: this module belongs to another engine\n"
    );
}

#[test]
fn output_is_captured() {
    let mut e = Engine::capturing();
    e.load_source("p.py", "print('hi', 1.5)\n").unwrap();
    assert_eq!(e.take_output(), "hi 1.5\n");
}
