//! The front end: source text to typed bytecode. The stages, in order:
//! lex, parse (to `ast`), typeck (to `typed`), lower.

pub mod ast;
pub mod diag;
pub mod lex;
pub mod lower;
pub mod parse;
pub mod typeck;
pub mod typed;
