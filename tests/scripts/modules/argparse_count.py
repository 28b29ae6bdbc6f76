# argparse's action='count': -v, -vvv, --verbose repeated, with a default.
import argparse

parser = argparse.ArgumentParser(prog='tool')
parser.add_argument('-v', '--verbose', action='count', default=0, help='more output')
parser.add_argument('-q', action='count', default=10)
parser.add_argument('-x', action='store_true')
parser.add_argument('n', type=int)
print(parser.parse_args(['3']))
print(parser.parse_args(['-vvv', '3']))
args = parser.parse_args(['-v', '--verbose', '4', '-xvq', '--verb'])
print(args, args.verbose + 1)
parser.print_usage()
parser.print_help()
