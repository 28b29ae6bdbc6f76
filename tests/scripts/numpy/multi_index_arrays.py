import numpy as np
a = np.arange(12).reshape(3, 4)
r = np.array([0, 2, 1])
c = np.array([1, 3, 0])
print(a[r])
print(a[1, c])
print(a[r, 2])
print(a[r, c], a[r, -1], a[-1, c])
print(a[np.array([[0], [2]]), np.array([1, 2, 3])])
print(a[np.triu_indices(3)])
print(a[np.nonzero(a > 6)])
t = np.tril_indices(3, -1)
b = np.zeros((3, 3))
b[t] = 1.5
print(b)
a[r, c] = 99
print(a)
a[np.array([0, 1]), np.array([0, 1])] = np.array([-1, -2])
print(a)
a[r, c] += 1
print(a)
x = np.arange(24.0).reshape(2, 3, 4)
print(x[np.array([1, 0]), np.array([2, 2])])
print(x[np.array([1, 0]), np.array([2, 2]), np.array([3, 0])])
for bad in [(np.array([0, 1, 2]), np.array([0, 1])), (np.array([0, 1, 2]), np.array([0, 1, 7]))]:
    try:
        print(a[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    a[np.array([[0], [1]]), np.array([0, 1, 2])] = np.array([1, 2])
except ValueError as e:
    print("ValueError", e)
