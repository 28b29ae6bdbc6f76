# A callback that re-enters the VM several levels deep: C calls the
# script's callback, which calls C again, which calls back... Every level
# keeps a string, an array and a tuple alive across the inner calls.
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
void set_callback(int (*cb)(int));
int fire_nested(int x);
int nested_max(void);
""")
lib = ffi.dlopen(LIB)


def level(n):
    label = "level " + str(n)
    a = np.arange(n + 1) * 2
    t = (n, n * 0.5, label)
    if n == 0:
        print(label, a.sum(), t)
        return 1
    inner = lib.fire_nested(n - 1)
    print(label, a.sum(), inner, t)
    return inner * 2 + n


cb = ffi.callback("int(int)", level)
lib.set_callback(cb)
print(lib.fire_nested(8))
print(lib.nested_max())
total = 0
for i in range(100):
    total += lib.fire_nested(i % 4)
print(total)
