# ffi.typeof of type strings, arrays and raw pointers (printed with cffi's
# names: a struct's first typedef names it), ctype objects passed to
# sizeof/new/cast, and ffi.offsetof
from cffi import FFI

ffi = FFI()
ffi.cdef("""
typedef struct _big { int i; float af[9]; } big;
typedef struct { double x, y; } point_t;
struct plain { char c; double d; };
typedef double (*myfunc)(big *, int);
""")
print(ffi.typeof('big'), ffi.typeof('struct _big *'), ffi.typeof('point_t'), ffi.typeof('int[]'))
print(ffi.typeof('myfunc'), ffi.typeof('double'), ffi.typeof('char *'), ffi.typeof('struct plain[2]'))
a = ffi.new('point_t[3]')
b = ffi.new('int[]', [5, 6, 7])
print(ffi.typeof(a), ffi.typeof(b), ffi.sizeof(ffi.typeof(a)))
print(ffi.sizeof(ffi.typeof('big')), ffi.offsetof('big', 'af'), ffi.offsetof(ffi.typeof('point_t'), 'y'),
      ffi.offsetof('struct plain', 'd'))
q = ffi.new(ffi.typeof('point_t *'))
q.x = 2.5
r = ffi.cast(ffi.typeof('point_t *'), q)
print(r.x, ffi.typeof(r))
