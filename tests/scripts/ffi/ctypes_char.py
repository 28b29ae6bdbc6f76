# ctypes: the c_char type: one-byte bytes as c_char arguments, c_char
# results and c_char array elements read as bytes, c_char(...).value.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)

lib.count_chars.argtypes = [ctypes.c_char_p, ctypes.c_char]
lib.count_chars.restype = ctypes.c_size_t
lib.next_char.argtypes = [ctypes.c_char]
lib.next_char.restype = ctypes.c_char
lib.format_int.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
lib.format_int.restype = ctypes.c_int

print(lib.count_chars(b"hello world", b"o"), lib.count_chars(b"hello world", b"l"))
print(lib.count_chars(b"", b"x"), lib.count_chars(b"aaaa", b"a"))
print(lib.next_char(b"a"), lib.next_char(b"Y"), lib.next_char(b"0"))
c = lib.next_char(lib.next_char(b"a"))
print(c, c == b"c")
print(ctypes.c_char(b"q").value, ctypes.sizeof(ctypes.c_char))

out = (ctypes.c_char * 8)()
lib.format_int(out, 8, 73)
print(out[0], out[1], out[3], out[4], out[0] == b"<")


def count_all(s, chars):
    n = 0
    for ch in chars:
        n += lib.count_chars(s, ch)
    return n


print(count_all(b"abracadabra", [b"a", b"b", b"z"]))
