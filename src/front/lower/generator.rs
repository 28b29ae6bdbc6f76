//! Generators (see `typeck/generator.rs`): a call of one makes the object
//! (`lib_gen::gen_new`), `yield` is YIELD, and a loop over one steps it
//! each iteration, leaving when it has finished.

use super::*;

impl Lower<'_> {
    /// `yield value`, converted to what the generator yields.
    pub(super) fn yield_value(&mut self, value: &Option<Expr>) -> LResult<()> {
        let ret = self.ret.clone();
        let (r, vt) = match value {
            Some(v) => (self.expr(v)?, self.ty(v)),
            None => (Regs::new(), Type::None),
        };
        let c = self.convert(&r, &vt, &ret, false)?;
        let c = self.consecutive(&c, &ret)?;
        self.ad(Op::YIELD, c.first().copied().unwrap_or(0), 0);
        Ok(())
    }

    /// A new generator of proto `pid` with its arguments.
    pub(super) fn gen_new(&mut self, pid: u32, args: &[(Regs, Type)], t: &Type) -> LResult<Regs> {
        let native = Native::with(vm::lib_gen::gen_new, pid as usize);
        self.call_native("generator", native, args, t)
    }

    /// The counter of a loop over generators: 0 up to the largest int (the
    /// generators end it).
    fn count_up(&mut self, base: Reg) -> LResult<()> {
        self.load_int(base, 0)?;
        self.load_int(base + 1, i64::MAX)?;
        self.load_int(base + 2, 1)
    }

    /// A loop over the generator `iter`.
    pub(super) fn gen_plan(&mut self, iter: &Expr, it: &Type, base: Reg) -> LResult<IterPlan> {
        let v = self.expr(iter)?;
        let keep = self.new_reg(true)?;
        self.mov(keep, v[0]);
        self.count_up(base)?;
        Ok(IterPlan::Gen(keep, it.clone()))
    }

    /// `zip(...)` of sequences and generators: each step takes one value
    /// of each, in order, and the first that has none ends the loop (so a
    /// generator after an exhausted sequence is not stepped, as in CPython).
    pub(super) fn zip_gen_plan(&mut self, args: &[Expr], base: Reg) -> LResult<IterPlan> {
        let mut parts = Vec::new();
        for a in args {
            let at = self.ty(a);
            if let Type::Gen(_) = at {
                let v = self.expr(a)?;
                let keep = self.new_reg(true)?;
                self.mov(keep, v[0]);
                parts.push(ZipPart::Gen(keep, at));
            } else {
                let (src, len) = self.sequence(a, &at)?;
                parts.push(ZipPart::Seq(src, at, len));
            }
        }
        self.count_up(base)?;
        Ok(IterPlan::ZipLazy(parts))
    }

    /// The next value of the generator in `g`, or a jump out of the loop.
    pub(super) fn gen_step(&mut self, g: Reg, t: &Type, elem_t: &Type) -> LResult<Regs> {
        let step_t = Type::tuple(vec![Type::Bool, elem_t.clone()]);
        let r = self.call_native(
            "next",
            Native::plain(vm::lib_gen::gen_step),
            &[(smallvec::smallvec![g], t.clone())],
            &step_t,
        )?;
        let j = self.jump(Op::JF, r[0]);
        self.iter_exits.push(j);
        Ok(r[1..].iter().copied().collect())
    }

    /// The element of step `idx` of a zip over generators.
    pub(super) fn zip_gen_elem(
        &mut self,
        parts: &[ZipPart],
        idx: Reg,
        elem_t: &Type,
    ) -> LResult<Regs> {
        let Type::Tuple(items) = elem_t else {
            return Err(self.err(self.span, "bad zip"));
        };
        let mut out = Regs::new();
        for (part, et) in parts.iter().zip(items.iter()) {
            match part {
                ZipPart::Seq(src, t, len) => {
                    let j = self.cjump(Op::JLE, *len, idx);
                    self.iter_exits.push(j);
                    out.extend(self.seq_item(src, t, idx, et)?);
                }
                ZipPart::Gen(g, t) => out.extend(self.gen_step(*g, t, et)?),
            }
        }
        Ok(out)
    }
}
