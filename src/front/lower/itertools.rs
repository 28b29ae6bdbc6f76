//! Lowering of `itertools` helpers as loop iterables: the arguments are
//! evaluated once, the inputs read as lists, and one native builds the
//! list of items the loop iterates (`vm::lib_itertools`); `count()` is an
//! endless range.

use super::*;
use vm::lib_itertools::{self as it, IterOp};

/// The element type of an input read as a list.
fn input_elem(t: &Type) -> Type {
    match t {
        Type::List(e) | Type::TypedList(e) => (**e).clone(),
        Type::Array(a) => Type::of_dtype(a.dtype),
        Type::Str => Type::Str,
        _ => PYINT,
    }
}

impl Lower<'_> {
    /// An input as a list: lists as they are, ranges, strings and arrays
    /// copied into one.
    fn input_list(&mut self, a: &Expr) -> LResult<(Regs, Type)> {
        let at = self.ty(a);
        let r = self.expr(a)?;
        if let Type::List(_) = at {
            return Ok((r, at));
        }
        let lt = Type::List(Rc::new(input_elem(&at)));
        let l = self.call_native("list", Native::plain(base::list_from), &[(r, at)], &lt)?;
        Ok((l, lt))
    }

    /// A constant integer argument typing checked.
    fn const_arg(&self, e: &Expr) -> LResult<usize> {
        match self.typed.consts.get(&e.id) {
            Some(Const::Int(v)) if *v >= 0 => Ok(*v as usize),
            _ => Err(self.err(e.span, "expected a constant count")),
        }
    }

    /// An int argument, or `NONE_BOUND` for a missing or None one.
    fn bound(&mut self, e: Option<&Expr>) -> LResult<Regs> {
        match e {
            Some(e) if self.ty(e) != Type::None => {
                let t = self.ty(e);
                let r = self.expr(e)?;
                self.convert(&r, &t, &PYINT, false)
            }
            _ => {
                let r = self.new_reg(false)?;
                self.load_int(r, it::NONE_BOUND)?;
                Ok(smallvec::smallvec![r])
            }
        }
    }

    pub(super) fn itertools_plan(
        &mut self,
        iter: &Expr,
        name: &str,
        base: Reg,
    ) -> LResult<IterPlan> {
        let ExprKind::Call { args, keywords, .. } = &iter.kind else {
            return Err(self.err(iter.span, "bad itertools iteration"));
        };
        let kw = |k: &str| keywords.iter().find(|x| x.name == k).map(|x| &x.value);
        let short = name.trim_start_matches("itertools.");
        if short == "count" {
            let start = self.count_arg(args.first().or(kw("start")), 0)?;
            let step = self.count_arg(args.get(1).or(kw("step")), 1)?;
            let r = self.call_native(
                "count",
                Native::plain(it::count_range),
                &[(start, PYINT), (step, PYINT)],
                &Type::Range,
            )?;
            self.mov_all(&[base, base + 1, base + 2], &r);
            return Ok(IterPlan::Range);
        }
        let Some(el) = self.typed.iter_elems.get(&iter.id).cloned() else {
            return Err(self.err(iter.span, "bad itertools iteration"));
        };
        let mut ins: Vec<(Regs, Type)> = Vec::new();
        let op = match short {
            "product" => {
                for a in args {
                    ins.push(self.input_list(a)?);
                }
                let repeat = match kw("repeat") {
                    Some(r) => self.const_arg(r)?,
                    None => 1,
                };
                IterOp::Product { repeat }
            }
            "permutations" | "combinations" | "combinations_with_replacement" => {
                ins.push(self.input_list(&args[0])?);
                let Some(r) = args.get(1).or(kw("r")) else {
                    return Err(self.err(iter.span, "bad itertools iteration"));
                };
                let r = self.const_arg(r)?;
                match short {
                    "permutations" => IterOp::Permutations(r),
                    "combinations" => IterOp::Combinations(r),
                    _ => IterOp::CombinationsWithReplacement(r),
                }
            }
            "chain" => {
                for a in args {
                    ins.push(self.input_list(a)?);
                }
                IterOp::Chain
            }
            "islice" => {
                ins.push(self.input_list(&args[0])?);
                let stop_only = args.len() == 2;
                let (start, stop, step) = if stop_only {
                    (None, args.get(1), None)
                } else {
                    (args.get(1), args.get(2), args.get(3))
                };
                for b in [start, stop, step] {
                    let r = self.bound(b)?;
                    ins.push((r, PYINT));
                }
                IterOp::Islice { stop_only }
            }
            "accumulate" => {
                ins.push(self.input_list(&args[0])?);
                IterOp::Accumulate
            }
            "pairwise" => {
                ins.push(self.input_list(&args[0])?);
                IterOp::Pairwise
            }
            "repeat" => {
                let vt = self.ty(&args[0]);
                let v = self.expr(&args[0])?;
                ins.push((v, vt));
                let Some(times) = args.get(1).or(kw("times")) else {
                    return Err(self.err(iter.span, "bad itertools iteration"));
                };
                let r = self.bound(Some(times))?;
                ins.push((r, PYINT));
                IterOp::Repeat
            }
            _ => {
                for a in args {
                    ins.push(self.input_list(a)?);
                }
                let Some(fill) = kw("fillvalue") else {
                    return Err(self.err(iter.span, "bad itertools iteration"));
                };
                let ft = self.ty(fill);
                let f = self.expr(fill)?;
                ins.push((f, ft));
                IterOp::ZipLongest
            }
        };
        let lt = Type::List(Rc::new(el));
        let l = self.call_native(short, Native::with(it::iterate, op), &ins, &lt)?;
        let keep = self.new_reg(true)?;
        self.mov(keep, l[0]);
        let len = self.call_native(
            "len",
            Native::plain(base::list_len),
            &[(smallvec::smallvec![keep], lt.clone())],
            &PYINT,
        )?;
        self.ad(Op::KINT, base, 0);
        self.mov(base + 1, len[0]);
        self.ad(Op::KINT, base + 2, 1);
        Ok(IterPlan::Seq(smallvec::smallvec![keep], lt))
    }

    /// `count()`'s start or step as an int (`dflt` when missing).
    fn count_arg(&mut self, e: Option<&Expr>, dflt: i64) -> LResult<Regs> {
        match e {
            Some(e) => {
                let t = self.ty(e);
                let r = self.expr(e)?;
                self.convert(&r, &t, &PYINT, false)
            }
            None => {
                let r = self.new_reg(false)?;
                self.load_int(r, dflt)?;
                Ok(smallvec::smallvec![r])
            }
        }
    }
}
