# adapted from numba/tests/test_dispatcher.py: py_func, __name__, __doc__, signatures, nopython_signatures, recompile-free reuse
from numba import njit, jit


@njit
def area(w, h):
    "Area of a rectangle."
    return w * h


print(area.__name__, area.__doc__)
print(area.py_func(2, 3), area(2, 3), area(2.5, 2))
print(len(area.signatures), area.signatures)
print([str(s) for s in area.nopython_signatures])
fast = jit(nopython=True)(area.py_func)
print(fast(4, 5), fast is not area)
