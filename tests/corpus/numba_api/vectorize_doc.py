# adapted from numba/tests/doc_examples/test_examples.py: test_vectorize_multiple_signatures
import numpy as np

from numba import vectorize, int32, int64, float32, float64


@vectorize([int32(int32, int32),
            int64(int64, int64),
            float32(float32, float32),
            float64(float64, float64)])
def f(x, y):
    return x + y


a = np.arange(6)
print(f(a, a))
a = np.linspace(0, 1, 6)
print(f(a, a))
a = np.arange(12).reshape(3, 4)
print(f.reduce(a, axis=0))
print(f.reduce(a, axis=1))
print(f.accumulate(a))
print(f.accumulate(a, axis=1))
print(f(np.float32(1.5), np.float32(2.0)), f(3, 4))
