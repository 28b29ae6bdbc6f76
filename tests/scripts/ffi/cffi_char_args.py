# cffi: the C char type: one-byte bytes passed as char arguments, char
# results and char array elements read back as bytes; a char selecting a C
# function pointer.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
size_t count_chars(const char *s, char c);
char next_char(char c);
binop_fn get_op(char op);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
int format_int(char *buf, size_t n, int v);
const char *greet(void);
""")
lib = ffi.dlopen(LIB)

print(lib.count_chars(b"hello world", b"o"), lib.count_chars(b"hello world", b"l"))
print(lib.count_chars(lib.greet(), b"f"), lib.count_chars(b"", b"x"))
print(lib.next_char(b"a"), lib.next_char(b"Y"), lib.next_char(b"0"))
c = lib.next_char(lib.next_char(b"a"))
print(c, c == b"c")

plus = lib.get_op(b"+")
times = lib.get_op(b"*")
minus = lib.get_op(b"-")
print(lib.call_op(plus, 4, 5), lib.call_op(times, 4, 5), lib.call_op(minus, 4, 5))
print(plus(1, 2), times(3, 3), minus(10, 1))
print(lib.get_op(b"?") == ffi.NULL, plus == ffi.NULL)


def count_all(s, chars):
    n = 0
    for ch in chars:
        n += lib.count_chars(s, ch)
    return n


print(count_all(b"abracadabra", [b"a", b"b", b"z"]))
out = ffi.new("char[8]")
lib.format_int(out, 8, 73)
print(out[0], out[1], out[3], out[4], out[0] == b"<")
