//! The front end: source text to typed bytecode.

pub mod ast;
pub mod diag;
pub mod lex;
pub mod parse;
