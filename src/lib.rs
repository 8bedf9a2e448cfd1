//! skein: news articles in, a resolved knowledge graph out.
pub mod text;
pub mod ontology;
pub mod ingest;
pub mod clean;
pub mod segment;
pub mod mentions;
