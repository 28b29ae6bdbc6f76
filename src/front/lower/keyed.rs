//! `sorted`/`min`/`max` by keys: a loop calls the key function on each
//! element into a list of keys, then `lib_keyed` orders by them.

use super::*;
use vm::lib_keyed::{keyed, KeyedAux, KeyedOp};

impl Lower<'_> {
    pub(super) fn keyed(
        &mut self,
        list_e: &Expr,
        op: KeyedOp,
        spec: Option<SpecId>,
        key: &Type,
        captures: &[(Rc<str>, Type)],
        t: &Type,
    ) -> LResult<Regs> {
        // A set's elements or a dict's keys are ordered as a list of them.
        let from = self.ty(list_e);
        let lt = crate::front::typeck::dict::as_lists(std::slice::from_ref(&from)).remove(0);
        let Type::List(el) = &lt else {
            return Err(self.err(list_e.span, "internal error: keyed over a non-list"));
        };
        let v = self.expr(list_e)?;
        let v = self.convert(&v, &from, &lt, false)?;
        let lst = self.new_reg(true)?;
        self.mov(lst, v[0]);
        let klt = Type::List(Rc::new(key.clone()));
        let keys = match spec {
            None => lst,
            Some(s) => {
                // The captured variables' values at the call.
                let mut extra = Regs::new();
                for (name, ct) in captures {
                    let r = self.read_var(name, ct)?;
                    for &x in &r {
                        let keep = self.new_reg(self.class[x as usize])?;
                        self.mov(keep, x);
                        extra.push(keep);
                    }
                }
                self.keys_of(lst, &lt, el, s, &klt, &extra)?
            }
        };
        let aux = KeyedAux {
            op,
            key: key.clone(),
        };
        self.call_native(
            "keyed",
            Native::with(keyed, aux),
            &[
                (smallvec::smallvec![lst], lt.clone()),
                (smallvec::smallvec![keys], klt),
            ],
            t,
        )
    }

    /// The list of `spec(x)` for each element `x` of the list in `lst`.
    fn keys_of(
        &mut self,
        lst: Reg,
        lt: &Type,
        el: &Type,
        s: SpecId,
        klt: &Type,
        extra: &[Reg],
    ) -> LResult<Reg> {
        let keys = self.new_reg(true)?;
        let empty = self.call_native("list", Native::plain(base::list_new), &[], klt)?;
        self.mov(keys, empty[0]);
        let len = self.call_native(
            "len",
            Native::plain(base::list_len),
            &[(smallvec::smallvec![lst], lt.clone())],
            &PYINT,
        )?;
        let base = self.new_reg(false)?;
        for _ in 0..3 {
            self.new_reg(false)?;
        }
        self.load_int(base, 0)?;
        self.mov(base + 1, len[0]);
        self.load_int(base + 2, 1)?;
        let prep = self.jump(Op::FORPREP, base);
        let body = self.here();
        let x = self.seq_item(&[lst], lt, base + 3, el)?;
        let spec = &self.prog.specs[s as usize];
        let (proto, ret) = (spec.proto, spec.ret.clone());
        let arg_t = spec.args[0].clone();
        let nparams: usize = spec.args.iter().map(Type::slots).sum();
        let mut x = self.convert(&x, el, &arg_t, false)?;
        x.extend(extra.iter().copied());
        let pid = self.index_d(proto, "functions")?;
        let dst = self.block_for(&ret)?;
        self.ad(Op::CALL, dst.first().copied().unwrap_or(0), pid);
        self.arg_words(&x, nparams)?;
        self.call_native(
            "append",
            Native::plain(base::list_append),
            &[(smallvec::smallvec![keys], klt.clone()), (dst, ret)],
            &Type::None,
        )?;
        let back = self.jump(Op::FORLOOP, base);
        self.patch(back, body)?;
        self.patch_here(&[prep])?;
        Ok(keys)
    }
}
