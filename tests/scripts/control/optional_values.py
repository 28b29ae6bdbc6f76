# Numbers that may be None: a variable None on one path and a number on
# another, returned, printed, passed on, tested with `is None` (which
# narrows it), in jitted code and in module code.
import numpy as np
from numba import njit


@njit
def first_neg(a):
    found = None
    for i in range(a.shape[0]):
        if a[i] < 0:
            found = i
            break
    return found


@njit
def describe(x):
    if x is None:
        return -1.0
    return x * 2.0


@njit
def maybe_half(n):
    h = None
    if n % 2 == 0:
        h = n / 2
    print("h =", h)
    return h


@njit
def total(vals):
    s = 0.0
    for v in vals:
        r = maybe_half(v)
        if r is not None:
            s += r
    return s


@njit
def biggest(a):
    best = None
    for v in a:
        if best is None or v > best:
            best = v
    return best


@njit
def positive_sum(a):
    s = 0
    for v in a:
        m = v if v > 0 else None
        if m is not None and m % 2 == 1:
            s += m
    return s


@njit
def end_none(x):
    if x > 0:
        return x + 1


def plain(flag):
    v = None
    if flag:
        v = 2.5
    return v


a = np.array([3.0, 1.0, -2.0, 5.0])
print(first_neg(a), first_neg(np.abs(a)))
print(describe(None), describe(2.5), describe(first_neg(a)))
print(maybe_half(4), maybe_half(3))
print(total(np.arange(6)))
print(biggest(np.array([1.0, 5.0, 2.0])), biggest(np.zeros(0)))
print(positive_sum(np.array([3, -1, 4, 5, -9])))
print(end_none(3), end_none(-3))
print(plain(True), plain(False))
r = first_neg(a)
if r is None:
    print("none found")
else:
    print("found at", r + 1)
r = first_neg(np.abs(a))
print(r is None, r is not None, r)
if r is not None:
    print("unexpected")
w = plain(True)
if w is not None and w > 2:
    print("big", w * 2)
for k in range(3):
    got = first_neg(np.array([1.0, -1.0, 2.0])[k:])
    print(k, got, -1 if got is None else got * 10)
