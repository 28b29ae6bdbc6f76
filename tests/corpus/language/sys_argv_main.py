# adapted from the command-line driver of the former numba examples (sys.argv with defaults, a main() guarded by __name__)
import sys

import numpy as np

from numba import njit


@njit
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


def main(*args):
    n = 1000
    if len(args) > 0:
        n = int(args[0])
    print("H(%d) = %.12f" % (n, harmonic(n)))
    print("script:", sys.argv[0].endswith("sys_argv_main.py"), "extra args:", len(sys.argv) - 1)
    print(np.float64(harmonic(10)).round(6))


if __name__ == "__main__":
    main(*sys.argv[1:])
