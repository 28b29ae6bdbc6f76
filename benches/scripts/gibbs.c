/* The seed's Gibbs sampler in C, calling the same random-number library
 * (examples/rng/librandomkit.so) through the dynamic linker, as the
 * script does. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "randomkit.h"

#define THIN 100

static double *gibbs(long n, long thin, rk_state *state) {
    rk_seed(0, state);
    double x = 0, y = 0;
    double *samples = malloc(2 * n * sizeof *samples);
    for (long i = 0; i < n; i++) {
        for (long j = 0; j < thin; j++) {
            x = rk_gamma(state, 3.0, 1.0 / (y * y + 4));
            y = rk_normal(state, 1.0 / (x + 1), 1.0 / sqrt(2 + 2 * x));
        }
        samples[2 * i] = x;
        samples[2 * i + 1] = y;
    }
    return samples;
}

static double column_mean(const double *samples, long n, int col) {
    double total = 0.0;
    for (long i = 0; i < n; i++)
        total += samples[2 * i + col];
    return total / n;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 50000;
    rk_state state;
    double *samples = gibbs(n, THIN, &state);
    printf("gibbs N=%ld thin=%d\n", n, THIN);
    printf("mean x = %.6f, mean y = %.6f\n", column_mean(samples, n, 0),
           column_mean(samples, n, 1));
    printf("last = %.6f %.6f\n", samples[2 * (n - 1)], samples[2 * (n - 1) + 1]);
    free(samples);
    return 0;
}
