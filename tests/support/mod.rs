//! Shared helpers for the end-to-end tests: run the `skein` binary and read
//! its outputs back the way a user's tools would.

#![allow(dead_code)]

pub mod corpus;
pub mod validate;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};

pub const SK: &str = "https://w3id.org/skein/ontology#";
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
pub const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

pub fn skein(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skein"))
        .args(args)
        .output()
        .expect("the skein binary runs")
}

/// Runs `skein build` on `inputs` into a fresh directory and reads the graph.
pub fn build(inputs: &[PathBuf]) -> (tempfile::TempDir, Graph) {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec![
        "build".to_string(),
        "--quiet".to_string(),
        "-o".to_string(),
        out.path().display().to_string(),
    ];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = skein(&args);
    assert!(
        output.status.success(),
        "skein build failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let graph = Graph::read(out.path());
    (out, graph)
}

/// An entity as the Turtle output describes it.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    pub iri: String,
    pub types: BTreeSet<String>,
    pub label: String,
    pub aliases: BTreeSet<String>,
}

impl Entity {
    pub fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.label).chain(&self.aliases)
    }

    pub fn has_type(&self, t: &str) -> bool {
        self.types.contains(&format!("{SK}{t}"))
    }
}

/// The Turtle output, read through oxigraph's parser.
#[derive(Debug, Default)]
pub struct Graph {
    pub triples: Vec<(String, String, Term)>,
    pub entities: BTreeMap<String, Entity>,
    pub ttl: String,
    pub graphml: String,
}

fn subject_id(s: &NamedOrBlankNode) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

impl Graph {
    pub fn read(dir: &Path) -> Graph {
        let ttl = std::fs::read_to_string(dir.join("graph.ttl")).expect("graph.ttl written");
        let graphml =
            std::fs::read_to_string(dir.join("graph.graphml")).expect("graph.graphml written");
        let mut g = Graph {
            ttl,
            graphml,
            ..Graph::default()
        };
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(g.ttl.as_bytes()) {
            let quad = quad.expect("graph.ttl is valid Turtle");
            g.triples.push((
                subject_id(&quad.subject),
                quad.predicate.as_str().to_string(),
                quad.object,
            ));
        }
        for (s, p, o) in &g.triples {
            if p == PREF_LABEL {
                if let Term::Literal(l) = o {
                    let e = g.entities.entry(s.clone()).or_default();
                    e.iri = s.clone();
                    e.label = l.value().to_string();
                }
            }
        }
        for (s, p, o) in &g.triples {
            let Some(e) = g.entities.get_mut(s) else {
                continue;
            };
            match (p.as_str(), o) {
                (RDF_TYPE, Term::NamedNode(t)) => {
                    e.types.insert(t.as_str().to_string());
                }
                (ALT_LABEL, Term::Literal(l)) => {
                    e.aliases.insert(l.value().to_string());
                }
                _ => {}
            }
        }
        g
    }

    /// The entities with this label.
    pub fn named(&self, label: &str) -> Vec<&Entity> {
        self.entities
            .values()
            .filter(|e| e.label == label)
            .collect()
    }

    /// The one entity that goes by `name` (label or alias).
    pub fn entity(&self, name: &str) -> &Entity {
        let found: Vec<&Entity> = self
            .entities
            .values()
            .filter(|e| e.names().any(|n| n == name))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected one entity named {name:?}, found {:?}",
            found.iter().map(|e| &e.label).collect::<Vec<_>>()
        );
        found[0]
    }

    pub fn has_name(&self, name: &str) -> bool {
        self.entities.values().any(|e| e.names().any(|n| n == name))
    }

    /// Relations between entities as (subject label, predicate local name, object label).
    pub fn relations(&self) -> BTreeSet<(String, String, String)> {
        self.triples
            .iter()
            .filter(|(_, p, _)| p.starts_with(SK))
            .filter_map(|(s, p, o)| {
                let Term::NamedNode(o) = o else { return None };
                let (s, o) = (self.entities.get(s)?, self.entities.get(o.as_str())?);
                Some((s.label.clone(), p[SK.len()..].to_string(), o.label.clone()))
            })
            .collect()
    }

    pub fn has_relation(&self, s: &str, p: &str, o: &str) -> bool {
        self.relations()
            .contains(&(s.to_string(), p.to_string(), o.to_string()))
    }

    /// A symmetric relation, stored in either direction.
    pub fn has_symmetric(&self, a: &str, p: &str, b: &str) -> bool {
        self.has_relation(a, p, b) || self.has_relation(b, p, a)
    }

    /// Objects of `(subject, predicate)`.
    pub fn objects(&self, s: &str, p: &str) -> Vec<&Term> {
        self.triples
            .iter()
            .filter(|(a, b, _)| a == s && b == p)
            .map(|(_, _, o)| o)
            .collect()
    }

    pub fn literal(&self, s: &str, p: &str) -> Option<String> {
        self.objects(s, p).into_iter().find_map(|o| match o {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        })
    }

    pub fn subjects_of_type(&self, t: &str) -> Vec<String> {
        self.triples
            .iter()
            .filter(|(_, p, o)| p == RDF_TYPE && matches!(o, Term::NamedNode(n) if n.as_str() == t))
            .map(|(s, _, _)| s.clone())
            .collect()
    }
}
