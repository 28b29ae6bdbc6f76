//! `sorted`, `min` and `max` ordered by keys (`key=` results, or the
//! elements themselves for lists of tuples), comparing as Python does:
//! numbers by value, strings by code point, tuples item by item.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{incref, obj_mut, str_of, ListObj};
use std::cmp::Ordering;

/// What to do with the ordered elements, and the keys' type.
pub struct KeyedAux {
    pub op: KeyedOp,
    pub key: Type,
}

#[derive(Clone, Copy, Debug)]
pub enum KeyedOp {
    Sorted {
        reverse: bool,
    },
    /// `list.sort(key=, reverse=)`: the list itself reordered.
    Sort {
        reverse: bool,
    },
    Min,
    Max,
}

fn list<'a>(slot: u64) -> &'a mut ListObj {
    // SAFETY: the site's types make both arguments lists.
    unsafe { obj_mut::<ListObj>(slot) }
}

/// Python's `<` on two values of type `t` (in slots).
fn less(t: &Type, a: &[u64], b: &[u64]) -> bool {
    order(t, a, b) == Some(Ordering::Less)
}

/// The order of two values; `None` for unordered NaNs.
fn order(t: &Type, a: &[u64], b: &[u64]) -> Option<Ordering> {
    match t {
        Type::Tuple(items) => {
            let mut off = 0;
            for it in items.iter() {
                let n = it.slots();
                let (x, y) = (&a[off..off + n], &b[off..off + n]);
                match order(it, x, y) {
                    Some(Ordering::Equal) => {}
                    o => return o,
                }
                off += n;
            }
            Some(Ordering::Equal)
        }
        Type::List(el) => {
            // Item by item, then the shorter list first, as Python does.
            let (x, y) = (list(a[0]), list(b[0]));
            let n = el.slots();
            let (lx, ly) = (x.slots.len() / n.max(1), y.slots.len() / n.max(1));
            for i in 0..lx.min(ly) {
                let (p, q) = (&x.slots[i * n..(i + 1) * n], &y.slots[i * n..(i + 1) * n]);
                match order(el, p, q) {
                    Some(Ordering::Equal) => {}
                    o => return o,
                }
            }
            Some(lx.cmp(&ly))
        }
        Type::Str => {
            // SAFETY: string slots hold strings.
            let (x, y) = unsafe { (str_of(a[0]), str_of(b[0])) };
            Some(x.cmp(y))
        }
        t if t.is_float() => f64::from_bits(a[0]).partial_cmp(&f64::from_bits(b[0])),
        Type::Int(i) if !i.signed => Some(a[0].cmp(&b[0])),
        _ => Some((a[0] as i64).cmp(&(b[0] as i64))),
    }
}

/// A stable merge sort that only asks `lt` (so keys that are not totally
/// ordered, like NaNs, cannot upset it).
fn merge_sort(v: &mut Vec<usize>, lt: &dyn Fn(usize, usize) -> bool) {
    if v.len() < 2 {
        return;
    }
    let mut right = v.split_off(v.len() / 2);
    merge_sort(v, lt);
    merge_sort(&mut right, lt);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        // The right one goes first only if strictly less: stability.
        if lt(right[j], left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}

/// Arguments: the list, then the list of its elements' keys.
pub fn keyed(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &KeyedAux,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (l, keys) = (list(args[0]), list(args[1]));
    let (n, k) = (l.elem_slots as usize, keys.elem_slots as usize);
    let len = l.len();
    let key = |i: usize| &keys.slots[i * k..i * k + k];
    let elem = |i: usize| &l.slots[i * n..i * n + n];
    match aux.op {
        KeyedOp::Sorted { reverse } | KeyedOp::Sort { reverse } => {
            // A stable sort by `<`: equal keys keep their order, reversed
            // or not, as in Python.
            let mut idx: Vec<usize> = (0..len).collect();
            merge_sort(&mut idx, &|i, j| {
                if reverse {
                    less(&aux.key, key(j), key(i))
                } else {
                    less(&aux.key, key(i), key(j))
                }
            });
            if let KeyedOp::Sorted { .. } = aux.op {
                let dst = ListObj::create(l.elem_slots, l.refs.clone());
                for i in idx {
                    list(dst).push(elem(i));
                }
                out[0] = dst;
            } else {
                // The items move, their references with them.
                let sorted: Vec<u64> = idx.iter().flat_map(|&i| elem(i).to_vec()).collect();
                list(args[0]).slots = sorted;
            }
        }
        KeyedOp::Min | KeyedOp::Max => {
            let min = matches!(aux.op, KeyedOp::Min);
            if len == 0 {
                let name = if min { "min" } else { "max" };
                return err("ValueError", format!("{name}() arg is an empty sequence"));
            }
            // The first of the extremes, as Python keeps.
            let mut best = 0;
            for i in 1..len {
                let better = if min {
                    less(&aux.key, key(i), key(best))
                } else {
                    less(&aux.key, key(best), key(i))
                };
                if better {
                    best = i;
                }
            }
            for (s, o) in out.iter_mut().enumerate() {
                let v = elem(best)[s];
                if l.is_ref(s) {
                    incref(v);
                }
                *o = v;
            }
        }
    }
    Ok(())
}

/// `a == b` (aux false) or `a < b`-style ordering of two lists of the same
/// element type `aux.key`: equal when every element is; ordered by the
/// first that differs, then by length, as Python compares lists.
pub fn list_compare(
    _vm: &mut Vm,
    _site: &NativeSite,
    aux: &ListCmp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b) = (list(args[0]), list(args[1]));
    let k = a.elem_slots as usize;
    let (na, nb) = (a.len(), b.len());
    let at = |l: &ListObj, i: usize| l.slots[i * k..i * k + k].to_vec();
    let mut first_diff = None;
    for i in 0..na.min(nb) {
        let (x, y) = (at(a, i), at(b, i));
        if order(&aux.elem, &x, &y) != Some(Ordering::Equal) {
            first_diff = Some((x, y));
            break;
        }
    }
    let r = match (aux.op, first_diff) {
        (CmpKind::Eq, d) => d.is_none() && na == nb,
        (CmpKind::Ne, d) => d.is_some() || na != nb,
        (op, Some((x, y))) => match op {
            CmpKind::Lt => less(&aux.elem, &x, &y),
            CmpKind::Le => less(&aux.elem, &x, &y),
            CmpKind::Gt => less(&aux.elem, &y, &x),
            _ => less(&aux.elem, &y, &x),
        },
        (op, None) => match op {
            CmpKind::Lt => na < nb,
            CmpKind::Le => na <= nb,
            CmpKind::Gt => na > nb,
            _ => na >= nb,
        },
    };
    out[0] = r as u64;
    Ok(())
}

/// A list comparison: the operator and the lists' element type.
pub struct ListCmp {
    pub op: CmpKind,
    pub elem: Type,
}

#[derive(Clone, Copy)]
pub enum CmpKind {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}
