# f(*lst) with a list: into *args as a tuple, or into the parameters with
# CPython's TypeError for a wrong count; tuple(lst) of a run-time length.
import sys


def f(a, b, c):
    return a * 100 + b * 10 + c


def g(*args):
    print(len(args), args)
    for x in args:
        print("arg", x)


def h(x, *rest):
    print(x, rest)


lst = [1, 2, 3]
print(f(*lst))
print(f(7, *lst[1:]))
print(f(7, 8, *[9]))
g(*lst)
g(*[])
g(*["a"])
h(0, *lst)
t = tuple(lst)
print(f(*t))
for bad in ([1, 2], [1, 2, 3, 4], [5]):
    try:
        f(*bad)
    except TypeError as e:
        print("TypeError:", e)
one = [1]
try:
    f(5, *one)
except TypeError as e:
    print("TypeError:", e)
words = sys.argv[1:]
g(*words)
