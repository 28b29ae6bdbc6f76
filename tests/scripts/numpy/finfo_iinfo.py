import numpy as np
from numba import njit
print(np.finfo(np.float64).eps, np.finfo(float).max, np.finfo(np.float32).eps, np.finfo(np.float32).max)
print(np.finfo(np.float64).tiny, np.finfo(np.float64).smallest_subnormal, np.finfo(np.float32).tiny, np.finfo(np.float32).smallest_subnormal)
print(np.finfo(np.float64).resolution, np.finfo(np.float32).resolution, np.finfo(np.float64).bits, np.finfo(np.float32).precision)
print(np.finfo(np.float64).epsneg, np.finfo(np.float64).min, np.finfo(np.float64).machep, np.finfo(np.float64).nexp)
print(repr(np.finfo(np.float64).eps), repr(np.finfo(np.float32).eps), [np.finfo(np.float32).max])
print(np.iinfo(np.int64).max, np.iinfo(np.int32).min, np.iinfo(np.uint8).max, np.iinfo(np.int16).bits, np.iinfo(np.uint32).kind)
a = np.ones(3, dtype=np.float32)
print(np.finfo(a.dtype).eps, np.iinfo(np.arange(3).dtype).max, np.finfo(1.0).eps, np.iinfo(int).min)


@njit
def f(x):
    best = np.iinfo(np.int64).max
    for v in x:
        if v < best:
            best = v
    return best, np.finfo(np.float64).eps * 2


print(f(np.array([5, 3, 9])))
