# adapted from numba/tests/test_generators.py and test_builtins.py: generator expressions around and inside jitted code
from numba import njit


@njit
def square(v):
    return v * v


@njit
def gen_sum(n):
    return sum([i * i for i in range(n)])


values = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(square(v) for v in values))
print(any(v > 8 for v in values), all(v > 0 for v in values))
print(max(square(v) for v in values), min(v - 3 for v in values))
print(sorted(square(v) for v in set(values)))
print(", ".join(str(square(v)) for v in values[:4]))
print(tuple(v % 3 for v in values))
print(gen_sum(10))
