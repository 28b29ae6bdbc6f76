# np.sqrt / np.exp / np.sin / np.abs and friends on scalars and arrays.
import numpy as np

x = 2.0
print(np.sqrt(x), np.exp(x), np.sin(x), np.cos(x), np.abs(-x))
print(np.sqrt(16), np.exp(0), np.sin(0.0), np.abs(-3), np.abs(-2.5))
print(np.log(x), np.log10(1000.0), np.log2(8.0), np.tan(1.0), np.arctan(1.0))
print(np.floor(-2.5), np.ceil(-2.5), np.floor(2.5), np.ceil(2.5), np.trunc(-2.7))
print(np.pi, np.e, np.inf, -np.inf, np.nan)
a = np.array([0.0, 1.0, 4.0, 9.0, 2.0])
print(np.sqrt(a))
print(np.exp(np.array([0.0, 1.0, -1.0, 10.0])))
print(np.sin(np.array([0.0, np.pi / 6, np.pi / 2, np.pi])))
print(np.cos(np.array([0.0, np.pi])))
print(np.abs(np.array([-1.5, 2.0, -0.0, 3.25])))
print(np.abs(np.array([-3, 4, -5])))
print(np.log(np.array([1.0, np.e, 10.0])))
print(np.floor(np.array([1.5, -1.5, 2.0])), np.ceil(np.array([1.5, -1.5])))
print(np.sqrt(np.arange(5)))
print(np.sqrt(np.array([[1.0, 4.0], [9.0, 16.0]])))
print(np.isnan(np.nan), np.isinf(np.inf), np.isfinite(1.0))
print(np.isnan(np.array([1.0, np.nan])), np.isfinite(np.array([np.inf, 0.0])))
f = np.array([0.25, 4.0], dtype=np.float32)
print(np.sqrt(f), np.sqrt(f).dtype)
total = 0.0
for k in range(1, 6):
    total += np.sqrt(k) * np.exp(-k)
print(total)
