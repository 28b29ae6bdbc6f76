# a run-time index past the end of a tuple
t = (1, 2, 3)
i = 3
print(t[i - 3])
print(t[i])
