# dtypes: creating arrays of each dtype and printing .dtype.
import numpy as np

a64 = np.zeros(3, dtype=np.float64)
a32 = np.zeros(3, dtype=np.float32)
i32 = np.zeros(3, dtype=np.int32)
i64 = np.zeros(3, dtype=np.int64)
u8 = np.zeros(3, dtype=np.uint8)
b = np.zeros(3, dtype=np.bool_)
i8 = np.zeros(3, dtype=np.int8)
print(a64.dtype, a32.dtype, i32.dtype, i64.dtype, u8.dtype, b.dtype, i8.dtype)
print(np.zeros(2, dtype='float32').dtype, np.ones(2, dtype='int16').dtype, np.ones(2, 'uint32').dtype)
print(np.arange(3).dtype, np.arange(3.0).dtype, np.array([1, 2]).dtype, np.array([0.5]).dtype)
print(np.array([True]).dtype, np.linspace(0, 1, 3).dtype, np.zeros(1).dtype)
for i in range(3):
    a64[i] = i + 0.5
    a32[i] = i + 0.25
    i32[i] = i * 100
    i64[i] = -i * 1000000000000
    u8[i] = i * 100
    b[i] = i % 2 == 0
    i8[i] = -i * 60
print(a64, a32, i32, i64, u8, b, i8)
print(a64[1], a32[1], i32[1], i64[1], u8[1], b[1], i8[1])
u = np.zeros(4, dtype=np.uint8)
u[0] = 255
u[1] = 128
u[2] = 1
print(u, u.dtype, u.itemsize, a64.itemsize, a32.itemsize, i8.itemsize, b.itemsize)
f = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(f, f[0], f[2])
print(np.array([1.5, 2.5], dtype=np.float32) * 2)
print(np.array([3, 4], dtype=np.int32) + np.array([1, 1], dtype=np.int32))
print(np.array([1, 2, 3], dtype=np.int8).dtype, np.array([250], dtype=np.uint8))
print(a64.dtype == np.float64, i32.dtype == np.int32, i32.dtype == np.int64)
print(np.dtype(np.float64), np.dtype('int32'), np.dtype(np.uint8).itemsize)
print(np.float64(2.5), np.int32(7), np.float32(0.1), np.uint8(200), np.int64(-3))
print(i32.astype(np.float64), a64.astype(np.int64), b.astype(np.int32))
