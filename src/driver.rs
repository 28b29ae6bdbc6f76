//! The driver: the one place that runs the stages. Module code goes one
//! top-level statement at a time: the statement is parsed with its module,
//! typed against the globals as they are at that moment (`front::typeck`),
//! lowered to a proto of its own with the functions it first calls
//! (`front::lower`), handed to the VM and run, so a function is compiled at
//! its first call with the types its globals have then.
//!
//! Typing asks the driver, through `typeck::Runtime`, for what only running
//! code can answer: importing a script module, opening a library, the value
//! a global has now, a C callback into compiled code. The driver also keeps
//! the VM in step with the program: before code runs, the global slots,
//! code, record layouts and source files compiled since are handed over,
//! and every compiled proto passes the bytecode verifier.

use crate::front::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::front::diag::{Diag, Loc, SourceFile};
use crate::front::lower;
use crate::front::parse;
use crate::front::typeck::{self, CallbackTarget, ImportError, Runtime};
use crate::front::typed::{Global, ModId, SpecId};
use crate::program::{ModState, Program};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;
use vm::bytecode::Proto;
use vm::error::VmError;
use vm::ffi::callback::{Callback, Direct};
use vm::ffi::clib::{self, CLib};
use vm::ffi::ctype::{CTypeId, CTypes};
use vm::interp::{Output, Vm};
use vm::types::{ConstKind, Type};

/// A failure while loading or running: a compile error or a runtime error
/// with its traceback, already rendered as Python would print it.
#[derive(Debug)]
pub enum Failure {
    Compile(Diag),
    Runtime(VmError, String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Compile(d) => write!(f, "{d}"),
            Failure::Runtime(_, text) => write!(f, "{text}"),
        }
    }
}

impl From<Diag> for Failure {
    fn from(d: Diag) -> Failure {
        Failure::Compile(d)
    }
}

pub struct Driver {
    pub vm: Vm,
    /// Callbacks C may call; they live as long as the VM they call into.
    callbacks: Vec<Callback>,
    pub argv: Vec<String>,
    /// Directory script imports are searched in.
    pub search_dir: PathBuf,
    /// Whether `sys.argv` has been given its value.
    argv_set: bool,
    /// Whether module code is compiled without running (`rumba check`).
    checking: bool,
    /// A runtime error raised by code typing ran (`eval_str`): it fails
    /// the statement being compiled, as a runtime error.
    pending: Option<Failure>,
    /// Where the session of the module statement being compiled starts.
    stmt_session: Option<usize>,
    /// The globals the statement just compiled creates on some paths only.
    unbound_globals: Vec<Rc<str>>,
    /// The session the next statement compiled joins: `eval_str`'s
    /// statement lowers the specializations its enclosing statement has
    /// typed so far, since it runs before that statement is finished.
    floor: Option<usize>,
}

/// The hidden global `eval_str` leaves its value in (no script can name it).
const EVAL: &str = " value";

impl Driver {
    pub fn new(out: Output) -> Driver {
        Driver {
            vm: Vm::new(out),
            callbacks: Vec::new(),
            argv: Vec::new(),
            search_dir: PathBuf::from("."),
            argv_set: false,
            checking: false,
            pending: None,
            stmt_session: None,
            unbound_globals: Vec::new(),
            floor: None,
        }
    }

    /// Creates a module and runs its source top to bottom.
    pub fn load_module(
        &mut self,
        prog: &mut Program,
        name: &str,
        file: Rc<SourceFile>,
    ) -> Result<ModId, Failure> {
        self.add_module(prog, name, file, true)
    }

    /// Compiles a module's statements without running them.
    pub fn check_module(
        &mut self,
        prog: &mut Program,
        name: &str,
        file: Rc<SourceFile>,
    ) -> Result<ModId, Failure> {
        self.add_module(prog, name, file, false)
    }

    fn add_module(
        &mut self,
        prog: &mut Program,
        name: &str,
        file: Rc<SourceFile>,
        run: bool,
    ) -> Result<ModId, Failure> {
        let ast = parse::parse(&file)?;
        if prog.dumps.ast {
            prog.dump_out
                .push_str(&format!("== ast of {}\n{:#?}\n", file.name, ast.body));
        }
        prog.modules.push(ModState {
            name: name.to_string(),
            file: file.clone(),
            globals: HashMap::new(),
            slots: HashMap::new(),
        });
        let id = (prog.modules.len() - 1) as ModId;
        self.define_file(prog, id, &file);
        let checking = std::mem::replace(&mut self.checking, !run);
        let r = ast.body.iter().try_for_each(|stmt| {
            if run {
                self.run_stmt(prog, id, stmt)
            } else {
                self.compile_stmt(prog, id, stmt)
                    .map(drop)
                    .map_err(Failure::Compile)
            }
        });
        self.checking = checking;
        r.map(|()| id)
    }

    /// `__file__`: the absolute path of a module read from a file, as
    /// CPython gives it (the working directory joined to the path as given,
    /// not normalized).
    fn define_file(&mut self, prog: &mut Program, m: ModId, file: &Rc<SourceFile>) {
        let path = std::path::Path::new(&file.name);
        if !path.is_file() {
            return;
        }
        let Ok(abs) = std::env::current_dir().map(|d| d.join(path)) else {
            return;
        };
        let slots = prog.global_slots(m, "__file__", &Type::Str);
        let def = Loc::new(file, Default::default());
        let global = Global {
            ty: Type::Str,
            def,
            slots: slots.clone(),
        };
        prog.modules[m as usize]
            .globals
            .insert("__file__".to_string(), global);
        self.sync(prog);
        let s = vm::value::new_str(abs.display().to_string().as_str());
        self.vm.set_global(slots[0], s);
    }

    /// Runs more source in an existing module (the REPL's next input).
    pub fn extend_module(
        &mut self,
        prog: &mut Program,
        m: ModId,
        file: Rc<SourceFile>,
    ) -> Result<(), Failure> {
        let ast = parse::parse(&file)?;
        prog.modules[m as usize].file = file;
        for stmt in &ast.body {
            self.run_stmt(prog, m, stmt)?;
        }
        Ok(())
    }

    /// Compiles and runs one top-level statement. A top-level `if` runs its
    /// test, then the branch taken one statement at a time, as module code:
    /// so a branch may open a library at a path an earlier statement of it
    /// computed, and the branch not taken is not compiled (nor imported).
    pub fn run_stmt(&mut self, prog: &mut Program, m: ModId, stmt: &Stmt) -> Result<(), Failure> {
        // A failure left by code typing ran belongs to the statement that
        // ran it, even if that statement compiled anyway.
        self.pending = None;
        if let StmtKind::If { test, body, orelse } = &stmt.kind {
            let taken = self.truth(prog, m, test)?;
            typeck::optional::narrow_global(prog, m, test, taken);
            let branch = if taken { body } else { orelse };
            return branch.iter().try_for_each(|s| self.run_stmt(prog, m, s));
        }
        let pid = self
            .compile_stmt(prog, m, stmt)
            .map_err(|d| self.pending.take().unwrap_or(Failure::Compile(d)))?;
        let maybe = std::mem::take(&mut self.unbound_globals);
        if let Err(e) = self.vm.call(pid, &[], &mut []) {
            self.vm.out.flush();
            let text = self.render_traceback(&e);
            return Err(Failure::Runtime(e, text));
        }
        // A global the statement did not bind after all is not defined,
        // so later code that reads it gets a NameError.
        for name in maybe {
            let slot = lower::bound_flag(prog, m, &name);
            if self.vm.globals.get(slot) == Some(&0) {
                prog.modules[m as usize].globals.remove(&*name);
            }
        }
        Ok(())
    }

    /// Runs an `if` test as a statement of its own: `if test: <hidden> =
    /// True else: <hidden> = False`, then reads the hidden global.
    fn truth(&mut self, prog: &mut Program, m: ModId, test: &Expr) -> Result<bool, Failure> {
        // Ids grow from the leaves, so none in `test` is above test.id.
        let assign = |k: u32, v: bool| Stmt {
            span: test.span,
            kind: StmtKind::Assign {
                targets: vec![Expr {
                    id: test.id + k,
                    span: test.span,
                    kind: ExprKind::Name(EVAL.to_string()),
                }],
                value: Expr {
                    id: test.id + k + 1,
                    span: test.span,
                    kind: ExprKind::Bool(v),
                },
            },
        };
        let stmt = Stmt {
            span: test.span,
            kind: StmtKind::If {
                test: test.clone(),
                body: vec![assign(1, true)],
                orelse: vec![assign(3, false)],
            },
        };
        let pid = self
            .compile_stmt(prog, m, &stmt)
            .map_err(|d| self.pending.take().unwrap_or(Failure::Compile(d)))?;
        let global = prog.modules[m as usize].globals.remove(EVAL);
        if let Err(e) = self.vm.call(pid, &[], &mut []) {
            self.vm.out.flush();
            let text = self.render_traceback(&e);
            return Err(Failure::Runtime(e, text));
        }
        let slot = global.and_then(|g| g.slots.first().copied());
        Ok(slot
            .and_then(|s| self.vm.globals.get(s))
            .is_some_and(|&v| v != 0))
    }

    fn compile_stmt(&mut self, prog: &mut Program, m: ModId, stmt: &Stmt) -> Result<usize, Diag> {
        let session = self.floor.take().unwrap_or(prog.specs.len());
        let outer = self.stmt_session.replace(session);
        let result = self.compile_stmt_inner(prog, m, stmt, session);
        self.stmt_session = outer;
        if result.is_err() {
            // Specializations created for a statement that failed to compile
            // would refer to code that was never generated.
            for s in session..prog.specs.len() {
                prog.drop_spec(s as SpecId);
            }
        }
        result
    }

    fn compile_stmt_inner(
        &mut self,
        prog: &mut Program,
        m: ModId,
        stmt: &Stmt,
        session: usize,
    ) -> Result<usize, Diag> {
        let first = prog.protos.len();
        let typed = typeck::infer_module_stmt(prog, self, m, stmt)?;
        typeck::infer_to_fixpoint(prog, self, session)?;
        let file = prog.file_of(m).clone();
        let pid = prog.reserve_proto(&file, "<module>");
        let proto = lower::lower_module_stmt(prog, m, stmt, &typed)?;
        self.finish_session(prog, session)?;
        self.install(prog, pid, proto);
        verify(prog, pid)?;
        if prog.dumps.bytecode {
            // Callees are complete only now, so dump after installing all.
            let mut text = String::new();
            for p in first..prog.protos.len() {
                if prog.protos[p].nregs > 0 || p == pid {
                    text.push_str(&prog.dump_proto(&prog.protos[p]));
                }
            }
            prog.dump_out.push_str(&text);
        }
        prog.commit_globals(m, &typed);
        self.unbound_globals = typed.unbound_globals;
        Ok(pid)
    }

    /// Generates code for every specialization of this session.
    fn finish_session(&mut self, prog: &mut Program, session: usize) -> Result<(), Diag> {
        for s in session..prog.specs.len() {
            if !prog.specs[s].valid || prog.protos[prog.specs[s].proto].nregs != 0 {
                continue;
            }
            let proto = lower::lower_spec(prog, s as SpecId)?;
            let pid = prog.specs[s].proto;
            if prog.dumps.types {
                let text = typeck::dump_spec(prog, s as SpecId);
                prog.dump_out.push_str(&text);
            }
            self.install(prog, pid, proto);
        }
        for s in session..prog.specs.len() {
            if prog.specs[s].valid {
                verify(prog, prog.specs[s].proto)?;
            }
        }
        Ok(())
    }

    /// The compiled specialization of module function `name` for argument
    /// types `args`: its proto and return type.
    pub fn specialize_global(
        &mut self,
        prog: &mut Program,
        m: ModId,
        name: &str,
        args: &[Type],
    ) -> Result<(usize, Type), Failure> {
        let f = match prog.modules[m as usize].globals.get(name).map(|g| &g.ty) {
            Some(Type::Const(ConstKind::Func, f)) => *f,
            Some(_) => {
                return Err(Failure::Compile(Diag::new(
                    "TypeError",
                    format!("'{name}' is not a function"),
                    None,
                )))
            }
            None => {
                return Err(Failure::Compile(Diag::new(
                    "NameError",
                    format!("name '{name}' is not defined"),
                    None,
                )))
            }
        };
        let nparams = prog.funcs[f as usize].def.params.positional.len();
        if nparams != args.len() {
            return Err(Failure::Compile(Diag::new(
                "TypeError",
                format!(
                    "{name}() takes {nparams} arguments but {} were given",
                    args.len()
                ),
                None,
            )));
        }
        let session = prog.specs.len();
        let r = (|| {
            let s = typeck::specialize(prog, self, f, args.to_vec())?;
            typeck::infer_to_fixpoint(prog, self, session)?;
            self.finish_session(prog, session)?;
            Ok((
                prog.specs[s as usize].proto,
                prog.specs[s as usize].ret.clone(),
            ))
        })();
        if r.is_err() {
            for s in session..prog.specs.len() {
                prog.drop_spec(s as SpecId);
            }
        }
        self.sync(prog);
        r.map_err(Failure::Compile)
    }

    /// Installs compiled code in the program and the VM.
    fn install(&mut self, prog: &mut Program, pid: usize, proto: Proto) {
        let proto = Rc::new(proto);
        prog.protos[pid] = proto.clone();
        self.sync(prog);
        self.vm.protos[pid] = proto;
    }

    /// Hands the VM what the program gained since the last call: global
    /// slots (with `sys.argv`'s value), reserved code, record layouts and
    /// source files.
    fn sync(&mut self, prog: &Program) {
        for &r in &prog.global_refs[self.vm.globals.len()..] {
            self.vm.add_global(r);
        }
        if let (Some(slot), false) = (prog.argv_slot, self.argv_set) {
            let list = vm::value::ListObj::of_strs();
            for a in &self.argv {
                let s = vm::value::new_str(a.as_str());
                // SAFETY: `list` was just created as a list.
                unsafe { vm::value::obj_mut::<vm::value::ListObj>(list).push(&[s]) };
                vm::value::decref(s);
            }
            self.vm.set_global(slot, list);
            self.argv_set = true;
        }
        let have = self.vm.protos.len();
        self.vm.protos.extend(prog.protos[have..].iter().cloned());
        let have = self.vm.files.len();
        self.vm.files.extend(prog.files[have..].iter().cloned());
        for (id, r) in &prog.records {
            self.vm.records.entry(*id).or_insert_with(|| r.clone());
        }
    }

    /// Python's traceback format.
    pub fn render_traceback(&self, e: &VmError) -> String {
        self.vm.render_traceback(e)
    }
}

/// Runs the bytecode verifier over an installed proto, whose callees are
/// installed too. A failure is a bug of the compiler's, reported as an
/// error rather than run.
fn verify(prog: &Program, pid: usize) -> Result<(), Diag> {
    let env = vm::verify::Env {
        protos: &prog.protos,
        global_refs: &prog.global_refs,
    };
    vm::verify::verify(&prog.protos[pid], &env)
        .map_err(|m| Diag::new("SystemError", format!("internal error: {m}"), None))
}

impl Runtime for Driver {
    fn import(&mut self, prog: &mut Program, name: &str) -> Result<ModId, ImportError> {
        if let Some(m) = prog.modules.iter().position(|m| m.name == name) {
            return Ok(m as ModId);
        }
        let path = self.search_dir.join(format!("{name}.py"));
        // The script's own modules first, as Python's path puts the
        // script's folder before the standard library.
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => SourceFile::new(path.display().to_string(), text),
            Err(_) => match crate::stdlib::source(name) {
                Some(text) => {
                    let path = format!("{}{name}.py", vm::interp::SHIPPED_FILES);
                    SourceFile::new(path, text.to_string())
                }
                None => return Err(ImportError::NotFound),
            },
        };
        match self.load_module(prog, name, file) {
            Ok(m) => Ok(m),
            Err(Failure::Compile(d)) => Err(ImportError::Failed(d)),
            Err(Failure::Runtime(e, text)) => Err(ImportError::Failed(
                Diag::new(
                    "ImportError",
                    format!("running module '{name}' failed:\n{}", text.trim_end()),
                    None,
                )
                .note(e.to_string(), None),
            )),
        }
    }

    fn open_library(&mut self, path: Option<&str>) -> Result<CLib, String> {
        clib::open(path)
    }

    fn eval_str(&mut self, prog: &mut Program, m: ModId, e: &Expr) -> Result<String, Diag> {
        let loc = Loc::new(prog.file_of(m), e.span);
        if self.checking {
            return Err(Diag::new(
                "TypeError",
                "this value is computed when the script runs, and checking does not run it",
                Some(loc),
            ));
        }
        // `<hidden> = e`: ids grow from the leaves, so no id in `e` is
        // above e.id and the target's cannot collide.
        let target = Expr {
            id: e.id + 1,
            span: e.span,
            kind: ExprKind::Name(EVAL.to_string()),
        };
        let stmt = Stmt {
            span: e.span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value: e.clone(),
            },
        };
        self.floor = self.stmt_session;
        let r = self.run_stmt(prog, m, &stmt);
        let global = prog.modules[m as usize].globals.remove(EVAL);
        match r {
            Err(Failure::Compile(d)) => return Err(d),
            Err(f) => {
                self.pending = Some(f);
                return Err(Diag::new("RuntimeError", "the value failed", Some(loc)));
            }
            Ok(()) => {}
        }
        match global {
            Some(Global {
                ty: Type::Str,
                slots,
                ..
            }) => slots
                .first()
                .and_then(|&s| self.str_global(s))
                .ok_or_else(|| Diag::new("TypeError", "expected a str", Some(loc))),
            _ => Err(Diag::new("TypeError", "expected a str", Some(loc))),
        }
    }

    fn run_spec(&mut self, prog: &mut Program, s: SpecId) -> Result<Option<Vec<u64>>, Diag> {
        if self.checking {
            return Ok(None);
        }
        typeck::infer_to_fixpoint(prog, self, s as usize)?;
        self.finish_session(prog, s as usize)?;
        let pid = prog.specs[s as usize].proto;
        let mut out = vec![0; prog.protos[pid].nret];
        if let Err(e) = self.vm.call(pid, &[], &mut out) {
            self.vm.out.flush();
            let text = self.render_traceback(&e);
            self.pending = Some(Failure::Runtime(e, text));
            return Err(Diag::new(
                "RuntimeError",
                "the typing function failed",
                None,
            ));
        }
        Ok(Some(out))
    }

    fn str_global(&self, slot: usize) -> Option<String> {
        let v = *self.vm.globals.get(slot)?;
        // SAFETY: typing asks only for slots of str globals, which hold a
        // string or are still empty.
        (v != 0).then(|| unsafe { vm::value::str_of(v) }.to_string())
    }

    fn callback(
        &mut self,
        ctypes: &CTypes,
        fty: CTypeId,
        cb: CallbackTarget,
    ) -> Result<usize, String> {
        let CallbackTarget {
            proto,
            name,
            nret,
            to_c,
            to_float,
        } = cb;
        let target = vm::lib_cfunc::target(proto, nret, to_c, to_float, Vec::new());
        let on_error = vm::lib_cfunc::on_error(name);
        let mut cb = Callback::new(ctypes, fty, target, on_error, 0)?;
        if to_c && matches!(nret, None | Some(1)) {
            cb.set_direct(Direct {
                pid: proto,
                to_float,
            });
        }
        let addr = cb.code_ptr();
        self.callbacks.push(cb);
        Ok(addr)
    }
}
