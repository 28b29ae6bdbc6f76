//! rumba: a bytecode VM with a tracing JIT for Numba-style Python.

pub mod front;
pub mod program;
