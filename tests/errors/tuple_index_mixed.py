# compile error
# a run-time index into a tuple whose elements differ in type
t = (1, 2.5, 'c')
i = 1
print(t[i])
