# compile error
d = {}
print("before")
x = d["k"]
print("after", x)
