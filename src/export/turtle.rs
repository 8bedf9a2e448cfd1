//! The graph as RDF for SPARQL stores: Turtle, and the same triples as
//! N-Triples (for the bulk loaders of QLever, Virtuoso or Jena TDB2) or
//! JSON-LD (for web applications). `Triples` makes the triples; skein's own
//! writer writes Turtle (in parts, side by side: `write_turtle`),
//! oxigraph's serializers the other formats, and [`read`] reads any of them
//! back.
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
use std::ops::Range;

use indexmap::IndexMap;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TripleRef};
use petgraph::graph::{EdgeIndex, NodeIndex};

mod writer;
use writer::TurtleWriter;

use super::parts::{self, runs};
use super::{COOCCURRENCE, ExportInput, ExportOptions, Exporter, ParseError};
use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityType, Ontology, local_name};
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

/// The object of a triple: an IRI or one of the literals skein writes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Object<'a> {
    Iri(&'a str),
    /// A plain string.
    Str(&'a str),
    /// An `xsd:integer`.
    Integer(u64),
    /// An `xsd:nonNegativeInteger` (the offsets of Web Annotation selectors).
    NonNegative(u64),
    /// An `xsd:decimal` in [0, 1], to three decimals.
    Decimal(f64),
}

/// The lexical form of a confidence.
fn decimal_lexical(x: f64) -> String {
    let mut buf = Vec::new();
    write_decimal(&mut buf, x);
    String::from_utf8(buf).expect("digits and a dot")
}

/// [`decimal_lexical`] written straight into `buf`.
fn write_decimal(buf: &mut Vec<u8>, x: f64) {
    use std::io::Write as _;
    write!(buf, "{:.3}", x.clamp(0.0, 1.0)).expect("writing to a Vec");
}

/// Where the triples go: skein's own Turtle writer, or one of oxigraph's
/// serializers for the other RDF formats.
trait Sink {
    /// Writes a triple whose subject and predicate are IRIs.
    fn put(&mut self, subject: &str, predicate: &str, object: Object<'_>) -> io::Result<()>;
}

impl<W: Write> Sink for TurtleWriter<W> {
    fn put(&mut self, subject: &str, predicate: &str, object: Object<'_>) -> io::Result<()> {
        TurtleWriter::put(self, subject, predicate, object)
    }
}

/// Triples to an oxigraph serializer (N-Triples, JSON-LD).
struct Oxigraph<W: Write> {
    inner: oxigraph::io::WriterQuadSerializer<W>,
}

impl<W: Write> Sink for Oxigraph<W> {
    fn put(&mut self, subject: &str, predicate: &str, object: Object<'_>) -> io::Result<()> {
        let typed =
            |value: String, datatype| Term::from(Literal::new_typed_literal(value, datatype));
        let o: Term = match object {
            Object::Iri(i) => NamedNodeRef::new_unchecked(i).into_owned().into(),
            Object::Str(s) => Literal::new_simple_literal(s).into(),
            Object::Integer(n) => typed(n.to_string(), xsd::INTEGER),
            Object::NonNegative(n) => typed(n.to_string(), xsd::NON_NEGATIVE_INTEGER),
            Object::Decimal(x) => typed(decimal_lexical(x), xsd::DECIMAL),
        };
        let triple = TripleRef::new(
            NamedNodeRef::new_unchecked(subject),
            NamedNodeRef::new_unchecked(predicate),
            &o,
        );
        self.inner.serialize_triple(triple)
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
        let (graph, ontology, base) = (input.graph, input.ontology, &self.options.base);
        if self.format == RdfFormat::Turtle {
            let prefixes = prefixes(&ontology.namespace, base);
            let borrowed: Vec<(&str, &str)> =
                prefixes.iter().map(|(n, i)| (*n, i.as_str())).collect();
            let triples = Triples::new(graph, ontology, base);
            write_turtle(&triples, &borrowed, TURTLE_PART_TRIPLES, out)?;
            return out.flush();
        }
        let mut serializer = RdfSerializer::from_format(self.format);
        for (name, namespace) in prefixes(&ontology.namespace, base) {
            serializer = serializer
                .with_prefix(name, namespace)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
        }
        let mut sink = Oxigraph {
            inner: serializer.for_writer(out),
        };
        triples(graph, ontology, base, &mut sink)?;
        sink.inner.finish()?.flush()
    }
}

/// skein's prefixes (written in Turtle and JSON-LD, ignored by N-Triples).
fn prefixes(ns: &str, base: &str) -> Vec<(&'static str, String)> {
    vec![
        ("sk", ns.to_string()),
        ("ex", format!("{base}entity/")),
        ("doc", format!("{base}document/")),
        ("stmt", format!("{base}statement/")),
        (
            "rdf",
            rdf::TYPE.as_str().trim_end_matches("type").to_string(),
        ),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#".to_string()),
        ("xsd", "http://www.w3.org/2001/XMLSchema#".to_string()),
        ("skos", SKOS.to_string()),
        ("owl", OWL.to_string()),
        ("prov", PROV.to_string()),
        ("oa", OA.to_string()),
        ("schema", SCHEMA.to_string()),
        ("wd", WD.to_string()),
    ]
}

/// The IRIs of the vocabulary, made once per export instead of once per triple.
struct Vocab {
    news_article: String,
    identifier: String,
    headline: String,
    url: String,
    date_published: String,
    publisher: String,
    mentions: String,
    pref_label: String,
    alt_label: String,
    same_as: String,
    was_derived_from: String,
    specific_resource: String,
    has_source: String,
    has_selector: String,
    position_selector: String,
    quote_selector: String,
    start: String,
    end: String,
    exact: String,
    holds_role: String,
    role: String,
    title: String,
    role_of: String,
    mention_count: String,
    document_count: String,
    merge_reason: String,
    confidence: String,
    weight: String,
    evidence: String,
    cue: String,
    sentence_index: String,
    cooccurs_with: String,
}

impl Vocab {
    fn new(ns: &str) -> Vocab {
        let p = |ns: &str, local: &str| format!("{ns}{local}");
        Vocab {
            news_article: p(SCHEMA, "NewsArticle"),
            identifier: p(SCHEMA, "identifier"),
            headline: p(SCHEMA, "headline"),
            url: p(SCHEMA, "url"),
            date_published: p(SCHEMA, "datePublished"),
            publisher: p(SCHEMA, "publisher"),
            mentions: p(SCHEMA, "mentions"),
            pref_label: p(SKOS, "prefLabel"),
            alt_label: p(SKOS, "altLabel"),
            same_as: p(OWL, "sameAs"),
            was_derived_from: p(PROV, "wasDerivedFrom"),
            specific_resource: p(OA, "SpecificResource"),
            has_source: p(OA, "hasSource"),
            has_selector: p(OA, "hasSelector"),
            position_selector: p(OA, "TextPositionSelector"),
            quote_selector: p(OA, "TextQuoteSelector"),
            start: p(OA, "start"),
            end: p(OA, "end"),
            exact: p(OA, "exact"),
            holds_role: p(ns, "holdsRole"),
            role: p(ns, "Role"),
            title: p(ns, "title"),
            role_of: p(ns, "roleOf"),
            mention_count: p(ns, "mentionCount"),
            document_count: p(ns, "documentCount"),
            merge_reason: p(ns, "mergeReason"),
            confidence: p(ns, "confidence"),
            weight: p(ns, "weight"),
            evidence: p(ns, "evidence"),
            cue: p(ns, "cue"),
            sentence_index: p(ns, "sentenceIndex"),
            cooccurs_with: p(ns, COOCCURRENCE),
        }
    }
}

/// A plain string literal, without the characters XML forbids (kept out of
/// every format alike).
fn plain(s: &str) -> std::borrow::Cow<'_, str> {
    super::xml_safe(s)
}

/// Every triple of the graph, in a fixed order.
fn triples(
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    base: &str,
    sink: &mut impl Sink,
) -> io::Result<()> {
    let triples = Triples::new(graph, ontology, base);
    for part in triples.parts(usize::MAX) {
        triples.write(&part, sink)?;
    }
    Ok(())
}

/// A run of the triples: some documents, entities or relations, or the
/// co-occurrences. Parts follow each other in [`Triples::parts`] order.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Documents(Range<usize>),
    Entities(Range<usize>),
    /// Relations by edge index.
    Relations(Range<usize>),
    Cooccurrences,
}

/// What the triples of a graph are made from: the graph, and the IRIs used
/// over and over, made once.
struct Triples<'g> {
    graph: &'g KnowledgeGraph,
    ontology: &'g Ontology,
    base: &'g str,
    v: Vocab,
    doc_iris: Vec<String>,
    entity_iris: Vec<String>,
}

impl<'g> Triples<'g> {
    fn new(graph: &'g KnowledgeGraph, ontology: &'g Ontology, base: &'g str) -> Triples<'g> {
        let entity_iris = graph
            .entities()
            .map(|(_, e)| format!("{base}entity/{}", e.id))
            .collect();
        Triples {
            graph,
            ontology,
            base,
            v: Vocab::new(&ontology.namespace),
            doc_iris: document_iris(graph, base),
            entity_iris,
        }
    }

    /// The triples split into parts of about `size` triples each (one part
    /// per section when `size` is `usize::MAX`), never inside a document,
    /// an entity or a relation.
    ///
    /// Any two parts can be written apart and their text put side by side:
    /// the last subject of a part is never the first of the next (a
    /// document, an entity and a relation's evidence each have IRIs of
    /// their own), so no `;` or `,` would have joined them. The
    /// co-occurrences are one part: consecutive pairs may share a subject.
    fn parts(&self, size: usize) -> Vec<Part> {
        let g = &self.graph.graph;
        let documents = runs(self.graph.documents.len(), size, |_| 6);
        let entities = runs(g.node_count(), size, |n| {
            let e = &g[NodeIndex::new(n)];
            6 + e.aliases.len() + 4 * e.roles.len() + e.reasons.len() + e.documents.len()
        });
        let relations = runs(g.edge_count(), size, |i| {
            8 + 15 * g[EdgeIndex::new(i)].evidence.len()
        });
        let mut parts: Vec<Part> = (documents.into_iter().map(Part::Documents))
            .chain(entities.into_iter().map(Part::Entities))
            .chain(relations.into_iter().map(Part::Relations))
            .collect();
        if !self.graph.cooccurrences.is_empty() {
            parts.push(Part::Cooccurrences);
        }
        parts
    }

    /// Writes the triples of `part`.
    fn write(&self, part: &Part, sink: &mut impl Sink) -> io::Result<()> {
        match part {
            Part::Documents(range) => self.documents(range.clone(), sink),
            Part::Entities(range) => self.entities(range.clone(), sink),
            Part::Relations(range) => self.relations(range.clone(), sink),
            Part::Cooccurrences => self.cooccurrences(sink),
        }
    }

    fn documents(&self, range: Range<usize>, sink: &mut impl Sink) -> io::Result<()> {
        use Object::{Iri, Str};
        let v = &self.v;
        for d in range {
            let (node, meta) = (&self.doc_iris[d], &self.graph.documents[d]);
            sink.put(node, rdf::TYPE.as_str(), Iri(&v.news_article))?;
            sink.put(node, &v.identifier, Str(&plain(&meta.id)))?;
            if let Some(t) = &meta.title {
                sink.put(node, &v.headline, Str(&plain(t)))?;
            }
            if let Some(u) = &meta.url {
                match NamedNode::new(u.as_str()) {
                    Ok(n) => sink.put(node, &v.url, Iri(n.as_str()))?,
                    Err(_) => sink.put(node, &v.url, Str(&plain(u)))?,
                }
            }
            if let Some(date) = &meta.date {
                sink.put(node, &v.date_published, Str(&plain(date)))?;
            }
            if let Some(source) = &meta.source {
                sink.put(node, &v.publisher, Str(&plain(source)))?;
            }
        }
        Ok(())
    }

    fn entities(&self, range: Range<usize>, sink: &mut impl Sink) -> io::Result<()> {
        use Object::{Integer, Iri, Str};
        let (v, base, rdf_type) = (&self.v, self.base, rdf::TYPE.as_str());
        for n in range {
            let e = &self.graph.graph[NodeIndex::new(n)];
            let node = &self.entity_iris[n];
            let class = self.ontology.class(e.entity_type);
            sink.put(node, rdf_type, Iri(&class.iri))?;
            for equivalent in &class.equivalents {
                sink.put(node, rdf_type, Iri(equivalent))?;
            }
            sink.put(node, &v.pref_label, Str(&plain(&e.label)))?;
            sink.put(node, rdfs::LABEL.as_str(), Str(&plain(&e.label)))?;
            for alias in &e.aliases {
                sink.put(node, &v.alt_label, Str(&plain(alias)))?;
            }
            for (k, role) in e.roles.iter().enumerate() {
                let r = format!("{node}/role/{}", k + 1);
                sink.put(node, &v.holds_role, Iri(&r))?;
                sink.put(&r, rdf_type, Iri(&v.role))?;
                sink.put(&r, &v.title, Str(&plain(&role.title)))?;
                if let Some(owner) = &role.owner {
                    sink.put(&r, &v.role_of, Iri(&format!("{base}entity/{owner}")))?;
                }
            }
            sink.put(node, &v.mention_count, Integer(e.mentions as u64))?;
            sink.put(node, &v.document_count, Integer(e.documents.len() as u64))?;
            if let Some(qid) = &e.qid {
                sink.put(node, &v.same_as, Iri(&format!("{WD}{qid}")))?;
            }
            for reason in &e.reasons {
                sink.put(node, &v.merge_reason, Str(&plain(reason)))?;
            }
            for &d in &e.documents {
                sink.put(&self.doc_iris[d as usize], &v.mentions, Iri(node))?;
            }
        }
        Ok(())
    }

    fn relations(&self, range: Range<usize>, sink: &mut impl Sink) -> io::Result<()> {
        use Object::{Decimal, Integer, Iri, NonNegative, Str};
        let (v, graph, rdf_type) = (&self.v, &self.graph.graph, rdf::TYPE.as_str());
        // The IRIs of a statement and its evidence, rebuilt in place for each.
        let (mut statement, mut annotation, mut position, mut quote) =
            (String::new(), String::new(), String::new(), String::new());
        for e in range.map(EdgeIndex::new) {
            let (s, o) = graph.edge_endpoints(e).expect("edge exists");
            let rel = &graph[e];
            let property = self.ontology.predicate(rel.predicate);
            let (subject, object, predicate) = (
                &self.entity_iris[s.index()],
                &self.entity_iris[o.index()],
                &property.iri,
            );
            sink.put(subject, predicate, Iri(object))?;
            concat(
                &mut statement,
                &[
                    self.base,
                    "statement/",
                    &graph[s].id,
                    ".",
                    &property.name,
                    ".",
                    &graph[o].id,
                ],
            );
            sink.put(&statement, rdf_type, Iri(rdf::STATEMENT.as_str()))?;
            sink.put(&statement, rdf::SUBJECT.as_str(), Iri(subject))?;
            sink.put(&statement, rdf::PREDICATE.as_str(), Iri(predicate))?;
            sink.put(&statement, rdf::OBJECT.as_str(), Iri(object))?;
            sink.put(&statement, &v.confidence, Decimal(rel.confidence))?;
            sink.put(&statement, &v.weight, Integer(rel.weight() as u64))?;
            let mut docs: Vec<u32> = rel.evidence.iter().map(|e| e.document).collect();
            docs.dedup();
            for d in docs {
                sink.put(
                    &statement,
                    &v.was_derived_from,
                    Iri(&self.doc_iris[d as usize]),
                )?;
            }
            for (k, ev) in rel.evidence.iter().enumerate() {
                concat(
                    &mut annotation,
                    &[&statement, "/evidence/", itoa::Buffer::new().format(k + 1)],
                );
                concat(&mut position, &[&annotation, "#position"]);
                concat(&mut quote, &[&annotation, "#quote"]);
                sink.put(&statement, &v.evidence, Iri(&annotation))?;
                sink.put(&annotation, rdf_type, Iri(&v.specific_resource))?;
                sink.put(
                    &annotation,
                    &v.has_source,
                    Iri(&self.doc_iris[ev.document as usize]),
                )?;
                sink.put(&annotation, &v.cue, Str(&plain(self.graph.cue(ev))))?;
                sink.put(&annotation, &v.confidence, Decimal(ev.confidence as f64))?;
                sink.put(&annotation, &v.sentence_index, Integer(ev.sentence as u64))?;
                sink.put(&annotation, &v.has_selector, Iri(&position))?;
                sink.put(&annotation, &v.has_selector, Iri(&quote))?;
                sink.put(&position, rdf_type, Iri(&v.position_selector))?;
                sink.put(&position, &v.start, NonNegative(ev.char_start as u64))?;
                sink.put(&position, &v.end, NonNegative(ev.char_end as u64))?;
                sink.put(&quote, rdf_type, Iri(&v.quote_selector))?;
                sink.put(&quote, &v.exact, Str(&plain(self.graph.quote(ev))))?;
            }
        }
        Ok(())
    }

    fn cooccurrences(&self, sink: &mut impl Sink) -> io::Result<()> {
        for c in &self.graph.cooccurrences {
            sink.put(
                &self.entity_iris[c.a.index()],
                &self.v.cooccurs_with,
                Object::Iri(&self.entity_iris[c.b.index()]),
            )?;
        }
        Ok(())
    }
}

/// About how many triples one part of the Turtle file holds (some 1.2 MB
/// of text, a few milliseconds of work). Parts of 65,536 triples held 20 MB
/// more at the peak of a 10 MB build and shared the work less evenly (100 MB
/// on two threads: 3.6 s against 3.1 s); parts of 4,096 were no faster.
const TURTLE_PART_TRIPLES: usize = 1 << 14;

/// Writes the graph as Turtle, its parts side by side on the pool's
/// threads ([`parts::write_in_order`]): the file is the one a single writer
/// makes (see [`Triples::parts`]). Each writer goes from part to part with
/// what it knows of the IRIs: a fresh writer per part found their prefixes
/// again.
fn write_turtle(
    triples: &Triples<'_>,
    prefixes: &[(&str, &str)],
    part_triples: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut started = false;
    parts::write_in_order(
        &triples.parts(part_triples),
        || TurtleWriter::continuing(Vec::new(), prefixes),
        |w, part| {
            // Sized for a whole part: a text grown by doubling was copied
            // again at every step.
            w.next_part(Vec::with_capacity(
                part_triples.saturating_mul(80).min(1 << 24),
            ))?;
            triples.write(part, w)?;
            w.next_part(Vec::new())
        },
        |text| {
            if text.is_empty() {
                return Ok(());
            }
            if !started {
                // The first text opens the file: the prefixes, and no
                // separator before its first subject.
                started = true;
                out.write_all(&writer::prefix_lines(prefixes))?;
                return out.write_all(text.strip_prefix(writer::SEPARATOR).unwrap_or(&text));
            }
            out.write_all(&text)
        },
    )?;
    if started {
        out.write_all(writer::SEPARATOR)?;
    }
    Ok(())
}

/// Sets `buf` to the parts one after another, reusing its allocation.
fn concat(buf: &mut String, parts: &[&str]) {
    buf.clear();
    for part in parts {
        buf.push_str(part);
    }
}

/// `{base}document/{slug}` for every document, unique even when slugs collide.
pub fn document_iris(graph: &KnowledgeGraph, base: &str) -> Vec<String> {
    let mut slugs = text::UniqueSlugs::default();
    graph
        .documents
        .iter()
        .map(|d| format!("{base}document/{}", slugs.make_unique(text::slug(&d.id))))
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
pub fn read(
    reader: impl Read,
    format: RdfFormat,
    ontology: &Ontology,
) -> Result<Network, ParseError> {
    let subjects = collect(reader, format, &ontology.namespace)?;
    let news_article = format!("{SCHEMA}NewsArticle");
    let documents: Vec<(&String, &Subject)> = subjects
        .iter()
        .filter(|(_, s)| s.types.contains(&news_article))
        .collect();
    let doc_index: HashMap<&str, u32> = documents
        .iter()
        .enumerate()
        .map(|(i, (iri, _))| (iri.as_str(), i as u32))
        .collect();
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
        entity_index.get(iri).copied().ok_or_else(|| {
            ParseError::new(format!(
                "<{iri}> is linked but is no entity (it has no sk:mentionCount)"
            ))
        })
    };
    let mut relations = Vec::new();
    for (iri, s) in subjects
        .iter()
        .filter(|(_, s)| s.types.iter().any(|t| t == rdf::STATEMENT.as_str()))
    {
        let [Some(subject), Some(predicate), Some(object)] = &s.statement else {
            return Err(ParseError::new(format!(
                "the statement <{iri}> lacks rdf:subject, rdf:predicate or rdf:object"
            )));
        };
        let mut documents: Vec<u32> = s
            .derived_from
            .iter()
            .filter_map(|d| doc_index.get(d.as_str()).copied())
            .collect();
        documents.sort_unstable();
        documents.dedup();
        relations.push(Link {
            subject: node(subject)?,
            object: node(object)?,
            predicate: local_name(predicate).to_string(),
            documents,
        });
    }
    let mut cooccurrences = Vec::new();
    for (iri, s) in &subjects {
        for other in &s.cooccurs_with {
            cooccurrences.push((node(iri)?, node(other)?));
        }
    }
    let documents = documents
        .iter()
        .map(|(iri, s)| {
            s.identifier
                .clone()
                .unwrap_or_else(|| local_name(iri).to_string())
        })
        .collect();
    Ok(Network {
        documents,
        entities,
        relations,
        cooccurrences,
    })
}

/// The subjects of the triples that matter, in order of first appearance.
fn collect(
    reader: impl Read,
    format: RdfFormat,
    ns: &str,
) -> Result<IndexMap<String, Subject>, ParseError> {
    let (sk_mentions, sk_cooccurs) = (format!("{ns}mentionCount"), format!("{ns}{COOCCURRENCE}"));
    let (pref, alt, same_as) = (
        format!("{SKOS}prefLabel"),
        format!("{SKOS}altLabel"),
        format!("{OWL}sameAs"),
    );
    let (identifier, mentions, derived) = (
        format!("{SCHEMA}identifier"),
        format!("{SCHEMA}mentions"),
        format!("{PROV}wasDerivedFrom"),
    );
    let news_article = format!("{SCHEMA}NewsArticle");
    let kept_type =
        |t: &str| t.starts_with(ns) || t == rdf::STATEMENT.as_str() || t == news_article;
    let mut subjects: IndexMap<String, Subject> = IndexMap::new();
    for quad in RdfParser::from_format(format).for_reader(reader) {
        let quad = quad.map_err(parse_error)?;
        let NamedOrBlankNode::NamedNode(subject) = quad.subject else {
            continue;
        };
        let p = quad.predicate.as_str();
        let (value, literal) = match &quad.object {
            Term::NamedNode(n) => (n.as_str(), false),
            Term::Literal(l) => (l.value(), true),
            _ => continue,
        };
        let known = [
            rdf::TYPE.as_str(),
            &pref,
            &alt,
            &sk_mentions,
            &same_as,
            &identifier,
            &mentions,
            &derived,
            &sk_cooccurs,
        ];
        let statement_part = [
            rdf::SUBJECT.as_str(),
            rdf::PREDICATE.as_str(),
            rdf::OBJECT.as_str(),
        ]
        .iter()
        .position(|r| *r == p);
        if (!known.contains(&p) && statement_part.is_none())
            || (p == rdf::TYPE.as_str() && !kept_type(value))
        {
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
            s.mentions = Some(value.parse().map_err(|_| {
                ParseError::new(format!("sk:mentionCount {value:?} is not a count"))
            })?);
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
        RdfParseError::Syntax(e) => ParseError {
            line: e.location().map(|l| l.start.line + 1),
            message: e.to_string(),
        },
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
        qid: s
            .same_as
            .iter()
            .find_map(|q| q.strip_prefix(WD))
            .map(str::to_string),
        mentions: s.mentions.unwrap_or(0),
        documents: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{BuildOptions, build_with};

    /// The Turtle of `graph` as one writer writes it, triple after triple.
    fn one_writer(triples: &Triples<'_>, prefixes: &[(&str, &str)]) -> Vec<u8> {
        let mut writer = TurtleWriter::new(Vec::new(), prefixes);
        for part in triples.parts(usize::MAX) {
            triples.write(&part, &mut writer).unwrap();
        }
        writer.finish().unwrap()
    }

    #[test]
    fn the_file_written_in_parts_is_the_file_of_one_writer() {
        let ontology = Ontology::embedded().unwrap();
        let documents = crate::corpusgen::generate(&ontology, 7, 60_000);
        let options = BuildOptions { cooccurrence: true };
        let graph = build_with(documents, &ontology, options, |_| {});
        assert!(graph.graph.edge_count() > 20 && !graph.cooccurrences.is_empty());
        let base = "https://example.org/";
        let triples = Triples::new(&graph, &ontology, base);
        let prefixes = prefixes(&ontology.namespace, base);
        let prefixes: Vec<(&str, &str)> = prefixes.iter().map(|(n, i)| (*n, i.as_str())).collect();
        let expected = one_writer(&triples, &prefixes);
        // Parts of one item each, of a few items, and one per section.
        for size in [1, 50, 2_000, usize::MAX] {
            let mut parted = Vec::new();
            write_turtle(&triples, &prefixes, size, &mut parted).unwrap();
            assert!(parted == expected, "parts of {size} triples");
        }
        let items = graph.documents.len() + graph.graph.node_count() + graph.graph.edge_count();
        assert_eq!(triples.parts(1).len(), items + 1, "one part per item");
    }

    #[test]
    fn an_empty_graph_is_an_empty_file() {
        let ontology = Ontology::embedded().unwrap();
        let graph = KnowledgeGraph::default();
        let triples = Triples::new(&graph, &ontology, "https://example.org/");
        let mut out = Vec::new();
        write_turtle(&triples, &[("ex", "https://example.org/")], 1, &mut out).unwrap();
        assert!(out.is_empty());
    }
}
