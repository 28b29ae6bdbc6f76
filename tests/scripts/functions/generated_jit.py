# numba.generated_jit (Numba before 0.59): the function, given its arguments' Numba types,
# returns the implementation; it runs once per types, from module and jitted code
import numpy as np
import numba
from numba import njit, types


@numba.generated_jit(nopython=True)
def bump(x):
    if isinstance(x, types.Float):
        return lambda x: x + 0.5
    if isinstance(x, types.Array):
        return lambda x: x.sum()
    return lambda x: x + 1


@numba.generated_jit
def kind(x):
    print("typing kind for", x)
    if isinstance(x, types.Integer):
        return lambda x: 1
    return lambda x: 2


@njit
def use(a, b):
    return bump(a) + bump(b) + kind(a) + kind(b)


print(bump(1), bump(1.0), bump(np.arange(4.0)))
print(use(2, 3.5))
print(kind(7), kind(7.5), kind(8))
