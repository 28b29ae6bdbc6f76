# adapted from the way Numba programs wrap jitted kernels in ordinary Python classes (docs user/jit.rst, performance-tips.rst)
import numpy as np

from numba import njit


@njit
def _advance(x, v, dt):
    for i in range(x.size):
        x[i] += v[i] * dt


class Simulation:
    def __init__(self, n, dt=0.5):
        self.x = np.zeros(n)
        self.v = np.arange(n, dtype=np.float64)
        self.dt = dt
        self.steps = 0

    def step(self, k=1):
        for _ in range(k):
            _advance(self.x, self.v, self.dt)
            self.steps += 1
        return self

    def __repr__(self):
        return "Simulation(steps=%d, x=%s)" % (self.steps, self.x)


sim = Simulation(4)
print(sim.step())
print(sim.step(3))
print(isinstance(sim, Simulation), hasattr(sim, "dt"), getattr(sim, "steps"))
