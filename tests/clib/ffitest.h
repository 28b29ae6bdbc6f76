/*
 * ffitest: a C library covering the surface of rumba's C interop
 * (cffi, ctypes), for tests.
 *
 * Build:  cc -O2 -shared -fPIC -o libffitest.so ffitest.c
 *
 * The part between the "cdef begin" and "cdef end" lines is plain
 * declarations with no preprocessor lines other than integer #defines, so
 * a test can paste it into cffi's ffi.cdef() as it is.
 */
#ifndef FFITEST_H
#define FFITEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --- cdef begin --- */

#define FFITEST_VERSION 3
#define FFITEST_MAGIC 0x5eed

/* ---- scalars of every width, in and out ---- */
int8_t neg8(int8_t x);                      /* -x, wrapping (-(-128) == -128) */
uint8_t addu8(uint8_t a, uint8_t b);        /* wrapping */
int16_t neg16(int16_t x);
uint16_t addu16(uint16_t a, uint16_t b);
int32_t add32(int32_t a, int32_t b);        /* wrapping */
uint32_t addu32(uint32_t a, uint32_t b);
int64_t add64(int64_t a, int64_t b);
uint64_t addu64(uint64_t a, uint64_t b);
int64_t mul64(int64_t a, int64_t b);
long add_long(long a, long b);
size_t size_twice(size_t n);
int32_t sext8(int8_t x);                    /* sign extension of a narrow arg */
uint32_t zext8(uint8_t x);                  /* zero extension of a narrow arg */
bool is_even(int64_t x);
bool not_b(bool b);
float scalef(float x, float factor);
float halff(float x);
double add1(double x);
double mixed_fd(float a, double b, float c, double d);   /* a + 2b + 3c + 4d */
double int_to_double(int32_t i);
int32_t double_to_int(double d);            /* C truncation */
char next_char(char c);                     /* c + 1 (use ASCII) */

/* ---- many arguments: some are passed on the stack ----
   Each returns sum(k * arg_k) over the arguments, k = 1, 2, ..., so a
   swapped or dropped argument changes the result. */
int64_t many_ints(int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                  int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10);
double many_doubles(double a1, double a2, double a3, double a4, double a5,
                    double a6, double a7, double a8, double a9, double a10);
float many_floats(float a1, float a2, float a3, float a4, float a5,
                  float a6, float a7, float a8, float a9, float a10);
double many_mixed(int8_t a1, double a2, int16_t a3, float a4, int32_t a5,
                  double a6, int64_t a7, float a8, uint8_t a9, double a10,
                  uint16_t a11, double a12, uint32_t a13, float a14,
                  uint64_t a15, double a16, int a17, double a18);

/* ---- pointers in and out ---- */
void fill(double *out, int n, double v);
double sum(const double *xs, size_t n);
void scale_inplace(float *xs, size_t n, float factor);
int64_t *find_first(int64_t *xs, size_t n, int64_t value);   /* or NULL */
const double *pick_max(const double *xs, size_t n);          /* NULL if n == 0 */
void *identity_ptr(void *p);
intptr_t ptr_diff(const void *a, const void *b);             /* a - b in bytes */
bool is_null(const void *p);
void reverse_i32(int32_t *xs, size_t n);

/* ---- out-parameters ---- */
void divmod(int a, int b, int *q, int *r);   /* C's / and % (truncating) */
void minmax(const double *xs, size_t n, double *lo, double *hi);
int parse_pair(const char *s, int64_t *a, int64_t *b);      /* "12,34" -> 2 */

/* ---- structs ---- */
typedef struct { double x, y; } vec2;                    /* 16 bytes, two SSE */
typedef struct { float x, y; } vec2f;                    /* 8 bytes, one SSE */
typedef struct { float x, y, z; } vec3f;                 /* 12 bytes */
typedef struct { double x, y, z; } vec3;                 /* 24: memory */
typedef struct { int32_t a, b; } pair_i32;               /* 8 bytes, one GPR */
typedef struct { int32_t i; float f; } int_float;        /* 8 bytes, mixed */
typedef struct { double d; int64_t i; } dbl_long;        /* SSE + GPR */
typedef struct {
    int32_t id;
    char tag;
    double weight;
    int16_t small;
} mixed;                                                 /* 24 with padding */
typedef struct { int32_t n; double vals[4]; } with_array;
typedef struct { vec2 min, max; } box;                   /* nested */
typedef struct node { int64_t value; struct node *next; } node;

double vec2_norm2(vec2 v);                  /* x*x + y*y */
vec2 vec2_add(vec2 a, vec2 b);
void vec2_scale(vec2 *v, double s);
vec2 *vec2_new(double x, double y);                      /* malloc'd */
void vec2_free(vec2 *v);
vec2f vec2f_swap(vec2f v);
vec3f vec3f_scale(vec3f v, float s);
vec3 vec3_cross(vec3 a, vec3 b);
double vec3_dot(const vec3 *a, const vec3 *b);
pair_i32 pair_swap(pair_i32 p);
int_float int_float_make(int32_t i, float f);
dbl_long dbl_long_make(double d, int64_t i);
double dbl_long_sum(dbl_long v);
mixed mixed_make(int32_t id, char tag, double weight, int16_t small);
double mixed_score(mixed m);                /* id + tag + weight + small */
void mixed_bump(mixed *m);                  /* each field += 1 */
size_t mixed_size(void);                    /* sizeof(mixed) */
size_t mixed_weight_offset(void);           /* offsetof(mixed, weight) */
with_array with_array_make(double start);   /* n = 4, vals = start .. start+3 */
double with_array_sum(const with_array *w);
double box_area(box b);
box box_grow(box b, double by);
int64_t list_sum(const node *head);         /* follows ->next to NULL */

/* ---- unions ---- */
typedef union { int64_t i; double d; uint8_t bytes[8]; } num_u;
int64_t double_bits(double d);              /* through the union */
void num_set_double(num_u *u, double d);
int64_t num_get_int(const num_u *u);
uint8_t num_byte(const num_u *u, int k);
/* Unions by value: libffi cannot pass or return them (cffi's ABI mode
   refuses with NotImplementedError), so these are for testing that the
   caller reports that clearly. */
num_u num_from_double(double d);
double num_as_double(num_u u);

/* ---- enums ---- */
enum color { RED, GREEN = 5, BLUE };
typedef enum { SHAPE_CIRCLE = 1, SHAPE_SQUARE = 2, SHAPE_TRIANGLE = 4 } shape;
const char *color_name(enum color c);       /* NULL if unknown */
enum color next_color(enum color c);
int shape_sides(shape s);

/* ---- callbacks ---- */
typedef int64_t (*binop_fn)(int64_t, int64_t);
double integrate(double (*f)(double), double a, double b, int n);   /* midpoint */
void apply(void (*cb)(int, void *), void *ud);     /* cb(1, ud), cb(2, ud), cb(3, ud) */
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
double call_with_vec2(double (*f)(vec2), double x, double y);
vec2 call_returning_vec2(vec2 (*f)(double), double t);
void set_callback(int (*cb)(int));          /* kept for later calls of fire */
int fire(int x);                            /* cb(x), or -1 if none set */
binop_fn get_op(char op);                   /* '+', '*', '-', else NULL */
int64_t call_op(binop_fn f, int64_t a, int64_t b);
void for_each_f32(const float *xs, size_t n, void (*cb)(float x, size_t i));

/* ---- strings ---- */
const char *greet(void);                    /* "hello from ffitest" */
size_t count_chars(const char *s, char c);
size_t str_len(const char *s);
void upcase(char *buf);                     /* in place, ASCII */
int format_int(char *buf, size_t n, int v); /* snprintf "<v>"; returns length */
const char *weekday_name(int d);            /* 0..6 -> "Mon".."Sun", else NULL */
char *join_words(const char *a, const char *b);   /* malloc'd "a b" */
void free_str(char *s);

/* ---- variadics ---- */
int sum_ints(int n, ...);
double sum_doubles(int n, ...);
int64_t sum_mixed(const char *fmt, ...);    /* fmt: 'i' int, 'l' int64_t, 'd' double (truncated) */

/* ---- globals ---- */
extern int ffitest_counter;                 /* starts at 0 */
extern double ffitest_scale;                /* starts at 2.5 */
extern int32_t ffitest_table[4];            /* {10, 20, 30, 40} */
extern const char *ffitest_name;            /* "ffitest" */
int bump_counter(void);                     /* ++ffitest_counter */
double scaled(double x);                    /* x * ffitest_scale */
int32_t table_sum(void);

/* --- cdef end --- */

#endif
