# import of a sibling script module; its functions and globals.
import mathutil

print(mathutil.SCALE, mathutil.NAME, mathutil.EPS)
print(mathutil.clamp(5, 0, 3), mathutil.clamp(-1.5, 0.0, 1.0), mathutil.clamp(0.5, 0.0, 1.0))
print(mathutil.scaled(4), mathutil.scaled(0.25))
print(mathutil.norm2(3.0, 4.0), mathutil.norm2(1, 1))
print(mathutil.mean([1.0, 2.0, 4.0]), mathutil.mean([1, 2, 3, 4]))
total = 0
for i in range(5):
    total += mathutil.scaled(i)
print(total)
