//! Tokens: Python 3 source text to a token stream with INDENT/DEDENT.
//!
//! All character-level work happens here: escapes are decoded, brackets and
//! indentation are tracked, and f-strings are split into literal text and
//! replacement fields. A field's expression is left as a span of the file;
//! the parser lexes it with [`tokenize_field`], so its tokens carry their
//! real positions.
//!
//! Identifiers follow Python's rules approximately: XID_Start/XID_Continue
//! are approximated by Unicode's Alphabetic/Alphanumeric properties (std has
//! no XID tables), and identifiers are not NFKC-normalized.

use super::ast::Span;
use super::diag::{Diag, Loc, SourceFile};
use std::rc::Rc;

/// CPython's limits. The parser's recursion depth is bounded by them.
const MAX_BRACKETS: usize = 200;
const MAX_INDENTS: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    Name(String),
    Kw(Kw),
    Op(Op),
    Int(i128),
    Float(f64),
    /// The value of an imaginary literal `2.5j`, without the `j`.
    Imag(f64),
    /// A string literal, escapes decoded.
    Str(String),
    Bytes(Vec<u8>),
    FStr(Vec<FSeg>),
    /// The end of a logical line.
    Newline,
    /// Zero-width, at the first token of the line.
    Indent,
    Dedent,
    EndMarker,
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FSeg {
    /// Literal text, escapes and `{{`/`}}` decoded.
    Lit(String),
    /// A replacement field `{expr=!conv:spec}`.
    Field {
        /// The expression's text, to be lexed with [`tokenize_field`].
        expr: Span,
        /// For `{x=}`: the text through the `=` and the whitespace after it.
        debug_text: Option<String>,
        /// `r`, `s` or `a`. As in CPython, `{x=}` without a conversion or a
        /// format spec converts with `r`.
        conversion: Option<char>,
        spec: Vec<FSeg>,
    },
}

/// Defines a token enum from `Variant "text"` pairs, with `text()`.
macro_rules! token_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)*
        }

        impl $name {
            const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn text(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }
    };
}

token_enum! {
    /// Operators and delimiters, longest first so that the first one a
    /// text starts with is the maximal munch.
    Op {
        DoubleStarEq "**=", DoubleSlashEq "//=", LShiftEq "<<=", RShiftEq ">>=",
        Ellipsis "...",
        Arrow "->", Walrus ":=", DoubleStar "**", DoubleSlash "//",
        LShift "<<", RShift ">>", Le "<=", Ge ">=", EqEq "==", NotEq "!=",
        PlusEq "+=", MinusEq "-=", StarEq "*=", SlashEq "/=", PercentEq "%=",
        AtEq "@=", AmpEq "&=", PipeEq "|=", CaretEq "^=",
        Plus "+", Minus "-", Star "*", Slash "/", Percent "%", At "@",
        Amp "&", Pipe "|", Caret "^", Tilde "~", Lt "<", Gt ">",
        LParen "(", RParen ")", LBracket "[", RBracket "]", LBrace "{", RBrace "}",
        Comma ",", Colon ":", Semi ";", Dot ".", Assign "=",
    }
}

token_enum! {
    /// Python 3.11's hard keywords.
    Kw {
        False "False", None "None", True "True", And "and", As "as",
        Assert "assert", Async "async", Await "await", Break "break",
        Class "class", Continue "continue", Def "def", Del "del", Elif "elif",
        Else "else", Except "except", Finally "finally", For "for",
        From "from", Global "global", If "if", Import "import", In "in",
        Is "is", Lambda "lambda", Nonlocal "nonlocal", Not "not", Or "or",
        Pass "pass", Raise "raise", Return "return", Try "try",
        While "while", With "with", Yield "yield",
    }
}

impl Kw {
    fn from_word(word: &str) -> Option<Kw> {
        Kw::ALL.iter().copied().find(|k| k.text() == word)
    }
}

impl Op {
    fn closer(self) -> Option<Op> {
        match self {
            Op::LParen => Some(Op::RParen),
            Op::LBracket => Some(Op::RBracket),
            Op::LBrace => Some(Op::RBrace),
            _ => None,
        }
    }
}

/// Tokenizes a whole file. The stream ends with NEWLINE (if the last line
/// has tokens), a DEDENT per open indentation level, and ENDMARKER.
pub fn tokenize(file: &Rc<SourceFile>) -> Result<Vec<Token>, Diag> {
    if u32::try_from(file.text.len()).is_err() {
        return Err(Diag::new(
            "SyntaxError",
            "source file is larger than 4 GiB",
            None,
        ));
    }
    // A byte-order mark is not part of the program.
    let start = if file.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    Lexer::new(file, &file.text, start, false).run()
}

/// Tokenizes an f-string replacement field's expression, which spans `span`
/// of `file`, as if inside brackets: no NEWLINE or indentation tokens, just
/// the tokens and ENDMARKER.
pub fn tokenize_field(file: &Rc<SourceFile>, span: Span) -> Result<Vec<Token>, Diag> {
    let (lo, hi) = (span.lo as usize, span.hi as usize);
    match file.text.get(..hi) {
        Some(src) if src.is_char_boundary(lo.min(hi)) => Lexer::new(file, src, lo, true).run(),
        _ => Err(Diag::new(
            "SyntaxError",
            "f-string field outside its file",
            Some(Loc::new(file, span)),
        )),
    }
}

/// Which letters a string prefix has.
#[derive(Clone, Copy)]
struct Prefix {
    raw: bool,
    bytes: bool,
    fmt: bool,
}

fn string_prefix(word: &str) -> Option<Prefix> {
    if word.len() > 2 {
        return None;
    }
    let (raw, bytes, fmt) = match word.to_ascii_lowercase().as_str() {
        "" | "u" => (false, false, false),
        "r" => (true, false, false),
        "b" => (false, true, false),
        "f" => (false, false, true),
        "br" | "rb" => (true, true, false),
        "fr" | "rf" => (true, false, true),
        _ => return None,
    };
    Some(Prefix { raw, bytes, fmt })
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

struct Lexer<'a> {
    file: &'a Rc<SourceFile>,
    /// The text up to the end of the region lexed; positions are absolute.
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    toks: Vec<Token>,
    /// Open brackets, innermost last.
    brackets: Vec<(Op, Span)>,
    /// Indentation levels as (column with tabs to multiples of 8, column
    /// with tabs as 1); Python requires both to agree on every comparison.
    indents: Vec<(usize, usize)>,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Lexing an f-string field: lines join implicitly.
    in_field: bool,
}

impl<'a> Lexer<'a> {
    fn new(file: &'a Rc<SourceFile>, src: &'a str, pos: usize, in_field: bool) -> Lexer<'a> {
        Lexer {
            file,
            src,
            b: src.as_bytes(),
            pos,
            toks: Vec::new(),
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            at_line_start: !in_field,
            line_has_tokens: false,
            in_field,
        }
    }

    fn diag(&self, kind: &'static str, lo: usize, hi: usize, msg: impl Into<String>) -> Diag {
        Diag::new(kind, msg, Some(Loc::new(self.file, span(lo, hi))))
    }

    fn err<T>(&self, lo: usize, hi: usize, msg: impl Into<String>) -> Result<T, Diag> {
        Err(self.diag("SyntaxError", lo, hi, msg))
    }

    /// The character at byte `i`, which must be a character boundary.
    fn char_at(&self, i: usize) -> char {
        self.src[i..].chars().next().unwrap_or('\0')
    }

    fn push(&mut self, kind: TokenKind, lo: usize, hi: usize) {
        self.toks.push(Token {
            kind,
            span: span(lo, hi),
        });
        self.line_has_tokens = true;
    }

    fn run(mut self) -> Result<Vec<Token>, Diag> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                self.indentation()?;
            }
            let lo = self.pos;
            let Some(&b) = self.b.get(lo) else { break };
            match b {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\n' => self.newline(lo, 1),
                b'\r' if self.b.get(lo + 1) == Some(&b'\n') => self.newline(lo, 2),
                b'\r' => self.pos += 1,
                b'#' => {
                    self.pos = self.b[lo..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(self.b.len(), |n| lo + n)
                }
                b'\\' => self.continuation()?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.b.get(lo + 1).is_some_and(u8::is_ascii_digit) => self.number()?,
                b'\'' | b'"' => self.string(
                    lo,
                    Prefix {
                        raw: false,
                        bytes: false,
                        fmt: false,
                    },
                )?,
                _ => {
                    let c = self.char_at(lo);
                    if is_id_start(c) {
                        self.word()?;
                    } else {
                        self.op(c)?;
                    }
                }
            }
        }
        self.finish()
    }

    fn finish(mut self) -> Result<Vec<Token>, Diag> {
        if let Some(&(open, sp)) = self.brackets.last() {
            return Err(Diag::new(
                "SyntaxError",
                format!("'{}' was never closed", open.text()),
                Some(Loc::new(self.file, sp)),
            ));
        }
        let end = self.src.len();
        if !self.in_field {
            if self.line_has_tokens {
                self.push(TokenKind::Newline, end, end);
            }
            for _ in 1..self.indents.len() {
                self.push(TokenKind::Dedent, end, end);
            }
        }
        self.push(TokenKind::EndMarker, end, end);
        Ok(self.toks)
    }

    fn newline(&mut self, lo: usize, len: usize) {
        self.pos = lo + len;
        if self.brackets.is_empty() && !self.in_field {
            if self.line_has_tokens {
                self.push(TokenKind::Newline, lo, lo + len);
                self.line_has_tokens = false;
            }
            self.at_line_start = true;
        }
    }

    fn continuation(&mut self) -> Result<(), Diag> {
        let lo = self.pos;
        match self.b.get(lo + 1) {
            Some(b'\n') => self.pos += 2,
            Some(b'\r') if self.b.get(lo + 2) == Some(&b'\n') => self.pos += 3,
            None => return self.err(lo, lo + 1, "unexpected EOF while parsing"),
            Some(_) => {
                return self.err(
                    lo,
                    lo + 1,
                    "unexpected character after line continuation character",
                )
            }
        }
        Ok(())
    }

    /// Measures the indentation of a new line and emits INDENT or DEDENTs.
    fn indentation(&mut self) -> Result<(), Diag> {
        let (mut col, mut alt) = (0usize, 0usize);
        while let Some(&b) = self.b.get(self.pos) {
            match b {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                b'\x0c' => (col, alt) = (0, 0),
                b'\r' if self.b.get(self.pos + 1) != Some(&b'\n') => {}
                _ => break,
            }
            self.pos += 1;
        }
        // Blank and comment-only lines do not count.
        if matches!(self.b.get(self.pos), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(());
        }
        let lo = self.pos;
        let hi = lo + self.char_at(lo).len_utf8();
        let tab_error = |lx: &Self| {
            lx.diag(
                "TabError",
                lo,
                hi,
                "inconsistent use of tabs and spaces in indentation",
            )
        };
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col > top {
            if alt <= top_alt {
                return Err(tab_error(self));
            }
            if self.indents.len() > MAX_INDENTS {
                return Err(self.diag(
                    "IndentationError",
                    lo,
                    hi,
                    "too many levels of indentation",
                ));
            }
            self.indents.push((col, alt));
            self.push(TokenKind::Indent, lo, lo);
            return Ok(());
        }
        while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
            self.indents.pop();
            self.push(TokenKind::Dedent, lo, lo);
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col != top {
            return Err(self.diag(
                "IndentationError",
                lo,
                hi,
                "unindent does not match any outer indentation level",
            ));
        }
        if alt != top_alt {
            return Err(tab_error(self));
        }
        Ok(())
    }

    fn ident_end(&self, lo: usize) -> usize {
        self.src[lo..]
            .char_indices()
            .find(|&(_, c)| !is_id_continue(c))
            .map_or(self.src.len(), |(n, _)| lo + n)
    }

    /// A name, a keyword, or the prefix of a string literal.
    fn word(&mut self) -> Result<(), Diag> {
        let lo = self.pos;
        let hi = self.ident_end(lo);
        let word = &self.src[lo..hi];
        self.pos = hi;
        if matches!(self.b.get(hi), Some(b'\'' | b'"')) {
            if let Some(prefix) = string_prefix(word) {
                return self.string(lo, prefix);
            }
        }
        let kind = match Kw::from_word(word) {
            Some(kw) => TokenKind::Kw(kw),
            None => TokenKind::Name(word.to_string()),
        };
        self.push(kind, lo, hi);
        Ok(())
    }

    fn op(&mut self, c: char) -> Result<(), Diag> {
        let lo = self.pos;
        let rest = &self.src[lo..];
        let Some(&op) = Op::ALL.iter().find(|op| rest.starts_with(op.text())) else {
            let hi = lo + c.len_utf8();
            return self.err(
                lo,
                hi,
                if c.is_ascii_graphic() {
                    "invalid syntax".to_string()
                } else if c.is_control() || c.is_whitespace() {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                },
            );
        };
        let hi = lo + op.text().len();
        match op {
            Op::LParen | Op::LBracket | Op::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return self.err(lo, hi, "too many nested parentheses");
                }
                self.brackets.push((op, span(lo, hi)));
            }
            Op::RParen | Op::RBracket | Op::RBrace => match self.brackets.pop() {
                None => return self.err(lo, hi, format!("unmatched '{}'", op.text())),
                Some((open, sp)) if open.closer() != Some(op) => {
                    let (line, _) = self.file.line_col(sp.lo);
                    let (here, _) = self.file.line_col(lo as u32);
                    let on_line = if line == here {
                        String::new()
                    } else {
                        format!(" on line {line}")
                    };
                    return self.err(
                        lo,
                        hi,
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'{on_line}",
                            op.text(),
                            open.text()
                        ),
                    );
                }
                Some(_) => {}
            },
            _ => {}
        }
        self.pos = hi;
        self.push(TokenKind::Op(op), lo, hi);
        Ok(())
    }

    fn number(&mut self) -> Result<(), Diag> {
        let lo = self.pos;
        let radix = match (self.b[lo], self.b.get(lo + 1).map(u8::to_ascii_lowercase)) {
            (b'0', Some(b'x')) => 16,
            (b'0', Some(b'o')) => 8,
            (b'0', Some(b'b')) => 2,
            _ => 10,
        };
        let kind = if radix == 10 {
            self.decimal(lo)?
        } else {
            self.based(lo, radix)?
        };
        self.push(kind, lo, self.pos);
        Ok(())
    }

    /// Consumes digits of `radix` with single underscores between them (and,
    /// after a base prefix, before the first). Returns whether there were any.
    fn digits(&mut self, radix: u32, leading_underscore: bool) -> bool {
        let start = self.pos;
        let digit = |i: usize| self.b.get(i).is_some_and(|&c| (c as char).is_digit(radix));
        loop {
            if digit(self.pos) {
                self.pos += 1;
            } else if self.b.get(self.pos) == Some(&b'_')
                && (self.pos > start || leading_underscore)
                && digit(self.pos + 1)
            {
                self.pos += 2;
            } else {
                return self.pos > start;
            }
        }
    }

    fn decimal(&mut self, lo: usize) -> Result<TokenKind, Diag> {
        self.digits(10, false);
        let mut float = false;
        if self.b.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            float = true;
            self.digits(10, false);
        }
        if matches!(self.b.get(self.pos), Some(b'e' | b'E')) {
            let mut i = self.pos + 1;
            if matches!(self.b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            // Without digits the `e` is not an exponent: `1else` is a number
            // and a keyword, `1e` is an error caught by end_of_number.
            if self.b.get(i).is_some_and(u8::is_ascii_digit) {
                self.pos = i;
                self.digits(10, false);
                float = true;
            }
        }
        let digits_end = self.pos;
        let imag = matches!(self.b.get(self.pos), Some(b'j' | b'J'));
        if imag {
            self.pos += 1;
        }
        self.end_of_number(lo, if imag { "imaginary" } else { "decimal" })?;
        let text: String = self.src[lo..digits_end]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        if imag || float {
            let value = text
                .parse::<f64>()
                .or_else(|_| self.err(lo, self.pos, "invalid decimal literal"))?;
            return Ok(if imag {
                TokenKind::Imag(value)
            } else {
                TokenKind::Float(value)
            });
        }
        if text.starts_with('0') && text.bytes().any(|b| b != b'0') {
            return self.err(
                lo,
                self.pos,
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            );
        }
        self.int_value(lo, &text, 10)
    }

    fn based(&mut self, lo: usize, radix: u32) -> Result<TokenKind, Diag> {
        let what = match radix {
            16 => "hexadecimal",
            8 => "octal",
            _ => "binary",
        };
        self.pos += 2;
        let any = self.digits(radix, true);
        self.end_of_number(lo, what)?;
        if !any {
            return self.err(lo, self.pos, format!("invalid {what} literal"));
        }
        let text: String = self.src[lo + 2..self.pos]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        self.int_value(lo, &text, radix)
    }

    fn int_value(&self, lo: usize, digits: &str, radix: u32) -> Result<TokenKind, Diag> {
        match i128::from_str_radix(digits, radix) {
            Ok(v) => Ok(TokenKind::Int(v)),
            Err(_) => self.err(lo, self.pos, "integer literal does not fit in 128 bits"),
        }
    }

    /// A number must not run into a name (`1abc`, `0b12`). As in CPython, a
    /// keyword may follow directly: `1if x else 2`.
    fn end_of_number(&self, lo: usize, what: &str) -> Result<(), Diag> {
        let c = self.char_at(self.pos);
        if !is_id_continue(c) {
            return Ok(());
        }
        let word = &self.src[self.pos..self.ident_end(self.pos)];
        if matches!(
            word,
            "and" | "else" | "for" | "if" | "in" | "is" | "not" | "or"
        ) {
            return Ok(());
        }
        let hi = self.pos + c.len_utf8();
        if c.is_ascii_digit() && what != "decimal" && what != "imaginary" {
            return self.err(lo, hi, format!("invalid digit '{c}' in {what} literal"));
        }
        self.err(lo, hi, format!("invalid {what} literal"))
    }

    /// A string literal whose prefix starts at `lo`; `self.pos` is at the
    /// opening quote.
    fn string(&mut self, lo: usize, prefix: Prefix) -> Result<(), Diag> {
        let q = self.b[self.pos];
        let triple = self.b[self.pos..].starts_with(&[q, q, q]);
        let qlen = if triple { 3 } else { 1 };
        let body_lo = self.pos + qlen;
        let mut i = body_lo;
        let body_hi = loop {
            match self.b.get(i) {
                None => return Err(self.unterminated(lo, body_lo, i, triple)),
                Some(b'\\') => {
                    i += if self.b[i + 1..].starts_with(b"\r\n") {
                        3
                    } else {
                        2
                    }
                }
                Some(b'\n') if !triple => return Err(self.unterminated(lo, body_lo, i, triple)),
                Some(&c) if c == q && (!triple || self.b[i..].starts_with(&[q, q, q])) => break i,
                Some(_) => i += 1,
            }
        };
        self.pos = body_hi + qlen;
        let kind = if prefix.fmt {
            TokenKind::FStr(self.fstring(body_lo, body_hi, prefix.raw, 0)?.0)
        } else if prefix.bytes {
            // Decoded as Latin-1 text, every char is one byte.
            let text = self.decode(body_lo, body_hi, prefix.raw, true)?;
            TokenKind::Bytes(text.chars().map(|c| c as u8).collect())
        } else {
            TokenKind::Str(self.decode(body_lo, body_hi, prefix.raw, false)?)
        };
        self.push(kind, lo, self.pos);
        Ok(())
    }

    fn unterminated(&self, lo: usize, body_lo: usize, at: usize, triple: bool) -> Diag {
        let (line, _) = self.file.line_col(at as u32);
        let what = if triple {
            "triple-quoted string"
        } else {
            "string"
        };
        self.diag(
            "SyntaxError",
            lo,
            body_lo,
            format!("unterminated {what} literal (detected at line {line})"),
        )
    }

    /// Decodes a literal's body. Bytes decode to Latin-1 text: their literal
    /// characters must be ASCII and their escapes stay below 256.
    fn decode(&self, lo: usize, hi: usize, raw: bool, bytes: bool) -> Result<String, Diag> {
        let mut out = String::with_capacity(hi - lo);
        let mut i = lo;
        while i < hi {
            let c = self.char_at(i);
            if c == '\\' && !raw {
                let (e, next) = self.escape(i, hi, bytes)?;
                out.extend(e);
                i = next;
                continue;
            }
            if bytes && !c.is_ascii() {
                return self.err(
                    i,
                    i + c.len_utf8(),
                    "bytes can only contain ASCII literal characters",
                );
            }
            if !(c == '\r' && self.b.get(i + 1) == Some(&b'\n')) {
                out.push(c);
            }
            i += c.len_utf8();
        }
        Ok(out)
    }

    /// Decodes the escape sequence whose backslash is at `i`, in a literal
    /// ending at `hi`. Returns the character it stands for (none for a line
    /// continuation) and where the literal resumes. As in Python, an unknown
    /// escape stands for the backslash itself.
    fn escape(&self, i: usize, hi: usize, bytes: bool) -> Result<(Option<char>, usize), Diag> {
        let c = match self.b.get(i + 1) {
            Some(&c) if i + 1 < hi => c,
            _ => return Ok((Some('\\'), i + 1)),
        };
        let simple = match c {
            b'\n' => return Ok((None, i + 2)),
            b'\r' if self.b.get(i + 2) == Some(&b'\n') => return Ok((None, i + 3)),
            b'\\' | b'\'' | b'"' => c,
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 0x0b,
            b'0'..=b'7' => {
                let mut j = i + 1;
                let mut v = 0u32;
                while j < hi && j < i + 4 && (b'0'..=b'7').contains(&self.b[j]) {
                    v = v * 8 + u32::from(self.b[j] - b'0');
                    j += 1;
                }
                if bytes && v > 0xff {
                    return self.err(i, j, "octal escape value larger than 0o377 in bytes");
                }
                return Ok((char::from_u32(v), j));
            }
            b'x' => return self.hex_escape(i, hi, 2),
            b'u' if !bytes => return self.hex_escape(i, hi, 4),
            b'U' if !bytes => return self.hex_escape(i, hi, 8),
            b'N' if !bytes => {
                return self.err(i, i + 2, "\\N{...} escapes are not supported by rumba")
            }
            _ => return Ok((Some('\\'), i + 1)),
        };
        Ok((Some(char::from(simple)), i + 2))
    }

    /// `\xXX`, `\uXXXX` or `\UXXXXXXXX`: exactly `n` hex digits.
    fn hex_escape(&self, i: usize, hi: usize, n: usize) -> Result<(Option<char>, usize), Diag> {
        let start = i + 2;
        let mut j = start;
        let mut v = 0u32;
        while j < hi && j < start + n {
            let Some(d) = char::from(self.b[j]).to_digit(16) else {
                break;
            };
            v = v * 16 + d;
            j += 1;
        }
        if j < start + n {
            let form = format!("\\{}{}", char::from(self.b[i + 1]), "X".repeat(n));
            return self.err(i, j, format!("truncated {form} escape"));
        }
        match char::from_u32(v) {
            Some(c) => Ok((Some(c), j)),
            None if (0xd800..=0xdfff).contains(&v) => {
                self.err(i, j, "surrogate code points are not supported by rumba")
            }
            None => self.err(i, j, "illegal Unicode character"),
        }
    }

    /// Splits the f-string text `i..hi` into literal text and fields. At
    /// `level` 0 that is the whole body, where `{{` and `}}` stand for braces;
    /// at levels 1 and 2 it is a format spec, which ends at a `}`. Returns the
    /// segments and where the scan stopped.
    fn fstring(
        &self,
        mut i: usize,
        hi: usize,
        raw: bool,
        level: u32,
    ) -> Result<(Vec<FSeg>, usize), Diag> {
        let mut segs = Vec::new();
        let mut lit = String::new();
        while i < hi {
            match self.b[i] {
                b'\\' if !raw => {
                    let (c, next) = self.escape(i, hi, false)?;
                    lit.extend(c);
                    i = next;
                }
                b @ (b'{' | b'}') if level == 0 && i + 1 < hi && self.b[i + 1] == b => {
                    lit.push(char::from(b));
                    i += 2;
                }
                b'}' if level == 0 => {
                    return self.err(i, i + 1, "f-string: single '}' is not allowed")
                }
                b'}' => break,
                b'{' => {
                    if !lit.is_empty() {
                        segs.push(FSeg::Lit(std::mem::take(&mut lit)));
                    }
                    let (field, next) = self.field(i + 1, hi, raw, level)?;
                    segs.push(field);
                    i = next;
                }
                b'\r' if self.b.get(i + 1) == Some(&b'\n') => i += 1,
                _ => {
                    let c = self.char_at(i);
                    lit.push(c);
                    i += c.len_utf8();
                }
            }
        }
        if !lit.is_empty() {
            segs.push(FSeg::Lit(lit));
        }
        Ok((segs, i))
    }

    /// The replacement field whose expression starts at `lo`, just after its
    /// `{`. Returns it and the position after its `}`.
    fn field(&self, lo: usize, hi: usize, raw: bool, level: u32) -> Result<(FSeg, usize), Diag> {
        let open = lo - 1;
        if level >= 2 {
            return self.err(open, lo, "f-string: expressions nested too deeply");
        }
        let end = self.field_end(lo, hi)?;
        if self.src[lo..end].trim().is_empty() {
            return self.err(open, end + 1, "f-string: empty expression not allowed");
        }
        let mut i = end;
        let mut debug_text = None;
        if self.b[i] == b'=' {
            i += 1;
            while i < hi && self.b[i].is_ascii_whitespace() {
                i += 1;
            }
            debug_text = Some(self.src[lo..i].to_string());
        }
        let mut conversion = None;
        if i < hi && self.b[i] == b'!' {
            match self.b.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a')) if i + 1 < hi => conversion = Some(char::from(c)),
                _ => {
                    return self.err(
                        i,
                        i + 1,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    )
                }
            }
            i += 2;
        }
        let has_spec = i < hi && self.b[i] == b':';
        let mut spec = Vec::new();
        if has_spec {
            (spec, i) = self.fstring(i + 1, hi, raw, level + 1)?;
        }
        if i >= hi || self.b[i] != b'}' {
            return self.err(open, lo, "f-string: expecting '}'");
        }
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        let field = FSeg::Field {
            expr: span(lo, end),
            debug_text,
            conversion,
            spec,
        };
        Ok((field, i + 1))
    }

    /// Where a field's expression ends: at a top-level `!`, `:`, `=` or `}`
    /// that is not part of `!=`, `==`, `<=` or `>=` (CPython 3.11's rule).
    fn field_end(&self, lo: usize, hi: usize) -> Result<usize, Diag> {
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, usize, usize)> = None; // char, length, start
        let mut i = lo;
        while i < hi {
            let b = self.b[i];
            if b == b'\\' {
                return self.err(
                    i,
                    i + 1,
                    "f-string expression part cannot include a backslash",
                );
            }
            if let Some((q, len, _)) = quote {
                if self.b[i..hi].starts_with(&[q, q, q][..len]) {
                    quote = None;
                    i += len;
                } else {
                    i += 1;
                }
                continue;
            }
            match b {
                b'\'' | b'"' => {
                    let len = if self.b[i..hi].starts_with(&[b, b, b]) {
                        3
                    } else {
                        1
                    };
                    quote = Some((b, len, i));
                    i += len;
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_BRACKETS {
                        return self.err(i, i + 1, "f-string: too many nested parenthesis");
                    }
                    brackets.push(b);
                }
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    let open = brackets.pop().unwrap_or(b);
                    if !matches!((open, b), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return self.err(
                            i,
                            i + 1,
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                char::from(b),
                                char::from(open)
                            ),
                        );
                    }
                }
                b')' | b']' => {
                    return self.err(i, i + 1, format!("f-string: unmatched '{}'", char::from(b)))
                }
                b'#' => return self.err(i, i + 1, "f-string expression part cannot include '#'"),
                b'!' | b'=' | b'<' | b'>' if i + 1 < hi && self.b[i + 1] == b'=' => i += 1,
                b'!' | b':' | b'=' | b'}' if brackets.is_empty() => return Ok(i),
                _ => {}
            }
            i += 1;
        }
        if let Some((_, _, start)) = quote {
            return self.err(start, start + 1, "f-string: unterminated string");
        }
        self.err(lo - 1, lo, "f-string: expecting '}'")
    }
}

fn span(lo: usize, hi: usize) -> Span {
    Span::new(lo as u32, hi as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Token> {
        tokenize(&SourceFile::new("t.py", src)).unwrap_or_else(|d| panic!("{src:?}: {d}"))
    }

    /// The tokens of `src`, compactly: NL, IN, DE and EOF for the layout
    /// tokens, literals by value.
    fn lex(src: &str) -> String {
        let out: Vec<String> = toks(src)
            .iter()
            .map(|t| match &t.kind {
                TokenKind::Name(n) => n.clone(),
                TokenKind::Kw(k) => k.text().to_string(),
                TokenKind::Op(o) => o.text().to_string(),
                TokenKind::Int(v) => v.to_string(),
                TokenKind::Float(v) => format!("{v:?}"),
                TokenKind::Imag(v) => format!("{v:?}j"),
                TokenKind::Str(s) => format!("{s:?}"),
                TokenKind::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
                TokenKind::FStr(segs) => format!("f{segs:?}"),
                TokenKind::Newline => "NL".into(),
                TokenKind::Indent => "IN".into(),
                TokenKind::Dedent => "DE".into(),
                TokenKind::EndMarker => "EOF".into(),
            })
            .collect();
        out.join(" ")
    }

    fn one(src: &str) -> TokenKind {
        let mut t = toks(src);
        assert_eq!(t.len(), 3, "{src:?}: {t:?}"); // token, NEWLINE, ENDMARKER
        t.swap_remove(0).kind
    }

    /// The error for `src`: kind, message, line and column.
    fn err(src: &str) -> (&'static str, String, u32, u32) {
        let file = SourceFile::new("t.py", src);
        let d = match tokenize(&file) {
            Ok(t) => panic!("{src:?} lexed: {t:?}"),
            Err(d) => d,
        };
        let (line, col) = file.line_col(d.loc.expect("located").span.lo);
        (d.kind, d.msg, line, col)
    }

    fn msg(src: &str) -> String {
        err(src).1
    }

    #[test]
    fn indent_and_dedent() {
        assert_eq!(
            lex("if x:\n    y\n    z\nw\n"),
            "if x : NL IN y NL z NL DE w NL EOF"
        );
        assert_eq!(
            lex("a:\n  b:\n    c\nd"),
            "a : NL IN b : NL IN c NL DE DE d NL EOF"
        );
        assert_eq!(lex("if a:\n  b"), "if a : NL IN b NL DE EOF");
        assert_eq!(lex(""), "EOF");
        assert_eq!(lex("\n\n  \n"), "EOF");
    }

    #[test]
    fn blank_and_comment_lines_do_not_count() {
        let src = "\n# c\nif a:\n\n   # odd comment\n    b  # trailing\n  \n# back\nc\n";
        assert_eq!(lex(src), "if a : NL IN b NL DE c NL EOF");
        assert_eq!(lex("x # no newline"), "x NL EOF");
    }

    #[test]
    fn brackets_join_lines() {
        assert_eq!(
            lex("x = (1,  # one\n  2,\n\n)\ny = [\n]\n"),
            "x = ( 1 , 2 , ) NL y = [ ] NL EOF"
        );
        assert_eq!(lex("f(a,\n        b)\n"), "f ( a , b ) NL EOF");
    }

    #[test]
    fn backslash_continuation() {
        assert_eq!(lex("x = 1 + \\\n        2\ny"), "x = 1 + 2 NL y NL EOF");
        assert_eq!(
            lex("if a and \\\r\n  b:\n  c\n"),
            "if a and b : NL IN c NL DE EOF"
        );
        assert_eq!(
            msg("x = \\ 1"),
            "unexpected character after line continuation character"
        );
        assert_eq!(msg("x = \\"), "unexpected EOF while parsing");
    }

    #[test]
    fn tabs_and_line_endings() {
        assert_eq!(lex("if a:\n\tb\n\tc\n"), "if a : NL IN b NL c NL DE EOF");
        assert_eq!(lex("if a:\r\n    b\r\n"), "if a : NL IN b NL DE EOF");
        assert_eq!(lex("\x0cif a: b\n"), "if a : b NL EOF");
        // A tab is 8 columns or 1: both readings must agree.
        let tab_error = (
            "TabError",
            "inconsistent use of tabs and spaces in indentation".to_string(),
            3,
            9,
        );
        assert_eq!(err("if a:\n\tb\n        c\n"), tab_error);
        assert_eq!(err("if a:\n  \tb\n\tc\n").0, "TabError");
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(
            err("if x:\n    a\n  b\n"),
            (
                "IndentationError",
                "unindent does not match any outer indentation level".into(),
                3,
                3
            )
        );
        let deep: String = (0..=MAX_INDENTS + 1)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect();
        assert_eq!(err(&deep).1, "too many levels of indentation");
    }

    #[test]
    fn operators_munch_maximally() {
        for w in Op::ALL.windows(2) {
            assert!(w[0].text().len() >= w[1].text().len(), "{w:?}");
        }
        for &op in Op::ALL {
            let src = match op {
                Op::LParen => "()",
                Op::LBracket => "[]",
                Op::LBrace => "{}",
                Op::RParen | Op::RBracket | Op::RBrace => continue,
                _ => op.text(),
            };
            assert_eq!(toks(src)[0].kind, TokenKind::Op(op));
        }
        assert_eq!(lex("a**=b//=c>>=d<<=e"), "a **= b //= c >>= d <<= e NL EOF");
        assert_eq!(lex("x->y:=z...w**-v"), "x -> y := z ... w ** - v NL EOF");
        assert_eq!(
            lex("a!=b==c<=d>=e<f>g"),
            "a != b == c <= d >= e < f > g NL EOF"
        );
        assert_eq!(msg("a ! b"), "invalid syntax");
    }

    #[test]
    fn keywords_and_names() {
        for &kw in Kw::ALL {
            assert_eq!(one(kw.text()), TokenKind::Kw(kw));
        }
        assert_eq!(
            lex("match case _ type print"),
            "match case _ type print NL EOF"
        );
        assert_eq!(lex("été = π * 变量_1"), "été = π * 变量_1 NL EOF");
        assert_eq!(lex("rb r_ fx"), "rb r_ fx NL EOF");
    }

    #[test]
    fn integers() {
        assert_eq!(
            lex("0 00 0_0 1_000 0x_FF 0XfF 0o17 0O7 0b1010 0B1"),
            "0 0 0 1000 255 255 15 7 10 1 NL EOF"
        );
        let max = i128::MAX.to_string();
        assert_eq!(one(&max), TokenKind::Int(i128::MAX));
        assert_eq!(
            one(&format!("0x7{}", "f".repeat(31))),
            TokenKind::Int(i128::MAX)
        );
        assert_eq!(
            msg("170141183460469231731687303715884105728"),
            "integer literal does not fit in 128 bits"
        );
        assert_eq!(
            msg(&format!("0x{}", "f".repeat(32))),
            "integer literal does not fit in 128 bits"
        );
        // As in CPython, a keyword may follow a number directly.
        assert_eq!(lex("1if x else 2"), "1 if x else 2 NL EOF");
        assert_eq!(lex("[0x1for x in y]"), "[ 31 or x in y ] NL EOF");
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(
            lex("1. .5 1e-3 1_000.5 1E5 1.e2 0.0 1_0e1_0 1e+2 00.5 1e999"),
            "1.0 0.5 0.001 1000.5 100000.0 100.0 0.0 100000000000.0 100.0 0.5 inf NL EOF"
        );
        assert_eq!(
            lex("2j 1.5J 1e3j 0j .5j"),
            "2.0j 1.5j 1000.0j 0.0j 0.5j NL EOF"
        );
        assert_eq!(lex("x.real 1 .real"), "x . real 1 . real NL EOF");
    }

    #[test]
    fn number_errors() {
        for (src, m) in [
            ("1abc", "invalid decimal literal"),
            ("1_", "invalid decimal literal"),
            ("1__0", "invalid decimal literal"),
            ("1._5", "invalid decimal literal"),
            ("1e", "invalid decimal literal"),
            ("1.__class__", "invalid decimal literal"),
            ("2jx", "invalid imaginary literal"),
            ("0x", "invalid hexadecimal literal"),
            ("0xg", "invalid hexadecimal literal"),
            ("0o", "invalid octal literal"),
            ("0o8", "invalid digit '8' in octal literal"),
            ("0b12", "invalid digit '2' in binary literal"),
            ("0b_", "invalid binary literal"),
            (
                "012",
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            ),
        ] {
            assert_eq!(msg(src), m, "{src}");
        }
        assert_eq!(
            err("x = 1abc"),
            ("SyntaxError", "invalid decimal literal".into(), 1, 5)
        );
    }

    #[test]
    fn string_prefixes_and_quotes() {
        for q in ["'", "\"", "'''", "\"\"\""] {
            for prefix in ["", "u", "U", "r", "R", "b", "B", "br", "Br", "rB", "RB"] {
                let src = format!("{prefix}{q}a\\tb{q}");
                let raw = prefix.contains(['r', 'R']);
                let text = if raw { "a\\tb" } else { "a\tb" };
                let want = if prefix.contains(['b', 'B']) {
                    TokenKind::Bytes(text.as_bytes().to_vec())
                } else {
                    TokenKind::Str(text.to_string())
                };
                assert_eq!(one(&src), want, "{src}");
            }
            for prefix in ["f", "F", "fr", "Rf", "FR", "rF"] {
                let src = format!("{prefix}{q}a\\tb{q}");
                let raw = prefix.contains(['r', 'R']);
                let text = if raw { "a\\tb" } else { "a\tb" };
                assert_eq!(
                    one(&src),
                    TokenKind::FStr(vec![FSeg::Lit(text.into())]),
                    "{src}"
                );
            }
        }
        assert_eq!(lex("ur'x'"), "ur \"x\" NL EOF");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            one(r#"'\n\t\\\'\"\x41\101\u00e9\U0001F600\a\b\f\v\0\r\777'"#),
            TokenKind::Str("\n\t\\'\"AAé😀\x07\x08\x0c\x0b\0\r\u{1ff}".into())
        );
        assert_eq!(one(r"'\d\{\ '"), TokenKind::Str(r"\d\{\ ".into()));
        assert_eq!(one("'a\\\nb'"), TokenKind::Str("ab".into()));
        assert_eq!(one("'''a\r\nb'''"), TokenKind::Str("a\nb".into()));
        assert_eq!(one("r'a\\\nb'"), TokenKind::Str("a\\\nb".into()));
        assert_eq!(one(r"r'\''"), TokenKind::Str(r"\'".into()));
        assert_eq!(
            one(r"b'\xff\n\u1234\N\101'"),
            TokenKind::Bytes(b"\xff\n\\u1234\\NA".to_vec())
        );
        assert_eq!(one(r"rb'\xff'"), TokenKind::Bytes(br"\xff".to_vec()));
    }

    #[test]
    fn string_errors() {
        for (src, m) in [
            (r"'\x4'", "truncated \\xXX escape"),
            (r"'\u12'", "truncated \\uXXXX escape"),
            (r"'\U0001F60'", "truncated \\UXXXXXXXX escape"),
            (
                r"'\ud800'",
                "surrogate code points are not supported by rumba",
            ),
            (r"'\U00110000'", "illegal Unicode character"),
            (
                r"'\N{EM DASH}'",
                "\\N{...} escapes are not supported by rumba",
            ),
            ("b'é'", "bytes can only contain ASCII literal characters"),
            (r"b'\777'", "octal escape value larger than 0o377 in bytes"),
        ] {
            assert_eq!(msg(src), m, "{src}");
        }
        assert_eq!(
            err("x = 'abc\n'"),
            (
                "SyntaxError",
                "unterminated string literal (detected at line 1)".into(),
                1,
                5
            )
        );
        assert_eq!(
            msg("x = 'abc\\\ndef"),
            "unterminated string literal (detected at line 2)"
        );
        assert_eq!(
            err("x = 1\ny = '''abc\n\n"),
            (
                "SyntaxError",
                "unterminated triple-quoted string literal (detected at line 4)".into(),
                2,
                5
            )
        );
    }

    /// The f-string at the start of `src`, with each field's expression as
    /// its text.
    fn fsegs(src: &str) -> String {
        fn show(src: &str, segs: &[FSeg]) -> String {
            let parts: Vec<String> = segs
                .iter()
                .map(|s| match s {
                    FSeg::Lit(t) => format!("{t:?}"),
                    FSeg::Field {
                        expr,
                        debug_text,
                        conversion,
                        spec,
                    } => {
                        let mut f = format!("{{{}", &src[expr.lo as usize..expr.hi as usize]);
                        if let Some(d) = debug_text {
                            f += &format!(" ={d:?}");
                        }
                        if let Some(c) = conversion {
                            f += &format!(" !{c}");
                        }
                        if !spec.is_empty() {
                            f += &format!(" :{}", show(src, spec));
                        }
                        f + "}"
                    }
                })
                .collect();
            parts.join(" ")
        }
        match one(src) {
            TokenKind::FStr(segs) => show(src, &segs),
            t => panic!("{t:?}"),
        }
    }

    #[test]
    fn fstrings() {
        assert_eq!(
            fsegs("f'a{x!r:>{w}}b{{c}}'"),
            r#""a" {x !r :">" {w}} "b{c}""#
        );
        assert_eq!(fsegs("f'{ x = }'"), r#"{ x  =" x = " !r}"#);
        assert_eq!(fsegs("f'{x=:>3}'"), r#"{x ="x=" :">3"}"#);
        assert_eq!(fsegs("f'{x=!s}'"), r#"{x ="x=" !s}"#);
        assert_eq!(fsegs(r#"f"{d['a:b']!a}""#), "{d['a:b'] !a}");
        assert_eq!(
            fsegs("f'{a!=b} {a<b} {a==b}'"),
            r#"{a!=b} " " {a<b} " " {a==b}"#
        );
        // In a format spec `{` always starts a field: here its expression
        // is the set display `{y}`.
        assert_eq!(fsegs("f'{x:{{y}}}'"), "{x :{{y}}}");
        assert_eq!(fsegs("f'''{\n  a +\n  b\n}'''"), "{\n  a +\n  b\n}");
        assert_eq!(fsegs(r"f'\{x}\n'"), r#""\\" {x} "\n""#);
        assert_eq!(fsegs(r"rf'\{x}\n'"), r#""\\" {x} "\\n""#);
        assert_eq!(fsegs(r#"f"{'''a'''}""#), "{'''a'''}");
    }

    #[test]
    fn fstring_errors() {
        for (src, m, col) in [
            ("f'{'", "f-string: expecting '}'", 3),
            ("f'{x'", "f-string: expecting '}'", 3),
            ("f'{x:'", "f-string: expecting '}'", 3),
            ("f'{ }'", "f-string: empty expression not allowed", 3),
            ("f'{!r}'", "f-string: empty expression not allowed", 3),
            ("f'}'", "f-string: single '}' is not allowed", 3),
            (
                "f'{x!z}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                5,
            ),
            (
                "f'{x!}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                5,
            ),
            (
                "f'{a:{b:{c}}}'",
                "f-string: expressions nested too deeply",
                9,
            ),
            ("f'{x#}'", "f-string expression part cannot include '#'", 5),
            (
                r"f'{x\n}'",
                "f-string expression part cannot include a backslash",
                5,
            ),
            ("f'{x)}'", "f-string: unmatched ')'", 5),
            (
                "f'{(x]}'",
                "f-string: closing parenthesis ']' does not match opening parenthesis '('",
                6,
            ),
            ("f'{\"x}'", "f-string: unterminated string", 4),
            (
                r"f'\N{DASH}{x}'",
                "\\N{...} escapes are not supported by rumba",
                3,
            ),
        ] {
            assert_eq!(err(src), ("SyntaxError", m.to_string(), 1, col), "{src}");
        }
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(
            err("x = (1,\n"),
            ("SyntaxError", "'(' was never closed".into(), 1, 5)
        );
        assert_eq!(
            err("f(a, [b)"),
            (
                "SyntaxError",
                "closing parenthesis ')' does not match opening parenthesis '['".into(),
                1,
                8
            )
        );
        assert_eq!(
            msg("x = [\n1)"),
            "closing parenthesis ')' does not match opening parenthesis '[' on line 1"
        );
        assert_eq!(err("x = 1)"), ("SyntaxError", "unmatched ')'".into(), 1, 6));
        assert_eq!(msg(&"(".repeat(200)), "'(' was never closed");
        assert_eq!(msg(&"(".repeat(201)), "too many nested parentheses");
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(err("x = $"), ("SyntaxError", "invalid syntax".into(), 1, 5));
        assert_eq!(msg("x = €"), "invalid character '€' (U+20AC)");
        assert_eq!(msg("x =\u{a0}1"), "invalid non-printable character U+00A0");
        assert_eq!(msg("x = \0"), "invalid non-printable character U+0000");
    }

    #[test]
    fn spans() {
        let src = "\u{feff}x = 'ab'  # c\n  \nif y:\n    z\n";
        let spans: Vec<(u32, u32)> = toks(src).iter().map(|t| (t.span.lo, t.span.hi)).collect();
        // x = 'ab' NL if y : NL IN z NL DE EOF
        assert_eq!(
            spans,
            [
                (3, 4),
                (5, 6),
                (7, 11),
                (16, 17),
                (20, 22),
                (23, 24),
                (24, 25),
                (25, 26),
                (30, 30),
                (30, 31),
                (31, 32),
                (32, 32),
                (32, 32)
            ]
        );
    }

    #[test]
    fn field_tokens_point_into_the_file() {
        let file = SourceFile::new("t.py", "s = f'''ab{ x +\n 1 !r}'''");
        let t = tokenize(&file).unwrap();
        let TokenKind::FStr(segs) = &t[2].kind else {
            panic!("{t:?}")
        };
        let FSeg::Field { expr, .. } = &segs[1] else {
            panic!("{segs:?}")
        };
        let field = tokenize_field(&file, *expr).unwrap();
        let spans: Vec<(u32, u32)> = field.iter().map(|t| (t.span.lo, t.span.hi)).collect();
        assert_eq!(spans, [(12, 13), (14, 15), (17, 18), (19, 19)]);
        assert_eq!(field[3].kind, TokenKind::EndMarker);
        assert_eq!(file.line_col(field[2].span.lo), (2, 2));
    }
}
