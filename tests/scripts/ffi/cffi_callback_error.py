# cffi: an exception raised inside a callback does not propagate into C:
# the traceback goes to stderr and the callback returns 0 (0.0 for a
# double result), and the program goes on. Only stdout is compared.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
double integrate(double (*f)(double), double a, double b, int n);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
""")
lib = ffi.dlopen(LIB)


@ffi.callback("int64_t(int64_t, int64_t)")
def checked(a, b):
    if b < 0:
        raise ValueError("negative input")
    return a + b * 2


print(lib.call_op(checked, 1, 4))
print(lib.call_op(checked, 1, -4))
print(lib.call_op(checked, 0, 21))


@ffi.callback("int64_t(int64_t, int64_t)")
def divide(a, b):
    return a // b


print(lib.call_op(divide, 17, 5))
print(lib.call_op(divide, 17, 0))
print(lib.call_op(divide, -17, 5))


def bad_once(x):
    if x > 0.5 and x < 0.6:
        raise ValueError("bad point")
    return 1.0


cb = ffi.callback("double(double)", bad_once)
print(round(lib.integrate(cb, 0.0, 1.0, 10), 6))
print(round(lib.integrate(cb, 0.0, 0.5, 10), 6))

xs = ffi.new("int64_t[5]")
for i in range(5):
    xs[i] = i - 2
# fold restarts from 0 each time checked fails (at -2 and -1)
print(lib.fold(checked, xs, 5, 100))
total = 0
for i in range(-2, 3):
    total += lib.call_op(checked, 10, i)
print(total)
