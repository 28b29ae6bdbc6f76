# Sub-array fields: (name, type, shape) in a dtype, read as array views of
# the record's memory (writes through them change the record), in plain
# code and in jitted loops; assignment to them fills or copies; printing of such records and dtypes.
import numpy as np
from numba import njit

rec = np.dtype([("id", np.int32), ("v", np.float64, (3,)), ("m", np.float32, (2, 2))])
print(rec, rec.itemsize)


@njit
def fill(a):
    for i in range(a.size):
        r = a[i]
        r["id"] = i + 1
        v = r["v"]
        for k in range(3):
            v[k] = i * 10.0 + k
        m = a[i]["m"]
        m[0, 0] = 1.5
        m[1, 1] = -1.5


@njit
def total(a):
    s = 0.0
    for i in range(a.size):
        s += a[i]["v"].sum() + a[i]["m"][1, 1]
    return s


a = np.zeros(3, dtype=rec)
fill(a)
print(a)
print(total(a))
first = a[0]["v"]
first[2] = 99.0
print(a[0], first.shape, a[1]["m"].sum())


@njit
def reset(a, x):
    for i in range(a.size):
        a[i]["v"] = x
        a[i]["m"] = np.ones((2, 2), dtype=np.float32) * i


reset(a, 0.5)
a[2]["v"] = np.arange(3.0)
print(a)
aligned = np.dtype([("flag", np.int8), ("xs", np.int32, 2)], align=True)
b = np.zeros(2, dtype=aligned)
b[1]["xs"][1] = 7
print(b, aligned.itemsize)
