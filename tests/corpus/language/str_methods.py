# adapted from numba/tests/test_unicode.py: find_usecase, split_usecase, replace_usecase, strip, startswith_usecase, zfill_usecase
from numba import njit


@njit
def str_ops(s):
    return (s.upper(), s.lower(), s.find("lo"), s.rfind("o"), s.count("l"),
            s.startswith("He"), s.endswith("!"), s.replace("l", "L"))


@njit
def split_join(s):
    parts = s.split(",")
    return "-".join(parts), len(parts), s.split()


@njit
def strip_ops(s):
    return s.strip(), s.lstrip(), s.rstrip(), s.strip(" x")


@njit
def misc(s):
    kind = "digits" if s.isdigit() else "letters" if s.isalpha() else "other"
    return s.zfill(8), s.center(9, "*"), kind, s.title()


print(str_ops("Hello, world!"))
print(split_join("a,b,,c"))
print(split_join("x y  z"))
print(strip_ops("  xx hi xx  "))
print(misc("42"), misc("abc"))
