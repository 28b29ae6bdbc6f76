# compile error
from collections import OrderedDict

d = OrderedDict()
d["a"] = 1
print(d)
