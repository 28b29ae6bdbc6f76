//! Expectations generated from CPython 3.11 and numpy 2.4 (the oracle),
//! plus hand-written checks of what the tables cannot show.

mod float_cases;
mod numpy_cases;
mod percent_cases;
mod spec_cases;

use super::*;

/// A value of the format-spec table.
pub enum V {
    I(i128),
    B(bool),
    F(f64),
    S(&'static str),
    C(f64, f64),
}
pub use V::{B, C, F, I, S};

/// (dtype, shape, elements, str, repr) of one array.
type ArrayCase = (
    FmtDType,
    Vec<usize>,
    Vec<Scalar>,
    &'static str,
    &'static str,
);

/// A record field at a numpy offset (`shape` empty for scalars).
fn field(name: &str, offset: usize, shape: &[usize], dtype: FmtDType) -> Field {
    Field {
        name: name.into(),
        dtype,
        shape: shape.to_vec(),
        offset,
    }
}

fn record(aligned: bool, itemsize: usize, fields: Vec<Field>) -> FmtDType {
    FmtDType::Record(RecordType {
        fields,
        itemsize,
        aligned,
    })
}

/// Results as the tables spell them: the text, or `!Kind: message`.
fn show(r: Result<String, FormatError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{e}"),
    }
}

#[test]
fn float_repr_matches_python() {
    for &(bits, want) in float_cases::FLOAT_REPR {
        let x = f64::from_bits(bits);
        assert_eq!(float_repr(x), want, "repr of {bits:#018x}");
        assert_eq!(show(format_float(x, "")), want);
    }
}

#[test]
fn float32_str_matches_numpy() {
    for &(bits, want) in float_cases::FLOAT32_STR {
        let x = f32::from_bits(bits);
        assert_eq!(float32_str(x), want, "str of float32 {bits:#010x}");
        assert_eq!(scalar_str(Scalar::F32(x)), want);
    }
}

#[test]
fn format_spec_matches_python() {
    for (v, spec, want) in spec_cases::FORMAT_SPEC {
        let got = match *v {
            I(i) => format_int(i, spec),
            B(b) => format_bool(b, spec),
            F(x) => format_float(x, spec),
            S(s) => format_str(s, spec),
            C(re, im) => format_complex(re, im, spec),
        };
        assert_eq!(show(got), *want, "format spec {spec:?}");
    }
}

#[test]
fn numpy_scalars_format_as_their_python_types() {
    let cases = [
        (Scalar::F32(0.1), "", "0.10000000149011612"),
        (Scalar::F32(0.1), ".3", "0.1"),
        (Scalar::F32(0.1), "e", "1.000000e-01"),
        (
            Scalar::F32(0.1),
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'float'",
        ),
        (Scalar::Bool(true), "", "True"),
        (Scalar::Bool(true), "10", "         1"),
        (
            Scalar::Bool(true),
            "s",
            "!ValueError: Unknown format code 's' for object of type 'bool'",
        ),
        (Scalar::Int(5), "x", "5"),
        (Scalar::UInt(7), "e", "7.000000e+00"),
        (Scalar::F64(0.1), ">8", "     0.1"),
        (Scalar::C128(1.0, 2.0), "10", "    (1+2j)"),
        (Scalar::C128(1.0, 2.0), "e", "1.000000e+00+2.000000e+00j"),
    ];
    for (x, spec, want) in cases {
        assert_eq!(show(format_scalar(x.clone(), spec)), want, "{x:?} {spec:?}");
    }
}

#[test]
fn huge_precisions_pad_with_zeros() {
    let s = format_float(1.5, ".100000f").unwrap();
    assert_eq!(s.len(), 100_002);
    assert!(s.starts_with("1.5000") && s.ends_with("000"));
    let tiny = format_float(5e-324, ".1100f").unwrap();
    assert_eq!(tiny.len(), 1102);
    assert!(tiny[2..].starts_with(&"0".repeat(323)));
    assert!(tiny.contains("494065645841246544176568792868"));
    let e = format_float(1.0 / 3.0, ".70000e").unwrap();
    assert_eq!(e.len(), 70_006);
    assert!(e.starts_with("3.333333333333333148296") && e.ends_with("0e-01"));
    let p = percent_format("%.5000g", &[Arg::Float(0.1)]).unwrap();
    assert_eq!(
        p,
        "0.1000000000000000055511151231257827021181583404541015625"
    );
}

#[test]
fn percent_matches_python() {
    for (fmt, args, want) in percent_cases::percent_cases() {
        assert_eq!(show(percent_format(fmt, &args)), want, "{fmt:?} % {args:?}");
    }
}

#[test]
fn percent_pieces_split_literals_and_conversions() {
    let pieces = parse_percent("a%%b%-*.3f|%s").unwrap();
    let conv = |conv, left, width, precision, index| Piece::Conv {
        spec: ConvSpec {
            left,
            conv,
            index,
            ..ConvSpec::default()
        },
        width,
        precision,
    };
    assert_eq!(
        pieces,
        vec![
            Piece::Lit("a%b".into()),
            conv('f', true, Count::Star, Count::Fixed(3), 9),
            Piece::Lit("|".into()),
            conv('s', false, Count::None, Count::None, 12),
        ]
    );
    let err = parse_percent("%(name)s").unwrap_err();
    assert_eq!(err.to_string(), "TypeError: format requires a mapping");
    let spec = ConvSpec {
        zero: true,
        width: Some(6),
        precision: Some(2),
        conv: 'f',
        ..ConvSpec::default()
    };
    assert_eq!(
        percent_convert(&spec, &Arg::Float(-3.25159)).unwrap(),
        "-03.25"
    );
}

#[test]
fn arrays_match_numpy() {
    for (dtype, shape, elems, want_str, want_repr) in numpy_cases::array_cases() {
        assert_eq!(
            array_str(&dtype, &shape, &elems, &PrintOptions::default()),
            want_str,
            "str {shape:?} {dtype:?}"
        );
        assert_eq!(
            array_repr(&dtype, &shape, &elems, &PrintOptions::default()),
            want_repr,
            "repr {shape:?} {dtype:?}"
        );
    }
}

/// The big arrays' elements, computed exactly as the generator did in numpy.
fn generated(kind: &str, n: usize) -> (FmtDType, Vec<Scalar>) {
    let ty = match kind {
        "int" => ScalarType::Int(8),
        "f64" => ScalarType::F64,
        "f32" => ScalarType::F32,
        "bool" => ScalarType::Bool,
        _ => ScalarType::C128,
    };
    let elems = (0..n as i64)
        .map(|i| {
            let spread = ((i * 7919) % 1000) as f64 / 8.0;
            match ty {
                ScalarType::Int(_) => Scalar::Int((i * 7919) % 100_003 - 50_000),
                ScalarType::F64 => Scalar::F64(spread - 50.0),
                ScalarType::F32 => Scalar::F32(((i * 31) % 97) as f32 / 7.0),
                ScalarType::Bool => Scalar::Bool(i % 3 == 0),
                _ => Scalar::C128(spread, (i % 17) as f64 - 8.0),
            }
        })
        .collect();
    (FmtDType::Scalar(ty), elems)
}

#[test]
fn big_arrays_are_summarized_like_numpy() {
    for &(kind, shape, want_str, want_repr) in numpy_cases::BIG_ARRAYS {
        let (dtype, elems) = generated(kind, shape.iter().product());
        assert_eq!(
            array_str(&dtype, shape, &elems, &PrintOptions::default()),
            want_str,
            "str {kind} {shape:?}"
        );
        assert_eq!(
            array_repr(&dtype, shape, &elems, &PrintOptions::default()),
            want_repr,
            "repr {kind} {shape:?}"
        );
    }
}

#[test]
fn dtypes_match_numpy() {
    for (dtype, want) in numpy_cases::dtype_cases() {
        assert_eq!(dtype_str(&dtype), want);
    }
}

#[test]
fn record_layouts_match_numpy() {
    let fields = || {
        vec![
            Field::new("a", FmtDType::Scalar(ScalarType::UInt(1))),
            Field::array("v", FmtDType::Scalar(ScalarType::F64), vec![2]),
            Field::new("c", FmtDType::Scalar(ScalarType::C128)),
            Field::new("n", FmtDType::Scalar(ScalarType::Int(2))),
        ]
    };
    // np.dtype([('a','u1'),('v','<f8',(2,)),('c','<c16'),('n','<i2')]), with and without align=True.
    let packed = FmtDType::Record(RecordType::packed(fields()));
    assert_eq!(
        dtype_str(&packed),
        "[('a', 'u1'), ('v', '<f8', (2,)), ('c', '<c16'), ('n', '<i2')]"
    );
    let aligned = FmtDType::Record(RecordType::aligned(fields()));
    assert_eq!(
        dtype_str(&aligned),
        "{'names': ['a', 'v', 'c', 'n'], 'formats': ['u1', ('<f8', (2,)), '<c16', '<i2'], \
         'offsets': [0, 8, 24, 40], 'itemsize': 48, 'aligned': True}"
    );
}

#[test]
fn scalars_match_numpy() {
    for (ty, s, want_str, want_repr) in numpy_cases::SCALARS {
        let (ty, s) = (*ty, s.clone());
        assert_eq!(scalar_str(s.clone()), *want_str);
        assert_eq!(scalar_repr(ty, s), *want_repr);
    }
}

#[test]
fn record_scalars_match_numpy() {
    for (dtype, elems, want) in numpy_cases::record_cases() {
        let FmtDType::Record(rec) = &dtype else {
            panic!("record case without a record dtype")
        };
        assert_eq!(record_str(rec, &elems), want);
    }
}

#[test]
fn str_repr_quotes_and_escapes_like_python() {
    assert_eq!(str_repr("a"), "'a'");
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("'\""), "'\\'\"'");
    assert_eq!(str_repr("a\tb\n\\\x07\x7f"), "'a\\tb\\n\\\\\\x07\\x7f'");
    assert_eq!(
        str_repr("é\u{a0}\u{200b}\u{e000}😀"),
        "'é\\xa0\\u200b\\ue000😀'"
    );
    assert_eq!(str_ascii("é😀"), "'\\xe9\\U0001f600'");
}
