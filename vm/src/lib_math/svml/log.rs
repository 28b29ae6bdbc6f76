//! `np.log`: SVML's `__svml_log8_ha`: a 5-bit reciprocal of the mantissa,
//! its logarithm from a table, a polynomial in the reduced argument. NaN,
//! zeros, infinities and negative arguments take the rare path.

use super::{d, getexp, getmant, rcp14, roundscale};

/// -log(r) for the 16 rounded reciprocals r, high parts.
const TH: [u64; 16] = [
    0x0000000000000000,
    0xbfaf0a30c0120000,
    0xbfbe27076e2b0000,
    0xbfc5ff3070a78000,
    0xbfcc8ff7c79a8000,
    0xbfd1675cababc000,
    0xbfd4618bc21c4000,
    0xbfd739d7f6bbc000,
    0x3fd269621134c000,
    0x3fcf991c6cb38000,
    0x3fca93ed3c8b0000,
    0x3fc5bf406b540000,
    0x3fc1178e82280000,
    0x3fb9335e5d590000,
    0x3fb08598b59e0000,
    0x3fa0415d89e80000,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x0000000000000000,
    0x3d53ab33d066d1d2,
    0x3d2a342c2af0003c,
    0xbd43d3c873e20a07,
    0xbd4a21ac25d81ef3,
    0x3d59f1fc63382a8f,
    0xbd5ec27d0b7b37b3,
    0xbd50069ce24c53fb,
    0x3d5b92783beb7677,
    0x3d59bcbecca0cdf3,
    0xbd530e486a0ac42d,
    0x3d5ed8fdc149767e,
    0xbd4b8421cc74be04,
    0x3d52622b8757a8fb,
    0x3d4d034451fecdfb,
    0xbd577771fd187145,
];

/// `np.log(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn log(x: f64) -> f64 {
    const LN2_HI: f64 = d(0x3fe62e42fefa0000);
    const LN2_LO: f64 = d(0x3d7cf79abc9e0000);
    const C: [f64; 8] = [
        d(0xbfdfffffffffffc6),
        d(0x3fd5555555555466),
        d(0xbfd00000000c05bd),
        d(0x3fc9999999cc9f5c),
        d(0xbfc55553fb28db06),
        d(0x3fc249229cee81ef),
        d(0xbfc007357e93af62),
        d(0x3fbc81cd309d7c70),
    ];
    // Zeros, infinities, NaN and negative numbers go to the rare path.
    if x == 0.0 || x.is_infinite() || x.is_nan() || x < 0.0 {
        return super::log_special(x);
    }
    // Mantissa in [1, 2) and exponent.
    let mant = getmant::<8>(x);
    let mut k = getexp(x);
    // The reciprocal of the mantissa rounded to 5 fraction bits.
    let rcp = roundscale::<88>(rcp14(mant));
    let r = rcp.mul_add(mant, -1.0);
    if rcp < 0.75 {
        k += 1.0;
    }
    let j = ((rcp.to_bits() >> 48) & 15) as usize;
    let r2 = r * r;
    let p78 = C[7].mul_add(r, C[6]);
    let p56 = C[5].mul_add(r, C[4]);
    let p34 = C[3].mul_add(r, C[2]);
    let p12 = C[1].mul_add(r, C[0]);
    let p58 = r2.mul_add(p78, p56);
    let p14 = r2.mul_add(p34, p12);
    let p = (r2 * r2).mul_add(p58, p14);
    let th = k.mul_add(LN2_HI, d(TH[j]));
    let hi = th + r;
    let rl = r - (hi - th);
    let p = r2.mul_add(p, rl);
    let tl = LN2_LO.mul_add(k, d(TL[j]));
    hi + (p + tl)
}
