# cffi: C strings: bytes passed as const char *, char buffers from
# ffi.new("char[N]") and malloc written by C, ffi.string on returned char *
# (including NULL checks and malloc'd results).
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
const char *greet(void);
size_t str_len(const char *s);
void upcase(char *buf);
int format_int(char *buf, size_t n, int v);
const char *weekday_name(int d);
char *join_words(const char *a, const char *b);
void free_str(char *s);
size_t strlen(const char *s);
const char *identity_ptr(const char *p);
""")
lib = ffi.dlopen(LIB)
libc = ffi.dlopen(None)

g = lib.greet()
print(ffi.string(g), lib.str_len(g), libc.strlen(g))
print(libc.strlen(b"rumba"), lib.str_len(b""), libc.strlen(b"a\tb"))

buf = lib.join_words(b"mixed", b"Case 42")
lib.upcase(buf)
print(ffi.string(buf), lib.str_len(buf))
lib.upcase(buf + 6)
lib.free_str(buf)
out = ffi.new("char[32]")
n = lib.format_int(out, 32, -1234)
print(n, ffi.string(out))
n = lib.format_int(out, 4, 98765)
print(n, ffi.string(out), lib.str_len(out))

for d in range(8):
    name = lib.weekday_name(d)
    if name == ffi.NULL:
        print(d, "NULL")
    else:
        print(d, ffi.string(name))

j = lib.join_words(b"rumba", b"cffi")
print(ffi.string(j), lib.str_len(j))
lib.free_str(j)


def longest(words_a, words_b):
    joined = lib.join_words(words_a, words_b)
    n = lib.str_len(joined)
    text = ffi.string(joined)
    lib.free_str(joined)
    print(n, text)
    return n


print(longest(b"one", b"two") + longest(b"", b"x"))

word = b"round trip"
back = lib.identity_ptr(word)
print(ffi.string(back), lib.str_len(back), ffi.string(lib.identity_ptr(word)))
s = ffi.string(lib.greet())
print(s, len(s), s == b"hello from ffitest")
