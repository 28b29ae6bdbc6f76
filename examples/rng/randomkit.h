/*
 * randomkit: a small random-number library in the spirit of numpy's old
 * randomkit (Mersenne Twister MT19937 plus a few distributions).
 *
 * Build:  cc -O2 -shared -fPIC -o librandomkit.so randomkit.c -lm
 *
 * The declarations below are plain C with no macros or includes in the
 * function part, so they can be pasted into cffi's ffi.cdef() as they are.
 * With the same seed the generator, rk_double, rk_gauss and
 * rk_standard_gamma give the same numbers as numpy's legacy
 * numpy.random.RandomState (random_sample, standard_normal, standard_gamma).
 */
#ifndef RANDOMKIT_H
#define RANDOMKIT_H

#define RK_STATE_LEN 624

typedef struct rk_state_ {
    unsigned long key[624];
    int pos;
    int has_gauss;   /* !=0: gauss contains the second value of a pair */
    double gauss;
} rk_state;

/* Initialize the state from a 32-bit seed (MT19937 init_genrand). */
void rk_seed(unsigned long seed, rk_state *state);

/* A random 32-bit integer in [0, 2**32). */
unsigned long rk_random(rk_state *state);

/* A random double in [0, 1) with 53 bits of precision. */
double rk_double(rk_state *state);

/* Standard normal, polar Box-Muller; the second value is cached. */
double rk_gauss(rk_state *state);

/* Normal with mean loc and standard deviation scale. */
double rk_normal(rk_state *state, double loc, double scale);

/* Standard exponential (scale 1). */
double rk_standard_exponential(rk_state *state);

/* Standard gamma (scale 1), numpy's legacy algorithm. */
double rk_standard_gamma(rk_state *state, double shape);

/* Gamma with the given shape and scale. */
double rk_gamma(rk_state *state, double shape, double scale);

/* Scalars only, no state: x + 1.0 (for call-overhead benchmarks). */
double rk_add1(double x);

#endif
