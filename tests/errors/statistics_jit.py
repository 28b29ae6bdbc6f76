# compile error
import statistics
from numba import njit


@njit
def average(xs):
    return statistics.fmean(xs)


print(average([1.0, 2.0]))
