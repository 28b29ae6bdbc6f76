/* C call overhead: 10^8 calls of a trivial C function, double rk_add1(double).
 * It lives in a shared library (examples/rng/librandomkit.so), as for the
 * script, so gcc cannot inline it: every call is a real call. */
#include <stdio.h>
#include <stdlib.h>

#include "randomkit.h"

static double loop(long n) {
    double x = 0.0;
    for (long i = 0; i < n; i++)
        x = rk_add1(x);
    return x;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100000000;
    printf("%.1f\n", loop(n));
    return 0;
}
