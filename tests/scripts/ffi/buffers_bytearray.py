import numpy as np
ba = bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00")
a = np.frombuffer(ba, dtype=np.int32)
print(a)
print(np.frombuffer(ba, dtype=np.int32, count=2, offset=4))
print(np.frombuffer(ba, dtype=np.uint8)[:5])
print(np.frombuffer(ba, np.int64))
b8 = bytearray(8)
print(len(b8), b8)
x = np.frombuffer(b8, dtype=np.float64)
print(x)
b8[7] = 0x3f
b8[6] = 0xf0
print(x, b8)
x[0] = 2.0
print(b8)
y = np.arange(4, dtype=np.int16)
print(y.tobytes())
print(bytes(y))
print(len(y.tobytes()))
z = np.frombuffer(bytearray(y.tobytes()), dtype=np.int16)
print(z)
print(bytearray(b"abc"), bytearray(b"abc")[0], bytearray(b"abc")[1:], bytes(bytearray(b"abc")), len(bytearray(3)))
m = memoryview(ba)
print(m[0], len(m), m.nbytes, len(m.tobytes()), bytes(m[1:3]), m.readonly)
m[1] = 66
print(ba[:4], bytes(m[::4]))
s = np.ndarray((2,), dtype=np.int32, buffer=bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(s)
s2 = np.ndarray((2, 2), dtype=np.float64, buffer=np.arange(8.0), offset=8, strides=(16, 8))
print(s2)
print(np.ndarray((2,), dtype=np.int32, buffer=bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00"), offset=4, strides=(-4,)))
print(np.arange(6).reshape(2, 3).T.tobytes() == np.arange(6).reshape(2, 3).T.copy().tobytes())
print(bytes(3), bytes(), bytes(np.arange(2, dtype=np.uint8)), bytes(bytearray(b"x")))
print(repr(bytearray()), bytearray(2).hex())
e = np.ndarray(3)
print(e.shape, isinstance(e, np.ndarray))
for f in [1]:
    try:
        np.frombuffer(bytearray(7), dtype=np.int32)
    except ValueError as ex:
        print("ValueError", ex)
    try:
        np.frombuffer(bytearray(8), dtype=np.int32, count=3)
    except ValueError as ex:
        print("ValueError", ex)
    try:
        np.frombuffer(bytearray(8), dtype=np.int32, offset=9)
    except ValueError as ex:
        print("ValueError", ex)
    try:
        bytearray(3)[7]
    except IndexError as ex:
        print("IndexError", ex)
    try:
        ba[0] = 256
    except ValueError as ex:
        print("ValueError", ex)
    try:
        np.ndarray((4,), dtype=np.int32, buffer=bytearray(8))
    except TypeError as ex:
        print("TypeError", ex)
    try:
        np.frombuffer(np.arange(6.0)[::2])
    except ValueError as ex:
        print("ValueError", ex)
