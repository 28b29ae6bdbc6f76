# math.factorial of a negative number
import math

n = 5
print(math.factorial(n))
print(math.factorial(n - 6))
