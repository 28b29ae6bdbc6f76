//! `argparse`: a parser the front end built at compile time from the
//! script's `add_argument` calls, parsing `sys.argv` as CPython 3.11's
//! argparse does (the same matching of arguments to actions, the same
//! usage and help text, the same errors and exit status 2).

use crate::error::{err, VmResult};
use crate::format;
use crate::interp::Vm;
use crate::native::NativeSite;
use crate::value::{decref, new_str, obj, str_of, ListObj};
use std::rc::Rc;

/// A value an argument takes: converted from the command line or a default.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    List(Vec<Val>),
}

impl Val {
    /// Python's `str` of the value.
    pub fn str(&self) -> String {
        match self {
            Val::Str(s) => s.clone(),
            v => v.repr(),
        }
    }

    /// Python's `repr` of the value.
    pub fn repr(&self) -> String {
        match self {
            Val::Int(i) => i.to_string(),
            Val::Float(f) => format::float_repr(*f),
            Val::Str(s) => format::str_repr(s),
            Val::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Val::List(l) => format!(
                "[{}]",
                l.iter().map(Val::repr).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}

/// The `type=` of an argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValTy {
    Int,
    Float,
    Str,
    Bool,
}

impl ValTy {
    pub fn name(self) -> &'static str {
        match self {
            ValTy::Int => "int",
            ValTy::Float => "float",
            ValTy::Str => "str",
            ValTy::Bool => "bool",
        }
    }

    /// `int(s)`, `float(s)` or `str(s)` as Python computes them; None when
    /// Python raises ValueError (or the int does not fit 64 bits).
    pub fn convert(self, s: &str) -> Option<Val> {
        match self {
            ValTy::Int => parse_int(s).map(Val::Int),
            ValTy::Float => parse_float(s).map(Val::Float),
            ValTy::Str | ValTy::Bool => Some(Val::Str(s.to_string())),
        }
    }
}

/// Python's underscores between digits: removed, or None if misplaced.
fn strip_underscores(t: &str) -> Option<String> {
    let b = t.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
        {
            return None;
        }
    }
    Some(t.replace('_', ""))
}

fn parse_int(s: &str) -> Option<i64> {
    let t = strip_underscores(s.trim())?;
    let digits = t.strip_prefix(['+', '-']).unwrap_or(&t);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok()
}

fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let t = strip_underscores(t)?;
    let ok = t
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.' | b'e' | b'E'));
    t.parse::<f64>().ok().filter(|_| ok)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nargs {
    /// One value (nargs=None).
    One,
    /// `'?'`.
    Optional,
    /// `'*'`.
    ZeroOrMore,
    /// `'+'`.
    OneOrMore,
    /// A number of values; 0 for flags.
    Exactly(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Store,
    /// `store_true` / `store_false`: the value set when the flag is given.
    StoreConst(bool),
    /// `count`: each occurrence adds one to the value (from the default).
    Count,
    /// `append`: each occurrence adds its value to a copy of the default
    /// list.
    Append,
    Help,
}

#[derive(Clone, Debug)]
pub struct Action {
    /// Empty for a positional argument.
    pub options: Vec<String>,
    pub dest: String,
    pub kind: Kind,
    pub ty: ValTy,
    pub nargs: Nargs,
    pub default: Option<Val>,
    pub required: bool,
    pub help: Option<String>,
    pub metavar: Option<String>,
    pub choices: Vec<Val>,
}

impl Action {
    /// The `-h, --help` action every parser starts with.
    pub fn help() -> Action {
        Action {
            options: vec!["-h".into(), "--help".into()],
            dest: String::new(),
            kind: Kind::Help,
            ty: ValTy::Bool,
            nargs: Nargs::Exactly(0),
            default: None,
            required: false,
            help: Some("show this help message and exit".into()),
            metavar: None,
            choices: Vec::new(),
        }
    }

    /// How errors name the argument.
    fn name(&self) -> String {
        if !self.options.is_empty() {
            self.options.join("/")
        } else {
            self.metavar.clone().unwrap_or_else(|| self.dest.clone())
        }
    }

    /// The atoms of the regular expression argparse matches this action's
    /// arguments with, over the pattern 'O' (option), 'A' (argument),
    /// '-' ('--').
    fn pattern(&self) -> Vec<Atom> {
        let dash = Atom {
            chars: "-",
            min: 0,
            max: usize::MAX,
        };
        let a = |min, max| Atom {
            chars: "A",
            min,
            max,
        };
        let mut atoms = vec![dash];
        match self.nargs {
            Nargs::One => atoms.push(a(1, 1)),
            Nargs::Optional => atoms.push(a(0, 1)),
            Nargs::ZeroOrMore => atoms.push(Atom {
                chars: "A-",
                min: 0,
                max: usize::MAX,
            }),
            Nargs::OneOrMore => {
                atoms.push(a(1, 1));
                atoms.push(Atom {
                    chars: "A-",
                    min: 0,
                    max: usize::MAX,
                });
            }
            Nargs::Exactly(n) => {
                for i in 0..n {
                    if i > 0 {
                        atoms.push(dash);
                    }
                    atoms.push(a(1, 1));
                }
            }
        }
        atoms.push(dash);
        // Optionals' patterns leave out '-'.
        if !self.options.is_empty() {
            atoms.retain(|t| t.chars != "-");
            for t in &mut atoms {
                if t.chars == "A-" {
                    t.chars = "A";
                }
            }
        }
        atoms
    }
}

/// One element of a nargs pattern: a character class repeated.
#[derive(Clone, Copy)]
struct Atom {
    chars: &'static str,
    min: usize,
    max: usize,
}

/// Matches the groups of atoms at the start of `s` as Python's `re.match`
/// does (greedy, backtracking): each group's length, or None.
fn match_groups(groups: &[Vec<Atom>], s: &[u8]) -> Option<Vec<usize>> {
    let atoms: Vec<(usize, Atom)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, a)| a.iter().map(move |&t| (g, t)))
        .collect();
    let mut lens = vec![0; groups.len()];
    fn go(atoms: &[(usize, Atom)], s: &[u8], pos: usize, lens: &mut [usize]) -> bool {
        let Some((&(g, t), rest)) = atoms.split_first() else {
            return true;
        };
        let mut n = 0;
        while n < t.max
            && s.get(pos + n)
                .is_some_and(|c| t.chars.as_bytes().contains(c))
        {
            n += 1;
        }
        loop {
            if n < t.min {
                return false;
            }
            lens[g] += n;
            if go(rest, s, pos + n, lens) {
                return true;
            }
            lens[g] -= n;
            if n == 0 {
                return false;
            }
            n -= 1;
        }
    }
    go(&atoms, s, 0, &mut lens).then_some(lens)
}

#[derive(Clone, Debug, Default)]
pub struct Parser {
    pub prog: Option<String>,
    pub description: Option<String>,
    pub epilog: Option<String>,
    pub actions: Vec<Action>,
    /// `formatter_class=ArgumentDefaultsHelpFormatter`: help texts end
    /// with the default.
    pub defaults_in_help: bool,
}

/// What a parse stops with: an error message for the usage line, or help.
enum Stop {
    Error(String),
    Help,
}

impl Parser {
    /// The actions that set attributes, in the order the Namespace has them.
    pub fn fields(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.kind != Kind::Help)
    }

    fn option(&self, s: &str) -> Option<usize> {
        self.actions
            .iter()
            .position(|a| a.options.iter().any(|o| o == s))
    }

    /// Option strings in the order argparse registered them.
    fn option_strings(&self) -> impl Iterator<Item = (usize, &str)> {
        self.actions
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.options.iter().map(move |o| (i, o.as_str())))
    }

    fn has_negative_number_options(&self) -> bool {
        self.option_strings().any(|(_, o)| is_negative_number(o))
    }

    /// argparse's `_parse_optional`: the action, option string and
    /// explicit argument of an option, `Some((None, ..))` for an unknown
    /// one, None for a positional.
    #[allow(clippy::type_complexity)]
    fn parse_optional(
        &self,
        arg: &str,
    ) -> Result<Option<(Option<usize>, String, Option<String>)>, Stop> {
        if !arg.starts_with('-') {
            return Ok(None);
        }
        if let Some(i) = self.option(arg) {
            return Ok(Some((Some(i), arg.to_string(), None)));
        }
        if arg.chars().count() == 1 {
            return Ok(None);
        }
        if let Some((o, explicit)) = arg.split_once('=') {
            if let Some(i) = self.option(o) {
                return Ok(Some((Some(i), o.to_string(), Some(explicit.to_string()))));
            }
        }
        let tuples = self.option_tuples(arg);
        if tuples.len() > 1 {
            let names: Vec<&str> = tuples.iter().map(|t| t.1.as_str()).collect();
            return Err(Stop::Error(format!(
                "ambiguous option: {arg} could match {}",
                names.join(", ")
            )));
        }
        if let Some((i, o, explicit)) = tuples.into_iter().next() {
            return Ok(Some((Some(i), o, explicit)));
        }
        if is_negative_number(arg) && !self.has_negative_number_options() {
            return Ok(None);
        }
        if arg.contains(' ') {
            return Ok(None);
        }
        Ok(Some((None, arg.to_string(), None)))
    }

    /// argparse's `_get_option_tuples`: abbreviations of long options, and
    /// short options with their argument attached.
    fn option_tuples(&self, arg: &str) -> Vec<(usize, String, Option<String>)> {
        let mut out = Vec::new();
        if arg.starts_with("--") {
            let (prefix, explicit) = match arg.split_once('=') {
                Some((p, e)) => (p, Some(e.to_string())),
                None => (arg, None),
            };
            for (i, o) in self.option_strings() {
                if o.starts_with(prefix) {
                    out.push((i, o.to_string(), explicit.clone()));
                }
            }
        } else {
            let cut = arg.char_indices().nth(2).map_or(arg.len(), |(k, _)| k);
            let (short, rest) = arg.split_at(cut);
            for (i, o) in self.option_strings() {
                if o == short {
                    out.push((i, o.to_string(), Some(rest.to_string())));
                } else if o.starts_with(arg) {
                    out.push((i, o.to_string(), None));
                }
            }
        }
        out
    }

    fn match_argument(&self, a: &Action, pattern: &[u8]) -> Result<usize, Stop> {
        match match_groups(&[a.pattern()], pattern) {
            Some(l) => Ok(l[0]),
            None => Err(Stop::Error(format!(
                "argument {}: {}",
                a.name(),
                match a.nargs {
                    Nargs::One => "expected one argument".to_string(),
                    Nargs::Optional => "expected at most one argument".to_string(),
                    Nargs::OneOrMore => "expected at least one argument".to_string(),
                    Nargs::ZeroOrMore | Nargs::Exactly(1) => "expected 1 argument".to_string(),
                    Nargs::Exactly(n) => format!("expected {n} arguments"),
                }
            ))),
        }
    }

    /// argparse's `_get_values` and `_check_value`.
    fn values(&self, a: &Action, strings: &[String]) -> Result<Val, Stop> {
        let mut strings = strings.to_vec();
        if let Some(k) = strings.iter().position(|s| s == "--") {
            strings.remove(k);
        }
        if let Kind::StoreConst(b) = a.kind {
            return Ok(Val::Bool(b));
        }
        let one = |s: &str| -> Result<Val, Stop> {
            let v = a.ty.convert(s).ok_or_else(|| {
                Stop::Error(format!(
                    "argument {}: invalid {} value: {}",
                    a.name(),
                    a.ty.name(),
                    format::str_repr(s)
                ))
            })?;
            if !a.choices.is_empty() && !a.choices.contains(&v) {
                let choices: Vec<String> = a.choices.iter().map(Val::repr).collect();
                return Err(Stop::Error(format!(
                    "argument {}: invalid choice: {} (choose from {})",
                    a.name(),
                    v.repr(),
                    choices.join(", ")
                )));
            }
            Ok(v)
        };
        if strings.is_empty() && a.nargs == Nargs::Optional {
            return Ok(a.default.clone().unwrap_or(Val::Str(String::new())));
        }
        if strings.is_empty() && a.nargs == Nargs::ZeroOrMore && a.options.is_empty() {
            return Ok(a.default.clone().unwrap_or(Val::List(Vec::new())));
        }
        if strings.len() == 1 && matches!(a.nargs, Nargs::One | Nargs::Optional) {
            return one(&strings[0]);
        }
        Ok(Val::List(
            strings.iter().map(|s| one(s)).collect::<Result<_, _>>()?,
        ))
    }

    /// argparse's `_parse_known_args` followed by the check for extras.
    fn parse(&self, args: &[String]) -> Result<Vec<Option<Val>>, Stop> {
        let mut options = std::collections::BTreeMap::new();
        let mut pattern = Vec::with_capacity(args.len());
        let mut rest = false;
        for (i, a) in args.iter().enumerate() {
            if rest {
                pattern.push(b'A');
            } else if a == "--" {
                pattern.push(b'-');
                rest = true;
            } else if let Some(t) = self.parse_optional(a)? {
                options.insert(i, t);
                pattern.push(b'O');
            } else {
                pattern.push(b'A');
            }
        }
        let mut values: Vec<Option<Val>> = vec![None; self.actions.len()];
        let mut positionals: Vec<usize> = (0..self.actions.len())
            .filter(|&i| self.actions[i].options.is_empty())
            .collect();
        let mut extras: Vec<String> = Vec::new();
        let consume_positionals = |start: usize,
                                   positionals: &mut Vec<usize>,
                                   values: &mut Vec<Option<Val>>|
         -> Result<usize, Stop> {
            let sel = &pattern[start..];
            for k in (1..=positionals.len()).rev() {
                let groups: Vec<Vec<Atom>> = positionals[..k]
                    .iter()
                    .map(|&i| self.actions[i].pattern())
                    .collect();
                if let Some(lens) = match_groups(&groups, sel) {
                    let mut at = start;
                    for (&i, n) in positionals[..k].iter().zip(&lens) {
                        values[i] = Some(self.values(&self.actions[i], &args[at..at + n])?);
                        at += n;
                    }
                    positionals.drain(..k);
                    return Ok(at);
                }
            }
            Ok(start)
        };
        let mut start = 0;
        let max_option = options.keys().next_back().copied();
        while max_option.is_some_and(|m| start <= m) {
            let next = *options
                .range(start..)
                .next()
                .map(|(k, _)| k)
                .unwrap_or(&start);
            if start != next {
                let end = consume_positionals(start, &mut positionals, &mut values)?;
                if end > start {
                    start = end;
                    continue;
                }
            }
            if !options.contains_key(&start) {
                extras.extend(args[start..next].iter().cloned());
                start = next;
            }
            let Some((action, o, explicit)) = options.get(&start).cloned() else {
                break;
            };
            start = self.consume_optional(
                args,
                &pattern,
                start,
                action,
                o,
                explicit,
                &mut values,
                &mut extras,
            )?;
        }
        let stop = consume_positionals(start, &mut positionals, &mut values)?;
        extras.extend(args[stop..].iter().cloned());
        let required: Vec<String> = self
            .actions
            .iter()
            .zip(&values)
            .filter(|(a, v)| v.is_none() && a.required)
            .map(|(a, _)| a.name())
            .collect();
        if !required.is_empty() {
            return Err(Stop::Error(format!(
                "the following arguments are required: {}",
                required.join(", ")
            )));
        }
        if !extras.is_empty() {
            return Err(Stop::Error(format!(
                "unrecognized arguments: {}",
                extras.join(" ")
            )));
        }
        Ok(values)
    }

    #[allow(clippy::too_many_arguments)]
    fn consume_optional(
        &self,
        args: &[String],
        pattern: &[u8],
        start: usize,
        mut action: Option<usize>,
        mut o: String,
        mut explicit: Option<String>,
        values: &mut [Option<Val>],
        extras: &mut Vec<String>,
    ) -> Result<usize, Stop> {
        let mut taken: Vec<(usize, Vec<String>)> = Vec::new();
        let stop;
        loop {
            let Some(i) = action else {
                extras.push(args[start].clone());
                return Ok(start + 1);
            };
            let a = &self.actions[i];
            let ignored = |e: &str| {
                Stop::Error(format!(
                    "argument {}: ignored explicit argument {}",
                    a.name(),
                    format::str_repr(e)
                ))
            };
            if let Some(e) = explicit.take() {
                let count = self.match_argument(a, b"A")?;
                if count == 0 && !o[1..].starts_with('-') && !e.is_empty() {
                    // `-xyz`: a flag followed by more single-letter options.
                    taken.push((i, Vec::new()));
                    let mut cs = e.chars();
                    let first = cs.next().unwrap_or('-');
                    o = format!("-{first}");
                    let rest: String = cs.collect();
                    match self.option(&o) {
                        Some(j) => {
                            action = Some(j);
                            explicit = (!rest.is_empty()).then_some(rest);
                        }
                        None => return Err(ignored(&e)),
                    }
                } else if count == 1 {
                    taken.push((i, vec![e]));
                    stop = start + 1;
                    break;
                } else {
                    return Err(ignored(&e));
                }
            } else {
                let from = start + 1;
                let count = self.match_argument(a, &pattern[from..])?;
                taken.push((i, args[from..from + count].to_vec()));
                stop = from + count;
                break;
            }
        }
        for (i, strings) in taken {
            let a = &self.actions[i];
            if a.kind == Kind::Help {
                return Err(Stop::Help);
            }
            values[i] = Some(match a.kind {
                Kind::Count => match values[i].take().or_else(|| a.default.clone()) {
                    Some(Val::Int(n)) => Val::Int(n.wrapping_add(1)),
                    _ => Val::Int(1),
                },
                Kind::Append => {
                    let v = self.values(a, &strings)?;
                    match values[i].take().or_else(|| a.default.clone()) {
                        Some(Val::List(mut l)) => {
                            l.push(v);
                            Val::List(l)
                        }
                        _ => Val::List(vec![v]),
                    }
                }
                _ => self.values(a, &strings)?,
            });
        }
        Ok(stop)
    }

    // ------------------------------------------------------------ help

    fn metavar(&self, a: &Action, default: &str) -> String {
        if let Some(m) = &a.metavar {
            m.clone()
        } else if !a.choices.is_empty() {
            let cs: Vec<String> = a.choices.iter().map(Val::str).collect();
            format!("{{{}}}", cs.join(","))
        } else {
            default.to_string()
        }
    }

    fn format_args(&self, a: &Action, default: &str) -> String {
        let m = self.metavar(a, default);
        match a.nargs {
            Nargs::One => m,
            Nargs::Optional => format!("[{m}]"),
            Nargs::ZeroOrMore => format!("[{m} ...]"),
            Nargs::OneOrMore => format!("{m} [{m} ...]"),
            Nargs::Exactly(n) => vec![m; n].join(" "),
        }
    }

    fn actions_usage(&self, actions: &[&Action]) -> String {
        let parts: Vec<String> = actions
            .iter()
            .map(|a| {
                if a.options.is_empty() {
                    self.format_args(a, &a.dest)
                } else {
                    let o = &a.options[0];
                    let part = if a.nargs == Nargs::Exactly(0) {
                        o.clone()
                    } else {
                        format!("{o} {}", self.format_args(a, &a.dest.to_uppercase()))
                    };
                    if a.required {
                        part
                    } else {
                        format!("[{part}]")
                    }
                }
            })
            .collect();
        parts.join(" ")
    }

    /// The usage text, `usage: ` included, wrapped as argparse wraps it.
    fn usage(&self, prog: &str, width: usize) -> String {
        let prefix = "usage: ";
        let opts: Vec<&Action> = self
            .actions
            .iter()
            .filter(|a| !a.options.is_empty())
            .collect();
        let pos: Vec<&Action> = self
            .actions
            .iter()
            .filter(|a| a.options.is_empty())
            .collect();
        let all: Vec<&Action> = opts.iter().chain(&pos).copied().collect();
        let action_usage = self.actions_usage(&all);
        let usage = [prog, &action_usage]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if prefix.len() + usage.chars().count() <= width {
            return format!("{prefix}{usage}");
        }
        let opt_parts = usage_parts(&self.actions_usage(&opts));
        let pos_parts = usage_parts(&self.actions_usage(&pos));
        let get_lines = |parts: &[String], indent: &str, prefix: Option<&str>| {
            let mut lines: Vec<String> = Vec::new();
            let mut line: Vec<&str> = Vec::new();
            let mut len = prefix.map_or(indent.len(), str::len) as isize - 1;
            for p in parts {
                if len + 1 + p.chars().count() as isize > width as isize && !line.is_empty() {
                    lines.push(format!("{indent}{}", line.join(" ")));
                    line.clear();
                    len = indent.len() as isize - 1;
                }
                line.push(p);
                len += p.chars().count() as isize + 1;
            }
            if !line.is_empty() {
                lines.push(format!("{indent}{}", line.join(" ")));
            }
            if prefix.is_some() {
                if let Some(l) = lines.first_mut() {
                    *l = l[indent.len()..].to_string();
                }
            }
            lines
        };
        let plen = prog.chars().count();
        let lines = if (prefix.len() + plen) as f64 <= 0.75 * width as f64 {
            let indent = " ".repeat(prefix.len() + plen + 1);
            let with_prog = |parts: &[String]| {
                let mut v = vec![prog.to_string()];
                v.extend(parts.iter().cloned());
                v
            };
            if !opt_parts.is_empty() {
                let mut l = get_lines(&with_prog(&opt_parts), &indent, Some(prefix));
                l.extend(get_lines(&pos_parts, &indent, None));
                l
            } else if !pos_parts.is_empty() {
                get_lines(&with_prog(&pos_parts), &indent, Some(prefix))
            } else {
                vec![prog.to_string()]
            }
        } else {
            let indent = " ".repeat(prefix.len());
            let parts: Vec<String> = opt_parts.iter().chain(&pos_parts).cloned().collect();
            let mut l = get_lines(&parts, &indent, None);
            if l.len() > 1 {
                l = get_lines(&opt_parts, &indent, None);
                l.extend(get_lines(&pos_parts, &indent, None));
            }
            let mut v = vec![prog.to_string()];
            v.extend(l);
            v
        };
        format!("{prefix}{}", lines.join("\n"))
    }

    fn invocation(&self, a: &Action) -> String {
        if a.options.is_empty() {
            return self.metavar(a, &a.dest);
        }
        if a.nargs == Nargs::Exactly(0) {
            return a.options.join(", ");
        }
        let args = self.format_args(a, &a.dest.to_uppercase());
        let parts: Vec<String> = a.options.iter().map(|o| format!("{o} {args}")).collect();
        parts.join(", ")
    }

    /// `%(default)s`, `%(prog)s`... in a help string, as argparse expands it.
    fn expand_help(&self, a: &Action, help: &str, prog: &str) -> String {
        let mut out = String::new();
        let mut rest = help;
        while let Some(k) = rest.find('%') {
            out.push_str(&rest[..k]);
            rest = &rest[k + 1..];
            if let Some(r) = rest.strip_prefix('%') {
                out.push('%');
                rest = r;
                continue;
            }
            let Some(name) = rest.strip_prefix('(').and_then(|r| r.split_once(")s")) else {
                out.push('%');
                continue;
            };
            let v = match name.0 {
                "default" => a.default.as_ref().map_or("None".to_string(), Val::str),
                "prog" => prog.to_string(),
                "dest" => a.dest.clone(),
                "required" => if a.required { "True" } else { "False" }.to_string(),
                "metavar" => a.metavar.clone().unwrap_or_else(|| "None".into()),
                _ => {
                    out.push('%');
                    continue;
                }
            };
            out.push_str(&v);
            rest = name.1;
        }
        out.push_str(rest);
        out
    }

    fn format_help(&self, prog: &str, width: usize) -> String {
        let max_help = 24.min((width as isize - 20).max(4) as usize);
        let mut out = format!("{}\n\n", self.usage(prog, width));
        if let Some(d) = &self.description {
            out.push_str(&fill(&d.replace("%(prog)s", prog), width.max(11), ""));
            out.push_str("\n\n");
        }
        let sections: [(&str, Vec<&Action>); 2] = [
            (
                "positional arguments",
                self.actions
                    .iter()
                    .filter(|a| a.options.is_empty())
                    .collect(),
            ),
            (
                "options",
                self.actions
                    .iter()
                    .filter(|a| !a.options.is_empty())
                    .collect(),
            ),
        ];
        let max_len = self
            .actions
            .iter()
            .map(|a| self.invocation(a).chars().count() + 2)
            .max()
            .unwrap_or(0);
        let help_pos = (max_len + 2).min(max_help);
        let help_width = (width as isize - help_pos as isize).max(11) as usize;
        let action_width = help_pos as isize - 4;
        for (title, actions) in sections {
            if actions.is_empty() {
                continue;
            }
            out.push_str(&format!("{title}:\n"));
            for a in actions {
                let inv = self.invocation(a);
                let help = a.help.as_ref().filter(|h| !h.trim().is_empty()).map(|h| {
                    let shows_default = a.kind != Kind::Help
                        && (!a.options.is_empty()
                            || matches!(a.nargs, Nargs::Optional | Nargs::ZeroOrMore));
                    if self.defaults_in_help && shows_default && !h.contains("%(default)") {
                        self.expand_help(a, &format!("{h} (default: %(default)s)"), prog)
                    } else {
                        self.expand_help(a, h, prog)
                    }
                });
                let help = help.filter(|h| !h.trim().is_empty());
                let Some(help) = help else {
                    out.push_str(&format!("  {inv}\n"));
                    continue;
                };
                let lines = wrap(&normalize(&help), help_width);
                if inv.chars().count() as isize <= action_width {
                    let pad = action_width as usize - inv.chars().count();
                    out.push_str(&format!("  {inv}{}  ", " ".repeat(pad)));
                    if let Some(l) = lines.first() {
                        out.push_str(&format!("{l}\n"));
                    }
                } else {
                    out.push_str(&format!("  {inv}\n"));
                    if let Some(l) = lines.first() {
                        out.push_str(&format!("{}{l}\n", " ".repeat(help_pos)));
                    }
                }
                for l in lines.iter().skip(1) {
                    out.push_str(&format!("{}{l}\n", " ".repeat(help_pos)));
                }
            }
            out.push('\n');
        }
        if let Some(e) = &self.epilog {
            out.push_str(&fill(&e.replace("%(prog)s", prog), width.max(11), ""));
            out.push_str("\n\n");
        }
        let mut s = out.trim_end_matches('\n').to_string();
        s.push('\n');
        s
    }
}

/// The `%(name)s` keys `expand_help` knows.
const HELP_KEYS: [&str; 5] = ["default", "prog", "dest", "required", "metavar"];

/// Whether every `%` of a help string is `%%` or a `%(key)s` that
/// `expand_help` expands.
pub fn help_ok(help: &str) -> bool {
    let mut rest = help;
    while let Some(k) = rest.find('%') {
        rest = &rest[k + 1..];
        if let Some(r) = rest.strip_prefix('%') {
            rest = r;
            continue;
        }
        match rest.strip_prefix('(').and_then(|r| r.split_once(")s")) {
            Some((name, r)) if HELP_KEYS.contains(&name) => rest = r,
            _ => return false,
        }
    }
    true
}

/// Tokens of a usage string as argparse's `part_regexp` finds them:
/// bracketed groups stay whole.
fn usage_parts(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        if cs[i] == '[' || cs[i] == '(' {
            let close = if cs[i] == '[' { ']' } else { ')' };
            // `\[.*?\]+(?=\s|$)`: the shortest run ending in brackets
            // before a space or the end.
            let mut j = i + 1;
            let mut found = None;
            while j < cs.len() {
                if cs[j] == close {
                    let mut k = j;
                    while k < cs.len() && cs[k] == close {
                        k += 1;
                    }
                    if k == cs.len() || cs[k].is_whitespace() {
                        found = Some(k);
                        break;
                    }
                    j = k;
                    continue;
                }
                j += 1;
            }
            if let Some(k) = found {
                parts.push(cs[start..k].iter().collect());
                i = k;
                continue;
            }
        }
        while i < cs.len() && !cs[i].is_whitespace() {
            i += 1;
        }
        parts.push(cs[start..i].iter().collect());
    }
    parts
}

/// Whitespace runs made one space, ends stripped, as argparse does before
/// wrapping.
fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c == '_' || (c.is_alphanumeric() && !c.is_numeric()))
}

/// textwrap's chunks of normalized text: words split after hyphens inside
/// them, and the single spaces between.
fn chunks(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(" ".to_string());
        }
        let cs: Vec<char> = word.chars().collect();
        let at = |i: usize| cs.get(i).copied();
        let mut start = 0;
        for i in 0..cs.len() {
            if cs[i] != '-' || i < 2 {
                continue;
            }
            let before = (is_letter(at(i - 2)) && is_letter(at(i - 1)))
                || (i >= 3
                    && is_letter(at(i - 3))
                    && at(i - 2) == Some('-')
                    && is_letter(at(i - 1)));
            let after = is_letter(at(i + 1))
                && (is_letter(at(i + 2)) || (at(i + 2) == Some('-') && is_letter(at(i + 3))));
            if before && after {
                out.push(cs[start..=i].iter().collect());
                start = i + 1;
            }
        }
        if start < cs.len() {
            out.push(cs[start..].iter().collect());
        }
    }
    out
}

/// `textwrap.wrap(text, width)` of normalized text.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut rev: Vec<String> = chunks(text);
    rev.reverse();
    let mut lines = Vec::new();
    let len = |s: &str| s.chars().count();
    while !rev.is_empty() {
        let mut cur: Vec<String> = Vec::new();
        let mut cur_len = 0;
        if !lines.is_empty() && rev.last().is_some_and(|c| c.trim().is_empty()) {
            rev.pop();
        }
        while let Some(c) = rev.last() {
            if cur_len + len(c) <= width {
                cur_len += len(c);
                cur.extend(rev.pop());
            } else {
                break;
            }
        }
        if let Some(c) = rev.last_mut() {
            if len(c) > width {
                let space = if width < 1 { 1 } else { width - cur_len };
                let cs: Vec<char> = c.chars().collect();
                if space > 0 {
                    let mut end = space;
                    if cs.len() > space {
                        if let Some(h) = cs[..space].iter().rposition(|&x| x == '-') {
                            if h > 0 && cs[..h].iter().any(|&x| x != '-') {
                                end = h + 1;
                            }
                        }
                    }
                    cur.push(cs[..end].iter().collect());
                    *c = cs[end..].iter().collect();
                } else if cur.is_empty() {
                    cur.extend(rev.pop());
                }
            }
        }
        if cur.last().is_some_and(|c| c.trim().is_empty()) {
            cur.pop();
        }
        if !cur.is_empty() {
            lines.push(cur.concat());
        }
    }
    lines
}

/// `textwrap.fill` with the same indent on every line.
fn fill(text: &str, width: usize, indent: &str) -> String {
    wrap(&normalize(text), width - indent.len())
        .iter()
        .map(|l| format!("{indent}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `^-\d+$|^-\d*\.\d+$`.
fn is_negative_number(s: &str) -> bool {
    let Some(r) = s.strip_prefix('-') else {
        return false;
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
    digits(r)
        || r.split_once('.')
            .is_some_and(|(a, b)| (a.is_empty() || digits(a)) && digits(b))
}

/// The width argparse formats for, as `shutil.get_terminal_size` finds
/// the columns (`$COLUMNS`, the terminal on stdout, else 80), minus 2.
fn width() -> usize {
    let cols = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or_else(terminal_columns)
        .unwrap_or(80);
    cols.saturating_sub(2)
}

#[cfg(target_os = "linux")]
fn terminal_columns() -> Option<usize> {
    #[repr(C)]
    struct Winsize {
        row: u16,
        col: u16,
        xpixel: u16,
        ypixel: u16,
    }
    extern "C" {
        fn ioctl(fd: i32, request: std::ffi::c_ulong, ...) -> i32;
    }
    const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;
    let mut w = Winsize {
        row: 0,
        col: 0,
        xpixel: 0,
        ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer;
    // on a descriptor that is not a terminal it fails and writes nothing.
    let r = unsafe { ioctl(1, TIOCGWINSZ, &mut w as *mut Winsize) };
    (r == 0 && w.col > 0).then_some(w.col as usize)
}

#[cfg(not(target_os = "linux"))]
fn terminal_columns() -> Option<usize> {
    None
}

/// What a `parse_args` site reads: the parser, the global slot of
/// `sys.argv`, and whether the arguments come as the call's argument.
pub struct Site {
    pub parser: Parser,
    pub argv_slot: usize,
    pub explicit: bool,
}

fn strs(list: u64) -> Vec<String> {
    // SAFETY: the slot holds a list of strings (its static type).
    let l = unsafe { obj::<ListObj>(list) };
    // SAFETY: each element of a list of strings is a string.
    l.slots
        .iter()
        .map(|&s| unsafe { str_of(s) }.to_string())
        .collect()
}

/// `prog`: the parser's, or the base name of `sys.argv[0]`.
fn prog(vm: &Vm, site: &Site) -> String {
    if let Some(p) = &site.parser.prog {
        return p.clone();
    }
    let argv = vm
        .globals
        .get(site.argv_slot)
        .map_or(Vec::new(), |&l| strs(l));
    let a0 = argv.first().cloned().unwrap_or_default();
    a0.rsplit('/').next().unwrap_or("").to_string()
}

/// Prints the usage and the error to stderr and exits with status 2.
fn fail(vm: &mut Vm, site: &Site, msg: &str) -> VmResult<()> {
    let p = prog(vm, site);
    vm.out.flush();
    eprint!("{}\n{p}: error: {msg}\n", site.parser.usage(&p, width()));
    vm.exit_code = Some(2);
    err("SystemExit", "2")
}

fn write(v: &Val, out: &mut [u64]) {
    out[0] = match v {
        Val::Int(i) => *i as u64,
        Val::Float(f) => f.to_bits(),
        Val::Bool(b) => *b as u64,
        Val::Str(s) => new_str(s.as_str()),
        Val::List(items) => {
            let is_ref = matches!(items.first(), Some(Val::Str(_)));
            let l = ListObj::create(1, Rc::from([is_ref]));
            for it in items {
                let mut slot = [0u64];
                write(it, &mut slot);
                // SAFETY: `l` was just created as a list.
                unsafe { crate::value::obj_mut::<ListObj>(l).push(&slot) };
                if is_ref {
                    decref(slot[0]);
                }
            }
            l
        }
    }
}

/// `parser.parse_args()`: the Namespace, one slot per field.
pub fn parse_args(
    vm: &mut Vm,
    _site: &NativeSite,
    site: &Site,
    args: &[u64],
    out: &mut [u64],
) -> VmResult<()> {
    let argv = if site.explicit {
        strs(args[0])
    } else {
        let all = vm
            .globals
            .get(site.argv_slot)
            .map_or(Vec::new(), |&l| strs(l));
        all.into_iter().skip(1).collect()
    };
    let p = &site.parser;
    let values = match p.parse(&argv) {
        Ok(v) => v,
        Err(Stop::Error(m)) => return fail(vm, site, &m),
        Err(Stop::Help) => {
            let text = p.format_help(&prog(vm, site), width());
            vm.out.write_str(&text);
            vm.exit_code = Some(0);
            return err("SystemExit", "0");
        }
    };
    let mut k = 0;
    for (a, v) in p.actions.iter().zip(values) {
        if a.kind == Kind::Help {
            continue;
        }
        let v = v.or_else(|| a.default.clone());
        let v = match (v, a.kind) {
            (Some(v), _) => v,
            (None, Kind::StoreConst(b)) => Val::Bool(!b),
            (None, _) => {
                return err(
                    "SystemError",
                    format!("argparse: no value for '{}'", a.dest),
                )
            }
        };
        write(&v, &mut out[k..]);
        k += 1;
    }
    Ok(())
}

/// `parser.print_help()`.
pub fn print_help(
    vm: &mut Vm,
    _site: &NativeSite,
    site: &Site,
    _args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let text = site.parser.format_help(&prog(vm, site), width());
    vm.out.write_str(&text);
    Ok(())
}

/// `parser.print_usage()`.
pub fn print_usage(
    vm: &mut Vm,
    _site: &NativeSite,
    site: &Site,
    _args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    let text = site.parser.usage(&prog(vm, site), width());
    vm.out.write_str(&format!("{text}\n"));
    Ok(())
}

/// `parser.error(message)`.
pub fn error(
    vm: &mut Vm,
    _site: &NativeSite,
    site: &Site,
    args: &[u64],
    _out: &mut [u64],
) -> VmResult<()> {
    // SAFETY: the argument is a string (its static type).
    let msg = unsafe { str_of(args[0]) }.to_string();
    fail(vm, site, &msg)
}
