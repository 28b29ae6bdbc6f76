# cffi: C functions over every scalar type (int8..uint64, long, size_t,
# bool, float, double), with wrap-around and narrow-argument extension done
# by C, and functions with enough arguments that some go on the stack.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
int8_t neg8(int8_t x);
uint8_t addu8(uint8_t a, uint8_t b);
int16_t neg16(int16_t x);
uint16_t addu16(uint16_t a, uint16_t b);
int32_t add32(int32_t a, int32_t b);
uint32_t addu32(uint32_t a, uint32_t b);
int64_t add64(int64_t a, int64_t b);
uint64_t addu64(uint64_t a, uint64_t b);
int64_t mul64(int64_t a, int64_t b);
long add_long(long a, long b);
size_t size_twice(size_t n);
int32_t sext8(int8_t x);
uint32_t zext8(uint8_t x);
bool is_even(int64_t x);
bool not_b(bool b);
float scalef(float x, float factor);
float halff(float x);
double add1(double x);
double mixed_fd(float a, double b, float c, double d);
double int_to_double(int32_t i);
int32_t double_to_int(double d);
int64_t many_ints(int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                  int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10);
double many_doubles(double a1, double a2, double a3, double a4, double a5,
                    double a6, double a7, double a8, double a9, double a10);
float many_floats(float a1, float a2, float a3, float a4, float a5,
                  float a6, float a7, float a8, float a9, float a10);
double many_mixed(int8_t a1, double a2, int16_t a3, float a4, int32_t a5,
                  double a6, int64_t a7, float a8, uint8_t a9, double a10,
                  uint16_t a11, double a12, uint32_t a13, float a14,
                  uint64_t a15, double a16, int a17, double a18);
""")
lib = ffi.dlopen(LIB)

print(lib.neg8(5), lib.neg8(-128), lib.neg8(127))
print(lib.addu8(200, 100), lib.addu8(1, 2))
print(lib.neg16(-32768), lib.neg16(300))
print(lib.addu16(65535, 2), lib.addu16(1000, 2000))
print(lib.add32(2147483647, 1), lib.add32(-5, 3))
print(lib.addu32(4294967295, 5), lib.addu32(7, 8))
print(lib.add64(9223372036854775807, 1), lib.add64(-40, 2))
print(lib.addu64(18446744073709551615, 2), lib.addu64(10, 20))
print(lib.mul64(4294967296, 4294967296), lib.mul64(-3, 7))
print(lib.add_long(-10, 3), lib.size_twice(21))
print(lib.sext8(-1), lib.zext8(255), lib.sext8(100), lib.zext8(7))
print(lib.is_even(10), lib.is_even(-7), lib.not_b(True), lib.not_b(False))
print(lib.scalef(1.5, 3.0), lib.halff(0.1), lib.halff(3.0))
print(lib.add1(0.5), lib.add1(-1.0), lib.int_to_double(-42))
print(lib.mixed_fd(1.0, 2.0, 3.0, 4.0), lib.mixed_fd(0.5, 0.25, 0.125, 0.0625))
print(lib.double_to_int(3.99), lib.double_to_int(-3.99), lib.double_to_int(1e9))
print(lib.many_ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(lib.many_doubles(1.0, 0.5, 0.25, 0.125, 1.0, 2.0, 3.0, 4.0, 5.0, -6.0))
print(lib.many_floats(1.0, 0.5, 0.25, 0.125, 1.0, 2.0, 3.0, 4.0, 5.0, -6.0))
print(lib.many_mixed(-1, 0.5, -2, 0.25, 3, 1.5, -4, 2.0, 200, -0.5, 60000, 0.125,
                     4000000000, -1.5, 10000000000, 2.5, -7, 0.75))

total = 0
for i in range(10):
    total = lib.add64(total, lib.mul64(i, i))
print(total)
x = lib.add32(100, 23) + lib.neg8(3)
print(x, x * 2)
f = lib.add1(lib.scalef(2.0, 0.25))
print(f)
