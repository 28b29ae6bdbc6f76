//! The C declaration parser behind cffi's cdef and type strings.
