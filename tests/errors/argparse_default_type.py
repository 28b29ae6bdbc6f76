# compile error
import argparse

p = argparse.ArgumentParser()
p.add_argument('--x', type=float, default=1)
print(p.parse_args().x)
