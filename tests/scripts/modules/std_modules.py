# Standard imports: __future__, numpy as np, math as m, sys, time.
from __future__ import print_function, division
import sys
import time
import numpy as np
import math as m
from math import sqrt

t0 = time.perf_counter()
print(7 / 2, 7 // 2, 1 / 4)
print(len(sys.argv))
if sys.platform == 'linux':
    print('on linux')
else:
    print('elsewhere')
if sys.platform.startswith('win'):
    print('windows')
print(m.sqrt(2.0) == sqrt(2.0), np.sqrt(4.0), m.floor(-0.5))
acc = 0.0
for i in range(1000):
    acc += sqrt(i)
t1 = time.perf_counter()
elapsed = t1 - t0
print(acc)
print(elapsed >= 0.0, elapsed < 60.0)
a = np.arange(5)
print(a * 2)
from timeit import default_timer as timer
t2 = timer()
print(timer() - t2 >= 0.0)
