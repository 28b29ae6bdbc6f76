# numpy's ufuncs at the edges of their domains give NaN and infinities, as
# numpy computes them (it warns on stderr), where math's functions raise.
import numpy as np

print(np.sin(np.inf), np.cos(-np.inf), np.tan(np.inf))
print(np.arcsin(2.0), np.arccos(-2.0), np.arccosh(0.5), np.arctanh(1.0))
print(np.sqrt(-1.0), np.log(0.0), np.log(-1.0), np.log10(-1.0), np.log2(0.0), np.log1p(-1.0))
print(np.sin(np.array([0.0, np.inf, -np.inf, np.nan])))
print(np.sqrt(np.array([4.0, -4.0])))
print(np.log(np.array([1.0, 0.0, -1.0])))
print(np.isnan(np.sin(np.inf)), np.isinf(np.log(0.0)), np.isfinite(np.tan(np.inf)))


def f(x):
    return np.sin(x) + np.cos(x)


print(f(np.inf), (np.sin(np.inf),))
