# Binary ufuncs on arrays and scalars: hypot, arctan2, copysign, nextafter,
# logaddexp(2), float_power, fmin/fmax (a NaN loses), maximum/minimum,
# comparisons and logical_and/or/xor, with broadcasting and out=. arctan2
# of arrays only in jitted code (numpy's SIMD loop rounds differently).
import numpy as np
from numba import njit

nan, inf = np.nan, np.inf
x = np.array([0.0, -0.0, 1.5, -2.25, 3.0, 1e300, -1e-300, inf, -inf, nan, 7.0, 0.1])
y = np.array([1.0, -1.0, -0.0, 0.5, 3.0, 1e300, 2e-300, inf, 2.0, 1.0, nan, 0.3])
np.random.seed(7)
u = np.random.standard_normal(200) * 30
v = np.random.standard_normal(200) * 30


def bits(a):
    return a.view(np.int64).tolist()


@njit
def jit_all(a, b):
    return (np.hypot(a, b), np.arctan2(a, b), np.copysign(a, b), np.nextafter(a, b),
            np.logaddexp(a, b), np.logaddexp2(a, b), np.fmin(a, b), np.fmax(a, b),
            np.maximum(a, b), np.minimum(a, b))


@njit
def jit_bool(a, b):
    return (np.greater(a, b), np.less_equal(a, b), np.equal(a, b), np.not_equal(a, b),
            np.logical_and(a, b), np.logical_or(a, b), np.logical_xor(a, b))


@njit
def jit_out(a, b, o):
    np.hypot(a, b, o)
    np.logaddexp(a[:2], 1.0, o[:2])
    return o


@njit
def jit_scalars(p, q):
    return np.hypot(p, q), np.logaddexp(p, q), np.fmax(p, nan), np.greater(p, q), np.logical_xor(p, 0.0)


mod = (np.hypot(x, y), jit_all(x, y)[1], np.copysign(x, y), np.nextafter(x, y),
       np.logaddexp(x, y), np.logaddexp2(x, y), np.fmin(x, y), np.fmax(x, y),
       np.maximum(x, y), np.minimum(x, y))
for m, j in zip(mod, jit_all(x, y)):
    print(bits(m))
    print(bits(j) == bits(m))
ju = jit_all(u, v)
for m, j in zip((np.hypot(u, v), np.logaddexp(u, v), np.logaddexp2(u, v)), (ju[0], ju[4], ju[5])):
    print(sum(b % 1000003 for b in bits(m)) % 1000003, bits(m) == bits(j))
print([round(t, 12) for t in ju[1][:8].tolist()])
for mb in jit_bool(x, y):
    print(mb)
print(np.greater(x, y), np.logical_or(x, 0))
print(np.float_power(np.arange(4), 2.5), np.float_power(np.array([2, 3]), -1))
print(np.hypot(np.arange(3).reshape(3, 1), np.arange(2)))
print(np.hypot(np.arange(4, dtype=np.int32), 2))
o = np.zeros(3)
print(np.hypot(np.array([3.0, 5.0, 8.0]), np.array([4.0, 12.0, 15.0]), out=o), o)
print(jit_out(np.array([3.0, 5.0, 8.0]), np.array([4.0, 12.0, 15.0]), np.zeros(3)))
print(np.hypot(3, 4), np.logaddexp(1.0, 2.0), np.fmax(1.0, nan), np.fmin(nan, 2), np.greater(3, 2.5))
print(np.logical_xor(1.5, 0.0), np.nextafter(1.0, 2.0), np.copysign(3, -0.0))
print(jit_scalars(3.0, 4.0), jit_scalars(-1.0, nan))
