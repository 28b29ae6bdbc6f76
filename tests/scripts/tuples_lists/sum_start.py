# sum() with a start value: the start comes first and joins the result type
from numba import njit
@njit
def s(x, start=0):
    return sum(x, start), sum(x, start=start)
print(s((1, 2, 3), 10), s([1.5, 2.5]), s((1, 2), 0.5), s([1, 2], 0.25))
print(sum(range(5), 10), sum(range(4), 0.5), sum([True, False, True]), sum((True, True)))
print(sum([0.1, 0.2, 0.3], 1e16), sum((0.1, 0.2), 1))
