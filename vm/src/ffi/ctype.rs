//! The C type table: every C type rumba knows, with size, alignment and layout.
