# cffi: enums (named and typedef'd) passed to and returned by C, and
# integer #define constants, all read as lib attributes.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
#define FFITEST_VERSION 3
#define FFITEST_MAGIC 0x5eed
enum color { RED, GREEN = 5, BLUE };
typedef enum { SHAPE_CIRCLE = 1, SHAPE_SQUARE = 2, SHAPE_TRIANGLE = 4 } shape;
enum color next_color(enum color c);
int shape_sides(shape s);
""")
lib = ffi.dlopen(LIB)

print(lib.FFITEST_VERSION, lib.FFITEST_MAGIC, lib.FFITEST_MAGIC + 1)
print(ffi.sizeof("enum color"), ffi.sizeof("shape"))

print(lib.RED, lib.GREEN, lib.BLUE)
print(lib.next_color(lib.RED), lib.next_color(lib.GREEN), lib.next_color(lib.BLUE))
print(lib.next_color(lib.next_color(lib.RED)) == lib.BLUE)
print(lib.SHAPE_CIRCLE, lib.SHAPE_SQUARE, lib.SHAPE_TRIANGLE)
print(lib.shape_sides(lib.SHAPE_CIRCLE), lib.shape_sides(lib.SHAPE_SQUARE),
      lib.shape_sides(lib.SHAPE_TRIANGLE))
print(lib.shape_sides(3))

sides = 0
for s in [lib.SHAPE_CIRCLE, lib.SHAPE_SQUARE, lib.SHAPE_TRIANGLE, lib.SHAPE_TRIANGLE]:
    sides += lib.shape_sides(s)
print(sides)
c = lib.RED
steps = 0
while True:
    c = lib.next_color(c)
    steps += 1
    if c == lib.RED:
        break
print(steps, c)
print(lib.FFITEST_VERSION * lib.BLUE)
