//! The front end: source text to typed bytecode. The stages, in order:
//! lex, parse, infer (with the typing rules in builtins, calls, numpy,
//! methods, index, iterate, fmt and cinterop), lower.

pub mod ast;
pub mod builtins;
pub mod calls;
pub mod cinterop;
pub mod diag;
pub mod fmt;
pub mod index;
pub mod infer;
pub mod iterate;
pub mod lex;
pub mod lower;
pub mod methods;
pub mod numpy;
pub mod parse;
