//! A mutation fuzzer for the format readers that runs on stable Rust.
//!
//! Each [`target::Target`] has seed inputs (the repository's samples and the
//! [`hostile`] cases) and a way to read one input. The fuzzer derives case `i` of
//! a run from the run's seed and `i` alone ([`mutate`]), so a case is rebuilt from
//! two numbers. Cases run in a worker process under an address-space limit; the
//! parent watches it with a timeout ([`runner`]). A case that kills the worker
//! (abort, out of memory), panics, or passes the timeout is saved under
//! `fuzz/regressions/<target>/`, and the test suite replays every saved case.

#![deny(missing_docs)]

pub mod hostile;
pub mod mutate;
pub mod runner;
pub mod target;
