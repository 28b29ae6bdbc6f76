# adapted from the former numba examples/vectorize/polynomial.py (CPU target, small seeded inputs)
import math

import numpy as np

from numba import vectorize


def generate_input(n, dtype):
    A = np.array(np.random.sample(n), dtype=dtype)
    B = np.array(np.random.sample(n) + 10, dtype=dtype)
    C = np.array(np.random.sample(n), dtype=dtype)
    return A, B, C


def check_answer(ans, A, B, C):
    for d, a, b, c in zip(ans, A, B, C):
        gold = discriminant(a, b, c)
        assert np.allclose(d, gold), (d, gold)


def discriminant(a, b, c):
    '''a ufunc kernel to compute the discriminant of quadratic equation
    '''
    return math.sqrt(b ** 2 - 4 * a * c)


def main():
    np.random.seed(0)
    N = 1000
    vect_discriminant = vectorize(['f4(f4, f4, f4)', 'f8(f8, f8, f8)'],
                                  target='cpu')(discriminant)
    A, B, C = generate_input(N, dtype=np.float32)
    D = vect_discriminant(A, B, C)
    check_answer(D, A, B, C)
    print(D.dtype, D.shape, np.round(D[:4], 4))
    A, B, C = generate_input(5, dtype=np.float64)
    print(np.round(vect_discriminant(A, B, C), 8))


if __name__ == '__main__':
    main()
