//! Typing (inference), per specialization. A function body is walked with
//! an environment mapping each variable to its current type; assignments may
//! change a variable's type in straight-line code, and where control flow
//! joins (after an `if`, at a loop head) the incoming types are unified or
//! the program is rejected, naming both definitions (`stmt`). Everything
//! lowering needs is recorded in a `Typed`.
//!
//! This root holds the entry points the driver calls, the `Infer` context,
//! the `Runtime` trait through which typing asks the driver what only
//! running code knows, and the helpers every rule uses (argument checks,
//! call records). The rules are split by job: `expr` (expression dispatch),
//! `ops` (operators, numeric promotion), `names` (names, imports,
//! attributes), `calls` (call dispatch, casts), `funcs`
//! (script functions and decorators), and by subject: `numpy`, `methods`,
//! `index`, `iterate`, `fmt`, `ffi` (C interop). The built-in modules are
//! tables in `lib/`, one per module, naming each function's rule.

pub mod bound;
pub mod buffers;
pub mod calls;
pub mod class;
pub mod closure;
pub mod const_names;
pub mod context;
pub mod dict;
pub mod dispatcher;
pub mod exc;
pub mod expr;
pub mod ffi;
pub mod fmt;
pub mod funcs;
pub mod generator;
pub mod guvectorize;
pub mod index;
pub mod iterate;
pub mod lib;
pub mod literal;
pub mod mapfilter;
pub mod methods;
pub mod names;
pub mod npcomplex;
pub mod npscalar;
pub mod nptypes;
pub mod numpy;
pub mod objmode;
pub mod ops;
pub mod optional;
pub mod overload;
pub mod quantile;
pub mod records;
pub mod star;
pub mod stencil;
pub mod stmt;
pub mod unroll;
pub mod vectorize;

use crate::front::ast::*;
use crate::front::diag::{Diag, Loc, SourceFile};
use crate::front::typed::{Arg, Call, CallKind, Const, Env, Intrinsic, Res, Typed, Var};
use crate::front::typed::{FuncId, Global, ModId, SpecId};
use crate::program::{Program, SpecInfo};
use std::collections::HashSet;
use std::rc::Rc;
use vm::ffi::clib::CLib;
use vm::ffi::ctype::{CTypeId, CTypes};
use vm::native::{AuxFn, Native, NativeFn};
use vm::types::{ConstKind, Type};

pub type IResult<T> = Result<T, Diag>;

/// What typing needs from running code, asked of the driver: module code
/// runs statement by statement, so the statement being typed may depend on
/// what earlier ones computed, loaded or opened.
pub trait Runtime {
    /// Loads script module `name` (once), running its code.
    fn import(&mut self, prog: &mut Program, name: &str) -> Result<ModId, ImportError>;
    /// Opens a C library: a path, a short name, or (`None`) the process.
    fn open_library(&mut self, path: Option<&str>) -> Result<CLib, String>;
    /// The string a str global's slot holds now, if it has been set.
    fn str_global(&self, slot: usize) -> Option<String>;
    /// Runs module `m`'s str expression `e` now, as a statement of its own,
    /// and gives its value (a library path the script computes).
    fn eval_str(&mut self, prog: &mut Program, m: ModId, e: &Expr) -> IResult<String>;
    /// Compiles specialization `s` (of plain module code taking no values)
    /// and runs it now (an overload's typing function): its result slots,
    /// or `None` when checking, which runs nothing.
    fn run_spec(&mut self, prog: &mut Program, s: SpecId) -> IResult<Option<Vec<u64>>>;
    /// The address of a new C function of type `fty` that calls compiled
    /// script code.
    fn callback(
        &mut self,
        ctypes: &CTypes,
        fty: CTypeId,
        target: CallbackTarget,
    ) -> Result<usize, String>;
}

/// Why a script import failed.
pub enum ImportError {
    NotFound,
    Failed(Diag),
}

/// The script code a C callback runs: a proto with `nret` result slots
/// (`None` while its return type is being inferred: the compiled proto
/// tells); C takes the result if `to_c` (one slot), converted to a float if
/// `to_float`.
pub struct CallbackTarget {
    pub proto: usize,
    pub name: String,
    pub nret: Option<usize>,
    pub to_c: bool,
    pub to_float: bool,
}

/// Loop context: environments flowing out through break and continue.
#[derive(Default)]
struct LoopCtx {
    breaks: Vec<Env>,
    continues: Vec<Env>,
}

pub struct Infer<'p> {
    pub prog: &'p mut Program,
    pub rt: &'p mut dyn Runtime,
    pub module: ModId,
    pub file: Rc<SourceFile>,
    pub out: Typed,
    /// None when the current point is unreachable.
    pub env: Option<Env>,
    /// Names that are local to the function (assigned somewhere in it).
    locals: HashSet<Rc<str>>,
    /// Names declared `global` in the function.
    globals_declared: HashSet<Rc<str>>,
    /// Locals holding compile-time constants (`literal.rs`).
    const_locals: const_names::ConstLocals,
    /// Module-level code: every variable is a global.
    pub(super) at_module: bool,
    loops: Vec<LoopCtx>,
    /// The spec being inferred (for recursion and return types).
    spec: Option<SpecId>,
    ret: Option<(Type, Span)>,
    pub saw_unknown: bool,
    /// The first expression whose type stayed unknown, and whether it is
    /// a call.
    pub unknown_at: Option<(Span, bool)>,
    pub deps: Vec<(ModId, String, Type)>,
    /// The calls a simple module statement runs before anything else
    /// (`lib = f(g(x))`: f and g): their arguments may run before the
    /// statement does.
    pub first_calls: Vec<ExprId>,
    /// The next expression id no node of the code being typed has (for
    /// the copies of unrolled loops).
    next_id: u32,
    /// A generator expression passed to a function that consumes it whole
    /// (`sum`, `sorted`, `str.join`...): it is built as a list.
    gen_arg: Option<ExprId>,
    /// List displays whose values only numpy sees (`np.array([1, 2.5])`):
    /// their elements' types unify even outside jitted code.
    numpy_lists: HashSet<ExprId>,
    /// List displays of record fields (`np.dtype([...])`, `dtype=[...]`):
    /// read at compile time, item by item, and never built.
    pub(super) field_lists: HashSet<ExprId>,
    /// Per enclosing `try` region: the variables assigned in it, with
    /// their types and where (see `exc`).
    pub(super) try_assigned: Vec<Vec<(Rc<str>, Type, Span)>>,
    /// Typing a generator: `ret` gathers what it yields.
    pub(super) gen: bool,
    /// Typing an objmode block of jitted code: it is plain code.
    objmode: bool,
    /// Plain code's variables whose differently typed definitions met
    /// (`Type::Conflict`): two of those definitions.
    pub(super) conflicts: std::collections::HashMap<Rc<str>, (Span, Span)>,
}

/// Infers one top-level statement of a module.
pub fn infer_module_stmt(
    prog: &mut Program,
    rt: &mut dyn Runtime,
    m: ModId,
    stmt: &Stmt,
) -> IResult<Typed> {
    let file = prog.file_of(m).clone();
    let env: Env = prog.modules[m as usize]
        .globals
        .iter()
        .map(|(k, g)| {
            (
                Rc::from(k.as_str()),
                Var {
                    ty: g.ty.clone(),
                    def: g.def.span,
                    maybe: false,
                },
            )
        })
        .collect();
    let mut inf = Infer::new(prog, rt, m, file, true);
    inf.next_id = unroll::id_limit(std::slice::from_ref(stmt));
    inf.env = Some(env.clone());
    let mut value = match &stmt.kind {
        StmtKind::Expr(v)
        | StmtKind::Assign { value: v, .. }
        | StmtKind::AnnAssign { value: Some(v), .. } => Some(v),
        _ => None,
    };
    // A callee named by a dotted name runs nothing; then the first
    // argument is evaluated first.
    while let Some(ExprKind::Call { func, args, .. }) = value.map(|v| &v.kind) {
        let mut f = &**func;
        while let ExprKind::Attribute { value, .. } = &f.kind {
            f = value;
        }
        if !matches!(f.kind, ExprKind::Name(_)) {
            break;
        }
        inf.first_calls.extend(value.map(|v| v.id));
        value = args.first();
    }
    inf.stmt(stmt)?;
    if let (true, Some((span, _))) = (inf.saw_unknown, inf.unknown_at) {
        // Its code would be left out: an item of a container nothing is
        // ever stored in, or a value computed from one.
        return Err(inf.err(
            "TypeError",
            span,
            "rumba cannot type this value: nothing it comes from ever holds a value here (an item of an empty list or dict?)",
        ));
    }
    // Globals assigned by the statement, with their final types.
    if let Some(end) = inf.env.take() {
        for (name, var) in end {
            if var.maybe && var.ty.slots() > 0 && !env.contains_key(&name) {
                inf.out.unbound_globals.push(name.clone());
            }
            let changed = env
                .get(&name)
                .is_none_or(|old| old.ty != var.ty || old.def != var.def);
            if changed {
                let slots = inf.prog.global_slots(m, &name, &var.ty);
                let def = Loc::new(&inf.file, var.def);
                inf.out.global_out.push((
                    name.to_string(),
                    Global {
                        ty: var.ty,
                        def,
                        slots,
                    },
                ));
            }
        }
    }
    Ok(inf.out)
}

/// Infers (or re-infers) a specialization; returns whether it saw the
/// still-unknown return type of a recursive call.
pub fn infer_spec(prog: &mut Program, rt: &mut dyn Runtime, s: SpecId) -> IResult<bool> {
    let spec = &prog.specs[s as usize];
    let fid = spec.func;
    let args = spec.args.clone();
    let f = &prog.funcs[fid as usize];
    let def = f.def.clone();
    let m = f.module;
    let opts = f.opts.clone();
    let file = f.file.clone();
    let mut inf = Infer::new(prog, rt, m, file, false);
    inf.next_id = unroll::id_limit(&def.body);
    inf.spec = Some(s);
    inf.collect_locals(&def);
    inf.gen = generator::is_generator(&def.body);
    inf.const_locals = const_names::ConstLocals::of(&def);
    let mut env = Env::new();
    let captures = inf.prog.funcs[fid as usize].captures.clone();
    for c in &captures {
        inf.locals.insert(Rc::from(c.as_str()));
    }
    for ((_, p), t) in funcs::func_params(&def.params, &captures)
        .into_iter()
        .zip(&args)
    {
        let name: Rc<str> = Rc::from(p.name.as_str());
        let ty = match opts.locals.get(&p.name) {
            Some(decl) => decl.clone(),
            None => t.clone(),
        };
        inf.out.params.push((name.clone(), t.clone()));
        env.insert(
            name,
            Var {
                ty,
                def: p.span,
                maybe: false,
            },
        );
    }
    let mut declared: Vec<_> = opts.locals.iter().collect();
    declared.sort_by(|a, b| a.0.cmp(b.0));
    for (k, t) in declared {
        let name: Rc<str> = Rc::from(k.as_str());
        inf.out.declared.insert(name.clone(), t.clone());
        // A struct declared as a local starts as a zeroed struct, as in
        // Numba (`locals=dict(value=struct_type)`, then `value.a = 10`).
        if let (Type::Record(id), false) = (t, env.contains_key(&name)) {
            inf.prog.register_record(*id);
            inf.locals.insert(name.clone());
            inf.out.struct_locals.push((name.clone(), *id));
            env.insert(
                name,
                Var {
                    ty: t.clone(),
                    def: def.name_span,
                    maybe: false,
                },
            );
        }
    }
    inf.env = Some(env);
    inf.block(&def.body)?;
    let ret = match (inf.ret.take(), inf.env.is_some()) {
        (yields, _) if inf.gen => yields.map_or(Type::None, |(t, _)| t),
        (Some((t, _)), false) => t,
        (Some((t, span)), true) => {
            // Falling off the end returns None.
            if t == Type::None || t == Type::Unknown {
                if t == Type::Unknown {
                    Type::Unknown
                } else {
                    Type::None
                }
            } else if let Some(opt) = optional::unify(&inf, &t, &Type::None) {
                opt
            } else {
                return Err(inf.err(
                    "TypeError",
                    span,
                    format!(
                        "function '{}' returns {} here but can also end without returning a value",
                        def.name,
                        inf.tyname(&t)
                    ),
                ));
            }
        }
        (None, _) => Type::None,
    };
    // A signature's declared return type is what its returns convert to
    // (`@njit("float64(int64)")` returning `n // 2` gives a float).
    let declared = opts
        .sigs
        .iter()
        .find_map(|(a, r)| if *a == args { r.clone() } else { None });
    let ret = match declared {
        Some(r) if ret != Type::Unknown && !inf.gen => r,
        _ => ret,
    };
    let saw = inf.saw_unknown;
    let unknown_at = inf.unknown_at.filter(|_| saw);
    let deps = std::mem::take(&mut inf.deps);
    let mut typed = std::mem::take(&mut inf.out);
    // Numba boxes what a jitted function returns to Python scalars.
    let ret = if opts.jit && opts.callback.is_none() {
        numpy::boxed(&ret)
    } else {
        ret
    };
    typed.ret = ret.clone();
    // A generator's code yields its values; a call of it makes the object.
    let ret = if inf.gen && ret != Type::Unknown {
        generator::gen_type(ret)
    } else {
        ret
    };
    let spec = &mut prog.specs[s as usize];
    spec.ret = ret;
    spec.deps = deps;
    spec.typed = Some(Rc::new(typed));
    spec.unknown_at = unknown_at;
    Ok(saw)
}

impl<'p> Infer<'p> {
    fn new(
        prog: &'p mut Program,
        rt: &'p mut dyn Runtime,
        module: ModId,
        file: Rc<SourceFile>,
        at_module: bool,
    ) -> Infer<'p> {
        let n = 0;
        Infer {
            prog,
            rt,
            module,
            file,
            out: Typed {
                types: vec![Type::Unknown; n],
                ..Typed::default()
            },
            env: None,
            locals: HashSet::new(),
            globals_declared: HashSet::new(),
            const_locals: const_names::ConstLocals::default(),
            at_module,
            loops: Vec::new(),
            spec: None,
            ret: None,
            saw_unknown: false,
            unknown_at: None,
            deps: Vec::new(),
            first_calls: Vec::new(),
            next_id: 0,
            gen_arg: None,
            numpy_lists: HashSet::new(),
            field_lists: HashSet::new(),
            try_assigned: Vec::new(),
            gen: false,
            objmode: false,
            conflicts: Default::default(),
        }
    }

    pub fn err(&self, kind: &'static str, span: Span, msg: impl Into<String>) -> Diag {
        Diag::new(kind, msg, Some(Loc::new(&self.file, span)))
    }

    pub fn loc(&self, span: Span) -> Loc {
        Loc::new(&self.file, span)
    }

    pub fn tyname(&self, t: &Type) -> String {
        self.prog.type_name(t)
    }

    pub fn set(&mut self, e: &Expr, t: Type) -> Type {
        let i = e.id as usize;
        if self.out.types.len() <= i {
            self.out.types.resize(i + 1, Type::Unknown);
        }
        self.out.types[i] = t.clone();
        t
    }

    pub fn res(&mut self, e: &Expr, r: Res) {
        self.out.res.insert(e.id, r);
    }

    pub fn konst(&mut self, e: &Expr, c: Const) {
        self.out.consts.insert(e.id, c);
    }

    pub fn const_of(&self, e: &Expr) -> Option<&Const> {
        self.out.consts.get(&e.id)
    }

    /// The specialization of `f` for `args`, inferring it if new.
    pub fn specialize(&mut self, f: FuncId, args: Vec<Type>, span: Span) -> IResult<SpecId> {
        specialize(self.prog, self.rt, f, args).map_err(|d| {
            if d.loc.is_none() {
                Diag {
                    loc: Some(self.loc(span)),
                    ..d
                }
            } else {
                d
            }
        })
    }

    /// Whether the code being typed is compiled by Numba (a decorated
    /// function or a Numba cfunc), where numpy scalars print as Python's.
    pub fn jitted(&self) -> bool {
        !self.objmode
            && self.spec.is_some_and(|s| {
                let o = &self.prog.funcs[self.prog.specs[s as usize].func as usize].opts;
                o.jit || matches!(o.callback, Some((_, true)))
            })
    }

    pub fn spec_ret(&mut self, s: SpecId) -> Type {
        let t = self.prog.specs[s as usize].ret.clone();
        if t == Type::Unknown {
            self.saw_unknown = true;
        }
        let deps = self.prog.specs[s as usize].deps.clone();
        self.deps.extend(deps);
        t
    }
}

/// Gets or creates the specialization of function `f` for `args`.
pub fn specialize(
    prog: &mut Program,
    rt: &mut dyn Runtime,
    f: FuncId,
    args: Vec<Type>,
) -> IResult<SpecId> {
    if let Some(&s) = prog.funcs[f as usize].specs.get(&args) {
        return Ok(s);
    }
    let info = &prog.funcs[f as usize];
    let file = info.file.clone();
    let name = info.name.clone();
    let proto = prog.reserve_proto(&file, &name);
    let s = prog.specs.len() as SpecId;
    prog.specs.push(SpecInfo {
        func: f,
        args: args.clone(),
        ret: Type::Unknown,
        proto,
        deps: Vec::new(),
        typed: None,
        valid: true,
        unknown_at: None,
    });
    let info = &mut prog.funcs[f as usize];
    info.specs.insert(args, s);
    info.order.push(s);
    infer_spec(prog, rt, s)?;
    Ok(s)
}

/// Re-infers the specializations created since `session` until their
/// return types stop changing: recursive calls see the return type of the
/// previous round.
pub fn infer_to_fixpoint(prog: &mut Program, rt: &mut dyn Runtime, session: usize) -> IResult<()> {
    for _round in 0..32 {
        let mut changed = false;
        for s in session..prog.specs.len() {
            if !prog.specs[s].valid {
                continue;
            }
            let before = prog.specs[s].ret.clone();
            let saw_unknown = infer_spec(prog, rt, s as SpecId)?;
            changed |= saw_unknown || prog.specs[s].ret != before;
        }
        if !changed {
            return Ok(());
        }
    }
    let s = &prog.specs[session];
    let f = &prog.funcs[s.func as usize];
    let data = prog.specs[session..]
        .iter()
        .filter(|s| s.valid)
        .find_map(|s| match s.unknown_at {
            Some((span, false)) => Some((s.func, span)),
            _ => None,
        });
    if let Some((func, span)) = data {
        let f = &prog.funcs[func as usize];
        return Err(Diag::new(
            "TypeError",
            format!("rumba cannot type this value in '{}': nothing it comes from ever holds a value here (an item of an empty list or dict?)", f.name),
            Some(Loc::new(&f.file, span)),
        ));
    }
    Err(Diag::new(
        "TypeError",
        format!("cannot infer the return type of '{}': its recursion never reaches a return with a known type", f.name),
        Some(Loc::new(&f.file, f.def.name_span)),
    ))
}

/// A readable summary of a specialization's types.
pub fn dump_spec(prog: &Program, s: SpecId) -> String {
    let spec = &prog.specs[s as usize];
    let f = &prog.funcs[spec.func as usize];
    let mut out = String::new();
    let args: Vec<String> = spec.args.iter().map(|t| prog.type_name(t)).collect();
    out.push_str(&format!(
        "== types of {}({}) -> {}\n",
        f.name,
        args.join(", "),
        prog.type_name(&spec.ret)
    ));
    if let Some(typed) = &spec.typed {
        for (name, tys) in &typed.local_types {
            let names: Vec<String> = tys.iter().map(|t| prog.type_name(t)).collect();
            out.push_str(&format!("   {name}: {}\n", names.join(" | ")));
        }
    }
    out
}

/// A built-in function value, interned by qualified name.
pub fn builtin(prog: &mut Program, name: &str) -> Type {
    Type::Const(ConstKind::Builtin, prog.intern_builtin(name))
}

/// A native call record.
pub fn native(name: &str, f: NativeFn, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    native_call(name, Native::plain(f), args, arg_types)
}

/// A native call record of `f`, which reads `aux`.
pub fn native_aux<T: 'static>(
    name: &str,
    f: AuxFn<T>,
    args: Vec<Arg>,
    arg_types: Vec<Type>,
    aux: T,
) -> Res {
    native_call(name, Native::with(f, aux), args, arg_types)
}

fn native_call(name: &str, native: Native, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    Res::Call(Call {
        kind: CallKind::Native {
            name: Rc::from(name),
            native,
        },
        recv: None,
        args,
        arg_types,
    })
}

pub fn intrinsic(i: Intrinsic, args: Vec<Arg>, arg_types: Vec<Type>) -> Res {
    Res::Call(Call {
        kind: CallKind::Intrinsic(i),
        recv: None,
        args,
        arg_types,
    })
}

/// Positional arguments as `Arg`s.
pub fn pos_args(n: usize) -> Vec<Arg> {
    (0..n).map(Arg::Pos).collect()
}

pub fn kw_index(kws: &[Keyword], name: &str) -> Option<usize> {
    kws.iter().position(|k| k.name == name)
}

/// Rejects keywords outside `allowed`.
pub fn check_kws(inf: &Infer, fname: &str, kws: &[Keyword], allowed: &[&str]) -> IResult<()> {
    for k in kws {
        if !allowed.contains(&k.name.as_str()) {
            return Err(inf.err(
                "TypeError",
                k.name_span,
                format!("{fname}() got an unexpected keyword argument '{}'", k.name),
            ));
        }
    }
    Ok(())
}

pub fn arity(inf: &Infer, e: &Expr, fname: &str, n: usize, min: usize, max: usize) -> IResult<()> {
    if n < min || n > max {
        let expected = if min == max {
            format!("exactly {min}")
        } else if n < min {
            format!("at least {min}")
        } else {
            format!("at most {max}")
        };
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "{fname}() takes {expected} argument{} ({n} given)",
                if max == 1 && min == max { "" } else { "s" }
            ),
        ));
    }
    Ok(())
}

pub fn type_err(inf: &Infer, span: Span, msg: impl Into<String>) -> crate::front::diag::Diag {
    inf.err("TypeError", span, msg)
}

/// A compile-time string argument.
pub fn const_str(inf: &Infer, e: &Expr, what: &str) -> IResult<Rc<str>> {
    match inf.const_of(e) {
        Some(Const::Str(s)) => Ok(s.clone()),
        _ => Err(type_err(
            inf,
            e.span,
            format!("{what} must be a constant string"),
        )),
    }
}

pub fn const_int(inf: &Infer, e: &Expr, what: &str) -> IResult<i64> {
    match inf.const_of(e) {
        Some(Const::Int(v)) => Ok(*v as i64),
        _ => Err(type_err(
            inf,
            e.span,
            format!("{what} must be a constant integer"),
        )),
    }
}

/// The (name, type expression) pairs of a field list `[('x', T), ...]`
/// (numba's `struct`, numpy's `dtype`, ctypes' `_fields_`), typed.
pub fn field_pairs<'e>(inf: &mut Infer, e: &'e Expr) -> IResult<Vec<(Rc<str>, &'e Expr)>> {
    field_items(inf, e)?
        .into_iter()
        .map(|(name, t, shape)| match shape {
            Some(s) => Err(type_err(
                inf,
                s.span,
                "expected a (name, type) pair (bit fields are not supported)",
            )),
            None => Ok((name, t)),
        })
        .collect()
}

/// `[(name, type)]` or `[(name, type, shape)]` items of a field list.
#[allow(clippy::type_complexity)]
pub fn field_items<'e>(
    inf: &mut Infer,
    e: &'e Expr,
) -> IResult<Vec<(Rc<str>, &'e Expr, Option<&'e Expr>)>> {
    let ExprKind::List(items) = &e.kind else {
        return Err(type_err(
            inf,
            e.span,
            "expected a list of (name, type) pairs",
        ));
    };
    let mut out = Vec::new();
    for i in items {
        let ExprKind::Tuple(pair) = &i.kind else {
            return Err(type_err(inf, i.span, "expected a (name, type) pair"));
        };
        if !(2..=3).contains(&pair.len()) {
            return Err(type_err(inf, i.span, "expected a (name, type) pair"));
        }
        for p in pair {
            inf.expr(p)?;
        }
        let name = const_str(inf, &pair[0], "a field name")?;
        out.push((name, &pair[1], pair.get(2)));
    }
    Ok(out)
}
