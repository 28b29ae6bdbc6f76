//! The JIT's life cycle, observed through the embedding API: the script
//! tests prove that compiled code computes what the interpreter does, these
//! prove that the JIT compiled it at all (traces, side traces, function
//! traces), and that it gives up the way it should (aborts, blacklisting).

use rumba::{Engine, Tier};

/// Runs `src` under the interpreter and under the JIT at threshold 1;
/// both must print the same. Returns the JIT's report.
fn run_both(src: &str) -> String {
    let mut interp = Engine::capturing();
    let a = interp
        .load_source("t.py", src)
        .map(|_| interp.take_output());
    let mut jit = Engine::capturing();
    if jit.set_tier(Tier::Jit { hot: 1 }).is_err() {
        // A host without a backend runs the interpreter only.
        return String::new();
    }
    let b = jit.load_source("t.py", src).map(|_| jit.take_output());
    match (a, b) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        (a, b) => panic!("the tiers disagree: {a:?} / {b:?}"),
    }
    jit.jit_report()
}

/// The number in the report's summary line just before `what`.
fn count(report: &str, what: &str) -> u64 {
    let line = report.lines().next().unwrap_or_default();
    let Some(end) = line.find(what) else {
        panic!("no '{what}' in {report}");
    };
    line[..end]
        .split_whitespace()
        .last()
        .and_then(|n| n.trim_start_matches('(').parse().ok())
        .unwrap_or_else(|| panic!("no count before '{what}' in {report}"))
}

#[test]
fn branches_that_flip_grow_side_traces() {
    // The arm divides (it can raise), so the branch cannot become a select.
    let r = run_both(
        "def f(n):\n    s = 0\n    for i in range(n):\n        if i % 3 == 0:\n            s += i // (n - i)\n        else:\n            s -= 1\n    return s\n\n\nprint(f(1000))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(count(&r, "traces (") >= 2, "{r}");
    assert!(count(&r, "side traces)") >= 1, "{r}");
    assert!(r.contains("side trace of 0"), "{r}");
}

#[test]
fn short_branches_become_selects() {
    // Arms that only compute registers: no guard, so no side trace, and
    // no exit but the loop's end.
    let r = run_both(
        "def f(n):\n    s = 0\n    c = 0\n    for i in range(n):\n        if i % 3 == 0:\n            s += i\n        else:\n            s -= 1\n        if i & 4:\n            c += 1\n    return s, c\n\n\nprint(f(1000))\n",
    );
    if r.is_empty() {
        return;
    }
    assert_eq!(count(&r, "side traces)"), 0, "{r}");
    assert!(count(&r, "exits taken") <= 1, "{r}");
}

#[test]
fn recursion_compiles_a_function_trace() {
    let r = run_both(
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\nprint(fib(20))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(r.contains(": function at t.py:1 (fib)"), "{r}");
}

#[test]
fn a_loop_that_keeps_aborting_is_blacklisted() {
    // A body longer than a trace may be: every recording aborts.
    let mut src = String::from("def long_body(n):\n    t = 0\n    for i in range(n):\n");
    for _ in 0..1500 {
        src.push_str("        t = (t * 3 + i) % 1000003\n");
    }
    src.push_str("    return t\n\n\nprint(long_body(3000))\n");
    let r = run_both(&src);
    if r.is_empty() {
        return;
    }
    assert_eq!(count(&r, "loops blacklisted"), 1, "{r}");
    assert!(r.contains("trace too long"), "{r}");
    assert_eq!(count(&r, "traces ("), 0, "{r}");
}

#[test]
fn an_error_inside_a_trace_is_the_interpreters() {
    let r = run_both(
        "import numpy as np\n\n\ndef f(a, n):\n    s = 0.0\n    for i in range(n):\n        s += a[i]\n    return s\n\n\nprint(f(np.ones(50), 40))\nprint(f(np.ones(50), 60))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(count(&r, "traces (") >= 1, "{r}");
    assert!(count(&r, "exits taken") >= 1, "{r}");
}

#[test]
fn a_root_trace_never_leaves_its_loop() {
    // The inner loop always breaks in the iteration after the one that made
    // it hot: its recordings leave the loop and abort (a trace of the code
    // after the loop would run the loop's iterations through exits), and
    // the outer loop is traced instead.
    let r = run_both(
        "def f(n):\n    s = 0\n    for i in range(n):\n        for j in range(10):\n            s += j\n            if j == 1:\n                break\n    return s\n\n\nprint(f(1000))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(r.contains("left the loop"), "{r}");
    assert!(r.contains(": loop at t.py:3 (f)"), "{r}");
}

#[test]
fn side_traces_unroll_short_inner_loops() {
    // The helper's while loop runs 0 to 3 iterations per call, twice per
    // outer iteration: its own recordings leave it, so after the second
    // such abort the outer loop's root trace unrolls it (LuaJIT's
    // `innerloopleft`) and so do the side traces, instead of aborting at
    // its second iteration (the outer loop aborted twice before).
    let r = run_both(
        "def span(a, lo, hi):\n    t = 0\n    while lo < hi:\n        t += a[lo]\n        lo += 2\n    return t\n\n\ndef twice(a, n):\n    s = 0\n    for k in range(n):\n        s += span(a, k % 3, k % 7) - span(a, k % 5, k % 4 + 3)\n    return s\n\n\nprint(twice([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], 2000))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(count(&r, "side traces)") >= 1, "{r}");
    assert!(r.contains(": loop at t.py:11 (twice)"), "{r}");
    assert!(r.matches("t.py:11 (twice): inner loop").count() <= 1, "{r}");
}

#[test]
fn a_float_passed_to_a_compiled_call_keeps_its_loop_compiled() {
    // The call's argument copy loads the float slot as raw bits (an int);
    // the loop body's copy of that load is the carried float, which the
    // peeled loop must reinterpret, not use as an int operand.
    let r = run_both(
        "def g(n, x):\n    if n < 2:\n        return x\n    return g(n - 1, x * 0.5) + x\n\n\ndef f(m):\n    acc = 0.0\n    c = 0.25\n    for i in range(m):\n        acc += g(i % 4, c)\n        c += 0.125\n    return acc, c\n\n\nprint(f(300))\n",
    );
    if r.is_empty() {
        return;
    }
    assert!(!r.contains("invalid trace"), "{r}");
    assert!(r.contains(": loop at t.py:10 (f)"), "{r}");
}
