# A top-level if runs its test, then its branch one statement at a time:
# a name may take another type in the branch taken, a module imported or a
# library opened in the branch not taken is not, and a library opens at a
# path an earlier statement of the branch computed.
import ctypes
import os
import sys

if len(sys.argv) > 0:
    x = 1
else:
    x = "a"
    import no_such_module
print(x)

if os.environ.get("RUMBA_TEST_UNSET_VARIABLE", "") == "":
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "clib", "libffitest.so")
    lib = ctypes.CDLL(path)
    lib.add1.argtypes = [ctypes.c_double]
    lib.add1.restype = ctypes.c_double
elif len(sys.argv) > 5:
    lib = ctypes.CDLL("/nonexistent/libnope.so")
else:
    lib = None
print(lib.add1(2.0))

if x == 1:
    y = 2.5
    if y > 2:
        print("nested", y)
