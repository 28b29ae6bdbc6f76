# compile error
# x is an int before the loop and a str inside it
x = 0
for i in range(3):
    x = 'step'
print(x)
