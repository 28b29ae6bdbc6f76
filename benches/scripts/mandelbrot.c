/* Benchmarks-game mandelbrot on an n x n grid over [-1.5, 0.5] x [-1, 1]:
 * 50 iterations, escape radius 2. Counts the points in the set instead of
 * writing a bitmap, so the output is a number every implementation can print. */
#include <stdio.h>
#include <stdlib.h>

#define ITER 50

static long mandelbrot(long n) {
    long count = 0;
    for (long y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (long x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
            for (int i = 0; i < ITER; i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                if (tr + ti > 4.0)
                    break;
            }
            if (tr + ti <= 4.0)
                count++;
        }
    }
    return count;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2500;
    printf("%ld\n", mandelbrot(n));
    return 0;
}
