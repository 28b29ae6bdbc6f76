# Default arguments and keyword arguments.
def scale(x, factor=2, offset=0):
    return x * factor + offset


print(scale(5))
print(scale(5, 3))
print(scale(5, 3, 1))
print(scale(5, offset=10))
print(scale(x=4, factor=5))
print(scale(offset=1, factor=10, x=2))
print(scale(1.5))
print(scale(1.5, offset=0.25))


def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct


print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Hey', name='Di'))


def clamp(v, lo=0.0, hi=1.0):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


print(clamp(0.5), clamp(-2.0), clamp(3.0), clamp(3.0, hi=5.0), clamp(-3.0, -1.0))


def area(w, h=None):
    if h is None:
        return w * w
    return w * h


print(area(3), area(3, 4))


def flags(a, verbose=False, count=1):
    if verbose:
        return a * count
    return a


print(flags(7), flags(7, True), flags(7, verbose=True, count=3), flags(7, count=9))


def linear(x, a=1.0, b=0.0):
    return a * x + b


print(linear(2.0), linear(2.0, b=1.0), linear(2.0, 3.0), linear(2.0, 3.0, 4.0))
