# argparse's action='append': repeated options collect their values in a
# copy of the default list.
import argparse

parser = argparse.ArgumentParser(prog='tool')
parser.add_argument('-I', '--include', action='append', default=[], help='include dirs')
parser.add_argument('-n', type=int, action='append', default=[1], help='numbers (default: %(default)s)')
parser.add_argument('-v', action='count', default=0)
print(parser.parse_args(['-v']))
args = parser.parse_args(['-I', 'a', '--include=b', '-n', '5', '-Ic', '-n7', '-vv'])
print(args, len(args.include), sum(args.n))
print(parser.parse_args(['-n', '2']).n, parser.parse_args(['-vv']).n)
parser.print_usage()
parser.print_help()
