//! Tokens: Python 3 source text to a token stream with INDENT/DEDENT.
