# compile error
# a constant index past the end of a tuple
t = (1, 2.5, 'c')
print(t[2])
print(t[3])
