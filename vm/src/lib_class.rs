//! Instances of script classes: a refcounted object holding each
//! attribute's slots at a fixed offset (the class's attribute table, built
//! by typing, gives offsets that never move), with a flag per attribute
//! saying whether it was set, so that reading an unset one raises
//! AttributeError as in Python. Attributes a later statement adds grow the
//! instances that set them.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{decref, incref, into_slot, obj, obj_mut, Header, ObjKind};
use std::rc::Rc;

#[repr(C)]
pub struct InstObj {
    hdr: Header,
    pub slots: Vec<u64>,
    /// Whether each slot holds a reference.
    refs: Vec<bool>,
    /// Whether each attribute (by index) was set.
    set: Vec<bool>,
}

impl Drop for InstObj {
    fn drop(&mut self) {
        for (&s, &r) in self.slots.iter().zip(&self.refs) {
            if r {
                decref(s);
            }
        }
    }
}

/// One attribute of a class: its index, its first slot and which of its
/// slots hold references; the names for AttributeError's message.
#[derive(Clone, Debug)]
pub struct FieldAux {
    pub index: usize,
    pub off: usize,
    pub refs: Rc<[bool]>,
    pub class: Rc<str>,
    pub attr: Rc<str>,
}

/// A new instance with no attribute set.
pub fn new_inst(_vm: &mut Vm, _site: &NativeSite, _args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = into_slot(Box::new(InstObj {
        hdr: Header::new(ObjKind::Inst),
        slots: Vec::new(),
        refs: Vec::new(),
        set: Vec::new(),
    }));
    Ok(())
}

fn none_has_no(attr: &str) -> crate::error::VmError {
    crate::error::VmError::new(
        "AttributeError",
        format!("'NoneType' object has no attribute '{attr}'"),
    )
}

/// `obj.attr`: args[0] is the instance.
pub fn get_attr(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &Rc<FieldAux>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if args[0] == 0 {
        return Err(none_has_no(&f.attr));
    }
    // SAFETY: a nonzero slot of an instance type holds an instance.
    let o = unsafe { obj::<InstObj>(args[0]) };
    if !o.set.get(f.index).copied().unwrap_or(false) {
        return err(
            "AttributeError",
            format!("'{}' object has no attribute '{}'", f.class, f.attr),
        );
    }
    for (k, d) in out.iter_mut().enumerate() {
        let s = o.slots[f.off + k];
        if f.refs[k] {
            incref(s);
        }
        *d = s;
    }
    Ok(())
}

/// `obj.attr = v`: args[0] is the instance, then the value's slots.
pub fn set_attr(
    _vm: &mut Vm,
    _site: &NativeSite,
    f: &Rc<FieldAux>,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    if args[0] == 0 {
        return Err(none_has_no(&f.attr));
    }
    // SAFETY: a nonzero slot of an instance type holds an instance, and no
    // other reference to its contents is in use during a native.
    let o = unsafe { obj_mut::<InstObj>(args[0]) };
    let n = f.refs.len();
    if o.slots.len() < f.off + n {
        o.slots.resize(f.off + n, 0);
        o.refs.resize(f.off + n, false);
    }
    if o.set.len() <= f.index {
        o.set.resize(f.index + 1, false);
    }
    for (k, &v) in args[1..=n].iter().enumerate() {
        let at = f.off + k;
        if f.refs[k] {
            incref(v);
            if o.set[f.index] {
                decref(o.slots[at]);
            }
        }
        o.slots[at] = v;
        o.refs[at] = f.refs[k];
    }
    o.set[f.index] = true;
    Ok(())
}

/// `a is b` of two instances.
pub fn same(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = (args[0] == args[1]) as u64;
    Ok(())
}

/// An optional instance that is None.
pub fn none(_vm: &mut Vm, _site: &NativeSite, _args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = 0;
    Ok(())
}

/// `x is None` of an optional instance.
pub fn is_none(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = (args[0] == 0) as u64;
    Ok(())
}

/// An optional instance converted to its class's instance type (`name`,
/// Numba's spelling): TypeError if it is None, as Numba's cast raises.
pub fn expect(
    _vm: &mut Vm,
    _site: &NativeSite,
    name: &Rc<str>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if args[0] == 0 {
        return Err(crate::error::VmError::new(
            "TypeError",
            format!("expected {name}, got None"),
        ));
    }
    incref(args[0]);
    out[0] = args[0];
    Ok(())
}

/// An optional instance used as an instance (to call method `attr`):
/// AttributeError if it is None.
pub fn unwrap(
    _vm: &mut Vm,
    _site: &NativeSite,
    attr: &Rc<str>,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    if args[0] == 0 {
        return Err(none_has_no(attr));
    }
    incref(args[0]);
    out[0] = args[0];
    Ok(())
}
