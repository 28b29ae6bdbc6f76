# Functions may call functions defined later in the file, as long as the
# call happens after both are defined. Globals are read by functions.
SCALE = 3
OFFSET = 0.5
NAME = 'rumba'
LIMITS = (1, 10)


def outer(x):
    return inner(x) + 1


def inner(x):
    return x * SCALE


def shifted(x):
    return x + OFFSET


def label(n):
    return NAME + ':' + str(n)


def in_limits(v):
    return LIMITS[0] <= v <= LIMITS[1]


print(outer(2))
print(outer(10))
print(shifted(1), shifted(2.5))
print(label(7))
print(in_limits(0), in_limits(5), in_limits(10), in_limits(11))


def a_calls_b(n):
    return b_calls_c(n) * 2


def b_calls_c(n):
    return c_leaf(n) + 3


def c_leaf(n):
    return n - 1


print(a_calls_b(5), a_calls_b(0))
