# ctypes: c_char_p: bytes passed in, char * results coming back as bytes,
# and a (c_char * n)() buffer written by C and read back
# through a char * result.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
libc = ctypes.CDLL(None)

lib.greet.argtypes = []
lib.greet.restype = ctypes.c_char_p
lib.str_len.argtypes = [ctypes.c_char_p]
lib.str_len.restype = ctypes.c_size_t
lib.weekday_name.argtypes = [ctypes.c_int]
lib.weekday_name.restype = ctypes.c_char_p
lib.upcase.argtypes = [ctypes.c_char_p]
lib.upcase.restype = None
lib.format_int.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
lib.format_int.restype = ctypes.c_int
as_text = lib.identity_ptr
as_text.argtypes = [ctypes.c_char_p]
as_text.restype = ctypes.c_char_p
libc.strlen.argtypes = [ctypes.c_char_p]
libc.strlen.restype = ctypes.c_size_t

g = lib.greet()
print(g, len(g), lib.str_len(g), libc.strlen(b"rumba"))
print(lib.str_len(b""), lib.str_len(b"tab\there"), g == b"hello from ffitest")
for d in range(0, 7):
    print(d, lib.weekday_name(d))
print(lib.weekday_name(2) == b"Wed")
print(as_text(b"round trip"))

out = (ctypes.c_char * 16)()
n = lib.format_int(out, 16, -1234)
print(n, as_text(out), lib.str_len(out))
n = lib.format_int(out, 4, 98765)
print(n, as_text(out))
lib.format_int(out, 16, 7)
print(as_text(out))


def total_len(words):
    t = 0
    for w in words:
        t += lib.str_len(w)
    return t


print(total_len([b"a", b"bb", b"ccc"]), total_len([g]))


def day_or_mark(d):
    if d < 0 or d > 6:
        return b"?"
    return lib.weekday_name(d)


print(day_or_mark(0), day_or_mark(6), day_or_mark(7))
