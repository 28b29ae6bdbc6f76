# np.set_printoptions: precision, suppress, threshold, edgeitems, linewidth;
# an option left out (or None) keeps its value.
import numpy as np

a = np.arange(12.0) / 7.0
small = np.array([1e-10, 0.5, 123.456789])
print(a)
print(small)
np.set_printoptions(precision=3)
print(a)
print(small)
print(repr(a))
np.set_printoptions(suppress=True)
print(small)
print(np.array([1e-10, 2e-12]))
print(np.array([1e9, 1.5]))
np.set_printoptions(threshold=10, edgeitems=2)
print(np.arange(20))
print(np.arange(30.0).reshape(5, 6))
print(repr(np.arange(15)))
np.set_printoptions(linewidth=30, precision=None)
print(np.arange(20) * 1000)
print(a)
np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)
print(a)
print(small)
x = np.float64(1.0) / 3.0
print(x)
