print(int, float, bool, str)
print(complex, list, tuple, dict, range)
print(ValueError, ZeroDivisionError, "done", sep=" | ")
t = int
print(t)
