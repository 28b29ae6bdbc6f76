# set(), dict() and tuple() of generator expressions; min, max and sorted
# of a string (its characters).
words = ["pear", "fig", "pear", "kiwi", "fig"]
lengths = set(len(w) for w in words)
print(sorted(lengths), len(lengths))
print(sorted(set(w for w in words if len(w) > 3)))
index = dict((w, i) for i, w in enumerate(words))
print(index)
squares = dict((n, n * n) for n in range(5) if n % 2 == 0)
print(squares, len(squares))
print(tuple(x * 2 for x in (1, 2, 3)))
print(tuple(len(w) for w in words if w != "fig"))
text = "rumba"
print(min(text), max(text), sorted(text), sorted(text, reverse=True))
print(max("Zebra", key=str.lower), sorted("bAc", key=str.lower))
print("".join(sorted(set("mississippi"))))
