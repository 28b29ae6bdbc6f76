# compile error
# numpy's name, which the math module does not have
import math

print(math.sign(-2.0))
