//! `np.expm1`: SVML's `__svml_expm18_ha`: exp's 2**(j/16) scheme with the
//! subtraction of 1 folded into exact two-part sums. From x >= 707.7 it
//! takes `exp`'s rare path; numpy hands NaN back unchanged.

use super::{d, max, scalef};

/// 2**(j/16), j = 0..15.
const TH: [u64; 16] = [
    0x3ff0000000000000,
    0x3ff0b5586cf9890f,
    0x3ff172b83c7d517b,
    0x3ff2387a6e756238,
    0x3ff306fe0a31b715,
    0x3ff3dea64c123422,
    0x3ff4bfdad5362a27,
    0x3ff5ab07dd485429,
    0x3ff6a09e667f3bcd,
    0x3ff7a11473eb0187,
    0x3ff8ace5422aa0db,
    0x3ff9c49182a3f090,
    0x3ffae89f995ad3ad,
    0x3ffc199bdd85529c,
    0x3ffd5818dcfba487,
    0x3ffea4afa2a490da,
];
/// The rounding errors of `TH`, relative.
const TLR: [u64; 16] = [
    0x0000000000000000,
    0x3c979aa65d837b6d,
    0xbc801b15eaa59348,
    0x3c968efde3a8a894,
    0x3c834d754db0abb6,
    0x3c859f48a72a4c6d,
    0x3c7690cebb7aafb0,
    0x3c9063e1e21c5409,
    0xbc93b3efbf5e2228,
    0xbc7b32dcb94da51d,
    0x3c8db72fc1f0eab4,
    0x3c71affc2b91ce27,
    0x3c8c1a7792cb3387,
    0x3c736eae30af0cb3,
    0x3c74a385a63d07a7,
    0xbc8ff7128fd391f0,
];

/// `np.expm1(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn expm1(x: f64) -> f64 {
    const LOG2E: f64 = d(0x3ff71547652b82fe);
    // 1.5 * 2**48 and a bias: adding it rounds x * log2(e) to a multiple
    // of 1/16 whose sixteenths land in the low bits.
    const SHIFTER: f64 = d(0x42f8000000003ff0);
    const LN2_HI: f64 = d(0x3fe62e42fefa39ef);
    const LN2_LO: f64 = d(0x3c7abc9e3b39803f);
    const C: [f64; 7] = [
        d(0x3fe0000000000000),
        d(0x3fc55555555555f9),
        d(0x3fa555555555560a),
        d(0x3f81111110a65711),
        d(0x3f56c16c16304601),
        d(0x3f2a01f8f4b129c3),
        d(0x3efa01f8f4be0bb2),
    ];
    const RARE: f64 = d(0x40861da04cbafe44);
    // Clearing bit 62 keeps |r| < 2 for the special lanes.
    let below2 = |v: f64| d(v.to_bits() & 0xbfff_ffff_ffff_ffff);
    if x.is_nan() {
        return x;
    }
    if x >= RARE {
        return super::exp::rare(x);
    }
    let s = x.mul_add(LOG2E, SHIFTER);
    let z = s - SHIFTER;
    let j = (s.to_bits() & 15) as usize;
    let r_hi = (-z).mul_add(LN2_HI, x);
    // 2**z, its exponent clamped at -128.
    let th = scalef(d(TH[j]), max(z, -128.0));
    let r = (-z).mul_add(LN2_LO, r_hi);
    let small = th < 1.0;
    // The rounding error of r, exactly.
    let rl = below2((-LN2_LO).mul_add(z, r_hi - r));
    let r = below2(r);
    let p34 = C[4].mul_add(r, C[3]);
    let p12 = C[2].mul_add(r, C[1]);
    let r2 = r * r;
    let tlr = d(TLR[j]);
    let p56 = C[6].mul_add(r, C[5]);
    let tlr = r.mul_add(tlr, rl + tlr);
    let p = r2.mul_add(p56, p34);
    // th - 1 exactly in two parts: whichever of th and -1 is larger first.
    let (big, other) = if small { (-1.0, th) } else { (th, -1.0) };
    let p = r2.mul_add(p, p12);
    let th_m1 = th + -1.0;
    let p = r.mul_add(p, C[0]);
    let tl1 = (big - th_m1) + other;
    let p = r2.mul_add(p, tlr);
    let hi = r.mul_add(th, th_m1);
    // The rounding error of th * r, exactly.
    let lo = r.mul_add(th, -(hi - th_m1));
    let res = hi + (p.mul_add(th, tl1) + lo);
    d(res.to_bits() | (x.to_bits() & 0x8000_0000_0000_0000))
}
