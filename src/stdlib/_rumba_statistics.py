# The functions of CPython's statistics module (3.11) that rumba compiles
# from Python, as CPython writes them.

from collections import namedtuple
from math import exp, fsum, log, sqrt
from statistics import StatisticsError, fmean


def geometric_mean(data):
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        raise StatisticsError(
            "geometric mean requires a non-empty dataset containing positive numbers"
        )


def multimode(data):
    counts = {}
    for value in data:
        if value != value:
            # CPython counts NaNs together only when they are one object.
            raise ValueError("statistics.multimode() of data holding NaN is not supported by rumba")
        counts[value] = counts.get(value, 0) + 1
    if len(counts) == 0:
        return [value for value in data]
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            "covariance requires that both inputs have same number of data points"
        )
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)])
    return sxy / (n - 1)


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            "correlation requires that both inputs have same number of data points"
        )
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)])
    sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            "linear regression requires that both inputs have same number of data points"
        )
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    xbar = 0.0
    ybar = 0.0
    if proportional:
        sxy = fsum([x[i] * y[i] for i in range(n)])
        sxx = fsum([xi * xi for xi in x])
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)])
        sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
