//! Record fields whose memory is not one number: complex numbers (two
//! floats, a float32 pair widened for complex64) and numpy's fixed-width
//! strings (`lib_record`). Typing marks them with `DType::Record` of the
//! field's C type (`typeck::records::field_mem`); the elements of string
//! arrays (`DType::Text`) are read and written the same way.

use super::*;
use vm::lib_record::{record_copy, text_column_store, text_load, text_store, TextField};

impl Lower<'_> {
    /// `a == s` of string arrays (`typeck::records::text_compare`).
    pub(super) fn text_compare(
        &mut self,
        op: CmpOp,
        l: &[Reg],
        lt: &Type,
        r: &[Reg],
        rt: &Type,
        t: &Type,
    ) -> LResult<Regs> {
        let aux = vm::lib_record::TextCmp {
            op: super::expr::cmp_kind(op),
            left_array: matches!(lt, Type::Array(_)),
            right_array: matches!(rt, Type::Array(_)),
        };
        let args = [
            (l.iter().copied().collect(), lt.clone()),
            (r.iter().copied().collect(), rt.clone()),
        ];
        let native = Native::with(vm::lib_record::text_compare, aux);
        self.call_native("string compare", native, &args, t)
    }

    /// Loads the field at `addr + offset`, if its memory is of that kind.
    pub(super) fn load_special(
        &mut self,
        addr: Reg,
        offset: u32,
        mem: DType,
        ty: &Type,
    ) -> LResult<Option<Regs>> {
        let kind = match mem {
            DType::Record(fty) => self.prog.ctypes.get(fty).clone(),
            DType::Text { unicode, len } => CType::Text {
                unicode,
                len: len.into(),
            },
            _ => return Ok(None),
        };
        match kind {
            CType::Complex { double } => {
                let (part, size) = complex_part(double);
                let re = self.load_mem(addr, offset, part)?;
                let im = self.load_mem(addr, offset + size, part)?;
                let re = self.convert(&re, &Type::of_dtype(part), &Type::F64, false)?;
                let im = self.convert(&im, &Type::of_dtype(part), &Type::F64, false)?;
                Ok(Some(smallvec::smallvec![re[0], im[0]]))
            }
            CType::Text { unicode, len } => {
                let aux = self.text_field(offset, unicode, len)?;
                let args = [(smallvec::smallvec![addr], Type::Int(IntTy::U64))];
                let v =
                    self.call_native("string field", Native::with(text_load, aux), &args, ty)?;
                Ok(Some(v))
            }
            _ => Ok(None),
        }
    }

    /// Stores `v` (of the field's type `ty`) at `addr + offset`, if the
    /// field's memory is of that kind.
    pub(super) fn store_special(
        &mut self,
        addr: Reg,
        offset: u32,
        mem: DType,
        ty: &Type,
        v: &[Reg],
    ) -> LResult<bool> {
        let kind = match mem {
            DType::Record(fty) => self.prog.ctypes.get(fty).clone(),
            DType::Text { unicode, len } => CType::Text {
                unicode,
                len: len.into(),
            },
            _ => return Ok(false),
        };
        match kind {
            CType::Complex { double } => {
                let (part, size) = complex_part(double);
                for (k, &r) in v.iter().enumerate().take(2) {
                    let x = self.convert(&[r], &Type::F64, &Type::of_dtype(part), false)?;
                    self.store_mem(addr, offset + size * k as u32, part, x[0])?;
                }
                Ok(true)
            }
            CType::Text { unicode, len } => {
                let aux = self.text_field(offset, unicode, len)?;
                let args = [
                    (smallvec::smallvec![addr], Type::Int(IntTy::U64)),
                    (v.iter().copied().collect(), ty.clone()),
                ];
                self.call_native(
                    "string field",
                    Native::with(text_store, aux),
                    &args,
                    &Type::None,
                )?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `a['s'] = v` of a record array's string field (typing marks the
    /// column with `DType::Record` of the field's C type).
    pub(super) fn store_text_column(
        &mut self,
        o: &[Reg],
        ot: &Type,
        offset: u32,
        dtype: DType,
        v: &[Reg],
        vt: &Type,
    ) -> LResult<bool> {
        let (unicode, len) = match dtype {
            DType::Record(fty) => match *self.prog.ctypes.get(fty) {
                CType::Text { unicode, len } => (unicode, len),
                _ => return Ok(false),
            },
            DType::Text { unicode, len } => (unicode, len.into()),
            _ => return Ok(false),
        };
        let aux = self.text_field(offset, unicode, len)?;
        let args = [
            (o.iter().copied().collect(), ot.clone()),
            (v.iter().copied().collect(), vt.clone()),
        ];
        let f = Native::with(text_column_store, aux);
        self.call_native("string column", f, &args, &Type::None)?;
        Ok(true)
    }

    /// A record a jitted function returns to Python is a copy (Numba boxes
    /// it as a new `np.record`); between jitted functions it stays a view.
    pub(super) fn boxed_record(&mut self, v: Regs, t: &Type) -> LResult<Regs> {
        let Type::Record(id) = t else {
            return Ok(v);
        };
        let size = self.prog.ctypes.size(*id).unwrap_or(0) as usize;
        let args = [(v, t.clone())];
        self.call_native("record copy", Native::with(record_copy, size), &args, t)
    }

    fn text_field(&self, offset: u32, unicode: bool, len: u64) -> LResult<TextField> {
        let len = u32::try_from(len).map_err(|_| {
            let kind = if unicode { 'U' } else { 'S' };
            self.err(
                self.span,
                format!("'{kind}{len}' is too long a string field"),
            )
        })?;
        Ok(TextField {
            offset,
            len,
            unicode,
        })
    }
}

/// The dtype and byte size of each half of a complex field.
fn complex_part(double: bool) -> (DType, u32) {
    if double {
        (DType::F64, 8)
    } else {
        (DType::F32, 4)
    }
}
