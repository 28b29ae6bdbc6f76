# from <module> import functions, including a chain of script modules.
from mathutil import clamp, scaled
from geometry import dist, lengths, bounded_scale
import geometry
import mathutil
import numpy as np

print(mathutil.SCALE, clamp(11, 0, 10), scaled(1.5))
print(geometry.ORIGIN, dist(geometry.ORIGIN, (3.0, 4.0)), dist((1.0, 1.0), (4.0, 5.0)))
print(lengths(np.array([3.0, 5.0, 0.0]), np.array([4.0, 12.0, 2.0])))
print(bounded_scale(3), bounded_scale(50), bounded_scale(-0.5), bounded_scale(-20.0))
print(geometry.dist((0.0, 0.0), (0.0, 2.0)), geometry.mathutil.SCALE)
