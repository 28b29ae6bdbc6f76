//! What typing hands to lowering, per specialization or module statement:
//! the type of every expression (by id), how each name, call, attribute and
//! subscript resolved (`Res`), constant values, the environments at join
//! points and loop element types. Also the ids and globals the program's
//! state is keyed by. Plain data: nothing here computes.

use crate::front::ast::{BinOp, Expr, ExprId, Span, Stmt};
use crate::front::diag::Loc;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use vm::dtype::DType;
use vm::ffi::ctype::CTypeId;
use vm::native::Native;
use vm::types::Type;

/// Ids of the program's modules, script functions and specializations.
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
    /// Some path to this point leaves it unassigned (or deleted it): reads
    /// check at run time that it is bound.
    pub maybe: bool,
}

pub type Env = BTreeMap<Rc<str>, Var>;

/// Where a call argument comes from after keywords and defaults are
/// matched to parameters.
#[derive(Clone, Debug)]
pub enum Arg {
    Pos(usize),
    Kw(usize),
    Const(Const, Type),
    /// The i-th capture held by the callee, a closure value.
    Capture(usize),
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
    /// `t.count(x)` (true) or `t.index(x)` (false) of a tuple, unrolled.
    TupleFind(bool),
    /// `any` (true) or `all` (false) of a generator expression, stopping
    /// at the first element that decides.
    AnyAll(bool),
    /// `sorted`/`min`/`max` of a list by keys: the key function's
    /// specialization (none: the elements are their own keys) and the keys'
    /// type.
    Keyed {
        op: vm::lib_keyed::KeyedOp,
        spec: Option<SpecId>,
        key: Type,
        /// The key function's captures: variables passed after the element.
        captures: Vec<(Rc<str>, Type)>,
    },
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
    /// A new instance of a script class, passed with the arguments to its
    /// `__init__` specialization (if it has one); the call's value is the
    /// instance.
    New(Option<SpecId>),
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
    pub spec: vm::ffi::natives::NewCData,
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
    /// An element of a homogeneous tuple at a run-time index.
    TupleIndex,
    /// A tuple sliced with constant bounds: the elements picked.
    TupleSlice(Vec<usize>),
    /// A list element.
    ListItem,
    /// A string index or slice.
    StrIndex,
    /// An instance attribute of a script class, of the given type.
    Member(Rc<vm::lib_class::FieldAux>, Type),
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
    /// `a.flags.c_contiguous` and the like, where the array is inside
    /// `a.flags`.
    Flag(vm::lib_nditer::FlagAux),
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
    /// The first type each variable's empty container was filled to, in
    /// place (kept across re-typing of loops, for the callers of a
    /// function that fills a container it is given).
    pub fills: HashMap<Rc<str>, (Type, Type)>,
    /// Struct locals declared by `locals=`, allocated on entry.
    pub struct_locals: Vec<(Rc<str>, CTypeId)>,
    /// Statements that run at compile time only (ctypes signatures).
    pub static_stmts: HashSet<usize>,
    /// Calls whose C result converts further: the type the call produces
    /// and the one the script sees (ctypes `char *` and C `char` as bytes,
    /// ctypes `void *` as an int).
    pub post_convert: HashMap<ExprId, (Type, Type)>,
    /// Runtime values bound by `from m import name`, per statement.
    pub imports: HashMap<usize, Vec<(Rc<str>, ImportVal)>>,
    /// Loops over heterogeneous tuples, unrolled, by statement.
    pub unrolled: HashMap<usize, Unrolled>,
    /// Expressions typed and lowered as another (`*` unpacking, `*args`
    /// packing), whose nodes have ids of their own.
    pub rewrites: HashMap<ExprId, Expr>,
    /// Reads of local variables some path leaves unbound, with the name:
    /// they raise UnboundLocalError at run time when it is.
    pub unbound_checks: HashMap<ExprId, Rc<str>>,
    /// Globals a module statement creates on some paths only: its code
    /// leaves whether each was bound in a hidden global (`lower::bound_flag`)
    /// for the driver, which forgets the ones that were not.
    pub unbound_globals: Vec<Rc<str>>,
    /// `if x is None` on an optional number, by statement and branch (true
    /// for the body): the variable, its number type, and whether it is
    /// None in that branch.
    pub narrows: HashMap<(usize, bool), (Rc<str>, Type, bool)>,
    /// `x is None or ...` / `x is not None and ...` on an optional number,
    /// by the `or`/`and` expression: `x` and its number type, which it has
    /// in the operands after the first.
    pub narrow_ops: HashMap<ExprId, (Rc<str>, Type)>,
    /// List comprehensions over a heterogeneous tuple, unrolled: a copy of
    /// the target and of the element per item, with ids of their own.
    pub unrolled_comps: HashMap<ExprId, Rc<[(Expr, Expr)]>>,
    /// `f(*lst)`: the first element read from the list, which checks its
    /// length against the parameters it fills.
    pub spread_checks: HashMap<ExprId, vm::lib_tuple::SpreadAux>,
    /// Module statements in a `try` that catches NameError which read a
    /// name never defined before anything else they do: they raise
    /// NameError with this message when they run, as in CPython.
    pub name_errors: HashMap<usize, Rc<str>>,
    /// `with` statements: the statements each runs (`typeck/context.rs`).
    pub with_stmts: HashMap<usize, Rc<[Stmt]>>,
    /// `with objmode(...)` blocks of jitted code: the numbers of their
    /// statements' copies before and after the body (`typeck/objmode.rs`);
    /// all but the last run as plain code.
    pub objmode: HashMap<usize, (usize, usize)>,
}

/// One copy of an unrolled loop's target and body, with ids of its own.
#[derive(Debug)]
pub struct UnrollCopy {
    pub target: Expr,
    pub body: Vec<Stmt>,
}

/// An unrolled loop: a copy per tuple element, and the environment after
/// each copy (where its end and its `continue`s meet).
#[derive(Debug)]
pub struct Unrolled {
    pub copies: Rc<[UnrollCopy]>,
    pub next: Vec<Option<Env>>,
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

/// What `from m import name` binds.
#[derive(Clone, Debug)]
pub enum ImportVal {
    /// A compile-time value (a function, a type, a module).
    Static(Type),
    /// A constant (`math.pi`).
    Const(Const, Type),
    /// A runtime global of another module, copied at import.
    Global(Vec<usize>, Type),
}
