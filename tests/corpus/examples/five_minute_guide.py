# adapted from numba docs (user/5minguide.rst): go_fast
import numpy as np

from numba import jit

x = np.arange(100).reshape(10, 10)


@jit(nopython=True)
def go_fast(a):  # Function is compiled and runs in machine code
    trace = 0.0
    for i in range(a.shape[0]):
        trace += np.tanh(a[i, i])
    return a + trace


np.set_printoptions(precision=6)
print(go_fast(x))
print(go_fast(2 * x)[3])
