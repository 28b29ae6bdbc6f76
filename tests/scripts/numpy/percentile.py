# np.percentile / np.quantile of whole arrays: numpy's 'linear' method.
import numpy as np

a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
b = np.arange(10)
for q in [0, 10, 25, 33.3, 50, 75, 90, 99.9, 100]:
    print(q, np.percentile(a, q), np.percentile(b, q), np.quantile(a, q / 100))
print(np.percentile(a, np.array([10.0, 50.0, 90.0])), np.quantile(b, np.array([0.1, 0.5])))
print(np.percentile(np.array([1.0, np.nan]), 50))
print(np.percentile(np.arange(12).reshape(3, 4), 40))
print(np.percentile(np.array([-5, 7, 1, 100]), 62.5))
try:
    np.percentile(a, 101)
except ValueError as e:
    print(e)
try:
    np.quantile(a, -0.5)
except ValueError as e:
    print(e)
