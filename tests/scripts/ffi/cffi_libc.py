# cffi: ffi.dlopen(None) gives the C library of the process; libc's abs
# and libm's sin, cos, pow are called through it, directly, from
# functions, and through local variables.
import math

from cffi import FFI

ffi = FFI()
ffi.cdef("""
int abs(int x);
long labs(long x);
double sin(double x);
double cos(double x);
double pow(double x, double y);
double sqrt(double x);
double floor(double x);
float sqrtf(float x);
""")
libc = ffi.dlopen(None)

print(libc.abs(-17), libc.abs(17), libc.abs(0), libc.labs(-5000000000))
print(libc.sin(0.0), libc.cos(0.0))
print(round(libc.sin(math.pi / 6), 12), round(libc.cos(math.pi / 3), 12))
print(libc.pow(2.0, 10.0), libc.pow(9.0, 0.5), libc.pow(2.0, -2.0))
print(libc.sqrt(2.0), libc.sqrt(2.0) == math.sqrt(2.0))
print(libc.floor(-2.5), libc.floor(7.9))
print(libc.sqrtf(2.0))


def sum_of_squares(n):
    s = 0.0
    for i in range(n):
        s += libc.pow(libc.sin(i * 0.1), 2.0) + libc.pow(libc.cos(i * 0.1), 2.0)
    return s


print(round(sum_of_squares(50), 9))

mysin = libc.sin
mycos = libc.cos
myabs = libc.abs
print(mysin(1.0) == math.sin(1.0), mycos(1.0) == math.cos(1.0))
print(myabs(-3) + myabs(4))

total = 0
for k in [-1, 2, -3, 4]:
    total += libc.abs(k) * libc.abs(k)
print(total)
print(libc.abs(libc.abs(-3) - 10) * 2)
