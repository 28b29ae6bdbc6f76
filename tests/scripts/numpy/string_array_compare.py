import numpy as np
from numba import njit
a = np.array(["apple", "bob", "cat", "apple"])
b = np.array([b"x", b"yy", b"x"])
print(a == "apple", a != "bob", a < "b")
print(b == b"x", b >= b"y")
print(a == np.array(["apple", "x", "cat", "b"]))
m = np.array([["a", "b"], ["c", "a"]])
print(m == "a")
print(m == np.array(["a", "a"]))
print(np.sum(a == "apple"))

@njit
def count_eq(x, y):
    return np.sum(x == y)

print(count_eq(a, np.array(["apple", "x", "cat", "b"])))
