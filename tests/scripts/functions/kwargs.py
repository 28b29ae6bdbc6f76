# **kwargs in definitions, passed on with **kwargs, and **{...} at call
# sites (constant string keys).
from numba import njit


@njit
def scaled(x, scale=1.0, shift=0):
    return x * scale + shift


def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


def twice(x, **opts):
    return scaled(x, **opts), scaled(2 * x, **opts)


def pick(a, b=2, *, c=3):
    return a, b, c


print(forward(scaled, 2.0), forward(scaled, 2.0, scale=3.0))
print(forward(scaled, 1.5, shift=4, scale=2.0))
print(twice(3), twice(3, shift=1), twice(1.5, scale=-1.0, shift=2))
print(pick(**{"a": 1}), pick(0, **{"c": 9, "b": 8}))
print(forward(pick, 5, c=6), forward(pick, a=7))
