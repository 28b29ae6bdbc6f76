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
