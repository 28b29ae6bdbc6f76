//! The embedding API: an `Engine` loads scripts and calls their functions
//! with Rust values; host functions registered with it are callable from
//! scripts. Every failure is an `Error` carrying the rendered diagnostic or
//! traceback; nothing a script does panics the host.

use crate::driver::{Driver, Failure};
use crate::front::diag::SourceFile;
use crate::front::typed::ModId;
use crate::program::Program;
use std::fmt;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use vm::dtype::DType;
use vm::interp::Output;
use vm::types::{Layout, Type, PYINT};
use vm::value::{self, ArrayObj, BufferObj};

/// What went wrong, with the text rumba prints for it.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    /// Python's exception class (`IndexError`, `SyntaxError`...).
    pub class: String,
    /// The message with its location (compile errors) or traceback
    /// (runtime errors), as the `rumba` command prints it.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source could not be read.
    Io,
    /// The program is malformed or does not type-check.
    Compile,
    /// The program raised an exception while running.
    Runtime,
    /// `sys.exit(status)`.
    Exit(i32),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text.trim_end())
    }
}

impl std::error::Error for Error {}

impl Error {
    fn from_failure(driver: &Driver, f: Failure) -> Error {
        match f {
            Failure::Compile(d) => Error {
                kind: ErrorKind::Compile,
                class: d.kind.to_string(),
                text: d.to_string(),
            },
            Failure::Runtime(e, text) => {
                let kind = match (e.kind.as_str(), driver.vm.exit_code) {
                    ("SystemExit", Some(code)) => ErrorKind::Exit(code),
                    _ => ErrorKind::Runtime,
                };
                Error {
                    kind,
                    class: e.kind,
                    text,
                }
            }
        }
    }

    fn usage(msg: impl Into<String>) -> Error {
        let msg = msg.into();
        Error {
            kind: ErrorKind::Compile,
            class: "TypeError".into(),
            text: format!("TypeError: {msg}\n"),
        }
    }
}

/// A loaded script module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    engine: u64,
    id: ModId,
}

/// A value passed to or returned from a script function.
#[derive(Debug, PartialEq)]
pub enum Value<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Tuple(Vec<Value<'a>>),
    /// A 1-D float64 array sharing the host's memory for the call.
    F64Array(&'a mut [f64]),
    /// A 1-D int64 array sharing the host's memory for the call.
    I64Array(&'a mut [i64]),
}

pub struct Engine {
    /// Declared first so that the VM (and the callbacks into it) goes
    /// before the libraries the program opened.
    driver: Driver,
    prog: Program,
    /// Tells this engine's `Function` handles from other engines'.
    id: u64,
}

/// The next engine's id.
static ENGINES: AtomicU64 = AtomicU64::new(0);

fn engine_id() -> u64 {
    ENGINES.fetch_add(1, Ordering::Relaxed)
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// How an engine runs code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// The interpreter alone.
    Interp,
    /// The interpreter with the tracing JIT compiling loops that run at
    /// least `hot` times.
    Jit { hot: u16 },
}

impl Tier {
    /// The JIT with its usual threshold.
    pub const JIT: Tier = Tier::Jit {
        hot: vm::interp::HOT_LOOP,
    };

    /// The tier a new engine uses: the JIT where it has a backend.
    pub fn default_for_host() -> Tier {
        if cfg!(target_arch = "x86_64") {
            Tier::JIT
        } else {
            Tier::Interp
        }
    }
}

/// What the JIT prints as it works, to the text [`Engine::take_jit_log`]
/// returns.
pub use jit::Dump as JitDump;

impl Engine {
    /// Chooses the tier. Compiled code is kept when switching back to the
    /// interpreter only as far as the bytecode already points at it.
    pub fn set_tier(&mut self, tier: Tier) -> Result<(), Error> {
        self.set_tier_with(tier, JitDump::default())
    }

    /// As [`Engine::set_tier`], dumping the JIT's work.
    pub fn set_tier_with(&mut self, tier: Tier, dump: JitDump) -> Result<(), Error> {
        let vm = &mut self.driver.vm;
        match tier {
            Tier::Interp => vm.tier = None,
            Tier::Jit { hot } => {
                let opts = jit::Options {
                    hot_loop: hot,
                    dump,
                    ..jit::Options::default()
                };
                let j = jit::Jit::new(opts).map_err(|e| Error {
                    kind: ErrorKind::Io,
                    class: "OSError".into(),
                    text: format!("rumba: cannot start the JIT: {e}\n"),
                })?;
                vm.set_hot_loop(hot);
                vm.tier = Some(Box::new(j));
            }
        }
        Ok(())
    }

    /// What the JIT did so far (`--jit-stats`); empty for the interpreter.
    pub fn jit_report(&self) -> String {
        let vm = &self.driver.vm;
        vm.tier.as_ref().map_or_else(String::new, |t| t.report(vm))
    }

    /// The JIT's dump text since the last call.
    pub fn take_jit_log(&mut self) -> String {
        self.driver
            .vm
            .tier
            .as_mut()
            .map_or_else(String::new, |t| t.take_log())
    }

    /// An engine printing to standard output.
    pub fn new() -> Engine {
        Engine::with_output(Output::Stdout(std::io::BufWriter::new(std::io::stdout())))
    }

    /// An engine that keeps printed output for `take_output`.
    pub fn capturing() -> Engine {
        Engine::with_output(Output::Capture(Vec::new()))
    }

    fn with_output(out: Output) -> Engine {
        Engine {
            driver: Driver::new(out),
            prog: Program::default(),
            id: engine_id(),
        }
    }

    /// The output printed so far (for a capturing engine).
    pub fn take_output(&mut self) -> String {
        self.driver.vm.out.take()
    }

    /// `sys.argv` as scripts see it.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.driver.argv = argv;
    }

    /// Where `import name` looks for `name.py`.
    pub fn set_search_dir(&mut self, dir: impl AsRef<Path>) {
        self.driver.search_dir = dir.as_ref().to_path_buf();
    }

    /// Direct access to the program, for the command line's dumps.
    pub fn program(&mut self) -> &mut Program {
        &mut self.prog
    }

    /// The id of one of this engine's modules.
    fn module(&self, m: Module) -> Result<ModId, Error> {
        match m.engine == self.id {
            true => Ok(m.id),
            false => Err(Error::usage("this module belongs to another engine")),
        }
    }

    /// Loads and runs a script file as module `__main__`-like `name`.
    pub fn load_file(&mut self, path: impl AsRef<Path>) -> Result<Module, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error {
            kind: ErrorKind::Io,
            class: "OSError".into(),
            text: format!("rumba: cannot read {}: {e}\n", path.display()),
        })?;
        if let Some(dir) = path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            self.driver.search_dir = dir.to_path_buf();
        }
        self.load_source(&path.display().to_string(), &text)
    }

    /// Loads and runs a script given as text; `name` appears in messages.
    pub fn load_source(&mut self, name: &str, text: &str) -> Result<Module, Error> {
        let file = SourceFile::new(name, text);
        let module_name = if self.prog.modules.is_empty() {
            "__main__"
        } else {
            name
        };
        let r = self.driver.load_module(&mut self.prog, module_name, file);
        self.driver.vm.out.flush();
        r.map(|id| Module {
            engine: self.id,
            id,
        })
        .map_err(|f| Error::from_failure(&self.driver, f))
    }

    /// Runs more source in a loaded module, as a REPL does.
    pub fn extend(&mut self, module: Module, name: &str, text: &str) -> Result<(), Error> {
        let file = SourceFile::new(name, text);
        let m = self.module(module)?;
        let r = self.driver.extend_module(&mut self.prog, m, file);
        self.driver.vm.out.flush();
        r.map_err(|f| Error::from_failure(&self.driver, f))
    }

    /// Compiles a script without running it: the errors `rumba check`
    /// reports.
    pub fn check_source(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let file = SourceFile::new(name, text);
        self.driver
            .check_module(&mut self.prog, "__main__", file)
            .map(drop)
            .map_err(|f| Error::from_failure(&self.driver, f))
    }

    /// Calls a script function with dynamically typed arguments.
    pub fn call(
        &mut self,
        module: Module,
        name: &str,
        args: &mut [Value],
    ) -> Result<Value<'static>, Error> {
        let types: Vec<Type> = args.iter().map(value_type).collect();
        let m = self.module(module)?;
        let (pid, ret) = self
            .driver
            .specialize_global(&mut self.prog, m, name, &types)
            .map_err(|f| Error::from_failure(&self.driver, f))?;
        let mut slots = Vec::new();
        let mut lent = Vec::new();
        for a in args.iter_mut() {
            to_slots(a, &mut slots, &mut lent);
        }
        let mut out = vec![0u64; ret.slots()];
        let r = self.driver.vm.call(pid, &slots, &mut out);
        release_args(&types, &slots);
        for buf in lent {
            detach(buf);
        }
        self.driver.vm.out.flush();
        match r {
            Ok(()) => {
                let v = from_slots(&ret, &out);
                release_args(std::slice::from_ref(&ret), &out);
                v.ok_or_else(|| Error::usage("the result does not match its type"))
            }
            Err(e) => {
                let text = self.driver.render_traceback(&e);
                Err(Error::from_failure(&self.driver, Failure::Runtime(e, text)))
            }
        }
    }

    /// A typed handle to a script function: `f.call(args)` converts Rust
    /// values in and out.
    pub fn function<A: Args, R: Ret>(
        &mut self,
        module: Module,
        name: &str,
    ) -> Result<Function<A, R>, Error> {
        let types = A::types();
        let m = self.module(module)?;
        let (pid, ret) = self
            .driver
            .specialize_global(&mut self.prog, m, name, &types)
            .map_err(|f| Error::from_failure(&self.driver, f))?;
        if !R::accepts(&ret) {
            return Err(Error::usage(format!(
                "{name} returns {}, which does not convert to the requested Rust type",
                self.prog.type_name(&ret)
            )));
        }
        Ok(Function {
            engine: self.id,
            pid,
            ret,
            types,
            _t: std::marker::PhantomData,
        })
    }

    /// Registers a host function callable from scripts loaded afterwards
    /// as `name(...)`. It takes numbers and bools (`FromScript`):
    ///
    /// ```
    /// let mut engine = rumba::Engine::capturing();
    /// engine.register("scale", |(x, k): (f64, i64)| Ok(x * k as f64));
    /// ```
    ///
    /// A script's array cannot be lent out as a Rust slice, so a slice
    /// parameter does not compile:
    ///
    /// ```compile_fail,E0277
    /// let mut engine = rumba::Engine::capturing();
    /// engine.register("scale", |(x, k): (&mut [f64], i64)| Ok(x[0] * k as f64));
    /// ```
    pub fn register<A: HostArgs, R: HostRet>(
        &mut self,
        name: &str,
        f: impl Fn(A) -> Result<R, String> + 'static,
    ) {
        let types = A::types();
        let ret = R::host_type();
        let call: Rc<crate::host::HostFn> =
            Rc::new(move |slots: &[u64]| -> Result<Vec<u64>, String> {
                let args = A::from_slots(slots).ok_or("called with the wrong arguments")?;
                f(args).map(|r| r.into_slots())
            });
        self.prog.register_host(name, types, ret, call);
    }
}

/// A typed handle to one specialization of a script function, usable with
/// the engine that made it.
pub struct Function<A, R> {
    engine: u64,
    pid: usize,
    ret: Type,
    types: Vec<Type>,
    _t: std::marker::PhantomData<(A, R)>,
}

impl<A: Args, R: Ret> Function<A, R> {
    pub fn call(&self, engine: &mut Engine, args: A) -> Result<R, Error> {
        if engine.id != self.engine {
            return Err(Error::usage("this function belongs to another engine"));
        }
        let mut lent = Vec::new();
        let slots = args.to_slots(&mut lent);
        let mut out = vec![0u64; self.ret.slots()];
        let r = engine.driver.vm.call(self.pid, &slots, &mut out);
        release_args(&self.types, &slots);
        for buf in lent {
            detach(buf);
        }
        engine.driver.vm.out.flush();
        match r {
            Ok(()) => {
                let v = R::from_slots(&self.ret, &out);
                release_args(std::slice::from_ref(&self.ret), &out);
                v.ok_or_else(|| Error::usage("the result does not match its type"))
            }
            Err(e) => {
                let text = engine.driver.render_traceback(&e);
                Err(Error::from_failure(
                    &engine.driver,
                    Failure::Runtime(e, text),
                ))
            }
        }
    }
}

fn value_type(v: &Value) -> Type {
    match v {
        Value::None => Type::None,
        Value::Bool(_) => Type::Bool,
        Value::Int(_) => PYINT,
        Value::Float(_) => Type::F64,
        Value::Str(_) => Type::Str,
        Value::Tuple(items) => Type::tuple(items.iter().map(value_type).collect()),
        Value::F64Array(_) => Type::array(DType::F64, 1, Layout::C),
        Value::I64Array(_) => Type::array(DType::I64, 1, Layout::C),
    }
}

/// A host slice seen as a 1-D array, without copying; the buffer is
/// recorded so it can be detached after the call.
fn lend(ptr: *mut u8, len: usize, dt: DType, lent: &mut Vec<u64>) -> u64 {
    let buf = BufferObj::borrowed(ptr, len * 8);
    value::incref(buf);
    lent.push(buf);
    ArrayObj::view(dt, 8, ptr, &[len as i64], &[8], buf)
}

/// After a call, a lent buffer still referenced by the script (stored in
/// a global, say) gets its own copy of the data, so the script never sees
/// the host's memory again.
fn detach(buf: u64) {
    BufferObj::detach_if_shared(buf);
    value::decref(buf);
}

fn to_slots(v: &mut Value, out: &mut Vec<u64>, lent: &mut Vec<u64>) {
    match v {
        Value::None => {}
        Value::Bool(b) => out.push(*b as u64),
        Value::Int(i) => out.push(*i as u64),
        Value::Float(f) => out.push(f.to_bits()),
        Value::Str(s) => out.push(value::new_str(s.as_str())),
        Value::Tuple(items) => items.iter_mut().for_each(|i| to_slots(i, out, lent)),
        Value::F64Array(a) => out.push(lend(a.as_mut_ptr() as *mut u8, a.len(), DType::F64, lent)),
        Value::I64Array(a) => out.push(lend(a.as_mut_ptr() as *mut u8, a.len(), DType::I64, lent)),
    }
}

/// Drops the references held in argument or result slots.
fn release_args(types: &[Type], slots: &[u64]) {
    let flags: Vec<bool> = types.iter().flat_map(Type::ref_flags).collect();
    for (&s, r) in slots.iter().zip(flags) {
        if r {
            value::decref(s);
        }
    }
}

/// A result as a `Value`; `None` where the slots do not match the type,
/// which the compiler rules out.
fn from_slots(t: &Type, s: &[u64]) -> Option<Value<'static>> {
    let first = s.first().copied();
    Some(match t {
        Type::Bool | Type::NpBool => Value::Bool(first? != 0),
        Type::Int(_) => Value::Int(first? as i64),
        Type::F64 | Type::NpF64 | Type::F32 => Value::Float(f64::from_bits(first?)),
        // SAFETY: a str result slot holds a string.
        Type::Str => Value::Str(unsafe { value::str_of(first?) }.to_string()),
        Type::Tuple(items) => {
            let mut off = 0;
            let mut out = Vec::with_capacity(items.len());
            for it in items.iter() {
                let n = it.slots();
                out.push(from_slots(it, s.get(off..off + n)?)?);
                off += n;
            }
            Value::Tuple(out)
        }
        _ => Value::None,
    })
}

/// A value that can be passed to a script function.
pub trait ToScript {
    fn ty() -> Type;
    fn push(self, out: &mut Vec<u64>, lent: &mut Vec<u64>);
}

/// A value a host function can receive from a script. Slices are not:
/// a script's array cannot be lent to the host as a Rust slice.
pub trait FromScript: Sized {
    fn ty() -> Type;
    /// The value in the first slots of `s`; `None` if there are none.
    fn take(s: &[u64]) -> Option<Self>;
}

/// Argument lists a typed `Function` accepts: tuples of `ToScript`
/// values.
pub trait Args {
    fn types() -> Vec<Type>;
    fn to_slots(self, lent: &mut Vec<u64>) -> Vec<u64>;
}

/// Argument lists a host function takes: tuples of `FromScript` values.
pub trait HostArgs: Sized {
    fn types() -> Vec<Type>;
    fn from_slots(slots: &[u64]) -> Option<Self>;
}

/// Return types a typed `Function` produces.
pub trait Ret: Sized {
    fn accepts(t: &Type) -> bool;
    /// The value of type `t` in `s`; `None` if `t` is not accepted.
    fn from_slots(t: &Type, s: &[u64]) -> Option<Self>;
}

/// Return types a host function can produce.
pub trait HostRet {
    fn host_type() -> Type;
    fn into_slots(self) -> Vec<u64>;
}

macro_rules! scalar_arg {
    ($t:ty, $ty:expr, |$v:ident| $to:expr, |$s:ident| $from:expr) => {
        impl ToScript for $t {
            fn ty() -> Type {
                $ty
            }
            fn push(self, out: &mut Vec<u64>, _: &mut Vec<u64>) {
                let $v = self;
                out.push($to);
            }
        }

        impl FromScript for $t {
            fn ty() -> Type {
                $ty
            }
            fn take(s: &[u64]) -> Option<$t> {
                let $s = *s.first()?;
                Some($from)
            }
        }
    };
}

scalar_arg!(i64, PYINT, |v| v as u64, |s| s as i64);
scalar_arg!(f64, Type::F64, |v| v.to_bits(), |s| f64::from_bits(s));
scalar_arg!(bool, Type::Bool, |v| v as u64, |s| s != 0);

impl ToScript for &mut [f64] {
    fn ty() -> Type {
        Type::array(DType::F64, 1, Layout::C)
    }
    fn push(self, out: &mut Vec<u64>, lent: &mut Vec<u64>) {
        out.push(lend(
            self.as_mut_ptr() as *mut u8,
            self.len(),
            DType::F64,
            lent,
        ));
    }
}

impl ToScript for &mut [i64] {
    fn ty() -> Type {
        Type::array(DType::I64, 1, Layout::C)
    }
    fn push(self, out: &mut Vec<u64>, lent: &mut Vec<u64>) {
        out.push(lend(
            self.as_mut_ptr() as *mut u8,
            self.len(),
            DType::I64,
            lent,
        ));
    }
}

macro_rules! args_tuple {
    ($($n:ident),*) => {
        impl<$($n: ToScript),*> Args for ($($n,)*) {
            fn types() -> Vec<Type> {
                vec![$(<$n as ToScript>::ty()),*]
            }
            #[allow(non_snake_case, unused_mut, unused_variables)]
            fn to_slots(self, lent: &mut Vec<u64>) -> Vec<u64> {
                let ($($n,)*) = self;
                let mut out = Vec::new();
                $($n.push(&mut out, lent);)*
                out
            }
        }

        impl<$($n: FromScript),*> HostArgs for ($($n,)*) {
            fn types() -> Vec<Type> {
                vec![$(<$n as FromScript>::ty()),*]
            }
            #[allow(unused_mut, unused_variables, clippy::unused_unit)]
            fn from_slots(slots: &[u64]) -> Option<Self> {
                // Every `FromScript` value takes one slot.
                let mut rest = slots.iter();
                Some(($($n::take(std::slice::from_ref(rest.next()?))?,)*))
            }
        }
    };
}

args_tuple!();
args_tuple!(A);
args_tuple!(A, B);
args_tuple!(A, B, C);
args_tuple!(A, B, C, D);
args_tuple!(A, B, C, D, E);

impl Ret for () {
    fn accepts(t: &Type) -> bool {
        *t == Type::None
    }
    fn from_slots(_: &Type, _: &[u64]) -> Option<()> {
        Some(())
    }
}

impl Ret for i64 {
    fn accepts(t: &Type) -> bool {
        t.is_int() || t.is_bool()
    }
    fn from_slots(_: &Type, s: &[u64]) -> Option<i64> {
        Some(*s.first()? as i64)
    }
}

impl Ret for f64 {
    fn accepts(t: &Type) -> bool {
        t.is_number()
    }
    fn from_slots(t: &Type, s: &[u64]) -> Option<f64> {
        let v = *s.first()?;
        Some(match t.is_float() {
            true => f64::from_bits(v),
            false => v as i64 as f64,
        })
    }
}

impl Ret for bool {
    fn accepts(t: &Type) -> bool {
        t.is_bool()
    }
    fn from_slots(_: &Type, s: &[u64]) -> Option<bool> {
        Some(*s.first()? != 0)
    }
}

impl Ret for String {
    fn accepts(t: &Type) -> bool {
        *t == Type::Str
    }
    fn from_slots(t: &Type, s: &[u64]) -> Option<String> {
        let v = *s.first().filter(|_| *t == Type::Str)?;
        // SAFETY: a str slot holds a string.
        Some(unsafe { value::str_of(v) }.to_string())
    }
}

impl Ret for Value<'static> {
    fn accepts(_: &Type) -> bool {
        true
    }
    fn from_slots(t: &Type, s: &[u64]) -> Option<Self> {
        from_slots(t, s)
    }
}

impl<A: Ret, B: Ret> Ret for (A, B) {
    fn accepts(t: &Type) -> bool {
        matches!(t, Type::Tuple(items) if items.len() == 2 && A::accepts(&items[0]) && B::accepts(&items[1]))
    }
    fn from_slots(t: &Type, s: &[u64]) -> Option<Self> {
        let Type::Tuple(items) = t else {
            return None;
        };
        let [a, b] = &items[..] else {
            return None;
        };
        let (sa, sb) = s.split_at_checked(a.slots())?;
        Some((A::from_slots(a, sa)?, B::from_slots(b, sb)?))
    }
}

impl HostRet for f64 {
    fn host_type() -> Type {
        Type::F64
    }
    fn into_slots(self) -> Vec<u64> {
        vec![self.to_bits()]
    }
}

impl HostRet for i64 {
    fn host_type() -> Type {
        PYINT
    }
    fn into_slots(self) -> Vec<u64> {
        vec![self as u64]
    }
}

impl HostRet for bool {
    fn host_type() -> Type {
        Type::Bool
    }
    fn into_slots(self) -> Vec<u64> {
        vec![self as u64]
    }
}

impl HostRet for () {
    fn host_type() -> Type {
        Type::None
    }
    fn into_slots(self) -> Vec<u64> {
        Vec::new()
    }
}
