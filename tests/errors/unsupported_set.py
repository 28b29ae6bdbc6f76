# compile error
# set literals are not part of the subset
s = {1, 2, 3}
print(len(s))
