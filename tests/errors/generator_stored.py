# compile error
# a generator expression kept in a variable (rumba builds generators only where they are consumed whole)
values = [1, 2, 3]
g = (v * 2 for v in values)
print(sum(g))
