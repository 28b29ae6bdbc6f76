//! `numba.experimental`: `jitclass`, which decorates a class (the class
//! statement reads it, `typeck/class.rs`); its spec is a list of
//! `(name, type)` pairs, a dict of them, or the class's annotations.

use super::{func, CallSite, Entry, Module};
use crate::front::typeck::{type_err, IResult, Infer};
use vm::types::Type;

pub const EXPERIMENTAL: Module = Module {
    name: "numba.experimental",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[func("jitclass", jitclass)];

/// `jitclass(...)` other than as a class decorator.
fn jitclass(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    Err(type_err(
        inf,
        c.e.span,
        "rumba supports jitclass only as a class decorator (@jitclass or @jitclass(spec))",
    ))
}
