# adapted from the former numba examples/ufuncs.py: sinc, logit, expit as @vectorize ufuncs
import math

import numpy as np

from numba import vectorize


@vectorize(['f8(f8)', 'f4(f4)'])
def sinc(x):
    if x == 0:
        return 1.0
    else:
        return math.sin(x * math.pi) / (x * math.pi)


@vectorize(['f8(f8)', 'f4(f4)'])
def logit(x):
    return math.log(x / (1 - x))


@vectorize(['f8(f8)', 'f4(f4)'])
def expit(x):
    if x > 0:
        x = math.exp(x)
        return x / (1 + x)
    else:
        return 1 / (1 + math.exp(-x))


np.set_printoptions(precision=8)
x = np.linspace(-2.0, 2.0, 9)
print(np.round(sinc(x), 8))
p = np.array([0.1, 0.25, 0.5, 0.9])
print(np.round(logit(p), 8))
print(np.round(expit(logit(p)), 8))
print(round(sinc(np.float32(0.5)), 6), expit(np.arange(-2, 3, dtype=np.float32)).dtype)
