# Numba-style pointers: reading through a NULL pointer.
# CPython (with the oracle's numba stand-in) raises ValueError: NULL pointer
# dereference; real Numba would crash. rumba must raise MemoryError at the
# read; this .err follows rumba's behaviour.
from numba import Py_uintptr_t, int64, jit

int64p = int64.pointer()


@jit
def first(p):
    return p[0]


a = int64p(Py_uintptr_t(0))
print(Py_uintptr_t(a))
print(first(a))
