# cffi: ffi.new with initializers: scalars, arrays from lists (with and
# without a length), char arrays from bytes, structs from lists and from
# other struct values, nested structs.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
typedef struct { vec2 min, max; } box;
typedef struct { int32_t n; double vals[4]; } with_array;
double sum(const double *xs, size_t n);
double vec2_norm2(vec2 v);
double box_area(box b);
double with_array_sum(const with_array *w);
void upcase(char *buf);
size_t str_len(const char *s);
""")
lib = ffi.dlopen(LIB)

n = ffi.new("int *", 42)
d = ffi.new("double *", -0.5)
print(n[0], d[0])
xs = ffi.new("double[4]", [1.0, 2.0, 3.5])
print(xs[0], xs[2], xs[3], lib.sum(xs, 4))
ys = ffi.new("double[]", [0.25, 0.5, 0.75, 1.0, 1.25])
print(len(ys), ffi.sizeof(ys), lib.sum(ys, 5))
zs = ffi.new("int32_t[]", 6)
print(len(zs), zs[5], ffi.sizeof(zs))

buf = ffi.new("char[]", b"mixed Case 42")
print(len(buf), lib.str_len(buf))
lib.upcase(buf)
print(ffi.string(buf))
small = ffi.new("char[16]", b"abc")
lib.upcase(small)
print(ffi.string(small), lib.str_len(small))

v = ffi.new("vec2 *", [3.0, 4.0])
print(v.x, v.y, lib.vec2_norm2(v[0]))
copy = ffi.new("vec2 *", v[0])
copy.x = 0.0
print(copy.x, copy.y, v.x)
b = ffi.new("box *", [[0.0, 0.0], [2.0, 5.0]])
print(b.min.x, b.max.y, lib.box_area(b[0]))
wa = ffi.new("with_array *", [3, [1.0, 2.0, 4.0, 8.0]])
print(wa.n, lib.with_array_sum(wa))
pts = ffi.new("vec2[3]", [[1.0, 1.0], [2.0, 2.0]])
print(pts[0].x, pts[1].y, pts[2].x, lib.vec2_norm2(pts[1]))
