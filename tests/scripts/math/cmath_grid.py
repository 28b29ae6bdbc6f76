# cmath on a grid of finite values: signed zeros, subnormals, huge values, the errors CPython raises
import cmath

xs = [0.0, -0.0, 1e-320, -5e-324, 1e-200, 0.3, -0.7, 0.99, 1.0, -1.0, 1.2, 2.5, -3.75, 1e10, -1e150, 1e300, 1.7e308, -1.7e308]
for x in xs:
    for y in xs:
        z = complex(x, y)
        print(z, cmath.sqrt(z), cmath.isfinite(z), cmath.rect(x, y))
        try:
            print(cmath.phase(z))
        except OverflowError as e:
            print("phase", e)
        if x < 700:
            try:
                print(cmath.exp(z))
            except OverflowError as e:
                print("exp", e)
        try:
            print(cmath.log(z), cmath.log10(z), cmath.log(z, 1.5 + 0.5j))
        except ValueError as e:
            print("log", e)
        try:
            print(cmath.polar(z))
        except OverflowError as e:
            print("polar", e)
