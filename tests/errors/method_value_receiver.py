# compile error
# the receiver of a method value must be a name
words = ["a", "b"]
f = words[0].upper
print(f())
