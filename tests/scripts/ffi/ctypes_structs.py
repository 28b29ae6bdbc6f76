# ctypes: Structure subclasses with _fields_ (flat, padded, nested), passed
# to C by pointer (byref and pointer) and by value, field reads and writes,
# sizeof.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)


class Vec2(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class Mixed(ctypes.Structure):
    _fields_ = [("id", ctypes.c_int32), ("tag", ctypes.c_char),
                ("weight", ctypes.c_double), ("small", ctypes.c_int16)]


class Box(ctypes.Structure):
    _fields_ = [("min", Vec2), ("max", Vec2)]


lib.vec2_norm2.argtypes = [Vec2]
lib.vec2_norm2.restype = ctypes.c_double
lib.vec2_scale.argtypes = [ctypes.POINTER(Vec2), ctypes.c_double]
lib.vec2_scale.restype = None
lib.mixed_bump.argtypes = [ctypes.POINTER(Mixed)]
lib.mixed_bump.restype = None
lib.mixed_score.argtypes = [Mixed]
lib.mixed_score.restype = ctypes.c_double
lib.box_area.argtypes = [Box]
lib.box_area.restype = ctypes.c_double

print(ctypes.sizeof(Vec2), ctypes.sizeof(Mixed), ctypes.sizeof(Box))
v = Vec2(3.0, 4.0)
print(v.x, v.y, lib.vec2_norm2(v))
lib.vec2_scale(ctypes.byref(v), 0.5)
print(v.x, v.y)
vp = ctypes.pointer(v)
lib.vec2_scale(vp, -2.0)
print(v.x, v.y, vp[0].x, vp[0].y)
v.y = 0.0
print(lib.vec2_norm2(v))

m = Mixed()
m.id = 10
m.weight = 0.5
m.small = -3
lib.mixed_bump(ctypes.byref(m))
print(m.id, m.weight, m.small, lib.mixed_score(m))

b = Box()
b.min.x = 1.0
b.min.y = 2.0
b.max.x = 4.0
b.max.y = 7.0
print(b.min.x, b.max.y, lib.box_area(b))
b.max.x = 5.0
print(lib.box_area(b))

def norm_of(x, y):
    return lib.vec2_norm2(Vec2(x, y))


print(norm_of(1.0, 2.0), norm_of(-3.0, 0.0))
