# nested functions returned by their definer inside a list or a tuple:
# each keeps the values it captured, and the container is iterated,
# indexed and unpacked


def make_ops(k):
    def add(v):
        return v + k

    def mul(v):
        return v * k

    return [add, mul]


def make_pair(k):
    def lo(v):
        return v - k

    def hi(v):
        return v + k

    return lo, hi


ops = make_ops(3)
for op in ops:
    print(op(4))
lo, hi = make_pair(2.5)
print(lo(1.0), hi(1.0))
fs = make_pair(1)
print(fs[0](10), fs[1](10))
total = 0
for i in range(300):
    for f in make_pair(i % 7):
        total += f(i)
print(total)
for f in make_pair(4):
    print(f(0))
