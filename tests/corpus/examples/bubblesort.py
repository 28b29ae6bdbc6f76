# adapted from the former numba examples/bubblesort.py (timings removed)
import numpy as np

from numba import jit


def bubblesort(X):
    N = X.shape[0]
    for end in range(N, 1, -1):
        for i in range(end - 1):
            if X[i] > X[i + 1]:
                X[i], X[i + 1] = X[i + 1], X[i]


bubblesort_fast = jit(nopython=True)(bubblesort)

dtype = np.int64


def main():
    Xtest = np.array(list(reversed(range(8))), dtype=dtype)

    print('== Test Pure-Python ==')
    X0 = Xtest.copy()
    bubblesort(X0)
    print(X0)

    print('== Test Numba == ')
    X1 = Xtest.copy()
    bubblesort_fast(X1)
    print(X1)

    assert all(X0 == X1)

    N = 200
    Xorig = np.array(list(reversed(range(N))), dtype=dtype)
    X1 = Xorig.copy()
    bubblesort_fast(X1)
    print(X1[:5], X1[-5:], bool(np.all(X1[:-1] <= X1[1:])))


if __name__ == '__main__':
    main()
