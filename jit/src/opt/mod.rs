//! The optimizer: folding and CSE as instructions are emitted, then the
//! passes over a finished trace.

pub mod abc;
pub mod dce;
pub mod fold;
pub mod r#loop;

#[cfg(test)]
mod tests;
