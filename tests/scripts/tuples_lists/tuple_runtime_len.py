# tuple() of a list or a generator: a tuple whose length is known at run time
def count(n):
    for i in range(n):
        yield i


values = [3, 1, 4]
t = tuple(values)
values.append(9)
print(t, len(t), t[0], t[-1])
print(tuple(v * 2 for v in values if v > 2))
print(tuple(count(1)), tuple(count(0)), tuple(count(3)))
for x in t:
    print(x)
print(tuple(["a", "b"]))
print(sum(t), 4 in t)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
