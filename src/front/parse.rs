//! The parser: tokens to the AST.
//!
//! Recursive descent over CPython 3.11's grammar. The binary levels from `or`
//! down to `*` are one precedence-climbing loop over the operator table
//! (`Parser::infix`, `bin_op`); prefix operators and trailers are loops, so
//! only brackets, `**`, `if` expressions, lambdas and blocks recurse.
//!
//! `MAX_DEPTH` bounds that recursion plus the length of the chain being
//! built at each point (`a+b+c`, `a.b.c`, `- - x`, `elif`s), so trees are at
//! most a small multiple of it deep and later passes can recurse over them;
//! a stack budget backs it up in unoptimized builds. Nothing the parser is
//! given makes it panic or overflow its stack.
//!
//! Spans: an expression spans its first token through its last, so
//! `(a + b) * c` starts at the `(`, while a parenthesized expression keeps
//! its own span, as in CPython. A simple statement spans its text; a
//! compound statement spans its header, from the keyword through the `:`.
//!
//! Constructs rumba does not support (yield, async, await, `:=`, match,
//! starred assignment targets, `**` unpacking, `except*`) are SyntaxErrors
//! saying so, at the construct. Dict and set comprehensions are parsed as
//! `dict([(k, v) for ...])` and `set([e for ...])`.

use super::ast::*;
use super::diag::{Diag, Loc, SourceFile};
use super::lex::{self, FSeg, Kw, Op, Token, TokenKind};
use std::rc::Rc;

type PResult<T> = Result<T, Diag>;

/// How deep expressions and blocks may nest: CPython's bracket limit.
const MAX_DEPTH: u32 = 200;

/// The most stack the parser may use below `parse`'s frame. Optimized
/// builds need about 4 KiB per nesting level, so `MAX_DEPTH` is the limit
/// that applies; unoptimized builds need several times more, and this
/// stops them before they overflow a 2 MiB thread stack (as a SpiderMonkey
/// or V8 parser checks the stack pointer against a limit).
const STACK_BUDGET: usize = 1 << 20;

const TOO_DEEP: &str = "expression too deeply nested";
const TOO_MANY_BLOCKS: &str = "too many nested blocks";

// Binding powers of the infix levels, loosest first. `not` is a prefix
// between `and` and the comparisons.
const P_OR: u8 = 1;
const P_AND: u8 = 2;
const P_NOT: u8 = 3;
const P_CMP: u8 = 4;
const P_BITOR: u8 = 5;
const P_XOR: u8 = 6;
const P_BITAND: u8 = 7;
const P_SHIFT: u8 = 8;
const P_ARITH: u8 = 9;
const P_TERM: u8 = 10;

#[derive(Clone, Copy, PartialEq)]
enum Infix {
    Bool(BoolOp),
    Cmp,
    Bin(BinOp),
}

fn bin_op(op: Op) -> Option<(BinOp, u8)> {
    Some(match op {
        Op::Pipe => (BinOp::BitOr, P_BITOR),
        Op::Caret => (BinOp::BitXor, P_XOR),
        Op::Amp => (BinOp::BitAnd, P_BITAND),
        Op::LShift => (BinOp::LShift, P_SHIFT),
        Op::RShift => (BinOp::RShift, P_SHIFT),
        Op::Plus => (BinOp::Add, P_ARITH),
        Op::Minus => (BinOp::Sub, P_ARITH),
        Op::Star => (BinOp::Mul, P_TERM),
        Op::Slash => (BinOp::Div, P_TERM),
        Op::DoubleSlash => (BinOp::FloorDiv, P_TERM),
        Op::Percent => (BinOp::Mod, P_TERM),
        Op::At => (BinOp::MatMul, P_TERM),
        _ => return None,
    })
}

fn aug_op(op: Op) -> Option<BinOp> {
    Some(match op {
        Op::PlusEq => BinOp::Add,
        Op::MinusEq => BinOp::Sub,
        Op::StarEq => BinOp::Mul,
        Op::SlashEq => BinOp::Div,
        Op::DoubleSlashEq => BinOp::FloorDiv,
        Op::PercentEq => BinOp::Mod,
        Op::DoubleStarEq => BinOp::Pow,
        Op::AtEq => BinOp::MatMul,
        Op::LShiftEq => BinOp::LShift,
        Op::RShiftEq => BinOp::RShift,
        Op::AmpEq => BinOp::BitAnd,
        Op::PipeEq => BinOp::BitOr,
        Op::CaretEq => BinOp::BitXor,
        _ => return None,
    })
}

fn not_op(kind: &TokenKind) -> Option<UnaryOp> {
    matches!(kind, TokenKind::Kw(Kw::Not)).then_some(UnaryOp::Not)
}

fn unary_op(kind: &TokenKind) -> Option<UnaryOp> {
    match kind {
        TokenKind::Op(Op::Minus) => Some(UnaryOp::Neg),
        TokenKind::Op(Op::Plus) => Some(UnaryOp::Pos),
        TokenKind::Op(Op::Tilde) => Some(UnaryOp::Invert),
        _ => None,
    }
}

/// What an expression is called in "cannot assign to ..." messages (CPython's
/// names).
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::BinOp { .. } | ExprKind::Unary { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Lambda { .. } => "lambda",
    }
}

/// Parses a whole file.
pub fn parse(file: &Rc<SourceFile>) -> Result<Module, Diag> {
    let mut p = Parser::new(file, lex::tokenize(file)?);
    let mut body = Vec::new();
    while !p.at(&TokenKind::EndMarker) {
        p.statement(&mut body)?;
    }
    Ok(Module {
        body,
        expr_count: p.next_id,
    })
}

struct Parser<'a> {
    file: &'a Rc<SourceFile>,
    /// The tokens not yet consumed, in reverse order (the next one is last),
    /// without the ENDMARKER, which is `eof`.
    toks: Vec<Token>,
    eof: Token,
    /// End of the last consumed token: where the node being built ends.
    prev_hi: u32,
    next_id: ExprId,
    depth: u32,
    /// Where the stack was when parsing began.
    stack_base: usize,
    in_func: bool,
    loops: u32,
}

impl<'a> Parser<'a> {
    /// A parser over `toks`, which end with ENDMARKER as `tokenize` makes them.
    fn new(file: &'a Rc<SourceFile>, mut toks: Vec<Token>) -> Parser<'a> {
        let end = file.text.len() as u32;
        let eof = toks.pop().unwrap_or(Token {
            kind: TokenKind::EndMarker,
            span: Span::new(end, end),
        });
        toks.reverse();
        Parser {
            file,
            toks,
            eof,
            prev_hi: 0,
            next_id: 0,
            depth: 0,
            stack_base: stack_pos(),
            in_func: false,
            loops: 0,
        }
    }

    // ---- Tokens ----

    fn peek(&self, n: usize) -> &Token {
        self.toks
            .len()
            .checked_sub(n + 1)
            .map_or(&self.eof, |i| &self.toks[i])
    }

    fn tok(&self) -> &Token {
        self.peek(0)
    }

    fn kind(&self) -> &TokenKind {
        &self.peek(0).kind
    }

    fn lo(&self) -> u32 {
        self.peek(0).span.lo
    }

    fn bump(&mut self) -> Token {
        let t = self.toks.pop().unwrap_or_else(|| self.eof.clone());
        self.prev_hi = t.span.hi;
        t
    }

    fn at(&self, kind: &TokenKind) -> bool {
        self.kind() == kind
    }

    fn at_op(&self, op: Op) -> bool {
        self.at(&TokenKind::Op(op))
    }

    fn at_kw(&self, kw: Kw) -> bool {
        self.at(&TokenKind::Kw(kw))
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let at = self.at_op(op);
        if at {
            self.bump();
        }
        at
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let at = self.at_kw(kw);
        if at {
            self.bump();
        }
        at
    }

    fn at_stmt_end(&self) -> bool {
        matches!(
            self.kind(),
            TokenKind::Newline | TokenKind::EndMarker | TokenKind::Op(Op::Semi)
        )
    }

    /// Whether the current token can start an expression; a comma followed
    /// by anything else is a trailing comma.
    fn starts_expr(&self) -> bool {
        match self.kind() {
            TokenKind::Name(_)
            | TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Imag(_)
            | TokenKind::Str(_)
            | TokenKind::Bytes(_)
            | TokenKind::FStr(_) => true,
            TokenKind::Kw(kw) => matches!(
                kw,
                Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await | Kw::Yield
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LParen
                    | Op::LBracket
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    fn name(&mut self) -> PResult<(String, Span)> {
        if let Some(Token {
            kind: TokenKind::Name(name),
            span,
        }) = self.toks.last_mut()
        {
            let name = (std::mem::take(name), *span);
            self.bump();
            return Ok(name);
        }
        self.unexpected()
    }

    // ---- Errors ----

    fn error(&self, span: Span, msg: impl Into<String>) -> Diag {
        Diag::new("SyntaxError", msg, Some(Loc::new(self.file, span)))
    }

    fn unsupported(&self, span: Span, what: &str) -> Diag {
        self.error(span, format!("{what} not supported by rumba"))
    }

    /// The error for a token that no rule accepts.
    fn unexpected<T>(&self) -> PResult<T> {
        let t = self.tok();
        Err(match &t.kind {
            TokenKind::Indent => Diag::new(
                "IndentationError",
                "unexpected indent",
                Some(Loc::new(self.file, t.span)),
            ),
            TokenKind::Op(Op::Walrus) => {
                self.unsupported(t.span, "assignment expressions (':=') are")
            }
            TokenKind::Kw(Kw::Yield) => self.unsupported(
                t.span,
                "'yield' inside an expression (a value sent into a generator) is",
            ),
            TokenKind::Kw(kw @ (Kw::Await | Kw::Async)) => {
                self.unsupported(t.span, &format!("'{}' is", kw.text()))
            }
            _ => self.error(t.span, "invalid syntax"),
        })
    }

    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        Err(self.error(self.tok().span, "expected ':'"))
    }

    /// Consumes the closing bracket of a list whose last element starts at
    /// `last_lo`.
    fn close(&mut self, op: Op, last_lo: u32) -> PResult<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        if self.starts_expr() {
            let span = Span::new(last_lo, self.tok().span.hi);
            return Err(self.error(span, "invalid syntax. Perhaps you forgot a comma?"));
        }
        self.unexpected()
    }

    /// One level deeper; fails cleanly instead of overflowing the stack.
    fn enter(&mut self, msg: &'static str) -> PResult<()> {
        if self.depth >= MAX_DEPTH || stack_pos().abs_diff(self.stack_base) > STACK_BUDGET {
            return Err(self.error(self.tok().span, msg));
        }
        self.depth += 1;
        Ok(())
    }

    // ---- Nodes ----

    /// A new expression spanning from `lo` through the last consumed token.
    fn mk(&mut self, lo: u32, kind: ExprKind) -> Expr {
        let id = self.next_id;
        self.next_id += 1;
        Expr {
            id,
            span: Span::new(lo, self.prev_hi),
            kind,
        }
    }

    fn stmt(&self, lo: u32, kind: StmtKind) -> Stmt {
        Stmt {
            span: Span::new(lo, self.prev_hi),
            kind,
        }
    }

    // ---- Statements ----

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let lo = self.lo();
        let stmt = match self.kind() {
            TokenKind::Kw(Kw::If) => self.if_stmt()?,
            TokenKind::Kw(Kw::While) => self.while_stmt(lo)?,
            TokenKind::Kw(Kw::For) => self.for_stmt(lo)?,
            TokenKind::Kw(Kw::Try) => self.try_stmt(lo)?,
            TokenKind::Kw(Kw::With) => self.with_stmt(lo)?,
            TokenKind::Kw(Kw::Def | Kw::Class) | TokenKind::Op(Op::At) => self.decorated()?,
            TokenKind::Name(n) if n == "match" && self.is_match_stmt() => {
                return Err(self.unsupported(self.tok().span, "match statements are"))
            }
            _ => return self.simple_stmts(out),
        };
        out.push(stmt);
        Ok(())
    }

    /// `match` is a soft keyword: a line starting with it is a match
    /// statement if it ends with a `:` (no simple statement does).
    fn is_match_stmt(&self) -> bool {
        let mut last = None;
        for t in self.toks.iter().rev() {
            if matches!(t.kind, TokenKind::Newline) {
                break;
            }
            last = Some(&t.kind);
        }
        matches!(last, Some(TokenKind::Op(Op::Colon)))
    }

    /// Simple statements separated by `;`, through the NEWLINE.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat_op(Op::Semi) || self.at(&TokenKind::Newline) {
                break;
            }
        }
        match self.kind() {
            TokenKind::Newline => {
                self.bump();
                Ok(())
            }
            _ => self.unexpected(),
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let lo = self.lo();
        let kind = match self.kind() {
            TokenKind::Kw(Kw::Pass) => {
                self.bump();
                StmtKind::Pass
            }
            TokenKind::Kw(Kw::Break) => {
                let t = self.bump();
                if self.loops == 0 {
                    return Err(self.error(t.span, "'break' outside loop"));
                }
                StmtKind::Break
            }
            TokenKind::Kw(Kw::Continue) => {
                let t = self.bump();
                if self.loops == 0 {
                    return Err(self.error(t.span, "'continue' not properly in loop"));
                }
                StmtKind::Continue
            }
            TokenKind::Kw(Kw::Return) => {
                let t = self.bump();
                if !self.in_func {
                    return Err(self.error(t.span, "'return' outside function"));
                }
                let value = if self.at_stmt_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(value)
            }
            TokenKind::Kw(Kw::Yield) => {
                let t = self.bump();
                if !self.in_func {
                    return Err(self.error(t.span, "'yield' outside function"));
                }
                if matches!(self.kind(), TokenKind::Kw(Kw::From)) {
                    return Err(self.unsupported(t.span, "'yield from' is"));
                }
                let value = if self.at_stmt_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Yield(value)
            }
            TokenKind::Kw(Kw::Raise) => {
                self.bump();
                let exc = if self.at_stmt_end() {
                    None
                } else {
                    Some(self.expression()?)
                };
                let cause = if exc.is_some() && self.eat_kw(Kw::From) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Raise { exc, cause }
            }
            TokenKind::Kw(kw @ (Kw::Global | Kw::Nonlocal)) => {
                let global = *kw == Kw::Global;
                self.bump();
                let mut names = vec![self.name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            TokenKind::Kw(Kw::Del) => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let t = self.binary(P_BITOR)?;
                    self.check_target(&t, true)?;
                    targets.push(t);
                    if !self.eat_op(Op::Comma) || !self.starts_expr() {
                        break;
                    }
                }
                StmtKind::Del(targets)
            }
            TokenKind::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Kw(Kw::Import) => {
                self.bump();
                let mut names = vec![self.alias(true)?];
                while self.eat_op(Op::Comma) {
                    names.push(self.alias(true)?);
                }
                StmtKind::Import(names)
            }
            TokenKind::Kw(Kw::From) => self.import_from()?,
            _ => self.expr_stmt()?,
        };
        Ok(self.stmt(lo, kind))
    }

    /// An expression statement or an assignment of any kind.
    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        let first = self.star_expressions()?;
        if self.at_op(Op::Assign) {
            let mut targets = vec![first];
            let value = loop {
                if let Some(t) = targets.last() {
                    self.check_assign(t)?;
                }
                self.bump();
                let e = self.star_expressions()?;
                if !self.at_op(Op::Assign) {
                    break e;
                }
                targets.push(e);
            };
            return Ok(StmtKind::Assign { targets, value });
        }
        let aug = match self.kind() {
            TokenKind::Op(op) => aug_op(*op),
            _ => None,
        };
        if let Some(op) = aug {
            if !matches!(
                first.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(&first)
                );
                return Err(self.error(first.span, msg));
            }
            self.bump();
            let value = self.star_expressions()?;
            return Ok(StmtKind::AugAssign {
                target: first,
                op,
                value,
            });
        }
        if self.at_op(Op::Colon) {
            let msg = match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
                ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
                ExprKind::List(_) => Some("only single target (not list) can be annotated"),
                _ => Some("illegal target for annotation"),
            };
            if let Some(msg) = msg {
                return Err(self.error(first.span, msg));
            }
            self.bump();
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Assign) {
                Some(self.star_expressions()?)
            } else {
                None
            };
            return Ok(StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
            });
        }
        Ok(StmtKind::Expr(first))
    }

    /// Checks the target of `=`. A lone expression that cannot be assigned
    /// to was more likely meant as a comparison.
    fn check_assign(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_)
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Starred(_)
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Bool(_)
            | ExprKind::None => self.check_target(e, false),
            _ => Err(self.error(
                e.span,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(e)
                ),
            )),
        }
    }

    /// Checks that `e` can be assigned to, or deleted if `del`: a name,
    /// attribute or subscript, or a tuple or list of targets.
    fn check_target(&self, e: &Expr, del: bool) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.check_target(e, del))
            }
            ExprKind::Starred(_) if !del => {
                Err(self.unsupported(e.span, "starred assignment targets are"))
            }
            _ => {
                let verb = if del { "delete" } else { "assign to" };
                Err(self.error(e.span, format!("cannot {verb} {}", describe(e))))
            }
        }
    }

    /// `a.b.c [as d]`, or a single name when not `dotted`.
    fn alias(&mut self, dotted: bool) -> PResult<Alias> {
        let lo = self.lo();
        let name = if dotted {
            self.dotted_name()?
        } else {
            self.name()?.0
        };
        let asname = if self.eat_kw(Kw::As) {
            Some(self.name()?.0)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            span: Span::new(lo, self.prev_hi),
        })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.kind() {
                TokenKind::Op(Op::Dot) => level = level.saturating_add(1),
                TokenKind::Op(Op::Ellipsis) => level = level.saturating_add(3),
                _ => break,
            }
            self.bump();
        }
        let module = if level > 0 && self.at_kw(Kw::Import) {
            None
        } else {
            Some(self.dotted_name()?)
        };
        if !self.eat_kw(Kw::Import) {
            return self.unexpected();
        }
        if self.at_op(Op::Star) {
            // Star imports are resolved by name later (rumba supports them
            // for its built-in modules only).
            let span = self.tok().span;
            self.bump();
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![Alias {
                    name: "*".into(),
                    asname: None,
                    span,
                }],
                level,
            });
        }
        let parens = self.eat_op(Op::LParen);
        let mut names = Vec::new();
        let mut last_lo;
        loop {
            last_lo = self.lo();
            names.push(self.alias(false)?);
            if !self.at_op(Op::Comma) {
                break;
            }
            let comma = self.bump();
            if parens && self.at_op(Op::RParen) {
                break;
            }
            if !parens && self.at_stmt_end() {
                return Err(self.error(
                    comma.span,
                    "trailing comma not allowed without surrounding parentheses",
                ));
            }
        }
        if parens {
            self.close(Op::RParen, last_lo)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Parses `:` and the block after it, which is either an indented block
    /// or simple statements on the same line. Returns the header's span, from
    /// `lo` through the colon, and the body. `what` names the statement for
    /// "expected an indented block after ...".
    fn suite(&mut self, lo: u32, what: &str) -> PResult<(Span, Vec<Stmt>)> {
        self.expect_colon()?;
        let header = Span::new(lo, self.prev_hi);
        let mut body = Vec::new();
        if !self.at(&TokenKind::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok((header, body));
        }
        self.bump();
        if !self.at(&TokenKind::Indent) {
            let (line, _) = self.file.line_col(lo);
            return Err(Diag::new(
                "IndentationError",
                format!("expected an indented block after {what} on line {line}"),
                Some(Loc::new(self.file, self.tok().span)),
            ));
        }
        self.bump();
        self.enter(TOO_MANY_BLOCKS)?;
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
            self.statement(&mut body)?;
        }
        self.bump();
        self.depth -= 1;
        Ok((header, body))
    }

    /// The test of `if`, `elif` or `while`, where `=` is a likely typo.
    fn test(&mut self) -> PResult<Expr> {
        let e = self.expression()?;
        if self.at_op(Op::Assign) {
            let span = e.span.to(self.tok().span);
            let msg = match e.kind {
                ExprKind::Name(_) => {
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
                }
                _ => format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(&e)
                ),
            };
            return Err(self.error(span, msg));
        }
        Ok(e)
    }

    fn else_clause(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let lo = self.lo();
        self.bump();
        Ok(self.suite(lo, "'else' statement")?.1)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let (span, test, body) = self.if_clause("'if' statement")?;
        // Each `elif` becomes an If in the `orelse` of the one before; the
        // clauses are collected first so that long chains do not recurse.
        let mut elifs = Vec::new();
        while self.at_kw(Kw::Elif) {
            elifs.push(self.if_clause("'elif' statement")?);
            self.chain(elifs.len(), TOO_MANY_BLOCKS)?;
        }
        let mut orelse = self.else_clause()?;
        for (span, test, body) in elifs.into_iter().rev() {
            let kind = StmtKind::If { test, body, orelse };
            orelse = vec![Stmt { span, kind }];
        }
        let kind = StmtKind::If { test, body, orelse };
        Ok(Stmt { span, kind })
    }

    /// `if test: body` or `elif test: body`.
    fn if_clause(&mut self, what: &str) -> PResult<(Span, Expr, Vec<Stmt>)> {
        let lo = self.bump().span.lo;
        let test = self.test()?;
        let (span, body) = self.suite(lo, what)?;
        Ok((span, test, body))
    }

    /// The body of a loop, where `break` and `continue` are allowed.
    fn loop_body(&mut self, lo: u32, what: &str) -> PResult<(Span, Vec<Stmt>)> {
        self.loops += 1;
        let body = self.suite(lo, what);
        self.loops -= 1;
        body
    }

    fn while_stmt(&mut self, lo: u32) -> PResult<Stmt> {
        self.bump();
        let test = self.test()?;
        let (span, body) = self.loop_body(lo, "'while' statement")?;
        let orelse = self.else_clause()?;
        Ok(Stmt {
            span,
            kind: StmtKind::While { test, body, orelse },
        })
    }

    fn for_stmt(&mut self, lo: u32) -> PResult<Stmt> {
        self.bump();
        let target = self.target_list()?;
        if !self.eat_kw(Kw::In) {
            return Err(self.error(self.tok().span, "expected 'in'"));
        }
        let iter = self.star_expressions()?;
        let (span, body) = self.loop_body(lo, "'for' statement")?;
        let orelse = self.else_clause()?;
        Ok(Stmt {
            span,
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
        })
    }

    fn try_stmt(&mut self, lo: u32) -> PResult<Stmt> {
        self.bump();
        let (span, body) = self.suite(lo, "'try' statement")?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_kw(Kw::Except) {
            let hlo = self.lo();
            self.bump();
            if self.at_op(Op::Star) {
                return Err(self.unsupported(self.tok().span, "'except*' is"));
            }
            if let Some(prev) = handlers.last().filter(|h| h.typ.is_none()) {
                return Err(self.error(prev.span, "default 'except:' must be last"));
            }
            let typ = if self.at_op(Op::Colon) {
                None
            } else {
                Some(self.expression()?)
            };
            if self.at_op(Op::Comma) {
                let span = Span::new(hlo, self.tok().span.hi);
                return Err(self.error(span, "multiple exception types must be parenthesized"));
            }
            let name = if typ.is_some() && self.eat_kw(Kw::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            let (span, body) = self.suite(hlo, "'except' statement")?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body,
                span,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_clause()?
        };
        let mut finalbody = Vec::new();
        if self.at_kw(Kw::Finally) {
            let flo = self.lo();
            self.bump();
            finalbody = self.suite(flo, "'finally' statement")?.1;
        } else if handlers.is_empty() {
            return Err(self.error(self.tok().span, "expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            span,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        })
    }

    fn with_stmt(&mut self, lo: u32) -> PResult<Stmt> {
        self.bump();
        let mut items = Vec::new();
        // `with (a as b, c):` groups items in parentheses; `with (a, b) as c:`
        // is a tuple. Only the token after the matching `)` tells them apart.
        if self.at_op(Op::LParen) && self.paren_then_colon() {
            self.bump();
            loop {
                let last_lo = self.lo();
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) || self.at_op(Op::RParen) {
                    self.close(Op::RParen, last_lo)?;
                    break;
                }
            }
        } else {
            items.push(self.with_item()?);
            while self.eat_op(Op::Comma) {
                items.push(self.with_item()?);
            }
        }
        let (span, body) = self.suite(lo, "'with' statement")?;
        Ok(Stmt {
            span,
            kind: StmtKind::With { items, body },
        })
    }

    /// Whether the `(` at the current token is matched by a `)` followed by
    /// a `:`.
    fn paren_then_colon(&self) -> bool {
        let mut depth = 0usize;
        let mut rest = self.toks.iter().rev();
        for t in rest.by_ref() {
            match t.kind {
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        matches!(rest.next().map(|t| &t.kind), Some(TokenKind::Op(Op::Colon)))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let mut target = None;
        if self.eat_kw(Kw::As) {
            let t = self.starred_or(Self::bitwise_or)?;
            self.check_target(&t, false)?;
            target = Some(t);
        }
        Ok(WithItem { context, target })
    }

    /// Decorators, then a `def` or a `class`.
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.expression()?);
            if !self.at(&TokenKind::Newline) {
                return self.unexpected();
            }
            self.bump();
        }
        match self.kind() {
            TokenKind::Kw(Kw::Def) => self.funcdef(decorators),
            TokenKind::Kw(Kw::Class) => self.classdef(decorators),
            _ => self.unexpected(),
        }
    }

    /// A function or class body, where `return` is allowed (in a function)
    /// and loop statements of the enclosing code are not.
    fn scope_body(&mut self, lo: u32, what: &str, func: bool) -> PResult<(Span, Vec<Stmt>)> {
        let outer = (self.in_func, self.loops);
        (self.in_func, self.loops) = (func, 0);
        let body = self.suite(lo, what);
        (self.in_func, self.loops) = outer;
        body
    }

    fn funcdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let lo = self.lo();
        self.bump();
        let (name, name_span) = self.name()?;
        if !self.eat_op(Op::LParen) {
            return Err(self.error(self.tok().span, "expected '('"));
        }
        let params = self.params(false)?;
        if !self.eat_op(Op::RParen) {
            return self.unexpected();
        }
        let returns = if self.eat_op(Op::Arrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let (span, body) = self.scope_body(lo, "function definition", true)?;
        let doc = match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Str(doc),
                ..
            })) => Some(doc.clone()),
            _ => None,
        };
        let def = FunctionDef {
            name,
            name_span,
            params,
            decorators,
            returns,
            body,
            doc,
        };
        Ok(Stmt {
            span,
            kind: StmtKind::FunctionDef(Rc::new(def)),
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let lo = self.lo();
        self.bump();
        let (name, name_span) = self.name()?;
        let (bases, keywords) = if self.at_op(Op::LParen) {
            self.call_args()?
        } else {
            (Vec::new(), Vec::new())
        };
        let (span, body) = self.scope_body(lo, "class definition", false)?;
        let class = ClassDef {
            name,
            name_span,
            bases,
            keywords,
            decorators,
            body,
        };
        Ok(Stmt {
            span,
            kind: StmtKind::ClassDef(Rc::new(class)),
        })
    }

    /// The parameters of a `def` (up to its `)`) or a `lambda` (up to its
    /// `:`, without annotations).
    fn params(&mut self, lambda: bool) -> PResult<Params> {
        let close = if lambda { Op::Colon } else { Op::RParen };
        let mut p = Params::default();
        let mut star: Option<Span> = None;
        let mut slash = false;
        while !self.at_op(close) {
            let span = self.tok().span;
            match self.kind() {
                TokenKind::Op(Op::Slash) => {
                    let misplaced = if slash {
                        Some("/ may appear only once")
                    } else if star.is_some() {
                        Some("/ must be ahead of *")
                    } else if p.positional.is_empty() {
                        Some("at least one argument must precede /")
                    } else {
                        None
                    };
                    if let Some(msg) = misplaced {
                        return Err(self.error(span, msg));
                    }
                    self.bump();
                    slash = true;
                }
                TokenKind::Op(Op::Star) => {
                    if star.is_some() {
                        return Err(self.error(span, "* argument may appear only once"));
                    }
                    self.bump();
                    star = Some(span);
                    if matches!(self.kind(), TokenKind::Name(_)) {
                        p.vararg = Some(self.param(lambda, Some("var-positional"))?);
                    }
                }
                TokenKind::Op(Op::DoubleStar) => {
                    self.bump();
                    p.kwarg = Some(self.param(lambda, Some("var-keyword"))?);
                    self.eat_op(Op::Comma);
                    if !self.at_op(close) {
                        return Err(self.error(
                            self.tok().span,
                            "arguments cannot follow var-keyword argument",
                        ));
                    }
                    break;
                }
                TokenKind::Name(_) => {
                    let param = self.param(lambda, None)?;
                    if star.is_some() {
                        p.kwonly.push(param);
                    } else {
                        let after_default =
                            p.positional.last().is_some_and(|q| q.default.is_some());
                        if param.default.is_none() && after_default {
                            return Err(self.error(
                                param.span,
                                "non-default argument follows default argument",
                            ));
                        }
                        p.positional.push(param);
                    }
                }
                _ => return self.unexpected(),
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(span) = star.filter(|_| p.vararg.is_none() && p.kwonly.is_empty()) {
            return Err(self.error(span, "named arguments must follow bare *"));
        }
        let all = p
            .positional
            .iter()
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        if let Some(dup) = first_duplicate(all.map(|q| (q.name.as_str(), q.span))) {
            let msg = format!("duplicate argument '{}' in function definition", dup.0);
            return Err(self.error(dup.1, msg));
        }
        Ok(p)
    }

    /// One parameter; `star` names the kind of a `*args` or `**kwargs`
    /// parameter, which cannot have a default.
    fn param(&mut self, lambda: bool, star: Option<&str>) -> PResult<Param> {
        let (name, span) = self.name()?;
        let annotation = if !lambda && self.eat_op(Op::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        let mut default = None;
        if self.at_op(Op::Assign) {
            if let Some(star) = star {
                let msg = format!("{star} argument cannot have default value");
                return Err(self.error(self.tok().span, msg));
            }
            self.bump();
            default = Some(self.expression()?);
        }
        Ok(Param {
            name,
            span,
            annotation,
            default,
        })
    }

    // ---- Expressions ----
    //
    // Every nesting level keeps a frame of each function on the path
    // expression -> binary -> factor -> power -> primary -> atom -> a bracket
    // rule, so these stay small: anything not needed while the operands are
    // parsed (building nodes, checking, rare forms) lives in a helper.

    /// `star_expressions`: one or more expressions or `*x`, a tuple if there
    /// is a comma.
    fn star_expressions(&mut self) -> PResult<Expr> {
        let e = self.tuple_of(|p| p.starred_or(Self::expression))?;
        if let ExprKind::Starred(_) = e.kind {
            return Err(self.error(e.span, "can't use starred expression here"));
        }
        Ok(e)
    }

    /// Assignment targets as in `for` and comprehensions, a tuple if there is
    /// a comma. Elements are parsed at `|` level, so `in` ends them.
    fn target_list(&mut self) -> PResult<Expr> {
        let e = self.tuple_of(|p| p.starred_or(Self::bitwise_or))?;
        self.check_target(&e, false)?;
        Ok(e)
    }

    fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(P_BITOR)
    }

    /// One or more `item`s separated by commas; a tuple if there is a comma.
    /// A comma not followed by an expression is a trailing comma.
    fn tuple_of(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let lo = self.lo();
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && self.starts_expr() {
            elts.push(item(self)?);
        }
        Ok(self.mk(lo, ExprKind::Tuple(elts)))
    }

    /// `'*' bitwise_or`, or `item`.
    fn starred_or(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            self.starred()
        } else {
            item(self)
        }
    }

    fn starred(&mut self) -> PResult<Expr> {
        let lo = self.bump().span.lo;
        let value = self.binary(P_BITOR)?;
        Ok(self.mk(lo, ExprKind::Starred(Box::new(value))))
    }

    /// `expression`: a lambda, or a disjunction with an optional
    /// `if ... else ...`.
    fn expression(&mut self) -> PResult<Expr> {
        self.enter(TOO_DEEP)?;
        let e = if self.at_kw(Kw::Lambda) {
            self.lambda()
        } else {
            self.conditional()
        };
        self.depth -= 1;
        e
    }

    fn conditional(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let body = self.binary(P_OR)?;
        if self.at_kw(Kw::If) {
            self.if_exp(lo, body)
        } else {
            Ok(body)
        }
    }

    fn if_exp(&mut self, lo: u32, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.binary(P_OR)?;
        if !self.eat_kw(Kw::Else) {
            return Err(self.error(self.tok().span, "expected 'else' after 'if' expression"));
        }
        let orelse = self.expression()?;
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(self.mk(lo, kind))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let lo = self.bump().span.lo;
        let params = Rc::new(self.params(true)?);
        self.expect_colon()?;
        let body = Box::new(self.expression()?);
        Ok(self.mk(lo, ExprKind::Lambda { params, body }))
    }

    /// Checks the length of a chain under construction (`a+b+c`, `a.b.c`,
    /// `- - x`, `elif`s): each link nests the tree one level deeper without
    /// recursing here.
    fn chain(&self, links: usize, msg: &'static str) -> PResult<()> {
        if self.depth as usize + links > MAX_DEPTH as usize {
            return Err(self.error(self.tok().span, msg));
        }
        Ok(())
    }

    /// The infix operator at the current token, if any, with its binding power.
    fn infix(&self) -> Option<(Infix, u8)> {
        match self.kind() {
            TokenKind::Kw(Kw::Or) => Some((Infix::Bool(BoolOp::Or), P_OR)),
            TokenKind::Kw(Kw::And) => Some((Infix::Bool(BoolOp::And), P_AND)),
            TokenKind::Kw(Kw::In | Kw::Is) => Some((Infix::Cmp, P_CMP)),
            TokenKind::Kw(Kw::Not) => {
                matches!(self.peek(1).kind, TokenKind::Kw(Kw::In)).then_some((Infix::Cmp, P_CMP))
            }
            TokenKind::Op(Op::Lt | Op::Gt | Op::Le | Op::Ge | Op::EqEq | Op::NotEq) => {
                Some((Infix::Cmp, P_CMP))
            }
            TokenKind::Op(op) => bin_op(*op).map(|(op, prec)| (Infix::Bin(op), prec)),
            _ => None,
        }
    }

    /// Consumes a comparison operator (one or two tokens).
    fn cmp_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokenKind::Op(Op::Lt) => CmpOp::Lt,
            TokenKind::Op(Op::Gt) => CmpOp::Gt,
            TokenKind::Op(Op::Le) => CmpOp::Le,
            TokenKind::Op(Op::Ge) => CmpOp::Ge,
            TokenKind::Op(Op::EqEq) => CmpOp::Eq,
            TokenKind::Op(Op::NotEq) => CmpOp::Ne,
            TokenKind::Kw(Kw::In) => CmpOp::In,
            TokenKind::Kw(Kw::Is) if matches!(self.peek(1).kind, TokenKind::Kw(Kw::Not)) => {
                self.bump();
                CmpOp::IsNot
            }
            TokenKind::Kw(Kw::Is) => CmpOp::Is,
            TokenKind::Kw(Kw::Not) if matches!(self.peek(1).kind, TokenKind::Kw(Kw::In)) => {
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// Precedence climbing over the levels from `or` to `*`: parses
    /// operators binding at least as tightly as `min`.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let lo = self.lo();
        let mut left = if min <= P_NOT && self.at_kw(Kw::Not) {
            self.prefixed(not_op, |p| p.binary(P_CMP))
        } else {
            self.factor()
        }?;
        let mut links = 0;
        while let Some((infix, prec)) = self.infix().filter(|&(_, prec)| prec >= min) {
            links += 1;
            self.chain(links, TOO_DEEP)?;
            left = self.infix_rest(lo, left, infix, prec)?;
        }
        Ok(left)
    }

    /// The node for `left` and the operator at the current token: a binary
    /// operation, or a whole chain of `and`, `or` or comparisons.
    fn infix_rest(&mut self, lo: u32, left: Expr, infix: Infix, prec: u8) -> PResult<Expr> {
        let kind = match infix {
            Infix::Bin(op) => {
                self.bump();
                let right = self.binary(prec + 1)?;
                ExprKind::BinOp {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                }
            }
            Infix::Bool(op) => {
                let mut values = vec![left];
                while self.infix().is_some_and(|(i, _)| i == infix) {
                    self.bump();
                    values.push(self.binary(prec + 1)?);
                }
                ExprKind::BoolOp { op, values }
            }
            Infix::Cmp => {
                let mut ops = Vec::new();
                while let Some(op) = self.cmp_op() {
                    ops.push((op, self.binary(prec + 1)?));
                }
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                }
            }
        };
        Ok(self.mk(lo, kind))
    }

    /// A run of prefix operators (`- - x`, `not not x`) and its operand; a
    /// loop, so that long runs need no stack.
    fn prefixed(
        &mut self,
        op_at: fn(&TokenKind) -> Option<UnaryOp>,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let mut ops = Vec::new();
        while let Some(op) = op_at(self.kind()) {
            ops.push((op, self.bump().span.lo));
        }
        self.chain(ops.len(), TOO_DEEP)?;
        let mut e = operand(self)?;
        for (op, lo) in ops.into_iter().rev() {
            let operand = Box::new(e);
            e = self.mk(lo, ExprKind::Unary { op, operand });
        }
        Ok(e)
    }

    /// `factor`: unary `-`, `+`, `~`, then `power`.
    fn factor(&mut self) -> PResult<Expr> {
        if unary_op(self.kind()).is_some() {
            self.prefixed(unary_op, Self::power)
        } else {
            self.power()
        }
    }

    /// `power`: a primary, then `** factor`, so `-2**2` is `-(2**2)` and
    /// `2**-1` works.
    fn power(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let base = self.primary()?;
        if self.at_op(Op::DoubleStar) {
            self.exponent(lo, base)
        } else {
            Ok(base)
        }
    }

    fn exponent(&mut self, lo: u32, base: Expr) -> PResult<Expr> {
        self.bump();
        self.enter(TOO_DEEP)?;
        let exp = self.factor();
        self.depth -= 1;
        let kind = ExprKind::BinOp {
            op: BinOp::Pow,
            left: Box::new(base),
            right: Box::new(exp?),
        };
        Ok(self.mk(lo, kind))
    }

    /// An atom followed by attributes, calls and subscripts.
    fn primary(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let atom = self.atom()?;
        self.trailers(lo, atom)
    }

    fn trailers(&mut self, lo: u32, mut e: Expr) -> PResult<Expr> {
        let mut links = 0;
        loop {
            let trailer: fn(&mut Self, u32, Expr) -> PResult<Expr> = match self.kind() {
                TokenKind::Op(Op::Dot) => Self::attribute,
                TokenKind::Op(Op::LParen) => Self::call,
                TokenKind::Op(Op::LBracket) => Self::subscript,
                _ => return Ok(e),
            };
            e = trailer(self, lo, e)?;
            links += 1;
            self.chain(links, TOO_DEEP)?;
        }
    }

    fn attribute(&mut self, lo: u32, value: Expr) -> PResult<Expr> {
        self.bump();
        let (attr, attr_span) = self.name()?;
        let kind = ExprKind::Attribute {
            value: Box::new(value),
            attr,
            attr_span,
        };
        Ok(self.mk(lo, kind))
    }

    fn call(&mut self, lo: u32, func: Expr) -> PResult<Expr> {
        let (args, keywords) = self.call_args()?;
        let kind = ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        };
        Ok(self.mk(lo, kind))
    }

    /// The arguments of a call or a class definition, `(` through `)`.
    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let lo = self.bump().span.lo;
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        let mut last_lo = self.lo();
        while !self.at_op(Op::RParen) {
            last_lo = self.lo();
            if self.call_arg(&mut args, &mut keywords)? {
                return self.sole_generator(lo, args, keywords);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.close(Op::RParen, last_lo)?;
        let names = keywords
            .iter()
            .filter(|k| k.name != "**")
            .map(|k| (k.name.as_str(), k.name_span));
        if let Some((name, span)) = first_duplicate(names) {
            return Err(self.error(span, format!("keyword argument repeated: {name}")));
        }
        Ok((args, keywords))
    }

    /// One argument, pushed to `args` or `keywords`. Returns whether it is
    /// the element of a generator expression (whose `for` is next).
    fn call_arg(&mut self, args: &mut Vec<Expr>, keywords: &mut Vec<Keyword>) -> PResult<bool> {
        if self.at_op(Op::DoubleStar) {
            // `**d`: a keyword named `**`, spread by typing.
            let name_span = self.tok().span;
            self.bump();
            let value = self.expression()?;
            keywords.push(Keyword {
                name: "**".into(),
                name_span,
                value,
            });
            return Ok(false);
        }
        if let (TokenKind::Name(_), TokenKind::Op(Op::Assign)) = (self.kind(), &self.peek(1).kind) {
            keywords.push(self.keyword_arg()?);
            return Ok(false);
        }
        let e = self.starred_or(Self::expression)?;
        let generator = self.at_kw(Kw::For);
        if !generator {
            self.check_positional_arg(&e, keywords)?;
        }
        args.push(e);
        Ok(generator)
    }

    fn keyword_arg(&mut self) -> PResult<Keyword> {
        let (name, name_span) = self.name()?;
        self.bump();
        let value = self.expression()?;
        Ok(Keyword {
            name,
            name_span,
            value,
        })
    }

    fn check_positional_arg(&self, e: &Expr, keywords: &[Keyword]) -> PResult<()> {
        if self.at_op(Op::Assign) {
            return Err(self.error(
                e.span.to(self.tok().span),
                "expression cannot contain assignment, perhaps you meant \"==\"?",
            ));
        }
        if !keywords.is_empty() && !matches!(e.kind, ExprKind::Starred(_)) {
            return Err(self.error(e.span, "positional argument follows keyword argument"));
        }
        Ok(())
    }

    /// `f(x for x in y)`: the generator, whose element is the last of `args`,
    /// must be the only argument. It spans the call's parentheses.
    fn sole_generator(
        &mut self,
        lo: u32,
        mut args: Vec<Expr>,
        keywords: Vec<Keyword>,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let sole = args.len() == 1 && keywords.is_empty();
        let Some(elt) = args.pop() else {
            return self.unexpected();
        };
        let generators = self.comprehension(&elt)?;
        if !sole || !self.at_op(Op::RParen) {
            let span = Span::new(elt.span.lo, self.prev_hi);
            return Err(self.error(span, "Generator expression must be parenthesized"));
        }
        self.bump();
        let elt = Box::new(elt);
        let generator = self.mk(lo, ExprKind::GeneratorExp { elt, generators });
        Ok((vec![generator], keywords))
    }

    /// `value[index]`, where the index is an expression, a slice, or a tuple
    /// of them.
    fn subscript(&mut self, lo: u32, value: Expr) -> PResult<Expr> {
        let index = self.index()?;
        let kind = ExprKind::Subscript {
            value: Box::new(value),
            index: Box::new(index),
        };
        Ok(self.mk(lo, kind))
    }

    /// `[index]`.
    fn index(&mut self) -> PResult<Expr> {
        self.bump();
        let index_lo = self.lo();
        let first = self.slice_item()?;
        let mut last_lo = first.span.lo;
        let index = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) && !self.at_op(Op::RBracket) {
                last_lo = self.lo();
                elts.push(self.slice_item()?);
            }
            self.mk(index_lo, ExprKind::Tuple(elts))
        } else {
            first
        };
        self.close(Op::RBracket, last_lo)?;
        Ok(index)
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred();
        }
        let lo = self.lo();
        let mut lower = None;
        if !self.at_op(Op::Colon) {
            let e = self.expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            lower = Some(Box::new(e));
        }
        self.bump();
        let upper = self.slice_bound()?;
        let step = if self.eat_op(Op::Colon) {
            self.slice_bound()?
        } else {
            None
        };
        Ok(self.mk(lo, ExprKind::Slice { lower, upper, step }))
    }

    fn slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(
            self.kind(),
            TokenKind::Op(Op::Colon | Op::Comma | Op::RBracket)
        ) {
            return Ok(None);
        }
        Ok(Some(Box::new(self.expression()?)))
    }

    /// `for target in iter (if cond)*` clauses after the element `elt`.
    fn comprehension(&mut self, elt: &Expr) -> PResult<Vec<Comprehension>> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error(
                elt.span,
                "iterable unpacking cannot be used in comprehension",
            ));
        }
        let mut generators = Vec::new();
        while self.eat_kw(Kw::For) {
            let target = self.target_list()?;
            if !self.eat_kw(Kw::In) {
                return Err(self.error(self.tok().span, "expected 'in'"));
            }
            let iter = self.binary(P_OR)?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.binary(P_OR)?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        Ok(generators)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let kind = match self.kind() {
            TokenKind::Name(_) => return self.name_expr(),
            TokenKind::Str(_) | TokenKind::Bytes(_) | TokenKind::FStr(_) => return self.strings(),
            TokenKind::Op(Op::LParen) => return self.paren(),
            TokenKind::Op(Op::LBracket) => return self.list(),
            TokenKind::Op(Op::LBrace) => return self.dict_or_set(),
            &TokenKind::Int(v) => ExprKind::Int(v),
            &TokenKind::Float(v) => ExprKind::Float(v),
            &TokenKind::Imag(v) => ExprKind::Imag(v),
            TokenKind::Kw(Kw::True) => ExprKind::Bool(true),
            TokenKind::Kw(Kw::False) => ExprKind::Bool(false),
            TokenKind::Kw(Kw::None) => ExprKind::None,
            TokenKind::Op(Op::Ellipsis) => ExprKind::Ellipsis,
            _ => return self.unexpected(),
        };
        let lo = self.bump().span.lo;
        Ok(self.mk(lo, kind))
    }

    fn name_expr(&mut self) -> PResult<Expr> {
        let (name, span) = self.name()?;
        Ok(self.mk(span.lo, ExprKind::Name(name)))
    }

    /// `(...)`: a parenthesized expression, a tuple, or a generator.
    fn paren(&mut self) -> PResult<Expr> {
        let lo = self.bump().span.lo;
        if self.eat_op(Op::RParen) {
            return Ok(self.mk(lo, ExprKind::Tuple(Vec::new())));
        }
        let first = self.starred_or(Self::expression)?;
        self.paren_rest(lo, first)
    }

    fn paren_rest(&mut self, lo: u32, first: Expr) -> PResult<Expr> {
        if self.at_kw(Kw::For) {
            let generators = self.comprehension(&first)?;
            self.close(Op::RParen, first.span.lo)?;
            let elt = Box::new(first);
            return Ok(self.mk(lo, ExprKind::GeneratorExp { elt, generators }));
        }
        if self.at_op(Op::Comma) {
            let elts = self.rest_of_display(first, Op::RParen)?;
            return Ok(self.mk(lo, ExprKind::Tuple(elts)));
        }
        self.close(Op::RParen, first.span.lo)?;
        if let ExprKind::Starred(_) = first.kind {
            return Err(self.error(first.span, "cannot use starred expression here"));
        }
        Ok(first)
    }

    /// `[...]`: a list or a list comprehension.
    fn list(&mut self) -> PResult<Expr> {
        let lo = self.bump().span.lo;
        if self.eat_op(Op::RBracket) {
            return Ok(self.mk(lo, ExprKind::List(Vec::new())));
        }
        let first = self.starred_or(Self::expression)?;
        self.list_rest(lo, first)
    }

    fn list_rest(&mut self, lo: u32, first: Expr) -> PResult<Expr> {
        if self.at_kw(Kw::For) {
            let generators = self.comprehension(&first)?;
            self.close(Op::RBracket, first.span.lo)?;
            let elt = Box::new(first);
            return Ok(self.mk(lo, ExprKind::ListComp { elt, generators }));
        }
        let elts = self.rest_of_display(first, Op::RBracket)?;
        Ok(self.mk(lo, ExprKind::List(elts)))
    }

    /// `{...}`: a dict or a set.
    fn dict_or_set(&mut self) -> PResult<Expr> {
        let lo = self.bump().span.lo;
        if self.eat_op(Op::RBrace) {
            return Ok(self.mk(lo, ExprKind::Dict(Vec::new())));
        }
        self.no_dict_unpacking()?;
        let first = self.starred_or(Self::expression)?;
        if self.at_op(Op::Colon) {
            self.dict_rest(lo, first)
        } else {
            self.set_rest(lo, first)
        }
    }

    fn set_rest(&mut self, lo: u32, first: Expr) -> PResult<Expr> {
        if self.at_kw(Kw::For) {
            let generators = self.comprehension(&first)?;
            self.close(Op::RBrace, first.span.lo)?;
            return Ok(self.built_from_comp(lo, "set", first, generators));
        }
        let elts = self.rest_of_display(first, Op::RBrace)?;
        Ok(self.mk(lo, ExprKind::Set(elts)))
    }

    fn dict_rest(&mut self, lo: u32, first: Expr) -> PResult<Expr> {
        if let ExprKind::Starred(_) = first.kind {
            let msg = "cannot use a starred expression in a dictionary key";
            return Err(self.error(first.span, msg));
        }
        self.bump();
        let value = self.expression()?;
        if self.at_kw(Kw::For) {
            let span = first.span.to(value.span);
            let pair = Expr {
                id: self.next_id,
                span,
                kind: ExprKind::Tuple(vec![first, value]),
            };
            self.next_id += 1;
            let generators = self.comprehension(&pair)?;
            self.close(Op::RBrace, span.lo)?;
            return Ok(self.built_from_comp(lo, "dict", pair, generators));
        }
        let mut last_lo = first.span.lo;
        let mut pairs = vec![(first, value)];
        while self.eat_op(Op::Comma) && !self.at_op(Op::RBrace) {
            self.no_dict_unpacking()?;
            last_lo = self.lo();
            let key = self.expression()?;
            if !self.eat_op(Op::Colon) {
                return Err(self.error(self.tok().span, "':' expected after dictionary key"));
            }
            pairs.push((key, self.expression()?));
        }
        self.close(Op::RBrace, last_lo)?;
        Ok(self.mk(lo, ExprKind::Dict(pairs)))
    }

    /// `{e for ...}` as `set([e for ...])` and `{k: v for ...}` as
    /// `dict([(k, v) for ...])`: the same elements in the same order, and
    /// the comprehension's variables in their own scope.
    fn built_from_comp(
        &mut self,
        lo: u32,
        ctor: &str,
        elt: Expr,
        generators: Vec<Comprehension>,
    ) -> Expr {
        let comp = self.mk(
            lo,
            ExprKind::ListComp {
                elt: Box::new(elt),
                generators,
            },
        );
        let func = self.mk(lo, ExprKind::Name(ctor.to_string()));
        self.mk(
            lo,
            ExprKind::Call {
                func: Box::new(func),
                args: vec![comp],
                keywords: Vec::new(),
            },
        )
    }

    fn no_dict_unpacking(&self) -> PResult<()> {
        if self.at_op(Op::DoubleStar) {
            return Err(self.unsupported(self.tok().span, "dict unpacking ('**') is"));
        }
        Ok(())
    }

    /// The elements of a display after its first, through `close`.
    fn rest_of_display(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut last_lo = first.span.lo;
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(close) {
            last_lo = self.lo();
            elts.push(self.starred_or(Self::expression)?);
        }
        self.close(close, last_lo)?;
        Ok(elts)
    }

    /// Adjacent string literals, concatenated. Plain strings and f-strings
    /// mix; bytes mix only with bytes.
    fn strings(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let bytes = matches!(self.kind(), TokenKind::Bytes(_));
        let mut data = Vec::new();
        let mut text = String::new();
        let mut parts = Vec::new();
        let mut fstring = false;
        loop {
            let t = match self.kind() {
                TokenKind::Bytes(_) if bytes => self.bump(),
                TokenKind::Str(_) | TokenKind::FStr(_) if !bytes => self.bump(),
                TokenKind::Str(_) | TokenKind::Bytes(_) | TokenKind::FStr(_) => {
                    return Err(
                        self.error(self.tok().span, "cannot mix bytes and nonbytes literals")
                    )
                }
                _ => break,
            };
            match t.kind {
                TokenKind::Bytes(b) => data.extend(b),
                TokenKind::Str(s) => text.push_str(&s),
                TokenKind::FStr(segs) => {
                    fstring = true;
                    self.fparts(segs, &mut text, &mut parts)?;
                }
                _ => {}
            }
        }
        let kind = if bytes {
            ExprKind::Bytes(data)
        } else if fstring {
            if !text.is_empty() {
                parts.push(FPart::Lit(text));
            }
            ExprKind::FString(parts)
        } else {
            ExprKind::Str(text)
        };
        Ok(self.mk(lo, kind))
    }

    /// Appends f-string segments to `out`, gathering adjacent literal text
    /// in `text`.
    fn fparts(&mut self, segs: Vec<FSeg>, text: &mut String, out: &mut Vec<FPart>) -> PResult<()> {
        for seg in segs {
            match seg {
                FSeg::Lit(s) => text.push_str(&s),
                FSeg::Field {
                    expr,
                    debug_text,
                    conversion,
                    spec,
                } => {
                    if !text.is_empty() {
                        out.push(FPart::Lit(std::mem::take(text)));
                    }
                    let value = Box::new(self.field(expr)?);
                    let mut spec_text = String::new();
                    let mut spec_parts = Vec::new();
                    self.fparts(spec, &mut spec_text, &mut spec_parts)?;
                    if !spec_text.is_empty() {
                        spec_parts.push(FPart::Lit(spec_text));
                    }
                    out.push(FPart::Field {
                        value,
                        conversion,
                        spec: spec_parts,
                        debug_text,
                    });
                }
            }
        }
        Ok(())
    }

    /// Parses the expression of an f-string field from its own tokens. As
    /// in CPython it reads like a parenthesized expression: `f"{a, b}"` is a
    /// tuple.
    fn field(&mut self, span: Span) -> PResult<Expr> {
        let mut toks = lex::tokenize_field(self.file, span)?;
        let eof = toks.pop().unwrap_or(Token {
            kind: TokenKind::EndMarker,
            span: Span::new(span.hi, span.hi),
        });
        toks.reverse();
        let outer_toks = std::mem::replace(&mut self.toks, toks);
        let outer_eof = std::mem::replace(&mut self.eof, eof);
        let outer_hi = self.prev_hi;
        let e = self.star_expressions().and_then(|e| match self.kind() {
            TokenKind::EndMarker => Ok(e),
            _ => self.unexpected(),
        });
        (self.toks, self.eof, self.prev_hi) = (outer_toks, outer_eof, outer_hi);
        e
    }
}

/// The address of a local: how far the stack has grown.
fn stack_pos() -> usize {
    let marker = 0u8;
    std::ptr::from_ref(std::hint::black_box(&marker)) as usize
}

/// The first name that occurs twice, with the span of its second occurrence.
fn first_duplicate<'n>(names: impl Iterator<Item = (&'n str, Span)>) -> Option<(&'n str, Span)> {
    let mut seen = std::collections::HashSet::new();
    names.into_iter().find(|&(name, _)| !seen.insert(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the tree as S-expressions, collecting expression ids.
    #[derive(Default)]
    struct Render {
        ids: Vec<ExprId>,
    }

    impl Render {
        fn expr(&mut self, e: &Expr) -> String {
            self.ids.push(e.id);
            match &e.kind {
                ExprKind::Name(n) => n.clone(),
                ExprKind::Int(v) => v.to_string(),
                ExprKind::Float(v) => format!("{v:?}"),
                ExprKind::Imag(v) => format!("{v:?}j"),
                ExprKind::Str(s) => format!("{s:?}"),
                ExprKind::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
                ExprKind::FString(parts) => format!("(f{})", self.fparts(parts)),
                ExprKind::Bool(b) => if *b { "True" } else { "False" }.into(),
                ExprKind::None => "None".into(),
                ExprKind::Ellipsis => "...".into(),
                ExprKind::BinOp { op, left, right } => {
                    format!("({} {} {})", op.symbol(), self.expr(left), self.expr(right))
                }
                ExprKind::Unary { op, operand } => {
                    let op = match op {
                        UnaryOp::Neg => "neg",
                        UnaryOp::Pos => "pos",
                        UnaryOp::Not => "not",
                        UnaryOp::Invert => "~",
                    };
                    format!("({op} {})", self.expr(operand))
                }
                ExprKind::BoolOp { op, values } => {
                    let op = if *op == BoolOp::And { "and" } else { "or" };
                    format!("({op}{})", self.list(values))
                }
                ExprKind::Compare { left, ops } => {
                    let mut s = format!("(cmp {}", self.expr(left));
                    for (op, e) in ops {
                        s += &format!(" {} {}", op.symbol(), self.expr(e));
                    }
                    s + ")"
                }
                ExprKind::IfExp { test, body, orelse } => format!(
                    "(if {} {} {})",
                    self.expr(test),
                    self.expr(body),
                    self.expr(orelse)
                ),
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } => {
                    let mut s = format!("(call {}{}", self.expr(func), self.list(args));
                    for k in keywords {
                        s += &format!(" (kw {} {})", k.name, self.expr(&k.value));
                    }
                    s + ")"
                }
                ExprKind::Attribute { value, attr, .. } => {
                    format!("(. {} {attr})", self.expr(value))
                }
                ExprKind::Subscript { value, index } => {
                    format!("([] {} {})", self.expr(value), self.expr(index))
                }
                ExprKind::Slice { lower, upper, step } => {
                    let mut part = |e: &Option<Box<Expr>>| match e {
                        Some(e) => self.expr(e),
                        None => "_".into(),
                    };
                    format!("(slice {} {} {})", part(lower), part(upper), part(step))
                }
                ExprKind::Starred(v) => format!("(* {})", self.expr(v)),
                ExprKind::Tuple(elts) => format!("(tuple{})", self.list(elts)),
                ExprKind::List(elts) => format!("(list{})", self.list(elts)),
                ExprKind::Set(elts) => format!("(set{})", self.list(elts)),
                ExprKind::Dict(pairs) => {
                    let mut s = "(dict".to_string();
                    for (k, v) in pairs {
                        s += &format!(" ({} {})", self.expr(k), self.expr(v));
                    }
                    s + ")"
                }
                ExprKind::ListComp { elt, generators } => {
                    format!("(listcomp {}{})", self.expr(elt), self.comps(generators))
                }
                ExprKind::GeneratorExp { elt, generators } => {
                    format!("(genexp {}{})", self.expr(elt), self.comps(generators))
                }
                ExprKind::Lambda { params, body } => {
                    format!("(lambda {} {})", self.params(params), self.expr(body))
                }
            }
        }

        fn list(&mut self, es: &[Expr]) -> String {
            es.iter().map(|e| format!(" {}", self.expr(e))).collect()
        }

        fn fparts(&mut self, parts: &[FPart]) -> String {
            let mut s = String::new();
            for p in parts {
                match p {
                    FPart::Lit(t) => s += &format!(" {t:?}"),
                    FPart::Field {
                        value,
                        conversion,
                        spec,
                        debug_text,
                    } => {
                        s += &format!(" {{{}", self.expr(value));
                        if let Some(c) = conversion {
                            s += &format!(" !{c}");
                        }
                        if !spec.is_empty() {
                            s += &format!(" :{}", self.fparts(spec));
                        }
                        if let Some(d) = debug_text {
                            s += &format!(" ={d:?}");
                        }
                        s += "}";
                    }
                }
            }
            s
        }

        fn comps(&mut self, gens: &[Comprehension]) -> String {
            let mut s = String::new();
            for g in gens {
                s += &format!(" (for {} {}", self.expr(&g.target), self.expr(&g.iter));
                for c in &g.ifs {
                    s += &format!(" (if {})", self.expr(c));
                }
                s += ")";
            }
            s
        }

        fn param(&mut self, p: &Param) -> String {
            let mut s = p.name.clone();
            if let Some(a) = &p.annotation {
                s += &format!(":{}", self.expr(a));
            }
            if let Some(d) = &p.default {
                s += &format!("={}", self.expr(d));
            }
            s
        }

        fn params(&mut self, p: &Params) -> String {
            let mut out: Vec<String> = p.positional.iter().map(|q| self.param(q)).collect();
            match &p.vararg {
                Some(v) => out.push(format!("*{}", self.param(v))),
                None if !p.kwonly.is_empty() => out.push("*".into()),
                None => {}
            }
            out.extend(p.kwonly.iter().map(|q| self.param(q)));
            if let Some(k) = &p.kwarg {
                out.push(format!("**{}", self.param(k)));
            }
            format!("({})", out.join(" "))
        }

        fn block(&mut self, body: &[Stmt]) -> String {
            let stmts: Vec<String> = body.iter().map(|s| self.stmt(s)).collect();
            format!("{{{}}}", stmts.join("; "))
        }

        fn opt(&mut self, e: &Option<Expr>) -> String {
            e.as_ref()
                .map_or(String::new(), |e| format!(" {}", self.expr(e)))
        }

        fn stmt(&mut self, s: &Stmt) -> String {
            match &s.kind {
                StmtKind::Expr(e) => self.expr(e),
                StmtKind::Assign { targets, value } => {
                    format!("(={} {})", self.list(targets), self.expr(value))
                }
                StmtKind::AugAssign { target, op, value } => {
                    format!(
                        "({}= {} {})",
                        op.symbol(),
                        self.expr(target),
                        self.expr(value)
                    )
                }
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                } => format!(
                    "(: {} {}{})",
                    self.expr(target),
                    self.expr(annotation),
                    self.opt(value)
                ),
                StmtKind::If { test, body, orelse } => format!(
                    "(if {} {} {})",
                    self.expr(test),
                    self.block(body),
                    self.block(orelse)
                ),
                StmtKind::While { test, body, orelse } => format!(
                    "(while {} {} {})",
                    self.expr(test),
                    self.block(body),
                    self.block(orelse)
                ),
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                } => format!(
                    "(for {} {} {} {})",
                    self.expr(target),
                    self.expr(iter),
                    self.block(body),
                    self.block(orelse)
                ),
                StmtKind::Break => "break".into(),
                StmtKind::Continue => "continue".into(),
                StmtKind::Pass => "pass".into(),
                StmtKind::Return(v) => format!("(return{})", self.opt(v)),
                StmtKind::Yield(v) => format!("(yield{})", self.opt(v)),
                StmtKind::Assert { test, msg } => {
                    format!("(assert {}{})", self.expr(test), self.opt(msg))
                }
                StmtKind::Raise { exc, cause } => {
                    let cause = cause
                        .as_ref()
                        .map_or(String::new(), |c| format!(" from {}", self.expr(c)));
                    format!("(raise{}{cause})", self.opt(exc))
                }
                StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                    let kw = if matches!(s.kind, StmtKind::Global(_)) {
                        "global"
                    } else {
                        "nonlocal"
                    };
                    let names: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
                    format!("({kw} {})", names.join(" "))
                }
                StmtKind::Del(targets) => format!("(del{})", self.list(targets)),
                StmtKind::Import(names) => format!("(import{})", aliases(names)),
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                } => format!(
                    "(from {level} {}{})",
                    module.as_deref().unwrap_or("_"),
                    aliases(names)
                ),
                StmtKind::FunctionDef(f) => {
                    let mut s = format!("(def {} {}", f.name, self.params(&f.params));
                    if let Some(r) = &f.returns {
                        s += &format!(" -> {}", self.expr(r));
                    }
                    for d in &f.decorators {
                        s += &format!(" @{}", self.expr(d));
                    }
                    s + &format!(" {})", self.block(&f.body))
                }
                StmtKind::ClassDef(c) => {
                    let mut s = format!("(class {}{}", c.name, self.list(&c.bases));
                    for k in &c.keywords {
                        s += &format!(" (kw {} {})", k.name, self.expr(&k.value));
                    }
                    for d in &c.decorators {
                        s += &format!(" @{}", self.expr(d));
                    }
                    s + &format!(" {})", self.block(&c.body))
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    let mut s = format!("(try {}", self.block(body));
                    for h in handlers {
                        let name = h
                            .name
                            .as_deref()
                            .map_or(String::new(), |n| format!(" as {n}"));
                        s += &format!(
                            " (except{}{name} {})",
                            self.opt(&h.typ),
                            self.block(&h.body)
                        );
                    }
                    s + &format!(" {} {})", self.block(orelse), self.block(finalbody))
                }
                StmtKind::With { items, body } => {
                    let mut s = "(with".to_string();
                    for item in items {
                        s += &format!(" ({}{})", self.expr(&item.context), self.opt(&item.target));
                    }
                    s + &format!(" {})", self.block(body))
                }
            }
        }
    }

    fn aliases(names: &[Alias]) -> String {
        names
            .iter()
            .map(|a| match &a.asname {
                Some(n) => format!(" ({} {n})", a.name),
                None => format!(" {}", a.name),
            })
            .collect()
    }

    fn parse_str(src: &str) -> Result<Module, Diag> {
        parse(&SourceFile::new("t.py", src))
    }

    /// Parses `src` and renders its statements, one per line, checking that
    /// the expression ids are exactly 0..expr_count.
    fn p(src: &str) -> String {
        let m = parse_str(src).unwrap_or_else(|d| panic!("{src:?}: {d}"));
        let mut r = Render::default();
        let out: Vec<String> = m.body.iter().map(|s| r.stmt(s)).collect();
        r.ids.sort_unstable();
        assert!(
            r.ids.iter().copied().eq(0..m.expr_count),
            "ids of {src:?}: {:?}",
            r.ids
        );
        out.join("\n")
    }

    /// The error for `src`: kind, message, line and column.
    fn err(src: &str) -> (String, String, u32, u32) {
        let d = match parse_str(src) {
            Ok(m) => panic!("{src:?} parsed: {m:?}"),
            Err(d) => d,
        };
        let loc = d.loc.expect("located");
        let (line, col) = loc.file.line_col(loc.span.lo);
        (d.kind.to_string(), d.msg, line, col)
    }

    #[test]
    fn precedence() {
        for (src, want) in [
            ("-2**2", "(neg (** 2 2))"),
            ("2**-1", "(** 2 (neg 1))"),
            ("2**3**4", "(** 2 (** 3 4))"),
            ("-a.b(c)[d]**e", "(neg (** ([] (call (. a b) c) d) e))"),
            ("~-+x", "(~ (neg (pos x)))"),
            ("a if b else c or d", "(if b a (or c d))"),
            (
                "a or b if c else d if e else f",
                "(if c (or a b) (if e d f))",
            ),
            ("not a == b", "(not (cmp a == b))"),
            ("not not a", "(not (not a))"),
            ("a or b and not c", "(or a (and b (not c)))"),
            ("a and b and c or d or e", "(or (and a b c) d e)"),
            ("(a or b) or c", "(or (or a b) c)"),
            ("a < b <= c", "(cmp a < b <= c)"),
            (
                "a not in b is not c in d is e",
                "(cmp a not in b is not c in d is e)",
            ),
            ("a > b >= c != d == e", "(cmp a > b >= c != d == e)"),
            (
                "a == b | c ^ d & e << f + g * h",
                "(cmp a == (| b (^ c (& d (<< e (+ f (* g h)))))))",
            ),
            ("a - b - c", "(- (- a b) c)"),
            ("a * b / c // d % e @ f", "(@ (% (// (/ (* a b) c) d) e) f)"),
            ("a >> b << c", "(<< (>> a b) c)"),
            ("-x + -y * z", "(+ (neg x) (* (neg y) z))"),
            ("lambda: a if b else c", "(lambda () (if b a c))"),
            ("x if y else lambda: z", "(if y x (lambda () z))"),
            ("lambda a, *b, c=1, **d: a", "(lambda (a *b c=1 **d) a)"),
            ("lambda *, k: k", "(lambda (* k) k)"),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
    }

    #[test]
    fn atoms() {
        for (src, want) in [
            ("x, 12, 1.5, 2j", "(tuple x 12 1.5 2.0j)"),
            ("True, False, None, ...", "(tuple True False None ...)"),
            ("'a' \"b\" '''c'''", r#""abc""#),
            ("b'a' rb'\\x00'", r#"b"a\\x00""#),
            ("'a' f'{x}' 'b' f'c'", r#"(f "a" {x} "bc")"#),
            ("f'{x!r:>{w}}' f''", r#"(f {x !r : ">" {w}})"#),
            ("f'{x=}'", r#"(f {x !r ="x="})"#),
            ("f'{x = :5}'", r#"(f {x : "5" ="x = "})"#),
            ("f'{a, b}'", "(f {(tuple a b)})"),
            ("f'''{f\"{x}\"}'''", "(f {(f {x})})"),
            ("()", "(tuple)"),
            ("(x,)", "(tuple x)"),
            ("(x)", "x"),
            ("(x, *y)", "(tuple x (* y))"),
            ("[]", "(list)"),
            ("[1, *a,]", "(list 1 (* a))"),
            ("{}", "(dict)"),
            ("{1: 2, 'a': b,}", r#"(dict (1 2) ("a" b))"#),
            ("{1, *a}", "(set 1 (* a))"),
            (
                "[x*y for x in a if x for y in b if y if z]",
                "(listcomp (* x y) (for x a (if x)) (for y b (if y) (if z)))",
            ),
            ("(x for x, in a)", "(genexp x (for (tuple x) a))"),
            (
                "[a for (b, c) in d if e or f]",
                "(listcomp a (for (tuple b c) d (if (or e f))))",
            ),
            (
                "[lambda: x for x in y]",
                "(listcomp (lambda () x) (for x y))",
            ),
            (
                "[a if b else c for d in e]",
                "(listcomp (if b a c) (for d e))",
            ),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
    }

    #[test]
    fn calls_attributes_subscripts() {
        for (src, want) in [
            ("f()", "(call f)"),
            ("f(a, *b, c=1, *d)", "(call f a (* b) (* d) (kw c 1))"),
            ("f(a,)", "(call f a)"),
            ("sum(x for x in y)", "(call sum (genexp x (for x y)))"),
            ("f(a)[b].c(d=e)", "(call (. ([] (call f a) b) c) (kw d e))"),
            ("a.b.c", "(. (. a b) c)"),
            ("a[1:2, ::3]", "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"),
            ("a[i, j]", "([] a (tuple i j))"),
            ("a[i,]", "([] a (tuple i))"),
            ("a[()]", "([] a (tuple))"),
            ("a[:]", "([] a (slice _ _ _))"),
            ("a[::]", "([] a (slice _ _ _))"),
            ("a[1:]", "([] a (slice 1 _ _))"),
            ("a[:-1, ...]", "([] a (tuple (slice _ (neg 1) _) ...))"),
            ("a[*b]", "([] a (* b))"),
            ("a[b:c:d]", "([] a (slice b c d))"),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
    }

    #[test]
    fn assignments() {
        for (src, want) in [
            ("a = b = 1", "(= a b 1)"),
            ("a, b = b, a", "(= (tuple a b) (tuple b a))"),
            ("[a, (b, c)] = x", "(= (list a (tuple b c)) x)"),
            ("a.b[c] = d = e,", "(= ([] (. a b) c) d (tuple e))"),
            ("() = []", "(= (tuple) (list))"),
            ("x: int = 1", "(: x int 1)"),
            ("x.y: 'T'", r#"(: (. x y) "T")"#),
            ("x[0]: int = 1, 2", "(: ([] x 0) int (tuple 1 2))"),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
        for op in [
            "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^",
        ] {
            assert_eq!(
                p(&format!("x.y {op}= 1, 2")),
                format!("({op}= (. x y) (tuple 1 2))")
            );
        }
    }

    #[test]
    fn simple_statements() {
        for (src, want) in [
            ("pass; x; y = 1;", "pass\nx\n(= y 1)"),
            (
                "def f():\n  return\n  return 1, *a",
                "(def f () {(return); (return (tuple 1 (* a)))})",
            ),
            ("assert x", "(assert x)"),
            ("assert x, 'm'", r#"(assert x "m")"#),
            ("raise", "(raise)"),
            ("raise E(1) from e", "(raise (call E 1) from e)"),
            ("global a, b", "(global a b)"),
            ("def f():\n  nonlocal a", "(def f () {(nonlocal a)})"),
            ("del a, b[0], c.d,", "(del a ([] b 0) (. c d))"),
            ("del (a, [b])", "(del (tuple a (list b)))"),
            ("import a.b as c, d", "(import (a.b c) d)"),
            ("from ..x.y import (a as b, c,)", "(from 2 x.y (a b) c)"),
            ("from x import a, b as c", "(from 0 x a (b c))"),
            ("from . import q", "(from 1 _ q)"),
            ("from .... import q", "(from 4 _ q)"),
            ("match = 1", "(= match 1)"),
            ("match(x)", "(call match x)"),
            ("match[x]: int", "(: ([] match x) int)"),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
    }

    #[test]
    fn compound_statements() {
        for (src, want) in [
            (
                "if a: x = 1\nelif b: x = 2\nelif c:\n  x = 3\nelse: x = 4\n",
                "(if a {(= x 1)} {(if b {(= x 2)} {(if c {(= x 3)} {(= x 4)})})})",
            ),
            (
                "while x:\n  if y: break\n  continue\nelse:\n  pass\n",
                "(while x {(if y {break} {}); continue} {pass})",
            ),
            (
                "for i, x in enumerate(a): pass\nelse: y\n",
                "(for (tuple i x) (call enumerate a) {pass} {y})",
            ),
            ("for x, in *a, b: pass", "(for (tuple x) (tuple (* a) b) {pass} {})"),
            (
                "try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n",
                "(try {a} (except E as e {b}) (except (tuple F G) {c}) (except {d}) {e} {f})",
            ),
            ("try: a\nfinally: b\n", "(try {a} {} {b})"),
            ("with a as b, c: pass", "(with (a b) (c) {pass})"),
            ("with (a as b, c,): pass", "(with (a b) (c) {pass})"),
            ("with (a, b) as (c, d): pass", "(with ((tuple a b) (tuple c d)) {pass})"),
            ("with (a)(b): pass", "(with ((call a b)) {pass})"),
            ("class A: pass", "(class A {pass})"),
            (
                "@d1\n@d2.e(f)\nclass A(B, *C, metaclass=M):\n  x = 1\n",
                "(class A B (* C) (kw metaclass M) @d1 @(call (. d2 e) f) {(= x 1)})",
            ),
            (
                "def f(a, b=1, *args, c, d=2, **kw) -> int:\n  '''doc'''\n  return a\n",
                r#"(def f (a b=1 *args c d=2 **kw) -> int {"doc"; (return a)})"#,
            ),
            (
                "def f(a: int, /, b: 'T' = 2, *, c: float,): pass",
                r#"(def f (a:int b:"T"=2 * c:float) {pass})"#,
            ),
            (
                "@jit(nopython=True)\n@cfunc('f8(f8)')\ndef f(*a: int, **k: str): return x",
                r#"(def f (*a:int **k:str) @(call jit (kw nopython True)) @(call cfunc "f8(f8)") {(return x)})"#,
            ),
        ] {
            assert_eq!(p(src), want, "{src}");
        }
    }

    #[test]
    fn docstrings() {
        let doc = |src: &str| match &parse_str(src).unwrap().body[0].kind {
            StmtKind::FunctionDef(f) => (f.doc.clone(), f.body.len()),
            k => panic!("{k:?}"),
        };
        // The docstring stays in the body as an expression statement.
        assert_eq!(doc("def f():\n  'a' 'b'\n  pass"), (Some("ab".into()), 2));
        assert_eq!(
            doc("def f():\n  \"\"\"One\n  two.\"\"\"\n"),
            (Some("One\n  two.".into()), 1)
        );
        assert_eq!(doc("def f(): 'short'"), (Some("short".into()), 1));
        assert_eq!(doc("def f():\n  f'x'\n"), (None, 1));
        assert_eq!(doc("def f():\n  x = 'a'\n"), (None, 1));
    }

    fn text(src: &str, span: Span) -> &str {
        &src[span.lo as usize..span.hi as usize]
    }

    fn assign_value(s: &Stmt) -> &Expr {
        match &s.kind {
            StmtKind::Assign { value, .. } => value,
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn expression_spans() {
        let src =
            "x = foo(a, b)\ny = (a + b) * -c.d[1:2]\nz = f'ab{q + 1}' 'c'\nw = sum(v for v in u)\n";
        let file = SourceFile::new("t.py", src);
        let m = parse(&file).unwrap();
        let call = assign_value(&m.body[0]);
        assert_eq!(text(src, call.span), "foo(a, b)");
        assert_eq!(file.line_col(call.span.hi), (1, 14));

        let product = assign_value(&m.body[1]);
        assert_eq!(text(src, product.span), "(a + b) * -c.d[1:2]");
        let ExprKind::BinOp { left, right, .. } = &product.kind else {
            panic!()
        };
        assert_eq!(text(src, left.span), "a + b");
        assert_eq!(text(src, right.span), "-c.d[1:2]");
        let ExprKind::Unary { operand, .. } = &right.kind else {
            panic!()
        };
        let ExprKind::Subscript { value, index } = &operand.kind else {
            panic!()
        };
        assert_eq!(text(src, index.span), "1:2");
        let ExprKind::Attribute { attr_span, .. } = &value.kind else {
            panic!()
        };
        assert_eq!(file.line_col(attr_span.lo), (2, 18));

        let fstring = assign_value(&m.body[2]);
        assert_eq!(text(src, fstring.span), "f'ab{q + 1}' 'c'");
        let ExprKind::FString(parts) = &fstring.kind else {
            panic!()
        };
        let FPart::Field { value, .. } = &parts[1] else {
            panic!()
        };
        assert_eq!(text(src, value.span), "q + 1");
        assert_eq!(file.line_col(value.span.lo), (3, 10));

        let ExprKind::Call { args, .. } = &assign_value(&m.body[3]).kind else {
            panic!()
        };
        assert_eq!(text(src, args[0].span), "(v for v in u)");
    }

    #[test]
    fn statement_spans() {
        let src =
            "if x:  # c\n    y = 1; z = (2,\n  3)\n@d\ndef f(a):\n    return a\nimport a.b as c\n";
        let m = parse_str(src).unwrap();
        let StmtKind::If { body, .. } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!(text(src, m.body[0].span), "if x:");
        assert_eq!(text(src, body[0].span), "y = 1");
        assert_eq!(text(src, body[1].span), "z = (2,\n  3)");
        let StmtKind::FunctionDef(f) = &m.body[1].kind else {
            panic!()
        };
        assert_eq!(text(src, m.body[1].span), "def f(a):");
        assert_eq!(text(src, f.name_span), "f");
        assert_eq!(text(src, f.params.positional[0].span), "a");
        let StmtKind::Import(names) = &m.body[2].kind else {
            panic!()
        };
        assert_eq!(text(src, names[0].span), "a.b as c");
    }

    #[test]
    fn errors() {
        let here = "here. Maybe you meant '==' instead of '='?";
        for (src, msg, line, col) in [
            (
                "f() = 1",
                format!("cannot assign to function call {here}"),
                1,
                1,
            ),
            (
                "x = 1 = y",
                format!("cannot assign to literal {here}"),
                1,
                5,
            ),
            (
                "x + 1 = 2",
                format!("cannot assign to expression {here}"),
                1,
                1,
            ),
            (
                "a, f() = 1, 2",
                "cannot assign to function call".into(),
                1,
                4,
            ),
            ("True = 1", "cannot assign to True".into(), 1, 1),
            (
                "f() += 1",
                "'function call' is an illegal expression for augmented assignment".into(),
                1,
                1,
            ),
            (
                "a, b += 1",
                "'tuple' is an illegal expression for augmented assignment".into(),
                1,
                1,
            ),
            ("f(): int", "illegal target for annotation".into(), 1, 1),
            (
                "a, b: int",
                "only single target (not tuple) can be annotated".into(),
                1,
                1,
            ),
            (
                "for f() in x: pass",
                "cannot assign to function call".into(),
                1,
                5,
            ),
            ("[1 for 2 in x]", "cannot assign to literal".into(), 1, 8),
            ("del f()", "cannot delete function call".into(), 1, 5),
            (
                "with a as 1: pass",
                "cannot assign to literal".into(),
                1,
                11,
            ),
            (
                "*a, b = c",
                "starred assignment targets are not supported by rumba".into(),
                1,
                1,
            ),
            ("x = *a", "can't use starred expression here".into(), 1, 5),
            ("(*a)", "cannot use starred expression here".into(), 1, 2),
            ("if x\n  pass", "expected ':'".into(), 1, 5),
            ("x = 1 2", "invalid syntax".into(), 1, 7),
            (
                "f(a b)",
                "invalid syntax. Perhaps you forgot a comma?".into(),
                1,
                3,
            ),
            (
                "[a, b c]",
                "invalid syntax. Perhaps you forgot a comma?".into(),
                1,
                5,
            ),
            (
                "x = 1 if y",
                "expected 'else' after 'if' expression".into(),
                1,
                11,
            ),
            (
                "if x = 1: pass",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                1,
                4,
            ),
            (
                "while f() = 1: pass",
                format!("cannot assign to function call {here}"),
                1,
                7,
            ),
            (
                "f(a.b=1)",
                "expression cannot contain assignment, perhaps you meant \"==\"?".into(),
                1,
                3,
            ),
            (
                "f(a=1, b)",
                "positional argument follows keyword argument".into(),
                1,
                8,
            ),
            ("f(a=1, a=2)", "keyword argument repeated: a".into(), 1, 8),
            (
                "f(x for x in y, 1)",
                "Generator expression must be parenthesized".into(),
                1,
                3,
            ),
            (
                "{**a}",
                "dict unpacking ('**') is not supported by rumba".into(),
                1,
                2,
            ),
            (
                "[*a for a in b]",
                "iterable unpacking cannot be used in comprehension".into(),
                1,
                2,
            ),
            (
                "from x import a,",
                "trailing comma not allowed without surrounding parentheses".into(),
                1,
                16,
            ),
            (
                "def f():\n    x = yield",
                "'yield' inside an expression (a value sent into a generator) is not supported by rumba".into(),
                2,
                9,
            ),
            (
                "async def f(): pass",
                "'async' is not supported by rumba".into(),
                1,
                1,
            ),
            ("await x", "'await' is not supported by rumba".into(), 1, 1),
            (
                "if (n := 10) > 5: pass",
                "assignment expressions (':=') are not supported by rumba".into(),
                1,
                7,
            ),
            (
                "match x:\n    case 1: pass\n",
                "match statements are not supported by rumba".into(),
                1,
                1,
            ),
            (
                "try:\n  a\nexcept* E:\n  b\n",
                "'except*' is not supported by rumba".into(),
                3,
                7,
            ),
            (
                "try:\n  a\nx = 1\n",
                "expected 'except' or 'finally' block".into(),
                3,
                1,
            ),
            (
                "try:\n  a\nexcept:\n  b\nexcept E:\n  c\n",
                "default 'except:' must be last".into(),
                3,
                1,
            ),
            (
                "try:\n  a\nexcept A, B:\n  c\n",
                "multiple exception types must be parenthesized".into(),
                3,
                1,
            ),
            (
                "def f(a=1, b): pass",
                "non-default argument follows default argument".into(),
                1,
                12,
            ),
            (
                "def f(a, b, a): pass",
                "duplicate argument 'a' in function definition".into(),
                1,
                13,
            ),
            (
                "def f(*): pass",
                "named arguments must follow bare *".into(),
                1,
                7,
            ),
            (
                "def f(**k, a): pass",
                "arguments cannot follow var-keyword argument".into(),
                1,
                12,
            ),
            (
                "def f(/, a): pass",
                "at least one argument must precede /".into(),
                1,
                7,
            ),
            (
                "def f(a, /, b, /): pass",
                "/ may appear only once".into(),
                1,
                16,
            ),
            ("def f(*a, /): pass", "/ must be ahead of *".into(), 1, 11),
            (
                "def f(*a=1): pass",
                "var-positional argument cannot have default value".into(),
                1,
                9,
            ),
            ("def f:\n  pass", "expected '('".into(), 1, 6),
            ("break", "'break' outside loop".into(), 1, 1),
            (
                "while x:\n  def f():\n    continue\n",
                "'continue' not properly in loop".into(),
                3,
                5,
            ),
            (
                "for x in y:\n  pass\nelse:\n  break\n",
                "'break' outside loop".into(),
                4,
                3,
            ),
            ("return 1", "'return' outside function".into(), 1, 1),
            (
                "def f():\n  class A:\n    return 1\n",
                "'return' outside function".into(),
                3,
                5,
            ),
            (
                "b'a' 'b'",
                "cannot mix bytes and nonbytes literals".into(),
                1,
                6,
            ),
            ("f'{a b}'", "invalid syntax".into(), 1, 6),
            ("f'{*a}'", "can't use starred expression here".into(), 1, 4),
            ("a == not b", "invalid syntax".into(), 1, 6),
            ("@dec\nx = 1", "invalid syntax".into(), 2, 1),
            ("else: pass", "invalid syntax".into(), 1, 1),
            ("a[]", "invalid syntax".into(), 1, 3),
            ("x = (1,\n", "'(' was never closed".into(), 1, 5),
        ] {
            assert_eq!(err(src), ("SyntaxError".into(), msg, line, col), "{src:?}");
        }
        for (src, msg, line, col) in [
            (
                "if x:\npass",
                "expected an indented block after 'if' statement on line 1",
                2,
                1,
            ),
            (
                "x = 0\ndef f():\n  # nothing\n",
                "expected an indented block after function definition on line 2",
                4,
                1,
            ),
            ("  x = 1", "unexpected indent", 1, 3),
            ("x = 1\n    y = 2", "unexpected indent", 2, 5),
        ] {
            assert_eq!(
                err(src),
                ("IndentationError".into(), msg.into(), line, col),
                "{src:?}"
            );
        }
    }

    fn nesting_error(src: &str) -> String {
        match parse_str(src) {
            Ok(_) => panic!("{src:.40} parsed"),
            Err(d) => d.msg,
        }
    }

    #[test]
    fn long_chains_and_deep_nesting_fail_cleanly() {
        let n = 10_000;
        for src in [
            format!("{}x", "-".repeat(n)),
            format!("{}x", "not ".repeat(n)),
            format!("x{}", ".a".repeat(n)),
            format!("x{}", "(1)".repeat(n)),
            format!("x{}", "[1]".repeat(n)),
            format!("x{}", " + x".repeat(n)),
            format!("{}2", "2**".repeat(n)),
            format!("{}c", "a if b else ".repeat(n)),
            format!("{}x", "lambda: ".repeat(n)),
        ] {
            assert_eq!(nesting_error(&src), TOO_DEEP, "{src:.40}");
        }
        let elifs = format!("if x: pass\n{}", "elif x: pass\n".repeat(n));
        assert_eq!(nesting_error(&elifs), TOO_MANY_BLOCKS);
        assert_eq!(nesting_error(&"(".repeat(n)), "too many nested parentheses");
    }

    /// At the lexer's bracket limit, every kind of nesting parses or stops at
    /// the parser's own limit, without overflowing the stack.
    #[test]
    fn nesting_at_the_bracket_limit() {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("f(", ")"),
            ("a[", "]"),
            ("{1: ", "}"),
            ("-(", ")"),
            ("(lambda: ", ")"),
        ] {
            let src = format!("{}x{}", open.repeat(199), close.repeat(199));
            if let Err(d) = parse_str(&src) {
                assert_eq!(d.msg, TOO_DEEP, "{src:.40}");
            }
        }
        let blocks: String = (0..99)
            .map(|i| format!("{}while x:\n", " ".repeat(i)))
            .collect();
        if let Err(d) = parse_str(&format!("{blocks}{}pass\n", " ".repeat(99))) {
            assert_eq!(d.msg, TOO_MANY_BLOCKS);
        }
    }

    #[test]
    fn moderate_nesting_parses() {
        let n = 50;
        p(&format!("{}x{}", "(".repeat(n), ")".repeat(n)));
        p(&format!("{}x{}", "f(".repeat(n), ")".repeat(n)));
        p(&format!(
            "{}x{}",
            "[{1: a[".repeat(n / 3),
            "]}]".repeat(n / 3)
        ));
        p(&format!("x{}", " + x".repeat(150)));
        p(&format!("if x: pass\n{}", "elif x: pass\n".repeat(150)));
        let blocks: String = (0..40)
            .map(|i| format!("{}while x:\n", " ".repeat(i)))
            .collect();
        p(&format!("{blocks}{}pass\n", " ".repeat(40)));
    }

    /// A realistic program using most of the grammar.
    const PROGRAM: &str = r#""""Gibbs sampler, Numba style."""
import sys
import numpy as np
from numba import njit, cfunc, types
from cffi import FFI
import ctypes.util as cu

ffi = FFI()
ffi.cdef("""
    double rk_gamma(void *state, double shape, double scale);
""")
lib = ffi.dlopen(None)
N = 10_000 if len(sys.argv) < 2 else int(sys.argv[1])
THIN, SCALE = 0x10, 1.5e-3

class Point:
    """A point."""
    def __init__(self, x: float, y: float = 0.0) -> None:
        self.x, self.y = x, y

@njit(nopython=True, locals={'acc': types.float64})
def gibbs(n, thin=1, *args, seed=42, **kw):
    """Draw n samples."""
    x = y = 0.0
    samples = np.empty((n, 2))
    for i in range(n):
        for _ in range(thin):
            x = np.random.gamma(3.0, 1.0 / (y * y + 4))
            y = np.random.normal(1.0 / (x + 1), 1.0 / np.sqrt(2 * x + 2))
        samples[i, 0], samples[i, 1] = x, y
        if i % 1000 == 0 and not (x < 0 or y is None):
            print(f"{i:>6d}: x={x:.3f} {y!r} {samples[i, ::2]}")
        elif i > n // 2:
            continue
        else:
            pass
    else:
        acc = sum(s[0] ** 2 for s in samples if s[1] > -1)
    while acc >= 1e9:
        acc /= 2; acc -= 1
    assert acc == acc, "nan"
    return samples, acc

def main(argv):
    global N
    try:
        res, acc = gibbs(N, THIN)
    except (ValueError, TypeError) as e:
        raise RuntimeError("failed") from e
    finally:
        del argv[:]
    with open("out.txt", "w") as f, open("log.txt") as g:
        f.write("%d %s\n" % (N, acc))
    squares = [v * v for v in range(10) if v & 1]
    table = {"a": 1, 'b': [2, 3], "c": (4,)}
    pair = lambda a, b=2: a ** -b
    ok = 1 < pair(2) <= 3 != 4
    return 0 if ok else ~1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
"#;

    /// Parsing ends in a tree whose ids are 0..expr_count, or in an error
    /// located inside the file.
    fn parses_cleanly(src: &str) {
        match parse_str(src) {
            Ok(m) => {
                let mut r = Render::default();
                for s in &m.body {
                    r.stmt(s);
                }
                r.ids.sort_unstable();
                assert!(r.ids.iter().copied().eq(0..m.expr_count), "{src:?}");
            }
            Err(d) => {
                let loc = d.loc.as_ref().unwrap_or_else(|| panic!("{src:?}: {d}"));
                let span = loc.span;
                assert!(
                    span.lo <= span.hi && span.hi as usize <= src.len(),
                    "{src:?}: {d:?}"
                );
                assert!(d.to_string().contains(&d.msg));
            }
        }
    }

    #[test]
    fn realistic_program_parses() {
        let out = p(PROGRAM);
        assert_eq!(out.lines().count(), 15);
        assert!(out.contains(r#"(call print (f {i : ">6d"} ": x=" {x : ".3f"} " " {y !r} " " {([] samples (tuple i (slice _ _ 2)))}))"#), "{out}");
    }

    #[test]
    fn every_prefix_parses_cleanly() {
        for (i, _) in PROGRAM.char_indices() {
            parses_cleanly(&PROGRAM[..i]);
        }
    }

    #[test]
    fn line_mutations_parse_cleanly() {
        let lines: Vec<String> = PROGRAM.lines().map(String::from).collect();
        for i in 0..lines.len() {
            let mut variants = vec![lines.clone(); 5];
            variants[0].remove(i);
            variants[1].insert(i, lines[i].clone());
            variants[2][i].insert_str(0, "  ");
            variants[3].swap(i, (i + 1) % lines.len());
            let half = lines[i].char_indices().nth(lines[i].chars().count() / 2);
            variants[4][i].truncate(half.map_or(0, |(at, _)| at));
            for v in variants {
                parses_cleanly(&v.join("\n"));
            }
        }
    }

    /// xorshift64: a deterministic pseudo-random sequence.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    const FRAGMENTS: &[&str] = &[
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        "\n",
        "    ",
        "\t",
        "\r\n",
        "\\",
        "\\\n",
        "#",
        "'",
        "\"",
        "'''",
        "f'{",
        "}'",
        "{x!r:>{w}}",
        "\\N{",
        "\\x",
        "b'",
        "rb'",
        "=",
        "==",
        ":=",
        "**",
        "*",
        "@",
        "...",
        ".",
        "-",
        "0x",
        "1e",
        "1_",
        "0o8",
        "9",
        "é",
        "€",
        "\u{feff}",
        "\0",
        "not ",
        " in ",
        " is ",
        "lambda ",
        "if ",
        " else ",
        "for ",
        "while ",
        "def ",
        "class ",
        "return ",
        "break",
        "yield ",
        "async ",
        "match x:\n",
        "try:",
        "except",
        "with ",
        " as ",
        "import ",
        "from ",
        "global ",
        "del ",
        "x",
        "f(",
        "a[",
    ];

    #[test]
    fn random_mutations_parse_cleanly() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let program: Vec<char> = PROGRAM.chars().collect();
        for _ in 0..2000 {
            let mut src = program.clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(src.len() + 1);
                match rng.below(4) {
                    0 => {
                        let end = (at + 1 + rng.below(8)).min(src.len());
                        src.drain(at..end);
                    }
                    1 => {
                        let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                        src.splice(at..at, fragment.chars());
                    }
                    2 => {
                        let end = (at + rng.below(40)).min(src.len());
                        let copy = src[at..end].to_vec();
                        src.splice(at..at, copy);
                    }
                    _ => src.truncate(at + rng.below(src.len() - at + 1)),
                }
            }
            parses_cleanly(&src.iter().collect::<String>());
        }
    }

    #[test]
    fn random_token_soup_parses_cleanly() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..2000 {
            let len = rng.below(40);
            let src: String = (0..len)
                .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
                .collect();
            parses_cleanly(&src);
        }
    }
}
