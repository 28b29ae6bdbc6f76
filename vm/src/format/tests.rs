//! Expectations generated from CPython 3.11 and numpy 2.4.
