# math.sqrt of a negative number
import math

print(math.sqrt(4.0))
x = -1.0
print(math.sqrt(x))
