# compile error
import math
try:
    print(1)
except math.pi:
    print(2)
