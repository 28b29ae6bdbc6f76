# cffi: C global variables of a library: read, written (C sees the new
# value), an array global indexed and stored into, a char * global read as a
# string, and globals used inside a loop.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
extern int ffitest_counter;
extern double ffitest_scale;
extern int32_t ffitest_table[4];
extern const char *ffitest_name;
int bump_counter(void);
double scaled(double x);
int32_t table_sum(void);
""")
lib = ffi.dlopen(LIB)

print(lib.ffitest_counter, lib.ffitest_scale, lib.scaled(2.0))
lib.bump_counter()
lib.bump_counter()
print(lib.ffitest_counter)
lib.ffitest_counter = 40
print(lib.bump_counter(), lib.ffitest_counter)
lib.ffitest_scale = 0.5
print(lib.scaled(8.0))
t = lib.ffitest_table
print(t[0], t[3], len(t), lib.table_sum())
t[1] = -20
lib.ffitest_table[2] = 5
print(lib.table_sum(), lib.ffitest_table[1])
print(ffi.string(lib.ffitest_name))


def count_to(n):
    lib.ffitest_counter = 0
    for i in range(n):
        lib.bump_counter()
    return lib.ffitest_counter


print(count_to(1000), count_to(3))
