//! Script classes. A class is a compile-time value (`TypeObj(Obj)`); an
//! instance is a reference to an attribute object (`vm::lib_class`). Each
//! instance attribute has one type, fixed where typing first meets an
//! assignment to it (as Numba infers a jitclass's fields) or declared by a
//! jitclass spec; methods are script functions specialized on the
//! instance's class as their first argument, so inherited methods compile
//! again for each subclass.

use super::expr::pure;
use super::funcs::{call_script, eval_const};
use super::star::{fresh, use_rewrite};
use super::{type_err, IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::{Arg, Call, CallKind, Res};
use crate::program::{ClassInfo, FieldInfo, FuncInfo, MethodKind};
use std::rc::Rc;
use vm::lib_class::FieldAux;
use vm::types::{ClassTy, ConstKind, Type};

/// The prefix of a property getter's call, which the attribute read
/// `obj.p` is rewritten to (no source attribute can spell it).
const GETTER: &str = "!get ";

/// The prefix of a method looked up from a base class (`super()`): the
/// class id, a space, the method name.
const SUPER: &str = "!super ";

/// The prefix of an optional instance's check before a method call.
const SOME: &str = "!some ";

/// `x is None` of an optional instance, as an attribute read.
const IS_NONE: &str = "!is None";

/// Registers a `class` statement (not a ctypes Structure); `jit` holds a
/// jitclass's declared fields.
pub fn define(
    inf: &mut Infer,
    def: &Rc<ClassDef>,
    base: Option<u32>,
    exc_base: Option<Rc<str>>,
    jit: Option<Vec<(Rc<str>, Type)>>,
) -> IResult<Type> {
    if let Some(i) = inf
        .prog
        .classes
        .iter()
        .position(|c| Rc::ptr_eq(&c.def, def))
    {
        return Ok(class_value(&inf.prog.classes[i].ty));
    }
    if !inf.at_module {
        return Err(inf.err(
            "SyntaxError",
            def.name_span,
            "classes defined inside functions are not supported by rumba",
        ));
    }
    if let Some(k) = def.keywords.first() {
        return Err(inf.err(
            "SyntaxError",
            k.name_span,
            "class keywords (metaclass=...) are not supported by rumba",
        ));
    }
    let id = inf.prog.classes.len() as u32;
    let module = match jit {
        Some(_) => "numba.experimental.jitclass.boxing".to_string(),
        None => inf.prog.modules[inf.module as usize].name.clone(),
    };
    let ty = Rc::new(ClassTy {
        id,
        name: def.name.as_str().into(),
        module: module.as_str().into(),
        jit: jit.is_some(),
    });
    let mut info = ClassInfo {
        ty: ty.clone(),
        def: def.clone(),
        base,
        exc_base,
        methods: Vec::new(),
        consts: Vec::new(),
        fields: Vec::new(),
        nslots: 0,
        declared: jit.is_some(),
    };
    body(inf, def, &mut info, jit.is_some())?;
    inf.prog.classes.push(info);
    for (name, t) in jit.unwrap_or_default() {
        add_field(inf, &ty, &name, t, def.name_span);
    }
    Ok(class_value(&ty))
}

/// The value a class name has: the class as a type object.
pub fn class_value(ty: &Rc<ClassTy>) -> Type {
    Type::TypeObj(Rc::new(Type::Obj(ty.clone())))
}

/// The class an instance or class value names.
pub fn class_of(t: &Type) -> Option<&Rc<ClassTy>> {
    match t {
        Type::Obj(c) | Type::OptObj(c) => Some(c),
        Type::TypeObj(inner) => match &**inner {
            Type::Obj(c) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// The methods and class attributes of a class body. `jit` marks a
/// jitclass: its methods compile with Numba's semantics and its annotated
/// names declare fields.
pub fn body(inf: &mut Infer, def: &ClassDef, info: &mut ClassInfo, jit: bool) -> IResult<()> {
    for s in &def.body {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let kind = method_kind(inf, f)?;
                if let Some(k) = &f.params.kwarg {
                    return Err(inf.err(
                        "SyntaxError",
                        k.span,
                        "**kwargs parameters are not supported by rumba",
                    ));
                }
                if kind != MethodKind::Static && f.params.positional.is_empty() {
                    return Err(inf.err(
                        "TypeError",
                        f.name_span,
                        format!("method '{}' takes no 'self' parameter", f.name),
                    ));
                }
                let (module, file) = (inf.module, inf.file.clone());
                let fid = super::closure::register(inf, f, || FuncInfo {
                    name: f.name.clone(),
                    module,
                    file,
                    def: f.clone(),
                    opts: crate::program::FuncOpts {
                        jit,
                        ..Default::default()
                    },
                    specs: Default::default(),
                    order: Vec::new(),
                    parent: None,
                    captures: Vec::new(),
                });
                info.methods.retain(|m| m.0 != f.name);
                info.methods.push((f.name.clone(), fid, kind));
            }
            StmtKind::Assign { targets, value } => {
                let [Expr {
                    kind: ExprKind::Name(n),
                    ..
                }] = &targets[..]
                else {
                    return Err(inf.err(
                        "SyntaxError",
                        s.span,
                        "a class body may assign only names, in rumba",
                    ));
                };
                class_const(inf, info, n, value)?;
            }
            StmtKind::AnnAssign {
                target, value, ..
            } => {
                let ExprKind::Name(n) = &target.kind else {
                    return Err(inf.err(
                        "SyntaxError",
                        s.span,
                        "a class body may assign only names, in rumba",
                    ));
                };
                // An annotation alone declares an attribute (a jitclass's
                // field, read by the jitclass decorator).
                if let Some(v) = value {
                    class_const(inf, info, n, v)?;
                }
            }
            StmtKind::Pass | StmtKind::Expr(Expr {
                kind: ExprKind::Str(_),
                ..
            }) => {}
            _ => {
                return Err(inf.err(
                    "SyntaxError",
                    s.span,
                    "a class body may hold only methods, constant class attributes and a docstring, in rumba",
                ))
            }
        }
    }
    Ok(())
}

fn class_const(inf: &mut Infer, info: &mut ClassInfo, name: &str, value: &Expr) -> IResult<()> {
    let Some(c) = eval_const(value) else {
        return Err(inf.err(
            "SyntaxError",
            value.span,
            "class attributes must be constants (numbers, strings, booleans, None or tuples of them) in rumba",
        ));
    };
    let t = super::funcs::const_type(&c);
    info.consts.retain(|k| k.0 != name);
    info.consts.push((name.to_string(), c, t));
    Ok(())
}

fn method_kind(inf: &Infer, f: &FunctionDef) -> IResult<MethodKind> {
    match &f.decorators[..] {
        [] => Ok(MethodKind::Plain),
        [d] => match &d.kind {
            ExprKind::Name(n) if n == "staticmethod" => Ok(MethodKind::Static),
            ExprKind::Name(n) if n == "classmethod" => Ok(MethodKind::Class),
            ExprKind::Name(n) if n == "property" => Ok(MethodKind::Property),
            _ => Err(inf.err(
                "SyntaxError",
                d.span,
                "a method's decorator must be @property, @staticmethod or @classmethod in rumba (property setters are not supported)",
            )),
        },
        [_, d, ..] => Err(inf.err(
            "SyntaxError",
            d.span,
            "a method with several decorators is not supported by rumba",
        )),
    }
}

/// A method by name, looked up along the base classes.
pub fn method(inf: &Infer, class: u32, name: &str) -> Option<(u32, MethodKind)> {
    let mut c = Some(class);
    while let Some(i) = c {
        let info = &inf.prog.classes[i as usize];
        if let Some(m) = info.methods.iter().find(|m| m.0 == name) {
            return Some((m.1, m.2));
        }
        c = info.base;
    }
    None
}

fn class_const_of(
    inf: &Infer,
    class: u32,
    name: &str,
) -> Option<(crate::front::typed::Const, Type)> {
    let mut c = Some(class);
    while let Some(i) = c {
        let info = &inf.prog.classes[i as usize];
        if let Some(k) = info.consts.iter().find(|k| k.0 == name) {
            return Some((k.1.clone(), k.2.clone()));
        }
        c = info.base;
    }
    None
}

/// Whether class `sub` is `sup` or derives from it.
pub fn is_subclass(inf: &Infer, sub: u32, sup: u32) -> bool {
    let mut c = Some(sub);
    while let Some(i) = c {
        if i == sup {
            return true;
        }
        c = inf.prog.classes[i as usize].base;
    }
    false
}

fn field(inf: &mut Infer, class: u32, name: &str) -> Option<FieldInfo> {
    let i = inf.prog.classes[class as usize]
        .fields
        .iter()
        .position(|f| &*f.name == name)?;
    let f = inf.prog.classes[class as usize].fields[i].clone();
    // A field of a deferred type takes its layout once the type is defined.
    let Type::Const(ConstKind::Deferred, d) = f.ty else {
        return Some(f);
    };
    let t = resolve_deferred(inf, d)?;
    if t.slots() != 1 {
        return None;
    }
    let aux = Rc::new(FieldAux {
        refs: t.ref_flags().into(),
        ..(*f.aux).clone()
    });
    let f = FieldInfo { ty: t, aux, ..f };
    inf.prog.classes[class as usize].fields[i] = f.clone();
    Some(f)
}

/// What a deferred type was defined as (optional if marked so).
fn resolve_deferred(inf: &Infer, d: u32) -> Option<Type> {
    let t = inf
        .prog
        .deferred
        .get((d & !vm::types::OPTIONAL) as usize)?
        .clone()?;
    Some(match t {
        Type::Obj(c) if d & vm::types::OPTIONAL != 0 => Type::OptObj(c),
        t => t,
    })
}

fn no_attr(inf: &Infer, c: &ClassTy, attr: &str, span: Span) -> crate::front::diag::Diag {
    inf.err(
        "AttributeError",
        span,
        format!("'{}' object has no attribute '{attr}'", c.name),
    )
}

/// `obj.attr`: an instance attribute, a property, a class constant.
pub fn attribute(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    c: &Rc<ClassTy>,
    attr: &str,
    span: Span,
) -> IResult<Type> {
    if let Some(name) = attr.strip_prefix(SOME) {
        // An optional instance as an instance, to call method `name`.
        let name: Rc<str> = Rc::from(name);
        let opt = Type::OptObj(c.clone());
        inf.res(
            e,
            super::native_aux("unwrap", vm::lib_class::unwrap, vec![], vec![opt], name),
        );
        return Ok(Type::Obj(c.clone()));
    }
    if attr == IS_NONE {
        let opt = Type::OptObj(c.clone());
        inf.res(
            e,
            super::native("is None", vm::lib_class::is_none, vec![], vec![opt]),
        );
        return Ok(Type::Bool);
    }
    if let Some(f) = field(inf, c.id, attr) {
        inf.res(e, Res::Member(f.aux.clone(), f.ty.clone()));
        return Ok(f.ty);
    }
    match method(inf, c.id, attr) {
        Some((_, MethodKind::Property)) => {
            let getter = ExprKind::Attribute {
                value: Box::new(value.clone()),
                attr: format!("{GETTER}{attr}"),
                attr_span: span,
            };
            let call = ExprKind::Call {
                func: Box::new(fresh(inf, getter, e.span)),
                args: Vec::new(),
                keywords: Vec::new(),
            };
            return use_rewrite(inf, e, call);
        }
        Some(_) => {
            return Err(type_err(
                inf,
                span,
                format!(
                    "a method used as a value ('{}.{attr}' not called) is not supported by rumba",
                    c.name
                ),
            ))
        }
        None => {}
    }
    if let Some((k, t)) = class_const_of(inf, c.id, attr) {
        pure_receiver(inf, value)?;
        inf.konst(e, k);
        inf.res(e, Res::Const);
        return Ok(t);
    }
    Err(no_attr(inf, c, attr, span))
}

/// A class attribute read through an instance is a constant; the
/// instance, not evaluated, must be a name.
fn pure_receiver(inf: &Infer, value: &Expr) -> IResult<()> {
    if super::expr::pure(value) {
        return Ok(());
    }
    Err(type_err(
        inf,
        value.span,
        "a class attribute or static method through this expression is not supported by rumba; assign the instance to a name first",
    ))
}

/// `Class.attr`: a method as a function (`Class.method(obj, ...)`, a
/// static method) or a class constant.
pub fn class_attribute(
    inf: &mut Infer,
    e: &Expr,
    c: &Rc<ClassTy>,
    attr: &str,
    span: Span,
) -> IResult<Type> {
    match method(inf, c.id, attr) {
        Some((f, MethodKind::Plain | MethodKind::Static)) => {
            inf.res(e, Res::Const);
            return Ok(Type::Const(ConstKind::Func, f));
        }
        Some(_) => {
            return Err(type_err(
                inf,
                span,
                format!(
                    "'{}.{attr}' read from the class is not supported by rumba",
                    c.name
                ),
            ))
        }
        None => {}
    }
    if let Some((k, t)) = class_const_of(inf, c.id, attr) {
        inf.konst(e, k);
        inf.res(e, Res::Const);
        return Ok(t);
    }
    if c.jit && matches!(attr, "class_type" | "instance_type") {
        // Numba's type objects of a jitclass; rumba's class value is both.
        inf.res(e, Res::Const);
        return Ok(class_value(c));
    }
    if attr == "__name__" {
        let name = crate::front::typed::Const::Str(c.name.clone());
        inf.konst(e, name);
        inf.res(e, Res::Const);
        return Ok(Type::Str);
    }
    Err(inf.err(
        "AttributeError",
        span,
        format!("type object '{}' has no attribute '{attr}'", c.name),
    ))
}

/// `obj.attr = v`: the attribute gets its type at the first assignment
/// typing meets; later ones must give it the same type.
pub fn assign_attr(
    inf: &mut Infer,
    target: &Expr,
    c: &Rc<ClassTy>,
    attr: &str,
    span: Span,
    t: &Type,
) -> IResult<()> {
    if *t == Type::Unknown {
        inf.saw_unknown = true;
        inf.set(target, Type::Unknown);
        return Ok(());
    }
    if let Some((_, kind)) = method(inf, c.id, attr) {
        let what = match kind {
            MethodKind::Property => "a property (setters are not supported by rumba)",
            _ => "a method",
        };
        return Err(inf.err(
            "AttributeError",
            span,
            format!("cannot assign '{}.{attr}': it is {what}", c.name),
        ));
    }
    let f = match field(inf, c.id, attr) {
        Some(f) => {
            let declared = inf.prog.classes[c.id as usize].declared;
            let same = *t == f.ty
                || (inf.jitted()
                    && super::numpy::boxed(t) == super::numpy::boxed(&f.ty)
                    && super::ops::convertible(t, &f.ty));
            if declared {
                super::ops::check_convertible(inf, t, &f.ty, span)?;
            } else if !same {
                let note = format!("'{attr}' got type {} here", inf.tyname(&f.ty));
                return Err(type_err(
                    inf,
                    span,
                    format!(
                        "attribute '{attr}' of '{}' is assigned {} here; rumba gives an attribute one type",
                        c.name,
                        inf.tyname(t),
                    ),
                )
                .note(note, Some(f.def.clone())));
            }
            f
        }
        None if inf.prog.classes[c.id as usize].declared => {
            return Err(no_attr(inf, c, attr, span));
        }
        // Reads typed before this assignment took the class's value.
        None if class_const_of(inf, c.id, attr).is_some() => {
            return Err(type_err(
                inf,
                span,
                format!(
                    "an instance attribute '{attr}' shadowing the class attribute '{}.{attr}' is not supported by rumba",
                    c.name
                ),
            ));
        }
        None => {
            if t.slots() == 0 {
                return Err(type_err(
                    inf,
                    span,
                    format!(
                        "an attribute holding {} is not supported by rumba",
                        inf.tyname(t)
                    ),
                ));
            }
            add_field(inf, c, attr, t.clone(), span)
        }
    };
    inf.res(target, Res::Member(f.aux.clone(), f.ty.clone()));
    inf.set(target, f.ty.clone());
    Ok(())
}

/// Appends an instance attribute to a class's table.
pub fn add_field(inf: &mut Infer, c: &ClassTy, attr: &str, ty: Type, span: Span) -> FieldInfo {
    let def = inf.loc(span);
    let info = &mut inf.prog.classes[c.id as usize];
    let aux = Rc::new(FieldAux {
        index: info.fields.len(),
        off: info.nslots,
        refs: ty.ref_flags().into(),
        class: c.name.clone(),
        attr: attr.into(),
    });
    // A deferred type (one slot once defined) reserves its slot now.
    info.nslots += match ty {
        Type::Const(ConstKind::Deferred, _) => 1,
        _ => ty.slots(),
    };
    let f = FieldInfo {
        name: attr.into(),
        ty,
        aux,
        def,
    };
    info.fields.push(f.clone());
    f
}

/// Calls method `f` with the receiver `value` (of type `self_t`) first.
#[allow(clippy::too_many_arguments)]
fn call_bound(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    self_t: Type,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let mut a = vec![value.clone()];
    a.extend(args.iter().cloned());
    let mut p = vec![self_t];
    p.extend(pos.iter().cloned());
    let t = call_script(inf, e, f, &a, &p, kws, kw)?;
    if let Some(Res::Call(c)) = inf.out.res.get_mut(&e.id) {
        c.args = std::mem::take(&mut c.args)
            .into_iter()
            .filter_map(|a| match a {
                Arg::Pos(0) => None,
                Arg::Pos(i) => Some(Arg::Pos(i - 1)),
                a => Some(a),
            })
            .collect();
        c.recv = Some(value.id);
    }
    Ok(t)
}

/// `obj.method(args)`.
#[allow(clippy::too_many_arguments)]
pub fn method_call(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    c: &Rc<ClassTy>,
    name: &str,
    span: Span,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    if matches!(inf.out.types.get(value.id as usize), Some(Type::OptObj(_))) {
        // `x.m()` of an optional `x`: of `x` checked not to be None.
        let recv = ExprKind::Attribute {
            value: Box::new(value.clone()),
            attr: format!("{SOME}{}", name.strip_prefix(GETTER).unwrap_or(name)),
            attr_span: span,
        };
        let func = ExprKind::Attribute {
            value: Box::new(fresh(inf, recv, value.span)),
            attr: name.to_string(),
            attr_span: span,
        };
        let call = ExprKind::Call {
            func: Box::new(fresh(inf, func, e.span)),
            args: args.to_vec(),
            keywords: kws.to_vec(),
        };
        return use_rewrite(inf, e, call);
    }
    let obj = Type::Obj(c.clone());
    if let Some((base, name)) = name.strip_prefix(SUPER).and_then(|s| s.split_once(' ')) {
        let m = base.parse().ok().and_then(|b| method(inf, b, name));
        return match m {
            Some((f, MethodKind::Plain)) => call_bound(inf, e, value, obj, f, args, pos, kws, kw),
            _ => Err(type_err(
                inf,
                span,
                format!("'super' object has no method '{name}' (rumba calls plain methods through super())"),
            )),
        };
    }
    if let Some(prop) = name.strip_prefix(GETTER) {
        let Some((f, MethodKind::Property)) = method(inf, c.id, prop) else {
            return Err(no_attr(inf, c, prop, span));
        };
        return call_bound(inf, e, value, obj, f, &[], &[], &[], &[]);
    }
    match method(inf, c.id, name) {
        Some((f, MethodKind::Plain)) => call_bound(inf, e, value, obj, f, args, pos, kws, kw),
        Some((f, MethodKind::Static)) => {
            pure_receiver(inf, value)?;
            call_script(inf, e, f, args, pos, kws, kw)
        }
        Some((f, MethodKind::Class)) => {
            pure_receiver(inf, value)?;
            call_class_method(inf, e, c, f, args, pos, kws, kw)
        }
        Some((_, MethodKind::Property)) => Err(type_err(
            inf,
            span,
            format!(
                "calling the value of property '{}.{name}' is not supported by rumba",
                c.name
            ),
        )),
        None if field(inf, c.id, name).is_some() => Err(type_err(
            inf,
            span,
            format!(
                "calling attribute '{name}' of '{}' is not supported by rumba",
                c.name
            ),
        )),
        None => Err(no_attr(inf, c, name, span)),
    }
}

/// A class method: the class, a compile-time value, is its first argument.
#[allow(clippy::too_many_arguments)]
fn call_class_method(
    inf: &mut Infer,
    e: &Expr,
    c: &Rc<ClassTy>,
    f: u32,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let cls = class_value(c);
    let mut a = vec![e.clone()];
    a.extend(args.iter().cloned());
    let mut p = vec![cls.clone()];
    p.extend(pos.iter().cloned());
    let t = call_script(inf, e, f, &a, &p, kws, kw)?;
    if let Some(Res::Call(call)) = inf.out.res.get_mut(&e.id) {
        call.args = std::mem::take(&mut call.args)
            .into_iter()
            .map(|a| match a {
                Arg::Pos(0) => Arg::Const(crate::front::typed::Const::None, cls.clone()),
                Arg::Pos(i) => Arg::Pos(i - 1),
                a => a,
            })
            .collect();
    }
    Ok(t)
}

/// `Class(args)`: a new instance, passed to `__init__`.
pub fn construct(
    inf: &mut Infer,
    e: &Expr,
    c: &Rc<ClassTy>,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
    kw: &[Type],
) -> IResult<Type> {
    let obj = Type::Obj(c.clone());
    let init = match method(inf, c.id, "__init__") {
        Some((f, MethodKind::Plain)) => {
            call_bound(inf, e, e, obj.clone(), f, args, pos, kws, kw)?;
            let Some(Res::Call(call)) = inf.out.res.get(&e.id).cloned() else {
                return Ok(Type::Unknown);
            };
            let CallKind::Spec(s) = call.kind else {
                return Err(type_err(inf, e.span, "bad __init__ call"));
            };
            let mut arg_types = call.arg_types;
            arg_types.remove(0);
            inf.res(
                e,
                Res::Call(Call {
                    kind: CallKind::New(Some(s)),
                    recv: None,
                    args: call.args,
                    arg_types,
                }),
            );
            return Ok(obj);
        }
        Some(_) => return Err(type_err(inf, e.span, "__init__ must be a plain method")),
        None => None,
    };
    if !args.is_empty() || !kws.is_empty() {
        return Err(type_err(
            inf,
            e.span,
            format!("{}() takes no arguments", c.name),
        ));
    }
    inf.res(
        e,
        Res::Call(Call {
            kind: CallKind::New(init),
            recv: None,
            args: Vec::new(),
            arg_types: Vec::new(),
        }),
    );
    Ok(obj)
}

/// The method that gives an instance's text for `str` (or `repr`), if the
/// class defines one.
pub fn text_method(inf: &Infer, c: &ClassTy, repr: bool) -> Option<&'static str> {
    let has = |n| matches!(method(inf, c.id, n), Some((_, MethodKind::Plain)));
    match repr {
        false if has("__str__") => Some("__str__"),
        _ if has("__repr__") => Some("__repr__"),
        _ => None,
    }
}

/// Whether values of `t` print through a method the class defines.
pub fn has_text_method(inf: &Infer, t: &Type) -> bool {
    match t {
        Type::Obj(c) | Type::OptObj(c) => text_method(inf, c, false).is_some(),
        Type::Tuple(items) | Type::MixedList(items) => {
            items.iter().any(|t| has_text_method(inf, t))
        }
        Type::Named(n) => n.items.iter().any(|t| has_text_method(inf, t)),
        Type::List(t) | Type::Set(t) => has_text_method(inf, t),
        Type::Dict(d) => has_text_method(inf, &d.key) || has_text_method(inf, &d.val),
        _ => false,
    }
}

/// `x` as the call of its text method (`x.__str__()`), for `print`,
/// `str` and `repr` of an instance whose class defines one; refused for
/// containers of such instances.
pub fn text_of(inf: &mut Infer, a: &Expr, t: &Type, repr: bool) -> IResult<Option<Expr>> {
    if let Type::Obj(c) = t {
        if let Some(m) = text_method(inf, c, repr) {
            let func = ExprKind::Attribute {
                value: Box::new(a.clone()),
                attr: m.to_string(),
                attr_span: a.span,
            };
            let func = fresh(inf, func, a.span);
            let call = ExprKind::Call {
                func: Box::new(func),
                args: Vec::new(),
                keywords: Vec::new(),
            };
            return Ok(Some(fresh(inf, call, a.span)));
        }
        return Ok(None);
    }
    if has_text_method(inf, t) {
        let text = container_text(inf, a, t, 0)?;
        return Ok(Some(fresh(inf, text.kind, a.span)));
    }
    Ok(None)
}

/// An f-string with fields of instances whose class defines `__str__` or
/// `__repr__` (or containers of them), typed as the f-string of those
/// methods' texts.
pub fn fstring_text(inf: &mut Infer, e: &Expr, parts: &[FPart]) -> IResult<Option<Type>> {
    let mut changed = false;
    let mut out = Vec::new();
    for p in parts {
        let FPart::Field {
            value,
            conversion,
            spec,
            debug_text,
        } = p
        else {
            out.push(p.clone());
            continue;
        };
        let t = inf.expr(value)?;
        // `f"{x=}"` shows the repr unless a conversion says otherwise.
        let repr = *conversion == Some('r') || (conversion.is_none() && debug_text.is_some());
        let shown = match &t {
            Type::Obj(c) => text_method(inf, c, repr).is_some(),
            t => has_text_method(inf, t),
        };
        if !shown || *conversion == Some('a') {
            out.push(p.clone());
            continue;
        }
        if !spec.is_empty() {
            return Err(type_err(
                inf,
                value.span,
                "a format spec for an instance (its class's __format__) is not supported by rumba",
            ));
        }
        let Some(text) = text_of(inf, value, &t, repr)? else {
            out.push(p.clone());
            continue;
        };
        changed = true;
        out.push(FPart::Field {
            value: Box::new(text),
            conversion: Some('s'),
            spec: Vec::new(),
            debug_text: debug_text.clone(),
        });
    }
    if !changed {
        return Ok(None);
    }
    use_rewrite(inf, e, ExprKind::FString(out)).map(Some)
}

fn ex(span: Span, kind: ExprKind) -> Expr {
    Expr { id: 0, span, kind }
}

fn str_lit(span: Span, text: &str) -> Expr {
    ex(span, ExprKind::Str(text.to_string()))
}

fn concat(l: Expr, r: Expr) -> Expr {
    ex(
        l.span,
        ExprKind::BinOp {
            op: BinOp::Add,
            left: Box::new(l),
            right: Box::new(r),
        },
    )
}

/// `recv.m(args)`.
fn call_method(recv: Expr, m: &str, args: Vec<Expr>) -> Expr {
    let span = recv.span;
    let func = ExprKind::Attribute {
        value: Box::new(recv),
        attr: m.to_string(),
        attr_span: span,
    };
    ex(
        span,
        ExprKind::Call {
            func: Box::new(ex(span, func)),
            args,
            keywords: Vec::new(),
        },
    )
}

fn refuse_text<T>(inf: &Infer, span: Span, why: &str) -> IResult<T> {
    Err(type_err(
        inf,
        span,
        format!("printing this container of instances whose class defines __str__ or __repr__ is not supported by rumba: {why}"),
    ))
}

/// The text CPython shows for a list, tuple or dict holding instances
/// whose class defines `__repr__`, as an expression of the elements'
/// `repr`s: `"[" + ", ".join([repr(x) for x in a]) + "]"`, with
/// `x.__repr__()` for an instance. `depth` names the loop variables.
fn container_text(inf: &mut Infer, a: &Expr, t: &Type, depth: usize) -> IResult<Expr> {
    let span = a.span;
    let var = |n: &str| ex(span, ExprKind::Name(format!("^{n}{depth}")));
    // `open + ", ".join([elt for target in iter]) + close`.
    let joined = |elt: Expr, target: Expr, iter: Expr, open: &str, close: &str| {
        let comp = ex(
            span,
            ExprKind::ListComp {
                elt: Box::new(elt),
                generators: vec![Comprehension {
                    target,
                    iter,
                    ifs: Vec::new(),
                }],
            },
        );
        let join = call_method(str_lit(span, ", "), "join", vec![comp]);
        concat(concat(str_lit(span, open), join), str_lit(span, close))
    };
    match t {
        Type::List(el) => {
            let elt = elem_text(inf, var("e"), el, depth)?;
            Ok(joined(elt, var("e"), a.clone(), "[", "]"))
        }
        Type::Dict(d) if d.kind == vm::types::DictKind::Plain => {
            let k = elem_text(inf, var("k"), &d.key, depth)?;
            let v = elem_text(inf, var("v"), &d.val, depth)?;
            let items = call_method(a.clone(), "items", Vec::new());
            let target = ex(span, ExprKind::Tuple(vec![var("k"), var("v")]));
            let elt = concat(concat(k, str_lit(span, ": ")), v);
            Ok(joined(elt, target, items, "{", "}"))
        }
        Type::Tuple(items) | Type::MixedList(items) if !items.is_empty() => {
            let list = matches!(t, Type::MixedList(_));
            // Each element read once: a display's own, or a name's.
            let parts: Vec<Expr> = match &a.kind {
                ExprKind::Tuple(es) | ExprKind::List(es) => es.clone(),
                _ if pure(a) => (0..items.len())
                    .map(|i| {
                        let index = Box::new(ex(span, ExprKind::Int(i as i128)));
                        let value = Box::new(a.clone());
                        ex(span, ExprKind::Subscript { value, index })
                    })
                    .collect(),
                _ => return refuse_text(inf, span, "assign it to a name first"),
            };
            let mut text = str_lit(span, if list { "[" } else { "(" });
            for (i, (p, it)) in parts.into_iter().zip(items.iter()).enumerate() {
                if i > 0 {
                    text = concat(text, str_lit(span, ", "));
                }
                text = concat(text, elem_text(inf, p, it, depth)?);
            }
            let close = match (list, items.len()) {
                (true, _) => "]",
                (false, 1) => ",)",
                (false, _) => ")",
            };
            Ok(concat(text, str_lit(span, close)))
        }
        _ => refuse_text(
            inf,
            span,
            &format!("{} is not a list, tuple or dict", inf.tyname(t)),
        ),
    }
}

/// The repr of one element `x` of type `t` inside a container's text.
fn elem_text(inf: &mut Infer, x: Expr, t: &Type, depth: usize) -> IResult<Expr> {
    let span = x.span;
    match t {
        Type::Obj(c) => match text_method(inf, c, true) {
            Some(m) => Ok(call_method(x, m, Vec::new())),
            None => refuse_text(
                inf,
                span,
                "an element's class defines __str__ but not __repr__, which CPython shows for elements",
            ),
        },
        Type::OptObj(c) if pure(&x) => {
            let test = ExprKind::Compare {
                left: Box::new(x.clone()),
                ops: vec![(CmpOp::Is, ex(span, ExprKind::None))],
            };
            let inner = elem_text(inf, x, &Type::Obj(c.clone()), depth)?;
            Ok(ex(
                span,
                ExprKind::IfExp {
                    test: Box::new(ex(span, test)),
                    body: Box::new(str_lit(span, "None")),
                    orelse: Box::new(inner),
                },
            ))
        }
        t if has_text_method(inf, t) => container_text(inf, &x, t, depth + 1),
        _ => {
            let repr = ex(span, ExprKind::Name("repr".to_string()));
            Ok(ex(
                span,
                ExprKind::Call {
                    func: Box::new(repr),
                    args: vec![x],
                    keywords: Vec::new(),
                },
            ))
        }
    }
}

/// A `class` statement: a ctypes Structure or Union, or a script class.
pub fn define_class(inf: &mut Infer, def: &Rc<ClassDef>) -> IResult<Type> {
    if def.bases.len() > 1 {
        return Err(inf.err(
            "SyntaxError",
            def.bases[1].span,
            "multiple inheritance is not supported by rumba",
        ));
    }
    let mut base = None;
    let mut exc = None;
    for b in &def.bases {
        if matches!(&b.kind, ExprKind::Name(n) if n == "object") {
            continue;
        }
        let t = inf.expr(b)?;
        if super::lib::is(inf, &t, "ctypes.Structure") || super::lib::is(inf, &t, "ctypes.Union") {
            return super::ffi::define_structure(inf, def);
        }
        if let Some(int) = super::lib::enums::base_kind(inf, &t) {
            return super::lib::enums::define(inf, def, int);
        }
        match (&t, super::lib::entry_of(inf, &t)) {
            (Type::TypeObj(inner), _) if matches!(**inner, Type::Obj(_)) => {
                if let Some(c) = class_of(&t) {
                    base = Some(c.id);
                }
            }
            (
                Type::Const(ConstKind::Builtin, id),
                Some(super::lib::Entry {
                    item: super::lib::Item::Exception,
                    ..
                }),
            ) => exc = Some(Rc::from(inf.prog.builtin_name(*id))),
            _ => {
                return Err(inf.err(
                    "SyntaxError",
                    b.span,
                    "a class's base must be object, a script class, a built-in exception or ctypes.Structure/Union in rumba",
                ))
            }
        }
    }
    if let Some(b) = base {
        exc = inf.prog.classes[b as usize].exc_base.clone();
    }
    if exc.is_some() {
        if let Some(s) = def
            .body
            .iter()
            .find(|s| matches!(s.kind, StmtKind::FunctionDef(_)))
        {
            return Err(inf.err(
                "SyntaxError",
                s.span,
                "methods of exception classes are not supported by rumba",
            ));
        }
    }
    let jit = match &def.decorators[..] {
        [] => None,
        [d] => Some(jitclass_fields(inf, d, def)?),
        [_, d, ..] => {
            return Err(inf.err(
                "SyntaxError",
                d.span,
                "a class with several decorators is not supported by rumba",
            ))
        }
    };
    // A jitclass takes the methods of a plain base class, as Numba does,
    // but cannot extend a jitclass.
    if let (Some(_), Some(b)) = (&jit, base) {
        if inf.prog.classes[b as usize].ty.jit {
            return Err(inf.err(
                "TypeError",
                def.name_span,
                "cannot subclass from a jitclass",
            ));
        }
    }
    if jit.is_some() && exc.is_some() {
        return Err(inf.err(
            "SyntaxError",
            def.name_span,
            "a jitclass cannot inherit from an exception (as in Numba)",
        ));
    }
    define(inf, def, base, exc, jit)
}

/// The name of the compile-time value a jitclass spec is: a namedtuple
/// class of the field names, whose items are the field types.
const SPEC: &str = "jitclass spec";

fn spec_value(fields: Vec<Rc<str>>, types: Vec<Type>) -> Type {
    Type::TypeObj(Rc::new(Type::Named(Rc::new(vm::types::NamedTy {
        name: SPEC.into(),
        fields: fields.into(),
        items: types.into(),
    }))))
}

/// `[('x', float64), ('a', float32[:])]`: names paired with types, a
/// compile-time value (a jitclass spec) rather than a list.
pub fn spec_display(inf: &mut Infer, items: &[Expr]) -> IResult<Option<Type>> {
    let mut pairs = Vec::new();
    for it in items {
        let ExprKind::Tuple(pair) = &it.kind else {
            return Ok(None);
        };
        let [name, ty] = &pair[..] else {
            return Ok(None);
        };
        pairs.push((name, ty));
    }
    spec_pairs(inf, &pairs)
}

/// `{'x': float64, ...}`: a jitclass spec as a dict.
pub fn spec_dict_display(inf: &mut Infer, pairs: &[(Expr, Expr)]) -> IResult<Option<Type>> {
    let pairs: Vec<(&Expr, &Expr)> = pairs.iter().map(|(k, v)| (k, v)).collect();
    spec_pairs(inf, &pairs)
}

/// A spec from (name, type) expressions; `None` unless every name is a
/// string and every type a field type.
fn spec_pairs(inf: &mut Infer, pairs: &[(&Expr, &Expr)]) -> IResult<Option<Type>> {
    let mut fields = Vec::new();
    let mut types = Vec::new();
    for (k, v) in pairs {
        let ExprKind::Str(n) = &k.kind else {
            return Ok(None);
        };
        match spec_type(inf.expr(v)?) {
            Some(t) => types.push(t),
            None => return Ok(None),
        }
        fields.push(Rc::from(n.as_str()));
    }
    if fields.is_empty() {
        return Ok(None);
    }
    Ok(Some(spec_value(fields, types)))
}

/// A field's type in a spec: a type object's, or a deferred type (kept as
/// itself until defined).
fn spec_type(t: Type) -> Option<Type> {
    match t {
        Type::TypeObj(t) => Some((*t).clone()),
        t @ Type::Const(ConstKind::Deferred, _) => Some(t),
        _ => None,
    }
}

/// `spec['name'] = T` of a spec held by a module global (an
/// `OrderedDict()`): the global becomes the spec with the field added.
/// Returns whether `s` was such an assignment.
pub fn spec_item(inf: &mut Infer, targets: &[Expr], value: &Expr) -> IResult<bool> {
    let is_item = |inf: &mut Infer, t: &Expr| -> IResult<bool> {
        let ExprKind::Subscript { value: obj, .. } = &t.kind else {
            return Ok(false);
        };
        Ok(inf.at_module
            && matches!(obj.kind, ExprKind::Name(_))
            && spec_fields(&inf.expr(obj)?).is_some())
    };
    let mut any = false;
    for t in targets {
        any |= is_item(inf, t)?;
    }
    if !any {
        return Ok(false);
    }
    let vt = inf.expr(value)?;
    for t in targets {
        if !is_item(inf, t)? {
            inf.assign(t, &vt)?;
            continue;
        }
        let ExprKind::Subscript { value: obj, index } = &t.kind else {
            continue;
        };
        let ExprKind::Str(name) = &index.kind else {
            return Err(type_err(
                inf,
                index.span,
                "a jitclass spec's keys must be strings written in place",
            ));
        };
        let Some(ft) = spec_type(vt.clone()) else {
            return Err(type_err(
                inf,
                value.span,
                "collections.OrderedDict is supported by rumba only as a jitclass spec, whose values are types",
            ));
        };
        let mut fields = spec_fields(&inf.expr(obj)?).unwrap_or_default();
        match fields.iter_mut().find(|f| *f.0 == **name) {
            Some(f) => f.1 = ft,
            None => fields.push((Rc::from(name.as_str()), ft)),
        }
        let (names, types) = fields.into_iter().unzip();
        inf.assign(obj, &spec_value(names, types))?;
    }
    Ok(true)
}

/// `OrderedDict()` (or `dict()`) made to hold a jitclass spec: an empty one.
pub fn empty_spec(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    if !c.args.is_empty() || !c.kws.is_empty() {
        return Err(type_err(
            inf,
            c.e.span,
            "rumba supports OrderedDict() only empty, to build a jitclass spec",
        ));
    }
    inf.res(c.e, Res::Const);
    Ok(spec_value(Vec::new(), Vec::new()))
}

/// A spec's fields, if `t` is one.
fn spec_fields(t: &Type) -> Option<Vec<(Rc<str>, Type)>> {
    let Type::TypeObj(inner) = t else {
        return None;
    };
    match &**inner {
        Type::Named(n) if &*n.name == SPEC => Some(
            n.fields
                .iter()
                .cloned()
                .zip(n.items.iter().cloned())
                .collect(),
        ),
        _ => None,
    }
}

/// The fields a `@jitclass` or `@jitclass(spec)` decorator declares: the
/// spec's, then the annotated names of the class body.
fn jitclass_fields(inf: &mut Infer, d: &Expr, def: &ClassDef) -> IResult<Vec<(Rc<str>, Type)>> {
    const JITCLASS: &str = "numba.experimental.jitclass";
    let mut fields = match &d.kind {
        ExprKind::Call {
            func,
            args,
            keywords,
        } if {
            let f = inf.expr(func)?;
            super::lib::is(inf, &f, JITCLASS)
        } =>
        {
            let spec =
                match (&args[..], &keywords[..]) {
                    ([s], []) => s,
                    ([], [k]) if k.name == "spec" => &k.value,
                    _ => return Err(type_err(
                        inf,
                        d.span,
                        "jitclass() takes one spec: a list of (name, type) pairs or a dict of them",
                    )),
                };
            let t = inf.expr(spec)?;
            spec_fields(&t).ok_or_else(|| {
                type_err(
                    inf,
                    spec.span,
                    "a jitclass spec must be a list of (name, type) pairs or a dict of them",
                )
            })?
        }
        _ => {
            let t = inf.expr(d)?;
            if !super::lib::is(inf, &t, JITCLASS) {
                return Err(inf.err(
                    "SyntaxError",
                    d.span,
                    "class decorators other than numba's jitclass are not supported by rumba",
                ));
            }
            Vec::new()
        }
    };
    for s in &def.body {
        if let StmtKind::AnnAssign {
            target,
            annotation,
            value: None,
        } = &s.kind
        {
            if let ExprKind::Name(n) = &target.kind {
                if !fields.iter().any(|f| &*f.0 == n) {
                    let t = annotation_type(inf, annotation)?;
                    fields.push((Rc::from(n.as_str()), t));
                }
            }
        }
    }
    Ok(fields)
}

/// The type an annotation names: a type object, a Python type, a script
/// class, or `typing`'s `List[T]`, `Dict[K, V]`, `Set[T]`, `Tuple[...]`.
pub fn annotation_type(inf: &mut Infer, e: &Expr) -> IResult<Type> {
    let bad = |inf: &Infer| type_err(inf, e.span, "rumba cannot read this annotation as a type");
    if let ExprKind::Subscript { value, index } = &e.kind {
        let base = inf.expr(value)?;
        let name = match &base {
            Type::Const(ConstKind::Builtin, id) => inf.prog.builtin_name(*id).to_string(),
            _ => return Err(bad(inf)),
        };
        let parts: Vec<&Expr> = match &index.kind {
            ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![&**index],
        };
        let mut ts = Vec::new();
        for p in &parts {
            ts.push(annotation_type(inf, p)?);
        }
        return Ok(match (name.as_str(), &ts[..]) {
            // Numba's as_numba_type: a typed list, not a reflected one.
            ("typing.List", [t]) => Type::TypedList(Rc::new(t.clone())),
            ("typing.Set", [t]) => Type::Set(Rc::new(t.clone())),
            ("typing.Dict", [k, v]) => Type::Dict(Rc::new(vm::types::DictTy {
                key: k.clone(),
                val: v.clone(),
                numba: true,
                kind: Default::default(),
            })),
            ("typing.Tuple", _) => Type::tuple(ts),
            _ => return Err(bad(inf)),
        });
    }
    match inf.expr(e)? {
        Type::TypeObj(t) => Ok((*t).clone()),
        Type::Const(ConstKind::Builtin, id) => match inf.prog.builtin_name(id) {
            "int" => Ok(vm::types::PYINT),
            "float" => Ok(Type::F64),
            "bool" => Ok(Type::Bool),
            "str" => Ok(Type::Str),
            "complex" => Ok(Type::C128),
            _ => Err(bad(inf)),
        },
        _ => Err(bad(inf)),
    }
}

/// `print`, `str` or `repr` of instances whose class defines `__str__` or
/// `__repr__`: the call again, of those methods' results.
pub fn text_call(inf: &mut Infer, c: &super::lib::CallSite, repr: bool) -> IResult<Option<Type>> {
    let ExprKind::Call { func, keywords, .. } = &c.e.kind else {
        return Ok(None);
    };
    let mut changed = false;
    let mut args = Vec::new();
    for (a, t) in c.args.iter().zip(c.pos) {
        match text_of(inf, a, t, repr)? {
            Some(call) => {
                let t = inf.expr(&call)?;
                if t != Type::Str && t != Type::Unknown {
                    let name = match &call.kind {
                        ExprKind::Call { func, .. } => match &func.kind {
                            ExprKind::Attribute { attr, .. } => attr.clone(),
                            _ => String::new(),
                        },
                        _ => String::new(),
                    };
                    return Err(type_err(
                        inf,
                        a.span,
                        format!("{name} returned non-string (type {})", inf.tyname(&t)),
                    ));
                }
                changed = true;
                args.push(call);
            }
            None => args.push(a.clone()),
        }
    }
    if !changed {
        return Ok(None);
    }
    if c.name != "print" {
        // `str(x)` is the string the method returned.
        return use_rewrite(inf, c.e, args.remove(0).kind).map(Some);
    }
    let call = ExprKind::Call {
        func: func.clone(),
        args,
        keywords: keywords.clone(),
    };
    use_rewrite(inf, c.e, call).map(Some)
}

/// The name a built-in exception class has at run time: a Python
/// exception's own (`ValueError`), Numba's qualified as CPython prints them
/// (`numba.core.errors.TypingError`), numpy's too (`numpy.exceptions.AxisError`).
pub fn builtin_exc_name(q: &str) -> &str {
    match q.starts_with("numba.core.errors.") || q.starts_with("numpy.") {
        true => q,
        false => q.rsplit('.').next().unwrap_or(q),
    }
}

/// `isinstance(x, Class)` where `x` has type `t`, decided statically.
pub fn isinstance(inf: &Infer, t: &Type, cls: &Type) -> bool {
    match (t, class_of(cls)) {
        (Type::Obj(a), Some(b)) => is_subclass(inf, a.id, b.id),
        _ => false,
    }
}

fn dunder(op: BinOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        _ => return None,
    })
}

fn has_plain(inf: &Infer, t: &Type, name: &str) -> bool {
    matches!(t, Type::Obj(c) if matches!(method(inf, c.id, name), Some((_, MethodKind::Plain))))
}

/// `recv.name(arg)`, typed in place of `e`.
fn rewrite_method(inf: &mut Infer, e: &Expr, recv: &Expr, name: &str, arg: &Expr) -> IResult<Type> {
    let func = ExprKind::Attribute {
        value: Box::new(recv.clone()),
        attr: name.to_string(),
        attr_span: e.span,
    };
    let call = ExprKind::Call {
        func: Box::new(fresh(inf, func, e.span)),
        args: vec![arg.clone()],
        keywords: Vec::new(),
    };
    use_rewrite(inf, e, call)
}

/// `a + b` where an operand's class defines the operator's method.
pub fn binop(
    inf: &mut Infer,
    e: &Expr,
    op: BinOp,
    (left, lt): (&Expr, &Type),
    (right, rt): (&Expr, &Type),
) -> IResult<Option<Type>> {
    let Some((fwd, rev)) = dunder(op) else {
        return Ok(None);
    };
    if has_plain(inf, lt, fwd) {
        return rewrite_method(inf, e, left, fwd, right).map(Some);
    }
    if has_plain(inf, rt, rev) {
        return rewrite_method(inf, e, right, rev, left).map(Some);
    }
    Ok(None)
}

/// A single comparison where an operand is an instance: its class's
/// method (or the reflected one of the other operand), or identity for
/// `==`/`!=` where the class defines no `__eq__`, as Python's default.
pub fn compare(
    inf: &mut Infer,
    e: &Expr,
    left: &Expr,
    op: CmpOp,
    right: &Expr,
) -> IResult<Option<Type>> {
    let (lt, rt) = (inf.expr(left)?, inf.expr(right)?);
    let eq_none = |inf: &Infer, t: &Type| matches!(t, Type::OptObj(c) if method(inf, c.id, "__eq__").is_none() && method(inf, c.id, "__ne__").is_none());
    // `x == None` of an optional instance without `__eq__` is `x is None`.
    let op = match op {
        CmpOp::Eq if eq_none(inf, &lt) || eq_none(inf, &rt) => CmpOp::Is,
        CmpOp::Ne if eq_none(inf, &lt) || eq_none(inf, &rt) => CmpOp::IsNot,
        op => op,
    };
    if let (CmpOp::Is | CmpOp::IsNot, Type::OptObj(_), Type::None)
    | (CmpOp::Is | CmpOp::IsNot, Type::None, Type::OptObj(_)) = (op, &lt, &rt)
    {
        // An earlier round of a loop may have folded the test while `x`
        // could not be None yet.
        inf.out.consts.remove(&e.id);
        let x = if lt == Type::None { right } else { left };
        let test = ExprKind::Attribute {
            value: Box::new(x.clone()),
            attr: IS_NONE.to_string(),
            attr_span: e.span,
        };
        let kind = match op {
            CmpOp::Is => test,
            _ => ExprKind::Unary {
                op: UnaryOp::Not,
                operand: Box::new(fresh(inf, test, e.span)),
            },
        };
        return use_rewrite(inf, e, kind).map(Some);
    }
    if matches!(lt, Type::OptObj(_)) || matches!(rt, Type::OptObj(_)) {
        return Err(type_err(
            inf,
            e.span,
            format!(
                "'{}' of an instance that may be None is not supported by rumba (test it with 'is None' first)",
                op.symbol()
            ),
        ));
    }
    if !matches!(lt, Type::Obj(_)) && !matches!(rt, Type::Obj(_)) {
        return Ok(None);
    }
    let (fwd, rev) = match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        _ => return Ok(None),
    };
    if has_plain(inf, &lt, fwd) {
        return rewrite_method(inf, e, left, fwd, right).map(Some);
    }
    if has_plain(inf, &rt, rev) {
        return rewrite_method(inf, e, right, rev, left).map(Some);
    }
    let kind = match op {
        // Python's `!=` inverts `__eq__` when there is no `__ne__`.
        CmpOp::Ne if has_plain(inf, &lt, "__eq__") => {
            let eq = ExprKind::Compare {
                left: Box::new(left.clone()),
                ops: vec![(CmpOp::Eq, right.clone())],
            };
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand: Box::new(fresh(inf, eq, e.span)),
            }
        }
        CmpOp::Eq | CmpOp::Ne if lt == rt => ExprKind::Compare {
            left: Box::new(left.clone()),
            ops: vec![(
                if op == CmpOp::Eq {
                    CmpOp::Is
                } else {
                    CmpOp::IsNot
                },
                right.clone(),
            )],
        },
        _ => return Ok(None),
    };
    use_rewrite(inf, e, kind).map(Some)
}

/// `hasattr(x, name)` of an instance: whether it has that attribute, a
/// method or a class attribute (None for other values).
pub fn has_attr(inf: &mut Infer, t: &Type, name: &str) -> Option<bool> {
    let Type::Obj(c) = t else {
        return None;
    };
    let c = c.clone();
    Some(
        field(inf, c.id, name).is_some()
            || method(inf, c.id, name).is_some()
            || class_const_of(inf, c.id, name).is_some(),
    )
}

/// Whether `t` is a script exception class.
pub fn is_exception(inf: &Infer, t: &Type) -> bool {
    matches!(t, Type::TypeObj(_))
        && class_of(t).is_some_and(|c| inf.prog.classes[c.id as usize].exc_base.is_some())
}

/// A raised class and its bases, up to the built-in exception.
pub fn exc_chain(prog: &crate::program::Program, c: &ClassTy) -> Vec<Rc<str>> {
    let mut out = Vec::new();
    let mut k = Some(c.id);
    while let Some(i) = k {
        let info = &prog.classes[i as usize];
        out.push(info.ty.name.clone());
        k = info.base;
        if k.is_none() {
            if let Some(b) = &info.exc_base {
                out.push(Rc::from(builtin_exc_name(b)));
            }
        }
    }
    out
}

/// `type(x).__name__`, for an exception or an instance (whose class is
/// its static type's: classes have no subtypes in rumba).
pub fn type_name(inf: &mut Infer, e: &Expr, value: &Expr, attr: &str) -> IResult<Option<Type>> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &value.kind
    else {
        return Ok(None);
    };
    let ([x], true, ExprKind::Name(f), "__name__") =
        (&args[..], keywords.is_empty(), &func.kind, attr)
    else {
        return Ok(None);
    };
    if f != "type" || inf.env.as_ref().is_some_and(|env| env.contains_key("type")) {
        return Ok(None);
    }
    match inf.expr(x)? {
        Type::Exc => {
            let kind = super::native(
                "type",
                vm::lib_exc::kind_of,
                vec![Arg::Pos(0)],
                vec![Type::Exc],
            );
            // The call's argument is `x`, evaluated in place of `type(x)`.
            let call = ExprKind::Call {
                func: func.clone(),
                args: vec![x.clone()],
                keywords: Vec::new(),
            };
            let c = fresh(inf, call, e.span);
            inf.set(&c, Type::Str);
            for a in match &c.kind {
                ExprKind::Call { args, .. } => args.clone(),
                _ => Vec::new(),
            } {
                inf.expr(&a)?;
            }
            inf.res(&c, kind);
            inf.out.rewrites.insert(e.id, c);
            Ok(Some(Type::Str))
        }
        Type::Obj(c) => {
            pure_receiver(inf, x)?;
            inf.konst(e, crate::front::typed::Const::Str(c.name.clone()));
            inf.res(e, Res::Const);
            Ok(Some(Type::Str))
        }
        _ => Ok(None),
    }
}

/// The type two definitions unify to where one is an instance: with None
/// (or an optional instance of its class), an optional instance.
pub fn unify(a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::Obj(c) | Type::OptObj(c), Type::None)
        | (Type::None, Type::Obj(c) | Type::OptObj(c)) => Some(Type::OptObj(c.clone())),
        (Type::Obj(x) | Type::OptObj(x), Type::OptObj(y)) | (Type::OptObj(x), Type::Obj(y))
            if x == y =>
        {
            Some(Type::OptObj(x.clone()))
        }
        _ => None,
    }
}

/// `numba.deferred_type()`: a type defined later.
pub fn deferred_type(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    if !c.args.is_empty() || !c.kws.is_empty() {
        return Err(type_err(
            inf,
            c.e.span,
            "deferred_type() takes no arguments",
        ));
    }
    inf.res(c.e, Res::Const);
    inf.prog.deferred.push(None);
    Ok(Type::Const(
        ConstKind::Deferred,
        (inf.prog.deferred.len() - 1) as u32,
    ))
}

/// `numba.optional(T)`: T or None, for a jitclass or a deferred type.
pub fn optional(inf: &mut Infer, c: &super::lib::CallSite) -> IResult<Type> {
    inf.res(c.e, Res::Const);
    match c.pos {
        [Type::Const(ConstKind::Deferred, d)] => {
            Ok(Type::Const(ConstKind::Deferred, d | vm::types::OPTIONAL))
        }
        [Type::TypeObj(t)] => match &**t {
            Type::Obj(k) | Type::OptObj(k) => Ok(Type::TypeObj(Rc::new(Type::OptObj(k.clone())))),
            _ => Err(type_err(
                inf,
                c.e.span,
                "rumba supports optional() of jitclass and deferred types only",
            )),
        },
        _ => Err(type_err(inf, c.e.span, "optional() takes one type")),
    }
}

/// `d.define(T)` of a deferred type, at module level.
pub fn deferred_method(
    inf: &mut Infer,
    e: &Expr,
    rt: &Type,
    attr: &str,
    args: &[Expr],
) -> IResult<Option<Type>> {
    let Type::Const(ConstKind::Deferred, d) = rt else {
        return Ok(None);
    };
    let ([a], "define") = (args, attr) else {
        return Err(type_err(
            inf,
            e.span,
            format!("a deferred type has no method '{attr}' in rumba (only define(T))"),
        ));
    };
    let t = annotation_type(inf, a)?;
    let slot = (d & !vm::types::OPTIONAL) as usize;
    match inf.prog.deferred.get(slot) {
        Some(None) => inf.prog.deferred[slot] = Some(t),
        Some(Some(old)) if *old == t => {}
        _ => {
            return Err(type_err(
                inf,
                e.span,
                "this deferred type is already defined",
            ))
        }
    }
    inf.res(e, Res::Const);
    Ok(Some(Type::None))
}

/// `super().m(args)` (or `super(C, self).m(args)`) in a method: `m` of
/// the base class, called on the method's first parameter.
#[allow(clippy::too_many_arguments)]
pub fn super_call(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    attr: &str,
    span: Span,
    args: &[Expr],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let ExprKind::Call { func, .. } = &value.kind else {
        return Ok(None);
    };
    if !matches!(&func.kind, ExprKind::Name(n) if n == "super")
        || inf
            .env
            .as_ref()
            .is_some_and(|env| env.contains_key("super"))
    {
        return Ok(None);
    }
    let f = super::closure::current_func(inf);
    let owner = f.and_then(|f| {
        inf.prog.classes.iter().find(|c| {
            c.methods
                .iter()
                .any(|m| m.1 == f && m.2 == MethodKind::Plain)
        })
    });
    let (Some(f), Some(owner)) = (f, owner) else {
        return Err(type_err(
            inf,
            value.span,
            "super() is supported by rumba only in a method of a class",
        ));
    };
    let Some(base) = owner.base else {
        return Err(type_err(
            inf,
            value.span,
            format!(
                "super() in '{}', which has no script base class, is not supported by rumba",
                owner.ty.name
            ),
        ));
    };
    let Some(this) = inf.prog.funcs[f as usize].def.params.positional.first() else {
        return Ok(None);
    };
    let recv = ExprKind::Name(this.name.clone());
    let func = ExprKind::Attribute {
        value: Box::new(fresh(inf, recv, value.span)),
        attr: format!("{SUPER}{base} {attr}"),
        attr_span: span,
    };
    let call = ExprKind::Call {
        func: Box::new(fresh(inf, func, e.span)),
        args: args.to_vec(),
        keywords: kws.to_vec(),
    };
    use_rewrite(inf, e, call).map(Some)
}
