import random
random.seed(1)
xs = [1]
xs.pop()
print(len(xs))
print(random.choice(xs))
