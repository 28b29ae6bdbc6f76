# argparse: formatter_class=ArgumentDefaultsHelpFormatter appends the defaults to help texts.
import argparse

p = argparse.ArgumentParser(description='Defaults shown.', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=10, help='count')
p.add_argument('--rate', type=float, default=0.25, help='rate, %(default)s by default')
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('--quiet', action='store_true')
p.add_argument('names', nargs='*', help='names')
p.add_argument('first', help='the first')
p.print_help()
q = argparse.ArgumentParser(formatter_class=argparse.HelpFormatter)
q.add_argument('--n', type=int, default=10, help='count')
q.print_help()
