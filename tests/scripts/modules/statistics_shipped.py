import statistics
from statistics import quantiles, multimode, geometric_mean
xs = [1.5, 2.25, 3.0, 4.125, 0.1, 0.2, 0.7]
print(quantiles(xs), quantiles(xs, n=10), quantiles(xs, n=3, method="inclusive"))
ints = [3, 1, 4, 1, 5, 9, 2, 6, 5]
print(quantiles(ints), quantiles(ints, n=5, method="inclusive"), statistics.quantiles([2**60 + 1, 2**61 + 3], n=3))
print(multimode(ints), multimode("aabbbcc"), multimode(["x", "y"]), multimode([1.5, 2.5, 1.5]))
print(geometric_mean(xs), geometric_mean(ints), geometric_mean([54.0, 24.0, 36.0]))
for bad in ([1.0, 0.0], [1.0, -2.0]):
    try:
        geometric_mean(bad)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    quantiles([1.0])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    quantiles(xs, n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    quantiles(xs, method="bad")
except ValueError as e:
    print("ValueError:", e)
try:
    geometric_mean(xs[:0])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(multimode(ints[:0]), multimode([0.0, -0.0, 2.0]), quantiles([1.0, 2.0], n=1))
