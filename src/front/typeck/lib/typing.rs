//! `typing`: the generic aliases jitclass annotations use (`List[float]`,
//! `Dict[str, int]`, `Optional[T]`, `Tuple[...]`); `typeck/class.rs` reads
//! them as types.

use super::{item, Entry, Item, Module};

pub const TYPING: Module = Module {
    name: "typing",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    item("Dict", Item::Object),
    item("List", Item::Object),
    item("Optional", Item::Object),
    item("Set", Item::Object),
    item("Tuple", Item::Object),
];
