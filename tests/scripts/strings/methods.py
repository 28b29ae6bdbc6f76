# String methods.
s = '  Hello, World!  '
print('[' + s.strip() + ']', '[' + s.lstrip() + ']', '[' + s.rstrip() + ']')
t = s.strip()
print(t.upper(), t.lower(), 'x--y--z'.strip('-x'))
print(t.split(', '), 'a b  c'.split(), 'a,b,,c'.split(','), 'one'.split(','))
print('1 2 3'.split(' '), '  lead and trail  '.split())
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join(['solo']))
print(t.replace('l', 'L'), t.replace('World', 'There'), 'aaaa'.replace('a', 'bb'))
print(t.find('o'), t.find('o', 5), t.find('xyz'), t.rfind('o'), t.index('W'))
print(t.startswith('Hell'), t.startswith('hell'), t.endswith('!'), t.endswith('d'))
print('42'.zfill(5), '-42'.zfill(5), 'abc'.zfill(2), '7'.zfill(3))
print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('x'), 'aaaa'.count('aa'))
csv = '3,1,4,1,5,9,2,6'
total = 0
for part in csv.split(','):
    total += int(part)
print(total)
parts = []
for w in 'the quick brown fox'.split():
    parts.append(w.upper()[0] + w[1:])
print(' '.join(parts))
print('%s|%s' % ('AbC'.lower(), 'AbC'.upper()))
