# adapted from the former numba examples/kernel-density-estimation/kernel_density_estimation_numba.py
import numpy as np

from numba import njit, prange


@njit()
def kde(X):
    b = 0.5
    points = np.array([-1.0, 2.0, 5.0])
    N = points.shape[0]
    n = X.shape[0]
    exps = 0
    # prange in a not-parallel jitted function is identical to "range"
    for i in prange(n):
        p = X[i]
        d = (-(p - points) ** 2) / (2 * b ** 2)
        m = np.min(d)
        exps += m - np.log(b * N) + np.log(np.sum(np.exp(d - m)))
    return exps


def main():
    np.random.seed(0)
    X = np.random.ranf(1000)
    print("checksum: %.8f" % kde(X))
    print("small: %.8f" % kde(np.array([0.0, 1.0, 2.0])))


if __name__ == '__main__':
    main()
