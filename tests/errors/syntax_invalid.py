# compile error
# two operators in a row
x = 1
y = x + * 2
print(y)
