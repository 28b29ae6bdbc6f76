/*
 * randomkit.c -- see randomkit.h.
 *
 * Build:  cc -O2 -shared -fPIC -o librandomkit.so randomkit.c -lm
 *
 * The algorithms follow numpy's legacy randomkit / distributions code so
 * that results can be checked against numpy.random.RandomState.
 * Floating-point contraction (a*b+c -> fma) is turned off so that the
 * numbers are the same on x86-64 and AArch64 (GCC contracts by default on
 * AArch64 at -O2).
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include "randomkit.h"

void rk_seed(unsigned long seed, rk_state *state)
{
    int pos;
    seed &= 0xffffffffUL;
    for (pos = 0; pos < RK_STATE_LEN; pos++) {
        state->key[pos] = seed;
        seed = (1812433253UL * (seed ^ (seed >> 30)) + pos + 1) & 0xffffffffUL;
    }
    state->pos = RK_STATE_LEN;
    state->has_gauss = 0;
    state->gauss = 0.0;
}

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfUL
#define UPPER_MASK 0x80000000UL
#define LOWER_MASK 0x7fffffffUL

/* Regenerate the whole key array (the MT19937 "twist"). */
static void rk_twist(rk_state *state)
{
    unsigned long y;
    int i;
    for (i = 0; i < N - M; i++) {
        y = (state->key[i] & UPPER_MASK) | (state->key[i + 1] & LOWER_MASK);
        state->key[i] = state->key[i + M] ^ (y >> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
        y = (state->key[i] & UPPER_MASK) | (state->key[i + 1] & LOWER_MASK);
        state->key[i] = state->key[i + (M - N)] ^ (y >> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (state->key[N - 1] & UPPER_MASK) | (state->key[0] & LOWER_MASK);
    state->key[N - 1] = state->key[M - 1] ^ (y >> 1) ^ (-(y & 1) & MATRIX_A);
    state->pos = 0;
}

unsigned long rk_random(rk_state *state)
{
    unsigned long y;
    if (state->pos == RK_STATE_LEN)
        rk_twist(state);
    y = state->key[state->pos++];
    /* Tempering */
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680UL;
    y ^= (y << 15) & 0xefc60000UL;
    y ^= (y >> 18);
    return y & 0xffffffffUL;
}

double rk_double(rk_state *state)
{
    /* 27 + 26 random bits; the same formula as numpy's legacy double. */
    long a = rk_random(state) >> 5, b = rk_random(state) >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

double rk_gauss(rk_state *state)
{
    if (state->has_gauss) {
        const double tmp = state->gauss;
        state->gauss = 0;
        state->has_gauss = 0;
        return tmp;
    } else {
        double f, x1, x2, r2;
        do {
            x1 = 2.0 * rk_double(state) - 1.0;
            x2 = 2.0 * rk_double(state) - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        /* Polar Box-Muller: keep one value for the next call. */
        f = sqrt(-2.0 * log(r2) / r2);
        state->gauss = f * x1;
        state->has_gauss = 1;
        return f * x2;
    }
}

double rk_normal(rk_state *state, double loc, double scale)
{
    return loc + scale * rk_gauss(state);
}

double rk_standard_exponential(rk_state *state)
{
    /* 1 - U is in (0, 1], so the log is finite. */
    return -log(1.0 - rk_double(state));
}

double rk_standard_gamma(rk_state *state, double shape)
{
    double b, c;
    double U, V, X, Y;

    if (shape == 1.0) {
        return rk_standard_exponential(state);
    } else if (shape == 0.0) {
        return 0.0;
    } else if (shape < 1.0) {
        for (;;) {
            U = rk_double(state);
            V = rk_standard_exponential(state);
            if (U <= 1.0 - shape) {
                X = pow(U, 1.0 / shape);
                if (X <= V)
                    return X;
            } else {
                Y = -log((1 - U) / shape);
                X = pow(1.0 - shape + shape * Y, 1.0 / shape);
                if (X <= (V + Y))
                    return X;
            }
        }
    } else {
        /* Marsaglia and Tsang (2000). */
        b = shape - 1.0 / 3.0;
        c = 1.0 / sqrt(9 * b);
        for (;;) {
            do {
                X = rk_gauss(state);
                V = 1.0 + c * X;
            } while (V <= 0.0);

            V = V * V * V;
            U = rk_double(state);
            if (U < 1.0 - 0.0331 * (X * X) * (X * X))
                return (b * V);
            if (log(U) < 0.5 * X * X + b * (1. - V + log(V)))
                return (b * V);
        }
    }
}

double rk_gamma(rk_state *state, double shape, double scale)
{
    return scale * rk_standard_gamma(state, shape);
}

double rk_add1(double x)
{
    return x + 1.0;
}
