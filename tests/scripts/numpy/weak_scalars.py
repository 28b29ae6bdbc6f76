# numpy 2's promotion in module code: a Python scalar takes the numpy
# operand's type, rounded to it before the operation; numpy's booleans add
# and multiply logically.
import numpy as np

f = np.float32(1.5)
print(2.2 * f, f * 2.2, f + 0.1, f - 1e-8, 1 / f, f * 3)
b = np.array([True, False, True])
c = np.array([True, True, False])
print(b + c, b * c, (b + c).dtype, (b * c).dtype)
t, u = np.True_, np.False_
print(t + u, t * u, t + t, t + True)
print(True + True, b.sum(), b + 1)
h = np.float32(0.1)
x = h
x += 0.2
print(x, h * 10, h / 3)

print(repr(np.True_), np.array([np.True_, np.False_]), np.False_ or np.True_)
