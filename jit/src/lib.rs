//! rumba's tracing JIT.

pub mod ir;
