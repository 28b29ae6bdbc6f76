# Iterating over C arrays: ctypes arrays, cffi fixed and open arrays (numbers,
# structs, chars), in for loops, comprehensions, list(), enumerate and zip.
import ctypes
from cffi import FFI

ffi = FFI()
ffi.cdef("typedef struct { double x, y; } vec2;")
a = (ctypes.c_int32 * 4)(1, 2, 3, 4)
print(list(a), sum([x * 2 for x in a]))
for i, x in enumerate(a):
    print(i, x, end="; ")
print()
b = ffi.new("double[]", [0.5, 1.5, 2.5])
total = 0.0
for x in b:
    total += x
print(total, list(b), len(b))
pts = ffi.new("vec2[2]", [(1.0, 2.0), (3.0, 4.0)])
for p in pts:
    print(p.x + p.y)
c = ffi.new("char[]", b"hi")
print([ch for ch in c])
for x, y in zip(a, b):
    print(x, y)


def s(arr, t):
    for v in arr:
        t += v
    return t


print(s(a, 0), s(b, 0.0))
