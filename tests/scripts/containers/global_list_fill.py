# A module's empty list filled from inside a function takes its element
# type from the first append (code compiled before sees the refined list).
history = []
names = []


def show():
    print(len(history), history)


def record(x):
    history.append(x * 2)
    names.append("n%d" % x)


show()
for i in range(3):
    record(i)
show()
print(names, history[-1] + 1)
