//! `np.arctan`: SVML's `__svml_atan8_ha`: atan(x) = atan(x0) + atan((x -
//! x0) / (1 + x * x0)) with x0 = |x| rounded to quarters below 7.875 (its
//! atan from a table), atan(x) = pi/2 + atan(-1/x) above; the quotient
//! from a refined reciprocal, carried in two parts. No special path.

use super::{d, min, rcp14, reduce};

/// atan(j/4), j = 0..31, high parts.
const TH: [u64; 32] = [
    0x0000000000000000,
    0x3fcf5b75f92c80dd,
    0x3fddac670561bb4f,
    0x3fe4978fa3269ee1,
    0x3fe921fb54442d18,
    0x3fecac7c57846f9e,
    0x3fef730bd281f69b,
    0x3ff0d38f2c5ba09f,
    0x3ff1b6e192ebbe44,
    0x3ff270ef55a53a25,
    0x3ff30b6d796a4da8,
    0x3ff38d6a6ce13353,
    0x3ff3fc176b7a8560,
    0x3ff45b54837351a0,
    0x3ff4ae10fc6589a5,
    0x3ff4f68dea672617,
    0x3ff5368c951e9cfd,
    0x3ff56f6f33a3e6a7,
    0x3ff5a25052114e60,
    0x3ff5d013c41adabd,
    0x3ff5f97315254857,
    0x3ff61f06c6a92b89,
    0x3ff6414d44094c7c,
    0x3ff660b02c736a06,
    0x3ff67d8863bc99bd,
    0x3ff698213a9d5053,
    0x3ff6b0bae830c070,
    0x3ff6c78c7edeb195,
    0x3ff6dcc57bb565fd,
    0x3ff6f08f07435fec,
    0x3ff7030cf9403197,
    0x3ff7145eac2088a4,
];
/// ... and low parts.
const TL: [u64; 32] = [
    0x0000000000000000,
    0x3c68ab6e3cf7afbd,
    0x3c7a2b7f222f65e2,
    0x3c72419a87f2a458,
    0x3c81a62633145c07,
    0x3c80dae13ad18a6b,
    0x3c7007887af0cbbd,
    0xbc9bd0dc231bfd70,
    0x3c9b1b466a88828e,
    0xbc9a66b1af5f84fb,
    0x3c96254cb03bb199,
    0xbc812c77e8a80f5c,
    0xbc4441a3bd3f1084,
    0x3c79e4a72eedacc4,
    0xbc93b03e8a27f555,
    0x3c9934f9f2b0020e,
    0xbc996f47948a99f1,
    0xbc7df6edd6f1ec3b,
    0x3c78c2d0c89de218,
    0x3c9f82bba194dd5d,
    0xbc831151a43b51ca,
    0xbc8487d50bceb1a5,
    0xbc9c5f60a65c7397,
    0xbc7acb6afb332a0f,
    0xbc99b7bd2e1e8c9c,
    0xbc9b9839085189e3,
    0xbc97d1ab82ffb70b,
    0x3c99239ad620ffe2,
    0xbc929c86447928e7,
    0xbc8957a7170df016,
    0xbc7cbe1896221608,
    0xbc9fda5797b32a0b,
];

/// `np.arctan(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn atan(x: f64) -> f64 {
    // 1.5 * 2**50: adding it rounds to quarters, in the low bits.
    const SHIFTER: f64 = d(0x4318000000000000);
    const PI2_HI: f64 = d(0x3ff921fb54442d18);
    const PI2_LO: f64 = d(0x3c91a62633145c07);
    const C: [f64; 6] = [
        d(0xbfd555555555554d),
        d(0x3fc999999998741e),
        d(0xbfc249248eef04da),
        d(0x3fbc71bfeff916a0),
        d(0xbfb74257c46790cc),
        d(0x3fb2e9b9f5c4fe97),
    ];
    let ax = x.abs();
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let small = ax < 7.875;
    let s = ax + SHIFTER;
    let x0 = s - SHIFTER;
    let j = (s.to_bits() & 15) as usize + if s >= d(0x4318000000000010) { 16 } else { 0 };
    // The quotient (ax - x0) / (1 + ax * x0), or -1 / ax for large ax.
    let (diff, y) = if small {
        (reduce::<40>(ax), x0.mul_add(ax, 1.0))
    } else {
        (-1.0, min(d(0x47f0000000000000), ax))
    };
    let rcp = rcp14(y);
    // The low part of ax * x0.
    let xx0_lo = x0.mul_add(ax, -(y - 1.0));
    let eps = (-rcp).mul_add(y, 1.0);
    let rcp = eps.mul_add(rcp, rcp);
    let rcp = (eps * eps).mul_add(rcp, rcp);
    let r = rcp * diff;
    let xx0_lo = xx0_lo * rcp;
    let eps1 = (-rcp).mul_add(y, 1.0);
    let r_lo = r.mul_add(eps1, rcp.mul_add(diff, -r));
    let r_lo = if small {
        (-xx0_lo).mul_add(r, r_lo)
    } else {
        r_lo
    };
    let r2 = r * r;
    let (th, tl) = if small {
        (d(TH[j]), d(TL[j]))
    } else {
        (PI2_HI, PI2_LO)
    };
    let r4 = r2 * r2;
    let r3 = r * r2;
    let p45 = C[5].mul_add(r2, C[4]);
    let p23 = C[3].mul_add(r2, C[2]);
    let lo = r_lo + tl;
    let hi = th + r;
    let p = r4.mul_add(p45, p23);
    let r_rest = r - (hi - th);
    let p01 = C[1].mul_add(r2, C[0]);
    let p = r4.mul_add(p, p01);
    let res = r3.mul_add(p, lo + r_rest) + hi;
    d(res.to_bits() ^ sign)
}
