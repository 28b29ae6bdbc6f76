//! Standard-library modules written in Python (src/stdlib/*.py) and
//! compiled by rumba as any imported script module is, as PyPy ships its
//! pure-Python modules: their functions are specialized on the types the
//! script passes, in module code and jitted code alike.

/// The source of the standard module `name`, if rumba ships it in Python.
pub fn source(name: &str) -> Option<&'static str> {
    match name {
        "bisect" => Some(include_str!("stdlib/bisect.py")),
        "functools" => Some(include_str!("stdlib/functools.py")),
        "heapq" => Some(include_str!("stdlib/heapq.py")),
        "operator" => Some(include_str!("stdlib/operator.py")),
        "string" => Some(include_str!("stdlib/string.py")),
        "_rumba_itertools" => Some(include_str!("stdlib/_rumba_itertools.py")),
        "_rumba_statistics" => Some(include_str!("stdlib/_rumba_statistics.py")),
        "_rumba_numpy" => Some(include_str!("stdlib/_rumba_numpy.py")),
        "_rumba_numpy_linalg" => Some(include_str!("stdlib/_rumba_numpy_linalg.py")),
        _ => None,
    }
}

/// The shipped module holding the Python-written part of built-in module
/// `name`, looked up for names its native table lacks.
pub fn twin(name: &str) -> Option<&'static str> {
    match name {
        "numpy" => Some("_rumba_numpy"),
        "numpy.linalg" => Some("_rumba_numpy_linalg"),
        _ => None,
    }
}
