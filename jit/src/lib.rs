//! rumba's tracing JIT.

pub mod ir;
pub mod opt;
