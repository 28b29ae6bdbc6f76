//! `np.tan`: SVML's `__svml_tan8_ha`: x = N pi/16 + r with N mod 16
//! selecting tan(j pi/16) from a table, tan(r) from an odd polynomial, and
//! tan(x) = (T + P) / (1 - T P) refined in two parts; for |x| > 65536
//! the reduction is Payne and Hanek's, multiplying the mantissa by 192 bits
//! of 1/(2 pi) taken at the argument's exponent. Infinities and NaN give
//! NaN.

use super::{d, rcp14};

/// tan(j pi/16), high parts (the pole a huge finite value).
const TH: [u64; 16] = [
    0x8000000000000000,
    0x3fc975f5e0553158,
    0x3fda827999fcef32,
    0x3fe561b82ab7f990,
    0x3ff0000000000000,
    0x3ff7f218e25a7461,
    0x4003504f333f9de6,
    0x40141bfee2424771,
    0xffefffffffffffff,
    0xc0141bfee2424771,
    0xc003504f333f9de6,
    0xbff7f218e25a7461,
    0xbff0000000000000,
    0xbfe561b82ab7f990,
    0xbfda827999fcef32,
    0xbfc975f5e0553158,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x8000000000000000,
    0x3c2ef5d367441946,
    0x3c708b2fb1366ea9,
    0x3c87a8c52172b675,
    0x0000000000000000,
    0x3c9419fa6954928f,
    0x3ca21165f626cdd5,
    0x3c810706fed37f0e,
    0xfca0000000000000,
    0xbc810706fed37f0e,
    0xbca21165f626cdd5,
    0xbc9419fa6954928f,
    0x0000000000000000,
    0xbc87a8c52172b675,
    0xbc708b2fb1366ea9,
    0xbc2ef5d367441946,
];
/// The binary digits of 1/(2 pi) after the point, 1280 of them.
const INV_2PI: [u64; 20] = [
    0x28be60db9391054a,
    0x7f09d5f47d4d3770,
    0x36d8a5664f10e410,
    0x7f9458eaf7aef158,
    0x6dc91b8e909374b8,
    0x01924bba82746487,
    0x3f877ac72c4a69cf,
    0xba208d7d4baed121,
    0x3a671c09ad17df90,
    0x4e64758e60d4ce7d,
    0x272117e2ef7e4a0e,
    0xc7fe25fff7816603,
    0xfbcbc462d6829b47,
    0xdb4d9fb3c9f2c26d,
    0xd3d18fd9a797fa8b,
    0x5d49eeb1faf97c5e,
    0xcf41ce7de294a4ba,
    0x9afed7ec47e35742,
    0x1580cc11bf1edaea,
    0xfc33ef0826bd0d87,
];

/// 192 bits of the fraction of 2**s / (2 pi): its binary digits s + 1 to
/// s + 192 after the point (the routine's reduction table, entry s + 1075).
fn inv_2pi_bits(s: i32) -> [u64; 3] {
    let bit = |pos: i32| -> u64 {
        if (1..=1280).contains(&pos) {
            let p = (pos - 1) as usize;
            (INV_2PI[p / 64] >> (63 - p % 64)) & 1
        } else {
            0
        }
    };
    let mut w = [0u64; 3];
    for (k, word) in w.iter_mut().enumerate() {
        for b in 0..64 {
            *word = (*word << 1) | bit(s + 1 + (64 * k + b) as i32);
        }
    }
    w
}

/// Payne-Hanek reduction of a large finite x: the table index, the
/// reduced argument and its low part, as the routine's large-argument
/// path computes them.
fn reduce_large(x: f64) -> (u64, f64, f64) {
    const M32: u64 = 0xffff_ffff;
    const TWO_PI: f64 = d(0x401921fb54442d18);
    const TWO_PI_LO: f64 = d(0x3cb1a62633145c07);
    // 2 pi / 2**9 in two parts.
    const STEP: f64 = d(0x3f8921fb54442d18);
    const STEP_LO: f64 = d(0x3c21a62633145c07);
    // 2**43 + 2**42: rounds at the 2**-9 bit.
    const SHIFTER: f64 = d(0x42a8000000000000);
    let bits = x.to_bits();
    let sign = bits & 0x8000_0000_0000_0000;
    let [p0, p1, p2] = inv_2pi_bits(((bits >> 52) & 0x7ff) as i32 - 1075);
    // The 53-bit significand times the 192 bits, in 32-bit pieces.
    let m = (bits & 0x000f_ffff_ffff_ffff) + 0x0010_0000_0000_0000;
    let (mh, ml) = (m >> 32, m & M32);
    let (p0h, p0l, p1h, p1l, p2h, p2l) =
        (p0 >> 32, p0 & M32, p1 >> 32, p1 & M32, p2 >> 32, p2 & M32);
    let (a4, a3, a2, a1, a8) = (p0l * mh, p1h * mh, p1l * mh, p2h * mh, p2l * mh);
    let (b7, b5, b9, b0, b12) = (p0h * ml, p0l * ml, p1h * ml, p1l * ml, p2h * ml);
    let s15 = a3 + (b9 >> 32);
    let s1 = a1 + (b12 >> 32);
    let s3 = a4 + (b5 >> 32);
    let s2 = a2 + (b0 >> 32);
    let s4 = (b0 & M32) + s1;
    let s13 = (b7 & M32) + s3;
    let s14 = (a8 >> 32) + s4;
    let s3 = (s14 >> 32) + ((b9 & M32) + s2);
    let s15 = (s3 >> 32) + ((b5 & M32) + s15);
    let top = (s15 >> 32) + s13;
    let w4 = (top << 32) + (s15 & M32);
    let w5 = (s3 << 32) + (s14 & M32);
    // The fraction as high, medium and low doubles, signed like x.
    let hi = d((w4 >> 12) | (sign ^ 0x3ff0_0000_0000_0000));
    let n = hi + SHIFTER;
    let hi = hi - (n - SHIFTER);
    let lo_unit = sign ^ 0x3970_0000_0000_0000;
    let lo = d(((w5 & 0xff_ffff) << 28) | lo_unit) - d(lo_unit);
    let mid_unit = sign ^ 0x3cb0_0000_0000_0000;
    let mid = d(((w4 & 0xfff) << 40) | (w5 >> 24) | mid_unit) - d(mid_unit);
    // Times 2 pi.
    let r_hi = hi + mid;
    let prod = r_hi * TWO_PI;
    let r_lo = (mid + (hi - r_hi)) + lo;
    let prod_lo = TWO_PI.mul_add(r_lo, TWO_PI_LO.mul_add(r_hi, r_hi.mul_add(TWO_PI, -prod)));
    // N mod 2**9 in sixteenths of the period, rounded to the table's step.
    let n9 = (n.to_bits() & 0x1ff) as u32;
    let q = n9.wrapping_add(8 - (prod.to_bits() >> 63) as u32) >> 4;
    let rem = n9.wrapping_sub(q << 4) as i32 as f64;
    let r = rem.mul_add(STEP, prod);
    let rest = prod - (-rem).mul_add(STEP, r);
    (q as u64, r, STEP_LO.mul_add(rem, rest) + prod_lo)
}

/// `np.tan(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn tan(x: f64) -> f64 {
    // 16 / pi and pi / 16 in three parts.
    const K: f64 = d(0x40145f306dc9c883);
    const P1: f64 = d(0x3fc921fb54442d18);
    const P2: f64 = d(0x3c61a62633000000);
    const P3: f64 = d(0x3a645c06e0e68948);
    const SHIFTER: f64 = d(0x4338000000000000);
    const C: [f64; 5] = [
        d(0x3fd55555555555dc),
        d(0x3fc11111110b0802),
        d(0x3faba1ba489d25ca),
        d(0x3f9664ab664efba9),
        d(0x3f825cccc7c9fa5d),
    ];
    if !x.is_finite() {
        return if x.is_nan() { x * x } else { x * 0.0 };
    }
    let (index, r, rl) = if x.abs() <= d(0x40f000000e4db24c) {
        let s = x.mul_add(K, SHIFTER);
        let n = s - SHIFTER;
        let r0 = (-n).mul_add(P1, x);
        let r1 = (-n).mul_add(P2, r0);
        let r = (-n).mul_add(P3, r1);
        let lo = (-P2).mul_add(n, r0 - r1);
        (s.to_bits(), r, lo - P3.mul_add(n, r - r1))
    } else {
        reduce_large(x)
    };
    let j = (index & 15) as usize;
    let (th, tl) = (d(TH[j]), d(TL[j]));
    let r2 = r * r;
    let mut p = C[4].mul_add(r2, C[3]);
    for &c in C[..3].iter().rev() {
        p = r2.mul_add(p, c);
    }
    let q = (-r2).mul_add(p * r, -rl);
    // tan(r) = r - q in two parts.
    let ph = r - q;
    let pl = (r - ph) - q;
    // Numerator th + tan(r) and denominator 1 - th tan(r), in two parts.
    let num = ph + th;
    let num_lo = ((ph - (num - th)) + tl) + pl;
    let den = (-ph).mul_add(th, 1.0);
    let den_lo = ph.mul_add(tl, pl.mul_add(th, ph.mul_add(th, den - 1.0)));
    // The quotient by a reciprocal refined once, and one correction step.
    let rcp = rcp14(den);
    let e = den_lo.mul_add(rcp, (-den).mul_add(rcp, 1.0));
    let rcp = e.mul_add(rcp, rcp);
    let quot = num * rcp;
    let err = (-quot).mul_add(den_lo, quot.mul_add(den, -num));
    (-rcp).mul_add(err - num_lo, quot)
}
