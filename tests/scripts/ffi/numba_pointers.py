# Numba-style pointers: T.pointer() types, casts by calling a type
# (int64p(address), Py_uintptr_t(p)), NULL, pointer arithmetic, comparison
# and indexing over numpy buffers (a.ctypes.data), pointer types passed as
# arguments, and locals= declarations.
import numba
import numpy as np
from numba import NULL, Py_uintptr_t, float64, int16, int32, int64, jit, uint8, void

int32p = int32.pointer()
int64p = int64.pointer()
float64p = float64.pointer()
voidp = void.pointer()


@jit
def arith():
    p = int64p(Py_uintptr_t(1000))
    q = p + 3
    q -= 1
    return Py_uintptr_t(q), q - p, Py_uintptr_t(q - 2) == Py_uintptr_t(p)


@jit(locals={"addr": Py_uintptr_t})
def read_as(addr, ptype, n):
    p = ptype(addr)
    s = p[0]
    for i in range(1, n):
        s += p[i]
    return s


@jit(locals={"total": float64})
def scale_sum(p, n, k):
    total = 0
    for i in range(n):
        p[i] = p[i] * k
        total += p[i]
    return total


@jit
def count_until(p, stop):
    i = 0
    while p[i] != stop:
        i += 1
    return i


print(arith())
a = np.array([1.5, 2.5, -4.0, 8.0])
print(read_as(a.ctypes.data, float64p, 4), read_as(a.ctypes.data, float64p, 2))
b = np.array([7, -3, 100, 20, 0], dtype=np.int32)
print(read_as(b.ctypes.data, int32p, 5), read_as(b.ctypes.data, int16.pointer(), 2))
print(read_as(b.ctypes.data, uint8.pointer(), 4), read_as(b.ctypes.data + 8, int32p, 2))
ap = float64p(a.ctypes.data)
print(scale_sum(ap, 4, 2.0), a)
print(scale_sum(ap + 2, 2, 0.5), a)
print(count_until(int32p(b.ctypes.data), 0), count_until(int32p(b.ctypes.data) + 1, 20))

bp = int32p(b.ctypes.data)
end = bp + 5
print(end - bp, end > bp, bp < end, bp + 5 == end, bp != end)
print(Py_uintptr_t(end) - Py_uintptr_t(bp), Py_uintptr_t(bp) == b.ctypes.data)
vp = voidp(b.ctypes.data)
print(vp == numba.NULL, voidp(Py_uintptr_t(0)) == NULL, Py_uintptr_t(vp) == Py_uintptr_t(bp))
back = int32p(vp)
back[4] = 99
print(b, int64p(vp)[0] == 7 + (-3 << 32))
