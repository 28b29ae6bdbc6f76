//! `try` statements. The body is covered by an entry of the proto's
//! handler table whose target tests the exception against each `except`
//! clause in turn (re-raising it if none matches); a `finally` is covered
//! by a second entry, whose target holds the exception in a register of
//! its own that the normal path leaves empty, and re-raises it after the
//! `finally` body when there is one.

use super::typed::{stmt_key, JOIN_IF};
use super::{LResult, Lower, Regs};
use crate::front::ast::*;
use smallvec::smallvec;
use std::rc::Rc;
use vm::bytecode::{Handler, Op, Reg};
use vm::lib_exc;
use vm::native::Native;
use vm::types::{ConstKind, Type};

impl Lower<'_> {
    pub(super) fn try_stmt(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> LResult<()> {
        let join = self.typed.joins.get(&(stmt_key(s), JOIN_IF)).cloned();
        let entry = self.env.clone();
        let fin = if finalbody.is_empty() {
            None
        } else {
            Some(self.new_reg(true)?)
        };
        let region = self.here();
        let mut ends = Vec::new();
        if handlers.is_empty() {
            self.block(body)?;
            self.block(orelse)?;
            if self.env.is_some() {
                self.coerce_opt(&join)?;
                ends.push(self.jump(Op::JMP, 0));
            }
        } else {
            let exc = self.new_reg(true)?;
            let start = self.here();
            self.block(body)?;
            let end = self.here();
            self.block(orelse)?;
            if self.env.is_some() {
                self.coerce_opt(&join)?;
                ends.push(self.jump(Op::JMP, 0));
            }
            let target = self.here();
            self.handler(start, end, target, exc)?;
            for h in handlers {
                self.env = entry.clone();
                self.span = h.span;
                let next = match &h.typ {
                    Some(t) => {
                        let m = self.call_native(
                            "except",
                            Native::with(lib_exc::matches, self.classes(t)),
                            &[(smallvec![exc], Type::Exc)],
                            &Type::Bool,
                        )?;
                        Some(self.jump(Op::JF, m[0]))
                    }
                    None => None,
                };
                if let Some(name) = &h.name {
                    self.write_var(&Rc::from(name.as_str()), &Type::Exc, &[exc])?;
                    self.set_bound(name, true)?;
                }
                self.caught.push(exc);
                let r = self.block(&h.body);
                self.caught.pop();
                r?;
                if let (Some(name), Some(env)) = (&h.name, &mut self.env) {
                    env.remove(name.as_str());
                }
                if self.env.is_some() {
                    self.coerce_opt(&join)?;
                    ends.push(self.jump(Op::JMP, 0));
                }
                if let Some(n) = next {
                    self.patch_here(&[n])?;
                }
            }
            self.env = entry.clone();
            self.reraise(exc)?;
        }
        let normal = !ends.is_empty();
        self.patch_here(&ends)?;
        self.env = None;
        if normal {
            self.set_env(join.as_ref());
        }
        let Some(fin) = fin else {
            return Ok(());
        };
        self.span = s.span;
        let end = self.here();
        if normal {
            let none =
                self.call_native("except", Native::plain(lib_exc::clear), &[], &Type::Exc)?;
            self.mov(fin, none[0]);
        } else {
            self.env = entry;
        }
        let target = self.here();
        self.handler(region, end, target, fin)?;
        self.block(finalbody)?;
        if self.env.is_none() {
            return Ok(());
        }
        self.span = s.span;
        if normal {
            let pending = self.call_native(
                "finally",
                Native::plain(lib_exc::pending),
                &[(smallvec![fin], Type::Exc)],
                &Type::Bool,
            )?;
            let skip = self.jump(Op::JF, pending[0]);
            let env = self.env.clone();
            self.reraise(fin)?;
            self.patch_here(&[skip])?;
            self.env = env;
        } else {
            self.reraise(fin)?;
        }
        Ok(())
    }

    fn handler(&mut self, start: usize, end: usize, target: usize, reg: Reg) -> LResult<()> {
        let pc = |l: &Self, pc: usize| l.index_d(pc, "instructions in one function");
        let h = Handler {
            start: pc(self, start)?,
            end: pc(self, end)?,
            target: pc(self, target)?,
            reg,
        };
        self.p.handlers.push(h);
        Ok(())
    }

    /// The classes an `except` clause names.
    fn classes(&self, t: &Expr) -> Rc<[Rc<str>]> {
        let items = match &t.kind {
            ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![t],
        };
        items
            .into_iter()
            .map(|c| match self.ty(c) {
                Type::TypeObj(t) if matches!(&*t, Type::Obj(_)) => match &*t {
                    Type::Obj(k) => k.name.clone(),
                    _ => Rc::from("BaseException"),
                },
                Type::Const(ConstKind::Builtin, id) => {
                    let q = self.prog.builtin_name(id);
                    Rc::from(crate::front::typeck::class::builtin_exc_name(q))
                }
                _ => Rc::from("BaseException"),
            })
            .collect()
    }

    /// Raises the exception in `exc` again; the code after is unreachable.
    pub(super) fn reraise(&mut self, exc: Reg) -> LResult<()> {
        let regs: Regs = smallvec![exc];
        self.call_native(
            "raise",
            Native::plain(lib_exc::reraise),
            &[(regs, Type::Exc)],
            &Type::None,
        )?;
        self.env = None;
        Ok(())
    }
}
