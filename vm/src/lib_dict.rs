//! Dicts and sets: one key (element) type and one value type per object,
//! fixed at compile time like a list's. A dict keeps its entries in
//! insertion order, as CPython's does. A set is CPython's own hash table
//! (`Objects/setobject.c`: the same probe sequence, fill limits and
//! resizes, and CPython's hashes of numbers and tuples), so a set of
//! numbers iterates and prints in the order CPython gives; strings hash
//! differently in every CPython process, so any order is one CPython could
//! print.

use crate::error::{err, VmError, VmResult};
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::types::{DictKind, DictTy, Factory, Type};
use crate::value::{decref, incref, into_slot, obj_mut, str_of, Header, ListObj, ObjKind};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

// ----------------------------------------------------------------- keys

/// A key's value as Python compares keys: `-0.0` is `0.0`, and NaN equals
/// nothing (CPython finds a NaN key only through the same object).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i128),
    Float(u64),
    NaN(u64),
    Complex(u64, u64),
    Str(Box<str>),
    Tuple(Box<[Key]>),
    None,
}

thread_local! {
    static NAN_IDS: Cell<u64> = const { Cell::new(0) };
}

fn float_key(x: f64) -> Key {
    if x.is_nan() {
        Key::NaN(NAN_IDS.with(|c| {
            c.set(c.get() + 1);
            c.get()
        }))
    } else {
        Key::Float((x + 0.0).to_bits())
    }
}

/// The key of a value of type `t` held in `slots`.
pub fn key_of(t: &Type, slots: &[u64]) -> Key {
    let s0 = slots.first().copied().unwrap_or(0);
    match t {
        Type::Bool | Type::NpBool => Key::Int((s0 != 0) as i128),
        Type::Int(i) if i.signed => Key::Int(s0 as i64 as i128),
        Type::Int(_) => Key::Int(s0 as i128),
        t if t.is_float() => float_key(f64::from_bits(s0)),
        Type::C128 | Type::NpC128 => {
            let im = slots.get(1).copied().unwrap_or(0);
            let norm = |b: u64| (f64::from_bits(b) + 0.0).to_bits();
            Key::Complex(norm(s0), norm(im))
        }
        // SAFETY: a str or bytes slot holds a string.
        Type::Str | Type::Bytes => Key::Str(unsafe { str_of(s0) }.into()),
        Type::Tuple(items) => {
            let mut off = 0;
            let mut out = Vec::with_capacity(items.len());
            for it in items.iter() {
                let n = it.slots();
                out.push(key_of(it, &slots[off..off + n]));
                off += n;
            }
            Key::Tuple(out.into())
        }
        // An enum member is its value (an IntEnum's hash is its int's).
        Type::Enum(en) => key_of(&en.value, slots),
        _ => Key::None,
    }
}

/// Whether values of type `t` can be dict keys or set elements.
pub fn hashable(t: &Type) -> bool {
    match t {
        Type::Tuple(items) => items.iter().all(hashable),
        Type::Enum(_) => true,
        t => t.is_number() || t.is_complex() || matches!(t, Type::Str | Type::Bytes | Type::None),
    }
}

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;

fn hash_int(v: i128) -> i64 {
    let a = (v.unsigned_abs() % HASH_MODULUS as u128) as i64;
    let h = if v < 0 { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` for finite and infinite values.
fn hash_double(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's frexp: `v = m * 2^e` with `0.5 <= |m| < 1` (and `(0, 0)` for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Python's `hash()` of a key: CPython's for numbers and tuples (so sets
/// of them take CPython's order); strings get a fixed hash of their own.
pub fn py_hash(k: &Key) -> i64 {
    match k {
        Key::Int(v) => hash_int(*v),
        Key::Float(b) => hash_double(f64::from_bits(*b)),
        Key::NaN(id) => *id as i64,
        Key::Complex(re, im) => {
            let hr = hash_double(f64::from_bits(*re)) as u64;
            let hi = hash_double(f64::from_bits(*im)) as u64;
            let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Key::Str(s) => {
            // FNV-1a.
            let mut h: u64 = 0xcbf29ce484222325;
            for b in s.bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            let h = h as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Key::Tuple(items) => {
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc = P5;
            for it in items.iter() {
                let lane = py_hash(it) as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            }
        }
        Key::None => 0x5f3759df,
    }
}

/// How a value's slots are laid out: how many, and which hold references.
#[derive(Clone)]
struct Slots {
    n: usize,
    refs: Rc<[bool]>,
}

impl Slots {
    fn of(t: &Type) -> Slots {
        Slots {
            n: t.slots(),
            refs: Rc::from(t.ref_flags()),
        }
    }

    fn retain(&self, v: &[u64]) {
        for (k, &s) in v.iter().enumerate() {
            if self.refs.get(k) == Some(&true) {
                incref(s);
            }
        }
    }

    fn release(&self, v: &[u64]) {
        for (k, &s) in v.iter().enumerate() {
            if self.refs.get(k) == Some(&true) {
                decref(s);
            }
        }
    }
}

// ----------------------------------------------------------------- dicts

/// A dict: entries in insertion order (key slots, then value slots), and
/// an index from key to entry.
#[repr(C)]
pub struct DictObj {
    hdr: Header,
    ks: Slots,
    vs: Slots,
    keys: Vec<Key>,
    slots: Vec<u64>,
    index: HashMap<Key, usize>,
}

impl DictObj {
    fn create(t: &DictTy) -> u64 {
        into_slot(Box::new(DictObj {
            hdr: Header::new(ObjKind::Dict),
            ks: Slots::of(&t.key),
            vs: Slots::of(&t.val),
            keys: Vec::new(),
            slots: Vec::new(),
            index: HashMap::new(),
        }))
    }

    /// Fixes the layout of a dict created empty before its types were known
    /// (a Counter's or defaultdict's value type may be known before its key
    /// type).
    fn adopt(&mut self, t: &DictTy) {
        if self.keys.is_empty() && t.key != Type::Unknown && t.val != Type::Unknown {
            self.ks = Slots::of(&t.key);
            self.vs = Slots::of(&t.val);
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn width(&self) -> usize {
        self.ks.n + self.vs.n
    }

    fn key_slots(&self, i: usize) -> &[u64] {
        let w = self.width();
        &self.slots[i * w..i * w + self.ks.n]
    }

    fn val_slots(&self, i: usize) -> &[u64] {
        let w = self.width();
        &self.slots[i * w + self.ks.n..(i + 1) * w]
    }

    /// Sets `key` to `val` (borrowed slots): a new key goes last, an old
    /// one keeps its place and its first key object.
    fn set(&mut self, key: Key, kslots: &[u64], val: &[u64]) {
        self.vs.retain(val);
        match self.index.get(&key) {
            Some(&i) => {
                let w = self.width();
                let at = i * w + self.ks.n;
                let old: Vec<u64> = self.slots[at..at + self.vs.n].to_vec();
                self.slots[at..at + self.vs.n].copy_from_slice(val);
                self.vs.release(&old);
            }
            None => {
                self.ks.retain(kslots);
                self.index.insert(key.clone(), self.keys.len());
                self.keys.push(key);
                self.slots.extend_from_slice(kslots);
                self.slots.extend_from_slice(val);
            }
        }
    }

    /// Removes entry `i`, handing its key and value references to the
    /// caller.
    fn remove(&mut self, i: usize) -> Vec<u64> {
        let w = self.width();
        let key = self.keys.remove(i);
        self.index.remove(&key);
        for p in self.index.values_mut() {
            if *p > i {
                *p -= 1;
            }
        }
        self.slots.drain(i * w..(i + 1) * w).collect()
    }

    fn clear(&mut self) {
        let w = self.width().max(1);
        for e in std::mem::take(&mut self.slots).chunks(w) {
            self.ks.release(&e[..self.ks.n]);
            self.vs.release(&e[self.ks.n..]);
        }
        self.keys.clear();
        self.index.clear();
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        self.clear();
    }
}

fn dict<'a>(slot: u64) -> &'a mut DictObj {
    // SAFETY: called on dict slots only, as the site's types say.
    unsafe { obj_mut::<DictObj>(slot) }
}

fn dict_ty(t: &Type) -> Rc<DictTy> {
    match t {
        Type::Dict(d) => d.clone(),
        _ => Rc::new(DictTy {
            key: Type::None,
            val: Type::None,
            numba: false,
            kind: Default::default(),
        }),
    }
}

/// CPython's KeyError names the key; Numba's typed dict raises a bare one.
fn key_error(vm: &Vm, t: &DictTy, kslots: &[u64]) -> VmError {
    if t.numba {
        VmError::new("KeyError", "")
    } else {
        VmError::new("KeyError", crate::show::to_string(vm, &t.key, kslots, true))
    }
}

/// `{k: v, ...}`: key and value slots alternate in the arguments.
pub fn dict_new(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = dict_ty(&site.ret);
    let d = DictObj::create(&t);
    let (kn, w) = (t.key.slots(), t.key.slots() + t.val.slots());
    if w > 0 {
        for e in args.chunks(w) {
            dict(d).set(key_of(&t.key, &e[..kn]), &e[..kn], &e[kn..]);
        }
    }
    out[0] = d;
    Ok(())
}

pub fn dict_len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = dict(args[0]).len() as u64;
    Ok(())
}

/// Copies entry `i`'s value to `out`, adding references.
fn read_val(d: &DictObj, i: usize, out: &mut [u64]) {
    let v = d.val_slots(i);
    d.vs.retain(v);
    out[..v.len()].copy_from_slice(v);
}

/// The dict's key in the argument slots after the dict.
fn arg_key<'a>(t: &DictTy, args: &'a [u64]) -> (Key, &'a [u64]) {
    let k = &args[1..1 + t.key.slots()];
    (key_of(&t.key, k), k)
}

/// `d[k]`.
pub fn dict_getitem(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, ks) = arg_key(&t, args);
    let d = dict(args[0]);
    match d.index.get(&key) {
        Some(&i) => {
            read_val(d, i, out);
            Ok(())
        }
        None => Err(key_error(vm, &t, ks)),
    }
}

/// `d[k] = v`.
pub fn dict_setitem(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let d = dict(args[0]);
    d.adopt(&t);
    let (key, ks) = arg_key(&t, args);
    let kn = ks.len();
    d.set(key, ks, &args[1 + kn..1 + kn + t.val.slots()]);
    Ok(())
}

/// `del d[k]`.
pub fn dict_delitem(
    vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, ks) = arg_key(&t, args);
    let d = dict(args[0]);
    let Some(&i) = d.index.get(&key) else {
        return Err(key_error(vm, &t, ks));
    };
    let e = d.remove(i);
    d.ks.release(&e[..d.ks.n]);
    d.vs.release(&e[d.ks.n..]);
    Ok(())
}

/// `k in d` (the key first, as the operator reads).
pub fn dict_contains(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[1]);
    let kn = t.key.slots();
    let key = key_of(&t.key, &args[..kn]);
    out[0] = dict(args[kn]).index.contains_key(&key) as u64;
    Ok(())
}

/// `d.get(k, default)`.
pub fn dict_get(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, ks) = arg_key(&t, args);
    let d = dict(args[0]);
    match d.index.get(&key) {
        Some(&i) => read_val(d, i, out),
        None => {
            let dflt = &args[1 + ks.len()..1 + ks.len() + t.val.slots()];
            d.vs.retain(dflt);
            out[..dflt.len()].copy_from_slice(dflt);
        }
    }
    Ok(())
}

/// `d.setdefault(k, default)`.
pub fn dict_setdefault(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let d = dict(args[0]);
    d.adopt(&t);
    let (key, ks) = arg_key(&t, args);
    let i = match d.index.get(&key) {
        Some(&i) => i,
        None => {
            let dflt = &args[1 + ks.len()..1 + ks.len() + t.val.slots()];
            d.set(key, ks, dflt);
            d.len() - 1
        }
    };
    read_val(d, i, out);
    Ok(())
}

/// `d.pop(k)` and, when the site has a third argument, `d.pop(k, default)`.
pub fn dict_pop(vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, ks) = arg_key(&t, args);
    let kn = ks.len();
    let d = dict(args[0]);
    match d.index.get(&key) {
        Some(&i) => {
            let e = d.remove(i);
            d.ks.release(&e[..kn]);
            // The value's references move to the caller.
            out[..e.len() - kn].copy_from_slice(&e[kn..]);
            Ok(())
        }
        None if site.arg_types.len() == 3 => {
            let dflt = &args[1 + kn..1 + kn + t.val.slots()];
            d.vs.retain(dflt);
            out[..dflt.len()].copy_from_slice(dflt);
            Ok(())
        }
        None => Err(key_error(vm, &t, ks)),
    }
}

/// `d.popitem()`: the last entry, as a (key, value) tuple.
pub fn dict_popitem(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let d = dict(args[0]);
    if d.is_empty() {
        let msg = if t.numba {
            "dictionary is empty"
        } else {
            "'popitem(): dictionary is empty'"
        };
        return err("KeyError", msg);
    }
    let e = d.remove(d.len() - 1);
    out[..e.len()].copy_from_slice(&e);
    Ok(())
}

pub fn dict_clear(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    dict(args[0]).clear();
    Ok(())
}

/// `d.copy()`, `dict(d)`.
pub fn dict_copy(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let t = dict_ty(&site.ret);
    let dst = DictObj::create(&t);
    dict_update(_vm, site, &[dst, args[0]], &mut [])?;
    out[0] = dst;
    Ok(())
}

/// `d.update(other)`.
pub fn dict_update(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    if args[0] == args[1] {
        return Ok(());
    }
    let src = dict(args[1]);
    let dst = dict(args[0]);
    if src.width() > 0 {
        dst.adopt_from(src);
    }
    for i in 0..src.len() {
        dst.set(src.keys[i].clone(), src.key_slots(i), src.val_slots(i));
    }
    Ok(())
}

impl DictObj {
    fn adopt_from(&mut self, other: &DictObj) {
        if self.keys.is_empty() && self.width() == 0 {
            self.ks = other.ks.clone();
            self.vs = other.vs.clone();
        }
    }
}

/// `dict(pairs)`: a list of (key, value) tuples.
pub fn dict_from_pairs(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.ret);
    let d = DictObj::create(&t);
    // SAFETY: the argument is a list of (key, value) tuples.
    let l = unsafe { crate::value::obj::<ListObj>(args[0]) };
    let (kn, w) = (t.key.slots(), t.key.slots() + t.val.slots());
    if w > 0 {
        for e in l.slots.chunks(w) {
            dict(d).set(key_of(&t.key, &e[..kn]), &e[..kn], &e[kn..]);
        }
    }
    out[0] = d;
    Ok(())
}

/// What `keys()`, `values()` and `items()` list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Keys,
    Values,
    Items,
}

/// A new list of the dict's keys, values or (key, value) pairs; the
/// site's result type gives the list's layout.
pub fn dict_list(
    _vm: &mut Vm,
    site: &NativeSite,
    view: &View,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let d = dict(args[0]);
    let el = match &site.ret {
        Type::List(el) => (**el).clone(),
        _ => Type::None,
    };
    let l = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags()));
    // SAFETY: just created.
    let lst = unsafe { obj_mut::<ListObj>(l) };
    for i in 0..d.len() {
        match view {
            View::Keys => lst.push(d.key_slots(i)),
            View::Values => lst.push(d.val_slots(i)),
            View::Items => {
                let w = d.width();
                lst.push(&d.slots[i * w..(i + 1) * w]);
            }
        }
    }
    out[0] = l;
    Ok(())
}

// ----------------------------------------------------------------- sets

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Entry {
    Empty,
    Dummy,
    Full {
        hash: i64,
        key: Key,
        slots: Box<[u64]>,
    },
}

/// A set, laid out as CPython's: open addressing with CPython's probes.
#[repr(C)]
pub struct SetObj {
    hdr: Header,
    es: Slots,
    table: Vec<Entry>,
    /// Full and dummy entries.
    fill: usize,
    /// Full entries.
    used: usize,
    /// Where `pop` looks next.
    finger: usize,
}

fn set<'a>(slot: u64) -> &'a mut SetObj {
    // SAFETY: called on set slots only, as the site's types say.
    unsafe { obj_mut::<SetObj>(slot) }
}

fn elem_ty(t: &Type) -> Type {
    match t {
        Type::Set(e) => (**e).clone(),
        _ => Type::None,
    }
}

impl SetObj {
    fn empty(es: Slots) -> SetObj {
        SetObj {
            hdr: Header::new(ObjKind::Set),
            es,
            table: vec![Entry::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn create(el: &Type) -> u64 {
        into_slot(Box::new(SetObj::empty(Slots::of(el))))
    }

    fn like(&self) -> u64 {
        into_slot(Box::new(SetObj::empty(self.es.clone())))
    }

    fn adopt(&mut self, el: &Type) {
        if self.used == 0 && self.es.n == 0 {
            self.es = Slots::of(el);
        }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The index of the entry holding `key`, if any (`set_lookkey`).
    fn find(&self, key: &Key, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Entry::Empty => return None,
                    Entry::Full {
                        hash: h, key: k, ..
                    } if *h == hash && k == key => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds an element (`set_add_entry`); its slots are borrowed.
    fn add(&mut self, key: Key, hash: i64, slots: &[u64]) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut free: Option<usize> = None;
        let unused = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut found = None;
            for j in i..=i + probes {
                match &self.table[j] {
                    Entry::Empty => {
                        found = Some(j);
                        break;
                    }
                    Entry::Full {
                        hash: h, key: k, ..
                    } if *h == hash && *k == key => return,
                    Entry::Dummy if free.is_none() => free = Some(j),
                    _ => {}
                }
            }
            if let Some(j) = found {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.es.retain(slots);
        let entry = Entry::Full {
            hash,
            key,
            slots: slots.into(),
        };
        self.used += 1;
        if let Some(f) = free {
            self.table[f] = entry;
            return;
        }
        self.table[unused] = entry;
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let min = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(min);
        }
    }

    /// `set_insert_clean`: into a table with no dummies and no equal key.
    fn insert_clean(table: &mut [Entry], e: Entry) {
        let Entry::Full { hash, .. } = &e else {
            return;
        };
        let mask = table.len() - 1;
        let mut perturb = *hash as u64;
        let mut i = *hash as u64 as usize & mask;
        loop {
            if let Entry::Empty = table[i] {
                table[i] = e;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                let run = &mut table[i + 1..=i + LINEAR_PROBES];
                if let Some(slot) = run.iter_mut().find(|s| matches!(s, Entry::Empty)) {
                    *slot = e;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Entry::Empty; size]);
        self.fill = self.used;
        for e in old {
            if let Entry::Full { .. } = e {
                SetObj::insert_clean(&mut self.table, e);
            }
        }
    }

    /// Removes `key`; whether it was there (`set_discard_entry`).
    fn discard(&mut self, key: &Key, hash: i64) -> bool {
        let Some(i) = self.find(key, hash) else {
            return false;
        };
        if let Entry::Full { slots, .. } = std::mem::replace(&mut self.table[i], Entry::Dummy) {
            self.es.release(&slots);
        }
        self.used -= 1;
        true
    }

    fn contains(&self, key: &Key, hash: i64) -> bool {
        self.find(key, hash).is_some()
    }

    /// The full entries in table order.
    fn entries(&self) -> impl Iterator<Item = (i64, &Key, &[u64])> {
        self.table.iter().filter_map(|e| match e {
            Entry::Full { hash, key, slots } => Some((*hash, key, &**slots)),
            _ => None,
        })
    }

    fn owned_entries(&self) -> Vec<(i64, Key, Box<[u64]>)> {
        self.entries()
            .map(|(h, k, s)| (h, k.clone(), s.into()))
            .collect()
    }

    /// `set_merge`: adds every element of `other`.
    fn merge(&mut self, other: &SetObj) {
        if other.used == 0 {
            return;
        }
        if self.es.n == 0 && self.used == 0 {
            self.es = other.es.clone();
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if let Entry::Full { slots, .. } = src {
                    self.es.retain(slots);
                    *dst = src.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for e in &other.table {
                if let Entry::Full { slots, .. } = e {
                    self.es.retain(slots);
                    SetObj::insert_clean(&mut self.table, e.clone());
                }
            }
            return;
        }
        for (h, k, s) in other.owned_entries() {
            self.add(k, h, &s);
        }
    }

    fn clear(&mut self) {
        for e in std::mem::replace(&mut self.table, vec![Entry::Empty; MINSIZE]) {
            if let Entry::Full { slots, .. } = e {
                self.es.release(&slots);
            }
        }
        self.fill = 0;
        self.used = 0;
    }

    /// The elements of `self` that `other` has (`set_intersection`).
    fn intersection(&self, other: &SetObj) -> u64 {
        let result = self.like();
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        for (h, k, s) in small.entries() {
            if big.contains(k, h) {
                set(result).add(k.clone(), h, s);
            }
        }
        result
    }

    /// `set_difference`.
    fn difference(&self, other: &SetObj) -> u64 {
        if (self.used >> 2) > other.used {
            let result = self.like();
            set(result).merge(self);
            for (h, k, _) in other.entries() {
                set(result).discard(k, h);
            }
            return result;
        }
        let result = self.like();
        for (h, k, s) in self.entries() {
            if !other.contains(k, h) {
                set(result).add(k.clone(), h, s);
            }
        }
        result
    }

    /// `set_symmetric_difference_update`.
    fn symmetric_update(&mut self, other: &SetObj) {
        for (h, k, s) in other.owned_entries() {
            if !self.discard(&k, h) {
                self.add(k, h, &s);
            }
        }
    }

    fn is_subset(&self, other: &SetObj) -> bool {
        self.used <= other.used && self.entries().all(|(h, k, _)| other.contains(k, h))
    }
}

impl Drop for SetObj {
    fn drop(&mut self) {
        self.clear();
    }
}

fn hashed(t: &Type, slots: &[u64]) -> (Key, i64) {
    let k = key_of(t, slots);
    let h = py_hash(&k);
    (k, h)
}

/// `{a, b, c}` and `set()`: elements added in order. A display CPython
/// folds to a constant (`folded`) is a frozenset built from the items,
/// built again from that one's order when the compiler merges constants,
/// then merged into a new set.
pub fn set_new(
    _vm: &mut Vm,
    site: &NativeSite,
    folded: &bool,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let el = elem_ty(&site.ret);
    let s = SetObj::create(&el);
    let n = el.slots();
    if n > 0 {
        for e in args.chunks(n) {
            let (k, h) = hashed(&el, e);
            set(s).add(k, h, e);
        }
    }
    if *folded {
        let again = set(s).like();
        for (h, k, e) in set(s).owned_entries() {
            set(again).add(k, h, &e);
        }
        decref(s);
        let merged = set(again).like();
        set(merged).merge(set(again));
        decref(again);
        out[0] = merged;
    } else {
        out[0] = s;
    }
    Ok(())
}

/// `set(x)` of a list, string or range (added one by one), a set (merged)
/// or a dict (its keys, after one resize).
pub fn set_from(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let el = elem_ty(&site.ret);
    let s = SetObj::create(&el);
    let n = el.slots();
    match &site.arg_types[0] {
        Type::List(_) => {
            // SAFETY: a list slot holds a list.
            let l = unsafe { crate::value::obj::<ListObj>(args[0]) };
            if n > 0 {
                for e in l.slots.chunks(n) {
                    let (k, h) = hashed(&el, e);
                    set(s).add(k, h, e);
                }
            }
        }
        Type::Str => {
            // SAFETY: a str slot holds a string.
            for c in unsafe { str_of(args[0]) }.chars() {
                let cs = crate::value::new_str(c.to_string());
                let (k, h) = hashed(&el, &[cs]);
                set(s).add(k, h, &[cs]);
                decref(cs);
            }
        }
        Type::Range => {
            let (a, b, c) = (args[0] as i64, args[1] as i64, args[2] as i64);
            let mut v = a;
            while (c > 0 && v < b) || (c < 0 && v > b) {
                let (k, h) = hashed(&el, &[v as u64]);
                set(s).add(k, h, &[v as u64]);
                v += c;
            }
        }
        Type::Set(_) => set(s).merge(set(args[0])),
        Type::Dict(_) => {
            let d = dict(args[0]);
            let dst = set(s);
            if (dst.fill + d.len()) * 5 >= dst.mask() * 3 {
                dst.resize((dst.used + d.len()) * 2);
            }
            for i in 0..d.len() {
                let k = d.keys[i].clone();
                let h = py_hash(&k);
                dst.add(k, h, d.key_slots(i));
            }
        }
        _ => {
            decref(s);
            return err("TypeError", "set() of this type is not supported");
        }
    }
    out[0] = s;
    Ok(())
}

pub fn set_len(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    out[0] = set(args[0]).used as u64;
    Ok(())
}

/// `x in s` (the element first, as the operator reads).
pub fn set_contains(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let el = elem_ty(&site.arg_types[1]);
    let n = el.slots();
    let (k, h) = hashed(&el, &args[..n]);
    out[0] = set(args[n]).contains(&k, h) as u64;
    Ok(())
}

/// What a set method with one element argument does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemOp {
    Add,
    Discard,
    Remove,
}

pub fn set_elem(
    vm: &mut Vm,
    site: &NativeSite,
    op: &ElemOp,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let el = elem_ty(&site.arg_types[0]);
    let s = set(args[0]);
    s.adopt(&el);
    let e = &args[1..1 + el.slots()];
    let (k, h) = hashed(&el, e);
    match op {
        ElemOp::Add => s.add(k, h, e),
        ElemOp::Discard => {
            s.discard(&k, h);
        }
        ElemOp::Remove => {
            if !s.discard(&k, h) {
                return err("KeyError", crate::show::to_string(vm, &el, e, true));
            }
        }
    }
    Ok(())
}

/// `s.pop()`: CPython's, from the finger on.
pub fn set_pop(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let s = set(args[0]);
    if s.used == 0 {
        return err("KeyError", "'pop from an empty set'");
    }
    let mut i = s.finger & s.mask();
    while !matches!(s.table[i], Entry::Full { .. }) {
        i = (i + 1) & s.mask();
    }
    if let Entry::Full { slots, .. } = std::mem::replace(&mut s.table[i], Entry::Dummy) {
        // The element's references move to the caller.
        out[..slots.len()].copy_from_slice(&slots);
    }
    s.used -= 1;
    s.finger = i + 1;
    Ok(())
}

pub fn set_clear(_vm: &mut Vm, _site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    set(args[0]).clear();
    Ok(())
}

/// `s.copy()`.
pub fn set_copy(_vm: &mut Vm, _site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let src = set(args[0]);
    let dst = src.like();
    set(dst).merge(src);
    out[0] = dst;
    Ok(())
}

/// A binary set operation, as an operator or a method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOp {
    Or,
    And,
    Sub,
    Xor,
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`: a new set.
pub fn set_binop(
    _vm: &mut Vm,
    _site: &NativeSite,
    op: &SetOp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b) = (set(args[0]), set(args[1]));
    out[0] = match op {
        SetOp::Or => {
            let r = a.like();
            set(r).merge(a);
            if args[0] != args[1] {
                set(r).merge(b);
            }
            r
        }
        SetOp::And => {
            if args[0] == args[1] {
                let r = a.like();
                set(r).merge(a);
                r
            } else {
                a.intersection(b)
            }
        }
        SetOp::Sub => {
            if args[0] == args[1] {
                a.like()
            } else {
                a.difference(b)
            }
        }
        SetOp::Xor => {
            let r = b.like();
            if args[0] != args[1] {
                set(r).merge(b);
                set(r).symmetric_update(a);
            }
            r
        }
    };
    Ok(())
}

/// `a |= b` and the other in-place forms (and `update` and its kin):
/// the first set changes.
pub fn set_update(
    _vm: &mut Vm,
    _site: &NativeSite,
    op: &SetOp,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    if args[0] == args[1] {
        if matches!(op, SetOp::Sub | SetOp::Xor) {
            set(args[0]).clear();
        }
        return Ok(());
    }
    let (a, b) = (set(args[0]), set(args[1]));
    match op {
        SetOp::Or => a.merge(b),
        SetOp::And => {
            let r = a.intersection(b);
            std::mem::swap(&mut a.table, &mut set(r).table);
            std::mem::swap(&mut a.fill, &mut set(r).fill);
            std::mem::swap(&mut a.used, &mut set(r).used);
            decref(r);
        }
        SetOp::Sub => {
            for (h, k, _) in b.owned_entries() {
                a.discard(&k, h);
            }
        }
        SetOp::Xor => a.symmetric_update(b),
    }
    Ok(())
}

/// A comparison of two sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetCmp {
    Eq,
    Ne,
    Le,
    Lt,
    Ge,
    Gt,
    Disjoint,
}

pub fn set_compare(
    _vm: &mut Vm,
    _site: &NativeSite,
    op: &SetCmp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let (a, b) = (set(args[0]), set(args[1]));
    out[0] = match op {
        SetCmp::Eq => a.used == b.used && a.is_subset(b),
        SetCmp::Ne => !(a.used == b.used && a.is_subset(b)),
        SetCmp::Le => a.is_subset(b),
        SetCmp::Lt => a.used < b.used && a.is_subset(b),
        SetCmp::Ge => b.is_subset(a),
        SetCmp::Gt => b.used < a.used && b.is_subset(a),
        SetCmp::Disjoint => !a.entries().any(|(h, k, _)| b.contains(k, h)),
    } as u64;
    Ok(())
}

/// A new list of a set's elements in its iteration order.
pub fn set_list(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    let el = elem_ty(&site.arg_types[0]);
    let l = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags()));
    // SAFETY: just created.
    let lst = unsafe { obj_mut::<ListObj>(l) };
    for (_, _, s) in set(args[0]).entries() {
        lst.push(s);
    }
    out[0] = l;
    Ok(())
}

// ------------------------------------------------------------ iteration

/// The size of a dict or set, by the site's type of argument `i`.
fn size_of(site: &NativeSite, i: usize, slot: u64) -> usize {
    match &site.arg_types[i] {
        Type::Dict(_) => dict(slot).len(),
        _ => set(slot).used,
    }
}

fn changed(site: &NativeSite) -> VmError {
    match &site.arg_types[2] {
        Type::Dict(_) => VmError::new("RuntimeError", "dictionary changed size during iteration"),
        _ => VmError::new("RuntimeError", "Set changed size during iteration"),
    }
}

/// One step of `for x in d` (or a set): item `idx` of the snapshot list
/// taken when the loop began, unless the dict or set changed size since.
/// Arguments: the snapshot, the index, the dict or set, its size then.
pub fn iter_item(_vm: &mut Vm, site: &NativeSite, args: &[u64], out: &mut [u64]) -> VmResult<()> {
    if size_of(site, 2, args[2]) != args[3] as usize {
        return Err(changed(site));
    }
    crate::lib_base::list_get(_vm, site, &args[..2], out)
}

/// The end of such a loop: CPython's iterator checks the size once more.
pub fn iter_end(_vm: &mut Vm, site: &NativeSite, args: &[u64], _out: &mut [u64]) -> VmResult<()> {
    if size_of(site, 0, args[0]) != args[1] as usize {
        let t = [site.arg_types[0].clone()];
        return Err(match &t[0] {
            Type::Dict(_) => {
                VmError::new("RuntimeError", "dictionary changed size during iteration")
            }
            _ => VmError::new("RuntimeError", "Set changed size during iteration"),
        });
    }
    Ok(())
}

// ----------------------------------------------------------- collections

/// An empty value of type `t` (a new reference), the value a
/// `defaultdict`'s built-in factory makes: `0`, `0.0`, `False`, `''`,
/// `()`, or an empty list, set or dict.
fn empty_value(t: &Type, out: &mut [u64]) {
    match t {
        Type::Str => out[0] = crate::value::new_str(""),
        Type::List(el) => out[0] = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags())),
        Type::Set(el) => out[0] = SetObj::create(el),
        Type::Dict(d) => out[0] = DictObj::create(d),
        _ => out[..t.slots()].fill(0),
    }
}

/// `d[k]` of a `defaultdict` whose factory is a built-in type: a missing
/// key is inserted with an empty value first.
pub fn defaultdict_getitem(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let d = dict(args[0]);
    d.adopt(&t);
    let (key, ks) = arg_key(&t, args);
    let i = match d.index.get(&key) {
        Some(&i) => i,
        None => {
            let mut v = vec![0; t.val.slots()];
            empty_value(&t.val, &mut v);
            d.set(key, ks, &v);
            d.vs.release(&v);
            d.len() - 1
        }
    };
    read_val(d, i, out);
    Ok(())
}

/// `od.move_to_end(k)` (to the front when the site's last argument is
/// false): a KeyError naming the key if it is missing.
pub fn dict_move_to_end(
    vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, ks) = arg_key(&t, args);
    let last = args[1 + ks.len()] != 0;
    let d = dict(args[0]);
    let Some(&i) = d.index.get(&key) else {
        return Err(key_error(vm, &t, ks));
    };
    let e = d.remove(i);
    let kn = d.ks.n;
    d.set(key, &e[..kn], &e[kn..]);
    // `set` added references of its own.
    d.ks.release(&e[..kn]);
    d.vs.release(&e[kn..]);
    if !last {
        let n = d.len() - 1;
        let w = d.width();
        let moved: Vec<u64> = d.slots.drain(n * w..).collect();
        d.slots.splice(0..0, moved);
        let k = d.keys.remove(n);
        d.keys.insert(0, k);
        for (j, k) in d.keys.iter().enumerate() {
            d.index.insert(k.clone(), j);
        }
    }
    Ok(())
}

/// `c[k]` of a `Counter`: a missing key counts 0 (and stays missing).
pub fn counter_getitem(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let (key, _) = arg_key(&t, args);
    let d = dict(args[0]);
    match d.index.get(&key) {
        Some(&i) => read_val(d, i, out),
        None => out[0] = 0,
    }
    Ok(())
}

/// The count of `key` in a counter, 0 if missing.
fn count_of(d: &DictObj, key: &Key) -> i64 {
    d.index
        .get(key)
        .map_or(0, |&i| d.val_slots(i).first().copied().unwrap_or(0) as i64)
}

/// Adds `n` to the count of the key in `ks`.
fn add_count(d: &mut DictObj, t: &Type, ks: &[u64], n: i64) {
    let key = key_of(t, ks);
    let c = count_of(d, &key).wrapping_add(n);
    d.set(key, ks, &[c as u64]);
}

/// Counts every element of `src` (a list, or a string's characters) of
/// type `st` into `d`, `sign` times each.
fn count_into(d: &mut DictObj, key: &Type, st: &Type, src: u64, sign: i64) {
    match st {
        Type::Str => {
            // SAFETY: the site's type makes the argument a string.
            let s = unsafe { str_of(src) }.to_string();
            for ch in s.chars() {
                let c = crate::value::new_str(ch.to_string());
                add_count(d, key, &[c], sign);
                decref(c);
            }
        }
        Type::Dict(_) => {
            let other = dict(src);
            for i in 0..other.len() {
                let n = other.val_slots(i).first().copied().unwrap_or(0) as i64;
                let ks = other.key_slots(i).to_vec();
                add_count(d, key, &ks, sign.wrapping_mul(n));
            }
        }
        _ => {
            // SAFETY: the site's type makes the argument a list.
            let l = unsafe { crate::value::obj::<ListObj>(src) };
            let n = key.slots();
            if n > 0 {
                for e in l.slots.chunks(n) {
                    add_count(d, key, e, sign);
                }
            }
        }
    }
}

/// `Counter(iterable)`: a list, a string, or a mapping of counts.
pub fn counter_from(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.ret);
    let c = DictObj::create(&t);
    count_into(dict(c), &t.key, &site.arg_types[0], args[0], 1);
    out[0] = c;
    Ok(())
}

/// `c.update(iterable)` (`sign` 1) and `c.subtract(iterable)` (`sign` -1).
pub fn counter_update(
    _vm: &mut Vm,
    site: &NativeSite,
    sign: &i64,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.arg_types[0]);
    let d = dict(args[0]);
    d.adopt(&t);
    if args[0] == args[1] {
        // c.update(c) doubles every count (c.subtract(c) zeroes them).
        for i in 0..d.len() {
            let at = i * d.width() + d.ks.n;
            let n = d.slots[at] as i64;
            d.slots[at] = n.wrapping_add(sign.wrapping_mul(n)) as u64;
        }
        return Ok(());
    }
    count_into(d, &t.key, &site.arg_types[1], args[1], *sign);
    Ok(())
}

/// The entry indices of a counter from the highest count down; equal
/// counts keep insertion order (CPython's `most_common` is a stable sort).
fn by_count(d: &DictObj) -> Vec<usize> {
    let mut order: Vec<usize> = (0..d.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(d.val_slots(i)[0] as i64));
    order
}

/// `c.most_common()` and, with a second argument, `c.most_common(n)`: a
/// list of (key, count) tuples.
pub fn counter_most_common(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let d = dict(args[0]);
    let mut order = by_count(d);
    if site.arg_types.len() == 2 {
        order.truncate((args[1] as i64).max(0) as usize);
    }
    let el = match site.ret.list_elem() {
        Some(el) => (**el).clone(),
        None => Type::None,
    };
    let l = ListObj::create(el.slots() as u32, Rc::from(el.ref_flags()));
    // SAFETY: just created.
    let lst = unsafe { obj_mut::<ListObj>(l) };
    for i in order {
        let mut e = d.key_slots(i).to_vec();
        e.extend_from_slice(d.val_slots(i));
        lst.push(&e);
    }
    out[0] = l;
    Ok(())
}

/// `c.elements()`: each key repeated as many times as its count, in
/// insertion order (as a list).
pub fn counter_elements(
    _vm: &mut Vm,
    site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let d = dict(args[0]);
    let t = dict_ty(&site.arg_types[0]);
    let l = ListObj::create(t.key.slots() as u32, Rc::from(t.key.ref_flags()));
    // SAFETY: just created.
    let lst = unsafe { obj_mut::<ListObj>(l) };
    for i in 0..d.len() {
        for _ in 0..(d.val_slots(i)[0] as i64).max(0) {
            lst.push(d.key_slots(i));
        }
    }
    out[0] = l;
    Ok(())
}

/// `c.total()`: the sum of the counts.
pub fn counter_total(
    _vm: &mut Vm,
    _site: &NativeSite,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let d = dict(args[0]);
    out[0] = (0..d.len()).fold(0i64, |s, i| s.wrapping_add(d.val_slots(i)[0] as i64)) as u64;
    Ok(())
}

/// A binary operator on two counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterOp {
    Add,
    Sub,
    Or,
    And,
}

/// `a + b`, `a - b`, `a | b`, `a & b` of counters, as CPython's `Counter`
/// computes them: a new counter keeping the positive results, `a`'s keys
/// first.
pub fn counter_binop(
    _vm: &mut Vm,
    site: &NativeSite,
    op: &CounterOp,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let t = dict_ty(&site.ret);
    let (a, b) = (dict(args[0]), dict(args[1]));
    let r = DictObj::create(&t);
    let res = dict(r);
    for i in 0..a.len() {
        let (x, y) = (a.val_slots(i)[0] as i64, count_of(b, &a.keys[i]));
        let n = match op {
            CounterOp::Add => x.wrapping_add(y),
            CounterOp::Sub => x.wrapping_sub(y),
            CounterOp::Or => x.max(y),
            CounterOp::And => x.min(y),
        };
        if n > 0 {
            res.set(a.keys[i].clone(), a.key_slots(i), &[n as u64]);
        }
    }
    for i in 0..b.len() {
        if a.index.contains_key(&b.keys[i]) {
            continue;
        }
        let y = b.val_slots(i)[0] as i64;
        let n = match op {
            CounterOp::Add | CounterOp::Or => y,
            CounterOp::Sub => 0i64.wrapping_sub(y),
            CounterOp::And => 0,
        };
        if n > 0 {
            res.set(b.keys[i].clone(), b.key_slots(i), &[n as u64]);
        }
    }
    out[0] = r;
    Ok(())
}

// ------------------------------------------------------------- printing

/// `str()`/`repr()` of a dict: CPython's `{k!r: v!r}`; a Numba typed dict
/// prints `str` of both.
/// The key and value slots of a dict's entries, in order.
///
/// # Safety
/// The slot must hold a dict that lives, unchanged, while they are read.
pub unsafe fn entries<'a>(slot: u64) -> impl Iterator<Item = (&'a [u64], &'a [u64])> {
    let d: &'a DictObj = dict(slot);
    (0..d.len()).map(move |i| (d.key_slots(i), d.val_slots(i)))
}

pub fn show_dict(vm: &Vm, t: &DictTy, slot: u64, out: &mut String) {
    let d = dict(slot);
    match &t.kind {
        DictKind::Plain => show_entries(vm, t, d, &(0..d.len()).collect::<Vec<_>>(), out),
        DictKind::Default(f) => {
            out.push_str("defaultdict(");
            match f {
                Factory::Type(name) => out.push_str(&format!("<class '{name}'>")),
                // Typing refuses this text (CPython shows the address).
                Factory::Func(_, name) => out.push_str(&format!("<function {name}>")),
            }
            out.push_str(", ");
            show_entries(vm, t, d, &(0..d.len()).collect::<Vec<_>>(), out);
            out.push(')');
        }
        DictKind::Counter if d.is_empty() => out.push_str("Counter()"),
        DictKind::Counter => {
            out.push_str("Counter(");
            show_entries(vm, t, d, &by_count(d), out);
            out.push(')');
        }
        DictKind::Ordered if d.is_empty() => out.push_str("OrderedDict()"),
        DictKind::Ordered => {
            out.push_str("OrderedDict([");
            for i in 0..d.len() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                crate::show::show(vm, &t.key, d.key_slots(i), true, out);
                out.push_str(", ");
                crate::show::show(vm, &t.val, d.val_slots(i), true, out);
                out.push(')');
            }
            out.push_str("])");
        }
    }
}

/// `{k: v, ...}` of the entries `order` lists.
fn show_entries(vm: &Vm, t: &DictTy, d: &DictObj, order: &[usize], out: &mut String) {
    out.push('{');
    for (n, &i) in order.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        crate::show::show(vm, &t.key, d.key_slots(i), !t.numba, out);
        out.push_str(": ");
        crate::show::show(vm, &t.val, d.val_slots(i), !t.numba, out);
    }
    out.push('}');
}

/// `{1, 2}` in table order; `set()` when empty.
pub fn show_set(vm: &Vm, el: &Type, slot: u64, out: &mut String) {
    let s = set(slot);
    if s.used == 0 {
        out.push_str("set()");
        return;
    }
    out.push('{');
    for (i, (_, _, e)) in s.entries().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::show::show(vm, el, e, true, out);
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(py_hash(&Key::Int(-1)), -2);
        assert_eq!(py_hash(&Key::Int(1 << 61)), 1);
        assert_eq!(py_hash(&float_key(1.5)), 1152921504606846977);
        assert_eq!(py_hash(&float_key(-2.25)), -576460752303423490);
        assert_eq!(py_hash(&float_key(1e300)), 1224995262755759164);
        assert_eq!(py_hash(&float_key(3.0)), 3);
        assert_eq!(
            py_hash(&Key::Tuple(vec![Key::Int(1), Key::Int(2)].into())),
            -3550055125485641917
        );
        assert_eq!(py_hash(&Key::Tuple(Vec::new().into())), 5740354900026072187);
    }
}
