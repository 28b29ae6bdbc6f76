# C call overhead: 10^8 calls of a trivial C function, double rk_add1(double)
# from examples/rng/librandomkit.so, through cffi.
import sys

from cffi import FFI
from numba import njit

ffi = FFI()
ffi.cdef("double rk_add1(double x);")
here = sys.argv[0].rpartition("/")[0]
if here == "":
    here = "."
lib = ffi.dlopen(here + "/../../examples/rng/librandomkit.so")
add1 = lib.rk_add1


@njit
def loop(n):
    x = 0.0
    for i in range(n):
        x = add1(x)
    return x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000000
print(f"{loop(n):.1f}")
