# list.sort with key= and reverse=: in place, stable, as CPython's.
words = ["banana", "Apple", "cherry", "date", "fig", "apple"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
offset = 3
nums.sort(key=lambda v: (v - offset) ** 2)
print(nums)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "c")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)


def by_last(p):
    return p[1]


pairs.sort(key=by_last)
print(pairs)
grid = [[3.0, 1.0], [1.0, 2.0], [2.0, 0.5]]
grid.sort(key=lambda row: row[1])
print(grid)


def ranked(xs):
    ys = list(xs)
    ys.sort(key=lambda x: -x)
    return ys


print(ranked([0.5, 2.5, 1.5]))
