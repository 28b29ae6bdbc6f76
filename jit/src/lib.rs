//! rumba's tracing JIT.

pub mod backend;
pub mod ir;
pub mod mcode;
pub mod opt;
