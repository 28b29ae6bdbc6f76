//! Runtime errors: a Python exception class name, a message and the frames
//! it unwound through.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    /// The proto index in the VM.
    pub proto: usize,
    /// The instruction that was executing.
    pub pc: usize,
}

#[derive(Clone, Debug)]
pub struct VmError {
    /// Python's exception class: IndexError, ZeroDivisionError...
    pub kind: String,
    pub msg: String,
    /// Innermost frame last, as Python prints it.
    pub traceback: Vec<TraceEntry>,
    /// Raised again by a bare `raise`: the traceback starts at the frame
    /// that raises it, where it was first raised, and replaces that
    /// frame's entry.
    pub resumed: bool,
    /// The repr of the exception's `args` where a `raise` gave them (a
    /// runtime error's one argument is its message).
    pub args: Option<Box<str>>,
}

impl VmError {
    pub fn new(kind: &str, msg: impl Into<String>) -> VmError {
        VmError {
            kind: kind.to_string(),
            msg: msg.into(),
            traceback: Vec::new(),
            resumed: false,
            args: None,
        }
    }
}

/// Completes the traceback `tb` (innermost frame last) of the frames an
/// error unwound with the entries it carries.
pub fn chain(mut tb: Vec<TraceEntry>, e: &mut VmError) -> Vec<TraceEntry> {
    if e.resumed {
        tb.pop();
    }
    tb.append(&mut e.traceback);
    tb
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl std::error::Error for VmError {}

pub type VmResult<T> = Result<T, VmError>;

pub fn err<T>(kind: &str, msg: impl Into<String>) -> VmResult<T> {
    Err(VmError::new(kind, msg))
}
