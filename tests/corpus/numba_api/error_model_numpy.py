# adapted from numba/tests/test_errormodels.py: error_model='numpy' division by zero in jitted code
import numpy as np

from numba import njit


@njit(error_model='numpy')
def div(a, b):
    return a / b


@njit(error_model='numpy')
def normalize(x):
    s = 0.0
    for v in x:
        s += v
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = x[i] / s
    return out


@njit
def strict(a, b):
    return a / b


print(div(1.0, 0.0), div(-3, 0), div(0.0, 0.0), div(7, 2))
print(normalize(np.array([1.0, -1.0])))
print(normalize(np.array([1.0, 3.0])))
try:
    strict(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
