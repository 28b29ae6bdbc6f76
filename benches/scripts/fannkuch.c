/* Benchmarks-game fannkuch-redux: visit all n! permutations in the order
 * of the reference (alternating signs for the checksum), count the
 * pancake flips each takes until 0 is in front. The algorithm of the Lua
 * and Python versions, line for line. */
#include <stdio.h>
#include <stdlib.h>

#define MAXN 16

static void fannkuch(long n, long *checksum, long *maxflips) {
    long perm[MAXN], q[MAXN], s[MAXN]; /* permutation, flipped copy, rotation counters */
    for (long i = 0; i < n; i++)
        perm[i] = q[i] = s[i] = i;
    long sign = 1;
    *checksum = 0;
    *maxflips = 0;
    for (;;) {
        /* Count the flips of perm, working on a copy in q. */
        long q0 = perm[0];
        if (q0 != 0) {
            for (long i = 1; i < n; i++)
                q[i] = perm[i];
            long flips = 1;
            for (;;) {
                long qq = q[q0];
                if (qq == 0) {
                    *checksum += sign * flips;
                    if (flips > *maxflips)
                        *maxflips = flips;
                    break;
                }
                /* Reverse q[0..q0]: q[0] is kept in q0, not stored. */
                q[q0] = q0;
                if (q0 >= 3) {
                    for (long i = 1, j = q0 - 1; i < j; i++, j--) {
                        long t = q[i];
                        q[i] = q[j];
                        q[j] = t;
                    }
                }
                q0 = qq;
                flips++;
            }
        }
        /* Next permutation. */
        if (sign == 1) {
            long t = perm[0];
            perm[0] = perm[1];
            perm[1] = t;
            sign = -1;
        } else {
            long t = perm[1];
            perm[1] = perm[2];
            perm[2] = t;
            sign = 1;
            for (long i = 2; i < n; i++) {
                if (s[i] != 0) {
                    s[i]--;
                    break;
                }
                if (i == n - 1)
                    return;
                s[i] = i;
                /* Rotate perm[0..i+1] left by one. */
                t = perm[0];
                for (long j = 0; j <= i; j++)
                    perm[j] = perm[j + 1];
                perm[i + 1] = t;
            }
        }
    }
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10;
    if (n < 3 || n > MAXN - 1) {
        fprintf(stderr, "fannkuch: n must be in 3..%d\n", MAXN - 1);
        return 1;
    }
    long checksum, maxflips;
    fannkuch(n, &checksum, &maxflips);
    printf("%ld\nPfannkuchen(%ld) = %ld\n", checksum, n, maxflips);
    return 0;
}
