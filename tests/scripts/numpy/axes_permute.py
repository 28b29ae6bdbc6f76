import numpy as np
from numba import njit
a = np.arange(24).reshape(2, 3, 4)
print(np.transpose(a, (1, 0, 2)))
print(a.transpose(2, 0, 1).shape, a.transpose((0, 2, 1)).strides)
print(np.swapaxes(a, 0, 2).shape, a.swapaxes(1, -1)[1, 2])
print(np.moveaxis(a, 0, -1).shape, np.moveaxis(a, -1, 0).strides)
print(np.transpose(a, axes=(2, 1, 0)).sum(axis=0))
print(np.transpose(a, None).shape)
b = np.arange(6.0).reshape(2, 3)
print(np.swapaxes(b, 0, 1) * 2)
for bad in [(0, 0, 1), (0, 1), (0, 1, 5)]:
    try:
        np.transpose(a, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    np.moveaxis(a, 3, 0)
except np.exceptions.AxisError as e:
    print("AxisError", e)
try:
    np.swapaxes(b, 0, 2)
except Exception as e:
    print(type(e).__name__, e)

@njit
def f(x):
    y = np.transpose(x, (1, 0, 2))
    z = np.swapaxes(x, 0, 1)
    return y.sum() + z[0, 1, 2] + x.transpose(2, 1, 0)[3, 2, 1]

print(f(a))
