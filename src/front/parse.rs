//! The parser: tokens to the AST.
