//! `np.arccosh`: SVML's `__svml_acosh8_ha`: log(x + sqrt(x**2 - 1)) with
//! x**2 - 1 and the square root (from the CPU's reciprocal square root)
//! carried in two parts into `arcsinh`'s table-driven logarithm (x/8 past
//! 2**511); near 1 a polynomial in x**2 - 1 times the root. x <= 1,
//! infinities and NaN take the rare path.

use super::{d, getexp, rcp14, rsqrt14};

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
    0xbfd9f323ecbf8000,
    0xbfdc8ff7c79a8000,
    0xbfdf128f5faf0000,
    0xbfe0be72e4252000,
    0xbfe1e85f5e704000,
    0xbfe307d7334f2000,
    0xbfe41d8fe8468000,
    0xbfe52a2d265bc000,
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
    0xbd584bf2b68d766f,
    0xbd5a21ac25d81ef3,
    0xbd3bb2cd720ec44c,
    0xbd55056d312f7668,
    0xbd1a07bd8b34be7c,
    0x3d5e83c094debc15,
    0x3d5aa33736867a17,
    0xbd46abb9df22bc57,
];

/// `np.arccosh(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn acosh(x: f64) -> f64 {
    const SMALL: [f64; 3] = [
        d(0xbfc555555554d8fd),
        d(0x3fb333330c569eea),
        d(0xbfa6d78aac4ca025),
    ];
    const SQRT: [f64; 4] = [
        d(0x3fe0000000000000),
        d(0x3fd8000000000000),
        d(0x3fd40000013b0000),
        d(0x3fd1800001943612),
    ];
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
    if x <= 1.0 || x.is_nan() || x > f64::MAX {
        return if x == 1.0 {
            0.0
        } else if x.is_nan() || x > 1.0 {
            x + x
        } else {
            f64::NAN
        };
    }
    // y = x**2 - 1 in two parts.
    let x2 = x * x;
    let y0 = x2 - 1.0;
    let one_l = (x2 - y0) - 1.0;
    let yl0 = x.mul_add(x, -x2) + one_l;
    let yh = y0 + yl0;
    let huge = x >= d(0x5fe0000000000000);
    let rs = rsqrt14(yh);
    let near1 = yh < d(0x3f40000000000000);
    let small = SMALL[2].mul_add(yh, SMALL[1]);
    let sh = yh * rs;
    let small = yh.mul_add(small, SMALL[0]);
    let ylh = yh - y0;
    let t = sh + x;
    let small = small * yh;
    let yl = yl0 - ylh;
    let yr_low = rs.mul_add(yh, -sh);
    let eh = (-rs).mul_add(sh, 1.0);
    let sl = rs.mul_add(yl, yr_low);
    let eh = (-rs).mul_add(sl, eh);
    let p = SQRT[3].mul_add(eh, SQRT[2]);
    let p = eh.mul_add(p, SQRT[1]);
    let shh = t - x;
    let p = eh.mul_add(p, SQRT[0]);
    let shl = sh - shh;
    let sl = p.mul_add(sh * eh, sl);
    if near1 {
        return small.mul_add(sh + sl, sl) + sh;
    }
    // x + sqrt(y), in two parts.
    let mut xin = t + sl;
    let sl_l = sl - (xin - t);
    if huge {
        xin = x * 0.125;
    }
    let xin_low = if huge { 0.0 } else { sl_l + shl };
    // The reciprocal rounded to 5 significant bits.
    let rcp = d(rcp14(xin).to_bits().wrapping_add(0x0000_8000_0000_0000) & 0xffff_0000_0000_0000);
    let r0 = xin.mul_add(rcp, -1.0);
    let mut k = getexp(rcp);
    let j = ((rcp.to_bits() >> 48) & 15) as usize;
    if huge {
        k -= 4.0;
    }
    let r = xin_low.mul_add(rcp, r0);
    let tl = xin_low.mul_add(rcp, d(TL[j]));
    let th = (-LN2_HI).mul_add(k, d(TH[j]));
    let mut p = LOG[8].mul_add(r, LOG[7]);
    for &c in LOG[..7].iter().rev() {
        p = r.mul_add(p, c);
    }
    let tl = (-LN2_LO).mul_add(k, tl);
    let hi = r0 + th;
    let rl = r0 + (th - hi);
    hi + ((r * r).mul_add(p, tl) + rl)
}
