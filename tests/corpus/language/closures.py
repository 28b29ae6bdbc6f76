# adapted from numba/tests/test_closure.py: TestInlinedClosure (test_inner_function_with_closure, test_inner_function_nested)
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


print(outer(10), outer(3))
print(outer_nested(3))
print(outer_lambda(4))
