# adapted from numba/tests/test_try_except.py: test_try_inner_raise, test_try_except_else, test_try_finally
from numba import njit


@njit
def inner(z):
    if z > 0:
        raise ValueError("positive")
    return z


@njit
def try_inner_raise(z):
    try:
        r = inner(z)
    except Exception:
        r = -1
    return r


@njit
def try_else(z):
    out = 0
    try:
        inner(z)
    except Exception:
        out += 1
    else:
        out += 10
    finally:
        out += 100
    return out


@njit
def divide(a, b):
    try:
        return a // b
    except Exception:
        return 0


print(try_inner_raise(5), try_inner_raise(-3))
print(try_else(1), try_else(0))
print(divide(7, 2), divide(7, 0))
try:
    inner(3)
except ValueError as e:
    print("caught:", e)
