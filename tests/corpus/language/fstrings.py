# adapted from numba/tests/test_unicode.py: str() and f-string formatting of numbers (TestUnicode.test_str, test_format)
from numba import njit


@njit
def describe(name, n, unit):
    return name + ": " + str(n) + " " + unit + ("s" if n != 1 else "")


def report(name, values):
    total = sum(values)
    mean = total / len(values)
    return f"{name:>8} n={len(values):3d} total={total:.2f} mean={mean:.3f}"


@njit
def int_to_str(n):
    return str(n), str(-n), str(n * 1000)


print(describe("apples", 3, "item"), describe("pears", 1, "crate"))
print(report("x", [1.0, 2.0, 3.5]))
print(report("longname", [10, 20]))
print(int_to_str(42))
print("%d %5.2f %s %r" % (3, 3.14159, "s", "r"))
print("{} {:>6} {:.1e}".format(1, "ab", 12345.678))
