# compile error
import argparse

p = argparse.ArgumentParser()
p.add_argument('--n', type=int)
print(p.parse_args().n)
