//! `time`: the clocks; `timeit`'s `default_timer`.

use super::{item, unsupported, Entry, Item, Module, Rule};
use vm::lib_base as base;
use vm::types::{Type, PYINT};

pub const TIME: Module = Module {
    name: "time",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const fn clock(name: &'static str) -> Entry {
    item(
        name,
        Item::Func(Rule::Native {
            f: base::perf_counter,
            args: &[],
            ret: Type::F64,
        }),
    )
}

const ENTRIES: &[Entry] = &[
    clock("monotonic"),
    clock("perf_counter"),
    item(
        "perf_counter_ns",
        Item::Func(Rule::Native {
            f: base::perf_counter_ns,
            args: &[],
            ret: PYINT,
        }),
    ),
    clock("process_time"),
    clock("time"),
];

pub const TIMEIT: Module = Module {
    name: "timeit",
    entries: &[TIMEIT_ENTRIES],
    complete: false,
    star: false,
};

const TIMEIT_ENTRIES: &[Entry] = &[
    clock("default_timer"),
    unsupported("Timer"),
    unsupported("repeat"),
    unsupported("timeit"),
];
