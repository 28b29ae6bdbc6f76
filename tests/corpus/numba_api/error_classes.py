# adapted from numba docs (extending/overloading-guide.rst, which raises numba.core.errors.TypingError): Numba's error classes raised and caught in plain code (their messages highlighted in bold, as Numba's are by default)
from numba.core.errors import TypingError, NumbaError, UnsupportedError
from numba.core import errors


def check(x):
    if x < 0:
        raise TypingError("negative: " + str(x))
    if x == 0:
        raise errors.UnsupportedError("zero")
    return x


for v in (3, -1, 0):
    try:
        print(check(v))
    except TypingError as e:
        print("typing error:", e)
    except NumbaError as e:
        print("numba error:", e, type(e).__name__)

try:
    check(-5)
except Exception as e:
    print("caught", repr(e))
