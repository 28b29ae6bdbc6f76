# ctypes: Structures built from values by position and keyword, nested
# Structures from instances and tuples, array fields from tuples, whole
# structs stored into fields and array elements (copies), and C function
# pointers fetched from C and called.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)


class Vec2(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class Box(ctypes.Structure):
    _fields_ = [("min", Vec2), ("max", Vec2)]


class WithArray(ctypes.Structure):
    _fields_ = [("n", ctypes.c_int32), ("vals", ctypes.c_double * 4)]


BINOP = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
lib.box_area.argtypes = [Box]
lib.box_area.restype = ctypes.c_double
lib.with_array_sum.argtypes = [ctypes.POINTER(WithArray)]
lib.with_array_sum.restype = ctypes.c_double
lib.vec2_norm2.argtypes = [Vec2]
lib.vec2_norm2.restype = ctypes.c_double
lib.get_op.argtypes = [ctypes.c_char]
lib.get_op.restype = BINOP

p = Vec2(y=4.0, x=3.0)
q = Vec2(1.5)
print(p.x, p.y, q.x, q.y, lib.vec2_norm2(p))
b = Box(Vec2(0.0, 0.0), Vec2(2.0, 3.0))
print(lib.box_area(b))
b2 = Box((1.0, 1.0), max=(4.0, 5.0))
print(b2.min.x, b2.max.y, lib.box_area(b2))
b2.max = p
p.x = 100.0
print(b2.max.x, b2.max.y, lib.box_area(b2))
w = WithArray(3, (1.0, 2.0, 4.0))
print(w.n, w.vals[2], w.vals[3], lib.with_array_sum(ctypes.byref(w)))

pts = (Vec2 * 3)()
pts[1] = q
pts[2] = Vec2(5.0, 6.0)
q.y = -1.0
print(pts[0].x, pts[1].x, pts[1].y, pts[2].y)


def norms(n):
    arr = (Vec2 * 4)()
    total = 0.0
    for i in range(n):
        arr[i % 4] = Vec2(i * 1.0, 1.0)
        total += lib.vec2_norm2(arr[i % 4])
    return total


print(norms(4), norms(10))
plus = lib.get_op(b"+")
times = lib.get_op(b"*")
print(plus(2, 3), times(4, 5), bool(lib.get_op(b"?")))
