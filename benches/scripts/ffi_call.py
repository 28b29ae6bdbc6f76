# C interop call overhead: a loop of calls to a trivial C function,
# double rk_add1(double), through cffi.
import sys

from cffi import FFI

ffi = FFI()
ffi.cdef("double rk_add1(double x);")
here = sys.argv[0].rpartition("/")[0]
if here == "":
    here = "."
lib = ffi.dlopen(here + "/../../examples/rng/librandomkit.so")
add1 = lib.rk_add1


def loop(n):
    x = 0.0
    for i in range(n):
        x = add1(x)
    return x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
print(loop(n))
