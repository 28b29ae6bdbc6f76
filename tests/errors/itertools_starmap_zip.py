# compile error
from itertools import starmap

print(list(starmap(max, zip([1], [2]))))
