# A name may change type in straight-line code. Where control flow joins,
# plain code keeps each value's type as CPython does, so definitions that
# meet have one type (int and float would unify to float in jitted code).
from numba import njit

x = 1
print(x)
x = 'a'
print(x)
x = 2.5
print(x)
x = (1, 'b')
print(x)

total = 0.0
for i in range(5):
    total = total + 0.5
print(total)

acc = 0.0
i = 0
while i < 4:
    acc += i * 1.25
    i += 1
print(acc)

v = 3.0
if v > 2:
    v = v / 2
print(v)

m = 10.0
for k in range(3):
    m = m / 4
print(m)


def mix(flag):
    r = 1
    if flag:
        r = 2.5
    else:
        r = 4.0
    return r


print(mix(True), mix(False))


@njit
def half_sum(n):
    s = 0
    for j in range(n):
        s += j / 2
    return s


print(half_sum(5), half_sum(10))
y = 5
y = y * 1.0
print(y)
pass
for q in range(3):
    pass
assert x[0] == 1
assert total > 2.0, 'total too small'
print('asserts passed')
