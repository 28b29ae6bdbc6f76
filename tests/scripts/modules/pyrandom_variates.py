# Python's random in module code: CPython 3.11's stream bit for bit for the
# variates, sample (pool and set paths) and choice of a list display
import random
random.seed(123)
print(random.random(), random.randint(1, 100), random.uniform(2.0, 5.0), random.gauss(0.0, 1.0), random.gauss(1.0, 2.0))
print(random.choice([1, 2, 3, 4, 5]), random.normalvariate(0.0, 1.0), random.randrange(10), random.randrange(2, 20, 3))
l = list(range(10))
random.shuffle(l)
print(l, random.getrandbits(40), random.choice((2.5, 3.5)), random.choice("abc"))
print(random.expovariate(2.0), random.triangular(0.0, 1.0, 0.3), random.betavariate(2.0, 3.0), random.gammavariate(2.0, 1.0))
print(random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0), random.betavariate(0.5, 0.5))
print(random.lognormvariate(0.0, 1.0), random.paretovariate(2.0), random.weibullvariate(1.0, 2.0))
random.seed(2**40 + 3)
print(random.random(), random.normalvariate(), random.gauss())
random.seed(7)
print(random.sample(range(100), 5), random.sample([1, 2, 3, 4], 2), random.sample(range(10), 10))
print(random.sample(range(1000), 30)[:6], random.sample(range(5, 50, 3), k=4), random.sample(["a", "b", "c", "d"], 3))
pop = [1.5, 2.5, 3.5]
print(random.sample(pop, 0), random.sample(pop, k=3), random.sample(range(10, 0, -2), 2))
