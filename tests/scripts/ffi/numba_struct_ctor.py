# Numba-style structs built by calling the struct type with field values
# (positional and by keyword), as locals, copied from another struct value,
# and returned field by field.
from numba import double, int32, jit, struct

vec2 = struct([("x", double), ("y", double)])
tagged = struct([("id", int32), ("w", double)])


@jit(locals={"v": vec2, "t": tagged})
def make(a, b):
    v = vec2(a, b)
    t = tagged(7, a * b)
    v.x += 1.0
    return v.x * 10.0 + v["y"] + v[1] + t.id + t.w


@jit(locals={"acc": vec2})
def walk(n):
    acc = vec2(0.0, 1.0)
    for i in range(n):
        step = vec2(i * 1.0, y=0.5)
        acc.x += step.x
        acc.y += step.y
    return acc.x + acc.y * 100.0


print(make(1.0, 2.0), make(-0.5, 4.0))
print(walk(4), walk(0))
u = vec2(3.0, 4.0)
w = vec2(u)
w.x = -1.0
print(u.x, u.y, w.x, w.y)
k = tagged(id=3, w=0.5)
print(k.id, k.w, k[0], k["w"])
