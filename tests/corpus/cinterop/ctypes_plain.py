# adapted from the Python ctypes usage around Numba programs: libc/libm through ctypes in plain module code
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libm = ctypes.CDLL(ctypes.util.find_library("m"))

libm.cbrt.argtypes = [ctypes.c_double]
libm.cbrt.restype = ctypes.c_double
libc.labs.argtypes = [ctypes.c_long]
libc.labs.restype = ctypes.c_long
libc.strlen.argtypes = [ctypes.c_char_p]
libc.strlen.restype = ctypes.c_size_t


class div_t(ctypes.Structure):
    _fields_ = [("quot", ctypes.c_int), ("rem", ctypes.c_int)]


libc.div.argtypes = [ctypes.c_int, ctypes.c_int]
libc.div.restype = div_t

print(libm.cbrt(27.0), libc.labs(-42), libc.strlen(b"numba"))
r = libc.div(17, 5)
print(r.quot, r.rem)
arr = (ctypes.c_double * 4)(1.0, 2.0, 3.0, 4.0)
print(sum(arr), len(arr), arr[2])
x = ctypes.c_int(5)
p = ctypes.pointer(x)
p.contents.value += 10
print(x.value, ctypes.sizeof(div_t), ctypes.sizeof(ctypes.c_double))
