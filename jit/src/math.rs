//! One-argument math functions that traces call directly (C ABI, the
//! argument and the result in float registers), each computing exactly
//! what the interpreter's `math1` computes for its `MathFn`: the plain
//! (numpy) ones as the same Rust expressions, Python's `math` ones through
//! the same `lib_math` functions, with an error as NaN. The recorder guards
//! a `math` result finite; when it is not (an error, or a NaN or infinity
//! that is the right answer) the trace exits to the interpreter, which
//! runs the call again and raises or returns as it always does.

use vm::bytecode::MathFn;
use vm::lib_math as m;

macro_rules! plain {
    ($($f:ident $name:ident |$x:ident| $e:expr,)*) => {
        $(extern "C" fn $name($x: f64) -> f64 { $e })*
        /// The direct function for a plain `MathFn`, if it has one.
        pub fn plain(f: MathFn) -> Option<usize> {
            Some(match f {
                $(MathFn::$f => $name as *const () as usize,)*
                _ => return None,
            })
        }
    };
}

plain! {
    Sin sin |x| x.sin(),
    Cos cos |x| x.cos(),
    Tan tan |x| x.tan(),
    Asin asin |x| x.asin(),
    Acos acos |x| x.acos(),
    Atan atan |x| x.atan(),
    Sinh sinh |x| x.sinh(),
    Cosh cosh |x| x.cosh(),
    Tanh tanh |x| x.tanh(),
    Asinh asinh |x| x.asinh(),
    Acosh acosh |x| x.acosh(),
    Atanh atanh |x| x.atanh(),
    Exp exp |x| x.exp(),
    Expm1 expm1 |x| x.exp_m1(),
    Exp2 exp2 |x| x.exp2(),
    Log log |x| x.ln(),
    Log2 log2 |x| x.log2(),
    Log10 log10 |x| x.log10(),
    Log1p log1p |x| x.ln_1p(),
    Cbrt cbrt |x| x.cbrt(),
}

macro_rules! python {
    ($($f:ident $name:ident $lib:ident,)*) => {
        $(extern "C" fn $name(x: f64) -> f64 { m::$lib(x).unwrap_or(f64::NAN) })*
        /// The direct function for a Python `MathFn`, if it has one: its
        /// result is the interpreter's when finite.
        pub fn python(f: MathFn) -> Option<usize> {
            Some(match f {
                $(MathFn::$f => $name as *const () as usize,)*
                _ => return None,
            })
        }
    };
}

python! {
    PyAcos py_acos acos,
    PyAcosh py_acosh acosh,
    PyAsin py_asin asin,
    PyAsinh py_asinh asinh,
    PyAtan py_atan atan,
    PyAtanh py_atanh atanh,
    PyCbrt py_cbrt cbrt,
    PyCos py_cos cos,
    PyCosh py_cosh cosh,
    PyExp py_exp exp,
    PyExp2 py_exp2 exp2,
    PyExpm1 py_expm1 expm1,
    PyLog py_log log,
    PyLog10 py_log10 log10,
    PyLog1p py_log1p log1p,
    PyLog2 py_log2 log2,
    PySin py_sin sin,
    PySinh py_sinh sinh,
    PyTan py_tan tan,
    PyTanh py_tanh tanh,
}
