# ctypes: out-parameters through byref(c_int()) and pointer(c_double()),
# read back with .value and through pointer indexing.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.cdll.LoadLibrary(LIB)

divmod_c = lib.divmod
divmod_c.argtypes = [ctypes.c_int, ctypes.c_int,
                     ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
divmod_c.restype = None
minmax = lib.minmax
minmax.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t,
                   ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]
minmax.restype = None

q = ctypes.c_int()
r = ctypes.c_int()
divmod_c(17, 5, ctypes.byref(q), ctypes.byref(r))
print(q.value, r.value)
divmod_c(-17, 5, ctypes.byref(q), ctypes.byref(r))
print(q.value, r.value)
divmod_c(100, -7, ctypes.byref(q), ctypes.byref(r))
print(q.value, r.value, q.value * -7 + r.value)

qp = ctypes.pointer(q)
rp = ctypes.pointer(r)
divmod_c(23, 4, qp, rp)
print(qp[0], rp[0], q.value, r.value, qp.contents.value)


def c_divmod(a, b):
    qq = ctypes.c_int()
    rr = ctypes.c_int()
    divmod_c(a, b, ctypes.byref(qq), ctypes.byref(rr))
    return qq.value * 1000 + rr.value


print(c_divmod(7, 2), c_divmod(-7, 2), c_divmod(999, 10))
s = 0
for a in range(1, 30, 4):
    s += c_divmod(a, 3)
print(s)

xs = (ctypes.c_double * 5)(3.5, -1.25, 8.0, 0.0, 7.75)
lo = ctypes.c_double()
hi = ctypes.c_double()
minmax(xs, 5, ctypes.byref(lo), ctypes.byref(hi))
print(lo.value, hi.value)
minmax(xs, 2, ctypes.byref(lo), ctypes.byref(hi))
print(lo.value, hi.value)
minmax(xs, 0, ctypes.byref(lo), ctypes.byref(hi))
print(lo.value, hi.value)
