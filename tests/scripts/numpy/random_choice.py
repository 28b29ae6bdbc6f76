# np.random.choice without replacement (a permutation's first values, in
# numpy's and Numba's implementation), ranf and sample.
import numpy as np
from numba import njit


@njit
def jit_draws(a, n):
    np.random.seed(5)
    return (np.random.choice(a, 3, replace=False), np.random.choice(n, (2, 2), replace=False),
            np.random.ranf(), np.random.sample(2))


np.random.seed(42)
print(np.random.choice(10, 4, replace=False), np.random.choice(np.array([1.5, 2.5, 3.5]), 3, replace=False))
print(np.random.choice(5, replace=False), np.random.choice(np.arange(6) * 10, (2, 3), replace=False))
print(np.random.choice(4, 2, replace=True), np.random.ranf(3), np.random.sample((2, 2)), np.random.ranf())
print(jit_draws(np.array([7, 8, 9, 10]), 6))
try:
    np.random.choice(3, 4, replace=False)
except ValueError as e:
    print("ValueError", e)
