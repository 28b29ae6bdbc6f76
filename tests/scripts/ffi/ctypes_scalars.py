# ctypes: CDLL(path), argtypes/restype over every c_* scalar type, and the
# default int restype.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)

neg8 = lib.neg8
neg8.argtypes = [ctypes.c_int8]
neg8.restype = ctypes.c_int8
addu8 = lib.addu8
addu8.argtypes = [ctypes.c_uint8, ctypes.c_uint8]
addu8.restype = ctypes.c_uint8
neg16 = lib.neg16
neg16.argtypes = [ctypes.c_int16]
neg16.restype = ctypes.c_int16
addu16 = lib.addu16
addu16.argtypes = [ctypes.c_uint16, ctypes.c_uint16]
addu16.restype = ctypes.c_uint16
lib.add32.argtypes = [ctypes.c_int32, ctypes.c_int32]
lib.add32.restype = ctypes.c_int32
lib.addu32.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
lib.addu32.restype = ctypes.c_uint32
lib.add64.argtypes = [ctypes.c_int64, ctypes.c_int64]
lib.add64.restype = ctypes.c_int64
lib.addu64.argtypes = [ctypes.c_uint64, ctypes.c_uint64]
lib.addu64.restype = ctypes.c_uint64
lib.add_long.argtypes = [ctypes.c_long, ctypes.c_long]
lib.add_long.restype = ctypes.c_long
lib.size_twice.argtypes = [ctypes.c_size_t]
lib.size_twice.restype = ctypes.c_size_t
lib.zext8.argtypes = [ctypes.c_ubyte]
lib.zext8.restype = ctypes.c_uint
lib.sext8.argtypes = [ctypes.c_byte]
lib.sext8.restype = ctypes.c_int
lib.is_even.argtypes = [ctypes.c_longlong]
lib.is_even.restype = ctypes.c_bool
lib.not_b.argtypes = [ctypes.c_bool]
lib.not_b.restype = ctypes.c_bool
lib.scalef.argtypes = [ctypes.c_float, ctypes.c_float]
lib.scalef.restype = ctypes.c_float
lib.add1.argtypes = [ctypes.c_double]
lib.add1.restype = ctypes.c_double
lib.mixed_fd.argtypes = [ctypes.c_float, ctypes.c_double, ctypes.c_float, ctypes.c_double]
lib.mixed_fd.restype = ctypes.c_double
lib.double_to_int.argtypes = [ctypes.c_double]
lib.double_to_int.restype = ctypes.c_int
lib.neg16.argtypes = [ctypes.c_short]
lib.neg16.restype = ctypes.c_short
lib.addu16.argtypes = [ctypes.c_ushort, ctypes.c_ushort]
lib.addu16.restype = ctypes.c_ushort
lib.many_mixed.argtypes = [ctypes.c_int8, ctypes.c_double, ctypes.c_int16, ctypes.c_float,
                           ctypes.c_int32, ctypes.c_double, ctypes.c_int64, ctypes.c_float,
                           ctypes.c_uint8, ctypes.c_double, ctypes.c_uint16, ctypes.c_double,
                           ctypes.c_uint32, ctypes.c_float, ctypes.c_uint64, ctypes.c_double,
                           ctypes.c_int, ctypes.c_double]
lib.many_mixed.restype = ctypes.c_double

print(neg8(5), neg8(-128), addu8(200, 100), neg16(-32768), addu16(65535, 2))
print(lib.neg16(300), lib.addu16(1000, 2000))
print(lib.add32(2147483647, 1), lib.addu32(4294967295, 5))
print(lib.add64(9223372036854775807, 1), lib.addu64(18446744073709551615, 2))
print(lib.add_long(-10, 3), lib.size_twice(21))
print(lib.zext8(255), lib.sext8(-1), lib.sext8(100))
print(lib.is_even(10), lib.is_even(-7), lib.not_b(True), lib.not_b(False))
print(lib.scalef(1.5, 3.0), lib.scalef(0.1, 1.0), lib.add1(0.5))
print(lib.mixed_fd(1.0, 2.0, 3.0, 4.0), lib.double_to_int(-3.99))
print(lib.many_mixed(-1, 0.5, -2, 0.25, 3, 1.5, -4, 2.0, 200, -0.5, 60000, 0.125,
                     4000000000, -1.5, 10000000000, 2.5, -7, 0.75))

# without argtypes/restype: int arguments and an int result
print(lib.sum_ints(2, 20, 22), lib.sum_ints(3, -1, -2, -3), lib.table_sum())

