from numba import njit


class AppError(Exception):
    """Base of this app's errors."""
    code = 7


class ParseError(AppError):
    pass


class LimitError(ValueError):
    pass


@njit
def check(x):
    if x < 0:
        raise LimitError("negative", x)
    if x > 100:
        raise ParseError("too big")
    return x * 2


def parse(s):
    if s == "":
        raise ParseError
    if s == "?":
        raise KeyError(s)
    return len(s)


for v in (5, -1, 200):
    try:
        print(check(v))
    except ValueError as e:
        print("value error:", e, repr(e))
    except AppError as e:
        print("app error:", e, repr(e), AppError.code)
for s in ("abc", "", "?"):
    try:
        print(parse(s))
    except (ParseError, KeyError) as e:
        print("caught", repr(e), str(e))
try:
    try:
        raise ParseError("inner")
    except LimitError:
        print("wrong")
except Exception as e:
    print("outer", e)
try:
    raise KeyError(5)
except KeyError as e:
    print(e, repr(e))
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, repr(e))
try:
    raise LimitError(2.5)
except LimitError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise AppError
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    print([1, 2][5])
except IndexError as e:
    print(type(e).__name__, e.args)
p = ParseError
try:
    raise p("via a name")
except AppError as e:
    print(e)
