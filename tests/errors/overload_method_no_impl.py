# compile error
import numpy as np
from numba import njit, types
from numba.extending import overload_method


@overload_method(types.Array, 'double_all')
def array_double_all(arr):
    if isinstance(arr.dtype, types.Integer):
        def impl(arr):
            return arr * 2
        return impl


@njit
def f(a):
    return a.double_all()


print(f(np.arange(3)))
print(f(np.ones(3)))
