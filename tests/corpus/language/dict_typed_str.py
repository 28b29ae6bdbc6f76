# adapted from numba/tests/doc_examples/test_typed_dict_usage.py: a typed dict made in njit code prints its keys and values with str()
from numba import njit


@njit
def names():
    d = {"x": 1.5, "y": 2.0}
    d["z"] = 3.25
    print(d)
    return d


@njit
def missing(d, k):
    return d.get(k, -1.0)


n = names()
print(n, len(n), n["z"])
n["w"] = 0.5
print(n, missing(names(), "q"))
