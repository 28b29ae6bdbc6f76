//! `np.log2`: SVML's `__svml_log28_ha`, the scheme of `np.log` with the
//! result in base 2 (log2(e) * r split in exact high and low parts).
//! Zeros, infinities and negative numbers take the rare path.

use super::{d, getexp, getmant, rcp14, roundscale};

/// -log2(r) for the 16 rounded reciprocals r, high parts.
const TH: [u64; 16] = [
    0x0000000000000000,
    0xbfb663f6fac90000,
    0xbfc5c01a39fc0000,
    0xbfcfbc16b9028000,
    0xbfd49a784bcd0000,
    0xbfd91bba891f0000,
    0xbfdd6753e0330000,
    0xbfe0c10500d64000,
    0x3fda8ff971810000,
    0x3fd6cb0f6865c000,
    0x3fd32bfee3710000,
    0x3fcf5fd8a9060000,
    0x3fc8a8980abf8000,
    0x3fc22dadc2ab0000,
    0x3fb7d60496d00000,
    0x3fa77394c9da0000,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x0000000000000000,
    0xbd33167ccc538261,
    0x3d54bc302ffa76fb,
    0x3d47f5dc57266758,
    0xbd5b8afe492bf6ff,
    0xbd5708b4b2b5056c,
    0x3d55f101c141e670,
    0x3d45669df6a2b592,
    0x3d44bc302ffa76fb,
    0x3d41d406db502403,
    0xbd51979a5db68722,
    0x3d5f1a4847f7b278,
    0x3d5e9933354dbf17,
    0x3d5a4b69691d7994,
    0xbd512ce6312ebb82,
    0xbd54e55443478fe0,
];

/// `np.log2(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn log2(x: f64) -> f64 {
    const LOG2E: f64 = d(0x3ff71547652b82fe);
    const C: [f64; 10] = [
        d(0x3c77bc726bb4732e),
        d(0xbfe71547652b82fe),
        d(0x3fdec709dc3a0328),
        d(0xbfd71547652b8064),
        d(0x3fd2776c510a3422),
        d(0xbfcec709dc9f7735),
        d(0x3fca6173d9393468),
        d(0xbfc715442d67f111),
        d(0x3fc48f3d7961ddc4),
        d(0xbfc283074b6385ed),
    ];
    if x == 0.0 || x.is_infinite() || x < 0.0 {
        return super::log_special(x);
    }
    let mant = getmant::<8>(x);
    let mut k = getexp(x);
    let rcp = roundscale::<88>(rcp14(mant));
    let r = rcp.mul_add(mant, -1.0);
    if rcp < 0.75 {
        k += 1.0;
    }
    let j = ((rcp.to_bits() >> 48) & 15) as usize;
    let r2 = r * r;
    let p89 = C[9].mul_add(r, C[8]);
    let p67 = C[7].mul_add(r, C[6]);
    let p45 = C[5].mul_add(r, C[4]);
    let p69 = r2.mul_add(p89, p67);
    let p23 = C[3].mul_add(r, C[2]);
    let kt = k + d(TH[j]);
    let p25 = r2.mul_add(p45, p23);
    let p01 = C[1].mul_add(r, C[0]);
    let p = (r2 * r2).mul_add(p69, p25);
    let hi = r.mul_add(LOG2E, kt);
    let p = r2.mul_add(p, p01);
    // The rounding error of LOG2E * r, exactly.
    let lo = r.mul_add(LOG2E, -(hi - kt));
    hi + r.mul_add(p, d(TL[j]) + lo)
}
