# adapted from numba/tests/test_typeof.py: typeof of scalars, tuples, lists, sets and typed containers
import numba
import numpy as np

print(numba.typeof(np.zeros((2, 3))), numba.typeof(1), numba.typeof(2.5), numba.typeof((1, 2.5)), numba.typeof("s"), numba.typeof(True), numba.typeof(1j), numba.typeof(np.float32(1)))
print(numba.typeof([1, 2]))
print(numba.typeof(np.arange(3)[::2]), numba.typeof((1, 2)), numba.typeof(None), numba.typeof(np.int32(3)))
d = numba.typed.Dict.empty(numba.types.unicode_type, numba.types.int64)
print(numba.typeof(d))
l = numba.typed.List([1, 2])
print(numba.typeof(l))
print(numba.typeof([1, 2]), numba.typeof(([1], 2)), numba.typeof([[1]]), numba.typeof([(1, 2)]), numba.typeof([np.zeros(2)]), numba.typeof({1, 2}))
print(numba.typeof(((1, 2), 3)), numba.typeof((1,)), numba.typeof(()), numba.typeof(((1, 2.5),)), numba.typeof([[1, 2]]), numba.typeof({(1, 2)}))
