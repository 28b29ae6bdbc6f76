//! Numbers that may be None (`Type::Opt`): a flag slot (0 for None) then
//! the number's slots. Conversions into and between optionals, `is None`,
//! the narrowing an `if x is None` does, and returning None from a
//! function whose result is optional.

use super::{LResult, Lower, Regs};
use crate::front::ast::{CmpOp, Expr, Stmt};
use crate::front::typed;
use std::rc::Rc;
use vm::bytecode::{Op, Reg};
use vm::types::Type;

impl Lower<'_> {
    /// Converts to or between optionals; None otherwise.
    pub(super) fn convert_opt(
        &mut self,
        v: &[Reg],
        from: &Type,
        to: &Type,
    ) -> LResult<Option<Regs>> {
        let Type::Opt(inner) = to else {
            return Ok(None);
        };
        let mut out = Regs::new();
        match from {
            Type::None => {
                for _ in 0..to.slots() {
                    let r = self.temp(false)?;
                    self.load_int(r, 0)?;
                    out.push(r);
                }
            }
            Type::Opt(f) => {
                out.push(v[0]);
                out.extend(self.convert(&v[1..], f, inner, false)?);
            }
            f => {
                let flag = self.temp(false)?;
                self.load_int(flag, 1)?;
                out.push(flag);
                out.extend(self.convert(v, f, inner, false)?);
            }
        }
        Ok(Some(out))
    }

    /// `x is None` / `x is not None` of an optional: its flag.
    pub(super) fn opt_is_none(&mut self, op: CmpOp, flag: Reg) -> LResult<Reg> {
        let out = self.temp(false)?;
        if op == CmpOp::Is {
            self.ad(Op::NOT, out, flag as u32);
        } else {
            self.mov(out, flag);
        }
        Ok(out)
    }

    /// Entering a branch of `if x is None`: `x` is None there, or the
    /// number its optional holds.
    pub(super) fn narrow_opt(&mut self, s: &Stmt, then: bool) -> LResult<()> {
        self.narrow_key(typed::stmt_key(s), then).map(|_| ())
    }

    /// The same in a branch of a conditional expression; returns what
    /// `unnarrow_op` restores after it.
    pub(super) fn narrow_ifexp(
        &mut self,
        e: &Expr,
        then: bool,
    ) -> LResult<Option<(Rc<str>, Type)>> {
        self.narrow_key(crate::front::typeck::optional::expr_key(e), then)
    }

    fn narrow_key(&mut self, key: usize, then: bool) -> LResult<Option<(Rc<str>, Type)>> {
        let Some((name, t, is_none)) = self.typed.narrows.get(&(key, then)).cloned() else {
            return Ok(None);
        };
        let opt = Type::Opt(Rc::new(t.clone()));
        if !is_none {
            let v = self.read_var(&name, &opt)?;
            self.write_var(&name, &t, &v[1..])?;
        }
        if let Some(env) = &mut self.env {
            env.insert(name.clone(), if is_none { Type::None } else { t });
        }
        Ok(Some((name, opt)))
    }

    /// After the first operand of `x is None or ...` (`x is not None and
    /// ...`): `x` as its number. Returns what `unnarrow_op` restores.
    pub(super) fn narrow_op(&mut self, e: &Expr) -> LResult<Option<(Rc<str>, Type)>> {
        let Some((name, t)) = self.typed.narrow_ops.get(&e.id).cloned() else {
            return Ok(None);
        };
        let opt = Type::Opt(Rc::new(t.clone()));
        let v = self.read_var(&name, &opt)?;
        self.write_var(&name, &t, &v[1..])?;
        Ok(Some((name, opt)))
    }

    /// After the operands `narrow_op` narrowed `x` for: `x` is optional again.
    pub(super) fn unnarrow_op(&mut self, saved: Option<(Rc<str>, Type)>) {
        if let (Some((name, t)), Some(env)) = (saved, &mut self.env) {
            env.insert(name, t);
        }
    }

    /// Whether an `if` statement narrows a variable in either branch.
    pub(super) fn narrows(&self, s: &Stmt) -> bool {
        [true, false]
            .iter()
            .any(|&b| self.typed.narrows.contains_key(&(typed::stmt_key(s), b)))
    }

    /// Returns None: an optional result's None, or no value.
    pub(super) fn ret_none(&mut self) -> LResult<()> {
        let ret = self.ret.clone();
        if self.gen || !matches!(ret, Type::Opt(_)) {
            self.emit_ret_none();
            return Ok(());
        }
        let v = self
            .convert_opt(&[], &Type::None, &ret)?
            .unwrap_or_default();
        let c = self.consecutive(&v, &ret)?;
        self.ad(Op::RET, c[0], 0);
        Ok(())
    }
}
