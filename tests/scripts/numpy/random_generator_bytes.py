# Generator.bytes: little-endian 32-bit draws cut to the length (one word
# drawn for length 0, as numpy's C division gives)
import numpy as np
g = np.random.default_rng(17)
print(g.bytes(10), g.bytes(0), g.bytes(4), g.bytes(1))
print(g.random())
