# adapted from numba docs (user/stencil.rst): @stencil kernels called from njit and plain Python
import numpy as np

from numba import njit, stencil


@stencil
def kernel1(a):
    return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])


@stencil(neighborhood=((-1, 1),))
def smooth(a):
    acc = 0.0
    for i in range(-1, 2):
        acc += a[i]
    return acc / 3


@njit
def apply_kernel(a):
    return kernel1(a)


a = np.arange(25.0).reshape(5, 5)
print(kernel1(a))
print(apply_kernel(a))
print(smooth(np.array([0.0, 3.0, 6.0, 3.0, 0.0, 9.0])))
