# compile error
import statistics

values = [3, 1, 4, 1, 5]
print(statistics.median_low(values))
print(statistics.mean(values))
