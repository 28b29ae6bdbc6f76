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
void set_callback(int (*cb)(int));
int fire(int x);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
""")
lib = ffi.dlopen(LIB)


@ffi.callback("int(int)")
def checked(x):
    if x < 0:
        raise ValueError("negative input")
    return x * 2


lib.set_callback(checked)
print(lib.fire(4))
print(lib.fire(-4))
print(lib.fire(21))


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
total = 0
for i in range(-2, 3):
    total += lib.fire(i)
print(total)
