//! The program: loaded modules, their globals, script functions and their
//! specializations, and the VM that runs them. Module code runs one
//! top-level statement at a time: each statement is typed against the
//! globals as they are at that moment, compiled, and run, so a function is
//! compiled at its first call with the types its globals have then.

use crate::front::ast::{self, Span, Stmt};
use crate::front::diag::{Diag, Loc, SourceFile};
use crate::front::infer::{self, Typed};
use crate::front::lower;
use crate::front::parse;
use std::collections::HashMap;
use std::rc::Rc;
use vm::bytecode::Proto;
use vm::dtype::DType;
use vm::error::VmError;
use vm::ffi::ctype::{CType, CTypeId, CTypes, Scalar};
use vm::interp::{Output, Vm};
use vm::types::{ConstKind, IntTy, Type};

pub type ModId = u32;
pub type FuncId = u32;
pub type SpecId = u32;

/// A module global: its current type, where it got it, and the VM slots
/// that hold its value (none for compile-time values).
#[derive(Clone, Debug)]
pub struct Global {
    pub ty: Type,
    pub def: Loc,
    pub slots: Vec<usize>,
}

pub struct ModState {
    pub name: String,
    pub file: Rc<SourceFile>,
    pub globals: HashMap<String, Global>,
    /// Global slots by name and type, reused when a name gets a type back.
    pub slots: HashMap<(String, Type), Vec<usize>>,
}

/// Options a decorator gave a function.
#[derive(Clone, Debug, Default)]
pub struct FuncOpts {
    /// Declared types of locals (`locals={...}`).
    pub locals: HashMap<String, Type>,
    /// Explicit signatures, compiled at once: argument types and, when
    /// given, the return type.
    pub sigs: Vec<(Vec<Type>, Option<Type>)>,
    /// Compile the function as a C callback of this function type
    /// (`ffi.callback`, CFUNCTYPE, or with C-typed arguments `cfunc`).
    pub callback: Option<(CTypeId, bool)>,
}

pub struct FuncInfo {
    pub name: String,
    pub module: ModId,
    /// The source the definition came from (a REPL feeds a module from
    /// many sources).
    pub file: Rc<SourceFile>,
    pub def: Rc<ast::FunctionDef>,
    pub opts: FuncOpts,
    pub specs: HashMap<Vec<Type>, SpecId>,
    /// Valid specializations in order of creation, for `f.signatures`.
    pub order: Vec<SpecId>,
}

pub struct SpecInfo {
    pub func: FuncId,
    pub args: Vec<Type>,
    pub ret: Type,
    pub proto: usize,
    /// Globals the code reads, with the types it assumed: when a module
    /// statement changes one, the specialization is dropped.
    pub deps: Vec<(ModId, String, Type)>,
    pub typed: Option<Rc<Typed>>,
    pub valid: bool,
}

/// Which stages to print as they run.
#[derive(Clone, Debug, Default)]
pub struct Dumps {
    pub ast: bool,
    pub types: bool,
    pub bytecode: bool,
    /// Each C call site's resolved C signature.
    pub ffi: bool,
}

pub struct Program {
    pub vm: Vm,
    pub c: crate::interop::CState,
    pub ctypes: CTypes,
    pub modules: Vec<ModState>,
    pub funcs: Vec<FuncInfo>,
    pub specs: Vec<SpecInfo>,
    /// VM file indices of the loaded sources.
    file_ids: HashMap<*const SourceFile, u32>,
    pub argv: Vec<String>,
    /// Directory script imports are searched in.
    pub search_dir: std::path::PathBuf,
    pub dumps: Dumps,
    pub dump_out: String,
    /// Configured decorators (`jit(nopython=True)`), by id.
    pub decorators: Vec<FuncOpts>,
    builtin_ids: HashMap<Rc<str>, u32>,
    builtin_names: Vec<Rc<str>>,
    /// Methods of compile-time values (`int32.pointer`), by id.
    methods: Vec<(Type, String)>,
    /// Signature objects (`float64(int64)`), by id.
    signatures: Vec<(Vec<Type>, Option<Type>)>,
    /// The global slot holding sys.argv, once something reads it.
    argv_slot: Option<usize>,
    /// Records laid out packed (numpy dtypes without align=True).
    packed: std::collections::HashSet<CTypeId>,
    /// Host functions, by id and by name.
    pub hosts: Vec<Rc<crate::host::HostEntry>>,
}

/// Why a script import failed.
pub enum ImportError {
    NotFound,
    Failed(Diag),
}

/// Loads `name.py` from the search directory (once).
pub fn import_script(prog: &mut Program, name: &str) -> Result<ModId, ImportError> {
    if let Some(m) = prog.modules.iter().position(|m| m.name == name) {
        return Ok(m as ModId);
    }
    let path = prog.search_dir.join(format!("{name}.py"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Err(ImportError::NotFound);
    };
    let file = SourceFile::new(path.display().to_string(), text);
    match prog.load_module(name, file) {
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

impl Program {
    pub fn new(out: Output) -> Program {
        Program {
            vm: Vm::new(out),
            c: Default::default(),
            ctypes: CTypes::new(),
            modules: Vec::new(),
            funcs: Vec::new(),
            specs: Vec::new(),
            file_ids: HashMap::new(),
            argv: Vec::new(),
            search_dir: std::path::PathBuf::from("."),
            dumps: Dumps::default(),
            dump_out: String::new(),
            decorators: Vec::new(),
            builtin_ids: HashMap::new(),
            builtin_names: Vec::new(),
            methods: Vec::new(),
            signatures: Vec::new(),
            argv_slot: None,
            packed: Default::default(),
            hosts: Vec::new(),
        }
    }

    pub fn register_host(
        &mut self,
        name: &str,
        args: Vec<Type>,
        ret: Type,
        f: Rc<crate::host::HostFn>,
    ) {
        let entry = Rc::new(crate::host::HostEntry {
            name: name.to_string(),
            args,
            ret,
            f,
        });
        match self.hosts.iter().position(|h| h.name == name) {
            Some(i) => self.hosts[i] = entry,
            None => self.hosts.push(entry),
        }
    }

    pub fn host_by_name(&self, name: &str) -> Option<u32> {
        self.hosts
            .iter()
            .position(|h| h.name == name)
            .map(|i| i as u32)
    }

    /// Compiles a module's statements without running them.
    pub fn check_module(&mut self, name: &str, file: Rc<SourceFile>) -> Result<ModId, Failure> {
        let ast = parse::parse(&file)?;
        let id = self.modules.len() as ModId;
        self.modules.push(ModState {
            name: name.to_string(),
            file,
            globals: HashMap::new(),
            slots: HashMap::new(),
        });
        for stmt in &ast.body {
            self.compile_stmt(id, stmt)?;
        }
        Ok(id)
    }

    /// The compiled specialization of module function `name` for argument
    /// types `args`: its proto and return type.
    pub fn specialize_global(
        &mut self,
        m: ModId,
        name: &str,
        args: &[Type],
    ) -> Result<(usize, Type), Failure> {
        let f = match self.modules[m as usize].globals.get(name).map(|g| &g.ty) {
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
        let nparams = self.funcs[f as usize].def.params.positional.len();
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
        let session = self.specs.len();
        let r = (|| {
            let s = infer::specialize(self, f, args.to_vec())?;
            self.infer_to_fixpoint(session)?;
            self.finish_session(session)?;
            Ok((
                self.specs[s as usize].proto,
                self.specs[s as usize].ret.clone(),
            ))
        })();
        if r.is_err() {
            for s in session..self.specs.len() {
                self.drop_spec(s as SpecId);
            }
        }
        r.map_err(Failure::Compile)
    }

    /// The C type behind a ctypes type object's id.
    pub fn ctype_by_index(&self, id: u32) -> CTypeId {
        CTypeId::from_index(id as usize)
    }

    pub fn intern_builtin(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.builtin_ids.get(name) {
            return id;
        }
        let id = self.builtin_names.len() as u32;
        let name: Rc<str> = Rc::from(name);
        self.builtin_names.push(name.clone());
        self.builtin_ids.insert(name, id);
        id
    }

    pub fn builtin_name(&self, id: u32) -> &str {
        self.builtin_names.get(id as usize).map_or("?", |s| s)
    }

    pub fn intern_method(&mut self, recv: Type, name: &str) -> Type {
        let id = self.methods.len() as u32;
        self.methods.push((recv, name.to_string()));
        Type::Const(ConstKind::Method, id)
    }

    pub fn method_of(&self, t: &Type) -> Option<(Type, String)> {
        match t {
            Type::Const(ConstKind::Method, id) => self.methods.get(*id as usize).cloned(),
            _ => None,
        }
    }

    pub fn intern_signature(&mut self, args: Vec<Type>, ret: Option<Type>) -> Type {
        let id = self.signatures.len() as u32;
        self.signatures.push((args, ret));
        Type::Const(ConstKind::Host, id)
    }

    pub fn signature_of(&self, t: &Type) -> Option<(Vec<Type>, Option<Type>)> {
        match t {
            Type::Const(ConstKind::Host, id) => self.signatures.get(*id as usize).cloned(),
            _ => None,
        }
    }

    /// The global slot holding `sys.argv`, a list of strings.
    pub fn argv_slot(&mut self) -> usize {
        if let Some(s) = self.argv_slot {
            return s;
        }
        let slot = self.vm.add_global(true);
        let list = vm::value::ListObj::of_strs();
        for a in &self.argv {
            let s = vm::value::new_str(a.as_str());
            // SAFETY: `list` was just created as a list.
            unsafe { vm::value::obj_mut::<vm::value::ListObj>(list).push(&[s]) };
            vm::value::decref(s);
        }
        self.vm.set_global(slot, list);
        self.argv_slot = Some(slot);
        slot
    }

    /// The C type of a scalar, pointer or record type.
    pub fn ctype_of(&mut self, t: &Type) -> Option<CTypeId> {
        Some(match t {
            Type::Bool | Type::NpBool => CTypeId::BOOL,
            Type::Int(i) => match (i.bits, i.signed) {
                (8, true) => CTypeId::SCHAR,
                (8, false) => CTypeId::UCHAR,
                (16, true) => CTypeId::SHORT,
                (16, false) => CTypeId::USHORT,
                (32, true) => CTypeId::INT,
                (32, false) => CTypeId::UINT,
                (_, true) => CTypeId::LONGLONG,
                (_, false) => CTypeId::ULONGLONG,
            },
            Type::F32 => CTypeId::FLOAT,
            Type::F64 | Type::NpF64 => CTypeId::DOUBLE,
            Type::None => CTypeId::VOID,
            Type::Record(id) => *id,
            Type::Ptr(p) | Type::CData(p) => self.ctypes.pointer(*p),
            _ => return None,
        })
    }

    /// What indexing C data of type `id` reaches: the element type and
    /// length of an array, or the type itself.
    pub fn c_elem(&self, id: CTypeId) -> (CTypeId, Option<u64>) {
        match self.ctypes.get(id) {
            CType::Array { elem, len } => (*elem, *len),
            _ => (id, None),
        }
    }

    /// `T.pointer()`.
    pub fn pointer_to(&mut self, t: &Type) -> Option<Type> {
        Some(Type::Ptr(self.ctype_of(t)?))
    }

    /// The type a value of C type `id` has when read from memory: numpy's
    /// scalar types (record fields read as numpy scalars); pointers and
    /// structs as such.
    pub fn ctype_value_type(&self, id: CTypeId) -> Option<Type> {
        if let Some(s) = self.ctypes.scalar(id) {
            return Some(match s {
                Scalar::Bool => Type::NpBool,
                Scalar::I8 => Type::Int(IntTy::I8),
                Scalar::U8 => Type::Int(IntTy::U8),
                Scalar::I16 => Type::Int(IntTy::I16),
                Scalar::U16 => Type::Int(IntTy::U16),
                Scalar::I32 => Type::Int(IntTy::I32),
                Scalar::U32 => Type::Int(IntTy::U32),
                Scalar::I64 => Type::Int(IntTy::I64),
                Scalar::U64 => Type::Int(IntTy::U64),
                Scalar::F32 => Type::F32,
                Scalar::F64 => Type::NpF64,
                Scalar::Ptr => Type::Ptr(self.ctypes.pointee(id)?),
            });
        }
        match self.ctypes.get(id) {
            CType::Record(_) if self.ctypes.is_struct(id) => Some(Type::Record(id)),
            _ => None,
        }
    }

    fn struct_from(
        &mut self,
        fields: &[(String, Type)],
        pack: Option<u64>,
    ) -> Result<CTypeId, String> {
        let mut cfields = Vec::new();
        for (name, t) in fields {
            let c = self.ctype_of(t).ok_or_else(|| {
                format!(
                    "field '{name}' cannot have type {}",
                    crate::front::builtins::type_name(self, t)
                )
            })?;
            cfields.push((name.clone(), c));
        }
        self.ctypes.struct_type(&cfields, pack).map_err(|e| e.0)
    }

    /// A C-layout struct (numba's `struct`, numpy's `align=True`).
    pub fn make_struct(&mut self, fields: &[(String, Type)]) -> Result<CTypeId, String> {
        let id = self.struct_from(fields, None)?;
        self.register_record(id);
        Ok(id)
    }

    /// A packed record (numpy's default dtype layout).
    pub fn make_packed_struct(&mut self, fields: &[(String, Type)]) -> Result<CTypeId, String> {
        let id = self.struct_from(fields, Some(1))?;
        self.packed.insert(id);
        self.register_record(id);
        Ok(id)
    }

    /// Tells the VM a record's layout, which printing needs.
    pub fn register_record(&mut self, id: CTypeId) {
        if self.vm.records.contains_key(&id) {
            return;
        }
        if let Some(r) = self.record_fmt(id) {
            self.vm.records.insert(id, Rc::new(r));
        }
    }

    fn fmt_dtype(&self, ty: CTypeId) -> Option<(vm::format::FmtDType, Vec<usize>)> {
        use vm::format::FmtDType;
        if let CType::Array { elem, len } = self.ctypes.get(ty) {
            let (inner, mut shape) = self.fmt_dtype(*elem)?;
            shape.insert(0, (*len)? as usize);
            return Some((inner, shape));
        }
        if self.ctypes.is_struct(ty) {
            return Some((FmtDType::Record(self.record_fmt(ty)?), Vec::new()));
        }
        let dt = self.ctype_value_type(ty)?.dtype()?;
        Some((FmtDType::Scalar(vm::show::scalar_type(dt)?), Vec::new()))
    }

    fn record_fmt(&self, id: CTypeId) -> Option<vm::format::RecordType> {
        let mut fields = Vec::new();
        for f in self.ctypes.fields(id)? {
            let (dtype, shape) = self.fmt_dtype(f.ty)?;
            fields.push(vm::format::Field {
                name: f.name.clone(),
                dtype,
                shape,
                offset: f.offset as usize,
            });
        }
        Some(vm::format::RecordType {
            fields,
            itemsize: self.ctypes.size(id)? as usize,
            aligned: !self.is_packed(id),
        })
    }

    pub fn is_packed(&self, id: CTypeId) -> bool {
        self.packed.contains(&id)
    }

    /// Offsets and dtypes of a record's scalar fields, in order.
    pub fn record_fields(&self, id: CTypeId) -> Vec<(u32, DType)> {
        self.ctypes
            .fields(id)
            .unwrap_or(&[])
            .iter()
            .filter_map(|f| Some((f.offset as u32, self.ctype_value_type(f.ty)?.dtype()?)))
            .collect()
    }

    pub fn type_size(&self, t: &Type) -> Option<u64> {
        match t {
            Type::Record(id) => self.ctypes.size(*id),
            Type::Ptr(_) | Type::CData(_) => Some(8),
            t => t.dtype()?.scalar_size().map(u64::from),
        }
    }

    /// numpy's name for a dtype given as a type.
    pub fn dtype_name(&self, t: &Type) -> String {
        match t.dtype() {
            Some(DType::Record(_)) | None => crate::front::builtins::type_name(self, t),
            Some(d) => d.name().to_string(),
        }
    }

    /// `f.signatures`, printed as Numba prints it.
    pub fn func_signatures(&self, f: FuncId) -> String {
        let sigs: Vec<String> = self.funcs[f as usize]
            .order
            .iter()
            .map(|&s| {
                let args: Vec<String> = self.specs[s as usize]
                    .args
                    .iter()
                    .map(|t| self.numba_name(t))
                    .collect();
                if args.len() == 1 {
                    format!("({},)", args[0])
                } else {
                    format!("({})", args.join(", "))
                }
            })
            .collect();
        format!("[{}]", sigs.join(", "))
    }

    /// Numba's name of a type.
    pub fn numba_name(&self, t: &Type) -> String {
        let rec = |id: CTypeId| self.record_name(id);
        let ptr = |id: CTypeId| match self.ctype_value_type(id) {
            Some(t) => format!("{}*", self.numba_name(&t)),
            None if self.ctypes.is_void(id) => "void*".to_string(),
            None => format!("{}*", self.ctypes.name(id)),
        };
        match t {
            Type::Array(a) if matches!(a.dtype, DType::Record(id) if self.is_packed(id)) => {
                format!("unaligned {}", t.numba_name(&rec, &ptr))
            }
            Type::TypeObj(inner) => format!("typeref[{}]", self.numba_name(inner)),
            _ => t.numba_name(&rec, &ptr),
        }
    }

    /// `Record(x[type=float64;offset=0],...;16;True)`.
    pub fn record_name(&self, id: CTypeId) -> String {
        let fields: Vec<String> = self
            .ctypes
            .fields(id)
            .unwrap_or(&[])
            .iter()
            .map(|f| {
                let t = self
                    .ctype_value_type(f.ty)
                    .map_or_else(|| self.ctypes.name(f.ty), |t| self.numba_name(&t));
                format!("{}[type={};offset={}]", f.name, t, f.offset)
            })
            .collect();
        let size = self.ctypes.size(id).unwrap_or(0);
        let aligned = if self.is_packed(id) { "False" } else { "True" };
        format!("Record({};{size};{aligned})", fields.join(","))
    }

    pub fn file_of(&self, m: ModId) -> &Rc<SourceFile> {
        &self.modules[m as usize].file
    }

    /// The VM's index for a source file, which tracebacks name.
    pub fn file_id(&mut self, file: &Rc<SourceFile>) -> u32 {
        let key = Rc::as_ptr(file);
        if let Some(&id) = self.file_ids.get(&key) {
            return id;
        }
        let id = self.vm.files.len() as u32;
        self.vm
            .files
            .push((Rc::from(file.name.as_str()), Rc::from(file.text.as_str())));
        self.file_ids.insert(key, id);
        id
    }

    /// Reserves a VM proto index, filled in once the code is compiled.
    pub fn reserve_proto(&mut self, file: &Rc<SourceFile>, name: &str) -> usize {
        let file = self.file_id(file);
        let mut proto = Proto::default();
        proto.name = name.to_string();
        proto.file = file;
        self.vm.protos.push(Rc::new(proto));
        self.vm.protos.len() - 1
    }

    /// Creates a module and runs its source top to bottom.
    pub fn load_module(&mut self, name: &str, file: Rc<SourceFile>) -> Result<ModId, Failure> {
        let ast = parse::parse(&file)?;
        if self.dumps.ast {
            self.dump_out
                .push_str(&format!("== ast of {}\n{:#?}\n", file.name, ast.body));
        }
        let id = self.modules.len() as ModId;
        self.modules.push(ModState {
            name: name.to_string(),
            file,
            globals: HashMap::new(),
            slots: HashMap::new(),
        });
        for stmt in &ast.body {
            self.run_stmt(id, stmt)?;
        }
        Ok(id)
    }

    /// Runs more source in an existing module (the REPL's next input).
    pub fn extend_module(&mut self, m: ModId, file: Rc<SourceFile>) -> Result<(), Failure> {
        let ast = parse::parse(&file)?;
        self.modules[m as usize].file = file;
        for stmt in &ast.body {
            self.run_stmt(m, stmt)?;
        }
        Ok(())
    }

    /// Compiles and runs one top-level statement.
    pub fn run_stmt(&mut self, m: ModId, stmt: &Stmt) -> Result<(), Failure> {
        let pid = self.compile_stmt(m, stmt)?;
        if let Err(e) = self.vm.call(pid, &[], &mut []) {
            self.vm.out.flush();
            let text = self.render_traceback(&e);
            return Err(Failure::Runtime(e, text));
        }
        Ok(())
    }

    fn compile_stmt(&mut self, m: ModId, stmt: &Stmt) -> Result<usize, Diag> {
        let session = self.specs.len();
        let result = self.compile_stmt_inner(m, stmt);
        if result.is_err() {
            // Specializations created for a statement that failed to compile
            // would refer to code that was never generated.
            for s in session..self.specs.len() {
                self.drop_spec(s as SpecId);
            }
        }
        result
    }

    fn compile_stmt_inner(&mut self, m: ModId, stmt: &Stmt) -> Result<usize, Diag> {
        let session = self.specs.len();
        let first = self.vm.protos.len();
        let typed = infer::infer_module_stmt(self, m, stmt)?;
        self.infer_to_fixpoint(session)?;
        let file = self.file_of(m).clone();
        let pid = self.reserve_proto(&file, "<module>");
        let proto = lower::lower_module_stmt(self, m, stmt, &typed)?;
        self.finish_session(session)?;
        self.install(pid, proto);
        self.verify(pid)?;
        if self.dumps.bytecode {
            // Callees are complete only now, so dump after installing all.
            let mut text = String::new();
            for p in first..self.vm.protos.len() {
                if self.vm.protos[p].nregs > 0 || p == pid {
                    text.push_str(&self.dump_proto(&self.vm.protos[p]));
                }
            }
            self.dump_out.push_str(&text);
        }
        self.commit_globals(m, &typed);
        Ok(pid)
    }

    /// Re-infers the specializations created in this session until their
    /// return types stop changing: recursive calls see the return type of
    /// the previous round.
    pub fn infer_to_fixpoint(&mut self, session: usize) -> Result<(), Diag> {
        for _round in 0..32 {
            let mut changed = false;
            for s in session..self.specs.len() {
                if !self.specs[s].valid {
                    continue;
                }
                let before = self.specs[s].ret.clone();
                let saw_unknown = infer::infer_spec(self, s as SpecId)?;
                changed |= saw_unknown || self.specs[s].ret != before;
            }
            if !changed {
                return Ok(());
            }
        }
        let s = &self.specs[session];
        let f = &self.funcs[s.func as usize];
        Err(Diag::new(
            "TypeError",
            format!("cannot infer the return type of '{}': its recursion never reaches a return with a known type", f.name),
            Some(Loc::new(&f.file, f.def.name_span)),
        ))
    }

    /// Generates code for every specialization of this session.
    pub fn finish_session(&mut self, session: usize) -> Result<(), Diag> {
        for s in session..self.specs.len() {
            if !self.specs[s].valid || self.vm.protos[self.specs[s].proto].nregs != 0 {
                continue;
            }
            let proto = lower::lower_spec(self, s as SpecId)?;
            let pid = self.specs[s].proto;
            if self.dumps.types {
                let text = infer::dump_spec(self, s as SpecId);
                self.dump_out.push_str(&text);
            }
            self.install(pid, proto);
        }
        for s in session..self.specs.len() {
            if self.specs[s].valid {
                self.verify(self.specs[s].proto)?;
            }
        }
        Ok(())
    }

    pub fn install(&mut self, pid: usize, proto: Proto) {
        self.vm.protos[pid] = Rc::new(proto);
    }

    /// Runs the bytecode verifier over an installed proto, whose callees
    /// are installed too. A failure is a bug of the compiler's, reported
    /// as an error rather than run.
    fn verify(&self, pid: usize) -> Result<(), Diag> {
        let env = vm::verify::Env {
            protos: &self.vm.protos,
            global_refs: &self.vm.global_refs,
        };
        vm::verify::verify(&self.vm.protos[pid], &env)
            .map_err(|m| Diag::new("SystemError", format!("internal error: {m}"), None))
    }

    pub fn dump_proto(&self, proto: &Proto) -> String {
        let protos = &self.vm.protos;
        let nparams = |i: usize| protos.get(i).map_or(0, |p| p.nparams);
        let name = |i: usize| protos.get(i).map_or(String::new(), |p| p.name.clone());
        proto.dump(&nparams, &name)
    }

    fn drop_spec(&mut self, s: SpecId) {
        let spec = &mut self.specs[s as usize];
        if !spec.valid {
            return;
        }
        spec.valid = false;
        let f = &mut self.funcs[spec.func as usize];
        f.specs.remove(&spec.args);
        f.order.retain(|&x| x != s);
    }

    /// Records the globals' types after a statement, dropping compiled
    /// code that assumed a type a global no longer has.
    fn commit_globals(&mut self, m: ModId, typed: &Typed) {
        for (name, g) in &typed.global_out {
            let changed = self.modules[m as usize]
                .globals
                .get(name)
                .is_some_and(|old| old.ty != g.ty);
            if changed {
                let stale: Vec<SpecId> = (0..self.specs.len() as SpecId)
                    .filter(|&s| {
                        let spec = &self.specs[s as usize];
                        spec.valid
                            && spec
                                .deps
                                .iter()
                                .any(|(dm, dn, dt)| *dm == m && dn == name && *dt != g.ty)
                    })
                    .collect();
                for s in stale {
                    self.drop_spec(s);
                }
            }
            self.modules[m as usize]
                .globals
                .insert(name.clone(), g.clone());
        }
    }

    /// The VM slots for a global of a given type, allocated on first use.
    pub fn global_slots(&mut self, m: ModId, name: &str, ty: &Type) -> Vec<usize> {
        let key = (name.to_string(), ty.clone());
        if let Some(s) = self.modules[m as usize].slots.get(&key) {
            return s.clone();
        }
        let slots: Vec<usize> = ty
            .ref_flags()
            .into_iter()
            .map(|r| self.vm.add_global(r))
            .collect();
        self.modules[m as usize].slots.insert(key, slots.clone());
        slots
    }

    /// Python's traceback format.
    pub fn render_traceback(&self, e: &VmError) -> String {
        self.vm.render_traceback(e)
    }

    pub fn loc(&self, m: ModId, span: Span) -> Loc {
        Loc::new(self.file_of(m), span)
    }
}
