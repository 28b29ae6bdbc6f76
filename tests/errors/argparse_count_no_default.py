import argparse

parser = argparse.ArgumentParser()
parser.add_argument('-v', action='count')
print(parser.parse_args([]))
