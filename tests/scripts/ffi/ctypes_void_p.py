# ctypes: c_void_p: void * results come back as integer addresses (false for
# NULL: ctypes gives None, rumba 0), c_void_p(addr) and .value, None passed as NULL, NULL POINTER
# results are false, ctypes.addressof of arrays, len and sizeof of arrays.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)

c_int64_p = ctypes.POINTER(ctypes.c_int64)
lib.identity_ptr.argtypes = [ctypes.c_void_p]
lib.identity_ptr.restype = ctypes.c_void_p
lib.is_null.argtypes = [ctypes.c_void_p]
lib.is_null.restype = ctypes.c_bool
lib.ptr_diff.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
lib.ptr_diff.restype = ctypes.c_ssize_t
lib.find_first.argtypes = [c_int64_p, ctypes.c_size_t, ctypes.c_int64]
lib.find_first.restype = c_int64_p

ys = (ctypes.c_int64 * 6)(0, 1, 4, 9, 16, 25)
print(len(ys), ctypes.sizeof(ys), ctypes.sizeof(ctypes.c_int64 * 3))
addr = lib.identity_ptr(ys)
print(addr == ctypes.addressof(ys), addr > 0)
print(not lib.identity_ptr(None), lib.is_null(None), lib.is_null(ys), lib.is_null(addr))
print(lib.ptr_diff(addr + 16, addr), lib.ptr_diff(ys, addr))

vp = ctypes.c_void_p(addr)
print(vp.value == addr, lib.is_null(vp), ctypes.cast(vp, c_int64_p)[3])
print(not ctypes.c_void_p().value, ctypes.c_void_p(addr).value == addr)
q = ctypes.cast(addr + 8, c_int64_p)
print(q[0], q[1])

hit = lib.find_first(ys, 6, 16)
miss = lib.find_first(ys, 6, 7)
print(bool(hit), bool(miss), hit[0])
print(ctypes.cast(hit, ctypes.c_void_p).value - addr)


def count_found(values):
    n = 0
    for v in values:
        if lib.find_first(ys, 6, v):
            n += 1
    return n


print(count_found([0, 2, 4, 6, 9, 25, 26]))
