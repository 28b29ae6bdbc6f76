import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
print(libc.abs(-5), libc.abs(2 ** 40 + 7), libc.abs(True))
print(libc.strlen(b"numba"), libc.atoi(b"  42xyz"))
CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double))


def by_value(a, b):
    return (a[0] > b[0]) - (a[0] < b[0])


cmp = CMP(by_value)
vals = (ctypes.c_double * 5)(2.5, -1.0, 7.0, 0.0, 3.25)
libc.qsort(vals, 5, ctypes.sizeof(ctypes.c_double), cmp)
print(list(vals))
buf = (ctypes.c_char * 16)()
libc.strcpy(buf, b"copied")
print(libc.strlen(buf), buf[0], buf[5])
