//! Tuples read at a run-time index. A tuple lives flattened in registers,
//! so a homogeneous tuple indexed by a variable (`t[i]`, `a.shape[i]`, a
//! `for` loop over it) passes all its slots and the index to `tuple_get`.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::incref;

/// The shape of a homogeneous tuple: its length and which slots of one
/// element are references.
pub struct TupleAux {
    pub len: usize,
    pub elem_refs: Vec<bool>,
}

/// `t[i]` of a tuple whose length is known only at run time (a list).
pub fn var_tuple_get(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the slot of a run-time-length tuple holds a list.
    let l = unsafe { crate::value::obj::<crate::value::ListObj>(args[0]) };
    let n = l.len() as i64;
    let i = args[1] as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return err("IndexError", "tuple index out of range");
    }
    let k = l.elem_slots as usize;
    for (s, o) in out.iter_mut().enumerate().take(k) {
        let v = l.slots[j as usize * k + s];
        if l.is_ref(s) {
            incref(v);
        }
        *o = v;
    }
    Ok(())
}

/// `t[i]`: arguments are the tuple's slots then the index.
pub fn tuple_get(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &TupleAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let n = aux.len as i64;
    let i = args[args.len() - 1] as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return err("IndexError", "tuple index out of range");
    }
    let k = aux.elem_refs.len();
    let base = j as usize * k;
    for (s, (o, &is_ref)) in out.iter_mut().zip(&aux.elem_refs).enumerate() {
        let v = args[base + s];
        if is_ref {
            incref(v);
        }
        *o = v;
    }
    Ok(())
}

/// `tuple(x for x in t)` over a tuple: the list the generator built, whose
/// length is the tuple's, as a tuple.
pub fn list_to_tuple(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &TupleAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the site's argument is a list.
    let l = unsafe { crate::value::obj_mut::<crate::value::ListObj>(args[0]) };
    let k = aux.elem_refs.len();
    if l.slots.len() != aux.len * k {
        return err(
            "SystemError",
            "internal error: a generator's length changed",
        );
    }
    for (i, o) in out.iter_mut().enumerate() {
        let v = l.slots[i];
        if aux.elem_refs[i % k.max(1)] {
            incref(v);
        }
        *o = v;
    }
    Ok(())
}

/// An unpacking `a, b = seq` of a list, array or string: how many targets,
/// and whether the errors are worded as CPython words them (Numba's jitted
/// code raises a bare ValueError).
pub struct UnpackAux {
    pub n: usize,
    pub cpython: bool,
}

/// Checks the sequence's length (the argument) against the targets'.
pub fn unpack_check(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &UnpackAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let len = args[0] as i64;
    let n = aux.n as i64;
    if len == n {
        return Ok(());
    }
    if !aux.cpython {
        return err("ValueError", "");
    }
    if len > n {
        err(
            "ValueError",
            format!("too many values to unpack (expected {n})"),
        )
    } else {
        err(
            "ValueError",
            format!("not enough values to unpack (expected {n}, got {len})"),
        )
    }
}

/// `t.index(x)`: the position found, or -1 when no element was equal.
pub fn index_found(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    if args[0] as i64 >= 0 {
        Ok(())
    } else {
        err("ValueError", "tuple.index(x): x not in tuple")
    }
}

/// A call `f(a, *lst)` of a script function: `before` arguments precede
/// the list, which must give exactly the remaining `params`.
#[derive(Clone, Debug)]
pub struct SpreadAux {
    pub fname: String,
    pub params: Vec<String>,
    pub before: usize,
}

/// Checks the list spread by `f(*lst)` against the parameters it fills,
/// raising CPython's TypeError for a wrong count.
pub fn spread_check(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &SpreadAux,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: a spread list (or run-time-length tuple) is a list.
    let n = unsafe { crate::value::obj::<crate::value::ListObj>(args[0]) }.len();
    let total = aux.params.len();
    let given = aux.before + n;
    if given == total {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let f = &aux.fname;
    if given > total {
        let verb = if given == 1 { "was" } else { "were" };
        return err(
            "TypeError",
            format!(
                "{f}() takes {total} positional argument{} but {given} {verb} given",
                plural(total)
            ),
        );
    }
    let missing: Vec<String> = aux.params[given..]
        .iter()
        .map(|p| format!("'{p}'"))
        .collect();
    let names = match missing.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    err(
        "TypeError",
        format!(
            "{f}() missing {} required positional argument{}: {names}",
            missing.len(),
            plural(missing.len())
        ),
    )
}
