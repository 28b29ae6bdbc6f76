//! Expected results of the math functions, generated on x86-64 Linux
//! (glibc 2.36, a CPU with AVX-512) with CPython 3.11.7, numpy 2.4.6 and
//! Numba 0.68.1: float bits on grids of ordinary values, signed zeros,
//! subnormals, huge values, infinities, NaN and the poles and branch points
//! of the functions, and the exception each error raises. A NaN matches any
//! NaN.

use super::*;

fn same(got: f64, want: u64) -> bool {
    got.to_bits() == want || (got.is_nan() && f64::from_bits(want).is_nan())
}

/// Checks one result against a table token (see the tables below).
fn check(failures: &mut Vec<String>, what: String, got: MathResult<f64>, token: &str) {
    let ok = match (token, got) {
        ("D", Err(MathError::Domain)) | ("R", Err(MathError::Range)) => true,
        ("Z", Err(e)) => e == MathError::ZeroDivision(DIVISION_BY_ZERO),
        (_, Ok(v)) if token.len() == 16 => same(v, u64::from_str_radix(token, 16).unwrap()),
        _ => false,
    };
    if !ok {
        failures.push(format!("{what}: got {got:?}, want {token}"));
    }
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn x(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// Runs a one-argument table over `grid`.
fn run1(table: &[(&str, &str)], grid: &[u64], f: impl Fn(&str, f64) -> MathResult<f64>) {
    let mut failures = Vec::new();
    for (name, tokens) in table {
        let tokens: Vec<&str> = tokens.split_whitespace().collect();
        assert_eq!(tokens.len(), grid.len(), "{name}");
        for (&a, token) in grid.iter().zip(tokens) {
            check(
                &mut failures,
                format!("{name}({:e})", x(a)),
                f(name, x(a)),
                token,
            );
        }
    }
    report(failures);
}

/// Runs a two-argument table over every pair of `GRID2`.
fn run2(table: &[(&str, &str)], f: impl Fn(&str, f64, f64) -> MathResult<f64>) {
    let mut failures = Vec::new();
    for (name, tokens) in table {
        let tokens: Vec<&str> = tokens.split_whitespace().collect();
        assert_eq!(tokens.len(), GRID2.len() * GRID2.len(), "{name}");
        let pairs = GRID2
            .iter()
            .flat_map(|&a| GRID2.iter().map(move |&b| (a, b)));
        for ((a, b), token) in pairs.zip(tokens) {
            let what = format!("{name}({:e}, {:e})", x(a), x(b));
            check(&mut failures, what, f(name, x(a), x(b)), token);
        }
    }
    report(failures);
}

fn check_r<T: PartialEq + std::fmt::Debug>(
    failures: &mut Vec<String>,
    what: String,
    got: MathResult<T>,
    want: R,
    to_r: impl Fn(T) -> R,
) {
    let ok = match (&got, want) {
        (Err(e), E(msg)) => e.to_string() == msg,
        (Ok(_), E(_)) | (Err(_), _) => false,
        (Ok(_), _) => true,
    };
    let ok = ok
        && match (got, want) {
            (Ok(v), want) => match (to_r(v), want) {
                (F(a), F(b)) => same(f64::from_bits(a), b),
                (I(a), I(b)) => a == b,
                (B(a), B(b)) => a == b,
                _ => false,
            },
            _ => true,
        };
    if !ok {
        failures.push(format!("{what}: want {want:?}"));
    }
}

#[test]
fn issue_examples() {
    assert_eq!(erfc(10.0), 2.088487583762545e-45);
    assert_eq!(erfc(1.0), 0.15729920705028513);
    assert_eq!(acosh(1.001), Ok(0.04471763360830684));
    assert_eq!(atanh(-0.99), Ok(-2.6466524123622457));
    assert_eq!(log(0.0), Err(MathError::Domain));
    assert_eq!(exp(1000.0), Err(MathError::Range));
    assert_eq!(
        MathError::Range.to_string(),
        "OverflowError: math range error"
    );
    let e: VmError = MathError::Domain.into();
    assert_eq!(
        (e.kind.as_str(), e.msg.as_str()),
        ("ValueError", "math domain error")
    );
}

#[test]
fn cpython_one_argument() {
    for (name, _) in CPYTHON_MATH1 {
        assert!(math1(name).is_some(), "{name}");
    }
    assert_eq!(MATH1.len(), CPYTHON_MATH1.len());
    run1(CPYTHON_MATH1, GRID, |name, a| math1(name).unwrap()(a));
}

#[test]
fn cpython_two_arguments() {
    assert_eq!(MATH2.len(), CPYTHON_MATH2.len());
    run2(CPYTHON_MATH2, |name, a, b| math2(name).unwrap()(a, b));
}

#[test]
fn cpython_to_int() {
    let mut failures = Vec::new();
    for (name, cases) in CPYTHON_TO_INT {
        let f = match *name {
            "floor" => floor,
            "ceil" => ceil,
            _ => trunc,
        };
        for &(a, want) in *cases {
            check_r(
                &mut failures,
                format!("{name}({:e})", x(a)),
                f(x(a)),
                want,
                I,
            );
        }
    }
    report(failures);
}

#[test]
fn cpython_frexp_modf_ldexp() {
    for &(a, m, e) in CPYTHON_FREXP {
        let (gm, ge) = frexp(x(a));
        assert!(same(gm, m) && ge == e, "frexp({:e})", x(a));
    }
    for &(a, f, i) in CPYTHON_MODF {
        let (gf, gi) = modf(x(a));
        assert!(same(gf, f) && same(gi, i), "modf({:e})", x(a));
    }
    let mut failures = Vec::new();
    for &(a, i, want) in CPYTHON_LDEXP {
        let what = format!("ldexp({:e}, {i})", x(a));
        check_r(
            &mut failures,
            what,
            ldexp(x(a), i),
            want,
            |v| F(v.to_bits()),
        );
    }
    report(failures);
}

#[test]
fn cpython_isclose() {
    let mut failures = Vec::new();
    for &(a, b, rel, abs, want) in CPYTHON_ISCLOSE {
        let what = format!("isclose({a}, {b}, rel_tol={rel}, abs_tol={abs})");
        check_r(&mut failures, what, isclose(a, b, rel, abs), want, B);
    }
    report(failures);
}

#[test]
fn cpython_sequences() {
    let mut failures = Vec::new();
    for &(seq, fsum_want, hypot_want) in CPYTHON_SEQ {
        let v: Vec<f64> = seq.iter().map(|&b| x(b)).collect();
        let what = format!("fsum({v:?})");
        check_r(&mut failures, what, fsum(&v), fsum_want, |v| F(v.to_bits()));
        let what = format!("hypot({v:?})");
        check_r(&mut failures, what, Ok(hypot(&v)), hypot_want, |v| {
            F(v.to_bits())
        });
    }
    for &(p, q, want) in CPYTHON_DIST {
        let p: Vec<f64> = p.iter().map(|&b| x(b)).collect();
        let q: Vec<f64> = q.iter().map(|&b| x(b)).collect();
        let what = format!("dist({p:?}, {q:?})");
        check_r(&mut failures, what, dist(&p, &q), want, |v| F(v.to_bits()));
    }
    report(failures);
}

#[test]
fn cpython_integers() {
    let mut failures = Vec::new();
    for &(n, fact, root) in CPYTHON_INT1 {
        check_r(
            &mut failures,
            format!("factorial({n})"),
            factorial(n),
            fact,
            I,
        );
        check_r(&mut failures, format!("isqrt({n})"), isqrt(n), root, I);
    }
    for &(n, k, c, p) in CPYTHON_COMB {
        check_r(&mut failures, format!("comb({n}, {k})"), comb(n, k), c, I);
        check_r(
            &mut failures,
            format!("perm({n}, {k})"),
            perm(n, Some(k)),
            p,
            I,
        );
    }
    for &(v, g, l) in CPYTHON_GCD {
        check_r(&mut failures, format!("gcd({v:?})"), gcd(v), g, I);
        check_r(&mut failures, format!("lcm({v:?})"), lcm(v), l, I);
    }
    assert_eq!(perm(5, None), Ok(120));
    report(failures);
}

#[test]
fn numba_math() {
    assert_eq!(numba::MATH1.len(), NUMBA_MATH1.len());
    assert_eq!(numba::MATH2.len(), NUMBA_MATH2.len());
    run1(NUMBA_MATH1, GRID_JIT, |name, a| {
        Ok(numba::math1(name).unwrap()(a))
    });
    run2(NUMBA_MATH2, |name, a, b| {
        Ok(numba::math2(name).unwrap()(a, b))
    });
    for (name, want) in NUMBA_TO_INT {
        let f = match *name {
            "floor" => numba::floor,
            "ceil" => numba::ceil,
            _ => numba::trunc,
        };
        let got: Vec<i64> = GRID_JIT.iter().map(|&a| f(x(a))).collect();
        assert_eq!(&got, want, "{name}");
    }
}

#[test]
fn numba_ufuncs() {
    assert_eq!(numba::UFUNC1.len(), NUMBA_UFUNC1.len());
    assert_eq!(numba::UFUNC2.len(), NUMBA_UFUNC2.len());
    run1(NUMBA_UFUNC1, GRID_JIT, |name, a| {
        Ok(numba::ufunc1(name).unwrap()(a))
    });
    run2(NUMBA_UFUNC2, |name, a, b| {
        Ok(numba::ufunc2(name).unwrap()(a, b))
    });
}

#[test]
fn numpy_ufuncs() {
    // The tables hold what numpy computes on a CPU with AVX-512; elsewhere
    // numpy and `np` both call libm instead.
    if !np::svml_kernels() {
        return;
    }
    assert_eq!(np::UFUNC1.len(), NUMPY_UFUNC1.len());
    run1(NUMPY_UFUNC1, GRID, |name, a| {
        Ok(np::ufunc1(name).unwrap()(a))
    });
    run2(NUMPY_UFUNC2, |name, a, b| {
        Ok(np::ufunc2(name).unwrap()(a, b))
    });
    let mut failures = Vec::new();
    for &(y, tokens) in NUMPY_POWER {
        let tokens: Vec<&str> = tokens.split_whitespace().collect();
        for (&a, token) in GRID.iter().zip(tokens) {
            let what = format!("power({:e}, {:e})", x(a), x(y));
            check(&mut failures, what, Ok(np::power(x(a), x(y))), token);
        }
    }
    report(failures);
}

/// An expected result: float bits, an int, a bool, or the exception.
#[derive(Clone, Copy, Debug)]
enum R {
    F(u64),
    I(i64),
    B(bool),
    E(&'static str),
}
use R::*;

/// The arguments of the one-argument tables, as float bits.
#[rustfmt::skip]
const GRID: &[u64] = &[
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x8000000000000001, 0x000012688b70e62b, 0x0010000000000000,
    0x01a56e1fc2f8f359, 0x81a56e1fc2f8f359, 0x3bc79ca10c924223, 0xbbc79ca10c924223, 0x3c9cd2b297d889bc, 0x3e45798ee2308c3a,
    0x3fb999999999999a, 0xbfb999999999999a, 0x3fd0000000000000, 0x3fe0000000000000, 0xbfe0000000000000, 0x3fe6666666666666,
    0x3fefae147ae147ae, 0xbfefae147ae147ae, 0x3fefffffffffffff, 0xbfefffffffffffff, 0x3ff0000000000000, 0xbff0000000000000,
    0x3ff0000000000001, 0x3ff004189374bc6a, 0xbff004189374bc6a, 0x3ff8000000000000, 0x4000000000000000, 0xc000000000000000,
    0x4004000000000000, 0xc004000000000000, 0x4008000000000000, 0x4005bf0a8b145769, 0x400921fb54442d18, 0xc00921fb54442d18,
    0x4014000000000000, 0x4016000000000000, 0x401e000000000000, 0x4024000000000000, 0xc024000000000000, 0x4034000000000000,
    0x4036800000000000, 0x4037000000000000, 0x4038000000000000, 0x403b000000000000, 0x403e000000000000, 0xc03e000000000000,
    0x4059000000000000, 0xc059200000000000, 0x4061900000000000, 0x4065500000000000, 0x4065600000000000, 0x4065700000000000,
    0x4065800000000000, 0xc065500000000000, 0xc065700000000000, 0xc069100000000000, 0x4069000000000000, 0x4069200000000000,
    0x4085e00000000000, 0x40862e3d70a3d70a, 0x4086300000000000, 0xc087480000000000, 0xc087500000000000, 0x408f400000000000,
    0x408ffc0000000000, 0x4090000000000000, 0xc090c80000000000, 0xc090cc0000000000, 0x40f86a0000000000, 0x4202a05f20000000,
    0x4341c37937e08000, 0x4480f0cf064dd592, 0x7e37e43c8800759c, 0xfe37e43c8800759c, 0x7fefffffffffffff, 0xffefffffffffffff,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x3fd5614b52a1ff60, 0xc006e3dde81c611a, 0xbfa02b02ee0fb000,
    0x3ffd303a720dc354, 0xbfe6115c742a0e00, 0x3fe40e2eabc64188, 0xc00129af57352e7a, 0xc00b6e13f944b2f0, 0xbffa930204ed2adc,
    0x400fcc6550dc798e, 0xc009618d7bcf67c2, 0xc003fdde020c5d86, 0xc2941ca617f35925, 0xc262189d5616b51f, 0xc3e142fe724bc4b0,
    0x3e85c7e8bd42a94b, 0x3c736219d2c79266, 0x3f90be2256ab932f, 0xc0f6102a2866a825, 0x409358ecebfcd27d, 0x3fef68bbd36d0c75,
    0x3ca8b6571c4bd6e1, 0xbeb42ec2343c9a71, 0x3f6379b00b8f631b,
];

/// The arguments of the jitted one-argument tables.
#[rustfmt::skip]
const GRID_JIT: &[u64] = &[
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x8000000000000001, 0x01a56e1fc2f8f359, 0x3bc79ca10c924223,
    0x3fe0000000000000, 0xbfe0000000000000, 0x3fefae147ae147ae, 0xbfefae147ae147ae, 0x3ff0000000000000, 0xbff0000000000000,
    0x3ff004189374bc6a, 0x4000000000000000, 0xc004000000000000, 0x4024000000000000, 0xc024000000000000, 0x403e000000000000,
    0x4065700000000000, 0xc065700000000000, 0x4069000000000000, 0x4086300000000000, 0xc087500000000000, 0x4341c37937e08000,
    0x7e37e43c8800759c, 0xfe37e43c8800759c, 0x7fefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
];

/// The arguments of the two-argument tables: every (x, y) of this grid,
/// x varying slowest.
#[rustfmt::skip]
const GRID2: &[u64] = &[
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x3fe0000000000000, 0xbff0000000000000, 0x3ff0000000000000,
    0x3ff8000000000000, 0xc000000000000000, 0x4008000000000000, 0x3fd5555555555555, 0xc01d000000000000, 0x01a56e1fc2f8f359,
    0x7e37e43c8800759c, 0x7fefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
];

// The result tables give, per function, one token per argument in grid
// order: 16 hex digits of the result's bits, or `D`, `R`, `Z` for
// ValueError: math domain error, OverflowError: math range error,
// ZeroDivisionError: float division by zero.

/// `math.<name>(x)` in CPython.
#[rustfmt::skip]
const CPYTHON_MATH1: &[(&str, &str)] = &[
    ("acos", "\
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb5194fb3c 3ff787b22ce3f590 3ffabc447ba464a1 3ff51700e0c14b25 3ff0c152382d7366 \
        4000c152382d7366 3fe973e83f5d5c9b 3fc21df72882bfd8 4008001be1bc011b 3e50000000000000 400921fb52442d18 0000000000000000 400921fb54442d18 \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        7ff8000000000000 3ff3aed6754b7af9 D 3ff9a358ed22e3ec D 4002a77188ac93cb 3fec971a179cc706 D \
        D D D D D D D D \
        3ff921fb28b45b9e 3ff921fb54442d18 3ff8df020755b698 D D 3fc8a2d6482667fe 3ff921fb54442d18 3ff921fc9730505c \
        3ff9183e7ba48121 \
    "),
    ("acosh", "\
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D 0000000000000000 D \
        3e56a09e667f3bcd 3fa6e53acbcdeba2 D 3feecc2caec5160a 3ff5124271980434 D 3ff9119c13a31bb0 D \
        3ffc34366179d427 3ffa84eef63326e7 3ffcfc02f90106c1 D 400256e66a48a3b6 40031dc0090b63d8 4005a0ec5d80d9e7 4007f21ed1ce05d4 \
        D 400d818b3e5d4c5f 400e73085d21392b 400ea016ca9fa1c2 400ef75488216e64 400fe8bc94091fab 401060530345ac85 D \
        401531738dcbc626 D 40168da986c5e851 401753d6bee5dd45 401756d66274913e 401759d3c8396c99 40175ccef38bbbf3 D \
        D D 4017f740d804b32c 4017fc5c506d2bdb 401cfa16a4e3f3ea 401d084bd30cc3a7 401d089d1096b506 D \
        D 401e6752e8a84ed4 401e7f1c069363ce 401e7f9c0e980f49 D D 402869825a921700 4037b810429a7c2a \
        4042c46ac7b13dfe 4049accd6e153de6 40859bbfd8b83e43 D 408633ce8fb9f87d D 7ff0000000000000 D \
        7ff8000000000000 D D D 3ff357f5118e9572 D D D \
        D D 4000748ccc0c4d55 D D D D D \
        D D D D 401f4222ec14f6c7 D D D \
        D \
    "),
    ("asin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9a49276037884 bfb9a49276037884 3fd02be9ce0b87cd 3fe0c152382d7366 \
        bfe0c152382d7366 3fe8d00e692afd95 3ff6de3c6f33d51d bff6de3c6f33d51d 3ff921fb50442d18 bff921fb50442d18 3ff921fb54442d18 bff921fb54442d18 \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        7ff8000000000000 3fd5cc937be2c87e D bfa02bb31bd6da72 D bfe859cf7a29f4fb 3fe5acdc90eb932a D \
        D D D D D D D D \
        3e85c7e8bd42a966 3c736219d2c79266 3f90be533b9da00c D D 3ff60da08b3f6019 3ca8b6571c4bd6e1 beb42ec2343c9fcb \
        3f6379b13f57ef23 \
    "),
    ("asinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c39 3fb98eb9e7e5fc3f bfb98eb9e7e5fc3f 3fcfacfb2399e637 3fdecc2caec5160a \
        bfdecc2caec5160a 3fe4e2a4fe9085dd 3febfa2424777c63 bfebfa2424777c63 3fec34366179d426 bfec34366179d426 3fec34366179d427 bfec34366179d427 \
        3fec34366179d428 3fec3a00eba5dff2 bfec3a00eba5dff2 3ff31dc0090b63d9 3ff719218313d087 bff719218313d087 3ffa5b0f0be9dcf6 bffa5b0f0be9dcf6 \
        3ffd185b507edc0e 3ffb9b2abdf5c077 3ffdcbf69f10006d bffdcbf69f10006d 40027fdfac4e4380 40033f9bed3b2dc6 4005b321028a694d 4007fc5c506d2bdb \
        c007fc5c506d2bdb 400d841a9abe2ebb 400e750e2df4e04e 400ea206569307d4 400ef91ba4a5f018 400fea242c2068a3 401060e4a5fbe5ca c01060e4a5fbe5ca \
        40153180a93d3c2a c015369c0cd54b49 40168db02a921ff2 401753db4126b592 401756daddf7ef04 401759d83d0e61ac 40175cd361c12d5c c01753db4126b592 \
        c01759d83d0e61ac c017f9d2a79563e6 4017f7441ee11091 4017fc5f8ef60d4a 401cfa16e95e6e7a 401d084c15a77824 401d089d5326d8df c01d39e37c30e52d \
        c01d3b431eb86db4 401e67530a363e15 401e7f1c269b654e 401e7f9c2e980f49 c01eb06d7d849726 c01eb161756516d6 402869825a9284f4 4037b810429a7c2a \
        4042c46ac7b13dfe 4049accd6e153de6 40859bbfd8b83e43 c0859bbfd8b83e43 408633ce8fb9f87d c08633ce8fb9f87d 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fd5004a03d29539 bffc60d08bf6f76d bfa02a52e8be0473 3ff5cb71cec0ce33 bfe49ccee005bcb0 3fe2ee7a9da5e086 bff81be7105c6cf9 \
        bfff22a6d3117e30 bff47e3d39bf821c 4000b56b0e49a8f3 bffdf25af59dbcce bffa59796bc881d4 c03e08b7a4ead20c c03bd957eaa59164 c04637fa20193a8d \
        3e85c7e8bd42a930 3c736219d2c79266 3f90bdf174bc64a5 c02835ab35418ec9 401f422301f78544 3febc8c176fd64a1 3ca8b6571c4bd6e1 beb42ec2343c9517 \
        3f6379aed7c73dad \
    "),
    ("atan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb983e282e2cc4d bfb983e282e2cc4d 3fcf5b75f92c80dd 3fddac670561bb4f \
        bfddac670561bb4f 3fe38b112d7bd4ad 3fe8f8d0f7321467 bfe8f8d0f7321467 3fe921fb54442d18 bfe921fb54442d18 3fe921fb54442d18 bfe921fb54442d18 \
        3fe921fb54442d19 3fe92613618ca084 bfe92613618ca084 3fef730bd281f69b 3ff1b6e192ebbe44 bff1b6e192ebbe44 3ff30b6d796a4da8 bff30b6d796a4da8 \
        3ff3fc176b7a8560 3ff37e1637253389 3ff433b8a322ddd3 bff433b8a322ddd3 3ff5f97315254857 3ff6414d44094c7c 3ff7030cf9403197 3ff789bd2c160054 \
        bff789bd2c160054 3ff8555a2787981f 3ff86c0e99b54aa8 3ff87001c35928d4 3ff87769eb8e956b 3ff88a58ec949d14 3ff8997fbb8b19c0 bff8997fbb8b19c0 \
        3ff8f905eb2def22 bff8f93a14d937bd 3ff904d447e2faf2 3ff909f564d13b58 3ff90a07602c2e72 3ff90a1940afe275 3ff90a2b06984324 bff909f564d13b58 \
        bff90a1940afe275 bff90d8d9129ba6d 3ff90d807e2bc3c6 3ff90d9a9380f63d 3ff91c215d4de84d 3ff91c360138e41f 3ff91c367668c617 bff91c7bd86f33fc \
        bff91c7dbb6e4f94 3ff91de2c0e658bd 3ff91dfad449886f 3ff91dfb5459826d bff91e2b006f74c2 bff91e2be8effa11 3ff921f0d7e968a8 3ff921fb543d4de0 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 \
        7ff8000000000000 3fd4a252d2f1d6b8 bff3c0cd1413b999 bfa029a2f0e528c4 3ff11c1deddad9ea bfe351b71cac66dc 3fe1ea3c75b2a2bf bff2276252af1cc9 \
        bff4979e3cbee68b bff07625161f3e3b 3ff530711db50c60 bff43f506ff2361d bff30ad6cd3b8e9d bff921fb544429ea bff921fb544410cd bff921fb54442d18 \
        3e85c7e8bd42a915 3c736219d2c79266 3f90bdc093ce1809 bff921efb9e1f664 3ff91eac7ee59ca7 3fe8d5a561586589 3ca8b6571c4bd6e1 beb42ec2343c8fbd \
        3f6379ada3ff3a73 \
    "),
    ("atanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3b 3fb9af93cd234412 bfb9af93cd234412 3fd058aefa811452 3fe193ea7aad030a \
        bfe193ea7aad030a 3febc0ed0947fbe8 40052c581997cd85 c0052c581997cd85 4032b708872320e2 c032b708872320e2 D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        7ff8000000000000 3fd63bb8ad9f6e5a D bfa02c63571e355a D bfeb1c80ddd0ab3e 3fe78d6e7f227c3f D \
        D D D D D D D D \
        3e85c7e8bd42a981 3c736219d2c79266 3f90be842190b488 D D 4002b3f605a796c2 3ca8b6571c4bd6e1 beb42ec2343ca526 \
        3f6379b273209d5d \
    "),
    ("cbrt", "\
        0000000000000000 8000000000000000 298fffffffffffff a98fffffffffffff 2a7a9d1b0b5d7428 2aa428a2f98d728b 2b2bff2ee48e0530 ab2bff2ee48e0530 \
        3e8cea94cb5c6ff1 be8cea94cb5c6ff1 3ed377de3935dcbe 3f61a62d511f2b53 3fddb4c7760bcff2 bfddb4c7760bcff2 3fe428a2f98d728b 3fe965fea53d6e3d \
        bfe965fea53d6e3d 3fec69b5a72f1a9a 3fefe49a0fb2bf3e bfefe49a0fb2bf3e 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0015d68acfcae bff0015d68acfcae 3ff250bfe1b082f4 3ff428a2f98d728c bff428a2f98d728c 3ff5b7209557b0ed bff5b7209557b0ed \
        3ff7137449123ef6 3ff6546db1ba2d15 3ff76ef7e73104b7 bff76ef7e73104b7 3ffb5c0fbcfec4d3 3ffc3e27449db537 3fff51a62037e955 40013c484138704e \
        c0013c484138704e 4005b7209557b0ed 400695b9b149a439 4006c03d54c51819 4007137449123ef6 4008000000000001 4008db9cb7511e9e c008db9cb7511e9e \
        401290fca9c761f7 c01298e53bd7a9d3 4014cb6fb3cb4d81 40162e2a7e932ad2 401633b6096dee04 4016393ed095c075 40163ec4d77a1b31 c0162e2a7e932ad2 \
        c016393ed095c075 c017695fdf24670e 401764636974629c 40176e5a36040553 4021c211887d70a1 4021d724704338ed 4021d79d3987923a c0222177e0163f6d \
        c022238b4721c514 4024000000000000 402427cbe9cccf8d 402428a2f98d728c c0247b4cd83f16b3 c0247ced50bc2234 4047353bd4393a75 40a0d4de8fb11dad \
        410a4c9bc084be5e 41748bd9ae67b4b9 54b249ad2594c37d d4b249ad2594c37d 554428a2f98d728b d54428a2f98d728b 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fe63428bdddd96c bff6b6f2d6871d56 bfd43aa32edb64c4 3ff38cd67bdb77a6 bfec45933139817b 3feb6285c650bc7c bff4a2be92c48359 \
        bff82071af7ed9e5 bff2f2ba7735bd29 3ff958502bf66256 bff782a9474f8b10 bff5b65af2fff379 c0d1447f1d3d0d5a c0c0ab955d0b1fea c14068f3d483a051 \
        3f7657765202b2d2 3ec57d61df2b56fb 3fd03e6c02eb2a19 c046700fbe2020d4 402579fd46ac11ca 3fefcd43aac8e63c 3ed74d535445d40b bf85c7ffbef919f4 \
        3fc1155b8a7eab01 \
    "),
    ("cos", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fefd712f9a817c1 3fefd712f9a817c1 3fef01549f7deea1 3fec1528065b7d50 \
        3fec1528065b7d50 3fe87996529f9d93 3fe18ede09db07ee 3fe18ede09db07ee 3fe14a280fb5068c 3fe14a280fb5068c 3fe14a280fb5068c 3fe14a280fb5068c \
        3fe14a280fb5068a 3fe14342cd737ba8 3fe14342cd737ba8 3fb21bd54fc5f9a7 bfdaa22657537205 bfdaa22657537205 bfe9a2f7ef858b7d bfe9a2f7ef858b7d \
        bfefae04be85e5d2 bfed2cec9a554007 bff0000000000000 bff0000000000000 3fd22785706b4ad9 3fe6ad6c3c07d448 3fd62f45e66f5c2f bfead9ac890c6b1f \
        bfead9ac890c6b1f 3fda1e043964a83f bfebf21c9294b1c4 bfe10cf7d591f272 3fdb25bfb50a609a bfd2b266f959ded5 3fc3be82f2505a52 3fc3be82f2505a52 \
        3feb981dbf665fdf 3feffc12adaecec2 bfe497f57a1c478d 3fe505f0edf31ac0 3fcb8891c743ed8b bfd1e22e3db17478 bfe693dfb46c14c5 3fe505f0edf31ac0 \
        bfd1e22e3db17478 3feb144da7ad1ca8 3fdf2e1536cad6e8 3feff04bad7a31c5 bfead9f150b2e096 3fef3aa8e02e8c65 3fefffffff063930 bfecead5c656161a \
        bfc05f27a5e297c6 3fe1ff026793f1bb 3fe94b9b627e3d8b 3fef98669d7aedb8 3fed2848cd5d0d73 3fead9455a80cf02 bfeffac3841b3da7 3febf098901c931a \
        bfe40991e398dbfc 3fe0be2cef01c8f4 bfe2699022adc4c1 bfe2699022adc4c1 bfefffe62ecfab75 bfefffe62ecfab75 D D \
        7ff8000000000000 3fee3b20e373ec84 bfeec0383a3ad106 3feffbea77df3573 bfd00ca80e57a66d 3fe8b0083bcce93f 3fe9eb1a15adc5ac bfe1640d97a05980 \
        bfeeb090359d59fb bfb7086f06ed02f5 bfe585262b945238 bfeffc0dc40a411e bfe99ddbfb1630c6 3fe4db878bee1b94 bfee781d83a20bf1 bfb46b28147c4f93 \
        3fefffffffffff89 3ff0000000000000 3feffee7b0176f8f 3fed39fecda9c05a 3fece63089908ae6 3fe1c8ae503a8fd9 3ff0000000000000 3fefffffffffe68b \
        3feffffa12d84867 \
    "),
    ("cosh", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0147f40224b38 3ff0147f40224b38 3ff080ab05ca6146 3ff20ac1862ae8d0 \
        3ff20ac1862ae8d0 3ff4152c1862342f 3ff880a323a40720 3ff880a323a40720 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b07551d9f550 \
        3ff8b07551d9f552 3ff8b5466aae5b2c 3ff8b5466aae5b2c 4002d1bc21e22022 400e18fa0df2d9bc 400e18fa0df2d9bc 40188776e4b30aa3 40188776e4b30aa3 \
        402422a497d6185e 401e70c4a4f41685 40272f147fee4000 40272f147fee4000 40528d6fcbeff3aa 405e9645c9b6718b 408c402bffaed3cd 40c5829dd053712e \
        40c5829dd053712e 41aceb088b68e804 41e604b68cf05f66 41f226af33b1fdc1 4208ab7fb5475fb7 424ef822f7f6731d 429370470aec28ed 429370470aec28ed \
        48e3494a9b171bf5 48efcc37a76f9e76 4c89f7c3573fa4e3 4f3f8c719c2b477d 4f4a01e6ff52efb1 4f557083399a257d 4f61ac8383f35fbd 4f3f8c719c2b477d \
        4f557083399a257d 51f32a150cbd140c 51e73f60ea79f5b9 51ff98c31a5fdd25 7efd945df4f8ec8e 7fdfe9ce5c4c52b4 7fe3e21a464507fa R \
        R R R R R R R R \
        R R R R R R 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3ff0e6afd3d00f1e 40218a71681399b7 3ff0020ada4ec30e 4009704322a2cf4d 3ff3f531b29445b5 3ff33f1de05facc6 401152fdb84d29f6 \
        402eded70a67ea75 4005d0dc9d6017bb 403aa112effed86e 4027e9829117e1c4 401881041548675a R R R \
        3ff000000000003b 3ff0000000000000 3ff0008c298d8b6b R R 3ff858a587c5598b 3ff0000000000000 3ff0000000000cbb \
        3ff00002f6940aa1 \
    "),
    ("degrees", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 00041eb8ebed213b 006ca5dc1a63c1f8 02032f6f0525cd6b 82032f6f0525cd6b \
        3c25236ef1b4e0fd bc25236ef1b4e0fd 3cf9cdc0ee0d4ca5 3ea339ab8414ce69 4016eb167b830194 c016eb167b830194 402ca5dc1a63c1f8 403ca5dc1a63c1f8 \
        c03ca5dc1a63c1f8 40440db3ac12a160 404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f7 c04ca5dc1a63c1f7 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 \
        404ca5dc1a63c1fa 404cad3192395c87 c04cad3192395c87 40557c6513cad17a 405ca5dc1a63c1f8 c05ca5dc1a63c1f8 4061e7a9907e593b c061e7a9907e593b \
        40657c6513cad17a 406377dfdb666cf5 4066800000000000 c066800000000000 4071e7a9907e593b 4073b2075224955a 407adb7e58bd85d8 4081e7a9907e593b \
        c081e7a9907e593b 4091e7a9907e593b 4094249ec28e2462 4094973632f7b36a 40957c6513cad17a 40982bf1b6442ba9 409adb7e58bd85d8 c09adb7e58bd85d8 \
        40b66193f49def8a c0b67e39d0b8534c 40bf720e98f77fe9 40c31477179370b0 40c322ca05a0a291 40c3311cf3add472 40c33f6fe1bb0653 c0c31477179370b0 \
        c0c3311cf3add472 c0c66fe6e2ab216b 40c66193f49def8a 40c67e39d0b8534c 40e39561760a3199 40e3db6cbf8d46c8 40e3dd001c4c2afd c0e4d7ab623313df \
        c0e4ded4d939accf 40ebf9f8f1c56b6c 40eca2475ee07580 40eca5dc1a63c1f8 c0ee0bf559ada0f1 c0ee131ed0b439e1 4155db4a7ce23bed 4260acde44675a58 \
        439fce3850e84149 44de5506ad08bee3 7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 403323f2a3375ea7 c0647e068cc3c311 bffcf2df18e57205 405a217c94cc1f9e c043c19233ea4a51 4041f45be8fe17e9 c05ebadcd24a13cc \
        c0688e7dbc81ab92 c057ca5e8f5117cb 406c77a9489b9a85 c066b8e96176f606 c061e5c0c45846a3 c2f2014f62ec4aeb c2c033550ebddd1b c43ee82d9da26666 \
        3ee37fd03e009c9d 3cd15a4dc0032039 3fedfa4b2bbf8de2 c153c07ffe0de435 40f15216e76f6f18 404c1e706b6be5c0 3d061fa263e4564a bf121185d92e6f8a \
        3fc16f6b7282f717 \
    "),
    ("erf", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000014c5898977c4 00120dd750429b6d 01a82e6d98711d3a 81a82e6d98711d3a \
        3bcaa4a230244ae0 bbcaa4a230244ae0 3ca042fbfde226b3 3e483b547fb79514 3fbcca5ea24fb334 bfbcca5ea24fb334 3fd1af54e232d608 3fe0a7ef5c18edd2 \
        bfe0a7ef5c18edd2 3fe5b08c21171646 3fead50ee005845b bfead50ee005845b 3feaf767a741088a bfeaf767a741088a 3feaf767a741088b bfeaf767a741088b \
        3feaf767a741088c 3feafacd539c24de bfeafacd539c24de 3feeea5557137ae0 3fefd9ae142795e3 bfefd9ae142795e3 3feffcaa8f4c9bea bfeffcaa8f4c9bea \
        3fefffd1ac4135f9 3fefff0263a46849 3fefffed62a7bb7c bfefffed62a7bb7c 3fefffffffffc9e8 3fefffffffffffbe 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        7ff8000000000000 3fd741b36b425523 bfefff92f10d1528 bfa23cd285904e9e 3fefaf0ae5195411 bfe57555c615fbeb 3fe3fc67e0d11de9 bfefec3aa902ec8c \
        bfeffffd65c40372 bfef65bbecdfaa4d 3feffffff5d1f77f bfeffff0d606bdff bfeffca5ca40ff0e bff0000000000000 bff0000000000000 bff0000000000000 \
        3e8893bd5d8e6b78 3c75df219991f946 3f92e3f41a4274cb bff0000000000000 3ff0000000000000 3feab77253ca4e3a 3cabe282b4c56f5b beb6c610121e00cc \
        3f65f9bc4a52d6f8 \
    "),
    ("erfc", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3fefffffffffffff 3feffffff9f12ae0 3fec66b42bb6099a 3ff1cca5ea24fb33 3fe728558ee694fc 3fdeb02147ce245c \
        3ff853f7ae0c76e9 3fd49ee7bdd1d374 3fc4abc47fe9ee95 3ffd6a877002c22e 3fc4226162fbddd7 3ffd7bb3d3a08445 3fc4226162fbddd5 3ffd7bb3d3a08446 \
        3fc4226162fbddd2 3fc414cab18f6c87 3ffd7d66a9ce126f 3fa15aaa8ec85205 3f7328f5ec350e66 3fffecd70a13caf2 3f3aab859b20ac9e 3ffffe5547a64df5 \
        3ef729df65034229 3f1fb38b72f6d2b9 3ee29d58448397ef 3ffffff6b153ddbe 3d7b0c1a759f773a 3d009182b326b229 3aa12fc6cdafd10d 36a7d8a7f2a8a2d0 \
        4000000000000000 1b8b54f244df93de 11f3ed2c02828af5 0fe61080de06bfb1 0ba82de1daeb9c47 0000000000019e0f 0000000000000000 4000000000000000 \
        0000000000000000 4000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 4000000000000000 \
        4000000000000000 4000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 4000000000000000 \
        4000000000000000 0000000000000000 0000000000000000 0000000000000000 4000000000000000 4000000000000000 0000000000000000 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 4000000000000000 0000000000000000 4000000000000000 0000000000000000 4000000000000000 \
        7ff8000000000000 3fe45f264a5ed56e 3fffffc978868a94 3ff091e6942c8275 3f843d46b9aafba7 3ffabaaae30afdf6 3fd807303e5dc42f 3ffff61d54817646 \
        3ffffffeb2e201b9 3fffb2ddf66fd527 3e545c1101720e39 3ffffff86b035eff 3ffffe52e5207f87 4000000000000000 4000000000000000 4000000000000000 \
        3fefffff9db10a8a 3ff0000000000000 3fef68e05f2dec5a 4000000000000000 0000000000000000 3fc52236b0d6c719 3feffffffffffffe 3ff000016c610122 \
        3fefea0643b5ad29 \
    "),
    ("exp", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000002af31dc 3ff1aec7b35a00d4 3fecf46d99d52b3a 3ff48b5e3c3e8186 3ffa61298e1e069c \
        3fe368b2fc6f960a 40001c2a61268987 400587a5f064dcf9 3fd7c7e999f9513c 4005bf0a8b145769 3fd78b56362cef39 4005bf0a8b145769 3fd78b56362cef38 \
        4005bf0a8b14576b 4005c49c6b2c1310 3fd7854ffc1240e4 4011ed3fe64fc541 401d8e64b8d4ddae 3fc152aaa3bf81cc 40285d6fd931e0bb 3fb50385c094f425 \
        403415e5bf6fb106 402e4efb75e4527a 403724046eb09339 3fa620227b598efa 40628d389970338f 406e96244f21bbf6 409c402b6eb1f6ad 40d5829dcf950560 \
        3f07cd79b5647c9b 41bceb088b68e804 41f604b68cf05f66 420226af33b1fdc1 4218ab7fb5475fb7 425ef822f7f6731d 42a370470aec28ed 3d3a56e0c2ac7f75 \
        48f3494a9b171bf5 36e01a0e5643644f 4c99f7c3573fa4e3 4f4f8c719c2b477d 4f5a01e6ff52efb1 4f657083399a257d 4f71ac8383f35fbd 30903a9ad316d390 \
        3077e193226e335d 2ddab75a9120ca42 51f73f60ea79f5b9 520f98c31a5fdd25 7f0d945df4f8ec8e 7fefe9ce5c4c52b4 R 0000000000000001 \
        0000000000000000 R R R 0000000000000000 0000000000000000 R R \
        R R R 0000000000000000 R 0000000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff6589a6c03ec24 3fad48db0f850935 3fef015a83fffeb9 4018cb0e396c365e 3fe00e79cddb633e 3ffdf1984dbf5de6 3fbdf574a631b922 \
        3fa09a55b56dd60b 3fc850ed7f62a6cc 404a9eab74b32d6b 3fa5730495fe8c53 3fb50920aad97277 0000000000000000 0000000000000000 0000000000000000 \
        3ff000002b8fd1b6 3ff0000000000000 3ff043857676a73e 0000000000000000 R 40055930365aae39 3ff0000000000001 3feffffd7a27d2ee \
        3ff009bfcf33b681 \
    "),
    ("exp2", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000001dc53be 3ff125fbee250664 3feddb680117ab12 3ff306fe0a31b715 3ff6a09e667f3bcd \
        3fe6a09e667f3bcd 3ff9fdf8bcce533d 3fffc769e9b9c35e 3fe01c7d6c404f0c 3fffffffffffffff 3fe0000000000000 4000000000000000 3fe0000000000000 \
        4000000000000001 400002d711c79a95 3fdffa52de61c120 4006a09e667f3bcd 4010000000000000 3fd0000000000000 4016a09e667f3bcd 3fc6a09e667f3bcd \
        4020000000000000 401a52d3c6f8818e 4021a6637e666f83 3fbd0231bd5e9cfd 4040000000000000 4046a09e667f3bcd 4066a09e667f3bcd 4090000000000000 \
        3f50000000000000 4130000000000000 4156a09e667f3bcd 4160000000000000 4170000000000000 41a0000000000000 41d0000000000000 3e10000000000000 \
        4630000000000000 39a6a09e667f3bcd 48b6a09e667f3bcd 4a96a09e667f3bcd 4aa0000000000000 4aa6a09e667f3bcd 4ab0000000000000 3546a09e667f3bcd \
        3536a09e667f3bcd 3366a09e667f3bcd 4c70000000000000 4c80000000000000 6bb0000000000000 6c4b795e38df3bcc 6c50000000000000 1160000000000000 \
        1150000000000000 7e70000000000000 7fe6a09e667f3bcd R 0000000000000001 0000000000000000 R R \
        R R R 0000000000000000 R 0000000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff42b3fa939f9d9 3fc19d741b7706c8 3fef4ea39e932480 400c548f33cf9e41 3fe3d72ed489e13f 3ff8b47afa9c2040 3fcceedbbd3b2287 \
        3fb7c5e223151fff 3fd43d56e9977b4e 402f722a369bf814 3fbc641f274d8ac6 3fc6a4cd36884a84 0000000000000000 0000000000000000 0000000000000000 \
        3ff000001e31da12 3ff0000000000000 3ff02eaf483d4f93 0000000000000000 R 3fff97d17d957300 3ff0000000000001 3feffffe4055acb1 \
        3ff006c15506e317 \
    "),
    ("expm1", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee3fdb764 3fbaec7b35a00d3a bfb85c933156a62c 3fd22d78f0fa061a 3fe4c2531c3c0d38 \
        bfd92e9a0720d3ec 3ff03854c24d130d 3ffb0f4be0c9b9f3 bfe41c0b33035762 3ffb7e151628aed1 bfe43a54e4e98864 3ffb7e151628aed2 bfe43a54e4e98864 \
        3ffb7e151628aed6 3ffb8938d6582620 bfe43d5801f6df8e 400bda7fcc9f8a83 40198e64b8d4ddae bfebab5557101f8d 40265d6fd931e0bb bfed5f8f47ed617c \
        403315e5bf6fb106 402c4efb75e4527a 403624046eb09339 bfee9dfdd84a6710 40626d389970338f 406e76244f21bbf6 409c3c2b6eb1f6ad 40d5825dcf950560 \
        bfefffa0ca192a6e 41bceb088a68e804 41f604b68ce05f66 420226af33a9fdc1 4218ab7fb5435fb7 425ef822f7f6331d 42a370470aec26ed bfeffffffffffcb5 \
        48f3494a9b171bf5 bff0000000000000 4c99f7c3573fa4e3 4f4f8c719c2b477d 4f5a01e6ff52efb1 4f657083399a257e 4f71ac8383f35fbd bff0000000000000 \
        bff0000000000000 bff0000000000000 51f73f60ea79f5b9 520f98c31a5fdd25 7f0d945df4f8ec8e 7fefe9ce5c4c52b4 R bff0000000000000 \
        bff0000000000000 R R R bff0000000000000 bff0000000000000 R R \
        R R R bff0000000000000 R bff0000000000000 7ff0000000000000 bff0000000000000 \
        7ff8000000000000 3fd96269b00fb08f bfee2b724f07af6d bf9fd4af800028da 4014cb0e396c365e bfdfe30c64493983 3febe3309b7ebbcb bfec41516b39c8dc \
        bfeef65aa4a9229f bfe9ebc4a027564d 404a1eab74b32d6b bfeea8cfb6a0173b bfed5edbeaa4d1b1 bff0000000000000 bff0000000000000 bff0000000000000 \
        3e85c7e8dae92e11 3c736219d2c79266 3f90e15d9da9cf71 bff0000000000000 R 3ffab2606cb55c72 3ca8b6571c4bd6e2 beb42ec168912e87 \
        3f637f9e676d02fa \
    "),
    ("fabs", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        3bc79ca10c924223 3bc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb999999999999a 3fb999999999999a 3fd0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe6666666666666 3fefae147ae147ae 3fefae147ae147ae 3fefffffffffffff 3fefffffffffffff 3ff0000000000000 3ff0000000000000 \
        3ff0000000000001 3ff004189374bc6a 3ff004189374bc6a 3ff8000000000000 4000000000000000 4000000000000000 4004000000000000 4004000000000000 \
        4008000000000000 4005bf0a8b145769 400921fb54442d18 400921fb54442d18 4014000000000000 4016000000000000 401e000000000000 4024000000000000 \
        4024000000000000 4034000000000000 4036800000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 403e000000000000 \
        4059000000000000 4059200000000000 4061900000000000 4065500000000000 4065600000000000 4065700000000000 4065800000000000 4065500000000000 \
        4065700000000000 4069100000000000 4069000000000000 4069200000000000 4085e00000000000 40862e3d70a3d70a 4086300000000000 4087480000000000 \
        4087500000000000 408f400000000000 408ffc0000000000 4090000000000000 4090c80000000000 4090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5614b52a1ff60 4006e3dde81c611a 3fa02b02ee0fb000 3ffd303a720dc354 3fe6115c742a0e00 3fe40e2eabc64188 400129af57352e7a \
        400b6e13f944b2f0 3ffa930204ed2adc 400fcc6550dc798e 4009618d7bcf67c2 4003fdde020c5d86 42941ca617f35925 4262189d5616b51f 43e142fe724bc4b0 \
        3e85c7e8bd42a94b 3c736219d2c79266 3f90be2256ab932f 40f6102a2866a825 409358ecebfcd27d 3fef68bbd36d0c75 3ca8b6571c4bd6e1 3eb42ec2343c9a71 \
        3f6379b00b8f631b \
    "),
    ("gamma", "\
        D D R R R 7fd0000000000000 7e37e43c8800759b fe37e43c8800759b \
        4415af1d78b58c41 c415af1d78b58c40 4341c37937e07fff 4197d783fdb0ee61 402306ea7b280d88 c0255f61032f6357 400d013fc47eeeeb 3ffc5bf891b4ef6a \
        c00c5bf891b4ef6b 3ff4c4d5ab21ea23 3ff0180d37888c2a c0591bf710b3dee3 3ff0000000000000 c340000000000000 3ff0000000000000 D \
        3ff0000000000000 3feffb4790355230 408f3ca10731a167 3fec5bf891b4ef6b 3ff0000000000000 D 3ff544fa6d47b391 bfee3ff812e32181 \
        4000000000000000 3ff9145998011563 40024de6c277faa2 3ff0404ba6218e41 4038000000000000 404a2be0247739f2 409d3d0468bd32bc 4116260000000000 \
        D 437b02b930689000 4429d59a5d1bb66a 444e77526159f06c 4495e5c335f8a4cc 4574d9849ea37eea 465be6518687a786 D \
        605166c698cf183b 9f07932fb5136291 71c5d2232bafc8e8 7f69589f849167a8 7fa4ab7864418638 7fe0e1863dcad78a R 8017d2374dfcda79 \
        0000238ee05c879e 8000000000000000 R R R R R D \
        D R R R D D R R \
        R R R D R D 7ff0000000000000 D \
        7ff8000000000000 400561f34c1d9b85 bff78e4862bc7bcf c040236fd28b163c 3fee048580342a04 c010be45c820176b 3ff6e50f60d15c4d c008d1ecf7b4e15b \
        3fd38f3f6f92fcb1 40032d8157db8614 4017411eb22ca8ca 3fea067413e8e114 bfee48e9246c8c13 8000000000000000 0000000000000000 D \
        415781c0134ddca9 436a6a246b0ad65a 404e4cc1a0986bbd 8000000000000000 R 3ff02d0fd2cbcac4 4334b7ecb47fc6f5 c1295e4b8df02281 \
        407a40f40c1662d7 \
    "),
    ("lgamma", "\
        D D 40874385446d71c3 40874385446d71c3 40864e69394d9508 4086232bdd7abcd2 4085963447f87fb5 4085963447f87fb5 \
        4047069e2aa2aa5b 4047069e2aa2aa5b 40426bb1bbb55515 40326bb1bb9c8a88 4002058e35f3deed 4002f3a1ffcc7843 3ff49bbd81c16efa 3fe250d048e7a1c0 \
        3ff43f89a3f0edd4 3fd0b20c891cde79 3f77fb35b942e1c0 40127028b03a6bad 3cb0000000000000 40425e4f7b2737fa 0000000000000000 D \
        bcb8000000000000 bf42e323d3be7600 401ba11c1dbd6836 bfbeeb95b094c1a0 0000000000000000 D 3fd2383e809a67f0 bfaccbf9f5ed0f60 \
        3fe62e42fefa39ec 3fdcc3fb2e7ae798 3fea7c795ea35df0 3f8fe5e672b27800 40096ca77c922cf7 400fa99a5e94985a 401e233060e41f80 40299a8921a7f7ce \
        D 4043ab8153363985 404775c1dd7c818e 40483c4faba84f05 4049cda78b856a45 404ea17f717c6795 4051d07353917230 D \
        40767225b4879462 c076ce6a5dbefb91 408145fd178d9c2a 4086000911686cd6 40861495a1a8a1d5 4086292532a8beaa 40863db7c229538b c0861ffcca844ad9 \
        c0864924e5c9d7d2 c08b05e803789cd3 408acf7827e2ba8f 408af9db1c19e3c7 40ae56ccac496936 40aed70f8e59eaca 40aed9f2f87fa6fa D \
        D 40b711386da7cab6 40b7b3d0a6aeb2e2 40b7b747c92489ca D D 41300a97b57f4c2d 4249a43710f467c1 \
        4393e55d22961dfb 44da49c2d568d5d1 7ed017f38e7a1ab5 D R D 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fef75db633f84c1 3fd8c10d8a745c18 400bcb7825b59a05 bfb05f0646977cd0 3ff6e83f4604a719 3fd6eeb553cbe26d 3ff21d8751936565 \
        bff2f779bb50cedd 3febfa57d7eea8dd 3ffc29c654ec472c bfca742bdef1e358 bfac34b840e1c400 c2e1cfeaeee24163 c2ad951f99fa4c1f D \
        402f4493dbb5803d 40434fed1e5bc799 40106acace359ec7 c12cb6e612971d59 40bd991dd1bfa721 3f86686a36fcefa0 404226aadec3ee70 402b42ec607e237b \
        4018295db76f5a5c \
    "),
    ("log", "\
        D D c0874385446d71c3 D c0864e69394d9508 c086232bdd7abcd2 c085963447f87fb5 D \
        c047069e2aa2aa5b D c0426bb1bbb55516 c0326bb1bbb55516 c0026bb1bbb55515 D bff62e42fefa39ef bfe62e42fefa39ef \
        D bfd6d3c324e13f50 bf8495453e6fd4bc D bca0000000000000 D 0000000000000000 D \
        3cafffffffffffff 3f5060354f8c3cc4 D 3fd9f323ecbf984c 3fe62e42fefa39ef D 3fed5240f0e0e078 D \
        3ff193ea7aad030b 3ff0000000000000 3ff250d048e7a1bd D 3ff9c041f7ed8d33 3ffb46a5ef8151a0 40001e85798eb9a3 40026bb1bbb55516 \
        D 4007f7427b73e391 4008e87ab6e53b28 4009157dfdd1b3f0 40096ca77c922cf9 400a5ddfb8038490 400b35a6f90bd69b D \
        40126bb1bbb55516 D 4013c7e478d0defd 40148e10a028ea15 401491104058db1c 4014940da2c67c84 40149708cac90484 D \
        D D 4015317a1b949c53 401536958fd351f0 401a344e6741ebab 401a4283947ad848 401a42d4d1ff8154 D \
        D 401ba18a998fffa0 401bb953b6b81db0 401bb9d3beb8c86b D D 4027069e2aa2aa5b 4037069e2aa2aa5b \
        40426bb1bbb55516 40495414621954fe 4085963447f87fb5 D 40862e42fefa39ef D 7ff0000000000000 D \
        7ff8000000000000 bff18af47f8be5f9 D D 3fe33ce2cdbd7fb8 D bfdde738042ff1a1 D \
        D D 3ff61460c2f0ddbc D D D D D \
        c02f4493deda2053 c0434fed1e5bc799 c010743ba52d2961 D 401c7c5a9726f6f5 bf9315c522b23dba c04226aadec3ee70 D \
        c0182ac439fce687 \
    "),
    ("log10", "\
        D D c07434e6420f4374 D c073600000000000 c0733a7146f72a42 c072c00000000000 D \
        c034000000000000 D c030000000000000 c020000000000000 bff0000000000000 D bfe34413509f79ff bfd34413509f79ff \
        D bfc3d3d3d21ccf04 bf71e0d4874f92f2 D bc8bcb7b1526e50e D 0000000000000000 D \
        3c9bcb7b1526e50d 3f3c729c93ddd23a D 3fc68a288b60b7fc 3fd34413509f79ff D 3fd977d95ec10c02 D \
        3fde8927964fd5fd 3fdbcb7b1526e50e 3fdfd14db31ba3ba D 3fe65df657b04301 3fe7b10d1851cdde 3fec00807a887100 3ff0000000000000 \
        D 3ff4d104d427de80 3ff5a28a22d82dff 3ff5c9a3209bf97f 3ff61558620b90fe 3ff6e6ddb0bbe07e 3ff7a249e593f57f D \
        4000000000000000 D 40012e70ecb81274 4001da925040a76a 4001dd2d1091d607 4001dfc5de86a9f0 4001e25cbd05f6fa D \
        D D 400268826a13ef40 40026cf20df72d57 4006c2c2c2de3310 4006cf19f902e5ce 4006cf608981902a D \
        D 4008000000000000 400814a8efe790d3 4008151824c7587f D D 4014000000000000 4024000000000000 \
        4030000000000000 4036000000000000 4072c00000000000 D 40734413509f79ff D 7ff0000000000000 D \
        7ff8000000000000 bfde799688b6ed9e D D 3fd0b5b39b202b8e D bfc9f93d1366697e D \
        D D 3fe32d97d73c0622 D D D D D \
        c01b28b0125925e4 c030c63d61d16016 bffc9565eec6f680 D 4008be0edf082f90 bf8093b9d825b7ff c02f8816911568b5 D \
        c004fdc1d218ee48 \
    "),
    ("log1p", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee0636111 3fb8663f793c46c7 bfbaf8e8210a415e 3fcc8ff7c79a9a22 3fd9f323ecbf984c \
        bfe62e42fefa39ef 3fe0fae81914a991 3fe60532ef13c385 c0126bb1bbb55514 3fe62e42fefa39ef c0425e4f7b2737fa 3fe62e42fefa39ef D \
        3fe62e42fefa39f0 3fe6325b4f58d14e D 3fed5240f0e0e078 3ff193ea7aad030a D 3ff40b512eb53d60 D \
        3ff62e42fefa39ef 3ff5031eafefb049 3ff6bcbed09f00af D 3ffcab0bfa2a2002 3ffdf2e6d6e5fbaa 40011edb023bf0fe 40032ee3b77f374c \
        D 40085b2e946faeb1 400941896fd2623a 40096ca77c922cf9 4009c041f7ed8d33 400aa85ad6964a23 400b78ce48912b5a D \
        401275e2271bba31 D 4013cf27a8337380 4014940da2c67c84 40149708cac90484 40149a01bbb036ca 40149cf878c47a87 D \
        D D 401536958fd351f0 40153baa86fb016f 401a35c4a0a661ec 401a43f4a6c2f964 401a4445c70632f8 D \
        D 401ba2909ce4f864 401bba53b6b97306 401bbad39ebe1cc1 D D 4027069f7a2d94f6 4037069e2aa3184e \
        40426bb1bbb55516 40495414621954fe 4085963447f87fb5 D 40862e42fefa39ef D 7ff0000000000000 D \
        7ff8000000000000 3fd27259ee4b3bd1 D bfa06dc595dc8cf8 3ff09cad9e63d97e bff2b8235f34cdc3 3fdf24018365ac85 D \
        D D 3ff9ab9055bdabf1 D D D D D \
        3e85c7e89f9c24d5 3c736219d2c79266 3f909b78be55f63a D 401c7d2e36a21485 3fe5e246f9605754 3ca8b6571c4bd6e0 beb42ec2ffe81669 \
        3f6373c54a2135f1 \
    "),
    ("log2", "\
        D D c090c80000000000 D c0901730dabca5f6 c08ff00000000000 c08f24a09f1a8b89 D \
        c0509c1165ec0627 D c04a934f0979a371 c03a934f0979a371 c00a934f0979a371 D c000000000000000 bff0000000000000 \
        D bfe0776228967d13 bf8db1f34d2c386d D bca71547652b82fe D 0000000000000000 D \
        3cb71547652b82fd 3f57a013faca698f D 3fe2b803473f7ad1 3ff0000000000000 D 3ff5269e12f346e3 D \
        3ff95c01a39fbd68 3ff71547652b82fe 3ffa6c873498ddf7 D 4002934f0979a371 4003acea7c065d42 4007414fdb498226 400a934f0979a371 \
        D 401149a784bcd1b9 4011f7a8568cb06d 40121820a01ac755 4012570068e7ef5a 401305013ab7ce0e 4013a0a7eda4c113 D \
        401a934f0979a371 D 401c89a70da44831 401da78e146f7bef 401dabe18797f1f5 401db031befe0643 401db47ebf73882a D \
        D D 401e934f0979a371 401e9aad4b6679d9 4022e7052491d2c4 4022f144cfab51ae 4022f17f69e84b95 D \
        D 4023ee7b471b3a95 4023ffa3a51c9e51 4024000000000000 D D 40309c1165ec0627 40409c1165ec0627 \
        404a934f0979a371 405245465683a05e 408f24a09f1a8b89 D 4090000000000000 D 7ff0000000000000 D \
        7ff8000000000000 bff94f141fca54a7 D D 3febc11bc9418a1d D bfe59212b753f056 D \
        D D 3fffdaa85d442a45 D D D D D \
        c0368e150c3a13b2 c04bdc93efa50bd2 c017bcf7b78cdb52 D 40248c52460f6c12 bf9b88ad1de5dfd0 c04a2fb95ed9b794 D \
        c0216ecf05bf0c0e \
    "),
    ("radians", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 000000523fda0e37 0000477d1a894a75 0147f00f350a8ddd 8147f00f350a8ddd \
        3b6a5fea5ec6fd1d bb6a5fea5ec6fd1d 3c40190acc58f3fd 3de7fcd4d572dfe8 3f5c987103b761f5 bf5c987103b761f5 3f71df46a2529d39 3f81df46a2529d39 \
        bf81df46a2529d39 3f890562e34075b6 3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d38 bf91df46a2529d38 3f91df46a2529d39 bf91df46a2529d39 \
        3f91df46a2529d3a 3f91e3d9e79ae386 bf91e3d9e79ae386 3f9acee9f37bebd6 3fa1df46a2529d39 bfa1df46a2529d39 3fa657184ae74487 bfa657184ae74487 \
        3faacee9f37bebd6 3fa84a71d724bc61 3fac12d39c144c9d bfac12d39c144c9d 3fb657184ae74487 3fb893011f31982e 3fc0c152382d7365 3fc657184ae74487 \
        bfc657184ae74487 3fd657184ae74487 3fd921fb54442d18 3fd9b0f58956c202 3fdacee9f37bebd6 3fde28c731eb6950 3fe0c152382d7365 bfe0c152382d7365 \
        3ffbecde5da115a9 bffc109ceae5bae4 40039e14882cae94 4007ce6916380b6d 4007e0485cda5e0a 4007f227a37cb0a7 40080406ea1f0345 c007ce6916380b6d \
        c007f227a37cb0a7 c00bfebda4436846 400becde5da115a9 400c109ceae5bae4 40286f4291ecf2f4 4028c6a7ab5381d1 4028c89ef3189006 c02a0162473135c5 \
        c02a0a51ea825f14 4031740afa84ad8a 4031dd0ab97e52e5 4031df46a2529d39 c032bead953fa5e6 c032c32566e83a8e 409b4551276f4f27 41a4ce527a661c14 \
        42e3d793a042891f 4422ec430581f40c 7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 ff91df46a2529d38 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3f77e1ba742cda10 bfa99188b89561be bf420f51f5fa7023 3fa04d4791717c0c bf88a6659fd5ef26 3f8666efca8016a2 bfa32bcb0cf5c1be \
        bfaea3bc871aba16 bf9daf086223279a 3fb1c274656b1acd bfac59d603c3bc82 bfa654b669e69a05 c23677188dc0f151 c20436ae1f9efe91 c383481048022648 \
        3e285459ac776c07 3c15a6b849b41df0 3f32b3a864600d87 c098a50f7d0e30ae 40359c788a2a807e 3f918acaf9a97a9d 3c4b9a97049ddc70 be568b53238bb991 \
        3f05c1110be04fd0 \
    "),
    ("sin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb98eaecb8bcb2c bfb98eaecb8bcb2c 3fcfaaeed4f31577 3fdeaee8744b05f0 \
        bfdeaee8744b05f0 3fe49d6e694619b8 3feac0b98d96429d bfeac0b98d96429d 3feaed548f090ced bfeaed548f090ced 3feaed548f090cee bfeaed548f090cee \
        3feaed548f090cef 3feaf1c0c5b2b5cc bfeaf1c0c5b2b5cc 3fefeb7a9b2c6d8b 3fed18f6ead1b446 bfed18f6ead1b446 3fe326af0dcfcab1 bfe326af0dcfcab1 \
        3fc210386db6d55b 3fda4a3d9c2131df 3ca1a62633145c07 bca1a62633145c07 bfeeaf81f5e09933 bfe693c94e0ab057 3fee041886fcae30 bfe1689ef5f34f52 \
        3fe1689ef5f34f52 3fed36d8f55d3ce0 bfdf2dde019d9bc7 bfeb143cd0247d02 bfecfa7f7919140f 3fee9aa1b0e5ba30 bfef9df47f1c903d 3fef9df47f1c903d \
        bfe03425b78c4db8 3f9fb3f833470ff1 3fe87e3144b03e20 3fe8200c6303d913 3fef403b7dec79d0 3feeb9ae346ec5aa 3fe6ad55eee30699 bfe8200c6303d913 \
        bfeeb9ae346ec5aa 3fe10cdd16148431 bfebf20d2c67047f bfafb014358e6928 3fe16834defaadb0 bfcbed0535bed05e 3f0f9bd0303f6faf 3fdb683ccbc86662 \
        3fefbcb72e6a6f53 3fea75cc150a206b bfe39981d6dbe861 bfc44ad2614e80ab 3fda5ecc9be3239d bfe1693e166aaf59 3fa24daa9c527e96 bfdf334c7896a4e3 \
        3fe8f334432ebba5 bfeb453ab76bf397 bfea2c16b010e385 3fea2c16b010e385 3f7452fc98b34e97 bf7452fc98b34e97 D D \
        7ff8000000000000 3fd4fc0f1b9888cc bfd1b4fff7b3561f bfa02a52d6c5bef8 3feefa3bb6b5980b bfe45c1b58513709 3fe2c49c6a867ff2 bfeadca22809d151 \
        3fd22060bfe46bf5 bfefdec67cd71c62 bfe7aed963cac554 3f9fc7c5462da475 bfe32d840b8a15ea 3fe844c08b24af96 bfd38ed24ffb8982 bfefe5e6a9840613 \
        3e85c7e8bd42a930 3c736219d2c79266 3f90bdf17365d893 3fda0fea0c6c047a 3fdb7bcf4ac85327 3fea9a6e266ef49f 3ca8b6571c4bd6e1 beb42ec2343c9517 \
        3f6379aed7c71014 \
    "),
    ("sinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3b 3fb9a487337b59b3 bfb9a487337b59b3 3fd02accd9d08102 3fe0acd00fe63b97 \
        bfe0acd00fe63b97 3fe8465153d5bdbc 3ff28ea8bd25b2d2 bff28ea8bd25b2d2 3ff2cd9fc44eb982 bff2cd9fc44eb982 3ff2cd9fc44eb982 bff2cd9fc44eb982 \
        3ff2cd9fc44eb984 3ff2d3f26ba9caf4 bff2d3f26ba9caf4 400108c3aabd6a60 400d03cf63b6e1a0 c00d03cf63b6e1a0 40183368cdb0b6d3 c0183368cdb0b6d3 \
        40240926e70949ae 401e2d3246d48e6f 402718f45d72e672 c02718f45d72e672 40528d0166f07374 405e9602d48d0661 408c402addb5198d 40c5829dced69992 \
        c0c5829dced69992 41aceb088b68e804 41e604b68cf05f66 41f226af33b1fdc1 4208ab7fb5475fb7 424ef822f7f6731d 429370470aec28ed c29370470aec28ed \
        48e3494a9b171bf5 c8efcc37a76f9e76 4c89f7c3573fa4e3 4f3f8c719c2b477d 4f4a01e6ff52efb1 4f557083399a257d 4f61ac8383f35fbd cf3f8c719c2b477d \
        cf557083399a257d d1f32a150cbd140c 51e73f60ea79f5b9 51ff98c31a5fdd25 7efd945df4f8ec8e 7fdfe9ce5c4c52b4 7fe3e21a464507fa R \
        R R R R R R R R \
        R R R R R R 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fd5c7aa60cf7416 c0216d288d0414ad bfa02bb309d87620 400825d950359d6f bfe7dbe9974d282b 3fe564f4dabf6240 c010db27e5b46311 \
        c02ece3cb4b27c9f c0044bcdc569ed50 403a9c43f9678268 c027d40f8c81e338 c0182cdf929d0190 R R R \
        3e85c7e8bd42a966 3c736219d2c79266 3f90be533a46f4b7 R R 3ff259bae4f002e7 3ca8b6571c4bd6e1 beb42ec2343c9fcb \
        3f6379b13f57c189 \
    "),
    ("sqrt", "\
        0000000000000000 8000000000000000 1e60000000000000 D 1fc1297872d9cbae 2000000000000000 20ca2fe76a3f9475 D \
        3ddb7cdfd9d7bdbb D 3e45798ee2308c3a 3f1a36e2eb1c432d 3fd43d136248490f D 3fe0000000000000 3fe6a09e667f3bcd \
        D 3feac5eb3f7ab2f8 3fefd6efe4c9b8a5 D 3fefffffffffffff D 3ff0000000000000 D \
        3ff0000000000000 3ff0020c2830b9c7 D 3ff3988e1409212e 3ff6a09e667f3bcd D 3ff94c583ada5b53 D \
        3ffbb67ae8584caa 3ffa61298e1e069c 3ffc5bf891b4ef6a D 4001e3779b97f4a8 4002c2fc595456a7 4005e8add236a58f 40094c583ada5b53 \
        D 4011e3779b97f4a8 4012f9422c23c47e 40132eee75770416 4013988e1409212e 4014c8dc2e423980 4015e8add236a58f D \
        4024000000000000 D 4027b4dfc079258d 402a1d79241626a4 402a2744ce9674f5 402a310ccf3b3760 402a3ad12a1da160 D \
        D D 402c48c6001f0ac0 402c5ada513a1593 403a751f9447b724 403aa4463b2e375f 403aa554ccb17776 D \
        D 403f9f6e4990f227 403ffdffeffeffec 4040000000000000 D D 4073c3a4edfa9759 40f86a0000000000 \
        4197d78400000000 42374876e8000000 5f138d352e5096af D 5fefffffffffffff D 7ff0000000000000 D \
        7ff8000000000000 3fe27ed46d49142e D D 3ff59c4a933b1cbf D 3fe9554ee14201a1 D \
        D D 3fffe628390347fb D D D D D \
        3f3a6689f362b1c8 3e319c4cb1c9e999 3fc05dfd1c4f3573 D 4041982128575a58 3fefb403b27e3b5a 3e4c1efc0ff4d291 D \
        3fa8f6d5636fbade \
    "),
    ("tan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9af8877430b80 bfb9af8877430b80 3fd05785a43c4c56 3fe17b4f5bf3474a \
        bfe17b4f5bf3474a 3feaf406c2fc78ae 3ff860fadcc59064 bff860fadcc59064 3ff8eb245cbee3a4 bff8eb245cbee3a4 3ff8eb245cbee3a6 bff8eb245cbee3a6 \
        3ff8eb245cbee3a9 3ff8f931e213ef8d bff8f931e213ef8d 402c33ed50b88777 c0017af62e0950f8 40017af62e0950f8 bfe7e79b4e00bb15 3fe7e79b4e00bb15 \
        bfc23ef71254b86f bfdcd5cdb683b402 bca1a62633145c07 3ca1a62633145c07 c00b0b4b739bbb07 bfefdbd31615b07a 4005a5ea99227d5b 3fe4bf5f34be3782 \
        bfe4bf5f34be3782 4001e5b4a31aab84 3fe1d9ebe41119b9 3ff9691335235035 c0011444b8486cc1 c00a308b9e3d0997 c0199f0f242693c3 40199f0f242693c3 \
        bfe2ca74d62b5d38 3f9fb7dcab49130d bff3079181df51a3 3ff25c5dbf5d7954 401229058a05cb85 c00b7d416f208713 bff0120b3f2a767c bff25c5dbf5d7954 \
        400b7d416f208713 3fe426053fb03196 bffcae314c80f948 bfafbfa8f4b761ca bfe4beaba1020051 bfcc9d7ca5b9cf8c 3f0f9bd03136287d bfde54309fd3fbcd \
        c01f04411028c49a 3ff786729f34311a bfe8cb6c6043426f bfc48d5be43ada02 3fdcf0f47e38cd1f bfe4c06c9915c53d bfa250a9d503313d bfe1de000f443f50 \
        bff3ec3afb0422df bffa0f79c1b6b257 3ff6be411f37ac77 bff6be411f37ac77 bf74530cfe729484 3f74530cfe729484 D D \
        7ff8000000000000 3fd6366a9c830f9c 3fd26d22f4bde755 bfa02c63451cc093 c00ee1cdfd95bfd0 bfea63e963302ce5 3fe72bfe0720180d 3ff8b6aca7d3b7cf \
        bfd2e67fd10d9a51 4026238d46f0deb0 3ff19babb5eb8bb8 bf9fcbb10ec5c258 3fe7f4e8ab6f66a9 3ff29ddb550ae5c7 3fd48a5e624ba8b5 4028feccdb9ec680 \
        3e85c7e8bd42a981 3c736219d2c79266 3f90be842039f990 3fdc890bd407dd21 3fde6ebccea07c8a 3ff7ef4616c78cba 3ca8b6571c4bd6e1 beb42ec2343ca525 \
        3f6379b273206fc4 \
    "),
    ("tanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb983d7795f413a bfb983d7795f413a 3fcf597ea69a1c86 3fdd9353d7568af3 \
        bfdd9353d7568af3 3fe356fb17af2e92 3fe83c4fe9b770e0 bfe83c4fe9b770e0 3fe85efab514f394 bfe85efab514f394 3fe85efab514f394 bfe85efab514f394 \
        3fe85efab514f395 3fe8626ac96d575c bfe8626ac96d575c 3fecf6f9786df577 3feed9505e1bc3d4 bfeed9505e1bc3d4 3fef9258260a71c2 bfef9258260a71c2 \
        3fefd77d111a0b00 3fefb8f76b1e2ab6 3fefe175fa292810 bfefe175fa292810 3fefff419668df11 3fefffb9f2fc1e91 3feffffeb78a3c73 3feffffffdc96f35 \
        bfeffffffdc96f35 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        7ff8000000000000 3fd49e62fc91493f bfefca9358303778 bfa029a2deeff1aa 3fee605c9163d7d1 bfe320aa1bc8859b 3fe1c91772f80c82 bfef22a61bd58fdc \
        bfefeeca25e990d9 bfedc55231071f77 3feffa38c3f8b91e bfefe34bbea1f225 bfef921e0326f78c bff0000000000000 bff0000000000000 bff0000000000000 \
        3e85c7e8bd42a916 3c736219d2c79266 3f90bdc092779b98 bff0000000000000 3ff0000000000000 3fe81e8d7aaa0dc4 3ca8b6571c4bd6e2 beb42ec2343c8fbd \
        3f6379ada3ff0cd9 \
    "),
    ("ulp", "\
        0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000002000000 0000000002000000 \
        3880000000000000 3880000000000000 3950000000000000 3b00000000000000 3c70000000000000 3c70000000000000 3c90000000000000 3ca0000000000000 \
        3ca0000000000000 3ca0000000000000 3ca0000000000000 3ca0000000000000 3ca0000000000000 3ca0000000000000 3cb0000000000000 3cb0000000000000 \
        3cb0000000000000 3cb0000000000000 3cb0000000000000 3cb0000000000000 3cc0000000000000 3cc0000000000000 3cc0000000000000 3cc0000000000000 \
        3cc0000000000000 3cc0000000000000 3cc0000000000000 3cc0000000000000 3cd0000000000000 3cd0000000000000 3cd0000000000000 3ce0000000000000 \
        3ce0000000000000 3cf0000000000000 3cf0000000000000 3cf0000000000000 3cf0000000000000 3cf0000000000000 3cf0000000000000 3cf0000000000000 \
        3d10000000000000 3d10000000000000 3d20000000000000 3d20000000000000 3d20000000000000 3d20000000000000 3d20000000000000 3d20000000000000 \
        3d20000000000000 3d20000000000000 3d20000000000000 3d20000000000000 3d40000000000000 3d40000000000000 3d40000000000000 3d40000000000000 \
        3d40000000000000 3d40000000000000 3d40000000000000 3d50000000000000 3d50000000000000 3d50000000000000 3db0000000000000 3ec0000000000000 \
        4000000000000000 4140000000000000 7af0000000000000 7af0000000000000 7ca0000000000000 7ca0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3c90000000000000 3cc0000000000000 3c60000000000000 3cb0000000000000 3ca0000000000000 3ca0000000000000 3cc0000000000000 \
        3cc0000000000000 3cb0000000000000 3cc0000000000000 3cc0000000000000 3cc0000000000000 3f50000000000000 3f20000000000000 40a0000000000000 \
        3b40000000000000 3930000000000000 3c50000000000000 3db0000000000000 3d50000000000000 3ca0000000000000 3960000000000000 3b70000000000000 \
        3c20000000000000 \
    "),
];

/// `math.<name>(x, y)` in CPython.
#[rustfmt::skip]
const CPYTHON_MATH2: &[(&str, &str)] = &[
    ("atan2", "\
        0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 \
        0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 0000000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 \
        c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 0000000000000002 400921fb54442d18 0000000000000001 \
        0000000000000001 400921fb54442d18 0000000000000000 0000000000000003 400921fb54442d18 3b17e43c8800759b 0000000000000000 0000000000000000 \
        0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 40056c6e7397f5ae \
        3fddac670561bb4f 3fd4978fa3269ee1 40072c43f4b1650a 3fc52397843c9add 3fef730bd281f69b 400894f6b2b6da70 3ff921fb54442d18 01956e1fc2f8f359 \
        0002000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff1b6e192ebbe44 \
        c002d97c7f3321d2 bfe921fb54442d18 bfe2d0ead6066395 c0056c6e7397f5ae bfd4978fa3269ee1 bff3fc176b7a8560 c00809452dc3c682 bff921fb54442d18 \
        81a56e1fc2f8f359 8004000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff1b6e192ebbe44 4002d97c7f3321d2 3fe921fb54442d18 3fe2d0ead6066395 40056c6e7397f5ae 3fd4978fa3269ee1 3ff3fc176b7a8560 400809452dc3c682 \
        3ff921fb54442d18 01a56e1fc2f8f359 0004000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff3fc176b7a8560 400145385fa3af71 3fef730bd281f69b 3fe921fb54442d18 4003fc176b7a8560 3fddac670561bb4f 3ff5a25052114e60 \
        400780272693021b 3ff921fb54442d18 01b01297d23ab682 0006000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff5368c951e9cfd c000468a8ace4df6 bff1b6e192ebbe44 bfedac670561bb4f c002d97c7f3321d2 bfe2d0ead6066395 \
        bff67d8863bc99bd c006faba0aeee393 bff921fb54442d18 81b56e1fc2f8f359 8008000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff67d8863bc99bd 3ffe47df3d0dd4d1 3ff3fc176b7a8560 3ff1b6e192ebbe44 400145385fa3af71 \
        3fe921fb54442d18 3ff75cbad2a40bd5 4005fe781981aaea 3ff921fb54442d18 01c01297d23ab682 000c000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe2d0ead6066395 40068f095fdf593c 3fd4978fa3269ee1 3fcbfd581196f5c1 \
        4007cfc1dc00636a 3fbc54081a02142f 3fe921fb54442d18 4008c3e318f3338b 3ff921fb54442d18 018c92d503f699cb 0001555555555555 0000000000000000 \
        400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff807f2112987c7 bffb5367a144fa45 bff6f08f07435fec \
        bff5de52f8e1d71d bffd707de6eec024 bff2daf4debf28bd bff865cadda239ff c002d97c7f3321d2 bff921fb54442d18 81d36bccc8b19c88 801d000000000001 \
        8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 01b56e1fc2f8f359 400921fb54442d18 \
        01a56e1fc2f8f359 019c92d503f699cc 400921fb54442d18 018c92d503f699cc 01c01297d23ab683 400921fb54442d18 3fe921fb54442d18 0000000000000000 \
        0000000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3fe921fb54442d18 3e37e43c8800759d 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb52c5e950 3fe921fb54442d18 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 4002d97c7f3321d2 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bfe921fb54442d18 c002d97c7f3321d2 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("copysign", "\
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff8000000000000 bff8000000000000 \
        3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 \
        bff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 4000000000000000 \
        c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4000000000000000 c000000000000000 4000000000000000 4000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7fefffffffffffff ffefffffffffffff 7fefffffffffffff \
        7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 \
    "),
    ("fmod", "\
        D D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff8000000000000 D D 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        8000000000000000 7ff8000000000000 D D 0000000000000000 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 0000000000000001 7ff8000000000000 D D 0000000000000000 0000000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 3fc5555555555556 3fe0000000000000 01933550b9c24a66 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 3fe0000000000000 7ff8000000000000 D D 8000000000000000 8000000000000000 \
        8000000000000000 8000000000000000 bff0000000000000 bff0000000000000 bff0000000000000 bc90000000000000 bff0000000000000 81a33550b9c24a66 \
        bff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000 7ff8000000000000 D D 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3c90000000000000 3ff0000000000000 \
        01a33550b9c24a66 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 7ff8000000000000 D D \
        0000000000000000 0000000000000000 3fe0000000000000 3fe0000000000000 0000000000000000 3ff8000000000000 3ff8000000000000 3fc5555555555558 \
        3ff8000000000000 018d87654ea9f100 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 7ff8000000000000 D \
        D 8000000000000000 8000000000000000 8000000000000000 8000000000000000 bfe0000000000000 8000000000000000 c000000000000000 \
        bca0000000000000 c000000000000000 81a0fc81b08ba173 c000000000000000 c000000000000000 c000000000000000 c000000000000000 7ff8000000000000 \
        D D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 3ff0000000000000 \
        0000000000000000 3ca8000000000000 4008000000000000 019d87654ea9f100 4008000000000000 4008000000000000 4008000000000000 4008000000000000 \
        7ff8000000000000 D D 0000000000000000 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        3fd5555555555555 3fd5555555555555 0000000000000000 3fd5555555555555 01948ef5c35273ce 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        3fd5555555555555 7ff8000000000000 D D 8000000000000000 bfd0000000000000 bfd0000000000000 bfd0000000000000 \
        bff4000000000000 bff4000000000000 bff4000000000000 bfd0000000000007 8000000000000000 81a564da926760fa c01d000000000000 c01d000000000000 \
        c01d000000000000 c01d000000000000 7ff8000000000000 D D 0000000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 0000000000000000 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 7ff8000000000000 D D 0000000000000000 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 3fc559023851dce6 401a000000000000 0194f722a6f79f9c \
        0000000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7ff8000000000000 D D 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 3fe0000000000000 0000000000000000 4000000000000000 3fb5555555555554 4019000000000000 \
        0151c210546b28c0 7e273bd07c60fbc8 0000000000000000 7fefffffffffffff 7fefffffffffffff 7ff8000000000000 D D \
        D D D D D D D D \
        D D D D D D 7ff8000000000000 D \
        D D D D D D D D \
        D D D D D D D 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("hypot", "\
        0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 4000000000000000 \
        4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 \
        4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 0000000000000001 0000000000000001 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe6a09e667f3bcd 3ff1e3779b97f4a8 \
        3ff1e3779b97f4a8 3ff94c583ada5b53 40007e0f66afed07 400854bfb363dc39 3fe33ac782eb914d 401d11a25cd6ed91 3fe0000000000000 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff1e3779b97f4a8 \
        3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 3ff0000000000000 \
        7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff1e3779b97f4a8 3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 \
        3ff0000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff8000000000000 3ff8000000000000 \
        3ff8000000000000 3ff94c583ada5b53 3ffcd82b446159f3 3ffcd82b446159f3 4000f876ccdf6cd9 4004000000000000 400ad5336963eefc 3ff895e02cc03e23 \
        401d9d3b47a961b1 3ff8000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 4000000000000000 \
        4000000000000000 4000000000000000 40007e0f66afed07 4001e3779b97f4a8 4001e3779b97f4a8 4004000000000000 4006a09e667f3bcd 400cd82b446159f3 \
        4000387fcced3d7c 401e154dc4e6b3ac 4000000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
        4008000000000000 4008000000000000 4008000000000000 400854bfb363dc39 40094c583ada5b53 40094c583ada5b53 400ad5336963eefc 400cd82b446159f3 \
        4010f876ccdf6cd9 400825cf4122a02f 401f627c54f1e0ab 4008000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fe33ac782eb914d 3ff0dd90273c3ce2 3ff0dd90273c3ce2 3ff895e02cc03e23 \
        4000387fcced3d7c 400825cf4122a02f 3fde2b7dddfefa66 401d07d7b4b12dfb 3fd5555555555555 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 401d000000000000 401d000000000000 401d000000000000 401d11a25cd6ed91 401d4649b7a072d4 401d4649b7a072d4 \
        401d9d3b47a961b1 401e154dc4e6b3ac 401f627c54f1e0ab 401d07d7b4b12dfb 4024818f8ce34e31 401d000000000000 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 3fe0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01ae4e8d12762225 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e40e4d50f99b211 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 \
    "),
    ("log", "\
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D D D D D \
        D D D D 3ff0000000000000 4090c80000000000 D Z \
        c09cb00f7d6dd815 D c0852cf2cd23ce56 40852cf2cd23ce56 D 3ff13e35207a4063 bff13e35207a4063 bff0c80000000000 \
        8000000000000000 D 7ff8000000000000 D D 3f4e829f39aef509 3ff0000000000000 D \
        Z bffb5a288307f4a3 D bfe430939835353d 3fe430939835353d D 3f5070b452739b4e bf5070b452739b4e \
        bf50000000000000 8000000000000000 D 7ff8000000000000 D D D D \
        D D D D D D D D \
        D D D D D D D 8000000000000000 \
        8000000000000000 D Z 0000000000000000 D 0000000000000000 8000000000000000 D \
        8000000000000000 0000000000000000 0000000000000000 0000000000000000 D 7ff8000000000000 D D \
        bf41d8ebc42b5cc9 bfe2b803473f7ad1 D Z 3ff0000000000000 D 3fd79ed8cf959585 bfd79ed8cf959585 \
        D bf433bde54cd69cd 3f433bde54cd69cd 3f42b803473f7ad1 0000000000000000 D 7ff8000000000000 D \
        D D D D D D D D \
        D D D D D D D D \
        D D bf582dc57eed28ea bff95c01a39fbd69 D Z 4005ad144183fa52 D \
        3ff0000000000000 bff0000000000000 D bf5a0ea37cda5035 3f5a0ea37cda5035 3f595c01a39fbd69 0000000000000000 D \
        7ff8000000000000 D D 3f582dc57eed28ea 3ff95c01a39fbd69 D Z c005ad144183fa52 \
        D bff0000000000000 3ff0000000000000 D 3f5a0ea37cda5035 bf5a0ea37cda5035 bf595c01a39fbd69 8000000000000000 \
        D 7ff8000000000000 D D D D D D \
        D D D D D D D D \
        D D D D D 3fedb17657d0d8f1 408f24a09f1a8b89 D \
        Z c09a9ea5f74c56e9 D c083a62af8c2dd56 4083a62af8c2dd56 D 3ff0000000000000 bff0000000000000 \
        bfef24a09f1a8b89 8000000000000000 D 7ff8000000000000 D D bfedb17657d0d8f1 c08f24a09f1a8b89 \
        D Z 409a9ea5f74c56e9 D 4083a62af8c2dd56 c083a62af8c2dd56 D bff0000000000000 \
        3ff0000000000000 3fef24a09f1a8b89 0000000000000000 D 7ff8000000000000 D D bfee829f39aef509 \
        c090000000000000 D Z 409b5a288307f4a3 D 408430939835353d c08430939835353d D \
        bff070b452739b4e 3ff070b452739b4e 3ff0000000000000 0000000000000000 D 7ff8000000000000 D D \
        fff0000000000000 fff0000000000000 D Z 7ff0000000000000 D 7ff0000000000000 fff0000000000000 \
        D fff0000000000000 7ff0000000000000 7ff0000000000000 fff8000000000000 D 7ff8000000000000 D \
        D D D D D D D D \
        D D D D D D D D \
        D D 7ff8000000000000 7ff8000000000000 D Z 7ff8000000000000 D \
        7ff8000000000000 7ff8000000000000 D 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 D \
        7ff8000000000000 \
    "),
    ("nextafter", "\
        0000000000000000 8000000000000000 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 \
        0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 8000000000000001 \
        7ff8000000000000 0000000000000000 8000000000000000 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 \
        8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        8000000000000001 7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 0000000000000002 0000000000000000 0000000000000002 \
        0000000000000002 0000000000000000 0000000000000002 0000000000000002 0000000000000000 0000000000000002 0000000000000002 0000000000000002 \
        0000000000000002 0000000000000000 7ff8000000000000 3fdfffffffffffff 3fdfffffffffffff 3fdfffffffffffff 3fe0000000000000 3fdfffffffffffff \
        3fe0000000000001 3fe0000000000001 3fdfffffffffffff 3fe0000000000001 3fdfffffffffffff 3fdfffffffffffff 3fdfffffffffffff 3fe0000000000001 \
        3fe0000000000001 3fe0000000000001 3fdfffffffffffff 7ff8000000000000 bfefffffffffffff bfefffffffffffff bfefffffffffffff bfefffffffffffff \
        bff0000000000000 bfefffffffffffff bfefffffffffffff bff0000000000001 bfefffffffffffff bfefffffffffffff bff0000000000001 bfefffffffffffff \
        bfefffffffffffff bfefffffffffffff bfefffffffffffff bff0000000000001 7ff8000000000000 3fefffffffffffff 3fefffffffffffff 3fefffffffffffff \
        3fefffffffffffff 3fefffffffffffff 3ff0000000000000 3ff0000000000001 3fefffffffffffff 3ff0000000000001 3fefffffffffffff 3fefffffffffffff \
        3fefffffffffffff 3ff0000000000001 3ff0000000000001 3ff0000000000001 3fefffffffffffff 7ff8000000000000 3ff7ffffffffffff 3ff7ffffffffffff \
        3ff7ffffffffffff 3ff7ffffffffffff 3ff7ffffffffffff 3ff7ffffffffffff 3ff8000000000000 3ff7ffffffffffff 3ff8000000000001 3ff7ffffffffffff \
        3ff7ffffffffffff 3ff7ffffffffffff 3ff8000000000001 3ff8000000000001 3ff8000000000001 3ff7ffffffffffff 7ff8000000000000 bfffffffffffffff \
        bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff c000000000000000 bfffffffffffffff \
        bfffffffffffffff c000000000000001 bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff c000000000000001 7ff8000000000000 \
        4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff \
        4008000000000000 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4008000000000001 4008000000000001 4008000000000001 4007ffffffffffff \
        7ff8000000000000 3fd5555555555554 3fd5555555555554 3fd5555555555554 3fd5555555555556 3fd5555555555554 3fd5555555555556 3fd5555555555556 \
        3fd5555555555554 3fd5555555555556 3fd5555555555555 3fd5555555555554 3fd5555555555554 3fd5555555555556 3fd5555555555556 3fd5555555555556 \
        3fd5555555555554 7ff8000000000000 c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff \
        c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01d000000000000 c01cffffffffffff c01cffffffffffff c01cffffffffffff \
        c01cffffffffffff c01d000000000001 7ff8000000000000 01a56e1fc2f8f358 01a56e1fc2f8f358 01a56e1fc2f8f358 01a56e1fc2f8f35a 01a56e1fc2f8f358 \
        01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 01a56e1fc2f8f359 01a56e1fc2f8f35a \
        01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 7ff8000000000000 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b \
        7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b \
        7e37e43c8800759c 7e37e43c8800759d 7e37e43c8800759d 7e37e43c8800759b 7ff8000000000000 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe \
        7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe \
        7feffffffffffffe 7feffffffffffffe 7fefffffffffffff 7ff0000000000000 7feffffffffffffe 7ff8000000000000 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7fefffffffffffff 7ff8000000000000 ffefffffffffffff \
        ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff \
        ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff fff0000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("pow", "\
        3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 D 0000000000000000 0000000000000000 D \
        0000000000000000 0000000000000000 D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 7ff0000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 D 8000000000000000 0000000000000000 \
        D 8000000000000000 0000000000000000 D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 1e60000000000000 R 0000000000000001 \
        0000000000000000 R 0000000000000000 299000000000003e R 3ff0000000000000 0000000000000000 0000000000000000 \
        0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe6a09e667f3bcd 4000000000000000 \
        3fe0000000000000 3fd6a09e667f3bcd 4010000000000000 3fc0000000000000 3fe965fea53d6e3d 406306fe0a31b715 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 D D \
        bff0000000000000 bff0000000000000 D 3ff0000000000000 bff0000000000000 D D D \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff3988e1409212e 3fe5555555555555 3ff8000000000000 3ffd64d51e0db1c6 3fdc71c71c71c71c 400b000000000000 3ff250bfe1b082f5 \
        3fab13d617e4397f 3ff0000000000000 R R 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 D D bfe0000000000000 c000000000000000 D 3fd0000000000000 c020000000000000 \
        D D D R R 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ffbb67ae8584caa 3fd5555555555555 4008000000000000 4014c8dc2e423980 3fbc71c71c71c71c \
        403b000000000000 3ff7137449123ef6 3f36c4f4cfea1e98 3ff0000000000000 R R 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe279a74590331c 4008000000000000 3fd5555555555555 3fc8a2345cc04425 \
        4022000000000001 3fa2f684bda12f67 3fe63003fbb4c375 40a67c81fac468eb 3ff0000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 D D bfc1a7b9611a7b96 c01d000000000000 \
        D 3f937b4824872744 c077d14000000000 D D D R R \
        7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 20ca2fe76a3f9475 7e37e43c8800759b \
        01a56e1fc2f8f359 0000000000000000 R 0000000000000000 2b2bff2ee48e0595 R 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 5f138d352e5096af \
        01a56e1fc2f8f359 7e37e43c8800759c R 0000000000000000 R 54b249ad2594c33b 0000000000000000 3ff0000000000000 \
        R R 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        5fefffffffffffff 0004000000000000 7fefffffffffffff R 0000000000000000 R 554428a2f98d7240 0000000000000000 \
        3ff0000000000000 R R 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 \
        7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 \
        0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 7ff0000000000000 7ff0000000000000 8000000000000000 fff0000000000000 7ff0000000000000 0000000000000000 fff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("remainder", "\
        D D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff8000000000000 D D 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        8000000000000000 7ff8000000000000 D D 0000000000000000 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 0000000000000001 7ff8000000000000 D D 0000000000000000 0000000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 bfc5555555555554 3fe0000000000000 01933550b9c24a66 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 3fe0000000000000 7ff8000000000000 D D 8000000000000000 8000000000000000 \
        8000000000000000 8000000000000000 3fe0000000000000 bff0000000000000 bff0000000000000 bc90000000000000 bff0000000000000 0171c67849b54798 \
        bff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000 7ff8000000000000 D D 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 bfe0000000000000 3ff0000000000000 3ff0000000000000 3c90000000000000 3ff0000000000000 \
        8171c67849b54798 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 7ff8000000000000 D D \
        0000000000000000 0000000000000000 bfe0000000000000 bfe0000000000000 0000000000000000 bfe0000000000000 3ff8000000000000 bfc5555555555552 \
        3ff8000000000000 018d87654ea9f100 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 7ff8000000000000 D \
        D 8000000000000000 8000000000000000 8000000000000000 8000000000000000 bfe0000000000000 8000000000000000 3ff0000000000000 \
        bca0000000000000 c000000000000000 0181c67849b54798 c000000000000000 c000000000000000 c000000000000000 c000000000000000 7ff8000000000000 \
        D D 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 bff0000000000000 \
        0000000000000000 3ca8000000000000 4008000000000000 818aa9b46e8feb64 4008000000000000 4008000000000000 4008000000000000 4008000000000000 \
        7ff8000000000000 D D 0000000000000000 bfc5555555555556 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        3fd5555555555555 3fd5555555555555 0000000000000000 3fd5555555555555 01948ef5c35273ce 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        3fd5555555555555 7ff8000000000000 D D 8000000000000000 bfd0000000000000 bfd0000000000000 bfd0000000000000 \
        3fd0000000000000 3fe8000000000000 bff4000000000000 3fb5555555555538 8000000000000000 01128a612324be00 c01d000000000000 c01d000000000000 \
        c01d000000000000 c01d000000000000 7ff8000000000000 D D 0000000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 0000000000000000 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 7ff8000000000000 D D 0000000000000000 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 bfc551a87258cdc4 bfe8000000000000 0194f722a6f79f9c \
        0000000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7ff8000000000000 D D 0000000000000000 \
        0000000000000000 0000000000000000 0000000000000000 3fe0000000000000 0000000000000000 bff0000000000000 3fb5555555555554 bff0000000000000 \
        0151c210546b28c0 7e273bd07c60fbc8 0000000000000000 7fefffffffffffff 7fefffffffffffff 7ff8000000000000 D D \
        D D D D D D D D \
        D D D D D D 7ff8000000000000 D \
        D D D D D D D D \
        D D D D D D D 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
];

/// `math.floor`/`ceil`/`trunc`: int results in the int64 range, errors.
#[rustfmt::skip]
const CPYTHON_TO_INT: &[(&str, &[(u64, R)])] = &[
    ("floor", &[
        (0x0000000000000000, I(0)), (0x8000000000000000, I(0)), (0x0000000000000001, I(0)),
        (0x8000000000000001, I(-1)), (0x000012688b70e62b, I(0)), (0x0010000000000000, I(0)),
        (0x01a56e1fc2f8f359, I(0)), (0x81a56e1fc2f8f359, I(-1)), (0x3bc79ca10c924223, I(0)),
        (0xbbc79ca10c924223, I(-1)), (0x3c9cd2b297d889bc, I(0)), (0x3e45798ee2308c3a, I(0)),
        (0x3fb999999999999a, I(0)), (0xbfb999999999999a, I(-1)), (0x3fd0000000000000, I(0)),
        (0x3fe0000000000000, I(0)), (0xbfe0000000000000, I(-1)), (0x3fe6666666666666, I(0)),
        (0x3fefae147ae147ae, I(0)), (0xbfefae147ae147ae, I(-1)), (0x3fefffffffffffff, I(0)),
        (0xbfefffffffffffff, I(-1)), (0x3ff0000000000000, I(1)), (0xbff0000000000000, I(-1)),
        (0x3ff0000000000001, I(1)), (0x3ff004189374bc6a, I(1)), (0xbff004189374bc6a, I(-2)),
        (0x3ff8000000000000, I(1)), (0x4000000000000000, I(2)), (0xc000000000000000, I(-2)),
        (0x4004000000000000, I(2)), (0xc004000000000000, I(-3)), (0x4008000000000000, I(3)),
        (0x4005bf0a8b145769, I(2)), (0x400921fb54442d18, I(3)), (0xc00921fb54442d18, I(-4)),
        (0x4014000000000000, I(5)), (0x4016000000000000, I(5)), (0x401e000000000000, I(7)),
        (0x4024000000000000, I(10)), (0xc024000000000000, I(-10)), (0x4034000000000000, I(20)),
        (0x4036800000000000, I(22)), (0x4037000000000000, I(23)), (0x4038000000000000, I(24)),
        (0x403b000000000000, I(27)), (0x403e000000000000, I(30)), (0xc03e000000000000, I(-30)),
        (0x4059000000000000, I(100)), (0xc059200000000000, I(-101)), (0x4061900000000000, I(140)),
        (0x4065500000000000, I(170)), (0x4065600000000000, I(171)), (0x4065700000000000, I(171)),
        (0x4065800000000000, I(172)), (0xc065500000000000, I(-171)), (0xc065700000000000, I(-172)),
        (0xc069100000000000, I(-201)), (0x4069000000000000, I(200)), (0x4069200000000000, I(201)),
        (0x4085e00000000000, I(700)), (0x40862e3d70a3d70a, I(709)), (0x4086300000000000, I(710)),
        (0xc087480000000000, I(-745)), (0xc087500000000000, I(-746)), (0x408f400000000000, I(1000)),
        (0x408ffc0000000000, I(1023)), (0x4090000000000000, I(1024)), (0xc090c80000000000, I(-1074)),
        (0xc090cc0000000000, I(-1075)), (0x40f86a0000000000, I(100000)), (0x4202a05f20000000, I(10000000000)),
        (0x4341c37937e08000, I(10000000000000000)), (0x7ff0000000000000, E("OverflowError: cannot convert float infinity to integer")), (0xfff0000000000000, E("OverflowError: cannot convert float infinity to integer")),
        (0x7ff8000000000000, E("ValueError: cannot convert float NaN to integer")), (0x3fd5614b52a1ff60, I(0)), (0xc006e3dde81c611a, I(-3)),
        (0xbfa02b02ee0fb000, I(-1)), (0x3ffd303a720dc354, I(1)), (0xbfe6115c742a0e00, I(-1)),
        (0x3fe40e2eabc64188, I(0)), (0xc00129af57352e7a, I(-3)), (0xc00b6e13f944b2f0, I(-4)),
        (0xbffa930204ed2adc, I(-2)), (0x400fcc6550dc798e, I(3)), (0xc009618d7bcf67c2, I(-4)),
        (0xc003fdde020c5d86, I(-3)), (0xc2941ca617f35925, I(-5528319556823)), (0xc262189d5616b51f, I(-621779005622)),
        (0x3e85c7e8bd42a94b, I(0)), (0x3c736219d2c79266, I(0)), (0x3f90be2256ab932f, I(0)),
        (0xc0f6102a2866a825, I(-90371)), (0x409358ecebfcd27d, I(1238)), (0x3fef68bbd36d0c75, I(0)),
        (0x3ca8b6571c4bd6e1, I(0)), (0xbeb42ec2343c9a71, I(-1)), (0x3f6379b00b8f631b, I(0)),
    ]),
    ("ceil", &[
        (0x0000000000000000, I(0)), (0x8000000000000000, I(0)), (0x0000000000000001, I(1)),
        (0x8000000000000001, I(0)), (0x000012688b70e62b, I(1)), (0x0010000000000000, I(1)),
        (0x01a56e1fc2f8f359, I(1)), (0x81a56e1fc2f8f359, I(0)), (0x3bc79ca10c924223, I(1)),
        (0xbbc79ca10c924223, I(0)), (0x3c9cd2b297d889bc, I(1)), (0x3e45798ee2308c3a, I(1)),
        (0x3fb999999999999a, I(1)), (0xbfb999999999999a, I(0)), (0x3fd0000000000000, I(1)),
        (0x3fe0000000000000, I(1)), (0xbfe0000000000000, I(0)), (0x3fe6666666666666, I(1)),
        (0x3fefae147ae147ae, I(1)), (0xbfefae147ae147ae, I(0)), (0x3fefffffffffffff, I(1)),
        (0xbfefffffffffffff, I(0)), (0x3ff0000000000000, I(1)), (0xbff0000000000000, I(-1)),
        (0x3ff0000000000001, I(2)), (0x3ff004189374bc6a, I(2)), (0xbff004189374bc6a, I(-1)),
        (0x3ff8000000000000, I(2)), (0x4000000000000000, I(2)), (0xc000000000000000, I(-2)),
        (0x4004000000000000, I(3)), (0xc004000000000000, I(-2)), (0x4008000000000000, I(3)),
        (0x4005bf0a8b145769, I(3)), (0x400921fb54442d18, I(4)), (0xc00921fb54442d18, I(-3)),
        (0x4014000000000000, I(5)), (0x4016000000000000, I(6)), (0x401e000000000000, I(8)),
        (0x4024000000000000, I(10)), (0xc024000000000000, I(-10)), (0x4034000000000000, I(20)),
        (0x4036800000000000, I(23)), (0x4037000000000000, I(23)), (0x4038000000000000, I(24)),
        (0x403b000000000000, I(27)), (0x403e000000000000, I(30)), (0xc03e000000000000, I(-30)),
        (0x4059000000000000, I(100)), (0xc059200000000000, I(-100)), (0x4061900000000000, I(141)),
        (0x4065500000000000, I(171)), (0x4065600000000000, I(171)), (0x4065700000000000, I(172)),
        (0x4065800000000000, I(172)), (0xc065500000000000, I(-170)), (0xc065700000000000, I(-171)),
        (0xc069100000000000, I(-200)), (0x4069000000000000, I(200)), (0x4069200000000000, I(201)),
        (0x4085e00000000000, I(700)), (0x40862e3d70a3d70a, I(710)), (0x4086300000000000, I(710)),
        (0xc087480000000000, I(-745)), (0xc087500000000000, I(-746)), (0x408f400000000000, I(1000)),
        (0x408ffc0000000000, I(1024)), (0x4090000000000000, I(1024)), (0xc090c80000000000, I(-1074)),
        (0xc090cc0000000000, I(-1075)), (0x40f86a0000000000, I(100000)), (0x4202a05f20000000, I(10000000000)),
        (0x4341c37937e08000, I(10000000000000000)), (0x7ff0000000000000, E("OverflowError: cannot convert float infinity to integer")), (0xfff0000000000000, E("OverflowError: cannot convert float infinity to integer")),
        (0x7ff8000000000000, E("ValueError: cannot convert float NaN to integer")), (0x3fd5614b52a1ff60, I(1)), (0xc006e3dde81c611a, I(-2)),
        (0xbfa02b02ee0fb000, I(0)), (0x3ffd303a720dc354, I(2)), (0xbfe6115c742a0e00, I(0)),
        (0x3fe40e2eabc64188, I(1)), (0xc00129af57352e7a, I(-2)), (0xc00b6e13f944b2f0, I(-3)),
        (0xbffa930204ed2adc, I(-1)), (0x400fcc6550dc798e, I(4)), (0xc009618d7bcf67c2, I(-3)),
        (0xc003fdde020c5d86, I(-2)), (0xc2941ca617f35925, I(-5528319556822)), (0xc262189d5616b51f, I(-621779005621)),
        (0x3e85c7e8bd42a94b, I(1)), (0x3c736219d2c79266, I(1)), (0x3f90be2256ab932f, I(1)),
        (0xc0f6102a2866a825, I(-90370)), (0x409358ecebfcd27d, I(1239)), (0x3fef68bbd36d0c75, I(1)),
        (0x3ca8b6571c4bd6e1, I(1)), (0xbeb42ec2343c9a71, I(0)), (0x3f6379b00b8f631b, I(1)),
    ]),
    ("trunc", &[
        (0x0000000000000000, I(0)), (0x8000000000000000, I(0)), (0x0000000000000001, I(0)),
        (0x8000000000000001, I(0)), (0x000012688b70e62b, I(0)), (0x0010000000000000, I(0)),
        (0x01a56e1fc2f8f359, I(0)), (0x81a56e1fc2f8f359, I(0)), (0x3bc79ca10c924223, I(0)),
        (0xbbc79ca10c924223, I(0)), (0x3c9cd2b297d889bc, I(0)), (0x3e45798ee2308c3a, I(0)),
        (0x3fb999999999999a, I(0)), (0xbfb999999999999a, I(0)), (0x3fd0000000000000, I(0)),
        (0x3fe0000000000000, I(0)), (0xbfe0000000000000, I(0)), (0x3fe6666666666666, I(0)),
        (0x3fefae147ae147ae, I(0)), (0xbfefae147ae147ae, I(0)), (0x3fefffffffffffff, I(0)),
        (0xbfefffffffffffff, I(0)), (0x3ff0000000000000, I(1)), (0xbff0000000000000, I(-1)),
        (0x3ff0000000000001, I(1)), (0x3ff004189374bc6a, I(1)), (0xbff004189374bc6a, I(-1)),
        (0x3ff8000000000000, I(1)), (0x4000000000000000, I(2)), (0xc000000000000000, I(-2)),
        (0x4004000000000000, I(2)), (0xc004000000000000, I(-2)), (0x4008000000000000, I(3)),
        (0x4005bf0a8b145769, I(2)), (0x400921fb54442d18, I(3)), (0xc00921fb54442d18, I(-3)),
        (0x4014000000000000, I(5)), (0x4016000000000000, I(5)), (0x401e000000000000, I(7)),
        (0x4024000000000000, I(10)), (0xc024000000000000, I(-10)), (0x4034000000000000, I(20)),
        (0x4036800000000000, I(22)), (0x4037000000000000, I(23)), (0x4038000000000000, I(24)),
        (0x403b000000000000, I(27)), (0x403e000000000000, I(30)), (0xc03e000000000000, I(-30)),
        (0x4059000000000000, I(100)), (0xc059200000000000, I(-100)), (0x4061900000000000, I(140)),
        (0x4065500000000000, I(170)), (0x4065600000000000, I(171)), (0x4065700000000000, I(171)),
        (0x4065800000000000, I(172)), (0xc065500000000000, I(-170)), (0xc065700000000000, I(-171)),
        (0xc069100000000000, I(-200)), (0x4069000000000000, I(200)), (0x4069200000000000, I(201)),
        (0x4085e00000000000, I(700)), (0x40862e3d70a3d70a, I(709)), (0x4086300000000000, I(710)),
        (0xc087480000000000, I(-745)), (0xc087500000000000, I(-746)), (0x408f400000000000, I(1000)),
        (0x408ffc0000000000, I(1023)), (0x4090000000000000, I(1024)), (0xc090c80000000000, I(-1074)),
        (0xc090cc0000000000, I(-1075)), (0x40f86a0000000000, I(100000)), (0x4202a05f20000000, I(10000000000)),
        (0x4341c37937e08000, I(10000000000000000)), (0x7ff0000000000000, E("OverflowError: cannot convert float infinity to integer")), (0xfff0000000000000, E("OverflowError: cannot convert float infinity to integer")),
        (0x7ff8000000000000, E("ValueError: cannot convert float NaN to integer")), (0x3fd5614b52a1ff60, I(0)), (0xc006e3dde81c611a, I(-2)),
        (0xbfa02b02ee0fb000, I(0)), (0x3ffd303a720dc354, I(1)), (0xbfe6115c742a0e00, I(0)),
        (0x3fe40e2eabc64188, I(0)), (0xc00129af57352e7a, I(-2)), (0xc00b6e13f944b2f0, I(-3)),
        (0xbffa930204ed2adc, I(-1)), (0x400fcc6550dc798e, I(3)), (0xc009618d7bcf67c2, I(-3)),
        (0xc003fdde020c5d86, I(-2)), (0xc2941ca617f35925, I(-5528319556822)), (0xc262189d5616b51f, I(-621779005621)),
        (0x3e85c7e8bd42a94b, I(0)), (0x3c736219d2c79266, I(0)), (0x3f90be2256ab932f, I(0)),
        (0xc0f6102a2866a825, I(-90370)), (0x409358ecebfcd27d, I(1238)), (0x3fef68bbd36d0c75, I(0)),
        (0x3ca8b6571c4bd6e1, I(0)), (0xbeb42ec2343c9a71, I(0)), (0x3f6379b00b8f631b, I(0)),
    ]),
];

/// `math.frexp` and `math.modf`: (x, first, second).
#[rustfmt::skip]
const CPYTHON_FREXP: &[(u64, u64, i64)] = &[
    (0x0000000000000000, 0x0000000000000000, 0),
    (0x8000000000000000, 0x8000000000000000, 0),
    (0x0000000000000001, 0x3fe0000000000000, -1073),
    (0x8000000000000001, 0xbfe0000000000000, -1073),
    (0x000012688b70e62b, 0x3fe2688b70e62b00, -1029),
    (0x0010000000000000, 0x3fe0000000000000, -1021),
    (0x01a56e1fc2f8f359, 0x3fe56e1fc2f8f359, -996),
    (0x81a56e1fc2f8f359, 0xbfe56e1fc2f8f359, -996),
    (0x3bc79ca10c924223, 0x3fe79ca10c924223, -66),
    (0xbbc79ca10c924223, 0xbfe79ca10c924223, -66),
    (0x3c9cd2b297d889bc, 0x3fecd2b297d889bc, -53),
    (0x3e45798ee2308c3a, 0x3fe5798ee2308c3a, -26),
    (0x3fb999999999999a, 0x3fe999999999999a, -3),
    (0xbfb999999999999a, 0xbfe999999999999a, -3),
    (0x3fd0000000000000, 0x3fe0000000000000, -1),
    (0x3fe0000000000000, 0x3fe0000000000000, 0),
    (0xbfe0000000000000, 0xbfe0000000000000, 0),
    (0x3fe6666666666666, 0x3fe6666666666666, 0),
    (0x3fefae147ae147ae, 0x3fefae147ae147ae, 0),
    (0xbfefae147ae147ae, 0xbfefae147ae147ae, 0),
    (0x3fefffffffffffff, 0x3fefffffffffffff, 0),
    (0xbfefffffffffffff, 0xbfefffffffffffff, 0),
    (0x3ff0000000000000, 0x3fe0000000000000, 1),
    (0xbff0000000000000, 0xbfe0000000000000, 1),
    (0x3ff0000000000001, 0x3fe0000000000001, 1),
    (0x3ff004189374bc6a, 0x3fe004189374bc6a, 1),
    (0xbff004189374bc6a, 0xbfe004189374bc6a, 1),
    (0x3ff8000000000000, 0x3fe8000000000000, 1),
    (0x4000000000000000, 0x3fe0000000000000, 2),
    (0xc000000000000000, 0xbfe0000000000000, 2),
    (0x4004000000000000, 0x3fe4000000000000, 2),
    (0xc004000000000000, 0xbfe4000000000000, 2),
    (0x4008000000000000, 0x3fe8000000000000, 2),
    (0x4005bf0a8b145769, 0x3fe5bf0a8b145769, 2),
    (0x400921fb54442d18, 0x3fe921fb54442d18, 2),
    (0xc00921fb54442d18, 0xbfe921fb54442d18, 2),
    (0x4014000000000000, 0x3fe4000000000000, 3),
    (0x4016000000000000, 0x3fe6000000000000, 3),
    (0x401e000000000000, 0x3fee000000000000, 3),
    (0x4024000000000000, 0x3fe4000000000000, 4),
    (0xc024000000000000, 0xbfe4000000000000, 4),
    (0x4034000000000000, 0x3fe4000000000000, 5),
    (0x4036800000000000, 0x3fe6800000000000, 5),
    (0x4037000000000000, 0x3fe7000000000000, 5),
    (0x4038000000000000, 0x3fe8000000000000, 5),
    (0x403b000000000000, 0x3feb000000000000, 5),
    (0x403e000000000000, 0x3fee000000000000, 5),
    (0xc03e000000000000, 0xbfee000000000000, 5),
    (0x4059000000000000, 0x3fe9000000000000, 7),
    (0xc059200000000000, 0xbfe9200000000000, 7),
    (0x4061900000000000, 0x3fe1900000000000, 8),
    (0x4065500000000000, 0x3fe5500000000000, 8),
    (0x4065600000000000, 0x3fe5600000000000, 8),
    (0x4065700000000000, 0x3fe5700000000000, 8),
    (0x4065800000000000, 0x3fe5800000000000, 8),
    (0xc065500000000000, 0xbfe5500000000000, 8),
    (0xc065700000000000, 0xbfe5700000000000, 8),
    (0xc069100000000000, 0xbfe9100000000000, 8),
    (0x4069000000000000, 0x3fe9000000000000, 8),
    (0x4069200000000000, 0x3fe9200000000000, 8),
    (0x4085e00000000000, 0x3fe5e00000000000, 10),
    (0x40862e3d70a3d70a, 0x3fe62e3d70a3d70a, 10),
    (0x4086300000000000, 0x3fe6300000000000, 10),
    (0xc087480000000000, 0xbfe7480000000000, 10),
    (0xc087500000000000, 0xbfe7500000000000, 10),
    (0x408f400000000000, 0x3fef400000000000, 10),
    (0x408ffc0000000000, 0x3feffc0000000000, 10),
    (0x4090000000000000, 0x3fe0000000000000, 11),
    (0xc090c80000000000, 0xbfe0c80000000000, 11),
    (0xc090cc0000000000, 0xbfe0cc0000000000, 11),
    (0x40f86a0000000000, 0x3fe86a0000000000, 17),
    (0x4202a05f20000000, 0x3fe2a05f20000000, 34),
    (0x4341c37937e08000, 0x3fe1c37937e08000, 54),
    (0x4480f0cf064dd592, 0x3fe0f0cf064dd592, 74),
    (0x7e37e43c8800759c, 0x3fe7e43c8800759c, 997),
    (0xfe37e43c8800759c, 0xbfe7e43c8800759c, 997),
    (0x7fefffffffffffff, 0x3fefffffffffffff, 1024),
    (0xffefffffffffffff, 0xbfefffffffffffff, 1024),
    (0x7ff0000000000000, 0x7ff0000000000000, 0),
    (0xfff0000000000000, 0xfff0000000000000, 0),
    (0x7ff8000000000000, 0x7ff8000000000000, 0),
    (0x3fd5614b52a1ff60, 0x3fe5614b52a1ff60, -1),
    (0xc006e3dde81c611a, 0xbfe6e3dde81c611a, 2),
    (0xbfa02b02ee0fb000, 0xbfe02b02ee0fb000, -4),
    (0x3ffd303a720dc354, 0x3fed303a720dc354, 1),
    (0xbfe6115c742a0e00, 0xbfe6115c742a0e00, 0),
    (0x3fe40e2eabc64188, 0x3fe40e2eabc64188, 0),
    (0xc00129af57352e7a, 0xbfe129af57352e7a, 2),
    (0xc00b6e13f944b2f0, 0xbfeb6e13f944b2f0, 2),
    (0xbffa930204ed2adc, 0xbfea930204ed2adc, 1),
    (0x400fcc6550dc798e, 0x3fefcc6550dc798e, 2),
    (0xc009618d7bcf67c2, 0xbfe9618d7bcf67c2, 2),
    (0xc003fdde020c5d86, 0xbfe3fdde020c5d86, 2),
    (0xc2941ca617f35925, 0xbfe41ca617f35925, 43),
    (0xc262189d5616b51f, 0xbfe2189d5616b51f, 40),
    (0xc3e142fe724bc4b0, 0xbfe142fe724bc4b0, 64),
    (0x3e85c7e8bd42a94b, 0x3fe5c7e8bd42a94b, -22),
    (0x3c736219d2c79266, 0x3fe36219d2c79266, -55),
    (0x3f90be2256ab932f, 0x3fe0be2256ab932f, -5),
    (0xc0f6102a2866a825, 0xbfe6102a2866a825, 17),
    (0x409358ecebfcd27d, 0x3fe358ecebfcd27d, 11),
    (0x3fef68bbd36d0c75, 0x3fef68bbd36d0c75, 0),
    (0x3ca8b6571c4bd6e1, 0x3fe8b6571c4bd6e1, -52),
    (0xbeb42ec2343c9a71, 0xbfe42ec2343c9a71, -19),
    (0x3f6379b00b8f631b, 0x3fe379b00b8f631b, -8),
];
#[rustfmt::skip]
const CPYTHON_MODF: &[(u64, u64, u64)] = &[
    (0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
    (0x8000000000000000, 0x8000000000000000, 0x8000000000000000),
    (0x0000000000000001, 0x0000000000000001, 0x0000000000000000),
    (0x8000000000000001, 0x8000000000000001, 0x8000000000000000),
    (0x000012688b70e62b, 0x000012688b70e62b, 0x0000000000000000),
    (0x0010000000000000, 0x0010000000000000, 0x0000000000000000),
    (0x01a56e1fc2f8f359, 0x01a56e1fc2f8f359, 0x0000000000000000),
    (0x81a56e1fc2f8f359, 0x81a56e1fc2f8f359, 0x8000000000000000),
    (0x3bc79ca10c924223, 0x3bc79ca10c924223, 0x0000000000000000),
    (0xbbc79ca10c924223, 0xbbc79ca10c924223, 0x8000000000000000),
    (0x3c9cd2b297d889bc, 0x3c9cd2b297d889bc, 0x0000000000000000),
    (0x3e45798ee2308c3a, 0x3e45798ee2308c3a, 0x0000000000000000),
    (0x3fb999999999999a, 0x3fb999999999999a, 0x0000000000000000),
    (0xbfb999999999999a, 0xbfb999999999999a, 0x8000000000000000),
    (0x3fd0000000000000, 0x3fd0000000000000, 0x0000000000000000),
    (0x3fe0000000000000, 0x3fe0000000000000, 0x0000000000000000),
    (0xbfe0000000000000, 0xbfe0000000000000, 0x8000000000000000),
    (0x3fe6666666666666, 0x3fe6666666666666, 0x0000000000000000),
    (0x3fefae147ae147ae, 0x3fefae147ae147ae, 0x0000000000000000),
    (0xbfefae147ae147ae, 0xbfefae147ae147ae, 0x8000000000000000),
    (0x3fefffffffffffff, 0x3fefffffffffffff, 0x0000000000000000),
    (0xbfefffffffffffff, 0xbfefffffffffffff, 0x8000000000000000),
    (0x3ff0000000000000, 0x0000000000000000, 0x3ff0000000000000),
    (0xbff0000000000000, 0x8000000000000000, 0xbff0000000000000),
    (0x3ff0000000000001, 0x3cb0000000000000, 0x3ff0000000000000),
    (0x3ff004189374bc6a, 0x3f50624dd2f1a800, 0x3ff0000000000000),
    (0xbff004189374bc6a, 0xbf50624dd2f1a800, 0xbff0000000000000),
    (0x3ff8000000000000, 0x3fe0000000000000, 0x3ff0000000000000),
    (0x4000000000000000, 0x0000000000000000, 0x4000000000000000),
    (0xc000000000000000, 0x8000000000000000, 0xc000000000000000),
    (0x4004000000000000, 0x3fe0000000000000, 0x4000000000000000),
    (0xc004000000000000, 0xbfe0000000000000, 0xc000000000000000),
    (0x4008000000000000, 0x0000000000000000, 0x4008000000000000),
    (0x4005bf0a8b145769, 0x3fe6fc2a2c515da4, 0x4000000000000000),
    (0x400921fb54442d18, 0x3fc21fb54442d180, 0x4008000000000000),
    (0xc00921fb54442d18, 0xbfc21fb54442d180, 0xc008000000000000),
    (0x4014000000000000, 0x0000000000000000, 0x4014000000000000),
    (0x4016000000000000, 0x3fe0000000000000, 0x4014000000000000),
    (0x401e000000000000, 0x3fe0000000000000, 0x401c000000000000),
    (0x4024000000000000, 0x0000000000000000, 0x4024000000000000),
    (0xc024000000000000, 0x8000000000000000, 0xc024000000000000),
    (0x4034000000000000, 0x0000000000000000, 0x4034000000000000),
    (0x4036800000000000, 0x3fe0000000000000, 0x4036000000000000),
    (0x4037000000000000, 0x0000000000000000, 0x4037000000000000),
    (0x4038000000000000, 0x0000000000000000, 0x4038000000000000),
    (0x403b000000000000, 0x0000000000000000, 0x403b000000000000),
    (0x403e000000000000, 0x0000000000000000, 0x403e000000000000),
    (0xc03e000000000000, 0x8000000000000000, 0xc03e000000000000),
    (0x4059000000000000, 0x0000000000000000, 0x4059000000000000),
    (0xc059200000000000, 0xbfe0000000000000, 0xc059000000000000),
    (0x4061900000000000, 0x3fe0000000000000, 0x4061800000000000),
    (0x4065500000000000, 0x3fe0000000000000, 0x4065400000000000),
    (0x4065600000000000, 0x0000000000000000, 0x4065600000000000),
    (0x4065700000000000, 0x3fe0000000000000, 0x4065600000000000),
    (0x4065800000000000, 0x0000000000000000, 0x4065800000000000),
    (0xc065500000000000, 0xbfe0000000000000, 0xc065400000000000),
    (0xc065700000000000, 0xbfe0000000000000, 0xc065600000000000),
    (0xc069100000000000, 0xbfe0000000000000, 0xc069000000000000),
    (0x4069000000000000, 0x0000000000000000, 0x4069000000000000),
    (0x4069200000000000, 0x0000000000000000, 0x4069200000000000),
    (0x4085e00000000000, 0x0000000000000000, 0x4085e00000000000),
    (0x40862e3d70a3d70a, 0x3fe8f5c28f5c2800, 0x4086280000000000),
    (0x4086300000000000, 0x0000000000000000, 0x4086300000000000),
    (0xc087480000000000, 0x8000000000000000, 0xc087480000000000),
    (0xc087500000000000, 0x8000000000000000, 0xc087500000000000),
    (0x408f400000000000, 0x0000000000000000, 0x408f400000000000),
    (0x408ffc0000000000, 0x3fe0000000000000, 0x408ff80000000000),
    (0x4090000000000000, 0x0000000000000000, 0x4090000000000000),
    (0xc090c80000000000, 0x8000000000000000, 0xc090c80000000000),
    (0xc090cc0000000000, 0x8000000000000000, 0xc090cc0000000000),
    (0x40f86a0000000000, 0x0000000000000000, 0x40f86a0000000000),
    (0x4202a05f20000000, 0x0000000000000000, 0x4202a05f20000000),
    (0x4341c37937e08000, 0x0000000000000000, 0x4341c37937e08000),
    (0x4480f0cf064dd592, 0x0000000000000000, 0x4480f0cf064dd592),
    (0x7e37e43c8800759c, 0x0000000000000000, 0x7e37e43c8800759c),
    (0xfe37e43c8800759c, 0x8000000000000000, 0xfe37e43c8800759c),
    (0x7fefffffffffffff, 0x0000000000000000, 0x7fefffffffffffff),
    (0xffefffffffffffff, 0x8000000000000000, 0xffefffffffffffff),
    (0x7ff0000000000000, 0x0000000000000000, 0x7ff0000000000000),
    (0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000),
    (0x7ff8000000000000, 0x7ff8000000000000, 0x7ff8000000000000),
    (0x3fd5614b52a1ff60, 0x3fd5614b52a1ff60, 0x0000000000000000),
    (0xc006e3dde81c611a, 0xbfeb8f77a0718468, 0xc000000000000000),
    (0xbfa02b02ee0fb000, 0xbfa02b02ee0fb000, 0x8000000000000000),
    (0x3ffd303a720dc354, 0x3fea6074e41b86a8, 0x3ff0000000000000),
    (0xbfe6115c742a0e00, 0xbfe6115c742a0e00, 0x8000000000000000),
    (0x3fe40e2eabc64188, 0x3fe40e2eabc64188, 0x0000000000000000),
    (0xc00129af57352e7a, 0xbfc29af57352e7a0, 0xc000000000000000),
    (0xc00b6e13f944b2f0, 0xbfdb709fca259780, 0xc008000000000000),
    (0xbffa930204ed2adc, 0xbfe5260409da55b8, 0xbff0000000000000),
    (0x400fcc6550dc798e, 0x3fef31954371e638, 0x4008000000000000),
    (0xc009618d7bcf67c2, 0xbfc618d7bcf67c20, 0xc008000000000000),
    (0xc003fdde020c5d86, 0xbfdfeef01062ec30, 0xc000000000000000),
    (0xc2941ca617f35925, 0xbfd2500000000000, 0xc2941ca617f35800),
    (0xc262189d5616b51f, 0xbfe51f0000000000, 0xc262189d5616a000),
    (0xc3e142fe724bc4b0, 0x8000000000000000, 0xc3e142fe724bc4b0),
    (0x3e85c7e8bd42a94b, 0x3e85c7e8bd42a94b, 0x0000000000000000),
    (0x3c736219d2c79266, 0x3c736219d2c79266, 0x0000000000000000),
    (0x3f90be2256ab932f, 0x3f90be2256ab932f, 0x0000000000000000),
    (0xc0f6102a2866a825, 0xbfe450cd504a0000, 0xc0f6102000000000),
    (0x409358ecebfcd27d, 0x3fcd9d7f9a4fa000, 0x4093580000000000),
    (0x3fef68bbd36d0c75, 0x3fef68bbd36d0c75, 0x0000000000000000),
    (0x3ca8b6571c4bd6e1, 0x3ca8b6571c4bd6e1, 0x0000000000000000),
    (0xbeb42ec2343c9a71, 0xbeb42ec2343c9a71, 0x8000000000000000),
    (0x3f6379b00b8f631b, 0x3f6379b00b8f631b, 0x0000000000000000),
];

/// `math.ldexp(x, i)`.
#[rustfmt::skip]
const CPYTHON_LDEXP: &[(u64, i64, R)] = &[
    (0x0000000000000000, 0, F(0x0000000000000000)),
    (0x0000000000000000, 1, F(0x0000000000000000)),
    (0x0000000000000000, -1, F(0x0000000000000000)),
    (0x0000000000000000, 1023, F(0x0000000000000000)),
    (0x0000000000000000, 1024, F(0x0000000000000000)),
    (0x0000000000000000, -1075, F(0x0000000000000000)),
    (0x0000000000000000, 2000, F(0x0000000000000000)),
    (0x0000000000000000, -2000, F(0x0000000000000000)),
    (0x0000000000000000, 2147483648, F(0x0000000000000000)),
    (0x0000000000000000, -2147483649, F(0x0000000000000000)),
    (0x8000000000000000, 0, F(0x8000000000000000)),
    (0x8000000000000000, 1, F(0x8000000000000000)),
    (0x8000000000000000, -1, F(0x8000000000000000)),
    (0x8000000000000000, 1023, F(0x8000000000000000)),
    (0x8000000000000000, 1024, F(0x8000000000000000)),
    (0x8000000000000000, -1075, F(0x8000000000000000)),
    (0x8000000000000000, 2000, F(0x8000000000000000)),
    (0x8000000000000000, -2000, F(0x8000000000000000)),
    (0x8000000000000000, 2147483648, F(0x8000000000000000)),
    (0x8000000000000000, -2147483649, F(0x8000000000000000)),
    (0x0000000000000001, 0, F(0x0000000000000001)),
    (0x0000000000000001, 1, F(0x0000000000000002)),
    (0x0000000000000001, -1, F(0x0000000000000000)),
    (0x0000000000000001, 1023, F(0x3cc0000000000000)),
    (0x0000000000000001, 1024, F(0x3cd0000000000000)),
    (0x0000000000000001, -1075, F(0x0000000000000000)),
    (0x0000000000000001, 2000, F(0x79d0000000000000)),
    (0x0000000000000001, -2000, F(0x0000000000000000)),
    (0x0000000000000001, 2147483648, E("OverflowError: math range error")),
    (0x0000000000000001, -2147483649, F(0x0000000000000000)),
    (0x3fe0000000000000, 0, F(0x3fe0000000000000)),
    (0x3fe0000000000000, 1, F(0x3ff0000000000000)),
    (0x3fe0000000000000, -1, F(0x3fd0000000000000)),
    (0x3fe0000000000000, 1023, F(0x7fd0000000000000)),
    (0x3fe0000000000000, 1024, F(0x7fe0000000000000)),
    (0x3fe0000000000000, -1075, F(0x0000000000000000)),
    (0x3fe0000000000000, 2000, E("OverflowError: math range error")),
    (0x3fe0000000000000, -2000, F(0x0000000000000000)),
    (0x3fe0000000000000, 2147483648, E("OverflowError: math range error")),
    (0x3fe0000000000000, -2147483649, F(0x0000000000000000)),
    (0xbff0000000000000, 0, F(0xbff0000000000000)),
    (0xbff0000000000000, 1, F(0xc000000000000000)),
    (0xbff0000000000000, -1, F(0xbfe0000000000000)),
    (0xbff0000000000000, 1023, F(0xffe0000000000000)),
    (0xbff0000000000000, 1024, E("OverflowError: math range error")),
    (0xbff0000000000000, -1075, F(0x8000000000000000)),
    (0xbff0000000000000, 2000, E("OverflowError: math range error")),
    (0xbff0000000000000, -2000, F(0x8000000000000000)),
    (0xbff0000000000000, 2147483648, E("OverflowError: math range error")),
    (0xbff0000000000000, -2147483649, F(0x8000000000000000)),
    (0x3ff0000000000000, 0, F(0x3ff0000000000000)),
    (0x3ff0000000000000, 1, F(0x4000000000000000)),
    (0x3ff0000000000000, -1, F(0x3fe0000000000000)),
    (0x3ff0000000000000, 1023, F(0x7fe0000000000000)),
    (0x3ff0000000000000, 1024, E("OverflowError: math range error")),
    (0x3ff0000000000000, -1075, F(0x0000000000000000)),
    (0x3ff0000000000000, 2000, E("OverflowError: math range error")),
    (0x3ff0000000000000, -2000, F(0x0000000000000000)),
    (0x3ff0000000000000, 2147483648, E("OverflowError: math range error")),
    (0x3ff0000000000000, -2147483649, F(0x0000000000000000)),
    (0x3ff8000000000000, 0, F(0x3ff8000000000000)),
    (0x3ff8000000000000, 1, F(0x4008000000000000)),
    (0x3ff8000000000000, -1, F(0x3fe8000000000000)),
    (0x3ff8000000000000, 1023, F(0x7fe8000000000000)),
    (0x3ff8000000000000, 1024, E("OverflowError: math range error")),
    (0x3ff8000000000000, -1075, F(0x0000000000000001)),
    (0x3ff8000000000000, 2000, E("OverflowError: math range error")),
    (0x3ff8000000000000, -2000, F(0x0000000000000000)),
    (0x3ff8000000000000, 2147483648, E("OverflowError: math range error")),
    (0x3ff8000000000000, -2147483649, F(0x0000000000000000)),
    (0xc000000000000000, 0, F(0xc000000000000000)),
    (0xc000000000000000, 1, F(0xc010000000000000)),
    (0xc000000000000000, -1, F(0xbff0000000000000)),
    (0xc000000000000000, 1023, E("OverflowError: math range error")),
    (0xc000000000000000, 1024, E("OverflowError: math range error")),
    (0xc000000000000000, -1075, F(0x8000000000000001)),
    (0xc000000000000000, 2000, E("OverflowError: math range error")),
    (0xc000000000000000, -2000, F(0x8000000000000000)),
    (0xc000000000000000, 2147483648, E("OverflowError: math range error")),
    (0xc000000000000000, -2147483649, F(0x8000000000000000)),
    (0x4008000000000000, 0, F(0x4008000000000000)),
    (0x4008000000000000, 1, F(0x4018000000000000)),
    (0x4008000000000000, -1, F(0x3ff8000000000000)),
    (0x4008000000000000, 1023, E("OverflowError: math range error")),
    (0x4008000000000000, 1024, E("OverflowError: math range error")),
    (0x4008000000000000, -1075, F(0x0000000000000002)),
    (0x4008000000000000, 2000, E("OverflowError: math range error")),
    (0x4008000000000000, -2000, F(0x0000000000000000)),
    (0x4008000000000000, 2147483648, E("OverflowError: math range error")),
    (0x4008000000000000, -2147483649, F(0x0000000000000000)),
    (0x3fd5555555555555, 0, F(0x3fd5555555555555)),
    (0x3fd5555555555555, 1, F(0x3fe5555555555555)),
    (0x3fd5555555555555, -1, F(0x3fc5555555555555)),
    (0x3fd5555555555555, 1023, F(0x7fc5555555555555)),
    (0x3fd5555555555555, 1024, F(0x7fd5555555555555)),
    (0x3fd5555555555555, -1075, F(0x0000000000000000)),
    (0x3fd5555555555555, 2000, E("OverflowError: math range error")),
    (0x3fd5555555555555, -2000, F(0x0000000000000000)),
    (0x3fd5555555555555, 2147483648, E("OverflowError: math range error")),
    (0x3fd5555555555555, -2147483649, F(0x0000000000000000)),
    (0xc01d000000000000, 0, F(0xc01d000000000000)),
    (0xc01d000000000000, 1, F(0xc02d000000000000)),
    (0xc01d000000000000, -1, F(0xc00d000000000000)),
    (0xc01d000000000000, 1023, E("OverflowError: math range error")),
    (0xc01d000000000000, 1024, E("OverflowError: math range error")),
    (0xc01d000000000000, -1075, F(0x8000000000000004)),
    (0xc01d000000000000, 2000, E("OverflowError: math range error")),
    (0xc01d000000000000, -2000, F(0x8000000000000000)),
    (0xc01d000000000000, 2147483648, E("OverflowError: math range error")),
    (0xc01d000000000000, -2147483649, F(0x8000000000000000)),
    (0x01a56e1fc2f8f359, 0, F(0x01a56e1fc2f8f359)),
    (0x01a56e1fc2f8f359, 1, F(0x01b56e1fc2f8f359)),
    (0x01a56e1fc2f8f359, -1, F(0x01956e1fc2f8f359)),
    (0x01a56e1fc2f8f359, 1023, F(0x41956e1fc2f8f359)),
    (0x01a56e1fc2f8f359, 1024, F(0x41a56e1fc2f8f359)),
    (0x01a56e1fc2f8f359, -1075, F(0x0000000000000000)),
    (0x01a56e1fc2f8f359, 2000, F(0x7ea56e1fc2f8f359)),
    (0x01a56e1fc2f8f359, -2000, F(0x0000000000000000)),
    (0x01a56e1fc2f8f359, 2147483648, E("OverflowError: math range error")),
    (0x01a56e1fc2f8f359, -2147483649, F(0x0000000000000000)),
    (0x7e37e43c8800759c, 0, F(0x7e37e43c8800759c)),
    (0x7e37e43c8800759c, 1, F(0x7e47e43c8800759c)),
    (0x7e37e43c8800759c, -1, F(0x7e27e43c8800759c)),
    (0x7e37e43c8800759c, 1023, E("OverflowError: math range error")),
    (0x7e37e43c8800759c, 1024, E("OverflowError: math range error")),
    (0x7e37e43c8800759c, -1075, F(0x3b07e43c8800759c)),
    (0x7e37e43c8800759c, 2000, E("OverflowError: math range error")),
    (0x7e37e43c8800759c, -2000, F(0x0137e43c8800759c)),
    (0x7e37e43c8800759c, 2147483648, E("OverflowError: math range error")),
    (0x7e37e43c8800759c, -2147483649, F(0x0000000000000000)),
    (0x7fefffffffffffff, 0, F(0x7fefffffffffffff)),
    (0x7fefffffffffffff, 1, E("OverflowError: math range error")),
    (0x7fefffffffffffff, -1, F(0x7fdfffffffffffff)),
    (0x7fefffffffffffff, 1023, E("OverflowError: math range error")),
    (0x7fefffffffffffff, 1024, E("OverflowError: math range error")),
    (0x7fefffffffffffff, -1075, F(0x3cbfffffffffffff)),
    (0x7fefffffffffffff, 2000, E("OverflowError: math range error")),
    (0x7fefffffffffffff, -2000, F(0x02efffffffffffff)),
    (0x7fefffffffffffff, 2147483648, E("OverflowError: math range error")),
    (0x7fefffffffffffff, -2147483649, F(0x0000000000000000)),
    (0x7ff0000000000000, 0, F(0x7ff0000000000000)),
    (0x7ff0000000000000, 1, F(0x7ff0000000000000)),
    (0x7ff0000000000000, -1, F(0x7ff0000000000000)),
    (0x7ff0000000000000, 1023, F(0x7ff0000000000000)),
    (0x7ff0000000000000, 1024, F(0x7ff0000000000000)),
    (0x7ff0000000000000, -1075, F(0x7ff0000000000000)),
    (0x7ff0000000000000, 2000, F(0x7ff0000000000000)),
    (0x7ff0000000000000, -2000, F(0x7ff0000000000000)),
    (0x7ff0000000000000, 2147483648, F(0x7ff0000000000000)),
    (0x7ff0000000000000, -2147483649, F(0x7ff0000000000000)),
    (0xfff0000000000000, 0, F(0xfff0000000000000)),
    (0xfff0000000000000, 1, F(0xfff0000000000000)),
    (0xfff0000000000000, -1, F(0xfff0000000000000)),
    (0xfff0000000000000, 1023, F(0xfff0000000000000)),
    (0xfff0000000000000, 1024, F(0xfff0000000000000)),
    (0xfff0000000000000, -1075, F(0xfff0000000000000)),
    (0xfff0000000000000, 2000, F(0xfff0000000000000)),
    (0xfff0000000000000, -2000, F(0xfff0000000000000)),
    (0xfff0000000000000, 2147483648, F(0xfff0000000000000)),
    (0xfff0000000000000, -2147483649, F(0xfff0000000000000)),
    (0x7ff8000000000000, 0, F(0x7ff8000000000000)),
    (0x7ff8000000000000, 1, F(0x7ff8000000000000)),
    (0x7ff8000000000000, -1, F(0x7ff8000000000000)),
    (0x7ff8000000000000, 1023, F(0x7ff8000000000000)),
    (0x7ff8000000000000, 1024, F(0x7ff8000000000000)),
    (0x7ff8000000000000, -1075, F(0x7ff8000000000000)),
    (0x7ff8000000000000, 2000, F(0x7ff8000000000000)),
    (0x7ff8000000000000, -2000, F(0x7ff8000000000000)),
    (0x7ff8000000000000, 2147483648, F(0x7ff8000000000000)),
    (0x7ff8000000000000, -2147483649, F(0x7ff8000000000000)),
];

/// `math.isclose(a, b, rel_tol=r, abs_tol=t)`.
#[rustfmt::skip]
const CPYTHON_ISCLOSE: &[(f64, f64, f64, f64, R)] = &[
    (1.0, 1.0, 1e-09, 0.0, B(true)),
    (1.0, 1.0000000001, 1e-09, 0.0, B(true)),
    (1.0, 1.000000002, 1e-09, 0.0, B(false)),
    (0.0, 1e-10, 1e-09, 0.0, B(false)),
    (0.0, 1e-10, 1e-09, 1e-09, B(true)),
    (f64::INFINITY, f64::INFINITY, 1e-09, 0.0, B(true)),
    (f64::INFINITY, f64::NEG_INFINITY, 1e-09, 0.0, B(false)),
    (f64::NAN, f64::NAN, 1e-09, 0.0, B(false)),
    (1e+308, f64::INFINITY, 1e-09, 0.0, B(false)),
    (1.0, 2.0, 0.5, 0.0, B(true)),
    (1.0, 2.0, 0.4, 0.0, B(false)),
    (1.0, 2.0, -1.0, 0.0, E("ValueError: tolerances must be non-negative")),
    (1.0, 2.0, 1e-09, -1.0, E("ValueError: tolerances must be non-negative")),
];

/// `math.fsum(s)`, `math.hypot(*s)`.
#[rustfmt::skip]
const CPYTHON_SEQ: &[(&[u64], R, R)] = &[
    (&[], F(0x0000000000000000), F(0x0000000000000000)),
    (&[0x3ff0000000000000], F(0x3ff0000000000000), F(0x3ff0000000000000)),
    (&[0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a, 0x3fb999999999999a], F(0x3ff0000000000000), F(0x3fd43d136248490f)),
    (&[0x54b249ad2594c37d, 0x3ff0000000000000, 0xd4b249ad2594c37d, 0x2b2bff2ee48e0530, 0x4a511b0ec57e649a, 0xbff0000000000000, 0xca511b0ec57e649a], F(0x2b2bff2ee48e0530), F(0x54b9dce3e3d94c83)),
    (&[0x4341c37937e08000, 0x3ff0000000000000, 0x3c9cd2b297d889bc], F(0x4341c37937e08001), F(0x4341c37937e08000)),
    (&[0x3c9cd2b297d889bc, 0x3ff0000000000000, 0x4341c37937e08000], F(0x4341c37937e08001), F(0x4341c37937e08000)),
    (&[0x7fefffffffffffff, 0x7fefffffffffffff], E("OverflowError: intermediate overflow in fsum"), F(0x7ff0000000000000)),
    (&[0x7ff0000000000000, 0x3ff0000000000000], F(0x7ff0000000000000), F(0x7ff0000000000000)),
    (&[0x7ff0000000000000, 0xfff0000000000000], E("ValueError: -inf + inf in fsum"), F(0x7ff0000000000000)),
    (&[0x7ff8000000000000, 0x3ff0000000000000], F(0x7ff8000000000000), F(0x7ff8000000000000)),
    (&[0x8000000000000000, 0x8000000000000000], F(0x0000000000000000), F(0x0000000000000000)),
    (&[0x8000000000000000], F(0x0000000000000000), F(0x0000000000000000)),
    (&[0x4340000000000000, 0xbfe0000000000000, 0xbc90000000000000], F(0x433fffffffffffff), F(0x4340000000000000)),
    (&[0x4340000000000000, 0x3ff0000000000000, 0x39b0000000000000], F(0x4340000000000001), F(0x4340000000000000)),
    (&[0x0000000000000001, 0x0000000000000001, 0x800012688b70e62b], F(0x800012688b70e629), F(0x000012688b70e62b)),
    (&[0x3ff0000000000000, 0xbff0000000000000, 0x01a56e1fc2f8f359], F(0x01a56e1fc2f8f359), F(0x3ff6a09e667f3bcd)),
    (&[0xbc56e995d2be5678, 0x3e377dc7a4d94aca, 0xbe8f43690dc51f57, 0x3df68b0509bbcd0f, 0xbbca3de92f3494e8, 0x3f0662de20d7b45e, 0xbdf180ac0e744dbd, 0xc0ab1c44c4ee1ffc, 0xbe011e9d2ad29ae9, 0xbe86bd88c74c3d8a, 0x402124dcd1d76871, 0xbead0312b705374e, 0xbf01d7da2f8181b1, 0x3e8b76afa49513b5, 0xbd690e0bb836b46c, 0x3dcce54f68db5038, 0x3e40e95d8b839589, 0x3c6021e22208002a, 0x3d9bcb76be337744, 0x4373c8348264c451, 0x415d09a8179ba565, 0x3e414caa1d7fb749, 0x4122ab50c29adbf9, 0xbc29f5c4f8485610, 0xbd676ca798d22c35, 0x3e065568f3d358f0, 0xbda5fb783991ad63, 0xbf61930789aef829, 0x3c2a8b21fcb1c12b, 0x3fe254af10e73346, 0x41257af36a4ec0ae, 0xc1f74fa588f0cbee, 0xc234118cc333f25d, 0x3c3d96dcef6d5822, 0x3e8d21a6608184a1, 0x3f4bef10331a8ca8, 0xbfe254a37ad128e2, 0xbbf6536fad309af3, 0x434149e504a4461d, 0xbe04bc60ab916c2d, 0x42882ba7c86dc107, 0xbccc2cbc791b59a2, 0xbeaae52cddbf8eb0, 0x429c64c3ba887ba0, 0x3cc7fbd450170073, 0xbe25987d2472a417, 0x3ce3b1a0c695e4e8, 0x424846db8a9fbe26, 0xbd309d0f7233823f, 0xbc3ff0cf10b883ab], F(0x4375f214bdd34a6e), F(0x4373e655a60e2e07)),
    (&[0xbff9c5702e8a1d97, 0xbfbdf7019c66829f, 0x3f918d1deb8e2a57, 0xbfbaefb6446ec60d, 0xbfc66b9de9ded414, 0x3f9570b68107e6dc, 0x3ff7c3391024ea83, 0xbfd557062a10215a, 0xbfb2181b3e980be6, 0x3fe4991447e927e5, 0xbfea92956744e2fb, 0xbff72679696bff06, 0x4002ffe727c6964a, 0x3fc38c80d707e426, 0x3fcedaae4a4f9ac5, 0x3fe32c4d23ac04c1, 0x3ffdc80a378a9916, 0xbff9129929c06309, 0x3fe05161e151585b, 0xbfe84aac6e064c68, 0x3fc6a4d197ae1187, 0xbfe14faddccdf83c, 0xbff17654b784f141, 0x3fd9bae38b34423a, 0xbfde036d5e259a7b, 0xbfea0d8de4424290, 0x3ff0c2b00a8b24d4, 0xbfe7eb346df7b751, 0x3fe20f1f58b0da3a, 0x3fe1315308663f31, 0xbff3ad07369ff568, 0x3fcaac0133e65e92, 0x3fcf5ef1d50925ed, 0xbfdf498d195ce556, 0x3ff07a53ff7db91f, 0xbfd852851eea3639, 0xbfabc3ecb9d428ea, 0xbf83e5e1ae11080d, 0xbfda63dda6785ee5, 0x3ff3d7ee37e3ba38, 0x3fcc43c22ded2e9a, 0x3feecf68cf6d7db2, 0x3ff6c707aad43070, 0xbff076271c203453, 0x3ff1b3dc898270de, 0xbfe529f153aa8daf, 0xbfc6aa52952ed567, 0xc00168e315f481c7, 0xbff07363a23152db, 0x3ff8348a69288b7d, 0xbfe74268c6b24d1f, 0xbfd18b4783a6f9f7, 0xbfe22991004e63a5, 0x3fe0c3d7086336f8, 0x3ff82bdc9c2a3752, 0xbfc37b7cfa4001f3, 0xbfe1090cea4434c3, 0x3fe31e0cdbb4cd48, 0xc00206d98ccc1ec7, 0x3ff538e430ea59fd, 0x3fe14c32a5550eac, 0x3fd408aee5e5bc1c, 0x3fd3784244b618dc, 0x3fd6127770d6970b, 0xbff08036b7577c09, 0x3fe076d2317e34b1, 0x3fd753ad6564264c, 0xc004f758f354d2df, 0x3fe6ee96e6034aca, 0xbff309340ff0a743, 0x3fe0e443d03949a9, 0x3faca10fa64f6c31, 0xbfd44ba9040f0c7c, 0x3fd04f0c7c5943a8, 0xbfd2d127782be2d5, 0xbfebb678a25a2d9c, 0xbfebf18074929132, 0x3fb21a6cd43e6362, 0xbff9cb0cfa51a705, 0x3fe38d98d3c7bb10, 0x3fe17cb9d77daf3f, 0xbfb57832763cb32a, 0x3febaeb4432d26dd, 0x3fde7d1fc6f74a5d, 0x3fbe8f082b0d3a39, 0xc00337eb0df61295, 0xc0019315194a2bbd, 0x3ffacb5b73c740f0, 0xbffbbab9ddf1f40b, 0x3fc4121ee8ce97e2, 0xbfec38af6f543450, 0x3fe708579f0fee40, 0x3fce1dd254ac11f9, 0xbfec0d3944bafbce, 0x3fbbce3e90ecc987, 0xbfd87b5dac4e88dc, 0x3fd0cbeeb61bdd4d, 0x3f9098f57a391ab9, 0xbfc9960bf8f096ad, 0xbff84284b068a4f1, 0x40029dd5d9b29c2f, 0xbff4044b40e781eb, 0xbfb048c75c629231, 0x3ffcc0a0a9a21e8a, 0x3ff01fa3bfc1c641, 0xbfebff77b70eaaf7, 0x3ff4ef0ccbc2cc33, 0xbffa0cf43c3bba77, 0xbfe78ceaa327394b, 0x3fdb5f3fbdeccd64, 0x3fcfb966524ac3ce, 0x3fb361f17efa5c50, 0xc0014046a1efc99d, 0xbfff86dee9ae6529, 0x3ff02721c8c2fe55, 0xbfbdadbb14c023e2, 0x3ff0c28587f40dc1, 0x3fb380e11ad33750, 0xbfe2ea46eb90b3e2, 0xbfe0f9d7772e78da, 0xbffb208fd0cfed1a, 0x3ff7c5123b1ca46b, 0xbff8c532f6706bed, 0x3fee900d49b056ae, 0xbfcafe01096f6fca, 0x3ffd4cf7eade528b, 0x3ffc319be5c23129, 0x3fdca56bdd135fbd, 0xbfeef1474884bbcd, 0xbfdb6178d90c2577, 0x3fd8dcbadef3a136, 0xbfe1ba6a6284eed5, 0x3ff12ad9cfd5e96d, 0xbffa930b41e29a30, 0x3ff5ad4d6b1dd97d, 0xbfda527be955edf3, 0x3fe29f97846bfc49, 0xbfb4a97f222c5d4a, 0x3fc96de826f8d72c, 0x3fdb7e2eaaa2ec29, 0x3fe914b8df119c6b, 0x3fb90ef30c853727, 0xbfe4ad18bd889ffe, 0x3fc48fd600f1c7be, 0xbff9f539f64067f2, 0x3fe540faa7dc20aa, 0xbfe685517399a4d4, 0xbfeb3e2c1c3872e8, 0xbfd274e1cef84961, 0x3f8ebcc40f3feb4e, 0x40020ca886d201e9, 0x3ffdd8539a32e5a9, 0x3fd8f157bed1063e, 0xbfcad10bbd90f288, 0x3fec77d4448bcf73, 0xbfe307fe38d85f78, 0xbfe70f3ab0881619, 0xbfe933582a4f75cc, 0x3fa15302c3297f77, 0xbfeb69a880d6dc85, 0xbfe0ba847b616ffe, 0x3fd3eee013d9cfe9, 0x3fd0c1226b4266c4, 0xbfe3f54b3e46f9de, 0xbfe608456e5060ae, 0xbff041817a0ef011, 0x3fed03bca96525fc, 0x3ffee3b3320a6346, 0xbfda59143db6fd72, 0xbfe8d20f2298ac4a, 0x3ffe0065ca939fad, 0x3ff6698a568186ce, 0xbfe850f1388cf0ae, 0xbfba1dcf11a96444, 0x3fd91de8439e43d2, 0xbff578c4e01c3050, 0x3ff281c2a8aa1d45, 0xbffa46ed5a3f50a2, 0x3fc9ebf270439aa9, 0x3ff267d4f879df76, 0xbff16b420decfa31, 0x3fe97965ee4d076d, 0xbfdd80ab4695457e, 0x3fe7348ff863886f, 0xbfd8232dec47b1db, 0xbfd7a78947ddd022, 0xbfd3fae254ca7885, 0xbf50fd92c874d02e, 0xbfc21265e73f8e74, 0x3f897b4025b08063, 0xbfeaf6d2f4c60f8f, 0xbfdd20f5a18f71b5, 0xbff55c348c4e6a4f, 0xbfff75d3a398ff99, 0x3ff70127ff231d2b, 0xbfd07415f4db6157, 0xbfe707a6e0e10a0b, 0xbfd3325e4464a4ce, 0xbff8d62930369115, 0x3fc89fc1da539ce9], F(0xc02949dc1a80e496), F(0x402c2a69a1e7a9a7)),
    (&[0x4008000000000000, 0x4010000000000000], F(0x401c000000000000), F(0x4014000000000000)),
    (&[0x7fe1ccf385ebc8a0, 0x7fe1ccf385ebc8a0], E("OverflowError: intermediate overflow in fsum"), F(0x7fe92c80954c51f5)),
    (&[0x000012688b70e62b, 0x000024d116e1cc56, 0x00003739a252b281], F(0x00006e7344a56502), F(0x000044e0ba479dcb)),
    (&[0xc008000000000000], F(0xc008000000000000), F(0x4008000000000000)),
    (&[0x3ff0000000000000, 0x4000000000000000, 0x4008000000000000, 0x4010000000000000, 0x4014000000000000], F(0x402e000000000000), F(0x401daa2fefaae1d8)),
    (&[0x7ff8000000000000, 0x7ff0000000000000], F(0x7ff8000000000000), F(0x7ff0000000000000)),
    (&[0x0000000000000000, 0x0000000000000000], F(0x0000000000000000), F(0x0000000000000000)),
    (&[0x0000000000000001, 0x00000000000007e8], F(0x00000000000007e9), F(0x00000000000007e8)),
];

/// `math.dist(p, q)`.
#[rustfmt::skip]
const CPYTHON_DIST: &[(&[u64], &[u64], R)] = &[
    (&[0x3ff0000000000000, 0x4000000000000000], &[0x4010000000000000, 0x4018000000000000], F(0x4014000000000000)),
    (&[0x0000000000000000, 0x0000000000000000, 0x0000000000000000], &[0x3ff0000000000000, 0x4000000000000000, 0x4000000000000000], F(0x4008000000000000)),
    (&[0x7fe1ccf385ebc8a0, 0xffe1ccf385ebc8a0], &[0xffe1ccf385ebc8a0, 0x7fe1ccf385ebc8a0], F(0x7ff0000000000000)),
    (&[0x3ff0000000000000], &[0x3ff0000000000000, 0x4000000000000000], E("ValueError: both points must have the same number of dimensions")),
    (&[0x7ff0000000000000, 0x3ff0000000000000], &[0x3ff0000000000000, 0x3ff0000000000000], F(0x7ff0000000000000)),
    (&[0x7ff8000000000000], &[0x3ff0000000000000], F(0x7ff8000000000000)),
    (&[], &[], F(0x0000000000000000)),
    (&[0x3fb999999999999a, 0x3fc999999999999a, 0x3fd3333333333333], &[0x3fd3333333333333, 0x3fc999999999999a, 0x3fb999999999999a], F(0x3fd21a1851ff630a)),
    (&[0x400b1c40a3bf4798, 0x400cc039fd38b73c, 0xc0116c41f70579e2, 0xbfccacedb36fb980, 0x3fc081be9696f700, 0x40096332b3f4b970, 0xc01aa7252f647a4d], &[0x3fd59c92d0207e40, 0x40201ba6167beab8, 0x3fea6cce1c27dcb0, 0xc0114633f62c081a, 0xc015fb5e17055811, 0xc00c6ad5badd3710, 0x3fd0df6061faf060], F(0x402c1e603f1c96a4)),
];

/// `math.factorial(n)`, `math.isqrt(n)`.
#[rustfmt::skip]
const CPYTHON_INT1: &[(i64, R, R)] = &[
    (-5, E("ValueError: factorial() not defined for negative values"), E("ValueError: isqrt() argument must be nonnegative")),
    (-1, E("ValueError: factorial() not defined for negative values"), E("ValueError: isqrt() argument must be nonnegative")),
    (0, I(1), I(0)),
    (1, I(1), I(1)),
    (2, I(2), I(1)),
    (3, I(6), I(1)),
    (5, I(120), I(2)),
    (10, I(3628800), I(3)),
    (20, I(2432902008176640000), I(4)),
    (21, E("OverflowError: integer result does not fit in 64 bits"), I(4)),
    (25, E("OverflowError: integer result does not fit in 64 bits"), I(5)),
    (34, E("OverflowError: integer result does not fit in 64 bits"), I(5)),
    (35, E("OverflowError: integer result does not fit in 64 bits"), I(5)),
    (61, E("OverflowError: integer result does not fit in 64 bits"), I(7)),
    (62, E("OverflowError: integer result does not fit in 64 bits"), I(7)),
    (66, E("OverflowError: integer result does not fit in 64 bits"), I(8)),
    (67, E("OverflowError: integer result does not fit in 64 bits"), I(8)),
    (68, E("OverflowError: integer result does not fit in 64 bits"), I(8)),
    (100, E("OverflowError: integer result does not fit in 64 bits"), I(10)),
    (1000, E("OverflowError: integer result does not fit in 64 bits"), I(31)),
    (2147483648, E("OverflowError: integer result does not fit in 64 bits"), I(46340)),
    (4611686018427387904, E("OverflowError: integer result does not fit in 64 bits"), I(2147483648)),
    (9223372036854775807, E("OverflowError: integer result does not fit in 64 bits"), I(3037000499)),
];
/// `math.comb(n, k)`, `math.perm(n, k)`.
#[rustfmt::skip]
const CPYTHON_COMB: &[(i64, i64, R, R)] = &[
    (-1, -1, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 0, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 1, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 2, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 5, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 20, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 33, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 34, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 62, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 66, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 67, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 68, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 1000, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 2147483648, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (-1, 9223372036854775807, E("ValueError: n must be a non-negative integer"), E("ValueError: n must be a non-negative integer")),
    (0, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (0, 0, I(1), I(1)),
    (0, 1, I(0), I(0)),
    (0, 2, I(0), I(0)),
    (0, 5, I(0), I(0)),
    (0, 20, I(0), I(0)),
    (0, 33, I(0), I(0)),
    (0, 34, I(0), I(0)),
    (0, 62, I(0), I(0)),
    (0, 66, I(0), I(0)),
    (0, 67, I(0), I(0)),
    (0, 68, I(0), I(0)),
    (0, 1000, I(0), I(0)),
    (0, 2147483648, I(0), I(0)),
    (0, 9223372036854775807, I(0), I(0)),
    (1, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (1, 0, I(1), I(1)),
    (1, 1, I(1), I(1)),
    (1, 2, I(0), I(0)),
    (1, 5, I(0), I(0)),
    (1, 20, I(0), I(0)),
    (1, 33, I(0), I(0)),
    (1, 34, I(0), I(0)),
    (1, 62, I(0), I(0)),
    (1, 66, I(0), I(0)),
    (1, 67, I(0), I(0)),
    (1, 68, I(0), I(0)),
    (1, 1000, I(0), I(0)),
    (1, 2147483648, I(0), I(0)),
    (1, 9223372036854775807, I(0), I(0)),
    (2, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (2, 0, I(1), I(1)),
    (2, 1, I(2), I(2)),
    (2, 2, I(1), I(2)),
    (2, 5, I(0), I(0)),
    (2, 20, I(0), I(0)),
    (2, 33, I(0), I(0)),
    (2, 34, I(0), I(0)),
    (2, 62, I(0), I(0)),
    (2, 66, I(0), I(0)),
    (2, 67, I(0), I(0)),
    (2, 68, I(0), I(0)),
    (2, 1000, I(0), I(0)),
    (2, 2147483648, I(0), I(0)),
    (2, 9223372036854775807, I(0), I(0)),
    (5, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (5, 0, I(1), I(1)),
    (5, 1, I(5), I(5)),
    (5, 2, I(10), I(20)),
    (5, 5, I(1), I(120)),
    (5, 20, I(0), I(0)),
    (5, 33, I(0), I(0)),
    (5, 34, I(0), I(0)),
    (5, 62, I(0), I(0)),
    (5, 66, I(0), I(0)),
    (5, 67, I(0), I(0)),
    (5, 68, I(0), I(0)),
    (5, 1000, I(0), I(0)),
    (5, 2147483648, I(0), I(0)),
    (5, 9223372036854775807, I(0), I(0)),
    (20, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (20, 0, I(1), I(1)),
    (20, 1, I(20), I(20)),
    (20, 2, I(190), I(380)),
    (20, 5, I(15504), I(1860480)),
    (20, 20, I(1), I(2432902008176640000)),
    (20, 33, I(0), I(0)),
    (20, 34, I(0), I(0)),
    (20, 62, I(0), I(0)),
    (20, 66, I(0), I(0)),
    (20, 67, I(0), I(0)),
    (20, 68, I(0), I(0)),
    (20, 1000, I(0), I(0)),
    (20, 2147483648, I(0), I(0)),
    (20, 9223372036854775807, I(0), I(0)),
    (33, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (33, 0, I(1), I(1)),
    (33, 1, I(33), I(33)),
    (33, 2, I(528), I(1056)),
    (33, 5, I(237336), I(28480320)),
    (33, 20, I(573166440), E("OverflowError: integer result does not fit in 64 bits")),
    (33, 33, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (33, 34, I(0), I(0)),
    (33, 62, I(0), I(0)),
    (33, 66, I(0), I(0)),
    (33, 67, I(0), I(0)),
    (33, 68, I(0), I(0)),
    (33, 1000, I(0), I(0)),
    (33, 2147483648, I(0), I(0)),
    (33, 9223372036854775807, I(0), I(0)),
    (34, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (34, 0, I(1), I(1)),
    (34, 1, I(34), I(34)),
    (34, 2, I(561), I(1122)),
    (34, 5, I(278256), I(33390720)),
    (34, 20, I(1391975640), E("OverflowError: integer result does not fit in 64 bits")),
    (34, 33, I(34), E("OverflowError: integer result does not fit in 64 bits")),
    (34, 34, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (34, 62, I(0), I(0)),
    (34, 66, I(0), I(0)),
    (34, 67, I(0), I(0)),
    (34, 68, I(0), I(0)),
    (34, 1000, I(0), I(0)),
    (34, 2147483648, I(0), I(0)),
    (34, 9223372036854775807, I(0), I(0)),
    (62, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (62, 0, I(1), I(1)),
    (62, 1, I(62), I(62)),
    (62, 2, I(1891), I(3782)),
    (62, 5, I(6471002), I(776520240)),
    (62, 20, I(9206478467454345), E("OverflowError: integer result does not fit in 64 bits")),
    (62, 33, I(409894288378212890), E("OverflowError: integer result does not fit in 64 bits")),
    (62, 34, I(349615716557887465), E("OverflowError: integer result does not fit in 64 bits")),
    (62, 62, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (62, 66, I(0), I(0)),
    (62, 67, I(0), I(0)),
    (62, 68, I(0), I(0)),
    (62, 1000, I(0), I(0)),
    (62, 2147483648, I(0), I(0)),
    (62, 9223372036854775807, I(0), I(0)),
    (66, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (66, 0, I(1), I(1)),
    (66, 1, I(66), I(66)),
    (66, 2, I(2145), I(4290)),
    (66, 5, I(8936928), I(1072431360)),
    (66, 20, I(40661170824914640), E("OverflowError: integer result does not fit in 64 bits")),
    (66, 33, I(7219428434016265740), E("OverflowError: integer result does not fit in 64 bits")),
    (66, 34, I(7007092303604022630), E("OverflowError: integer result does not fit in 64 bits")),
    (66, 62, I(720720), E("OverflowError: integer result does not fit in 64 bits")),
    (66, 66, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (66, 67, I(0), I(0)),
    (66, 68, I(0), I(0)),
    (66, 1000, I(0), I(0)),
    (66, 2147483648, I(0), I(0)),
    (66, 9223372036854775807, I(0), I(0)),
    (67, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (67, 0, I(1), I(1)),
    (67, 1, I(67), I(67)),
    (67, 2, I(2211), I(4422)),
    (67, 5, I(9657648), I(1158917760)),
    (67, 20, I(57963796707857040), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 33, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 34, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 62, I(9657648), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 66, I(67), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 67, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (67, 68, I(0), I(0)),
    (67, 1000, I(0), I(0)),
    (67, 2147483648, I(0), I(0)),
    (67, 9223372036854775807, I(0), I(0)),
    (68, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (68, 0, I(1), I(1)),
    (68, 1, I(68), I(68)),
    (68, 2, I(2278), I(4556)),
    (68, 5, I(10424128), I(1250895360)),
    (68, 20, I(82115378669464140), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 33, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 34, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 62, I(109453344), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 66, I(2278), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 67, I(68), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 68, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (68, 1000, I(0), I(0)),
    (68, 2147483648, I(0), I(0)),
    (68, 9223372036854775807, I(0), I(0)),
    (1000, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (1000, 0, I(1), I(1)),
    (1000, 1, I(1000), I(1000)),
    (1000, 2, I(499500), I(999000)),
    (1000, 5, I(8250291250200), I(990034950024000)),
    (1000, 20, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 33, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 34, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 62, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 66, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 67, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 68, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 1000, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (1000, 2147483648, I(0), I(0)),
    (1000, 9223372036854775807, I(0), I(0)),
    (2147483648, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (2147483648, 0, I(1), I(1)),
    (2147483648, 1, I(2147483648), I(2147483648)),
    (2147483648, 2, I(2305843008139952128), I(4611686016279904256)),
    (2147483648, 5, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 20, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 33, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 34, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 62, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 66, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 67, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 68, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 1000, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 2147483648, I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (2147483648, 9223372036854775807, I(0), I(0)),
    (9223372036854775807, -1, E("ValueError: k must be a non-negative integer"), E("ValueError: k must be a non-negative integer")),
    (9223372036854775807, 0, I(1), I(1)),
    (9223372036854775807, 1, I(9223372036854775807), I(9223372036854775807)),
    (9223372036854775807, 2, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 5, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 20, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 33, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 34, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 62, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 66, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 67, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 68, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 1000, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 2147483648, E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (9223372036854775807, 9223372036854775807, I(1), E("OverflowError: integer result does not fit in 64 bits")),
];
/// `math.gcd(*v)`, `math.lcm(*v)`.
#[rustfmt::skip]
const CPYTHON_GCD: &[(&[i64], R, R)] = &[
    (&[], I(0), I(1)),
    (&[0], I(0), I(0)),
    (&[5], I(5), I(5)),
    (&[-4, 6], I(2), I(12)),
    (&[12, 18, 27], I(3), I(108)),
    (&[0, 0], I(0), I(0)),
    (&[-9223372036854775808], E("OverflowError: integer result does not fit in 64 bits"), E("OverflowError: integer result does not fit in 64 bits")),
    (&[-9223372036854775808, 0], E("OverflowError: integer result does not fit in 64 bits"), I(0)),
    (&[4611686018427387904, 2305843009213693952], I(2305843009213693952), I(4611686018427387904)),
    (&[7, 0, -14], I(7), I(0)),
    (&[1099511627776, 3486784401], I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (&[3037000499, 3037000507], I(1), E("OverflowError: integer result does not fit in 64 bits")),
    (&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43], I(1), E("OverflowError: integer result does not fit in 64 bits")),
];

/// `math.<name>(x)` in a Numba-jitted function.
#[rustfmt::skip]
const NUMBA_MATH1: &[(&str, &str)] = &[
    ("acos", "\
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff0c152382d7366 4000c152382d7366 \
        3fc21df72882bfd8 4008001be1bc011b 0000000000000000 400921fb54442d18 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("acosh", "\
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 0000000000000000 fff8000000000000 3fa6e53acbcdeba2 3ff5124271980434 fff8000000000000 4007f21ed1ce05d4 \
        fff8000000000000 401060530345ac85 401759d3c8396c99 fff8000000000000 4017f740d804b32c 401d089d1096b506 fff8000000000000 4042c46ac7b13dfe \
        40859bbfd8b83e43 fff8000000000000 408633ce8fb9f87d 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("asin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0c152382d7366 bfe0c152382d7366 \
        3ff6de3c6f33d51d bff6de3c6f33d51d 3ff921fb54442d18 bff921fb54442d18 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("asinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdecc2caec5160a bfdecc2caec5160a \
        3febfa2424777c63 bfebfa2424777c63 3fec34366179d427 bfec34366179d427 3fec3a00eba5dff2 3ff719218313d087 bffa5b0f0be9dcf6 4007fc5c506d2bdb \
        c007fc5c506d2bdb 401060e4a5fbe5ca 401759d83d0e61ac c01759d83d0e61ac 4017f7441ee11091 401d089d5326d8df c01d3b431eb86db4 4042c46ac7b13dfe \
        40859bbfd8b83e43 c0859bbfd8b83e43 408633ce8fb9f87d 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("atan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fddac670561bb4f bfddac670561bb4f \
        3fe8f8d0f7321467 bfe8f8d0f7321467 3fe921fb54442d18 bfe921fb54442d18 3fe92613618ca084 3ff1b6e192ebbe44 bff30b6d796a4da8 3ff789bd2c160054 \
        bff789bd2c160054 3ff8997fbb8b19c0 3ff90a1940afe275 bff90a1940afe275 3ff90d807e2bc3c6 3ff91c367668c617 bff91c7dbb6e4f94 3ff921fb54442d18 \
        3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 7ff8000000000000 \
    "),
    ("atanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe193ea7aad030a bfe193ea7aad030a \
        40052c581997cd85 c0052c581997cd85 7ff0000000000000 fff0000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("cos", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fec1528065b7d50 3fec1528065b7d50 \
        3fe18ede09db07ee 3fe18ede09db07ee 3fe14a280fb5068c 3fe14a280fb5068c 3fe14342cd737ba8 bfdaa22657537205 bfe9a2f7ef858b7d bfead9ac890c6b1f \
        bfead9ac890c6b1f 3fc3be82f2505a52 bfd1e22e3db17478 bfd1e22e3db17478 3fdf2e1536cad6e8 3fefffffff063930 bfc05f27a5e297c6 bfe40991e398dbfc \
        bfe2699022adc4c1 bfe2699022adc4c1 bfefffe62ecfab75 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("cosh", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff20ac1862ae8d0 3ff20ac1862ae8d0 \
        3ff880a323a40720 3ff880a323a40720 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b5466aae5b2c 400e18fa0df2d9bc 40188776e4b30aa3 40c5829dd053712e \
        40c5829dd053712e 429370470aec28ed 4f557083399a257d 4f557083399a257d 51e73f60ea79f5b9 7fe3e21a464507fa 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("degrees", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 02032f6f0525cd6b 3c25236ef1b4e0fd 403ca5dc1a63c1f8 c03ca5dc1a63c1f8 \
        404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 404cad3192395c87 405ca5dc1a63c1f8 c061e7a9907e593b 4081e7a9907e593b \
        c081e7a9907e593b 409adb7e58bd85d8 40c3311cf3add472 c0c3311cf3add472 40c66193f49def8a 40e3dd001c4c2afd c0e4ded4d939accf 439fce3850e84149 \
        7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("erf", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a82e6d98711d3a 3bcaa4a230244ae0 3fe0a7ef5c18edd2 bfe0a7ef5c18edd2 \
        3fead50ee005845b bfead50ee005845b 3feaf767a741088b bfeaf767a741088b 3feafacd539c24de 3fefd9ae142795e3 bfeffcaa8f4c9bea 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
    ("erfc", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fdeb02147ce245c 3ff853f7ae0c76e9 \
        3fc4abc47fe9ee95 3ffd6a877002c22e 3fc4226162fbddd5 3ffd7bb3d3a08446 3fc414cab18f6c87 3f7328f5ec350e66 3ffffe5547a64df5 36a7d8a7f2a8a2d0 \
        4000000000000000 0000000000000000 0000000000000000 4000000000000000 0000000000000000 0000000000000000 4000000000000000 0000000000000000 \
        0000000000000000 4000000000000000 0000000000000000 0000000000000000 4000000000000000 7ff8000000000000 \
    "),
    ("exp", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ffa61298e1e069c 3fe368b2fc6f960a \
        400587a5f064dcf9 3fd7c7e999f9513c 4005bf0a8b145769 3fd78b56362cef38 4005c49c6b2c1310 401d8e64b8d4ddae 3fb50385c094f425 40d5829dcf950560 \
        3f07cd79b5647c9b 42a370470aec28ed 4f657083399a257d 3077e193226e335d 51f73f60ea79f5b9 7ff0000000000000 0000000000000000 7ff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
    "),
    ("expm1", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe4c2531c3c0d38 bfd92e9a0720d3ec \
        3ffb0f4be0c9b9f3 bfe41c0b33035762 3ffb7e151628aed2 bfe43a54e4e98864 3ffb8938d6582620 40198e64b8d4ddae bfed5f8f47ed617c 40d5825dcf950560 \
        bfefffa0ca192a6e 42a370470aec26ed 4f657083399a257e bff0000000000000 51f73f60ea79f5b9 7ff0000000000000 bff0000000000000 7ff0000000000000 \
        7ff0000000000000 bff0000000000000 7ff0000000000000 7ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
    ("fabs", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0000000000000 3fe0000000000000 \
        3fefae147ae147ae 3fefae147ae147ae 3ff0000000000000 3ff0000000000000 3ff004189374bc6a 4000000000000000 4004000000000000 4024000000000000 \
        4024000000000000 403e000000000000 4065700000000000 4065700000000000 4069000000000000 4086300000000000 4087500000000000 4341c37937e08000 \
        7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("gamma", "\
        7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 7e37e43c8800759b 4415af1d78b58c40 3ffc5bf891b4ef6b c00c5bf891b4ef6a \
        3ff0180d37888c2b c0591bf710b3dee3 3ff0000000000000 7ff8000000000000 3feffb4790355230 3ff0000000000000 bfee3ff812e32183 4116260000000000 \
        7ff8000000000000 465be6518687a785 7fe0e1863dcad789 0000238ee05c879e 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("lgamma", "\
        7ff0000000000000 7ff0000000000000 40874385446d71c3 40874385446d71c3 4085963447f87fb5 4047069e2aa2aa5b 3fe250d048e7a1bd 3ff43f89a3f0edd6 \
        3f77fb35b942e13b 40127028b03a6bad 0000000000000000 7ff0000000000000 bf42e323d3be7b7f 0000000000000000 bfaccbf9f5ed0f18 40299a8921a7f7d0 \
        7ff0000000000000 4051d07353917231 4086292532a8beaa c0864924e5c9d7d2 408acf7827e2ba8e 40aed9f2f87fa6fb 7ff0000000000000 4393e55d22961dfb \
        7ed017f38e7a1ab5 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("log", "\
        fff0000000000000 fff0000000000000 c0874385446d71c3 7ff8000000000000 c085963447f87fb5 c047069e2aa2aa5b bfe62e42fefa39ef 7ff8000000000000 \
        bf8495453e6fd4bc 7ff8000000000000 0000000000000000 7ff8000000000000 3f5060354f8c3cc4 3fe62e42fefa39ef 7ff8000000000000 40026bb1bbb55516 \
        7ff8000000000000 400b35a6f90bd69b 4014940da2c67c84 7ff8000000000000 4015317a1b949c53 401a42d4d1ff8154 7ff8000000000000 40426bb1bbb55516 \
        4085963447f87fb5 7ff8000000000000 40862e42fefa39ef 7ff0000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("log10", "\
        fff0000000000000 fff0000000000000 c07434e6420f4374 7ff8000000000000 c072c00000000000 c034000000000000 bfd34413509f79ff 7ff8000000000000 \
        bf71e0d4874f92f2 7ff8000000000000 0000000000000000 7ff8000000000000 3f3c729c93ddd23a 3fd34413509f79ff 7ff8000000000000 3ff0000000000000 \
        7ff8000000000000 3ff7a249e593f57f 4001dfc5de86a9f0 7ff8000000000000 400268826a13ef40 4006cf608981902a 7ff8000000000000 4030000000000000 \
        4072c00000000000 7ff8000000000000 40734413509f79ff 7ff0000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("log1p", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fd9f323ecbf984c bfe62e42fefa39ef \
        3fe60532ef13c385 c0126bb1bbb55514 3fe62e42fefa39ef fff0000000000000 3fe6325b4f58d14e 3ff193ea7aad030a fff8000000000000 40032ee3b77f374c \
        fff8000000000000 400b78ce48912b5a 40149a01bbb036ca fff8000000000000 401536958fd351f0 401a4445c70632f8 fff8000000000000 40426bb1bbb55516 \
        4085963447f87fb5 fff8000000000000 40862e42fefa39ef 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("log2", "\
        fff0000000000000 fff0000000000000 c090c80000000000 fff8000000000000 c08f24a09f1a8b89 c0509c1165ec0627 bff0000000000000 fff8000000000000 \
        bf8db1f34d2c386d fff8000000000000 0000000000000000 fff8000000000000 3f57a013faca698f 3ff0000000000000 fff8000000000000 400a934f0979a371 \
        fff8000000000000 4013a0a7eda4c113 401db031befe0643 fff8000000000000 401e934f0979a371 4022f17f69e84b95 fff8000000000000 404a934f0979a371 \
        408f24a09f1a8b89 fff8000000000000 4090000000000000 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("radians", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0147f00f350a8ddd 3b6a5fea5ec6fd1d 3f81df46a2529d39 bf81df46a2529d39 \
        3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d39 bf91df46a2529d39 3f91e3d9e79ae386 3fa1df46a2529d39 bfa657184ae74487 3fc657184ae74487 \
        bfc657184ae74487 3fe0c152382d7365 4007f227a37cb0a7 c007f227a37cb0a7 400becde5da115a9 4028c89ef3189006 c02a0a51ea825f14 42e3d793a042891f \
        7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("sin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdeaee8744b05f0 bfdeaee8744b05f0 \
        3feac0b98d96429d bfeac0b98d96429d 3feaed548f090cee bfeaed548f090cee 3feaf1c0c5b2b5cc 3fed18f6ead1b446 bfe326af0dcfcab1 bfe1689ef5f34f52 \
        3fe1689ef5f34f52 bfef9df47f1c903d 3feeb9ae346ec5aa bfeeb9ae346ec5aa bfebf20d2c67047f 3f0f9bd0303f6faf 3fefbcb72e6a6f53 3fe8f334432ebba5 \
        bfea2c16b010e385 3fea2c16b010e385 3f7452fc98b34e97 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("sinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0acd00fe63b97 bfe0acd00fe63b97 \
        3ff28ea8bd25b2d2 bff28ea8bd25b2d2 3ff2cd9fc44eb982 bff2cd9fc44eb982 3ff2d3f26ba9caf4 400d03cf63b6e1a0 c0183368cdb0b6d3 40c5829dced69992 \
        c0c5829dced69992 429370470aec28ed 4f557083399a257d cf557083399a257d 51e73f60ea79f5b9 7fe3e21a464507fa fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("sqrt", "\
        0000000000000000 8000000000000000 1e60000000000000 fff8000000000000 20ca2fe76a3f9475 3ddb7cdfd9d7bdbb 3fe6a09e667f3bcd fff8000000000000 \
        3fefd6efe4c9b8a5 fff8000000000000 3ff0000000000000 fff8000000000000 3ff0020c2830b9c7 3ff6a09e667f3bcd fff8000000000000 40094c583ada5b53 \
        fff8000000000000 4015e8add236a58f 402a310ccf3b3760 fff8000000000000 402c48c6001f0ac0 403aa554ccb17776 fff8000000000000 4197d78400000000 \
        5f138d352e5096af fff8000000000000 5fefffffffffffff 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("tan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe17b4f5bf3474a bfe17b4f5bf3474a \
        3ff860fadcc59064 bff860fadcc59064 3ff8eb245cbee3a6 bff8eb245cbee3a6 3ff8f931e213ef8d c0017af62e0950f8 3fe7e79b4e00bb15 3fe4bf5f34be3782 \
        bfe4bf5f34be3782 c0199f0f242693c3 c00b7d416f208713 400b7d416f208713 bffcae314c80f948 3f0f9bd03136287d c01f04411028c49a bff3ec3afb0422df \
        3ff6be411f37ac77 bff6be411f37ac77 bf74530cfe729484 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("tanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdd9353d7568af3 bfdd9353d7568af3 \
        3fe83c4fe9b770e0 bfe83c4fe9b770e0 3fe85efab514f394 bfe85efab514f394 3fe8626ac96d575c 3feed9505e1bc3d4 bfef9258260a71c2 3feffffffdc96f35 \
        bfeffffffdc96f35 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
];

/// `math.<name>(x, y)` in a Numba-jitted function.
#[rustfmt::skip]
const NUMBA_MATH2: &[(&str, &str)] = &[
    ("atan2", "\
        0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 \
        0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 0000000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 \
        c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 0000000000000002 400921fb54442d18 0000000000000001 \
        0000000000000001 400921fb54442d18 0000000000000000 0000000000000003 400921fb54442d18 3b17e43c8800759b 0000000000000000 0000000000000000 \
        0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 40056c6e7397f5ae \
        3fddac670561bb4f 3fd4978fa3269ee1 40072c43f4b1650a 3fc52397843c9add 3fef730bd281f69b 400894f6b2b6da70 3ff921fb54442d18 01956e1fc2f8f359 \
        0002000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff1b6e192ebbe44 \
        c002d97c7f3321d2 bfe921fb54442d18 bfe2d0ead6066395 c0056c6e7397f5ae bfd4978fa3269ee1 bff3fc176b7a8560 c00809452dc3c682 bff921fb54442d18 \
        81a56e1fc2f8f359 8004000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff1b6e192ebbe44 4002d97c7f3321d2 3fe921fb54442d18 3fe2d0ead6066395 40056c6e7397f5ae 3fd4978fa3269ee1 3ff3fc176b7a8560 400809452dc3c682 \
        3ff921fb54442d18 01a56e1fc2f8f359 0004000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff3fc176b7a8560 400145385fa3af71 3fef730bd281f69b 3fe921fb54442d18 4003fc176b7a8560 3fddac670561bb4f 3ff5a25052114e60 \
        400780272693021b 3ff921fb54442d18 01b01297d23ab682 0006000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff5368c951e9cfd c000468a8ace4df6 bff1b6e192ebbe44 bfedac670561bb4f c002d97c7f3321d2 bfe2d0ead6066395 \
        bff67d8863bc99bd c006faba0aeee393 bff921fb54442d18 81b56e1fc2f8f359 8008000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff67d8863bc99bd 3ffe47df3d0dd4d1 3ff3fc176b7a8560 3ff1b6e192ebbe44 400145385fa3af71 \
        3fe921fb54442d18 3ff75cbad2a40bd5 4005fe781981aaea 3ff921fb54442d18 01c01297d23ab682 000c000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe2d0ead6066395 40068f095fdf593c 3fd4978fa3269ee1 3fcbfd581196f5c1 \
        4007cfc1dc00636a 3fbc54081a02142f 3fe921fb54442d18 4008c3e318f3338b 3ff921fb54442d18 018c92d503f699cb 0001555555555555 0000000000000000 \
        400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff807f2112987c7 bffb5367a144fa45 bff6f08f07435fec \
        bff5de52f8e1d71d bffd707de6eec024 bff2daf4debf28bd bff865cadda239ff c002d97c7f3321d2 bff921fb54442d18 81d36bccc8b19c88 801d000000000001 \
        8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 01b56e1fc2f8f359 400921fb54442d18 \
        01a56e1fc2f8f359 019c92d503f699cc 400921fb54442d18 018c92d503f699cc 01c01297d23ab683 400921fb54442d18 3fe921fb54442d18 0000000000000000 \
        0000000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3fe921fb54442d18 3e37e43c8800759d 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb52c5e950 3fe921fb54442d18 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 4002d97c7f3321d2 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bfe921fb54442d18 c002d97c7f3321d2 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("copysign", "\
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff8000000000000 bff8000000000000 \
        3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 \
        bff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 4000000000000000 \
        c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4000000000000000 c000000000000000 4000000000000000 4000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7fefffffffffffff ffefffffffffffff 7fefffffffffffff \
        7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 \
    "),
    ("hypot", "\
        0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 4000000000000000 \
        4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 \
        4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 0000000000000001 0000000000000001 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe6a09e667f3bcd 3ff1e3779b97f4a8 \
        3ff1e3779b97f4a8 3ff94c583ada5b53 40007e0f66afed07 400854bfb363dc39 3fe33ac782eb914d 401d11a25cd6ed91 3fe0000000000000 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff1e3779b97f4a8 \
        3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 3ff0000000000000 \
        7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff1e3779b97f4a8 3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 \
        3ff0000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff8000000000000 3ff8000000000000 \
        3ff8000000000000 3ff94c583ada5b53 3ffcd82b446159f3 3ffcd82b446159f3 4000f876ccdf6cd9 4004000000000000 400ad5336963eefc 3ff895e02cc03e23 \
        401d9d3b47a961b1 3ff8000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 4000000000000000 \
        4000000000000000 4000000000000000 40007e0f66afed07 4001e3779b97f4a8 4001e3779b97f4a8 4004000000000000 4006a09e667f3bcd 400cd82b446159f3 \
        4000387fcced3d7c 401e154dc4e6b3ac 4000000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
        4008000000000000 4008000000000000 4008000000000000 400854bfb363dc39 40094c583ada5b53 40094c583ada5b53 400ad5336963eefc 400cd82b446159f3 \
        4010f876ccdf6cd9 400825cf4122a02f 401f627c54f1e0ab 4008000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fe33ac782eb914d 3ff0dd90273c3ce2 3ff0dd90273c3ce2 3ff895e02cc03e23 \
        4000387fcced3d7c 400825cf4122a02f 3fde2b7dddfefa66 401d07d7b4b12dfb 3fd5555555555555 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 401d000000000000 401d000000000000 401d000000000000 401d11a25cd6ed91 401d4649b7a072d4 401d4649b7a072d4 \
        401d9d3b47a961b1 401e154dc4e6b3ac 401f627c54f1e0ab 401d07d7b4b12dfb 4024818f8ce34e31 401d000000000000 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 3fe0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01ae4e8d12762225 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e40e4d50f99b211 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 \
    "),
    ("pow", "\
        3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 7ff0000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 7ff0000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 fff0000000000000 8000000000000000 0000000000000000 \
        7ff0000000000000 8000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 1e60000000000000 7ff0000000000000 0000000000000001 \
        0000000000000000 7ff0000000000000 0000000000000000 299000000000003e 7ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 \
        0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe6a09e667f3bcd 4000000000000000 \
        3fe0000000000000 3fd6a09e667f3bcd 4010000000000000 3fc0000000000000 3fe965fea53d6e3d 406306fe0a31b715 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 fff8000000000000 fff8000000000000 \
        bff0000000000000 bff0000000000000 fff8000000000000 3ff0000000000000 bff0000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff3988e1409212e 3fe5555555555555 3ff8000000000000 3ffd64d51e0db1c6 3fdc71c71c71c71c 400b000000000000 3ff250bfe1b082f5 \
        3fab13d617e4397f 3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 fff8000000000000 fff8000000000000 bfe0000000000000 c000000000000000 fff8000000000000 3fd0000000000000 c020000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ffbb67ae8584caa 3fd5555555555555 4008000000000000 4014c8dc2e423980 3fbc71c71c71c71c \
        403b000000000000 3ff7137449123ef6 3f36c4f4cfea1e98 3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe279a74590331c 4008000000000000 3fd5555555555555 3fc8a2345cc04425 \
        4022000000000001 3fa2f684bda12f67 3fe63003fbb4c375 40a67c81fac468eb 3ff0000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 fff8000000000000 fff8000000000000 bfc1a7b9611a7b96 c01d000000000000 \
        fff8000000000000 3f937b4824872744 c077d14000000000 fff8000000000000 fff8000000000000 fff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 20ca2fe76a3f9475 7e37e43c8800759b \
        01a56e1fc2f8f359 0000000000000000 7ff0000000000000 0000000000000000 2b2bff2ee48e0595 7ff0000000000000 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 5f138d352e5096af \
        01a56e1fc2f8f359 7e37e43c8800759c 7ff0000000000000 0000000000000000 7ff0000000000000 54b249ad2594c33b 0000000000000000 3ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        5fefffffffffffff 0004000000000000 7fefffffffffffff 7ff0000000000000 0000000000000000 7ff0000000000000 554428a2f98d7240 0000000000000000 \
        3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 \
        7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 \
        0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 7ff0000000000000 7ff0000000000000 8000000000000000 fff0000000000000 7ff0000000000000 0000000000000000 fff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
];

/// `math.floor`/`ceil`/`trunc` in a Numba-jitted function, on `GRID_JIT`.
#[rustfmt::skip]
const NUMBA_TO_INT: &[(&str, &[i64])] = &[
    ("floor", &[
        0, 0, 0, -1, 0, 0,
        0, -1, 0, -1, 1, -1,
        1, 2, -3, 10, -10, 30,
        171, -172, 200, 710, -746, 10000000000000000,
        -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808,
    ]),
    ("ceil", &[
        0, 0, 1, 0, 1, 1,
        1, 0, 1, 0, 1, -1,
        2, 2, -2, 10, -10, 30,
        172, -171, 200, 710, -746, 10000000000000000,
        -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808,
    ]),
    ("trunc", &[
        0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, -1,
        1, 2, -2, 10, -10, 30,
        171, -171, 200, 710, -746, 10000000000000000,
        -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808, -9223372036854775808,
    ]),
];

/// `np.<name>(x)` on a float64 in a Numba-jitted function.
#[rustfmt::skip]
const NUMBA_UFUNC1: &[(&str, &str)] = &[
    ("absolute", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0000000000000 3fe0000000000000 \
        3fefae147ae147ae 3fefae147ae147ae 3ff0000000000000 3ff0000000000000 3ff004189374bc6a 4000000000000000 4004000000000000 4024000000000000 \
        4024000000000000 403e000000000000 4065700000000000 4065700000000000 4069000000000000 4086300000000000 4087500000000000 4341c37937e08000 \
        7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("arccos", "\
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff0c152382d7366 4000c152382d7366 \
        3fc21df72882bfd8 4008001be1bc011b 0000000000000000 400921fb54442d18 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("arccosh", "\
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 0000000000000000 fff8000000000000 3fa6e53acbcdeba2 3ff5124271980434 fff8000000000000 4007f21ed1ce05d4 \
        fff8000000000000 401060530345ac85 401759d3c8396c99 fff8000000000000 4017f740d804b32c 401d089d1096b506 fff8000000000000 4042c46ac7b13dfe \
        40859bbfd8b83e43 fff8000000000000 408633ce8fb9f87d 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("arcsin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0c152382d7366 bfe0c152382d7366 \
        3ff6de3c6f33d51d bff6de3c6f33d51d 3ff921fb54442d18 bff921fb54442d18 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("arcsinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdecc2caec5160a bfdecc2caec5160a \
        3febfa2424777c63 bfebfa2424777c63 3fec34366179d427 bfec34366179d427 3fec3a00eba5dff2 3ff719218313d087 bffa5b0f0be9dcf6 4007fc5c506d2bdb \
        c007fc5c506d2bdb 401060e4a5fbe5ca 401759d83d0e61ac c01759d83d0e61ac 4017f7441ee11091 401d089d5326d8df c01d3b431eb86db4 4042c46ac7b13dfe \
        40859bbfd8b83e43 c0859bbfd8b83e43 408633ce8fb9f87d 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("arctan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fddac670561bb4f bfddac670561bb4f \
        3fe8f8d0f7321467 bfe8f8d0f7321467 3fe921fb54442d18 bfe921fb54442d18 3fe92613618ca084 3ff1b6e192ebbe44 bff30b6d796a4da8 3ff789bd2c160054 \
        bff789bd2c160054 3ff8997fbb8b19c0 3ff90a1940afe275 bff90a1940afe275 3ff90d807e2bc3c6 3ff91c367668c617 bff91c7dbb6e4f94 3ff921fb54442d18 \
        3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 7ff8000000000000 \
    "),
    ("arctanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe193ea7aad030a bfe193ea7aad030a \
        40052c581997cd85 c0052c581997cd85 7ff0000000000000 fff0000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("cbrt", "\
        0000000000000000 8000000000000000 298fffffffffffff a98fffffffffffff 2b2bff2ee48e0530 3e8cea94cb5c6ff1 3fe965fea53d6e3d bfe965fea53d6e3d \
        3fefe49a0fb2bf3e bfefe49a0fb2bf3e 3ff0000000000000 bff0000000000000 3ff0015d68acfcae 3ff428a2f98d728c bff5b7209557b0ed 40013c484138704e \
        c0013c484138704e 4008db9cb7511e9e 4016393ed095c075 c016393ed095c075 401764636974629c 4021d79d3987923a c022238b4721c514 410a4c9bc084be5e \
        54b249ad2594c37d d4b249ad2594c37d 554428a2f98d728b 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("ceil", "\
        0000000000000000 8000000000000000 3ff0000000000000 8000000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 8000000000000000 \
        3ff0000000000000 8000000000000000 3ff0000000000000 bff0000000000000 4000000000000000 4000000000000000 c000000000000000 4024000000000000 \
        c024000000000000 403e000000000000 4065800000000000 c065600000000000 4069000000000000 4086300000000000 c087500000000000 4341c37937e08000 \
        7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("cos", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fec1528065b7d50 3fec1528065b7d50 \
        3fe18ede09db07ee 3fe18ede09db07ee 3fe14a280fb5068c 3fe14a280fb5068c 3fe14342cd737ba8 bfdaa22657537205 bfe9a2f7ef858b7d bfead9ac890c6b1f \
        bfead9ac890c6b1f 3fc3be82f2505a52 bfd1e22e3db17478 bfd1e22e3db17478 3fdf2e1536cad6e8 3fefffffff063930 bfc05f27a5e297c6 bfe40991e398dbfc \
        bfe2699022adc4c1 bfe2699022adc4c1 bfefffe62ecfab75 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("cosh", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff20ac1862ae8d0 3ff20ac1862ae8d0 \
        3ff880a323a40720 3ff880a323a40720 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b5466aae5b2c 400e18fa0df2d9bc 40188776e4b30aa3 40c5829dd053712e \
        40c5829dd053712e 429370470aec28ed 4f557083399a257d 4f557083399a257d 51e73f60ea79f5b9 7fe3e21a464507fa 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("deg2rad", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0147f00f350a8ddd 3b6a5fea5ec6fd1d 3f81df46a2529d39 bf81df46a2529d39 \
        3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d39 bf91df46a2529d39 3f91e3d9e79ae386 3fa1df46a2529d39 bfa657184ae74487 3fc657184ae74487 \
        bfc657184ae74487 3fe0c152382d7365 4007f227a37cb0a7 c007f227a37cb0a7 400becde5da115a9 4028c89ef3189006 c02a0a51ea825f14 42e3d793a042891f \
        7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("degrees", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 02032f6f0525cd6b 3c25236ef1b4e0fd 403ca5dc1a63c1f8 c03ca5dc1a63c1f8 \
        404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 404cad3192395c87 405ca5dc1a63c1f8 c061e7a9907e593b 4081e7a9907e593b \
        c081e7a9907e593b 409adb7e58bd85d8 40c3311cf3add472 c0c3311cf3add472 40c66193f49def8a 40e3dd001c4c2afd c0e4ded4d939accf 439fce3850e84149 \
        7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("exp", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ffa61298e1e069c 3fe368b2fc6f960a \
        400587a5f064dcf9 3fd7c7e999f9513c 4005bf0a8b145769 3fd78b56362cef38 4005c49c6b2c1310 401d8e64b8d4ddae 3fb50385c094f425 40d5829dcf950560 \
        3f07cd79b5647c9b 42a370470aec28ed 4f657083399a257d 3077e193226e335d 51f73f60ea79f5b9 7ff0000000000000 0000000000000000 7ff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
    "),
    ("exp2", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff6a09e667f3bcd 3fe6a09e667f3bcd \
        3fffc769e9b9c35e 3fe01c7d6c404f0c 4000000000000000 3fe0000000000000 400002d711c79a95 4010000000000000 3fc6a09e667f3bcd 4090000000000000 \
        3f50000000000000 41d0000000000000 4aa6a09e667f3bcd 3536a09e667f3bcd 4c70000000000000 6c50000000000000 1150000000000000 7ff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
    "),
    ("expm1", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe4c2531c3c0d38 bfd92e9a0720d3ec \
        3ffb0f4be0c9b9f3 bfe41c0b33035762 3ffb7e151628aed2 bfe43a54e4e98864 3ffb8938d6582620 40198e64b8d4ddae bfed5f8f47ed617c 40d5825dcf950560 \
        bfefffa0ca192a6e 42a370470aec26ed 4f657083399a257e bff0000000000000 51f73f60ea79f5b9 7ff0000000000000 bff0000000000000 7ff0000000000000 \
        7ff0000000000000 bff0000000000000 7ff0000000000000 7ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
    ("fabs", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0000000000000 3fe0000000000000 \
        3fefae147ae147ae 3fefae147ae147ae 3ff0000000000000 3ff0000000000000 3ff004189374bc6a 4000000000000000 4004000000000000 4024000000000000 \
        4024000000000000 403e000000000000 4065700000000000 4065700000000000 4069000000000000 4086300000000000 4087500000000000 4341c37937e08000 \
        7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
    "),
    ("floor", "\
        0000000000000000 8000000000000000 0000000000000000 bff0000000000000 0000000000000000 0000000000000000 0000000000000000 bff0000000000000 \
        0000000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 4000000000000000 c008000000000000 4024000000000000 \
        c024000000000000 403e000000000000 4065600000000000 c065800000000000 4069000000000000 4086300000000000 c087500000000000 4341c37937e08000 \
        7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("log", "\
        fff0000000000000 fff0000000000000 c0874385446d71c3 7ff8000000000000 c085963447f87fb5 c047069e2aa2aa5b bfe62e42fefa39ef 7ff8000000000000 \
        bf8495453e6fd4bc 7ff8000000000000 0000000000000000 7ff8000000000000 3f5060354f8c3cc4 3fe62e42fefa39ef 7ff8000000000000 40026bb1bbb55516 \
        7ff8000000000000 400b35a6f90bd69b 4014940da2c67c84 7ff8000000000000 4015317a1b949c53 401a42d4d1ff8154 7ff8000000000000 40426bb1bbb55516 \
        4085963447f87fb5 7ff8000000000000 40862e42fefa39ef 7ff0000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("log10", "\
        fff0000000000000 fff0000000000000 c07434e6420f4374 7ff8000000000000 c072c00000000000 c034000000000000 bfd34413509f79ff 7ff8000000000000 \
        bf71e0d4874f92f2 7ff8000000000000 0000000000000000 7ff8000000000000 3f3c729c93ddd23a 3fd34413509f79ff 7ff8000000000000 3ff0000000000000 \
        7ff8000000000000 3ff7a249e593f57f 4001dfc5de86a9f0 7ff8000000000000 400268826a13ef40 4006cf608981902a 7ff8000000000000 4030000000000000 \
        4072c00000000000 7ff8000000000000 40734413509f79ff 7ff0000000000000 7ff8000000000000 7ff8000000000000 \
    "),
    ("log1p", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fd9f323ecbf984c bfe62e42fefa39ef \
        3fe60532ef13c385 c0126bb1bbb55514 3fe62e42fefa39ef fff0000000000000 3fe6325b4f58d14e 3ff193ea7aad030a fff8000000000000 40032ee3b77f374c \
        fff8000000000000 400b78ce48912b5a 40149a01bbb036ca fff8000000000000 401536958fd351f0 401a4445c70632f8 fff8000000000000 40426bb1bbb55516 \
        4085963447f87fb5 fff8000000000000 40862e42fefa39ef 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("log2", "\
        fff0000000000000 fff0000000000000 c090c80000000000 fff8000000000000 c08f24a09f1a8b89 c0509c1165ec0627 bff0000000000000 fff8000000000000 \
        bf8db1f34d2c386d fff8000000000000 0000000000000000 fff8000000000000 3f57a013faca698f 3ff0000000000000 fff8000000000000 400a934f0979a371 \
        fff8000000000000 4013a0a7eda4c113 401db031befe0643 fff8000000000000 401e934f0979a371 4022f17f69e84b95 fff8000000000000 404a934f0979a371 \
        408f24a09f1a8b89 fff8000000000000 4090000000000000 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("rad2deg", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 02032f6f0525cd6b 3c25236ef1b4e0fd 403ca5dc1a63c1f8 c03ca5dc1a63c1f8 \
        404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 404cad3192395c87 405ca5dc1a63c1f8 c061e7a9907e593b 4081e7a9907e593b \
        c081e7a9907e593b 409adb7e58bd85d8 40c3311cf3add472 c0c3311cf3add472 40c66193f49def8a 40e3dd001c4c2afd c0e4ded4d939accf 439fce3850e84149 \
        7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("radians", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0147f00f350a8ddd 3b6a5fea5ec6fd1d 3f81df46a2529d39 bf81df46a2529d39 \
        3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d39 bf91df46a2529d39 3f91e3d9e79ae386 3fa1df46a2529d39 bfa657184ae74487 3fc657184ae74487 \
        bfc657184ae74487 3fe0c152382d7365 4007f227a37cb0a7 c007f227a37cb0a7 400becde5da115a9 4028c89ef3189006 c02a0a51ea825f14 42e3d793a042891f \
        7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("rint", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 4000000000000000 c000000000000000 4024000000000000 \
        c024000000000000 403e000000000000 4065800000000000 c065800000000000 4069000000000000 4086300000000000 c087500000000000 4341c37937e08000 \
        7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("sign", "\
        0000000000000000 8000000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
    ("sin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdeaee8744b05f0 bfdeaee8744b05f0 \
        3feac0b98d96429d bfeac0b98d96429d 3feaed548f090cee bfeaed548f090cee 3feaf1c0c5b2b5cc 3fed18f6ead1b446 bfe326af0dcfcab1 bfe1689ef5f34f52 \
        3fe1689ef5f34f52 bfef9df47f1c903d 3feeb9ae346ec5aa bfeeb9ae346ec5aa bfebf20d2c67047f 3f0f9bd0303f6faf 3fefbcb72e6a6f53 3fe8f334432ebba5 \
        bfea2c16b010e385 3fea2c16b010e385 3f7452fc98b34e97 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("sinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe0acd00fe63b97 bfe0acd00fe63b97 \
        3ff28ea8bd25b2d2 bff28ea8bd25b2d2 3ff2cd9fc44eb982 bff2cd9fc44eb982 3ff2d3f26ba9caf4 400d03cf63b6e1a0 c0183368cdb0b6d3 40c5829dced69992 \
        c0c5829dced69992 429370470aec28ed 4f557083399a257d cf557083399a257d 51e73f60ea79f5b9 7fe3e21a464507fa fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
    ("sqrt", "\
        0000000000000000 8000000000000000 1e60000000000000 fff8000000000000 20ca2fe76a3f9475 3ddb7cdfd9d7bdbb 3fe6a09e667f3bcd fff8000000000000 \
        3fefd6efe4c9b8a5 fff8000000000000 3ff0000000000000 fff8000000000000 3ff0020c2830b9c7 3ff6a09e667f3bcd fff8000000000000 40094c583ada5b53 \
        fff8000000000000 4015e8add236a58f 402a310ccf3b3760 fff8000000000000 402c48c6001f0ac0 403aa554ccb17776 fff8000000000000 4197d78400000000 \
        5f138d352e5096af fff8000000000000 5fefffffffffffff 7ff0000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("tan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fe17b4f5bf3474a bfe17b4f5bf3474a \
        3ff860fadcc59064 bff860fadcc59064 3ff8eb245cbee3a6 bff8eb245cbee3a6 3ff8f931e213ef8d c0017af62e0950f8 3fe7e79b4e00bb15 3fe4bf5f34be3782 \
        bfe4bf5f34be3782 c0199f0f242693c3 c00b7d416f208713 400b7d416f208713 bffcae314c80f948 3f0f9bd03136287d c01f04411028c49a bff3ec3afb0422df \
        3ff6be411f37ac77 bff6be411f37ac77 bf74530cfe729484 fff8000000000000 fff8000000000000 7ff8000000000000 \
    "),
    ("tanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 01a56e1fc2f8f359 3bc79ca10c924223 3fdd9353d7568af3 bfdd9353d7568af3 \
        3fe83c4fe9b770e0 bfe83c4fe9b770e0 3fe85efab514f394 bfe85efab514f394 3fe8626ac96d575c 3feed9505e1bc3d4 bfef9258260a71c2 3feffffffdc96f35 \
        bfeffffffdc96f35 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 7ff8000000000000 \
    "),
    ("trunc", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 8000000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 4000000000000000 c000000000000000 4024000000000000 \
        c024000000000000 403e000000000000 4065600000000000 c065600000000000 4069000000000000 4086300000000000 c087500000000000 4341c37937e08000 \
        7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff 7ff0000000000000 fff0000000000000 7ff8000000000000 \
    "),
];

/// `np.<name>(x, y)` on float64 in a Numba-jitted function.
#[rustfmt::skip]
const NUMBA_UFUNC2: &[(&str, &str)] = &[
    ("arctan2", "\
        0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 400921fb54442d18 \
        0000000000000000 0000000000000000 400921fb54442d18 0000000000000000 0000000000000000 0000000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 \
        c00921fb54442d18 8000000000000000 8000000000000000 c00921fb54442d18 8000000000000000 8000000000000000 8000000000000000 8000000000000000 \
        c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 0000000000000002 400921fb54442d18 0000000000000001 \
        0000000000000001 400921fb54442d18 0000000000000000 0000000000000003 400921fb54442d18 3b17e43c8800759b 0000000000000000 0000000000000000 \
        0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 40056c6e7397f5ae \
        3fddac670561bb4f 3fd4978fa3269ee1 40072c43f4b1650a 3fc52397843c9add 3fef730bd281f69b 400894f6b2b6da70 3ff921fb54442d18 01956e1fc2f8f359 \
        0002000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff1b6e192ebbe44 \
        c002d97c7f3321d2 bfe921fb54442d18 bfe2d0ead6066395 c0056c6e7397f5ae bfd4978fa3269ee1 bff3fc176b7a8560 c00809452dc3c682 bff921fb54442d18 \
        81a56e1fc2f8f359 8004000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff1b6e192ebbe44 4002d97c7f3321d2 3fe921fb54442d18 3fe2d0ead6066395 40056c6e7397f5ae 3fd4978fa3269ee1 3ff3fc176b7a8560 400809452dc3c682 \
        3ff921fb54442d18 01a56e1fc2f8f359 0004000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff3fc176b7a8560 400145385fa3af71 3fef730bd281f69b 3fe921fb54442d18 4003fc176b7a8560 3fddac670561bb4f 3ff5a25052114e60 \
        400780272693021b 3ff921fb54442d18 01b01297d23ab682 0006000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff5368c951e9cfd c000468a8ace4df6 bff1b6e192ebbe44 bfedac670561bb4f c002d97c7f3321d2 bfe2d0ead6066395 \
        bff67d8863bc99bd c006faba0aeee393 bff921fb54442d18 81b56e1fc2f8f359 8008000000000000 8000000000000000 c00921fb54442d18 7ff8000000000000 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff67d8863bc99bd 3ffe47df3d0dd4d1 3ff3fc176b7a8560 3ff1b6e192ebbe44 400145385fa3af71 \
        3fe921fb54442d18 3ff75cbad2a40bd5 4005fe781981aaea 3ff921fb54442d18 01c01297d23ab682 000c000000000000 0000000000000000 400921fb54442d18 \
        7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe2d0ead6066395 40068f095fdf593c 3fd4978fa3269ee1 3fcbfd581196f5c1 \
        4007cfc1dc00636a 3fbc54081a02142f 3fe921fb54442d18 4008c3e318f3338b 3ff921fb54442d18 018c92d503f699cb 0001555555555555 0000000000000000 \
        400921fb54442d18 7ff8000000000000 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff807f2112987c7 bffb5367a144fa45 bff6f08f07435fec \
        bff5de52f8e1d71d bffd707de6eec024 bff2daf4debf28bd bff865cadda239ff c002d97c7f3321d2 bff921fb54442d18 81d36bccc8b19c88 801d000000000001 \
        8000000000000000 c00921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 01b56e1fc2f8f359 400921fb54442d18 \
        01a56e1fc2f8f359 019c92d503f699cc 400921fb54442d18 018c92d503f699cc 01c01297d23ab683 400921fb54442d18 3fe921fb54442d18 0000000000000000 \
        0000000000000000 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3fe921fb54442d18 3e37e43c8800759d 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb52c5e950 3fe921fb54442d18 0000000000000000 400921fb54442d18 7ff8000000000000 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3fe921fb54442d18 4002d97c7f3321d2 7ff8000000000000 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 \
        bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bff921fb54442d18 bfe921fb54442d18 c002d97c7f3321d2 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
    ("copysign", "\
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff8000000000000 bff8000000000000 \
        3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 \
        bff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 4000000000000000 \
        c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4000000000000000 c000000000000000 4000000000000000 4000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7fefffffffffffff ffefffffffffffff 7fefffffffffffff \
        7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 \
    "),
    ("hypot", "\
        0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 4000000000000000 \
        4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 \
        4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 0000000000000001 0000000000000001 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe6a09e667f3bcd 3ff1e3779b97f4a8 \
        3ff1e3779b97f4a8 3ff94c583ada5b53 40007e0f66afed07 400854bfb363dc39 3fe33ac782eb914d 401d11a25cd6ed91 3fe0000000000000 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff1e3779b97f4a8 \
        3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 3ff0000000000000 \
        7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff1e3779b97f4a8 3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 \
        3ff0000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff8000000000000 3ff8000000000000 \
        3ff8000000000000 3ff94c583ada5b53 3ffcd82b446159f3 3ffcd82b446159f3 4000f876ccdf6cd9 4004000000000000 400ad5336963eefc 3ff895e02cc03e23 \
        401d9d3b47a961b1 3ff8000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 4000000000000000 \
        4000000000000000 4000000000000000 40007e0f66afed07 4001e3779b97f4a8 4001e3779b97f4a8 4004000000000000 4006a09e667f3bcd 400cd82b446159f3 \
        4000387fcced3d7c 401e154dc4e6b3ac 4000000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
        4008000000000000 4008000000000000 4008000000000000 400854bfb363dc39 40094c583ada5b53 40094c583ada5b53 400ad5336963eefc 400cd82b446159f3 \
        4010f876ccdf6cd9 400825cf4122a02f 401f627c54f1e0ab 4008000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fe33ac782eb914d 3ff0dd90273c3ce2 3ff0dd90273c3ce2 3ff895e02cc03e23 \
        4000387fcced3d7c 400825cf4122a02f 3fde2b7dddfefa66 401d07d7b4b12dfb 3fd5555555555555 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 401d000000000000 401d000000000000 401d000000000000 401d11a25cd6ed91 401d4649b7a072d4 401d4649b7a072d4 \
        401d9d3b47a961b1 401e154dc4e6b3ac 401f627c54f1e0ab 401d07d7b4b12dfb 4024818f8ce34e31 401d000000000000 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 3fe0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01ae4e8d12762225 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e40e4d50f99b211 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 \
    "),
    ("power", "\
        3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 7ff0000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 7ff0000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 fff0000000000000 8000000000000000 0000000000000000 \
        7ff0000000000000 8000000000000000 0000000000000000 7ff0000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 1e60000000000000 7ff0000000000000 0000000000000001 \
        0000000000000000 7ff0000000000000 0000000000000000 299000000000003e 7ff0000000000000 3ff0000000000000 0000000000000000 0000000000000000 \
        0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe6a09e667f3bcd 4000000000000000 \
        3fe0000000000000 3fd6a09e667f3bcd 4010000000000000 3fc0000000000000 3fe965fea53d6e3d 406306fe0a31b715 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 fff8000000000000 fff8000000000000 \
        bff0000000000000 bff0000000000000 fff8000000000000 3ff0000000000000 bff0000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff3988e1409212e 3fe5555555555555 3ff8000000000000 3ffd64d51e0db1c6 3fdc71c71c71c71c 400b000000000000 3ff250bfe1b082f5 \
        3fab13d617e4397f 3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 fff8000000000000 fff8000000000000 bfe0000000000000 c000000000000000 fff8000000000000 3fd0000000000000 c020000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ffbb67ae8584caa 3fd5555555555555 4008000000000000 4014c8dc2e423980 3fbc71c71c71c71c \
        403b000000000000 3ff7137449123ef6 3f36c4f4cfea1e98 3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fe279a74590331c 4008000000000000 3fd5555555555555 3fc8a2345cc04425 \
        4022000000000001 3fa2f684bda12f67 3fe63003fbb4c375 40a67c81fac468eb 3ff0000000000000 0000000000000000 0000000000000000 0000000000000000 \
        7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 fff8000000000000 fff8000000000000 bfc1a7b9611a7b96 c01d000000000000 \
        fff8000000000000 3f937b4824872744 c077d14000000000 fff8000000000000 fff8000000000000 fff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 20ca2fe76a3f9475 7e37e43c8800759b \
        01a56e1fc2f8f359 0000000000000000 7ff0000000000000 0000000000000000 2b2bff2ee48e0595 7ff0000000000000 3ff0000000000000 0000000000000000 \
        0000000000000000 0000000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 5f138d352e5096af \
        01a56e1fc2f8f359 7e37e43c8800759c 7ff0000000000000 0000000000000000 7ff0000000000000 54b249ad2594c33b 0000000000000000 3ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        5fefffffffffffff 0004000000000000 7fefffffffffffff 7ff0000000000000 0000000000000000 7ff0000000000000 554428a2f98d7240 0000000000000000 \
        3ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 \
        7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 \
        0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 3ff0000000000000 \
        3ff0000000000000 7ff0000000000000 7ff0000000000000 8000000000000000 fff0000000000000 7ff0000000000000 0000000000000000 fff0000000000000 \
        7ff0000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff8000000000000 \
        3ff0000000000000 3ff0000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
];

/// `np.<name>(x)` on float64 in plain Python.
#[rustfmt::skip]
const NUMPY_UFUNC1: &[(&str, &str)] = &[
    ("absolute", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        3bc79ca10c924223 3bc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb999999999999a 3fb999999999999a 3fd0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe6666666666666 3fefae147ae147ae 3fefae147ae147ae 3fefffffffffffff 3fefffffffffffff 3ff0000000000000 3ff0000000000000 \
        3ff0000000000001 3ff004189374bc6a 3ff004189374bc6a 3ff8000000000000 4000000000000000 4000000000000000 4004000000000000 4004000000000000 \
        4008000000000000 4005bf0a8b145769 400921fb54442d18 400921fb54442d18 4014000000000000 4016000000000000 401e000000000000 4024000000000000 \
        4024000000000000 4034000000000000 4036800000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 403e000000000000 \
        4059000000000000 4059200000000000 4061900000000000 4065500000000000 4065600000000000 4065700000000000 4065800000000000 4065500000000000 \
        4065700000000000 4069100000000000 4069000000000000 4069200000000000 4085e00000000000 40862e3d70a3d70a 4086300000000000 4087480000000000 \
        4087500000000000 408f400000000000 408ffc0000000000 4090000000000000 4090c80000000000 4090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5614b52a1ff60 4006e3dde81c611a 3fa02b02ee0fb000 3ffd303a720dc354 3fe6115c742a0e00 3fe40e2eabc64188 400129af57352e7a \
        400b6e13f944b2f0 3ffa930204ed2adc 400fcc6550dc798e 4009618d7bcf67c2 4003fdde020c5d86 42941ca617f35925 4262189d5616b51f 43e142fe724bc4b0 \
        3e85c7e8bd42a94b 3c736219d2c79266 3f90be2256ab932f 40f6102a2866a825 409358ecebfcd27d 3fef68bbd36d0c75 3ca8b6571c4bd6e1 3eb42ec2343c9a71 \
        3f6379b00b8f631b \
    "),
    ("arccos", "\
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 3ff921fb5194fb3c 3ff787b22ce3f590 3ffabc447ba464a1 3ff51700e0c14b25 3ff0c152382d7365 \
        4000c152382d7366 3fe973e83f5d5c9b 3fc21df72882bfd8 4008001be1bc011b 3e50000000000000 400921fb52442d18 0000000000000000 400921fb54442d18 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 3ff3aed6754b7af9 fff8000000000000 3ff9a358ed22e3ec fff8000000000000 4002a77188ac93cb 3fec971a179cc706 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3ff921fb28b45b9e 3ff921fb54442d18 3ff8df020755b698 fff8000000000000 fff8000000000000 3fc8a2d6482667fe 3ff921fb54442d18 3ff921fc9730505c \
        3ff9183e7ba48121 \
    "),
    ("arccosh", "\
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 0000000000000000 fff8000000000000 \
        3e56a09e667f3bcc 3fa6e53acbcdeba3 fff8000000000000 3feecc2caec5160a 3ff5124271980435 fff8000000000000 3ff9119c13a31bb0 fff8000000000000 \
        3ffc34366179d427 3ffa84eef63326e7 3ffcfc02f90106c1 fff8000000000000 400256e66a48a3b6 40031dc0090b63d8 4005a0ec5d80d9e7 4007f21ed1ce05d4 \
        fff8000000000000 400d818b3e5d4c5f 400e73085d21392b 400ea016ca9fa1c2 400ef75488216e64 400fe8bc94091fab 401060530345ac85 fff8000000000000 \
        401531738dcbc627 fff8000000000000 40168da986c5e851 401753d6bee5dd45 401756d66274913e 401759d3c8396c99 40175ccef38bbbf3 fff8000000000000 \
        fff8000000000000 fff8000000000000 4017f740d804b32c 4017fc5c506d2bdb 401cfa16a4e3f3ea 401d084bd30cc3a7 401d089d1096b506 fff8000000000000 \
        fff8000000000000 401e6752e8a84ed4 401e7f1c069363ce 401e7f9c0e980f49 fff8000000000000 fff8000000000000 402869825a921700 4037b810429a7c2a \
        4042c46ac7b13dfd 4049accd6e153de5 40859bbfd8b83e44 fff8000000000000 408633ce8fb9f87e fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 3ff357f5118e9572 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 4000748ccc0c4d55 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 401f4222ec14f6c7 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 \
    "),
    ("arcsin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9a49276037884 bfb9a49276037884 3fd02be9ce0b87cd 3fe0c152382d7366 \
        bfe0c152382d7366 3fe8d00e692afd95 3ff6de3c6f33d51d bff6de3c6f33d51d 3ff921fb50442d18 bff921fb50442d18 3ff921fb54442d18 bff921fb54442d18 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        7ff8000000000000 3fd5cc937be2c87e fff8000000000000 bfa02bb31bd6da72 fff8000000000000 bfe859cf7a29f4fc 3fe5acdc90eb932b fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3e85c7e8bd42a966 3c736219d2c79266 3f90be533b9da00c fff8000000000000 fff8000000000000 3ff60da08b3f6019 3ca8b6571c4bd6e1 beb42ec2343c9fcb \
        3f6379b13f57ef23 \
    "),
    ("arcsinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb98eb9e7e5fc3e bfb98eb9e7e5fc3e 3fcfacfb2399e637 3fdecc2caec5160a \
        bfdecc2caec5160a 3fe4e2a4fe9085dd 3febfa2424777c63 bfebfa2424777c63 3fec34366179d426 bfec34366179d426 3fec34366179d427 bfec34366179d427 \
        3fec34366179d428 3fec3a00eba5dff2 bfec3a00eba5dff2 3ff31dc0090b63d8 3ff719218313d087 bff719218313d087 3ffa5b0f0be9dcf6 bffa5b0f0be9dcf6 \
        3ffd185b507edc0e 3ffb9b2abdf5c077 3ffdcbf69f10006d bffdcbf69f10006d 40027fdfac4e4380 40033f9bed3b2dc6 4005b321028a694d 4007fc5c506d2bdb \
        c007fc5c506d2bdb 400d841a9abe2ebb 400e750e2df4e04f 400ea206569307d4 400ef91ba4a5f018 400fea242c2068a3 401060e4a5fbe5ca c01060e4a5fbe5ca \
        40153180a93d3c2a c015369c0cd54b49 40168db02a921ff2 401753db4126b592 401756daddf7ef04 401759d83d0e61ac 40175cd361c12d5c c01753db4126b592 \
        c01759d83d0e61ac c017f9d2a79563e6 4017f7441ee11091 4017fc5f8ef60d4a 401cfa16e95e6e7a 401d084c15a77824 401d089d5326d8df c01d39e37c30e52d \
        c01d3b431eb86db4 401e67530a363e15 401e7f1c269b654e 401e7f9c2e980f49 c01eb06d7d849726 c01eb161756516d6 402869825a9284f4 4037b810429a7c2a \
        4042c46ac7b13dfd 4049accd6e153de5 40859bbfd8b83e44 c0859bbfd8b83e44 408633ce8fb9f87e c08633ce8fb9f87e 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fd5004a03d29539 bffc60d08bf6f76d bfa02a52e8be0474 3ff5cb71cec0ce34 bfe49ccee005bcb0 3fe2ee7a9da5e085 bff81be7105c6cfa \
        bfff22a6d3117e30 bff47e3d39bf821c 4000b56b0e49a8f3 bffdf25af59dbcce bffa59796bc881d4 c03e08b7a4ead20d c03bd957eaa59165 c04637fa20193a8d \
        3e85c7e8bd42a930 3c736219d2c79266 3f90bdf174bc64a4 c02835ab35418ec9 401f422301f78544 3febc8c176fd64a0 3ca8b6571c4bd6e1 beb42ec2343c9517 \
        3f6379aed7c73dae \
    "),
    ("arctan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb983e282e2cc4d bfb983e282e2cc4d 3fcf5b75f92c80dd 3fddac670561bb4f \
        bfddac670561bb4f 3fe38b112d7bd4ad 3fe8f8d0f7321467 bfe8f8d0f7321467 3fe921fb54442d18 bfe921fb54442d18 3fe921fb54442d18 bfe921fb54442d18 \
        3fe921fb54442d19 3fe92613618ca084 bfe92613618ca084 3fef730bd281f69b 3ff1b6e192ebbe44 bff1b6e192ebbe44 3ff30b6d796a4da8 bff30b6d796a4da8 \
        3ff3fc176b7a8560 3ff37e1637253389 3ff433b8a322ddd3 bff433b8a322ddd3 3ff5f97315254857 3ff6414d44094c7c 3ff7030cf9403197 3ff789bd2c160054 \
        bff789bd2c160054 3ff8555a2787981f 3ff86c0e99b54aa8 3ff87001c35928d4 3ff87769eb8e956b 3ff88a58ec949d14 3ff8997fbb8b19c0 bff8997fbb8b19c0 \
        3ff8f905eb2def22 bff8f93a14d937bd 3ff904d447e2faf2 3ff909f564d13b58 3ff90a07602c2e72 3ff90a1940afe275 3ff90a2b06984324 bff909f564d13b58 \
        bff90a1940afe275 bff90d8d9129ba6d 3ff90d807e2bc3c6 3ff90d9a9380f63d 3ff91c215d4de84d 3ff91c360138e41f 3ff91c367668c617 bff91c7bd86f33fc \
        bff91c7dbb6e4f94 3ff91de2c0e658bd 3ff91dfad449886f 3ff91dfb5459826d bff91e2b006f74c2 bff91e2be8effa11 3ff921f0d7e968a8 3ff921fb543d4de0 \
        3ff921fb54442d18 3ff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 3ff921fb54442d18 bff921fb54442d18 \
        7ff8000000000000 3fd4a252d2f1d6b8 bff3c0cd1413b999 bfa029a2f0e528c4 3ff11c1deddad9ea bfe351b71cac66dc 3fe1ea3c75b2a2bf bff2276252af1cc9 \
        bff4979e3cbee68b bff07625161f3e3b 3ff530711db50c60 bff43f506ff2361d bff30ad6cd3b8e9d bff921fb544429ea bff921fb544410cd bff921fb54442d18 \
        3e85c7e8bd42a915 3c736219d2c79266 3f90bdc093ce1809 bff921efb9e1f664 3ff91eac7ee59ca7 3fe8d5a561586589 3ca8b6571c4bd6e1 beb42ec2343c8fbd \
        3f6379ada3ff3a73 \
    "),
    ("arctanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9af93cd234412 bfb9af93cd234412 3fd058aefa811452 3fe193ea7aad030b \
        bfe193ea7aad030b 3febc0ed0947fbe8 40052c581997cd85 c0052c581997cd85 4032b708872320e2 c032b708872320e2 7ff0000000000000 fff0000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        7ff8000000000000 3fd63bb8ad9f6e5a fff8000000000000 bfa02c63571e355a fff8000000000000 bfeb1c80ddd0ab3e 3fe78d6e7f227c3f fff8000000000000 \
        fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3e85c7e8bd42a981 3c736219d2c79266 3f90be842190b488 fff8000000000000 fff8000000000000 4002b3f605a796c2 3ca8b6571c4bd6e1 beb42ec2343ca525 \
        3f6379b273209d5e \
    "),
    ("cbrt", "\
        0000000000000000 8000000000000000 2990000000000000 a990000000000000 2a7a9d1b0b5d7427 2aa428a2f98d728b 2b2bff2ee48e0530 ab2bff2ee48e0530 \
        3e8cea94cb5c6ff1 be8cea94cb5c6ff1 3ed377de3935dcbd 3f61a62d511f2b53 3fddb4c7760bcff3 bfddb4c7760bcff3 3fe428a2f98d728b 3fe965fea53d6e3d \
        bfe965fea53d6e3d 3fec69b5a72f1a99 3fefe49a0fb2bf3e bfefe49a0fb2bf3e 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0015d68acfcae bff0015d68acfcae 3ff250bfe1b082f5 3ff428a2f98d728b bff428a2f98d728b 3ff5b7209557b0ee bff5b7209557b0ee \
        3ff7137449123ef6 3ff6546db1ba2d13 3ff76ef7e73104b7 bff76ef7e73104b7 3ffb5c0fbcfec4d4 3ffc3e27449db536 3fff51a62037e955 40013c484138704f \
        c0013c484138704f 4005b7209557b0ee 400695b9b149a439 4006c03d54c51818 4007137449123ef6 4008000000000000 4008db9cb7511e9e c008db9cb7511e9e \
        401290fca9c761f8 c01298e53bd7a9d4 4014cb6fb3cb4d80 40162e2a7e932ad1 401633b6096dee03 4016393ed095c075 40163ec4d77a1b30 c0162e2a7e932ad1 \
        c016393ed095c075 c017695fdf24670f 401764636974629c 40176e5a36040554 4021c211887d70a0 4021d724704338ec 4021d79d3987923a c0222177e0163f6d \
        c022238b4721c514 4024000000000000 402427cbe9cccf8d 402428a2f98d728b c0247b4cd83f16b2 c0247ced50bc2234 4047353bd4393a75 40a0d4de8fb11dad \
        410a4c9bc084be5e 41748bd9ae67b4ba 54b249ad2594c37d d4b249ad2594c37d 554428a2f98d728b d54428a2f98d728b 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fe63428bdddd96c bff6b6f2d6871d57 bfd43aa32edb64c5 3ff38cd67bdb77a5 bfec45933139817c 3feb6285c650bc7c bff4a2be92c48359 \
        bff82071af7ed9e4 bff2f2ba7735bd28 3ff958502bf66253 bff782a9474f8b10 bff5b65af2fff379 c0d1447f1d3d0d59 c0c0ab955d0b1fe9 c14068f3d483a052 \
        3f7657765202b2d2 3ec57d61df2b56fc 3fd03e6c02eb2a18 c046700fbe2020d4 402579fd46ac11c9 3fefcd43aac8e63c 3ed74d535445d40c bf85c7ffbef919f4 \
        3fc1155b8a7eab02 \
    "),
    ("ceil", "\
        0000000000000000 8000000000000000 3ff0000000000000 8000000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 8000000000000000 \
        3ff0000000000000 8000000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 8000000000000000 3ff0000000000000 3ff0000000000000 \
        8000000000000000 3ff0000000000000 3ff0000000000000 8000000000000000 3ff0000000000000 8000000000000000 3ff0000000000000 bff0000000000000 \
        4000000000000000 4000000000000000 bff0000000000000 4000000000000000 4000000000000000 c000000000000000 4008000000000000 c000000000000000 \
        4008000000000000 4008000000000000 4010000000000000 c008000000000000 4014000000000000 4018000000000000 4020000000000000 4024000000000000 \
        c024000000000000 4034000000000000 4037000000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 c03e000000000000 \
        4059000000000000 c059000000000000 4061a00000000000 4065600000000000 4065600000000000 4065800000000000 4065800000000000 c065400000000000 \
        c065600000000000 c069000000000000 4069000000000000 4069200000000000 4085e00000000000 4086300000000000 4086300000000000 c087480000000000 \
        c087500000000000 408f400000000000 4090000000000000 4090000000000000 c090c80000000000 c090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff ffefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3ff0000000000000 c000000000000000 8000000000000000 4000000000000000 8000000000000000 3ff0000000000000 c000000000000000 \
        c008000000000000 bff0000000000000 4010000000000000 c008000000000000 c000000000000000 c2941ca617f35800 c262189d5616a000 c3e142fe724bc4b0 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 c0f6102000000000 40935c0000000000 3ff0000000000000 3ff0000000000000 8000000000000000 \
        3ff0000000000000 \
    "),
    ("cos", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3fefd712f9a817c1 3fefd712f9a817c1 3fef01549f7deea1 3fec1528065b7d50 \
        3fec1528065b7d50 3fe87996529f9d93 3fe18ede09db07ee 3fe18ede09db07ee 3fe14a280fb5068c 3fe14a280fb5068c 3fe14a280fb5068c 3fe14a280fb5068c \
        3fe14a280fb5068a 3fe14342cd737ba8 3fe14342cd737ba8 3fb21bd54fc5f9a7 bfdaa22657537205 bfdaa22657537205 bfe9a2f7ef858b7d bfe9a2f7ef858b7d \
        bfefae04be85e5d2 bfed2cec9a554007 bff0000000000000 bff0000000000000 3fd22785706b4ad9 3fe6ad6c3c07d448 3fd62f45e66f5c2f bfead9ac890c6b1f \
        bfead9ac890c6b1f 3fda1e043964a83f bfebf21c9294b1c4 bfe10cf7d591f272 3fdb25bfb50a609a bfd2b266f959ded5 3fc3be82f2505a52 3fc3be82f2505a52 \
        3feb981dbf665fdf 3feffc12adaecec2 bfe497f57a1c478d 3fe505f0edf31ac0 3fcb8891c743ed8b bfd1e22e3db17478 bfe693dfb46c14c5 3fe505f0edf31ac0 \
        bfd1e22e3db17478 3feb144da7ad1ca8 3fdf2e1536cad6e8 3feff04bad7a31c5 bfead9f150b2e096 3fef3aa8e02e8c65 3fefffffff063930 bfecead5c656161a \
        bfc05f27a5e297c6 3fe1ff026793f1bb 3fe94b9b627e3d8b 3fef98669d7aedb8 3fed2848cd5d0d73 3fead9455a80cf02 bfeffac3841b3da7 3febf098901c931a \
        bfe40991e398dbfc 3fe0be2cef01c8f4 bfe2699022adc4c1 bfe2699022adc4c1 bfefffe62ecfab75 bfefffe62ecfab75 fff8000000000000 fff8000000000000 \
        7ff8000000000000 3fee3b20e373ec84 bfeec0383a3ad106 3feffbea77df3573 bfd00ca80e57a66d 3fe8b0083bcce93f 3fe9eb1a15adc5ac bfe1640d97a05980 \
        bfeeb090359d59fb bfb7086f06ed02f5 bfe585262b945238 bfeffc0dc40a411e bfe99ddbfb1630c6 3fe4db878bee1b94 bfee781d83a20bf1 bfb46b28147c4f93 \
        3fefffffffffff89 3ff0000000000000 3feffee7b0176f8f 3fed39fecda9c05a 3fece63089908ae6 3fe1c8ae503a8fd9 3ff0000000000000 3fefffffffffe68b \
        3feffffa12d84867 \
    "),
    ("cosh", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0147f40224b38 3ff0147f40224b38 3ff080ab05ca6146 3ff20ac1862ae8d0 \
        3ff20ac1862ae8d0 3ff4152c1862342f 3ff880a323a40721 3ff880a323a40721 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b07551d9f550 3ff8b07551d9f550 \
        3ff8b07551d9f552 3ff8b5466aae5b2d 3ff8b5466aae5b2d 4002d1bc21e22022 400e18fa0df2d9bc 400e18fa0df2d9bc 40188776e4b30aa3 40188776e4b30aa3 \
        402422a497d6185e 401e70c4a4f41684 40272f147fee4000 40272f147fee4000 40528d6fcbeff3aa 405e9645c9b6718b 408c402bffaed3ce 40c5829dd053712d \
        40c5829dd053712d 41aceb088b68e804 41e604b68cf05f66 41f226af33b1fdc1 4208ab7fb5475fb7 424ef822f7f6731d 429370470aec28ed 429370470aec28ed \
        48e3494a9b171bf5 48efcc37a76f9e76 4c89f7c3573fa4e3 4f3f8c719c2b477d 4f4a01e6ff52efb1 4f557083399a257d 4f61ac8383f35fbd 4f3f8c719c2b477d \
        4f557083399a257d 51f32a150cbd140c 51e73f60ea79f5b9 51ff98c31a5fdd25 7efd945df4f8ec8e 7fdfe9ce5c4c52b4 7fe3e21a464507f9 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3ff0e6afd3d00f1e 40218a71681399b7 3ff0020ada4ec30e 4009704322a2cf4d 3ff3f531b29445b5 3ff33f1de05facc6 401152fdb84d29f6 \
        402eded70a67ea75 4005d0dc9d6017bc 403aa112effed86e 4027e9829117e1c5 401881041548675a 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        3ff000000000003c 3ff0000000000000 3ff0008c298d8b6b 7ff0000000000000 7ff0000000000000 3ff858a587c5598b 3ff0000000000000 3ff0000000000cba \
        3ff00002f6940aa0 \
    "),
    ("deg2rad", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 000000523fda0e37 0000477d1a894a75 0147f00f350a8ddd 8147f00f350a8ddd \
        3b6a5fea5ec6fd1d bb6a5fea5ec6fd1d 3c40190acc58f3fd 3de7fcd4d572dfe8 3f5c987103b761f5 bf5c987103b761f5 3f71df46a2529d39 3f81df46a2529d39 \
        bf81df46a2529d39 3f890562e34075b6 3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d38 bf91df46a2529d38 3f91df46a2529d39 bf91df46a2529d39 \
        3f91df46a2529d3a 3f91e3d9e79ae386 bf91e3d9e79ae386 3f9acee9f37bebd6 3fa1df46a2529d39 bfa1df46a2529d39 3fa657184ae74487 bfa657184ae74487 \
        3faacee9f37bebd6 3fa84a71d724bc61 3fac12d39c144c9d bfac12d39c144c9d 3fb657184ae74487 3fb893011f31982e 3fc0c152382d7365 3fc657184ae74487 \
        bfc657184ae74487 3fd657184ae74487 3fd921fb54442d18 3fd9b0f58956c202 3fdacee9f37bebd6 3fde28c731eb6950 3fe0c152382d7365 bfe0c152382d7365 \
        3ffbecde5da115a9 bffc109ceae5bae4 40039e14882cae94 4007ce6916380b6d 4007e0485cda5e0a 4007f227a37cb0a7 40080406ea1f0345 c007ce6916380b6d \
        c007f227a37cb0a7 c00bfebda4436846 400becde5da115a9 400c109ceae5bae4 40286f4291ecf2f4 4028c6a7ab5381d1 4028c89ef3189006 c02a0162473135c5 \
        c02a0a51ea825f14 4031740afa84ad8a 4031dd0ab97e52e5 4031df46a2529d39 c032bead953fa5e6 c032c32566e83a8e 409b4551276f4f27 41a4ce527a661c14 \
        42e3d793a042891f 4422ec430581f40c 7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 ff91df46a2529d38 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3f77e1ba742cda10 bfa99188b89561be bf420f51f5fa7023 3fa04d4791717c0c bf88a6659fd5ef26 3f8666efca8016a2 bfa32bcb0cf5c1be \
        bfaea3bc871aba16 bf9daf086223279a 3fb1c274656b1acd bfac59d603c3bc82 bfa654b669e69a05 c23677188dc0f151 c20436ae1f9efe91 c383481048022648 \
        3e285459ac776c07 3c15a6b849b41df0 3f32b3a864600d87 c098a50f7d0e30ae 40359c788a2a807e 3f918acaf9a97a9d 3c4b9a97049ddc70 be568b53238bb991 \
        3f05c1110be04fd0 \
    "),
    ("degrees", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 00041eb8ebed213b 006ca5dc1a63c1f8 02032f6f0525cd6b 82032f6f0525cd6b \
        3c25236ef1b4e0fd bc25236ef1b4e0fd 3cf9cdc0ee0d4ca5 3ea339ab8414ce69 4016eb167b830194 c016eb167b830194 402ca5dc1a63c1f8 403ca5dc1a63c1f8 \
        c03ca5dc1a63c1f8 40440db3ac12a160 404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f7 c04ca5dc1a63c1f7 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 \
        404ca5dc1a63c1fa 404cad3192395c87 c04cad3192395c87 40557c6513cad17a 405ca5dc1a63c1f8 c05ca5dc1a63c1f8 4061e7a9907e593b c061e7a9907e593b \
        40657c6513cad17a 406377dfdb666cf5 4066800000000000 c066800000000000 4071e7a9907e593b 4073b2075224955a 407adb7e58bd85d8 4081e7a9907e593b \
        c081e7a9907e593b 4091e7a9907e593b 4094249ec28e2462 4094973632f7b36a 40957c6513cad17a 40982bf1b6442ba9 409adb7e58bd85d8 c09adb7e58bd85d8 \
        40b66193f49def8a c0b67e39d0b8534c 40bf720e98f77fe9 40c31477179370b0 40c322ca05a0a291 40c3311cf3add472 40c33f6fe1bb0653 c0c31477179370b0 \
        c0c3311cf3add472 c0c66fe6e2ab216b 40c66193f49def8a 40c67e39d0b8534c 40e39561760a3199 40e3db6cbf8d46c8 40e3dd001c4c2afd c0e4d7ab623313df \
        c0e4ded4d939accf 40ebf9f8f1c56b6c 40eca2475ee07580 40eca5dc1a63c1f8 c0ee0bf559ada0f1 c0ee131ed0b439e1 4155db4a7ce23bed 4260acde44675a58 \
        439fce3850e84149 44de5506ad08bee3 7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 403323f2a3375ea7 c0647e068cc3c311 bffcf2df18e57205 405a217c94cc1f9e c043c19233ea4a51 4041f45be8fe17e9 c05ebadcd24a13cc \
        c0688e7dbc81ab92 c057ca5e8f5117cb 406c77a9489b9a85 c066b8e96176f606 c061e5c0c45846a3 c2f2014f62ec4aeb c2c033550ebddd1b c43ee82d9da26666 \
        3ee37fd03e009c9d 3cd15a4dc0032039 3fedfa4b2bbf8de2 c153c07ffe0de435 40f15216e76f6f18 404c1e706b6be5c0 3d061fa263e4564a bf121185d92e6f8a \
        3fc16f6b7282f717 \
    "),
    ("exp", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000002af31dc 3ff1aec7b35a00d4 3fecf46d99d52b3a 3ff48b5e3c3e8186 3ffa61298e1e069c \
        3fe368b2fc6f960a 40001c2a61268987 400587a5f064dcf9 3fd7c7e999f9513c 4005bf0a8b145769 3fd78b56362cef39 4005bf0a8b145769 3fd78b56362cef38 \
        4005bf0a8b14576b 4005c49c6b2c1310 3fd7854ffc1240e4 4011ed3fe64fc541 401d8e64b8d4ddae 3fc152aaa3bf81cc 40285d6fd931e0bb 3fb50385c094f425 \
        403415e5bf6fb106 402e4efb75e4527a 403724046eb09339 3fa620227b598ef9 40628d389970338f 406e96244f21bbf6 409c402b6eb1f6ad 40d5829dcf950560 \
        3f07cd79b5647c9b 41bceb088b68e804 41f604b68cf05f66 420226af33b1fdc1 4218ab7fb5475fb7 425ef822f7f6731d 42a370470aec28ed 3d3a56e0c2ac7f75 \
        48f3494a9b171bf5 36e01a0e5643644f 4c99f7c3573fa4e3 4f4f8c719c2b477d 4f5a01e6ff52efb1 4f657083399a257d 4f71ac8383f35fbd 30903a9ad316d390 \
        3077e193226e335d 2ddab75a9120ca42 51f73f60ea79f5b9 520f98c31a5fdd24 7f0d945df4f8ec8e 7fefe9ce5c4c52b4 7ff0000000000000 0000000000000001 \
        0000000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 0000000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff6589a6c03ec24 3fad48db0f850935 3fef015a83fffeb9 4018cb0e396c365e 3fe00e79cddb633e 3ffdf1984dbf5de5 3fbdf574a631b922 \
        3fa09a55b56dd60b 3fc850ed7f62a6cc 404a9eab74b32d6b 3fa5730495fe8c53 3fb50920aad97277 0000000000000000 0000000000000000 0000000000000000 \
        3ff000002b8fd1b6 3ff0000000000000 3ff043857676a73e 0000000000000000 7ff0000000000000 40055930365aae39 3ff0000000000001 3feffffd7a27d2ee \
        3ff009bfcf33b681 \
    "),
    ("exp2", "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000001dc53be 3ff125fbee250664 3feddb680117ab12 3ff306fe0a31b715 3ff6a09e667f3bcd \
        3fe6a09e667f3bcd 3ff9fdf8bcce533d 3fffc769e9b9c35e 3fe01c7d6c404f0c 3fffffffffffffff 3fe0000000000000 4000000000000000 3fe0000000000000 \
        4000000000000001 400002d711c79a95 3fdffa52de61c120 4006a09e667f3bcd 4010000000000000 3fd0000000000000 4016a09e667f3bcd 3fc6a09e667f3bcd \
        4020000000000000 401a52d3c6f8818e 4021a6637e666f83 3fbd0231bd5e9cfd 4040000000000000 4046a09e667f3bcd 4066a09e667f3bcd 4090000000000000 \
        3f50000000000000 4130000000000000 4156a09e667f3bcd 4160000000000000 4170000000000000 41a0000000000000 41d0000000000000 3e10000000000000 \
        4630000000000000 39a6a09e667f3bcd 48b6a09e667f3bcd 4a96a09e667f3bcd 4aa0000000000000 4aa6a09e667f3bcd 4ab0000000000000 3546a09e667f3bcd \
        3536a09e667f3bcd 3366a09e667f3bcd 4c70000000000000 4c80000000000000 6bb0000000000000 6c4b795e38df3bcc 6c50000000000000 1160000000000000 \
        1150000000000000 7e70000000000000 7fe6a09e667f3bcd 7ff0000000000000 0000000000000001 0000000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 0000000000000000 7ff0000000000000 0000000000000000 \
        7ff8000000000000 3ff42b3fa939f9d9 3fc19d741b7706c8 3fef4ea39e932480 400c548f33cf9e41 3fe3d72ed489e13f 3ff8b47afa9c2040 3fcceedbbd3b2287 \
        3fb7c5e223151fff 3fd43d56e9977b4e 402f722a369bf814 3fbc641f274d8ac6 3fc6a4cd36884a84 0000000000000000 0000000000000000 0000000000000000 \
        3ff000001e31da12 3ff0000000000000 3ff02eaf483d4f93 0000000000000000 7ff0000000000000 3fff97d17d957300 3ff0000000000001 3feffffe4055acb0 \
        3ff006c15506e317 \
    "),
    ("expm1", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee3fdb764 3fbaec7b35a00d3a bfb85c933156a62c 3fd22d78f0fa061a 3fe4c2531c3c0d38 \
        bfd92e9a0720d3ec 3ff03854c24d130d 3ffb0f4be0c9b9f3 bfe41c0b33035762 3ffb7e151628aed1 bfe43a54e4e98864 3ffb7e151628aed3 bfe43a54e4e98864 \
        3ffb7e151628aed5 3ffb8938d6582621 bfe43d5801f6df8e 400bda7fcc9f8a83 40198e64b8d4ddae bfebab5557101f8d 40265d6fd931e0bb bfed5f8f47ed617b \
        403315e5bf6fb106 402c4efb75e4527a 403624046eb09339 bfee9dfdd84a6710 40626d389970338f 406e76244f21bbf6 409c3c2b6eb1f6ad 40d5825dcf950560 \
        bfefffa0ca192a6e 41bceb088a68e804 41f604b68ce05f66 420226af33a9fdc1 4218ab7fb5435fb7 425ef822f7f6331d 42a370470aec26ed bfeffffffffffcb5 \
        48f3494a9b171bf5 bff0000000000000 4c99f7c3573fa4e3 4f4f8c719c2b477d 4f5a01e6ff52efb1 4f657083399a257d 4f71ac8383f35fbd bff0000000000000 \
        bff0000000000000 bff0000000000000 51f73f60ea79f5b9 520f98c31a5fdd25 7f0d945df4f8ec8e 7fefe9ce5c4c52b4 7ff0000000000000 bff0000000000000 \
        bff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 bff0000000000000 bff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 bff0000000000000 7ff0000000000000 bff0000000000000 7ff0000000000000 bff0000000000000 \
        7ff8000000000000 3fd96269b00fb08f bfee2b724f07af6d bf9fd4af800028da 4014cb0e396c365e bfdfe30c64493983 3febe3309b7ebbcb bfec41516b39c8dc \
        bfeef65aa4a9229f bfe9ebc4a027564d 404a1eab74b32d6b bfeea8cfb6a0173b bfed5edbeaa4d1b1 bff0000000000000 bff0000000000000 bff0000000000000 \
        3e85c7e8dae92e11 3c736219d2c79266 3f90e15d9da9cf71 bff0000000000000 7ff0000000000000 3ffab2606cb55c72 3ca8b6571c4bd6e2 beb42ec168912e87 \
        3f637f9e676d02fa \
    "),
    ("fabs", "\
        0000000000000000 0000000000000000 0000000000000001 0000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        3bc79ca10c924223 3bc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb999999999999a 3fb999999999999a 3fd0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe6666666666666 3fefae147ae147ae 3fefae147ae147ae 3fefffffffffffff 3fefffffffffffff 3ff0000000000000 3ff0000000000000 \
        3ff0000000000001 3ff004189374bc6a 3ff004189374bc6a 3ff8000000000000 4000000000000000 4000000000000000 4004000000000000 4004000000000000 \
        4008000000000000 4005bf0a8b145769 400921fb54442d18 400921fb54442d18 4014000000000000 4016000000000000 401e000000000000 4024000000000000 \
        4024000000000000 4034000000000000 4036800000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 403e000000000000 \
        4059000000000000 4059200000000000 4061900000000000 4065500000000000 4065600000000000 4065700000000000 4065800000000000 4065500000000000 \
        4065700000000000 4069100000000000 4069000000000000 4069200000000000 4085e00000000000 40862e3d70a3d70a 4086300000000000 4087480000000000 \
        4087500000000000 408f400000000000 408ffc0000000000 4090000000000000 4090c80000000000 4090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c 7e37e43c8800759c 7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5614b52a1ff60 4006e3dde81c611a 3fa02b02ee0fb000 3ffd303a720dc354 3fe6115c742a0e00 3fe40e2eabc64188 400129af57352e7a \
        400b6e13f944b2f0 3ffa930204ed2adc 400fcc6550dc798e 4009618d7bcf67c2 4003fdde020c5d86 42941ca617f35925 4262189d5616b51f 43e142fe724bc4b0 \
        3e85c7e8bd42a94b 3c736219d2c79266 3f90be2256ab932f 40f6102a2866a825 409358ecebfcd27d 3fef68bbd36d0c75 3ca8b6571c4bd6e1 3eb42ec2343c9a71 \
        3f6379b00b8f631b \
    "),
    ("floor", "\
        0000000000000000 8000000000000000 0000000000000000 bff0000000000000 0000000000000000 0000000000000000 0000000000000000 bff0000000000000 \
        0000000000000000 bff0000000000000 0000000000000000 0000000000000000 0000000000000000 bff0000000000000 0000000000000000 0000000000000000 \
        bff0000000000000 0000000000000000 0000000000000000 bff0000000000000 0000000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 c000000000000000 3ff0000000000000 4000000000000000 c000000000000000 4000000000000000 c008000000000000 \
        4008000000000000 4000000000000000 4008000000000000 c010000000000000 4014000000000000 4014000000000000 401c000000000000 4024000000000000 \
        c024000000000000 4034000000000000 4036000000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 c03e000000000000 \
        4059000000000000 c059400000000000 4061800000000000 4065400000000000 4065600000000000 4065600000000000 4065800000000000 c065600000000000 \
        c065800000000000 c069200000000000 4069000000000000 4069200000000000 4085e00000000000 4086280000000000 4086300000000000 c087480000000000 \
        c087500000000000 408f400000000000 408ff80000000000 4090000000000000 c090c80000000000 c090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff ffefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 0000000000000000 c008000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 0000000000000000 c008000000000000 \
        c010000000000000 c000000000000000 4008000000000000 c010000000000000 c008000000000000 c2941ca617f35c00 c262189d5616c000 c3e142fe724bc4b0 \
        0000000000000000 0000000000000000 0000000000000000 c0f6103000000000 4093580000000000 0000000000000000 0000000000000000 bff0000000000000 \
        0000000000000000 \
    "),
    ("log", "\
        fff0000000000000 fff0000000000000 c0874385446d71c3 fff8000000000000 c0864e69394d9508 c086232bdd7abcd2 c085963447f87fb5 fff8000000000000 \
        c047069e2aa2aa5b fff8000000000000 c0426bb1bbb55516 c0326bb1bbb55516 c0026bb1bbb55515 fff8000000000000 bff62e42fefa39ef bfe62e42fefa39ef \
        fff8000000000000 bfd6d3c324e13f50 bf8495453e6fd4bc fff8000000000000 bca0000000000000 fff8000000000000 0000000000000000 fff8000000000000 \
        3cafffffffffffff 3f5060354f8c3cc4 fff8000000000000 3fd9f323ecbf984c 3fe62e42fefa39ef fff8000000000000 3fed5240f0e0e078 fff8000000000000 \
        3ff193ea7aad030b 3ff0000000000000 3ff250d048e7a1bd fff8000000000000 3ff9c041f7ed8d33 3ffb46a5ef8151a0 40001e85798eb9a3 40026bb1bbb55516 \
        fff8000000000000 4007f7427b73e391 4008e87ab6e53b28 4009157dfdd1b3f0 40096ca77c922cf9 400a5ddfb8038490 400b35a6f90bd69b fff8000000000000 \
        40126bb1bbb55516 fff8000000000000 4013c7e478d0defd 40148e10a028ea15 401491104058db1c 4014940da2c67c84 40149708cac90484 fff8000000000000 \
        fff8000000000000 fff8000000000000 4015317a1b949c53 401536958fd351f0 401a344e6741ebab 401a4283947ad848 401a42d4d1ff8154 fff8000000000000 \
        fff8000000000000 401ba18a998fffa0 401bb953b6b81db0 401bb9d3beb8c86b fff8000000000000 fff8000000000000 4027069e2aa2aa5b 4037069e2aa2aa5b \
        40426bb1bbb55516 40495414621954fe 4085963447f87fb5 fff8000000000000 40862e42fefa39ef fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 bff18af47f8be5f9 fff8000000000000 fff8000000000000 3fe33ce2cdbd7fb8 fff8000000000000 bfdde738042ff1a1 fff8000000000000 \
        fff8000000000000 fff8000000000000 3ff61460c2f0ddbc fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        c02f4493deda2053 c0434fed1e5bc799 c010743ba52d2961 fff8000000000000 401c7c5a9726f6f5 bf9315c522b23dba c04226aadec3ee70 fff8000000000000 \
        c0182ac439fce687 \
    "),
    ("log10", "\
        fff0000000000000 fff0000000000000 c07434e6420f4374 fff8000000000000 c073600000000000 c0733a7146f72a42 c072c00000000000 fff8000000000000 \
        c034000000000000 fff8000000000000 c030000000000000 c020000000000000 bff0000000000000 fff8000000000000 bfe34413509f79ff bfd34413509f79ff \
        fff8000000000000 bfc3d3d3d21ccf04 bf71e0d4874f92f2 fff8000000000000 bc8bcb7b1526e50f fff8000000000000 0000000000000000 fff8000000000000 \
        3c9bcb7b1526e50d 3f3c729c93ddd23a fff8000000000000 3fc68a288b60b7fc 3fd34413509f79ff fff8000000000000 3fd977d95ec10c02 fff8000000000000 \
        3fde8927964fd5fd 3fdbcb7b1526e50e 3fdfd14db31ba3bb fff8000000000000 3fe65df657b04301 3fe7b10d1851cdde 3fec00807a887100 3ff0000000000000 \
        fff8000000000000 3ff4d104d427de80 3ff5a28a22d82dff 3ff5c9a3209bf97f 3ff61558620b90fe 3ff6e6ddb0bbe07e 3ff7a249e593f57f fff8000000000000 \
        4000000000000000 fff8000000000000 40012e70ecb81274 4001da925040a76a 4001dd2d1091d607 4001dfc5de86a9f0 4001e25cbd05f6fa fff8000000000000 \
        fff8000000000000 fff8000000000000 400268826a13ef40 40026cf20df72d57 4006c2c2c2de3310 4006cf19f902e5ce 4006cf608981902a fff8000000000000 \
        fff8000000000000 4008000000000000 400814a8efe790d3 4008151824c7587f fff8000000000000 fff8000000000000 4014000000000000 4024000000000000 \
        4030000000000000 4036000000000000 4072c00000000000 fff8000000000000 40734413509f79ff fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 bfde799688b6ed9e fff8000000000000 fff8000000000000 3fd0b5b39b202b8e fff8000000000000 bfc9f93d1366697e fff8000000000000 \
        fff8000000000000 fff8000000000000 3fe32d97d73c0621 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        c01b28b0125925e4 c030c63d61d16016 bffc9565eec6f680 fff8000000000000 4008be0edf082f90 bf8093b9d825b7fe c02f8816911568b5 fff8000000000000 \
        c004fdc1d218ee48 \
    "),
    ("log1p", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee0636111 3fb8663f793c46c7 bfbaf8e8210a415e 3fcc8ff7c79a9a22 3fd9f323ecbf984c \
        bfe62e42fefa39ef 3fe0fae81914a991 3fe60532ef13c385 c0126bb1bbb55515 3fe62e42fefa39ef c0425e4f7b2737fa 3fe62e42fefa39ef fff0000000000000 \
        3fe62e42fefa39f0 3fe6325b4f58d14e fff8000000000000 3fed5240f0e0e078 3ff193ea7aad030b fff8000000000000 3ff40b512eb53d60 fff8000000000000 \
        3ff62e42fefa39ef 3ff5031eafefb049 3ff6bcbed09f00af fff8000000000000 3ffcab0bfa2a2002 3ffdf2e6d6e5fbaa 40011edb023bf0fe 40032ee3b77f374c \
        fff8000000000000 40085b2e946faeb1 400941896fd2623b 40096ca77c922cf9 4009c041f7ed8d33 400aa85ad6964a23 400b78ce48912b5a fff8000000000000 \
        401275e2271bba31 fff8000000000000 4013cf27a8337380 4014940da2c67c84 40149708cac90484 40149a01bbb036ca 40149cf878c47a87 fff8000000000000 \
        fff8000000000000 fff8000000000000 401536958fd351f0 40153baa86fb016f 401a35c4a0a661ec 401a43f4a6c2f964 401a4445c70632f8 fff8000000000000 \
        fff8000000000000 401ba2909ce4f864 401bba53b6b97306 401bbad39ebe1cc1 fff8000000000000 fff8000000000000 4027069f7a2d94f6 4037069e2aa3184e \
        40426bb1bbb55516 40495414621954fe 4085963447f87fb5 fff8000000000000 40862e42fefa39ef fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 3fd27259ee4b3bd1 fff8000000000000 bfa06dc595dc8cf8 3ff09cad9e63d97d bff2b8235f34cdc3 3fdf24018365ac85 fff8000000000000 \
        fff8000000000000 fff8000000000000 3ff9ab9055bdabf1 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3e85c7e89f9c24d5 3c736219d2c79266 3f909b78be55f63a fff8000000000000 401c7d2e36a21485 3fe5e246f9605754 3ca8b6571c4bd6e0 beb42ec2ffe81669 \
        3f6373c54a2135f1 \
    "),
    ("log2", "\
        fff0000000000000 fff0000000000000 c090c80000000000 fff8000000000000 c0901730dabca5f6 c08ff00000000000 c08f24a09f1a8b89 fff8000000000000 \
        c0509c1165ec0627 fff8000000000000 c04a934f0979a371 c03a934f0979a371 c00a934f0979a371 fff8000000000000 c000000000000000 bff0000000000000 \
        fff8000000000000 bfe0776228967d13 bf8db1f34d2c386d fff8000000000000 bca71547652b82fe fff8000000000000 0000000000000000 fff8000000000000 \
        3cb71547652b82fd 3f57a013faca698f fff8000000000000 3fe2b803473f7ad1 3ff0000000000000 fff8000000000000 3ff5269e12f346e3 fff8000000000000 \
        3ff95c01a39fbd68 3ff71547652b82fe 3ffa6c873498ddf7 fff8000000000000 4002934f0979a371 4003acea7c065d42 4007414fdb498226 400a934f0979a371 \
        fff8000000000000 401149a784bcd1b9 4011f7a8568cb06d 40121820a01ac755 4012570068e7ef5a 401305013ab7ce0e 4013a0a7eda4c113 fff8000000000000 \
        401a934f0979a371 fff8000000000000 401c89a70da44831 401da78e146f7bef 401dabe18797f1f5 401db031befe0643 401db47ebf73882a fff8000000000000 \
        fff8000000000000 fff8000000000000 401e934f0979a371 401e9aad4b6679d9 4022e7052491d2c4 4022f144cfab51ae 4022f17f69e84b95 fff8000000000000 \
        fff8000000000000 4023ee7b471b3a95 4023ffa3a51c9e51 4024000000000000 fff8000000000000 fff8000000000000 40309c1165ec0627 40409c1165ec0627 \
        404a934f0979a371 405245465683a05e 408f24a09f1a8b89 fff8000000000000 4090000000000000 fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 bff94f141fca54a7 fff8000000000000 fff8000000000000 3febc11bc9418a1d fff8000000000000 bfe59212b753f056 fff8000000000000 \
        fff8000000000000 fff8000000000000 3fffdaa85d442a45 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        c0368e150c3a13b2 c04bdc93efa50bd2 c017bcf7b78cdb52 fff8000000000000 40248c52460f6c12 bf9b88ad1de5dfd0 c04a2fb95ed9b794 fff8000000000000 \
        c0216ecf05bf0c0e \
    "),
    ("rad2deg", "\
        0000000000000000 8000000000000000 0000000000000039 8000000000000039 00041eb8ebed213b 006ca5dc1a63c1f8 02032f6f0525cd6b 82032f6f0525cd6b \
        3c25236ef1b4e0fd bc25236ef1b4e0fd 3cf9cdc0ee0d4ca5 3ea339ab8414ce69 4016eb167b830194 c016eb167b830194 402ca5dc1a63c1f8 403ca5dc1a63c1f8 \
        c03ca5dc1a63c1f8 40440db3ac12a160 404c5c856c0bb859 c04c5c856c0bb859 404ca5dc1a63c1f7 c04ca5dc1a63c1f7 404ca5dc1a63c1f8 c04ca5dc1a63c1f8 \
        404ca5dc1a63c1fa 404cad3192395c87 c04cad3192395c87 40557c6513cad17a 405ca5dc1a63c1f8 c05ca5dc1a63c1f8 4061e7a9907e593b c061e7a9907e593b \
        40657c6513cad17a 406377dfdb666cf5 4066800000000000 c066800000000000 4071e7a9907e593b 4073b2075224955a 407adb7e58bd85d8 4081e7a9907e593b \
        c081e7a9907e593b 4091e7a9907e593b 4094249ec28e2462 4094973632f7b36a 40957c6513cad17a 40982bf1b6442ba9 409adb7e58bd85d8 c09adb7e58bd85d8 \
        40b66193f49def8a c0b67e39d0b8534c 40bf720e98f77fe9 40c31477179370b0 40c322ca05a0a291 40c3311cf3add472 40c33f6fe1bb0653 c0c31477179370b0 \
        c0c3311cf3add472 c0c66fe6e2ab216b 40c66193f49def8a 40c67e39d0b8534c 40e39561760a3199 40e3db6cbf8d46c8 40e3dd001c4c2afd c0e4d7ab623313df \
        c0e4ded4d939accf 40ebf9f8f1c56b6c 40eca2475ee07580 40eca5dc1a63c1f8 c0ee0bf559ada0f1 c0ee131ed0b439e1 4155db4a7ce23bed 4260acde44675a58 \
        439fce3850e84149 44de5506ad08bee3 7e95638a23f1bc66 fe95638a23f1bc66 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 403323f2a3375ea7 c0647e068cc3c311 bffcf2df18e57205 405a217c94cc1f9e c043c19233ea4a51 4041f45be8fe17e9 c05ebadcd24a13cc \
        c0688e7dbc81ab92 c057ca5e8f5117cb 406c77a9489b9a85 c066b8e96176f606 c061e5c0c45846a3 c2f2014f62ec4aeb c2c033550ebddd1b c43ee82d9da26666 \
        3ee37fd03e009c9d 3cd15a4dc0032039 3fedfa4b2bbf8de2 c153c07ffe0de435 40f15216e76f6f18 404c1e706b6be5c0 3d061fa263e4564a bf121185d92e6f8a \
        3fc16f6b7282f717 \
    "),
    ("radians", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 000000523fda0e37 0000477d1a894a75 0147f00f350a8ddd 8147f00f350a8ddd \
        3b6a5fea5ec6fd1d bb6a5fea5ec6fd1d 3c40190acc58f3fd 3de7fcd4d572dfe8 3f5c987103b761f5 bf5c987103b761f5 3f71df46a2529d39 3f81df46a2529d39 \
        bf81df46a2529d39 3f890562e34075b6 3f91b185ed7fde36 bf91b185ed7fde36 3f91df46a2529d38 bf91df46a2529d38 3f91df46a2529d39 bf91df46a2529d39 \
        3f91df46a2529d3a 3f91e3d9e79ae386 bf91e3d9e79ae386 3f9acee9f37bebd6 3fa1df46a2529d39 bfa1df46a2529d39 3fa657184ae74487 bfa657184ae74487 \
        3faacee9f37bebd6 3fa84a71d724bc61 3fac12d39c144c9d bfac12d39c144c9d 3fb657184ae74487 3fb893011f31982e 3fc0c152382d7365 3fc657184ae74487 \
        bfc657184ae74487 3fd657184ae74487 3fd921fb54442d18 3fd9b0f58956c202 3fdacee9f37bebd6 3fde28c731eb6950 3fe0c152382d7365 bfe0c152382d7365 \
        3ffbecde5da115a9 bffc109ceae5bae4 40039e14882cae94 4007ce6916380b6d 4007e0485cda5e0a 4007f227a37cb0a7 40080406ea1f0345 c007ce6916380b6d \
        c007f227a37cb0a7 c00bfebda4436846 400becde5da115a9 400c109ceae5bae4 40286f4291ecf2f4 4028c6a7ab5381d1 4028c89ef3189006 c02a0162473135c5 \
        c02a0a51ea825f14 4031740afa84ad8a 4031dd0ab97e52e5 4031df46a2529d39 c032bead953fa5e6 c032c32566e83a8e 409b4551276f4f27 41a4ce527a661c14 \
        42e3d793a042891f 4422ec430581f40c 7ddaafe6d51317bb fddaafe6d51317bb 7f91df46a2529d38 ff91df46a2529d38 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3f77e1ba742cda10 bfa99188b89561be bf420f51f5fa7023 3fa04d4791717c0c bf88a6659fd5ef26 3f8666efca8016a2 bfa32bcb0cf5c1be \
        bfaea3bc871aba16 bf9daf086223279a 3fb1c274656b1acd bfac59d603c3bc82 bfa654b669e69a05 c23677188dc0f151 c20436ae1f9efe91 c383481048022648 \
        3e285459ac776c07 3c15a6b849b41df0 3f32b3a864600d87 c098a50f7d0e30ae 40359c788a2a807e 3f918acaf9a97a9d 3c4b9a97049ddc70 be568b53238bb991 \
        3f05c1110be04fd0 \
    "),
    ("rint", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 bff0000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 c000000000000000 \
        4008000000000000 4008000000000000 4008000000000000 c008000000000000 4014000000000000 4018000000000000 4020000000000000 4024000000000000 \
        c024000000000000 4034000000000000 4036000000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 c03e000000000000 \
        4059000000000000 c059000000000000 4061800000000000 4065400000000000 4065600000000000 4065800000000000 4065800000000000 c065400000000000 \
        c065800000000000 c069000000000000 4069000000000000 4069200000000000 4085e00000000000 4086300000000000 4086300000000000 c087480000000000 \
        c087500000000000 408f400000000000 4090000000000000 4090000000000000 c090c80000000000 c090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff ffefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 0000000000000000 c008000000000000 8000000000000000 4000000000000000 bff0000000000000 3ff0000000000000 c000000000000000 \
        c008000000000000 c000000000000000 4010000000000000 c008000000000000 c000000000000000 c2941ca617f35800 c262189d5616c000 c3e142fe724bc4b0 \
        0000000000000000 0000000000000000 0000000000000000 c0f6103000000000 4093580000000000 3ff0000000000000 0000000000000000 8000000000000000 \
        0000000000000000 \
    "),
    ("sign", "\
        0000000000000000 0000000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        7ff8000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 \
    "),
    ("sin", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb98eaecb8bcb2c bfb98eaecb8bcb2c 3fcfaaeed4f31577 3fdeaee8744b05f0 \
        bfdeaee8744b05f0 3fe49d6e694619b8 3feac0b98d96429d bfeac0b98d96429d 3feaed548f090ced bfeaed548f090ced 3feaed548f090cee bfeaed548f090cee \
        3feaed548f090cef 3feaf1c0c5b2b5cc bfeaf1c0c5b2b5cc 3fefeb7a9b2c6d8b 3fed18f6ead1b446 bfed18f6ead1b446 3fe326af0dcfcab1 bfe326af0dcfcab1 \
        3fc210386db6d55b 3fda4a3d9c2131df 3ca1a62633145c07 bca1a62633145c07 bfeeaf81f5e09933 bfe693c94e0ab057 3fee041886fcae30 bfe1689ef5f34f52 \
        3fe1689ef5f34f52 3fed36d8f55d3ce0 bfdf2dde019d9bc7 bfeb143cd0247d02 bfecfa7f7919140f 3fee9aa1b0e5ba30 bfef9df47f1c903d 3fef9df47f1c903d \
        bfe03425b78c4db8 3f9fb3f833470ff1 3fe87e3144b03e20 3fe8200c6303d913 3fef403b7dec79d0 3feeb9ae346ec5aa 3fe6ad55eee30699 bfe8200c6303d913 \
        bfeeb9ae346ec5aa 3fe10cdd16148431 bfebf20d2c67047f bfafb014358e6928 3fe16834defaadb0 bfcbed0535bed05e 3f0f9bd0303f6faf 3fdb683ccbc86662 \
        3fefbcb72e6a6f53 3fea75cc150a206b bfe39981d6dbe861 bfc44ad2614e80ab 3fda5ecc9be3239d bfe1693e166aaf59 3fa24daa9c527e96 bfdf334c7896a4e3 \
        3fe8f334432ebba5 bfeb453ab76bf397 bfea2c16b010e385 3fea2c16b010e385 3f7452fc98b34e97 bf7452fc98b34e97 fff8000000000000 fff8000000000000 \
        7ff8000000000000 3fd4fc0f1b9888cc bfd1b4fff7b3561f bfa02a52d6c5bef8 3feefa3bb6b5980b bfe45c1b58513709 3fe2c49c6a867ff2 bfeadca22809d151 \
        3fd22060bfe46bf5 bfefdec67cd71c62 bfe7aed963cac554 3f9fc7c5462da475 bfe32d840b8a15ea 3fe844c08b24af96 bfd38ed24ffb8982 bfefe5e6a9840613 \
        3e85c7e8bd42a930 3c736219d2c79266 3f90bdf17365d893 3fda0fea0c6c047a 3fdb7bcf4ac85327 3fea9a6e266ef49f 3ca8b6571c4bd6e1 beb42ec2343c9517 \
        3f6379aed7c71014 \
    "),
    ("sinh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9a487337b59b3 bfb9a487337b59b3 3fd02accd9d08102 3fe0acd00fe63b97 \
        bfe0acd00fe63b97 3fe8465153d5bdbd 3ff28ea8bd25b2d2 bff28ea8bd25b2d2 3ff2cd9fc44eb982 bff2cd9fc44eb982 3ff2cd9fc44eb982 bff2cd9fc44eb982 \
        3ff2cd9fc44eb984 3ff2d3f26ba9caf4 bff2d3f26ba9caf4 400108c3aabd6a60 400d03cf63b6e19f c00d03cf63b6e19f 40183368cdb0b6d3 c0183368cdb0b6d3 \
        40240926e70949ae 401e2d3246d48e6f 402718f45d72e671 c02718f45d72e671 40528d0166f07374 405e9602d48d0661 408c402addb5198d 40c5829dced69992 \
        c0c5829dced69992 41aceb088b68e804 41e604b68cf05f66 41f226af33b1fdc1 4208ab7fb5475fb7 424ef822f7f6731d 429370470aec28ed c29370470aec28ed \
        48e3494a9b171bf5 c8efcc37a76f9e76 4c89f7c3573fa4e3 4f3f8c719c2b477d 4f4a01e6ff52efb1 4f557083399a257d 4f61ac8383f35fbd cf3f8c719c2b477d \
        cf557083399a257d d1f32a150cbd140c 51e73f60ea79f5b9 51ff98c31a5fdd25 7efd945df4f8ec8e 7fdfe9ce5c4c52b4 7fe3e21a464507f9 fff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fd5c7aa60cf7416 c0216d288d0414ae bfa02bb309d87620 400825d950359d6f bfe7dbe9974d282b 3fe564f4dabf6240 c010db27e5b46311 \
        c02ece3cb4b27c9f c0044bcdc569ed4f 403a9c43f9678269 c027d40f8c81e338 c0182cdf929d0190 fff0000000000000 fff0000000000000 fff0000000000000 \
        3e85c7e8bd42a966 3c736219d2c79266 3f90be533a46f4b8 fff0000000000000 7ff0000000000000 3ff259bae4f002e7 3ca8b6571c4bd6e1 beb42ec2343c9fcb \
        3f6379b13f57c189 \
    "),
    ("sqrt", "\
        0000000000000000 8000000000000000 1e60000000000000 fff8000000000000 1fc1297872d9cbae 2000000000000000 20ca2fe76a3f9475 fff8000000000000 \
        3ddb7cdfd9d7bdbb fff8000000000000 3e45798ee2308c3a 3f1a36e2eb1c432d 3fd43d136248490f fff8000000000000 3fe0000000000000 3fe6a09e667f3bcd \
        fff8000000000000 3feac5eb3f7ab2f8 3fefd6efe4c9b8a5 fff8000000000000 3fefffffffffffff fff8000000000000 3ff0000000000000 fff8000000000000 \
        3ff0000000000000 3ff0020c2830b9c7 fff8000000000000 3ff3988e1409212e 3ff6a09e667f3bcd fff8000000000000 3ff94c583ada5b53 fff8000000000000 \
        3ffbb67ae8584caa 3ffa61298e1e069c 3ffc5bf891b4ef6a fff8000000000000 4001e3779b97f4a8 4002c2fc595456a7 4005e8add236a58f 40094c583ada5b53 \
        fff8000000000000 4011e3779b97f4a8 4012f9422c23c47e 40132eee75770416 4013988e1409212e 4014c8dc2e423980 4015e8add236a58f fff8000000000000 \
        4024000000000000 fff8000000000000 4027b4dfc079258d 402a1d79241626a4 402a2744ce9674f5 402a310ccf3b3760 402a3ad12a1da160 fff8000000000000 \
        fff8000000000000 fff8000000000000 402c48c6001f0ac0 402c5ada513a1593 403a751f9447b724 403aa4463b2e375f 403aa554ccb17776 fff8000000000000 \
        fff8000000000000 403f9f6e4990f227 403ffdffeffeffec 4040000000000000 fff8000000000000 fff8000000000000 4073c3a4edfa9759 40f86a0000000000 \
        4197d78400000000 42374876e8000000 5f138d352e5096af fff8000000000000 5fefffffffffffff fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 3fe27ed46d49142e fff8000000000000 fff8000000000000 3ff59c4a933b1cbf fff8000000000000 3fe9554ee14201a1 fff8000000000000 \
        fff8000000000000 fff8000000000000 3fffe628390347fb fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3f3a6689f362b1c8 3e319c4cb1c9e999 3fc05dfd1c4f3573 fff8000000000000 4041982128575a58 3fefb403b27e3b5a 3e4c1efc0ff4d291 fff8000000000000 \
        3fa8f6d5636fbade \
    "),
    ("tan", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb9af8877430b80 bfb9af8877430b80 3fd05785a43c4c56 3fe17b4f5bf3474a \
        bfe17b4f5bf3474a 3feaf406c2fc78ae 3ff860fadcc59064 bff860fadcc59064 3ff8eb245cbee3a4 bff8eb245cbee3a4 3ff8eb245cbee3a6 bff8eb245cbee3a6 \
        3ff8eb245cbee3a9 3ff8f931e213ef8d bff8f931e213ef8d 402c33ed50b88777 c0017af62e0950f8 40017af62e0950f8 bfe7e79b4e00bb15 3fe7e79b4e00bb15 \
        bfc23ef71254b86f bfdcd5cdb683b402 bca1a62633145c07 3ca1a62633145c07 c00b0b4b739bbb07 bfefdbd31615b07a 4005a5ea99227d5b 3fe4bf5f34be3782 \
        bfe4bf5f34be3782 4001e5b4a31aab84 3fe1d9ebe41119b9 3ff9691335235035 c0011444b8486cc1 c00a308b9e3d0997 c0199f0f242693c3 40199f0f242693c3 \
        bfe2ca74d62b5d38 3f9fb7dcab49130d bff3079181df51a3 3ff25c5dbf5d7954 401229058a05cb85 c00b7d416f208713 bff0120b3f2a767c bff25c5dbf5d7954 \
        400b7d416f208713 3fe426053fb03196 bffcae314c80f948 bfafbfa8f4b761ca bfe4beaba1020051 bfcc9d7ca5b9cf8c 3f0f9bd03136287d bfde54309fd3fbcd \
        c01f04411028c49a 3ff786729f34311a bfe8cb6c6043426f bfc48d5be43ada01 3fdcf0f47e38cd1f bfe4c06c9915c53d bfa250a9d503313d bfe1de000f443f50 \
        bff3ec3afb0422df bffa0f79c1b6b257 3ff6be411f37ac77 bff6be411f37ac77 bf74530cfe729484 3f74530cfe729484 fff8000000000000 fff8000000000000 \
        7ff8000000000000 3fd6366a9c830f9c 3fd26d22f4bde755 bfa02c63451cc093 c00ee1cdfd95bfd0 bfea63e963302ce5 3fe72bfe0720180d 3ff8b6aca7d3b7cf \
        bfd2e67fd10d9a51 4026238d46f0deb0 3ff19babb5eb8bb8 bf9fcbb10ec5c258 3fe7f4e8ab6f66a9 3ff29ddb550ae5c7 3fd48a5e624ba8b5 4028feccdb9ec681 \
        3e85c7e8bd42a981 3c736219d2c79266 3f90be842039f990 3fdc890bd407dd21 3fde6ebccea07c8a 3ff7ef4616c78cba 3ca8b6571c4bd6e1 beb42ec2343ca525 \
        3f6379b273206fc4 \
    "),
    ("tanh", "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb983d7795f413a bfb983d7795f413a 3fcf597ea69a1c86 3fdd9353d7568af3 \
        bfdd9353d7568af3 3fe356fb17af2e90 3fe83c4fe9b770e1 bfe83c4fe9b770e1 3fe85efab514f394 bfe85efab514f394 3fe85efab514f394 bfe85efab514f394 \
        3fe85efab514f395 3fe8626ac96d575b bfe8626ac96d575b 3fecf6f9786df578 3feed9505e1bc3d4 bfeed9505e1bc3d4 3fef9258260a71c2 bfef9258260a71c2 \
        3fefd77d111a0b00 3fefb8f76b1e2ab7 3fefe175fa29280f bfefe175fa29280f 3fefff419668df11 3fefffb9f2fc1e91 3feffffeb78a3c73 3feffffffdc96f35 \
        bfeffffffdc96f35 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 bff0000000000000 \
        7ff8000000000000 3fd49e62fc91493f bfefca9358303778 bfa029a2deeff1aa 3fee605c9163d7d1 bfe320aa1bc8859b 3fe1c91772f80c82 bfef22a61bd58fdc \
        bfefeeca25e990d9 bfedc55231071f77 3feffa38c3f8b91e bfefe34bbea1f225 bfef921e0326f78c bff0000000000000 bff0000000000000 bff0000000000000 \
        3e85c7e8bd42a915 3c736219d2c79266 3f90bdc092779b98 bff0000000000000 3ff0000000000000 3fe81e8d7aaa0dc3 3ca8b6571c4bd6e1 beb42ec2343c8fbd \
        3f6379ada3ff0cd9 \
    "),
    ("trunc", "\
        0000000000000000 8000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 8000000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 4000000000000000 c000000000000000 4000000000000000 c000000000000000 \
        4008000000000000 4000000000000000 4008000000000000 c008000000000000 4014000000000000 4014000000000000 401c000000000000 4024000000000000 \
        c024000000000000 4034000000000000 4036000000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 c03e000000000000 \
        4059000000000000 c059000000000000 4061800000000000 4065400000000000 4065600000000000 4065600000000000 4065800000000000 c065400000000000 \
        c065600000000000 c069000000000000 4069000000000000 4069200000000000 4085e00000000000 4086280000000000 4086300000000000 c087480000000000 \
        c087500000000000 408f400000000000 408ff80000000000 4090000000000000 c090c80000000000 c090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff ffefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 0000000000000000 c000000000000000 8000000000000000 3ff0000000000000 8000000000000000 0000000000000000 c000000000000000 \
        c008000000000000 bff0000000000000 4008000000000000 c008000000000000 c000000000000000 c2941ca617f35800 c262189d5616a000 c3e142fe724bc4b0 \
        0000000000000000 0000000000000000 0000000000000000 c0f6102000000000 4093580000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 \
    "),
];

/// `np.<name>(x, y)` on float64 in plain Python (`arctan2` and `power`
/// are not matched on AVX-512 CPUs, see `np`).
#[rustfmt::skip]
const NUMPY_UFUNC2: &[(&str, &str)] = &[
    ("copysign", "\
        0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 8000000000000000 \
        0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000000 8000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        8000000000000000 0000000000000000 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        0000000000000001 8000000000000001 0000000000000001 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3fe0000000000000 \
        3fe0000000000000 3fe0000000000000 bfe0000000000000 3fe0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 \
        bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 \
        3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 bff0000000000000 3ff0000000000000 3ff8000000000000 bff8000000000000 \
        3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 3ff8000000000000 \
        bff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 3ff8000000000000 bff8000000000000 3ff8000000000000 4000000000000000 \
        c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4000000000000000 c000000000000000 4000000000000000 4000000000000000 4000000000000000 4000000000000000 c000000000000000 4000000000000000 \
        4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 4008000000000000 c008000000000000 4008000000000000 4008000000000000 4008000000000000 4008000000000000 c008000000000000 \
        4008000000000000 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 3fd5555555555555 bfd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fd5555555555555 \
        bfd5555555555555 3fd5555555555555 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 401d000000000000 c01d000000000000 401d000000000000 401d000000000000 401d000000000000 \
        401d000000000000 c01d000000000000 401d000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 \
        01a56e1fc2f8f359 01a56e1fc2f8f359 81a56e1fc2f8f359 01a56e1fc2f8f359 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c fe37e43c8800759c 7e37e43c8800759c 7fefffffffffffff ffefffffffffffff 7fefffffffffffff \
        7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff ffefffffffffffff 7fefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 \
        fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff0000000000000 fff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 \
        7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 7ff8000000000000 fff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 fff8000000000000 \
        7ff8000000000000 \
    "),
    ("hypot", "\
        0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 4000000000000000 \
        4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 3ff8000000000000 \
        4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 0000000000000001 0000000000000001 0000000000000001 3fe0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01a56e1fc2f8f359 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 3fe0000000000000 3fe0000000000000 3fe0000000000000 3fe6a09e667f3bcd 3ff1e3779b97f4a8 \
        3ff1e3779b97f4a8 3ff94c583ada5b53 40007e0f66afed07 400854bfb363dc39 3fe33ac782eb914d 401d11a25cd6ed91 3fe0000000000000 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff1e3779b97f4a8 \
        3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 3ff0000000000000 \
        7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff1e3779b97f4a8 3ff6a09e667f3bcd 3ff6a09e667f3bcd 3ffcd82b446159f3 4001e3779b97f4a8 40094c583ada5b53 3ff0dd90273c3ce2 401d4649b7a072d4 \
        3ff0000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 3ff8000000000000 3ff8000000000000 \
        3ff8000000000000 3ff94c583ada5b53 3ffcd82b446159f3 3ffcd82b446159f3 4000f876ccdf6cd9 4004000000000000 400ad5336963eefc 3ff895e02cc03e23 \
        401d9d3b47a961b1 3ff8000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 4000000000000000 \
        4000000000000000 4000000000000000 40007e0f66afed07 4001e3779b97f4a8 4001e3779b97f4a8 4004000000000000 4006a09e667f3bcd 400cd82b446159f3 \
        4000387fcced3d7c 401e154dc4e6b3ac 4000000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 \
        4008000000000000 4008000000000000 4008000000000000 400854bfb363dc39 40094c583ada5b53 40094c583ada5b53 400ad5336963eefc 400cd82b446159f3 \
        4010f876ccdf6cd9 400825cf4122a02f 401f627c54f1e0ab 4008000000000000 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fd5555555555555 3fd5555555555555 3fd5555555555555 3fe33ac782eb914d 3ff0dd90273c3ce2 3ff0dd90273c3ce2 3ff895e02cc03e23 \
        4000387fcced3d7c 400825cf4122a02f 3fde2b7dddfefa66 401d07d7b4b12dfb 3fd5555555555555 7e37e43c8800759c 7fefffffffffffff 7ff0000000000000 \
        7ff0000000000000 7ff8000000000000 401d000000000000 401d000000000000 401d000000000000 401d11a25cd6ed91 401d4649b7a072d4 401d4649b7a072d4 \
        401d9d3b47a961b1 401e154dc4e6b3ac 401f627c54f1e0ab 401d07d7b4b12dfb 4024818f8ce34e31 401d000000000000 7e37e43c8800759c 7fefffffffffffff \
        7ff0000000000000 7ff0000000000000 7ff8000000000000 01a56e1fc2f8f359 01a56e1fc2f8f359 01a56e1fc2f8f359 3fe0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff8000000000000 4000000000000000 4008000000000000 3fd5555555555555 401d000000000000 01ae4e8d12762225 7e37e43c8800759c \
        7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c 7e37e43c8800759c \
        7e40e4d50f99b211 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff8000000000000 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 \
    "),
    ("nextafter", "\
        0000000000000000 8000000000000000 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 8000000000000001 \
        0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 8000000000000001 \
        7ff8000000000000 0000000000000000 8000000000000000 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 \
        8000000000000001 0000000000000001 0000000000000001 8000000000000001 0000000000000001 0000000000000001 0000000000000001 0000000000000001 \
        8000000000000001 7ff8000000000000 0000000000000000 0000000000000000 0000000000000001 0000000000000002 0000000000000000 0000000000000002 \
        0000000000000002 0000000000000000 0000000000000002 0000000000000002 0000000000000000 0000000000000002 0000000000000002 0000000000000002 \
        0000000000000002 0000000000000000 7ff8000000000000 3fdfffffffffffff 3fdfffffffffffff 3fdfffffffffffff 3fe0000000000000 3fdfffffffffffff \
        3fe0000000000001 3fe0000000000001 3fdfffffffffffff 3fe0000000000001 3fdfffffffffffff 3fdfffffffffffff 3fdfffffffffffff 3fe0000000000001 \
        3fe0000000000001 3fe0000000000001 3fdfffffffffffff 7ff8000000000000 bfefffffffffffff bfefffffffffffff bfefffffffffffff bfefffffffffffff \
        bff0000000000000 bfefffffffffffff bfefffffffffffff bff0000000000001 bfefffffffffffff bfefffffffffffff bff0000000000001 bfefffffffffffff \
        bfefffffffffffff bfefffffffffffff bfefffffffffffff bff0000000000001 7ff8000000000000 3fefffffffffffff 3fefffffffffffff 3fefffffffffffff \
        3fefffffffffffff 3fefffffffffffff 3ff0000000000000 3ff0000000000001 3fefffffffffffff 3ff0000000000001 3fefffffffffffff 3fefffffffffffff \
        3fefffffffffffff 3ff0000000000001 3ff0000000000001 3ff0000000000001 3fefffffffffffff 7ff8000000000000 3ff7ffffffffffff 3ff7ffffffffffff \
        3ff7ffffffffffff 3ff7ffffffffffff 3ff7ffffffffffff 3ff7ffffffffffff 3ff8000000000000 3ff7ffffffffffff 3ff8000000000001 3ff7ffffffffffff \
        3ff7ffffffffffff 3ff7ffffffffffff 3ff8000000000001 3ff8000000000001 3ff8000000000001 3ff7ffffffffffff 7ff8000000000000 bfffffffffffffff \
        bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff c000000000000000 bfffffffffffffff \
        bfffffffffffffff c000000000000001 bfffffffffffffff bfffffffffffffff bfffffffffffffff bfffffffffffffff c000000000000001 7ff8000000000000 \
        4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff \
        4008000000000000 4007ffffffffffff 4007ffffffffffff 4007ffffffffffff 4008000000000001 4008000000000001 4008000000000001 4007ffffffffffff \
        7ff8000000000000 3fd5555555555554 3fd5555555555554 3fd5555555555554 3fd5555555555556 3fd5555555555554 3fd5555555555556 3fd5555555555556 \
        3fd5555555555554 3fd5555555555556 3fd5555555555555 3fd5555555555554 3fd5555555555554 3fd5555555555556 3fd5555555555556 3fd5555555555556 \
        3fd5555555555554 7ff8000000000000 c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff \
        c01cffffffffffff c01cffffffffffff c01cffffffffffff c01cffffffffffff c01d000000000000 c01cffffffffffff c01cffffffffffff c01cffffffffffff \
        c01cffffffffffff c01d000000000001 7ff8000000000000 01a56e1fc2f8f358 01a56e1fc2f8f358 01a56e1fc2f8f358 01a56e1fc2f8f35a 01a56e1fc2f8f358 \
        01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 01a56e1fc2f8f359 01a56e1fc2f8f35a \
        01a56e1fc2f8f35a 01a56e1fc2f8f35a 01a56e1fc2f8f358 7ff8000000000000 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b \
        7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b 7e37e43c8800759b \
        7e37e43c8800759c 7e37e43c8800759d 7e37e43c8800759d 7e37e43c8800759b 7ff8000000000000 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe \
        7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe 7feffffffffffffe \
        7feffffffffffffe 7feffffffffffffe 7fefffffffffffff 7ff0000000000000 7feffffffffffffe 7ff8000000000000 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff \
        7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7fefffffffffffff 7ff0000000000000 7fefffffffffffff 7ff8000000000000 ffefffffffffffff \
        ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff \
        ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff ffefffffffffffff fff0000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 7ff8000000000000 \
        7ff8000000000000 \
    "),
];

/// `np.power(a, y)` on a float64 array `a` = `GRID` for the exponents
/// numpy's loop shortcuts: -1, 0, 0.5, 1, 2.
#[rustfmt::skip]
const NUMPY_POWER: &[(u64, &str)] = &[
    (0xbff0000000000000, "\
        7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000 7ff0000000000000 7fd0000000000000 7e37e43c8800759b fe37e43c8800759b \
        4415af1d78b58c40 c415af1d78b58c40 4341c37937e08000 4197d78400000000 4024000000000000 c024000000000000 4010000000000000 4000000000000000 \
        c000000000000000 3ff6db6db6db6db7 3ff0295fad40a57f bff0295fad40a57f 3ff0000000000001 bff0000000000001 3ff0000000000000 bff0000000000000 \
        3feffffffffffffe 3feff7d0f16c2e0a bfeff7d0f16c2e0a 3fe5555555555555 3fe0000000000000 bfe0000000000000 3fd999999999999a bfd999999999999a \
        3fd5555555555555 3fd78b56362cef38 3fd45f306dc9c883 bfd45f306dc9c883 3fc999999999999a 3fc745d1745d1746 3fc1111111111111 3fb999999999999a \
        bfb999999999999a 3fa999999999999a 3fa6c16c16c16c17 3fa642c8590b2164 3fa5555555555555 3fa2f684bda12f68 3fa1111111111111 bfa1111111111111 \
        3f847ae147ae147b bf8460cbc7f5cf9a 3f7d272ca3fc5b1a 3f78060180601806 3f77f405fd017f40 3f77e225515a4f1d 3f77d05f417d05f4 bf78060180601806 \
        bf77e225515a4f1d bf746dce34596066 3f747ae147ae147b 3f7460cbc7f5cf9a 3f5767dce434a9b1 3f57154d2d61513f 3f5713786d9c7c09 bf55fdf0317b5c6f \
        bf55f66434292dfc 3f50624dd2f1a9fc 3f50020040080100 3f50000000000000 bf4e829f39aef509 bf4e7b5b351ae8e7 3ee4f8b588e368f1 3ddb7cdfd9d7bdbb \
        3c9cd2b297d889bc 3b5e392010175ee6 01a56e1fc2f8f359 81a56e1fc2f8f359 0004000000000000 8004000000000000 0000000000000000 8000000000000000 \
        7ff8000000000000 4007f292ca2b2418 bfd65e2475bdf571 c03faadefc3199bd 3fe18a8d639bc9a0 bff7338255043eb5 3ff9877f2dab284f bfddd4f7db3a78f6 \
        bfd2aa6b4c885f39 bfe3444b26d0d06a 3fd019f73715632f bfd42c2a28657c75 bfd99c54c2d0e872 bd497522323afe21 bd7c4b165a2c24b5 bbfda93a92d13b46 \
        415781c0383ef5f5 436a6a246b0ad65a 404e9499bcef0fd6 bee734c46d6d319f 3f4a76ab550a1ea4 3ff04d0e56198ee8 4334b7ecb47fc6f6 c1295e4a66672acc \
        407a4a26b661f340 \
    "),
    (0x0000000000000000, "\
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 3ff0000000000000 \
        3ff0000000000000 \
    "),
    (0x3fe0000000000000, "\
        0000000000000000 8000000000000000 1e60000000000000 fff8000000000000 1fc1297872d9cbae 2000000000000000 20ca2fe76a3f9475 fff8000000000000 \
        3ddb7cdfd9d7bdbb fff8000000000000 3e45798ee2308c3a 3f1a36e2eb1c432d 3fd43d136248490f fff8000000000000 3fe0000000000000 3fe6a09e667f3bcd \
        fff8000000000000 3feac5eb3f7ab2f8 3fefd6efe4c9b8a5 fff8000000000000 3fefffffffffffff fff8000000000000 3ff0000000000000 fff8000000000000 \
        3ff0000000000000 3ff0020c2830b9c7 fff8000000000000 3ff3988e1409212e 3ff6a09e667f3bcd fff8000000000000 3ff94c583ada5b53 fff8000000000000 \
        3ffbb67ae8584caa 3ffa61298e1e069c 3ffc5bf891b4ef6a fff8000000000000 4001e3779b97f4a8 4002c2fc595456a7 4005e8add236a58f 40094c583ada5b53 \
        fff8000000000000 4011e3779b97f4a8 4012f9422c23c47e 40132eee75770416 4013988e1409212e 4014c8dc2e423980 4015e8add236a58f fff8000000000000 \
        4024000000000000 fff8000000000000 4027b4dfc079258d 402a1d79241626a4 402a2744ce9674f5 402a310ccf3b3760 402a3ad12a1da160 fff8000000000000 \
        fff8000000000000 fff8000000000000 402c48c6001f0ac0 402c5ada513a1593 403a751f9447b724 403aa4463b2e375f 403aa554ccb17776 fff8000000000000 \
        fff8000000000000 403f9f6e4990f227 403ffdffeffeffec 4040000000000000 fff8000000000000 fff8000000000000 4073c3a4edfa9759 40f86a0000000000 \
        4197d78400000000 42374876e8000000 5f138d352e5096af fff8000000000000 5fefffffffffffff fff8000000000000 7ff0000000000000 fff8000000000000 \
        7ff8000000000000 3fe27ed46d49142e fff8000000000000 fff8000000000000 3ff59c4a933b1cbf fff8000000000000 3fe9554ee14201a1 fff8000000000000 \
        fff8000000000000 fff8000000000000 3fffe628390347fb fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 fff8000000000000 \
        3f3a6689f362b1c8 3e319c4cb1c9e999 3fc05dfd1c4f3573 fff8000000000000 4041982128575a58 3fefb403b27e3b5a 3e4c1efc0ff4d291 fff8000000000000 \
        3fa8f6d5636fbade \
    "),
    (0x3ff0000000000000, "\
        0000000000000000 8000000000000000 0000000000000001 8000000000000001 000012688b70e62b 0010000000000000 01a56e1fc2f8f359 81a56e1fc2f8f359 \
        3bc79ca10c924223 bbc79ca10c924223 3c9cd2b297d889bc 3e45798ee2308c3a 3fb999999999999a bfb999999999999a 3fd0000000000000 3fe0000000000000 \
        bfe0000000000000 3fe6666666666666 3fefae147ae147ae bfefae147ae147ae 3fefffffffffffff bfefffffffffffff 3ff0000000000000 bff0000000000000 \
        3ff0000000000001 3ff004189374bc6a bff004189374bc6a 3ff8000000000000 4000000000000000 c000000000000000 4004000000000000 c004000000000000 \
        4008000000000000 4005bf0a8b145769 400921fb54442d18 c00921fb54442d18 4014000000000000 4016000000000000 401e000000000000 4024000000000000 \
        c024000000000000 4034000000000000 4036800000000000 4037000000000000 4038000000000000 403b000000000000 403e000000000000 c03e000000000000 \
        4059000000000000 c059200000000000 4061900000000000 4065500000000000 4065600000000000 4065700000000000 4065800000000000 c065500000000000 \
        c065700000000000 c069100000000000 4069000000000000 4069200000000000 4085e00000000000 40862e3d70a3d70a 4086300000000000 c087480000000000 \
        c087500000000000 408f400000000000 408ffc0000000000 4090000000000000 c090c80000000000 c090cc0000000000 40f86a0000000000 4202a05f20000000 \
        4341c37937e08000 4480f0cf064dd592 7e37e43c8800759c fe37e43c8800759c 7fefffffffffffff ffefffffffffffff 7ff0000000000000 fff0000000000000 \
        7ff8000000000000 3fd5614b52a1ff60 c006e3dde81c611a bfa02b02ee0fb000 3ffd303a720dc354 bfe6115c742a0e00 3fe40e2eabc64188 c00129af57352e7a \
        c00b6e13f944b2f0 bffa930204ed2adc 400fcc6550dc798e c009618d7bcf67c2 c003fdde020c5d86 c2941ca617f35925 c262189d5616b51f c3e142fe724bc4b0 \
        3e85c7e8bd42a94b 3c736219d2c79266 3f90be2256ab932f c0f6102a2866a825 409358ecebfcd27d 3fef68bbd36d0c75 3ca8b6571c4bd6e1 beb42ec2343c9a71 \
        3f6379b00b8f631b \
    "),
    (0x4000000000000000, "\
        0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 \
        37a16c262777579c 37a16c262777579c 3949f623d5a8a732 3c9cd2b297d889bd 3f847ae147ae147c 3f847ae147ae147c 3fb0000000000000 3fd0000000000000 \
        3fd0000000000000 3fdf5c28f5c28f5b 3fef5cfaacd9e83e 3fef5cfaacd9e83e 3feffffffffffffe 3feffffffffffffe 3ff0000000000000 3ff0000000000000 \
        3ff0000000000002 3ff008323358f2df 3ff008323358f2df 4002000000000000 4010000000000000 4010000000000000 4019000000000000 4019000000000000 \
        4022000000000000 401d8e64b8d4ddad 4023bd3cc9be45de 4023bd3cc9be45de 4039000000000000 403e400000000000 404c200000000000 4059000000000000 \
        4059000000000000 4079000000000000 407fa40000000000 4080880000000000 4082000000000000 4086c80000000000 408c200000000000 408c200000000000 \
        40c3880000000000 40c3ba2000000000 40d3471000000000 40dc639000000000 40dc8e4000000000 40dcb91000000000 40dce40000000000 40dc639000000000 \
        40dcb91000000000 40e3a10800000000 40e3880000000000 40e3ba2000000000 411de84000000000 411ebfae97f62b6a 411ec49000000000 4120f02200000000 \
        4120fbc800000000 412e848000000000 412ff80080000000 4130000000000000 413199c400000000 4131a22900000000 4202a05f20000000 4415af1d78b58c40 \
        4693b8b5b5056e17 4911efc659cf7d4c 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 7ff0000000000000 \
        7ff8000000000000 3fbc91b55b95c2ee 40205fa7b976ecc1 3f5056797bdf7dac 400a9fb29e79da5b 3fde6fd11600bb0d 3fd923813fa461af 40126901337178d8 \
        4027833c5e021dda 40061186a28ec93e 402f991dd9b2edcd 4024219675a43877 4018faab4de69e03 453947d287f063b2 44d47787dfc086f2 47d29f7535de6323 \
        3d1da684ab6c4fe4 38f77b56d119b5fc 3f3185181d2b4374 41fe6c8443da3037 41376520ec50902f 3feed442b2d00173 39631591aa40c2f3 3d79756e287911fb \
        3ed7b49f99b46276 \
    "),
];
