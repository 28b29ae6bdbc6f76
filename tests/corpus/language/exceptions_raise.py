# adapted from numba/tests/test_exceptions.py: raise_class, raise_instance, assert_usecase
from numba import njit


class MyError(Exception):
    pass


@njit
def raise_class(i):
    if i == 1:
        raise ValueError
    elif i == 2:
        raise IndexError
    return i


@njit
def raise_instance(i):
    if i == 1:
        raise ValueError("the value", i)
    elif i == 2:
        raise MyError("custom")
    return i


@njit
def assert_usecase(i):
    assert i == 1, "bad"
    return i


for i in range(3):
    for f in (raise_class, raise_instance):
        try:
            print(f.__name__, f(i))
        except (ValueError, IndexError, MyError) as e:
            print(f.__name__, type(e).__name__, e.args)
for i in (1, 2):
    try:
        print(assert_usecase(i))
    except AssertionError as e:
        print("AssertionError", e)
