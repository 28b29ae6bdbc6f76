//! `np.cbrt`: SVML's `__svml_cbrt8_ha`: x = 2**(3k+j) * m; the cube root of
//! 2**j from a table, of m from a 4-bit reciprocal's table entry times a
//! polynomial in the reduced argument, scaled by 2**k. Zeros, infinities,
//! NaN and subnormals need no special path.

use super::{d, getexp, getmant, rcp14, roundscale, scalef};

/// 2**(j/3) for j = 0, 1, 2 (and negated, unused), high parts.
const SH: [u64; 8] = [
    0x3ff0000000000000,
    0x3ff428a2f98d728b,
    0x3ff965fea53d6e3d,
    0x0000000000000000,
    0xbff0000000000000,
    0xbff428a2f98d728b,
    0xbff965fea53d6e3d,
    0x0000000000000000,
];
/// ... and low parts.
const SL: [u64; 8] = [
    0x0000000000000000,
    0xbc7ddc22548ea41e,
    0xbc9f53e999952f09,
    0x0000000000000000,
    0x0000000000000000,
    0x3c7ddc22548ea41e,
    0x3c9f53e999952f09,
    0x0000000000000000,
];
/// The cube roots of 1/r for the rounded reciprocals r, high parts.
const TH: [u64; 16] = [
    0x3ff428a2f98d728b,
    0x3ff361f35ca116ff,
    0x3ff2b6b5edf6b54a,
    0x3ff220e6dd675180,
    0x3ff19c3b38e975a8,
    0x3ff12589c21fb842,
    0x3ff0ba6ee5f9aad4,
    0x3ff059123d3a9848,
    0x3ff0000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
];
/// ... and low parts.
const TL: [u64; 16] = [
    0xbc7ddc22548ea41e,
    0x3c934f1f2588cb24,
    0xbc9623da69e513d4,
    0x3c930b0a26a8bb5c,
    0xbc76b70b4d3bd257,
    0xbc9e13c8505a4a7a,
    0x3c8dcc718f7857e5,
    0x3c770e4a1da627b9,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
];

/// `np.cbrt(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn cbrt(x: f64) -> f64 {
    // 1.5 * 2**52: adding it makes the exponent an integer in the low bits.
    const SHIFTER: f64 = d(0x4338000000000000);
    const THIRD: f64 = d(0x3fd5555555555556);
    const C: [f64; 10] = [
        d(0x3fd5555555555557),
        d(0xbfbc71c71c71c741),
        d(0x3faf9add3c0b7e31),
        d(0xbfa511e8d2b0363e),
        d(0x3f9ee71141dcf569),
        d(0xbf98090d77f2468e),
        d(0x3f9374ed9398b914),
        d(0xbf9036b87c71d55f),
        d(0x3f8bda24bae48875),
        d(0xbf882e3b6adeca62),
    ];
    let mant = getmant::<0>(x);
    let e = getexp(x) + SHIFTER;
    let rcp = roundscale::<72>(rcp14(mant));
    // floor(e / 3) and e mod 3 (in the low bits of `rem`).
    let k = roundscale::<9>(THIRD.mul_add(e, -d(0x4320000000000000)));
    let r = mant.mul_add(rcp, -1.0);
    let rem = (-3.0f64).mul_add(k, e);
    let i = (rem.to_bits() & 7) as usize;
    let j = ((rcp.to_bits() >> 49) & 15) as usize;
    let (sh, th) = (d(SH[i]), d(TH[j]));
    let hi = sh * th;
    let r2 = r * r;
    let p89 = C[9].mul_add(r, C[8]);
    let p45 = C[5].mul_add(r, C[4]);
    let p67 = C[7].mul_add(r, C[6]);
    let p = r2.mul_add(p89, p67);
    // The low part of sh * th, plus the products with the low parts.
    let lo = th.mul_add(sh, -hi);
    let p = r2.mul_add(p, p45);
    let lo = d(TL[j]).mul_add(sh, lo);
    let lo = th.mul_add(d(SL[i]), lo);
    let p23 = C[3].mul_add(r, C[2]);
    let p = r2.mul_add(p, p23);
    let p01 = C[1].mul_add(r, C[0]);
    let p = r2.mul_add(p, p01);
    let res = p.mul_add(hi * r, lo) + hi;
    let res = scalef(res, k);
    d(res.to_bits() | (x.to_bits() & 0x8000_0000_0000_0000))
}
