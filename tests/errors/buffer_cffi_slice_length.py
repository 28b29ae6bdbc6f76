import cffi

ffi = cffi.FFI()
p = ffi.new("int[2]")
buf = ffi.buffer(p)
buf[0:4] = b"\x01\x00"
print(p[0])
