# compile error
import argparse

p = argparse.ArgumentParser()
p.add_argument('-v', action='count', default=0)
print(p.parse_args())
