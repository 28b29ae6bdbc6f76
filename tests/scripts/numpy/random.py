# np.random after np.random.seed: numpy's legacy MT19937 stream bit for bit, in
# jitted code (Numba's own state) and in module code (numpy's).
import numpy as np
from numba import njit


@njit
def draws(n):
    np.random.seed(n)
    a = np.random.random()
    b = np.random.rand(3)
    c = np.random.randn(2, 2)
    d = np.random.randint(10)
    e = np.random.randint(-5, 5, 4)
    f = np.random.uniform(1.0, 2.0)
    g = np.random.normal(3.0, 0.5, (2, 3))
    h = np.random.permutation(6)
    x = np.arange(8)
    np.random.shuffle(x)
    return a, b, c, d, e, f, g, h, x


r = draws(42)
print(r[0], r[1], r[2], r[3])
print(r[4], r[5], r[6], r[7], r[8])
np.random.seed(42)
print(np.random.random(), np.random.rand(3), np.random.randn(2, 2))
print(np.random.randint(10), np.random.randint(-5, 5, 4), np.random.uniform(1.0, 2.0))
print(np.random.normal(3.0, 0.5, (2, 3)))
print(np.random.permutation(6))
x = np.arange(8)
np.random.shuffle(x)
print(x)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(m))
l = [1, 2, 3, 4, 5]
np.random.shuffle(l)
print(l)
print(np.random.random_sample((2,)), np.random.standard_normal(3), np.random.exponential(2.0, 2))
print(np.random.normal(size=2), np.random.uniform(high=3.0), np.random.randint(low=3, high=9, size=(2, 2)))


@njit
def pick(n):
    np.random.seed(n)
    return np.random.choice(5), np.random.choice(np.array([1.5, 2.5, 3.5]), 4)


print(pick(7))
np.random.seed(7)
print(np.random.choice(5), np.random.choice(np.array([10, 20, 30]), (2, 2)))
print(np.random.choice(np.array([1.5, 2.5, 3.5])))
