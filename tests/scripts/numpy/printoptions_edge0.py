# set_printoptions(edgeitems=0): numpy prints only each axis' last item
import numpy as np
np.set_printoptions(threshold=3, edgeitems=0)
print(np.arange(5)); print(repr(np.arange(5))); print(np.arange(12).reshape(3, 4)); print(np.arange(24).reshape(2, 3, 4) * 1.5)
print(np.array([1.5, 200.25, 3.0, 4.0]))
np.set_printoptions(threshold=3, edgeitems=1)
print(np.arange(12).reshape(3, 4))
