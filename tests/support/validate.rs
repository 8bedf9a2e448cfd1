//! Checks that outputs are valid whatever the input: RDF parses with
//! oxigraph (IRIs checked), every entity has one IRI of its own, and GraphML
//! and GEXF are well-formed XML without a character XML 1.0 forbids.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use oxigraph::io::{JsonLdProfile, RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term, Triple};
use quick_xml::events::Event;

use super::{PREF_LABEL, SK};

pub fn json_ld() -> RdfFormat {
    RdfFormat::JsonLd {
        profile: JsonLdProfile::Streaming.into(),
    }
}

/// The triples of an RDF file; panics (naming `what`) when it does not parse.
pub fn rdf(bytes: &[u8], format: RdfFormat, what: &str) -> Vec<Triple> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .map(|q| {
            q.unwrap_or_else(|e| panic!("{what} does not parse: {e}"))
                .into()
        })
        .collect()
}

/// Is `c` forbidden in XML 1.0?
pub fn forbidden_in_xml(c: char) -> bool {
    !(matches!(c, '\t' | '\n' | '\r')
        || (' '..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}')
}

/// Every element of an XML document as (name, attributes, text inside it),
/// in order; panics (naming `what`) on malformed XML, on a forbidden
/// character, and on a character reference to one.
pub fn xml(bytes: &[u8], what: &str) -> Vec<(String, BTreeMap<String, String>, String)> {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"));
    if let Some(c) = text.chars().find(|&c| forbidden_in_xml(c)) {
        panic!("{what} holds the character {c:?}, which XML 1.0 forbids");
    }
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut out: Vec<(String, BTreeMap<String, String>, String)> = Vec::new();
    let mut depth = 0usize;
    let mut roots = 0;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("{what} is not well-formed XML: {e}"));
        let is_start = matches!(event, Event::Start(_));
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                if depth == 0 {
                    roots += 1;
                }
                if is_start {
                    depth += 1;
                }
                let mut attributes = BTreeMap::new();
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|e| panic!("{what}: bad attribute: {e}"));
                    let value = a
                        .unescape_value()
                        .unwrap_or_else(|e| panic!("{what}: bad attribute value: {e}"))
                        .into_owned();
                    let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                    assert!(
                        attributes.insert(key.clone(), value).is_none(),
                        "{what}: attribute {key} twice"
                    );
                }
                out.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attributes,
                    String::new(),
                ));
            }
            Event::End(_) => depth -= 1,
            Event::Text(t) => {
                let value = t
                    .unescape()
                    .unwrap_or_else(|e| panic!("{what}: bad text: {e}"))
                    .into_owned();
                if value.chars().any(forbidden_in_xml) {
                    panic!("{what}: a character reference to a character XML forbids");
                }
                if let Some(last) = out.last_mut() {
                    last.2.push_str(&value);
                }
            }
            _ => {}
        }
    }
    assert_eq!(depth, 0, "{what}: unclosed elements");
    assert_eq!(roots, 1, "{what}: one root element");
    out
}

/// What the checks found: entity IRIs with their labels, documents.
#[derive(Debug, Default)]
pub struct Checked {
    pub entities: BTreeMap<String, String>,
    pub triples: usize,
}

/// Checks the RDF of one graph (any of its formats): every IRI is valid
/// (the parser checks), every entity IRI is `{base}entity/{slug}` and names
/// exactly one entity (one label, one mention count).
pub fn check_triples(triples: &[Triple], what: &str) -> Checked {
    let mut labels: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for t in triples {
        let NamedOrBlankNode::NamedNode(s) = &t.subject else {
            panic!("{what}: a blank node subject")
        };
        NamedNode::new(s.as_str()).unwrap_or_else(|e| panic!("{what}: invalid IRI {s}: {e}"));
        if let Term::NamedNode(o) = &t.object {
            NamedNode::new(o.as_str()).unwrap_or_else(|e| panic!("{what}: invalid IRI {o}: {e}"));
        }
        if let Term::Literal(l) = &t.object {
            assert!(
                !l.value().chars().any(forbidden_in_xml),
                "{what}: literal {l} holds a control character"
            );
        }
        if t.predicate.as_str() == PREF_LABEL {
            if let Term::Literal(l) = &t.object {
                labels
                    .entry(s.as_str().to_string())
                    .or_default()
                    .push(l.value().to_string());
            }
        }
        if t.predicate.as_str() == format!("{SK}mentionCount") {
            *counts.entry(s.as_str().to_string()).or_default() += 1;
        }
    }
    let mut entities = BTreeMap::new();
    for (iri, n) in counts {
        assert_eq!(
            n, 1,
            "{what}: {iri} has {n} mention counts: two entities share an IRI"
        );
        let label = labels
            .get(&iri)
            .unwrap_or_else(|| panic!("{what}: {iri} has no label"));
        assert_eq!(
            label.len(),
            1,
            "{what}: {iri} has labels {label:?}: two entities share an IRI"
        );
        let slug = iri.rsplit('/').next().unwrap();
        assert!(
            !slug.is_empty()
                && slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{what}: entity id {slug:?} is no ASCII slug"
        );
        entities.insert(iri, label[0].clone());
    }
    Checked {
        entities,
        triples: triples.len(),
    }
}

/// Checks GraphML: well-formed, unique node and edge ids, every edge between
/// known nodes. Returns the node ids.
pub fn check_graphml(bytes: &[u8], what: &str) -> BTreeSet<String> {
    check_graph_xml(bytes, what, "graphml")
}

/// Checks GEXF the same way.
pub fn check_gexf(bytes: &[u8], what: &str) -> BTreeSet<String> {
    check_graph_xml(bytes, what, "gexf")
}

fn check_graph_xml(bytes: &[u8], what: &str, root: &str) -> BTreeSet<String> {
    let elements = xml(bytes, what);
    assert_eq!(
        elements.first().map(|e| e.0.as_str()),
        Some(root),
        "{what}: root element"
    );
    let mut nodes = BTreeSet::new();
    let mut edges = HashSet::new();
    for (name, attributes, _) in &elements {
        if name == "node" {
            let id = attributes
                .get("id")
                .unwrap_or_else(|| panic!("{what}: a node without id"));
            assert!(nodes.insert(id.clone()), "{what}: node id {id} twice");
        }
    }
    for (name, attributes, _) in &elements {
        if name == "edge" {
            let id = attributes
                .get("id")
                .unwrap_or_else(|| panic!("{what}: an edge without id"));
            assert!(edges.insert(id.clone()), "{what}: edge id {id} twice");
            for end in ["source", "target"] {
                let n = &attributes[end];
                assert!(nodes.contains(n), "{what}: edge {id} ends at {n}, no node");
            }
        }
    }
    nodes
}

/// Checks every graph file in an output directory (those present) and that
/// they agree: the same triples in Turtle, N-Triples and JSON-LD, and one
/// GraphML and GEXF node per entity. Returns what the Turtle holds.
pub fn check_dir(dir: &Path) -> Checked {
    let read = |name: &str| std::fs::read(dir.join(name)).ok();
    let ttl = read("graph.ttl").expect("graph.ttl written");
    let triples = rdf(&ttl, RdfFormat::Turtle, "graph.ttl");
    let checked = check_triples(&triples, "graph.ttl");
    let as_set = |ts: &[Triple]| ts.iter().map(|t| t.to_string()).collect::<BTreeSet<_>>();
    let reference = as_set(&triples);
    if let Some(nt) = read("graph.nt") {
        assert_eq!(
            as_set(&rdf(&nt, RdfFormat::NTriples, "graph.nt")),
            reference,
            "graph.nt holds the Turtle's triples"
        );
    }
    if let Some(jsonld) = read("graph.jsonld") {
        assert_eq!(
            as_set(&rdf(&jsonld, json_ld(), "graph.jsonld")),
            reference,
            "graph.jsonld holds the Turtle's triples"
        );
    }
    let ids: BTreeSet<String> = checked
        .entities
        .keys()
        .map(|iri| iri.rsplit('/').next().unwrap().to_string())
        .collect();
    if let Some(graphml) = read("graph.graphml") {
        assert_eq!(
            check_graphml(&graphml, "graph.graphml"),
            ids,
            "one GraphML node per entity"
        );
    }
    if let Some(gexf) = read("graph.gexf") {
        assert_eq!(
            check_gexf(&gexf, "graph.gexf"),
            ids,
            "one GEXF node per entity"
        );
    }
    checked
}
