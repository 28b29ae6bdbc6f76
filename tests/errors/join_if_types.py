# compile error
# x is an int on one branch and a str on the other, then used
import sys

if len(sys.argv) > 0:
    x = 1
else:
    x = 'a'
print(x)
