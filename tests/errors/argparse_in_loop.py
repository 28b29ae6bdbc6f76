# compile error
import argparse

p = argparse.ArgumentParser()
for name in ['--a', '--b']:
    p.add_argument(name, type=int, default=0)
print(p.parse_args())
