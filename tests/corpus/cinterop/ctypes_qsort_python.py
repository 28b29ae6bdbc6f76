# adapted from the ctypes documentation's qsort example, as Numba users pair it with cfuncs
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))


def py_cmp_func(a, b):
    return a[0] - b[0]


cmp_func = CMPFUNC(py_cmp_func)
IntArray5 = ctypes.c_int * 5
ia = IntArray5(5, 1, 7, 33, 99)
libc.qsort(ia, len(ia), ctypes.sizeof(ctypes.c_int), cmp_func)
print(list(ia))
