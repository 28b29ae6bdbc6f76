# checked with NUMBA_DISABLE_JIT=1 (objmode then does nothing; Numba itself refuses a raise in the block)
from numba import njit, objmode


@njit
def f(x):
    if x > 0:
        with objmode():
            print("x is", x)
            raise ValueError("boom")
        return 0
    return -1


print(f(-3))
print(f(2))
