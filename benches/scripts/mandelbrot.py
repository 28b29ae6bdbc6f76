# Benchmarks-game mandelbrot on an n x n grid over [-1.5, 0.5] x [-1, 1]:
# 50 iterations, escape radius 2. Counts the points in the set instead of
# writing a bitmap, so the output is a number every implementation can print.
import sys

from numba import njit

ITER = 50


@njit
def mandelbrot(n):
    count = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            tr = 0.0
            ti = 0.0
            for _ in range(ITER):
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                if tr + ti > 4.0:
                    break
            if tr + ti <= 4.0:
                count += 1
    return count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
print(mandelbrot(n))
