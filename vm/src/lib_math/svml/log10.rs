//! `np.log10`: SVML's `__svml_log108_ha`, the scheme of `np.log` in base 10
//! (log10(e) * r split in exact high and low parts). Zeros, infinities and
//! negative numbers take the rare path.

use super::{d, getexp, getmant, rcp14, roundscale};

/// -log10(r) for the 16 rounded reciprocals r, high parts.
const TH: [u64; 16] = [
    0x0000000000000000,
    0xbf9af5f92b000000,
    0xbfaa30a9d60a0000,
    0xbfb31b3055c40000,
    0xbfb8cf1838860000,
    0xbfbe3bc1ab0e0000,
    0xbfc1b3e71ec98000,
    0xbfc42c7e7fe40000,
    0x3fbffbfc2bbc0000,
    0x3fbb721cd1710000,
    0x3fb715d0ce360000,
    0x3fb2e3a740b80000,
    0x3fadb11ed7660000,
    0x3fa5e3966b7e0000,
    0x3f9cb38fccd80000,
    0x3f8c3d0837780000,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x0000000000000000,
    0xbd4cc1f4dbc14db5,
    0x3d20163d7e67d282,
    0xbd5c46006d082e6d,
    0xbd520326ca2c7e5f,
    0xbd39fe3d562a53f0,
    0x3d5842a222666db0,
    0x3d1ff1d22abd8abe,
    0x3d5e00dd60df12c3,
    0x3d55f8a57d982e77,
    0x3d5ebeeb67bf155a,
    0xbd5ffc5aef53f2ed,
    0x3d557e865b878377,
    0x3d5252a37739a5f7,
    0x3d47fb6d2d6528c7,
    0x3d2310272fe17537,
];

/// `np.log10(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn log10(x: f64) -> f64 {
    const LOG10E: f64 = d(0x3fdbcb7b1526e50e);
    const LOG10_2_HI: f64 = d(0x3fd34413509f0000);
    const LOG10_2_LO: f64 = d(0x3d7e7fbcc47c4acd);
    const C: [f64; 9] = [
        d(0x3c69a5fdaaf11825),
        d(0xbfcbcb7b1526e4db),
        d(0x3fc287a7636f428c),
        d(0xbfbbcb7b153c06a3),
        d(0x3fb63c62777f27d9),
        d(0xbfb287a63464dc80),
        d(0x3fafc3f6f38b58a2),
        d(0xbfabd80d96029814),
        d(0x3fa8c2d828480370),
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
    let p56 = C[6].mul_add(r, C[5]);
    let p78 = C[8].mul_add(r, C[7]);
    let p58 = r2.mul_add(p78, p56);
    let kt = LOG10_2_HI.mul_add(k, d(TH[j]));
    let tl = LOG10_2_LO.mul_add(k, d(TL[j]));
    let p12 = C[2].mul_add(r, C[1]);
    let p34 = C[4].mul_add(r, C[3]);
    let hi = r.mul_add(LOG10E, kt);
    let p14 = r2.mul_add(p34, p12);
    let p = (r2 * r2).mul_add(p58, p14);
    let p = r.mul_add(p, C[0]);
    // The rounding error of LOG10E * r, exactly.
    let lo = r.mul_add(LOG10E, -(hi - kt));
    hi + r.mul_add(p, tl + lo)
}
