# An empty list takes its element type from the first value appended, and
# keeps that first value.
def build(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


l = []
l.append(42)
l.append(1)
print(l, build(4))
m = []
m.insert(0, 2.5)
m.append(1.0)
print(m)
