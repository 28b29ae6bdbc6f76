# cffi: typedef'd structs allocated with ffi.new, field access, ffi.sizeof
# of struct types, structs passed to C by pointer and by value, and
# struct pointers returned by C.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
typedef struct { double x, y, z; } vec3;
typedef struct { double d; int64_t i; } dbl_long;
double vec2_norm2(vec2 v);
void vec2_scale(vec2 *v, double s);
vec2 *vec2_new(double x, double y);
void vec2_free(vec2 *v);
double vec3_dot(const vec3 *a, const vec3 *b);
double dbl_long_sum(dbl_long v);
""")
lib = ffi.dlopen(LIB)

print(ffi.sizeof("vec2"), ffi.sizeof("vec3"), ffi.sizeof("dbl_long"))

a = ffi.new("vec2 *")
print(a.x, a.y)
a.x = 3.0
a.y = 4.0
print(a.x, a.y, lib.vec2_norm2(a[0]))
lib.vec2_scale(a, 0.5)
print(a.x, a.y, a[0].x)
a[0].y = -1.0
print(a.y, lib.vec2_norm2(a[0]))

h = lib.vec2_new(6.0, 8.0)
print(h.x, h.y, lib.vec2_norm2(h[0]), h != ffi.NULL)
lib.vec2_scale(h, 0.5)
print(h[0].x, h[0].y)
a.x = h.x
a.y = h.y
lib.vec2_free(h)
print(a.x, a.y)

u = ffi.new("vec3 *")
u.x = 1.0
u.y = 2.0
u.z = 3.0
w = ffi.new("vec3 *")
w.x = -1.0
w.z = 0.5
print(lib.vec3_dot(u, w), lib.vec3_dot(u, u), lib.vec3_dot(w, w))
vs = ffi.new("vec3[4]")
for i in range(4):
    vs[i].x = i * 1.0
    vs[i].y = 1.0
print(lib.vec3_dot(vs + 2, vs + 3), lib.vec3_dot(vs, vs + 1), vs[3].x)

dl = ffi.new("dbl_long *")
dl.d = 1.5
dl.i = 40
print(dl.d, dl.i, lib.dbl_long_sum(dl[0]))


def total_norm(n):
    v = ffi.new("vec2 *")
    s = 0.0
    for i in range(n):
        v.x = i * 1.0
        v.y = 2.0
        s += lib.vec2_norm2(v[0])
    return s


print(total_norm(5))
