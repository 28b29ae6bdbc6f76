import cffi
import numpy as np

ffi = cffi.FFI()


def make_view(n):
    # The C data goes out of scope here: the buffer and the array made
    # over it keep it alive.
    p = ffi.new("int[]", n)
    for i in range(n):
        p[i] = i * i
    return np.frombuffer(ffi.buffer(p), dtype=np.int32)


def make_bytes_view(n):
    ba = bytearray(n * 8)
    m = memoryview(ba)
    return np.ndarray((n,), dtype=np.float64, buffer=m)


a = make_view(5)
junk = [ffi.new("int[]", 5) for _ in range(10)]
for j in junk:
    j[0] = 99
print(a, a.sum())
b = make_bytes_view(3)
b[:] = 1.5
print(b)
v = memoryview(bytearray(b"hello"))[1:4]
print(bytes(v), len(v))
