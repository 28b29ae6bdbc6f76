# compile error
# adding a str and an int
n = 3
s = 'count: ' + n
print(s)
