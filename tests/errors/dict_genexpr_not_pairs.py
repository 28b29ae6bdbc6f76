# compile error
# dict() of a generator needs (key, value) pairs
words = ["x", "y"]
print(dict(w for w in words))
