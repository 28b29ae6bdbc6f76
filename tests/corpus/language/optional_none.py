# adapted from numba/tests/test_optional.py: return_double_or_none, is_this_a_none, a_is_b
from numba import njit


@njit
def return_double_or_none(x):
    if x:
        ret = None
    else:
        ret = 1.2
    return ret


@njit
def is_this_a_none(x):
    if x:
        val_or_none = None
    else:
        val_or_none = x

    if val_or_none is None:
        return x - 1

    if val_or_none is not None:
        return x + 1


@njit
def find(values, target):
    for i in range(len(values)):
        if values[i] == target:
            return i
    return None


print(return_double_or_none(True), return_double_or_none(False))
print(is_this_a_none(5), is_this_a_none(0))
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
