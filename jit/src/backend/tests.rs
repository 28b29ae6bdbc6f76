//! Backend tests.
