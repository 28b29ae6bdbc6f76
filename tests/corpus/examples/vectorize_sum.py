# adapted from the former numba examples/vectorize/sum.py (CPU target, small seeded inputs)
import numpy as np

from numba import vectorize


def sum(a, b):
    return a + b


def main():
    np.random.seed(3)
    N = 1000
    vect_sum = vectorize(['f4(f4, f4)', 'f8(f8, f8)'], target='cpu')(sum)
    A = np.random.random(N).astype(np.float32)
    B = np.random.random(N).astype(np.float32)
    D = vect_sum(A, B)
    print('Data size', N, D.dtype)
    print(np.allclose(D, A + B), np.array_equal(D, A + B))
    print(vect_sum(np.arange(4.0), 0.5))


if __name__ == '__main__':
    main()
