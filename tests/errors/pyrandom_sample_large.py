# a sample larger than the population is CPython's ValueError
import random
print(random.sample([1, 2, 3], 4))
