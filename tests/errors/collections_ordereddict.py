# compile error
from collections import OrderedDict

d = OrderedDict()
