# writing one element past the end inside a loop in a function
import numpy as np


def fill(a, n):
    for i in range(n):
        a[i] = i * 2.0


b = np.zeros(5)
fill(b, 5)
print(b)
fill(b, 6)
