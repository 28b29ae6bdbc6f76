# cffi: a partial struct ('...;') cannot be laid out in ABI mode.
from cffi import FFI
ffi = FFI()
ffi.cdef("""
typedef struct {
    int x;
    ...;
} thing;
""")
