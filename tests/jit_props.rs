//! Property test of the JIT: small typed loops, generated at random
//! (integer wrap-around, shifts, floor division, float math, conversions,
//! array loads and stores with negative indices, branches that change
//! direction, early breaks), must print the same under the interpreter and
//! under the JIT with every loop compiled — output and errors alike.

use proptest::prelude::*;
use rumba::{Engine, Tier};

#[derive(Clone, Debug)]
enum IExpr {
    Var(usize),
    Index,
    Const(i64),
    Bin(&'static str, Box<IExpr>, Box<IExpr>),
    /// Shift or floor division by a constant (never zero).
    ByConst(&'static str, Box<IExpr>, i64),
    Load(Box<IExpr>),
    FromFloat(Box<FExpr>),
    /// A call of a small script function, which the trace inlines.
    Call(Box<IExpr>, Box<IExpr>),
    Select(Box<Cond>, Box<IExpr>, Box<IExpr>),
}

#[derive(Clone, Debug)]
enum FExpr {
    Var(usize),
    Const(f64),
    Bin(&'static str, Box<FExpr>, Box<FExpr>),
    FromInt(Box<IExpr>),
    Load(Box<IExpr>),
    Call(&'static str, Box<FExpr>),
}

#[derive(Clone, Debug)]
enum Cond {
    Int(&'static str, IExpr, IExpr),
    Float(&'static str, FExpr, FExpr),
}

#[derive(Clone, Debug)]
enum Stmt {
    SetI(usize, IExpr),
    SetF(usize, FExpr),
    StoreF(IExpr, FExpr),
    StoreI(IExpr, IExpr),
    If(Cond, Vec<Stmt>, Vec<Stmt>),
    Break(Cond),
}

const NI: usize = 3;
const NF: usize = 2;
const LEN: i64 = 16;

fn iexpr() -> impl Strategy<Value = IExpr> {
    let leaf = prop_oneof![
        (0..NI).prop_map(IExpr::Var),
        Just(IExpr::Index),
        prop_oneof![
            -3i64..100,
            Just(i64::MAX),
            Just(i64::MIN + 1),
            Just(0x7fff_ffff)
        ]
        .prop_map(IExpr::Const),
    ];
    leaf.prop_recursive(3, 16, 2, |inner| {
        prop_oneof![
            (
                prop_oneof![
                    Just("+"),
                    Just("-"),
                    Just("*"),
                    Just("&"),
                    Just("|"),
                    Just("^")
                ],
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(o, a, b)| IExpr::Bin(o, Box::new(a), Box::new(b))),
            (
                prop_oneof![Just("<<"), Just(">>"), Just("//"), Just("%")],
                inner.clone(),
                1i64..40
            )
                .prop_map(|(o, a, k)| IExpr::ByConst(o, Box::new(a), k)),
            inner.clone().prop_map(|i| IExpr::Load(Box::new(i))),
            (0..NF).prop_map(|v| IExpr::FromFloat(Box::new(FExpr::Var(v)))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| IExpr::Call(Box::new(a), Box::new(b))),
            (cond_leaf(), inner.clone(), inner.clone()).prop_map(|(c, a, b)| IExpr::Select(
                Box::new(c),
                Box::new(a),
                Box::new(b)
            )),
        ]
    })
}

fn fexpr() -> impl Strategy<Value = FExpr> {
    let leaf = prop_oneof![
        (0..NF).prop_map(FExpr::Var),
        prop_oneof![
            -2.0f64..2.0,
            Just(0.0),
            Just(-0.0),
            Just(1e300),
            Just(f64::INFINITY),
            Just(f64::NAN)
        ]
        .prop_map(FExpr::Const),
        (0..NI).prop_map(|v| FExpr::FromInt(Box::new(IExpr::Var(v)))),
        Just(FExpr::Load(Box::new(IExpr::Index))),
    ];
    leaf.prop_recursive(3, 16, 2, |inner| {
        prop_oneof![
            (
                prop_oneof![Just("+"), Just("-"), Just("*")],
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(o, a, b)| FExpr::Bin(o, Box::new(a), Box::new(b))),
            (
                prop_oneof![
                    Just("math.sqrt"),
                    Just("abs"),
                    Just("math.floor"),
                    Just("math.sin")
                ],
                inner.clone()
            )
                .prop_map(|(f, a)| FExpr::Call(f, Box::new(a))),
        ]
    })
}

fn cond_leaf() -> impl Strategy<Value = Cond> {
    let ops = prop_oneof![Just("<"), Just("<="), Just("=="), Just("!=")];
    prop_oneof![
        (ops.clone(), (0..NI).prop_map(IExpr::Var), -5i64..50).prop_map(|(o, a, k)| Cond::Int(
            o,
            a,
            IExpr::Const(k)
        )),
        (ops.clone(), Just(IExpr::Index), 0i64..LEN).prop_map(|(o, a, k)| Cond::Int(
            o,
            a,
            IExpr::Const(k)
        )),
        (ops, (0..NF).prop_map(FExpr::Var), -1.0f64..1.0).prop_map(|(o, a, k)| Cond::Float(
            o,
            a,
            FExpr::Const(k)
        )),
    ]
}

fn cond() -> impl Strategy<Value = Cond> {
    let ops = prop_oneof![Just("<"), Just("<="), Just("=="), Just("!="), Just(">")];
    prop_oneof![
        (ops.clone(), iexpr(), iexpr()).prop_map(|(o, a, b)| Cond::Int(o, a, b)),
        (ops, fexpr(), fexpr()).prop_map(|(o, a, b)| Cond::Float(o, a, b)),
    ]
}

fn stmt() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        4 => (0..NI, iexpr()).prop_map(|(v, e)| Stmt::SetI(v, e)),
        4 => (0..NF, fexpr()).prop_map(|(v, e)| Stmt::SetF(v, e)),
        1 => (iexpr(), fexpr()).prop_map(|(i, e)| Stmt::StoreF(i, e)),
        1 => (iexpr(), iexpr()).prop_map(|(i, e)| Stmt::StoreI(i, e)),
        1 => cond().prop_map(Stmt::Break),
    ];
    leaf.prop_recursive(2, 12, 3, |inner| {
        (
            cond(),
            prop::collection::vec(inner.clone(), 1..3),
            prop::collection::vec(inner, 0..2),
        )
            .prop_map(|(c, a, b)| Stmt::If(c, a, b))
    })
}

fn show_i(e: &IExpr) -> String {
    match e {
        IExpr::Var(v) => format!("x{v}"),
        IExpr::Index => "i".into(),
        IExpr::Const(k) => format!("({k})"),
        IExpr::Bin(o, a, b) => format!("({} {o} {})", show_i(a), show_i(b)),
        IExpr::ByConst(o, a, k) => format!("({} {o} {k})", show_i(a)),
        // Indices wrap into the arrays, negative ones from the end.
        IExpr::Load(i) => format!("b[({}) % {} - {}]", show_i(i), 2 * LEN, LEN),
        IExpr::FromFloat(f) => format!("int({})", show_f(f)),
        IExpr::Call(a, b) => format!("helper({}, {})", show_i(a), show_i(b)),
        IExpr::Select(c, a, b) => format!("({} if {} else {})", show_i(a), show_c(c), show_i(b)),
    }
}

fn show_f(e: &FExpr) -> String {
    match e {
        FExpr::Var(v) => format!("f{v}"),
        FExpr::Const(k) if k.is_nan() => "nan".into(),
        FExpr::Const(k) if k.is_infinite() => format!("({}inf)", if *k < 0.0 { "-" } else { "" }),
        FExpr::Const(k) => format!("({k:?})"),
        FExpr::Bin(o, a, b) => format!("({} {o} {})", show_f(a), show_f(b)),
        FExpr::FromInt(i) => format!("float({})", show_i(i)),
        FExpr::Load(i) => format!("a[({}) % {} - {}]", show_i(i), 2 * LEN, LEN),
        FExpr::Call("math.sqrt", a) => format!("math.sqrt(abs({}))", show_f(a)),
        FExpr::Call(f, a) => format!("{f}({})", show_f(a)),
    }
}

fn show_c(c: &Cond) -> String {
    match c {
        Cond::Int(o, a, b) => format!("{} {o} {}", show_i(a), show_i(b)),
        Cond::Float(o, a, b) => format!("{} {o} {}", show_f(a), show_f(b)),
    }
}

fn show_s(s: &Stmt, depth: usize, out: &mut String) {
    let pad = "    ".repeat(depth);
    match s {
        Stmt::SetI(v, e) => out.push_str(&format!("{pad}x{v} = {}\n", show_i(e))),
        Stmt::SetF(v, e) => out.push_str(&format!("{pad}f{v} = {}\n", show_f(e))),
        Stmt::StoreF(i, e) => out.push_str(&format!(
            "{pad}a[({}) % {} - {}] = {}\n",
            show_i(i),
            2 * LEN,
            LEN,
            show_f(e)
        )),
        Stmt::StoreI(i, e) => out.push_str(&format!(
            "{pad}b[({}) % {} - {}] = {}\n",
            show_i(i),
            2 * LEN,
            LEN,
            show_i(e)
        )),
        Stmt::If(c, a, b) => {
            out.push_str(&format!("{pad}if {}:\n", show_c(c)));
            for s in a {
                show_s(s, depth + 1, out);
            }
            if !b.is_empty() {
                out.push_str(&format!("{pad}else:\n"));
                for s in b {
                    show_s(s, depth + 1, out);
                }
            }
        }
        Stmt::Break(c) => out.push_str(&format!("{pad}if {}:\n{pad}    break\n", show_c(c))),
    }
}

fn program(body: &[Stmt], n: i64) -> String {
    let mut s = String::from(
        "import math\nimport numpy as np\nnan = float('nan')\ninf = float('inf')\n\n\n\
         def helper(x, y):\n    if x < y:\n        return x * 2 + y\n    return y - x\n\n\n\
         def kernel(n, a, b):\n    x0 = 1\n    x1 = -7\n    x2 = 123456789\n    f0 = 0.5\n    f1 = -1.25\n    \
         acc = []\n    for i in range(n):\n        acc.append(x1)\n",
    );
    for st in body {
        show_s(st, 2, &mut s);
    }
    // An inner loop whose trip count changes, so its trace exits and the
    // outer loop's links to it; a native taking values the loop carries.
    s.push_str(
        "        j = 0\n        while j < i % 4:\n            x1 = helper(x1, j) % 1000003\n            j += 1\n",
    );
    s.push_str("    return x0, x1, x2, f0, f1, len(acc), acc[len(acc) // 2]\n\n\n");
    s.push_str(&format!(
        "a = np.linspace(-1.0, 1.0, {LEN})\nb = np.arange({LEN}) * 3 - 20\n\
         print(kernel({n}, a, b))\nprint(a.sum(), b.sum())\nprint(kernel({n}, a, b))\n"
    ));
    s
}

fn run(src: &str, tier: Tier) -> String {
    let mut e = Engine::capturing();
    if let Err(err) = e.set_tier(tier) {
        return format!("ERROR {}", err.text);
    }
    let r = e.load_source("prop.py", src);
    let mut out = e.take_output();
    if let Err(err) = r {
        out.push_str(&format!("ERROR {}", err.text));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn jit_agrees_with_interpreter(
        body in prop::collection::vec(stmt(), 1..6),
        n in 1i64..200,
        hot in prop_oneof![Just(1u16), Just(2), Just(5), Just(13)],
    ) {
        let src = program(&body, n);
        let interp = run(&src, Tier::Interp);
        let jit = run(&src, Tier::Jit { hot });
        prop_assert_eq!(interp, jit, "hot={}, program:\n{}", hot, src);
    }
}
