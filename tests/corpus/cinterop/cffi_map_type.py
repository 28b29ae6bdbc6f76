# adapted from numba/tests/test_cfunc.py (TestCffiStruct.test_type_parsing) and numba docs (user/cfunc.rst "Handling C structures"): cffi_utils.map_type of structs, pointers, arrays and function types, used as a cfunc signature
import numpy as np
from cffi import FFI

from numba import carray, cfunc, types
from numba.core.typing import cffi_utils

src = """
typedef struct my_struct {
   int    i1;
   float  f2;
   double d3;
   float  af4[7];
} my_struct;

typedef struct { char c; int grid[2][3]; } cell;
struct pair { my_struct a; cell b; float w; };

typedef double (*my_func)(my_struct*, size_t);
typedef int (*simple)(double, void*, unsigned short);
"""
ffi = FFI()
ffi.cdef(src)

nbtype = cffi_utils.map_type(ffi.typeof('my_struct'), use_record_dtype=True)
print(nbtype)
print(len(nbtype), nbtype.typeof('i1'), nbtype.typeof('d3'), nbtype.offset('af4'), nbtype.size)
print(cffi_utils.map_type(ffi.typeof('cell'), use_record_dtype=True))
print(cffi_utils.map_type(ffi.typeof('struct pair'), True))
print(cffi_utils.map_type(ffi.typeof('int[4]')), cffi_utils.map_type(ffi.typeof('double[2][5]')))
print(cffi_utils.map_type(ffi.typeof('double*')), cffi_utils.map_type(ffi.typeof('float**')),
      cffi_utils.map_type(ffi.typeof('void*')))
print(cffi_utils.map_type(ffi.typeof('my_struct*'), use_record_dtype=True))
print(cffi_utils.map_type(ffi.typeof('simple')))
print(cffi_utils.map_type(ffi.typeof('int(*)(long, unsigned char, _Bool)')))
print(cffi_utils.map_type(ffi.typeof('float')), cffi_utils.map_type(ffi.typeof('unsigned int')),
      cffi_utils.map_type(ffi.typeof('long long')), cffi_utils.map_type(ffi.typeof('char')))

sig = cffi_utils.map_type(ffi.typeof('my_func'), use_record_dtype=True)
print(sig)


@cfunc(sig)
def weighted(ptr, n):
    base = carray(ptr, n)
    tmp = 0.0
    for i in range(n):
        tmp += base[i].i1 * base[i].f2 / base[i].d3
        tmp += base[i].af4.sum()
    return tmp


data = ffi.new('my_struct[2]')
for i in range(2):
    data[i].i1 = i + 1
    data[i].f2 = 2.5 * i
    data[i].d3 = 4.0
    for j in range(7):
        data[i].af4[j] = i * 10 + j
addr = int(ffi.cast('size_t', data))
print(weighted.ctypes(addr, 2))

cffi_utils.register_type(ffi.typeof('struct pair'), types.int64)
print(cffi_utils.map_type(ffi.typeof('struct pair')))
