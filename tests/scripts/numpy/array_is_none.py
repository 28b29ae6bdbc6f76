# `is None` on an array is an identity test, not an element-wise one
import numpy as np
def f(a, b=None):
    if b is not None:
        return a + b
    return a
print(f(np.arange(3), np.arange(3)), f(np.arange(2)))
x = np.arange(2)
print(x is None, x is not None)
