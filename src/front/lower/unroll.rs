//! Unrolled loops over heterogeneous tuples (typing made a copy of the
//! body per element, `typeck/unroll.rs`): the tuple is evaluated once, then
//! each copy runs with its element, `continue` jumping to the next copy and
//! `break` past the last.

use super::*;

impl Lower<'_> {
    pub(super) fn unrolled_for(
        &mut self,
        s: &Stmt,
        iter: &Expr,
        u: &typed::Unrolled,
        orelse: &[Stmt],
    ) -> LResult<()> {
        let key = typed::stmt_key(s);
        let exit = self.typed.joins.get(&(key, JOIN_LOOP_EXIT)).cloned();
        let else_env = self.typed.joins.get(&(key, JOIN_LOOP_ELSE)).cloned();
        let it = self.ty(iter);
        let (Type::Tuple(items) | Type::MixedList(items)) = &it else {
            return Err(self.err(iter.span, "internal error: unrolling a non-tuple"));
        };
        let v = self.expr(iter)?;
        // The tuple outlives the statement's temporaries.
        let keep: Regs = it
            .ref_flags()
            .into_iter()
            .map(|r| self.new_reg(r))
            .collect::<LResult<_>>()?;
        self.mov_all(&keep, &v);
        self.release_temps();
        let mut breaks = Vec::new();
        let mut off = 0;
        for ((c, t), next) in u.copies.iter().zip(items.iter()).zip(&u.next) {
            let n = t.slots();
            let elem: Regs = keep[off..off + n].iter().copied().collect();
            off += n;
            if self.env.is_none() {
                continue;
            }
            self.assign(&c.target, &elem, t)?;
            self.release_temps();
            let labels = self.loop_body(&c.body, next, &exit)?;
            breaks.extend(labels.breaks);
            self.set_env(next.as_ref());
        }
        self.loop_exit(orelse, else_env, exit, &breaks)
    }
}
