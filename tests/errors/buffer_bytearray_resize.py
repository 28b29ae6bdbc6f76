# compile error
ba = bytearray(b"abc")
ba[0:1] = b"xyz"
print(ba)
