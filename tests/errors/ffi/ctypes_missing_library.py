# ctypes: CDLL of a library that does not exist
import ctypes

print("before")
lib = ctypes.CDLL("/nonexistent/libnope.so")
print(lib.add32(1, 2))
