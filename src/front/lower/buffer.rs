//! Stores into bytes-like buffers (`typeck/buffers.rs`): `x[i] = v` and
//! `x[a:b] = v` call the native typing chose with the buffer, the index
//! or the slice's present bounds, and the value.

use super::expr::IndexVal;
use super::*;
use crate::front::typed::Call;
use vm::types::BufKind;

impl Lower<'_> {
    /// `x[i]` read by an augmented assignment (whose target's call is the
    /// store).
    pub(super) fn load_buffer_item(
        &mut self,
        e: &Expr,
        v: &[Reg],
        vt: &Type,
        kind: BufKind,
        idx: &[IndexVal],
        t: &Type,
    ) -> LResult<Regs> {
        let [IndexVal::Int(i)] = idx else {
            let msg = "augmented assignment to a buffer slice is not supported by rumba";
            return Err(self.err(e.span, msg));
        };
        let args = [
            (v.iter().copied().collect(), vt.clone()),
            (smallvec::smallvec![*i], PYINT),
        ];
        let native = Native::with(vm::lib_buffer::get_item, kind);
        self.call_native("buffer item", native, &args, t)
    }

    pub(super) fn store_buffer(
        &mut self,
        c: &Call,
        obj: &Expr,
        index: &Expr,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let ot = self.ty(obj);
        let o = self.expr(obj)?;
        let idx = self.index_values(index)?;
        self.store_buffer_with(c, &o, &ot, &idx, v, vt)
    }

    /// The store of `x[i] = v` with `x` and its index evaluated.
    pub(super) fn store_buffer_with(
        &mut self,
        c: &Call,
        o: &[Reg],
        ot: &Type,
        idx: &[IndexVal],
        v: &[Reg],
        vt: &Type,
    ) -> LResult<()> {
        let mut args = vec![(o.iter().copied().collect(), ot.clone())];
        for iv in idx.iter().cloned() {
            match iv {
                IndexVal::Int(r) => args.push((smallvec::smallvec![r], PYINT)),
                IndexVal::Slice { lower, upper, step } => {
                    for r in [lower, upper, step].into_iter().flatten() {
                        args.push((smallvec::smallvec![r], PYINT));
                    }
                }
            }
        }
        let want = c.arg_types.last().cloned().unwrap_or(Type::None);
        args.push((self.convert(v, vt, &want, false)?, want));
        self.native_call_with(c, args, &Type::None)?;
        Ok(())
    }
}
