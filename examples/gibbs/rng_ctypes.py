# The random-number library for gibbs_ctypes.py, through ctypes: the twin of
# rng.py (see there for how the library path is found).
import ctypes
import os

LIBPATH = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "rng", "librandomkit.so"
)


class rk_state(ctypes.Structure):
    _fields_ = [
        ("key", ctypes.c_ulong * 624),
        ("pos", ctypes.c_int),
        ("has_gauss", ctypes.c_int),
        ("gauss", ctypes.c_double),
    ]


lib = ctypes.CDLL(LIBPATH)

rk_seed = lib.rk_seed
rk_seed.argtypes = [ctypes.c_ulong, ctypes.POINTER(rk_state)]
rk_seed.restype = None

rk_double = lib.rk_double
rk_double.argtypes = [ctypes.POINTER(rk_state)]
rk_double.restype = ctypes.c_double

rk_normal = lib.rk_normal
rk_normal.argtypes = [ctypes.POINTER(rk_state), ctypes.c_double, ctypes.c_double]
rk_normal.restype = ctypes.c_double

rk_gamma = lib.rk_gamma
rk_gamma.argtypes = [ctypes.POINTER(rk_state), ctypes.c_double, ctypes.c_double]
rk_gamma.restype = ctypes.c_double

# The generator state, allocated (zeroed) by ctypes and owned by this module.
state = rk_state()
state_p = ctypes.pointer(state)
