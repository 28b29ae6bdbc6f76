# adapted from numba/tests/test_lists.py: TestListReflection (reflect_simple, reflect_conditional)
from numba import njit


@njit
def reflect_simple(l, ll):
    l.append(42)
    l[0] = 5
    ll.pop()
    return len(l)


@njit
def reflect_conditional(l, ll):
    if ll[0] > 0:
        m = l
    else:
        m = ll
    m.append(3.0)
    l[0] = 2.0
    return m


a = [1, 2, 3]
b = [4, 5]
print(reflect_simple(a, b), a, b)
x = [1.0, 2.0]
y = [0.5]
print(reflect_conditional(x, y), x, y)
y = [-0.5]
print(reflect_conditional(x, y), x, y)
