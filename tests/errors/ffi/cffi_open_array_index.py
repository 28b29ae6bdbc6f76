# cffi: storing past the end of an open array sized at run time
from cffi import FFI

ffi = FFI()


def fill(n, upto):
    a = ffi.new("double[]", n)
    for i in range(upto):
        a[i] = i * 0.5
    return a


print(len(fill(4, 4)), ffi.sizeof(fill(3, 0)))
fill(4, 5)
