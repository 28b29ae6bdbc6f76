# Numba-style structs: struct([...]) types declared as locals=, zeroed
# struct values made by calling the type with no arguments, fields by
# name, index and attribute,
# struct pointers over record arrays, and record buffers handed to C
# (ffitest's vec2 functions through ctypes) by address.
import ctypes
import sys

import numpy as np
from numba import double, int32, jit, struct

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.vec2_scale.argtypes = [ctypes.c_void_p, ctypes.c_double]
lib.vec2_scale.restype = None
lib.vec3_dot.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
lib.vec3_dot.restype = ctypes.c_double

vec2 = struct([("x", double), ("y", double)])
vec3 = struct([("x", double), ("y", double), ("z", double)])
tagged = struct([("id", int32), ("w", double)])
vec2p = vec2.pointer()


@jit(locals={"v": vec2, "t": tagged})
def make(a, b):
    v = vec2()
    v.x = a
    v["y"] = b
    t = tagged()
    t.id = 7
    t[1] = a * b
    v.x += 1.0
    return v.x * 10.0 + v["y"] + v[1] + t.id + t.w


@jit(locals={"acc": vec2})
def centroid(p, n):
    acc = vec2()
    for i in range(n):
        acc.x += p[i].x
        acc.y += p[i].y
    return acc.x / n, acc.y / n


@jit
def flip(p, n):
    for i in range(n):
        t = p[i].x
        p[i].x = p[i].y
        p[i].y = t


print(make(1.0, 2.0), make(-0.5, 4.0))
pts = np.array([(1.0, 2.0), (3.0, -4.0), (5.0, 8.0)], dtype=vec2.get_dtype())
cx, cy = centroid(vec2p(pts.ctypes.data), 3)
print(cx, cy)
cx, cy = centroid(vec2p(pts.ctypes.data) + 1, 2)
print(cx, cy)
lib.vec2_scale(pts.ctypes.data, 2.0)
lib.vec2_scale(pts.ctypes.data + 16 * 2, -1.0)
print(pts)
flip(vec2p(pts.ctypes.data), 2)
print(pts[0].x, pts[0].y, pts[1]["x"], pts[2][1])
print(vec2.get_dtype().itemsize, vec3.get_dtype().itemsize, tagged.get_dtype().itemsize)

us = np.zeros(2, dtype=vec3.get_dtype())
us[0].x = 1.0
us[0].y = 2.0
us[0].z = 3.0
us[1].x = -1.0
us[1].z = 4.0
u0 = us.ctypes.data
print(lib.vec3_dot(u0, u0 + 24), lib.vec3_dot(u0, u0))
