# compile error
import random
random.seed(1)
print(random.random())
random.shuffle((3, 1, 2))
