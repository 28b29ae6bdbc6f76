//! The C type table: every C type rumba knows, with size, alignment and layout.
//!
//! One table describes all C data in a program, whichever front end named
//! it: cffi declarations, ctypes types, Numba types and numpy record dtypes.
//! As in LuaJIT's lj_ctype.c a type is an index into the table. Pointer,
//! array and function types are interned, so the front end compares them by
//! id. Structs, unions and enums are nominal (each declaration is a type of
//! its own), except the anonymous structs of [`CTypes::struct_type`], which
//! are structural like Numba's struct types and numpy's dtypes.
//!
//! Layout follows the LP64 C ABI of x86-64 SysV and AArch64 Linux, which
//! differ here only in the signedness of `char` and `wchar_t`.
//! Qualifiers (`const`, `volatile`, `restrict`) are not part of a type: cffi
//! does not enforce them, and dropping them keeps `char *` and `const char *`
//! one type.
//!
//! Besides types the table holds the C namespaces that cdef fills: typedef
//! names, struct/union/enum tags and integer constants (enumerators and
//! `#define`s). There is one table per program, so a name may be declared
//! again only with an identical definition, which lets several cdefs (of
//! different `FFI` objects, say) share a header.

use std::collections::{HashMap, HashSet};
use std::fmt;

/// A type in a [`CTypes`] table, meaningful only in that table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct CTypeId(u32);

impl CTypeId {
    pub const VOID: CTypeId = CTypeId(0);
    pub const BOOL: CTypeId = CTypeId(1);
    pub const CHAR: CTypeId = CTypeId(2);
    pub const SCHAR: CTypeId = CTypeId(3);
    pub const UCHAR: CTypeId = CTypeId(4);
    pub const SHORT: CTypeId = CTypeId(5);
    pub const USHORT: CTypeId = CTypeId(6);
    pub const INT: CTypeId = CTypeId(7);
    pub const UINT: CTypeId = CTypeId(8);
    pub const LONG: CTypeId = CTypeId(9);
    pub const ULONG: CTypeId = CTypeId(10);
    pub const LONGLONG: CTypeId = CTypeId(11);
    pub const ULONGLONG: CTypeId = CTypeId(12);
    pub const FLOAT: CTypeId = CTypeId(13);
    pub const DOUBLE: CTypeId = CTypeId(14);

    /// The position in the table, for side tables indexed by type.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id at a position `index` returned.
    pub fn from_index(i: usize) -> CTypeId {
        CTypeId(i as u32)
    }
}

impl fmt::Display for CTypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ctype#{}", self.0)
    }
}

/// Every table starts with these, at the ids of the constants above.
const BASE_TYPES: [CType; 15] = [
    CType::Void,
    CType::Bool,
    CType::Int(IntType::Char),
    CType::Int(IntType::SChar),
    CType::Int(IntType::UChar),
    CType::Int(IntType::Short),
    CType::Int(IntType::UShort),
    CType::Int(IntType::Int),
    CType::Int(IntType::UInt),
    CType::Int(IntType::Long),
    CType::Int(IntType::ULong),
    CType::Int(IntType::LongLong),
    CType::Int(IntType::ULongLong),
    CType::Float,
    CType::Double,
];

/// The largest object size the table accepts: sizes stay valid `isize`s.
const MAX_SIZE: u64 = i64::MAX as u64;

/// The ABI whose layout a table follows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Abi {
    X86_64,
    Aarch64,
}

impl Abi {
    /// Other hosts, which rumba does not target, get the x86-64 layout.
    pub const HOST: Abi = if cfg!(target_arch = "aarch64") {
        Abi::Aarch64
    } else {
        Abi::X86_64
    };

    /// Plain `char` is signed on x86-64 and unsigned on AArch64 Linux.
    pub fn char_is_signed(self) -> bool {
        self == Abi::X86_64
    }
}

/// The C integer types, distinct even where they share a size, because C
/// spells them differently.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntType {
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
}

impl IntType {
    pub fn size(self) -> u64 {
        match self {
            IntType::Char | IntType::SChar | IntType::UChar => 1,
            IntType::Short | IntType::UShort => 2,
            IntType::Int | IntType::UInt => 4,
            IntType::Long | IntType::ULong | IntType::LongLong | IntType::ULongLong => 8,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            IntType::Char => "char",
            IntType::SChar => "signed char",
            IntType::UChar => "unsigned char",
            IntType::Short => "short",
            IntType::UShort => "unsigned short",
            IntType::Int => "int",
            IntType::UInt => "unsigned int",
            IntType::Long => "long",
            IntType::ULong => "unsigned long",
            IntType::LongLong => "long long",
            IntType::ULongLong => "unsigned long long",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RecordKind {
    Struct,
    Union,
}

impl RecordKind {
    pub fn keyword(self) -> &'static str {
        match self {
            RecordKind::Struct => "struct",
            RecordKind::Union => "union",
        }
    }
}

/// A member of a struct or union. An anonymous struct or union member has
/// an empty name (as in cffi); its own fields are found through it by name.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Field {
    pub name: String,
    pub ty: CTypeId,
    pub offset: u64,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Layout {
    pub fields: Vec<Field>,
    pub size: u64,
    pub align: u64,
}

/// A struct or union; without a layout it is incomplete (declared, not yet
/// defined).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Record {
    pub kind: RecordKind,
    pub tag: Option<String>,
    pub layout: Option<Layout>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FuncType {
    pub ret: CTypeId,
    pub params: Vec<CTypeId>,
    pub variadic: bool,
}

/// An enum: an integer type chosen from its values as gcc does (`int` or
/// `long` if a value is negative, else `unsigned int` or `unsigned long`)
/// plus the named values. `values` is empty while the enum is only
/// declared, and the type `int`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct EnumType {
    pub tag: Option<String>,
    pub base: IntType,
    pub values: Vec<(String, i128)>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CType {
    Void,
    Bool,
    Int(IntType),
    Float,
    Double,
    Pointer(CTypeId),
    /// `len` is `None` for an open array `T[]`.
    Array {
        elem: CTypeId,
        len: Option<u64>,
    },
    Func(FuncType),
    Record(Record),
    Enum(EnumType),
    /// C99's `float _Complex` / `double _Complex`: numpy's complex64 and
    /// complex128 record fields.
    Complex {
        double: bool,
    },
    /// numpy's fixed-width string field: `S<len>` (bytes, one byte a char)
    /// or `U<len>` (UCS-4 code points), padded with NULs.
    Text {
        unicode: bool,
        len: u64,
    },
}

/// How the VM holds a scalar C value. `char` is `I8` or `U8` by the ABI;
/// cffi treats it as a byte, which the front end tells by `CTypeId::CHAR`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Scalar {
    Bool,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Ptr,
}

impl Scalar {
    pub fn size(self) -> u64 {
        match self {
            Scalar::Bool | Scalar::I8 | Scalar::U8 => 1,
            Scalar::I16 | Scalar::U16 => 2,
            Scalar::I32 | Scalar::U32 | Scalar::F32 => 4,
            Scalar::I64 | Scalar::U64 | Scalar::F64 | Scalar::Ptr => 8,
        }
    }

    pub fn is_int(self) -> bool {
        matches!(
            self,
            Scalar::I8
                | Scalar::U8
                | Scalar::I16
                | Scalar::U16
                | Scalar::I32
                | Scalar::U32
                | Scalar::I64
                | Scalar::U64
        )
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Scalar::F32 | Scalar::F64)
    }
}

/// A named integer constant: an enumerator or a `#define`. `ty` is the C
/// type of the constant expression (`int`, `unsigned int`, `long` or
/// `unsigned long`), which the value always fits.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Constant {
    pub value: i128,
    pub ty: IntType,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CTypeError(pub String);

impl fmt::Display for CTypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CTypeError {}

fn err<T>(msg: String) -> Result<T, CTypeError> {
    Err(CTypeError(msg))
}

/// The tag namespace shared by structs, unions and enums.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TagKind {
    Struct,
    Union,
    Enum,
}

/// Part of a type's spelling still to be written.
enum Piece {
    Text(String),
    Type(CTypeId),
}

#[derive(Clone)]
struct Entry {
    ty: CType,
    /// `None` for types without a size: void, functions, open arrays and
    /// incomplete structs.
    size: Option<u64>,
    /// `None` for void, functions and incomplete structs.
    align: Option<u64>,
}

/// The anonymous structs of `struct_type`, by fields and packing.
type StructKey = (Vec<(String, CTypeId)>, Option<u64>);

/// The type table, with the C namespaces cdef fills.
#[derive(Clone)]
pub struct CTypes {
    abi: Abi,
    entries: Vec<Entry>,
    /// Pointer, array and function types, by structure.
    interned: HashMap<CType, CTypeId>,
    structs: HashMap<StructKey, CTypeId>,
    typedefs: HashMap<String, CTypeId>,
    tags: HashMap<String, CTypeId>,
    constants: HashMap<String, Constant>,
    /// The first typedef name of a struct, union or enum, which names it
    /// as in cffi.
    display: HashMap<CTypeId, String>,
    /// The scalar types some declaration spelled with a primitive typedef
    /// (`size_t`, `int32_t`): cffi names those types by the typedef, so a
    /// scalar type here has no one name.
    pub spelled: HashSet<CTypeId>,
}

/// The typedefs every declaration knows; cffi keeps them as type names.
pub const PRIMITIVE_TYPEDEFS: [&str; 15] = [
    "bool",
    "int8_t",
    "uint8_t",
    "int16_t",
    "uint16_t",
    "int32_t",
    "uint32_t",
    "int64_t",
    "uint64_t",
    "intptr_t",
    "uintptr_t",
    "size_t",
    "ssize_t",
    "ptrdiff_t",
    "wchar_t",
];

impl Default for CTypes {
    fn default() -> Self {
        CTypes::new()
    }
}

impl CTypes {
    /// A table for the ABI rumba runs on.
    pub fn new() -> CTypes {
        CTypes::for_abi(Abi::HOST)
    }

    pub fn for_abi(abi: Abi) -> CTypes {
        let mut t = CTypes {
            abi,
            entries: Vec::new(),
            interned: HashMap::new(),
            structs: HashMap::new(),
            typedefs: HashMap::new(),
            tags: HashMap::new(),
            constants: HashMap::new(),
            display: HashMap::new(),
            spelled: HashSet::new(),
        };
        for ty in BASE_TYPES {
            let (size, align) = match ty {
                CType::Void => (None, None),
                CType::Bool => (Some(1), Some(1)),
                CType::Int(i) => (Some(i.size()), Some(i.size())),
                CType::Float => (Some(4), Some(4)),
                _ => (Some(8), Some(8)), // double
            };
            t.push(ty, size, align);
        }
        let wchar = if abi == Abi::Aarch64 {
            CTypeId::UINT
        } else {
            CTypeId::INT
        };
        let typedefs = [
            ("bool", CTypeId::BOOL),
            ("int8_t", CTypeId::SCHAR),
            ("uint8_t", CTypeId::UCHAR),
            ("int16_t", CTypeId::SHORT),
            ("uint16_t", CTypeId::USHORT),
            ("int32_t", CTypeId::INT),
            ("uint32_t", CTypeId::UINT),
            ("int64_t", CTypeId::LONG),
            ("uint64_t", CTypeId::ULONG),
            ("intptr_t", CTypeId::LONG),
            ("uintptr_t", CTypeId::ULONG),
            ("size_t", CTypeId::ULONG),
            ("ssize_t", CTypeId::LONG),
            ("ptrdiff_t", CTypeId::LONG),
            ("wchar_t", wchar),
        ];
        for (name, ty) in typedefs {
            t.typedefs.insert(name.to_owned(), ty);
        }
        t
    }

    pub fn abi(&self) -> Abi {
        self.abi
    }

    pub fn get(&self, id: CTypeId) -> &CType {
        &self.entries[id.index()].ty
    }

    /// `None` for void, functions, open arrays and incomplete structs.
    pub fn size(&self, id: CTypeId) -> Option<u64> {
        self.entries[id.index()].size
    }

    /// `None` for void, functions and incomplete structs.
    pub fn align(&self, id: CTypeId) -> Option<u64> {
        self.entries[id.index()].align
    }

    pub fn scalar(&self, id: CTypeId) -> Option<Scalar> {
        Some(match self.get(id) {
            CType::Bool => Scalar::Bool,
            CType::Int(i) => self.int_scalar(*i),
            CType::Enum(e) => self.int_scalar(e.base),
            CType::Float => Scalar::F32,
            CType::Double => Scalar::F64,
            CType::Pointer(_) => Scalar::Ptr,
            _ => return None,
        })
    }

    fn int_scalar(&self, i: IntType) -> Scalar {
        match i {
            IntType::Char if self.abi.char_is_signed() => Scalar::I8,
            IntType::Char | IntType::UChar => Scalar::U8,
            IntType::SChar => Scalar::I8,
            IntType::Short => Scalar::I16,
            IntType::UShort => Scalar::U16,
            IntType::Int => Scalar::I32,
            IntType::UInt => Scalar::U32,
            IntType::Long | IntType::LongLong => Scalar::I64,
            IntType::ULong | IntType::ULongLong => Scalar::U64,
        }
    }

    pub fn pointee(&self, id: CTypeId) -> Option<CTypeId> {
        match self.get(id) {
            CType::Pointer(to) => Some(*to),
            _ => None,
        }
    }

    /// The fields of a complete struct or union, in declaration order.
    pub fn fields(&self, id: CTypeId) -> Option<&[Field]> {
        match self.get(id) {
            CType::Record(Record {
                layout: Some(l), ..
            }) => Some(&l.fields),
            _ => None,
        }
    }

    /// The offset and type of a field, looking through anonymous members.
    pub fn field(&self, id: CTypeId, name: &str) -> Option<(u64, CTypeId)> {
        if name.is_empty() {
            return None;
        }
        for f in self.fields(id)? {
            if f.name == name {
                return Some((f.offset, f.ty));
            }
            if f.name.is_empty() {
                if let Some((offset, ty)) = self.field(f.ty, name) {
                    return Some((f.offset + offset, ty));
                }
            }
        }
        None
    }

    pub fn is_void(&self, id: CTypeId) -> bool {
        matches!(self.get(id), CType::Void)
    }

    pub fn is_func(&self, id: CTypeId) -> bool {
        matches!(self.get(id), CType::Func(_))
    }

    /// A struct or union with a known layout.
    pub fn is_struct(&self, id: CTypeId) -> bool {
        matches!(
            self.get(id),
            CType::Record(Record {
                layout: Some(_),
                ..
            })
        )
    }

    /// Names of the fields of a struct, in order (anonymous members are
    /// skipped).
    pub fn field_names(&self, id: CTypeId) -> Vec<String> {
        self.fields(id)
            .map(|fs| {
                fs.iter()
                    .filter(|f| !f.name.is_empty())
                    .map(|f| f.name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// cffi's name of a type (`ffi.typeof(...)` prints it), or `None`
    /// when a scalar in it may have been spelled with a primitive typedef
    /// cffi would print instead.
    pub fn cffi_name(&self, id: CTypeId) -> Option<String> {
        let mut work = vec![id];
        while let Some(t) = work.pop() {
            match self.get(t) {
                CType::Pointer(p) | CType::Array { elem: p, .. } => work.push(*p),
                CType::Func(f) => {
                    work.push(f.ret);
                    work.extend(f.params.iter().copied());
                }
                _ if self.spelled.contains(&t) => return None,
                _ => {}
            }
        }
        Some(self.name(id))
    }

    pub fn typedef(&self, name: &str) -> Option<CTypeId> {
        self.typedefs.get(name).copied()
    }

    /// The struct, union or enum declared with this tag.
    pub fn tag(&self, name: &str) -> Option<CTypeId> {
        self.tags.get(name).copied()
    }

    pub fn constant(&self, name: &str) -> Option<Constant> {
        self.constants.get(name).copied()
    }

    /// The C spelling of a type, as cffi writes it: `int *`, `int * *`,
    /// `int[10]`, `int(*)[10]`, `double(*)(double)`, `struct point`.
    pub fn name(&self, id: CTypeId) -> String {
        // Parameter types are spelled through a work stack, not recursion:
        // typedefs can nest function types without bound.
        let mut out = String::new();
        let mut work = vec![Piece::Type(id)];
        while let Some(piece) = work.pop() {
            match piece {
                Piece::Text(text) => out.push_str(&text),
                Piece::Type(t) => {
                    let (head, tail) = self.spelling(t);
                    out.push_str(&head);
                    work.extend(tail.into_iter().rev());
                }
            }
        }
        out
    }

    /// A type's spelling split where a declarator's name would go: the text
    /// before that point, and the pieces after it.
    fn spelling(&self, id: CTypeId) -> (String, Vec<Piece>) {
        let mut derived = Vec::new();
        let mut t = id;
        let mut head = loop {
            let next = match self.get(t) {
                CType::Pointer(to) => *to,
                CType::Array { elem, .. } => *elem,
                CType::Func(f) => f.ret,
                CType::Void => break "void".to_owned(),
                CType::Bool => break "_Bool".to_owned(),
                CType::Int(i) => break i.name().to_owned(),
                CType::Float => break "float".to_owned(),
                CType::Double => break "double".to_owned(),
                CType::Record(r) => break self.tagged_name(t, r.kind.keyword(), &r.tag),
                CType::Enum(e) => break self.tagged_name(t, "enum", &e.tag),
                CType::Complex { double: false } => break "float _Complex".to_owned(),
                CType::Complex { double: true } => break "double _Complex".to_owned(),
                CType::Text { unicode, len } => {
                    break format!("{}{len}", if *unicode { "U" } else { "S" })
                }
            };
            derived.push(t);
            t = next;
        };
        // Wrap the base type from the inside out. The head grows rightwards
        // and the tail leftwards, so "(*" and ")" land on either side.
        let mut tail = Vec::new();
        for &d in derived.iter().rev() {
            match self.get(d) {
                CType::Pointer(to) => {
                    if matches!(self.get(*to), CType::Array { .. } | CType::Func(_)) {
                        head.push_str("(*");
                        tail.push(vec![Piece::Text(")".into())]);
                    } else {
                        head.push_str(" *");
                    }
                }
                CType::Array { len, .. } => tail.push(vec![Piece::Text(match len {
                    Some(n) => format!("[{n}]"),
                    None => "[]".into(),
                })]),
                CType::Func(f) => {
                    let mut params = vec![Piece::Text("(".into())];
                    for (i, &p) in f.params.iter().enumerate() {
                        if i > 0 {
                            params.push(Piece::Text(", ".into()));
                        }
                        params.push(Piece::Type(p));
                    }
                    if f.variadic {
                        let sep = if f.params.is_empty() { "" } else { ", " };
                        params.push(Piece::Text(format!("{sep}...")));
                    }
                    params.push(Piece::Text(")".into()));
                    tail.push(params);
                }
                _ => {}
            }
        }
        (head, tail.into_iter().rev().flatten().collect())
    }

    fn tagged_name(&self, id: CTypeId, keyword: &str, tag: &Option<String>) -> String {
        match (tag, self.display.get(&id)) {
            (_, Some(name)) => name.clone(),
            (Some(tag), None) => format!("{keyword} {tag}"),
            (None, None) => format!("{keyword} <anonymous>"),
        }
    }

    fn push(&mut self, ty: CType, size: Option<u64>, align: Option<u64>) -> CTypeId {
        let id = CTypeId(self.entries.len() as u32);
        self.entries.push(Entry { ty, size, align });
        id
    }

    fn intern(&mut self, ty: CType, size: Option<u64>, align: Option<u64>) -> CTypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = self.push(ty.clone(), size, align);
        self.interned.insert(ty, id);
        id
    }

    pub fn pointer(&mut self, to: CTypeId) -> CTypeId {
        self.intern(CType::Pointer(to), Some(8), Some(8))
    }

    /// `float _Complex` (numpy's complex64) or `double _Complex`.
    pub fn complex(&mut self, double: bool) -> CTypeId {
        let part = if double { 8 } else { 4 };
        self.intern(CType::Complex { double }, Some(2 * part), Some(part))
    }

    /// numpy's `S<len>` or `U<len>` string of `len` characters.
    pub fn text(&mut self, unicode: bool, len: u64) -> Result<CTypeId, CTypeError> {
        let unit = if unicode { 4 } else { 1 };
        match len.checked_mul(unit).filter(|&s| s <= MAX_SIZE && len > 0) {
            Some(size) => Ok(self.intern(CType::Text { unicode, len }, Some(size), Some(unit))),
            None => err(format!(
                "a string field of {len} characters is not supported"
            )),
        }
    }

    /// An array of `len` elements, or an open array `elem[]` for `None`.
    pub fn array(&mut self, elem: CTypeId, len: Option<u64>) -> Result<CTypeId, CTypeError> {
        let e = &self.entries[elem.index()];
        if let CType::Func(_) = e.ty {
            return err("array of functions is not allowed".to_owned());
        }
        let (Some(elem_size), align) = (e.size, e.align) else {
            return err(format!(
                "array has incomplete element type '{}'",
                self.name(elem)
            ));
        };
        let size = match len {
            Some(n) => match elem_size.checked_mul(n).filter(|&s| s <= MAX_SIZE) {
                Some(size) => Some(size),
                None => return err(format!("array '{}[{n}]' is too large", self.name(elem))),
            },
            None => None,
        };
        Ok(self.intern(CType::Array { elem, len }, size, align))
    }

    /// A function type. Array and function parameters decay to pointers,
    /// as in C.
    pub fn func(
        &mut self,
        ret: CTypeId,
        params: &[CTypeId],
        variadic: bool,
    ) -> Result<CTypeId, CTypeError> {
        match self.get(ret) {
            CType::Array { .. } => {
                return err(format!(
                    "function cannot return array type '{}'",
                    self.name(ret)
                ))
            }
            CType::Func(_) => {
                return err(format!(
                    "function cannot return function type '{}'",
                    self.name(ret)
                ))
            }
            _ => {}
        }
        let mut decayed = Vec::with_capacity(params.len());
        for &p in params {
            decayed.push(match self.get(p) {
                CType::Void => return err("parameter may not have 'void' type".to_owned()),
                CType::Array { elem, .. } => self.pointer(*elem),
                CType::Func(_) => self.pointer(p),
                _ => p,
            });
        }
        let f = FuncType {
            ret,
            params: decayed,
            variadic,
        };
        Ok(self.intern(CType::Func(f), None, None))
    }

    /// A new incomplete struct or union, distinct from every other. The tag
    /// only names it: it does not enter the tag namespace of cdef, so a
    /// ctypes `Structure` class can be called `point` beside a cdef'd
    /// `struct point`.
    pub fn new_record(&mut self, kind: RecordKind, tag: Option<&str>) -> CTypeId {
        let r = Record {
            kind,
            tag: tag.map(str::to_owned),
            layout: None,
        };
        self.push(CType::Record(r), None, None)
    }

    /// Lays out an incomplete struct or union from its fields (an empty name
    /// is an anonymous member). `pack` caps the alignment of fields, like
    /// ctypes' `_pack_` and `#pragma pack`.
    pub fn complete_record<S: AsRef<str>>(
        &mut self,
        id: CTypeId,
        fields: &[(S, CTypeId)],
        pack: Option<u64>,
    ) -> Result<(), CTypeError> {
        let CType::Record(r) = self.get(id) else {
            return err(format!("'{}' is not a struct or union", self.name(id)));
        };
        if r.layout.is_some() {
            return err(format!("redefinition of '{}'", self.name(id)));
        }
        let layout = self.lay_out(r.kind, fields, pack)?;
        self.define_layout(id, layout)
    }

    /// The anonymous struct with these fields, as Numba's `struct([...])`
    /// and numpy's record dtypes (`pack` 1 unless aligned) describe it.
    /// Equal field lists give the same type.
    pub fn struct_type<S: AsRef<str>>(
        &mut self,
        fields: &[(S, CTypeId)],
        pack: Option<u64>,
    ) -> Result<CTypeId, CTypeError> {
        let key: Vec<(String, CTypeId)> = fields
            .iter()
            .map(|(name, ty)| (name.as_ref().to_owned(), *ty))
            .collect();
        let key = (key, pack);
        if let Some(&id) = self.structs.get(&key) {
            return Ok(id);
        }
        let layout = self.lay_out(RecordKind::Struct, fields, pack)?;
        let id = self.new_record(RecordKind::Struct, None);
        self.define_layout(id, layout)?;
        self.structs.insert(key, id);
        Ok(id)
    }

    fn lay_out<S: AsRef<str>>(
        &self,
        kind: RecordKind,
        fields: &[(S, CTypeId)],
        pack: Option<u64>,
    ) -> Result<Layout, CTypeError> {
        let max_align = match pack {
            None => u64::MAX,
            Some(p) if p.is_power_of_two() => p,
            Some(p) => return err(format!("packing {p} is not a power of two")),
        };
        let mut b = LayoutBuilder::new(kind, max_align);
        for (name, ty) in fields {
            b.add(self, name.as_ref(), *ty)?;
        }
        b.finish()
    }

    /// Gives a struct or union its layout; a complete one may only be given
    /// the layout it has.
    pub(crate) fn define_layout(&mut self, id: CTypeId, layout: Layout) -> Result<(), CTypeError> {
        let CType::Record(r) = self.get(id) else {
            return err(format!("'{}' is not a struct or union", self.name(id)));
        };
        match &r.layout {
            Some(old) if self.same_layout(old, &layout) => return Ok(()),
            Some(_) => return err(format!("redefinition of '{}'", self.name(id))),
            None => {}
        }
        let entry = &mut self.entries[id.index()];
        entry.size = Some(layout.size);
        entry.align = Some(layout.align);
        if let CType::Record(r) = &mut entry.ty {
            r.layout = Some(layout);
        }
        Ok(())
    }

    pub(crate) fn new_enum(&mut self, tag: Option<&str>) -> CTypeId {
        let e = EnumType {
            tag: tag.map(str::to_owned),
            base: IntType::Int,
            values: Vec::new(),
        };
        self.push(CType::Enum(e), Some(4), Some(4))
    }

    /// Gives an enum its values and, from them, its integer type.
    pub(crate) fn define_enum(
        &mut self,
        id: CTypeId,
        values: Vec<(String, i128)>,
    ) -> Result<(), CTypeError> {
        let name = self.name(id);
        let entry = &mut self.entries[id.index()];
        let CType::Enum(e) = &mut entry.ty else {
            return err(format!("'{name}' is not an enum"));
        };
        if !e.values.is_empty() {
            return if e.values == values {
                Ok(())
            } else {
                err(format!("redefinition of '{name}'"))
            };
        }
        // gcc's choice, which cffi copies: unsigned unless a value is
        // negative, and 64 bits only if 32 are not enough.
        let lo = values.iter().map(|v| v.1).min().unwrap_or(0);
        let hi = values.iter().map(|v| v.1).max().unwrap_or(0);
        e.base = match (lo < 0, hi) {
            (true, _) if i128::from(i32::MIN) <= lo && hi <= i32::MAX.into() => IntType::Int,
            (true, _) if i128::from(i64::MIN) <= lo && hi <= i64::MAX.into() => IntType::Long,
            (false, _) if hi <= u32::MAX.into() => IntType::UInt,
            (false, _) if hi <= u64::MAX.into() => IntType::ULong,
            _ => {
                return err(format!(
                    "the values of '{name}' do not fit in one integer type"
                ))
            }
        };
        e.values = values;
        entry.size = Some(e.base.size());
        entry.align = Some(e.base.size());
        Ok(())
    }

    /// The struct, union or enum with this tag, declared (incomplete) if it
    /// is new.
    pub(crate) fn tag_type(&mut self, kind: TagKind, name: &str) -> Result<CTypeId, CTypeError> {
        if let Some(&id) = self.tags.get(name) {
            let found = match self.get(id) {
                CType::Record(r) if r.kind == RecordKind::Struct => TagKind::Struct,
                CType::Record(_) => TagKind::Union,
                _ => TagKind::Enum,
            };
            return if found == kind {
                Ok(id)
            } else {
                err(format!(
                    "use of '{name}' with tag type that does not match previous declaration"
                ))
            };
        }
        let id = match kind {
            TagKind::Struct => self.new_record(RecordKind::Struct, Some(name)),
            TagKind::Union => self.new_record(RecordKind::Union, Some(name)),
            TagKind::Enum => self.new_enum(Some(name)),
        };
        self.tags.insert(name.to_owned(), id);
        Ok(id)
    }

    pub(crate) fn define_typedef(&mut self, name: &str, ty: CTypeId) -> Result<(), CTypeError> {
        if self.constants.contains_key(name) {
            return err(format!(
                "redefinition of '{name}' as a different kind of symbol"
            ));
        }
        if let Some(&old) = self.typedefs.get(name) {
            return if self.equivalent(old, ty) {
                Ok(())
            } else {
                err(format!(
                    "typedef redefinition with different types ('{}' vs '{}')",
                    self.name(ty),
                    self.name(old)
                ))
            };
        }
        if let CType::Record(_) | CType::Enum(_) = self.get(ty) {
            self.display.entry(ty).or_insert_with(|| name.to_owned());
        }
        self.typedefs.insert(name.to_owned(), ty);
        Ok(())
    }

    pub(crate) fn define_constant(&mut self, name: &str, c: Constant) -> Result<(), CTypeError> {
        if self.typedefs.contains_key(name) {
            return err(format!(
                "redefinition of '{name}' as a different kind of symbol"
            ));
        }
        match self.constants.get(name) {
            Some(old) if old.value != c.value => {
                err(format!("redefinition of '{name}' with a different value"))
            }
            Some(_) => Ok(()),
            None => {
                self.constants.insert(name.to_owned(), c);
                Ok(())
            }
        }
    }

    /// Whether a redefinition describes the same type: the same id, or
    /// anonymous structs, unions or enums (which a repeated declaration
    /// creates anew) of the same shape.
    fn equivalent(&self, mut a: CTypeId, mut b: CTypeId) -> bool {
        loop {
            if a == b {
                return true;
            }
            match (self.get(a), self.get(b)) {
                (CType::Pointer(x), CType::Pointer(y)) => (a, b) = (*x, *y),
                (CType::Array { elem: x, len: m }, CType::Array { elem: y, len: n }) if m == n => {
                    (a, b) = (*x, *y)
                }
                (CType::Record(x), CType::Record(y)) => {
                    return x.tag.is_none()
                        && y.tag.is_none()
                        && x.kind == y.kind
                        && match (&x.layout, &y.layout) {
                            (Some(l), Some(m)) => self.same_layout(l, m),
                            _ => false,
                        }
                }
                (CType::Enum(x), CType::Enum(y)) => {
                    return x.tag.is_none() && y.tag.is_none() && x.values == y.values
                }
                _ => return false,
            }
        }
    }

    fn same_layout(&self, x: &Layout, y: &Layout) -> bool {
        x.size == y.size
            && x.align == y.align
            && x.fields.len() == y.fields.len()
            && x.fields.iter().zip(&y.fields).all(|(f, g)| {
                f.name == g.name && f.offset == g.offset && self.equivalent(f.ty, g.ty)
            })
    }
}

/// Lays out a struct or union one field at a time, so that the C parser can
/// report a bad field where it is declared.
pub(crate) struct LayoutBuilder {
    kind: RecordKind,
    max_align: u64,
    fields: Vec<Field>,
    names: HashSet<String>,
    /// A flexible array member, which must be the last field.
    flexible: Option<String>,
    size: u64,
    align: u64,
}

impl LayoutBuilder {
    pub(crate) fn new(kind: RecordKind, max_align: u64) -> LayoutBuilder {
        LayoutBuilder {
            kind,
            max_align,
            fields: Vec::new(),
            names: HashSet::new(),
            flexible: None,
            size: 0,
            align: 1,
        }
    }

    pub(crate) fn add(
        &mut self,
        types: &CTypes,
        name: &str,
        ty: CTypeId,
    ) -> Result<(), CTypeError> {
        if let Some(prev) = &self.flexible {
            return err(format!(
                "flexible array member '{prev}' is not at the end of the struct"
            ));
        }
        let entry = &types.entries[ty.index()];
        match (&entry.ty, entry.size, entry.align) {
            (CType::Func(_), ..) => return err(format!("field '{name}' declared as a function")),
            (CType::Array { len: None, .. }, _, Some(_)) => {
                if self.kind == RecordKind::Union {
                    return err(format!("flexible array member '{name}' in a union"));
                }
                if self.fields.is_empty() {
                    return err(format!(
                        "flexible array member '{name}' in a struct with no other members"
                    ));
                }
                self.flexible = Some(name.to_owned());
            }
            (_, Some(_), Some(_)) => {}
            _ => {
                return err(format!(
                    "field '{name}' has incomplete type '{}'",
                    types.name(ty)
                ))
            }
        }
        if name.is_empty() {
            let Some(fields) = types.fields(ty) else {
                return err("an anonymous member must be a struct or union".to_owned());
            };
            self.claim_members(types, fields)?;
        } else {
            self.claim(name)?;
        }
        let align = entry.align.unwrap_or(1).min(self.max_align);
        let offset = match self.kind {
            RecordKind::Struct => align_up(self.size, align),
            RecordKind::Union => 0,
        };
        let Some(end) = offset
            .checked_add(entry.size.unwrap_or(0))
            .filter(|&e| e <= MAX_SIZE)
        else {
            return err(format!("{} is too large", self.kind.keyword()));
        };
        self.size = self.size.max(end);
        self.align = self.align.max(align);
        self.fields.push(Field {
            name: name.to_owned(),
            ty,
            offset,
        });
        Ok(())
    }

    fn claim(&mut self, name: &str) -> Result<(), CTypeError> {
        if self.names.insert(name.to_owned()) {
            Ok(())
        } else {
            err(format!("duplicate member '{name}'"))
        }
    }

    /// The fields of an anonymous member share the namespace of the
    /// enclosing struct.
    fn claim_members(&mut self, types: &CTypes, fields: &[Field]) -> Result<(), CTypeError> {
        for f in fields {
            if f.name.is_empty() {
                self.claim_members(types, types.fields(f.ty).unwrap_or_default())?;
            } else {
                self.claim(&f.name)?;
            }
        }
        Ok(())
    }

    pub(crate) fn finish(self) -> Result<Layout, CTypeError> {
        let size = align_up(self.size, self.align);
        if size > MAX_SIZE {
            return err(format!("{} is too large", self.kind.keyword()));
        }
        Ok(Layout {
            fields: self.fields,
            size,
            align: self.align,
        })
    }
}

/// `align` is a power of two no larger than 8 (no C type needs more), and `x`
/// is at most `MAX_SIZE`, so this cannot overflow.
fn align_up(x: u64, align: u64) -> u64 {
    (x + align - 1) & !(align - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_types_sit_at_their_ids() {
        let t = CTypes::for_abi(Abi::X86_64);
        let expect = [
            (CTypeId::VOID, "void", None),
            (CTypeId::BOOL, "_Bool", Some(1)),
            (CTypeId::CHAR, "char", Some(1)),
            (CTypeId::SCHAR, "signed char", Some(1)),
            (CTypeId::UCHAR, "unsigned char", Some(1)),
            (CTypeId::SHORT, "short", Some(2)),
            (CTypeId::USHORT, "unsigned short", Some(2)),
            (CTypeId::INT, "int", Some(4)),
            (CTypeId::UINT, "unsigned int", Some(4)),
            (CTypeId::LONG, "long", Some(8)),
            (CTypeId::ULONG, "unsigned long", Some(8)),
            (CTypeId::LONGLONG, "long long", Some(8)),
            (CTypeId::ULONGLONG, "unsigned long long", Some(8)),
            (CTypeId::FLOAT, "float", Some(4)),
            (CTypeId::DOUBLE, "double", Some(8)),
        ];
        for (id, name, size) in expect {
            assert_eq!(t.name(id), name);
            assert_eq!(t.size(id), size, "{name}");
            assert_eq!(t.align(id), size, "{name}");
        }
    }

    #[test]
    fn scalars_follow_the_abi() {
        let x86 = CTypes::for_abi(Abi::X86_64);
        let arm = CTypes::for_abi(Abi::Aarch64);
        assert_eq!(x86.scalar(CTypeId::CHAR), Some(Scalar::I8));
        assert_eq!(arm.scalar(CTypeId::CHAR), Some(Scalar::U8));
        assert_eq!(x86.typedef("wchar_t"), Some(CTypeId::INT));
        assert_eq!(arm.typedef("wchar_t"), Some(CTypeId::UINT));
        let expect = [
            (CTypeId::BOOL, Scalar::Bool),
            (CTypeId::SCHAR, Scalar::I8),
            (CTypeId::UCHAR, Scalar::U8),
            (CTypeId::SHORT, Scalar::I16),
            (CTypeId::USHORT, Scalar::U16),
            (CTypeId::INT, Scalar::I32),
            (CTypeId::UINT, Scalar::U32),
            (CTypeId::LONG, Scalar::I64),
            (CTypeId::ULONGLONG, Scalar::U64),
            (CTypeId::FLOAT, Scalar::F32),
            (CTypeId::DOUBLE, Scalar::F64),
        ];
        for (id, s) in expect {
            assert_eq!(arm.scalar(id), Some(s));
            assert_eq!(s.size(), arm.size(id).unwrap());
        }
        let mut t = x86;
        let p = t.pointer(CTypeId::VOID);
        assert_eq!(t.scalar(p), Some(Scalar::Ptr));
        assert_eq!(t.pointee(p), Some(CTypeId::VOID));
        assert_eq!(t.scalar(CTypeId::VOID), None);
        assert!(Scalar::I16.is_int() && Scalar::I16.is_signed() && !Scalar::U64.is_signed());
        assert!(Scalar::F32.is_float() && !Scalar::Bool.is_int() && !Scalar::Ptr.is_int());
    }

    #[test]
    fn derived_types_are_interned() {
        let mut t = CTypes::new();
        assert_eq!(t.pointer(CTypeId::INT), t.pointer(CTypeId::INT));
        assert_ne!(t.pointer(CTypeId::INT), t.pointer(CTypeId::LONG));
        let a = t.array(CTypeId::INT, Some(10)).unwrap();
        assert_eq!(t.array(CTypeId::INT, Some(10)), Ok(a));
        assert_ne!(t.array(CTypeId::INT, Some(11)), Ok(a));
        assert_ne!(t.array(CTypeId::INT, None), Ok(a));
        let f = t.func(CTypeId::DOUBLE, &[CTypeId::DOUBLE], false).unwrap();
        assert_eq!(t.func(CTypeId::DOUBLE, &[CTypeId::DOUBLE], false), Ok(f));
        assert_ne!(t.func(CTypeId::DOUBLE, &[CTypeId::DOUBLE], true), Ok(f));
        // Parameters decay, so these are one type.
        let pi = t.pointer(CTypeId::INT);
        assert_eq!(
            t.func(CTypeId::VOID, &[a], false),
            t.func(CTypeId::VOID, &[pi], false)
        );
    }

    #[test]
    fn names_are_spelled_like_cffi() {
        let mut t = CTypes::new();
        let int_p = t.pointer(CTypeId::INT);
        let int_pp = t.pointer(int_p);
        let arr10 = t.array(CTypeId::INT, Some(10)).unwrap();
        let ptr_arr = t.pointer(arr10);
        let arr_ptr = t.array(int_p, Some(10)).unwrap();
        let row = t.array(CTypeId::INT, Some(4)).unwrap();
        let grid = t.array(row, Some(3)).unwrap();
        let open = t.array(CTypeId::DOUBLE, None).unwrap();
        let f = t.func(CTypeId::DOUBLE, &[CTypeId::DOUBLE], false).unwrap();
        let fp = t.pointer(f);
        let fpp = t.pointer(fp);
        let fp_arr = t.array(fp, Some(4)).unwrap();
        let char_p = t.pointer(CTypeId::CHAR);
        let printf = t.func(CTypeId::INT, &[char_p], true).unwrap();
        let nullary = t.func(CTypeId::VOID, &[], false).unwrap();
        let inner = t.func(CTypeId::INT, &[CTypeId::DOUBLE], false).unwrap();
        let inner_p = t.pointer(inner);
        let outer = t.func(inner_p, &[CTypeId::INT], false).unwrap();
        let outer_p = t.pointer(outer);
        let expect = [
            (int_p, "int *"),
            (int_pp, "int * *"),
            (arr10, "int[10]"),
            (ptr_arr, "int(*)[10]"),
            (arr_ptr, "int *[10]"),
            (grid, "int[3][4]"),
            (open, "double[]"),
            (f, "double(double)"),
            (fp, "double(*)(double)"),
            (fpp, "double(* *)(double)"),
            (fp_arr, "double(*[4])(double)"),
            (printf, "int(char *, ...)"),
            (nullary, "void()"),
            (outer, "int(*(int))(double)"),
            (outer_p, "int(*(*)(int))(double)"),
        ];
        for (id, name) in expect {
            assert_eq!(t.name(id), name);
        }
        let point = t.new_record(RecordKind::Struct, Some("point"));
        assert_eq!(t.name(point), "struct point");
        let anon = t.new_record(RecordKind::Union, None);
        assert_eq!(t.name(anon), "union <anonymous>");
    }

    #[test]
    fn struct_type_is_structural_and_lays_out_like_c() {
        let mut t = CTypes::new();
        // Numba's struct([('x', double), ('y', double)]).
        let xy = [("x", CTypeId::DOUBLE), ("y", CTypeId::DOUBLE)];
        let s = t.struct_type(&xy, None).unwrap();
        assert_eq!(t.struct_type(&xy, None), Ok(s));
        assert_eq!((t.size(s), t.align(s)), (Some(16), Some(8)));
        assert_eq!(t.field(s, "y"), Some((8, CTypeId::DOUBLE)));
        assert_eq!(t.fields(s).unwrap()[1].name, "y");
        assert_eq!(t.field(s, "z"), None);
        // gcc: struct s1 { char c; double d; int i; } is 24 bytes, d at 8, i at 16.
        let mixed = [
            ("c", CTypeId::CHAR),
            ("d", CTypeId::DOUBLE),
            ("i", CTypeId::INT),
        ];
        let s1 = t.struct_type(&mixed, None).unwrap();
        let offsets: Vec<u64> = t.fields(s1).unwrap().iter().map(|f| f.offset).collect();
        assert_eq!((t.size(s1), offsets), (Some(24), vec![0, 8, 16]));
        // A numpy dtype without align=True is packed: gcc's pack(1) gives 13
        // bytes, pack(2) 14 with d at 2 and i at 10.
        let p1 = t.struct_type(&mixed, Some(1)).unwrap();
        assert_eq!((t.size(p1), t.align(p1)), (Some(13), Some(1)));
        assert_eq!(t.field(p1, "i"), Some((9, CTypeId::INT)));
        let p2 = t.struct_type(&mixed, Some(2)).unwrap();
        assert_eq!((t.size(p2), t.align(p2)), (Some(14), Some(2)));
        assert_eq!(t.field(p2, "i"), Some((10, CTypeId::INT)));
        assert_ne!(p1, s1);
        assert_eq!(
            t.struct_type(&mixed, Some(3)),
            Err(CTypeError("packing 3 is not a power of two".into()))
        );
    }

    #[test]
    fn records_are_nominal_and_complete_once() {
        let mut t = CTypes::new();
        // Two ctypes Structure classes with the same name are two types.
        let a = t.new_record(RecordKind::Struct, Some("Point"));
        let b = t.new_record(RecordKind::Struct, Some("Point"));
        assert_ne!(a, b);
        assert_eq!(t.tag("Point"), None);
        assert_eq!(t.size(a), None);
        let pa = t.pointer(a);
        t.complete_record(a, &[("next", pa), ("v", CTypeId::INT)], None)
            .unwrap();
        assert_eq!((t.size(a), t.align(a)), (Some(16), Some(8)));
        assert_eq!(
            t.complete_record(a, &[("v", CTypeId::INT)], None),
            Err(CTypeError("redefinition of 'struct Point'".into()))
        );
        let u = t.new_record(RecordKind::Union, Some("u2"));
        let c9 = t.array(CTypeId::CHAR, Some(9)).unwrap();
        t.complete_record(u, &[("c", c9), ("i", CTypeId::INT)], None)
            .unwrap();
        // gcc: union u2 { char c[9]; int i; } is 12 bytes, aligned to 4.
        assert_eq!((t.size(u), t.align(u)), (Some(12), Some(4)));
        assert_eq!(t.field(u, "i"), Some((0, CTypeId::INT)));
    }

    #[test]
    fn anonymous_members_are_reached_by_name() {
        let mut t = CTypes::new();
        // gcc: struct s4 { char c; union { int i; double d; }; short s; }:
        // 24 bytes, i and d at 8, s at 16.
        let u = t.new_record(RecordKind::Union, None);
        t.complete_record(u, &[("i", CTypeId::INT), ("d", CTypeId::DOUBLE)], None)
            .unwrap();
        let s = t
            .struct_type(
                &[("c", CTypeId::CHAR), ("", u), ("s", CTypeId::SHORT)],
                None,
            )
            .unwrap();
        assert_eq!(t.size(s), Some(24));
        assert_eq!(t.field(s, "d"), Some((8, CTypeId::DOUBLE)));
        assert_eq!(t.field(s, "s"), Some((16, CTypeId::SHORT)));
        assert_eq!(t.field(s, ""), None);
        assert_eq!(
            t.struct_type(&[("i", CTypeId::INT), ("", u)], None),
            Err(CTypeError("duplicate member 'i'".into()))
        );
        assert_eq!(
            t.struct_type(&[("", CTypeId::INT)], None),
            Err(CTypeError(
                "an anonymous member must be a struct or union".into()
            ))
        );
    }

    #[test]
    fn flexible_array_members() {
        let mut t = CTypes::new();
        let open = t.array(CTypeId::DOUBLE, None).unwrap();
        // gcc: struct s7 { int n; double data[]; } is 8 bytes, data at 8.
        let s = t
            .struct_type(&[("n", CTypeId::INT), ("data", open)], None)
            .unwrap();
        assert_eq!((t.size(s), t.align(s)), (Some(8), Some(8)));
        assert_eq!(t.field(s, "data"), Some((8, open)));
        assert_eq!(
            t.struct_type(
                &[("n", CTypeId::INT), ("d", open), ("m", CTypeId::INT)],
                None
            ),
            Err(CTypeError(
                "flexible array member 'd' is not at the end of the struct".into()
            ))
        );
        assert_eq!(
            t.struct_type(&[("d", open)], None),
            Err(CTypeError(
                "flexible array member 'd' in a struct with no other members".into()
            ))
        );
        let u = t.new_record(RecordKind::Union, None);
        assert_eq!(
            t.complete_record(u, &[("n", CTypeId::INT), ("d", open)], None),
            Err(CTypeError("flexible array member 'd' in a union".into()))
        );
    }

    #[test]
    fn invalid_types_are_errors() {
        let mut t = CTypes::new();
        let f = t.func(CTypeId::INT, &[CTypeId::INT], false).unwrap();
        let a = t.array(CTypeId::INT, Some(3)).unwrap();
        let s = t.new_record(RecordKind::Struct, Some("s"));
        let e = |m: &str| Err(CTypeError(m.to_owned()));
        assert_eq!(t.array(f, Some(2)), e("array of functions is not allowed"));
        assert_eq!(
            t.array(CTypeId::VOID, Some(2)),
            e("array has incomplete element type 'void'")
        );
        assert_eq!(
            t.array(s, None),
            e("array has incomplete element type 'struct s'")
        );
        assert_eq!(
            t.array(CTypeId::LONG, Some(u64::MAX / 4)),
            e("array 'long[4611686018427387903]' is too large")
        );
        assert_eq!(
            t.func(a, &[], false),
            e("function cannot return array type 'int[3]'")
        );
        assert_eq!(
            t.func(f, &[], false),
            e("function cannot return function type 'int(int)'")
        );
        assert_eq!(
            t.func(CTypeId::INT, &[CTypeId::VOID], false),
            e("parameter may not have 'void' type")
        );
        assert_eq!(
            t.struct_type(&[("x", s)], None),
            e("field 'x' has incomplete type 'struct s'")
        );
        assert_eq!(
            t.struct_type(&[("x", f)], None),
            e("field 'x' declared as a function")
        );
        let big = t.array(CTypeId::CHAR, Some(i64::MAX as u64)).unwrap();
        assert_eq!(
            t.struct_type(&[("c", CTypeId::CHAR), ("big", big)], None),
            e("struct is too large")
        );
    }
}
