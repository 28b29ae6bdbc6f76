# cffi: C functions as values: kept in module globals and local variables,
# passed to script functions that call them, chosen at run time, and passed
# back to C as function pointers.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
int64_t add64(int64_t a, int64_t b);
int64_t mul64(int64_t a, int64_t b);
double add1(double x);
double int_to_double(int32_t i);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
""")
lib = ffi.dlopen(LIB)

ADD = lib.add64
MUL = lib.mul64
inc = lib.add1


def use_global(a, b):
    return ADD(a, b) * MUL(a, b)


def reduce3(op, a, b, c):
    return op(op(a, b), c)


def apply_n(f, x, n):
    for i in range(n):
        x = f(x)
    return x


print(ADD(2, 3), MUL(4, 5), inc(0.5))
print(use_global(3, 4), use_global(-1, 10))
print(reduce3(ADD, 1, 2, 3), reduce3(MUL, 2, 3, 4), reduce3(lib.add64, 10, 20, 30))
print(apply_n(inc, 0.0, 5), apply_n(lib.add1, 2.5, 3))

local_op = lib.mul64
print(local_op(6, 7), reduce3(local_op, -1, -1, -1))
to_d = lib.int_to_double
print(to_d(9) / 2, apply_n(inc, to_d(-3), 3))

print(lib.call_op(lib.add64, 20, 22), lib.call_op(lib.mul64, 6, 7))
print(lib.call_op(ADD, -5, 5), lib.call_op(MUL, 1 << 32, 1 << 31))
xs = ffi.new("int64_t[5]")
for i in range(5):
    xs[i] = i + 1
print(lib.fold(ADD, xs, 5, 0), lib.fold(MUL, xs, 5, 1), lib.fold(lib.mul64, xs + 2, 3, 2))


def pass_along(f, a, b):
    return lib.call_op(f, a, b) + f(a, b)


print(pass_along(ADD, 1, 2), pass_along(MUL, 3, 3))
total = 0
for k in range(4):
    if k % 2 == 0:
        total = ADD(total, k * 100)
    else:
        total = MUL(total, k)
print(total)
