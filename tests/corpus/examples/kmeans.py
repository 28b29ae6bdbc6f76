# adapted from the former numba examples/k-means/k-means_numba.py (small sizes, argparse defaults)
import argparse
from math import sqrt

import numpy as np

from numba import njit


@njit
def kmeans(A, numCenter, numIter, N, D, init_centroids):
    centroids = init_centroids

    for l in range(numIter):
        dist = np.array([[sqrt(np.sum((A[i, :] - centroids[j, :]) ** 2))
                          for j in range(numCenter)] for i in range(N)])
        labels = np.array([dist[i, :].argmin() for i in range(N)])

        centroids = np.array([[np.sum(A[labels == i, j]) / np.sum(labels == i)
                               for j in range(D)] for i in range(numCenter)])

    return centroids


def main():
    parser = argparse.ArgumentParser(description='K-Means')
    parser.add_argument('--size', dest='size', type=int, default=200)
    parser.add_argument('--features', dest='features', type=int, default=3)
    parser.add_argument('--centers', dest='centers', type=int, default=4)
    parser.add_argument('--iterations', dest='iterations', type=int, default=5)
    args = parser.parse_args()

    np.random.seed(0)
    init_centroids = np.random.ranf((args.centers, args.features))
    print("size:", args.size)
    A = np.random.ranf((args.size, args.features))
    res = kmeans(A, args.centers, args.iterations, args.size, args.features, init_centroids)
    print("checksum: %.8f" % res.sum())
    print(np.round(res, 6))


if __name__ == '__main__':
    main()
