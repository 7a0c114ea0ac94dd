//! Vietnamese text, number and period normalization (being built).
