//! Instances of script classes: construction, attribute reads and stores,
//! all natives of `vm::lib_class`.

use super::*;
use std::rc::Rc;
use vm::lib_class::{self as cls, FieldAux};

impl Lower<'_> {
    /// `Class(args)`: a new instance, then `__init__(instance, args)`.
    pub(super) fn construct(
        &mut self,
        init: Option<SpecId>,
        args: &[(Regs, Type)],
        t: &Type,
    ) -> LResult<Regs> {
        let obj = self.call_native("new", Native::plain(cls::new_inst), &[], t)?;
        if let Some(s) = init {
            let spec = &self.prog.specs[s as usize];
            let nparams = spec.args.iter().map(Type::slots).sum();
            let ret = spec.ret.clone();
            let pid = self.index_d(spec.proto, "functions")?;
            let dst = self.block_for(&ret)?;
            let a = dst.first().copied().unwrap_or(0);
            self.ad(Op::CALL, a, pid);
            let mut regs: Vec<Reg> = obj.iter().copied().collect();
            regs.extend(args.iter().flat_map(|(r, _)| r.iter().copied()));
            self.arg_words(&regs, nparams)?;
        }
        Ok(obj)
    }

    /// Reads an instance attribute.
    pub(super) fn member_get(
        &mut self,
        o: &[Reg],
        ot: &Type,
        f: &Rc<FieldAux>,
        t: &Type,
    ) -> LResult<Regs> {
        self.call_native(
            "getattr",
            Native::with(cls::get_attr, f.clone()),
            &[(o.iter().copied().collect(), ot.clone())],
            t,
        )
    }

    /// Stores `v` (of type `vt`) into an instance attribute of type `t`.
    pub(super) fn member_set(
        &mut self,
        o: &[Reg],
        ot: &Type,
        f: &Rc<FieldAux>,
        t: &Type,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let c = self.convert(v, vt, t, false)?;
        self.call_native(
            "setattr",
            Native::with(cls::set_attr, f.clone()),
            &[(o.iter().copied().collect(), ot.clone()), (c, t.clone())],
            &Type::None,
        )?;
        Ok(())
    }
}

impl Lower<'_> {
    /// `raise E` / `raise E(args)`: the class with its bases, `str` of the
    /// exception (its one argument's, or the args tuple's) and the args
    /// tuple's repr.
    pub(super) fn raise(&mut self, e: &Expr) -> LResult<()> {
        let (func, args) = match &e.kind {
            ExprKind::Call { func, args, .. } => (&**func, &args[..]),
            _ => (e, &[][..]),
        };
        let chain: Vec<Rc<str>> = match self.ty(func) {
            Type::TypeObj(t) => match &*t {
                Type::Obj(c) => crate::front::typeck::class::exc_chain(self.prog, c),
                _ => return Err(self.err(func.span, "not an exception class")),
            },
            Type::Const(vm::types::ConstKind::Builtin, id) => {
                let q = self.prog.builtin_name(id);
                vec![Rc::from(crate::front::typeck::class::builtin_exc_name(q))]
            }
            _ => return Err(self.err(func.span, "not an exception class")),
        };
        let mut regs = Regs::new();
        let mut types = Vec::new();
        for a in args {
            let mut at = self.ty(a);
            let mut r = self.expr(a)?;
            if self.jitted {
                // Numba boxes the arguments as Python values.
                let bt = crate::front::typeck::numpy::boxed(&at);
                r = self.convert(&r, &at, &bt, false)?;
                at = bt;
            }
            regs.extend(r);
            types.push(at);
        }
        let tuple = Type::tuple(types.clone());
        let repr = self.str_of(&regs, &tuple)?;
        let msg = match &types[..] {
            [] => self.load_const(&Const::Str(Rc::from("")), &Type::Str)?,
            [t] => self.str_of(&regs, t)?,
            _ => repr.clone(),
        };
        self.call_native(
            "raise",
            Native::with(vm::lib_exc::raise, Rc::<[Rc<str>]>::from(chain)),
            &[(msg, Type::Str), (repr, Type::Str)],
            &Type::None,
        )?;
        Ok(())
    }
}
