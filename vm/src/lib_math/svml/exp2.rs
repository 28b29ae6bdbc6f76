//! `np.exp2`: SVML's `__svml_exp28_ha` (2**(j/16) from `exp`'s table,
//! degree-6 polynomial, scalef) and, for |x| >= 1022 or infinite, its
//! scalar `__svml_dexp2_ha_cout_rare_internal` (`exp`'s 2**(j/64) table).

use super::exp::{T64, TH};
use super::{add_rd, d, reduce, scalef};

/// The low parts of `TH`.
const TL: [u64; 16] = [
    0x0000000000000000,
    0x3c98a62e4adc610b,
    0xbc819041b9d78a76,
    0x3c99b07eb6c70573,
    0x3c86f46ad23182e4,
    0x3c8ada0911f09ebc,
    0x3c7d4397afec42e2,
    0x3c96324c054647ad,
    0xbc9bdd3413b26456,
    0xbc841577ee04992f,
    0x3c96e9f156864b27,
    0x3c7c7c46b071f2be,
    0x3c97a1cd345dcc81,
    0x3c811065895048dd,
    0x3c82ed02d75b3707,
    0xbc9e9c23179c2893,
];

/// `np.exp2(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn exp2(x: f64) -> f64 {
    const C: [f64; 6] = [
        d(0x3fe62e42fefa398b),
        d(0x3fcebfbdff84555a),
        d(0x3fac6b08d4ad86b9),
        d(0x3f83b2ad1b172252),
        d(0x3f55d7472713cd19),
        d(0x3f24a1d7f526371b),
    ];
    // 1.5 * 2**48: adding it rounds x down to sixteenths, in the low bits.
    const SHIFTER: f64 = d(0x42f8000000000000);
    const RARE: f64 = d(0x408fefff00000000);
    if x.abs() >= RARE {
        return rare(x);
    }
    // x minus x rounded down to sixteenths.
    let r = reduce::<65>(x);
    let mut p = C[5].mul_add(r, C[4]);
    for &c in C[..4].iter().rev() {
        p = r.mul_add(p, c);
    }
    let j = (add_rd(x, SHIFTER).to_bits() & 15) as usize;
    let th = d(TH[j]);
    let p = (th * r).mul_add(p, d(TL[j]));
    scalef(p + th, x)
}

/// The scalar routine for |x| >= 1022 (and infinities).
fn rare(x: f64) -> f64 {
    const SHIFTER: f64 = d(0x42d8000000000000); // 1.5 * 2**46
    const C: [f64; 5] = [
        d(0x3fe62e42fefa39ef),
        d(0x3fcebfbdff82a23a),
        d(0x3fac6b08d7076268),
        d(0x3f83b2ad33f8b48b),
        d(0x3f55d870c4d8440a),
    ];
    const TINY: f64 = d(0x0010000000000001);
    const HUGE: f64 = d(0x7fefffffffffffff);
    const TWO_M100: f64 = d(0x39b0000000000000);
    if x.is_infinite() || x.is_nan() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x * x };
    }
    if x >= 1024.0 {
        return HUGE * HUGE;
    }
    if x <= -1075.0 {
        return TINY * TINY;
    }
    let s = x + SHIFTER;
    let ni = s.to_bits() as u32;
    let j = (ni & 63) as usize;
    let r = x - (s - SHIFTER);
    let mut p = C[4];
    for c in C[..4].iter().rev() {
        p = p * r + c;
    }
    let th = d(T64[2 * j]);
    let q = (p * r + d(T64[2 * j + 1])) * th + th;
    let exponent = |e: u32| d(((e & 2047) as u64) << 52);
    let m = ni >> 6;
    if x < -1022.0 {
        // A subnormal result: scale in two steps, rounding once.
        return exponent(m.wrapping_add(1123)) * q * TWO_M100;
    }
    let e = m.wrapping_add(1023);
    if e & 2047 > 2046 {
        return exponent(e - 1) * q * 2.0;
    }
    exponent(e) * q
}
