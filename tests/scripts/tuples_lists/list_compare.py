# Lists compare element by element, then by length, as Python compares
# them; a range has its start, stop and step.
a = [1, 2, 3]
b = [i + 1 for i in range(3)]
print(a == b, a != b, a < [1, 2, 4], a <= [1, 2], [1, 2] < a, ["a", "b"] == ["a", "b"], [(1, 2.5)] > [(1, 2.0)])
print(list(range(3)) == [i for i in range(3)], [0.0] == [-0.0], [1.5, 2.0] >= [1.5, 2.0])
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).stop, [x.step for x in (range(1), range(0, 9, 2))])
