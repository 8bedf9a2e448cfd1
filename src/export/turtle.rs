//! Turtle: the graph as RDF for SPARQL stores.
//!
//! - Entities are `{base}entity/{id}`, typed with their ontology class and its
//!   schema.org equivalent, with `skos:prefLabel` (and `rdfs:label`),
//!   `skos:altLabel` for every other name, counts, merge reasons and
//!   `owl:sameAs` Wikidata when the lexicon knows the item. Role titles are
//!   `sk:Role` nodes (`sk:holdsRole`, `sk:title`, `sk:roleOf` the owner).
//! - Documents are `schema:NewsArticle`s that `schema:mentions` their entities.
//! - Every relation is a plain triple (`ex:mark_rutte sk:leads ex:nato`, so
//!   simple SPARQL works) and an RDF 1.1 reified `rdf:Statement` with its
//!   confidence, weight, `prov:wasDerivedFrom` documents, and one W3C Web
//!   Annotation `oa:SpecificResource` per piece of evidence with a
//!   `oa:TextPositionSelector` (character offsets) and a `oa:TextQuoteSelector`.

use std::io::{self, Write};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, Term, TripleRef};

use super::{ExportOptions, Exporter};
use crate::graph::KnowledgeGraph;
use crate::ontology::Ontology;
use crate::text;

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";
const PROV: &str = "http://www.w3.org/ns/prov#";
const OA: &str = "http://www.w3.org/ns/oa#";
const SCHEMA: &str = "https://schema.org/";
const WD: &str = "http://www.wikidata.org/entity/";

/// The Turtle exporter.
pub struct Turtle {
    options: ExportOptions,
}

impl Turtle {
    pub fn new(options: ExportOptions) -> Turtle {
        Turtle { options }
    }
}

fn iri(s: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(s)
}

fn string(s: &str) -> Literal {
    Literal::new_simple_literal(super::xml_safe(s))
}

fn integer(n: u64) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

fn non_negative(n: u64) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

fn decimal(x: f64) -> Literal {
    Literal::new_typed_literal(format!("{:.3}", x.clamp(0.0, 1.0)), xsd::DECIMAL)
}

/// Streams triples to the serializer.
struct Sink<W: Write> {
    inner: oxigraph::io::WriterQuadSerializer<W>,
}

impl<W: Write> Sink<W> {
    fn put(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) -> io::Result<()> {
        let o: Term = o.into();
        self.inner.serialize_triple(TripleRef::new(s, p, &o))
    }
}

impl Exporter for Turtle {
    fn file_name(&self) -> &'static str {
        "graph.ttl"
    }

    fn write(&self, graph: &KnowledgeGraph, ontology: &Ontology, out: &mut dyn Write) -> io::Result<()> {
        let base = &self.options.base;
        let ns = &ontology.namespace;
        let prefixed = RdfSerializer::from_format(RdfFormat::Turtle)
            .with_prefix("sk", ns.as_str())
            .and_then(|s| s.with_prefix("ex", format!("{base}entity/")))
            .and_then(|s| s.with_prefix("doc", format!("{base}document/")))
            .and_then(|s| s.with_prefix("stmt", format!("{base}statement/")))
            .and_then(|s| s.with_prefix("rdf", rdf::TYPE.as_str().trim_end_matches("type")))
            .and_then(|s| s.with_prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"))
            .and_then(|s| s.with_prefix("xsd", "http://www.w3.org/2001/XMLSchema#"))
            .and_then(|s| s.with_prefix("skos", SKOS))
            .and_then(|s| s.with_prefix("owl", OWL))
            .and_then(|s| s.with_prefix("prov", PROV))
            .and_then(|s| s.with_prefix("oa", OA))
            .and_then(|s| s.with_prefix("schema", SCHEMA))
            .and_then(|s| s.with_prefix("wd", WD))
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
        let mut sink = Sink { inner: prefixed.for_writer(out) };
        let p = |local: &str, ns: &str| iri(format!("{ns}{local}"));
        let sk = |local: &str| iri(format!("{ns}{local}"));

        let doc_iris = document_iris(graph, base);
        for (d, meta) in graph.documents.iter().enumerate() {
            let node = &doc_iris[d];
            sink.put(node, rdf::TYPE, p("NewsArticle", SCHEMA))?;
            sink.put(node, p("identifier", SCHEMA).as_ref(), string(&meta.id))?;
            if let Some(t) = &meta.title {
                sink.put(node, p("headline", SCHEMA).as_ref(), string(t))?;
            }
            if let Some(u) = &meta.url {
                match NamedNode::new(u.as_str()) {
                    Ok(n) => sink.put(node, p("url", SCHEMA).as_ref(), n)?,
                    Err(_) => sink.put(node, p("url", SCHEMA).as_ref(), string(u))?,
                }
            }
            if let Some(date) = &meta.date {
                sink.put(node, p("datePublished", SCHEMA).as_ref(), string(date))?;
            }
            if let Some(source) = &meta.source {
                sink.put(node, p("publisher", SCHEMA).as_ref(), string(source))?;
            }
        }

        for (_, e) in graph.entities() {
            let node = iri(format!("{base}entity/{}", e.id));
            let class = ontology.class(e.entity_type);
            sink.put(&node, rdf::TYPE, iri(class.iri.clone()))?;
            for equivalent in &class.equivalents {
                sink.put(&node, rdf::TYPE, iri(equivalent.clone()))?;
            }
            sink.put(&node, p("prefLabel", SKOS).as_ref(), string(&e.label))?;
            sink.put(&node, rdfs::LABEL, string(&e.label))?;
            for alias in &e.aliases {
                sink.put(&node, p("altLabel", SKOS).as_ref(), string(alias))?;
            }
            for (k, role) in e.roles.iter().enumerate() {
                let r = iri(format!("{}/role/{}", node.as_str(), k + 1));
                sink.put(&node, sk("holdsRole").as_ref(), r.clone())?;
                sink.put(&r, rdf::TYPE, sk("Role"))?;
                sink.put(&r, sk("title").as_ref(), string(&role.title))?;
                if let Some(owner) = &role.owner {
                    sink.put(&r, sk("roleOf").as_ref(), iri(format!("{base}entity/{owner}")))?;
                }
            }
            sink.put(&node, sk("mentionCount").as_ref(), integer(e.mentions as u64))?;
            sink.put(&node, sk("documentCount").as_ref(), integer(e.documents.len() as u64))?;
            if let Some(qid) = &e.qid {
                sink.put(&node, p("sameAs", OWL).as_ref(), iri(format!("{WD}{qid}")))?;
            }
            for reason in &e.reasons {
                sink.put(&node, sk("mergeReason").as_ref(), string(reason))?;
            }
            for &d in &e.documents {
                sink.put(&doc_iris[d as usize], p("mentions", SCHEMA).as_ref(), node.clone())?;
            }
        }

        for (_, s, o, rel) in graph.relations() {
            let property = ontology.predicate(rel.predicate);
            let subject = iri(format!("{base}entity/{}", s.id));
            let object = iri(format!("{base}entity/{}", o.id));
            let predicate = iri(property.iri.clone());
            sink.put(&subject, predicate.as_ref(), object.clone())?;
            let statement = iri(format!("{base}statement/{}.{}.{}", s.id, property.name, o.id));
            sink.put(&statement, rdf::TYPE, rdf::STATEMENT.into_owned())?;
            sink.put(&statement, rdf::SUBJECT, subject)?;
            sink.put(&statement, rdf::PREDICATE, predicate)?;
            sink.put(&statement, rdf::OBJECT, object)?;
            sink.put(&statement, sk("confidence").as_ref(), decimal(rel.confidence))?;
            sink.put(&statement, sk("weight").as_ref(), integer(rel.weight() as u64))?;
            let mut docs: Vec<u32> = rel.evidence.iter().map(|e| e.document).collect();
            docs.dedup();
            for d in docs {
                sink.put(&statement, p("wasDerivedFrom", PROV).as_ref(), doc_iris[d as usize].clone())?;
            }
            for (k, ev) in rel.evidence.iter().enumerate() {
                let annotation = iri(format!("{}/evidence/{}", statement.as_str(), k + 1));
                sink.put(&statement, sk("evidence").as_ref(), annotation.clone())?;
                sink.put(&annotation, rdf::TYPE, p("SpecificResource", OA))?;
                sink.put(&annotation, p("hasSource", OA).as_ref(), doc_iris[ev.document as usize].clone())?;
                sink.put(&annotation, sk("cue").as_ref(), string(&ev.cue))?;
                sink.put(&annotation, sk("confidence").as_ref(), decimal(ev.confidence as f64))?;
                sink.put(&annotation, sk("sentenceIndex").as_ref(), integer(ev.sentence as u64))?;
                let position = iri(format!("{}#position", annotation.as_str()));
                let quote = iri(format!("{}#quote", annotation.as_str()));
                sink.put(&annotation, p("hasSelector", OA).as_ref(), position.clone())?;
                sink.put(&annotation, p("hasSelector", OA).as_ref(), quote.clone())?;
                sink.put(&position, rdf::TYPE, p("TextPositionSelector", OA))?;
                sink.put(&position, p("start", OA).as_ref(), non_negative(ev.char_start as u64))?;
                sink.put(&position, p("end", OA).as_ref(), non_negative(ev.char_end as u64))?;
                sink.put(&quote, rdf::TYPE, p("TextQuoteSelector", OA))?;
                sink.put(&quote, p("exact", OA).as_ref(), string(&ev.quote))?;
            }
        }
        sink.inner.finish()?.flush()
    }
}

/// `{base}document/{slug}` for every document, unique even when slugs collide.
pub fn document_iris(graph: &KnowledgeGraph, base: &str) -> Vec<NamedNode> {
    let mut used = std::collections::HashSet::new();
    graph
        .documents
        .iter()
        .map(|d| iri(format!("{base}document/{}", text::unique_slug(text::slug(&d.id), &mut used))))
        .collect()
}
