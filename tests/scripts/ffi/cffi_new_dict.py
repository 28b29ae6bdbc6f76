from cffi import FFI

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; int n; } point_t;
double hypot(double x, double y);
""")
C = ffi.dlopen(None)
p = ffi.new("point_t *", {"x": 3.0, "y": 4.0})
print(C.hypot(p.x, p.y), p.n)
q = ffi.new("point_t *", {"n": 7, "x": -2})
print(q.x, q.y, q.n)
try:
    ffi.new("point_t *", {"z": 1.0})
except KeyError as e:
    print("KeyError", e)
try:
    ffi.new("point_t *", {"n": 1.5})
except TypeError as e:
    print("TypeError", e)
