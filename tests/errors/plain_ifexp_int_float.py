# compile error
# a conditional expression of plain code with an int and a float arm
import sys

y = 1 if len(sys.argv) > 5 else 1.0
print(y)
