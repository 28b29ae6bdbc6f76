# cffi: a typedef'd union through pointers: ffi.new, member access, C
# reading what the script wrote and the script reading what C wrote.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef union { int64_t i; double d; uint8_t bytes[8]; } num_u;
int64_t double_bits(double d);
void num_set_double(num_u *u, double d);
int64_t num_get_int(const num_u *u);
uint8_t num_byte(const num_u *u, int k);
""")
lib = ffi.dlopen(LIB)

print(ffi.sizeof("num_u"), ffi.sizeof("int64_t"))

u = ffi.new("num_u *")
u.d = 1.0
print(u.i, lib.num_get_int(u), lib.double_bits(1.0))
lib.num_set_double(u, -2.5)
print(u.d, u.i == lib.double_bits(-2.5))
u.i = 0
print(u.d, lib.num_byte(u, 7))
u.i = 4611686018427387904
print(u.d, lib.num_byte(u, 7), lib.num_byte(u, 0), lib.num_byte(u, 9))
lib.num_set_double(u, 0.1)
print(lib.num_get_int(u), lib.num_byte(u, 0), lib.num_byte(u, 6))


def bits_of(d):
    v = ffi.new("num_u *")
    lib.num_set_double(v, d)
    return v.i, v.d


i2, d2 = bits_of(2.0)
im, dm = bits_of(-0.0)
print(i2, d2, im, dm)
