# '%' formatting of arrays: %s and %r show numpy's str and repr
import numpy as np
a = np.arange(5) * 0.5
print("%s" % a)
print("%d %s" % (3, a))
print("%r and %10s" % (a[:2], np.array([1, 2])))
print("%s|%-20s|" % (np.zeros((2, 2)), np.array([True, False])))
print("n=%*d %s" % (5, 42, np.array([1j, 2])))
