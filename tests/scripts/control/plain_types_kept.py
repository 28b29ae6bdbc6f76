# Plain (not jitted) code keeps each value's own type where Numba would
# unify: a variable reused with another type after a loop, values of one
# kind joining (ints of any width, floats), a list taking items of its type.
import numpy as np

for v in [1.5, 2.5]:
    print(v)
for v in [1, 2]:
    print(v)
for v in np.arange(3, dtype=np.int32):
    print(v)


def pick(c):
    x = 1
    if c:
        x = "one"
        print(x)
    else:
        print(x)
    return 0


print(pick(True), pick(False))
n = np.int32(4)
if n > 2:
    n = 7
print(n)
xs = [1.5]
xs.append(2.0)
xs.insert(0, 0.5)
print(xs, xs.count(2), xs.index(2.0))
ys = [1, 2]
ys.append(3)
ys[0] = 9
print(ys, ys.count(2), ys.index(3))
t = 0.0
for k in range(4):
    t += k / 2
print(t)
