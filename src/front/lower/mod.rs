//! Lowering: the typed AST of one specialization (or one module statement)
//! to register bytecode.
//!
//! Every register has one class for the whole function, reference or
//! scalar, so the interpreter can release references on exit without type
//! information. A variable gets registers per (name, type); where types of a
//! variable meet at a join, conversions are emitted on the incoming edges.
//! Temporaries live until the end of their statement.

use super::ast::*;
use super::diag::{Diag, Loc, SourceFile};
use super::typed::{
    self, Arg, Call, CallKind, Const, Env, Intrinsic, Res, Typed, JOIN_IF, JOIN_LOOP_ELSE,
    JOIN_LOOP_EXIT, JOIN_LOOP_HEAD,
};
use super::typed::{ModId, SpecId};
use crate::program::Program;
use smallvec::SmallVec;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use vm::bytecode::{self as bc, Ins, Op, Proto, Reg, SrcPos};
use vm::dtype::DType;
use vm::ffi::ctype::{CType, Scalar};
use vm::lib_base as base;
use vm::lib_numpy as npy;
use vm::native::{Native, NativeSite};
use vm::types::{IntTy, Type, PYINT};

type Regs = SmallVec<[Reg; 4]>;
type LResult<T> = Result<T, Diag>;

/// Where a variable lives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Storage {
    Local,
    Global,
}

struct LoopLabels {
    /// Jumps to patch to the loop exit (breaks).
    breaks: Vec<usize>,
    /// Jumps to patch to the continue point.
    continues: Vec<usize>,
    exit_env: Option<Env>,
    head_env: Option<Env>,
}

pub struct Lower<'p> {
    prog: &'p mut Program,
    typed: &'p Typed,
    module: ModId,
    file: Rc<SourceFile>,
    storage: Storage,
    p: Proto,
    /// Class of each register: true for references.
    class: Vec<bool>,
    free: [Vec<Reg>; 2],
    /// Temporaries allocated in the current statement.
    temps: Vec<Reg>,
    vars: HashMap<(Rc<str>, Type), Regs>,
    /// Current types of variables, None when unreachable.
    env: Option<BTreeMap<Rc<str>, Type>>,
    loops: Vec<LoopLabels>,
    /// Registers of the exceptions the enclosing `except` clauses caught,
    /// innermost last (for a bare `raise`).
    caught: Vec<Reg>,
    /// Start of the last instruction emitted, and whether a jump lands
    /// after it (which forbids rewriting it).
    last: usize,
    label_here: bool,
    span: Span,
    consts: HashMap<u64, u32>,
    strs: HashMap<Rc<str>, u32>,
    ret: Type,
    /// Compiled by a Numba decorator (typing follows Numba's rules).
    jitted: bool,
    /// `error_model='numpy'`: float division by zero gives inf or nan.
    numpy_errors: bool,
    /// Whether each local that some path leaves unbound is bound (1) or
    /// not (0); only those locals have one.
    bound: HashMap<Rc<str>, Reg>,
    /// A generator's code: `ret` is what it yields, `return` finishes it.
    gen: bool,
    /// Jumps out of the loop whose element was just read: a generator
    /// it steps has finished (taken by the loop being lowered).
    iter_exits: Vec<usize>,
}

fn err(file: &Rc<SourceFile>, span: Span, msg: impl Into<String>) -> Diag {
    Diag::new("SyntaxError", msg, Some(Loc::new(file, span)))
}

/// Lowers a specialization.
pub fn lower_spec(prog: &mut Program, s: SpecId) -> LResult<Proto> {
    let spec = &prog.specs[s as usize];
    let Some(typed) = spec.typed.clone() else {
        return Err(Diag::new(
            "SystemError",
            "internal error: a function lowered before its types were inferred",
            None,
        ));
    };
    let f = &prog.funcs[spec.func as usize];
    let jitted = f.opts.jit || matches!(f.opts.callback, Some((_, true)));
    let prog_numpy_errors = f.opts.numpy_errors;
    let boundscheck = f.opts.boundscheck;
    let def = f.def.clone();
    let m = f.module;
    let name = f.name.clone();
    // A generator function's, not one returning a generator it made.
    let gen = crate::front::typeck::generator::is_generator(&def.body);
    let ret = match gen {
        true => typed.ret.clone(),
        false => spec.ret.clone(),
    };
    let file = f.file.clone();
    let mut lw = Lower::new(prog, &typed, m, file, Storage::Local, ret.clone());
    lw.jitted = jitted;
    lw.gen = gen;
    lw.numpy_errors = prog_numpy_errors;
    lw.p.boundscheck = boundscheck;
    lw.p.name = name;
    // Counts calls, for the JIT (a generator's code is resumed, never
    // called).
    if !gen {
        lw.ad(Op::FUNC, 0, 0);
    }
    // Parameters occupy the first registers, in order.
    let mut param_refs = Vec::new();
    for (pname, t) in &typed.params {
        let regs: Regs = t
            .ref_flags()
            .iter()
            .map(|&r| lw.new_reg(r))
            .collect::<LResult<_>>()?;
        param_refs.extend(t.ref_flags());
        lw.vars.insert((pname.clone(), t.clone()), regs);
    }
    lw.p.nparams = param_refs.len();
    lw.p.param_refs = param_refs;
    let mut env = BTreeMap::new();
    for (pname, t) in &typed.params {
        let declared = typed.declared.get(pname).cloned();
        match declared {
            Some(d) if d != *t => {
                lw.span = def.name_span;
                let v = lw.read_var(pname, t)?;
                let c = lw.convert(&v, t, &d, false)?;
                lw.write_var(pname, &d, &c)?;
                env.insert(pname.clone(), d);
            }
            _ => {
                env.insert(pname.clone(), t.clone());
            }
        }
    }
    for (name, id) in &typed.struct_locals {
        let size = lw.prog.ctypes.size(*id);
        let t = Type::Record(*id);
        let r = lw.call_native("struct", Native::with(base::record_new, size), &[], &t)?;
        lw.write_var(name, &t, &r)?;
        env.insert(name.clone(), t);
    }
    lw.bound_flags(typed.unbound_checks.values().collect(), &env)?;
    lw.release_temps();
    lw.env = Some(env);
    lw.block(&def.body)?;
    if lw.env.is_some() {
        lw.span = def.body.last().map_or(def.name_span, |s| s.span);
        lw.ret_none()?;
    }
    lw.finish(&ret)
}

/// Lowers a module-level statement into a proto of its own.
pub fn lower_module_stmt(
    prog: &mut Program,
    m: ModId,
    stmt: &Stmt,
    typed: &Typed,
) -> LResult<Proto> {
    let file = prog.file_of(m).clone();
    let mut lw = Lower::new(prog, typed, m, file, Storage::Global, Type::None);
    lw.p.name = "<module>".into();
    let env: BTreeMap<Rc<str>, Type> = lw.prog.modules[m as usize]
        .globals
        .iter()
        .map(|(k, g)| (Rc::from(k.as_str()), g.ty.clone()))
        .collect();
    let mut checked: Vec<&Rc<str>> = typed.unbound_checks.values().collect();
    checked.extend(&typed.unbound_globals);
    lw.bound_flags(checked, &env)?;
    lw.env = Some(env);
    lw.stmt(stmt)?;
    lw.span = stmt.span;
    if lw.env.is_some() {
        for name in &typed.unbound_globals {
            let slot = bound_flag(lw.prog, m, name);
            let g = lw.index_d(slot, "globals")?;
            if let Some(&r) = lw.bound.get(name) {
                lw.ad(Op::GSET, r, g);
            }
        }
    }
    lw.emit_ret_none();
    lw.finish(&Type::None)
}

/// The hidden global (no script can name it) where a module statement
/// leaves whether it bound `name`, one of its `unbound_globals`.
pub fn bound_flag(prog: &mut Program, m: ModId, name: &str) -> usize {
    let slots = prog.global_slots(m, &format!(" bound {name}"), &Type::Bool);
    slots.first().copied().unwrap_or_default()
}

impl<'p> Lower<'p> {
    /// A register per variable whose reads check that it is bound, set to
    /// whether it is bound on entry.
    fn bound_flags(
        &mut self,
        mut names: Vec<&Rc<str>>,
        env: &BTreeMap<Rc<str>, Type>,
    ) -> LResult<()> {
        names.sort();
        names.dedup();
        for name in names {
            let r = self.new_reg(false)?;
            self.load_int(r, env.contains_key(name) as i64)?;
            self.bound.insert(name.clone(), r);
        }
        Ok(())
    }

    fn new(
        prog: &'p mut Program,
        typed: &'p Typed,
        module: ModId,
        file: Rc<SourceFile>,
        storage: Storage,
        ret: Type,
    ) -> Lower<'p> {
        Lower {
            prog,
            typed,
            module,
            file,
            storage,
            p: Proto::default(),
            class: Vec::new(),
            free: [Vec::new(), Vec::new()],
            temps: Vec::new(),
            vars: HashMap::new(),
            env: None,
            loops: Vec::new(),
            caught: Vec::new(),
            last: usize::MAX,
            label_here: false,
            span: Span::default(),
            consts: HashMap::new(),
            strs: HashMap::new(),
            ret,
            jitted: false,
            numpy_errors: false,
            bound: HashMap::new(),
            gen: false,
            iter_exits: Vec::new(),
        }
    }

    fn finish(mut self, ret: &Type) -> LResult<Proto> {
        // Code must not run off its end, even after a `raise` (a native
        // that never returns) or where a jump lands past the last
        // instruction.
        let last = self.p.code.get(self.last).and_then(|i| i.op());
        if self.label_here || !matches!(last, Some(Op::RET | Op::RET0 | Op::JMP)) {
            self.emit_ret_none();
        }
        self.p.nregs = self.class.len();
        self.p.ref_regs = (0..self.class.len())
            .filter(|&r| self.class[r])
            .map(|r| r as Reg)
            .collect();
        self.p.nret = ret.slots();
        self.p.ret_refs = ret.ref_flags();
        self.p.file = self.prog.file_id(&self.file);
        Ok(self.p)
    }

    fn err(&self, span: Span, msg: impl Into<String>) -> Diag {
        err(&self.file, span, msg)
    }

    // ------------------------------------------------------------ registers

    fn new_reg(&mut self, is_ref: bool) -> LResult<Reg> {
        if self.class.len() >= bc::MAX_REGS {
            return Err(Diag::new(
                "SyntaxError",
                format!(
                    "this function needs more than {} registers; split it into smaller functions",
                    bc::MAX_REGS
                ),
                Some(Loc::new(&self.file, self.span)),
            ));
        }
        self.class.push(is_ref);
        Ok((self.class.len() - 1) as Reg)
    }

    fn temp(&mut self, is_ref: bool) -> LResult<Reg> {
        let r = match self.free[is_ref as usize].pop() {
            Some(r) => r,
            None => self.new_reg(is_ref)?,
        };
        self.temps.push(r);
        Ok(r)
    }

    fn temps_for(&mut self, t: &Type) -> LResult<Regs> {
        t.ref_flags().into_iter().map(|r| self.temp(r)).collect()
    }

    /// Consecutive fresh temporaries for a multi-slot value (calls and
    /// returns need their slots side by side).
    fn block_for(&mut self, t: &Type) -> LResult<Regs> {
        let flags = t.ref_flags();
        if flags.len() <= 1 {
            return self.temps_for(t);
        }
        let regs: Regs = flags
            .into_iter()
            .map(|r| self.new_reg(r))
            .collect::<LResult<_>>()?;
        self.temps.extend(regs.iter().copied());
        Ok(regs)
    }

    fn release_temps(&mut self) {
        for r in std::mem::take(&mut self.temps) {
            let c = self.class[r as usize] as usize;
            if !self.free[c].contains(&r) {
                self.free[c].push(r);
            }
        }
    }

    fn var_regs(&mut self, name: &Rc<str>, t: &Type) -> LResult<Regs> {
        if let Some(r) = self.vars.get(&(name.clone(), t.clone())) {
            return Ok(r.clone());
        }
        let regs: Regs = t
            .ref_flags()
            .into_iter()
            .map(|r| self.new_reg(r))
            .collect::<LResult<_>>()?;
        self.vars.insert((name.clone(), t.clone()), regs.clone());
        Ok(regs)
    }

    // ---------------------------------------------------------------- emit

    fn emit(&mut self, ins: Ins) -> usize {
        let pc = self.p.code.len();
        self.p.code.push(ins);
        self.p.pos.push(SrcPos {
            lo: self.span.lo,
            hi: self.span.hi,
        });
        self.last = pc;
        self.label_here = false;
        pc
    }

    fn word(&mut self, w: Ins) {
        self.p.code.push(w);
        self.p.pos.push(SrcPos {
            lo: self.span.lo,
            hi: self.span.hi,
        });
    }

    fn abc(&mut self, op: Op, a: Reg, b: Reg, c: Reg) -> usize {
        self.emit(Ins::abc(op, a, b, c))
    }

    fn abi(&mut self, op: Op, a: Reg, b: Reg, c: i16) -> usize {
        self.emit(Ins::abi(op, a, b, c))
    }

    fn ad(&mut self, op: Op, a: Reg, d: u32) -> usize {
        self.emit(Ins::ad(op, a, d))
    }

    fn here(&mut self) -> usize {
        self.label_here = true;
        self.p.code.len()
    }

    fn jump(&mut self, op: Op, a: Reg) -> usize {
        self.ad(op, a, 0)
    }

    /// A fused compare-and-branch of register `a` with `b` (a register
    /// or an immediate), to be patched.
    fn cjump(&mut self, op: Op, a: Reg, b: u16) -> usize {
        self.emit(Ins::abj(op, a, b, 0))
    }

    /// Points the jump at `pc` to `target`.
    fn patch(&mut self, pc: usize, target: usize) -> LResult<()> {
        let ins = self.p.code.at(pc);
        let off = target as i64 - (pc as i64 + 1);
        let (Some(op), Ok(off)) = (ins.op(), i32::try_from(off)) else {
            return Err(self.err(self.span, "function too large: a jump is out of reach"));
        };
        let a = ins.a() as Reg;
        let patched = match op.format() {
            bc::Fmt::Abj | bc::Fmt::Aij if i64::from(off).abs() > bc::JUMP24 => {
                return Err(self.err(
                    self.span,
                    format!(
                        "function too large: a branch spans more than {} instructions",
                        bc::JUMP24
                    ),
                ))
            }
            bc::Fmt::Abj | bc::Fmt::Aij => Ins::abj(op, a, ins.b() as u16, off),
            _ => Ins::ad(op, a, off as u32),
        };
        self.p.code.set(pc, patched);
        Ok(())
    }

    fn patch_here(&mut self, pcs: &[usize]) -> LResult<()> {
        let t = self.here();
        for &pc in pcs {
            self.patch(pc, t)?;
        }
        Ok(())
    }

    /// A 32-bit D operand: a constant, string or global index, which only
    /// a program larger than memory could overflow.
    fn index_d(&self, i: usize, what: &str) -> LResult<u32> {
        u32::try_from(i).map_err(|_| self.err(self.span, format!("too many {what}")))
    }

    fn konst(&mut self, bits: u64) -> LResult<u32> {
        if let Some(&k) = self.consts.get(&bits) {
            return Ok(k);
        }
        let k = self.index_d(self.p.consts.len(), "constants in one function")?;
        self.p.consts.push(bits);
        self.consts.insert(bits, k);
        Ok(k)
    }

    fn load_int(&mut self, dst: Reg, v: i64) -> LResult<()> {
        if let Ok(small) = i32::try_from(v) {
            self.ad(Op::KINT, dst, small as u32);
        } else {
            let k = self.konst(v as u64)?;
            self.ad(Op::KNUM, dst, k);
        }
        Ok(())
    }

    fn load_float(&mut self, dst: Reg, v: f64) -> LResult<()> {
        let k = self.konst(v.to_bits())?;
        self.ad(Op::KNUM, dst, k);
        Ok(())
    }

    fn load_str(&mut self, dst: Reg, s: &str) -> LResult<()> {
        let k = match self.strs.get(s) {
            Some(&k) => k,
            None => {
                let k = self.index_d(self.p.strs.len(), "strings in one function")?;
                self.p.strs.push(vm::value::new_str(s));
                self.strs.insert(Rc::from(s), k);
                k
            }
        };
        self.ad(Op::KSTR, dst, k);
        Ok(())
    }

    /// Copies a value between registers, with reference counting for
    /// reference slots. Rewrites the instruction that produced a fresh
    /// temporary to write `dst` directly where that is safe.
    fn mov(&mut self, dst: Reg, src: Reg) {
        if dst == src {
            return;
        }
        if !self.label_here && self.last < self.p.code.len() && self.temps.contains(&src) {
            let ins = self.p.code.at(self.last);
            if ins.a() == src as usize
                && self.writes_only_a(ins)
                && self.class[dst as usize] == self.class[src as usize]
            {
                self.p.code.set(self.last, ins.with_a(dst));
                return;
            }
        }
        let op = if self.class[dst as usize] {
            Op::MOVR
        } else {
            Op::MOV
        };
        self.ad(op, dst, src as u32);
    }

    /// Whether `ins` writes register A and no other, without reading it
    /// first: then it can write any register of A's class instead.
    fn writes_only_a(&self, ins: Ins) -> bool {
        let Some(op) = ins.op() else {
            return false;
        };
        match op.a_use() {
            bc::Use::Write | bc::Use::WriteRef => true,
            // A callee's width is known only once it is lowered.
            bc::Use::Results if op == Op::CALLN => {
                self.p.natives.get(ins.d()).is_some_and(|s| s.nret == 1)
            }
            _ => false,
        }
    }

    fn mov_all(&mut self, dst: &[Reg], src: &[Reg]) {
        for (&d, &s) in dst.iter().zip(src) {
            self.mov(d, s);
        }
    }

    fn emit_ret_none(&mut self) {
        self.ad(Op::RET0, 0, 0);
    }

    fn native_site(
        &mut self,
        name: &str,
        native: Native,
        arg_types: Vec<Type>,
        ret: Type,
    ) -> LResult<u32> {
        // Natives make C-ordered arrays: a Fortran-typed result is reordered.
        let native = vm::lib_layout::in_layout(name, native, arg_types.clone(), &ret);
        let site = NativeSite::new(name, native, arg_types, ret);
        let k = self.index_d(self.p.natives.len(), "calls in one function")?;
        self.p.natives.push(site);
        Ok(k)
    }

    /// Emits a native call; returns the result registers.
    fn call_native(
        &mut self,
        name: &str,
        native: Native,
        args: &[(Regs, Type)],
        ret: &Type,
    ) -> LResult<Regs> {
        let k = self.native_site(
            name,
            native,
            args.iter().map(|(_, t)| t.clone()).collect(),
            ret.clone(),
        )?;
        let nargs = self.p.natives[k as usize].nargs;
        let dst = self.block_for(ret)?;
        let a = dst.first().copied().unwrap_or(0);
        self.ad(Op::CALLN, a, k);
        let regs: Vec<Reg> = args.iter().flat_map(|(r, _)| r.iter().copied()).collect();
        self.arg_words(&regs, nargs)?;
        Ok(dst)
    }

    /// The argument words of a call whose callee takes `want` slots.
    fn arg_words(&mut self, regs: &[Reg], want: usize) -> LResult<()> {
        if regs.len() != want {
            return Err(self.err(
                self.span,
                format!(
                    "internal error: a call passes {} slots for {want}",
                    regs.len()
                ),
            ));
        }
        for w in bc::pack_args(regs) {
            self.word(w);
        }
        Ok(())
    }

    // ------------------------------------------------------------ variables

    fn read_var(&mut self, name: &Rc<str>, t: &Type) -> LResult<Regs> {
        match self.storage {
            Storage::Local => self.var_regs(name, t),
            Storage::Global => {
                let slots = self.prog.global_slots(self.module, name, t);
                self.read_global(&slots, t)
            }
        }
    }

    fn read_global(&mut self, slots: &[usize], t: &Type) -> LResult<Regs> {
        let regs = self.temps_for(t)?;
        for ((&r, &g), is_ref) in regs.iter().zip(slots).zip(t.ref_flags()) {
            let g = self.index_d(g, "globals")?;
            self.ad(if is_ref { Op::GGETR } else { Op::GGET }, r, g);
        }
        Ok(regs)
    }

    fn write_global(&mut self, slots: &[usize], t: &Type, src: &[Reg]) -> LResult<()> {
        for ((&r, &g), is_ref) in src.iter().zip(slots).zip(t.ref_flags()) {
            let g = self.index_d(g, "globals")?;
            self.ad(if is_ref { Op::GSETR } else { Op::GSET }, r, g);
        }
        Ok(())
    }

    /// Records that an assignment or `del` bound or unbound a local whose
    /// reads are checked.
    fn set_bound(&mut self, name: &str, bound: bool) -> LResult<()> {
        match self.bound.get(name) {
            Some(&r) => self.load_int(r, bound as i64),
            None => Ok(()),
        }
    }

    /// A read of a local some path leaves unbound: CPython's
    /// UnboundLocalError when this one did.
    fn check_bound(&mut self, e: &Expr, name: &str) -> LResult<()> {
        let Some(&r) = self.bound.get(name) else {
            return Ok(());
        };
        if !self.typed.unbound_checks.contains_key(&e.id) {
            return Ok(());
        }
        let span = std::mem::replace(&mut self.span, e.span);
        let ok = self.jump(Op::JT, r);
        let msg = self.temp(true)?;
        let (kind, text) = match self.storage {
            Storage::Local => (
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            ),
            Storage::Global => ("NameError", format!("name '{name}' is not defined")),
        };
        self.load_str(msg, &text)?;
        let aux = Rc::<str>::from(kind);
        self.call_native(
            "raise",
            Native::with(base::raise, aux),
            &[(smallvec::smallvec![msg], Type::Str)],
            &Type::None,
        )?;
        self.patch_here(&[ok])?;
        self.span = span;
        Ok(())
    }

    fn write_var(&mut self, name: &Rc<str>, t: &Type, src: &[Reg]) -> LResult<()> {
        match self.storage {
            Storage::Local => {
                let regs = self.var_regs(name, t)?;
                self.mov_all(&regs, src);
            }
            Storage::Global => {
                let slots = self.prog.global_slots(self.module, name, t);
                self.write_global(&slots, t, src)?;
            }
        }
        if let Some(env) = &mut self.env {
            env.insert(name.clone(), t.clone());
        }
        Ok(())
    }

    /// Emits the conversions that bring the current variables to the types
    /// of a join point.
    fn coerce_to(&mut self, target: &Env) -> LResult<()> {
        let Some(env) = self.env.clone() else {
            return Ok(());
        };
        for (name, var) in target {
            let Some(cur) = env.get(name) else {
                continue;
            };
            if *cur == var.ty || var.ty.slots() == 0 {
                continue;
            }
            let v = self.read_var(name, cur)?;
            let c = self.convert(&v, cur, &var.ty, false)?;
            self.write_var(name, &var.ty, &c)?;
        }
        Ok(())
    }

    /// Whether coming from `env` into a join needs any conversion.
    fn needs_coercion(&self, env: &Option<BTreeMap<Rc<str>, Type>>, join: &Option<Env>) -> bool {
        let (Some(env), Some(join)) = (env, join) else {
            return false;
        };
        join.iter()
            .any(|(n, v)| v.ty.slots() > 0 && env.get(n).is_some_and(|t| *t != v.ty))
    }

    fn set_env(&mut self, env: Option<&Env>) {
        self.env = env.map(|e| e.iter().map(|(k, v)| (k.clone(), v.ty.clone())).collect());
    }

    // ----------------------------------------------------------- statements

    fn block(&mut self, body: &[Stmt]) -> LResult<()> {
        for s in body {
            if self.env.is_none() {
                break;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn ty(&self, e: &Expr) -> Type {
        self.typed
            .types
            .get(e.id as usize)
            .cloned()
            .unwrap_or(Type::Unknown)
    }

    fn stmt(&mut self, s: &Stmt) -> LResult<()> {
        if self.typed.static_stmts.contains(&typed::stmt_key(s)) {
            return Ok(());
        }
        self.span = s.span;
        if let Some(msg) = self.typed.name_errors.get(&typed::stmt_key(s)).cloned() {
            let m = self.temp(true)?;
            self.load_str(m, &msg)?;
            let aux = Rc::<str>::from("NameError");
            let args = [(smallvec::smallvec![m], Type::Str)];
            self.call_native("raise", Native::with(base::raise, aux), &args, &Type::None)?;
            self.env = None;
            self.release_temps();
            return Ok(());
        }
        let r = self.stmt_inner(s);
        self.release_temps();
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> LResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Assign { targets, value } => {
                let vt = self.ty(value);
                let mut v = self.expr(value)?;
                if targets.len() > 1 {
                    // `a = b = 0`: a move from a temporary retargets the
                    // instruction that computed it, so every target after
                    // the first reads a copy that stays.
                    let keep: Regs = vt
                        .ref_flags()
                        .into_iter()
                        .map(|r| self.new_reg(r))
                        .collect::<LResult<_>>()?;
                    self.mov_all(&keep, &v);
                    v = keep;
                }
                for t in targets {
                    self.assign(t, &v, &vt)?;
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    let vt = self.ty(value);
                    let v = self.expr(value)?;
                    self.assign(target, &v, &vt)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::If { test, body, orelse } => {
                let c = self.typed.consts.get(&test.id).and_then(const_truth);
                let join = self
                    .typed
                    .joins
                    .get(&(typed::stmt_key(s), JOIN_IF))
                    .cloned();
                let entry = self.env.clone();
                let mut ends = Vec::new();
                match c {
                    Some(true) => {
                        self.block(body)?;
                        if self.env.is_some() {
                            self.coerce_opt(&join)?;
                        }
                    }
                    Some(false) => {
                        self.block(orelse)?;
                        if self.env.is_some() {
                            self.coerce_opt(&join)?;
                        }
                    }
                    None => {
                        let to_else = self.cond_jump(test, false)?;
                        self.narrow_opt(s, true)?;
                        self.block(body)?;
                        if self.env.is_some() {
                            self.coerce_opt(&join)?;
                            // The else edge may need conversions of its own.
                            if !orelse.is_empty()
                                || self.needs_coercion(&entry, &join)
                                || self.narrows(s)
                            {
                                ends.push(self.jump(Op::JMP, 0));
                            }
                        }
                        self.patch_here(&to_else)?;
                        self.env = entry;
                        self.narrow_opt(s, false)?;
                        self.block(orelse)?;
                        if self.env.is_some() {
                            self.coerce_opt(&join)?;
                        }
                        self.patch_here(&ends)?;
                    }
                }
                self.set_env(join.as_ref());
            }
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(s, target, iter, body, orelse)?,
            StmtKind::Break => {
                let exit = self.loops.last().and_then(|l| l.exit_env.clone());
                self.coerce_opt(&exit)?;
                let j = self.jump(Op::JMP, 0);
                if let Some(l) = self.loops.last_mut() {
                    l.breaks.push(j);
                }
                self.env = None;
            }
            StmtKind::Continue => {
                let head = self.loops.last().and_then(|l| l.head_env.clone());
                self.coerce_opt(&head)?;
                let j = self.jump(Op::JMP, 0);
                if let Some(l) = self.loops.last_mut() {
                    l.continues.push(j);
                }
                self.env = None;
            }
            StmtKind::ImportFrom { .. } => {
                for (name, v) in self
                    .typed
                    .imports
                    .get(&typed::stmt_key(s))
                    .cloned()
                    .unwrap_or_default()
                {
                    let (regs, t) = match v {
                        super::typed::ImportVal::Const(c, t) => (self.load_const(&c, &t)?, t),
                        super::typed::ImportVal::Global(slots, t) => {
                            (self.read_global(&slots, &t)?, t)
                        }
                        super::typed::ImportVal::Static(_) => continue,
                    };
                    self.write_var(&name, &t, &regs)?;
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Import(_) => {}
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {}
            StmtKind::Return(_) if self.gen => {
                self.emit_ret_none();
                self.env = None;
            }
            StmtKind::Yield(value) => self.yield_value(value)?,
            StmtKind::Return(value) => {
                let ret = self.ret.clone();
                match value {
                    Some(v) if ret.slots() > 0 => {
                        let vt = self.ty(v);
                        let r = self.expr(v)?;
                        let c = self.convert(&r, &vt, &ret, false)?;
                        let c = self.consecutive(&c, &ret)?;
                        self.ad(Op::RET, c[0], 0);
                    }
                    Some(v) => {
                        self.expr(v)?;
                        self.emit_ret_none();
                    }
                    None => self.ret_none()?,
                }
                self.env = None;
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.cond_jump(test, true)?;
                let m = match msg {
                    Some(m) => {
                        let mt = self.ty(m);
                        let r = self.expr(m)?;
                        let s = self.str_of(&r, &mt)?;
                        vec![(s, Type::Str)]
                    }
                    None => vec![],
                };
                let aux = Rc::<str>::from("AssertionError");
                self.call_native("raise", Native::with(base::raise, aux), &m, &Type::None)?;
                self.patch_here(&ok)?;
            }
            StmtKind::Raise { exc: None, .. } => match self.caught.last() {
                Some(&exc) => self.reraise(exc)?,
                // Which exception is active outside the handler's own code
                // is known only at run time.
                None => {
                    return Err(self.err(
                        s.span,
                        "a bare 'raise' outside an 'except' clause is not supported by rumba",
                    ))
                }
            },
            StmtKind::Raise { exc: Some(e), .. } => {
                self.raise(e)?;
                self.env = None;
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    match &t.kind {
                        ExprKind::Name(n) => {
                            if let Some(env) = &mut self.env {
                                env.remove(n.as_str());
                            }
                            self.set_bound(n, false)?;
                        }
                        ExprKind::Subscript { value, index } => self.del_item(value, index)?,
                        _ => return Err(self.err(t.span, "cannot delete this expression")),
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(s, body, handlers, orelse, finalbody)?,
            StmtKind::With { .. } => {
                let Some(st) = self.typed.with_stmts.get(&typed::stmt_key(s)).cloned() else {
                    return Err(self.err(s.span, "internal error: 'with' not typed"));
                };
                match self.typed.objmode.get(&typed::stmt_key(s)) {
                    Some(&(_, nout)) => {
                        let (plain, back) = st.split_at(st.len() - nout);
                        let was = std::mem::replace(&mut self.jitted, false);
                        let r = self.block(plain);
                        self.jitted = was;
                        r?;
                        self.block(back)?;
                    }
                    None => self.block(&st)?,
                }
            }
            StmtKind::Nonlocal(_) => {
                return Err(self.err(s.span, "unsupported statement"));
            }
        }
        Ok(())
    }

    fn coerce_opt(&mut self, env: &Option<Env>) -> LResult<()> {
        match env {
            Some(e) => self.coerce_to(e),
            None => Ok(()),
        }
    }

    /// Registers holding `v` side by side (copying if they are not).
    fn consecutive(&mut self, v: &[Reg], t: &Type) -> LResult<Regs> {
        if v.windows(2).all(|w| w[1] == w[0] + 1) && !v.is_empty() {
            return Ok(v.iter().copied().collect());
        }
        let dst = self.block_for(t)?;
        self.mov_all(&dst, v);
        Ok(dst)
    }

    fn assign(&mut self, target: &Expr, v: &[Reg], vt: &Type) -> LResult<()> {
        self.span = target.span;
        match &target.kind {
            ExprKind::Name(name) => {
                let name: Rc<str> = Rc::from(name.as_str());
                let tt = self.ty(target);
                if tt.slots() == 0 {
                    if let Some(env) = &mut self.env {
                        env.insert(name, tt);
                    }
                    return Ok(());
                }
                let c = self.convert(v, vt, &tt, false)?;
                match self.typed.res.get(&target.id) {
                    Some(Res::Global(slots)) => {
                        let slots = slots.clone();
                        self.write_global(&slots, &tt, &c)?;
                        if self.storage == Storage::Global {
                            self.set_bound(&name, true)?;
                            if let Some(env) = &mut self.env {
                                env.insert(name, tt);
                            }
                        }
                        Ok(())
                    }
                    _ => {
                        self.write_var(&name, &tt, &c)?;
                        self.set_bound(&name, true)
                    }
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let (v, elems) = match vt.unnamed() {
                    Type::Tuple(elems) => (v.iter().copied().collect(), elems),
                    Type::List(_) | Type::Array(_) | Type::Str => {
                        self.unpack_seq(v[0], vt, &self.ty(&items[0]), items.len())?
                    }
                    _ => return Err(self.err(target.span, "cannot unpack")),
                };
                let v = &v[..];
                // Copy variables first, so `a, b = b, a` reads before it
                // writes; fresh temporaries need no copy.
                let mut parts = Vec::new();
                let mut off = 0;
                for et in elems.iter() {
                    let n = et.slots();
                    let src: Regs = v[off..off + n].iter().copied().collect();
                    if src.iter().all(|r| self.temps.contains(r)) {
                        parts.push(src);
                        off += n;
                        continue;
                    }
                    let tmp = self.temps_for(et)?;
                    for (&d, &s) in tmp.iter().zip(&src) {
                        let op = if self.class[d as usize] {
                            Op::MOVR
                        } else {
                            Op::MOV
                        };
                        self.ad(op, d, s as u32);
                    }
                    parts.push(tmp);
                    off += n;
                }
                for ((item, et), part) in items.iter().zip(elems.iter()).zip(parts) {
                    self.assign(item, &part, et)?;
                }
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.store_subscript(target, value, index, v, vt)
            }
            ExprKind::Attribute { value, .. } => self.store_field(target, value, v, vt),
            _ => Err(self.err(target.span, "cannot assign to this expression")),
        }
    }

    /// The elements of a list, array or string unpacked into `n` targets
    /// of type `elem`, after checking its length at run time.
    fn unpack_seq(
        &mut self,
        v: Reg,
        vt: &Type,
        elem: &Type,
        n: usize,
    ) -> LResult<(Regs, Rc<[Type]>)> {
        let keep = self.new_reg(vt.is_ref())?;
        self.mov(keep, v);
        let len = self.seq_len(keep, vt)?;
        let aux = vm::lib_tuple::UnpackAux {
            n,
            cpython: !self.jitted,
        };
        self.call_native(
            "unpack",
            Native::with(vm::lib_tuple::unpack_check, aux),
            &[(smallvec::smallvec![len], PYINT)],
            &Type::None,
        )?;
        let mut out = Regs::new();
        for k in 0..n {
            let idx = self.temp(false)?;
            self.load_int(idx, k as i64)?;
            out.extend(self.seq_item(&[keep], vt, idx, elem)?);
        }
        Ok((out, vec![elem.clone(); n].into()))
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> LResult<()> {
        let tt = self.ty(target);
        let vt = self.ty(value);
        if let Type::Set(_) = &tt {
            return self.set_aug_assign(target, op, value);
        }
        if let ExprKind::Subscript { value: obj, index } = &target.kind {
            if let Type::Dict(_) = self.ty(obj) {
                return self.dict_aug_assign(target, obj, index, op, value);
            }
        }
        let cx = super::typeck::npcomplex::is_complex;
        if let (Type::Array(a), true) = (&tt, cx(&tt) || cx(&vt)) {
            let op = match op {
                BinOp::Add => vm::lib_npcomplex::BinOp::Add,
                BinOp::Sub => vm::lib_npcomplex::BinOp::Sub,
                BinOp::Mul => vm::lib_npcomplex::BinOp::Mul,
                BinOp::Div => vm::lib_npcomplex::BinOp::Div,
                _ => {
                    return Err(self.err(
                        target.span,
                        "this operator on complex arrays is not supported by rumba",
                    ))
                }
            };
            if a.dtype != DType::C128
                || matches!(self.typed.res.get(&target.id), Some(Res::Call(_)))
            {
                let msg = "complex values update complex arrays or their slices only (numpy cannot cast complex to real)";
                return Err(self.err(target.span, msg));
            }
            let (aux, slots) = super::typeck::npcomplex::binop_res(op, &tt, &vt, self.jitted);
            let cur = self.expr(target)?;
            let r = self.expr(value)?;
            let r = self.convert(&r, &vt, &slots[1], false)?;
            self.call_native(
                "in-place",
                Native::with(vm::lib_npcomplex::binop_into, aux),
                &[(cur, tt.clone()), (r, slots[1].clone())],
                &Type::None,
            )?;
            return Ok(());
        }
        if let Type::Array(a) = &tt {
            // numpy updates arrays in place; `a[idx] += v` updates a copy
            // of the picked elements, then stores it back, as numpy's
            // `__setitem__` does (the index evaluated once).
            let fancy = match (&target.kind, self.typed.res.get(&target.id)) {
                (ExprKind::Subscript { value: obj, index }, Some(Res::Call(c))) => {
                    Some((obj, index, c.clone()))
                }
                _ => None,
            };
            let (cur, fancy) = match fancy {
                Some((obj, index, c)) => {
                    let (ot, it) = (self.ty(obj), self.ty(index));
                    let o = self.expr(obj)?;
                    let i = self.expr(index)?;
                    let args = vec![(o.clone(), ot.clone()), (i.clone(), it.clone())];
                    let cur = self.native_call_with(&c, args, &tt)?;
                    (cur, Some((o, ot, i, it)))
                }
                None => (self.expr(target)?, None),
            };
            let r = self.expr(value)?;
            let slot = npy::slot_type(&vt);
            let r = self.convert(&r, &vt, &slot, false)?;
            let kind = npy::BinKind::from_symbol(op.symbol());
            let aux = npy::BinAux::new(kind, &tt, &vt, a.dtype);
            self.call_native(
                "in-place",
                Native::with(npy::binop_into, aux),
                &[(cur.clone(), tt.clone()), (r, slot)],
                &Type::None,
            )?;
            if let Some((o, ot, i, it)) = fancy {
                self.store_fancy(&o, &ot, i, it, &cur, &tt)?;
            }
            return Ok(());
        }
        // Evaluate the target's container and index once.
        match &target.kind {
            ExprKind::Name(n) => {
                // The target's type is the result's; the variable may have
                // another before (`s = 0.5; s += np.float32(1)`).
                let name: Rc<str> = Rc::from(n.as_str());
                let before = self.env.as_ref().and_then(|e| e.get(&name)).cloned();
                let declared_global = self.storage == Storage::Local
                    && matches!(self.typed.res.get(&target.id), Some(Res::Global(_)));
                let (cur, ct) = match before {
                    Some(b) if b != tt && b.slots() > 0 && !declared_global => {
                        (self.read_var(&name, &b)?, b)
                    }
                    _ => (self.expr(target)?, tt.clone()),
                };
                let rt = self.binop_result_type(op, &ct, &vt, value)?;
                if let Some(k) = self.addi_const(op, value, &rt) {
                    let a = self.convert(&cur, &ct, &rt, false)?[0];
                    let out = self.temp(false)?;
                    self.abi(Op::ADDI, out, a, k);
                    return self.assign_aug_result(target, &[out], &rt);
                }
                let r = self.expr(value)?;
                let res = self.binop(op, &cur, &ct, &r, &vt, &rt, Some(value))?;
                self.assign_aug_result(target, &res, &rt)
            }
            ExprKind::Subscript { value: obj, index } => {
                let ot = self.ty(obj);
                let o = self.expr(obj)?;
                let idx = match ot {
                    Type::Record(_) => Vec::new(),
                    _ => self.index_values(index)?,
                };
                let cur = self.load_subscript(target, &o, &ot, index, &idx, &tt)?;
                let r = self.expr(value)?;
                let rt = self.binop_result_type(op, &tt, &vt, value)?;
                let res = self.binop(op, &cur, &tt, &r, &vt, &rt, Some(value))?;
                self.store_subscript_with(target, &o, &ot, index, &idx, &res, &rt)
            }
            ExprKind::Attribute { value: obj, .. } => {
                if let Some(Res::Member(f, ft)) = self.typed.res.get(&target.id).cloned() {
                    let ot = self.ty(obj);
                    let o = self.expr(obj)?;
                    let cur = self.member_get(&o, &ot, &f, &ft)?;
                    let r = self.expr(value)?;
                    let rt = self.binop_result_type(op, &tt, &vt, value)?;
                    let res = self.binop(op, &cur, &tt, &r, &vt, &rt, Some(value))?;
                    return self.member_set(&o, &ot, &f, &ft, &res, &rt);
                }
                let (o, ot) = self.field_base(target, obj)?;
                let cur = self.load_field(target, &o, &ot)?;
                let r = self.expr(value)?;
                let rt = self.binop_result_type(op, &tt, &vt, value)?;
                let res = self.binop(op, &cur, &tt, &r, &vt, &rt, Some(value))?;
                self.store_field_with(target, &o, &ot, &res, &rt)
            }
            _ => Err(self.err(target.span, "bad augmented assignment target")),
        }
    }

    /// An augmented assignment to a name stores the result, whose type the
    /// inference recorded on the name (as for a plain assignment).
    fn assign_aug_result(&mut self, target: &Expr, res: &[Reg], rt: &Type) -> LResult<()> {
        self.assign(target, res, rt)
    }

    fn binop_result_type(
        &mut self,
        op: BinOp,
        lt: &Type,
        rt: &Type,
        value: &Expr,
    ) -> LResult<Type> {
        if let Some(t) = super::typeck::ops::scalar_binop_type(op, lt, rt, self.jitted) {
            return Ok(t);
        }
        // Non-numeric operators: the inference computed the result type on
        // the target (after the assignment) for names; recompute it here.
        let _ = value;
        Ok(match (op, lt, rt) {
            (BinOp::Add, Type::Str, _)
            | (BinOp::Mul, Type::Str, _)
            | (BinOp::Mod, Type::Str, _) => Type::Str,
            (_, Type::List(_), _) => lt.clone(),
            (BinOp::Add, Type::Tuple(a), Type::Tuple(b)) => {
                Type::tuple(a.iter().chain(b.iter()).cloned().collect())
            }
            (_, Type::Ptr(_) | Type::CData(_), Type::Int(_)) => {
                super::typeck::ops::decay(self.prog, lt)
            }
            (_, Type::Array(a), _) => Type::Array(a.clone()),
            _ => return Err(self.err(self.span, "unsupported augmented assignment")),
        })
    }

    fn while_loop(&mut self, s: &Stmt, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> LResult<()> {
        let key = typed::stmt_key(s);
        let head = self.typed.joins.get(&(key, JOIN_LOOP_HEAD)).cloned();
        let exit = self.typed.joins.get(&(key, JOIN_LOOP_EXIT)).cloned();
        let else_env = self.typed.joins.get(&(key, JOIN_LOOP_ELSE)).cloned();
        self.coerce_opt(&head)?;
        let c = self.typed.consts.get(&test.id).and_then(const_truth);
        let to_test = if c == Some(true) {
            None
        } else {
            Some(self.jump(Op::JMP, 0))
        };
        let body_start = self.here();
        self.ad(Op::LOOP, 0, 0);
        self.set_env(head.as_ref());
        let labels = self.loop_body(body, &head, &exit)?;
        self.span = test.span;
        if let Some(j) = to_test {
            self.patch_here(&[j])?;
            self.set_env(head.as_ref());
            let back = self.cond_jump(test, true)?;
            for b in back {
                self.patch(b, body_start)?;
            }
        } else {
            let j = self.jump(Op::JMP, 0);
            self.patch(j, body_start)?;
        }
        // Normal exit: the condition was false.
        if c == Some(true) {
            self.env = None;
        } else {
            self.set_env(head.as_ref());
        }
        self.loop_exit(orelse, else_env, exit, &labels.breaks)
    }

    /// The end of a loop whose condition failed: its `else` block, then the
    /// exit where breaks land with the variables at the exit's types.
    fn loop_exit(
        &mut self,
        orelse: &[Stmt],
        else_env: Option<Env>,
        exit: Option<Env>,
        breaks: &[usize],
    ) -> LResult<()> {
        if !orelse.is_empty() && self.env.is_some() {
            self.set_env(else_env.as_ref());
            self.block(orelse)?;
        }
        if self.env.is_some() {
            self.coerce_opt(&exit)?;
        }
        self.patch_here(breaks)?;
        self.set_env(exit.as_ref());
        Ok(())
    }

    /// A loop body: its continues land after it, where the variables are
    /// brought to the loop head's types. Returns the breaks to patch.
    fn loop_body(
        &mut self,
        body: &[Stmt],
        head: &Option<Env>,
        exit: &Option<Env>,
    ) -> LResult<LoopLabels> {
        self.loops.push(LoopLabels {
            breaks: Vec::new(),
            continues: Vec::new(),
            exit_env: exit.clone(),
            head_env: head.clone(),
        });
        self.block(body)?;
        if self.env.is_some() {
            self.coerce_opt(head)?;
        }
        let Some(labels) = self.loops.pop() else {
            return Err(self.err(self.span, "internal error: loop labels lost"));
        };
        self.patch_here(&labels.continues)?;
        Ok(labels)
    }

    fn for_loop(
        &mut self,
        s: &Stmt,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> LResult<()> {
        let key = typed::stmt_key(s);
        if let Some(u) = self.typed.unrolled.get(&key) {
            return self.unrolled_for(s, iter, u, orelse);
        }
        let head = self.typed.joins.get(&(key, JOIN_LOOP_HEAD)).cloned();
        let exit = self.typed.joins.get(&(key, JOIN_LOOP_EXIT)).cloned();
        let else_env = self.typed.joins.get(&(key, JOIN_LOOP_ELSE)).cloned();
        let it = self.ty(iter);
        // The counter: index, stop, step and the visible value, side by side.
        let base = self.new_reg(false)?;
        for _ in 0..3 {
            self.new_reg(false)?;
        }
        let plan = self.iter_plan(iter, &it, base)?;
        // A fresh integer loop variable can live in the counter's visible
        // register, saving a copy per iteration.
        if let (IterPlan::Range, ExprKind::Name(n), Storage::Local) =
            (&plan, &target.kind, self.storage)
        {
            let key = (Rc::from(n.as_str()), PYINT);
            if self.ty(target) == PYINT && !self.vars.contains_key(&key) {
                self.vars.insert(key, smallvec::smallvec![base + 3]);
            }
        }
        self.coerce_opt(&head)?;
        let prep = self.jump(Op::FORPREP, base);
        let body_start = self.here();
        self.set_env(head.as_ref());
        self.span = target.span;
        let elem_t = self
            .typed
            .iter_elems
            .get(&iter.id)
            .cloned()
            .unwrap_or(Type::Unknown);
        let elem = self.iter_elem(&plan, base + 3, &elem_t)?;
        let exits = std::mem::take(&mut self.iter_exits);
        self.assign(target, &elem, &elem_t)?;
        self.release_temps();
        let labels = self.loop_body(body, &head, &exit)?;
        self.span = iter.span;
        let back = self.jump(Op::FORLOOP, base);
        self.patch(back, body_start)?;
        self.patch_here(&[prep])?;
        self.patch_here(&exits)?;
        if let IterPlan::Seq(keep, t @ (Type::Dict(_) | Type::Set(_))) = &plan {
            self.container_end(keep, t)?;
        }
        self.set_env(head.as_ref());
        self.loop_exit(orelse, else_env, exit, &labels.breaks)
    }

    // ------------------------------------------------------------ iteration

    /// Sets up the counter registers for iterating `iter`; returns what each
    /// step reads.
    fn iter_plan(&mut self, iter: &Expr, it: &Type, base: Reg) -> LResult<IterPlan> {
        if let Some(name) = super::typeck::iterate::helper_name_of(self.prog, it) {
            if matches!(name, "flat" | "ndenumerate") {
                return self.flat_plan(iter, name, base);
            }
            if name.starts_with("itertools.") {
                return self.itertools_plan(iter, name, base);
            }
            let ExprKind::Call { args, keywords, .. } = &iter.kind else {
                return Err(self.err(iter.span, "bad iteration"));
            };
            return match name {
                "enumerate" => {
                    let at = self.ty(&args[0]);
                    let inner = self.iter_plan(&args[0], &at, base)?;
                    // Over a range the counter holds the value; the count is
                    // recovered from the first value.
                    let range_start = match inner {
                        IterPlan::Range => {
                            let k = self.new_reg(false)?;
                            self.mov(k, base);
                            Some(k)
                        }
                        _ => None,
                    };
                    let start = args.get(1).or(keywords.first().map(|k| &k.value));
                    let start = match start {
                        Some(s) => {
                            let st = self.ty(s);
                            let r = self.expr(s)?;
                            let r = self.convert(&r, &st, &PYINT, false)?;
                            let keep = self.new_reg(false)?;
                            self.mov(keep, r[0]);
                            Some(keep)
                        }
                        None => None,
                    };
                    Ok(IterPlan::Enumerate(Box::new(inner), start, range_start))
                }
                "zip" if args.iter().any(|a| matches!(self.ty(a), Type::Gen(_))) => {
                    self.zip_gen_plan(args, base)
                }
                "zip" => {
                    let mut plans = Vec::new();
                    let mut lens = Vec::new();
                    for a in args {
                        let at = self.ty(a);
                        let (src, len) = self.sequence(a, &at)?;
                        plans.push((src, at));
                        lens.push(len);
                    }
                    // Iterate up to the shortest length.
                    let stop = lens[0];
                    for &l in &lens[1..] {
                        self.abc(Op::MIN, stop, stop, l);
                    }
                    self.ad(Op::KINT, base, 0);
                    self.mov(base + 1, stop);
                    self.ad(Op::KINT, base + 2, 1);
                    Ok(IterPlan::Zip(plans))
                }
                _ => {
                    let a = &args[0];
                    let at = self.ty(a);
                    if let Type::Range = at {
                        let r = self.expr(a)?;
                        // reversed(range(a, b, s)): from the last element down.
                        let rev = self.call_native(
                            "reversed",
                            Native::plain(base::range_reversed),
                            &[(r, Type::Range)],
                            &Type::Range,
                        )?;
                        self.mov_all(&[base, base + 1, base + 2], &rev);
                        return Ok(IterPlan::Range);
                    }
                    let (src, len) = self.sequence(a, &at)?;
                    // Index from len-1 down to 0.
                    self.abi(Op::ADDI, base, len, -1);
                    self.ad(Op::KINT, base + 1, -1i32 as u32);
                    self.ad(Op::KINT, base + 2, -1i32 as u32);
                    Ok(IterPlan::Seq(src, at))
                }
            };
        }
        match it {
            Type::Range => {
                self.range_into(iter, base)?;
                Ok(IterPlan::Range)
            }
            Type::Gen(_) => self.gen_plan(iter, it, base),
            _ => {
                let (src, len) = self.sequence(iter, it)?;
                self.ad(Op::KINT, base, 0);
                self.mov(base + 1, len);
                self.ad(Op::KINT, base + 2, 1);
                Ok(IterPlan::Seq(src, it.clone()))
            }
        }
    }

    /// `a.flat`, `np.ndenumerate(a)`: the counter runs over the array's size;
    /// each step reads the element it reaches.
    fn flat_plan(&mut self, iter: &Expr, name: &str, base: Reg) -> LResult<IterPlan> {
        let src = super::typeck::numpy::flat_source(iter, name)
            .ok_or_else(|| self.err(iter.span, "bad iteration"))?;
        let at = self.ty(src);
        let Type::Array(a) = &at else {
            return Err(self.err(iter.span, "bad iteration"));
        };
        let v = self.expr(src)?;
        let keep = self.new_reg(true)?;
        self.mov(keep, v[0]);
        let size = self.new_reg(false)?;
        self.abc(Op::ALEN, size, keep, 0);
        for d in 1..a.ndim {
            let x = self.temp(false)?;
            self.abc(Op::ALEN, x, keep, Reg::from(d));
            self.abc(Op::MUL, size, size, x);
        }
        self.ad(Op::KINT, base, 0);
        self.mov(base + 1, size);
        self.ad(Op::KINT, base + 2, 1);
        Ok(IterPlan::Flat(keep, at.clone(), name == "ndenumerate"))
    }

    /// A range's start, stop and step into `base..base+3`; the arguments of
    /// a `range(...)` call are evaluated straight into place.
    fn range_into(&mut self, e: &Expr, base: Reg) -> LResult<()> {
        let call = match (&e.kind, self.typed.res.get(&e.id)) {
            (ExprKind::Call { args, .. }, Some(Res::Call(c)))
                if matches!(c.kind, CallKind::Intrinsic(Intrinsic::Range)) =>
            {
                Some(args)
            }
            _ => None,
        };
        let Some(args) = call else {
            let r = self.expr(e)?;
            self.mov_all(&[base, base + 1, base + 2], &r);
            return Ok(());
        };
        let arg = |lw: &mut Self, a: &Expr, dst: Reg| -> LResult<()> {
            let t = lw.ty(a);
            let r = lw.expr(a)?;
            let r = lw.convert(&r, &t, &PYINT, false)?;
            lw.mov(dst, r[0]);
            Ok(())
        };
        match args.len() {
            1 => {
                self.load_int(base, 0)?;
                arg(self, &args[0], base + 1)?;
                self.load_int(base + 2, 1)?;
            }
            2 => {
                arg(self, &args[0], base)?;
                arg(self, &args[1], base + 1)?;
                self.load_int(base + 2, 1)?;
            }
            _ => {
                arg(self, &args[0], base)?;
                arg(self, &args[1], base + 1)?;
                arg(self, &args[2], base + 2)?;
            }
        }
        Ok(())
    }

    /// A sequence kept in registers for the loop, and its length.
    fn sequence(&mut self, e: &Expr, t: &Type) -> LResult<(Regs, Reg)> {
        if let Type::Dict(_) | Type::Set(_) = t {
            return self.container_sequence(e, t);
        }
        let v = self.expr(e)?;
        if let Type::Range = t {
            let keep: Regs = (0..3)
                .map(|_| self.new_reg(false))
                .collect::<LResult<_>>()?;
            self.mov_all(&keep, &v);
            let r = self.call_native(
                "len",
                Native::plain(base::range_len),
                &[(keep.clone(), Type::Range)],
                &PYINT,
            )?;
            let len = self.new_reg(false)?;
            self.mov(len, r[0]);
            return Ok((keep, len));
        }
        if let Type::Tuple(items) = t {
            let keep: Regs = t
                .ref_flags()
                .into_iter()
                .map(|r| self.new_reg(r))
                .collect::<LResult<_>>()?;
            self.mov_all(&keep, &v);
            let len = self.new_reg(false)?;
            self.load_int(len, items.len() as i64)?;
            return Ok((keep, len));
        }
        if t.slots() != 1 {
            return Err(self.err(
                e.span,
                format!("cannot iterate over {}", self.prog.type_name(t)),
            ));
        }
        let keep = self.new_reg(t.is_ref())?;
        self.mov(keep, v[0]);
        let len = self.seq_len(keep, t)?;
        Ok((smallvec::smallvec![keep], len))
    }

    /// The length of the one-slot sequence in `keep`, in a new register.
    fn seq_len(&mut self, keep: Reg, t: &Type) -> LResult<Reg> {
        let len = self.new_reg(false)?;
        match t {
            Type::Array(_) => {
                self.abc(Op::ALEN, len, keep, 0);
            }
            Type::CData(id) => match self.prog.ctypes.get(*id) {
                CType::Array { len: Some(n), .. } => self.load_int(len, *n as i64)?,
                CType::Array { elem, len: None } => {
                    let esize = self.prog.ctypes.size(*elem).unwrap_or(1) as usize;
                    let args = [(smallvec::smallvec![keep], t.clone())];
                    let r = self.call_native(
                        "len",
                        Native::with(vm::ffi::natives::cdata_len, esize),
                        &args,
                        &PYINT,
                    )?;
                    self.mov(len, r[0]);
                }
                _ => {
                    return Err(
                        self.err(self.span, "cannot iterate over C data that is not an array")
                    )
                }
            },
            Type::List(_) | Type::TypedList(_) | Type::VarTuple(_) => {
                let r = self.call_native(
                    "len",
                    Native::plain(base::list_len),
                    &[(smallvec::smallvec![keep], t.clone())],
                    &PYINT,
                )?;
                self.mov(len, r[0]);
            }
            Type::Str => {
                let r = self.call_native(
                    "len",
                    Native::plain(base::str_len),
                    &[(smallvec::smallvec![keep], t.clone())],
                    &PYINT,
                )?;
                self.mov(len, r[0]);
            }
            _ => {
                return Err(self.err(
                    self.span,
                    format!("cannot iterate over {}", self.prog.type_name(t)),
                ))
            }
        }
        Ok(len)
    }

    /// The element for the current index in `idx`.
    fn iter_elem(&mut self, plan: &IterPlan, idx: Reg, elem_t: &Type) -> LResult<Regs> {
        match plan {
            IterPlan::Range => Ok(smallvec::smallvec![idx]),
            IterPlan::Gen(g, t) => self.gen_step(*g, t, elem_t),
            IterPlan::ZipLazy(parts) => self.zip_gen_elem(parts, idx, elem_t),
            IterPlan::Seq(src, t) => self.seq_item(src, t, idx, elem_t),
            IterPlan::Flat(src, t, indexed) => self.call_native(
                "flat",
                Native::with(vm::lib_nditer::flat_item, *indexed),
                &[
                    (smallvec::smallvec![*src], t.clone()),
                    (smallvec::smallvec![idx], PYINT),
                ],
                elem_t,
            ),
            IterPlan::Enumerate(inner, start, range_start) => {
                let Type::Tuple(items) = elem_t else {
                    return Err(self.err(self.span, "bad enumerate"));
                };
                let zero_based = match range_start {
                    // (value - first) / step
                    Some(first) => {
                        let t = self.temp(false)?;
                        self.abc(Op::SUB, t, idx, *first);
                        self.abc(Op::DIV, t, t, idx - 1);
                        t
                    }
                    None => idx,
                };
                let count = match start {
                    Some(s) => {
                        let t = self.temp(false)?;
                        self.abc(Op::ADD, t, zero_based, *s);
                        t
                    }
                    None => zero_based,
                };
                let el = self.iter_elem(inner, idx, &items[1])?;
                let mut out: Regs = smallvec::smallvec![count];
                out.extend(el);
                Ok(out)
            }
            IterPlan::Zip(parts) => {
                let Type::Tuple(items) = elem_t else {
                    return Err(self.err(self.span, "bad zip"));
                };
                let mut out = Regs::new();
                for ((src, t), et) in parts.iter().zip(items.iter()) {
                    out.extend(self.seq_item(src, t, idx, et)?);
                }
                Ok(out)
            }
        }
    }

    fn seq_item(&mut self, srcs: &[Reg], t: &Type, idx: Reg, elem_t: &Type) -> LResult<Regs> {
        if let Type::Tuple(_) = t {
            return self.tuple_get(srcs, t, idx, elem_t);
        }
        let src = srcs[0];
        match t {
            Type::Range => {
                let out = self.temp(false)?;
                self.abc(Op::MUL, out, idx, srcs[2]);
                self.abc(Op::ADD, out, out, srcs[0]);
                Ok(smallvec::smallvec![out])
            }
            Type::Array(a) if a.ndim == 1 => {
                if let DType::Record(_) = a.dtype {
                    return self.call_native(
                        "record",
                        Native::plain(npy::record_elem),
                        &[
                            (smallvec::smallvec![src], t.clone()),
                            (smallvec::smallvec![idx], PYINT),
                        ],
                        elem_t,
                    );
                }
                if a.dtype == DType::C128 {
                    let addr = self.temp(false)?;
                    self.emit(Ins::idx(Op::AIDX, addr, src, idx, 1));
                    return self.load_at(addr, 0, elem_t);
                }
                if let DType::Text { .. } = a.dtype {
                    let addr = self.temp(false)?;
                    self.emit(Ins::idx(Op::AIDX, addr, src, idx, 1));
                    if let Some(r) = self.load_special(addr, 0, a.dtype, elem_t)? {
                        return Ok(r);
                    }
                }
                let dst = self.temp(false)?;
                let op = bc::typed(Op::ALD_B, a.dtype)
                    .ok_or_else(|| self.err(self.span, "unsupported array dtype"))?;
                self.abc(op, dst, src, idx);
                Ok(smallvec::smallvec![dst])
            }
            Type::Array(_) => {
                let aux = npy::SliceAux {
                    dims: vec![npy::SliceDim::Index],
                };
                self.call_native(
                    "row",
                    Native::with(npy::slice, aux),
                    &[
                        (smallvec::smallvec![src], t.clone()),
                        (smallvec::smallvec![idx], PYINT),
                    ],
                    elem_t,
                )
            }
            Type::CData(_) => self.c_elem_load(srcs, t, idx, elem_t),
            Type::Dict(_) | Type::Set(_) => self.container_item(srcs, t, idx, elem_t),
            Type::List(_) | Type::TypedList(_) | Type::VarTuple(_) => self.call_native(
                "list item",
                Native::plain(base::list_get),
                &[
                    (smallvec::smallvec![src], t.clone()),
                    (smallvec::smallvec![idx], PYINT),
                ],
                elem_t,
            ),
            Type::Str => self.call_native(
                "str item",
                Native::plain(base::str_index),
                &[
                    (smallvec::smallvec![src], t.clone()),
                    (smallvec::smallvec![idx], PYINT),
                ],
                elem_t,
            ),
            _ => Err(self.err(self.span, "cannot iterate")),
        }
    }
}

/// What a `for` loop's counter indexes.
enum IterPlan {
    /// The counter is the value.
    Range,
    /// Index into a sequence (in registers) of the given type.
    Seq(Regs, Type),
    /// The inner plan, the register with the count's start, and for ranges
    /// the register with the first value.
    Enumerate(Box<IterPlan>, Option<Reg>, Option<Reg>),
    Zip(Vec<(Regs, Type)>),
    /// The array (in a register) whose elements `a.flat` or
    /// `np.ndenumerate` yields, and whether with their indices.
    Flat(Reg, Type, bool),
    /// A generator (in a register) stepped each iteration.
    Gen(Reg, Type),
    /// `zip` of sequences and generators.
    ZipLazy(Vec<ZipPart>),
}

/// One iterable of a `zip` over generators: a sequence with its length,
/// or a generator.
enum ZipPart {
    Seq(Regs, Type, Reg),
    Gen(Reg, Type),
}

fn const_truth(c: &Const) -> Option<bool> {
    match c {
        Const::Bool(b) => Some(*b),
        Const::Int(i) => Some(*i != 0),
        Const::None => Some(false),
        _ => None,
    }
}

mod buffer;
mod class;
mod dict;
mod exc;
mod expr;
mod generator;
mod itertools;
mod keyed;
mod optional;
mod record;
mod unroll;
