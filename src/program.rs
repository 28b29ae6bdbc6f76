//! The program as the compiler knows it: loaded modules and the types and
//! slots of their globals, script functions and their specializations,
//! interned compile-time values, the C declarations and libraries, and the
//! code compiled so far. Typing reads and extends it, lowering reads it; the
//! driver owns it beside the VM and hands the VM what it needs to run
//! (global slots, code, record layouts, source files).

use crate::front::ast;
use crate::front::ast::Span;
use crate::front::diag::SourceFile;
use crate::front::typed::{Const, FuncId, Global, ModId, SpecId, Typed};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use vm::bytecode::Proto;
use vm::dtype::DType;
use vm::ffi::clib::CLib;
use vm::ffi::ctype::{CType, CTypeId, CTypes, Scalar};
use vm::format::RecordType;
use vm::types::{ConstKind, IntTy, Type};

/// A lambda's parameters (kept alive: their address is the lambda's key)
/// and the function made for it.
pub type LambdaDef = (Rc<ast::Params>, Rc<ast::FunctionDef>);

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
    /// Compiled by a Numba decorator: the code follows Numba's semantics
    /// where they differ from CPython's (its results reach Python boxed,
    /// its `print` shows numpy scalars as Python's, a list display unifies
    /// its elements' types).
    pub jit: bool,
    /// Made a ufunc by `vectorize`: calls broadcast over arrays.
    pub ufunc: bool,
    /// A ufunc's `identity=` (0 or 1): the value of an empty reduction.
    pub identity: Option<i64>,
    /// `identity=` given (a value or 'reorderable'): a reduction may fold
    /// several axes.
    pub reorderable: bool,
    /// Made a generalized ufunc by `guvectorize`, with this layout.
    pub gufunc: Option<Rc<GuLayout>>,
    /// Made a stencil by `stencil`, with these options.
    pub stencil: Option<Rc<StencilOpts>>,
    /// The kernel compiled for the stencil function with this id.
    pub stencil_kernel: Option<FuncId>,
    /// An `overload` typing function for this function.
    pub overload_of: Option<FuncId>,
    /// The `overload` typing functions of this function, in order.
    pub overloads: Vec<FuncId>,
    /// An `overload_method` (or with `true`, `overload_attribute`) typing
    /// function: the Numba type class it extends and the member's name.
    pub member_of: Option<(Rc<str>, Rc<str>, bool)>,
    /// `overload(prefer_literal=True)`: constant arguments are tried as
    /// literal types first.
    pub prefer_literal: bool,
    /// `generated_jit` (Numba before 0.59): the function is called with
    /// its arguments' Numba types and returns the implementation, as an
    /// overload's typing function does.
    pub generated: bool,
    /// `error_model='numpy'`: a float division by zero gives inf or nan.
    pub numpy_errors: bool,
    /// `boundscheck=True`: index errors say what Numba's checks say.
    pub boundscheck: bool,
}

/// `stencil`'s options: the neighborhood declared (else the one the
/// kernel's constant indices span) and the border's value.
#[derive(Clone, Debug, Default)]
pub struct StencilOpts {
    pub neighborhood: Option<Vec<(i64, i64)>>,
    pub cval: Option<f64>,
}

/// A `guvectorize` layout, `(n),()->(n)`: its text and, per input and
/// output, the ids of its core dimensions' names.
#[derive(Clone, Debug)]
pub struct GuLayout {
    pub text: String,
    pub ins: Vec<Vec<usize>>,
    pub outs: Vec<Vec<usize>>,
    pub ndims: usize,
}

/// How a method of a script class is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Plain,
    Static,
    Class,
    Property,
}

/// One instance attribute of a script class: its type (fixed by its first
/// assignment, or declared by a jitclass spec) and its place in instances.
#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub name: Rc<str>,
    pub ty: Type,
    pub aux: Rc<vm::lib_class::FieldAux>,
    /// Where the attribute got its type.
    pub def: crate::front::diag::Loc,
}

/// A script class: its methods, class attributes (constants) and instance
/// attributes. Instance attributes are appended as typing meets them, so
/// their offsets never move.
#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub ty: Rc<vm::types::ClassTy>,
    pub def: Rc<ast::ClassDef>,
    pub base: Option<u32>,
    /// For a subclass of a built-in exception, that exception's name.
    pub exc_base: Option<Rc<str>>,
    pub methods: Vec<(String, FuncId, MethodKind)>,
    pub consts: Vec<(String, Const, Type)>,
    pub fields: Vec<FieldInfo>,
    pub nslots: usize,
    /// Attributes declared (a jitclass spec or annotations): no others.
    pub declared: bool,
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
    /// For a function defined inside another (or a lambda there): the
    /// enclosing function, and the variables of it that the body reads,
    /// passed as hidden arguments after the declared ones.
    pub parent: Option<FuncId>,
    pub captures: Vec<String>,
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
    /// The first value whose type the last inference left unknown, and
    /// whether it is a call (a recursion's result) or data.
    pub unknown_at: Option<(Span, bool)>,
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

/// A cffi `FFI()` object: what its cdefs declared.
#[derive(Default)]
pub struct FfiState {
    pub funcs: HashMap<String, CTypeId>,
    pub vars: HashMap<String, CTypeId>,
}

/// An opened library: by cffi (with the FFI whose declarations apply) or
/// by ctypes.
pub struct LibState {
    pub lib: Rc<CLib>,
    pub ffi: Option<u32>,
    /// C functions already resolved, so that `lib.f` is one object.
    pub funcs: HashMap<String, u32>,
}

/// A C function value.
pub struct CFuncState {
    pub name: String,
    pub addr: usize,
    /// The C function type, when known (cffi declarations, callbacks).
    pub fty: Option<CTypeId>,
    /// ctypes: `argtypes` and `restype` as set by the script (`restype`
    /// `Some(None)` is `None`, i.e. void).
    pub argtypes: Option<Vec<CTypeId>>,
    pub restype: Option<Option<CTypeId>>,
    /// For callbacks and `cfunc`: the script function behind the pointer.
    pub script: Option<FuncId>,
}

/// The program's C interop state: FFI objects, opened libraries and C
/// functions; the C types themselves are in `Program::ctypes`.
#[derive(Default)]
pub struct CState {
    pub ffis: Vec<FfiState>,
    pub libs: Vec<LibState>,
    pub funcs: Vec<CFuncState>,
    /// ctypes types made in the script (`c_double * 3`, `POINTER(T)`,
    /// Structure classes) are C types; the index is their id.
    pub structure_names: HashMap<CTypeId, String>,
    /// Structures whose `_fields_` were assigned after the class, by the
    /// statement that did it (inference may visit it again).
    pub late_fields: HashMap<CTypeId, usize>,
    /// C call sites already shown by `--dump=ffi`.
    pub dumped: HashSet<(String, u32)>,
}

#[derive(Default)]
pub struct Program {
    pub c: CState,
    pub ctypes: CTypes,
    pub modules: Vec<ModState>,
    pub funcs: Vec<FuncInfo>,
    /// The function made for each lambda (by its parameters' address,
    /// kept alive here, and its enclosing function).
    pub lambdas: HashMap<(usize, Option<FuncId>), LambdaDef>,
    /// The one-argument function made for a built-in used as a key
    /// (`key=len`), by source file, expression and enclosing function.
    pub key_funcs: HashMap<(usize, u32, Option<FuncId>), FuncId>,
    /// The captures of a function made by a decorator applied to a closure
    /// value (`cfunc(sig)(make(f))`) whose captures are compile-time values.
    pub frozen: HashMap<FuncId, Rc<[Type]>>,
    /// The C callback made of a specialization for a C function type (and
    /// the Numba flavour), so that typing a definition again finds it.
    pub callbacks: HashMap<(SpecId, CTypeId, bool), u32>,
    pub specs: Vec<SpecInfo>,
    /// Compiled code by proto index; a reserved proto is empty until its
    /// code is installed.
    pub protos: Vec<Rc<Proto>>,
    /// Module global slots: whether each holds a reference.
    pub global_refs: Vec<bool>,
    /// Source files by index (name and text), which tracebacks name.
    pub files: Vec<(Rc<str>, Rc<str>)>,
    file_ids: HashMap<*const SourceFile, u32>,
    /// Layouts of the record types values may have, in registration order:
    /// printing needs them at run time.
    pub records: Vec<(CTypeId, Rc<RecordType>)>,
    record_ids: HashSet<CTypeId>,
    pub dumps: Dumps,
    pub dump_out: String,
    /// Configured decorators (`jit(nopython=True)`), by id.
    pub decorators: Vec<FuncOpts>,
    /// Numba literals (`ConstKind::Literal`) by id: the value and the type
    /// it has as a plain value.
    pub literals: Vec<(Const, Type)>,
    /// The typing functions of overloads that have run for their argument
    /// types (a specialization each; Numba runs one once per types), with
    /// the values the implementation they returned captured, as literals.
    pub typing_ran: HashMap<SpecId, Rc<[Type]>>,
    /// The `overload_method`/`overload_attribute` typing functions, in
    /// order: the Numba type class, the member's name, whether it is an
    /// attribute.
    pub member_overloads: Vec<(Rc<str>, Rc<str>, bool, FuncId)>,
    /// The parameters a specialization that failed with `ForceLiteralArg`
    /// must be given as literals (`numba.literally`).
    pub literal_request: Option<(SpecId, Vec<usize>)>,
    /// The function whose next call leaves a request for literal
    /// arguments to its caller: an overload's implementation, tried again
    /// by the overload with literal types.
    pub literal_hold: Option<FuncId>,
    builtin_ids: HashMap<Rc<str>, u32>,
    builtin_names: Vec<Rc<str>>,
    /// Methods of compile-time values (`int32.pointer`), by id.
    methods: Vec<(Type, String)>,
    /// Signature objects (`float64(int64)`), by id.
    signatures: Vec<(Vec<Type>, Option<Type>)>,
    /// The global slot holding `sys.argv`, once something reads it; the
    /// driver fills it.
    pub argv_slot: Option<usize>,
    /// Records laid out packed (numpy dtypes without align=True).
    packed: HashSet<CTypeId>,
    /// Host functions, by id and by name.
    pub hosts: Vec<Rc<crate::host::HostEntry>>,
    /// Script classes, by `ClassTy::id`.
    pub classes: Vec<ClassInfo>,
    /// Numba's deferred types, by id: what `define()` gave each.
    pub deferred: Vec<Option<Type>>,
    /// The Numba types `cffi_utils.register_type` gave C types.
    pub cffi_types: Vec<(CTypeId, Type)>,
    /// `argparse.ArgumentParser`s, by id.
    pub argparsers: Vec<crate::front::typeck::lib::argparse::ParserState>,
}

impl Program {
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
        let slot = self.add_global(true);
        self.argv_slot = Some(slot);
        slot
    }

    fn add_global(&mut self, is_ref: bool) -> usize {
        self.global_refs.push(is_ref);
        self.global_refs.len() - 1
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
            Type::C128 => self.ctypes.complex(true),
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
            CType::Complex { .. } => Some(Type::C128),
            CType::Text { unicode: true, .. } => Some(Type::Str),
            CType::Text { unicode: false, .. } => Some(Type::Bytes),
            _ => None,
        }
    }

    /// A C-layout struct (numba's `struct`, numpy's `align=True`).
    pub fn make_struct(&mut self, fields: &[(String, CTypeId)]) -> Result<CTypeId, String> {
        self.make_c_struct(fields)
    }

    /// A C-layout struct of fields given by C type.
    pub fn make_c_struct(&mut self, fields: &[(String, CTypeId)]) -> Result<CTypeId, String> {
        let id = self.ctypes.struct_type(fields, None).map_err(|e| e.0)?;
        self.register_record(id);
        Ok(id)
    }

    /// A packed record (numpy's default dtype layout).
    pub fn make_packed_struct(&mut self, fields: &[(String, CTypeId)]) -> Result<CTypeId, String> {
        let id = self.ctypes.struct_type(fields, Some(1)).map_err(|e| e.0)?;
        self.packed.insert(id);
        self.register_record(id);
        Ok(id)
    }

    /// Records a record type's layout, which printing needs.
    pub fn register_record(&mut self, id: CTypeId) {
        if self.record_ids.contains(&id) {
            return;
        }
        if let Some(r) = self.record_fmt(id) {
            self.record_ids.insert(id);
            self.records.push((id, Rc::new(r)));
        }
    }

    pub fn fmt_dtype(&self, ty: CTypeId) -> Option<(vm::format::FmtDType, Vec<usize>)> {
        use vm::format::{FmtDType, ScalarType};
        if let CType::Array { elem, len } = self.ctypes.get(ty) {
            let (inner, mut shape) = self.fmt_dtype(*elem)?;
            shape.insert(0, (*len)? as usize);
            return Some((inner, shape));
        }
        if self.ctypes.is_struct(ty) {
            return Some((FmtDType::Record(self.record_fmt(ty)?), Vec::new()));
        }
        let special = match *self.ctypes.get(ty) {
            CType::Complex { double } => Some(if double {
                ScalarType::C128
            } else {
                ScalarType::C64
            }),
            CType::Text { unicode, len } => Some(if unicode {
                ScalarType::Unicode(len as usize)
            } else {
                ScalarType::Bytes(len as usize)
            }),
            _ => None,
        };
        if let Some(t) = special {
            return Some((FmtDType::Scalar(t), Vec::new()));
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

    /// Offsets and dtypes of a record's real scalar fields (one slot each),
    /// in order.
    pub fn record_fields(&self, id: CTypeId) -> Vec<(u32, DType)> {
        self.ctypes
            .fields(id)
            .unwrap_or(&[])
            .iter()
            .filter_map(|f| Some((f.offset as u32, self.ctype_value_type(f.ty)?.dtype()?)))
            .filter(|(_, d)| d.scalar_index().is_some())
            .collect()
    }

    pub fn type_size(&self, t: &Type) -> Option<u64> {
        match t {
            Type::Record(id) => self.ctypes.size(*id),
            Type::Ptr(_) | Type::CData(_) => Some(8),
            t => t.dtype()?.scalar_size().map(u64::from),
        }
    }

    /// The printable name of a type, as error messages and dumps use it.
    /// The literal of `value` (of plain type `t`), interned.
    pub fn intern_literal(&mut self, value: Const, t: Type) -> Type {
        let id = match self
            .literals
            .iter()
            .position(|(v, lt)| *v == value && *lt == t)
        {
            Some(i) => i,
            None => {
                self.literals.push((value, t));
                self.literals.len() - 1
            }
        };
        Type::Const(ConstKind::Literal, id as u32)
    }

    /// Numba's name of a literal: `Literal[int](2)`.
    pub fn literal_name(&self, id: u32) -> String {
        match self.literals.get(id as usize) {
            Some((Const::Int(v), _)) => format!("Literal[int]({v})"),
            Some((Const::Bool(b), _)) => {
                format!("Literal[bool]({})", if *b { "True" } else { "False" })
            }
            Some((Const::Str(s), _)) => format!("Literal[str]({s})"),
            _ => "Literal".to_string(),
        }
    }

    pub fn type_name(&self, t: &Type) -> String {
        match t {
            Type::Const(ConstKind::Func, id) | Type::Closure(id, _) => {
                format!("function '{}'", self.funcs[*id as usize].name)
            }
            Type::Const(ConstKind::Module, id) => {
                format!("module '{}'", self.modules[*id as usize].name)
            }
            Type::Const(ConstKind::BuiltinModule, id) => {
                format!("module '{}'", self.builtin_name(*id))
            }
            Type::Const(ConstKind::Builtin, id) => format!("built-in '{}'", self.builtin_name(*id)),
            Type::Const(ConstKind::Decorator, _) => "decorator".into(),
            Type::Const(ConstKind::Literal, id) => self.literal_name(*id),
            Type::Const(k, _) => format!("{k:?}").to_lowercase(),
            Type::TypeObj(inner) => format!("type[{}]", self.type_name(inner)),
            _ => t.numba_name(&|id| self.ctypes.name(id), &|id| {
                self.ctypes.name(id) + " *"
            }),
        }
    }

    pub fn is_void_ptr(&self, t: &Type) -> bool {
        matches!(t, Type::Ptr(id) if self.ctypes.is_void(*id))
    }

    /// numpy's name for a dtype given as a type.
    pub fn dtype_name(&self, t: &Type) -> String {
        match t.dtype() {
            Some(DType::Record(_)) | None => self.type_name(t),
            Some(d) => d.name().to_string(),
        }
    }

    /// `f.signatures` (or with `ret`, `f.nopython_signatures`): each
    /// signature as Numba prints it.
    pub fn func_signatures(&self, f: FuncId, ret: bool) -> Vec<String> {
        self.funcs[f as usize]
            .order
            .iter()
            .map(|&s| {
                let spec = &self.specs[s as usize];
                let args: Vec<String> = spec.args.iter().map(|t| self.numba_repr(t)).collect();
                let sig = if args.len() == 1 {
                    format!("({},)", args[0])
                } else {
                    format!("({})", args.join(", "))
                };
                if ret {
                    format!("{sig} -> {}", self.numba_name(&spec.ret))
                } else {
                    sig
                }
            })
            .collect()
    }

    /// `repr()` of a Numba type, as a list of signatures shows it: its
    /// name, except for the containers whose repr spells their parameters
    /// (`Array(float64, 1, 'C', False, aligned=True)`).
    pub fn numba_repr(&self, t: &Type) -> String {
        match t {
            Type::Array(a) => {
                let dt = match a.dtype {
                    DType::Record(id) => self.record_name(id),
                    d => d.numba_name(),
                };
                let layout = a.layout.name();
                let aligned = !matches!(a.dtype, DType::Record(id) if self.is_packed(id));
                let aligned = if aligned { "True" } else { "False" };
                format!(
                    "Array({dt}, {}, '{layout}', False, aligned={aligned})",
                    a.ndim
                )
            }
            Type::List(el) => format!("List({}, True)", self.numba_repr(el)),
            Type::TypedList(el) => format!("ListType({})", self.numba_repr(el)),
            Type::Dict(d) if d.numba => format!(
                "DictType({}, {})",
                self.numba_repr(&d.key),
                self.numba_repr(&d.val)
            ),
            Type::Tuple(items) if items.is_empty() || items.iter().any(|i| *i != items[0]) => {
                let parts: Vec<String> = items.iter().map(|t| self.numba_repr(t)).collect();
                let comma = if parts.len() == 1 { "," } else { "" };
                format!("Tuple(({}{comma}))", parts.join(", "))
            }
            Type::Tuple(items) => {
                format!("UniTuple({}, {})", self.numba_repr(&items[0]), items.len())
            }
            _ => self.numba_name(t),
        }
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
            Type::Const(ConstKind::Literal, id) => self.literal_name(*id),
            _ => t.numba_name(&rec, &ptr),
        }
    }

    /// Numba's name of a record field's type: `complex64`, `[char x 5]`,
    /// `[unichr x 5]`, `nestedarray(float64, (2, 3))`, or its value type's.
    pub fn field_numba_name(&self, ty: CTypeId) -> String {
        let mut shape = Vec::new();
        let mut elem = ty;
        while let CType::Array { elem: e, len } = self.ctypes.get(elem) {
            shape.push(len.unwrap_or(0));
            elem = *e;
        }
        let name = match *self.ctypes.get(elem) {
            CType::Complex { double: false } => "complex64".to_string(),
            CType::Text { unicode, len } => {
                let kind = if unicode { "unichr" } else { "char" };
                format!("[{kind} x {len}]")
            }
            _ => self
                .ctype_value_type(elem)
                .map_or_else(|| self.ctypes.name(elem), |t| self.numba_name(&t)),
        };
        if shape.is_empty() {
            return name;
        }
        format!("nestedarray({name}, {})", vm::format::shape_repr(&shape))
    }

    /// `Record(x[type=float64;offset=0],...;16;True)`.
    pub fn record_name(&self, id: CTypeId) -> String {
        let fields: Vec<String> = self
            .ctypes
            .fields(id)
            .unwrap_or(&[])
            .iter()
            .map(|f| {
                let t = self.field_numba_name(f.ty);
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
        let id = self.files.len() as u32;
        self.files
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
        self.protos.push(Rc::new(proto));
        self.protos.len() - 1
    }

    pub fn dump_proto(&self, proto: &Proto) -> String {
        let protos = &self.protos;
        let nparams = |i: usize| protos.get(i).map_or(0, |p| p.nparams);
        let name = |i: usize| protos.get(i).map_or(String::new(), |p| p.name.clone());
        proto.dump(&nparams, &name)
    }

    /// Drops a specialization: its code was never generated or assumed
    /// global types that changed.
    pub fn drop_spec(&mut self, s: SpecId) {
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
    pub fn commit_globals(&mut self, m: ModId, typed: &Typed) {
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

    /// A module's empty list given its element type by a function's first
    /// `append`: the global keeps its slots under the refined type, and
    /// code that assumed the empty list's type is dropped.
    pub fn refine_global(&mut self, m: ModId, name: &str, new: Type) {
        let Some(g) = self.modules[m as usize].globals.get_mut(name) else {
            return;
        };
        let old = std::mem::replace(&mut g.ty, new.clone());
        let slots = g.slots.clone();
        self.modules[m as usize]
            .slots
            .insert((name.to_string(), new), slots);
        let stale: Vec<SpecId> = (0..self.specs.len() as SpecId)
            .filter(|&s| {
                let spec = &self.specs[s as usize];
                spec.valid
                    && spec
                        .deps
                        .iter()
                        .any(|(dm, dn, dt)| *dm == m && dn == name && *dt == old)
            })
            .collect();
        for s in stale {
            self.drop_spec(s);
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
            .map(|r| self.add_global(r))
            .collect();
        self.modules[m as usize].slots.insert(key, slots.clone());
        slots
    }
}
