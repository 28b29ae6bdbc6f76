# Functions defined inside functions read the enclosing function's
# variables (at the time of the call); lambdas are such functions.
from numba import njit


@njit
def outer(x):
    y = x + 1

    def inner(x):
        return x * x + y

    return inner(x) + inner(x)


@njit
def outer_nested(x):
    def inner(y):
        def innermost(z):
            return x + y + z

        s = 0
        for i in range(y):
            s += innermost(i)
        return s

    return inner(x * x)


@njit
def outer_lambda(n):
    scale = 2.5
    f = lambda v: v * scale + n
    return f(1.0), f(2.0)


def late_binding():
    k = 1

    def get():
        return k * 10

    first = get()
    k = 5
    return first, get()


def no_captures():
    def add(a, b=2):
        return a + b

    return add(1), add(1, b=5)


square = lambda x: x * x
print(outer(10), outer(3))
print(outer_nested(3))
print(outer_lambda(4))
print(late_binding(), no_captures())
print(square(4), square(1.5), (lambda a, b: a - b)(5, 2))
