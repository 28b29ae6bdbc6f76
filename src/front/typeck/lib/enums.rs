//! `enum`: classes deriving from `Enum` or `IntEnum` whose members are
//! numbers. A class is a compile-time value (`TypeObj(Enum)`); a member is
//! `Type::Enum`, laid out as its value, so a value names one member, as in
//! Python (an alias is the same member). Members pass into jitted code as
//! Numba's `EnumMember`/`IntEnumMember`; an `IntEnum` member computes as
//! its int. Module code also has `.name`, `Color(v)`, `Color['RED']` and
//! iteration over the class, which Numba refuses in jitted code.

use super::super::{intrinsic, native_aux, pos_args, IResult, Infer};
use super::{item, unsupported, Entry, Item, Module};
use crate::front::ast::{ClassDef, CmpOp, Expr, ExprKind, Keyword, StmtKind};
use crate::front::typed::{Const, Intrinsic, Res};
use std::rc::Rc;
use vm::types::{EnumTy, Type, PYINT};

pub const ENUM: Module = Module {
    name: "enum",
    entries: &[ENTRIES],
    complete: false,
    star: false,
};

const ENTRIES: &[Entry] = &[
    item("Enum", Item::Object),
    item("IntEnum", Item::Object),
    item("auto", Item::Object),
    unsupported("Flag"),
    unsupported("IntFlag"),
    unsupported("StrEnum"),
    unsupported("unique"),
];

/// Whether base class `t` is `Enum` (false) or `IntEnum` (true).
pub fn base_kind(inf: &Infer, t: &Type) -> Option<bool> {
    if super::is(inf, t, "enum.Enum") {
        Some(false)
    } else if super::is(inf, t, "enum.IntEnum") {
        Some(true)
    } else {
        None
    }
}

fn jit_err(inf: &Infer, span: crate::front::ast::Span, what: &str) -> crate::front::diag::Diag {
    inf.err(
        "TypeError",
        span,
        format!("{what} is not supported in jitted code (as in Numba)"),
    )
}

fn unsupported_err(
    inf: &Infer,
    span: crate::front::ast::Span,
    what: &str,
) -> crate::front::diag::Diag {
    inf.err(
        "TypeError",
        span,
        format!("{what} is not supported by rumba"),
    )
}

/// A `class C(Enum)` statement: its members are `NAME = number` (or
/// `auto()`), all ints or all floats, as Numba types an enum class.
pub fn define(inf: &mut Infer, def: &ClassDef, int: bool) -> IResult<Type> {
    if let Some(d) = def.decorators.first() {
        return Err(unsupported_err(inf, d.span, "a decorator on an enum class"));
    }
    let mut members: Vec<(Rc<str>, u64)> = Vec::new();
    let mut value: Option<Type> = None;
    let mut last: i64 = 0;
    for s in &def.body {
        match &s.kind {
            StmtKind::Pass => continue,
            StmtKind::Expr(x) if matches!(x.kind, ExprKind::Str(_)) => continue,
            StmtKind::Assign { targets, value: v } if targets.len() == 1 => {
                let ExprKind::Name(n) = &targets[0].kind else {
                    return Err(unsupported_err(
                        inf,
                        s.span,
                        "this statement in an enum class",
                    ));
                };
                if n.starts_with('_') {
                    return Err(unsupported_err(
                        inf,
                        targets[0].span,
                        "a private or special name in an enum class",
                    ));
                }
                if members.iter().any(|m| *m.0 == **n) {
                    return Err(inf.err(
                        "TypeError",
                        targets[0].span,
                        format!("'{n}' already defined as {n}"),
                    ));
                }
                let is_auto = match &v.kind {
                    ExprKind::Call { func, args, .. } if args.is_empty() => {
                        let f = inf.expr(func)?;
                        super::is(inf, &f, "enum.auto")
                    }
                    _ => false,
                };
                let (t, bits) = if is_auto {
                    (PYINT, (last + 1) as u64)
                } else {
                    inf.expr(v)?;
                    match inf.const_of(v) {
                        Some(Const::Int(i)) if i64::try_from(*i).is_ok() => {
                            (PYINT, *i as i64 as u64)
                        }
                        Some(Const::Float(f)) if !int => (Type::F64, f.to_bits()),
                        _ => {
                            return Err(unsupported_err(
                                inf,
                                v.span,
                                "an enum member whose value is not an int or float constant",
                            ))
                        }
                    }
                };
                if t == PYINT {
                    last = bits as i64;
                }
                match &value {
                    Some(vt) if *vt != t => {
                        return Err(inf.err(
                            "TypeError",
                            v.span,
                            "an enum class whose members' values differ in type is not supported (as in Numba)",
                        ))
                    }
                    _ => value = Some(t),
                }
                // A value equal to an earlier one (-0.0 to 0.0) makes an
                // alias of that member, which holds the earlier value.
                let bits = match value {
                    Some(Type::F64) => members
                        .iter()
                        .find(|m| f64::from_bits(m.1) == f64::from_bits(bits))
                        .map_or(bits, |m| m.1),
                    _ => bits,
                };
                members.push((Rc::from(n.as_str()), bits));
            }
            _ => {
                return Err(unsupported_err(
                    inf,
                    s.span,
                    "this statement in an enum class",
                ))
            }
        }
    }
    Ok(Type::TypeObj(Rc::new(Type::Enum(Rc::new(EnumTy {
        name: Rc::from(def.name.as_str()),
        int,
        value: value.unwrap_or(PYINT),
        members: members.into(),
    })))))
}

/// The enum class a type object is.
fn class_of(t: &Type) -> Option<&Rc<EnumTy>> {
    match t {
        Type::TypeObj(inner) => match &**inner {
            Type::Enum(en) => Some(en),
            _ => None,
        },
        _ => None,
    }
}

/// How the class prints: `<enum 'Color'>`.
pub fn class_str(t: &Type) -> Option<Rc<str>> {
    class_of(t).map(|en| Rc::from(format!("<enum '{}'>", en.name)))
}

/// A member's value as a constant.
fn member_const(en: &EnumTy, bits: u64) -> Const {
    match en.value {
        Type::F64 => Const::Float(f64::from_bits(bits)),
        _ => Const::Int(bits as i64 as i128),
    }
}

/// The member of `en` a constant value is.
fn const_bits(en: &EnumTy, c: &Const) -> Option<u64> {
    let bits = match (c, &en.value) {
        (Const::Int(i), Type::F64) => (*i as f64).to_bits(),
        (Const::Float(f), Type::F64) => f.to_bits(),
        (Const::Int(i), _) => i64::try_from(*i).ok()? as u64,
        _ => return None,
    };
    en.member(bits).map(|_| bits)
}

/// The member named `attr` of class `en`.
fn member(inf: &mut Infer, e: &Expr, en: &Rc<EnumTy>, attr: &str) -> Option<Type> {
    let bits = en.members.iter().find(|m| *m.0 == *attr)?.1;
    inf.konst(e, member_const(en, bits));
    inf.res(e, Res::Const);
    Some(Type::Enum(en.clone()))
}

/// `Color.RED`, `Color.__name__`, `member.value`, `member.name`.
pub fn attribute(
    inf: &mut Infer,
    e: &Expr,
    value: &Expr,
    vt: &Type,
    attr: &str,
    span: crate::front::ast::Span,
) -> IResult<Option<Type>> {
    if let Some(en) = class_of(vt) {
        if attr == "__name__" {
            inf.konst(e, Const::Str(en.name.clone()));
            inf.res(e, Res::Const);
            return Ok(Some(Type::Str));
        }
        let en = en.clone();
        return match member(inf, e, &en, attr) {
            Some(t) => Ok(Some(t)),
            None => Err(inf.err("AttributeError", span, attr.to_string())),
        };
    }
    let Type::Enum(en) = vt else {
        return Ok(None);
    };
    let known = inf.const_of(value).and_then(|c| const_bits(en, c));
    match attr {
        "value" | "_value_" => {
            if let Some(bits) = known {
                inf.konst(e, member_const(en, bits));
            }
            inf.res(
                e,
                intrinsic(Intrinsic::Reinterpret, vec![], vec![vt.clone()]),
            );
            Ok(Some(en.value.clone()))
        }
        "name" | "_name_" if super::super::expr::jitted(inf) => {
            Err(jit_err(inf, span, "the name of an enum member"))
        }
        "name" | "_name_" => {
            if let Some(name) = known.and_then(|b| en.member(b)) {
                inf.konst(e, Const::Str(name.clone()));
            }
            inf.res(
                e,
                native_aux(
                    "name",
                    vm::lib_enum::name,
                    vec![],
                    vec![vt.clone()],
                    en.clone(),
                ),
            );
            Ok(Some(Type::Str))
        }
        _ => Ok(None),
    }
}

/// `Color(value)`: the member holding the value (ValueError if none).
pub fn call(
    inf: &mut Infer,
    e: &Expr,
    to: &Type,
    args: &[Expr],
    pos: &[Type],
    kws: &[Keyword],
) -> IResult<Option<Type>> {
    let Type::Enum(en) = to else {
        return Ok(None);
    };
    if super::super::expr::jitted(inf) {
        return Err(jit_err(inf, e.span, "calling an enum class"));
    }
    if pos.len() != 1 || !kws.is_empty() {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!("{}() takes exactly one argument in rumba", en.name),
        ));
    }
    if pos[0] == *to {
        inf.res(
            e,
            intrinsic(Intrinsic::Reinterpret, pos_args(1), vec![to.clone()]),
        );
        return Ok(Some(to.clone()));
    }
    if !pos[0].is_number() || (en.value == PYINT && pos[0].is_float()) {
        return Err(inf.err(
            "TypeError",
            args[0].span,
            format!(
                "cannot look up a member of {} by {}",
                en.name,
                inf.tyname(&pos[0])
            ),
        ));
    }
    inf.res(
        e,
        native_aux(
            "enum",
            vm::lib_enum::from_value,
            pos_args(1),
            vec![en.value.clone()],
            en.clone(),
        ),
    );
    Ok(Some(to.clone()))
}

/// `Color['RED']`: the member of that (constant) name.
pub fn subscript(inf: &mut Infer, e: &Expr, vt: &Type, index: &Expr) -> IResult<Option<Type>> {
    let Some(en) = class_of(vt).cloned() else {
        return Ok(None);
    };
    inf.expr(index)?;
    match inf.const_of(index).cloned() {
        Some(Const::Str(s)) => member(inf, e, &en, &s)
            .map(Some)
            .ok_or_else(|| inf.err("KeyError", index.span, format!("'{s}'"))),
        _ => Err(unsupported_err(
            inf,
            index.span,
            "looking up an enum member by a name not constant",
        )),
    }
}

/// `for m in Color`: the class as the tuple of its members (aliases
/// skipped), whose type replaces the class's at the loop.
pub fn iterate(inf: &mut Infer, iter: &Expr, t: &Type) -> IResult<Option<Type>> {
    let Some(en) = class_of(t).cloned() else {
        return Ok(None);
    };
    if super::super::expr::jitted(inf) {
        return Err(jit_err(inf, iter.span, "iterating over an enum class"));
    }
    let members = en.canonical();
    let el = Type::Enum(en.clone());
    inf.konst(
        iter,
        Const::Tuple(members.iter().map(|m| member_const(&en, m.1)).collect()),
    );
    inf.set(iter, Type::tuple(vec![el.clone(); members.len()]));
    Ok(Some(el))
}

/// `len(Color)`: how many members iterating it gives (a constant).
pub fn class_len(inf: &mut Infer, e: &Expr, t: &Type) -> IResult<bool> {
    let Some(en) = class_of(t) else {
        return Ok(false);
    };
    if super::super::expr::jitted(inf) {
        return Err(jit_err(inf, e.span, "len() of an enum class"));
    }
    inf.konst(e, Const::Int(en.canonical().len() as i128));
    inf.res(e, Res::Const);
    Ok(true)
}

/// A comparison involving members: of one class they compare as their
/// values (an `IntEnum`'s also with numbers and other `IntEnum`s, and in
/// order); otherwise `==` is False and `is` too.
pub fn compare(
    inf: &mut Infer,
    e: &Expr,
    left: &Expr,
    op: CmpOp,
    right: &Expr,
) -> IResult<Option<Type>> {
    let (lt, rt) = (inf.expr(left)?, inf.expr(right)?);
    let (le, re) = (enum_of(&lt), enum_of(&rt));
    // `member in Color`: whether it is one of the class's.
    if let (CmpOp::In | CmpOp::NotIn, Some(a), Some(b)) = (op, le, class_of(&rt)) {
        if super::super::expr::jitted(inf) {
            return Err(jit_err(inf, e.span, "'in' an enum class"));
        }
        inf.konst(e, Const::Bool((a == b) == (op == CmpOp::In)));
        return Ok(Some(Type::Bool));
    }
    if le.is_none() && re.is_none() {
        return Ok(None);
    }
    if let (CmpOp::In | CmpOp::NotIn, Some(a), Type::Tuple(items)) = (op, le, &rt) {
        if items.iter().all(|t| enum_of(t) == Some(a)) {
            return Ok(Some(Type::Bool));
        }
    }
    let int = |t: &Type| match enum_of(t) {
        Some(en) => en.int,
        None => t.is_number(),
    };
    let same = le.is_some() && le == re;
    let numeric = same || (int(&lt) && int(&rt));
    let order = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
    if (order && !(int(&lt) && int(&rt))) || matches!(op, CmpOp::In | CmpOp::NotIn) {
        return Err(inf.err(
            "TypeError",
            e.span,
            format!(
                "'{}' not supported between {} and {}",
                op.symbol(),
                inf.tyname(&lt),
                inf.tyname(&rt)
            ),
        ));
    }
    let fixed = match op {
        CmpOp::Eq if !numeric => Some(false),
        CmpOp::Ne if !numeric => Some(true),
        CmpOp::Is if !same => Some(false),
        CmpOp::IsNot if !same => Some(true),
        _ => None,
    };
    let folded = fixed.or_else(|| {
        let (a, b) = (inf.const_of(left)?, inf.const_of(right)?);
        if !same {
            return None;
        }
        let eq = a == b;
        match op {
            CmpOp::Eq | CmpOp::Is => Some(eq),
            CmpOp::Ne | CmpOp::IsNot => Some(!eq),
            _ => None,
        }
    });
    match folded {
        Some(v) => inf.konst(e, Const::Bool(v)),
        None => {
            inf.out.consts.remove(&e.id);
        }
    }
    Ok(Some(Type::Bool))
}

fn enum_of(t: &Type) -> Option<&Rc<EnumTy>> {
    match t {
        Type::Enum(en) => Some(en),
        _ => None,
    }
}

/// The type an `IntEnum` member computes as in arithmetic (its int); any
/// other type unchanged.
pub fn arith(t: &Type) -> Type {
    match t {
        Type::Enum(en) if en.int => en.value.clone(),
        t => t.clone(),
    }
}
