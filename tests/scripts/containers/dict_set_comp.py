# Dict and set comprehensions (module code; dict comprehensions also in
# jitted code, as Numba has them), isinstance with set, dict and bytes.
from numba import njit


@njit
def evens(n):
    d = {i: i * 2.5 for i in range(n) if i % 2 == 0}
    return len(d), d[2]


@njit
def squares(n):
    return {i: i * i for i in range(n)}


def kind(x):
    if isinstance(x, set):
        return "set"
    if isinstance(x, dict):
        return "dict"
    if isinstance(x, bytes):
        return "bytes"
    return "other"


table = {n: n * n for n in range(5)}
print(table, evens(7))
print({(i, j): i + j for i in range(2) for j in range(2)})
print({x % 4 for x in [5, 1, 9, 2]}, {c for c in "hello"} == set("helo"))
last = {k % 3: k for k in range(10)}
print(last, sorted({v for v in last.values()}))
print(squares(4))
print(kind({1}), kind(table), kind(b"x"), kind(3))
