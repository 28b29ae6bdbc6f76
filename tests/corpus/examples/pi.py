# adapted from the former numba examples/pi.py (few points; seeded inside the jitted function, where Numba's generator lives)
import argparse

import numpy as np

import numba

run_parallel = False


@numba.njit(parallel=run_parallel)
def calc_pi(n, seed):
    np.random.seed(seed)
    x = 2 * np.random.ranf(n) - 1
    y = 2 * np.random.ranf(n) - 1
    return 4 * np.sum(x ** 2 + y ** 2 < 1) / n


def main():
    parser = argparse.ArgumentParser(description='Calculate Pi.')
    parser.add_argument('--points', dest='points', type=int, default=20000)
    args = parser.parse_args()
    points = args.points
    pi = calc_pi(points, 0)
    print("result: ", pi)
    print("result: ", calc_pi(100, 1))


if __name__ == '__main__':
    main()
