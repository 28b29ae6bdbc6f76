# cffi: callbacks that take and return structs by value (call_with_vec2
# hands a vec2 to the script, call_returning_vec2 gets one back).
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
double call_with_vec2(double (*f)(vec2), double x, double y);
vec2 call_returning_vec2(vec2 (*f)(double), double t);
""")
lib = ffi.dlopen(LIB)


@ffi.callback("double(vec2)")
def norm1(v):
    return abs(v.x) + abs(v.y)


def dot_self(v):
    return v.x * v.x + v.y * v.y


print(lib.call_with_vec2(norm1, 3.0, -4.0), lib.call_with_vec2(norm1, 0.5, 0.25))
ds = ffi.callback("double(vec2)", dot_self)
print(lib.call_with_vec2(ds, 3.0, -4.0))

scratch = ffi.new("vec2 *")


@ffi.callback("vec2(double)")
def on_circle(t):
    scratch.x = t * 2.0
    scratch.y = -t
    return scratch[0]


r = lib.call_returning_vec2(on_circle, 1.5)
print(r.x, r.y)
total = 0.0
for i in range(4):
    total += lib.call_with_vec2(norm1, i * 1.0, -1.0)
print(total)
