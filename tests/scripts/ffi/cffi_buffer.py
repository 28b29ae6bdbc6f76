import cffi
import numpy as np

ffi = cffi.FFI()
ffi.cdef("struct pt { int x; double y; };")


def fill():
    p = ffi.new("double[]", 4)
    for i in range(4):
        p[i] = i * 1.5
    return ffi.buffer(p)


buf = fill()
print(len(buf))
print(buf[0], buf[8:16], buf[-1])
a = np.frombuffer(buf, dtype=np.float64)
print(a)
p = ffi.new("double[]", 4)
a2 = np.frombuffer(ffi.buffer(p), dtype=np.float64)
a2[1] = 100.0
print(p[1])
b2 = ffi.buffer(p, 16)
print(len(b2), b2[:])
q = ffi.new("int[3]")
qb = ffi.buffer(q)
qb[:] = b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00"
print(q[0], q[1], q[2])
qb[0:4] = b"\x07\x00\x00\x00"
print(q[0])
qb[4] = b"\x05"
print(q[1])
print(bytes(qb))
try:
    qb[:] = b"\x01"
except ValueError as e:
    print("ValueError", e)
try:
    qb[12]
except IndexError as e:
    print("IndexError", e)
m = memoryview(ffi.buffer(q))
print(len(m), m[0], m.nbytes)
s = ffi.new("struct pt *")
s.x = 7
s.y = 2.5
sb = ffi.buffer(s)
print(len(sb))
arr = np.frombuffer(sb, dtype=np.int32, count=1)
print(arr)
ip = ffi.cast("int *", q)
print(len(ffi.buffer(ip)), ffi.buffer(ip, 8)[:])
vp = ffi.cast("void *", q)
print(np.frombuffer(ffi.buffer(vp, 12), dtype=np.int32))
