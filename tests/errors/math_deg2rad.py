# compile error
# numpy's name, which the math module does not have
import math

print(math.deg2rad(1.0))
