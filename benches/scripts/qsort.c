/* qsort from libc over 10^6 int64 with a C comparator: the baseline the
 * script comparator of ffi_qsort.py is measured against. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int compare(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int64_t *a = malloc(n * sizeof *a);
    uint64_t s = 12345;
    for (long i = 0; i < n; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        a[i] = (int64_t)((s >> 33) % 1000000007ULL);
    }
    qsort(a, n, sizeof *a, compare);
    printf("%lld %lld %lld\n", (long long)a[0], (long long)a[n / 2], (long long)a[n - 1]);
    free(a);
    return 0;
}
