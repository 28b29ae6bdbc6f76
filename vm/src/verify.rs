//! The bytecode verifier: checks that a proto keeps the promises the
//! interpreter relies on without checking them as it runs. Every operand
//! is in range (registers in the frame, constants, strings, globals,
//! natives and protos in their tables), every jump lands on the start of
//! an instruction (never inside a call's argument words), code never runs
//! off its end, calls pass as many slots as their callee takes, results
//! and returns fit the frame, and reference slots land in reference
//! registers. What each operand is comes from the `ops!` table.

use crate::bytecode::{arg_reg, arg_words, Fmt, Ins, MathFn, MathFn2, Op, Proto, Use};
use crate::value::MAX_NDIM;
use std::rc::Rc;

/// What a proto's code may refer to outside itself.
pub struct Env<'a> {
    pub protos: &'a [Rc<Proto>],
    /// Which global slots hold references.
    pub global_refs: &'a [bool],
}

/// Checks `p`; the error names the first violation.
pub fn verify(p: &Proto, env: &Env) -> Result<(), String> {
    Verifier::new(p, env)
        .run()
        .map_err(|(pc, msg)| format!("bad bytecode in {} at {pc:04}: {msg}", p.name))
}

struct Verifier<'a> {
    p: &'a Proto,
    env: &'a Env<'a>,
    /// Whether each register holds references.
    is_ref: Vec<bool>,
}

type Check = Result<(), (usize, String)>;

impl<'a> Verifier<'a> {
    fn new(p: &'a Proto, env: &'a Env<'a>) -> Verifier<'a> {
        let mut is_ref = vec![false; p.nregs];
        for &r in &p.ref_regs {
            if let Some(c) = is_ref.get_mut(r as usize) {
                *c = true;
            }
        }
        Verifier { p, env, is_ref }
    }

    fn run(&self) -> Check {
        let p = self.p;
        let whole = |msg: String| Err((0, msg));
        if p.code.is_empty() || p.pos.len() != p.code.len() {
            return whole("no code, or positions that do not match it".into());
        }
        if p.ref_regs.iter().any(|&r| r as usize >= p.nregs) {
            return whole("a reference register outside the frame".into());
        }
        if p.nparams > p.nregs || p.param_refs.len() != p.nparams {
            return whole(format!("{} parameters in {} registers", p.nparams, p.nregs));
        }
        if (0..p.nparams).any(|i| p.param_refs[i] != self.is_ref[i]) {
            return whole("parameter registers of the wrong class".into());
        }
        if p.ret_refs.len() != p.nret {
            return whole("return slots and their classes disagree".into());
        }
        // Walk the instructions, noting where each starts and where jumps go.
        let mut starts = vec![false; p.code.len()];
        let mut jumps = Vec::new();
        let mut pc = 0;
        let mut last = Op::RET0;
        while pc < p.code.len() {
            starts[pc] = true;
            let ins = p.code.at(pc);
            let op = ins
                .op()
                .ok_or((pc, format!("no opcode {}", ins.op_byte())))?;
            let len = self.ins(pc, ins, op, &mut jumps)?;
            if pc + len > p.code.len() {
                return Err((pc, "argument words past the end of the code".into()));
            }
            last = op;
            pc += len;
        }
        if !matches!(last, Op::RET | Op::RET0 | Op::JMP) {
            return Err((pc, "the code runs off its end".into()));
        }
        for (from, to) in jumps {
            if !usize::try_from(to).is_ok_and(|t| starts.get(t) == Some(&true)) {
                return Err((
                    from,
                    format!("a jump to {to}, not the start of an instruction"),
                ));
            }
        }
        // A handler covers whole instructions, lands on one, and receives
        // the exception, a reference, in a reference register.
        let start = |pc: u32| starts.get(pc as usize) == Some(&true);
        for h in &p.handlers {
            let ends = start(h.end) || h.end as usize == p.code.len();
            if !(start(h.start) && ends && h.start <= h.end && start(h.target)) {
                return whole(format!(
                    "a handler {}..{} -> {} off the instructions",
                    h.start, h.end, h.target
                ));
            }
            if self.is_ref.get(h.reg as usize) != Some(&true) {
                return whole(format!(
                    "a handler's register r{} is not a reference register",
                    h.reg
                ));
            }
        }
        Ok(())
    }

    /// Checks one instruction; returns its length in words.
    fn ins(
        &self,
        pc: usize,
        ins: Ins,
        op: Op,
        jumps: &mut Vec<(usize, isize)>,
    ) -> Result<usize, (usize, String)> {
        let p = self.p;
        let err = |msg: String| Err((pc, format!("{}: {msg}", op.name())));
        let (a, b, c, d) = (ins.a(), ins.b(), ins.c(), ins.d());
        let after = pc as isize + 1;
        let mut len = 1;
        // What B, C and D hold.
        match op.format() {
            Fmt::Abc => {
                self.reg(pc, b)?;
                self.reg(pc, c)?;
            }
            Fmt::Abi => self.reg(pc, b)?,
            Fmt::Abu => {
                self.reg(pc, b)?;
                let limit = match op {
                    Op::FMATH => MathFn::ALL.len(),
                    Op::FMATH2 => MathFn2::ALL.len(),
                    Op::ALEN => MAX_NDIM,
                    _ => usize::MAX,
                };
                if c >= limit {
                    return err(format!("immediate {c} out of range"));
                }
            }
            Fmt::Ad => self.reg(pc, d)?,
            Fmt::Ai => {}
            Fmt::Ak if d >= p.consts.len() => return err(format!("no constant k{d}")),
            Fmt::As if d >= p.strs.len() => return err(format!("no string s{d}")),
            Fmt::Ak | Fmt::As => {}
            Fmt::Ag => match self.env.global_refs.get(d) {
                None => return err(format!("no global g{d}")),
                Some(&r) if r != matches!(op, Op::GGETR | Op::GSETR) => {
                    return err(format!("global g{d} of the wrong class"))
                }
                Some(_) => {}
            },
            Fmt::Aj => jumps.push((pc, after + ins.di())),
            Fmt::Abj => {
                self.reg(pc, b)?;
                jumps.push((pc, after + ins.j()));
            }
            Fmt::Aij => jumps.push((pc, after + ins.j())),
            Fmt::Call | Fmt::Native => {
                let nargs = match op.format() {
                    Fmt::Call => match self.env.protos.get(d) {
                        Some(callee) if !callee.code.is_empty() => callee.nparams,
                        _ => return err(format!("no compiled function {d}")),
                    },
                    _ => match p.natives.get(d) {
                        Some(site) => site.nargs,
                        None => return err(format!("no native site {d}")),
                    },
                };
                let words = p.code.words_from(pc + 1);
                let Some(words) = words.get(..arg_words(nargs)) else {
                    return err("argument words past the end of the code".into());
                };
                // The last word's unused places hold `Reg::MAX`, which
                // is never a register: a call passing fewer slots than its
                // callee takes would leave one there.
                for i in 0..words.len() * 4 {
                    let r = arg_reg(words, i).unwrap_or(u16::MAX as usize);
                    match i < nargs {
                        true => self.reg(pc, r)?,
                        false if r != u16::MAX as usize => {
                            return err(format!("{} argument slots for {nargs}", i + 1))
                        }
                        false => {}
                    }
                }
                len += words.len();
            }
            Fmt::Idx => {
                self.reg(pc, b)?;
                let n = ins.e();
                if n == 0 || n > MAX_NDIM || c + n > p.nregs {
                    return err(format!("{n} indices from r{c}"));
                }
            }
            Fmt::A => {}
            Fmt::Trace => {}
        }
        // How A is used.
        match op.a_use() {
            Use::None => {}
            Use::Read => self.reg(pc, a)?,
            Use::Write | Use::Update => self.class(pc, a, false)?,
            Use::WriteRef => self.class(pc, a, true)?,
            Use::Counter => {
                for r in a..a + 4 {
                    self.class(pc, r, false)?;
                }
            }
            Use::Results | Use::Returns => {
                let refs: &[bool] = match op {
                    Op::CALL => &self.env.protos[d].ret_refs,
                    Op::CALLN => &p.natives[d].ret_refs,
                    _ => &p.ret_refs,
                };
                for (i, &r) in refs.iter().enumerate() {
                    self.class(pc, a + i, r)?;
                }
            }
        }
        Ok(len)
    }

    fn reg(&self, pc: usize, r: usize) -> Check {
        match r < self.p.nregs {
            true => Ok(()),
            false => Err((pc, format!("r{r} outside a frame of {}", self.p.nregs))),
        }
    }

    /// `r` is a register of the given class (references or scalars).
    fn class(&self, pc: usize, r: usize, is_ref: bool) -> Check {
        self.reg(pc, r)?;
        match self.is_ref[r] == is_ref {
            true => Ok(()),
            false => Err((pc, format!("r{r} is of the wrong class"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{pack_args, SrcPos};

    fn proto(nregs: usize, code: Vec<Ins>) -> Proto {
        let mut p = Proto::default();
        p.name = "t".into();
        p.pos = vec![SrcPos::default(); code.len()];
        for ins in code {
            p.code.push(ins);
        }
        p.nregs = nregs;
        p.consts = vec![7];
        p
    }

    fn check(p: &Proto, protos: &[Rc<Proto>]) -> Result<(), String> {
        verify(
            p,
            &Env {
                protos,
                global_refs: &[false, true],
            },
        )
    }

    #[test]
    fn good_code_passes() {
        let p = proto(
            3,
            vec![
                Ins::ad(Op::KNUM, 0, 0),
                Ins::abj(Op::JLT, 0, 1, 1),
                Ins::abc(Op::ADD, 2, 0, 1),
                Ins::ad(Op::GSET, 2, 0),
                Ins::ad(Op::RET0, 0, 0),
            ],
        );
        assert_eq!(check(&p, &[]), Ok(()));
    }

    #[test]
    fn bad_code_is_refused() {
        let bad = |nregs, code: Vec<Ins>| check(&proto(nregs, code), &[]).unwrap_err();
        let ret = Ins::ad(Op::RET0, 0, 0);
        assert!(bad(2, vec![Ins::abc(Op::ADD, 0, 1, 2), ret]).contains("r2 outside a frame of 2"));
        assert!(bad(2, vec![Ins::ad(Op::KNUM, 0, 1), ret]).contains("no constant k1"));
        assert!(bad(2, vec![Ins::ad(Op::GGETR, 0, 0), ret]).contains("wrong class"));
        assert!(bad(2, vec![Ins::ad(Op::KINT, 0, 5)]).contains("runs off its end"));
        assert!(bad(2, vec![Ins::ad(Op::JMP, 0, 5), ret]).contains("a jump to 6"));
        assert!(bad(2, vec![Ins(0xff), ret]).contains("no opcode"));
        assert!(bad(2, vec![Ins::abc(Op::FMATH, 0, 1, 99), ret]).contains("out of range"));
        assert!(bad(2, vec![Ins::ad(Op::CALLN, 0, 0), ret]).contains("no native site"));
    }

    #[test]
    fn handlers_cover_instructions_and_land_in_reference_registers() {
        let with = |h: crate::bytecode::Handler| {
            let mut p = proto(
                2,
                vec![
                    Ins::ad(Op::KNUM, 0, 0),
                    Ins::ad(Op::RET0, 0, 0),
                    Ins::ad(Op::RET0, 0, 0),
                ],
            );
            p.ref_regs = vec![1];
            p.handlers.push(h);
            check(&p, &[])
        };
        let h = |start, end, target, reg| crate::bytecode::Handler {
            start,
            end,
            target,
            reg,
        };
        assert_eq!(with(h(0, 1, 2, 1)), Ok(()));
        assert_eq!(with(h(0, 3, 2, 1)), Ok(()));
        assert!(with(h(0, 1, 2, 0))
            .unwrap_err()
            .contains("not a reference register"));
        assert!(with(h(0, 1, 3, 1))
            .unwrap_err()
            .contains("off the instructions"));
        assert!(with(h(2, 1, 0, 1))
            .unwrap_err()
            .contains("off the instructions"));
        assert!(with(h(0, 4, 0, 1))
            .unwrap_err()
            .contains("off the instructions"));
    }

    #[test]
    fn calls_pass_their_callees_slots() {
        let mut callee = proto(2, vec![Ins::ad(Op::RET0, 0, 0)]);
        callee.nparams = 2;
        callee.param_refs = vec![false; 2];
        let protos = [Rc::new(callee)];
        let call = |regs: &[u16]| {
            let mut code = vec![Ins::ad(Op::CALL, 0, 0)];
            code.extend(pack_args(regs));
            code.push(Ins::ad(Op::RET0, 0, 0));
            check(&proto(3, code), &protos)
        };
        assert_eq!(call(&[1, 2]), Ok(()));
        assert!(call(&[1]).unwrap_err().contains("r65535 outside"));
        assert!(call(&[1, 2, 0])
            .unwrap_err()
            .contains("3 argument slots for 2"));
        // A jump into argument words.
        let mut code = vec![Ins::ad(Op::JMP, 0, 1), Ins::ad(Op::CALL, 0, 0)];
        code.extend(pack_args(&[1, 2]));
        code.push(Ins::ad(Op::RET0, 0, 0));
        assert!(check(&proto(3, code), &protos)
            .unwrap_err()
            .contains("a jump to 2"));
    }
}
