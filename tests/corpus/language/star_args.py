# adapted from numba/tests/test_dispatcher.py and usecases.py: star-args and default arguments
from numba import njit


@njit
def add_all(*args):
    s = 0
    for a in args:
        s += a
    return s


@njit
def first_and_rest(a, *rest):
    return a, len(rest)


@njit
def defaults(a, b=2, c=3.5):
    return a + b * c


def call_with(f, *args, **kwargs):
    return f(*args, **kwargs)


print(add_all(1, 2, 3), add_all(1.5, 2.0))
print(first_and_rest(1, 2, 3, 4), first_and_rest(5))
print(defaults(1), defaults(1, 3), defaults(1, c=1.0), defaults(b=1, a=0, c=2.0))
args = (1, 2)
print(call_with(defaults, *args), call_with(add_all, *(10, 20, 30)))
print(call_with(defaults, 5, c=0.5))
