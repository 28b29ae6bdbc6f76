# np.dot for vectors and matrices, and loops doing the same by hand.
import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = np.array([4.0, -5.0, 6.0])
print(np.dot(a, b), a.dot(b), np.dot(b, b))
m = np.array([[1.0, 2.0], [3.0, 4.0]])
n = np.array([[0.0, 1.0], [1.0, 0.0]])
print(np.dot(m, n))
print(np.dot(n, m))
v = np.array([1.0, -1.0])
print(np.dot(m, v), np.dot(v, m))
p = np.arange(6.0).reshape(2, 3)
q = np.arange(6.0).reshape(3, 2)
print(np.dot(p, q))
print(np.dot(q, p))
print(np.dot(p, p.T))
ii = np.array([1, 2, 3])
print(np.dot(ii, ii), np.dot(ii, a))


def matmul(x, y):
    r = np.zeros((x.shape[0], y.shape[1]))
    for i in range(x.shape[0]):
        for j in range(y.shape[1]):
            s = 0.0
            for k in range(x.shape[1]):
                s += x[i, k] * y[k, j]
            r[i, j] = s
    return r


print(matmul(p, q))
print(matmul(m, m))
e = np.zeros((3, 3))
for k in range(3):
    e[k, k] = 1.0
print(np.dot(e, np.arange(9.0).reshape(3, 3)))
print(p @ q, a @ b)
