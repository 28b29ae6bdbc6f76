# compile error
# dict literals are only allowed as locals= of a decorator
d = {'a': 1}
print(d['a'])
