# compile error
import argparse

p = argparse.ArgumentParser()
p.add_argument('-v', action='extend', nargs='+', default=[])
print(p.parse_args())
