//! Expected streams generated with numpy 2.4.6 (`np.random.seed(k)` and
//! the legacy global `RandomState`), CPython 3.11.7's `random` and Numba
//! 0.68.1's jitted `np.random`, compared bit for bit.

use super::*;

fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

fn seeded(seed: u32) -> RandomState {
    RandomState::new(seed)
}

#[test]
fn state_after_seeding() {
    for (&s, want) in SEEDS.iter().zip(NP_STATE) {
        let mut rs = seeded(s);
        let k = &rs.bits().key;
        assert_eq!([k[0], k[1], k[2], k[623]], *want, "seed {s}");
        assert_eq!(rs.bits().pos, 624);
        assert!(rs.gauss.is_none());
    }
    let mut rs = seeded(5);
    for _ in 0..700 {
        rs.random_sample();
    }
    let mt = rs.bits();
    assert_eq!(
        (mt.pos, [mt.key[0], mt.key[100], mt.key[623]]),
        NP_STATE_700
    );
}

#[test]
fn uniform_doubles() {
    for (i, &s) in SEEDS.iter().enumerate() {
        let mut rs = seeded(s);
        let got: Vec<f64> = (0..5).map(|_| rs.random_sample()).collect();
        assert_eq!(bits(&got), NP_RANDOM[i * 5..i * 5 + 5], "seed {s}");
    }
    let mut rs = seeded(0);
    rs.seed_array(&[1, 2, 3]).unwrap();
    let got: Vec<f64> = (0..3).map(|_| rs.rand()).collect();
    assert_eq!(bits(&got), NP_SEED_ARRAY);
}

#[test]
fn normals_and_the_cached_gauss() {
    for (i, &s) in SEEDS.iter().enumerate() {
        let mut rs = seeded(s);
        let got: Vec<f64> = (0..5).map(|_| rs.randn()).collect();
        assert_eq!(bits(&got), NP_RANDN[i * 5..i * 5 + 5], "seed {s}");
        rs.seed(s);
        let got = [
            rs.randn(),
            rs.random_sample(),
            rs.randn(),
            rs.randn(),
            rs.random_sample(),
            rs.standard_normal(),
        ];
        assert_eq!(bits(&got), NP_INTERLEAVED[i * 6..i * 6 + 6], "seed {s}");
    }
    let mut rs = seeded(3);
    rs.randn();
    rs.seed(3);
    assert_eq!(bits(&[rs.randn(), rs.randn()]), NP_RESEED_GAUSS);
}

#[test]
fn continuous_distributions() {
    let mut rs = seeded(7);
    let mut got = Vec::new();
    for _ in 0..3 {
        got.push(rs.normal(1.5, 2.0).unwrap());
    }
    for _ in 0..3 {
        got.push(rs.uniform(-3.0, 7.0).unwrap());
    }
    for _ in 0..3 {
        got.push(rs.exponential(2.0).unwrap());
    }
    got.push(rs.standard_exponential());
    got.push(rs.standard_exponential());
    got.push(rs.rand());
    assert_eq!(bits(&got), NP_DISTS);

    let mut rs = seeded(13);
    let mut got = Vec::new();
    for &(shape, scale) in GAMMAS {
        for _ in 0..4 {
            got.push(rs.gamma(shape, scale).unwrap());
        }
    }
    got.push(rs.standard_gamma(0.7).unwrap());
    got.push(rs.standard_gamma(0.7).unwrap());
    assert_eq!(bits(&got), NP_GAMMA);

    let mut rs = seeded(14);
    let mut got = Vec::new();
    for &(a, b) in BETAS {
        for _ in 0..4 {
            got.push(rs.beta(a, b).unwrap());
        }
    }
    assert_eq!(bits(&got), NP_BETA);
}

#[test]
fn integers() {
    let mut rs = seeded(11);
    let mut got = Vec::new();
    for &(low, high) in RANGES {
        for _ in 0..6 {
            got.push(rs.randint(low, high).unwrap());
        }
    }
    got.push(rs.randint(0, 7).unwrap());
    assert_eq!(got, NP_RANDINT);
    assert_eq!(bits(&[rs.random_sample()]), NP_AFTER_RANDINT);

    let mut rs = seeded(12);
    let mut a: Vec<i64> = (0..10).collect();
    rs.shuffle(&mut a);
    let mut l: Vec<i64> = (0..20).collect();
    rs.shuffle(&mut l);
    a.extend(l);
    a.extend(rs.permutation(10).unwrap());
    for _ in 0..5 {
        a.push(rs.choice(7).unwrap());
    }
    a.extend(rs.permutation(1).unwrap());
    a.extend(rs.permutation(0).unwrap());
    assert_eq!(a, NP_SHUFFLE);

    let mut rs = seeded(15);
    let mut got = Vec::new();
    for &(n, p) in BINOMIALS {
        for _ in 0..5 {
            got.push(rs.binomial(n, p).unwrap());
        }
    }
    assert_eq!(got, NP_BINOMIAL);
    assert_eq!(bits(&[rs.random_sample()]), NP_AFTER_BINOMIAL);

    let mut rs = seeded(16);
    let mut got = Vec::new();
    for &lam in POISSONS {
        for _ in 0..5 {
            got.push(rs.poisson(lam).unwrap());
        }
    }
    assert_eq!(got, NP_POISSON);
}

#[test]
fn errors() {
    let mut rs = seeded(0);
    let e = |r: VmResult<f64>| r.unwrap_err().to_string();
    let ei = |r: VmResult<i64>| r.unwrap_err().to_string();
    assert_eq!(ei(rs.randint(0, 0)), "ValueError: high <= 0");
    assert_eq!(ei(rs.randint(5, 3)), "ValueError: low >= high");
    assert_eq!(e(rs.normal(0.0, -1.0)), "ValueError: scale < 0");
    assert_eq!(e(rs.exponential(-0.0)), "ValueError: scale < 0");
    assert_eq!(e(rs.gamma(-1.0, 1.0)), "ValueError: shape < 0");
    assert_eq!(e(rs.beta(0.0, 1.0)), "ValueError: a <= 0");
    assert_eq!(e(rs.beta(1.0, -2.0)), "ValueError: b <= 0");
    assert_eq!(
        e(rs.uniform(-1e308, 1e308)),
        "OverflowError: Range exceeds valid bounds"
    );
    assert_eq!(
        ei(rs.binomial(3, f64::NAN)),
        "ValueError: p < 0, p > 1 or p is NaN"
    );
    assert_eq!(ei(rs.binomial(-1, 0.5)), "ValueError: n < 0");
    assert_eq!(ei(rs.poisson(-1.0)), "ValueError: lam < 0 or lam is NaN");
    assert_eq!(ei(rs.poisson(1e19)), "ValueError: lam value too large");
    assert_eq!(
        ei(rs.choice(0)),
        "ValueError: a must be greater than 0 unless no samples are taken"
    );
    assert_eq!(
        rs.seed_checked(1 << 32).unwrap_err().to_string(),
        "ValueError: Seed must be between 0 and 2**32 - 1"
    );
    assert!(rs.seed_checked(-1).is_err() && rs.seed_checked(7).is_ok());
    // Errors are raised before anything is drawn.
    assert_eq!(
        bits(&[rs.random_sample()]),
        bits(&[seeded(7).random_sample()])
    );
}

#[test]
fn python_random() {
    for (i, &s) in PY_SEEDS.iter().enumerate() {
        let mut r = PyRandom::new(s);
        let mut f = vec![r.random(), r.random(), r.random()];
        for _ in 0..3 {
            f.push(r.gauss(0.0, 1.0));
        }
        f.push(r.uniform(2.0, 5.0));
        f.push(r.expovariate(1.5));
        f.push(r.gauss(10.0, 2.0));
        assert_eq!(bits(&f), PY_FLOATS[i * 9..i * 9 + 9], "seed {s}");
        let mut n: Vec<i64> = (0..5).map(|_| r.randint(1, 6).unwrap()).collect();
        n.push(r.randrange(0, 1_000_000_000_000, 1).unwrap());
        n.push(r.randint(0, 1 << 40).unwrap());
        n.push(r.randrange1(10).unwrap());
        n.push(r.randrange(3, 100, 7).unwrap());
        n.push(r.randrange(50, 0, -3).unwrap());
        for k in [1, 31, 32, 33] {
            n.push(r.getrandbits(k) as i64);
        }
        let mut l: Vec<i64> = (0..10).collect();
        r.shuffle(&mut l);
        n.extend(l);
        n.push(r.choice(7).unwrap() as i64);
        n.push(r.randint(i64::MIN, i64::MAX).unwrap());
        assert_eq!(n, PY_INTS[i * 26..i * 26 + 26], "seed {s}");
    }
    let mut r = PyRandom::new(0);
    let msg = |e: crate::error::VmError| e.to_string();
    assert_eq!(
        msg(r.randint(5, 3).unwrap_err()),
        "ValueError: empty range for randrange() (5, 4, -1)"
    );
    assert_eq!(
        msg(r.randrange1(0).unwrap_err()),
        "ValueError: empty range for randrange()"
    );
    assert_eq!(
        msg(r.choice(0).unwrap_err()),
        "IndexError: Cannot choose from an empty sequence"
    );
}

#[test]
fn numba_streams() {
    for (i, &s) in NUMBA_SEEDS.iter().enumerate() {
        let mut rs = seeded(s);
        let rs = &mut rs;
        let f = [
            rs.random_sample(),
            rs.randn(),
            numba::normal(rs, 1.0, 2.0),
            numba::uniform(rs, 1.0, 2.0),
            numba::exponential(rs, 2.0),
            numba::gamma(rs, 0.5, 1.0).unwrap(),
            numba::gamma(rs, 2.5, 2.0).unwrap(),
            numba::gamma(rs, 1.0, 3.0).unwrap(),
            numba::gamma(rs, 4.0, 1.0).unwrap(),
            numba::beta(rs, 0.5, 0.5).unwrap(),
            numba::beta(rs, 2.0, 3.0).unwrap(),
            rs.standard_normal(),
            numba::normal(rs, 0.0, -1.0),
            rs.random_sample(),
        ];
        assert_eq!(bits(&f), NUMBA_FLOATS[i * 14..i * 14 + 14], "seed {s}");

        rs.seed(s);
        let mut n = Vec::new();
        for (bn, bp) in [(10, 0.3), (10, 0.7), (100, 0.3), (1000, 0.7)] {
            n.push(numba::binomial(rs, bn, bp).unwrap());
        }
        for (bn, bp) in [(0, 0.5), (10, 0.0), (10, 1.0), (1_000_000, 0.4)] {
            n.push(numba::binomial(rs, bn, bp).unwrap());
        }
        for lam in [3.0, 50.0, 0.0] {
            n.push(numba::poisson(rs, lam).unwrap());
        }
        n.push(numba::randint(rs, 0, 10).unwrap());
        n.push(numba::randint(rs, -5, 1 << 33).unwrap());
        n.push(numba::randint(rs, 0, 7).unwrap());
        let mut a: Vec<i64> = (0..10).collect();
        rs.shuffle(&mut a);
        n.extend(a);
        n.extend(rs.permutation(10).unwrap());
        for _ in 0..6 {
            n.push(numba::binomial(rs, 20, 0.5).unwrap());
        }
        assert_eq!(n, NUMBA_INTS[i * 40..i * 40 + 40], "seed {s}");
        assert_eq!(
            rs.random_sample().to_bits(),
            NUMBA_AFTER_INTS[i],
            "seed {s}"
        );
    }
    let mut rs = seeded(0);
    let msg = |e: crate::error::VmError| e.to_string();
    assert_eq!(
        msg(numba::randint(&mut rs, 3, 3).unwrap_err()),
        "ValueError: empty range for randrange()"
    );
    assert_eq!(
        msg(numba::binomial(&mut rs, 3, 1.5).unwrap_err()),
        "ValueError: binomial(): p outside of [0, 1]"
    );
    assert_eq!(
        msg(numba::gamma(&mut rs, 0.0, 1.0).unwrap_err()),
        "ValueError: gammavariate: alpha and beta must be > 0.0"
    );
}

#[test]
fn numba_python_random() {
    for (i, s) in [0, 42].into_iter().enumerate() {
        let mut r = PyRandom::new(0);
        r.seed_numba(s);
        let f = [
            r.random(),
            r.gauss_numba(0.0, 1.0),
            r.gauss_numba(1.0, 2.0),
            r.randint(1, 6).unwrap() as f64,
            r.uniform(2.0, 5.0),
            r.randrange1(10).unwrap() as f64,
            r.randint(0, 1 << 40).unwrap() as f64,
            r.expovariate(1.5),
            r.gauss_numba(0.0, 1.0),
            r.random(),
            r.getrandbits(33) as f64,
            r.randrange(3, 100, 7).unwrap() as f64,
        ];
        assert_eq!(bits(&f), NUMBA_PY[i * 12..i * 12 + 12], "seed {s}");
    }
}

const SEEDS: &[u32] = &[0, 1, 42, 12345, 123456789, 4294967295];

/// Per seed: key[0], key[1], key[2], key[623] right after `np.random.seed`.
#[rustfmt::skip]
const NP_STATE: &[[u32; 4]] = &[
    [0, 1, 1812433255, 1796872496],
    [1, 1812433254, 3713160357, 2069268389],
    [42, 3107752595, 1895908407, 26719530],
    [12345, 2003863422, 2690739229, 277493156],
    [123456789, 2139825738, 2037464729, 3075821708],
    [4294967295, 1340201581, 3941791902, 3413567280],
];
/// Seed 5 after 700 doubles: pos and key[0], key[100], key[623].
const NP_STATE_700: (usize, [u32; 3]) = (152, [3252730336, 760391213, 3155291353]);

/// Per seed: `np.random.random(5)`.
#[rustfmt::skip]
const NP_RANDOM: &[u64] = &[
    0x3fe18fe1565f12a8, 0x3fe6e2d4cf608733, 0x3fe349d66b6e894b, 0x3fe16faedb6395f5,
    0x3fdb1d2904fd0ef6, 0x3fdab07d0ffa3c06, 0x3fe70ce5f3baf051, 0x3f1dfb906661c000,
    0x3fd3596ab7fe08f4, 0x3fc2c8e5a3c7053c, 0x3fd7f8771e5f51ec, 0x3fee6c4068bbd654,
    0x3fe76c7e8f1e6751, 0x3fe32835d6632cb0, 0x3fc3f86b37222184, 0x3fedbf6a3f8f84b7,
    0x3fd43f7f410bb044, 0x3fc78aa6d0a2dad8, 0x3fca2f07fd391514, 0x3fe22acdae20d908,
    0x3fe10cf7d7f66cba, 0x3fe117a5a40d785f, 0x3fe04e422ae53d0c, 0x3fe6d5843c8a5b0c,
    0x3fd072abbe7264a6, 0x3fb8fe69a3924820, 0x3fed323d824032b1, 0x3fe93fc6f61af3f9,
    0x3fe8f5ca1b151c07, 0x3f925ec7244bbf80,
];
/// Per seed: `np.random.randn(5)`.
#[rustfmt::skip]
const NP_RANDN: &[u64] = &[
    0x3ffc398ef3e5cfa5, 0x3fd99c2cfacc8953, 0x3fef51d25222c9ab, 0x4001ed5969e3314e,
    0x3ffde1847cb13dda, 0x3ff9fd5190657c50, 0xbfe393822fb7d9ad, 0xbfe0e6c872548fd2,
    0xbff12ae1255cb80c, 0x3febb16b5735117d, 0x3fdfca2a28a9307c, 0xbfc1b2a505de052a,
    0x3fe4b9dd50245e68, 0x3ff85e548e01aa2b, 0xbfcdf8bcdf57a640, 0xbfca33dc4f5d203d,
    0x3fdea701f566080f, 0xbfe09f3df0ae3d0e, 0xbfe1c88aeb5231f1, 0x3fff73d654602e58,
    0x4001b405f672012d, 0x400106f56cae59a6, 0x3ffd77a660b51b2d, 0x3fb51704a746ba90,
    0x3feb7ca16605d140, 0x3fe4bfc38c486d8a, 0x3fe56b192e507eee, 0xbff149e836f192fd,
    0x3fd23543dec5a0fc, 0x3fbd27bf27c6aaaf,
];
/// Per seed: randn, random, randn, randn, random, standard_normal.
#[rustfmt::skip]
const NP_INTERLEAVED: &[u64] = &[
    0x3ffc398ef3e5cfa5, 0x3fe349d66b6e894b, 0x3fd99c2cfacc8953, 0xc002258941855050,
    0x3fe4ab2a21899b5b, 0x3ff55633ae9cc424, 0x3ff9fd5190657c50, 0x3f1dfb906661c000,
    0xbfe393822fb7d9ad, 0xbfe9ab665f778871, 0x3fb7a3808cb0ca10, 0xbfdcba69fc03e5b1,
    0x3fdfca2a28a9307c, 0x3fe76c7e8f1e6751, 0xbfc1b2a505de052a, 0xbff1ca42ce8158a6,
    0x3fc3f7a0e1997f4c, 0x3fd468e4b5774960, 0xbfca33dc4f5d203d, 0x3fc78aa6d0a2dad8,
    0x3fdea701f566080f, 0x3fd43bf7300c5a97, 0x3fe30eb3c3d342ec, 0xbff61131ec9b72a5,
    0x4001b405f672012d, 0x3fe04e422ae53d0c, 0x400106f56cae59a6, 0xbfefb84c25a68d69,
    0x3fe81610e8407223, 0x3febe09bebe02a5a, 0x3fe4bfc38c486d8a, 0x3f925ec7244bbf80,
    0x3fe56b192e507eee, 0x3fb4d051339bc741, 0x3fc2b3f78b30728c, 0x3fda3847f39c09c9,
];
/// seed(3), randn(), seed(3), randn(2): seeding drops the cached value.
#[rustfmt::skip]
const NP_RESEED_GAUSS: &[u64] = &[
    0x3ffc9e38e3e13df2, 0x3fdbefc703152c8a,
];
/// seed(7): normal(1.5, 2.0, 3), uniform(-3, 7, 3), exponential(2, 3), standard_exponential(2), rand().
#[rustfmt::skip]
const NP_DISTS: &[u64] = &[
    0x401386325716f594, 0x3fe22e1505e2beb3, 0x3ff90cdcdf34c3af, 0x400016f274de102c,
    0xc0023c648dce683c, 0xbfd432f51eba27e8, 0x3ff62c563a057953, 0x4002314753358213,
    0x400a0d8ed8a1dcdd, 0x3fdeb10714bc4450, 0x3fb17641836ce2e8, 0x3fd270fa3d60e7e0,
];
/// The (low, high) of the randint tables.
const RANGES: &[(i64, i64)] = &[
    (0, 10),
    (-5, 5),
    (0, 4294967296),
    (0, 4294967297),
    (-9223372036854775808, 9223372036854775807),
    (0, 1),
    (10, 11),
    (-1000, 1000000000000),
    (3, 2147483655),
];
/// seed(11): six randint(low, high) per range, then randint(7).
#[rustfmt::skip]
const NP_RANDINT: &[i64] = &[
    9, 0, 1, 7, 1, 7, -3, 3,
    -5, -5, -1, -3, 467017868, 2224357249, 3839289162, 3373218853,
    3681449461, 2524005607, 3164687441, 4166423185, 108015296, 1764854807, 3710869945, 192864752,
    -1813748764988647176, 6419079585006477445, 4018608028626272071, 1882749500623163619, 966310997451413505, 8284477000941573251, 0, 0,
    0, 0, 0, 0, 10, 10, 10, 10,
    10, 10, 587031434991, 899731905116, 311072248970, 688905147238, 81789076401, 503353792626,
    300745641, 2046350782, 1371673876, 158667822, 302290965, 25768448, 0,
];
/// ... then random().
#[rustfmt::skip]
const NP_AFTER_RANDINT: &[u64] = &[
    0x3fed902d93291044,
];
/// seed(12): shuffle(arange(10)), shuffle(list(range(20))), permutation(10), choice(7) x5, permutation(1), permutation(0).
#[rustfmt::skip]
const NP_SHUFFLE: &[i64] = &[
    5, 8, 7, 0, 4, 9, 3, 2,
    1, 6, 7, 12, 18, 14, 1, 16,
    4, 15, 3, 9, 17, 8, 19, 0,
    10, 6, 11, 2, 13, 5, 5, 7,
    8, 9, 1, 3, 4, 0, 2, 6,
    0, 6, 3, 3, 1, 0,
];
const GAMMAS: &[(f64, f64)] = &[
    (0.5, 1.0),
    (1.0, 1.0),
    (3.0, 1.0),
    (2.5, 2.0),
    (0.0, 1.0),
    (0.1, 3.0),
    (100.0, 0.5),
];
/// seed(13): gamma(shape, scale, 4) per GAMMAS, standard_gamma(0.7, 2).
#[rustfmt::skip]
const NP_GAMMA: &[u64] = &[
    0x3fea39d600a046a0, 0x3ff0bd5be991fba7, 0x3fd8d732e9ba2a8f, 0x3fdc6e1701897b36,
    0x3fa242afba9aff6a, 0x3fd6af82dc4fab66, 0x3faedee19a00b6c7, 0x3fff201998e95a19,
    0x401788b8b98c121d, 0x3ff4c4564e6c1c9c, 0x400d903ffe565842, 0x40024f4f6b15b6a2,
    0x401e7928cd014b49, 0x4015586925f08630, 0x4012e044ab09ff02, 0x4000453268e270bf,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x3fb452bcc2fcc23e, 0x3ec331b1c3fd77f7, 0x3ecb0864791c7ed4, 0x3f94077878f1f9be,
    0x404c0217faed281b, 0x404a297814aeab46, 0x404df20981723b95, 0x404766127be58521,
    0x3fe94aa66b9ad36e, 0x3fe0e357ab072697,
];
const BETAS: &[(f64, f64)] = &[
    (0.5, 0.5),
    (2.0, 3.0),
    (0.1, 0.2),
    (1.0, 1.0),
    (5.0, 0.5),
    (0.001, 0.001),
];
/// seed(14): beta(a, b, 4) per BETAS.
#[rustfmt::skip]
const NP_BETA: &[u64] = &[
    0x3fd39ce91b011135, 0x3fefff4cc752d1ef, 0x3fe71bcb5428c330, 0x3feb636d6460fc03,
    0x3fc6a7bdbac0a8db, 0x3fc1ea71fe7fce96, 0x3fda957ddce6c09f, 0x3fe61bdf1144a547,
    0x3fc8522cb79e459e, 0x3ee82503a658748e, 0x3fefffe42f9de22b, 0x3fefffdb42a582e6,
    0x3fe6892f980b80fb, 0x3febf6402ee1f907, 0x3fd893e361a66454, 0x3fdcf20dcf1d79d7,
    0x3fef85dff81a6032, 0x3fee5d29a41f74a8, 0x3fefe9c1fb674a80, 0x3fedb484167773f0,
    0x3ff0000000000000, 0x341da56c3a7451e2, 0x3ff0000000000000, 0x35e254614c9af857,
];
const BINOMIALS: &[(i64, f64)] = &[
    (10, 0.3),
    (100, 0.3),
    (1000, 0.7),
    (0, 0.5),
    (10, 0.0),
    (10, 1.0),
    (5, 0.9),
    (1000000, 0.4),
    (60, 0.5),
    (61, 0.5),
    (2000, 0.01),
];
/// seed(15): binomial(n, p, 5) per BINOMIALS.
#[rustfmt::skip]
const NP_BINOMIAL: &[i64] = &[
    4, 2, 1, 2, 2, 30, 28, 28,
    24, 27, 674, 698, 694, 704, 708, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    0, 10, 10, 10, 10, 10, 5, 5,
    5, 5, 4, 399506, 400155, 400430, 399544, 399672,
    33, 29, 28, 22, 29, 28, 27, 34,
    25, 34, 21, 23, 18, 21, 20,
];
/// ... then random().
#[rustfmt::skip]
const NP_AFTER_BINOMIAL: &[u64] = &[
    0x3fed6f01ede3028b,
];
const POISSONS: &[f64] = &[3.0, 0.0, 9.99, 10.0, 50.0, 1000000.0, 0.5];
/// seed(16): poisson(lam, 5) per POISSONS.
#[rustfmt::skip]
const NP_POISSON: &[i64] = &[
    3, 3, 2, 2, 3, 0, 0, 0,
    0, 0, 7, 11, 7, 7, 16, 7,
    9, 6, 9, 9, 56, 52, 47, 61,
    63, 999301, 1000450, 1001589, 998886, 1000250, 0, 0,
    2, 0, 1,
];
/// seed([1, 2, 3]): random(3).
#[rustfmt::skip]
const NP_SEED_ARRAY: &[u64] = &[
    0x3fe383fbc97230c2, 0x3fec5fd27a5da181, 0x3fde7c4d155e5af8,
];

const PY_SEEDS: &[i64] = &[0, 1, 42, -7, 1099511627779, 9223372036854775807];
/// Per seed: random() x3, gauss(0, 1) x3, uniform(2, 5), expovariate(1.5), gauss(10, 2).
#[rustfmt::skip]
const PY_FLOATS: &[u64] = &[
    0x3feb0580f98a7dbe, 0x3fe84129978f9c1a, 0x3fdaeaa51052e978, 0xbfb12756c9acdacc,
    0x3ff31daeb183c618, 0xbff7276a9454a727, 0x4007478daae74538, 0x3fdb9f5f4ed7659f,
    0x4027eff6b5130dff, 0x3fc132d8f91b7584, 0x3feb1e2d5b3584f8, 0x3fe870d778409f13,
    0xbfa3120dce4a9bfb, 0x3ff2b4853b5bc6fc, 0xbff613057d5fa296, 0x401176f548509f66,
    0x3fb0d23229aff0bb, 0x4025d00824958674, 0x3fe4762f307200c5, 0x3f999c6b5eeb2060,
    0x3fd19a1491f589dc, 0x3fd182a56858b9e0, 0x3ff9c2d9e86f47dd, 0xbfee0483fec0ea3f,
    0x40021626f5c57f8d, 0x3fd7622021e2674b, 0x4018dfe7fbb9688c, 0x3fd4b9ad0f953a6e,
    0x3fc34f0696513270, 0x3fe4d474883171ff, 0x3ff1ce7fcdeea6da, 0x3fe16dd8c048a0ef,
    0xbfcd67a504dbc0e9, 0x400c2daf65a4e361, 0x3f9a16da4f62b1fc, 0x402508825a1cf42c,
    0x3fcc21fbe0f92b60, 0x3fe1953f8b55c5c9, 0x3fb8387c721ffc40, 0x400129b13aa77c52,
    0xbfd01e4abf93c65f, 0x3fbc2b7911c71339, 0x400d5d037baddaf2, 0x3fecd59d35a27ad9,
    0x40211c8159c3cb20, 0x3fd443e8e5409ca6, 0x3fe43346b887de9d, 0x3fe9b6b765f6b847,
    0xbff17049b4e44c32, 0x3fd4ff6b9c52fdbd, 0xbfd71adbc907aa2a, 0x40069d139d7f86d4,
    0x3fea39149723f1b8, 0x401b183d477a8208,
];
/// Per seed, after PY_FLOATS: randint(1, 6) x5, randrange(0, 10**12), randint(0, 2**40), randrange(10), randrange(3, 100, 7), randrange(50, 0, -3), getrandbits(1, 31, 32, 33), shuffle(list(range(10))), choice(range(7)), randint(-2**63, 2**63 - 1).
#[rustfmt::skip]
const PY_INTS: &[i64] = &[
    5, 2, 5, 2, 3, 829528891695, 553189221793, 8,
    80, 38, 0, 212092662, 3134603515, 4611688626, 0, 9,
    4, 8, 6, 3, 2, 1, 7, 5,
    3, 393905103838704542, 1, 4, 4, 5, 1, 492614851160,
    505954991669, 9, 10, 20, 0, 47936369, 109289145, 7084746717,
    4, 2, 8, 1, 9, 5, 7, 3,
    6, 0, 4, -2846324991276127175, 1, 1, 2, 2,
    5, 28355454532, 436202226086, 8, 45, 29, 0, 1265438422,
    1194819984, 7771444619, 5, 9, 3, 4, 1, 7,
    8, 6, 2, 0, 0, -7439269734593140099, 4, 4,
    1, 2, 1, 466223197902, 273011544783, 3, 73, 47,
    1, 1257440634, 1703729684, 4507951772, 5, 4, 6, 8,
    1, 9, 7, 2, 0, 3, 4, 3357357195551156271,
    3, 6, 5, 3, 3, 523097361882, 815998466991, 1,
    3, 8, 0, 1781082314, 2121373322, 288563818, 0, 3,
    2, 6, 7, 9, 8, 4, 1, 5,
    3, -3669507898211317562, 5, 1, 5, 6, 1, 854904102431,
    377809992209, 8, 45, 35, 1, 1789716735, 3307929436, 3440650674,
    8, 5, 3, 1, 4, 0, 2, 9,
    7, 6, 2, 2496478277529919500,
];

const NUMBA_SEEDS: &[u32] = &[0, 42, 4294967295];
/// Numba, per seed: random, randn, normal(1, 2), uniform(1, 2), exponential(2), gamma(0.5), gamma(2.5, 2), gamma(1, 3), standard_gamma(4), beta(0.5, 0.5), beta(2, 3), standard_normal, normal(0, -1), random.
#[rustfmt::skip]
const NUMBA_FLOATS: &[u64] = &[
    0x3fe18fe1565f12a8, 0x3fe7bb1e9a384a31, 0x40106c5e07890061, 0x3ff8b7d76db1cafa,
    0x3ff1a23071f87d79, 0x3fe2b666663ae15f, 0x402cb482ad5eae2e, 0x3ff73680ab6f4ca3,
    0x401a811730631fa1, 0x3fed9a1a1e8e5c81, 0x3fe3110ed79157fd, 0x3fd4094d1d019184,
    0x3feb54c0967e85f0, 0x3fc25966889914a8, 0x3fd7f8771e5f51ec, 0xbff1ca42ce8158a6,
    0x3ffa34725abba4b0, 0x3ff27ef41c332fea, 0x3fbea32fe46a1574, 0x3ff2634559ee520a,
    0x4004c4bd18700d0e, 0x3fe37360da129d69, 0x40076888cfa3fa13, 0x3fd5498b17745f1e,
    0x3fd354899ba1eeb4, 0x3fb1498746b135c6, 0x3ff6cbc4c10d2762, 0x3fe2f50f65ddf717,
    0x3fb8fe69a3924820, 0x3fb4d051339bc741, 0x3ffd1c23f9ce04e4, 0x3ff2567ef1660e52,
    0x4013354d1a70d258, 0x3fcec9d2c9423450, 0x4002da5b9425810a, 0x4014d6ce089e8400,
    0x40033a30cb40ef94, 0x3fef7ec18b2bd19b, 0x3fe470a1bdeae9ec, 0xbfb7f8cdfa1f44b7,
    0xbff564858b520866, 0x3fe931f3d63c453e,
];
/// Numba, per seed: random() after the NUMBA_INTS calls.
#[rustfmt::skip]
const NUMBA_AFTER_INTS: &[u64] = &[
    0x3fd8bc3c478ccbca, 0x3fcd8dedcaf29e54, 0x3fd76eb963712ce2,
];
/// Numba, per seed: binomial(10, .3), (10, .7), (100, .3), (1000, .7), (0, .5), (10, 0), (10, 1), (1e6, .4), poisson(3), (50), (0), randint(0, 10), (-5, 2**33), (7), shuffle(arange(10)), permutation(10), binomial(20, .5) x6.
#[rustfmt::skip]
const NUMBA_INTS: &[i64] = &[
    3, 6, 31, 689, 0, 0, 10, 399665,
    6, 38, 0, 3, 7637125113, 0, 7, 6,
    9, 4, 5, 8, 1, 0, 3, 2,
    3, 6, 4, 5, 2, 9, 7, 8,
    1, 0, 11, 8, 8, 9, 8, 8,
    2, 5, 33, 679, 0, 0, 10, 399154,
    2, 43, 0, 4, 1306710470, 1, 7, 4,
    9, 3, 1, 6, 2, 0, 8, 5,
    1, 8, 7, 5, 4, 9, 0, 3,
    6, 2, 10, 5, 13, 10, 9, 5,
    1, 5, 34, 704, 0, 0, 10, 400686,
    5, 63, 0, 6, 6399010671, 4, 0, 2,
    4, 5, 6, 8, 7, 1, 3, 9,
    5, 3, 0, 9, 2, 6, 4, 7,
    8, 1, 12, 10, 12, 11, 4, 6,
];

/// Numba's jitted `random`, seeds 0 and 42: random, gauss(0, 1), gauss(1, 2), randint(1, 6),
/// uniform(2, 5), randrange(10), randint(0, 2**40), expovariate(1.5), gauss(0, 1), random,
/// getrandbits(33), randrange(3, 100, 7); ints as floats.
#[rustfmt::skip]
const NUMBA_PY: &[u64] = &[
    0x3fe18fe1565f12a8, 0x3fe7bb1e9a384a31, 0x40106c5e07890061, 0x4014000000000000,
    0x40122ac1e122aef6, 0x4022000000000000, 0x426894ab2a22a000, 0x3fd88e3451c6600c,
    0x3ff4420580e99483, 0x3fe0ecb509eb7f22, 0x41e22d6bcb000000, 0x4057800000000000,
    0x3fd7f8771e5f51ec, 0xbff1ca42ce8158a6, 0x3ffa34725abba4b0, 0x4000000000000000,
    0x4002663ef22c9bb4, 0x401c000000000000, 0x42655bb7b70ae000, 0x3fe39b69fc038c7d,
    0xbfe2968dbd92f5c6, 0x3fc779cc89e13448, 0x41f4de2d1cb00000, 0x404d800000000000,
];
