//! # skein
//!
//! skein turns a pile of news articles into a knowledge graph: entities
//! (people, organisations, media, countries, cities, places, events,
//! agreements, groups) with every name they go by, and typed relations from
//! the ontology, each with its evidence. It works offline from an ontology and
//! lexicons of general world knowledge; the same input always gives the same
//! output, byte for byte.
//!
//! The pipeline runs in one direction; each stage is a module that uses only
//! the stages before it:
//!
//! | stage | module | |
//! |---|---|---|
//! | ingest | [`ingest`] | files to [`ingest::Document`]s (touches files) |
//! | clean | [`clean`] | story lines vs. boilerplate |
//! | segment | [`segment`] | sentences and tokens with offsets |
//! | mentions | [`mentions`] | names, titles, demonyms, descriptions |
//! | resolve | [`resolve`] | mentions to entities, in and across documents |
//! | relations | [`relations`] | typed relations with evidence |
//! | graph | [`graph`] | the petgraph knowledge graph |
//! | stats | [`stats`] | measures, communities, duplicates of a graph |
//! | export | [`export`] | Turtle, N-Triples, JSON-LD, GraphML, GEXF, and reading them back (touches files) |
//! | query | [`query`] | SPARQL over a built graph (reads files) |
//!
//! [`ontology`] is read by every stage; [`pipeline`] runs the pure stages in
//! parallel over a stream of documents. [`corpusgen`] is no stage: it writes
//! synthetic news for the benchmarks (`benches/`, `bench/`).
//!
//! ```
//! use skein::{ingest::Document, ontology::Ontology, pipeline};
//!
//! let ontology = Ontology::embedded()?;
//! let article = Document {
//!     id: "a.txt".into(),
//!     text: "NATO to share data with EU\n\
//!            NATO Secretary General Jane Smith said on Monday that NATO has begun \
//!            sharing classified standards with the European Union.\n"
//!         .into(),
//!     ..Document::default()
//! };
//! let graph = pipeline::build([article], &ontology, |_| {});
//!
//! let smith = graph.entity("jane_smith").expect("a person");
//! assert_eq!(smith.entity_type.name(), "Person");
//! let role = &smith.roles[0];
//! assert_eq!((role.title.as_str(), role.owner.as_deref()), ("Secretary General", Some("nato")));
//! let facts: Vec<String> = graph
//!     .relations()
//!     .map(|(_, s, o, r)| format!("{} {} {}", s.id, ontology.predicate(r.predicate).name, o.id))
//!     .collect();
//! assert!(facts.contains(&"jane_smith leads nato".to_string()));
//! assert!(facts.contains(&"nato sharesWith european_union".to_string()));
//! # Ok::<(), skein::ontology::OntologyError>(())
//! ```

pub mod clean;
pub mod corpusgen;
pub mod export;
pub mod graph;
pub mod ingest;
pub mod mentions;
pub mod ontology;
pub mod pipeline;
pub mod query;
pub mod relations;
pub mod resolve;
pub mod segment;
pub mod stats;
pub mod text;
