# isinstance() from static types: branches on it are pruned, as Numba does;
# plain code answers as CPython (numpy ints are not ints, bools are).
import numpy as np
from numba import njit


@njit
def kind(a):
    if isinstance(a, (int, float)):
        if isinstance(a, int):
            return a + 1, 'int'
        return a + 2.0, 'float'
    elif isinstance(a, str):
        return len(a), 'str'
    elif isinstance(a, complex):
        return a.imag, 'complex'
    elif isinstance(a, (tuple, list)):
        if isinstance(a, tuple):
            return 1, 'tuple'
        return 2, 'list'
    return 0, 'no match'


def plain(a):
    return isinstance(a, int), isinstance(a, float), isinstance(a, bool)


for v in (3, 4.5, "hello", 2j, (1, 2), [1, 2], np.zeros(2)):
    print(repr(v), kind(v), plain(v))
print(plain(True), plain(np.int32(3)), plain(np.float64(1.0)), plain(np.float32(1.0)))
