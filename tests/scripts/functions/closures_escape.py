# Nested functions that leave the function defining them (returned, passed
# to another function, stored) keep the values of the variables they read:
# plain closures as CPython's cells hold them, jitted ones as Numba freezes
# them when it compiles them.
import numpy as np
from numba import njit


def make_adder(y):
    @njit
    def add_y(x):
        return x + y

    return add_y


def make_poly(a, b, c):
    scale = a * 2

    @njit
    def poly(x):
        return scale * x * x + b * x + c

    return poly


def make_pair(k):
    def f(x):
        return x * k

    def g(x):
        return f(x) + 1

    return g


def apply_twice(fn, x):
    return fn(fn(x))


def outer_apply(k):
    def f(x):
        return x * k

    return apply_twice(f, 3)


def last_value(n):
    total = 0
    for i in range(n):
        total += i

    def get(j):
        return total + j

    total = total * 10
    return get


def make_scaler(s):
    @njit
    def scale(a):
        out = 0.0
        for i in range(a.shape[0]):
            out += a[i] * s
        return out

    return scale


@njit
def siblings(k):
    def f(x):
        return x * k

    def g(x):
        return f(x) + 1

    return g(3)


add10 = make_adder(10)
add3 = make_adder(3)
print(add10(1), add3(1), add10(2.5))
print(make_adder(np.arange(3))(1))
p = make_poly(1, 2.5, -1)
print(p(2), p(0.5))
print(make_pair(3)(2))
print(apply_twice(make_adder(4), 1), outer_apply(2))
print(last_value(4)(1))
print(make_scaler(0.5)(np.arange(10000.0)))
step = make_adder(3)
t = 0
for i in range(5000):
    t = step(t)
print(t)
adders = [make_adder(1), make_adder(2)]
pair = (add10, make_adder(0.5))
print(adders[1](10), pair[1](1), len(adders))
print(make_adder(1.5)(make_adder(2)(1)))
print(siblings(2))


def make_typed(k):
    @njit("float64(float64)")
    def times_k(x):
        return x * k

    return times_k


def make_plain(k):
    def plus_k(x):
        return x + k

    return plus_k


plus5 = njit(make_plain(5))
print(make_typed(2)(1.5), make_typed(3)(2), plus5(1), plus5(0.5))
