# adapted from numba/tests/test_enums.py and enum_usecases.py: compare, getattr, getitem, identity, return, int_coerce, int_cast, constant
from enum import Enum, IntEnum
from numba import njit, int16, int32


class Color(Enum):
    red = 1
    green = 2
    blue = 3


class Shake(Enum):
    vanilla = 7
    chocolate = 4
    cookies = 9
    # Same as Color.blue
    mint = 3


class Shape(IntEnum):
    # Same as Color.green
    circle = 2
    # Same as RequestError.internal_error
    square = 500


class RequestError(IntEnum):
    dummy = 2
    not_found = 404
    internal_error = 500


@njit
def compare_usecase(a, b):
    return a == b, a != b, a is b, a is not b


@njit
def getattr_usecase(a):
    return a is Color.red


@njit
def getitem_usecase(a):
    return a is Color['red']


@njit
def identity_usecase(a, b, c):
    return (a is Shake.mint,
            b is Shape.circle,
            c is RequestError.internal_error,
            )


@njit
def return_usecase(a, b, pred):
    return a if pred else b


@njit
def int_coerce_usecase(x):
    if x > RequestError.internal_error:
        return x - RequestError.not_found
    else:
        return x + Shape.circle


@njit
def int_cast_usecase(x):
    if x > int16(RequestError.internal_error):
        return x - int32(RequestError.not_found)
    else:
        return x + int16(Shape.circle)


@njit
def value_usecase(a):
    return a.value * 10


@njit
def print_usecase(a):
    print(a)


def check_pair(a, b):
    print(compare_usecase(a, b))
    for pred in (True, False):
        r = return_usecase(a, b, pred)
        print(r, r is (a if pred else b))


for a, b in [(Color.red, Color.red), (Color.red, Color.green),
             (Shake.mint, Shake.vanilla),
             (Shape.circle, Shape.circle), (Shape.circle, Shape.square),
             (RequestError.not_found, RequestError.not_found),
             (RequestError.internal_error, RequestError.not_found)]:
    check_pair(a, b)

for c in (Color.red, Color.green):
    print(getattr_usecase(c), getitem_usecase(c))
print(identity_usecase(Color.blue, Color.green, Shape.square))
print(identity_usecase(Shake.mint, Shape.circle, RequestError.internal_error))
for arg in [300, 450, 550]:
    print(int_coerce_usecase(arg), int_cast_usecase(arg))
print(value_usecase(Color.blue), value_usecase(Shape.square))
print_usecase(Color.green)
print_usecase(Shape.square)
