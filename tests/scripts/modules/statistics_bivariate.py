import statistics
from statistics import correlation, covariance, linear_regression
x = [1.0, 2.0, 3.0, 4.0, 5.5]
y = [2.1, 3.9, 6.2, 8.1, 10.4]
print(covariance(x, y), correlation(x, y))
r = linear_regression(x, y)
print(r, r.slope, r.intercept)
print(linear_regression(x, y, proportional=True))
xi = [1, 2, 3, 4, 5, 6, 7, 8, 9]
yi = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(xi, yi), correlation(xi, yi), linear_regression(xi, yi))
slope, intercept = linear_regression([1.0, 2.0], [3.0, 5.0])
print(slope, intercept)
for a, b in (([1.0, 1.0], [2.0, 3.0]), ([1.0], [2.0]), ([1.0, 2.0], [1.0])):
    try:
        print(correlation(a, b))
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    linear_regression([2.0, 2.0], [1.0, 3.0])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
