# adapted from the former numba examples/structures.py and test_record_dtype.py: looping over a structured array
import numpy as np

from numba import njit

particle = np.dtype([('mass', np.float64), ('x', np.float64), ('v', np.float64), ('alive', np.bool_)])


@njit
def step(p, dt):
    for i in range(p.shape[0]):
        if p[i].alive:
            p[i].x += p[i].v * dt
            if p[i].x > 10.0:
                p[i].alive = False


@njit
def momentum(p):
    total = 0.0
    for i in range(p.shape[0]):
        if p['alive'][i]:
            total += p['mass'][i] * p['v'][i]
    return total


p = np.zeros(4, dtype=particle)
p['mass'] = [1.0, 2.0, 0.5, 4.0]
p['v'] = [1.0, 3.0, -2.0, 0.5]
p['alive'] = True
for _ in range(4):
    step(p, 1.0)
    print(momentum(p), p['x'], p['alive'])
