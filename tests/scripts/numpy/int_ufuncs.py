# Integer ufuncs (bitwise, shifts, gcd, lcm; sign, floor, ceil, trunc keep
# integers), a.clip, np.round with run-time decimals and out, np.average,
# np.arange with a positional dtype.
import numpy as np
from numba import njit


@njit
def np_round_array(arr, decimals, out):
    np.round(arr, decimals, out)
    return out


@njit
def array_clip(a, lo, hi):
    return a.clip(lo, hi)


@njit
def stats(x):
    return np.average(x), np.sign(x), np.arange(1, 3, 0.5, np.float32)
a = np.array([-3.5, -1.25, 0.0, 1.75, 2.5, 9.0])
print(np_round_array(a * 1.111, 1, np.empty_like(a)), np.round(a * 1.111, 2))
print(array_clip(np.arange(6), 1, 4), array_clip(a, -1.0, 2.0))
print(stats(a))
print(np.average(np.arange(5)), np.arange(0, 5, 2, np.int32))
a = np.array([-7, 0, 4])
print(np.sign(a), np.sign(-3), np.sign(np.int32(5)), np.floor(a), np.sqrt(np.array([4], dtype=np.int32)))
print(np.abs(np.array([-1.5])), np.ceil(np.array([1, 2])), np.trunc(np.array([1])), np.rint(np.array([3])))
b = np.array([-7, -3, 0, 4, 9, 12], dtype=np.int64)
c = np.array([2, 3, 5, -4, 6, 8], dtype=np.int64)
print(np.bitwise_and(b, c), np.bitwise_or(b, c), np.bitwise_xor(b, 3), np.left_shift(b, 2), np.right_shift(b, 1))
print(np.gcd(b, c), np.lcm(b, c), np.sign(b), np.negative(b), np.floor(np.int64(-3)), np.sign(np.int8(-3)))
