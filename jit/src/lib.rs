//! rumba's tracing JIT: the compiling tier the VM calls through
//! `vm::tier::Tier` (see `trace.rs` for the life cycle, and ARCHITECTURE.md
//! for the stages in order).

pub mod backend;
pub mod ir;
pub mod live;
pub mod math;
pub mod mcode;
pub mod opt;
pub mod record;
pub mod stats;
pub mod trace;

pub use trace::{Dump, Jit, Options};
