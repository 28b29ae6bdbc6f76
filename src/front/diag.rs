//! Source files and compile-time diagnostics: every error the front end
//! reports points at a span, and is rendered with file:line:col, the source
//! line and a caret underneath.

use super::ast::Span;
use std::fmt;
use std::rc::Rc;

/// A loaded source file with its line table.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Rc<SourceFile> {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Rc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (columns count characters, not bytes).
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let pos = pos.min(self.text.len() as u32);
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let col = self.text[start..floor_char(&self.text, pos as usize)]
            .chars()
            .count();
        (line as u32 + 1, col as u32 + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A point in a source file that a diagnostic refers to.
#[derive(Clone, Debug)]
pub struct Loc {
    pub file: Rc<SourceFile>,
    pub span: Span,
}

impl Loc {
    pub fn new(file: &Rc<SourceFile>, span: Span) -> Loc {
        Loc {
            file: file.clone(),
            span,
        }
    }
}

/// A compile-time error.
#[derive(Clone, Debug)]
pub struct Diag {
    /// Python's name for the error class: SyntaxError, TypeError, NameError...
    pub kind: &'static str,
    pub msg: String,
    pub loc: Option<Loc>,
    /// Secondary messages, each optionally pointing somewhere else.
    pub notes: Vec<(String, Option<Loc>)>,
}

impl Diag {
    pub fn new(kind: &'static str, msg: impl Into<String>, loc: Option<Loc>) -> Diag {
        Diag {
            kind,
            msg: msg.into(),
            loc,
            notes: Vec::new(),
        }
    }

    pub fn note(mut self, msg: impl Into<String>, loc: Option<Loc>) -> Diag {
        self.notes.push((msg.into(), loc));
        self
    }

    /// Adds a note without a location, if there is one.
    pub fn note_opt(self, msg: Option<String>) -> Diag {
        match msg {
            Some(m) => self.note(m, None),
            None => self,
        }
    }
}

fn render_loc(f: &mut fmt::Formatter<'_>, loc: &Loc) -> fmt::Result {
    let (line, col) = loc.file.line_col(loc.span.lo);
    writeln!(f, "  --> {}:{}:{}", loc.file.name, line, col)?;
    let text = loc.file.line_text(line);
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    writeln!(f, " {pad} |")?;
    writeln!(f, " {gutter} | {text}")?;
    let (end_line, end_col) = loc.file.line_col(loc.span.hi);
    let width = if end_line == line && end_col > col {
        (end_col - col) as usize
    } else {
        1
    };
    // Tabs in the indentation keep their width so the caret lines up.
    let lead: String = text
        .chars()
        .take(col as usize - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    writeln!(f, " {pad} | {lead}{}", "^".repeat(width))
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: {}", self.kind, self.msg)?;
        if let Some(loc) = &self.loc {
            render_loc(f, loc)?;
        }
        for (msg, loc) in &self.notes {
            match loc {
                Some(loc) => {
                    writeln!(f, "note: {msg}")?;
                    render_loc(f, loc)?;
                }
                None => writeln!(f, "  = note: {msg}")?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for Diag {}
