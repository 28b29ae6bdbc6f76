# compile error
import argparse

p = argparse.ArgumentParser()
p.add_argument('-v', action='append', default=[])
print(p.parse_args())
