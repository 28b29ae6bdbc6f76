# a str with a non-ASCII character stored into a bytes field
import numpy as np

a = np.zeros(2, dtype=[('s', 'S3'), ('x', np.float64)])
a['s'] = ['ok', 'caf\xe9']
print(a)
