# ctypes: Structures returned by value (in registers and through memory),
# built with positional and nested constructors, and passed back to C.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)


class Vec2(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class Vec3(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double), ("z", ctypes.c_double)]


class PairI32(ctypes.Structure):
    _fields_ = [("a", ctypes.c_int32), ("b", ctypes.c_int32)]


class IntFloat(ctypes.Structure):
    _fields_ = [("i", ctypes.c_int32), ("f", ctypes.c_float)]


class Box(ctypes.Structure):
    _fields_ = [("min", Vec2), ("max", Vec2)]


lib.vec2_add.argtypes = [Vec2, Vec2]
lib.vec2_add.restype = Vec2
lib.vec2_norm2.argtypes = [Vec2]
lib.vec2_norm2.restype = ctypes.c_double
lib.vec3_cross.argtypes = [Vec3, Vec3]
lib.vec3_cross.restype = Vec3
lib.pair_swap.argtypes = [PairI32]
lib.pair_swap.restype = PairI32
lib.int_float_make.argtypes = [ctypes.c_int32, ctypes.c_float]
lib.int_float_make.restype = IntFloat
lib.box_grow.argtypes = [Box, ctypes.c_double]
lib.box_grow.restype = Box
lib.box_area.argtypes = [Box]
lib.box_area.restype = ctypes.c_double

c = lib.vec2_add(Vec2(3.0, 4.0), Vec2(1.0, -2.0))
print(c.x, c.y, lib.vec2_norm2(c))
d = lib.vec2_add(c, c)
print(d.x, d.y)
k = lib.vec3_cross(Vec3(1.0, 0.0, 0.0), Vec3(0.0, 1.0, 0.0))
print(k.x, k.y, k.z)
k2 = lib.vec3_cross(k, Vec3(1.0, 0.0, 0.0))
print(k2.x, k2.y, k2.z)
sw = lib.pair_swap(PairI32(7, -3))
print(sw.a, sw.b)
fi = lib.int_float_make(-12, 0.1)
print(fi.i, fi.f)

b = Box(Vec2(0.0, 0.0), Vec2(2.0, 3.0))
print(lib.box_area(b))
g = lib.box_grow(b, 1.0)
print(g.min.x, g.min.y, g.max.x, g.max.y, lib.box_area(g))
print(b.min.x, lib.box_area(lib.box_grow(g, 0.5)))


def walk(n):
    acc = Vec2(0.0, 0.0)
    for i in range(n):
        acc = lib.vec2_add(acc, Vec2(i * 1.0, 1.0))
    return acc.x + acc.y


print(walk(4), walk(0))
