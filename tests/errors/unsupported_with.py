# compile error
# rumba knows no context manager, so 'with' is refused where it stands
x = 1
with open("data.txt") as f:
    x = 2
print(x)
