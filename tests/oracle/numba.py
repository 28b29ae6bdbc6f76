"""A small stand-in for the parts of Numba that rumba scripts use.

Put tests/oracle/ on PYTHONPATH and CPython (with numpy, cffi) can run rumba
scripts: `import numba`, `from numba import jit, njit, autojit, cfunc,
struct, double, int32, void, Py_uintptr_t, ...`, `from numba import *`.
Nothing is compiled: the decorators keep the Python function and record the
argument types it is called with (`f.signatures`), the way Numba prints them.

What it provides:
  - jit / njit / autojit / cfunc(sig) in every decorator form;
  - type objects (int8..uint64, float32, float64, complex128, boolean, void,
    intp, uintp, Py_uintptr_t, voidptr, ...): calling one on a value casts
    it (C truncation and wrap-around for integers), calling one on types
    makes a signature, T[:] / T[:, ::1] make array types, T.pointer() makes
    a pointer type;
  - pointers (Pointer): arithmetic scaled by the element size, indexing that
    reads and writes memory through ctypes, comparison, NULL;
  - struct([(name, type), ...]): a C-laid-out record type whose values are
    numpy records (attribute, ['name'] and [index] access);
  - typeof, carray, farray, prange.

Casts and pointer reads give plain Python scalars (int, float, bool,
complex), as Numba boxes its native values: float32 values come back as the
Python float nearest to the float32. The same boxing applies to what a
jitted function returns and to what its `print` shows (numpy scalars as
Python scalars, inside tuples and lists too).
"""

import builtins
import ctypes
import functools
import inspect
import math
import sys
import types as _pytypes

import numpy as np

__version__ = "0+rumba.oracle"

# --------------------------------------------------------------------------
# Types


class Type:
    """A Numba type. Equal types have equal names."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, Type) and self.name == other.name

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)

    def __call__(self, *args):
        # As in Numba: T(value) casts, T(T1, T2, ...) is a signature.
        if len(args) == 1 and not isinstance(args[0], Type):
            return self.cast(args[0])
        return Signature(self, args)

    def cast(self, value):
        raise TypeError("cannot cast a value to %s" % self)

    def __getitem__(self, spec):
        # float64[:] -> 1d 'A'; float64[::1] -> 1d 'C'; [:, ::1] -> 'C';
        # [::1, :] -> 'F'; otherwise 'A' (Numba's rules).
        specs = spec if isinstance(spec, tuple) else (spec,)
        for s in specs:
            if not (isinstance(s, slice) and s.start is None and s.stop is None):
                raise KeyError("can only index types with [:] slices, got %r" % (spec,))
        if specs[-1].step == 1:
            layout = "C"
        elif len(specs) > 1 and specs[0].step == 1:
            layout = "F"
        else:
            layout = "A"
        return ArrayType(self, len(specs), layout)

    def pointer(self):
        return PointerType(self)


class Number(Type):
    """Integer, float and complex types; `dtype` is the numpy dtype."""

    def __init__(self, name):
        Type.__init__(self, name)
        self.dtype = np.dtype(name)

    def cast(self, value):
        kind, bits = self.dtype.kind, self.dtype.itemsize * 8
        if kind in "iu":
            if isinstance(value, float) or isinstance(value, np.floating):
                value = math.trunc(value)  # C conversion: toward zero
            else:
                addr = _address_or_none(value)
                value = int(value) if addr is None else addr
            value &= (1 << bits) - 1
            if kind == "i" and value >= 1 << (bits - 1):
                value -= 1 << bits
            return value
        if kind == "f":
            return float(np.float32(value)) if bits == 32 else float(value)
        return complex(np.complex64(value)) if bits == 64 else complex(value)


class Boolean(Type):
    dtype = np.dtype(np.bool_)

    def cast(self, value):
        return bool(value)


class ArrayType(Type):
    def __init__(self, dtype, ndim, layout, readonly=False, aligned=True):
        name = "array"
        if readonly:
            name = "readonly " + name
        if not aligned or (isinstance(dtype, Record) and not dtype.aligned):
            name = "unaligned " + name
        Type.__init__(self, "%s(%s, %dd, %s)" % (name, dtype, ndim, layout))
        self.dtype, self.ndim, self.layout = dtype, ndim, layout
        self.readonly, self.aligned = readonly, "unaligned" not in name

    def __repr__(self):
        return "Array(%s, %d, '%s', %s, aligned=%s)" % (
            self.dtype, self.ndim, self.layout, self.readonly, self.aligned)

    def __str__(self):
        return self.name


class PointerType(Type):
    """T.pointer(): calling it on an address (int, Pointer, cffi or ctypes
    pointer, a.ctypes.data) gives a Pointer."""

    def __init__(self, base):
        Type.__init__(self, "void*" if base == none else "%s*" % base)
        self.base = base
        self.itemsize = 1 if base == none else _itemsize(base)

    def cast(self, value):
        return Pointer(self, _address(value))


class Record(Type):
    """A numpy structured dtype as Numba names it:
    Record(x[type=float64;offset=0],y[type=float64;offset=8];16;True)."""

    def __init__(self, dtype):
        fields = sorted(((info[1], name, info[0]) for name, info in dtype.fields.items()))
        desc = ",".join("%s[type=%s;offset=%d]" % (name, _from_dtype(dt), off)
                        for off, name, dt in fields)
        self.aligned = dtype.isalignedstruct
        Type.__init__(self, "Record(%s;%d;%s)" % (desc, dtype.itemsize, self.aligned))
        self.dtype = dtype


class StructType(Record):
    """struct([('x', double), ('y', double)]): fields laid out like a C
    struct. Calling it makes a zeroed struct value (a numpy record), with
    field values given by position or by name; a signature if given types."""

    def __init__(self, fields):
        self.fields = list(fields)
        spec = [(name, _field_dtype(t)) for name, t in self.fields]
        # numpy lays out an align=True dtype like a C struct. The plain
        # dtype is kept for nesting: a np.record dtype reports alignment 1.
        self.c_dtype = np.dtype(spec, align=True)
        Record.__init__(self, np.dtype((np.record, self.c_dtype)))

    def get_dtype(self):
        return self.dtype

    def __call__(self, *args, **kwargs):
        if args and all(isinstance(a, Type) for a in args):
            return Signature(self, args)
        rec = np.zeros(1, dtype=self.dtype)[0]
        if len(args) == 1 and isinstance(args[0], np.void):
            args = args[0].item()
        for (name, _), value in zip(self.fields, args):
            rec[name] = value
        for name, value in kwargs.items():
            rec[name] = value
        return rec

    cast = __call__


def struct(fields=None, **kwargs):
    """struct([('x', double), ('y', double)]) or struct(x=double, y=double)."""
    return StructType(list(fields or []) + list(kwargs.items()))


class Signature:
    """return_type(arg types...), printed as Numba does: (int32,) -> float64."""

    def __init__(self, return_type, args):
        self.return_type, self.args = return_type, tuple(args)

    def __repr__(self):
        return "%s -> %s" % (self.args, self.return_type)

    __str__ = __repr__


class UniTuple(Type):
    def __init__(self, dtype, count):
        Type.__init__(self, "UniTuple(%s x %d)" % (dtype, count))
        self.dtype, self.count = dtype, count

    def __repr__(self):
        return "UniTuple(%r, %d)" % (self.dtype, self.count)


class Tuple(Type):
    def __init__(self, types):
        Type.__init__(self, "Tuple(%s)" % ", ".join(str(t) for t in types))
        self.types = tuple(types)

    def __repr__(self):
        return "Tuple(%s)" % ", ".join(repr(t) for t in self.types)


def _from_dtype(dt):
    """The Numba type of a numpy dtype."""
    dt = np.dtype(dt)
    if dt.fields is not None:
        return Record(dt)
    if dt.subdtype is not None:
        return Type("nestedarray(%s, %s)" % (_from_dtype(dt.subdtype[0]), dt.subdtype[1]))
    if dt.kind == "b":
        return boolean
    if dt.kind in "iufc":
        return Number(dt.name)
    if dt.kind == "S":
        return Type("[char x %d]" % dt.itemsize)
    if dt.kind == "U":
        return Type("[unichr x %d]" % (dt.itemsize // 4))
    raise TypeError("unsupported dtype %s" % dt)


def _field_dtype(t):
    if isinstance(t, PointerType):
        return np.dtype(np.uintp)  # a pointer field is its address
    if isinstance(t, StructType):
        return t.c_dtype
    if isinstance(t, (Number, Boolean, Record)):
        return t.dtype
    return np.dtype(t)


def _itemsize(t):
    if isinstance(t, PointerType):
        return ctypes.sizeof(ctypes.c_void_p)
    return t.dtype.itemsize


# The type objects, named as in numba.types.
none = void = Type("none")
boolean = bool_ = b1 = Boolean("bool")
int8, int16, int32, int64 = (Number("int%d" % n) for n in (8, 16, 32, 64))
uint8, uint16, uint32, uint64 = (Number("uint%d" % n) for n in (8, 16, 32, 64))
float32, float64 = Number("float32"), Number("float64")
complex64, complex128 = Number("complex64"), Number("complex128")
i1, i2, i4, i8, u1, u2, u4, u8 = int8, int16, int32, int64, uint8, uint16, uint32, uint64
f4, f8, c8, c16 = float32, float64, complex64, complex128
byte = uchar = uint8
char = int8
short, ushort = int16, uint16
intc, uintc = int32, uint32
int_ = long_ = longlong = intp = Py_ssize_t = npy_intp = ssize_t = int64
uint = ulong = ulonglong = uintp = Py_uintptr_t = size_t = uint64
float_ = float32          # as in Numba: float_ is float32, double is float64
double = float64
unicode_type = string = Type("unicode_type")
pyobject = Type("pyobject")
voidptr = voidp = PointerType(none)


class Pointer:
    """A typed C pointer: an address and a PointerType.

    p + n and p - n move by n elements, p - q counts elements between two
    pointers, p[i] reads and p[i] = v writes memory, int types cast it to its
    address (Py_uintptr_t(p)), and pointers compare by address. It also
    passes to ctypes functions as a void*.
    """

    __slots__ = ("type", "address")

    def __init__(self, ptype, address):
        self.type, self.address = ptype, address & ((1 << 64) - 1)

    def __add__(self, n):
        if not isinstance(n, (int, np.integer)):
            return NotImplemented
        return Pointer(self.type, self.address + int(n) * self.type.itemsize)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Pointer):
            return (self.address - other.address) // self.type.itemsize
        if not isinstance(other, (int, np.integer)):
            return NotImplemented
        return Pointer(self.type, self.address - int(other) * self.type.itemsize)

    def _at(self, i):
        if self.type.base == none:
            raise TypeError("cannot index a void pointer")
        if self.address == 0:
            raise ValueError("NULL pointer access")
        return self.address + int(i) * self.type.itemsize

    def __getitem__(self, i):
        base, addr = self.type.base, self._at(i)
        if isinstance(base, PointerType):
            return Pointer(base, ctypes.c_void_p.from_address(addr).value or 0)
        buf = (ctypes.c_char * base.dtype.itemsize).from_address(addr)
        value = np.frombuffer(buf, dtype=base.dtype)[0]
        return value if isinstance(base, Record) else value.item()

    def __setitem__(self, i, value):
        base, addr = self.type.base, self._at(i)
        if isinstance(base, PointerType):
            ctypes.c_void_p.from_address(addr).value = _address(value)
            return
        if isinstance(base, Record):
            data = np.array(value, dtype=base.dtype).tobytes()
        else:
            data = np.array(base.cast(value), dtype=base.dtype).tobytes()
        ctypes.memmove(addr, data, len(data))

    def __eq__(self, other):
        if isinstance(other, Pointer):
            return self.address == other.address
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Pointer):
            return self.address != other.address
        return NotImplemented

    def __lt__(self, other):
        return self.address < other.address

    def __le__(self, other):
        return self.address <= other.address

    def __gt__(self, other):
        return self.address > other.address

    def __ge__(self, other):
        return self.address >= other.address

    def __hash__(self):
        return hash(self.address)

    def __bool__(self):
        return self.address != 0

    @property
    def _as_parameter_(self):
        return ctypes.c_void_p(self.address)

    def __repr__(self):
        return "<%s 0x%x>" % (self.type, self.address)


NULL = Pointer(voidptr, 0)


def _address_or_none(value):
    """The address held by a pointer-like value, or None if it is not one."""
    if isinstance(value, Pointer):
        return value.address
    if isinstance(value, (ctypes._Pointer, ctypes.c_void_p, ctypes.c_char_p, ctypes._CFuncPtr)):
        return ctypes.cast(value, ctypes.c_void_p).value or 0
    if isinstance(value, ctypes.Array):
        return ctypes.addressof(value)
    if type(value).__module__ == "_cffi_backend":
        return int(_cffi().cast("uintptr_t", value))
    return None


def _address(value):
    if value is None:
        return 0
    addr = _address_or_none(value)
    if addr is None:
        addr = int(value)  # an integer address, e.g. a.ctypes.data
    return addr


@functools.lru_cache(maxsize=None)
def _cffi():
    import cffi
    return cffi.FFI()


# --------------------------------------------------------------------------
# typeof: the Numba type of a Python value, as Numba's typeof names it.


def typeof(value):
    if isinstance(value, bool) or isinstance(value, np.bool_):
        return boolean
    if isinstance(value, int):
        return int64 if value < 1 << 63 else uint64
    if isinstance(value, float):
        return float64
    if isinstance(value, complex):
        return complex128
    if isinstance(value, str):
        return unicode_type
    if value is None:
        return none
    if isinstance(value, Pointer):
        return value.type
    if isinstance(value, np.ndarray):
        layout = "C" if value.flags.c_contiguous else "F" if value.flags.f_contiguous else "A"
        return ArrayType(_from_dtype(value.dtype), value.ndim, layout,
                         readonly=not value.flags.writeable)
    if isinstance(value, np.generic):  # numpy scalars, records included
        return _from_dtype(value.dtype)
    if isinstance(value, tuple):
        ts = [typeof(v) for v in value]
        if ts and all(t == ts[0] for t in ts):
            return UniTuple(ts[0], len(ts))
        return Tuple(ts)
    if isinstance(value, list) and value:
        return Type("reflected list(%s)<iv=None>" % typeof(value[0]))
    if isinstance(value, (Number, Boolean)):
        return Type("class(%s)" % value)
    if isinstance(value, Type):
        return Type("typeref[%s]" % value)
    if isinstance(value, Dispatcher):
        return Type("type(%r)" % value)
    return pyobject


# --------------------------------------------------------------------------
# Decorators


def _parse_signature(sig):
    """A signature given as a string, a Signature, or a tuple of arg types."""
    if isinstance(sig, str):
        sig = eval(sig, {}, dict(_type_names))  # as Numba does
    if isinstance(sig, Signature):
        return sig
    if isinstance(sig, (tuple, list)):
        return Signature(None, sig)
    raise TypeError("not a signature: %r" % (sig,))


def _convert(t, value):
    """Convert an argument or result to a declared type (scalars only)."""
    if isinstance(t, (Number, Boolean, PointerType)):
        return t.cast(value)
    return value


def _boxed(value):
    """A value as Numba boxes it for Python: numpy scalars become Python
    bool, int, float and complex, inside tuples and lists too."""
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.complexfloating):
        return complex(value)
    if type(value) is tuple:
        return tuple(_boxed(v) for v in value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(_boxed(v) for v in value))
    if type(value) is list:
        return [_boxed(v) for v in value]
    return value


_print = builtins.print


def _jit_print(*args, **kwargs):
    _print(*[_boxed(a) for a in args], **kwargs)


def _run_jitted(func, args, kwargs):
    """Calls the Python function as Numba runs compiled code: `print`
    inside shows numpy scalars boxed (nested calls keep it so)."""
    saved = builtins.print
    builtins.print = _jit_print
    try:
        return func(*args, **kwargs)
    finally:
        builtins.print = saved


class Dispatcher:
    """What @jit returns: the function, plus the argument types it was
    called with (`signatures`, a list of tuples of types, first call first).
    With explicit signatures those are fixed, and arguments and results are
    converted to the declared types."""

    def __init__(self, func, sigs, options):
        functools.update_wrapper(self, func)
        self.py_func = func
        self.targetoptions = options
        self._pysig = inspect.signature(func)
        self._sigs = [_parse_signature(s) for s in sigs]
        self.signatures = [s.args for s in self._sigs]
        self.nopython_signatures = list(self._sigs)

    def _arg_types(self, bound):
        ts = []
        for name, param in self._pysig.parameters.items():
            if name in bound.arguments:
                ts.append(typeof(bound.arguments[name]))
            elif param.default is not inspect.Parameter.empty:
                ts.append(Type("omitted(default=%r)" % (param.default,)))
        return tuple(ts)

    def __call__(self, *args, **kwargs):
        bound = self._pysig.bind(*args, **kwargs)
        if not self._sigs:
            ts = self._arg_types(bound)
            if ts not in self.signatures:
                self.signatures.append(ts)
            return _boxed(_run_jitted(self.py_func, args, kwargs))
        ts = self._arg_types(bound)
        sig = next((s for s in self._sigs if s.args == ts), None)
        if sig is None:
            sig = next((s for s in self._sigs if len(s.args) == len(ts)), self._sigs[0])
        names = list(bound.arguments)
        for name, t in zip(names, sig.args):
            bound.arguments[name] = _convert(t, bound.arguments[name])
        result = _run_jitted(self.py_func, bound.args, bound.kwargs)
        return _boxed(_convert(sig.return_type, result) if sig.return_type is not None else result)

    def compile(self, sig):
        sig = _parse_signature(sig)
        if sig.args not in self.signatures:
            self._sigs.append(sig)
            self.signatures.append(sig.args)

    def __repr__(self):
        return "CPUDispatcher(<function %s>)" % self.__name__


def jit(signature_or_function=None, locals=None, **options):
    """@jit, @jit(...options...), @jit("f8(f8)"), @jit([sigs]), jit(...)(f).
    `locals`, `nopython`, `cache`, ... are accepted and ignored; `argtypes`
    and `restype` (old Numba) give an explicit signature."""
    arg = signature_or_function
    if callable(arg) and not isinstance(arg, (Type, Signature)):
        return Dispatcher(arg, [], options)
    if arg is None:
        sigs = []
    elif isinstance(arg, list):
        sigs = list(arg)
    else:
        sigs = [arg]
    if "argtypes" in options:
        sigs.append(Signature(options.pop("restype", None), options.pop("argtypes")))

    def decorate(func):
        return Dispatcher(func, sigs, options)
    return decorate


def njit(*args, **options):
    options["nopython"] = True
    return jit(*args, **options)


autojit = jit


class _NumberKind(type):
    """`isinstance(t, types.Integer)` (or Float) of a number type object."""

    def __instancecheck__(cls, t):
        return isinstance(t, Number) and t.dtype.kind in cls._kinds


class Integer(metaclass=_NumberKind):
    _kinds = "iu"


class Float(metaclass=_NumberKind):
    _kinds = "f"


def generated_jit(function=None, **options):
    """Numba before 0.59: the function, called with its arguments' types
    (once per types), returns the implementation."""

    def wrap(fn):
        made = {}

        def dispatch(*args):
            key = tuple(typeof(a) for a in args)
            if key not in made:
                made[key] = fn(*key)
            return made[key](*args)

        return dispatch

    return wrap(function) if function is not None else wrap


def _ctype(t):
    """The ctypes type of a Numba type, for cfunc."""
    if t == none:
        return None
    if isinstance(t, PointerType):
        return ctypes.c_void_p
    if isinstance(t, Boolean):
        return ctypes.c_bool
    if isinstance(t, Number) and t.dtype.kind in "iuf":
        return np.ctypeslib.as_ctypes_type(t.dtype)
    raise TypeError("cfunc: unsupported type %s" % t)


class CFunc:
    """What @cfunc(sig) returns: a C function pointer (`address`), its ctypes
    function object (`ctypes`), a cffi function pointer (`cffi`), and a
    direct call of the Python function with Numba's conversions."""

    def __init__(self, func, sig):
        functools.update_wrapper(self, func)
        self.py_func = func
        self._sig = sig
        self.native_name = "cfunc." + func.__qualname__
        proto = ctypes.CFUNCTYPE(_ctype(sig.return_type), *[_ctype(t) for t in sig.args])
        self.ctypes = proto(self._from_c)
        self.address = ctypes.cast(self.ctypes, ctypes.c_void_p).value

    def _from_c(self, *cargs):
        args = [Pointer(t, a or 0) if isinstance(t, PointerType) else a
                for t, a in zip(self._sig.args, cargs)]
        result = _run_jitted(self.py_func, args, {})
        if isinstance(self._sig.return_type, PointerType):
            return _address(result)
        return result

    def __call__(self, *args):
        result = _run_jitted(self.py_func, [_convert(t, a) for t, a in zip(self._sig.args, args)], {})
        return _convert(self._sig.return_type, result)

    @property
    def cffi(self):
        cname = {"bool": "_Bool", "none": "void", "float32": "float", "float64": "double"}

        def c(t):
            return "void *" if isinstance(t, PointerType) else cname.get(t.name, t.name + "_t")
        decl = "%s(*)(%s)" % (c(self._sig.return_type), ", ".join(c(t) for t in self._sig.args) or "void")
        return _cffi().cast(decl, self.address)


def cfunc(sig, locals=None, **options):
    sig = _parse_signature(sig)
    if sig.return_type is None:
        raise TypeError("cfunc needs a return type")

    def decorate(func):
        return CFunc(func, sig)
    return decorate


# --------------------------------------------------------------------------
# Helpers


def carray(ptr, shape, dtype=None):
    """A C-ordered numpy array viewing the memory at ptr."""
    if dtype is None:
        if not isinstance(ptr, Pointer):
            raise TypeError("carray: dtype is needed for %r" % (ptr,))
        dtype = ptr.type.base.dtype
    dtype = np.dtype(dtype.dtype if isinstance(dtype, Type) else dtype)
    shape = (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)
    size = int(np.prod(shape)) * dtype.itemsize
    buf = (ctypes.c_char * size).from_address(_address(ptr))
    return np.frombuffer(buf, dtype=dtype).reshape(shape)


def farray(ptr, shape, dtype=None):
    """A Fortran-ordered numpy array viewing the memory at ptr."""
    shape = (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)
    return carray(ptr, shape[::-1], dtype).T


prange = range


def literal_unroll(container):
    """Numba unrolls a loop over it; in Python it is the container itself."""
    return container


_type_names = {k: v for k, v in list(globals().items()) if isinstance(v, Type)}

# `from numba import types` / `import numba.types` / `numba.types.int32`
types = _pytypes.ModuleType("numba.types")
types.__dict__.update(_type_names)
types.Type, types.Record, types.Array, types.CPointer = Type, Record, ArrayType, PointerType
types.Integer, types.Float = Integer, Float
sys.modules["numba.types"] = types

# Like Numba's, `from numba import *` gives the decorators and the type
# names (not `types`, `string` or `pyobject`, which would shadow modules).
__all__ = sorted(set(_type_names) - {"string", "pyobject"}) + [
    "jit", "njit", "autojit", "cfunc", "struct", "typeof", "carray", "farray",
    "prange", "literal_unroll", "NULL", "deferred_type", "optional",
]


def jitclass(cls_or_spec=None, spec=None):
    """`@jitclass`, `@jitclass(spec)`: the class itself, run as Python,
    with Numba's `class_type.instance_type`."""
    def wrap(cls):
        cls.class_type = _pytypes.SimpleNamespace(instance_type=cls)
        return cls
    if isinstance(cls_or_spec, type):
        return wrap(cls_or_spec)
    return wrap


class _Deferred:
    """`deferred_type()`: a type `define()` gives later."""

    def define(self, t):
        self.type = t


def deferred_type():
    return _Deferred()


def optional(t):
    """`optional(T)`: T or None."""
    return t


experimental = _pytypes.ModuleType("numba.experimental")
experimental.jitclass = jitclass
sys.modules["numba.experimental"] = experimental
