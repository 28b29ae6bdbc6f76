# a negative scale is numpy's ValueError, even when nothing is drawn
import numpy as np
a = np.random.normal(0.0, -1.0, 0)
