# compile error
# numba.carray of a void pointer needs the element type
from numba import carray, cfunc, types


@cfunc(types.float64(types.voidptr))
def first(p):
    return carray(p, 1)[0]


print(first.address != 0)
