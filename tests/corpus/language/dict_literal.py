# adapted from numba/tests/test_dicts.py: build_map, build_map_from_local_vars
from numba import njit


@njit
def build_map():
    return {0: 1, 2: 3}


@njit
def build_map_from_local_vars():
    x = 1
    y = 3.5
    return {x: y, x + 1: y * 2}


@njit
def string_keys():
    d = {"one": 1, "two": 2, "three": 3}
    d["four"] = 4
    out = 0
    for k in d:
        out += d[k] * len(k)
    return out, len(d)


print(build_map())
print(build_map_from_local_vars())
print(string_keys())
