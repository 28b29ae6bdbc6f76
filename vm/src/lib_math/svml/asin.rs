//! `np.arcsin` and `np.arccos`: SVML's `__svml_asin8_ha` and
//! `__svml_acos8_ha`. Below |x| = 1/2 a polynomial in x**2; above,
//! asin(x) = pi/2 - 2 asin(sqrt((1 - |x|) / 2)) with the square root from
//! the CPU's reciprocal square root, refined in two parts. |x| > 1 takes
//! the rare path (NaN).

use super::{d, min, nlt, rsqrt14};

/// The polynomial in z (x**2 or (1 - |x|) / 2) both routines share.
const C: [f64; 12] = [
    d(0x3fc555555555529c),
    d(0x3fb333333337e0de),
    d(0x3fa6db6db3b445f8),
    d(0x3f9f1c72e13ad8be),
    d(0x3f96e89cebdefadd),
    d(0x3f91c6dcf538ad2e),
    d(0x3f8c6dbbcb88bd57),
    d(0x3f88f8dc2afccad6),
    d(0x3f7a583395d45ed5),
    d(0x3f943f44bfbc3bae),
    d(0xbf90fb17f7dbb0ed),
    d(0x3fa07520c70eb909),
];
/// The correction polynomial of the square root.
const S: [f64; 4] = [
    d(0x3fcfffffffffff9d),
    d(0xbfb7fffffffffe97),
    d(0x3fa400006f70d42d),
    d(0xbf918000993b24c3),
];
const PI2_HI: f64 = d(0x3ff921fb54442d18);
const PI2_LO: f64 = d(0x3c91a62633145c07);

/// 2 sqrt(y) as sh - sl, from the reciprocal square root refined once.
unsafe fn two_sqrt(y: f64) -> (f64, f64) {
    let rs = if y < d(0x3000000000000000) {
        0.0
    } else {
        rsqrt14(y)
    };
    let y2 = y + y;
    let sh = y2 * rs;
    let e = (rs * rs).mul_add(y2, -2.0);
    let low = rs.mul_add(y2, -sh);
    let mut p = S[3].mul_add(e, S[2]);
    p = e.mul_add(p, S[1]);
    p = e.mul_add(p, S[0]);
    (sh, (sh * e).mul_add(p, -low))
}

/// The polynomial `C` times z (both routines evaluate it the same way).
fn poly(z: f64) -> f64 {
    let z2 = z * z;
    let a = C[9].mul_add(z, C[8]);
    let b = C[11].mul_add(z, C[10]);
    let c = C[7].mul_add(z, C[6]);
    let e = C[5].mul_add(z, C[4]);
    let f = C[3].mul_add(z, C[2]);
    let p = z2.mul_add(b, a);
    let q = z2.mul_add(c, e);
    let p = (z2 * z2).mul_add(p, q);
    let p = z2.mul_add(p, f);
    let p = z.mul_add(p, C[1]);
    z.mul_add(p, C[0]) * z
}

/// `np.arcsin(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn asin(x: f64) -> f64 {
    let ax = x.abs();
    if ax > 1.0 {
        return f64::NAN;
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let big = nlt(ax, 0.5);
    let y = (-0.5f64).mul_add(ax, 0.5);
    let z = min(ax * ax, y);
    let (sh, sl) = two_sqrt(y);
    let p = poly(z);
    let res = if big {
        // pi/2 - 2 sqrt(y) in two parts.
        let v = sl - sh;
        let hi = PI2_HI - sh;
        let lo = (PI2_LO + sl) - (sh - (PI2_HI - hi));
        hi + v.mul_add(p, lo)
    } else {
        ax + ax.mul_add(p, 0.0)
    };
    d(res.to_bits() ^ sign)
}

/// `np.arccos(x)`.
///
/// # Safety
/// The CPU must have AVX-512F ([`super::available`]).
pub unsafe fn acos(x: f64) -> f64 {
    const PI_HI: f64 = d(0x400921fb54442d18);
    const PI_LO: f64 = d(0x3ca1a62633145c07);
    let nx = -x.abs();
    if nx < -1.0 {
        return f64::NAN;
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let y = 0.5f64.mul_add(nx, 0.5);
    let z = min(nx * nx, y);
    let (sh, sl) = two_sqrt(y);
    let big = nlt(z, y);
    let negative = big && nlt(z, x);
    let sl = if big { sl } else { 0.0 };
    let p = poly(z);
    let (lo, hi) = match (big, negative) {
        (false, _) => (PI2_LO, PI2_HI),
        (true, false) => (0.0, 0.0),
        (true, true) => (PI_LO, PI_HI),
    };
    let v = if big { sh } else { nx };
    let t = d(lo.to_bits() ^ sign) - sl;
    let r = (v - sl).mul_add(p, t) + v;
    d(r.to_bits() ^ sign) + hi
}
