# try / except / else / finally, raise and bare re-raise, the class hierarchy.
from numba import njit


def div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("caught", e, repr(e))
        return -1


print(div(7, 2), div(7, 0))

try:
    x = [1, 2][5]
except (KeyError, IndexError) as e:
    print("idx:", e)
else:
    print("no error")
finally:
    print("finally 1")

try:
    x = [1, 2][1]
except IndexError:
    print("not reached")
else:
    print("else runs", x)
finally:
    print("finally 2")

try:
    y = 1 / 0
except LookupError:
    print("wrong handler")
except ArithmeticError as e:
    print("arithmetic:", e)

try:
    d = {"a": 1}
    print(d["b"])
except LookupError as e:
    print("lookup:", e, repr(e))

try:
    raise RuntimeError("plain")
except Exception as e:
    print("exception:", e)

try:
    raise ValueError
except:
    print("bare except")


def count(n):
    t = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError("bad " + str(i))
            t += i
        except ValueError as e:
            print(e)
            t -= 1
        finally:
            t += 100
    return t


print(count(7))


def reraise():
    try:
        raise KeyError("k")
    except Exception:
        print("re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer", e, repr(e))

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("got", e)

try:
    try:
        raise TypeError("typed")
    except ValueError:
        print("not this one")
except TypeError as e:
    print("passed through:", e)


@njit
def inner(z):
    if z > 0:
        raise ValueError("positive")
    return z


@njit
def guarded(z):
    try:
        r = inner(z)
    except Exception:
        r = -1
    return r


@njit
def loop(n):
    # A hot loop whose body raises now and then.
    total = 0
    for i in range(n):
        try:
            total += inner(i % 4 - 2)
        except Exception:
            total += 1000
    return total


print(guarded(5), guarded(-3))
print(loop(50))


def hot(a):
    s = 0.0
    for i in range(len(a) + 5):
        try:
            s += a[i]
        except IndexError:
            s -= 1.0
    return s


print(hot([1.5, 2.5, 3.0]))

try:
    raise ValueError("shown")
except ValueError as e:
    print(str(e) + "!", f"[{e}]", [e])


def fact(n):
    r = 1
    try:
        if n > 1:
            r = n * fact(n - 1)
    except RecursionError:
        r = 0
    return r


print(fact(10))
