# Math functions inside hot loops, called directly from traces: numpy's
# (never an error: NaN and infinities pass through) and Python's math
# (a result that is not finite leaves the trace; the interpreter gives it).
import math

import numpy as np
from numba import njit


@njit
def numpy_funcs(xs):
    s = 0.0
    for i in range(xs.shape[0]):
        x = xs[i]
        s += np.sin(x) + np.cos(x) + np.tanh(x) + np.arctan(x)
        s += np.exp(x * 0.1) + np.log1p(abs(x)) + np.cbrt(x) + np.arcsinh(x)
    return s


@njit
def numpy_specials(xs):
    out = np.empty(xs.shape[0])
    for i in range(xs.shape[0]):
        out[i] = np.log(xs[i]) + np.exp(xs[i])
    return out


@njit
def math_funcs(xs):
    s = 0.0
    for i in range(xs.shape[0]):
        x = xs[i]
        s += math.sin(x) + math.cos(x) + math.atan(x) + math.exp(x * 0.1)
        s += math.log(abs(x) + 1.0) + math.log2(abs(x) + 2.0) + math.log10(abs(x) + 3.0)
        s += math.expm1(x * 0.01) + math.asinh(x) + math.tanh(x)
    return s


@njit
def math_nan_passes(xs):
    # NaN in, NaN out (no error): the trace exits and the interpreter
    # gives the NaN.
    n = 0
    for i in range(xs.shape[0]):
        if math.isnan(math.sin(xs[i])):
            n += 1
    return n


xs = np.linspace(-20.0, 20.0, 401)
print(round(numpy_funcs(xs), 6))
print(numpy_specials(np.array([1.0, 0.0, -1.0, np.inf, np.nan, 800.0, 2.5])))
print(round(math_funcs(xs), 6))
ys = xs.copy()
ys[::7] = np.nan
print(math_nan_passes(ys))
