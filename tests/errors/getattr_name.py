# compile error
# getattr with a name known only at run time
import math

name = "p" + "i"
for n in ("e", name):
    print(getattr(math, n))
