//! A dispatcher's introspection, `f.inspect_types()`: each
//! specialization compiled so far, its source annotated line by line as
//! Numba annotates it. Numba shows its own IR
//! (temporaries named by bytecode offsets); rumba shows, in the same
//! layout, what each line binds and the type inferred for it: the
//! arguments as Numba does (`a = arg(0, name=a)  :: int64`), assignments
//! with their source, loop variables, the returned value.

use super::{check_kws, IResult, Infer};
use crate::front::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use crate::front::diag::SourceFile;
use crate::front::typed::{FuncId, Res, Typed};
use crate::program::Program;
use std::collections::BTreeMap;
use std::rc::Rc;
use vm::types::{ConstKind, Type};

/// The dispatcher whose `inspect_types` method `t` is.
pub fn inspect_types_of(inf: &Infer, t: &Type) -> Option<FuncId> {
    match inf.prog.method_of(t)? {
        (Type::Const(ConstKind::Func, f), m) if m == "inspect_types" => Some(f),
        _ => None,
    }
}

/// Types `f.inspect_types()` at module level: the annotations of the
/// specializations compiled by the statements before it are printed.
pub fn inspect_types(
    inf: &mut Infer,
    e: &Expr,
    f: FuncId,
    pos: &[Type],
    kws: &[crate::front::ast::Keyword],
) -> IResult<Type> {
    check_kws(inf, "inspect_types", kws, &[])?;
    if !pos.is_empty() {
        let msg =
            "inspect_types() with arguments (file, signature, pretty) is not supported by rumba";
        return Err(inf.err("TypeError", e.span, msg));
    }
    if !inf.at_module {
        let msg = "inspect_types() inside a function is not supported by rumba (it shows the \
                   specializations compiled when module code calls it)";
        return Err(inf.err("TypeError", e.span, msg));
    }
    let text = annotate(inf.prog, f);
    let aux = vm::lib_base::PrintAux {
        sep: Rc::from(""),
        end: Rc::from(text),
        stderr: false,
    };
    inf.res(
        e,
        super::native_aux("inspect_types", vm::lib_base::print, vec![], vec![], aux),
    );
    Ok(Type::None)
}

/// The annotated source of every valid specialization of `f`.
fn annotate(prog: &Program, f: FuncId) -> String {
    let info = &prog.funcs[f as usize];
    let mut out = String::new();
    for &s in &info.order {
        let spec = &prog.specs[s as usize];
        let Some(typed) = spec.typed.as_ref().filter(|_| spec.valid) else {
            continue;
        };
        let args: Vec<String> = spec.args.iter().map(|t| prog.numba_repr(t)).collect();
        let args = match args.len() {
            1 => format!("({},)", args[0]),
            _ => format!("({})", args.join(", ")),
        };
        out.push_str(&format!("{} {args}\n{}\n", info.name, "-".repeat(80)));
        let path = std::path::absolute(&info.file.name)
            .map_or_else(|_| info.file.name.clone(), |p| p.display().to_string());
        out.push_str(&format!("# File: {path}\n"));
        annotate_spec(prog, &info.file, &info.def, typed, &spec.ret, &mut out);
        out.push_str(&format!("\n{}\n", "=".repeat(80)));
    }
    out
}

fn annotate_spec(
    prog: &Program,
    file: &SourceFile,
    def: &FunctionDef,
    typed: &Typed,
    ret: &Type,
    out: &mut String,
) {
    let first_span = def.decorators.first().map_or(def.name_span, |d| d.span);
    let first = file.line_col(first_span.lo).0;
    let last = def
        .body
        .iter()
        .map(|s| last_line(file, s))
        .max()
        .unwrap_or(first);
    let mut notes: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut args = vec!["label 0".to_string()];
    for (i, (name, t)) in typed.params.iter().enumerate() {
        args.push(format!(
            "  {name} = arg({i}, name={name})  :: {}",
            prog.numba_name(t)
        ));
    }
    notes.insert(first, args);
    let mut note = Notes {
        prog,
        file,
        typed,
        ret,
        notes: &mut notes,
    };
    for s in &def.body {
        note.stmt(s);
    }
    for line in first..=last {
        let src = file.line_text(line);
        let indent: String = src.chars().take_while(|c| c.is_whitespace()).collect();
        out.push_str(&format!("{indent}# --- LINE {line} --- \n"));
        for n in notes.get(&line).into_iter().flatten() {
            out.push_str(&format!("{indent}# {n}\n"));
        }
        out.push_str(&format!("\n{src}\n\n"));
    }
}

/// The last source line a statement covers (a compound one's body).
fn last_line(file: &SourceFile, s: &Stmt) -> u32 {
    let own = file.line_col(s.span.hi.saturating_sub(1).max(s.span.lo)).0;
    let bodies: Vec<&Vec<Stmt>> = match &s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { body, .. } => vec![body],
        StmtKind::Try {
            body,
            orelse,
            finalbody,
            handlers,
        } => {
            let mut v = vec![body, orelse, finalbody];
            v.extend(handlers.iter().map(|h| &h.body));
            v
        }
        _ => vec![],
    };
    bodies
        .into_iter()
        .flatten()
        .map(|s| last_line(file, s))
        .fold(own, u32::max)
}

struct Notes<'a> {
    prog: &'a Program,
    file: &'a SourceFile,
    typed: &'a Typed,
    ret: &'a Type,
    notes: &'a mut BTreeMap<u32, Vec<String>>,
}

impl Notes<'_> {
    fn src(&self, e: &Expr) -> &str {
        self.file
            .text
            .get(e.span.lo as usize..e.span.hi as usize)
            .unwrap_or("")
    }

    fn ty(&self, e: &Expr) -> String {
        match self.typed.types.get(e.id as usize) {
            Some(t) if *t != Type::Unknown => self.prog.numba_name(t),
            _ => "?".into(),
        }
    }

    fn add(&mut self, at: &Stmt, text: String) {
        let line = self.file.line_col(at.span.lo).0;
        self.notes
            .entry(line)
            .or_default()
            .push(format!("  {text}"));
    }

    /// `name = value` for a name target, one line per name of a tuple.
    fn bind(&mut self, at: &Stmt, target: &Expr, value: &str) {
        match &target.kind {
            ExprKind::Name(n) if matches!(self.typed.res.get(&target.id), Some(Res::Local)) => {
                let text = format!("{n} = {value}  :: {}", self.ty(target));
                self.add(at, text);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for (i, t) in items.iter().enumerate() {
                    self.bind(at, t, &format!("static_getitem(value={value}, index={i})"));
                }
            }
            _ => {}
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                let v = self.src(value).to_string();
                for t in targets {
                    match (&t.kind, &value.kind) {
                        // `x, y = a, 2` binds each name to its item.
                        (ExprKind::Tuple(names), ExprKind::Tuple(items))
                            if names.len() == items.len() =>
                        {
                            for (n, i) in names.iter().zip(items) {
                                let v = self.src(i).to_string();
                                self.bind(s, n, &v);
                            }
                        }
                        _ => self.bind(s, t, &v),
                    }
                }
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => {
                let v = self.src(value).to_string();
                self.bind(s, target, &v);
            }
            StmtKind::AugAssign { target, value, .. } => {
                let v = format!(
                    "inplace_binop(lhs={}, rhs={})",
                    self.src(target),
                    self.src(value)
                );
                self.bind(s, target, &v);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let v = format!("iternext(value=getiter(value={}))", self.src(iter));
                self.bind(s, target, &v);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { body, .. } => self.stmts(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Return(value) => {
                let v = value
                    .as_ref()
                    .map_or("const(NoneType, None)".to_string(), |v| {
                        format!("cast(value={})", self.src(v))
                    });
                let ret = self.prog.numba_name(self.ret);
                self.add(s, format!("$return_value = {v}  :: {ret}"));
                self.add(s, "return $return_value".into());
            }
            _ => {}
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }
}
