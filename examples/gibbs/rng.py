# The random-number library for gibbs.py, through cffi.
#
# The library is examples/rng/librandomkit.so, built from
# examples/rng/randomkit.c (the build command is at the top of that file).
#
# Finding it: rumba's subset has no os.path and no __file__, so the path is
# taken from the directory of the running script, sys.argv[0] (as given on
# the command line, relative paths included), with one str method,
# rpartition. `import rng` loads rng.py from beside the script, so the script
# directory is this module's directory too. dlopen resolves a relative path
# against the current directory, in CPython and in rumba alike.
import sys

from cffi import FFI

script_dir = sys.argv[0].rpartition("/")[0]
if script_dir == "":
    script_dir = "."
LIBPATH = script_dir + "/../rng/librandomkit.so"

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
lib = ffi.dlopen(LIBPATH)

rk_seed = lib.rk_seed
rk_double = lib.rk_double
rk_normal = lib.rk_normal
rk_gamma = lib.rk_gamma

# The generator state, allocated (zeroed) by cffi and owned by this module.
state_p = ffi.new("rk_state *")
