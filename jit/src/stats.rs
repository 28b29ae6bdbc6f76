//! What the JIT did, for `--jit-stats` and the embedding API.

use std::time::Duration;

/// A recording that did not become a trace.
#[derive(Clone, Debug)]
pub struct Abort {
    pub pid: usize,
    pub pc: usize,
    pub why: String,
}

#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Traces compiled, side traces among them.
    pub traces: u64,
    pub side_traces: u64,
    pub aborts: Vec<Abort>,
    /// Loops that aborted too often and run in the interpreter for good.
    pub blacklisted: u64,
    /// Exits taken from compiled code.
    pub exits: u64,
    pub compile_time: Duration,
}
