# compile error
import numba


@numba.njit
def times(x, n):
    return x * numba.literally(n)


k = 2
for i in range(2):
    print(times(3, k + i))
