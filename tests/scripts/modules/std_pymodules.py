# functools.reduce, the operator module's functions, string's constants.
import numpy as np
import operator
import string
from functools import reduce
from numba import njit


@njit
def square(x):
    return x * x


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 7)))
print(reduce(operator.add, [0.5, 0.25], 1.0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(operator.add, ['a', 'b', 'c']))
print(reduce(lambda acc, x: acc + square(x), range(4), 0))
print(operator.add(2, 3), operator.sub(2.5, 1), operator.mul('ab', 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(4))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq('a', 'a'), operator.ne(1, 1.0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 5), operator.rshift(64, 2), operator.not_(0), operator.truth([1]))
print(operator.getitem([10, 20, 30], 1), operator.contains((1, 2), 2), operator.concat([1], [2]))
a = np.arange(4.0)
print(operator.add(a, 1), operator.mul(a, a), operator.pos(-1.5))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print([c for c in 'Hello, World 42!' if c in string.ascii_letters])
