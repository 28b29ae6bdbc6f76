# a module variable bound only inside a loop that ran zero times
for k in range(0):
    pass
print("before")
print(k + 1)
