# f-strings and format specs.
x = 3.14159265
n = 42
s = 'rumba'
big = 1234567.891
print(f'{x}')
print(f'{x:.3f} {x:.0f} {x:8.2f}| {x:<8.2f}| {x:^9.1f}|')
print(f'{n:>5}|{n:<5}|{n:^6}|{n:05d}|{n:+d}|{n: d}')
print(f'{x:e} {x:.2e} {big:E} {0.000123:e}')
print(f'{big:,} {1234567:,} {big:,.2f} {1234567:_}')
print(f'{s!r} {s!s} {s:>8}|{s:*<8}|{s:.3}')
print(f'{x=}')
print(f'{n=} {s=}')
print(f'{n + 1=}')
w = 10
p = 4
print(f'{x:{w}.{p}f}|')
print(f'{x:{w}}|{n:{w}d}|')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:08b}')
print(f'{0.5:%} {0.25:.1%} {1.0:.0%}')
print(f'{x:g} {1e-7:g} {1e20:g} {123456789.0:g} {100.0:g}')
print(f'{n / 7:.4f} {n // 5} {n % 5}')
print(f'{"inner quotes"} {s.upper()} {len(s)}')
print(f'{{braces}} {n}{{}}')
print(f'{True} {False!r} {None}')
print(f'{-0.0} {float("inf")} {float("nan"):.2f} {-x:.2f}')
print(f'{1e16} {1e-5} {2.5:.0f} {3.5:.0f}')
print(f'{n:=+8d}|{-n:=8d}|{x:+.2f}|{-x: .2f}')
for i in range(1, 4):
    print(f'row {i}: {i * x:7.3f} {i ** 3:4d}')
