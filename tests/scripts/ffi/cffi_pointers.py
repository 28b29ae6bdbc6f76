# cffi: ffi.new arrays and scalars, pointers passed to and returned by C,
# ffi.NULL, pointer arithmetic, comparison and intptr_t casts, pointers to
# pointers.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
void fill(double *out, int n, double v);
double sum(const double *xs, size_t n);
int64_t *find_first(int64_t *xs, size_t n, int64_t value);
const double *pick_max(const double *xs, size_t n);
void *identity_ptr(void *p);
intptr_t ptr_diff(const void *a, const void *b);
bool is_null(const void *p);
void reverse_i32(int32_t *xs, size_t n);
""")
lib = ffi.dlopen(LIB)

xs = ffi.new("double[5]")
lib.fill(xs, 5, 1.5)
xs[2] = 10.0
print(xs[0], xs[2], xs[4], lib.sum(xs, 5), lib.sum(xs, 2))
print(ffi.sizeof("double"), ffi.sizeof("int32_t"), ffi.sizeof("void *"), ffi.sizeof(xs))

ys = ffi.new("int64_t[6]")
for i in range(6):
    ys[i] = i * i
p = lib.find_first(ys, 6, 9)
print(p[0], p - ys, p == ys + 3, p != ys)
q = lib.find_first(ys, 6, 7)
print(q == ffi.NULL, p == ffi.NULL, lib.is_null(q), lib.is_null(p))
print(lib.is_null(ffi.NULL))
p[0] = -9
p[1] = -16
print(ys[3], ys[4], (p + 2)[0], (p - 1)[0])
m = lib.pick_max(xs, 5)
print(m[0], m - xs, lib.pick_max(xs, 0) == ffi.NULL)

print(lib.ptr_diff(ys + 4, ys), lib.ptr_diff(xs, xs + 5))
addr = int(ffi.cast("intptr_t", ys))
addr3 = int(ffi.cast("intptr_t", ys + 3))
print(addr3 - addr, addr != 0)
same = lib.identity_ptr(ys)
print(same == ys, ffi.cast("int64_t *", same)[5])
r = ffi.cast("int64_t *", addr + 16)
print(r[0], r == ys + 2)

n = ffi.new("int32_t[7]")
for i in range(7):
    n[i] = 10 * i
lib.reverse_i32(n, 7)
print(n[0], n[1], n[5], n[6])
lib.reverse_i32(n + 1, 3)
print(n[0], n[1], n[2], n[3], n[4])

one = ffi.new("int *")
one[0] = 41
print(one[0] + 1)
ptrs = ffi.new("int64_t *[3]")
ptrs[0] = ys
ptrs[1] = ys + 5
ptrs[2] = ffi.NULL
pp = ffi.cast("int64_t **", ptrs)
print(pp[0][1], pp[1][0], pp[2] == ffi.NULL, pp[0] == ys)
pp[1][0] = 99
print(ys[5])
