# math.log fails part-way through a hot loop.
import math


def f(n):
    s = 0.0
    for i in range(n):
        s += math.log(300.5 - i)
    return s


print(f(1000))
