# compile error
from numba.extending import overload_method


@overload_method(int, 'double')
def int_double(x):
    def impl(x):
        return x * 2
    return impl
