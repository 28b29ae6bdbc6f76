# Values wider than any fixed buffer: a 70-value tuple returned in a loop,
# two 20-value tuples returned together and printed, nested wide tuples.


def seventy(x):
    return (x + 0.0, x + 1.0, x + 2.0, x + 3.0, x + 4.0, x + 5.0, x + 6.0, x + 7.0, x + 8.0, x + 9.0,
            x + 10.0, x + 11.0, x + 12.0, x + 13.0, x + 14.0, x + 15.0, x + 16.0, x + 17.0, x + 18.0, x + 19.0,
            x + 20.0, x + 21.0, x + 22.0, x + 23.0, x + 24.0, x + 25.0, x + 26.0, x + 27.0, x + 28.0, x + 29.0,
            x + 30.0, x + 31.0, x + 32.0, x + 33.0, x + 34.0, x + 35.0, x + 36.0, x + 37.0, x + 38.0, x + 39.0,
            x + 40.0, x + 41.0, x + 42.0, x + 43.0, x + 44.0, x + 45.0, x + 46.0, x + 47.0, x + 48.0, x + 49.0,
            x + 50.0, x + 51.0, x + 52.0, x + 53.0, x + 54.0, x + 55.0, x + 56.0, x + 57.0, x + 58.0, x + 59.0,
            x + 60.0, x + 61.0, x + 62.0, x + 63.0, x + 64.0, x + 65.0, x + 66.0, x + 67.0, x + 68.0, x + 69.0)


def total(n):
    s = 0.0
    for i in range(n):
        t = seventy(i * 0.5)
        s += t[0] + t[35] + t[69]
    return s


def two_twenties(k):
    a = (k + 0, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8, k + 9, k + 10, k + 11, k + 12, k + 13, k + 14, k + 15, k + 16, k + 17, k + 18, k + 19)
    b = (k * 0, k * 1, k * 2, k * 3, k * 4, k * 5, k * 6, k * 7, k * 8, k * 9, k * 10, k * 11, k * 12, k * 13, k * 14, k * 15, k * 16, k * 17, k * 18, k * 19)
    return a, b


def nested(x):
    inner = (x * 0.5, x * 1.5, x * 2.5, x * 3.5, x * 4.5, x * 5.5, x * 6.5, x * 7.5, x * 8.5, x * 9.5, x * 10.5, x * 11.5, x * 12.5, x * 13.5, x * 14.5, x * 15.5, x * 16.5, x * 17.5)
    return (inner, x, inner)


print(total(1000))
print(total(3))
print(two_twenties(2))
p, q = two_twenties(-1)
print(p[19], q[19], len(p) + len(q))
r = nested(2.0)
print(r[0][17], r[1], r[2][0], len(r[2]))
