# nanargmax of only NaNs
import numpy as np
a = np.array([np.nan, np.nan])
print(np.nanargmax(a))
