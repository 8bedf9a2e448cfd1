//! The graph as RDF for SPARQL stores: Turtle, and the same triples as
//! N-Triples (for the bulk loaders of QLever, Virtuoso or Jena TDB2) or
//! JSON-LD (for web applications). One function makes the triples; oxigraph's
//! serializers write them in each format, and [`read`] reads any of them back.
//!
//! - Entities are `{base}entity/{id}`, typed with their ontology class and its
//!   schema.org equivalent, with `skos:prefLabel` (and `rdfs:label`),
//!   `skos:altLabel` for every other name, counts, merge reasons and
//!   `owl:sameAs` Wikidata when the lexicon knows the item. Role titles are
//!   `sk:Role` nodes (`sk:holdsRole`, `sk:title`, `sk:roleOf` the owner).
//! - Documents are `schema:NewsArticle`s that `schema:mentions` their entities.
//! - Every relation is a plain triple (`ex:jan_peters sk:leads ex:nato`, so
//!   simple SPARQL works) and an RDF 1.1 reified `rdf:Statement` with its
//!   confidence, weight, `prov:wasDerivedFrom` documents, and one W3C Web
//!   Annotation `oa:SpecificResource` per piece of evidence with a
//!   `oa:TextPositionSelector` (character offsets) and a `oa:TextQuoteSelector`.
//! - Co-occurrences, when counted, are plain `sk:coOccursWith` triples (the
//!   smaller id first), never reified: they are no typed relation. Their
//!   weights are in GraphML and GEXF.

use std::collections::HashMap;
use std::io::{self, Read, Write};

use indexmap::IndexMap;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TripleRef};

use super::{ExportInput, ExportOptions, Exporter, ParseError, COOCCURRENCE};
use crate::graph::KnowledgeGraph;
use crate::ontology::{local_name, EntityType, Ontology};
use crate::stats::{Link, Network, Node};
use crate::text;

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";
const PROV: &str = "http://www.w3.org/ns/prov#";
const OA: &str = "http://www.w3.org/ns/oa#";
const SCHEMA: &str = "https://schema.org/";
const WD: &str = "http://www.wikidata.org/entity/";

/// The RDF exporter, in one of Turtle, N-Triples and JSON-LD.
pub struct Rdf {
    format: RdfFormat,
    options: ExportOptions,
}

impl Rdf {
    pub fn new(format: RdfFormat, options: ExportOptions) -> Rdf {
        Rdf { format, options }
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

impl Exporter for Rdf {
    fn file_name(&self) -> &'static str {
        match self.format {
            RdfFormat::NTriples => "graph.nt",
            RdfFormat::JsonLd { .. } => "graph.jsonld",
            _ => "graph.ttl",
        }
    }

    fn write(&self, input: &ExportInput<'_>, out: &mut dyn Write) -> io::Result<()> {
        let serializer = prefixed(RdfSerializer::from_format(self.format), &input.ontology.namespace, &self.options.base)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
        let mut sink = Sink { inner: serializer.for_writer(out) };
        triples(input.graph, input.ontology, &self.options.base, &mut sink)?;
        sink.inner.finish()?.flush()
    }
}

/// The serializer with skein's prefixes (used by Turtle, ignored by the others).
fn prefixed(serializer: RdfSerializer, ns: &str, base: &str) -> Result<RdfSerializer, oxigraph::model::IriParseError> {
    serializer
        .with_prefix("sk", ns)
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
}

/// Every triple of the graph, in a fixed order.
fn triples<W: Write>(graph: &KnowledgeGraph, ontology: &Ontology, base: &str, sink: &mut Sink<W>) -> io::Result<()> {
    let ns = &ontology.namespace;
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
    for c in &graph.cooccurrences {
        let a = iri(format!("{base}entity/{}", graph.graph[c.a].id));
        let b = iri(format!("{base}entity/{}", graph.graph[c.b].id));
        sink.put(&a, sk(COOCCURRENCE).as_ref(), b)?;
    }
    Ok(())
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

/// What the reader keeps of one subject: only what a [`Network`] needs.
#[derive(Default)]
struct Subject {
    /// `rdf:type`s that matter: documents, statements and skein classes.
    types: Vec<String>,
    label: Option<String>,
    aliases: Vec<String>,
    mentions: Option<u32>,
    same_as: Vec<String>,
    identifier: Option<String>,
    /// Objects of `schema:mentions` (a document's entities).
    mentions_of: Vec<String>,
    statement: [Option<String>; 3],
    derived_from: Vec<String>,
    cooccurs_with: Vec<String>,
}

/// Reads the RDF that [`Rdf`] writes (in any of its formats) back into a
/// [`Network`]: documents (`schema:NewsArticle`), entities (subjects of
/// `sk:mentionCount`), relations (`rdf:Statement`s) and co-occurrences, in
/// file order.
pub fn read(reader: impl Read, format: RdfFormat, ontology: &Ontology) -> Result<Network, ParseError> {
    let subjects = collect(reader, format, &ontology.namespace)?;
    let news_article = format!("{SCHEMA}NewsArticle");
    let documents: Vec<(&String, &Subject)> = subjects.iter().filter(|(_, s)| s.types.contains(&news_article)).collect();
    let doc_index: HashMap<&str, u32> = documents.iter().enumerate().map(|(i, (iri, _))| (iri.as_str(), i as u32)).collect();
    let mut entities = Vec::new();
    let mut entity_index: HashMap<&str, u32> = HashMap::new();
    for (iri, s) in subjects.iter().filter(|(_, s)| s.mentions.is_some()) {
        entity_index.insert(iri, entities.len() as u32);
        entities.push(entity(iri, s, &ontology.namespace)?);
    }
    for (d, (_, doc)) in documents.iter().enumerate() {
        for e in &doc.mentions_of {
            if let Some(&i) = entity_index.get(e.as_str()) {
                entities[i as usize].documents.push(d as u32);
            }
        }
    }
    for e in &mut entities {
        e.documents.sort_unstable();
        e.documents.dedup();
    }
    let node = |iri: &str| {
        entity_index.get(iri).copied().ok_or_else(|| ParseError::new(format!("<{iri}> is linked but is no entity (it has no sk:mentionCount)")))
    };
    let mut relations = Vec::new();
    for (iri, s) in subjects.iter().filter(|(_, s)| s.types.iter().any(|t| t == rdf::STATEMENT.as_str())) {
        let [Some(subject), Some(predicate), Some(object)] = &s.statement else {
            return Err(ParseError::new(format!("the statement <{iri}> lacks rdf:subject, rdf:predicate or rdf:object")));
        };
        let mut documents: Vec<u32> = s.derived_from.iter().filter_map(|d| doc_index.get(d.as_str()).copied()).collect();
        documents.sort_unstable();
        documents.dedup();
        relations.push(Link { subject: node(subject)?, object: node(object)?, predicate: local_name(predicate).to_string(), documents });
    }
    let mut cooccurrences = Vec::new();
    for (iri, s) in &subjects {
        for other in &s.cooccurs_with {
            cooccurrences.push((node(iri)?, node(other)?));
        }
    }
    let documents = documents.iter().map(|(iri, s)| s.identifier.clone().unwrap_or_else(|| local_name(iri).to_string())).collect();
    Ok(Network { documents, entities, relations, cooccurrences })
}

/// The subjects of the triples that matter, in order of first appearance.
fn collect(reader: impl Read, format: RdfFormat, ns: &str) -> Result<IndexMap<String, Subject>, ParseError> {
    let (sk_mentions, sk_cooccurs) = (format!("{ns}mentionCount"), format!("{ns}{COOCCURRENCE}"));
    let (pref, alt, same_as) = (format!("{SKOS}prefLabel"), format!("{SKOS}altLabel"), format!("{OWL}sameAs"));
    let (identifier, mentions, derived) = (format!("{SCHEMA}identifier"), format!("{SCHEMA}mentions"), format!("{PROV}wasDerivedFrom"));
    let news_article = format!("{SCHEMA}NewsArticle");
    let kept_type = |t: &str| t.starts_with(ns) || t == rdf::STATEMENT.as_str() || t == news_article;
    let mut subjects: IndexMap<String, Subject> = IndexMap::new();
    for quad in RdfParser::from_format(format).for_reader(reader) {
        let quad = quad.map_err(parse_error)?;
        let NamedOrBlankNode::NamedNode(subject) = quad.subject else { continue };
        let p = quad.predicate.as_str();
        let (value, literal) = match &quad.object {
            Term::NamedNode(n) => (n.as_str(), false),
            Term::Literal(l) => (l.value(), true),
            _ => continue,
        };
        let known = [rdf::TYPE.as_str(), &pref, &alt, &sk_mentions, &same_as, &identifier, &mentions, &derived, &sk_cooccurs];
        let statement_part = [rdf::SUBJECT.as_str(), rdf::PREDICATE.as_str(), rdf::OBJECT.as_str()].iter().position(|r| *r == p);
        if (!known.contains(&p) && statement_part.is_none()) || (p == rdf::TYPE.as_str() && !kept_type(value)) {
            continue;
        }
        let s = subjects.entry(subject.into_string()).or_default();
        let value = value.to_string();
        if let Some(k) = statement_part {
            s.statement[k] = Some(value);
        } else if p == rdf::TYPE.as_str() {
            s.types.push(value);
        } else if p == pref {
            s.label = Some(value);
        } else if p == alt {
            s.aliases.push(value);
        } else if p == sk_mentions {
            s.mentions = Some(value.parse().map_err(|_| ParseError::new(format!("sk:mentionCount {value:?} is not a count")))?);
        } else if p == identifier {
            s.identifier = Some(value);
        } else if literal {
            continue; // the remaining predicates link resources
        } else if p == same_as {
            s.same_as.push(value);
        } else if p == mentions {
            s.mentions_of.push(value);
        } else if p == derived {
            s.derived_from.push(value);
        } else {
            s.cooccurs_with.push(value);
        }
    }
    Ok(subjects)
}

pub(crate) fn parse_error(e: RdfParseError) -> ParseError {
    match e {
        RdfParseError::Syntax(e) => ParseError { line: e.location().map(|l| l.start.line + 1), message: e.to_string() },
        RdfParseError::Io(e) => ParseError::new(e.to_string()),
    }
}

/// An entity from its triples; its id is the last segment of its IRI.
fn entity(iri: &str, s: &Subject, ns: &str) -> Result<Node, ParseError> {
    let entity_type = s
        .types
        .iter()
        .filter_map(|t| t.strip_prefix(ns))
        .find_map(EntityType::parse)
        .ok_or_else(|| ParseError::new(format!("the entity <{iri}> has no skein class; was it built with another ontology? (use --ontology)")))?;
    let id = iri.rsplit('/').next().unwrap_or(iri).to_string();
    Ok(Node {
        label: s.label.clone().unwrap_or_else(|| id.clone()),
        id,
        entity_type,
        aliases: s.aliases.clone(),
        qid: s.same_as.iter().find_map(|q| q.strip_prefix(WD)).map(str::to_string),
        mentions: s.mentions.unwrap_or(0),
        documents: Vec::new(),
    })
}
