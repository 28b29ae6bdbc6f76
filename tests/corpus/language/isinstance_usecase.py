# adapted from numba/tests/test_builtins.py: isinstance_usecase (branch pruning on the argument's type)
from numba import njit


@njit
def isinstance_usecase(a):
    if isinstance(a, (int, float)):
        if isinstance(a, int):
            return a + 1, 'int'
        if isinstance(a, float):
            return a + 2.0, 'float'
    elif isinstance(a, str):
        return a + ", world!", 'str'
    elif isinstance(a, complex):
        return a.imag, 'complex'
    elif isinstance(a, (tuple, list)):
        if isinstance(a, tuple):
            return 'tuple'
        else:
            return 'list'
    elif isinstance(a, set):
        return 'set'
    elif isinstance(a, bytes):
        return 'bytes'
    return 'no match'


for v in (3, 4.5, "hello", 2j, (1, 2), [1, 2], {1, 2}, b"x"):
    print(repr(v), isinstance_usecase(v))
