//! `itertools`' finite iterators, built whole as the list of their items
//! in CPython's order (`Modules/itertoolsmodule.c`); a loop then iterates
//! the list. The inputs arrive as lists.

use crate::error::{err, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::Type;
use crate::value::{alloc_size, obj, obj_mut, ListObj};
use std::rc::Rc;

/// Which iterator, with its constant arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterOp {
    Product {
        repeat: usize,
    },
    Permutations(usize),
    Combinations(usize),
    CombinationsWithReplacement(usize),
    Chain,
    /// The list, then start, stop and step, each `NONE_BOUND` for None;
    /// whether the call gave only the stop.
    Islice {
        stop_only: bool,
    },
    Accumulate,
    Pairwise,
    /// The value, then the count.
    Repeat,
    /// The lists, then the fill value.
    ZipLongest,
}

/// The value `None` takes among islice's bounds.
pub const NONE_BOUND: i64 = i64::MIN;

/// A list argument's items, each as its slots.
fn items(t: &Type, slot: u64) -> Vec<&'static [u64]> {
    let n = t.list_elem().map_or(0, |e| e.slots());
    // SAFETY: the site's types make this argument a list, which the caller
    // keeps alive for the call.
    let l: &'static ListObj = unsafe { obj::<ListObj>(slot) };
    if n == 0 {
        return vec![&[]; l.slots.len()];
    }
    l.slots.chunks(n).collect()
}

/// The result list, laid out for the site's element type.
fn new_list(site: &NativeSite) -> (u64, &'static mut ListObj) {
    let el = site.ret.list_elem().map_or(Type::None, |e| (**e).clone());
    let l = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags()));
    // SAFETY: just created; the caller owns it.
    (l, unsafe { obj_mut::<ListObj>(l) })
}

/// Fails cleanly where the result could not be allocated.
fn room(count: usize) -> VmResult<()> {
    match alloc_size(count, 8) {
        Some(_) => Ok(()),
        None => err("MemoryError", ""),
    }
}

/// Pushes the concatenated slots of the pool items `idx` names; a
/// MemoryError once the list outgrows what rumba allocates.
fn push_tuple(
    out: &mut ListObj,
    pools: &[Vec<&[u64]>],
    idx: &[usize],
    pool_of: impl Fn(usize) -> usize,
) -> VmResult<()> {
    let mut e = Vec::new();
    for (k, &i) in idx.iter().enumerate() {
        e.extend_from_slice(pools[pool_of(k)][i]);
    }
    room(out.slots.len() + e.len())?;
    out.push(&e);
    Ok(())
}

pub fn iterate(
    _vm: &mut Vm,
    site: &NativeSite,
    op: &IterOp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (res, lst) = new_list(site);
    let built = build(site, op, args, lst);
    if let Err(e) = built {
        crate::value::decref(res);
        return Err(e);
    }
    out[0] = res;
    Ok(())
}

fn build(site: &NativeSite, op: &IterOp, args: &[u64], out: &mut ListObj) -> VmResult<()> {
    let types = &site.arg_types;
    match *op {
        IterOp::Product { repeat } => {
            let one: Vec<Vec<&[u64]>> = types.iter().zip(args).map(|(t, &a)| items(t, a)).collect();
            let pools: Vec<Vec<&[u64]>> = (0..repeat).flat_map(|_| one.iter().cloned()).collect();
            if pools.iter().any(|p| p.is_empty()) {
                return Ok(());
            }
            // An odometer: the rightmost index advances fastest.
            let mut idx = vec![0usize; pools.len()];
            loop {
                push_tuple(out, &pools, &idx, |k| k)?;
                let mut k = pools.len();
                loop {
                    if k == 0 {
                        return Ok(());
                    }
                    k -= 1;
                    idx[k] += 1;
                    if idx[k] < pools[k].len() {
                        break;
                    }
                    idx[k] = 0;
                }
            }
        }
        IterOp::Permutations(r) => {
            let pool = items(&types[0], args[0]);
            let n = pool.len();
            if r > n {
                return Ok(());
            }
            let pools = [pool];
            // CPython's algorithm: indices and cycles.
            let mut indices: Vec<usize> = (0..n).collect();
            let mut cycles: Vec<usize> = (n - r + 1..=n).rev().collect();
            push_tuple(out, &pools, &indices[..r], |_| 0)?;
            if n == 0 {
                return Ok(());
            }
            'outer: loop {
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let first = indices.remove(i);
                        indices.push(first);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        push_tuple(out, &pools, &indices[..r], |_| 0)?;
                        continue 'outer;
                    }
                }
                return Ok(());
            }
        }
        IterOp::Combinations(r) => {
            let pools = [items(&types[0], args[0])];
            let n = pools[0].len();
            if r > n {
                return Ok(());
            }
            let mut indices: Vec<usize> = (0..r).collect();
            push_tuple(out, &pools, &indices, |_| 0)?;
            loop {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                    return Ok(());
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                push_tuple(out, &pools, &indices, |_| 0)?;
            }
        }
        IterOp::CombinationsWithReplacement(r) => {
            let pools = [items(&types[0], args[0])];
            let n = pools[0].len();
            if n == 0 && r > 0 {
                return Ok(());
            }
            let mut indices = vec![0usize; r];
            push_tuple(out, &pools, &indices, |_| 0)?;
            loop {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                    return Ok(());
                };
                let v = indices[i] + 1;
                for x in &mut indices[i..] {
                    *x = v;
                }
                push_tuple(out, &pools, &indices, |_| 0)?;
            }
        }
        IterOp::Chain => {
            for (t, &a) in types.iter().zip(args) {
                for it in items(t, a) {
                    out.push(it);
                }
            }
            Ok(())
        }
        IterOp::Islice { stop_only } => {
            let pool = items(&types[0], args[0]);
            let (start, stop, step) = (args[1] as i64, args[2] as i64, args[3] as i64);
            let bad = |v: i64| v != NONE_BOUND && v < 0;
            if bad(stop) && stop_only {
                return err(
                    "ValueError",
                    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                );
            }
            if bad(start) || bad(stop) {
                return err(
                    "ValueError",
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                );
            }
            if step != NONE_BOUND && step <= 0 {
                return err(
                    "ValueError",
                    "Step for islice() must be a positive integer or None.",
                );
            }
            let start = if start == NONE_BOUND {
                0
            } else {
                start as usize
            };
            let stop = if stop == NONE_BOUND {
                pool.len()
            } else {
                (stop as usize).min(pool.len())
            };
            let step = if step == NONE_BOUND { 1 } else { step as usize };
            let mut i = start;
            while i < stop {
                out.push(pool[i]);
                i += step;
            }
            Ok(())
        }
        IterOp::Accumulate => {
            let el = types[0].list_elem().map_or(Type::None, |e| (**e).clone());
            let mut acc: Option<u64> = None;
            for it in items(&types[0], args[0]) {
                let x = it[0];
                let v = match acc {
                    None => x,
                    Some(a) if el.is_float() => (f64::from_bits(a) + f64::from_bits(x)).to_bits(),
                    Some(a) => (a as i64).wrapping_add(x as i64) as u64,
                };
                acc = Some(v);
                out.push(&[v]);
            }
            Ok(())
        }
        IterOp::Pairwise => {
            let pool = items(&types[0], args[0]);
            for w in pool.windows(2) {
                let mut e = w[0].to_vec();
                e.extend_from_slice(w[1]);
                out.push(&e);
            }
            Ok(())
        }
        IterOp::Repeat => {
            let n = types[0].slots();
            let times = (args[n] as i64).max(0) as usize;
            room(times.saturating_mul(n))?;
            for _ in 0..times {
                out.push(&args[..n]);
            }
            Ok(())
        }
        IterOp::ZipLongest => {
            let k = types.len() - 1;
            let pools: Vec<Vec<&[u64]>> = types[..k]
                .iter()
                .zip(args)
                .map(|(t, &a)| items(t, a))
                .collect();
            let fill = &args[k..k + types[k].slots()];
            let longest = pools.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..longest {
                let mut e = Vec::new();
                for p in &pools {
                    e.extend_from_slice(p.get(i).copied().unwrap_or(fill));
                }
                out.push(&e);
            }
            Ok(())
        }
    }
}

/// `count(start, step)` as a range: from `start` by `step` up to the end
/// of int64 (rumba has no big integers).
pub fn count_range(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (start, step) = (args[0] as i64, args[1] as i64);
    if step == 0 {
        return err(
            "ValueError",
            "count() with step 0 repeats one value forever, which rumba does not support",
        );
    }
    out[0] = start as u64;
    out[1] = if step > 0 { i64::MAX } else { i64::MIN } as u64;
    out[2] = step as u64;
    Ok(())
}
