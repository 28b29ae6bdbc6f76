# ctypes: c_char_p: bytes passed in, char * results coming back as bytes
# (None for NULL), c_char arguments and results, and
# ctypes.create_string_buffer as a writable char buffer.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
libc = ctypes.CDLL(None)

lib.greet.argtypes = []
lib.greet.restype = ctypes.c_char_p
lib.str_len.argtypes = [ctypes.c_char_p]
lib.str_len.restype = ctypes.c_size_t
lib.count_chars.argtypes = [ctypes.c_char_p, ctypes.c_char]
lib.count_chars.restype = ctypes.c_size_t
lib.weekday_name.argtypes = [ctypes.c_int]
lib.weekday_name.restype = ctypes.c_char_p
lib.next_char.argtypes = [ctypes.c_char]
lib.next_char.restype = ctypes.c_char
lib.upcase.argtypes = [ctypes.c_char_p]
lib.upcase.restype = None
lib.format_int.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
lib.format_int.restype = ctypes.c_int
libc.strlen.argtypes = [ctypes.c_char_p]
libc.strlen.restype = ctypes.c_size_t

g = lib.greet()
print(g, len(g), lib.str_len(g), libc.strlen(b"rumba"))
print(lib.str_len(b""), lib.str_len(b"tab\there"))
print(lib.count_chars(b"hello world", b"o"), lib.count_chars(g, b"e"))
for d in range(-1, 8):
    print(d, lib.weekday_name(d))
print(lib.weekday_name(9) is None, lib.weekday_name(2) == b"Wed")
print(lib.next_char(b"a"), lib.next_char(b"Y"))

buf = ctypes.create_string_buffer(b"mixed Case 42")
lib.upcase(buf)
print(buf.value, len(buf), ctypes.sizeof(buf))
out = ctypes.create_string_buffer(16)
n = lib.format_int(out, 16, -1234)
print(n, out.value)
n = lib.format_int(out, 4, 98765)
print(n, out.value)


def total_len(words):
    t = 0
    for w in words:
        t += lib.str_len(w)
    return t


print(total_len([b"a", b"bb", b"ccc"]), total_len([g]))
name = lib.weekday_name(4)
print(name + b"day", name * 2)
