# adapted from cffi's ABI-mode documentation, as used around Numba programs: structs, arrays, strings and callbacks
from cffi import FFI

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } point_t;
size_t strlen(const char *s);
int abs(int x);
double hypot(double x, double y);
""")
C = ffi.dlopen(None)

p = ffi.new("point_t *", {"x": 3.0, "y": 4.0})
print(C.hypot(p.x, p.y), C.abs(-7), C.strlen(b"hello"))
pts = ffi.new("point_t[3]")
for i in range(3):
    pts[i].x = i
    pts[i].y = i * i
print([(pts[i].x, pts[i].y) for i in range(3)], ffi.sizeof("point_t"), len(pts))
buf = ffi.new("char[]", b"numba")
print(ffi.string(buf), len(buf))
arr = ffi.new("int[]", [5, 6, 7])
print(sum(arr[i] for i in range(len(arr))), ffi.typeof(arr))
