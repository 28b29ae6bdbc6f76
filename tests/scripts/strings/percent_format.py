# printf-style % formatting.
n = 42
x = 3.14159
s = 'text'
print('%d' % n)
print('%d %d' % (n, -n))
print('%5d|%-5d|%05d|%+d|% d' % (n, n, n, n, n))
print('%-4d|' % 7)
print('%5.2f|%.3f|%f|%.0f|%10.4f|%-10.1f|' % (x, x, x, x, x, x))
print('%.2f %.2f %.1f %.0f %.0f' % (2.675, 1.005, 0.25, 0.5, 1.5))
print('%s %s %s' % (s, n, x))
print('%r %r' % (s, 'it\'s'))
print('%x %X %o %#x %08x' % (255, 255, 8, 255, 48879))
print('%e %.2e %E %.3e' % (x, 12345.678, 0.000123, -1e300))
print('%g %g %g %g %g %g' % (x, 1e-5, 123456789.0, 100000.0, 1e6, 0.0001))
print('%.3g %.10g %G' % (x, 1.0 / 3.0, 1.5e-10))
print('100%% sure, %d%%' % 99)
print('%c%c' % ('a', 98))
print('%s and %s' % ('a', 'b'))
print('%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%d items at %.2f each = %8.2f' % (3, 1.5, 4.5))
print('%i %u' % (-3, 7))
print('%d' % 3.99, '%d' % -3.99)
print('%s' % True, '%d' % True, '%.1f' % 2)
print('%s' % (1, 2, 3)[1])
print('%f %f %f' % (float('inf'), float('-inf'), float('nan')))
print('%.3f %e %g' % (-0.0, 0.0, -0.0))
row = ''
for i in range(5):
    row += '%3d' % (i * i)
print(row)
print('%*d|%-*d|' % (6, 1, 4, 2))
