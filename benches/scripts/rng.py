# The random-number library for gibbs.py through cffi, as the seed's Gibbs
# sampler imports it: examples/rng/librandomkit.so (built by cargo build),
# found from the script's directory, sys.argv[0].
import sys

from cffi import FFI

script_dir = sys.argv[0].rpartition("/")[0]
if script_dir == "":
    script_dir = "."

ffi = FFI()
ffi.cdef("""
typedef struct rk_state_ {
    unsigned long key[624];
    int pos;
    int has_gauss;
    double gauss;
} rk_state;

void rk_seed(unsigned long seed, rk_state *state);
double rk_normal(rk_state *state, double loc, double scale);
double rk_gamma(rk_state *state, double shape, double scale);
""")
lib = ffi.dlopen(script_dir + "/../../examples/rng/librandomkit.so")

rk_seed = lib.rk_seed
rk_normal = lib.rk_normal
rk_gamma = lib.rk_gamma

# The generator state, allocated (zeroed) by cffi and owned by this module.
state_p = ffi.new("rk_state *")
