//! Text formatting that must match CPython and numpy byte for byte.
