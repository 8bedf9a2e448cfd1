//! Placeholder so that the `[[bench]]` target exists; the stage benchmarks
//! are written in issue 5 (speed and scale).
fn main() {}
