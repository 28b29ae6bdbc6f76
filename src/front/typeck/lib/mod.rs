//! The built-in modules, one table each: every name a module has and what
//! it is. A function's entry names its typing rule, which checks the
//! arguments, records the native or instruction that computes the call and
//! gives the result type: most are shared shapes (`Rule::Math1`,
//! `Rule::Native`...), the rest functions beside the table or in the
//! subject file (`typeck/numpy.rs`, `typeck/ffi.rs`). The runtime stays in
//! vm/src/lib_*.rs, so adding a function is one entry plus its runtime.
//!
//! A name missing from its module's table does not exist: an
//! AttributeError, as in Python, so one module's names cannot leak into
//! another's (`math.arcsin` is numpy's name, not math's).

pub mod argparse;
pub mod builtins;
pub mod cffi;
pub mod cmath;
pub mod collections;
pub mod ctypes;
pub mod enums;
pub mod itertools;
pub mod math;
pub mod np_generator;
pub mod np_random;
pub mod np_records;
pub mod np_testing;
pub mod numba;
pub mod numba_cffi;
pub mod numba_experimental;
pub mod numba_support;
pub mod numba_typed;
pub mod numpy;
pub mod os;
pub mod random;
pub mod statistics;
pub mod sys;
pub mod time;
pub mod typing;

use super::ops::check_convertible;
use super::{arity, builtin, pos_args, type_err, IResult, Infer};
use crate::front::ast::{Expr, ExprKind, Keyword};
use crate::front::typed::Const;
use std::rc::Rc;
use vm::bytecode::{MathFn, MathFn2};
use vm::ffi::ctype::CTypeId;
use vm::lib_numpy::ReduceOp;
use vm::native::NativeFn;
use vm::types::{ConstKind, Type};

/// A built-in module's table.
pub struct Module {
    pub name: &'static str,
    pub entries: &'static [&'static [Entry]],
    /// Whether the table lists every name the real module has (the ones
    /// rumba lacks as `Unsupported`), so that a missing name is reported
    /// exactly as Python reports it.
    pub complete: bool,
    /// Whether `from m import *` is supported.
    pub star: bool,
}

pub struct Entry {
    pub name: &'static str,
    pub item: Item,
}

pub enum Item {
    /// A constant (`math.pi`).
    Const(Value),
    /// A type object (`np.float64`, `numba.int32`).
    Type(Type),
    /// A ctypes scalar type (`c_int`), or a pointer to a C type
    /// (`c_void_p`).
    CType(CTypeId),
    CPointer(CTypeId),
    /// A submodule, by its full name.
    Module(&'static str),
    /// A function or callable object, and how a call of it is typed.
    Func(Rule),
    /// A runtime value in a global slot the program allocates
    /// (`sys.argv`): the slot and the value's type.
    Global(fn(&mut crate::program::Program) -> (usize, Type)),
    /// An exception class, which can only be raised.
    Exception,
    /// An object with no call of its own: a base class or the receiver of
    /// methods (`ctypes.Structure`, `ctypes.cdll`).
    Object,
    /// A name the real module has that rumba does not support.
    Unsupported,
    /// A function of the shipped Python module named (src/stdlib), which
    /// the script compiles as its own; Numba has none of these.
    Shipped(&'static str),
}

pub enum Value {
    Float(f64),
    Int(i64),
    Str(&'static str),
    /// numpy's `np.True_`/`np.False_`.
    NpBool(bool),
    /// A NULL `void *`.
    Null,
}

/// How a call of a built-in function is typed.
pub enum Rule {
    /// A float function of one real number, computed by FMATH; `Ret::Int`
    /// gives an int argument back unchanged.
    Math1(MathFn, Ret),
    /// A float function of two real numbers, computed by FMATH2.
    Math2(MathFn2),
    /// A numpy ufunc of one argument: elementwise over an array, FMATH on
    /// a scalar (giving a numpy scalar).
    Ufunc1(MathFn, Ret),
    /// A numpy ufunc of two scalars, computed by FMATH2.
    Ufunc2(MathFn2),
    /// A numpy reduction (also an array method).
    Reduce(ReduceOp),
    /// A native taking arguments convertible to `args` and giving `ret`.
    Native {
        f: NativeFn,
        args: &'static [Type],
        ret: Type,
    },
    /// Typed by a function of its own.
    Custom(RuleFn),
}

/// What a math function gives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ret {
    Float,
    Int,
    Bool,
}

pub type RuleFn = fn(&mut Infer, &CallSite) -> IResult<Type>;

/// A call of a built-in being typed: the call expression, the function's
/// module and name, and the arguments with their types.
#[derive(Clone, Copy)]
pub struct CallSite<'a> {
    pub e: &'a Expr,
    pub module: &'a str,
    pub name: &'a str,
    pub args: &'a [Expr],
    pub pos: &'a [Type],
    pub kws: &'a [Keyword],
    pub kw: &'a [Type],
}

impl<'a> CallSite<'a> {
    /// The call, the function's name, the positional arguments and their
    /// types, the keyword arguments and their types.
    #[allow(clippy::type_complexity)]
    pub fn parts(
        &self,
    ) -> (
        &'a Expr,
        &'a str,
        &'a [Expr],
        &'a [Type],
        &'a [Keyword],
        &'a [Type],
    ) {
        (self.e, self.name, self.args, self.pos, self.kws, self.kw)
    }

    /// `math.sqrt`, or `print` for the builtins.
    pub fn qualified(&self) -> String {
        match self.module {
            "builtins" => self.name.to_string(),
            m => format!("{m}.{}", self.name),
        }
    }
}

pub const MODULES: &[&Module] = &[
    &builtins::BUILTINS,
    &math::MATH,
    &cmath::CMATH,
    &numpy::NUMPY,
    &np_random::RANDOM,
    &numba::NUMBA,
    &numba::TYPES,
    &numba::CORE,
    &numba::CORE_TYPES,
    &numba::CORE_ERRORS,
    &numba::RECORD,
    &numba::EXTENDING,
    &numba_cffi::CORE_TYPING,
    &numba_cffi::CFFI_UTILS,
    &numba_typed::TYPED,
    &numba_typed::DICT,
    &numba_typed::LIST,
    &numba_experimental::EXPERIMENTAL,
    &numba_support::NP,
    &numba_support::NUMPY_SUPPORT,
    &typing::TYPING,
    &os::OS,
    &os::PATH,
    &os::ENVIRON,
    &sys::SYS,
    &time::TIME,
    &time::TIMEIT,
    &random::RANDOM,
    &collections::COLLECTIONS,
    &enums::ENUM,
    &statistics::STATISTICS,
    &itertools::ITERTOOLS,
    &argparse::ARGPARSE,
    &np_testing::TESTING,
    &numpy::EXCEPTIONS,
    &numpy::LINALG,
    &cffi::CFFI,
    &ctypes::CTYPES,
    &ctypes::UTIL,
    &ctypes::CTYPESLIB,
    &np_records::REC,
    &FUTURE,
];

const FUTURE: Module = Module {
    name: "__future__",
    entries: &[],
    complete: false,
    star: false,
};

/// The built-in module called `name`.
pub fn module(name: &str) -> Option<&'static Module> {
    MODULES.iter().copied().find(|m| m.name == name)
}

impl Module {
    pub fn entry(&self, name: &str) -> Option<&'static Entry> {
        self.entries
            .iter()
            .flat_map(|es| es.iter())
            .find(|e| e.name == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static Entry> {
        self.entries.iter().flat_map(|es| es.iter())
    }
}

/// The entry behind a built-in's qualified name (`numpy.sum`, `print`).
pub fn lookup(qualified: &str) -> Option<&'static Entry> {
    let (m, name) = split(qualified);
    module(m)?.entry(name)
}

/// A qualified name's module and name; the builtins have no module part.
pub fn split(qualified: &str) -> (&str, &str) {
    qualified
        .rsplit_once('.')
        .unwrap_or(("builtins", qualified))
}

/// Interned name of a module's entry, as a built-in value holds it.
fn qualified(module: &str, name: &str) -> String {
    match module {
        "builtins" => name.to_string(),
        m => format!("{m}.{name}"),
    }
}

/// A module attribute that is a compile-time value: a submodule, a type,
/// a function or object. `None` for names the module lacks, constants and
/// runtime values.
pub fn static_attr(inf: &mut Infer, module: &str, name: &str) -> Option<Type> {
    let entry = self::module(module)?.entry(name)?;
    Some(match &entry.item {
        Item::Module(full) => Type::Const(ConstKind::BuiltinModule, inf.prog.intern_builtin(full)),
        Item::Type(t) if module == "numpy" => Type::NpClass(Rc::new(t.clone())),
        Item::Type(t) => Type::TypeObj(Rc::new(t.clone())),
        Item::CType(id) => ctype_value(*id),
        Item::CPointer(id) => ctype_value(inf.prog.ctypes.pointer(*id)),
        Item::Shipped(m) if !inf.jitted() => shipped(inf, m, name)?,
        Item::Func(_) | Item::Exception | Item::Object | Item::Unsupported | Item::Shipped(_) => {
            builtin(inf.prog, &qualified(module, name))
        }
        Item::Const(_) | Item::Global(_) => return None,
    })
}

/// The function `name` of the shipped Python module `module`.
pub fn shipped(inf: &mut Infer, module: &str, name: &str) -> Option<Type> {
    let mid = inf.rt.import(inf.prog, module).ok()?;
    let g = inf.prog.modules[mid as usize].globals.get(name)?;
    (g.ty.slots() == 0).then(|| g.ty.clone())
}

fn ctype_value(id: CTypeId) -> Type {
    Type::Const(ConstKind::CType, id.index() as u32)
}

/// A module constant's value and type.
pub fn constant(module: &str, name: &str) -> Option<(Const, Type)> {
    let Item::Const(v) = &self::module(module)?.entry(name)?.item else {
        return None;
    };
    Some(match v {
        Value::Float(f) => (Const::Float(*f), Type::F64),
        Value::Int(i) => (Const::Int(*i as i128), vm::types::PYINT),
        Value::Str(s) => (Const::Str(Rc::from(*s)), Type::Str),
        Value::NpBool(b) => (Const::Bool(*b), Type::NpBool),
        Value::Null => (Const::Int(0), Type::Ptr(CTypeId::VOID)),
    })
}

/// A module attribute held in a global slot: the slot and its type.
pub fn global(inf: &mut Infer, module: &str, name: &str) -> Option<(usize, Type)> {
    match &self::module(module)?.entry(name)?.item {
        Item::Global(f) => Some(f(inf.prog)),
        _ => None,
    }
}

/// Types a call of the built-in `c.module`.`c.name`.
pub fn call(inf: &mut Infer, c: &CallSite) -> IResult<Type> {
    let entry = module(c.module).and_then(|m| m.entry(c.name));
    if c.module == "builtins"
        && matches!(
            c.name,
            "list" | "sorted" | "sum" | "min" | "max" | "any" | "all"
        )
    {
        // `min("bca")`, `sorted("text")`: a string's characters, listed.
        if matches!(c.name, "sorted" | "min" | "max") && c.pos.len() == 1 && c.pos[0] == Type::Str {
            let span = c.args[0].span;
            let name = super::star::fresh(inf, ExprKind::Name("list".to_string()), span);
            // Only while `list` is the built-in (a script may rebind it).
            let is_list = matches!(inf.expr(&name), Ok(Type::Const(ConstKind::Builtin, id)) if inf.prog.builtin_name(id) == "list");
            if let (true, ExprKind::Call { func, keywords, .. }) = (is_list, &c.e.kind) {
                let list = Expr {
                    id: 0,
                    span,
                    kind: ExprKind::Call {
                        func: Box::new(name),
                        args: vec![c.args[0].clone()],
                        keywords: Vec::new(),
                    },
                };
                let call = ExprKind::Call {
                    func: func.clone(),
                    args: vec![list],
                    keywords: keywords.clone(),
                };
                return super::star::use_rewrite(inf, c.e, call);
            }
        }
        // These read a set's elements or a dict's keys as a list.
        let pos = super::dict::as_lists(c.pos);
        if pos != c.pos {
            return call(inf, &CallSite { pos: &pos, ..*c });
        }
    }
    match entry.map(|e| &e.item) {
        Some(Item::Func(rule)) => apply(inf, c, rule),
        Some(Item::Exception) => Err(type_err(inf, c.e.span, "exceptions can only be raised")),
        Some(Item::Shipped(_)) => Err(type_err(
            inf,
            c.e.span,
            format!(
                "{}() is not supported in jitted code (Numba does not support it)",
                c.qualified()
            ),
        )),
        _ => Err(type_err(
            inf,
            c.e.span,
            format!("{} is not supported by rumba", c.qualified()),
        )),
    }
}

/// Types `c` as a call of `module`'s function of the same name (`sum(a)`
/// of an array is `numpy.sum(a)`).
pub fn call_in(inf: &mut Infer, module: &'static str, c: &CallSite) -> IResult<Type> {
    call(inf, &CallSite { module, ..*c })
}

fn apply(inf: &mut Infer, c: &CallSite, rule: &Rule) -> IResult<Type> {
    super::records::check_text_args(inf, c)?;
    if c.module.starts_with("numpy") && super::npcomplex::involves(c) {
        return super::npcomplex::call(inf, c);
    }
    match rule {
        Rule::Math1(f, ret) => math::math1(inf, c, *f, *ret),
        Rule::Math2(f) => math::math2(inf, c, *f),
        Rule::Ufunc1(f, ret) => super::numpy::ufunc1(inf, c, *f, *ret),
        Rule::Ufunc2(f) => super::numpy::ufunc2(inf, c, *f),
        Rule::Reduce(op) => super::numpy::reduction(inf, c, *op),
        Rule::Native { f, args, ret } => {
            let n = args.len();
            arity(inf, c.e, &c.qualified(), c.pos.len(), n, n)?;
            super::check_kws(inf, &c.qualified(), c.kws, &[])?;
            for ((a, t), want) in c.args.iter().zip(c.pos).zip(args.iter()) {
                check_convertible(inf, t, want, a.span)?;
            }
            inf.res(
                c.e,
                super::native(&c.qualified(), *f, pos_args(n), args.to_vec()),
            );
            Ok(ret.clone())
        }
        Rule::Custom(f) => f(inf, c),
    }
}

/// The reduction numpy's function (and the array method) `name` is.
pub fn reduction(name: &str) -> Option<ReduceOp> {
    match numpy::NUMPY.entry(name)?.item {
        Item::Func(Rule::Reduce(op)) => Some(op),
        _ => None,
    }
}

/// What a compile-time value is, for the built-ins: its table entry.
pub fn entry_of(inf: &Infer, t: &Type) -> Option<&'static Entry> {
    match t {
        Type::Const(ConstKind::Builtin, id) => lookup(inf.prog.builtin_name(*id)),
        _ => None,
    }
}

/// Whether `t` is the built-in `qualified` (`numpy.recarray`).
pub fn is(inf: &Infer, t: &Type, qualified: &str) -> bool {
    matches!(t, Type::Const(ConstKind::Builtin, id) if inf.prog.builtin_name(*id) == qualified)
}

/// Shorthands for the tables.
pub const fn func(name: &'static str, f: RuleFn) -> Entry {
    Entry {
        name,
        item: Item::Func(Rule::Custom(f)),
    }
}

pub const fn item(name: &'static str, item: Item) -> Entry {
    Entry { name, item }
}

pub const fn unsupported(name: &'static str) -> Entry {
    Entry {
        name,
        item: Item::Unsupported,
    }
}
