/* libc's qsort over 10^6 int64 with a C comparator: the baseline for the
 * script comparator of qsort.py. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int compare(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    if (x < y)
        return -1;
    if (x > y)
        return 1;
    return 0;
}

/* Park and Miller's minimal standard generator: its products stay below
 * 2**53, so Lua's doubles compute the same numbers. */
static void fill(int64_t *a, long n) {
    int64_t s = 1;
    for (long i = 0; i < n; i++) {
        s = s * 16807 % 2147483647;
        a[i] = s;
    }
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int64_t *a = malloc(n * sizeof *a);
    fill(a, n);
    qsort(a, n, sizeof *a, compare);
    printf("%lld %lld %lld\n", (long long)a[0], (long long)a[n / 2],
           (long long)a[n - 1]);
    free(a);
    return 0;
}
