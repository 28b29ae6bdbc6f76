# adapted from numba/tests/test_random.py: np.random.normal, standard_normal, exponential, shuffle, permutation, choice
import numpy as np

from numba import njit


@njit
def normals(seed, n):
    np.random.seed(seed)
    return np.random.normal(0.0, 1.0, n), np.random.standard_normal(), np.random.exponential(2.0)


@njit
def permute(seed, n):
    np.random.seed(seed)
    a = np.arange(n)
    np.random.shuffle(a)
    return a, np.random.permutation(n)


@njit
def choose(seed):
    np.random.seed(seed)
    return np.random.choice(np.array([10, 20, 30, 40]), 6)


a, b, c = normals(1, 4)
print(np.round(a, 10), round(b, 10), round(c, 10))
print(permute(7, 8))
print(choose(3))
