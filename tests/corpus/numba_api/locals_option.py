# adapted from numba/tests/test_locals.py: locals= to fix a variable's type
from numba import njit, float32, int8


@njit(locals={'acc': float32})
def accumulate(n):
    acc = 0
    for i in range(n):
        acc += 0.1
    return acc


@njit(locals={'x': int8})
def wrap8(v):
    x = v
    x += 100
    return x


print(accumulate(10))
print(wrap8(20), wrap8(50))
