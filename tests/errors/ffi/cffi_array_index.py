# cffi: indexing past the end of an array from ffi.new("int[3]")
from cffi import FFI

ffi = FFI()
a = ffi.new("int[3]")
for i in range(3):
    a[i] = i * 10
print(a[2])
k = 5
print(a[k])
