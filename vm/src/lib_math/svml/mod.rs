//! Ports of the Intel SVML routines numpy 2.4 calls for float64 ufuncs on
//! x86-64 CPUs with AVX-512 (numpy/SVML, linux/avx512/svml_z0_*_d_ha.s,
//! the "high accuracy" variants; numpy's loops_umath_fp and
//! loops_exponent_log dispatch to them when the CPU has AVX512_SKX).
//!
//! Each vector routine works lane by lane: a main path for ordinary
//! arguments, then a scalar "rare" routine for the lanes it flags
//! (overflow, underflow, infinities, NaN). The ports follow both for one
//! lane, operation for operation, with the routines' constants and tables;
//! where a rare routine only ever sees special values, its answers for them
//! are written out instead. The AVX-512 operations with no portable
//! equivalent (directed-rounding FMA and add, scalef, getexp, getmant,
//! roundscale, reduce, rcp14, rsqrt14) are executed by the CPU itself
//! through inline assembly, so results match numpy on the same machine bit
//! for bit. Callers must check [`available`] first.

use std::arch::asm;
use std::sync::OnceLock;

pub mod acosh;
pub mod asin;
pub mod asinh;
pub mod atan;
pub mod atanh;
pub mod cbrt;
pub mod exp;
pub mod exp2;
pub mod expm1;
pub mod hyperbolic;
pub mod log;
pub mod log10;
pub mod log1p;
pub mod log2;
pub mod tan;

/// Whether the CPU has what numpy's SVML dispatch requires (AVX512_SKX:
/// AVX-512 F, CD, BW, DQ and VL).
pub fn available() -> bool {
    static HAS: OnceLock<bool> = OnceLock::new();
    *HAS.get_or_init(|| {
        is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512cd")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512dq")
            && is_x86_feature_detected!("avx512vl")
    })
}

/// A double from its bits.
const fn d(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `a * b + c` rounded toward zero (`vfmadd {rz-sae}`).
///
/// # Safety
/// The CPU must have AVX-512F, as for every function here.
#[inline]
unsafe fn fma_rz(a: f64, b: f64, c: f64) -> f64 {
    let mut r = c;
    asm!("vfmadd231sd {r}, {a}, {b}, {{rz-sae}}",
         r = inout(xmm_reg) r, a = in(xmm_reg) a, b = in(xmm_reg) b,
         options(pure, nomem, nostack));
    r
}

/// `a + b` rounded down (`vadd {rd-sae}`).
#[inline]
unsafe fn add_rd(a: f64, b: f64) -> f64 {
    let r: f64;
    asm!("vaddsd {r}, {a}, {b}, {{rd-sae}}",
         r = lateout(xmm_reg) r, a = in(xmm_reg) a, b = in(xmm_reg) b,
         options(pure, nomem, nostack));
    r
}

/// x minus x rounded as `IMM` says: the reduced argument (`vreduce`).
#[inline]
unsafe fn reduce<const IMM: u8>(x: f64) -> f64 {
    let r: f64;
    asm!("vreducesd {r}, {x}, {x}, {imm}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x, imm = const IMM,
         options(pure, nomem, nostack));
    r
}

/// `x * 2**floor(y)` with AVX-512's special cases (`vscalef`).
#[inline]
unsafe fn scalef(x: f64, y: f64) -> f64 {
    let r: f64;
    asm!("vscalefsd {r}, {x}, {y}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x, y = in(xmm_reg) y,
         options(pure, nomem, nostack));
    r
}

/// The unbiased exponent of x as a double, floor(log2|x|) (`vgetexp`).
#[inline]
unsafe fn getexp(x: f64) -> f64 {
    let r: f64;
    asm!("vgetexpsd {r}, {x}, {x}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x,
         options(pure, nomem, nostack));
    r
}

/// The mantissa of x normalised as `IMM` says (`vgetmant`).
#[inline]
unsafe fn getmant<const IMM: u8>(x: f64) -> f64 {
    let r: f64;
    asm!("vgetmantsd {r}, {x}, {x}, {imm}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x, imm = const IMM,
         options(pure, nomem, nostack));
    r
}

/// Not a < b: true as well when either is NaN (the NLT_UQ comparison).
fn nlt(a: f64, b: f64) -> bool {
    a.partial_cmp(&b) != Some(std::cmp::Ordering::Less)
}

/// The smaller of a and b, b when either is NaN (`vminpd`).
#[inline]
fn min(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// The CPU's approximation of 1/sqrt(x) to 14 bits (`vrsqrt14`).
#[inline]
unsafe fn rsqrt14(x: f64) -> f64 {
    let r: f64;
    asm!("vrsqrt14sd {r}, {x}, {x}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x,
         options(pure, nomem, nostack));
    r
}

/// The larger of a and b, b when either is NaN (`vmaxpd`).
#[inline]
fn max(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// x rounded to the number of fraction bits and in the mode `IMM` says
/// (`vrndscale`).
#[inline]
unsafe fn roundscale<const IMM: u8>(x: f64) -> f64 {
    let r: f64;
    asm!("vrndscalesd {r}, {x}, {x}, {imm}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x, imm = const IMM,
         options(pure, nomem, nostack));
    r
}

/// The CPU's approximation of 1/x to 14 bits (`vrcp14`).
#[inline]
unsafe fn rcp14(x: f64) -> f64 {
    let r: f64;
    asm!("vrcp14sd {r}, {x}, {x}",
         r = lateout(xmm_reg) r, x = in(xmm_reg) x,
         options(pure, nomem, nostack));
    r
}

/// What the logarithms' rare paths return for the arguments they take:
/// -inf for zeros, NaN for negative numbers, infinities and NaN as they
/// are.
fn log_special(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_nan() || x == f64::INFINITY {
        x * x
    } else {
        f64::NAN
    }
}
