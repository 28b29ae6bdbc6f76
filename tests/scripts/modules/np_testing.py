# np.testing's assertions pass silently on agreeing values.
import numpy as np
from numpy.testing import assert_allclose

a = np.array([1.0, 2.0, 3.0])
np.testing.assert_allclose(a, a + 1e-9)
np.testing.assert_allclose(a, a * (1 + 1e-6), rtol=1e-5)
np.testing.assert_allclose(np.array([1.0, np.nan]), np.array([1.0, np.nan]))
np.testing.assert_allclose(2.0, 2.0)
np.testing.assert_almost_equal(1.0, 1.0 + 1e-9)
np.testing.assert_almost_equal(a, a + 1e-9)
np.testing.assert_array_almost_equal(a, a + 1e-7)
np.testing.assert_array_almost_equal(a, a + 1e-4, decimal=3)
np.testing.assert_equal(3, 3)
np.testing.assert_equal(np.arange(4), np.arange(4))
np.testing.assert_equal(np.float64(np.nan), np.nan)
np.testing.assert_equal('abc', 'abc')
np.testing.assert_array_equal(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3))
np.testing.assert_array_equal(np.zeros(3), 0.0)
arr = np.zeros(10, dtype=np.int32)
np.testing.assert_equal(arr, np.zeros(10, dtype=arr.dtype)[::-1])
print("all passed")
try:
    np.testing.assert_allclose(a, np.array([1.0, 2.0, 2.5]))
except AssertionError as e:
    print(str(e).splitlines()[:4])
try:
    np.testing.assert_array_equal(np.arange(3), np.arange(4))
except AssertionError as e:
    print(str(e))
try:
    np.testing.assert_equal(1, 2)
except AssertionError as e:
    print(str(e))
try:
    np.testing.assert_equal(0.0, -0.0)
except AssertionError as e:
    print(str(e))
try:
    np.testing.assert_almost_equal(1.0, 1.1, err_msg='close?')
except AssertionError as e:
    print(str(e))
try:
    np.testing.assert_array_almost_equal(a, a + 0.5, decimal=2, err_msg='first\nsecond')
except AssertionError as e:
    print(str(e).splitlines()[:5])
