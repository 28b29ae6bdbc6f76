# compile error
# a library path computed at run time inside a function cannot be opened
# before the call runs
import sys

from cffi import FFI

ffi = FFI()


def load():
    return ffi.dlopen(sys.argv[0] + ".so")


load()
