# The random-number library for gibbs_argv.py, through cffi, opened at the
# path given as the script's first argument.
#
# The library is examples/rng/librandomkit.so, built from
# examples/rng/randomkit.c (the build command is at the top of that file).
#
import sys

from cffi import FFI

ffi = FFI()
ffi.cdef("""
typedef struct rk_state_ {
    unsigned long key[624];
    int pos;
    int has_gauss;
    double gauss;
} rk_state;

void rk_seed(unsigned long seed, rk_state *state);
double rk_double(rk_state *state);
double rk_normal(rk_state *state, double loc, double scale);
double rk_gamma(rk_state *state, double shape, double scale);
""")
lib = ffi.dlopen(sys.argv[1])

rk_seed = lib.rk_seed
rk_double = lib.rk_double
rk_normal = lib.rk_normal
rk_gamma = lib.rk_gamma

# The generator state, allocated (zeroed) by cffi and owned by this module.
state_p = ffi.new("rk_state *")
