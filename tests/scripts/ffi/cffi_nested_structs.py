# cffi: a struct with padding, nested structs, and a named
# self-referencing struct (a linked list), with ffi.addressof, ffi.sizeof
# and field paths like b.min.x and n.next.next.value.
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef struct { double x, y; } vec2;
typedef struct {
    int32_t id;
    char tag;
    double weight;
    int16_t small;
} mixed;
typedef struct { vec2 min, max; } box;
typedef struct node { int64_t value; struct node *next; } node;
double mixed_score(mixed m);
void mixed_bump(mixed *m);
size_t mixed_size(void);
size_t mixed_weight_offset(void);
double box_area(box b);
int64_t list_sum(const node *head);
""")
lib = ffi.dlopen(LIB)

print(ffi.sizeof("mixed"), lib.mixed_size(), lib.mixed_weight_offset())
print(ffi.sizeof("box"), ffi.sizeof("node"), ffi.sizeof("struct node"))

m = ffi.new("mixed *")
m.id = 10
m.weight = 0.5
m.small = -3
print(m.id, m.weight, m.small, lib.mixed_score(m[0]))
lib.mixed_bump(m)
lib.mixed_bump(m)
print(m.id, m.weight, m.small, lib.mixed_score(m[0]))

b = ffi.new("box *")
b.min.x = 1.0
b.min.y = 2.0
b.max.x = 4.0
b.max.y = 7.0
print(b.min.x, b.max.y, lib.box_area(b[0]))
b.max.x += 1.0
print(b.max.x, lib.box_area(b[0]))
corner = ffi.addressof(b[0], "max")
corner.y = 12.0
print(b.max.y, lib.box_area(b[0]))

nodes = ffi.new("node[5]")
for i in range(5):
    nodes[i].value = (i + 1) * 10
    if i < 4:
        nodes[i].next = ffi.addressof(nodes[i + 1])
    else:
        nodes[i].next = ffi.NULL
print(lib.list_sum(nodes), lib.list_sum(nodes + 3), lib.list_sum(ffi.addressof(nodes[4])))
nodes[1].next = ffi.addressof(nodes[3])
print(lib.list_sum(nodes), nodes[0].next.next.value, nodes[4].next == ffi.NULL)
head = ffi.new("struct node *")
head.value = 1
head.next = nodes + 2
print(lib.list_sum(head), head.next.value)
