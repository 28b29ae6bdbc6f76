//! The static types of rumba values, shared by the front end (which infers
//! them), the natives (which format and convert by them) and the JIT.
//!
//! A value of a runtime type occupies a fixed number of 64-bit slots
//! (tuples are flattened); compile-time values (functions, modules, type
//! objects, C libraries) occupy none: the type is the value.

use crate::dtype::DType;
use crate::ffi::ctype::CTypeId;
use std::rc::Rc;

/// An integer type. `py` marks a Python int (`PY`, 64-bit signed, is
/// Python's own; narrower ones are values of Numba's casts, which Numba
/// returns to Python as ints): numpy treats Python scalars as "weak" in
/// promotion and prints them differently inside containers, so the
/// distinction is static.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IntTy {
    pub bits: u8,
    pub signed: bool,
    pub py: bool,
}

impl IntTy {
    pub const PY: IntTy = IntTy {
        bits: 64,
        signed: true,
        py: true,
    };
    pub const I8: IntTy = IntTy {
        bits: 8,
        signed: true,
        py: false,
    };
    pub const I16: IntTy = IntTy {
        bits: 16,
        signed: true,
        py: false,
    };
    pub const I32: IntTy = IntTy {
        bits: 32,
        signed: true,
        py: false,
    };
    pub const I64: IntTy = IntTy {
        bits: 64,
        signed: true,
        py: false,
    };
    pub const U8: IntTy = IntTy {
        bits: 8,
        signed: false,
        py: false,
    };
    pub const U16: IntTy = IntTy {
        bits: 16,
        signed: false,
        py: false,
    };
    pub const U32: IntTy = IntTy {
        bits: 32,
        signed: false,
        py: false,
    };
    pub const U64: IntTy = IntTy {
        bits: 64,
        signed: false,
        py: false,
    };

    pub fn new(bits: u8, signed: bool) -> IntTy {
        IntTy {
            bits,
            signed,
            py: false,
        }
    }

    pub fn dtype(self) -> DType {
        match (self.bits, self.signed) {
            (8, true) => DType::I8,
            (16, true) => DType::I16,
            (32, true) => DType::I32,
            (8, false) => DType::U8,
            (16, false) => DType::U16,
            (32, false) => DType::U32,
            (64, false) => DType::U64,
            _ => DType::I64,
        }
    }

    pub fn name(self) -> String {
        format!("{}int{}", if self.signed { "" } else { "u" }, self.bits)
    }
}

/// Memory layout of an array type, as Numba tracks it: C-contiguous,
/// Fortran-contiguous, or any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layout {
    C,
    A,
    F,
}

impl Layout {
    /// Numba's letter for it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::C => "C",
            Layout::A => "A",
            Layout::F => "F",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrayTy {
    pub dtype: DType,
    pub ndim: u8,
    pub layout: Layout,
}

/// A dict's key and value types. `numba` marks a dict made in jitted code:
/// a Numba typed dict, which prints its keys and values with `str`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DictTy {
    pub key: Type,
    pub val: Type,
    pub numba: bool,
    pub kind: DictKind,
}

/// Which of `collections`' dict subclasses a dict is, if any: they hold
/// entries as a dict does and differ in reading a missing key and in
/// printing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum DictKind {
    #[default]
    Plain,
    /// `OrderedDict`: prints as `OrderedDict([(k, v), ...])`.
    Ordered,
    /// `Counter`: a missing key reads 0 (and is not inserted).
    Counter,
    /// `defaultdict(factory)`: a missing key read is inserted with the
    /// factory's value.
    Default(Factory),
}

/// A `defaultdict`'s factory: a built-in type, whose value the dict makes
/// (an empty value of the dict's value type), or a script function of no
/// arguments, by function id, with its name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Factory {
    Type(Rc<str>),
    Func(u32, Rc<str>),
}

/// A `collections.namedtuple` class: its name and field names, and for
/// an instance the element types (a class has none). An instance is laid
/// out as the tuple of its elements.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedTy {
    pub name: Rc<str>,
    pub fields: Rc<[Rc<str>]>,
    pub items: Rc<[Type]>,
}

/// A script class: its index in the program's class table, its name, and
/// the module prefix of its default repr (`__main__`, or Numba's jitclass
/// box for a jitclass). An instance is a reference to an attribute object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClassTy {
    pub id: u32,
    pub name: Rc<str>,
    pub module: Rc<str>,
    pub jit: bool,
}

/// An `enum.Enum` (or `IntEnum`) class: its name, its members' names in
/// definition order with their values' bits (an alias repeats an earlier
/// value), and the type of those values. A member is laid out as its
/// value: one value is one member, as in Python.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EnumTy {
    pub name: Rc<str>,
    pub int: bool,
    pub value: Type,
    pub members: Rc<[(Rc<str>, u64)]>,
}

impl EnumTy {
    /// The name of the member holding `bits`.
    pub fn member(&self, bits: u64) -> Option<&Rc<str>> {
        self.members.iter().find(|m| m.1 == bits).map(|m| &m.0)
    }

    /// The members without aliases, as iterating the class gives them.
    pub fn canonical(&self) -> Vec<(Rc<str>, u64)> {
        let mut out: Vec<(Rc<str>, u64)> = Vec::new();
        for m in self.members.iter() {
            if !out.iter().any(|o| o.1 == m.1) {
                out.push(m.clone());
            }
        }
        out
    }
}

/// Identifies a compile-time value known to the front end: a script
/// function, a module, a built-in function or method, a C library...
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConstKind {
    Func,
    /// A script module.
    Module,
    /// A built-in module (math, numpy...).
    BuiltinModule,
    /// A built-in function, by interned qualified name.
    Builtin,
    /// A configured decorator such as `jit(nopython=True)`.
    Decorator,
    /// An FFI() object.
    Ffi,
    /// A C library opened by cffi or ctypes.
    Lib,
    /// A C function at a known address.
    CFunc,
    /// A ctypes type or other host object the front end tracks.
    Host,
    /// A bound method on a compile-time value (e.g. `ffi.cast`).
    Method,
    /// A function the embedder registered.
    HostFn,
    /// A ctypes type (`c_double`, `POINTER(T)`, a Structure class), by C
    /// type index.
    CType,
    /// Numba's `deferred_type()`, by index (with `OPTIONAL` set for
    /// `optional()` of it): a type a later `define()` gives.
    Deferred,
    /// An `argparse.ArgumentParser`, by index of the front end's parsers.
    ArgParser,
    /// A Numba literal (`Literal[int](2)`): an argument specialized on its
    /// value, by index of the front end's literals.
    Literal,
}

/// Scalars come in two flavours, as in numpy 2: Python's `bool`, `int`
/// and `float` (`Bool`, `Int` with `py`, `F64`) and numpy's (`NpBool`,
/// `Int`, `F32`, `NpF64`). They compute alike; they differ in promotion
/// (Python scalars are weak) and in `repr`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Type {
    Bool,
    NpBool,
    Int(IntTy),
    F32,
    F64,
    NpF64,
    C128,
    /// numpy's complex128 scalar: Python's `complex` but for its `repr`
    /// and its strength in promotion.
    NpC128,
    None,
    Str,
    Bytes,
    /// A bytes-like buffer (`lib_buffer`): one reference to a 1-D uint8
    /// array viewing the bytes, whose base keeps their owner alive.
    ByteBuf(BufKind),
    /// A caught exception (`except E as e`), as `lib_exc` holds it.
    Exc,
    /// A caught exception's `args`, which rumba can only print: the
    /// exception itself, shown as its args tuple.
    ExcArgs,
    Tuple(Rc<[Type]>),
    /// A namedtuple instance.
    Named(Rc<NamedTy>),
    /// An instance of a script class.
    Obj(Rc<ClassTy>),
    /// An instance of a script class or None (Numba's `optional(T)` of a
    /// jitclass): a null reference is None.
    OptObj(Rc<ClassTy>),
    /// A member of an `enum.Enum` class, laid out as its value.
    Enum(Rc<EnumTy>),
    /// A number or None (Numba's `Optional` of a scalar): a flag slot, 0
    /// for None, then the number's slots.
    Opt(Rc<Type>),
    List(Rc<Type>),
    /// A `numba.typed.List`: a list as Python's, which prints its elements
    /// with `str` and has a `repr` of its own.
    TypedList(Rc<Type>),
    /// A list display of module code whose elements differ in type
    /// (`[f, g]`, `[1, 2.5]`): CPython keeps each element's type, so it is
    /// laid out as the tuple of its elements and never changes.
    MixedList(Rc<[Type]>),
    /// A dict with one key type and one value type.
    Dict(Rc<DictTy>),
    /// A set with one element type.
    Set(Rc<Type>),
    Array(Rc<ArrayTy>),
    /// A struct value or view, by its C type id.
    Record(CTypeId),
    /// A raw pointer to a C type (a `u64` address).
    Ptr(CTypeId),
    /// Memory owned by the program (cffi's `ffi.new`), used as a pointer to
    /// the C type; a reference that frees the memory when it goes.
    CData(CTypeId),
    /// `range(start, stop, step)`: three slots.
    Range,
    /// A generator object yielding values of this type (`lib_gen`).
    Gen(Rc<Type>),
    /// A tuple whose length is known only at run time (`tuple(lst)`,
    /// `*args` spread from a list): held as a list, read-only, printed as
    /// a tuple.
    VarTuple(Rc<Type>),
    /// A compile-time value.
    Const(ConstKind, u32),
    /// A nested script function that left the function defining it, with
    /// the values of its captures (laid out as their tuple).
    Closure(u32, Rc<[Type]>),
    /// A type used as a value (`numba.float64`, `int32.pointer()`, a
    /// numpy dtype such as `a.dtype`).
    TypeObj(Rc<Type>),
    /// A numpy scalar class (`np.float64`), by the scalar type its calls
    /// make: a dtype where numpy takes one, printed as a class.
    NpClass(Rc<Type>),
    /// numpy's `Generator` and its `PCG64` bit generator (one heap object,
    /// vm/src/lib_random/generator.rs).
    NpGenerator,
    NpBitGen,
    /// numpy's legacy `RandomState` object (module code only, as in Numba).
    NpRandomState,
    /// A variable of plain code whose definitions of these types meet
    /// (`x = 1` on one path, `x = 2.5` on another): CPython keeps each
    /// value's type, which rumba cannot, so reading it is a compile error.
    Conflict(Rc<[Type]>),
    /// The type of an expression whose value is not known yet (the result
    /// of a recursive call during inference).
    #[default]
    Unknown,
}

/// Which bytes-like object a `Type::ByteBuf` is: they index, slice and
/// print differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BufKind {
    /// Python's `bytearray` (of a fixed size in rumba).
    ByteArray,
    /// cffi's `ffi.buffer(cdata)`: items and slices are bytes.
    CffiBuffer,
    /// A `memoryview` of bytes: slices are views.
    MemoryView,
}

impl BufKind {
    pub fn name(self) -> &'static str {
        match self {
            BufKind::ByteArray => "bytearray",
            BufKind::CffiBuffer => "buffer",
            BufKind::MemoryView => "memoryview",
        }
    }
}

/// The bit of a `Deferred` id that marks `optional()` of it.
pub const OPTIONAL: u32 = 1 << 31;

/// Python's int.
pub const PYINT: Type = Type::Int(IntTy::PY);

impl Type {
    pub fn int(t: IntTy) -> Type {
        Type::Int(t)
    }

    pub fn array(dtype: DType, ndim: u8, layout: Layout) -> Type {
        Type::Array(Rc::new(ArrayTy {
            dtype,
            ndim,
            layout,
        }))
    }

    pub fn tuple(items: Vec<Type>) -> Type {
        Type::Tuple(items.into())
    }

    /// A namedtuple instance's type as the plain tuple it is laid out as;
    /// any other type unchanged.
    pub fn unnamed(&self) -> Type {
        match self {
            Type::Named(n) => Type::Tuple(n.items.clone()),
            Type::MixedList(items) => Type::Tuple(items.clone()),
            t => t.clone(),
        }
    }

    /// The scalar type values of a dtype load as.
    pub fn of_dtype(dt: DType) -> Type {
        match dt {
            DType::Bool => Type::NpBool,
            DType::I8 => Type::Int(IntTy::I8),
            DType::I16 => Type::Int(IntTy::I16),
            DType::I32 => Type::Int(IntTy::I32),
            DType::I64 => Type::Int(IntTy::I64),
            DType::U8 => Type::Int(IntTy::U8),
            DType::U16 => Type::Int(IntTy::U16),
            DType::U32 => Type::Int(IntTy::U32),
            DType::U64 => Type::Int(IntTy::U64),
            DType::F32 => Type::F32,
            DType::F64 => Type::NpF64,
            DType::C128 => Type::NpC128,
            DType::Text { unicode: false, .. } => Type::Bytes,
            DType::Text { unicode: true, .. } => Type::Str,
            DType::Record(id) => Type::Record(id),
        }
    }

    /// The dtype of a scalar type stored in an array.
    pub fn dtype(&self) -> Option<DType> {
        Some(match self {
            Type::Bool | Type::NpBool => DType::Bool,
            Type::Int(t) => t.dtype(),
            Type::F32 => DType::F32,
            Type::F64 | Type::NpF64 => DType::F64,
            Type::C128 | Type::NpC128 => DType::C128,
            Type::Record(id) => DType::Record(*id),
            _ => return None,
        })
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Type::Int(_))
    }

    pub fn is_float(&self) -> bool {
        matches!(self, Type::F32 | Type::F64 | Type::NpF64)
    }

    pub fn is_f64(&self) -> bool {
        matches!(self, Type::F64 | Type::NpF64)
    }

    /// Python's or numpy's complex128.
    pub fn is_complex(&self) -> bool {
        matches!(self, Type::C128 | Type::NpC128)
    }

    pub fn is_bool(&self) -> bool {
        matches!(self, Type::Bool | Type::NpBool)
    }

    /// Python's own scalar types, weak in numpy's promotion.
    pub fn is_py_scalar(&self) -> bool {
        matches!(
            self,
            Type::Bool | Type::F64 | Type::C128 | Type::Int(IntTy { py: true, .. })
        )
    }

    /// The element type of a list, Python's or Numba's typed one.
    pub fn list_elem(&self) -> Option<&Rc<Type>> {
        match self {
            Type::List(el) | Type::TypedList(el) => Some(el),
            _ => None,
        }
    }

    /// Bool, int or float: the types arithmetic applies to.
    pub fn is_number(&self) -> bool {
        self.is_bool() || self.is_int() || self.is_float()
    }

    pub fn is_pointer(&self) -> bool {
        matches!(self, Type::Ptr(_) | Type::CData(_))
    }

    /// Whether a single slot of this type holds a reference.
    pub fn is_ref(&self) -> bool {
        matches!(
            self,
            Type::Str
                | Type::Bytes
                | Type::ByteBuf(_)
                | Type::Exc
                | Type::ExcArgs
                | Type::List(_)
                | Type::TypedList(_)
                | Type::Dict(_)
                | Type::Set(_)
                | Type::Array(_)
                | Type::Record(_)
                | Type::CData(_)
                | Type::Obj(_)
                | Type::OptObj(_)
                | Type::Gen(_)
                | Type::VarTuple(_)
                | Type::NpGenerator
                | Type::NpBitGen
                | Type::NpRandomState
        )
    }

    /// How many slots a value of this type occupies.
    pub fn slots(&self) -> usize {
        match self {
            Type::None | Type::Const(..) | Type::TypeObj(_) | Type::NpClass(_) | Type::Unknown => 0,
            Type::Conflict(_) => 0,
            Type::Tuple(items) | Type::MixedList(items) | Type::Closure(_, items) => {
                items.iter().map(Type::slots).sum()
            }
            Type::Named(n) => n.items.iter().map(Type::slots).sum(),
            Type::Range => 3,
            Type::C128 | Type::NpC128 => 2,
            Type::Opt(t) => 1 + t.slots(),
            _ => 1,
        }
    }

    /// For each slot, whether it holds a reference.
    pub fn slot_refs(&self, out: &mut Vec<bool>) {
        match self {
            Type::Tuple(items) | Type::MixedList(items) | Type::Closure(_, items) => {
                items.iter().for_each(|t| t.slot_refs(out))
            }
            Type::Named(n) => n.items.iter().for_each(|t| t.slot_refs(out)),
            Type::Opt(t) => {
                out.push(false);
                t.slot_refs(out);
            }
            t => out.extend(std::iter::repeat_n(t.is_ref(), t.slots())),
        }
    }

    pub fn ref_flags(&self) -> Vec<bool> {
        let mut v = Vec::new();
        self.slot_refs(&mut v);
        v
    }

    /// Numba's spelling of the type, as `f.signatures` prints it. `rec`
    /// names a record by its C type id.
    pub fn numba_name(
        &self,
        rec: &dyn Fn(CTypeId) -> String,
        ptr: &dyn Fn(CTypeId) -> String,
    ) -> String {
        match self {
            Type::Bool | Type::NpBool => "bool".into(),
            Type::Int(t) => t.name(),
            Type::F32 => "float32".into(),
            Type::F64 | Type::NpF64 => "float64".into(),
            Type::C128 | Type::NpC128 => "complex128".into(),
            Type::None => "none".into(),
            Type::Str => "unicode_type".into(),
            Type::Bytes => "bytes".into(),
            Type::ByteBuf(k) => format!("{}(uint8, 1d, C)", k.name()),
            Type::Exc => "Exception".into(),
            Type::ExcArgs => "exception args".into(),
            Type::Tuple(items) => {
                if !items.is_empty() && items.iter().all(|t| *t == items[0]) {
                    format!(
                        "UniTuple({}, {})",
                        items[0].numba_name(rec, ptr),
                        items.len()
                    )
                } else {
                    let parts: Vec<String> = items.iter().map(|t| t.numba_name(rec, ptr)).collect();
                    format!("Tuple({})", parts.join(", "))
                }
            }
            Type::Named(n) => {
                let parts: Vec<String> = n.items.iter().map(|t| t.numba_name(rec, ptr)).collect();
                format!("{}({})", n.name, parts.join(", "))
            }
            Type::List(t) => format!("reflected list({})", t.numba_name(rec, ptr)),
            Type::TypedList(t) => format!("ListType[{}]", t.numba_name(rec, ptr)),
            Type::MixedList(items) => {
                let parts: Vec<String> = items.iter().map(|t| t.numba_name(rec, ptr)).collect();
                format!("list[{}]", parts.join(", "))
            }
            Type::Dict(d) => format!(
                "DictType[{},{}]<iv=None>",
                d.key.numba_name(rec, ptr),
                d.val.numba_name(rec, ptr)
            ),
            Type::Set(t) => format!("reflected set({})", t.numba_name(rec, ptr)),
            Type::Array(a) => {
                let dt = match a.dtype {
                    DType::Record(id) => rec(id),
                    d => d.numba_name(),
                };
                format!("array({dt}, {}d, {})", a.ndim, a.layout.name())
            }
            Type::Record(id) => rec(*id),
            Type::Enum(en) if en.int => {
                format!("IntEnum<{}>({})", en.value.numba_name(rec, ptr), en.name)
            }
            Type::Enum(en) => format!("Enum<{}>({})", en.value.numba_name(rec, ptr), en.name),
            Type::Obj(c) if c.jit => format!("instance.jitclass.{}", c.name),
            Type::Obj(c) => c.name.to_string(),
            Type::OptObj(c) if c.jit => format!("OptionalType(instance.jitclass.{})", c.name),
            Type::OptObj(c) => format!("OptionalType({})", c.name),
            Type::Opt(t) => format!("OptionalType({})", t.numba_name(rec, ptr)),
            Type::Ptr(id) | Type::CData(id) => ptr(*id),
            Type::Range => "range_state64".into(),
            Type::Gen(t) => format!("generator({})", t.numba_name(rec, ptr)),
            Type::VarTuple(t) => format!("tuple({}, ...)", t.numba_name(rec, ptr)),
            Type::Const(kind, id) => format!("{kind:?}#{id}"),
            Type::Closure(id, _) => format!("closure#{id}"),
            Type::TypeObj(t) => format!("typeref[{}]", t.numba_name(rec, ptr)),
            Type::NpClass(t) => format!("class({})", t.numba_name(rec, ptr)),
            Type::NpGenerator => "NumPyRandomGeneratorType".into(),
            Type::NpBitGen => "NumPyRandomBitGeneratorType".into(),
            Type::NpRandomState => "pyobject".into(),
            Type::Unknown => "undefined".into(),
            Type::Conflict(ts) => {
                let names: Vec<String> = ts.iter().map(|t| t.numba_name(rec, ptr)).collect();
                names.join(" or ")
            }
        }
    }
}
