# math's functions raise where numpy's give NaN
import math

x = math.inf
print(math.sin(0.0))
print(math.sin(x))
