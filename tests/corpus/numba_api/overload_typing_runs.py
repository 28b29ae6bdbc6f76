# adapted from numba/tests/test_extending.py (overload typing functions, literals) and docs/source/developer/literal.rst
import numba
from numba import njit, types
from numba.extending import overload


def describe(x):
    raise NotImplementedError


@overload(describe)
def ov_describe(x):
    print("typing describe for", x)
    if isinstance(x, types.Integer):
        return lambda x: x + 100
    if isinstance(x, types.Float):
        return lambda x: x * 0.5


@njit
def use_describe(a, b):
    return describe(a), describe(b)


print(use_describe(1, 2.0))
print(use_describe(3, 4.0))
print(use_describe(5.0, 6))


def scale(x, k):
    raise NotImplementedError


@overload(scale, prefer_literal=True)
def ov_scale(x, k):
    if isinstance(k, types.IntegerLiteral):
        print("literal scale", k.literal_value, k.literal_type)
        v = k.literal_value
        return lambda x, k: x * v
    print("plain scale", k)
    return lambda x, k: x * k + 1


@njit
def use_scale(x, k):
    return scale(x, 3) + scale(x, k)


print(use_scale(2, 5))


def pick(s):
    raise NotImplementedError


@overload(pick)
def ov_pick(s):
    if isinstance(s, types.StringLiteral):
        if s.literal_value == "double":
            return lambda s: 2
        return lambda s: 3
    return lambda s: numba.literally(s)


@njit
def use_pick(s):
    return pick(s)


print(use_pick("double"), use_pick("other"))


@njit
def times(x, n):
    return x * numba.literally(n)


print(times(3, 2), times(3, 5), times(1.5, 2))
print(times.signatures)
seven = types.literal(7)
print(isinstance(seven, types.Integer), types.literal("ab"), types.unliteral(seven))
