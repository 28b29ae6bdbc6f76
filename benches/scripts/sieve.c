/* Sieve of Eratosthenes over a bool array up to n, run REPEAT times on a
 * fresh array each time; prints the number of primes <= n. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPEAT 200

static long sieve(long n) {
    bool *is_prime = malloc(n + 1);
    memset(is_prime, true, n + 1);
    is_prime[0] = false;
    is_prime[1] = false;
    for (long i = 2; i * i <= n; i++) {
        if (is_prime[i]) {
            for (long j = i * i; j <= n; j += i)
                is_prime[j] = false;
        }
    }
    long count = 0;
    for (long k = 0; k <= n; k++) {
        if (is_prime[k])
            count++;
    }
    free(is_prime);
    return count;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    long count = 0;
    for (int r = 0; r < REPEAT; r++)
        count = sieve(n);
    printf("%ld\n", count);
    return 0;
}
