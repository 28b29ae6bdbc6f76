# Generator expressions consumed whole by sum, any, all, min, max, sorted,
# list and str.join; any/all stop at the first element that decides.
from numba import njit


@njit
def square(v):
    return v * v


def check(v):
    print("check", v)
    return v > 3


values = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(square(v) for v in values), sum((v for v in values), 100))
print(any(v > 8 for v in values), all(v > 0 for v in values))
print(max(square(v) for v in values), min(v - 3 for v in values if v > 2))
print(sorted(square(v) for v in values), list(v * 0.5 for v in values[:3]))
print(", ".join(str(square(v)) for v in values[:4]))
print(any(check(v) for v in values))
print(all(check(v) for v in values))
print(any(v > 100 for v in values), all(v > 0 for v in values))
print(all(a * b > 0 for a in values for b in values if a != b))
print(sum(x * y for x, y in zip((1, 2, 3), (4.0, 5.0, 6.0))))
t = (0.123456789, 2.5, -1.0)
print(tuple(round(v, 3) for v in t), tuple(x * 2 for x in (1, 2)), tuple(s + "!" for s in ("a", "b")))
