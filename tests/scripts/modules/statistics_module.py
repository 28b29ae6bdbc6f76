import statistics
from statistics import StatisticsError, mean, median
import numpy as np

xs = [1.5, 2.25, 3.0, 4.125, 0.1, 0.2, 0.7]
print(mean(xs), statistics.fmean(xs), median(xs))
print(statistics.variance(xs), statistics.pvariance(xs), statistics.stdev(xs), statistics.pstdev(xs))
print(statistics.median_low(xs), statistics.median_high(xs), median([1.0, 2.0, 3.0, 4.0]))
print(statistics.variance(xs, 1.0), statistics.pvariance(xs, mu=2.0), statistics.stdev(xs, xbar=1.5))
a = np.array([0.1, 0.2, 0.3, 1e10, -1e10, 7.5])
print(mean(a), statistics.variance(a), statistics.stdev(a), median(a), statistics.pstdev(a[::2]))
ints = [3, 1, 4, 1, 5, 9, 2, 6]
print(statistics.median_low(ints), statistics.median_high(ints), statistics.stdev(ints))
print(statistics.pstdev(ints), statistics.fmean(ints))
print(statistics.mode(ints), statistics.mode(["a", "b", "b"]), statistics.mode([1.5, 2.5, 2.5, 1.5]))

# Exact sums: CPython adds Fractions, so these differ from sum()/n.
print(mean([0.1] * 10), sum([0.1] * 10) / 10, mean([1e308, 1e308]), mean([1e20, 1.0, -1e20]))
print(statistics.pvariance([0.1, 0.2, 0.3]), statistics.variance([1e-300, 2e-300, 3e-300]))
print(mean([5e-324, 5e-324, 0.0]), statistics.stdev([5e-324, 0.0, 1e-320]))
print(statistics.stdev([1.2e308, -1.2e308]), statistics.pstdev([1e-200, 3e-200, 7e-200]))
print(statistics.pstdev([10**18, -10**18, 3]), statistics.stdev([2**62, 2**62 - 1, -2**62]))
print(mean([float("inf"), 1.0]), statistics.variance([float("inf"), 1.0]))
print(statistics.median_low([0.0, -0.0]), statistics.median_high([-0.0, 0.0]), statistics.mode([0.0, -0.0]))

for data in ([1.0], [2.0, 2.0], [1e16, 1.0, -1e16, 3.5], [-2.5, 7.0, 1e-5, 3.25, 9.75]):
    print(mean(data), statistics.pvariance(data), statistics.pstdev(data), median(data))


def spread(vs):
    try:
        return statistics.variance(vs)
    except OverflowError as e:
        print("OverflowError:", e)
        return -1.0


print(spread([1e308, -1e308]), spread([1.0, 2.0, 4.0]))
try:
    mean(xs[:0])
except StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.variance([1.0])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.mode(ints[:0])
except ValueError as e:
    print("ValueError:", e)
try:
    statistics.pstdev([float("inf"), 1.0])
except AttributeError as e:
    print("AttributeError:", e)
