# adapted from numba docs (extending/high-level.rst "Implementing methods", "Implementing attributes"): overload_method and overload_attribute on Numba type classes, with typing-time branches and captured values
import numpy as np
from numba import njit, types
from numba.extending import overload_method, overload_attribute, register_jitable


@overload_method(types.Array, 'take_shifted')
def array_take_shifted(arr, indices):
    if isinstance(indices, types.Array):
        def take_impl(arr, indices):
            n = indices.shape[0]
            res = np.empty(n, arr.dtype)
            for i in range(n):
                res[i] = arr[indices[i]]
            return res
        return take_impl
    if isinstance(indices, types.Integer):
        def take_one(arr, indices):
            return arr[indices]
        return take_one


@overload_attribute(types.Array, 'nbytes_total')
def array_nbytes_total(arr):
    def get(arr):
        return arr.size * arr.itemsize
    return get


@register_jitable
def clamp(v, lo, hi):
    return min(max(v, lo), hi)


@overload_method(types.Integer, 'clamped')
def int_clamped(x, lo, hi):
    def impl(x, lo, hi):
        return clamp(x, lo, hi)
    return impl


@overload_method(types.Float, 'clamped')
def float_clamped(x, lo, hi):
    def impl(x, lo, hi):
        return float(clamp(x, lo, hi)) + 0.5
    return impl


@overload_method(types.Array, 'scaled_sum')
def array_scaled_sum(arr, k):
    bits = arr.dtype.bitwidth
    def impl(arr, k):
        s = 0.0
        for v in arr.flat:
            s += v * k
        return s, bits
    return impl


@overload_method(types.UnicodeType, 'shout')
def str_shout(s, times):
    def impl(s, times):
        return s.upper() + "!" * times
    return impl


@njit
def run(a, idx):
    total = 0
    for i in range(a.shape[0]):
        total += a.take_shifted(i).clamped(2, 6)
    out = (a.take_shifted(idx), a.nbytes_total, total, (2.5).clamped(0, 1))
    return out, a.scaled_sum(2), np.ones((2, 3), np.float32).scaled_sum(1), "hey".shout(2)


print(run(np.arange(10), np.array([3, 1, 4])))
print(run(np.arange(3), np.array([2])))
