# cffi: dlopen of a path computed from __file__, where no library is
import os

from cffi import FFI

ffi = FFI()
ffi.cdef("int add32(int a, int b);")
lib = ffi.dlopen(os.path.join(os.path.dirname("/nonexistent/x.py"), "libnope.so"))
print(lib.add32(1, 2))
