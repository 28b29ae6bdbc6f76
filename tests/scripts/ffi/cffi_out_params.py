# cffi: out-parameters through ffi.new("int *") and friends, written by C
# and read back in the script, also inside script functions and loops.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
void divmod(int a, int b, int *q, int *r);
void minmax(const double *xs, size_t n, double *lo, double *hi);
""")
lib = ffi.dlopen(LIB)

q = ffi.new("int *")
r = ffi.new("int *")
lib.divmod(17, 5, q, r)
print(q[0], r[0])
lib.divmod(-17, 5, q, r)
print(q[0], r[0], -17 // 5, -17 % 5)
lib.divmod(100, -7, q, r)
print(q[0], r[0])


def c_divmod(a, b):
    qq = ffi.new("int *")
    rr = ffi.new("int *")
    lib.divmod(a, b, qq, rr)
    return qq[0], rr[0]


print(c_divmod(7, 2), c_divmod(-7, 2), c_divmod(0, 3))
total_q = 0
total_r = 0
for a in range(1, 30, 4):
    qa, ra = c_divmod(a, 3)
    total_q += qa
    total_r += ra
print(total_q, total_r)

# two ints in one allocation: q and r at indices 0 and 1
both = ffi.new("int[2]")
lib.divmod(23, 4, both, both + 1)
print(both[0], both[1])

xs = ffi.new("double[6]")
vals = [3.5, -1.25, 8.0, 0.0, 7.75, -2.5]
for i in range(6):
    xs[i] = vals[i]
lo = ffi.new("double *")
hi = ffi.new("double *")
lib.minmax(xs, 6, lo, hi)
print(lo[0], hi[0])
lib.minmax(xs, 3, lo, hi)
print(lo[0], hi[0])
lib.minmax(xs, 0, lo, hi)
print(lo[0], hi[0])
lib.minmax(xs + 3, 3, lo, hi)
print(lo[0], hi[0], hi[0] - lo[0])
