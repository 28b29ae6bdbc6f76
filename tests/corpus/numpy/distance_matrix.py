# adapted from numba/tests/test_array_exprs.py: distance_matrix
import numpy as np

from numba import njit


@njit
def distance_matrix(vectors):
    n_vectors = vectors.shape[0]
    result = np.empty((n_vectors, n_vectors), dtype=np.float64)

    for i in range(n_vectors):
        for j in range(i, n_vectors):
            result[i, j] = result[j, i] = np.sum(
                (vectors[i] - vectors[j]) ** 2) ** 0.5

    return result


vectors = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0], [1.0, 1.0]])
np.set_printoptions(precision=4)
print(distance_matrix(vectors))
