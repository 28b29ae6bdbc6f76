# adapted from numba/tests/test_ufuncs.py: integer ufuncs (floor_divide, remainder, bitwise, left_shift, gcd, lcm, sign, negative)
import numpy as np

from numba import njit


@njit
def int_ops(a, b):
    return (np.floor_divide(a, b), np.remainder(a, b), np.bitwise_and(a, b),
            np.bitwise_or(a, b), np.left_shift(a, 2), np.sign(a), np.negative(a),
            np.gcd(a, b), np.lcm(a, b))


a = np.array([-7, -3, 0, 4, 9, 12], dtype=np.int64)
b = np.array([2, 3, 5, -4, 6, 8], dtype=np.int64)
for r in int_ops(a, b):
    print(r)
