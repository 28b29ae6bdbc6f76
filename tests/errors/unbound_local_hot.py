# a local read in a hot jitted loop, bound on an earlier call's path only
from numba import njit


@njit
def run(n, bind):
    s = 0.0
    for i in range(n):
        if bind and i == 0:
            t = 1.0
        if i > 5000:
            s += t
    return s


print(run(10000, True))
print(run(10000, False))
