# cffi: structs returned by value from C (small ones in registers, large
# ones through memory), read field by field and passed back to C.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
typedef struct { float x, y; } vec2f;
typedef struct { float x, y, z; } vec3f;
typedef struct { double x, y, z; } vec3;
typedef struct { int32_t a, b; } pair_i32;
typedef struct { int32_t i; float f; } int_float;
typedef struct { double d; int64_t i; } dbl_long;
double vec2_norm2(vec2 v);
vec2 vec2_add(vec2 a, vec2 b);
vec2f vec2f_swap(vec2f v);
vec3f vec3f_scale(vec3f v, float s);
vec3 vec3_cross(vec3 a, vec3 b);
pair_i32 pair_swap(pair_i32 p);
int_float int_float_make(int32_t i, float f);
dbl_long dbl_long_make(double d, int64_t i);
double dbl_long_sum(dbl_long v);
""")
lib = ffi.dlopen(LIB)

a = ffi.new("vec2 *")
a.x = 3.0
a.y = 4.0
b = ffi.new("vec2 *")
b.x = 1.0
b.y = -2.0
c = lib.vec2_add(a[0], b[0])
print(c.x, c.y, lib.vec2_norm2(c))
d = lib.vec2_add(c, c)
print(d.x, d.y)
b[0] = d
print(b.x, b.y)
b.x = 1.0
b.y = -2.0

f = ffi.new("vec2f *")
f.x = 1.5
f.y = 2.5
g = lib.vec2f_swap(f[0])
print(g.x, g.y)
v3 = ffi.new("vec3f *")
v3.x = 1.0
v3.y = 2.0
v3.z = 3.0
s3 = lib.vec3f_scale(v3[0], 0.5)
print(s3.x, s3.y, s3.z)

u = ffi.new("vec3 *")
u.x = 1.0
w = ffi.new("vec3 *")
w.y = 1.0
k = lib.vec3_cross(u[0], w[0])
print(k.x, k.y, k.z)
k2 = lib.vec3_cross(k, u[0])
print(k2.x, k2.y, k2.z)

pr = ffi.new("pair_i32 *")
pr.a = 7
pr.b = -3
sw = lib.pair_swap(pr[0])
print(sw.a, sw.b)
fi = lib.int_float_make(-12, 0.1)
print(fi.i, fi.f)
dl = lib.dbl_long_make(1.5, 40)
print(dl.d, dl.i, lib.dbl_long_sum(dl))


def walk(n):
    acc = lib.vec2_add(a[0], a[0])
    for i in range(n):
        acc = lib.vec2_add(acc, b[0])
    return acc.x, acc.y


print(walk(3), walk(0))
