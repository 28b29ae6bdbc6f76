//! numpy's printing of scalars, arrays and dtypes, under the print options
//! `np.set_printoptions` sets ([`PrintOptions`]; floatmode 'maxprec', no
//! legacy mode). The structure follows `numpy/_core/arrayprint.py`, whose
//! names appear in comments.

use super::float::{
    complex_repr, exact_frac, exact_sig, float32_str, float_repr, push_exponent, push_mantissa,
    push_positional, shortest, shortest_f32, Digits,
};
use super::str_repr;
use std::ops::Range;
use std::rc::Rc;

/// numpy's print options (`np.set_printoptions`), numpy 2's defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// Digits after the point in 'maxprec' mode.
    pub precision: usize,
    /// Arrays of more elements print summarized.
    pub threshold: usize,
    /// Items shown at each end of a summarized axis.
    pub edgeitems: usize,
    pub linewidth: usize,
    /// Never scientific notation for small values (they round to zero).
    pub suppress: bool,
}

impl Default for PrintOptions {
    fn default() -> PrintOptions {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
        }
    }
}

/// The type of a numpy scalar. Integers carry their size in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScalarType {
    Bool,
    Int(u8),
    UInt(u8),
    F32,
    F64,
    C64,
    C128,
    /// `S<n>`: a byte string of at most n bytes.
    Bytes(usize),
    /// `U<n>`: a string of at most n code points.
    Unicode(usize),
}

/// A numpy scalar value, or one element of an array. Byte strings hold
/// one char per byte, as rumba's bytes do.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    UInt(u64),
    F32(f32),
    F64(f64),
    C64(f32, f32),
    C128(f64, f64),
    Bytes(Rc<str>),
    Str(Rc<str>),
}

/// An array's element type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FmtDType {
    Scalar(ScalarType),
    Record(RecordType),
}

/// A structured dtype: named fields at byte offsets in an item of
/// `itemsize` bytes. `aligned` is numpy's `align=True` flag (C layout).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordType {
    pub fields: Vec<Field>,
    pub itemsize: usize,
    pub aligned: bool,
}

/// A record field; a non-empty `shape` makes it a sub-array (`double v[3]`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub dtype: FmtDType,
    pub shape: Vec<usize>,
    pub offset: usize,
}

impl ScalarType {
    /// numpy's name: `bool`, `int32`, `uint8`, `float64`, `complex128`.
    pub fn name(self) -> String {
        match self {
            ScalarType::Bool => "bool".into(),
            ScalarType::Int(n) => format!("int{}", 8 * u32::from(n)),
            ScalarType::UInt(n) => format!("uint{}", 8 * u32::from(n)),
            ScalarType::F32 => "float32".into(),
            ScalarType::F64 => "float64".into(),
            ScalarType::C64 => "complex64".into(),
            ScalarType::C128 => "complex128".into(),
            ScalarType::Bytes(n) => format!("bytes{}", 8 * n),
            ScalarType::Unicode(n) => format!("str{}", 32 * n),
        }
    }

    pub fn itemsize(self) -> usize {
        match self {
            ScalarType::Bool => 1,
            ScalarType::Int(n) | ScalarType::UInt(n) => usize::from(n),
            ScalarType::F32 => 4,
            ScalarType::F64 | ScalarType::C64 => 8,
            ScalarType::C128 => 16,
            ScalarType::Bytes(n) => n,
            ScalarType::Unicode(n) => 4 * n,
        }
    }

    /// C alignment on the 64-bit targets rumba runs on.
    fn alignment(self) -> usize {
        match self {
            ScalarType::C128 => 8,
            ScalarType::C64 | ScalarType::Unicode(_) => 4,
            ScalarType::Bytes(_) => 1,
            t => t.itemsize(),
        }
    }

    /// The short type string numpy uses inside record dtypes: `'<f8'`
    /// (rumba's targets are little-endian), `'u1'` (no byte order for single
    /// bytes), `'?'`.
    fn short_code(self) -> String {
        let (kind, size) = match self {
            ScalarType::Bool => return "'?'".into(),
            ScalarType::Int(n) => ('i', usize::from(n)),
            ScalarType::UInt(n) => ('u', usize::from(n)),
            ScalarType::F32 => ('f', 4),
            ScalarType::F64 => ('f', 8),
            ScalarType::C64 => ('c', 8),
            ScalarType::C128 => ('c', 16),
            ScalarType::Bytes(n) => return format!("'S{n}'"),
            ScalarType::Unicode(n) => ('U', n),
        };
        let order = if size == 1 { "" } else { "<" };
        format!("'{order}{kind}{size}'")
    }
}

impl Field {
    /// A scalar or record field; its offset is set by the record's layout.
    pub fn new(name: impl Into<String>, dtype: FmtDType) -> Field {
        Field {
            name: name.into(),
            dtype,
            shape: Vec::new(),
            offset: 0,
        }
    }

    /// A sub-array field of the given shape.
    pub fn array(name: impl Into<String>, dtype: FmtDType, shape: Vec<usize>) -> Field {
        Field {
            name: name.into(),
            dtype,
            shape,
            offset: 0,
        }
    }

    fn count(&self) -> usize {
        self.shape.iter().product()
    }

    fn size(&self) -> usize {
        self.dtype.itemsize() * self.count()
    }
}

impl RecordType {
    /// Fields back to back, as `np.dtype([...])` lays them out.
    pub fn packed(mut fields: Vec<Field>) -> RecordType {
        let mut offset = 0;
        for f in &mut fields {
            f.offset = offset;
            offset += f.size();
        }
        RecordType {
            fields,
            itemsize: offset,
            aligned: false,
        }
    }

    /// Fields at C struct offsets, as `np.dtype([...], align=True)` lays
    /// them out.
    pub fn aligned(mut fields: Vec<Field>) -> RecordType {
        let mut offset = 0usize;
        let mut max_align = 1;
        for f in &mut fields {
            let align = f.dtype.alignment();
            max_align = max_align.max(align);
            f.offset = offset.next_multiple_of(align);
            offset = f.offset + f.size();
        }
        RecordType {
            fields,
            itemsize: offset.next_multiple_of(max_align),
            aligned: true,
        }
    }

    fn alignment(&self) -> usize {
        if self.aligned {
            self.fields
                .iter()
                .map(|f| f.dtype.alignment())
                .max()
                .unwrap_or(1)
        } else {
            1
        }
    }

    /// Whether the list form of the dtype reproduces this layout: numpy's
    /// `_is_packed`.
    fn is_packed(&self) -> bool {
        let mut total = 0usize;
        let mut max_align = 1;
        for f in &self.fields {
            if self.aligned {
                let align = f.dtype.alignment();
                total = total.next_multiple_of(align);
                max_align = max_align.max(align);
            }
            if f.offset != total {
                return false;
            }
            total += f.size();
        }
        if self.aligned {
            total = total.next_multiple_of(max_align);
        }
        total == self.itemsize
    }

    /// Scalars per record, sub-arrays and nested records flattened.
    fn leaves(&self) -> usize {
        self.fields
            .iter()
            .map(|f| f.dtype.leaves() * f.count())
            .sum()
    }
}

impl FmtDType {
    fn itemsize(&self) -> usize {
        match self {
            FmtDType::Scalar(t) => t.itemsize(),
            FmtDType::Record(r) => r.itemsize,
        }
    }

    fn alignment(&self) -> usize {
        match self {
            FmtDType::Scalar(t) => t.alignment(),
            FmtDType::Record(r) => r.alignment(),
        }
    }

    fn leaves(&self) -> usize {
        match self {
            FmtDType::Scalar(_) => 1,
            FmtDType::Record(r) => r.leaves(),
        }
    }
}

/// `str(dtype)`: `float64`, `int32`, `[('x', '<f8'), ('y', '<i4')]`, or the
/// dict form `{'names': [...], 'formats': [...], 'offsets': [...],
/// 'itemsize': N}` when the list form cannot express the layout.
pub fn dtype_str(dtype: &FmtDType) -> String {
    match dtype {
        FmtDType::Scalar(ScalarType::Bytes(n)) => format!("|S{n}"),
        FmtDType::Scalar(ScalarType::Unicode(n)) => format!("<U{n}"),
        FmtDType::Scalar(t) => t.name(),
        FmtDType::Record(r) => struct_str(r, true),
    }
}

/// `repr(dtype)` (numpy's `__repr__`): `dtype('float32')`, `dtype('S3')`,
/// `dtype(('<f8', (2, 3)))` for a sub-array of `shape`,
/// `dtype([('a', 'i1'), ('b', '<f8')], align=True)`.
pub fn dtype_repr(dtype: &FmtDType, shape: &[usize]) -> String {
    let arg = match dtype {
        _ if !shape.is_empty() => format!("({}, {})", construction_repr(dtype), shape_repr(shape)),
        FmtDType::Scalar(ScalarType::Bytes(n)) => format!("'S{n}'"),
        FmtDType::Scalar(ScalarType::Unicode(n)) => format!("'<U{n}'"),
        FmtDType::Scalar(t) => format!("'{}'", t.name()),
        FmtDType::Record(r) if r.aligned => format!("{}, align=True", struct_str(r, false)),
        FmtDType::Record(r) => struct_str(r, false),
    };
    format!("dtype({arg})")
}

/// numpy's `_struct_str`.
fn struct_str(r: &RecordType, include_align: bool) -> String {
    let join = |items: Vec<String>| items.join(", ");
    if !(include_align && r.aligned) && r.is_packed() {
        let items = r.fields.iter().map(|f| {
            let mut item = format!("({}, {}", str_repr(&f.name), construction_repr(&f.dtype));
            if !f.shape.is_empty() {
                item.push_str(", ");
                item.push_str(&shape_repr(&f.shape));
            }
            item.push(')');
            item
        });
        return format!("[{}]", join(items.collect()));
    }
    let names = join(r.fields.iter().map(|f| str_repr(&f.name)).collect());
    let formats = join(
        r.fields
            .iter()
            .map(|f| match f.shape.is_empty() {
                true => construction_repr(&f.dtype),
                false => format!(
                    "({}, {})",
                    construction_repr(&f.dtype),
                    shape_repr(&f.shape)
                ),
            })
            .collect(),
    );
    let offsets = join(r.fields.iter().map(|f| f.offset.to_string()).collect());
    let aligned = if include_align && r.aligned {
        ", 'aligned': True"
    } else {
        ""
    };
    format!(
        "{{'names': [{names}], 'formats': [{formats}], 'offsets': [{offsets}], \
         'itemsize': {}{aligned}}}",
        r.itemsize
    )
}

/// numpy's `_construction_repr(dtype, short=True)`, for types inside records.
fn construction_repr(dtype: &FmtDType) -> String {
    match dtype {
        FmtDType::Scalar(t) => t.short_code(),
        FmtDType::Record(r) => struct_str(r, false),
    }
}

/// A Python tuple of ints: `(3,)`, `(2, 3)`.
pub fn shape_repr<T: std::fmt::Display>(shape: &[T]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(T::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `str(x)` of a numpy scalar: `0.1` for `np.float32(0.1)`, `(1+2j)`, `True`.
pub fn scalar_str(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.into(),
        Scalar::Int(v) => v.to_string(),
        Scalar::UInt(v) => v.to_string(),
        Scalar::F32(x) => float32_str(x),
        Scalar::F64(x) => float_repr(x),
        Scalar::C64(re, im) => complex64_str(re, im),
        Scalar::C128(re, im) => complex_repr(re, im),
        Scalar::Bytes(b) => crate::show::bytes_repr(&b),
        Scalar::Str(t) => t.to_string(),
    }
}

/// `str(np.complex64(z))`: as Python's complex repr, each part with the
/// shortest digits of a float32 (`(0.1+0.2j)`, `3j`).
fn complex64_str(re: f32, im: f32) -> String {
    let part = |x: f32, sign: bool| {
        let mut t = float32_str(x);
        if let Some(whole) = t.strip_suffix(".0") {
            t = whole.to_string();
        }
        if sign && !t.starts_with('-') {
            t.insert(0, '+');
        }
        t
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

/// An element of a string array or field as numpy prints it: its repr.
fn text_repr(s: &Scalar) -> String {
    match s {
        Scalar::Bytes(b) => crate::show::bytes_repr(b),
        Scalar::Str(t) => super::str_repr(t),
        s => scalar_str(s.clone()),
    }
}

/// `repr(x)` of a numpy scalar: `np.float32(0.1)`, `np.int8(3)`, `np.True_`,
/// `np.complex128(1+2j)`.
pub fn scalar_repr(ty: ScalarType, s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.into(),
        Scalar::C64(..) | Scalar::C128(..) => {
            let text = scalar_str(s);
            let inner = text.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
            format!("np.{}({})", ty.name(), inner.unwrap_or(&text))
        }
        Scalar::Bytes(_) => format!("np.bytes_({})", text_repr(&s)),
        Scalar::Str(_) => format!("np.str_({})", text_repr(&s)),
        _ => format!("np.{}({})", ty.name(), scalar_str(s)),
    }
}

/// `str(a[i])` of one record (a numpy void scalar), `elems` being its
/// flattened fields: `(1.0, 2)`. Unlike inside arrays, floats print as
/// their scalar str.
pub fn record_str(rec: &RecordType, elems: &[Scalar]) -> String {
    assert_eq!(
        elems.len(),
        rec.leaves(),
        "record_str: wrong number of scalars"
    );
    let ctx = Ctx {
        float_str: true,
        zero_d: true,
        opts: PrintOptions::default(),
    };
    let f = ElemFormat::record(rec, &[elems], ctx);
    let mut out = String::new();
    f.write(elems, &mut out);
    out
}

/// `str(a)` / `print(a)` of an array with the given shape, its elements in
/// C order (records flattened field by field).
pub fn array_str(
    dtype: &FmtDType,
    shape: &[usize],
    elems: &[Scalar],
    opts: &PrintOptions,
) -> String {
    check_elems(dtype, shape, elems);
    if shape.is_empty() {
        // A 0-d array prints as its scalar.
        return match dtype {
            FmtDType::Scalar(_) => scalar_str(elems[0].clone()),
            FmtDType::Record(r) => record_str(r, elems),
        };
    }
    array2string(dtype, shape, elems, " ", " ", opts.linewidth, opts)
}

/// `repr(a)`: `array([1., 2.])`, `array([1, 2], dtype=int32)`,
/// `array([], shape=(0, 3), dtype=float64)`.
pub fn array_repr(
    dtype: &FmtDType,
    shape: &[usize],
    elems: &[Scalar],
    opts: &PrintOptions,
) -> String {
    const PREFIX: &str = "array(";
    check_elems(dtype, shape, elems);
    let size: usize = shape.iter().product();
    // Continuation lines are indented past "array([", and the closing
    // parenthesis takes a column from every line.
    let indent = " ".repeat(PREFIX.len());
    let body = array2string(
        dtype,
        shape,
        elems,
        ", ",
        &format!("{indent} "),
        opts.linewidth.saturating_sub(1),
        opts,
    );
    let mut extras = Vec::new();
    if (size == 0 && shape != [0]) || size > opts.threshold {
        extras.push(format!("shape={}", shape_repr(shape)));
    }
    let implied = matches!(
        dtype,
        FmtDType::Scalar(
            ScalarType::Int(8) | ScalarType::F64 | ScalarType::C128 | ScalarType::Bool
        )
    );
    if !implied || size == 0 {
        let name = match dtype {
            // Flexible dtypes show their type string, quoted.
            FmtDType::Scalar(ScalarType::Bytes(_) | ScalarType::Unicode(_)) => {
                format!("'{}'", dtype_str(dtype))
            }
            FmtDType::Scalar(t) => t.name(),
            FmtDType::Record(r) => struct_str(r, true),
        };
        extras.push(format!("dtype={name}"));
    }
    if extras.is_empty() {
        return format!("{PREFIX}{body})");
    }
    let head = format!("{PREFIX}{body},");
    let tail = format!("{})", extras.join(", "));
    let last_line = head.rsplit('\n').next().unwrap_or("").chars().count();
    let spacer = if last_line + tail.chars().count() + 1 > opts.linewidth {
        format!("\n{indent}")
    } else {
        " ".into()
    };
    format!("{head}{spacer}{tail}")
}

fn check_elems(dtype: &FmtDType, shape: &[usize], elems: &[Scalar]) {
    let size: usize = shape.iter().product();
    assert_eq!(
        elems.len(),
        size * dtype.leaves(),
        "array printing: wrong number of scalars"
    );
}

/// numpy's `_array2string`: picks element formatters from the printed
/// elements, then lays them out with `_formatArray`.
fn array2string(
    dtype: &FmtDType,
    shape: &[usize],
    elems: &[Scalar],
    separator: &str,
    next_line_prefix: &str,
    line_width: usize,
    opts: &PrintOptions,
) -> String {
    let size: usize = shape.iter().product();
    if size == 0 {
        return "[]".into();
    }
    let summarize = (size > opts.threshold).then_some(opts.edgeitems);
    let leaves = dtype.leaves();
    let mut shown = Vec::new();
    shown_items(shape, summarize, 0, &mut shown);
    let items: Vec<&[Scalar]> = shown
        .iter()
        .map(|&i| &elems[i * leaves..][..leaves])
        .collect();
    let ctx = Ctx {
        float_str: false,
        zero_d: shape.is_empty(),
        opts: *opts,
    };
    let format = match dtype {
        FmtDType::Scalar(t) => ElemFormat::scalars(*t, items.iter().map(|s| &s[0]), ctx),
        FmtDType::Record(r) => ElemFormat::record(r, &items, ctx),
    };
    let mut strides = vec![leaves; shape.len()];
    for axis in (0..shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * shape[axis + 1];
    }
    let layout = Layout {
        shape,
        strides: &strides,
        elems,
        format: &format,
        separator,
        summarize,
    };
    layout.recurse(0, 0, next_line_prefix, line_width)
}

/// The indices that print along an axis of `len`: all of them, or when
/// summarizing (`Some(edgeitems)`) a long axis the first and last
/// edgeitems, "..." between.
fn axis_indices(len: usize, summarize: Option<usize>) -> (Range<usize>, Range<usize>) {
    match summarize {
        // numpy always prints an axis' last item, even with no edge items.
        Some(0) if len > 0 => (0..0, len - 1..len),
        Some(edge) if len > 2 * edge => (0..edge, len - edge..len),
        _ => (0..len, len..len),
    }
}

/// Flat indices of the items that print (numpy's `_leading_trailing`).
fn shown_items(shape: &[usize], summarize: Option<usize>, base: usize, out: &mut Vec<usize>) {
    let Some((&len, rest)) = shape.split_first() else {
        out.push(base);
        return;
    };
    let stride: usize = rest.iter().product();
    // With no edge items numpy's `a[-0:]` keeps the whole axis, and every
    // item counts for the widths.
    let (head, tail) = match summarize {
        Some(0) => (0..len, len..len),
        _ => axis_indices(len, summarize),
    };
    for i in head.chain(tail) {
        shown_items(rest, summarize, base + i * stride, out);
    }
}

/// numpy's `_formatArray`.
struct Layout<'a> {
    shape: &'a [usize],
    /// Scalars between consecutive indices of each axis.
    strides: &'a [usize],
    elems: &'a [Scalar],
    format: &'a ElemFormat,
    separator: &'a str,
    /// The edge items of summarized axes.
    summarize: Option<usize>,
}

impl Layout<'_> {
    fn recurse(&self, axis: usize, start: usize, hanging_indent: &str, width: usize) -> String {
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            let mut word = String::new();
            self.format.write(&self.elems[start..], &mut word);
            return word;
        }
        // Nested rows start one column further in, after their "[".
        let next_indent = format!("{hanging_indent} ");
        let next_width = width.saturating_sub(1);
        let len = self.shape[axis];
        let (head, tail) = axis_indices(len, self.summarize);
        let gap = (!tail.is_empty()).then_some(tail.start);
        let item = |i: usize| {
            self.recurse(
                axis + 1,
                start + i * self.strides[axis],
                &next_indent,
                next_width,
            )
        };
        let indices = head.chain(tail);
        let mut s = String::new();
        if axes_left == 1 {
            // Room for the separator or the closing bracket.
            let elem_width = width.saturating_sub(self.separator.trim_end().len().max(1));
            let mut line = hanging_indent.to_string();
            for i in indices {
                if gap == Some(i) {
                    extend_line(&mut s, &mut line, "...", elem_width, hanging_indent);
                    line.push_str(self.separator);
                }
                extend_line(&mut s, &mut line, &item(i), elem_width, hanging_indent);
                if i + 1 < len {
                    line.push_str(self.separator);
                }
            }
            s.push_str(&line);
        } else {
            let line_sep = format!(
                "{}{}",
                self.separator.trim_end(),
                "\n".repeat(axes_left - 1)
            );
            for i in indices {
                if gap == Some(i) {
                    s.push_str(hanging_indent);
                    s.push_str("...");
                    s.push_str(&line_sep);
                }
                s.push_str(hanging_indent);
                s.push_str(&item(i));
                if i + 1 < len {
                    s.push_str(&line_sep);
                }
            }
        }
        format!("[{}]", s.get(hanging_indent.len()..).unwrap_or(""))
    }
}

/// numpy's `_extendLine`: appends `word`, first wrapping when the line would
/// overflow unless it holds nothing but the indent.
fn extend_line(s: &mut String, line: &mut String, word: &str, width: usize, indent: &str) {
    if line.len() + word.len() > width && line.len() > indent.len() {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(indent);
    }
    line.push_str(word);
}

/// What the formatted data looks like to numpy.
#[derive(Clone, Copy)]
struct Ctx {
    /// Floats print as their scalar str (`str(np.void)` sets
    /// `float_kind=str`).
    float_str: bool,
    /// The data is 0-d, so bools get no alignment space.
    zero_d: bool,
    opts: PrintOptions,
}

/// An element formatter fitted to the data it will print: numpy's
/// `BoolFormat`, `IntegerFormat`, `FloatingFormat`,
/// `ComplexFloatingFormat`, `StructuredVoidFormat`, `SubArrayFormat`.
enum ElemFormat {
    Bool {
        pad: bool,
    },
    Int {
        width: usize,
    },
    Float(FloatFormat),
    Complex(FloatFormat, FloatFormat),
    /// The scalar's own str.
    Str,
    /// A string's repr, unpadded (numpy's `repr_format` for strings).
    Text,
    Record(Vec<FieldFormat>),
}

struct FieldFormat {
    format: ElemFormat,
    /// Index of the field's first scalar within a record.
    start: usize,
    /// Scalars per sub-array element.
    leaves: usize,
    shape: Vec<usize>,
    opts: PrintOptions,
}

impl ElemFormat {
    /// Fits a formatter for scalars of type `ty` to `values`.
    fn scalars<'s>(
        ty: ScalarType,
        values: impl Iterator<Item = &'s Scalar> + Clone,
        ctx: Ctx,
    ) -> ElemFormat {
        match ty {
            ScalarType::Bool => ElemFormat::Bool { pad: !ctx.zero_d },
            ScalarType::Int(_) | ScalarType::UInt(_) => ElemFormat::Int {
                width: values
                    .map(|v| scalar_str(v.clone()).len())
                    .max()
                    .unwrap_or(0),
            },
            ScalarType::F32 | ScalarType::F64 if ctx.float_str => ElemFormat::Str,
            ScalarType::F32 => {
                ElemFormat::Float(FloatFormat::new(values.map(real), true, false, &ctx.opts))
            }
            ScalarType::F64 => {
                ElemFormat::Float(FloatFormat::new(values.map(real), false, false, &ctx.opts))
            }
            ScalarType::C64 => ElemFormat::Complex(
                FloatFormat::new(values.clone().map(real), true, false, &ctx.opts),
                FloatFormat::new(values.map(imag), true, true, &ctx.opts),
            ),
            ScalarType::C128 => ElemFormat::Complex(
                FloatFormat::new(values.clone().map(real), false, false, &ctx.opts),
                FloatFormat::new(values.map(imag), false, true, &ctx.opts),
            ),
            ScalarType::Bytes(_) | ScalarType::Unicode(_) => ElemFormat::Text,
        }
    }

    /// Fits each field's formatter to that field's values across `items`.
    fn record(rec: &RecordType, items: &[&[Scalar]], ctx: Ctx) -> ElemFormat {
        let mut start = 0;
        let fields = rec
            .fields
            .iter()
            .map(|f| {
                let leaves = f.dtype.leaves();
                let span = start..start + leaves * f.count();
                let subs = items
                    .iter()
                    .flat_map(move |item| item[span.clone()].chunks_exact(leaves));
                // A sub-array is never 0-d, whatever the record is.
                let ctx = Ctx {
                    zero_d: ctx.zero_d && f.shape.is_empty(),
                    ..ctx
                };
                let format = match &f.dtype {
                    FmtDType::Scalar(t) => ElemFormat::scalars(*t, subs.map(|s| &s[0]), ctx),
                    FmtDType::Record(r) => ElemFormat::record(r, &subs.collect::<Vec<_>>(), ctx),
                };
                let field = FieldFormat {
                    format,
                    start,
                    leaves,
                    shape: f.shape.clone(),
                    opts: ctx.opts,
                };
                start += leaves * f.count();
                field
            })
            .collect();
        ElemFormat::Record(fields)
    }

    /// Formats the element whose scalars start at `elems[0]`.
    fn write(&self, elems: &[Scalar], out: &mut String) {
        match self {
            ElemFormat::Bool { pad } => out.push_str(match (&elems[0], pad) {
                (Scalar::Bool(false), _) => "False",
                (_, true) => " True",
                (_, false) => "True",
            }),
            ElemFormat::Int { width } => {
                let text = scalar_str(elems[0].clone());
                out.extend(std::iter::repeat_n(' ', width.saturating_sub(text.len())));
                out.push_str(&text);
            }
            ElemFormat::Float(f) => f.write(real(&elems[0]), out),
            ElemFormat::Complex(re, im) => {
                re.write(real(&elems[0]), out);
                let mut i = String::new();
                im.write(imag(&elems[0]), &mut i);
                // The 'j' goes before the imaginary part's padding.
                let end = i.trim_end().len();
                out.push_str(&i[..end]);
                out.push('j');
                out.push_str(&i[end..]);
            }
            ElemFormat::Str => out.push_str(&scalar_str(elems[0].clone())),
            ElemFormat::Text => out.push_str(&text_repr(&elems[0])),
            ElemFormat::Record(fields) => {
                out.push('(');
                for (n, f) in fields.iter().enumerate() {
                    if n > 0 {
                        out.push_str(", ");
                    }
                    f.write(&elems[f.start..], out);
                }
                if fields.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
        }
    }
}

impl FieldFormat {
    fn write(&self, elems: &[Scalar], out: &mut String) {
        if self.shape.is_empty() {
            return self.format.write(elems, out);
        }
        let summary = self.shape.iter().product::<usize>() > self.opts.threshold;
        self.write_sub(&self.shape, elems, summary, out);
    }

    /// numpy's `SubArrayFormat.format_array`: nested lists with ", ".
    fn write_sub(&self, shape: &[usize], elems: &[Scalar], summary: bool, out: &mut String) {
        let Some((&len, rest)) = shape.split_first() else {
            return self.format.write(elems, out);
        };
        let stride = rest.iter().product::<usize>() * self.leaves;
        let edge = self.opts.edgeitems;
        let skip = summary && len > 2 * edge;
        out.push('[');
        for i in 0..len {
            if skip && (edge..len - edge).contains(&i) {
                if i == edge {
                    out.push_str("..., ");
                }
                continue;
            }
            self.write_sub(rest, &elems[i * stride..], summary, out);
            if i + 1 < len {
                out.push_str(", ");
            }
        }
        out.push(']');
    }
}

fn real(s: &Scalar) -> f64 {
    match *s {
        Scalar::Bool(b) => f64::from(u8::from(b)),
        Scalar::Int(v) => v as f64,
        Scalar::UInt(v) => v as f64,
        Scalar::F32(x) | Scalar::C64(x, _) => f64::from(x),
        Scalar::F64(x) | Scalar::C128(x, _) => x,
        Scalar::Bytes(_) | Scalar::Str(_) => 0.0,
    }
}

fn imag(s: &Scalar) -> f64 {
    match *s {
        Scalar::C64(_, y) => f64::from(y),
        Scalar::C128(_, y) => y,
        _ => 0.0,
    }
}

/// numpy's `FloatingFormat` in 'maxprec' mode: every value gets the
/// shortest digits that round-trip, at most PRECISION after the point;
/// then all share one layout: positional with the points aligned, or
/// scientific with equal mantissa and exponent widths.
struct FloatFormat {
    f32: bool,
    /// Digits after the point at most.
    precision: usize,
    scientific: bool,
    /// Always write a sign (imaginary parts).
    plus: bool,
    /// Columns left of the point, sign included.
    pad_left: usize,
    /// Columns right of the point (scientific: fraction, 'e' and exponent).
    pad_right: usize,
    /// Scientific only: digits after the point.
    frac_digits: usize,
    /// Scientific only: exponent digits (at least 2).
    exp_digits: usize,
}

impl FloatFormat {
    fn new(
        values: impl Iterator<Item = f64> + Clone,
        f32: bool,
        plus: bool,
        opts: &PrintOptions,
    ) -> FloatFormat {
        let finite = values.clone().filter(|x| x.is_finite());
        let mut f = FloatFormat {
            f32,
            precision: opts.precision,
            scientific: scientific(finite.clone(), f32, opts.suppress),
            plus,
            pad_left: 0,
            pad_right: 0,
            frac_digits: 0,
            exp_digits: 0,
        };
        for x in finite {
            let d = f.digits(x);
            let sign = usize::from(x.is_sign_negative() || plus);
            if f.scientific {
                let exp = (d.decpt - 1).unsigned_abs().to_string().len().max(2);
                f.exp_digits = f.exp_digits.max(exp);
                f.frac_digits = f.frac_digits.max(d.digits.len() - 1);
                f.pad_left = f.pad_left.max(sign + 1);
            } else {
                f.pad_left = f.pad_left.max(sign + d.decpt.max(1) as usize);
                f.pad_right = f.pad_right.max(d.frac_len());
            }
        }
        if f.scientific {
            f.pad_right = f.exp_digits + 2 + f.frac_digits;
        }
        // Room for "nan", "inf", "-inf" in the same width as the numbers.
        let mut nonfinite = values.filter(|x| !x.is_finite()).peekable();
        if nonfinite.peek().is_some() {
            let neginf = plus || nonfinite.any(|x| x == f64::NEG_INFINITY);
            let need = 3 + usize::from(neginf);
            f.pad_left = f.pad_left.max(need.saturating_sub(f.pad_right + 1));
        }
        f
    }

    /// The digits that decide the layout: the shortest round-trip digits
    /// unless they exceed the precision, in which case the value is
    /// rounded to it; trailing zeros trimmed.
    fn digits(&self, x: f64) -> Digits {
        let d = if self.f32 {
            shortest_f32(x as f32)
        } else {
            shortest(x)
        };
        if self.scientific {
            if d.digits.len() > self.precision + 1 {
                return exact_sig(x, self.precision + 1).trim();
            }
        } else if d.frac_len() > self.precision {
            return exact_frac(x, self.precision).trim();
        }
        d
    }

    /// The digits printed: positional ones as laid out; scientific ones
    /// continue past the shortest digits with the value's exact digits
    /// (numpy's `min_digits`), so float32 `94.41652` prints `9.4416519e+01`
    /// next to a value that needs eight digits.
    fn printed_digits(&self, x: f64) -> Digits {
        let d = self.digits(x);
        if self.scientific && d.digits.len() != self.frac_digits + 1 {
            exact_sig(x, self.frac_digits + 1)
        } else {
            d
        }
    }

    fn write(&self, x: f64, out: &mut String) {
        let start = out.len();
        if !x.is_finite() {
            let sign = if x == f64::NEG_INFINITY {
                "-"
            } else if self.plus {
                "+"
            } else {
                ""
            };
            let text = format!("{sign}{}", if x.is_nan() { "nan" } else { "inf" });
            let width = self.pad_left + self.pad_right + 1;
            out.extend(std::iter::repeat_n(' ', width.saturating_sub(text.len())));
            out.push_str(&text);
            return;
        }
        if x.is_sign_negative() {
            out.push('-');
        } else if self.plus {
            out.push('+');
        }
        let d = self.printed_digits(x);
        if self.scientific {
            push_mantissa(out, &d);
            out.push('e');
            push_exponent(out, d.decpt - 1, self.exp_digits);
        } else {
            push_positional(out, &d);
            out.extend(std::iter::repeat_n(
                ' ',
                self.pad_right.saturating_sub(d.frac_len()),
            ));
        }
        let int_len = out[start..].find('.').unwrap_or(out.len() - start);
        let pad = self.pad_left.saturating_sub(int_len);
        out.insert_str(start, &" ".repeat(pad));
    }
}

/// Whether numpy switches a float array to scientific notation: by the
/// magnitudes of its finite nonzero values, compared in the array's own
/// precision (with `suppress`, only for large values).
fn scientific(finite: impl Iterator<Item = f64>, f32: bool, suppress: bool) -> bool {
    let nonzero = finite.filter(|&x| x != 0.0).map(f64::abs);
    let Some((min, max)) = nonzero.fold(None, |acc: Option<(f64, f64)>, x| {
        Some(acc.map_or((x, x), |(lo, hi)| (lo.min(x), hi.max(x))))
    }) else {
        return false;
    };
    if f32 {
        // The upper cutoff is 10**min(8, decimal digits of the type), and
        // numpy 2 compares with Python floats in float32 (NEP 50).
        let (min, max) = (min as f32, max as f32);
        max >= 1e6 || (!suppress && (min < 1e-4 || max / min > 1000.0))
    } else {
        max >= 1e8 || (!suppress && (min < 1e-4 || max / min > 1000.0))
    }
}
