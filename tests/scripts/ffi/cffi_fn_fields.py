# cffi: C function pointers kept in struct fields and array elements, called
# through the field.
import sys
from cffi import FFI
LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
binop_fn get_op(char op);
typedef struct { binop_fn f; int64_t k; } holder;
""")
lib = ffi.dlopen(LIB)
h = ffi.new("holder *")
h.f = lib.get_op(b"*")
h.k = 6
print(h.f(h.k, 7))
hs = ffi.new("holder[2]")
hs[1].f = lib.get_op(b"-")
print(hs[1].f(10, 4))
