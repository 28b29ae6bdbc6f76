# ffi.new("T *") owns one T: indexing past it is caught (cffi would read
# past the memory).
from cffi import FFI
ffi = FFI()
p = ffi.new("double *", 2.5)
print(p[0])
i = 0
print(p[i])
p[i] = 1.5
print(p[0])
i = 3
print(p[i])
