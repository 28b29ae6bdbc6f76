//! `np.testing`'s assertions: silent when the values agree, else an
//! AssertionError whose message begins as numpy's does (its header, the
//! caller's `err_msg`, then the shape mismatch with both operands, or the
//! count of mismatched elements; numpy's per-element details and
//! difference statistics are not reproduced).

use crate::error::{VmError, VmResult};
use crate::format;
use crate::interp::Vm;
use crate::lib_numpy::{broadcast, num_f, operand_shape, operand_values, Operand};
use crate::native::NativeSite;
use crate::show::show;
use crate::value::str_of;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Check {
    /// `assert_allclose`: `|x - y| <= atol + rtol * |y|`.
    AllClose {
        rtol: f64,
        atol: f64,
        equal_nan: bool,
    },
    /// `assert_almost_equal` / `assert_array_almost_equal`:
    /// `|x - y| < 1.5 * 10**-decimal`.
    AlmostEqual { decimal: i64 },
    /// `assert_equal` / `assert_array_equal`.
    Equal,
}

/// A call's check, its operands and the caller's message.
#[derive(Clone, Debug)]
pub struct TestAux {
    pub check: Check,
    /// Both operands are strings (assert_equal only).
    pub strings: bool,
    pub lhs: Operand,
    pub rhs: Operand,
    /// Scalars compare as numpy's scalar paths do (assert_equal and
    /// assert_almost_equal of two scalars).
    pub scalar_path: bool,
    pub err_msg: String,
}

impl TestAux {
    fn header(&self) -> String {
        match self.check {
            Check::AllClose { rtol, atol, .. } => format!(
                "Not equal to tolerance rtol={}, atol={}",
                format::format_float(rtol, "g").unwrap_or_default(),
                format::format_float(atol, "g").unwrap_or_default()
            ),
            Check::AlmostEqual { decimal } => {
                format!("Arrays are not almost equal to {decimal} decimals")
            }
            Check::Equal if self.scalar_path => "Items are not equal:".to_string(),
            Check::Equal => "Arrays are not equal".to_string(),
        }
    }

    fn agree(&self, x: f64, y: f64) -> bool {
        let both_nan = x.is_nan() && y.is_nan();
        match self.check {
            Check::AllClose {
                rtol,
                atol,
                equal_nan,
            } => {
                x == y
                    || ((x - y).abs() <= atol + rtol * y.abs() && y.is_finite())
                    || (equal_nan && both_nan)
            }
            Check::AlmostEqual { decimal } => {
                both_nan || x == y || (x - y).abs() < 1.5 * 10f64.powi(-decimal as i32)
            }
            Check::Equal => x == y || both_nan,
        }
    }
}

/// numpy's `build_err_msg`: the header, the caller's message (on the
/// header's line when short), and the operands' reprs.
fn err_msg(header: &str, extra: &str, reprs: Option<(&str, &str)>) -> String {
    let mut msg = format!("\n{header}");
    if !extra.is_empty() {
        if !extra.contains('\n') && extra.chars().count() < 79 - header.chars().count() {
            msg.push(' ');
        } else {
            msg.push('\n');
        }
        msg.push_str(extra);
    }
    if let Some((a, d)) = reprs {
        let cut = |r: &str| {
            if r.matches('\n').count() > 3 {
                let lines: Vec<&str> = r.lines().take(3).collect();
                format!("{}...", lines.join("\n"))
            } else {
                r.to_string()
            }
        };
        msg.push_str(&format!("\n ACTUAL: {}\n DESIRED: {}", cut(a), cut(d)));
    }
    msg
}

/// `np.testing.assert_*(actual, desired)`: the operands as numbers (for
/// the comparison), then as they are (for the message).
pub fn check(
    vm: &mut Vm,
    site: &NativeSite,
    aux: &TestAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let repr = |k: usize| {
        let mut s = String::new();
        show(vm, &site.arg_types[k], &args[k..k + 1], true, &mut s);
        s
    };
    if aux.strings {
        // SAFETY: both operands are strings (their static types).
        if unsafe { str_of(args[0]) == str_of(args[1]) } {
            return Ok(());
        }
        let msg = err_msg(&aux.header(), &aux.err_msg, Some((&repr(2), &repr(3))));
        return Err(VmError::new("AssertionError", msg));
    }
    let (ls, rs) = (
        operand_shape(aux.lhs, args[0]),
        operand_shape(aux.rhs, args[1]),
    );
    if aux.scalar_path {
        let x = operand_values(aux.lhs, args[0], &[], true);
        let y = operand_values(aux.rhs, args[1], &[], true);
        // assert_equal also tells 0.0 from -0.0.
        let ok = |a: f64, b: f64| {
            aux.agree(a, b)
                && !(aux.check == Check::Equal
                    && a == 0.0
                    && a.is_sign_negative() != b.is_sign_negative())
        };
        if x.iter().zip(&y).all(|(a, b)| ok(num_f(*a), num_f(*b))) {
            return Ok(());
        }
        let msg = err_msg(&aux.header(), &aux.err_msg, Some((&repr(2), &repr(3))));
        return Err(VmError::new("AssertionError", msg));
    }
    let same = ls == rs || ls.is_empty() || rs.is_empty();
    let shape = if same { broadcast(&ls, &rs).ok() } else { None };
    let Some(shape) = shape else {
        let remark = format!(
            "\n(shapes {}, {} mismatch)",
            format::shape_repr(&ls),
            format::shape_repr(&rs)
        );
        let extra = format!("{}{remark}", aux.err_msg);
        let msg = err_msg(&aux.header(), &extra, Some((&repr(2), &repr(3))));
        return Err(VmError::new("AssertionError", msg));
    };
    let xs = operand_values(aux.lhs, args[0], &shape, true);
    let ys = operand_values(aux.rhs, args[1], &shape, true);
    let bad = xs
        .iter()
        .zip(&ys)
        .filter(|(a, b)| !aux.agree(num_f(**a), num_f(**b)))
        .count();
    if bad == 0 {
        return Ok(());
    }
    let n = xs.len();
    let pct = format::format_float(100.0 * bad as f64 / n as f64, ".3g").unwrap_or_default();
    let extra = format!("{}\nMismatched elements: {bad} / {n} ({pct}%)", aux.err_msg);
    Err(VmError::new(
        "AssertionError",
        err_msg(&aux.header(), &extra, None),
    ))
}
