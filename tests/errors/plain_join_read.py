# compile error
# an int accumulator of plain code takes floats in a loop (CPython prints
# 0, an int, when the loop does not run)
import sys

s = 0
for i in range(len(sys.argv)):
    s += 0.5
print(s)
