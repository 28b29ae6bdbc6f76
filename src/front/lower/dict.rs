//! Lowering of dicts and sets: displays, subscripts, membership, set
//! operators, iteration and `del`. Everything is a native of
//! `vm::lib_dict`; keys are converted to the dict's key type first.

use super::*;
use vm::lib_dict::{self as ld, View};
use vm::types::{DictKind, Factory};

fn key_type(t: &Type) -> Type {
    match t {
        Type::Dict(d) => d.key.clone(),
        Type::Set(el) => (**el).clone(),
        _ => Type::Unknown,
    }
}

impl Lower<'_> {
    /// `{k: v, ...}` and `{a, b, ...}`.
    pub(super) fn display(&mut self, e: &Expr, t: &Type) -> LResult<Regs> {
        let Some(Res::Call(call)) = self.typed.res.get(&e.id).cloned() else {
            return Err(self.err(e.span, "bad display"));
        };
        let mut args = Vec::new();
        let mut arg = |lw: &mut Self, x: &Expr, to: &Type| -> LResult<()> {
            let xt = lw.ty(x);
            let r = lw.expr(x)?;
            let r = lw.convert(&r, &xt, to, false)?;
            args.push((r, to.clone()));
            Ok(())
        };
        match (&e.kind, t) {
            (ExprKind::Dict(pairs), Type::Dict(d)) => {
                for (k, v) in pairs {
                    arg(self, k, &d.key)?;
                    arg(self, v, &d.val)?;
                }
                self.native_call_with(&call, args, t)
            }
            (ExprKind::Set(items), Type::Set(el)) => {
                for i in items {
                    arg(self, i, el)?;
                }
                self.native_call_with(&call, args, t)
            }
            _ => Err(self.err(e.span, "bad display")),
        }
    }

    /// A key expression converted to the dict's key type.
    fn key(&mut self, index: &Expr, key: &Type) -> LResult<Regs> {
        let it = self.ty(index);
        let r = self.expr(index)?;
        self.convert(&r, &it, key, false)
    }

    /// `d[k]` of the dict in `v`; `e` is the subscript and `obj` the dict's
    /// expression, where a defaultdict's or Counter's types may be refined.
    pub(super) fn dict_getitem(
        &mut self,
        e: &Expr,
        obj: &Expr,
        v: &[Reg],
        vt: &Type,
        index: &Expr,
        t: &Type,
    ) -> LResult<Regs> {
        let vt = self.refined(obj, vt.clone())?;
        let vt = self.refined(e, vt)?;
        let k = self.key(index, &key_type(&vt))?;
        self.getitem_with(v, &vt, k, t)
    }

    /// `d[k]`: a Counter reads 0 for a missing key; a defaultdict inserts
    /// its factory's value first (a function's is called only then).
    fn getitem_with(&mut self, v: &[Reg], vt: &Type, k: Regs, t: &Type) -> LResult<Regs> {
        let Type::Dict(d) = vt else {
            return Err(self.err(self.span, "bad dict"));
        };
        if d.key == Type::Unknown && matches!(d.kind, DictKind::Default(_)) {
            return Err(self.err(
                self.span,
                "cannot infer this defaultdict's key type: store a key or add to an item first",
            ));
        }
        let f = match &d.kind {
            DictKind::Counter => ld::counter_getitem,
            DictKind::Default(Factory::Type(_)) => ld::defaultdict_getitem,
            DictKind::Default(Factory::Func(f, _)) => {
                let found = self.contains(&k, &d.key, v, vt)?;
                let skip = self.jump(Op::JT, found[0]);
                let Some(&s) = self.prog.funcs[*f as usize].specs.get(&Vec::new()) else {
                    return Err(self.err(self.span, "the defaultdict's factory is not compiled"));
                };
                let spec = &self.prog.specs[s as usize];
                let (proto, ret) = (spec.proto, spec.ret.clone());
                let pid = self.index_d(proto, "functions")?;
                let dst = self.block_for(&ret)?;
                self.ad(Op::CALL, dst.first().copied().unwrap_or(0), pid);
                self.arg_words(&[], 0)?;
                self.setitem_with(v, vt, k.clone(), &dst, &ret)?;
                self.patch_here(&[skip])?;
                ld::dict_getitem
            }
            DictKind::Plain | DictKind::Ordered => ld::dict_getitem,
        };
        self.call_native(
            "dict item",
            Native::plain(f),
            &[(v.iter().copied().collect(), vt.clone()), (k, key_type(vt))],
            t,
        )
    }

    fn setitem_with(&mut self, o: &[Reg], dt: &Type, k: Regs, v: &[Reg], vt: &Type) -> LResult<()> {
        let Type::Dict(d) = dt else {
            return Err(self.err(self.span, "bad dict store"));
        };
        let c = self.convert(v, vt, &d.val, false)?;
        self.call_native(
            "dict store",
            Native::plain(ld::dict_setitem),
            &[
                (o.iter().copied().collect(), dt.clone()),
                (k, d.key.clone()),
                (c, d.val.clone()),
            ],
            &Type::None,
        )?;
        Ok(())
    }

    /// The dict type a store sees: an empty dict's refined type, if the
    /// store gave it one. Moves the variable to that type's registers.
    fn refined(&mut self, at: &Expr, t: Type) -> LResult<Type> {
        match self.typed.refines.get(&at.id).cloned() {
            Some((name, old, new)) => {
                let r = self.read_var(&name, &old)?;
                self.write_var(&name, &new, &r)?;
                Ok(new)
            }
            None => Ok(t),
        }
    }

    /// `d[k] = v`.
    pub(super) fn dict_store(
        &mut self,
        target: &Expr,
        obj: &Expr,
        index: &Expr,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let ot = self.ty(obj);
        let o = self.expr(obj)?;
        let dt = self.refined(target, ot)?;
        let k = self.key(index, &key_type(&dt))?;
        self.setitem_with(&o, &dt, k, v, vt)
    }

    /// `d[k] op= v`: the dict and key are evaluated once.
    pub(super) fn dict_aug_assign(
        &mut self,
        target: &Expr,
        obj: &Expr,
        index: &Expr,
        op: BinOp,
        value: &Expr,
    ) -> LResult<()> {
        // A Counter's or defaultdict's key type refined by the read.
        let mut dt = self.ty(obj);
        if let Some((name, old, new)) = self.typed.refines.get(&obj.id).cloned() {
            let r = self.read_var(&name, &old)?;
            self.write_var(&name, &new, &r)?;
            dt = new;
        }
        let o = self.expr(obj)?;
        let Type::Dict(d) = &dt else {
            return Err(self.err(target.span, "bad dict"));
        };
        let k = self.key(index, &d.key)?;
        let cur = self.getitem_with(&o, &dt, k.clone(), &d.val)?;
        let vt = self.ty(value);
        let r = self.expr(value)?;
        let rt = self.binop_result_type(op, &d.val, &vt, value)?;
        let res = self.binop(op, &cur, &d.val, &r, &vt, &rt, Some(value))?;
        self.setitem_with(&o, &dt, k, &res, &rt)
    }

    /// `x in d`, `x in s`.
    pub(super) fn contains(&mut self, l: &[Reg], lt: &Type, r: &[Reg], rt: &Type) -> LResult<Regs> {
        let kt = key_type(rt);
        let k = self.convert(l, lt, &kt, false)?;
        let f = match rt {
            Type::Dict(_) => ld::dict_contains,
            _ => ld::set_contains,
        };
        self.call_native(
            "in",
            Native::plain(f),
            &[(k, kt), (r.iter().copied().collect(), rt.clone())],
            &Type::Bool,
        )
    }

    /// `a | b` and the other set operators.
    pub(super) fn set_binop(
        &mut self,
        op: BinOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
    ) -> LResult<Regs> {
        let Some(sop) = super::super::typeck::dict::set_op(op) else {
            return Err(self.err(self.span, "unsupported set operator"));
        };
        self.call_native(
            op.symbol(),
            Native::with(ld::set_binop, sop),
            &[
                (l.iter().copied().collect(), lt.clone()),
                (r.iter().copied().collect(), rt.clone()),
            ],
            lt,
        )
    }

    /// `a == b`, `a <= b`... of two sets.
    pub(super) fn set_compare(
        &mut self,
        op: CmpOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
    ) -> LResult<Reg> {
        let Some(c) = super::super::typeck::dict::set_cmp(op) else {
            return Err(self.err(self.span, "unsupported set comparison"));
        };
        let out = self.call_native(
            "set compare",
            Native::with(ld::set_compare, c),
            &[
                (l.iter().copied().collect(), lt.clone()),
                (r.iter().copied().collect(), rt.clone()),
            ],
            &Type::Bool,
        )?;
        Ok(out[0])
    }

    /// `s |= t` and its kin change the set in place, as Python's do.
    pub(super) fn set_aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> LResult<()> {
        let tt = self.ty(target);
        let vt = self.ty(value);
        let Some(sop) = super::super::typeck::dict::set_op(op) else {
            return Err(self.err(target.span, "unsupported set operator"));
        };
        if !matches!(target.kind, ExprKind::Name(_)) {
            return Err(self.err(
                target.span,
                "in-place set operators are supported on variables only",
            ));
        }
        let cur = self.expr(target)?;
        let r = self.expr(value)?;
        self.call_native(
            op.symbol(),
            Native::with(ld::set_update, sop),
            &[(cur.clone(), tt.clone()), (r, vt)],
            &Type::None,
        )?;
        self.assign(target, &cur, &tt)
    }

    /// A list of a dict's keys or a set's elements, in iteration order.
    pub(super) fn snapshot(&mut self, v: &[Reg], t: &Type) -> LResult<Regs> {
        let lt = Type::List(Rc::new(key_type(t)));
        let args = [(v.iter().copied().collect::<Regs>(), t.clone())];
        match t {
            Type::Dict(_) => {
                self.call_native("keys", Native::with(ld::dict_list, View::Keys), &args, &lt)
            }
            _ => self.call_native("elements", Native::plain(ld::set_list), &args, &lt),
        }
    }

    /// A `for` loop over a dict or set walks a snapshot of its keys,
    /// checking at each step that the dict or set kept its size. Keeps
    /// the snapshot, the container and its size; returns them and the
    /// length.
    pub(super) fn container_sequence(&mut self, e: &Expr, t: &Type) -> LResult<(Regs, Reg)> {
        let v = self.expr(e)?;
        let snap = self.snapshot(&v, t)?;
        let keep: Regs = smallvec::smallvec![
            self.new_reg(true)?,
            self.new_reg(true)?,
            self.new_reg(false)?
        ];
        self.mov(keep[0], snap[0]);
        self.mov(keep[1], v[0]);
        let lt = Type::List(Rc::new(key_type(t)));
        let n = self.call_native(
            "len",
            Native::plain(base::list_len),
            &[(smallvec::smallvec![keep[0]], lt)],
            &PYINT,
        )?;
        self.mov(keep[2], n[0]);
        let len = self.new_reg(false)?;
        self.mov(len, keep[2]);
        Ok((keep, len))
    }

    /// Step `idx` of such a loop.
    pub(super) fn container_item(
        &mut self,
        keep: &[Reg],
        t: &Type,
        idx: Reg,
        elem_t: &Type,
    ) -> LResult<Regs> {
        let lt = Type::List(Rc::new(key_type(t)));
        self.call_native(
            "next",
            Native::plain(ld::iter_item),
            &[
                (smallvec::smallvec![keep[0]], lt),
                (smallvec::smallvec![idx], PYINT),
                (smallvec::smallvec![keep[1]], t.clone()),
                (smallvec::smallvec![keep[2]], PYINT),
            ],
            elem_t,
        )
    }

    /// The loop's normal end: the last size check.
    pub(super) fn container_end(&mut self, keep: &[Reg], t: &Type) -> LResult<()> {
        self.call_native(
            "end",
            Native::plain(ld::iter_end),
            &[
                (smallvec::smallvec![keep[1]], t.clone()),
                (smallvec::smallvec![keep[2]], PYINT),
            ],
            &Type::None,
        )?;
        Ok(())
    }

    /// `l[a:b] = other`.
    pub(super) fn list_store_slice(&mut self, obj: &Expr, index: &Expr, v: &[Reg]) -> LResult<()> {
        let ot = self.ty(obj);
        let o = self.expr(obj)?;
        let mut args = vec![(o, ot.clone())];
        for iv in self.index_values(index)? {
            if let expr::IndexVal::Slice { lower, upper, step } = iv {
                for r in [lower, upper, step].into_iter().flatten() {
                    args.push((smallvec::smallvec![r], PYINT));
                }
            }
        }
        args.push((v.iter().copied().collect(), ot.clone()));
        let aux = super::super::typeck::index::slice_plan(index);
        self.call_native(
            "slice store",
            Native::with(base::list_setslice, aux),
            &args,
            &Type::None,
        )?;
        Ok(())
    }

    /// `del x[i]` of a dict or list.
    pub(super) fn del_item(&mut self, obj: &Expr, index: &Expr) -> LResult<()> {
        let ot = self.ty(obj);
        let o = self.expr(obj)?;
        match &ot {
            Type::Dict(d) => {
                let k = self.key(index, &d.key)?;
                self.call_native(
                    "del",
                    Native::plain(ld::dict_delitem),
                    &[(o, ot.clone()), (k, d.key.clone())],
                    &Type::None,
                )?;
            }
            Type::List(_) | Type::TypedList(_) => {
                let vals = self.index_values(index)?;
                let mut args = vec![(o, ot.clone())];
                let aux = super::super::typeck::index::slice_plan(index);
                let f = match &vals[..] {
                    [expr::IndexVal::Int(i)] => {
                        args.push((smallvec::smallvec![*i], PYINT));
                        Native::plain(base::list_delitem)
                    }
                    _ => {
                        for v in vals {
                            if let expr::IndexVal::Slice { lower, upper, step } = v {
                                for r in [lower, upper, step].into_iter().flatten() {
                                    args.push((smallvec::smallvec![r], PYINT));
                                }
                            }
                        }
                        Native::with(base::list_delslice, aux)
                    }
                };
                self.call_native("del", f, &args, &Type::None)?;
            }
            _ => return Err(self.err(obj.span, "bad del")),
        }
        Ok(())
    }
}
