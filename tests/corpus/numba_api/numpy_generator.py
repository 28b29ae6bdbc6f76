# adapted from numba/tests/doc_examples/test_numpy_generators.py: test_numpy_gen_usage
import numpy as np

from numba import njit

x = np.random.default_rng(1)
y = np.random.default_rng(1)

size = 10


def do_stuff(gen):
    return gen.random(size=int(size / 2))


original = do_stuff(x)
numba_func_res = njit(do_stuff)(y)
print(np.allclose(original, numba_func_res))
print(np.round(numba_func_res, 12))

z = np.random.default_rng(7)


@njit
def draws(gen):
    return gen.integers(0, 10, 5), gen.normal(0.0, 1.0)


a, b = draws(z)
print(a, round(b, 10))
