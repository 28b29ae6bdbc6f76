# compile error
# a cfunc defined in a factory reading one of its run-time values (Numba compiles one per call)
from numba import cfunc, types


def make_scaler(k):
    @cfunc(types.float64(types.float64))
    def scale(x):
        return x * k

    return scale


print(make_scaler(2.0).ctypes(1.5))
