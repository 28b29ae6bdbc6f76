# ctypes: CDLL of a path the script computes, where no library is
import ctypes
import os

LIBDIR = os.environ.get("RUMBA_TEST_UNSET_VARIABLE", "/nonexistent")
print("before")
lib = ctypes.CDLL(os.path.join(LIBDIR, f"lib{'nope'}.so"))
print(lib.add32(1, 2))
