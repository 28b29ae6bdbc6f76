# compile error
m = memoryview(bytearray(4))
print(m)
