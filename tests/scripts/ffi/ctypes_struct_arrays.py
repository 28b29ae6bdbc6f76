# ctypes: array fields inside Structures (w.vals[i]) and arrays of
# Structures ((Vec2 * n)()) passed to C.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)


class Vec2(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class WithArray(ctypes.Structure):
    _fields_ = [("n", ctypes.c_int32), ("vals", ctypes.c_double * 4)]

lib.with_array_sum.argtypes = [ctypes.POINTER(WithArray)]
lib.with_array_sum.restype = ctypes.c_double
lib.vec2_scale.argtypes = [ctypes.POINTER(Vec2), ctypes.c_double]
lib.vec2_scale.restype = None

print(ctypes.sizeof(WithArray), ctypes.sizeof(Vec2 * 3))
w = WithArray()
w.n = 3
for i in range(4):
    w.vals[i] = 1.5 * (i + 1)
print(w.vals[0], w.vals[3], lib.with_array_sum(ctypes.byref(w)))
w.n = 4
print(lib.with_array_sum(ctypes.pointer(w)))

pts = (Vec2 * 3)()
for i in range(3):
    pts[i].x = i * 1.0
    pts[i].y = i * 2.0
lib.vec2_scale(pts, 10.0)
lib.vec2_scale(ctypes.byref(pts[2]), -1.0)
for i in range(3):
    print(i, pts[i].x, pts[i].y)


def total(ws, n):
    s = 0.0
    for k in range(n):
        s += lib.with_array_sum(ctypes.byref(ws[k]))
    return s


many = (WithArray * 3)()
for k in range(3):
    many[k].n = k + 1
    for i in range(4):
        many[k].vals[i] = k * 10.0 + i
print(total(many, 3), many[2].vals[1])
