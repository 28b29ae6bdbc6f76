# numpy's type objects: scalar classes print as classes, dtypes as names
# (repr dtype('...')), and a class equals its dtype but is not it.
import numpy as np
from numba import njit

print(np.float64)
print(np.int32, np.uint8, np.bool_, np.complex128, np.float32, np.int64)
print(str(np.float64), repr(np.int16))
print(np.dtype('f8'), np.dtype(np.int32), np.dtype('u2'))
print(repr(np.dtype('i8')), repr(np.dtype(np.complex128)))
a = np.zeros(3)
b = np.arange(4, dtype=np.int32)
print(a.dtype, b.dtype)
print((a.dtype, b.dtype), repr(a.dtype))
print(a.dtype.type, b.dtype.type)
print(a.dtype.kind, a.dtype.char, a.dtype.str, a.dtype.itemsize, a.dtype.name)
print(b.dtype.kind, b.dtype.char, b.dtype.str)
c = np.zeros(2, dtype=np.uint16)
print(c.dtype.kind, c.dtype.char, c.dtype.str)
print(np.dtype(np.bool_).kind, np.dtype(np.bool_).str, np.dtype('c16').char)
print(a.dtype == np.float64, a.dtype != np.float64, b.dtype == np.float64)
print(a.dtype is np.float64, np.float64 is np.float64, np.float64 == np.float64)
print(np.float64 == np.int64, a.dtype.type is np.float64)
print(np.float64.__name__, np.int8.__name__)
t = np.float32
z = np.zeros(2, dtype=t)
print(z, z.dtype, t)
x64, x32, b0, f = np.float64(1.0), np.float32(1.0), b[0], 1.5
print(isinstance(x64, np.float64), isinstance(x32, np.float64), isinstance(x64, float))
print(isinstance(b0, np.int32), isinstance(b0, np.int64), isinstance(f, np.float64))
print([np.float64(1.5), np.float64(2.0)], (np.int32(3),))
for dt in (np.int8, np.float64):
    print(dt, np.ones(2, dtype=dt))


@njit
def jitted(x):
    print(x.dtype)
    print((x.dtype, 1))
    return x.dtype


print(jitted(a), jitted(b))
