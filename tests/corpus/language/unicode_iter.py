# adapted from numba/tests/test_unicode.py: iteration, enumerate, in, ord/chr, upper of non-ASCII strings
from numba import njit


@njit
def count_vowels(s):
    n = 0
    for c in s:
        if c in "aeiouAEIOU":
            n += 1
    return n


@njit
def positions(s, ch):
    out = []
    for i, c in enumerate(s):
        if c == ch:
            out.append(i)
    return out


@njit
def shout(s):
    return s.upper() + "!"


@njit
def caesar(s, k):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + k) % 26 + ord("a"))
        else:
            out += c
    return out


print(count_vowels("Numba compiles Python"), positions("banana", "a"))
print(shout("héllo wörld"), len("héllo"))
print(caesar("hello, world", 3), caesar(caesar("abc xyz", 5), 21))
