//! `np.exp`: SVML's `__svml_exp8_ha` (2**(j/16) table, degree-6
//! polynomial, scalef) and, for |x| >= 707.7 or infinite, its scalar
//! `__svml_dexp_ha_cout_rare_internal` (2**(j/64) table in two parts, with
//! care for subnormal results).

use super::{d, fma_rz, scalef};

/// 2**(j/16), j = 0..15.
pub(super) const TH: [u64; 16] = [
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
/// 2**(j/64), j = 0..63, as (high, low) pairs, for the rare path.
pub(super) const T64: [u64; 128] = [
    0x3ff0000000000000,
    0x0000000000000000,
    0x3ff02c9a3e778061,
    0xbc7160139cd8dc5d,
    0x3ff059b0d3158574,
    0x3c8cd2523567f613,
    0x3ff0874518759bc8,
    0x3c60f74e61e6c861,
    0x3ff0b5586cf9890f,
    0x3c979aa65d837b6d,
    0x3ff0e3ec32d3d1a2,
    0x3c3ebe3d702f9cd1,
    0x3ff11301d0125b51,
    0xbc9556522a2fbd0e,
    0x3ff1429aaea92de0,
    0xbc91c923b9d5f416,
    0x3ff172b83c7d517b,
    0xbc801b15eaa59348,
    0x3ff1a35beb6fcb75,
    0x3c8b898c3f1353bf,
    0x3ff1d4873168b9aa,
    0x3c9aecf73e3a2f60,
    0x3ff2063b88628cd6,
    0x3c8a6f4144a6c38d,
    0x3ff2387a6e756238,
    0x3c968efde3a8a894,
    0x3ff26b4565e27cdd,
    0x3c80472b981fe7f2,
    0x3ff29e9df51fdee1,
    0x3c82f7e16d09ab31,
    0x3ff2d285a6e4030b,
    0x3c8b3782720c0ab4,
    0x3ff306fe0a31b715,
    0x3c834d754db0abb6,
    0x3ff33c08b26416ff,
    0x3c8fdd395dd3f84a,
    0x3ff371a7373aa9cb,
    0xbc924aedcc4b5068,
    0x3ff3a7db34e59ff7,
    0xbc71d1e83e9436d2,
    0x3ff3dea64c123422,
    0x3c859f48a72a4c6d,
    0x3ff4160a21f72e2a,
    0xbc58a78f4817895b,
    0x3ff44e086061892d,
    0x3c4363ed60c2ac11,
    0x3ff486a2b5c13cd0,
    0x3c6ecce1daa10379,
    0x3ff4bfdad5362a27,
    0x3c7690cebb7aafb0,
    0x3ff4f9b2769d2ca7,
    0xbc8f94340071a38e,
    0x3ff5342b569d4f82,
    0xbc78dec6bd0f385f,
    0x3ff56f4736b527da,
    0x3c93350518fdd78e,
    0x3ff5ab07dd485429,
    0x3c9063e1e21c5409,
    0x3ff5e76f15ad2148,
    0x3c9432e62b64c035,
    0x3ff6247eb03a5585,
    0xbc8c33c53bef4da8,
    0x3ff6623882552225,
    0xbc93cedd78565858,
    0x3ff6a09e667f3bcd,
    0xbc93b3efbf5e2228,
    0x3ff6dfb23c651a2f,
    0xbc6367efb86da9ee,
    0x3ff71f75e8ec5f74,
    0xbc781f647e5a3ecf,
    0x3ff75feb564267c9,
    0xbc8619321e55e68a,
    0x3ff7a11473eb0187,
    0xbc7b32dcb94da51d,
    0x3ff7e2f336cf4e62,
    0x3c65ebe1abd66c55,
    0x3ff82589994cce13,
    0xbc9369b6f13b3734,
    0x3ff868d99b4492ed,
    0xbc94d450d872576e,
    0x3ff8ace5422aa0db,
    0x3c8db72fc1f0eab4,
    0x3ff8f1ae99157736,
    0x3c7bf68359f35f44,
    0x3ff93737b0cdc5e5,
    0xbc5da9b88b6c1e29,
    0x3ff97d829fde4e50,
    0xbc92434322f4f9aa,
    0x3ff9c49182a3f090,
    0x3c71affc2b91ce27,
    0x3ffa0c667b5de565,
    0xbc87c50422622263,
    0x3ffa5503b23e255d,
    0xbc91bbd1d3bcbb15,
    0x3ffa9e6b5579fdbf,
    0x3c8469846e735ab3,
    0x3ffae89f995ad3ad,
    0x3c8c1a7792cb3387,
    0x3ffb33a2b84f15fb,
    0xbc55c3d956dcaeba,
    0x3ffb7f76f2fb5e47,
    0xbc68d6f438ad9334,
    0x3ffbcc1e904bc1d2,
    0x3c74ffd70a5fddcd,
    0x3ffc199bdd85529c,
    0x3c736eae30af0cb3,
    0x3ffc67f12e57d14b,
    0x3c84e08fd10959ac,
    0x3ffcb720dcef9069,
    0x3c676b2c6c921968,
    0x3ffd072d4a07897c,
    0xbc8fad5d3ffffa6f,
    0x3ffd5818dcfba487,
    0x3c74a385a63d07a7,
    0x3ffda9e603db3285,
    0x3c8e5a50d5c192ac,
    0x3ffdfc97337b9b5f,
    0xbc82d52107b43e1f,
    0x3ffe502ee78b3ff6,
    0x3c74b604603a88d3,
    0x3ffea4afa2a490da,
    0xbc8ff7128fd391f0,
    0x3ffefa1bee615a27,
    0x3c8ec3bc41aa2008,
    0x3fff50765b6e4540,
    0x3c8a64a931d185ee,
    0x3fffa7c1819e90d8,
    0x3c77893b4d91cd9d,
];

/// `np.exp(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn exp(x: f64) -> f64 {
    const LOG2E: f64 = d(0x3ff71547652b82fe);
    // 1.5 * 2**48 and a bias: adding it rounds x * log2(e) to a multiple
    // of 1/16 whose sixteenths land in the low bits.
    const SHIFTER: f64 = d(0x42f8000000003ff0);
    const LN2_HI: f64 = d(0x3fe62e42fefa39ef);
    const LN2_LO: f64 = d(0x3c7abc9e3b39803f);
    const C1: f64 = d(0x3fefffffffffff70);
    const C2: f64 = d(0x3fe000000000d008);
    const C3: f64 = d(0x3fc5555553939732);
    const C4: f64 = d(0x3fa55557242d68fe);
    const C5: f64 = d(0x3f81101cbbc265c0);
    const C6: f64 = d(0x3f57411836940c04);
    const RARE: f64 = d(0x40861da04cbafe44);
    if x.abs() >= RARE {
        return rare(x);
    }
    // Rounded toward zero, as the routine does.
    let s = fma_rz(x, LOG2E, SHIFTER);
    let n = s - SHIFTER;
    let j = (s.to_bits() & 15) as usize;
    let r = (-n).mul_add(LN2_HI, x);
    let r = (-LN2_LO).mul_add(n, r);
    // Clearing bit 62 keeps |r| < 2 for the special lanes.
    let r = d(r.to_bits() & 0xbfff_ffff_ffff_ffff);
    let r2 = r * r;
    let p = r2.mul_add(C6.mul_add(r, C5), C4.mul_add(r, C3));
    let p = r2.mul_add(p, C2.mul_add(r, C1));
    let p = p.mul_add(r, d(TLR[j]));
    let th = d(TH[j]);
    scalef(th.mul_add(p, th), n)
}

/// The scalar routine for |x| >= 707.7 (and infinities); `expm1`'s too
/// for x >= 707.7, where exp(x) - 1 rounds to exp(x).
pub(super) fn rare(x: f64) -> f64 {
    const K: f64 = d(0x40571547652b82fe); // 64 / ln 2
    const SHIFTER: f64 = d(0x4338000000000000); // 1.5 * 2**52
    const L1: f64 = d(0x3f862e42fefa0000); // ln 2 / 64, high part
    const L2: f64 = d(0x3d1cf79abc9e3b3a);
    const C: [f64; 5] = [
        d(0x3fe0000000000000),
        d(0x3fc55555555548f8),
        d(0x3fa5555555558fcc),
        d(0x3f8111123aaf20d3),
        d(0x3f56c16a1c2a3ffd),
    ];
    const OVERFLOW: f64 = d(0x40862e42fefa39ef);
    const SUBNORMAL: f64 = d(0xc086232bdd7abcd2);
    const UNDERFLOW: f64 = d(0xc0874910d52d3051);
    const TINY: f64 = d(0x0010000000000001);
    const HUGE: f64 = d(0x7fefffffffffffff);
    const TWO_M60: f64 = d(0x3c30000000000000);
    const SPLIT: f64 = d(0x41f8000000000000); // 1.5 * 2**32
    if x.is_infinite() || x.is_nan() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x * x };
    }
    if x > OVERFLOW {
        return HUGE * HUGE;
    }
    if x < UNDERFLOW {
        return TINY * TINY;
    }
    let s = x * K + SHIFTER;
    let ni = s.to_bits() as u32;
    let n = s - SHIFTER;
    let j = (ni & 63) as usize;
    let r = x - n * L1 - n * L2;
    let mut p = C[4];
    for c in C[..4].iter().rev() {
        p = p * r + c;
    }
    let p = (p * r * r + r + d(T64[2 * j + 1])) * d(T64[2 * j]);
    let th = d(T64[2 * j]);
    let exponent = |e: u32| d(((e & 2047) as u64) << 52);
    let m = (ni >> 6).wrapping_add(1023);
    if x >= SUBNORMAL {
        let sum = p + th;
        if m & 2047 > 2046 {
            return sum * exponent(m - 1) * 2.0;
        }
        return sum * exponent(m);
    }
    // A subnormal result: scale up by 2**60, add, round once scaling back.
    let e = (ni >> 6).wrapping_add(1083) & 2047;
    let scale = exponent(e);
    let lo = p * scale;
    let hi = scale * th;
    let sum = hi + lo;
    if e <= 50 {
        return sum * TWO_M60;
    }
    let lo = (hi - sum) + lo;
    let c = sum * SPLIT;
    let top = (sum + c) - c;
    let rest = (sum - top) + lo;
    top * TWO_M60 + rest * TWO_M60
}
