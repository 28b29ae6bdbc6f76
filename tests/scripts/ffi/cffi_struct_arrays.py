# cffi: arrays inside structs (w.vals[i], a field decaying to a pointer),
# arrays of structs, and an array field of structs inside a struct.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
typedef struct { int32_t n; double vals[4]; } with_array;
typedef struct { int32_t count; vec2 pts[3]; } polygon;
double with_array_sum(const with_array *w);
double sum(const double *xs, size_t n);
void vec2_scale(vec2 *v, double s);
""")
lib = ffi.dlopen(LIB)

print(ffi.sizeof("with_array"), ffi.sizeof("polygon"))
w = ffi.new("with_array *")
w.n = 3
for i in range(4):
    w.vals[i] = 1.5 * (i + 1)
print(w.n, w.vals[0], w.vals[3], lib.with_array_sum(w))
w.n = 4
print(lib.with_array_sum(w))
pv = w.vals
pv[0] = 100.0
print(w.vals[0], lib.with_array_sum(w), lib.sum(w.vals, 2), lib.sum(pv + 2, 2))

ws = ffi.new("with_array[3]")
for k in range(3):
    ws[k].n = k + 1
    for i in range(4):
        ws[k].vals[i] = k * 10.0 + i
total = 0.0
for k in range(3):
    total += lib.with_array_sum(ws + k)
print(total, ws[2].vals[1], lib.with_array_sum(ffi.addressof(ws[2])))

poly = ffi.new("polygon *")
poly.count = 3
for i in range(3):
    poly.pts[i].x = i * 1.0
    poly.pts[i].y = i * 2.0
lib.vec2_scale(poly.pts + 2, 10.0)
lib.vec2_scale(ffi.addressof(poly.pts[1]), -1.0)
for i in range(poly.count):
    print(i, poly.pts[i].x, poly.pts[i].y)


def perimeter_x(p):
    s = 0.0
    for i in range(p.count):
        s += p.pts[i].x
    return s


print(perimeter_x(poly))
