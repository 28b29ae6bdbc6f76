import numpy as np

a = np.array(['ok', 'caf\u00e9'], dtype='S4')
