# math raises OverflowError where the result does not fit, as CPython does
import math

print(math.exp(700.0) > 0.0)
print(math.exp(1000.0))
