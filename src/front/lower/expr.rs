//! Lowering of expressions, conditions, conversions and calls.

use super::*;
use vm::lib_npcomplex as cxn;

/// An evaluated index: an integer register or slice bounds.
#[derive(Clone, Copy)]
pub enum IndexVal {
    Int(Reg),
    Slice {
        lower: Option<Reg>,
        upper: Option<Reg>,
        step: Option<Reg>,
    },
}

/// A numeric type's register representation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Domain {
    Int { bits: u8, signed: bool },
    Bool,
    F64,
    F32,
}

fn domain(t: &Type) -> Option<Domain> {
    Some(match t {
        Type::Bool | Type::NpBool => Domain::Bool,
        Type::Int(i) => Domain::Int {
            bits: i.bits,
            signed: i.signed,
        },
        Type::F64 | Type::NpF64 => Domain::F64,
        Type::F32 => Domain::F32,
        Type::Enum(en) => return domain(&en.value),
        _ => return None,
    })
}

/// An enum member compares and computes as its value, in its registers;
/// `is` between members of one class is `==` (typing folded the rest).
fn enum_decay(op: CmpOp, lt: &Type, rt: &Type) -> (CmpOp, Type, Type) {
    let enums = matches!((lt, rt), (Type::Enum(_), Type::Enum(_)));
    let op = match op {
        CmpOp::Is if enums => CmpOp::Eq,
        CmpOp::IsNot if enums => CmpOp::Ne,
        op => op,
    };
    let value = |t: &Type| match t {
        Type::Enum(en) => en.value.clone(),
        t => t.clone(),
    };
    (op, value(lt), value(rt))
}

fn is_unsigned64(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(IntTy {
            bits: 64,
            signed: false,
            ..
        })
    )
}

/// An ordering comparison as the natives that compare sequences take it.
pub(super) fn cmp_kind(op: CmpOp) -> vm::lib_keyed::CmpKind {
    use vm::lib_keyed::CmpKind;
    match op {
        CmpOp::Eq => CmpKind::Eq,
        CmpOp::Ne => CmpKind::Ne,
        CmpOp::Lt => CmpKind::Lt,
        CmpOp::Le => CmpKind::Le,
        CmpOp::Gt => CmpKind::Gt,
        _ => CmpKind::Ge,
    }
}

impl Lower<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> LResult<Regs> {
        let saved = self.span;
        self.span = e.span;
        let r = self.expr_inner(e);
        self.span = saved;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> LResult<Regs> {
        let typed = self.typed;
        if let Some(r) = typed.rewrites.get(&e.id) {
            return self.expr(r);
        }
        let t = self.ty(e);
        if let Some(c) = self.typed.consts.get(&e.id).cloned() {
            if !matches!(e.kind, ExprKind::Name(_)) || t.slots() > 0 {
                return self.load_const(&c, &t);
            }
        }
        // A value that needs no register still runs what may raise: a call,
        // or an item of a list or dict (`[None][3]`, `{}["k"]`).
        let may_raise = match &e.kind {
            ExprKind::Call { .. } => true,
            ExprKind::Subscript { value, .. } => matches!(
                self.ty(value),
                Type::List(_) | Type::TypedList(_) | Type::Dict(_)
            ),
            _ => false,
        };
        if t.slots() == 0 && !may_raise {
            return Ok(Regs::new());
        }
        match &e.kind {
            ExprKind::Imag(v) => {
                let (re, im) = (self.temp(false)?, self.temp(false)?);
                self.load_float(re, 0.0)?;
                self.load_float(im, *v)?;
                Ok(smallvec::smallvec![re, im])
            }
            ExprKind::Name(n) => match self.typed.res.get(&e.id) {
                Some(Res::Global(slots)) => {
                    let slots = slots.clone();
                    self.check_bound(e, n)?;
                    self.read_global(&slots, &t)
                }
                _ => {
                    let n = n.strip_prefix("**").unwrap_or(n);
                    let name: Rc<str> = Rc::from(n);
                    self.check_bound(e, &name)?;
                    self.read_var(&name, &t)
                }
            },
            ExprKind::BinOp {
                op: BinOp::Mod,
                left,
                right,
            } if self.ty(left) == Type::Str => self.percent(left, right),
            ExprKind::BinOp { op, left, right } => {
                let (lt, rt) = (self.ty(left), self.ty(right));
                if let Some(k) = self.addi_const(*op, right, &t) {
                    let l = self.expr(left)?;
                    let a = self.convert(&l, &lt, &t, false)?[0];
                    let out = self.temp(false)?;
                    self.abi(Op::ADDI, out, a, k);
                    return Ok(smallvec::smallvec![out]);
                }
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                self.binop(*op, &l, &lt, &r, &rt, &t, Some(right))
            }
            ExprKind::Unary { op, operand } => self.unary(*op, operand, &t),
            ExprKind::BoolOp { op, values } => self.boolop(e, *op, values, &t),
            ExprKind::Compare { left, ops } => self.compare_value(left, ops, &t),
            ExprKind::IfExp { test, body, orelse } => {
                match self.typed.consts.get(&test.id).and_then(super::const_truth) {
                    Some(true) => return self.expr(body),
                    Some(false) => return self.expr(orelse),
                    None => {}
                }
                let dst = self.temps_for(&t)?;
                let to_else = self.cond_jump(test, false)?;
                let bt = self.ty(body);
                let saved = self.narrow_ifexp(e, true)?;
                let b = self.expr(body)?;
                let b = self.convert(&b, &bt, &t, false)?;
                self.mov_all(&dst, &b);
                self.unnarrow_op(saved);
                let end = self.jump(Op::JMP, 0);
                self.patch_here(&to_else)?;
                let ot = self.ty(orelse);
                let saved = self.narrow_ifexp(e, false)?;
                let o = self.expr(orelse)?;
                let o = self.convert(&o, &ot, &t, false)?;
                self.mov_all(&dst, &o);
                self.unnarrow_op(saved);
                self.patch_here(&[end])?;
                Ok(dst)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords, &t),
            ExprKind::Attribute { value, .. } => self.attribute(e, value, &t),
            ExprKind::Subscript { value, index } => {
                let value = flat_array(self, value);
                let vt = self.ty(value);
                let v = self.expr(value)?;
                if let Some(aux) = self.typed.spread_checks.get(&e.id).cloned() {
                    let check = Native::with(vm::lib_tuple::spread_check, aux);
                    self.call_native("*", check, &[(v.clone(), vt.clone())], &Type::None)?;
                }
                if let Some(Res::FieldArray { offset, dtype }) = self.typed.res.get(&e.id).cloned()
                {
                    return self.field_array(v, vt, offset, dtype, &t);
                }
                if let Type::Dict(_) = vt {
                    return self.dict_getitem(e, value, &v, &vt, index, &t);
                }
                if let Some(Res::Call(c)) = self.typed.res.get(&e.id).cloned() {
                    // String indexing and list slicing go through natives.
                    // A record's key is constant, part of the site.
                    let keyed = matches!(vt, Type::Record(_));
                    let mut args = vec![(v, vt)];
                    match &index.kind {
                        _ if keyed => {}
                        // `a[r, c]` (typeck's multi_fancy): the items in order.
                        ExprKind::Tuple(parts)
                            if parts
                                .iter()
                                .filter(|p| matches!(self.ty(p), Type::Array(_)))
                                .count()
                                > 1 =>
                        {
                            for p in parts {
                                let pt = self.ty(p);
                                args.push((self.expr(p)?, pt));
                            }
                        }
                        // An index array among slices and ints: the view's
                        // scalars in order, the array last.
                        ExprKind::Tuple(parts)
                            if parts.iter().any(|p| matches!(self.ty(p), Type::Array(_))) =>
                        {
                            let mut last = None;
                            for p in parts {
                                let pt = self.ty(p);
                                if let Type::Array(_) = pt {
                                    last = Some((self.expr(p)?, pt));
                                    continue;
                                }
                                for iv in self.index_values(p)? {
                                    push_index_args(&mut args, &[iv]);
                                }
                            }
                            args.extend(last);
                        }
                        ExprKind::Slice { .. } => {
                            for iv in self.index_values(index)? {
                                if let IndexVal::Slice { lower, upper, step } = iv {
                                    for r in [lower, upper, step].into_iter().flatten() {
                                        args.push((smallvec::smallvec![r], PYINT));
                                    }
                                }
                            }
                        }
                        _ => {
                            let it = self.ty(index);
                            let i = self.expr(index)?;
                            if let Type::Array(_) = it {
                                // `a[mask]`, `a[idx]`: the index array itself.
                                args.push((i, it));
                            } else {
                                let want = c.arg_types.get(1).cloned().unwrap_or(PYINT);
                                let i = self.convert(&i, &it, &want, false)?;
                                args.push((i, want));
                            }
                        }
                    }
                    return self.native_call_with(&c, args, &t);
                }
                let const_index = matches!(
                    self.typed.res.get(&e.id),
                    Some(Res::TupleItem(_) | Res::TupleSlice(_))
                );
                let idx = match vt {
                    Type::Tuple(_) | Type::MixedList(_) if const_index => Vec::new(),
                    Type::Record(_) => Vec::new(),
                    _ => self.index_values(index)?,
                };
                self.load_subscript(e, &v, &vt, index, &idx, &t)
            }
            // A list display typed as a tuple initializes C data; one of
            // mixed types is laid out as a tuple.
            ExprKind::Tuple(items) | ExprKind::List(items)
                if matches!(t, Type::Tuple(_) | Type::MixedList(_)) =>
            {
                let mut out = Regs::new();
                for i in items {
                    out.extend(self.expr(i)?);
                }
                Ok(out)
            }
            ExprKind::List(items) => {
                let Type::List(el) = &t else {
                    return Err(self.err(e.span, "bad list"));
                };
                let el = (**el).clone();
                let mut args = Vec::new();
                for i in items {
                    let it = self.ty(i);
                    let r = self.expr(i)?;
                    let r = self.convert(&r, &it, &el, false)?;
                    args.push((r, el.clone()));
                }
                self.call_native("list", Native::plain(base::list_new), &args, &t)
            }
            ExprKind::ListComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                self.list_comp(e, elt, generators, &t)
            }
            ExprKind::Dict(_) | ExprKind::Set(_) => self.display(e, &t),
            ExprKind::FString(parts) => self.fstring(parts),
            _ => Err(self.err(e.span, "unsupported expression")),
        }
    }

    pub(super) fn load_const(&mut self, c: &Const, t: &Type) -> LResult<Regs> {
        match (c, t) {
            (Const::Tuple(items), Type::Tuple(types)) => {
                let mut out = Regs::new();
                for (c, t) in items.iter().zip(types.iter()) {
                    out.extend(self.load_const(c, t)?);
                }
                Ok(out)
            }
            (_, t) if t.slots() == 0 => Ok(Regs::new()),
            (Const::Str(s), _) => {
                let r = self.temp(true)?;
                self.load_str(r, s)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::Int(_) | Const::Float(_), t) if t.is_complex() => {
                let x = match c {
                    Const::Int(v) => *v as f64,
                    Const::Float(v) => *v,
                    _ => 0.0,
                };
                let (re, im) = (self.temp(false)?, self.temp(false)?);
                self.load_float(re, x)?;
                self.load_float(im, 0.0)?;
                Ok(smallvec::smallvec![re, im])
            }
            (Const::Int(v), t) if t.is_float() => {
                let r = self.temp(false)?;
                self.load_float(r, *v as f64)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::Int(v), _) => {
                let r = self.temp(false)?;
                self.load_int(r, *v as i64)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::Float(v), t) if t.is_int() => {
                let r = self.temp(false)?;
                self.load_int(r, *v as i64)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::Float(v), _) => {
                let r = self.temp(false)?;
                self.load_float(r, *v)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::Bool(b), _) => {
                let r = self.temp(false)?;
                self.load_int(r, *b as i64)?;
                Ok(smallvec::smallvec![r])
            }
            (Const::None, _) | (Const::Tuple(_), _) => Ok(Regs::new()),
        }
    }

    // --------------------------------------------------------- conversions

    /// Converts a value between types; `checked` makes float-to-int raise
    /// on NaN and infinity as Python's `int()` does.
    pub(super) fn convert(
        &mut self,
        v: &[Reg],
        from: &Type,
        to: &Type,
        checked: bool,
    ) -> LResult<Regs> {
        if from == to || to.slots() == 0 {
            return Ok(v.iter().copied().collect());
        }
        if let (Some(df), Some(dt)) = (domain(from), domain(to)) {
            return self
                .convert_num(v[0], from, df, to, dt, checked)
                .map(|r| smallvec::smallvec![r]);
        }
        if let Some(r) = self.convert_opt(v, from, to)? {
            return Ok(r);
        }
        match (from, to) {
            // The same reference; None is a null one.
            (Type::Obj(a), Type::OptObj(b)) if a == b => Ok(v.iter().copied().collect()),
            // A call's extra keywords packed for `**kwargs`: the same slots.
            (Type::Tuple(items), Type::Named(n)) if *items == n.items => {
                Ok(v.iter().copied().collect())
            }
            (Type::OptObj(a), Type::Obj(b)) if a == b => {
                let name: std::rc::Rc<str> =
                    std::rc::Rc::from(to.numba_name(&|_| String::new(), &|_| String::new()));
                self.call_native(
                    "expect",
                    Native::with(vm::lib_class::expect, name),
                    &[(v.iter().copied().collect(), from.clone())],
                    to,
                )
            }
            (Type::None, Type::OptObj(_)) => {
                self.call_native("None", Native::plain(vm::lib_class::none), &[], to)
            }
            (f, t) if f.is_complex() && t.is_complex() => Ok(v.iter().copied().collect()),
            (f, t) if f.is_number() && t.is_complex() => {
                let re = self.convert(v, f, &Type::F64, false)?[0];
                let im = self.temp(false)?;
                self.load_float(im, 0.0)?;
                Ok(smallvec::smallvec![re, im])
            }
            (f, Type::Bool) if f.is_complex() => {
                self.truth_of(v, from).map(|b| smallvec::smallvec![b])
            }
            (Type::Ptr(p), Type::Bytes) if *p == vm::ffi::ctype::CTypeId::CHAR => {
                let args = [(v.iter().copied().collect(), from.clone())];
                self.call_native(
                    "string",
                    Native::with(vm::ffi::natives::c_string, true),
                    &args,
                    to,
                )
            }
            (Type::Int(i), Type::Bytes) if i.bits == 8 => {
                let args = [(v.iter().copied().collect(), from.clone())];
                self.call_native(
                    "char",
                    Native::plain(vm::ffi::natives::char_bytes),
                    &args,
                    to,
                )
            }
            (Type::Bytes, Type::Int(i)) if i.bits == 8 => {
                let args = [(v.iter().copied().collect(), from.clone())];
                self.call_native(
                    "char",
                    Native::plain(vm::ffi::natives::bytes_char),
                    &args,
                    to,
                )
            }
            // A ctypes scalar instance passed where its value is wanted.
            (Type::CData(id), t)
                if t.is_number()
                    && self
                        .prog
                        .ctypes
                        .scalar(*id)
                        .is_some_and(|s| s != Scalar::Ptr) =>
            {
                let Some(ct) = self.prog.ctype_value_type(*id).filter(Type::is_number) else {
                    return Err(self.err(self.span, "cannot use this C data as a number"));
                };
                let addr = self.temp(false)?;
                self.ad(Op::DATA, addr, v[0] as u32);
                let x = self.load_at(addr, 0, &ct)?;
                self.convert(&x, &ct, to, checked)
            }
            // A ctypes pointer instance passed where a pointer is wanted
            // gives its value (and its address where a pointer to a
            // pointer is).
            (Type::CData(id), Type::Ptr(q))
                if self.prog.ctypes.pointee(*id).is_some()
                    && self.prog.ctypes.pointee(*q).is_none() =>
            {
                let addr = self.temp(false)?;
                self.ad(Op::DATA, addr, v[0] as u32);
                self.load_mem(addr, 0, DType::U64)
            }
            (Type::CData(_) | Type::Record(_), Type::Ptr(_))
            | (Type::CData(_), Type::Int(_))
            | (Type::Array(_), Type::Ptr(_)) => {
                let r = self.temp(false)?;
                self.ad(Op::DATA, r, v[0] as u32);
                Ok(smallvec::smallvec![r])
            }
            (Type::Ptr(_), Type::Ptr(_) | Type::Int(_)) | (Type::Int(_), Type::Ptr(_)) => {
                Ok(v.iter().copied().collect())
            }
            (Type::Array(_), Type::Array(_))
            | (Type::Record(_) | Type::CData(_), Type::Record(_) | Type::CData(_))
            | (Type::List(_) | Type::TypedList(_), Type::List(_))
            | (Type::TypedList(_), Type::TypedList(_))
            | (Type::Dict(_), Type::Dict(_))
            | (Type::Set(_), Type::Set(_)) => Ok(v.iter().copied().collect()),
            (Type::Set(_) | Type::Dict(_), Type::List(_)) => self.snapshot(v, from),
            (Type::Tuple(fs), Type::Tuple(ts)) if fs.len() == ts.len() => {
                let mut out = Regs::new();
                let mut off = 0;
                for (f, t) in fs.iter().zip(ts.iter()) {
                    let n = f.slots();
                    out.extend(self.convert(&v[off..off + n], f, t, checked)?);
                    off += n;
                }
                Ok(out)
            }
            (Type::Named(a), Type::Named(b)) if a.fields == b.fields => {
                self.convert(v, &from.unnamed(), &to.unnamed(), checked)
            }
            (Type::Unknown, _) => Ok(v.iter().copied().collect()),
            _ => Err(self.err(
                self.span,
                format!(
                    "cannot convert {} to {}",
                    self.prog.type_name(from),
                    self.prog.type_name(to)
                ),
            )),
        }
    }

    fn convert_num(
        &mut self,
        r: Reg,
        from: &Type,
        df: Domain,
        to: &Type,
        dt: Domain,
        checked: bool,
    ) -> LResult<Reg> {
        if df == dt {
            return Ok(r);
        }
        let out = self.temp(false)?;
        match (df, dt) {
            (Domain::Bool, Domain::Int { .. }) => return Ok(r),
            (Domain::Int { .. }, Domain::Bool) => {
                self.ad(Op::I2B, out, r as u32);
            }
            (Domain::F64 | Domain::F32, Domain::Bool) => {
                self.ad(Op::F2B, out, r as u32);
            }
            (Domain::Bool, Domain::F64 | Domain::F32) => {
                self.ad(Op::I2F, out, r as u32);
            }
            (Domain::Int { bits, signed }, Domain::F64 | Domain::F32) => {
                let op = if bits == 64 && !signed {
                    Op::U2F
                } else {
                    Op::I2F
                };
                self.ad(op, out, r as u32);
                if dt == Domain::F32 {
                    self.ad(Op::F32R, out, out as u32);
                }
            }
            (Domain::F64, Domain::F32) => {
                self.ad(Op::F32R, out, r as u32);
            }
            (Domain::F32, Domain::F64) => return Ok(r),
            (Domain::F64 | Domain::F32, Domain::Int { bits, signed }) => {
                let op = if checked {
                    if !signed && bits == 64 {
                        Op::F2U
                    } else {
                        Op::F2I
                    }
                } else {
                    Op::F2IT
                };
                self.ad(op, out, r as u32);
                self.narrow(out, out, bits, signed);
            }
            (
                Domain::Int {
                    bits: fb,
                    signed: fs,
                },
                Domain::Int { bits, signed },
            ) => {
                if bits >= fb && (signed == fs || bits > fb) || bits == 64 {
                    return Ok(r);
                }
                self.narrow(out, r, bits, signed);
                let _ = (from, to);
            }
            // Equal domains share a representation.
            _ => return Ok(r),
        }
        Ok(out)
    }

    /// Sign- or zero-extends the low `bits` of `src` into `dst`.
    fn narrow(&mut self, dst: Reg, src: Reg, bits: u8, signed: bool) {
        let op = match (bits, signed) {
            (8, true) => Op::SEXT8,
            (16, true) => Op::SEXT16,
            (32, true) => Op::SEXT32,
            (8, false) => Op::ZEXT8,
            (16, false) => Op::ZEXT16,
            (32, false) => Op::ZEXT32,
            _ => {
                if dst != src {
                    self.ad(Op::MOV, dst, src as u32);
                }
                return;
            }
        };
        self.ad(op, dst, src as u32);
    }

    pub(super) fn str_of(&mut self, v: &[Reg], t: &Type) -> LResult<Regs> {
        if *t == Type::Str {
            return Ok(v.iter().copied().collect());
        }
        self.call_native(
            "str",
            Native::plain(base::to_str),
            &[(v.iter().copied().collect(), t.clone())],
            &Type::Str,
        )
    }

    // ----------------------------------------------------------- operators

    #[allow(clippy::too_many_arguments)]
    pub(super) fn binop(
        &mut self,
        op: BinOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
        res: &Type,
        right: Option<&Expr>,
    ) -> LResult<Regs> {
        let (_, lt, rt) = &enum_decay(CmpOp::Eq, lt, rt);
        if op == BinOp::MatMul {
            let dt = match res {
                Type::Array(a) => a.dtype,
                t => t.dtype().unwrap_or(DType::F64),
            };
            let args = [
                (l.iter().copied().collect(), lt.clone()),
                (r.iter().copied().collect(), rt.clone()),
            ];
            return self.call_native("@", Native::with(npy::dot, dt), &args, res);
        }
        if let Type::Array(a) = res {
            let kind = npy::BinKind::from_symbol(op.symbol());
            return self.array_binop(op.symbol(), kind, l, lt, r, rt, a.dtype, res);
        }
        if res.is_complex() {
            return self.complex_binop(op, l, lt, r, rt);
        }
        if lt.is_number() && rt.is_number() {
            return self
                .num_binop(op, l[0], lt, r[0], rt, res, right)
                .map(|x| smallvec::smallvec![x]);
        }
        let args = |l: &[Reg], lt: &Type, r: &[Reg], rt: &Type| {
            vec![
                (l.iter().copied().collect::<Regs>(), lt.clone()),
                (r.iter().copied().collect::<Regs>(), rt.clone()),
            ]
        };
        match (op, lt, rt) {
            (BinOp::Add, Type::Str, Type::Str) => self.call_native(
                "str +",
                Native::plain(base::str_concat),
                &args(l, lt, r, rt),
                res,
            ),
            (_, Type::Set(_), Type::Set(_)) => self.set_binop(op, l, lt, r, rt),
            (_, Type::Dict(_), Type::Dict(_)) => {
                match crate::front::typeck::lib::collections::counter_op(op, lt, rt) {
                    Some(cop) => self.call_native(
                        op.symbol(),
                        Native::with(vm::lib_dict::counter_binop, cop),
                        &args(l, lt, r, rt),
                        res,
                    ),
                    None => Err(self.err(self.span, "unsupported dict operator")),
                }
            }
            (BinOp::Add, Type::List(_), Type::List(_)) => self.call_native(
                "list +",
                Native::plain(base::list_concat),
                &args(l, lt, r, rt),
                res,
            ),
            // A string or list repeated, the count on either side.
            (BinOp::Mul, Type::Str | Type::List(_), _)
            | (BinOp::Mul, _, Type::Str | Type::List(_)) => {
                let ((s, st), (n, nt)) = match lt {
                    Type::Str | Type::List(_) => ((l, lt), (r, rt)),
                    _ => ((r, rt), (l, lt)),
                };
                let n = self.convert(n, nt, &PYINT, false)?;
                let (name, f): (&str, vm::native::NativeFn) = match st {
                    Type::Str => ("str *", base::str_repeat),
                    _ => ("list *", base::list_repeat),
                };
                self.call_native(name, Native::plain(f), &args(s, st, &n, &PYINT), res)
            }
            (BinOp::Add, Type::Tuple(_), Type::Tuple(_)) => {
                Ok(l.iter().chain(r).copied().collect())
            }
            (BinOp::Mul, Type::Tuple(_), _) => {
                let n = if l.is_empty() {
                    0
                } else {
                    res.slots() / l.len().max(1)
                };
                Ok(l.iter().copied().cycle().take(l.len() * n).collect())
            }
            (BinOp::Add | BinOp::Sub, Type::Ptr(p) | Type::CData(p), Type::Int(_))
            | (BinOp::Add, Type::Int(_), Type::Ptr(p) | Type::CData(p)) => {
                let p = self.prog.c_elem(*p).0;
                let (pv, pt, iv, it) = if lt.is_pointer() {
                    (l, lt, r, rt)
                } else {
                    (r, rt, l, lt)
                };
                let addr = self.convert(pv, pt, &Type::Ptr(p), false)?;
                let idx = self.convert(iv, it, &Type::Int(IntTy::I64), false)?;
                let size = self.prog.ctypes.size(p).unwrap_or(1) as i64;
                let off = self.scale(idx[0], size)?;
                let out = self.temp(false)?;
                self.abc(
                    if op == BinOp::Sub { Op::SUB } else { Op::ADD },
                    out,
                    addr[0],
                    off,
                );
                Ok(smallvec::smallvec![out])
            }
            (BinOp::Sub, Type::Ptr(p) | Type::CData(p), Type::Ptr(_) | Type::CData(_)) => {
                let p = self.prog.c_elem(*p).0;
                let a = self.convert(l, lt, &Type::Ptr(p), false)?;
                let b = self.convert(r, rt, &Type::Ptr(p), false)?;
                let out = self.temp(false)?;
                self.abc(Op::SUB, out, a[0], b[0]);
                let size = self.prog.ctypes.size(p).unwrap_or(1) as i64;
                if size > 1 {
                    let k = self.temp(false)?;
                    self.load_int(k, size)?;
                    self.abc(Op::DIV, out, out, k);
                }
                Ok(smallvec::smallvec![out])
            }
            _ => Err(self.err(
                self.span,
                format!("unsupported operands for {}", op.symbol()),
            )),
        }
    }

    /// The immediate of `x + k` / `x - k` on 64-bit ints, if it fits.
    pub(super) fn addi_const(&self, op: BinOp, right: &Expr, res: &Type) -> Option<i16> {
        if !matches!(res, Type::Int(IntTy { bits: 64, .. })) {
            return None;
        }
        let Some(Const::Int(k)) = self.typed.consts.get(&right.id) else {
            return None;
        };
        let k = match op {
            BinOp::Add => *k,
            BinOp::Sub => -*k,
            _ => return None,
        };
        i16::try_from(k).ok()
    }

    /// `idx * size` in a register.
    fn scale(&mut self, idx: Reg, size: i64) -> LResult<Reg> {
        if size == 1 {
            return Ok(idx);
        }
        let out = self.temp(false)?;
        self.load_int(out, size)?;
        self.abc(Op::MUL, out, idx, out);
        Ok(out)
    }

    /// `fmt % args` with a constant format string.
    fn percent(&mut self, left: &Expr, right: &Expr) -> LResult<Regs> {
        let Some(Const::Str(fmt)) = self.typed.consts.get(&left.id).cloned() else {
            return Err(self.err(left.span, "the format string of '%' must be a constant"));
        };
        let rt = self.ty(right);
        let r = self.expr(right)?;
        let types: Vec<Type> = match &rt {
            Type::Tuple(items) => items.to_vec(),
            t => vec![t.clone()],
        };
        let mut args = Vec::new();
        let mut off = 0;
        for t in &types {
            let n = t.slots();
            args.push((r[off..off + n].iter().copied().collect::<Regs>(), t.clone()));
            off += n;
        }
        let aux = fmt;
        self.call_native("%", Native::with(base::percent, aux), &args, &Type::Str)
    }

    /// Complex arithmetic: real operands become complex first, as in
    /// Python, so that signed zeros and NaNs come out as CPython's do.
    fn complex_binop(
        &mut self,
        op: BinOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
    ) -> LResult<Regs> {
        let a = self.convert(l, lt, &Type::C128, false)?;
        let b = self.convert(r, rt, &Type::C128, false)?;
        let (re, im) = (self.temp(false)?, self.temp(false)?);
        match op {
            BinOp::Add | BinOp::Sub => {
                let fop = if op == BinOp::Add { Op::FADD } else { Op::FSUB };
                self.abc(fop, re, a[0], b[0]);
                self.abc(fop, im, a[1], b[1]);
            }
            BinOp::Mul => {
                let t = self.temp(false)?;
                self.abc(Op::FMUL, re, a[0], b[0]);
                self.abc(Op::FMUL, t, a[1], b[1]);
                self.abc(Op::FSUB, re, re, t);
                self.abc(Op::FMUL, im, a[0], b[1]);
                self.abc(Op::FMUL, t, a[1], b[0]);
                self.abc(Op::FADD, im, im, t);
            }
            BinOp::Div | BinOp::Pow => {
                let f = if op == BinOp::Div {
                    vm::lib_complex::complex_div
                } else {
                    vm::lib_complex::complex_pow
                };
                let args = [(a, Type::C128), (b, Type::C128)];
                return self.call_native(op.symbol(), Native::plain(f), &args, &Type::C128);
            }
            _ => {
                let msg = format!("unsupported operand for complex numbers: {}", op.symbol());
                return Err(self.err(self.span, msg));
            }
        }
        Ok(smallvec::smallvec![re, im])
    }

    /// `x ** n` as Numba computes it for a constant integer `n`: square
    /// and multiply, then `1.0 / r` for a negative `n`.
    fn static_power(&mut self, x: Reg, n: i128) -> LResult<Reg> {
        let res = self.temp(false)?;
        self.load_float(res, 1.0)?;
        let val = self.temp(false)?;
        self.mov(val, x);
        let mut e = n.unsigned_abs();
        while e != 0 {
            if e & 1 == 1 {
                self.abc(Op::FMUL, res, res, val);
            }
            e >>= 1;
            if e != 0 {
                self.abc(Op::FMUL, val, val, val);
            }
        }
        if n < 0 {
            let one = self.temp(false)?;
            self.load_float(one, 1.0)?;
            self.abc(Op::TDIV, res, one, res);
        }
        Ok(res)
    }

    #[allow(clippy::too_many_arguments)]
    fn num_binop(
        &mut self,
        op: BinOp,
        l: Reg,
        lt: &Type,
        r: Reg,
        rt: &Type,
        res: &Type,
        right: Option<&Expr>,
    ) -> LResult<Reg> {
        let dres = domain(res).ok_or_else(|| self.err(self.span, "bad arithmetic result"))?;
        if self.numpy_errors && matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            // Numba gives inf, nan or 0 for these by zero; rumba would raise.
            return Err(self.err(
                self.span,
                "rumba's error_model='numpy' covers '/' only; '//' and '%' are not supported in this function",
            ));
        }
        match dres {
            Domain::F64 | Domain::F32 => {
                // A float32 result rounds each operand to float32 first
                // (`2.2 * np.float32(1.5)`); the float64 operation on two
                // float32 values then rounds as float32's own would.
                let a = self.convert(&[l], lt, res, false)?[0];
                let b = self.convert(&[r], rt, res, false)?[0];
                let both_int = !lt.is_float() && !rt.is_float();
                // Numba unrolls a float to a constant integer power into
                // multiplications (`static_power_impl`); pow rounds once,
                // so the last digit can differ.
                if let (BinOp::Pow, true, Domain::F64, true, Some(n)) = (
                    op,
                    self.jitted,
                    dres,
                    lt.is_float(),
                    right.and_then(int_literal),
                ) {
                    if n.unsigned_abs() <= 0x10000 {
                        return self.static_power(a, n);
                    }
                }
                if op == BinOp::Div && self.numpy_errors {
                    let out = self.temp(false)?;
                    self.mov(out, a);
                    self.abc(Op::FMATH2, out, b, vm::bytecode::MathFn2::Divide as u16);
                    if dres == Domain::F32 {
                        self.ad(Op::F32R, out, out as u32);
                    }
                    return Ok(out);
                }
                let fop = match op {
                    BinOp::Add => Op::FADD,
                    BinOp::Sub => Op::FSUB,
                    BinOp::Mul => Op::FMUL,
                    // Numba words every division by zero as Python's int
                    // division does.
                    BinOp::Div if both_int || self.jitted => Op::TDIV,
                    BinOp::Div => Op::FDIV,
                    BinOp::FloorDiv => Op::FFLOORDIV,
                    BinOp::Mod => Op::FMOD,
                    BinOp::Pow => Op::FPOW,
                    _ => {
                        return Err(self.err(
                            self.span,
                            format!("unsupported float operator {}", op.symbol()),
                        ))
                    }
                };
                let out = self.temp(false)?;
                self.abc(fop, out, a, b);
                if dres == Domain::F32 {
                    self.ad(Op::F32R, out, out as u32);
                }
                Ok(out)
            }
            Domain::Bool => {
                let iop = match op {
                    // numpy adds and multiplies its booleans logically.
                    BinOp::BitAnd | BinOp::Mul => Op::BAND,
                    BinOp::BitOr | BinOp::Add => Op::BOR,
                    BinOp::BitXor => Op::BXOR,
                    _ => return Err(self.err(self.span, "unsupported bool operator")),
                };
                let out = self.temp(false)?;
                self.abc(iop, out, l, r);
                Ok(out)
            }
            Domain::Int { bits, signed } => {
                let a = self.convert(&[l], lt, res, false)?[0];
                let unsigned = !signed;
                let _ = right;
                let b = self.convert(&[r], rt, res, false)?[0];
                let iop = match op {
                    BinOp::Add => Op::ADD,
                    BinOp::Sub => Op::SUB,
                    BinOp::Mul => Op::MUL,
                    BinOp::FloorDiv if unsigned => Op::UDIV,
                    BinOp::FloorDiv => Op::DIV,
                    BinOp::Mod if unsigned => Op::UMOD,
                    BinOp::Mod => Op::MOD,
                    BinOp::Pow => Op::POW,
                    BinOp::BitAnd => Op::BAND,
                    BinOp::BitOr => Op::BOR,
                    BinOp::BitXor => Op::BXOR,
                    BinOp::LShift => Op::SHL,
                    BinOp::RShift if unsigned => Op::USHR,
                    BinOp::RShift => Op::SHR,
                    _ => {
                        return Err(self.err(
                            self.span,
                            format!("unsupported integer operator {}", op.symbol()),
                        ))
                    }
                };
                let out = self.temp(false)?;
                self.abc(iop, out, a, b);
                self.narrow(out, out, bits, signed);
                Ok(out)
            }
        }
    }

    /// An elementwise operator with an array operand: the native `binop`,
    /// scalars passed as int64 or float64.
    #[allow(clippy::too_many_arguments)]
    fn array_binop(
        &mut self,
        name: &str,
        kind: npy::BinKind,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
        out: DType,
        res: &Type,
    ) -> LResult<Regs> {
        let cx = crate::front::typeck::npcomplex::is_complex;
        if cx(lt) || cx(rt) {
            let op = match kind {
                npy::BinKind::Add => cxn::BinOp::Add,
                npy::BinKind::Sub => cxn::BinOp::Sub,
                npy::BinKind::Mul => cxn::BinOp::Mul,
                npy::BinKind::Div => cxn::BinOp::Div,
                npy::BinKind::Eq => cxn::BinOp::Eq,
                npy::BinKind::Ne => cxn::BinOp::Ne,
                _ => {
                    let msg = format!("'{name}' of complex arrays is not supported by rumba");
                    return Err(self.err(self.span, msg));
                }
            };
            let (aux, slots) = crate::front::typeck::npcomplex::binop_res(op, lt, rt, self.jitted);
            let l = self.convert(l, lt, &slots[0], false)?;
            let r = self.convert(r, rt, &slots[1], false)?;
            let args = [(l, slots[0].clone()), (r, slots[1].clone())];
            return self.call_native(name, Native::with(cxn::binop, aux), &args, res);
        }
        let aux = npy::BinAux::new(kind, lt, rt, out);
        let (ls, rs) = (npy::slot_type(lt), npy::slot_type(rt));
        let l = self.convert(l, lt, &ls, false)?;
        let r = self.convert(r, rt, &rs, false)?;
        self.call_native(
            name,
            Native::with(npy::binop, aux),
            &[(l, ls), (r, rs)],
            res,
        )
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr, t: &Type) -> LResult<Regs> {
        let ot = self.ty(operand);
        if op == UnaryOp::Not {
            let dst = self.temp(false)?;
            let b = self.truth(operand)?;
            self.ad(Op::NOT, dst, b as u32);
            return Ok(smallvec::smallvec![dst]);
        }
        let v = self.expr(operand)?;
        if let Type::Array(a) = t {
            if a.dtype == DType::C128 {
                let aux = cxn::MapAux {
                    op: cxn::MapOp::Neg,
                    from: a.dtype,
                    to: a.dtype,
                    numba: self.jitted,
                };
                return self.call_native("-", Native::with(cxn::map, aux), &[(v, ot)], t);
            }
        }
        if let Type::Array(a) = t {
            let op = if op == UnaryOp::Invert {
                npy::ArrayOp::Invert
            } else {
                npy::ArrayOp::Neg
            };
            let aux = npy::MapAux {
                op,
                from: a.dtype,
                to: a.dtype,
            };
            return self.call_native("-", Native::with(npy::map, aux), &[(v, ot)], t);
        }
        if t.is_complex() {
            let z = self.convert(&v, &ot, t, false)?;
            if op == UnaryOp::Pos {
                return Ok(z);
            }
            let (re, im) = (self.temp(false)?, self.temp(false)?);
            self.ad(Op::FNEG, re, z[0] as u32);
            self.ad(Op::FNEG, im, z[1] as u32);
            return Ok(smallvec::smallvec![re, im]);
        }
        let x = self.convert(&v, &ot, t, false)?[0];
        let out = self.temp(false)?;
        match (op, domain(t)) {
            (UnaryOp::Pos, _) => return Ok(smallvec::smallvec![x]),
            (UnaryOp::Neg, Some(Domain::F64 | Domain::F32)) => {
                self.ad(Op::FNEG, out, x as u32);
            }
            (UnaryOp::Neg, Some(Domain::Int { bits, signed })) => {
                self.ad(Op::NEG, out, x as u32);
                self.narrow(out, out, bits, signed);
            }
            (UnaryOp::Invert, Some(Domain::Int { bits, signed })) => {
                self.ad(Op::BNOT, out, x as u32);
                self.narrow(out, out, bits, signed);
            }
            _ => return Err(self.err(operand.span, "unsupported unary operator")),
        }
        Ok(smallvec::smallvec![out])
    }

    fn boolop(&mut self, e: &Expr, op: BoolOp, values: &[Expr], t: &Type) -> LResult<Regs> {
        let dst = self.temps_for(t)?;
        let mut ends = Vec::new();
        let mut narrowed = None;
        for (i, v) in values.iter().enumerate() {
            if i == 1 {
                narrowed = self.narrow_op(e)?;
            }
            let vt = self.ty(v);
            let r = self.expr(v)?;
            let c = self.convert(&r, &vt, t, false)?;
            self.mov_all(&dst, &c);
            if i + 1 < values.len() {
                // `a and b`: stop at the first false value; `or`: the first
                // true one.
                let b = self.truth_of(&dst, t)?;
                let op = if op == BoolOp::And { Op::JF } else { Op::JT };
                ends.push(self.jump(op, b));
            }
        }
        self.unnarrow_op(narrowed);
        self.patch_here(&ends)?;
        Ok(dst)
    }

    /// A bool register holding the truth of a value.
    fn truth_of(&mut self, v: &[Reg], t: &Type) -> LResult<Reg> {
        match domain(t) {
            Some(Domain::Bool) => Ok(v[0]),
            Some(Domain::Int { .. }) => {
                let out = self.temp(false)?;
                self.ad(Op::I2B, out, v[0] as u32);
                Ok(out)
            }
            Some(Domain::F64 | Domain::F32) => {
                let out = self.temp(false)?;
                self.ad(Op::F2B, out, v[0] as u32);
                Ok(out)
            }
            None => match t {
                Type::Ptr(_) => {
                    let out = self.temp(false)?;
                    self.ad(Op::I2B, out, v[0] as u32);
                    Ok(out)
                }
                Type::C128 | Type::NpC128 => {
                    let (re, im) = (self.temp(false)?, self.temp(false)?);
                    self.ad(Op::F2B, re, v[0] as u32);
                    self.ad(Op::F2B, im, v[1] as u32);
                    self.abc(Op::BOR, re, re, im);
                    Ok(re)
                }
                Type::None => {
                    let out = self.temp(false)?;
                    self.load_int(out, 0)?;
                    Ok(out)
                }
                // Before the zero-slot rule: `()` is false.
                Type::Tuple(items) | Type::MixedList(items) => {
                    let out = self.temp(false)?;
                    self.load_int(out, !items.is_empty() as i64)?;
                    Ok(out)
                }
                Type::Named(_) | Type::Obj(_) => {
                    let out = self.temp(false)?;
                    self.load_int(out, 1)?;
                    Ok(out)
                }
                // A null reference is None.
                Type::OptObj(_) => {
                    let out = self.temp(false)?;
                    self.ad(Op::I2B, out, v[0] as u32);
                    Ok(out)
                }
                // The flag slot is 0 for None, when the number's slots
                // are not read.
                Type::Opt(inner) => {
                    let flag = self.temp(false)?;
                    self.ad(Op::I2B, flag, v[0] as u32);
                    let t = self.truth_of(&v[1..], inner)?;
                    let out = self.temp(false)?;
                    self.abc(Op::BAND, out, t, flag);
                    Ok(out)
                }
                t if t.slots() == 0 => {
                    let out = self.temp(false)?;
                    self.load_int(out, 1)?;
                    Ok(out)
                }
                _ => {
                    let r = self.call_native(
                        "bool",
                        Native::plain(base::truth),
                        &[(v.iter().copied().collect(), t.clone())],
                        &Type::Bool,
                    )?;
                    Ok(r[0])
                }
            },
        }
    }

    fn truth(&mut self, e: &Expr) -> LResult<Reg> {
        let t = self.ty(e);
        let v = self.expr(e)?;
        self.truth_of(&v, &t)
    }

    /// Jumps (returned for patching) taken when the condition's truth equals
    /// `when`; falls through otherwise.
    pub(super) fn cond_jump(&mut self, e: &Expr, when: bool) -> LResult<Vec<usize>> {
        if let Some(c) = self.typed.consts.get(&e.id).and_then(const_truth) {
            return Ok(if c == when {
                vec![self.jump(Op::JMP, 0)]
            } else {
                vec![]
            });
        }
        match &e.kind {
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => self.cond_jump(operand, !when),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps when false if either is false; jumps when
                // true only if both are.
                let short = (*op == BoolOp::And) != when;
                let mut out = Vec::new();
                let mut skip = Vec::new();
                let mut narrowed = None;
                for (i, v) in values.iter().enumerate() {
                    if i == 1 {
                        narrowed = self.narrow_op(e)?;
                    }
                    if short {
                        out.extend(self.cond_jump(v, when)?);
                    } else if i + 1 < values.len() {
                        skip.extend(self.cond_jump(v, !when)?);
                    } else {
                        out.extend(self.cond_jump(v, when)?);
                    }
                }
                self.unnarrow_op(narrowed);
                self.patch_here(&skip)?;
                Ok(out)
            }
            ExprKind::Compare { left, ops } if ops.len() == 1 => {
                let (op, right) = (&ops[0].0, &ops[0].1);
                let (lt, rt) = (self.ty(left), self.ty(right));
                if let Some(j) = self.fused_compare(*op, left, &lt, right, &rt, when)? {
                    return Ok(vec![j]);
                }
                let b = self.truth(e)?;
                Ok(vec![self.jump(if when { Op::JT } else { Op::JF }, b)])
            }
            _ => {
                let b = self.truth(e)?;
                Ok(vec![self.jump(if when { Op::JT } else { Op::JF }, b)])
            }
        }
    }

    /// The common register type two compared numbers are brought to.
    fn compare_type(lt: &Type, rt: &Type) -> Option<Type> {
        if !(lt.is_number() || lt.is_pointer()) || !(rt.is_number() || rt.is_pointer()) {
            return None;
        }
        if lt.is_pointer() || rt.is_pointer() {
            return Some(Type::Int(IntTy::U64));
        }
        if lt.is_float() || rt.is_float() {
            return Some(Type::F64);
        }
        if is_unsigned64(lt) && is_unsigned64(rt) {
            return Some(Type::Int(IntTy::U64));
        }
        Some(Type::Int(IntTy::I64))
    }

    #[allow(clippy::too_many_arguments)]
    fn fused_compare(
        &mut self,
        op: CmpOp,
        left: &Expr,
        lt: &Type,
        right: &Expr,
        rt: &Type,
        when: bool,
    ) -> LResult<Option<usize>> {
        let (op, lt, rt) = &enum_decay(op, lt, rt);
        let op = *op;
        let Some(ct) = Self::compare_type(lt, rt) else {
            return Ok(None);
        };
        if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
            return Ok(None);
        }
        // Against a small integer constant: the immediate form.
        if ct == Type::Int(IntTy::I64) {
            let small = |e: &Expr| match self.typed.consts.get(&e.id) {
                Some(Const::Int(k)) => i16::try_from(*k).ok(),
                _ => None,
            };
            let (reg_side, k, op) = match (small(left), small(right)) {
                (_, Some(k)) => (left, k, op),
                (Some(k), None) => (right, k, mirror(op)),
                _ => (left, 0, CmpOp::In),
            };
            if op != CmpOp::In {
                let rt = self.ty(reg_side);
                let v = self.expr(reg_side)?;
                let a = self.convert(&v, &rt, &ct, false)?[0];
                let op = if when { op } else { negate(op) };
                let kop = match op {
                    CmpOp::Eq => Op::JEQK,
                    CmpOp::Ne => Op::JNEK,
                    CmpOp::Lt => Op::JLTK,
                    CmpOp::Le => Op::JLEK,
                    CmpOp::Gt => Op::JGTK,
                    _ => Op::JGEK,
                };
                return Ok(Some(self.cjump(kop, a, k as u16)));
            }
        }
        let l = self.expr(left)?;
        let r = self.expr(right)?;
        let a = self.convert(&l, lt, &ct, false)?[0];
        let b = self.convert(&r, rt, &ct, false)?[0];
        let float = ct.is_float();
        let unsigned = ct == Type::Int(IntTy::U64);
        let (lt_op, le_op) = if unsigned {
            (Op::JULT, Op::JULE)
        } else {
            (Op::JLT, Op::JLE)
        };
        let (op, x, y) = match (op, when, float) {
            (CmpOp::Lt, true, false) => (lt_op, a, b),
            (CmpOp::Le, true, false) => (le_op, a, b),
            (CmpOp::Gt, true, false) => (lt_op, b, a),
            (CmpOp::Ge, true, false) => (le_op, b, a),
            (CmpOp::Lt, false, false) => (le_op, b, a),
            (CmpOp::Le, false, false) => (lt_op, b, a),
            (CmpOp::Gt, false, false) => (le_op, a, b),
            (CmpOp::Ge, false, false) => (lt_op, a, b),
            (CmpOp::Eq, true, false) | (CmpOp::Ne, false, false) => (Op::JEQ, a, b),
            (CmpOp::Ne, true, false) | (CmpOp::Eq, false, false) => (Op::JNE, a, b),
            (CmpOp::Lt, true, true) => (Op::JFLT, a, b),
            (CmpOp::Le, true, true) => (Op::JFLE, a, b),
            (CmpOp::Gt, true, true) => (Op::JFLT, b, a),
            (CmpOp::Ge, true, true) => (Op::JFLE, b, a),
            (CmpOp::Lt, false, true) => (Op::JFNLT, a, b),
            (CmpOp::Le, false, true) => (Op::JFNLE, a, b),
            (CmpOp::Gt, false, true) => (Op::JFNLT, b, a),
            (CmpOp::Ge, false, true) => (Op::JFNLE, b, a),
            (CmpOp::Eq, true, true) | (CmpOp::Ne, false, true) => (Op::JFEQ, a, b),
            (CmpOp::Ne, true, true) | (CmpOp::Eq, false, true) => (Op::JFNE, a, b),
            _ => return Ok(None),
        };
        Ok(Some(self.cjump(op, x, y)))
    }

    /// A comparison as a bool value.
    fn compare_value(&mut self, left: &Expr, ops: &[(CmpOp, Expr)], t: &Type) -> LResult<Regs> {
        if let (Type::Array(_), Some((op, right))) = (t, ops.first()) {
            let (lt, rt) = (self.ty(left), self.ty(right));
            let l = self.expr(left)?;
            let r = self.expr(right)?;
            let text = super::super::typeck::records::is_text_array;
            if text(&lt) || text(&rt) {
                return self.text_compare(*op, &l, &lt, &r, &rt, t);
            }
            return self.array_compare(*op, &l, &lt, &r, &rt, t);
        }
        let dst = self.temp(false)?;
        let mut fails = Vec::new();
        let mut lhs = self.expr(left)?;
        let mut lt = self.ty(left);
        for (i, (op, right)) in ops.iter().enumerate() {
            let rt = self.ty(right);
            let rhs = self.expr(right)?;
            let b = self.compare_one(*op, &lhs, &lt, &rhs, &rt)?;
            self.mov(dst, b);
            if i + 1 < ops.len() {
                fails.push(self.jump(Op::JF, dst));
            }
            lhs = rhs;
            lt = rt;
        }
        self.patch_here(&fails)?;
        Ok(smallvec::smallvec![dst])
    }

    fn compare_one(
        &mut self,
        op: CmpOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
    ) -> LResult<Reg> {
        let (op, lt, rt) = &enum_decay(op, lt, rt);
        let op = *op;
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && (lt.is_complex() || rt.is_complex()) {
            // Equal when both parts are.
            let a = self.convert(l, lt, &Type::C128, false)?;
            let b = self.convert(r, rt, &Type::C128, false)?;
            let (x, y) = (self.temp(false)?, self.temp(false)?);
            let (fop, join) = if op == CmpOp::Eq {
                (Op::FEQ, Op::BAND)
            } else {
                (Op::FNE, Op::BOR)
            };
            self.abc(fop, x, a[0], b[0]);
            self.abc(fop, y, a[1], b[1]);
            self.abc(join, x, x, y);
            return Ok(x);
        }
        match (op, lt, rt) {
            (CmpOp::Is | CmpOp::IsNot, Type::Opt(_), Type::None) => {
                return self.opt_is_none(op, l[0])
            }
            (CmpOp::Is | CmpOp::IsNot, Type::None, Type::Opt(_)) => {
                return self.opt_is_none(op, r[0])
            }
            _ => {}
        }
        if let Some(ct) = Self::compare_type(lt, rt) {
            if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
                let a = self.convert(l, lt, &ct, false)?[0];
                let b = self.convert(r, rt, &ct, false)?[0];
                let float = ct.is_float();
                let unsigned = ct == Type::Int(IntTy::U64);
                let (lt_op, le_op) = match (float, unsigned) {
                    (true, _) => (Op::FLT, Op::FLE),
                    (false, true) => (Op::ULT, Op::ULE),
                    _ => (Op::LT, Op::LE),
                };
                let (eq, ne) = if float {
                    (Op::FEQ, Op::FNE)
                } else {
                    (Op::EQ, Op::NE)
                };
                let (o, x, y) = match op {
                    CmpOp::Lt => (lt_op, a, b),
                    CmpOp::Le => (le_op, a, b),
                    CmpOp::Gt => (lt_op, b, a),
                    CmpOp::Ge => (le_op, b, a),
                    CmpOp::Eq => (eq, a, b),
                    _ => (ne, a, b),
                };
                let out = self.temp(false)?;
                self.abc(o, out, x, y);
                return Ok(out);
            }
        }
        let args = vec![
            (l.iter().copied().collect::<Regs>(), lt.clone()),
            (r.iter().copied().collect::<Regs>(), rt.clone()),
        ];
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && super::super::typeck::ops::never_equal(lt, rt) {
            let out = self.temp(false)?;
            self.load_int(out, (op == CmpOp::Ne) as i64)?;
            return Ok(out);
        }
        let out = match (op, lt, rt) {
            (CmpOp::In | CmpOp::NotIn, _, Type::Dict(_) | Type::Set(_)) => {
                self.contains(l, lt, r, rt)?
            }
            (_, Type::Set(_), Type::Set(_)) => return self.set_compare(op, l, lt, r, rt),
            (
                CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge,
                Type::List(el) | Type::TypedList(el),
                Type::List(rel) | Type::TypedList(rel),
            ) => {
                // Integers of different types compare as int64 (each
                // slot holds its value sign- or zero-extended).
                let el = match el != rel && super::super::typeck::ops::int64_elems(el, rel) {
                    true => &std::rc::Rc::new(Type::Int(vm::types::IntTy::I64)),
                    false => el,
                };
                use vm::lib_keyed::{list_compare, ListCmp};
                let aux = ListCmp {
                    op: cmp_kind(op),
                    elem: (**el).clone(),
                };
                let r = self.call_native(
                    "list compare",
                    Native::with(list_compare, aux),
                    &args,
                    &Type::Bool,
                )?;
                return Ok(r[0]);
            }
            (
                CmpOp::In | CmpOp::NotIn,
                _,
                Type::List(_) | Type::TypedList(_) | Type::VarTuple(_),
            ) => self.call_native("in", Native::plain(base::list_contains), &args, &Type::Bool)?,
            (CmpOp::In | CmpOp::NotIn, Type::Str, Type::Str) => {
                self.call_native("in", Native::plain(base::str_contains), &args, &Type::Bool)?
            }
            (CmpOp::In | CmpOp::NotIn, _, Type::Range) => {
                let a = self.convert(l, lt, &PYINT, false)?;
                self.call_native(
                    "in",
                    Native::plain(base::range_contains),
                    &[(a, PYINT), (r.iter().copied().collect(), Type::Range)],
                    &Type::Bool,
                )?
            }
            (CmpOp::In | CmpOp::NotIn, _, Type::Tuple(items) | Type::MixedList(items)) => {
                // Unrolled: any element equal.
                let acc = self.temp(false)?;
                self.load_int(acc, 0)?;
                let mut off = 0;
                for it in items.iter() {
                    let n = it.slots();
                    let b = self.compare_one(CmpOp::Eq, l, lt, &r[off..off + n], it)?;
                    self.abc(Op::BOR, acc, acc, b);
                    off += n;
                }
                smallvec::smallvec![acc]
            }
            (_, Type::Str, Type::Str) | (_, Type::Bytes, Type::Bytes) => {
                let aux = cmp_code(op);
                self.call_native(
                    "str compare",
                    Native::with(base::str_compare, aux),
                    &args,
                    &Type::Bool,
                )?
            }
            (CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge, Type::Tuple(a), Type::Tuple(b)) => {
                // Lexicographic: the first differing element decides, else
                // the lengths do.
                let dst = self.temp(false)?;
                let mut ends = Vec::new();
                let (mut lo, mut ro) = (0, 0);
                for (x, y) in a.iter().zip(b.iter()) {
                    let (n, m) = (x.slots(), y.slots());
                    let eq = self.compare_one(CmpOp::Eq, &l[lo..lo + n], x, &r[ro..ro + m], y)?;
                    let same = self.jump(Op::JT, eq);
                    let c = self.compare_one(op, &l[lo..lo + n], x, &r[ro..ro + m], y)?;
                    self.mov(dst, c);
                    ends.push(self.jump(Op::JMP, 0));
                    self.patch_here(&[same])?;
                    lo += n;
                    ro += m;
                }
                let by_len = match op {
                    CmpOp::Lt => a.len() < b.len(),
                    CmpOp::Le => a.len() <= b.len(),
                    CmpOp::Gt => a.len() > b.len(),
                    _ => a.len() >= b.len(),
                };
                self.load_int(dst, by_len as i64)?;
                self.patch_here(&ends)?;
                return Ok(dst);
            }
            (CmpOp::Eq | CmpOp::Ne, Type::Tuple(a), Type::Tuple(b)) => {
                let acc = self.temp(false)?;
                self.load_int(acc, 1)?;
                let (mut lo, mut ro) = (0, 0);
                for (x, y) in a.iter().zip(b.iter()) {
                    let (n, m) = (x.slots(), y.slots());
                    let eq = self.compare_one(CmpOp::Eq, &l[lo..lo + n], x, &r[ro..ro + m], y)?;
                    self.abc(Op::BAND, acc, acc, eq);
                    lo += n;
                    ro += m;
                }
                if op == CmpOp::Ne {
                    self.ad(Op::NOT, acc, acc as u32);
                }
                return Ok(acc);
            }
            (
                CmpOp::Is | CmpOp::IsNot,
                a @ (Type::Obj(_) | Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::Array(_)),
                b,
            ) if a == b => {
                // Identity of two mutable objects.
                let out =
                    self.call_native("is", Native::plain(vm::lib_class::same), &args, &Type::Bool)?;
                if op == CmpOp::IsNot {
                    self.ad(Op::NOT, out[0], out[0] as u32);
                }
                return Ok(out[0]);
            }
            (CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot, _, _) => {
                // Compile-time values and None: equal only if the same type.
                let same = lt == rt;
                let v = same == matches!(op, CmpOp::Eq | CmpOp::Is);
                let out = self.temp(false)?;
                self.load_int(out, v as i64)?;
                return Ok(out);
            }
            _ => {
                return Err(self.err(
                    self.span,
                    format!("unsupported comparison '{}'", op.symbol()),
                ))
            }
        };
        if op == CmpOp::NotIn {
            let o = self.temp(false)?;
            self.ad(Op::NOT, o, out[0] as u32);
            return Ok(o);
        }
        Ok(out[0])
    }

    fn array_compare(
        &mut self,
        op: CmpOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
        res: &Type,
    ) -> LResult<Regs> {
        let kind = match op {
            CmpOp::Lt => npy::BinKind::Lt,
            CmpOp::Le => npy::BinKind::Le,
            CmpOp::Gt => npy::BinKind::Gt,
            CmpOp::Ge => npy::BinKind::Ge,
            CmpOp::Eq => npy::BinKind::Eq,
            CmpOp::Ne => npy::BinKind::Ne,
            _ => return Err(self.err(self.span, "unsupported array comparison")),
        };
        self.array_binop(op.symbol(), kind, l, lt, r, rt, DType::Bool, res)
    }

    // -------------------------------------------------------- f-strings

    fn fstring(&mut self, parts: &[FPart]) -> LResult<Regs> {
        let mut pieces = Vec::new();
        let mut args = Vec::new();
        self.fparts(parts, &mut pieces, &mut args)?;
        let aux = base::FStringAux { pieces };
        self.call_native(
            "f-string",
            Native::with(base::fstring, aux),
            &args,
            &Type::Str,
        )
    }

    fn fparts(
        &mut self,
        parts: &[FPart],
        pieces: &mut Vec<base::FPiece>,
        args: &mut Vec<(Regs, Type)>,
    ) -> LResult<()> {
        for p in parts {
            match p {
                FPart::Lit(s) => pieces.push(base::FPiece::Lit(Rc::from(s.as_str()))),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        pieces.push(base::FPiece::Lit(Rc::from(d.as_str())));
                    }
                    let t = self.ty(value);
                    let v = self.expr(value)?;
                    args.push((v, t.clone()));
                    // `f"{x=}"` defaults to repr, as in Python.
                    let conv = conversion.or(if debug_text.is_some() && spec.is_empty() {
                        Some('r')
                    } else {
                        None
                    });
                    let const_spec: Option<String> = spec
                        .iter()
                        .map(|s| match s {
                            FPart::Lit(l) => Some(l.clone()),
                            FPart::Field { .. } => None,
                        })
                        .collect();
                    match const_spec {
                        Some(s) => pieces.push(base::FPiece::Field {
                            ty: t,
                            conv,
                            spec: Some(Rc::from(s.as_str())),
                        }),
                        None => {
                            // A spec with fields of its own: formatted first.
                            let mut sp = Vec::new();
                            let mut sargs = Vec::new();
                            self.fparts(spec, &mut sp, &mut sargs)?;
                            let aux = base::FStringAux { pieces: sp };
                            let s = self.call_native(
                                "f-string spec",
                                Native::with(base::fstring, aux),
                                &sargs,
                                &Type::Str,
                            )?;
                            args.push((s, Type::Str));
                            pieces.push(base::FPiece::Field {
                                ty: t,
                                conv,
                                spec: None,
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    // ---------------------------------------------------- list comprehension

    fn list_comp(
        &mut self,
        e: &Expr,
        elt: &Expr,
        gens: &[Comprehension],
        t: &Type,
    ) -> LResult<Regs> {
        if let Some(copies) = self.typed.unrolled_comps.get(&e.id).cloned() {
            return self.unrolled_comp(&copies, &gens[0].iter, t);
        }
        let Type::List(el) = t else {
            return Err(self.err(self.span, "bad comprehension"));
        };
        let el = (**el).clone();
        let lst = self.new_reg(true)?;
        let empty = self.call_native("list", Native::plain(base::list_new), &[], t)?;
        self.mov(lst, empty[0]);
        let saved_env = self.env.clone();
        let mut sink = CompSink::Append {
            el,
            lst,
            lt: t.clone(),
        };
        self.comp_level(elt, gens, &mut sink)?;
        self.env = saved_env;
        Ok(smallvec::smallvec![lst])
    }

    /// A comprehension over a heterogeneous tuple: the tuple evaluated
    /// once, then each copy of the element with the target bound to its
    /// item.
    fn unrolled_comp(&mut self, copies: &[(Expr, Expr)], iter: &Expr, t: &Type) -> LResult<Regs> {
        let it = self.ty(iter);
        let (Type::Tuple(items) | Type::MixedList(items)) = &it else {
            return Err(self.err(iter.span, "bad comprehension"));
        };
        let v = self.expr(iter)?;
        let saved_env = self.env.clone();
        let mut out = Regs::new();
        let mut args = Vec::new();
        let mut off = 0;
        for ((target, elt), item) in copies.iter().zip(items.iter()) {
            let n = item.slots();
            let part: Regs = v[off..off + n].iter().copied().collect();
            off += n;
            self.assign(target, &part, item)?;
            let et = self.ty(elt);
            let r = self.expr(elt)?;
            let want = match t {
                Type::List(el) => (**el).clone(),
                _ => et.clone(),
            };
            let r = self.convert(&r, &et, &want, false)?;
            // Apart from the target, which the next item may rebind.
            let keep = self.temps_for(&want)?;
            for (&d, &s) in keep.iter().zip(&r) {
                let op = if self.class[d as usize] {
                    Op::MOVR
                } else {
                    Op::MOV
                };
                self.ad(op, d, s as u32);
            }
            match t {
                Type::List(_) => args.push((keep, want)),
                _ => out.extend(keep),
            }
        }
        self.env = saved_env;
        if args.is_empty() {
            return Ok(out);
        }
        self.call_native("list", Native::plain(base::list_new), &args, t)
    }

    /// `list(it)` of an iteration helper, built by looping over it.
    fn list_of(&mut self, iter: &Expr, t: &Type) -> LResult<Regs> {
        let Type::List(el) = t else {
            return Err(self.err(self.span, "bad list()"));
        };
        let el = (**el).clone();
        let lst = self.new_reg(true)?;
        let empty = self.call_native("list", Native::plain(base::list_new), &[], t)?;
        self.mov(lst, empty[0]);
        let it = self.ty(iter);
        let base = self.new_reg(false)?;
        for _ in 0..3 {
            self.new_reg(false)?;
        }
        let plan = self.iter_plan(iter, &it, base)?;
        let prep = self.jump(Op::FORPREP, base);
        let body = self.here();
        let v = self.iter_elem(&plan, base + 3, &el)?;
        let exits = std::mem::take(&mut self.iter_exits);
        self.call_native(
            "append",
            Native::plain(base::list_append),
            &[(smallvec::smallvec![lst], t.clone()), (v, el.clone())],
            &Type::None,
        )?;
        let back = self.jump(Op::FORLOOP, base);
        self.patch(back, body)?;
        self.patch_here(&[prep])?;
        self.patch_here(&exits)?;
        Ok(smallvec::smallvec![lst])
    }

    fn comp_level(
        &mut self,
        elt: &Expr,
        gens: &[Comprehension],
        sink: &mut CompSink,
    ) -> LResult<()> {
        let Some((g, rest)) = gens.split_first() else {
            match sink {
                CompSink::Append { el, lst, lt } => {
                    let et = self.ty(elt);
                    let v = self.expr(elt)?;
                    let v = self.convert(&v, &et, el, false)?;
                    self.call_native(
                        "append",
                        Native::plain(base::list_append),
                        &[(smallvec::smallvec![*lst], lt.clone()), (v, el.clone())],
                        &Type::None,
                    )?;
                }
                CompSink::Decide { any, exits } => {
                    let j = self.cond_jump(elt, *any)?;
                    exits.extend(j);
                }
            }
            return Ok(());
        };
        let it = self.ty(&g.iter);
        let base = self.new_reg(false)?;
        for _ in 0..3 {
            self.new_reg(false)?;
        }
        let plan = self.iter_plan(&g.iter, &it, base)?;
        let prep = self.jump(Op::FORPREP, base);
        let body = self.here();
        let elem_t = self
            .typed
            .iter_elems
            .get(&g.iter.id)
            .cloned()
            .unwrap_or(Type::Unknown);
        let elem = self.iter_elem(&plan, base + 3, &elem_t)?;
        let exits = std::mem::take(&mut self.iter_exits);
        self.assign(&g.target, &elem, &elem_t)?;
        let mut skips = Vec::new();
        for c in &g.ifs {
            skips.extend(self.cond_jump(c, false)?);
        }
        self.comp_level(elt, rest, sink)?;
        self.patch_here(&skips)?;
        let back = self.jump(Op::FORLOOP, base);
        self.patch(back, body)?;
        self.patch_here(&[prep])?;
        self.patch_here(&exits)?;
        Ok(())
    }

    /// `any(...)`/`all(...)` of a generator expression: its loops stop at
    /// the first element that decides, as Python's do.
    pub(super) fn any_all_gen(&mut self, g: &Expr, any: bool) -> LResult<Regs> {
        let ExprKind::GeneratorExp { elt, generators } = &g.kind else {
            return Err(self.err(g.span, "internal error: any/all of a non-generator"));
        };
        let dst = self.new_reg(false)?;
        self.load_int(dst, !any as i64)?;
        let saved_env = self.env.clone();
        let mut sink = CompSink::Decide {
            any,
            exits: Vec::new(),
        };
        self.comp_level(elt, generators, &mut sink)?;
        self.env = saved_env;
        let CompSink::Decide { exits, .. } = sink else {
            return Err(self.err(g.span, "internal error: any/all sink"));
        };
        let done = self.jump(Op::JMP, 0);
        self.patch_here(&exits)?;
        self.load_int(dst, any as i64)?;
        self.patch_here(&[done])?;
        Ok(smallvec::smallvec![dst])
    }

    // ----------------------------------------------------------- attributes

    fn attribute(&mut self, e: &Expr, value: &Expr, t: &Type) -> LResult<Regs> {
        match self.typed.res.get(&e.id).cloned() {
            Some(Res::Global(slots)) => self.read_global(&slots, t),
            Some(Res::Member(f, ft)) => {
                let vt = self.ty(value);
                let v = self.expr(value)?;
                self.member_get(&v, &vt, &f, &ft)
            }
            Some(Res::ArrayAttr(a)) => {
                if let typed::ArrayAttr::Data = a {
                    // `a.ctypes` or `a.ctypes.data`, where the array is
                    // inside `a.ctypes`.
                    let arr = match &value.kind {
                        _ if matches!(self.ty(value), Type::Array(_)) => value,
                        ExprKind::Attribute { value: arr, .. } => &**arr,
                        _ => return Err(self.err(e.span, "bad .ctypes.data")),
                    };
                    let v = self.expr(arr)?;
                    let out = self.temp(false)?;
                    self.ad(Op::DATA, out, v[0] as u32);
                    return Ok(smallvec::smallvec![out]);
                }
                if let typed::ArrayAttr::Flag(aux) = a {
                    let ExprKind::Attribute { value: arr, .. } = &value.kind else {
                        return Err(self.err(e.span, "bad .flags"));
                    };
                    let at = self.ty(arr);
                    let v = self.expr(arr)?;
                    let native = Native::with(vm::lib_nditer::flag, aux);
                    return self.call_native("flags", native, &[(v, at)], t);
                }
                let vt = self.ty(value);
                let v = self.expr(value)?;
                let Type::Array(at) = &vt else {
                    return Err(self.err(e.span, "bad array attribute"));
                };
                match a {
                    typed::ArrayAttr::Shape => {
                        let mut out = Regs::new();
                        for d in 0..at.ndim {
                            let r = self.temp(false)?;
                            self.abc(Op::ALEN, r, v[0], Reg::from(d));
                            out.push(r);
                        }
                        Ok(out)
                    }
                    typed::ArrayAttr::Ndim => {
                        let r = self.temp(false)?;
                        self.load_int(r, at.ndim as i64)?;
                        Ok(smallvec::smallvec![r])
                    }
                    typed::ArrayAttr::Size | typed::ArrayAttr::Nbytes => {
                        let r = self.temp(false)?;
                        self.abc(Op::ALEN, r, v[0], 0);
                        for d in 1..at.ndim {
                            let x = self.temp(false)?;
                            self.abc(Op::ALEN, x, v[0], Reg::from(d));
                            self.abc(Op::MUL, r, r, x);
                        }
                        if let typed::ArrayAttr::Nbytes = a {
                            let size = self.itemsize(at.dtype);
                            let k = self.scale(r, size)?;
                            return Ok(smallvec::smallvec![k]);
                        }
                        Ok(smallvec::smallvec![r])
                    }
                    typed::ArrayAttr::Itemsize => {
                        let r = self.temp(false)?;
                        let size = self.itemsize(at.dtype);
                        self.load_int(r, size)?;
                        Ok(smallvec::smallvec![r])
                    }
                    typed::ArrayAttr::T => {
                        self.call_native("T", Native::plain(npy::transpose), &[(v, vt.clone())], t)
                    }
                    typed::ArrayAttr::Dtype
                    | typed::ArrayAttr::Data
                    | typed::ArrayAttr::Flag(_) => Ok(Regs::new()),
                }
            }
            Some(Res::Field { .. }) => {
                let (v, vt) = self.field_base(e, value)?;
                self.load_field(e, &v, &vt)
            }
            Some(Res::FieldArray { offset, dtype }) => {
                let vt = self.ty(value);
                let v = self.expr(value)?;
                self.field_array(v, vt, offset, dtype, t)
            }
            Some(Res::ElemField { offset }) => {
                let ExprKind::Subscript { value: arr, index } = &value.kind else {
                    return Err(self.err(e.span, "bad field access"));
                };
                let a = self.expr(arr)?;
                let idx = self.index_values(index)?;
                let addr = self.elem_addr(a[0], &idx)?;
                self.load_at(addr, offset, t)
            }
            Some(Res::CGlobal { addr, ty, mem }) => {
                let a = self.temp(false)?;
                self.load_int(a, addr as i64)?;
                match &ty {
                    // A struct or array global: a view of its memory.
                    Type::CData(id) => self.call_native(
                        "global",
                        Native::plain(vm::ffi::natives::ptr_view),
                        &[(smallvec::smallvec![a], Type::Ptr(*id))],
                        &ty,
                    ),
                    Type::Ptr(_) => {
                        let out = self.temp(false)?;
                        self.abc(Op::XLD_U64, out, a, 0);
                        Ok(smallvec::smallvec![out])
                    }
                    _ => {
                        let x = self.load_mem(a, 0, mem)?;
                        self.convert(&x, &Type::of_dtype(mem), &ty, false)
                    }
                }
            }
            // Attributes computed from the value by a call on it.
            Some(Res::Call(c)) => {
                let vt = self.ty(value);
                let v = self.expr(value)?;
                let pt = c.arg_types.first().cloned().unwrap_or_else(|| vt.clone());
                let v = self.convert(&v, &vt, &pt, false)?;
                match &c.kind {
                    CallKind::Intrinsic(i) => self.intrinsic(i, &[(v, pt)], t),
                    _ => self.native_call_with(&c, vec![(v, pt)], t),
                }
            }
            _ => Err(self.err(e.span, "unsupported attribute")),
        }
    }

    fn field_array(
        &mut self,
        v: Regs,
        vt: Type,
        offset: u32,
        dtype: DType,
        t: &Type,
    ) -> LResult<Regs> {
        let aux = (offset, dtype);
        self.call_native("field", Native::with(npy::field_array, aux), &[(v, vt)], t)
    }

    /// Bounds check of index `i` into owned C data `v` of type `t`: inline
    /// against `len` when the array's length is static and small, else by
    /// a native (against the memory's size for an open array, or for
    /// `ffi.new("T *")` data indexed past `[0]`).
    fn c_bounds(
        &mut self,
        v: &[Reg],
        i: Reg,
        len: Option<u64>,
        t: &Type,
        index: &Expr,
    ) -> LResult<()> {
        let Type::CData(id) = t else {
            return Ok(());
        };
        let elem = match self.prog.ctypes.get(*id) {
            CType::Array { elem, .. } => *elem,
            _ if matches!(self.typed.consts.get(&index.id), Some(Const::Int(0))) => return Ok(()),
            _ => *id,
        };
        let Some(n) = len.and_then(|l| i16::try_from(l).ok()) else {
            let esize = self.prog.ctypes.size(elem).unwrap_or(1) as usize;
            let name = match elem == *id {
                true => format!("{} *", self.prog.ctypes.name(*id)),
                false => self.prog.ctypes.name(*id),
            };
            let aux = (name, esize, len);
            let args = [
                (v.iter().copied().collect(), t.clone()),
                (smallvec::smallvec![i], PYINT),
            ];
            self.call_native(
                "index",
                Native::with(vm::ffi::natives::cdata_check_index, aux),
                &args,
                &Type::None,
            )?;
            return Ok(());
        };
        let len = n as u64;
        let name = self.prog.ctypes.name(*id);
        // Each check jumps over the native that raises its error.
        for (op, bound, negative) in [(Op::JGEK, 0, true), (Op::JLTK, n, false)] {
            let ok = self.cjump(op, i, bound as u16);
            let aux = (name.clone(), len, negative);
            let args = [(smallvec::smallvec![i], PYINT)];
            self.call_native(
                "index",
                Native::with(vm::ffi::natives::c_index_error, aux),
                &args,
                &Type::None,
            )?;
            self.patch_here(&[ok])?;
        }
        Ok(())
    }

    fn itemsize(&self, dt: DType) -> i64 {
        match dt {
            DType::Record(id) => self.prog.ctypes.size(id).unwrap_or(0) as i64,
            d => d.scalar_size().unwrap_or(8) as i64,
        }
    }

    /// Address of an element (bounds-checked), from integer indices.
    fn elem_addr(&mut self, arr: Reg, idx: &[IndexVal]) -> LResult<Reg> {
        let n = idx.len();
        let first = if n == 1 {
            match idx[0] {
                IndexVal::Int(r) => r,
                _ => return Err(self.err(self.span, "bad index")),
            }
        } else {
            let regs: Regs = (0..n)
                .map(|_| self.new_reg(false))
                .collect::<LResult<_>>()?;
            for (d, iv) in regs.iter().zip(idx) {
                let IndexVal::Int(r) = iv else {
                    return Err(self.err(self.span, "bad index"));
                };
                self.mov(*d, *r);
            }
            regs[0]
        };
        let out = self.temp(false)?;
        self.emit(Ins::idx(Op::AIDX, out, arr, first, n as u8));
        Ok(out)
    }

    /// Loads a value of dtype `dt` at `addr + offset` (registers hold it as
    /// the matching Python or numpy scalar).
    pub(super) fn load_mem(&mut self, addr: Reg, offset: u32, dt: DType) -> LResult<Regs> {
        self.load_at(addr, offset, &Type::of_dtype(dt))
    }

    pub(super) fn store_mem(&mut self, addr: Reg, offset: u32, dt: DType, v: Reg) -> LResult<()> {
        self.store_at(addr, offset, &Type::of_dtype(dt), v)
    }

    /// Loads a value of type `t` at `addr + offset`.
    pub(super) fn load_at(&mut self, addr: Reg, offset: u32, t: &Type) -> LResult<Regs> {
        if t.is_complex() {
            // Two doubles: the real part, then the imaginary one.
            let re = self.load_at(addr, offset, &Type::F64)?[0];
            let im = self.load_at(addr, offset + 8, &Type::F64)?[0];
            return Ok(smallvec::smallvec![re, im]);
        }
        let (addr, offset) = self.small_offset(addr, offset)?;
        let dt = t
            .dtype()
            .ok_or_else(|| self.err(self.span, "cannot load this type from memory"))?;
        let op = bc::typed(Op::XLD_B, dt)
            .ok_or_else(|| self.err(self.span, "cannot load this type from memory"))?;
        let out = self.temp(false)?;
        self.abc(op, out, addr, offset);
        Ok(smallvec::smallvec![out])
    }

    /// Stores a record (copied whole) or a tuple of its fields' values
    /// (`typeck::ffi::check_record_store`) at `addr`.
    fn store_record(&mut self, addr: Reg, rt: &Type, v: &[Reg], vt: &Type) -> LResult<()> {
        let Type::Record(id) = rt else {
            return Err(self.err(self.span, "not a record"));
        };
        if vt == rt {
            return self.store_c(addr, 0, rt, DType::U64, v[0]);
        }
        let fields = crate::front::typeck::ffi::record_leaves(self.prog, *id)
            .ok_or_else(|| self.err(self.span, "cannot store this record"))?;
        let mut values = Vec::new();
        crate::front::typeck::ffi::tuple_leaves(vt, &mut values);
        let mut k = 0;
        for (t, (off, ft)) in values.iter().zip(&fields) {
            let regs = v
                .get(k..k + t.slots())
                .ok_or_else(|| self.err(self.span, "cannot store this record"))?;
            k += t.slots();
            let c = self.convert(regs, t, ft, false)?;
            self.store_at(addr, *off, ft, c[0])?;
        }
        Ok(())
    }

    fn store_at(&mut self, addr: Reg, offset: u32, t: &Type, v: Reg) -> LResult<()> {
        let (addr, offset) = self.small_offset(addr, offset)?;
        let dt = t
            .dtype()
            .ok_or_else(|| self.err(self.span, "cannot store this type to memory"))?;
        let op = bc::typed(Op::XST_B, dt)
            .ok_or_else(|| self.err(self.span, "cannot store this type to memory"))?;
        self.abc(op, v, addr, offset);
        Ok(())
    }

    /// Offsets beyond the 16-bit immediate are added to the address first.
    fn small_offset(&mut self, addr: Reg, offset: u32) -> LResult<(Reg, u16)> {
        if let Ok(small) = u16::try_from(offset) {
            return Ok((addr, small));
        }
        let k = self.temp(false)?;
        self.load_int(k, offset as i64)?;
        let a = self.temp(false)?;
        self.abc(Op::ADD, a, addr, k);
        Ok((a, 0))
    }

    /// `a[i]` of a record array, used only for one of its fields: the
    /// element's address, typed as a pointer to the record, instead of a
    /// record object (which would be built and released for one access).
    pub(super) fn record_elem_place(&mut self, value: &Expr) -> LResult<Option<(Regs, Type)>> {
        let ExprKind::Subscript { value: arr, index } = &value.kind else {
            return Ok(None);
        };
        let at = self.ty(arr);
        let (Some(Res::Elem), Type::Array(a)) = (self.typed.res.get(&value.id), &at) else {
            return Ok(None);
        };
        let DType::Record(id) = a.dtype else {
            return Ok(None);
        };
        let v = self.expr(arr)?;
        let idx = self.index_values(index)?;
        if idx.len() != a.ndim as usize || !idx.iter().all(|i| matches!(i, IndexVal::Int(_))) {
            return Ok(None);
        }
        let addr = self.elem_addr(v[0], &idx)?;
        Ok(Some((smallvec::smallvec![addr], Type::Ptr(id))))
    }

    /// A struct value's place for a field access: the element's address
    /// when it is an element of a record array, else the value itself.
    pub(super) fn field_base(&mut self, field: &Expr, value: &Expr) -> LResult<(Regs, Type)> {
        let scalar = matches!(
            self.typed.res.get(&field.id),
            Some(Res::Field { ty, .. }) if !matches!(ty, Type::Record(_) | Type::Array(_) | Type::CData(_))
        );
        if scalar {
            if let Some(place) = self.record_elem_place(value)? {
                return Ok(place);
            }
        }
        let vt = self.ty(value);
        let v = self.expr(value)?;
        Ok((v, vt))
    }

    /// The address a struct value's fields are at.
    fn struct_addr(&mut self, v: &[Reg], t: &Type) -> LResult<Reg> {
        match t {
            Type::Record(_) | Type::CData(_) => {
                let out = self.temp(false)?;
                self.ad(Op::DATA, out, v[0] as u32);
                Ok(out)
            }
            Type::Ptr(_) => Ok(v[0]),
            _ => Err(self.err(self.span, "not a struct")),
        }
    }

    pub(super) fn load_field(&mut self, e: &Expr, v: &[Reg], vt: &Type) -> LResult<Regs> {
        let Some(Res::Field { offset, ty, mem }) = self.typed.res.get(&e.id).cloned() else {
            return Err(self.err(e.span, "bad field"));
        };
        let addr = self.struct_addr(v, vt)?;
        match &ty {
            Type::Record(_) | Type::Array(_) | Type::CData(_) => {
                // A nested struct or an array field: a view.
                let aux = offset;
                self.call_native(
                    "field view",
                    Native::with(npy::field_view, aux),
                    &[(v.iter().copied().collect(), vt.clone())],
                    &ty,
                )
            }
            Type::Ptr(_) => {
                let out = self.temp(false)?;
                let (a, o) = self.small_offset(addr, offset)?;
                self.abc(Op::XLD_U64, out, a, o);
                Ok(smallvec::smallvec![out])
            }
            _ => {
                if let Some(v) = self.load_special(addr, offset, mem, &ty)? {
                    return Ok(v);
                }
                let x = self.load_mem(addr, offset, mem)?;
                self.convert(&x, &Type::of_dtype(mem), &ty, false)
            }
        }
    }

    pub(super) fn store_field(
        &mut self,
        target: &Expr,
        obj: &Expr,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        if let Some(Res::Member(f, ft)) = self.typed.res.get(&target.id).cloned() {
            let ot = self.ty(obj);
            let o = self.expr(obj)?;
            return self.member_set(&o, &ot, &f, &ft, v, vt);
        }
        if let Some(Res::CGlobal { addr, ty, mem }) = self.typed.res.get(&target.id).cloned() {
            let c = self.convert(v, vt, &ty, false)?;
            let a = self.temp(false)?;
            self.load_int(a, addr as i64)?;
            return self.store_c(a, 0, &ty, mem, c[0]);
        }
        if let Some(Res::FieldArray { offset, dtype }) = self.typed.res.get(&target.id).cloned() {
            // A record array's column, filled or copied into.
            let (ot, tt) = (self.ty(obj), self.ty(target));
            let o = self.expr(obj)?;
            if self.store_text_column(&o, &ot, offset, dtype, v, vt)? {
                return Ok(());
            }
            let col = self.field_array(o, ot, offset, dtype, &tt)?;
            return self.assign_into_view(&col, &tt, v, vt);
        }
        let (o, ot) = self.field_base(target, obj)?;
        self.store_field_with(target, &o, &ot, v, vt)
    }

    pub(super) fn store_field_with(
        &mut self,
        target: &Expr,
        o: &[Reg],
        ot: &Type,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let Some(Res::Field { offset, ty, mem }) = self.typed.res.get(&target.id).cloned() else {
            return Err(self.err(target.span, "bad field"));
        };
        let c = self.convert(v, vt, &ty, false)?;
        let addr = self.struct_addr(o, ot)?;
        if self.store_special(addr, offset, mem, &ty, &c)? {
            return Ok(());
        }
        self.store_c(addr, offset, &ty, mem, c[0])
    }

    /// Stores `v`, of C slot type `ty` (see `CSlot`), at `addr + offset`:
    /// a struct or array is copied whole, a char byte narrowed from bytes.
    fn store_c(&mut self, addr: Reg, offset: u32, ty: &Type, mem: DType, v: Reg) -> LResult<()> {
        match ty {
            Type::CData(id) | Type::Record(id) => {
                let size = self.prog.ctypes.size(*id).unwrap_or(0) as usize;
                let dst = if offset == 0 {
                    addr
                } else {
                    let k = self.temp(false)?;
                    self.load_int(k, offset as i64)?;
                    let a = self.temp(false)?;
                    self.abc(Op::ADD, a, addr, k);
                    a
                };
                let args = [
                    (smallvec::smallvec![dst], Type::Int(IntTy::U64)),
                    (smallvec::smallvec![v], ty.clone()),
                ];
                self.call_native(
                    "copy",
                    Native::with(vm::ffi::natives::cdata_copy_into, size),
                    &args,
                    &Type::None,
                )?;
                Ok(())
            }
            Type::Ptr(_) => {
                let (a, off) = self.small_offset(addr, offset)?;
                self.abc(Op::XST_U64, v, a, off);
                Ok(())
            }
            Type::Bytes => {
                let b = self.convert(&[v], ty, &Type::Int(IntTy::I8), false)?;
                self.store_mem(addr, offset, DType::I8, b[0])
            }
            _ => self.store_mem(addr, offset, mem, v),
        }
    }

    // ----------------------------------------------------------- subscripts

    pub(super) fn index_values(&mut self, index: &Expr) -> LResult<Vec<IndexVal>> {
        let mut out = Vec::new();
        for p in super::super::typeck::index::index_parts(index) {
            match &p.kind {
                ExprKind::Slice { lower, upper, step } => {
                    let mut bound = |b: &Option<Box<Expr>>| -> LResult<Option<Reg>> {
                        match b {
                            Some(x) if !matches!(x.kind, ExprKind::None) => {
                                let t = self.ty(x);
                                let r = self.expr(x)?;
                                Ok(Some(self.convert(&r, &t, &PYINT, false)?[0]))
                            }
                            _ => Ok(None),
                        }
                    };
                    let (lower, upper, step) = (bound(lower)?, bound(upper)?, bound(step)?);
                    out.push(IndexVal::Slice { lower, upper, step });
                }
                _ => {
                    let t = self.ty(p);
                    let r = self.expr(p)?;
                    // A tuple of ints: one index per item.
                    if let Type::Tuple(items) = &t {
                        for (k, it) in items.iter().enumerate() {
                            let x = self.convert(&r[k..=k], it, &PYINT, false)?;
                            out.push(IndexVal::Int(x[0]));
                        }
                        continue;
                    }
                    out.push(IndexVal::Int(self.convert(&r, &t, &PYINT, false)?[0]));
                }
            }
        }
        Ok(out)
    }

    /// Element `i` (a register) of the homogeneous tuple `v`.
    pub(super) fn tuple_get(&mut self, v: &[Reg], vt: &Type, i: Reg, elem: &Type) -> LResult<Regs> {
        let Type::Tuple(items) = vt else {
            return Err(self.err(self.span, "internal error: indexing a non-tuple"));
        };
        let aux = vm::lib_tuple::TupleAux {
            len: items.len(),
            elem_refs: elem.ref_flags(),
        };
        self.call_native(
            "tuple item",
            Native::with(vm::lib_tuple::tuple_get, aux),
            &[
                (v.iter().copied().collect(), vt.clone()),
                (smallvec::smallvec![i], PYINT),
            ],
            elem,
        )
    }

    pub(super) fn load_subscript(
        &mut self,
        e: &Expr,
        v: &[Reg],
        vt: &Type,
        index: &Expr,
        idx: &[IndexVal],
        t: &Type,
    ) -> LResult<Regs> {
        let vt = &vt.unnamed();
        match (self.typed.res.get(&e.id).cloned(), vt) {
            (Some(Res::Elem), Type::Array(a)) => {
                if let DType::Record(_) = a.dtype {
                    let mut args = vec![(v.iter().copied().collect::<Regs>(), vt.clone())];
                    let addr = self.elem_addr(v[0], idx)?;
                    args.push((smallvec::smallvec![addr], Type::Int(IntTy::U64)));
                    return self.call_native("record", Native::plain(npy::record_at), &args, t);
                }
                if let DType::Text { .. } = a.dtype {
                    let addr = self.elem_addr(v[0], idx)?;
                    if let Some(r) = self.load_special(addr, 0, a.dtype, t)? {
                        return Ok(r);
                    }
                }
                if idx.len() == 1 && a.dtype != DType::C128 {
                    let IndexVal::Int(i) = idx[0] else {
                        return Err(self.err(e.span, "bad index"));
                    };
                    let op = bc::typed(Op::ALD_B, a.dtype)
                        .ok_or_else(|| self.err(e.span, "unsupported dtype"))?;
                    let out = self.temp(false)?;
                    self.abc(op, out, v[0], i);
                    return Ok(smallvec::smallvec![out]);
                }
                let addr = self.elem_addr(v[0], idx)?;
                self.load_at(addr, 0, &Type::of_dtype(a.dtype))
            }
            (Some(Res::SliceView), Type::Array(_)) => {
                let aux = super::super::typeck::index::slice_plan(index);
                let mut args = vec![(v.iter().copied().collect::<Regs>(), vt.clone())];
                push_index_args(&mut args, idx);
                self.call_native("slice", Native::with(npy::slice, aux), &args, t)
            }
            (Some(Res::TupleSlice(picked)), Type::Tuple(items)) => {
                let mut out = Regs::new();
                for i in picked {
                    let off: usize = items[..i].iter().map(Type::slots).sum();
                    out.extend(v[off..off + items[i].slots()].iter().copied());
                }
                Ok(out)
            }
            (Some(Res::TupleItem(i)), Type::Tuple(items)) => {
                let off: usize = items[..i].iter().map(Type::slots).sum();
                Ok(v[off..off + items[i].slots()].iter().copied().collect())
            }
            (Some(Res::TupleIndex), Type::Tuple(_)) => {
                let IndexVal::Int(i) = idx[0] else {
                    return Err(self.err(e.span, "bad index"));
                };
                self.tuple_get(v, vt, i, t)
            }
            (Some(Res::ListItem), Type::List(_) | Type::TypedList(_)) => {
                let IndexVal::Int(i) = idx[0] else {
                    return Err(self.err(e.span, "bad index"));
                };
                self.call_native(
                    "list item",
                    Native::plain(base::list_get),
                    &[
                        (v.iter().copied().collect(), vt.clone()),
                        (smallvec::smallvec![i], PYINT),
                    ],
                    t,
                )
            }
            (Some(Res::Field { .. }), _) => self.load_field(e, v, vt),
            (Some(Res::Call(_)), Type::ByteBuf(k)) => self.load_buffer_item(e, v, vt, *k, idx, t),
            (Some(Res::PtrElem(len)), Type::Ptr(_) | Type::CData(_)) => {
                let IndexVal::Int(i) = idx[0] else {
                    return Err(self.err(e.span, "bad index"));
                };
                self.c_bounds(v, i, len, vt, index)?;
                self.c_elem_load(v, vt, i, t)
            }
            _ => Err(self.err(e.span, "unsupported subscript")),
        }
    }

    /// Element `i` of C data or a pointer `v` (of type `vt`), read as `t`:
    /// a number, a pointer, or a view of a struct or array element.
    pub(super) fn c_elem_load(&mut self, v: &[Reg], vt: &Type, i: Reg, t: &Type) -> LResult<Regs> {
        let (Type::Ptr(p) | Type::CData(p)) = vt else {
            return Err(self.err(self.span, "not C data"));
        };
        let (p, _) = self.prog.c_elem(*p);
        let addr = self.convert(v, vt, &Type::Ptr(p), false)?[0];
        if let Type::CData(_) = t {
            // A struct or array element: a view of its memory.
            let size = self.prog.ctypes.size(p).unwrap_or(0) as i64;
            let off = self.scale(i, size)?;
            let a = self.temp(false)?;
            self.abc(Op::ADD, a, addr, off);
            return self.call_native(
                "record",
                Native::plain(npy::record_at),
                &[
                    (v.iter().copied().collect(), vt.clone()),
                    (smallvec::smallvec![a], Type::Int(IntTy::U64)),
                ],
                t,
            );
        }
        let ct = self.prog.ctype_value_type(p).unwrap_or(Type::Unknown);
        let dt = if ct.is_pointer() {
            DType::U64
        } else {
            ct.dtype()
                .or_else(|| t.dtype())
                .ok_or_else(|| self.err(self.span, "cannot read this C type"))?
        };
        let op = bc::typed(Op::PLD_B, dt)
            .ok_or_else(|| self.err(self.span, "cannot read this C type"))?;
        let out = self.temp(false)?;
        self.abc(op, out, addr, i);
        let from = if ct.is_pointer() {
            ct
        } else {
            Type::of_dtype(dt)
        };
        self.convert(&[out], &from, t, false)
    }

    pub(super) fn store_subscript(
        &mut self,
        target: &Expr,
        obj: &Expr,
        index: &Expr,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let ot = self.ty(obj);
        if let Type::Dict(_) = ot {
            return self.dict_store(target, obj, index, v, vt);
        }
        if let (Type::ByteBuf(_), Some(Res::Call(c))) = (&ot, self.typed.res.get(&target.id)) {
            let c = c.clone();
            return self.store_buffer(&c, obj, index, v, vt);
        }
        // `a.flat[k] = v` and `a.flat[:] = v`: the native takes the array,
        // the index and the value.
        let arr = flat_array(self, obj);
        if let (false, Some(Res::Call(c))) = (
            std::ptr::eq(arr, obj),
            self.typed.res.get(&target.id).cloned(),
        ) {
            let mut args = vec![(self.expr(arr)?, self.ty(arr))];
            if !matches!(index.kind, ExprKind::Slice { .. }) {
                let it = self.ty(index);
                let i = self.expr(index)?;
                args.push((
                    self.convert(&i, &it, &c.arg_types[1], false)?,
                    c.arg_types[1].clone(),
                ));
            }
            let want = c.arg_types.last().cloned().unwrap_or(Type::None);
            args.push((self.convert(v, vt, &want, false)?, want));
            self.native_call_with(&c, args, &Type::None)?;
            return Ok(());
        }
        if let (Type::List(_) | Type::TypedList(_), ExprKind::Slice { .. }) = (&ot, &index.kind) {
            return self.list_store_slice(obj, index, v);
        }
        let o = self.expr(obj)?;
        if let Some(Res::FieldArray { offset, dtype }) = self.typed.res.get(&target.id).cloned() {
            if self.store_text_column(&o, &ot, offset, dtype, v, vt)? {
                return Ok(());
            }
            // `a['x'] = v`: assigns through the field's view.
            let tt = self.ty(target);
            let view = self.field_array(o, ot, offset, dtype, &tt)?;
            return self.assign_into_view(&view, &tt, v, vt);
        }
        if let (Some(Res::Call(_)), Type::Array(_)) = (self.typed.res.get(&target.id), &ot) {
            let it = self.ty(index);
            let i = self.expr(index)?;
            return self.store_fancy(&o, &ot, i, it, v, vt);
        }
        let idx = match ot {
            Type::Record(_) => Vec::new(),
            _ => self.index_values(index)?,
        };
        self.store_subscript_with(target, &o, &ot, index, &idx, v, vt)
    }

    /// `a[mask] = v`, `a[idx] = v`: the native `put`.
    pub(super) fn store_fancy(
        &mut self,
        o: &[Reg],
        ot: &Type,
        i: Regs,
        it: Type,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let slot = npy::slot_type(vt);
        let v = self.convert(v, vt, &slot, false)?;
        let args = [
            (o.iter().copied().collect(), ot.clone()),
            (i, it),
            (v, slot),
        ];
        let native = match &args[1].1 {
            Type::Tuple(items) => match npy::MultiIndex::of(items) {
                Some(m) => Native::with(npy::put_multi, (m, npy::Operand::of(vt))),
                None => Native::with(npy::put, npy::Operand::of(vt)),
            },
            _ => Native::with(npy::put, npy::Operand::of(vt)),
        };
        self.call_native("index store", native, &args, &Type::None)?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn store_subscript_with(
        &mut self,
        target: &Expr,
        o: &[Reg],
        ot: &Type,
        index: &Expr,
        idx: &[IndexVal],
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let tt = self.ty(target);
        match (self.typed.res.get(&target.id).cloned(), ot) {
            (Some(Res::Elem), Type::Array(a)) if matches!(a.dtype, DType::Record(_)) => {
                let addr = self.elem_addr(o[0], idx)?;
                let et = Type::of_dtype(a.dtype);
                self.store_record(addr, &et, v, vt)
            }
            (Some(Res::Elem), Type::Array(a)) if matches!(a.dtype, DType::Text { .. }) => {
                let addr = self.elem_addr(o[0], idx)?;
                self.store_special(addr, 0, a.dtype, vt, v)?;
                Ok(())
            }
            (Some(Res::Elem), Type::Array(a)) if a.dtype == DType::C128 => {
                let c = self.convert(v, vt, &Type::C128, false)?;
                let addr = self.elem_addr(o[0], idx)?;
                self.store_at(addr, 0, &Type::F64, c[0])?;
                self.store_at(addr, 8, &Type::F64, c[1])
            }
            (Some(Res::Elem), Type::Array(a)) => {
                let et = Type::of_dtype(a.dtype);
                let c = self.convert(v, vt, &et, false)?;
                if idx.len() == 1 {
                    let IndexVal::Int(i) = idx[0] else {
                        return Err(self.err(target.span, "bad index"));
                    };
                    let op = bc::typed(Op::AST_B, a.dtype)
                        .ok_or_else(|| self.err(target.span, "unsupported dtype"))?;
                    self.abc(op, c[0], o[0], i);
                    return Ok(());
                }
                let addr = self.elem_addr(o[0], idx)?;
                self.store_at(addr, 0, &et, c[0])
            }
            (Some(Res::SliceView), Type::Array(_)) => {
                let aux = super::super::typeck::index::slice_plan(index);
                let mut args = vec![(o.iter().copied().collect::<Regs>(), ot.clone())];
                push_index_args(&mut args, idx);
                let view = self.call_native("slice", Native::with(npy::slice, aux), &args, &tt)?;
                self.assign_into_view(&view, &tt, v, vt)
            }
            (Some(Res::ListItem), Type::List(el) | Type::TypedList(el)) => {
                let el = (**el).clone();
                let IndexVal::Int(i) = idx[0] else {
                    return Err(self.err(target.span, "bad index"));
                };
                let c = self.convert(v, vt, &el, false)?;
                self.call_native(
                    "list store",
                    Native::plain(base::list_set),
                    &[
                        (o.iter().copied().collect(), ot.clone()),
                        (smallvec::smallvec![i], PYINT),
                        (c, el),
                    ],
                    &Type::None,
                )?;
                Ok(())
            }
            (Some(Res::Field { .. }), _) => self.store_field_with(target, o, ot, v, vt),
            (Some(Res::Call(c)), Type::ByteBuf(_)) => self.store_buffer_with(&c, o, ot, idx, v, vt),
            // A sub-array field: its view is filled or copied into.
            (Some(Res::Call(c)), Type::Record(_)) => {
                let view = self.native_call_with(
                    &c,
                    vec![(o.iter().copied().collect(), ot.clone())],
                    &tt,
                )?;
                self.assign_into_view(&view, &tt, v, vt)
            }
            (Some(Res::PtrElem(len)), Type::Ptr(p) | Type::CData(p)) => {
                let (p, _) = self.prog.c_elem(*p);
                let IndexVal::Int(i) = idx[0] else {
                    return Err(self.err(target.span, "bad index"));
                };
                self.c_bounds(o, i, len, ot, index)?;
                let c = self.convert(v, vt, &tt, false)?;
                let addr = self.convert(o, ot, &Type::Ptr(p), false)?[0];
                let dt = match &tt {
                    Type::CData(_) => {
                        let size = self.prog.ctypes.size(p).unwrap_or(0) as i64;
                        let off = self.scale(i, size)?;
                        let a = self.temp(false)?;
                        self.abc(Op::ADD, a, addr, off);
                        return self.store_c(a, 0, &tt, DType::U64, c[0]);
                    }
                    Type::Bytes => DType::I8,
                    t if t.is_pointer() => DType::U64,
                    _ => self
                        .prog
                        .ctype_value_type(p)
                        .and_then(|t| t.dtype())
                        .or_else(|| tt.dtype())
                        .ok_or_else(|| self.err(target.span, "cannot store this C type"))?,
                };
                let c = match &tt {
                    Type::Bytes => self.convert(&c, &tt, &Type::Int(IntTy::I8), false)?,
                    _ => c,
                };
                let op = bc::typed(Op::PST_B, dt)
                    .ok_or_else(|| self.err(target.span, "cannot store this C type"))?;
                self.abc(op, c[0], addr, i);
                Ok(())
            }
            _ => Err(self.err(target.span, "unsupported assignment target")),
        }
    }

    /// `view[...] = x`: fills with a scalar or copies an array.
    fn assign_into_view(&mut self, view: &[Reg], vt: &Type, v: &[Reg], t: &Type) -> LResult<()> {
        let Type::Array(a) = vt else {
            return Err(self.err(self.span, "bad slice assignment"));
        };
        if self.store_text_column(view, vt, 0, a.dtype, v, t)? {
            return Ok(());
        }
        let cx = crate::front::typeck::npcomplex::is_complex;
        if cx(vt) || cx(t) {
            let dst = (view.iter().copied().collect(), vt.clone());
            if let Type::Array(_) = t {
                let args = [dst, (v.iter().copied().collect(), t.clone())];
                self.call_native(
                    "assign slice",
                    Native::plain(cxn::copy_into),
                    &args,
                    &Type::None,
                )?;
            } else {
                let st = cxn::Operand::slot_type(t);
                let src = self.convert(v, t, &st, false)?;
                let args = [dst, (src, st)];
                self.call_native("assign slice", Native::plain(cxn::fill), &args, &Type::None)?;
            }
            return Ok(());
        }
        let (src, st) = if t.is_number() {
            let st = if t.is_float() {
                Type::F64
            } else {
                Type::Int(IntTy::I64)
            };
            (self.convert(v, t, &st, false)?, st)
        } else {
            (v.iter().copied().collect(), t.clone())
        };
        self.call_native(
            "assign slice",
            Native::plain(npy::assign_slice),
            &[(view.iter().copied().collect(), vt.clone()), (src, st)],
            &Type::None,
        )?;
        Ok(())
    }

    // ---------------------------------------------------------------- calls

    fn call(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        kws: &[Keyword],
        t: &Type,
    ) -> LResult<Regs> {
        let Some(Res::Call(c)) = self.typed.res.get(&e.id).cloned() else {
            return match self.typed.res.get(&e.id) {
                Some(Res::Const) | None if t.slots() == 0 => Ok(Regs::new()),
                Some(Res::Const) => self.load_const(
                    &self.typed.consts.get(&e.id).cloned().unwrap_or(Const::None),
                    t,
                ),
                _ => Err(self.err(e.span, "unsupported call")),
            };
        };
        if let CallKind::Intrinsic(Intrinsic::ListOf) = c.kind {
            return self.list_of(&args[0], t);
        }
        if let CallKind::Intrinsic(Intrinsic::AnyAll(any)) = c.kind {
            return self.any_all_gen(&args[0], any);
        }
        if let CallKind::Intrinsic(Intrinsic::Keyed {
            op,
            spec,
            key,
            captures,
        }) = &c.kind
        {
            // `lst.sort(key=...)` orders its receiver.
            let list = match (&func.kind, c.recv) {
                (ExprKind::Attribute { value, .. }, Some(_)) => &**value,
                _ => &args[0],
            };
            return self.keyed(list, *op, *spec, key, captures, t);
        }
        // Arguments: the receiver first for methods.
        let mut vals: Vec<(Regs, Type)> = Vec::new();
        if let Some(recv) = c.recv {
            // The callee itself for calls through a function pointer.
            let value = match &func.kind {
                _ if recv == func.id => func,
                ExprKind::Attribute { value, .. } => &**value,
                _ => return Err(self.err(e.span, "bad method call")),
            };
            let rt = self.ty(value);
            let r = self.expr(value)?;
            vals.push((r, rt));
        }
        // A closure callee holds the captures its call passes.
        let env = match self.ty(func) {
            Type::Closure(_, env) => Some((self.expr(func)?, env)),
            _ => None,
        };
        for (k, a) in c.args.iter().enumerate() {
            let (r, t) = match a {
                Arg::Pos(i) => {
                    let t = self.ty(&args[*i]);
                    (self.expr(&args[*i])?, t)
                }
                Arg::Kw(i) => {
                    let t = self.ty(&kws[*i].value);
                    (self.expr(&kws[*i].value)?, t)
                }
                Arg::Const(k, t) => (self.load_const(k, t)?, t.clone()),
                Arg::Capture(i) => match &env {
                    Some((regs, env)) => {
                        let at: usize = env[..*i].iter().map(Type::slots).sum();
                        let t = env[*i].clone();
                        (regs[at..at + t.slots()].iter().copied().collect(), t)
                    }
                    None => match c.arg_types.get(k) {
                        Some(t) if t.slots() == 0 => (Regs::new(), t.clone()),
                        _ => {
                            return Err(
                                self.err(e.span, "a capture passed by a callee that is no closure")
                            )
                        }
                    },
                },
            };
            vals.push((r, t));
        }
        // Convert to the parameter types.
        let mut conv = Vec::new();
        for (i, (r, at)) in vals.into_iter().enumerate() {
            match c.arg_types.get(i) {
                Some(pt) => {
                    let r = self.convert(&r, &at, pt, false)?;
                    conv.push((r, pt.clone()));
                }
                None => conv.push((r, at)),
            }
        }
        self.span = e.span;
        if let Some((name, old, new)) = self.typed.refines.get(&e.id).cloned() {
            // The list variable moves to its refined type's registers; the
            // call then sees the list as that type.
            let r = self.read_var(&name, &old)?;
            self.write_var(&name, &new, &r)?;
        }
        match &c.kind {
            CallKind::CInit(ci) => {
                let spec = ci.spec;
                let obj = self.call_native(
                    "new",
                    Native::with(vm::ffi::natives::cdata_new, spec),
                    &[],
                    t,
                )?;
                let addr = self.temp(false)?;
                self.ad(Op::DATA, addr, obj[0] as u32);
                let regs: Vec<Reg> = conv.iter().flat_map(|(r, _)| r.iter().copied()).collect();
                for (slot, r) in ci.slots.iter().zip(regs) {
                    self.store_c(addr, slot.offset, &slot.ty, slot.mem, r)?;
                }
                Ok(obj)
            }
            CallKind::Spec(s) => {
                let spec = &self.prog.specs[*s as usize];
                let nparams = spec.args.iter().map(Type::slots).sum();
                let callee_jitted = self.prog.funcs[spec.func as usize].opts.jit;
                let pid = self.index_d(spec.proto, "functions")?;
                let def = &self.prog.funcs[spec.func as usize].def;
                if crate::front::typeck::generator::is_generator(&def.body) {
                    return self.gen_new(pid, &conv, t);
                }
                let dst = self.block_for(t)?;
                let a = dst.first().copied().unwrap_or(0);
                self.ad(Op::CALL, a, pid);
                let regs: Vec<Reg> = conv.iter().flat_map(|(r, _)| r.iter().copied()).collect();
                self.arg_words(&regs, nparams)?;
                if callee_jitted && !self.jitted {
                    return self.boxed_record(dst, t);
                }
                Ok(dst)
            }
            CallKind::Native { .. } => {
                let Some((raw_t, to)) = self.typed.post_convert.get(&e.id).cloned() else {
                    return self.native_call_with(&c, conv, t);
                };
                let raw = self.native_call_with(&c, conv, &raw_t)?;
                self.convert(&raw, &raw_t, &to, false)
            }
            CallKind::Intrinsic(i) => self.intrinsic(i, &conv, t),
            CallKind::Static => Ok(Regs::new()),
            CallKind::New(init) => self.construct(*init, &conv, t),
        }
    }

    pub(super) fn native_call_with(
        &mut self,
        c: &Call,
        args: Vec<(Regs, Type)>,
        t: &Type,
    ) -> LResult<Regs> {
        let CallKind::Native { name, native } = &c.kind else {
            return Err(self.err(self.span, "not a native call"));
        };
        self.call_native(name, native.clone(), &args, t)
    }

    fn intrinsic(&mut self, i: &Intrinsic, args: &[(Regs, Type)], t: &Type) -> LResult<Regs> {
        let one = |args: &[(Regs, Type)]| args.first().map(|(r, _)| r[0]).unwrap_or(0);
        match i {
            Intrinsic::Math(f) => {
                let x = one(args);
                let out = self.temp(false)?;
                self.abc(Op::FMATH, out, x, *f as u16);
                // The tests (`isnan`...) give a bool, the rest a float.
                if t.is_bool() {
                    return Ok(smallvec::smallvec![out]);
                }
                let r = self.convert(&[out], &Type::F64, t, true)?;
                Ok(r)
            }
            Intrinsic::Math2(f) => {
                let out = self.temp(false)?;
                self.mov(out, args[0].0[0]);
                self.abc(Op::FMATH2, out, args[1].0[0], *f as u16);
                self.convert(&[out], &Type::F64, t, false)
            }
            Intrinsic::Abs => {
                let x = one(args);
                let out = self.temp(false)?;
                let op = if t.is_float() { Op::FABS } else { Op::ABS };
                self.ad(op, out, x as u32);
                if let Some(Domain::Int { bits, signed }) = domain(t) {
                    self.narrow(out, out, bits, signed);
                }
                Ok(smallvec::smallvec![out])
            }
            Intrinsic::Min | Intrinsic::Max => {
                let float = t.is_float();
                let unsigned = is_unsigned64(t);
                let op = match (i, float, unsigned) {
                    (Intrinsic::Min, true, _) => Op::FMIN,
                    (Intrinsic::Max, true, _) => Op::FMAX,
                    (Intrinsic::Min, false, true) => Op::UMIN,
                    (Intrinsic::Max, false, true) => Op::UMAX,
                    (Intrinsic::Min, false, false) => Op::MIN,
                    _ => Op::MAX,
                };
                // One tuple argument: its elements are the candidates.
                let regs: Vec<Reg> = args.iter().flat_map(|(r, _)| r.iter().copied()).collect();
                let out = self.temp(false)?;
                self.mov(out, regs[0]);
                for &r in &regs[1..] {
                    self.abc(op, out, out, r);
                }
                Ok(smallvec::smallvec![out])
            }
            Intrinsic::Len => {
                let out = self.temp(false)?;
                self.abc(Op::ALEN, out, one(args), 0);
                Ok(smallvec::smallvec![out])
            }
            Intrinsic::TupleFind(count) => {
                let [(t, Type::Tuple(items)), (x, xt)] = args else {
                    return Err(self.err(self.span, "internal error: bad tuple method"));
                };
                let out = self.temp(false)?;
                self.load_int(out, if *count { 0 } else { -1 })?;
                // `index` scans from the last element so the first match
                // is written last.
                let mut offs = Vec::new();
                let mut off = 0;
                for it in items.iter() {
                    offs.push(off);
                    off += it.slots();
                }
                let order: Vec<usize> = if *count {
                    (0..items.len()).collect()
                } else {
                    (0..items.len()).rev().collect()
                };
                for k in order {
                    let it = &items[k];
                    let slots = &t[offs[k]..offs[k] + it.slots()];
                    let eq = self.compare_one(CmpOp::Eq, x, xt, slots, it)?;
                    if *count {
                        // A bool register holds 0 or 1.
                        self.abc(Op::ADD, out, out, eq);
                    } else {
                        let skip = self.jump(Op::JF, eq);
                        self.load_int(out, k as i64)?;
                        self.patch_here(&[skip])?;
                    }
                }
                if !*count {
                    self.call_native(
                        "index",
                        Native::plain(vm::lib_tuple::index_found),
                        &[(smallvec::smallvec![out], PYINT)],
                        &Type::None,
                    )?;
                }
                Ok(smallvec::smallvec![out])
            }
            Intrinsic::Cast => {
                let (r, at) = &args[0];
                if *t == Type::Bool
                    && matches!(at, Type::Tuple(_) | Type::Named(_) | Type::MixedList(_))
                {
                    return Ok(smallvec::smallvec![self.truth_of(r, at)?]);
                }
                let checked = matches!(t, Type::Int(IntTy { py: true, .. }));
                self.convert(r, at, t, checked)
            }
            Intrinsic::Range => {
                let regs: Regs = (0..3).map(|_| self.temp(false)).collect::<LResult<_>>()?;
                match args.len() {
                    1 => {
                        self.load_int(regs[0], 0)?;
                        self.mov(regs[1], args[0].0[0]);
                        self.load_int(regs[2], 1)?;
                    }
                    2 => {
                        self.mov(regs[0], args[0].0[0]);
                        self.mov(regs[1], args[1].0[0]);
                        self.load_int(regs[2], 1)?;
                    }
                    _ => {
                        self.mov(regs[0], args[0].0[0]);
                        self.mov(regs[1], args[1].0[0]);
                        self.mov(regs[2], args[2].0[0]);
                    }
                }
                Ok(regs)
            }
            Intrinsic::DataPtr => {
                let out = self.temp(false)?;
                self.ad(Op::DATA, out, one(args) as u32);
                Ok(smallvec::smallvec![out])
            }
            Intrinsic::Reinterpret => {
                let (r, at) = &args[0];
                if let Type::CData(_) = at {
                    let out = self.temp(false)?;
                    self.ad(Op::DATA, out, r[0] as u32);
                    return Ok(smallvec::smallvec![out]);
                }
                Ok(r.clone())
            }
            Intrinsic::Tuple => Ok(args.iter().flat_map(|(r, _)| r.iter().copied()).collect()),
            Intrinsic::Part(k) => Ok(smallvec::smallvec![args[0].0[*k as usize]]),
            Intrinsic::Conj => {
                let z = &args[0].0;
                let im = self.temp(false)?;
                self.ad(Op::FNEG, im, z[1] as u32);
                Ok(smallvec::smallvec![z[0], im])
            }
            Intrinsic::BinOp(op) => {
                self.binop(*op, &args[0].0, &args[0].1, &args[1].0, &args[1].1, t, None)
            }
            Intrinsic::Sum => {
                // The tuple's elements added to the start, in order.
                let mut acc = args[1].0.clone();
                for &r in args[0].0.iter() {
                    acc = self.binop(BinOp::Add, &acc, t, &[r], t, t, None)?;
                }
                Ok(acc)
            }
            Intrinsic::ListOf | Intrinsic::AnyAll(_) | Intrinsic::Keyed { .. } => {
                Err(self.err(self.span, "an iteration is lowered at its call"))
            }
            Intrinsic::DivMod => {
                let Type::Tuple(items) = t else {
                    return Err(self.err(self.span, "bad divmod"));
                };
                let qt = items[0].clone();
                let q = self.binop(
                    BinOp::FloorDiv,
                    &args[0].0,
                    &args[0].1,
                    &args[1].0,
                    &args[1].1,
                    &qt,
                    None,
                )?;
                let r = self.binop(
                    BinOp::Mod,
                    &args[0].0,
                    &args[0].1,
                    &args[1].0,
                    &args[1].1,
                    &qt,
                    None,
                )?;
                Ok(q.into_iter().chain(r).collect())
            }
        }
    }
}

fn push_index_args(args: &mut Vec<(Regs, Type)>, idx: &[IndexVal]) {
    for iv in idx {
        match iv {
            IndexVal::Int(r) => args.push((smallvec::smallvec![*r], PYINT)),
            IndexVal::Slice { lower, upper, step } => {
                for r in [lower, upper, step].into_iter().flatten() {
                    args.push((smallvec::smallvec![*r], PYINT));
                }
            }
        }
    }
}

/// `a op b` as `b op' a`.
fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        op => op,
    }
}

/// `not (a op b)` on integers.
fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
        CmpOp::Eq => CmpOp::Ne,
        _ => CmpOp::Eq,
    }
}

/// The comparison code natives take: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=.
fn cmp_code(op: CmpOp) -> u8 {
    match op {
        CmpOp::Eq | CmpOp::Is => 0,
        CmpOp::Ne | CmpOp::IsNot => 1,
        CmpOp::Lt => 2,
        CmpOp::Le => 3,
        CmpOp::Gt => 4,
        _ => 5,
    }
}

/// Where a comprehension's elements go: appended to a list, or tested by
/// `any`/`all` (the jumps taken when an element decides).
enum CompSink {
    Append { el: Type, lst: Reg, lt: Type },
    Decide { any: bool, exits: Vec<usize> },
}

/// The value of an integer literal, negative ones included.
fn int_literal(e: &Expr) -> Option<i128> {
    match &e.kind {
        ExprKind::Int(v) => Some(*v),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match operand.kind {
            ExprKind::Int(v) => Some(-v),
            _ => None,
        },
        _ => None,
    }
}

/// The array of `a.flat`, which `a.flat[k]` indexes (typing made the
/// subscript a native taking the array); `value` itself otherwise.
fn flat_array<'e>(l: &Lower, value: &'e Expr) -> &'e Expr {
    match &value.kind {
        ExprKind::Attribute { value: a, attr, .. }
            if attr == "flat" && matches!(l.ty(a), Type::Array(_)) =>
        {
            a
        }
        _ => value,
    }
}
