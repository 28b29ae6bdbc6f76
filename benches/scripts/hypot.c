/* The seed's record-array example at scale: hypot over n (x, y) records,
 * REPEAT times, summing each result so that every element is used. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define REPEAT 100

typedef struct {
    double x, y;
} record;

static void fill(record *data, long n) {
    for (long i = 0; i < n; i++) {
        data[i].x = i % 1000 * 0.25;
        data[i].y = i % 997 * 0.5;
    }
}

/* A fresh result array per call, as np.empty_like makes one. */
static double *hypot_all(const record *data, long n) {
    double *result = malloc(n * sizeof *result);
    for (long i = 0; i < n; i++)
        result[i] = sqrt(data[i].x * data[i].x + data[i].y * data[i].y);
    return result;
}

static double total(const double *a, long n) {
    double t = 0.0;
    for (long i = 0; i < n; i++)
        t += a[i];
    return t;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    record *data = malloc(n * sizeof *data);
    fill(data, n);
    double checksum = 0.0;
    for (int r = 0; r < REPEAT; r++) {
        double *result = hypot_all(data, n);
        checksum += total(result, n);
        free(result);
    }
    printf("%.6f\n", checksum);
    free(data);
    return 0;
}
