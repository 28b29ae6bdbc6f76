# adapted from numba/tests/test_tuples.py: TestTupleBuild (test_build_unpack, test_build_unpack_more, test_tuple_constructor)
from numba import njit


@njit
def build(a):
    return (1, *a)


@njit
def build_more(a):
    return (1, *a, (1, 2), *a)


@njit
def construct(a):
    return tuple(a)


@njit
def inner(*args):
    return args


@njit
def build_call(a):
    return inner(1, *a, *(1, 2), *a)


for p in [(4, 5), (4, 5.5)]:
    print(build(p))
    print(build_more(p))
    print(construct(p))
    print(build_call(p))
