# Nested loops, breaks out of inner loops, early returns from loops.
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=' ')
    print()


def find_pair(target):
    for i in range(10):
        for j in range(i, 10):
            if i * j == target:
                return i, j
    return -1, -1


print(find_pair(12))
print(find_pair(63))
print(find_pair(97))


def first_square_above(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1


print(first_square_above(50), first_square_above(0), first_square_above(99))


def count_triples(n):
    c = 0
    for a in range(1, n):
        for b in range(a, n):
            for cc in range(b, n):
                if a * a + b * b == cc * cc:
                    c += 1
    return c


print(count_triples(30))

total = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        total += i * 10 + j
print(total)

grid = 0
i = 0
while i < 4:
    for j in range(4):
        if j == 3:
            break
        grid += 1
    i += 1
print(grid)


def has_neg(xs):
    for x in xs:
        if x < 0:
            return True
    return False


print(has_neg([1, 2, 3]), has_neg([1, -2, 3]))
