# Variables bound on some paths only, in jitted code: rumba raises
# UnboundLocalError as CPython does (Numba reads an undefined value).
from numba import njit


@njit
def only_if(c):
    if c:
        z = 1
    return z


@njit
def loop_last(n):
    for i in range(n):
        y = i * 2.5
    return y


@njit
def loop_var(n):
    for i in range(n):
        pass
    return i


@njit
def try_partial(c):
    try:
        if c:
            raise ValueError("early")
        w = 5
    except ValueError:
        pass
    return w


@njit
def in_handler(c):
    try:
        a = 7
        if c:
            raise KeyError(c)
        b = 8
    except KeyError:
        return a + b
    return a


@njit
def deleted(c):
    x = [1, 2]
    if c:
        del x
    return len(x)


@njit
def while_once(n):
    k = 0
    while k < n:
        last = k
        k += 1
    return last


@njit
def hot(n):
    s = 0.0
    for i in range(n):
        if i % 3 == 0:
            t = i * 0.5
        s += t
    return s


def show(f, *args):
    try:
        print(f(*args))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


show(only_if, True)
show(only_if, False)
show(loop_last, 3)
show(loop_last, 0)
show(loop_var, 3)
show(loop_var, 0)
show(try_partial, False)
show(try_partial, True)
show(in_handler, 0)
show(in_handler, 1)
show(deleted, False)
show(deleted, True)
show(while_once, 4)
show(while_once, 0)
print(hot(1000))
try:
    only_if(0)
except NameError as e:
    print("caught as NameError:", e)

for j in range(3):
    pass
print(j)
total = 0
for row in range(4):
    if row > 1:
        seen = row
    total += row
print(total, seen)
try:
    v = int("12")
    u = int("x")
except ValueError:
    pass
print(v)
