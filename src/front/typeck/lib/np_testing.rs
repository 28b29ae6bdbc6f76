//! `numpy.testing`: the assertions scripts check their results with, in
//! module code (Numba has no `np.testing` in jitted code). The runtime is
//! vm/src/lib_nptesting.rs.

use super::{func, unsupported, CallSite, Entry, Module};
use crate::front::typeck::{native_aux, type_err, IResult, Infer};
use crate::front::typed::{Arg, Const};
use vm::dtype::DType;
use vm::lib_nptesting::{self as t, Check, TestAux};
use vm::lib_numpy::{slot_type, Operand};
use vm::types::Type;

pub const TESTING: Module = Module {
    name: "numpy.testing",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    func("assert_allclose", assertion),
    func("assert_almost_equal", assertion),
    func("assert_array_almost_equal", assertion),
    func("assert_equal", assertion),
    func("assert_array_equal", assertion),
    unsupported("assert_"),
    unsupported("assert_approx_equal"),
    unsupported("assert_array_less"),
    unsupported("assert_array_max_ulp"),
    unsupported("assert_raises"),
    unsupported("assert_string_equal"),
    unsupported("assert_warns"),
];

/// A constant keyword argument, typed already.
fn kw_const(inf: &Infer, c: &CallSite, name: &str) -> IResult<Option<Const>> {
    let Some(k) = c.kws.iter().find(|k| k.name == name) else {
        return Ok(None);
    };
    match inf.const_of(&k.value) {
        Some(v) => Ok(Some(v.clone())),
        None => Err(type_err(
            inf,
            k.value.span,
            format!("rumba needs {}'s {name}= as a constant", c.name),
        )),
    }
}

fn kw_float(inf: &Infer, c: &CallSite, name: &str, default: f64) -> IResult<f64> {
    match kw_const(inf, c, name)? {
        None => Ok(default),
        Some(Const::Float(f)) => Ok(f),
        Some(Const::Int(i)) => Ok(i as f64),
        Some(_) => Err(type_err(inf, c.e.span, format!("{name}= must be a number"))),
    }
}

/// A number, a numeric array, or (for assert_equal) a string.
fn operand_ok(t: &Type) -> bool {
    match t {
        Type::Array(a) => a.dtype.is_float() || a.dtype.is_int() || a.dtype == DType::Bool,
        t => t.is_number() && !matches!(t, Type::C128 | Type::NpC128),
    }
}

fn assertion(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let (e, name, args, pos, kws, _) = c.parts();
    if inf.jitted() {
        return Err(type_err(
            inf,
            e.span,
            format!("np.testing.{name} is not supported in jitted code (Numba has none)"),
        ));
    }
    let allowed: &[&str] = match name {
        "assert_allclose" => &["rtol", "atol", "equal_nan", "err_msg", "verbose"],
        "assert_almost_equal" | "assert_array_almost_equal" => &["decimal", "err_msg", "verbose"],
        _ => &["err_msg", "verbose"],
    };
    crate::front::typeck::check_kws(inf, name, kws, allowed)?;
    if pos.len() != 2 {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "rumba's {name}() takes the two values positionally and its options by keyword"
            ),
        ));
    }
    let err_msg = match kw_const(inf, c, "err_msg")? {
        None => String::new(),
        Some(Const::Str(s)) => s.to_string(),
        Some(_) => return Err(type_err(inf, e.span, "err_msg= must be a string")),
    };
    let check = match name {
        "assert_allclose" => Check::AllClose {
            rtol: kw_float(inf, c, "rtol", 1e-7)?,
            atol: kw_float(inf, c, "atol", 0.0)?,
            equal_nan: match kw_const(inf, c, "equal_nan")? {
                None => true,
                Some(Const::Bool(b)) => b,
                Some(_) => return Err(type_err(inf, e.span, "equal_nan= must be True or False")),
            },
        },
        "assert_almost_equal" | "assert_array_almost_equal" => Check::AlmostEqual {
            decimal: match kw_const(inf, c, "decimal")? {
                None if name == "assert_almost_equal" => 7,
                None => 6,
                Some(Const::Int(d)) => d as i64,
                Some(_) => return Err(type_err(inf, e.span, "decimal= must be an int")),
            },
        },
        _ => Check::Equal,
    };
    let strings = name == "assert_equal" && pos.iter().all(|t| *t == Type::Str);
    if !strings {
        for (a, t) in args.iter().zip(pos) {
            if !operand_ok(t) {
                return Err(type_err(
                    inf,
                    a.span,
                    format!(
                        "rumba's {name}() compares numbers and numeric arrays, not {}",
                        inf.tyname(t)
                    ),
                ));
            }
        }
    }
    let scalars = !pos.iter().any(|t| matches!(t, Type::Array(_)));
    let aux = TestAux {
        check,
        strings,
        lhs: Operand::of(&pos[0]),
        rhs: Operand::of(&pos[1]),
        scalar_path: scalars && matches!(name, "assert_equal" | "assert_almost_equal"),
        err_msg,
    };
    let (num0, num1) = if strings {
        (Type::Str, Type::Str)
    } else {
        (slot_type(&pos[0]), slot_type(&pos[1]))
    };
    let args = vec![Arg::Pos(0), Arg::Pos(1), Arg::Pos(0), Arg::Pos(1)];
    let types = vec![num0, num1, pos[0].clone(), pos[1].clone()];
    inf.res(e, native_aux(name, t::check, args, types, aux));
    Ok(Type::None)
}
