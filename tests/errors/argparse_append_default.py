import argparse

parser = argparse.ArgumentParser()
parser.add_argument('-n', type=int, action='append', default=['a'])
print(parser.parse_args(['-n', '1']))
