//! Members of `enum.Enum` classes (`Type::Enum`): a member is held as its
//! value, so these natives map values back to members' names.

use crate::error::{VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::{EnumTy, Type};
use crate::value::new_str;
use std::rc::Rc;

/// The text of a member's value, as Python's repr gives it.
fn value_text(en: &EnumTy, bits: u64) -> String {
    match en.value {
        Type::F64 => crate::format::float_repr(f64::from_bits(bits)),
        _ => (bits as i64).to_string(),
    }
}

/// How a member prints: `str` is `Color.RED` (an `IntEnum`'s is its
/// value's, as in Python 3.11), `repr` is `<Color.RED: 1>`.
pub fn show(en: &EnumTy, bits: u64, repr: bool, out: &mut String) {
    let name = en.member(bits).map(|n| n.to_string()).unwrap_or_default();
    if repr {
        out.push_str(&format!("<{}.{name}: {}>", en.name, value_text(en, bits)));
    } else if en.int {
        out.push_str(&value_text(en, bits));
    } else {
        out.push_str(&format!("{}.{name}", en.name));
    }
}

/// `member.name`.
pub fn name(
    _vm: &mut Vm,
    _site: &NativeSite,
    en: &Rc<EnumTy>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let name = en
        .member(args[0])
        .map(|n| n.to_string())
        .unwrap_or_default();
    out[0] = new_str(name);
    Ok(())
}

/// `Color(value)`: the member holding `value`, or ValueError.
pub fn from_value(
    _vm: &mut Vm,
    _site: &NativeSite,
    en: &Rc<EnumTy>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let bits = match en.value {
        // -0.0 is 0.0's member, as Python's equality finds it.
        Type::F64 if f64::from_bits(args[0]) == 0.0 => en
            .members
            .iter()
            .find(|m| f64::from_bits(m.1) == 0.0)
            .map_or(args[0], |m| m.1),
        _ => args[0],
    };
    if en.member(bits).is_none() {
        return Err(VmError::new(
            "ValueError",
            format!("{} is not a valid {}", value_text(en, args[0]), en.name),
        ));
    }
    out[0] = bits;
    Ok(())
}
