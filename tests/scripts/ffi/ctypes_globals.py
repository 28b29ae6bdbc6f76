# ctypes: C global variables through T.in_dll(lib, name): a scalar read and
# written (C sees the new value) and an array global indexed and stored into.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.bump_counter.restype = ctypes.c_int
lib.table_sum.restype = ctypes.c_int32

c = ctypes.c_int.in_dll(lib, "ffitest_counter")
print(c.value)
lib.bump_counter()
print(c.value)
c.value = 9
print(lib.bump_counter(), c.value)
scale = ctypes.c_double.in_dll(lib, "ffitest_scale")
print(scale.value)
t = (ctypes.c_int32 * 4).in_dll(lib, "ffitest_table")
print(t[2], len(t), lib.table_sum())
t[0] = 1
print(lib.table_sum())
