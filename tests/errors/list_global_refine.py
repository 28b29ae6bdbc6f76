# compile error
# an empty module list whose element type only a function's append would give
history = []


def record(x):
    history.append(x)


record(1)
print(history)
