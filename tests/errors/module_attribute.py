# compile error
# an attribute the math module does not have
import math

print(math.pi)
print(math.foo)
