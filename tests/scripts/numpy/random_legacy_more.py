import numpy as np

np.random.seed(12)
print(np.random.vonmises(0.5, 2.0), np.random.vonmises(-3.0, 0.5, size=3))
print(np.random.vonmises(1.0, 1e-9), np.random.vonmises(1.0, 1e-6), np.random.vonmises(0.0, 1e7))
print(np.random.wald(1.5, 2.0), np.random.wald(0.5, 3.0, size=(2, 2)))
print(np.random.zipf(1.3), np.random.zipf(2.5, size=5))
print(np.random.logseries(0.9), np.random.logseries(0.3, size=5), np.random.logseries(0.0))
print(np.random.negative_binomial(3.5, 0.4), np.random.negative_binomial(10, 0.05, size=4))
print(np.random.noncentral_chisquare(3.0, 2.0), np.random.noncentral_chisquare(0.5, 2.0, 3))
print(np.random.noncentral_chisquare(2.0, 0.0))
print(np.random.noncentral_f(3.0, 4.0, 1.5), np.random.noncentral_f(0.7, 2.0, 3.0, size=2))
print(np.random.hypergeometric(10, 5, 3), np.random.hypergeometric(100, 200, 50, size=4))
print(np.random.hypergeometric(3, 500, 20), np.random.hypergeometric(500, 3, 400), np.random.hypergeometric(5, 5, 10))
r = np.random.RandomState(4)
print(r.wald(2.0, 1.0, 3), r.zipf(1.7), r.hypergeometric(7, 9, 12), r.logseries(0.999))
for bad in [(0.0, 1.0), (1.0, -1.0)]:
    try:
        np.random.wald(*bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(-1, 5, 3), (5, -1, 3), (5, 5, 0), (5, 5, 11)]:
    try:
        np.random.hypergeometric(*args)
    except ValueError as e:
        print("ValueError:", e)
for f, a in [(np.random.zipf, 1.0), (np.random.logseries, 1.0), (np.random.logseries, -0.5)]:
    try:
        f(a)
    except ValueError as e:
        print("ValueError:", e)
try:
    np.random.negative_binomial(0.0, 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.negative_binomial(2.0, 1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.noncentral_f(1.0, 1.0, -1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.vonmises(1.0, -1.0)
except ValueError as e:
    print("ValueError:", e)
print(np.random.negative_binomial(1.0, 0.0))
