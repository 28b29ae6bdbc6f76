//! rumba: a bytecode VM with a tracing JIT for Numba-style Python.
//!
//! The embedding API is [`Engine`]; the `rumba` binary is built on it.

pub mod driver;
pub mod engine;
pub mod front;
pub mod host;
pub mod program;
pub mod stdlib;

pub use engine::{Engine, Error, ErrorKind, Function, JitDump, Module, Tier, Value};
