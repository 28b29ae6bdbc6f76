# adapted from numba/tests/test_unicode.py: concat_usecase, repeat_usecase, getitem_usecase, in_usecase, lt_usecase, len_usecase
from numba import njit


@njit
def concat_usecase(x, y):
    return x + y


@njit
def repeat_usecase(x, y):
    return x * y


@njit
def getitem_usecase(x, i):
    return x[i]


@njit
def slices(x):
    return x[1:], x[:-1], x[::-1], x[::2]


@njit
def compare(x, y):
    return x == y, x < y, x in y, len(x) + len(y)


@njit
def chars(s):
    out = 0
    for c in s:
        out += ord(c)
    return out, chr(65 + len(s))


print(concat_usecase("ab", "cd"), repeat_usecase("ab", 3))
print([getitem_usecase("hello", i) for i in range(-5, 5)])
print(slices("abcdef"))
print(compare("ab", "abc"), compare("b", "abc"))
print(chars("numba"))
