//! `np.arctanh`: SVML's `__svml_atanh8_ha`: (log(1 + |x|) - log(1 - |x|))
//! / 2 with both logarithms table-driven on 5-bit reciprocals and combined
//! in two parts. |x| >= 1 and NaN take the rare path.

use super::{d, getexp, nlt, rcp14};

/// log(1/r) for the 16 rounded reciprocals r, high parts.
const TH: [u64; 16] = [
    0x0000000000000000,
    0x3faf0a30c0120000,
    0x3fbe27076e2b0000,
    0x3fc5ff3070a78000,
    0x3fcc8ff7c79a8000,
    0x3fd1675cababc000,
    0x3fd4618bc21c4000,
    0x3fd739d7f6bbc000,
    0x3fd9f323ecbf8000,
    0x3fdc8ff7c79a8000,
    0x3fdf128f5faf0000,
    0x3fe0be72e4252000,
    0x3fe1e85f5e704000,
    0x3fe307d7334f2000,
    0x3fe41d8fe8468000,
    0x3fe52a2d265bc000,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0x0000000000000000,
    0xbd53ab33d066d1d2,
    0xbd2a342c2af0003c,
    0x3d43d3c873e20a07,
    0x3d4a21ac25d81ef3,
    0xbd59f1fc63382a8f,
    0x3d5ec27d0b7b37b3,
    0x3d50069ce24c53fb,
    0x3d584bf2b68d766f,
    0x3d5a21ac25d81ef3,
    0x3d3bb2cd720ec44c,
    0x3d55056d312f7668,
    0x3d1a07bd8b34be7c,
    0xbd5e83c094debc15,
    0xbd5aa33736867a17,
    0x3d46abb9df22bc57,
];

/// `np.arctanh(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn atanh(x: f64) -> f64 {
    const LOG: [f64; 9] = [
        d(0xbfe0000000000000),
        d(0x3fd55555555554c1),
        d(0xbfcffffffffffc65),
        d(0x3fc9999999be77af),
        d(0xbfc55555559ba736),
        d(0x3fc24922f71256f1),
        d(0xbfbffffb8a054bc9),
        d(0x3fbc80666e249778),
        d(0xbfb9a9b040214368),
    ];
    const LN2_HI: f64 = d(0x3fe62e42fefa0000);
    const LN2_LO: f64 = d(0x3d7cf79abc9e0000);
    let y = x.abs();
    if nlt(y, 1.0) {
        return if y == 1.0 {
            x / 0.0
        } else if x.is_nan() {
            x + x
        } else {
            f64::NAN
        };
    }
    let sign = y.to_bits() ^ x.to_bits();
    // The reciprocal rounded to 5 significant bits.
    let round5 =
        |v: f64| d(v.to_bits().wrapping_add(0x0000_8000_0000_0000) & 0xffff_0000_0000_0000);
    let yp = y + 1.0;
    let ym = 1.0 - y;
    let yp_low = y - (yp - 1.0);
    let ym_low = y + (ym - 1.0);
    let rcp_p = round5(rcp14(yp));
    let rcp_m = round5(rcp14(ym));
    let rp = yp_low.mul_add(rcp_p, rcp_p.mul_add(yp, -1.0));
    let rm = (-ym_low).mul_add(rcp_m, ym.mul_add(rcp_m, -1.0));
    let jp = ((rcp_p.to_bits() >> 48) & 15) as usize;
    let jm = ((rcp_m.to_bits() >> 48) & 15) as usize;
    let k = getexp(rcp_m) - getexp(rcp_p);
    let poly = |r: f64| {
        let mut p = LOG[8].mul_add(r, LOG[7]);
        for &c in LOG[..7].iter().rev() {
            p = r.mul_add(p, c);
        }
        p
    };
    let th = LN2_HI.mul_add(k, d(TH[jm]) - d(TH[jp]));
    let tl = LN2_LO.mul_add(k, d(TL[jm]) - d(TL[jp]));
    let hi = rp + th;
    let hi_m = hi - rm;
    let rpl = rp + (th - hi);
    let rml = rm + (hi_m - hi);
    let lo = (rp * rp).mul_add(poly(rp), tl) + (-(rm * rm)).mul_add(poly(rm), rpl);
    (hi_m + (lo - rml)) * d(sign | 0x3fe0_0000_0000_0000)
}
