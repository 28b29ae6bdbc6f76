//! Type inference, per specialization. A function body is walked with an
//! environment mapping each variable to its current type; assignments may
//! change a variable's type in straight-line code, and where control flow
//! joins (after an `if`, at a loop head) the incoming types are unified or
//! the program is rejected, naming both definitions. Loops are walked until
//! their head environment stops changing.
//!
//! Inference records everything lowering needs: the type of every
//! expression, how each name, call, attribute and subscript resolved, the
//! environments at join points, and the constant value of expressions whose
//! value is known at compile time.

use super::ast::*;
use super::builtins;
use super::diag::{Diag, Loc, SourceFile};
use crate::program::{FuncId, Global, ModId, Program, SpecId, SpecInfo};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use vm::dtype::DType;
use vm::ffi::clib::CLib;
use vm::ffi::ctype::CTypeId;
use vm::ffi::ctype::CTypes;
use vm::native::Native;
use vm::types::{ConstKind, IntTy, Layout, Type, PYINT};

/// A value known at compile time.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i128),
    Float(f64),
    Bool(bool),
    Str(Rc<str>),
    None,
    Tuple(Vec<Const>),
}

/// A variable in an environment.
#[derive(Clone, Debug, PartialEq)]
pub struct Var {
    pub ty: Type,
    /// Where it got this type.
    pub def: Span,
}

pub type Env = BTreeMap<Rc<str>, Var>;

/// Where a call argument comes from after keywords and defaults are
/// matched to parameters.
#[derive(Clone, Debug)]
pub enum Arg {
    Pos(usize),
    Kw(usize),
    Const(Const, Type),
}

/// Operations with their own instructions rather than a native call.
#[derive(Clone, Debug)]
pub enum Intrinsic {
    /// A one-argument float math function (FMATH), on a float argument.
    Math(vm::bytecode::MathFn),
    Math2(vm::bytecode::MathFn2),
    Abs,
    Min,
    Max,
    Len,
    /// Conversion of the single argument to the result type.
    Cast,
    Range,
    /// Address of a numpy array's data (`a.ctypes.data`).
    DataPtr,
    /// `ffi.cast`/`T(p)` pointer reinterpretation: the value is unchanged.
    Reinterpret,
    /// Builds a tuple from its arguments.
    Tuple,
    /// `divmod(a, b)`: floor quotient and remainder.
    DivMod,
    /// A binary operator applied to the two arguments (`pow(a, b)`).
    BinOp(BinOp),
    /// `list(zip(...))` and the like: the argument is iterated into a list.
    ListOf,
    /// `sum` of a tuple's elements.
    Sum,
    /// One slot of the argument: `z.real` (0) and `z.imag` (1).
    Part(u8),
    /// `z.conjugate()`.
    Conj,
}

/// What a call does.
#[derive(Clone, Debug)]
pub enum CallKind {
    /// A script function specialization.
    Spec(SpecId),
    /// A native function.
    Native {
        name: Rc<str>,
        native: Native,
    },
    Intrinsic(Intrinsic),
    /// Known at compile time; the call produces no code (e.g. `struct(...)`
    /// or `ffi.cdef` executed during compilation).
    Static,
    /// New zeroed C data with the arguments stored into it.
    CInit(Rc<CInit>),
}

/// Where a value goes in C memory: at `offset`, converted to `ty`, written
/// as `mem` (structs and arrays are copied whole).
#[derive(Clone, Debug)]
pub struct CSlot {
    pub offset: u32,
    pub ty: Type,
    pub mem: vm::dtype::DType,
}

/// A C data constructor: the allocation, and the slot of each argument
/// slot in order (a tuple argument spreads over several).
#[derive(Clone, Debug)]
pub struct CInit {
    pub spec: vm::lib_ffi::NewCData,
    pub slots: Vec<CSlot>,
}

#[derive(Clone, Debug)]
pub struct Call {
    pub kind: CallKind,
    /// The receiver of a method call (or the callee, for a call through a
    /// function pointer), evaluated first as argument 0.
    pub recv: Option<ExprId>,
    pub args: Vec<Arg>,
    /// Types the arguments are converted to before the call.
    pub arg_types: Vec<Type>,
}

/// How an expression resolved.
#[derive(Clone, Debug)]
pub enum Res {
    /// A local variable (its register is chosen by name and type).
    Local,
    /// A module global stored in VM slots.
    Global(Vec<usize>),
    /// A compile-time constant (value in `consts`, or a slotless type).
    Const,
    Call(Call),
    /// A field of a record: byte offset, the field's type, and the dtype it
    /// has in memory (a C `float` field reads as a Python float).
    Field {
        offset: u32,
        ty: Type,
        mem: DType,
    },
    /// A C global variable of a library, at a fixed address: read and
    /// stored as a field at offset 0 would be.
    CGlobal {
        addr: u64,
        ty: Type,
        mem: DType,
    },
    /// A record field read through an array element, fused:
    /// `a[i].x` loads straight from the array.
    ElemField {
        offset: u32,
    },
    /// An array attribute.
    ArrayAttr(ArrayAttr),
    /// One field of a record array as an array view.
    FieldArray {
        offset: u32,
        dtype: DType,
    },
    /// Element access: integer indices on all dimensions.
    Elem,
    /// Slicing (some indices are slices): a new view.
    SliceView,
    /// Indexing a raw pointer or C data; C arrays of known length check
    /// the index against it.
    PtrElem(Option<u64>),
    /// A tuple element at a constant index.
    TupleItem(usize),
    /// A tuple sliced with constant bounds: the elements picked.
    TupleSlice(Vec<usize>),
    /// A list element.
    ListItem,
    /// A string index or slice.
    StrIndex,
}

#[derive(Clone, Copy, Debug)]
pub enum ArrayAttr {
    Shape,
    Size,
    Ndim,
    Dtype,
    Data,
    Itemsize,
    Nbytes,
    T,
}

/// The results of inference for one function specialization or one
/// module statement.
#[derive(Default, Debug)]
pub struct Typed {
    pub types: Vec<Type>,
    pub res: HashMap<ExprId, Res>,
    pub consts: HashMap<ExprId, Const>,
    /// Environments at join points, keyed by statement address and kind.
    pub joins: HashMap<(usize, u8), Env>,
    pub params: Vec<(Rc<str>, Type)>,
    pub ret: Type,
    /// For module statements: the globals assigned and their final types.
    pub global_out: Vec<(String, Global)>,
    /// Names declared by `locals=` with their types (assignments convert).
    pub declared: HashMap<Rc<str>, Type>,
    /// Every type each local had, for dumps.
    pub local_types: BTreeMap<Rc<str>, Vec<Type>>,
    /// The element type each loop or comprehension iterable yields.
    pub iter_elems: HashMap<ExprId, Type>,
    /// Method calls that gave an empty list its element type: the variable
    /// and its type before and after.
    pub refines: HashMap<ExprId, (Rc<str>, Type, Type)>,
    /// Struct locals declared by `locals=`, allocated on entry.
    pub struct_locals: Vec<(Rc<str>, CTypeId)>,
    /// Statements that run at compile time only (ctypes signatures).
    pub static_stmts: HashSet<usize>,
    /// Calls whose C result converts further: the type the call produces
    /// and the one the script sees (ctypes `char *` and C `char` as bytes,
    /// ctypes `void *` as an int).
    pub post_convert: HashMap<ExprId, (Type, Type)>,
    /// Runtime values bound by `from m import name`, per statement.
    pub imports: HashMap<usize, Vec<(Rc<str>, builtins::ImportVal)>>,
}

impl Res {
    /// A field whose memory holds its type's own dtype.
    pub fn field(offset: u32, ty: Type) -> Res {
        let mem = ty.dtype().unwrap_or(DType::U64);
        Res::Field { offset, ty, mem }
    }
}

impl Typed {
    pub fn ty(&self, e: &Expr) -> &Type {
        &self.types[e.id as usize]
    }
}

pub const JOIN_IF: u8 = 0;
pub const JOIN_LOOP_HEAD: u8 = 1;
pub const JOIN_LOOP_EXIT: u8 = 2;
pub const JOIN_LOOP_ELSE: u8 = 3;

pub fn stmt_key(s: &Stmt) -> usize {
    s as *const Stmt as usize
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
    /// Module-level code: every variable is a global.
    at_module: bool,
    loops: Vec<LoopCtx>,
    /// The spec being inferred (for recursion and return types).
    spec: Option<SpecId>,
    ret: Option<(Type, Span)>,
    pub saw_unknown: bool,
    pub deps: Vec<(ModId, String, Type)>,
}

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
                },
            )
        })
        .collect();
    let mut inf = Infer::new(prog, rt, m, file, true);
    inf.env = Some(env.clone());
    inf.stmt(stmt)?;
    // Globals assigned by the statement, with their final types.
    if let Some(end) = inf.env.take() {
        for (name, var) in end {
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
    inf.spec = Some(s);
    inf.collect_locals(&def);
    let mut env = Env::new();
    for (p, t) in def.params.positional.iter().zip(&args) {
        let name: Rc<str> = Rc::from(p.name.as_str());
        let ty = match opts.locals.get(&p.name) {
            Some(decl) => decl.clone(),
            None => t.clone(),
        };
        inf.out.params.push((name.clone(), t.clone()));
        env.insert(name, Var { ty, def: p.span });
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
                },
            );
        }
    }
    inf.env = Some(env);
    inf.block(&def.body)?;
    let ret = match (inf.ret.take(), inf.env.is_some()) {
        (Some((t, _)), false) => t,
        (Some((t, span)), true) => {
            // Falling off the end returns None.
            if t == Type::None || t == Type::Unknown {
                if t == Type::Unknown {
                    Type::Unknown
                } else {
                    Type::None
                }
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
    let saw = inf.saw_unknown;
    let deps = std::mem::take(&mut inf.deps);
    let mut typed = std::mem::take(&mut inf.out);
    typed.ret = ret.clone();
    let spec = &mut prog.specs[s as usize];
    spec.ret = ret;
    spec.deps = deps;
    spec.typed = Some(Rc::new(typed));
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
            at_module,
            loops: Vec::new(),
            spec: None,
            ret: None,
            saw_unknown: false,
            deps: Vec::new(),
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

    /// Names assigned anywhere in a function body are its locals, as in
    /// Python.
    fn collect_locals(&mut self, def: &FunctionDef) {
        fn targets(e: &Expr, out: &mut HashSet<Rc<str>>) {
            match &e.kind {
                ExprKind::Name(n) => {
                    out.insert(Rc::from(n.as_str()));
                }
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    items.iter().for_each(|i| targets(i, out))
                }
                ExprKind::Starred(inner) => targets(inner, out),
                _ => {}
            }
        }
        fn walk(body: &[Stmt], out: &mut HashSet<Rc<str>>, globals: &mut HashSet<Rc<str>>) {
            for s in body {
                match &s.kind {
                    StmtKind::Assign { targets: ts, .. } => ts.iter().for_each(|t| targets(t, out)),
                    StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                        targets(target, out)
                    }
                    StmtKind::For {
                        target,
                        body,
                        orelse,
                        ..
                    } => {
                        targets(target, out);
                        walk(body, out, globals);
                        walk(orelse, out, globals);
                    }
                    StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                        walk(body, out, globals);
                        walk(orelse, out, globals);
                    }
                    StmtKind::Import(names) => {
                        for a in names {
                            let n = a.asname.clone().unwrap_or_else(|| {
                                a.name.split('.').next().unwrap_or("").to_string()
                            });
                            out.insert(Rc::from(n.as_str()));
                        }
                    }
                    StmtKind::ImportFrom { names, .. } => {
                        for a in names {
                            out.insert(Rc::from(a.asname.as_deref().unwrap_or(&a.name)));
                        }
                    }
                    StmtKind::FunctionDef(f) => {
                        out.insert(Rc::from(f.name.as_str()));
                    }
                    StmtKind::Global(names) => {
                        for (n, _) in names {
                            globals.insert(Rc::from(n.as_str()));
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut globals = HashSet::new();
        walk(&def.body, &mut self.locals, &mut globals);
        for p in &def.params.positional {
            self.locals.insert(Rc::from(p.name.as_str()));
        }
        for g in &globals {
            self.locals.remove(g);
        }
        self.globals_declared = globals;
    }

    // ---------------------------------------------------------------- joins

    /// The type two definitions of a variable unify to, if any.
    pub fn unify(&self, a: &Type, b: &Type) -> Option<Type> {
        if a == b {
            return Some(a.clone());
        }
        match (a, b) {
            (Type::Unknown, t) | (t, Type::Unknown) => Some(t.clone()),
            // Numbers join as they promote: a Python scalar takes the
            // numpy type it meets, as it would after one more iteration.
            (Type::C128, t) | (t, Type::C128) if t.is_number() => Some(Type::C128),
            (x, y) if x.is_number() && y.is_number() => Some(match builtins::promote(x, y) {
                Type::Bool if !(x.is_bool() && y.is_bool()) => PYINT,
                t => t,
            }),
            (Type::Array(x), Type::Array(y)) if x.dtype == y.dtype && x.ndim == y.ndim => {
                Some(Type::array(x.dtype, x.ndim, Layout::A))
            }
            (Type::List(x), Type::List(y)) => self.unify(x, y).map(|t| Type::List(Rc::new(t))),
            (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => {
                let items: Option<Vec<Type>> = x
                    .iter()
                    .zip(y.iter())
                    .map(|(p, q)| self.unify(p, q))
                    .collect();
                items.map(Type::tuple)
            }
            (Type::Ptr(_), Type::Ptr(_)) if self.prog.is_void_ptr(a) => Some(b.clone()),
            (Type::Ptr(_), Type::Ptr(_)) if self.prog.is_void_ptr(b) => Some(a.clone()),
            (Type::CData(x), Type::Ptr(y)) | (Type::Ptr(y), Type::CData(x)) if x == y => {
                Some(Type::Ptr(*x))
            }
            _ => None,
        }
    }

    /// Merges the environments of joining control-flow edges.
    fn merge(&self, envs: Vec<Env>, at: Span) -> IResult<Option<Env>> {
        let mut iter = envs.into_iter();
        let Some(mut acc) = iter.next() else {
            return Ok(None);
        };
        for env in iter {
            let mut merged = Env::new();
            for (name, a) in &acc {
                // A variable defined on one edge only stays defined (Python
                // would raise at run time on the other path).
                let Some(b) = env.get(name) else {
                    merged.insert(name.clone(), a.clone());
                    continue;
                };
                let Some(ty) = self.unify(&a.ty, &b.ty) else {
                    return Err(self.conflict(name, a, b, at));
                };
                let def = if ty == a.ty { a.def } else { b.def };
                merged.insert(name.clone(), Var { ty, def });
            }
            for (name, b) in env {
                merged.entry(name).or_insert(b);
            }
            acc = merged;
        }
        Ok(Some(acc))
    }

    fn conflict(&self, name: &str, a: &Var, b: &Var, _at: Span) -> Diag {
        let (first, second) = if a.def.lo <= b.def.lo { (a, b) } else { (b, a) };
        self.err(
            "TypeError",
            second.def,
            format!(
                "variable '{name}' is {} here but {} where its definitions meet, and the two types do not unify",
                self.tyname(&second.ty),
                self.tyname(&first.ty)
            ),
        )
        .note(format!("'{name}' is {} here", self.tyname(&first.ty)), Some(self.loc(first.def)))
    }

    // ----------------------------------------------------------- statements

    pub fn block(&mut self, body: &[Stmt]) -> IResult<()> {
        for s in body {
            if self.env.is_none() {
                // Unreachable code is still checked for syntax, not types.
                break;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn env_mut(&mut self) -> &mut Env {
        self.env.get_or_insert_with(Env::new)
    }

    pub fn stmt(&mut self, s: &Stmt) -> IResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Assign { targets, value } => {
                if let [Expr {
                    kind:
                        ExprKind::Attribute {
                            value: obj, attr, ..
                        },
                    ..
                }] = &targets[..]
                {
                    if attr == "_fields_" {
                        super::cinterop::assign_fields(self, s, obj, value)?;
                        self.out.static_stmts.insert(stmt_key(s));
                        return Ok(());
                    }
                    if attr == "argtypes" || attr == "restype" {
                        super::cinterop::assign_signature(self, &targets[0], obj, attr, value)?;
                        self.out.static_stmts.insert(stmt_key(s));
                        return Ok(());
                    }
                }
                let t = self.expr(value)?;
                for target in targets {
                    self.assign(target, &t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    let t = self.expr(v)?;
                    self.assign(target, &t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.cond(test)?;
                let entry = self.env.clone();
                // Branches a constant condition rules out are not typed, so
                // `if sys.platform == ...` can guard code for other systems.
                let then_env = if c == Some(false) {
                    None
                } else {
                    self.env = entry.clone();
                    self.block(body)?;
                    self.env.take()
                };
                let else_env = if c == Some(true) {
                    None
                } else {
                    self.env = entry;
                    self.block(orelse)?;
                    self.env.take()
                };
                let envs: Vec<Env> = [then_env, else_env].into_iter().flatten().collect();
                self.env = self.merge(envs, s.span)?;
                if let Some(env) = &self.env {
                    self.out.joins.insert((stmt_key(s), JOIN_IF), env.clone());
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(s, target, iter, body, orelse)?,
            StmtKind::Break => {
                let env = self.env.take();
                match self.loops.last_mut() {
                    Some(l) => l.breaks.extend(env),
                    None => return Err(self.err("SyntaxError", s.span, "'break' outside loop")),
                }
            }
            StmtKind::Continue => {
                let env = self.env.take();
                match self.loops.last_mut() {
                    Some(l) => l.continues.extend(env),
                    None => {
                        return Err(self.err(
                            "SyntaxError",
                            s.span,
                            "'continue' not properly in loop",
                        ))
                    }
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if self.at_module {
                    return Err(self.err("SyntaxError", s.span, "'return' outside function"));
                }
                let t = match value {
                    Some(v) => self.expr(v)?,
                    None => Type::None,
                };
                let span = value.as_ref().map_or(s.span, |v| v.span);
                self.add_return(t, span)?;
                self.env = None;
            }
            StmtKind::Assert { test, msg } => {
                self.cond(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if cause.is_some() {
                    return Err(self.err(
                        "SyntaxError",
                        s.span,
                        "'raise ... from' is not supported by rumba",
                    ));
                }
                if let Some(e) = exc {
                    builtins::infer_raise(self, e)?;
                }
                self.env = None;
            }
            StmtKind::Global(names) => {
                if self.at_module {
                    return Ok(());
                }
                for (n, span) in names {
                    if !self.prog.modules[self.module as usize]
                        .globals
                        .contains_key(n)
                    {
                        return Err(self.err(
                            "NameError",
                            *span,
                            format!("name '{n}' is not defined at module level"),
                        ));
                    }
                }
            }
            StmtKind::Nonlocal(_) => {
                return Err(self.err(
                    "SyntaxError",
                    s.span,
                    "'nonlocal' is not supported by rumba (no closures)",
                ))
            }
            StmtKind::Del(_) => {
                return Err(self.err("SyntaxError", s.span, "'del' is not supported by rumba"))
            }
            StmtKind::Import(names) => {
                for a in names {
                    let (bind, value) =
                        builtins::import(self, &a.name, a.asname.as_deref(), a.span)?;
                    self.bind_const(&bind, value, a.span)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(self.err(
                        "SyntaxError",
                        s.span,
                        "relative imports are not supported by rumba",
                    ));
                }
                let module = module.as_deref().unwrap_or("");
                let mut bound = Vec::new();
                for a in names {
                    if a.name == "*" {
                        for (name, v) in builtins::star_names(self, module, a.span)? {
                            bound.push((name, v, a.span));
                        }
                    } else if let Some(v) = builtins::import_from(self, module, &a.name, a.span)? {
                        bound.push((
                            a.asname.clone().unwrap_or_else(|| a.name.clone()),
                            v,
                            a.span,
                        ));
                    }
                }
                let mut values = Vec::new();
                for (name, v, span) in bound {
                    match v {
                        builtins::ImportVal::Static(t) => self.bind_const(&name, t, span)?,
                        v => {
                            let t = match &v {
                                builtins::ImportVal::Const(_, t)
                                | builtins::ImportVal::Global(_, t) => t.clone(),
                                builtins::ImportVal::Static(t) => t.clone(),
                            };
                            let name: Rc<str> = Rc::from(name.as_str());
                            if !self.at_module {
                                self.locals.insert(name.clone());
                            }
                            self.env_mut()
                                .insert(name.clone(), Var { ty: t, def: span });
                            values.push((name, v));
                        }
                    }
                }
                self.out.imports.insert(stmt_key(s), values);
            }
            StmtKind::FunctionDef(def) => {
                let t = builtins::define_function(self, def)?;
                self.bind_const(&def.name, t, def.name_span)?;
            }
            StmtKind::ClassDef(def) => {
                let t = builtins::define_class(self, def)?;
                self.bind_const(&def.name, t, def.name_span)?;
            }
            StmtKind::Try { .. } => {
                return Err(self.err(
                    "SyntaxError",
                    s.span,
                    "'try' statements are not supported by rumba (errors end the program)",
                ))
            }
            StmtKind::With { .. } => {
                return Err(self.err(
                    "SyntaxError",
                    s.span,
                    "'with' statements are not supported by rumba",
                ))
            }
        }
        Ok(())
    }

    /// Binds a name to a compile-time value (functions, modules, imports).
    fn bind_const(&mut self, name: &str, t: Type, span: Span) -> IResult<()> {
        if t.slots() != 0 {
            return Err(self.err(
                "SystemError",
                span,
                "internal: binding a runtime value as a constant",
            ));
        }
        if !self.at_module && !self.locals.contains(name) {
            self.locals.insert(Rc::from(name));
        }
        self.env_mut()
            .insert(Rc::from(name), Var { ty: t, def: span });
        Ok(())
    }

    fn add_return(&mut self, t: Type, span: Span) -> IResult<()> {
        if t == Type::Unknown {
            self.saw_unknown = true;
            return Ok(());
        }
        match self.ret.take() {
            None => self.ret = Some((t, span)),
            Some((prev, pspan)) => match self.unify(&prev, &t) {
                Some(u) => self.ret = Some((u, pspan)),
                None => {
                    return Err(self
                        .err(
                            "TypeError",
                            span,
                            format!(
                                "this returns {}, but an earlier return gives {}",
                                self.tyname(&t),
                                self.tyname(&prev)
                            ),
                        )
                        .note("the earlier return", Some(self.loc(pspan))));
                }
            },
        }
        Ok(())
    }

    /// Types a condition; returns its value when known at compile time.
    pub fn cond(&mut self, test: &Expr) -> IResult<Option<bool>> {
        let t = self.expr(test)?;
        builtins::truth_type(self, &t, test.span)?;
        Ok(match self.const_of(test) {
            Some(Const::Bool(b)) => Some(*b),
            Some(Const::Int(i)) => Some(*i != 0),
            _ => None,
        })
    }

    fn loop_fixpoint(
        &mut self,
        s: &Stmt,
        mut head_step: impl FnMut(&mut Self) -> IResult<()>,
        body: &[Stmt],
    ) -> IResult<(Env, Vec<Env>)> {
        let Some(entry) = self.env.clone() else {
            return Ok((Env::new(), Vec::new()));
        };
        let mut head = entry.clone();
        for _ in 0..64 {
            self.env = Some(head.clone());
            head_step(self)?;
            let after_head = self.env.clone();
            self.loops.push(LoopCtx::default());
            self.block(body)?;
            let ctx = self.loops.pop().unwrap_or_default();
            let mut edges = vec![entry.clone()];
            edges.extend(self.env.take());
            edges.extend(ctx.continues);
            let new_head = self.merge(edges, s.span)?.unwrap_or_default();
            if new_head == head {
                self.out
                    .joins
                    .insert((stmt_key(s), JOIN_LOOP_HEAD), head.clone());
                let mut exits: Vec<Env> = after_head.into_iter().collect();
                exits.extend(ctx.breaks);
                return Ok((head, exits));
            }
            head = new_head;
        }
        Err(self.err(
            "TypeError",
            s.span,
            "the types of this loop's variables do not settle",
        ))
    }

    fn while_loop(&mut self, s: &Stmt, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> IResult<()> {
        let mut always = false;
        let (_, mut exits) = self.loop_fixpoint(
            s,
            |inf| {
                always = inf.cond(test)? == Some(true);
                Ok(())
            },
            body,
        )?;
        // `exits[0]` is the normal exit (condition false), the rest breaks;
        // `while True` only exits by breaking.
        let breaks = exits.split_off(1.min(exits.len()));
        let normal = if always { Vec::new() } else { exits };
        self.finish_loop(s, normal, breaks, orelse)
    }

    fn finish_loop(
        &mut self,
        s: &Stmt,
        normal: Vec<Env>,
        breaks: Vec<Env>,
        orelse: &[Stmt],
    ) -> IResult<()> {
        let mut envs = Vec::new();
        if !orelse.is_empty() {
            self.env = normal.into_iter().next();
            if let Some(env) = &self.env {
                self.out
                    .joins
                    .insert((stmt_key(s), JOIN_LOOP_ELSE), env.clone());
            }
            self.block(orelse)?;
            envs.extend(self.env.take());
        } else {
            envs.extend(normal);
        }
        envs.extend(breaks);
        self.env = self.merge(envs, s.span)?;
        if let Some(env) = &self.env {
            self.out
                .joins
                .insert((stmt_key(s), JOIN_LOOP_EXIT), env.clone());
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        s: &Stmt,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> IResult<()> {
        let it = self.expr(iter)?;
        let elem = builtins::iter_elem(self, iter, &it)?;
        self.out.iter_elems.insert(iter.id, elem.clone());
        let (_, mut exits) = self.loop_fixpoint(s, |inf| inf.assign(target, &elem), body)?;
        let breaks = exits.split_off(1.min(exits.len()));
        // The loop exits with the head environment (before the target is
        // assigned): re-derive it from the head join.
        let head = self.out.joins.get(&(stmt_key(s), JOIN_LOOP_HEAD)).cloned();
        let normal: Vec<Env> = head.into_iter().collect();
        self.finish_loop(s, normal, breaks, orelse)
    }

    fn aug_assign(&mut self, s: &Stmt, target: &Expr, op: BinOp, value: &Expr) -> IResult<()> {
        let lt = self.expr(target)?;
        let rt = self.expr(value)?;
        let t = builtins::binop_type(self, op, &lt, &rt, target, value, s.span)?;
        if let (Type::Array(a), Type::Array(r)) = (&lt, &t) {
            // In place: the result is cast back to the array's dtype, which
            // numpy allows only within a kind.
            if (a.dtype.is_int() || a.dtype == DType::Bool) && r.dtype.is_float() {
                return Err(self.err(
                    "TypeError",
                    s.span,
                    format!(
                        "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                        builtins::ufunc_name(op),
                        r.dtype.name(),
                        a.dtype.name()
                    ),
                ));
            }
            return Ok(());
        }
        // The result keeps the target's type where the target is memory (an
        // array element) or a declared local; a variable may change type.
        self.assign_typed(target, &t)
    }

    fn assign_typed(&mut self, target: &Expr, t: &Type) -> IResult<()> {
        self.assign(target, t)
    }

    /// Binds an assignment target to a value of type `t`.
    pub fn assign(&mut self, target: &Expr, t: &Type) -> IResult<()> {
        match &target.kind {
            ExprKind::Name(name) => {
                let name: Rc<str> = Rc::from(name.as_str());
                let mut ty = t.clone();
                if let Some(decl) = self.out.declared.get(&name).cloned() {
                    builtins::check_convertible(self, &ty, &decl, target.span)?;
                    ty = decl;
                }
                if ty == Type::Unknown {
                    self.saw_unknown = true;
                }
                if self.globals_declared.contains(&name) {
                    return self.assign_declared_global(target, &name, &ty);
                }
                self.set(target, ty.clone());
                if self.at_module {
                    let slots = self.prog.global_slots(self.module, &name, &ty);
                    self.res(target, Res::Global(slots));
                } else {
                    self.res(target, Res::Local);
                    let seen = self.out.local_types.entry(name.clone()).or_default();
                    if !seen.contains(&ty) {
                        seen.push(ty.clone());
                    }
                }
                self.env_mut().insert(
                    name,
                    Var {
                        ty,
                        def: target.span,
                    },
                );
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let elems = builtins::unpack_types(self, t, items.len(), target.span)?;
                self.set(target, t.clone());
                for (item, et) in items.iter().zip(elems) {
                    self.assign(item, &et)?;
                }
                Ok(())
            }
            ExprKind::Subscript { value: obj, index } => {
                builtins::assign_subscript(self, target, obj, index, t)
            }
            ExprKind::Attribute {
                value: obj,
                attr,
                attr_span,
            } => builtins::assign_attr(self, target, obj, attr, *attr_span, t),
            ExprKind::Starred(_) => Err(self.err(
                "SyntaxError",
                target.span,
                "starred assignment targets are not supported by rumba",
            )),
            _ => Err(self.err(
                "SyntaxError",
                target.span,
                "cannot assign to this expression",
            )),
        }
    }

    fn assign_declared_global(&mut self, target: &Expr, name: &Rc<str>, ty: &Type) -> IResult<()> {
        let g = self.prog.modules[self.module as usize]
            .globals
            .get(name.as_ref())
            .cloned();
        let Some(g) = g else {
            return Err(self.err(
                "NameError",
                target.span,
                format!("name '{name}' is not defined at module level"),
            ));
        };
        builtins::check_convertible(self, ty, &g.ty, target.span)?;
        self.deps
            .push((self.module, name.to_string(), g.ty.clone()));
        self.set(target, g.ty.clone());
        self.res(target, Res::Global(g.slots.clone()));
        Ok(())
    }

    // ---------------------------------------------------------- expressions

    pub fn expr(&mut self, e: &Expr) -> IResult<Type> {
        let t = self.expr_inner(e)?;
        if t == Type::Unknown {
            self.saw_unknown = true;
        }
        Ok(self.set(e, t))
    }

    fn expr_inner(&mut self, e: &Expr) -> IResult<Type> {
        match &e.kind {
            ExprKind::Int(v) => {
                if *v > i64::MAX as i128 && *v <= u64::MAX as i128 {
                    self.konst(e, Const::Int(*v));
                    self.res(e, Res::Const);
                    return Ok(Type::Int(IntTy::U64));
                }
                if *v > u64::MAX as i128 || *v < i64::MIN as i128 {
                    return Err(self.err(
                        "OverflowError",
                        e.span,
                        "integer literal does not fit in 64 bits (rumba has no big integers)",
                    ));
                }
                self.konst(e, Const::Int(*v));
                self.res(e, Res::Const);
                Ok(PYINT)
            }
            ExprKind::Float(v) => {
                self.konst(e, Const::Float(*v));
                self.res(e, Res::Const);
                Ok(Type::F64)
            }
            ExprKind::Imag(_) => Ok(Type::C128),
            ExprKind::Str(s) => {
                self.konst(e, Const::Str(Rc::from(s.as_str())));
                self.res(e, Res::Const);
                Ok(Type::Str)
            }
            ExprKind::Bytes(b) => {
                self.konst(
                    e,
                    Const::Str(Rc::from(b.iter().map(|&c| c as char).collect::<String>())),
                );
                self.res(e, Res::Const);
                Ok(Type::Bytes)
            }
            ExprKind::Bool(b) => {
                self.konst(e, Const::Bool(*b));
                self.res(e, Res::Const);
                Ok(Type::Bool)
            }
            ExprKind::None => {
                self.konst(e, Const::None);
                self.res(e, Res::Const);
                Ok(Type::None)
            }
            ExprKind::Ellipsis => Err(self.err("TypeError", e.span, "'...' is not supported here")),
            ExprKind::Name(n) => self.name(e, n),
            ExprKind::FString(parts) => {
                for p in parts {
                    self.fpart(p)?;
                }
                Ok(Type::Str)
            }
            ExprKind::BinOp { op, left, right } => {
                let lt = self.expr(left)?;
                let rt = self.expr(right)?;
                let t = builtins::binop_type(self, *op, &lt, &rt, left, right, e.span)?;
                builtins::fold_binop(self, e, *op, left, right);
                Ok(t)
            }
            ExprKind::Unary { op, operand } => {
                let t = self.expr(operand)?;
                builtins::unary_type(self, e, *op, operand, &t)
            }
            ExprKind::BoolOp { values, .. } => {
                let mut ty: Option<Type> = None;
                for v in values {
                    let t = self.expr(v)?;
                    builtins::truth_type(self, &t, v.span)?;
                    ty = Some(match ty {
                        None => t,
                        Some(prev) => match self.unify(&prev, &t) {
                            Some(u) => u,
                            None => {
                                return Err(self.err(
                                    "TypeError",
                                    v.span,
                                    format!(
                                        "operands of 'and'/'or' must have one type: {} and {}",
                                        self.tyname(&prev),
                                        self.tyname(&t)
                                    ),
                                ))
                            }
                        },
                    });
                }
                Ok(ty.unwrap_or(Type::Bool))
            }
            ExprKind::Compare { left, ops } => builtins::compare_type(self, e, left, ops),
            ExprKind::IfExp { test, body, orelse } => {
                let c = self.cond(test)?;
                let a = self.expr(body)?;
                let b = self.expr(orelse)?;
                match c {
                    Some(true) => return Ok(a),
                    Some(false) => return Ok(b),
                    None => {}
                }
                self.unify(&a, &b).ok_or_else(|| {
                    self.err(
                        "TypeError",
                        e.span,
                        format!(
                            "the branches of this conditional have different types: {} and {}",
                            self.tyname(&a),
                            self.tyname(&b)
                        ),
                    )
                })
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => builtins::call(self, e, func, args, keywords),
            ExprKind::Attribute {
                value,
                attr,
                attr_span,
            } => builtins::attribute(self, e, value, attr, *attr_span),
            ExprKind::Subscript { value, index } => builtins::subscript(self, e, value, index),
            ExprKind::Slice { .. } => {
                Err(self.err("SyntaxError", e.span, "a slice is only allowed inside [ ]"))
            }
            ExprKind::Starred(_) => Err(self.err(
                "SyntaxError",
                e.span,
                "'*' unpacking is not supported by rumba",
            )),
            ExprKind::Tuple(items) => {
                let mut ts = Vec::new();
                let mut consts = Vec::new();
                for i in items {
                    ts.push(self.expr(i)?);
                    consts.push(self.const_of(i).cloned());
                }
                if let Some(cs) = consts.into_iter().collect::<Option<Vec<_>>>() {
                    self.konst(e, Const::Tuple(cs));
                }
                Ok(Type::tuple(ts))
            }
            ExprKind::List(items) => builtins::list_display(self, e, items),
            ExprKind::ListComp { elt, generators } => builtins::list_comp(self, e, elt, generators),
            ExprKind::GeneratorExp { .. } => Err(self.err(
                "SyntaxError",
                e.span,
                "generator expressions are only supported as the argument of sum/min/max/any/all",
            )),
            ExprKind::Dict(_) => Err(self.err(
                "TypeError",
                e.span,
                "dicts are only supported as the locals= argument of a decorator",
            )),
            ExprKind::Set(_) => {
                Err(self.err("TypeError", e.span, "sets are not supported by rumba"))
            }
            ExprKind::Lambda { .. } => Err(self.err(
                "TypeError",
                e.span,
                "lambda is not supported by rumba (no closures)",
            )),
        }
    }

    fn fpart(&mut self, p: &FPart) -> IResult<()> {
        if let FPart::Field { value, spec, .. } = p {
            self.expr(value)?;
            for s in spec {
                self.fpart(s)?;
            }
        }
        Ok(())
    }

    fn name(&mut self, e: &Expr, n: &str) -> IResult<Type> {
        let is_local = !self.at_module && self.locals.contains(n);
        if let Some(var) = self.env.as_ref().and_then(|env| env.get(n)) {
            let ty = var.ty.clone();
            if ty.slots() == 0 {
                self.res(e, Res::Const);
            } else if self.at_module {
                let slots = self.prog.global_slots(self.module, n, &ty);
                self.res(e, Res::Global(slots));
            } else {
                self.res(e, Res::Local);
            }
            return Ok(ty);
        }
        if is_local {
            return Err(self.err(
                "UnboundLocalError",
                e.span,
                format!("local variable '{n}' referenced before assignment"),
            ));
        }
        // A module global read from a function.
        let g = self.prog.modules[self.module as usize]
            .globals
            .get(n)
            .cloned();
        if let Some(g) = g {
            self.deps.push((self.module, n.to_string(), g.ty.clone()));
            if g.ty.slots() == 0 {
                self.res(e, Res::Const);
            } else {
                self.res(e, Res::Global(g.slots.clone()));
            }
            return Ok(g.ty);
        }
        if let Some(h) = self.prog.host_by_name(n) {
            self.res(e, Res::Const);
            return Ok(Type::Const(ConstKind::HostFn, h));
        }
        if let Some(t) = builtins::builtin_name(self, n) {
            self.res(e, Res::Const);
            return Ok(t);
        }
        Err(self.err("NameError", e.span, format!("name '{n}' is not defined")))
    }

    // ------------------------------------------------------ specialization

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
    });
    let info = &mut prog.funcs[f as usize];
    info.specs.insert(args, s);
    info.order.push(s);
    let declared_ret = info.opts.sigs.iter().find_map(|(a, r)| {
        if *a == prog.specs[s as usize].args {
            r.clone()
        } else {
            None
        }
    });
    infer_spec(prog, rt, s)?;
    if let Some(r) = declared_ret {
        if prog.specs[s as usize].ret != Type::Unknown {
            prog.specs[s as usize].ret = r;
        }
    }
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
    Err(Diag::new(
        "TypeError",
        format!("cannot infer the return type of '{}': its recursion never reaches a return with a known type", f.name),
        Some(Loc::new(&f.file, f.def.name_span)),
    ))
}

fn unify_ints(x: IntTy, y: IntTy) -> IntTy {
    if x.signed == y.signed {
        IntTy {
            bits: x.bits.max(y.bits),
            signed: x.signed,
            py: x.py && y.py,
        }
    } else {
        let (s, u) = if x.signed { (x, y) } else { (y, x) };
        if u.bits < s.bits {
            s
        } else {
            IntTy {
                bits: (u.bits * 2).min(64),
                signed: true,
                py: false,
            }
        }
    }
}

/// numpy's promotion of two integer types.
pub fn promote_ints(x: IntTy, y: IntTy) -> IntTy {
    unify_ints(x, y)
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

/// Whether `dt` is a dtype arrays may hold.
pub fn array_dtype_ok(dt: DType) -> bool {
    !matches!(dt, DType::C128)
}

pub fn is_const_type(t: &Type) -> bool {
    matches!(t, Type::Const(..) | Type::TypeObj(_))
}

pub fn const_kind(t: &Type) -> Option<(ConstKind, u32)> {
    match t {
        Type::Const(k, i) => Some((*k, *i)),
        _ => None,
    }
}
