//! `np.sinh` and `np.cosh`: SVML's `__svml_sinh8_ha` and `__svml_cosh8_ha`
//! (2**(+-j/16) / 2 from tables, exponents added to their bits, even and
//! odd polynomials in the reduced argument) and, from |x| > 669.8 and
//! 707.7, their scalar rare routines: e**|x| / 2 from a 2**(j/64) table.

use super::d;

/// 2**(j/16) / 2, high parts.
const TA: [u64; 16] = [
    0x3fe0000000000000,
    0x3fe0b5586cf9890f,
    0x3fe172b83c7d517b,
    0x3fe2387a6e756238,
    0x3fe306fe0a31b715,
    0x3fe3dea64c123422,
    0x3fe4bfdad5362a27,
    0x3fe5ab07dd485429,
    0x3fe6a09e667f3bcd,
    0x3fe7a11473eb0187,
    0x3fe8ace5422aa0db,
    0x3fe9c49182a3f090,
    0x3feae89f995ad3ad,
    0x3fec199bdd85529c,
    0x3fed5818dcfba487,
    0x3feea4afa2a490da,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x0000000000000000,
    0x3c88a62e4adc610b,
    0xbc719041b9d78a76,
    0x3c89b07eb6c70573,
    0x3c76f46ad23182e4,
    0x3c7ada0911f09ebc,
    0x3c6d4397afec42e2,
    0x3c86324c054647ad,
    0xbc8bdd3413b26456,
    0xbc741577ee04992f,
    0x3c86e9f156864b27,
    0x3c6c7c46b071f2be,
    0x3c87a1cd345dcc81,
    0x3c711065895048dd,
    0x3c72ed02d75b3707,
    0xbc8e9c23179c2893,
];
/// 2**(-j/16) / 2, high parts.
const TN: [u64; 16] = [
    0x3fe0000000000000,
    0x3fdea4afa2a490da,
    0x3fdd5818dcfba487,
    0x3fdc199bdd85529c,
    0x3fdae89f995ad3ad,
    0x3fd9c49182a3f090,
    0x3fd8ace5422aa0db,
    0x3fd7a11473eb0187,
    0x3fd6a09e667f3bcd,
    0x3fd5ab07dd485429,
    0x3fd4bfdad5362a27,
    0x3fd3dea64c123422,
    0x3fd306fe0a31b715,
    0x3fd2387a6e756238,
    0x3fd172b83c7d517b,
    0x3fd0b5586cf9890f,
];
/// ... and low parts (`sinh` only).
const TNL: [u64; 16] = [
    0x0000000000000000,
    0xbc7e9c23179c2893,
    0x3c62ed02d75b3707,
    0x3c611065895048dd,
    0x3c77a1cd345dcc81,
    0x3c5c7c46b071f2be,
    0x3c76e9f156864b27,
    0xbc641577ee04992f,
    0xbc7bdd3413b26456,
    0x3c76324c054647ad,
    0x3c5d4397afec42e2,
    0x3c6ada0911f09ebc,
    0x3c66f46ad23182e4,
    0x3c79b07eb6c70573,
    0xbc619041b9d78a76,
    0x3c78a62e4adc610b,
];
/// 2**(j/64), j = 0..63, as (high, low) pairs, for the rare paths.
const T64: [u64; 128] = [
    0x3ff0000000000000,
    0x0000000000000000,
    0x3ff02c9a3e778061,
    0xbc719083535b085d,
    0x3ff059b0d3158574,
    0x3c8d73e2a475b465,
    0x3ff0874518759bc8,
    0x3c6186be4bb284ff,
    0x3ff0b5586cf9890f,
    0x3c98a62e4adc610b,
    0x3ff0e3ec32d3d1a2,
    0x3c403a1727c57b53,
    0x3ff11301d0125b51,
    0xbc96c51039449b3a,
    0x3ff1429aaea92de0,
    0xbc932fbf9af1369e,
    0x3ff172b83c7d517b,
    0xbc819041b9d78a76,
    0x3ff1a35beb6fcb75,
    0x3c8e5b4c7b4968e4,
    0x3ff1d4873168b9aa,
    0x3c9e016e00a2643c,
    0x3ff2063b88628cd6,
    0x3c8dc775814a8495,
    0x3ff2387a6e756238,
    0x3c99b07eb6c70573,
    0x3ff26b4565e27cdd,
    0x3c82bd339940e9d9,
    0x3ff29e9df51fdee1,
    0x3c8612e8afad1255,
    0x3ff2d285a6e4030b,
    0x3c90024754db41d5,
    0x3ff306fe0a31b715,
    0x3c86f46ad23182e4,
    0x3ff33c08b26416ff,
    0x3c932721843659a6,
    0x3ff371a7373aa9cb,
    0xbc963aeabf42eae2,
    0x3ff3a7db34e59ff7,
    0xbc75e436d661f5e3,
    0x3ff3dea64c123422,
    0x3c8ada0911f09ebc,
    0x3ff4160a21f72e2a,
    0xbc5ef3691c309278,
    0x3ff44e086061892d,
    0x3c489b7a04ef80d0,
    0x3ff486a2b5c13cd0,
    0x3c73c1a3b69062f0,
    0x3ff4bfdad5362a27,
    0x3c7d4397afec42e2,
    0x3ff4f9b2769d2ca7,
    0xbc94b309d25957e3,
    0x3ff5342b569d4f82,
    0xbc807abe1db13cad,
    0x3ff56f4736b527da,
    0x3c99bb2c011d93ad,
    0x3ff5ab07dd485429,
    0x3c96324c054647ad,
    0x3ff5e76f15ad2148,
    0x3c9ba6f93080e65e,
    0x3ff6247eb03a5585,
    0xbc9383c17e40b497,
    0x3ff6623882552225,
    0xbc9bb60987591c34,
    0x3ff6a09e667f3bcd,
    0xbc9bdd3413b26456,
    0x3ff6dfb23c651a2f,
    0xbc6bbe3a683c88ab,
    0x3ff71f75e8ec5f74,
    0xbc816e4786887a99,
    0x3ff75feb564267c9,
    0xbc90245957316dd3,
    0x3ff7a11473eb0187,
    0xbc841577ee04992f,
    0x3ff7e2f336cf4e62,
    0x3c705d02ba15797e,
    0x3ff82589994cce13,
    0xbc9d4c1dd41532d8,
    0x3ff868d99b4492ed,
    0xbc9fc6f89bd4f6ba,
    0x3ff8ace5422aa0db,
    0x3c96e9f156864b27,
    0x3ff8f1ae99157736,
    0x3c85cc13a2e3976c,
    0x3ff93737b0cdc5e5,
    0xbc675fc781b57ebc,
    0x3ff97d829fde4e50,
    0xbc9d185b7c1b85d1,
    0x3ff9c49182a3f090,
    0x3c7c7c46b071f2be,
    0x3ffa0c667b5de565,
    0xbc9359495d1cd533,
    0x3ffa5503b23e255d,
    0xbc9d2f6edb8d41e1,
    0x3ffa9e6b5579fdbf,
    0x3c90fac90ef7fd31,
    0x3ffae89f995ad3ad,
    0x3c97a1cd345dcc81,
    0x3ffb33a2b84f15fb,
    0xbc62805e3084d708,
    0x3ffb7f76f2fb5e47,
    0xbc75584f7e54ac3b,
    0x3ffbcc1e904bc1d2,
    0x3c823dd07a2d9e84,
    0x3ffc199bdd85529c,
    0x3c811065895048dd,
    0x3ffc67f12e57d14b,
    0x3c92884dff483cad,
    0x3ffcb720dcef9069,
    0x3c7503cbd1e949db,
    0x3ffd072d4a07897c,
    0xbc9cbc3743797a9c,
    0x3ffd5818dcfba487,
    0x3c82ed02d75b3707,
    0x3ffda9e603db3285,
    0x3c9c2300696db532,
    0x3ffdfc97337b9b5f,
    0xbc91a5cd4f184b5c,
    0x3ffe502ee78b3ff6,
    0x3c839e8980a9cc8f,
    0x3ffea4afa2a490da,
    0xbc9e9c23179c2893,
    0x3ffefa1bee615a27,
    0x3c9dc7f486a4b6b0,
    0x3fff50765b6e4540,
    0x3c99d3e12dd8a18b,
    0x3fffa7c1819e90d8,
    0x3c874853f3a5931e,
];

const SIGN: u64 = 0x8000_0000_0000_0000;
const LOG2E: f64 = d(0x3ff71547652b82fe);
// 1.5 * 2**48: adding it rounds to sixteenths, in the low bits.
const SHIFTER: f64 = d(0x42f8000000000000);
const LN2_HI: f64 = d(0x3fe62e42fefa0000);
const LN2_LO: f64 = d(0x3d7cf79abc9e3b3a);
const OVERFLOW: f64 = d(0x408633ce8fb9f87e);
const HUGE: f64 = d(0x7fefffffffffffff);

/// `np.sinh(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn sinh(x: f64) -> f64 {
    const C: [f64; 6] = [
        d(0x3fe0000000000000),
        d(0x3fc5555555555ca6),
        d(0x3fa5555555554b4c),
        d(0x3f8111110edc6eda),
        d(0x3f56c16c1902580b),
        d(0x3f2a026d06015ec6),
    ];
    const C7: f64 = d(0x3efa01ac1b806259);
    let sign = x.to_bits() & SIGN;
    let ax = d(x.to_bits() ^ sign);
    if (ax.to_bits() >> 32) as u32 as i32 > 0x4084ee33 {
        return rare_sinh(x, ax);
    }
    let m = ax.mul_add(LOG2E, SHIFTER);
    let m = if m == d(SHIFTER.to_bits() + 1) {
        SHIFTER
    } else {
        m
    };
    // The index in the low bits, 2**n as exponent bits above them; the
    // table entries are scaled by adding those to their bits.
    let j = (m.to_bits() & 15) as usize;
    let e = (m.to_bits() ^ j as u64) << 48;
    let ga = TA[j].wrapping_add(e);
    let gn = TN[j].wrapping_sub(e);
    let gl = TL[j].wrapping_add(e);
    let n = m - SHIFTER;
    let r = (-n).mul_add(LN2_HI, ax);
    let r = (-n).mul_add(LN2_LO, r);
    let r2 = r * r;
    // A low part smaller than the scale (as a double) vanishes.
    let gnl = if d(TNL[j] & !SIGN) < d(e) {
        0.0
    } else {
        d(TNL[j].wrapping_sub(e))
    };
    let (ga, gn) = (d(ga), d(gn));
    let dif = ga - gn;
    let sum = ga + gn;
    let lo = (d(gl) - (gn + (dif - ga))) - gnl;
    let pe = C[5].mul_add(r2, C[3]);
    let pe = r2.mul_add(pe, C[1]);
    let po = C7.mul_add(r2, C[4]);
    let q = r.mul_add(r2 * pe, r);
    let po = r2.mul_add(po, C[2]);
    let po = r2.mul_add(po, C[0]);
    let s = dif.mul_add(r2 * po, lo);
    let res = sum.mul_add(q, s) + dif;
    d(res.to_bits() | sign)
}

/// `np.cosh(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn cosh(x: f64) -> f64 {
    const C: [f64; 6] = [
        d(0x3fe0000000000004),
        d(0x3fc5555555555543),
        d(0x3fa5555555484f37),
        d(0x3f81111111286a0c),
        d(0x3f56c183da08f116),
        d(0x3f2a018d76da03da),
    ];
    let ax = d(x.to_bits() & !SIGN);
    if (ax.to_bits() >> 32) as u32 as i32 > 0x40861d99 {
        return rare_cosh(ax);
    }
    let m = ax.mul_add(LOG2E, SHIFTER);
    let n = m - SHIFTER;
    let j = (m.to_bits() & 15) as usize;
    let r = (-n).mul_add(LN2_HI, ax);
    let r = (-n).mul_add(LN2_LO, r);
    let e = (m.to_bits() << 48) & 0x7ff0_0000_0000_0000;
    let r2 = r * r;
    let gl = d(TL[j].wrapping_add(e));
    let ga = d(TA[j].wrapping_add(e));
    let gn = d(TN[j].wrapping_sub(e));
    let sum = ga + gn;
    let dif = ga - gn;
    let po = C[5].mul_add(r2, C[3]);
    let po = r2.mul_add(po, C[1]);
    let pe = C[4].mul_add(r2, C[2]);
    let po = r.mul_add(po * r2, r);
    let pe = r2.mul_add(pe, C[0]);
    let s = sum.mul_add(pe * r2, gl);
    let res = dif.mul_add(po, s) + gn;
    res + ga
}

/// e**ax / 2 for 21.5 <= ax < 710.5, by the rare routines' table.
fn half_exp(ax: f64) -> f64 {
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
    let s = ax * K + SHIFTER;
    let ni = s.to_bits() as u32;
    let j = (ni & 63) as usize;
    let n = s - SHIFTER;
    let r = ax - n * L1 - n * L2;
    let mut p = C[4];
    for c in C[..4].iter().rev() {
        p = p * r + c;
    }
    let th = d(T64[2 * j]);
    let q = (p * r * r + r) * th + d(T64[2 * j + 1]) + th;
    let e = (ni >> 6).wrapping_add(1022) & 2047;
    if e > 2046 {
        return q * d(((e - 1) as u64) << 52) * 2.0;
    }
    q * d((e as u64) << 52)
}

/// `sinh`'s scalar routine, from |x| > 669.8.
fn rare_sinh(x: f64, ax: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x + x;
    }
    if ax >= OVERFLOW {
        return HUGE * x;
    }
    d(half_exp(ax).to_bits() | (x.to_bits() & SIGN))
}

/// `cosh`'s scalar routine, from |x| > 707.7.
fn rare_cosh(ax: f64) -> f64 {
    if ax.is_nan() || ax.is_infinite() {
        return ax * ax;
    }
    if ax >= OVERFLOW {
        return HUGE * HUGE;
    }
    half_exp(ax)
}
