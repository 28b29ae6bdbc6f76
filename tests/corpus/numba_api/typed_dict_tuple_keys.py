# adapted from numba/tests/test_dictobject.py: typed Dict with tuple keys, built in and out of jitted code
from numba import njit, types
from numba.typed import Dict

key_t = types.UniTuple(types.int64, 2)


@njit
def grid_counts(points):
    d = Dict.empty(key_type=key_t, value_type=types.int64)
    for x, y in points:
        k = (x // 10, y // 10)
        d[k] = d.get(k, 0) + 1
    return d


d = grid_counts([(1, 2), (15, 3), (12, 8), (25, 25), (3, 9)])
print(sorted(d.items()))
print(len(d), (1, 0) in d, d[(0, 0)])
e = Dict.empty(key_type=types.unicode_type, value_type=types.float64)
e["a"] = 1.5
e["b"] = 2.5
print(dict(e), e.get("c", -1.0))
