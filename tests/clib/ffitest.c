/*
 * ffitest.c -- see ffitest.h.
 *
 * Build:  cc -O2 -shared -fPIC -o libffitest.so ffitest.c
 */
#include <math.h>   /* INFINITY only: the library needs no -lm */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffitest.h"

/* ---- scalars ---- */

/* Wrapping arithmetic goes through the unsigned types, where it is defined. */
int8_t neg8(int8_t x) { return (int8_t)(uint8_t)(0u - (uint8_t)x); }
uint8_t addu8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
int16_t neg16(int16_t x) { return (int16_t)(uint16_t)(0u - (uint16_t)x); }
uint16_t addu16(uint16_t a, uint16_t b) { return (uint16_t)(a + b); }
int32_t add32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
uint32_t addu32(uint32_t a, uint32_t b) { return a + b; }
int64_t add64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
uint64_t addu64(uint64_t a, uint64_t b) { return a + b; }
int64_t mul64(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
long add_long(long a, long b) { return (long)((unsigned long)a + (unsigned long)b); }
size_t size_twice(size_t n) { return n * 2; }
int32_t sext8(int8_t x) { return x; }
uint32_t zext8(uint8_t x) { return x; }
bool is_even(int64_t x) { return x % 2 == 0; }
bool not_b(bool b) { return !b; }
float scalef(float x, float factor) { return x * factor; }
float halff(float x) { return x * 0.5f; }
double add1(double x) { return x + 1.0; }
double mixed_fd(float a, double b, float c, double d) { return a + 2 * b + 3.0 * c + 4 * d; }
double int_to_double(int32_t i) { return (double)i; }
int32_t double_to_int(double d) { return (int32_t)d; }
char next_char(char c) { return (char)(c + 1); }

/* ---- many arguments ---- */

int64_t many_ints(int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                  int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10)
{
    return a1 + 2 * a2 + 3 * a3 + 4 * a4 + 5 * a5 + 6 * a6 + 7 * a7 + 8 * a8
         + 9 * a9 + 10 * a10;
}

double many_doubles(double a1, double a2, double a3, double a4, double a5,
                    double a6, double a7, double a8, double a9, double a10)
{
    return a1 + 2 * a2 + 3 * a3 + 4 * a4 + 5 * a5 + 6 * a6 + 7 * a7 + 8 * a8
         + 9 * a9 + 10 * a10;
}

float many_floats(float a1, float a2, float a3, float a4, float a5,
                  float a6, float a7, float a8, float a9, float a10)
{
    return a1 + 2 * a2 + 3 * a3 + 4 * a4 + 5 * a5 + 6 * a6 + 7 * a7 + 8 * a8
         + 9 * a9 + 10 * a10;
}

double many_mixed(int8_t a1, double a2, int16_t a3, float a4, int32_t a5,
                  double a6, int64_t a7, float a8, uint8_t a9, double a10,
                  uint16_t a11, double a12, uint32_t a13, float a14,
                  uint64_t a15, double a16, int a17, double a18)
{
    return a1 + 2 * a2 + 3.0 * a3 + 4 * a4 + 5.0 * a5 + 6 * a6 + 7.0 * a7
         + 8 * a8 + 9.0 * a9 + 10 * a10 + 11.0 * a11 + 12 * a12 + 13.0 * a13
         + 14 * a14 + 15.0 * (double)a15 + 16 * a16 + 17.0 * a17 + 18 * a18;
}

/* ---- pointers ---- */

void fill(double *out, int n, double v)
{
    for (int i = 0; i < n; i++)
        out[i] = v;
}

double sum(const double *xs, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += xs[i];
    return s;
}

void scale_inplace(float *xs, size_t n, float factor)
{
    for (size_t i = 0; i < n; i++)
        xs[i] *= factor;
}

int64_t *find_first(int64_t *xs, size_t n, int64_t value)
{
    for (size_t i = 0; i < n; i++)
        if (xs[i] == value)
            return &xs[i];
    return NULL;
}

const double *pick_max(const double *xs, size_t n)
{
    const double *best = NULL;
    for (size_t i = 0; i < n; i++)
        if (best == NULL || xs[i] > *best)
            best = &xs[i];
    return best;
}

void *identity_ptr(void *p) { return p; }
intptr_t ptr_diff(const void *a, const void *b) { return (intptr_t)a - (intptr_t)b; }
bool is_null(const void *p) { return p == NULL; }

void reverse_i32(int32_t *xs, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        int32_t t = xs[i];
        xs[i] = xs[n - 1 - i];
        xs[n - 1 - i] = t;
    }
}

/* ---- out-parameters ---- */

void divmod(int a, int b, int *q, int *r)
{
    *q = a / b;
    *r = a % b;
}

void minmax(const double *xs, size_t n, double *lo, double *hi)
{
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        if (xs[i] < *lo)
            *lo = xs[i];
        if (xs[i] > *hi)
            *hi = xs[i];
    }
}

int parse_pair(const char *s, int64_t *a, int64_t *b)
{
    long long x, y;
    int got = sscanf(s, "%lld,%lld", &x, &y);
    if (got >= 1)
        *a = x;
    if (got >= 2)
        *b = y;
    return got < 0 ? 0 : got;
}

/* ---- structs ---- */

double vec2_norm2(vec2 v) { return v.x * v.x + v.y * v.y; }

vec2 vec2_add(vec2 a, vec2 b)
{
    vec2 r = { a.x + b.x, a.y + b.y };
    return r;
}

void vec2_scale(vec2 *v, double s)
{
    v->x *= s;
    v->y *= s;
}

vec2 *vec2_new(double x, double y)
{
    vec2 *v = malloc(sizeof *v);
    if (v) {
        v->x = x;
        v->y = y;
    }
    return v;
}

void vec2_free(vec2 *v) { free(v); }

vec2f vec2f_swap(vec2f v)
{
    vec2f r = { v.y, v.x };
    return r;
}

vec3f vec3f_scale(vec3f v, float s)
{
    vec3f r = { v.x * s, v.y * s, v.z * s };
    return r;
}

vec3 vec3_cross(vec3 a, vec3 b)
{
    vec3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    return r;
}

double vec3_dot(const vec3 *a, const vec3 *b) { return a->x * b->x + a->y * b->y + a->z * b->z; }

pair_i32 pair_swap(pair_i32 p)
{
    pair_i32 r = { p.b, p.a };
    return r;
}

int_float int_float_make(int32_t i, float f)
{
    int_float r = { i, f };
    return r;
}

dbl_long dbl_long_make(double d, int64_t i)
{
    dbl_long r = { d, i };
    return r;
}

double dbl_long_sum(dbl_long v) { return v.d + (double)v.i; }

mixed mixed_make(int32_t id, char tag, double weight, int16_t small)
{
    mixed m;
    memset(&m, 0, sizeof m);
    m.id = id;
    m.tag = tag;
    m.weight = weight;
    m.small = small;
    return m;
}

double mixed_score(mixed m) { return m.id + m.tag + m.weight + m.small; }

void mixed_bump(mixed *m)
{
    m->id += 1;
    m->tag += 1;
    m->weight += 1.0;
    m->small += 1;
}

size_t mixed_size(void) { return sizeof(mixed); }
size_t mixed_weight_offset(void) { return offsetof(mixed, weight); }

with_array with_array_make(double start)
{
    with_array w;
    w.n = 4;
    for (int i = 0; i < 4; i++)
        w.vals[i] = start + i;
    return w;
}

double with_array_sum(const with_array *w)
{
    double s = 0.0;
    for (int i = 0; i < w->n && i < 4; i++)
        s += w->vals[i];
    return s;
}

double box_area(box b) { return (b.max.x - b.min.x) * (b.max.y - b.min.y); }

box box_grow(box b, double by)
{
    b.min.x -= by;
    b.min.y -= by;
    b.max.x += by;
    b.max.y += by;
    return b;
}

int64_t list_sum(const node *head)
{
    int64_t s = 0;
    for (; head != NULL; head = head->next)
        s += head->value;
    return s;
}

/* ---- unions ---- */

num_u num_from_double(double d)
{
    num_u u;
    u.d = d;
    return u;
}

int64_t double_bits(double d)
{
    num_u u;
    u.d = d;
    return u.i;
}

double num_as_double(num_u u) { return u.d; }

void num_set_double(num_u *u, double d) { u->d = d; }

int64_t num_get_int(const num_u *u) { return u->i; }

uint8_t num_byte(const num_u *u, int k) { return (k >= 0 && k < 8) ? u->bytes[k] : 0; }

/* ---- enums ---- */

const char *color_name(enum color c)
{
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    }
    return NULL;
}

enum color next_color(enum color c)
{
    switch (c) {
    case RED: return GREEN;
    case GREEN: return BLUE;
    default: return RED;
    }
}

int shape_sides(shape s)
{
    switch (s) {
    case SHAPE_CIRCLE: return 0;
    case SHAPE_SQUARE: return 4;
    case SHAPE_TRIANGLE: return 3;
    }
    return -1;
}

/* ---- callbacks ---- */

double integrate(double (*f)(double), double a, double b, int n)
{
    double h = (b - a) / n, s = 0.0;
    for (int i = 0; i < n; i++)
        s += f(a + (i + 0.5) * h);
    return s * h;
}

void apply(void (*cb)(int, void *), void *ud)
{
    for (int i = 1; i <= 3; i++)
        cb(i, ud);
}

int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init)
{
    int64_t acc = init;
    for (size_t i = 0; i < n; i++)
        acc = f(acc, xs[i]);
    return acc;
}

double call_with_vec2(double (*f)(vec2), double x, double y)
{
    vec2 v = { x, y };
    return f(v);
}

vec2 call_returning_vec2(vec2 (*f)(double), double t) { return f(t); }

static int (*saved_cb)(int) = NULL;

void set_callback(int (*cb)(int)) { saved_cb = cb; }

int fire(int x) { return saved_cb ? saved_cb(x) : -1; }

/* Calls the saved callback, which may call fire_nested again: records how
   deep the C frames and callbacks nest. */
static int nest_depth = 0, nest_max = 0;

int fire_nested(int x)
{
    if (++nest_depth > nest_max)
        nest_max = nest_depth;
    int r = saved_cb ? saved_cb(x) : -1;
    nest_depth--;
    return r;
}

int nested_max(void) { return nest_max; }

static int64_t op_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t op_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static int64_t op_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }

binop_fn get_op(char op)
{
    switch (op) {
    case '+': return op_add;
    case '*': return op_mul;
    case '-': return op_sub;
    }
    return NULL;
}

int64_t call_op(binop_fn f, int64_t a, int64_t b) { return f(a, b); }

void for_each_f32(const float *xs, size_t n, void (*cb)(float x, size_t i))
{
    for (size_t i = 0; i < n; i++)
        cb(xs[i], i);
}

/* ---- strings ---- */

const char *greet(void) { return "hello from ffitest"; }

size_t count_chars(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        if (*s == c)
            n++;
    return n;
}

size_t str_len(const char *s) { return strlen(s); }

void upcase(char *buf)
{
    for (; *buf; buf++)
        if (*buf >= 'a' && *buf <= 'z')
            *buf = (char)(*buf - 'a' + 'A');
}

int format_int(char *buf, size_t n, int v) { return snprintf(buf, n, "<%d>", v); }

const char *weekday_name(int d)
{
    static const char *const names[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    return (d >= 0 && d < 7) ? names[d] : NULL;
}

char *join_words(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 2);
    if (s) {
        memcpy(s, a, la);
        s[la] = ' ';
        memcpy(s + la + 1, b, lb + 1);
    }
    return s;
}

void free_str(char *s) { free(s); }

/* ---- variadics ---- */

int sum_ints(int n, ...)
{
    va_list ap;
    int s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

double sum_doubles(int n, ...)
{
    va_list ap;
    double s = 0.0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return s;
}

int64_t sum_mixed(const char *fmt, ...)
{
    va_list ap;
    int64_t s = 0;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt == 'i')
            s += va_arg(ap, int);
        else if (*fmt == 'l')
            s += va_arg(ap, int64_t);
        else if (*fmt == 'd')
            s += (int64_t)va_arg(ap, double);
    }
    va_end(ap);
    return s;
}

/* ---- globals ---- */

int ffitest_counter = 0;
double ffitest_scale = 2.5;
int32_t ffitest_table[4] = { 10, 20, 30, 40 };
const char *ffitest_name = "ffitest";

int bump_counter(void) { return ++ffitest_counter; }
double scaled(double x) { return x * ffitest_scale; }

int32_t table_sum(void)
{
    int32_t s = 0;
    for (int i = 0; i < 4; i++)
        s += ffitest_table[i];
    return s;
}
