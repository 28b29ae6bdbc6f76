# String concatenation, repetition, indexing, slicing, len, in, comparisons.
s = 'Hello, World'
print(s)
print(len(s), len(''), len('a'))
print(s + '!', 'ab' + 'cd' + 'ef', '' + 'x')
print('ab' * 3, 3 * 'xy', 'z' * 0, '-' * 20)
print(s[0], s[4], s[-1], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[3:3])
print(s[::2], s[::-1], s[1::3], s[-1:-6:-1], s[10:2:-2])
print(s[100:], s[-100:3], s[2:100])
print('World' in s, 'world' in s, 'o, W' in s, '' in s, 'x' not in s)
print('abc' == 'abc', 'abc' != 'abd', 'abc' < 'abd', 'abc' < 'ab', 'B' < 'a')
print('apple' < 'banana', 'zeta' > 'alpha', 'a' <= 'a', 'b' >= 'c')
t = ''
for ch in 'rumba':
    t = ch + t
print(t)
count = 0
for ch in s:
    if ch == 'o':
        count += 1
print(count)
u = 'x'
u += 'yz'
u *= 2
print(u)
print(str(5) + 'th', 'line ' + str(2.5))
print('tab\there', 'new\\nline', 'quote"s', "it's")
print('unicode: é ü ñ λ', len('λx'))
n = 0
i = 0
while i < len(s):
    if s[i] == 'l':
        n += i
    i += 1
print(n)
