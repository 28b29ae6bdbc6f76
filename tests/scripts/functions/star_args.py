# *args in definitions (a tuple) and * at call sites and in tuple displays
# (tuples spread into their elements); keyword-only parameters.
from numba import njit

@njit
def add_all(*args):
    s = 0
    for a in args:
        s += a
    return s

@njit
def first_and_rest(a, *rest):
    return a, len(rest)

@njit
def defaults(a, b=2, c=3.5):
    return a + b * c

def call_with(f, *args):
    return f(*args)

@njit
def kwonly(a, *, scale=2, shift):
    return a * scale + shift

@njit
def star_inner(a=5, *b):
    return a, b

@njit
def build(a):
    return (1, *a)

@njit
def inner(*args):
    return args

@njit
def build_call(a):
    return inner(1, *a, *(1, 2), *a)

print(add_all(1, 2, 3), add_all(1.5, 2.0), add_all())
print(first_and_rest(1, 2, 3, 4), first_and_rest(5))
args = (1, 2)
print(call_with(defaults, *args), call_with(add_all, *(10, 20, 30)))
print(kwonly(3, shift=1), kwonly(3, shift=1, scale=10))
print(star_inner(), star_inner(1, 2, 3), star_inner(a=7))
for p in [(4, 5), (6, 7)]:
    print(build(p), build_call(p), range(*p), list(range(*p)))
t = (3, 1, 2)
print(*t)
print(max(*t), min(*t, 0))
