# ctypes: c_* scalar objects: construction (with C wrap-around), .value
# read and written, ctypes.sizeof of types and objects, and c_* objects
# passed to C functions as arguments.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.add64.argtypes = [ctypes.c_int64, ctypes.c_int64]
lib.add64.restype = ctypes.c_int64
lib.add1.argtypes = [ctypes.c_double]
lib.add1.restype = ctypes.c_double
lib.halff.argtypes = [ctypes.c_float]
lib.halff.restype = ctypes.c_float

print(ctypes.sizeof(ctypes.c_int8), ctypes.sizeof(ctypes.c_int16), ctypes.sizeof(ctypes.c_int32))
print(ctypes.sizeof(ctypes.c_int64), ctypes.sizeof(ctypes.c_float), ctypes.sizeof(ctypes.c_double))
print(ctypes.sizeof(ctypes.c_bool), ctypes.sizeof(ctypes.c_char), ctypes.sizeof(ctypes.c_void_p))
print(ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_size_t),
      ctypes.sizeof(ctypes.c_longlong))
print(ctypes.sizeof(ctypes.c_short), ctypes.sizeof(ctypes.c_uint), ctypes.sizeof(ctypes.c_ulong))

print(ctypes.c_int32(7).value, ctypes.c_uint8(300).value, ctypes.c_double(0.5).value)
print(ctypes.c_int16(-40000).value, ctypes.c_float(0.1).value, ctypes.c_bool(5).value)
print(ctypes.c_int8(200).value, ctypes.c_uint16(-1).value, ctypes.c_uint32(-1).value)
print(ctypes.c_int64(-5).value, ctypes.c_uint64(-1).value, ctypes.c_size_t(10).value)

x = ctypes.c_int32(41)
print(x.value, ctypes.sizeof(x))
x.value = x.value + 1
print(x.value)
x.value = 2147483647 + 1
print(x.value)
d = ctypes.c_double()
print(d.value)
d.value = 2.5
print(d.value * 2, ctypes.sizeof(d))

print(lib.add64(ctypes.c_int64(40), ctypes.c_int64(2)))
print(lib.add1(ctypes.c_double(1.25)), lib.add1(d))
print(lib.halff(ctypes.c_float(3.0)))
n = ctypes.c_int64(10)
total = 0
for i in range(3):
    total = lib.add64(total, n)
    n.value = n.value * 10
print(total, n.value)
