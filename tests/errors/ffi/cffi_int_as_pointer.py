# cffi: an integer is not a pointer argument (cffi raises TypeError; an
# address must be cast first)
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("void upcase(char *buf);")
lib = ffi.dlopen(LIB)
lib.upcase(-1)
