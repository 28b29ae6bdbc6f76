# Generator.integers for every integer dtype and bool: numpy's buffered
# 8- and 16-bit Lemire draws, 32-bit draws, the dtype's scalars (as Numba)
import numpy as np
from numba import njit
g = np.random.default_rng(21)
print(g.integers(0, 10, 8, dtype=np.int8), g.integers(-100, 100, 5, dtype=np.int16), g.integers(0, 2**31 - 1, 3, dtype=np.int32))
print(g.integers(0, 256, 6, dtype=np.uint8), g.integers(0, 65536, 4, dtype=np.uint16), g.integers(0, 2**32, 3, dtype=np.uint32))
print(g.integers(0, 2, 10, dtype=np.bool_), g.integers(5, 2**40, 3, dtype=np.uint64), g.integers(-128, 127, (2, 3), dtype=np.int8, endpoint=True))
print(repr(g.integers(0, 100, dtype=np.int32)), repr(g.integers(0, 7, dtype=np.uint8)), repr(g.integers(0, 1, dtype=np.int16, endpoint=True)))
print(g.integers(0, 10, 3, dtype="int32"), g.integers(3, 4, 3, dtype=np.int8))


@njit
def small(gen):
    return gen.integers(0, 100, 6, dtype=np.uint8), gen.integers(-5, 5, 4, dtype=np.int16), gen.integers(0, 1000, dtype=np.int32)


print(small(g))
