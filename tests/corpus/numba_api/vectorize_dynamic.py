# adapted from numba/tests/doc_examples/test_examples.py: test_vectorize_dynamic
from numba import vectorize


@vectorize
def f(x, y):
    return x * y


result = f(3, 4)
print(result)
print(f.types)
result = f(1., 2.)
print(result)
print(f.types)
result = f(1, 2.)
print(result)
print(f.types)


@vectorize
def g(a, b):
    return a / b


print(g(2., 3.))
print(g(2, 3))
print(g.types)
