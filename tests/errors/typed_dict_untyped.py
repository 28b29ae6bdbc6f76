# compile error
from numba import types
from numba.typed import Dict

d = Dict.empty(key_type=types.int64, value_type=3)
