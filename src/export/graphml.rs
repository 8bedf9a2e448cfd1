//! GraphML: the graph for Gephi, networkx and igraph.
//!
//! Keys use only the GraphML attribute types (string, int, double). The graph
//! is directed with unique edge ids. Nodes carry `label`, `type`, `aliases`
//! (` | `-separated), `mentions`, `documents` (a count) and `document_ids`,
//! `qid`, `r`, `g`, `b` by type and `size` by mentions, which Gephi's
//! importer reads as colour and size, and the measures of
//! [`crate::stats::NodeMeasures`]: `degree`, `pagerank`, `betweenness` and
//! `community`, to size and colour by at once. Edges carry `label` (the
//! predicate), `weight`, `confidence`, `documents`, `document_ids` and
//! `evidence`, and the predicate also as the edge's `label` XML attribute,
//! which Gephi reads as the edge type (without it Gephi would merge parallel
//! edges of different predicates). Co-occurrence edges, when counted, are
//! labelled `coOccursWith` and carry only their `weight` (sentences); they
//! point from the smaller id to the larger, since networkx refuses undirected
//! edges in a directed graph. The graph's own `document_ids` lists every
//! document, so that [`read`] can give the same [`Network`] as the Turtle.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::ops::Range;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{COOCCURRENCE, ExportInput, Exporter, ParseError, Xml};
use crate::graph::KnowledgeGraph;
use crate::ontology::EntityType;
use crate::stats::{Link, Network, Node};

/// Joins the values of a list attribute (aliases, document ids).
pub const SEPARATOR: &str = " | ";

/// The GraphML exporter.
pub struct GraphMl;

/// (id, for, attr.name, attr.type)
const NODE_KEYS: &[(&str, &str, &str)] = &[
    ("label", "label", "string"),
    ("type", "type", "string"),
    ("aliases", "aliases", "string"),
    ("mentions", "mentions", "int"),
    ("documents", "documents", "int"),
    ("qid", "qid", "string"),
    ("r", "r", "int"),
    ("g", "g", "int"),
    ("b", "b", "int"),
    ("size", "size", "double"),
    ("degree", "degree", "int"),
    ("pagerank", "pagerank", "double"),
    ("betweenness", "betweenness", "double"),
    ("community", "community", "int"),
    ("document_ids", "document_ids", "string"),
];

const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("e_label", "label", "string"),
    ("e_weight", "weight", "double"),
    ("e_confidence", "confidence", "double"),
    ("e_documents", "documents", "int"),
    ("e_evidence", "evidence", "string"),
    ("e_document_ids", "document_ids", "string"),
];

const GRAPH_KEYS: &[(&str, &str, &str)] = &[("g_document_ids", "document_ids", "string")];

/// The node colour of each type (a qualitative palette readable on white).
pub fn type_color(t: EntityType) -> (u8, u8, u8) {
    match t {
        EntityType::Person => (31, 119, 180),
        EntityType::Organization => (255, 127, 14),
        EntityType::Media => (148, 103, 189),
        EntityType::Group => (140, 86, 75),
        EntityType::Country => (44, 160, 44),
        EntityType::City => (23, 190, 207),
        EntityType::Location => (188, 189, 34),
        EntityType::Event => (214, 39, 40),
        EntityType::Agreement => (227, 119, 194),
    }
}

/// Node size by mentions: logarithmic, so that a hub does not swamp the view.
pub fn node_size(mentions: u32) -> f64 {
    let size = 10.0 + 8.0 * (1.0 + mentions as f64).ln();
    (size * 100.0).round() / 100.0
}

impl Exporter for GraphMl {
    fn needs_measures(&self) -> bool {
        true
    }

    fn file_name(&self) -> &'static str {
        "graph.graphml"
    }

    fn write(&self, input: &ExportInput<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut x = Xml::document(out);
        x.start(
            "graphml",
            &[
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                ),
            ],
        )?;
        for (keys, domain) in [
            (GRAPH_KEYS, "graph"),
            (NODE_KEYS, "node"),
            (EDGE_KEYS, "edge"),
        ] {
            for (id, name, kind) in keys {
                x.empty(
                    "key",
                    &[
                        ("id", id),
                        ("for", domain),
                        ("attr.name", name),
                        ("attr.type", kind),
                    ],
                )?;
            }
        }
        x.start("graph", &[("id", "skein"), ("edgedefault", "directed")])?;
        let graph = input.graph;
        x.data(
            "g_document_ids",
            &document_ids(graph, 0..graph.documents.len() as u32),
        )?;
        // An entity is some 650 bytes and a document id each; a relation
        // some 300 bytes and 150 for each piece of evidence.
        let nodes = input.node_parts(|e| 650 + 16 * e.documents.len() + 24 * e.aliases.len());
        x.write_parts(&nodes, |x, range| write_nodes(x, input, range.clone()))?;
        let edges = input.edge_parts(|r| 300 + 150 * r.evidence.len());
        x.write_parts(&edges, |x, range| write_relations(x, input, range.clone()))?;
        for (k, c) in graph.cooccurrences.iter().enumerate() {
            let (a, b) = (&graph.graph[c.a].id, &graph.graph[c.b].id);
            x.start(
                "edge",
                &[
                    ("id", &format!("c{k}")),
                    ("source", a),
                    ("target", b),
                    ("label", COOCCURRENCE),
                ],
            )?;
            x.data("e_label", COOCCURRENCE)?;
            x.data_number("e_weight", c.sentences)?;
            x.end("edge")?;
        }
        x.end("graph")?;
        x.end("graphml")?;
        x.finish()
    }
}

/// The ids of documents, joined.
fn document_ids(graph: &KnowledgeGraph, documents: impl IntoIterator<Item = u32>) -> String {
    documents
        .into_iter()
        .map(|d| graph.documents[d as usize].id.as_str())
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

fn write_nodes(x: &mut Xml<'_>, input: &ExportInput<'_>, nodes: Range<usize>) -> io::Result<()> {
    let measures = input.measures();
    for (n, e) in input.graph.entities_in(nodes) {
        let i = n.index();
        x.start("node", &[("id", &e.id)])?;
        x.data("label", &e.label)?;
        x.data("type", e.entity_type.name())?;
        x.data("aliases", &e.aliases.join(SEPARATOR))?;
        x.data_number("mentions", e.mentions)?;
        x.data_number("documents", e.documents.len())?;
        if let Some(q) = &e.qid {
            x.data("qid", q)?;
        }
        let (r, g, b) = type_color(e.entity_type);
        x.data_number("r", r)?;
        x.data_number("g", g)?;
        x.data_number("b", b)?;
        x.data_number("size", node_size(e.mentions))?;
        x.data_number("degree", measures.degree[i])?;
        x.data_number("pagerank", measures.pagerank[i])?;
        x.data_number("betweenness", measures.betweenness[i])?;
        x.data_number("community", measures.community[i])?;
        x.data(
            "document_ids",
            &document_ids(input.graph, e.documents.iter().copied()),
        )?;
        x.end("node")?;
    }
    Ok(())
}

fn write_relations(
    x: &mut Xml<'_>,
    input: &ExportInput<'_>,
    edges: Range<usize>,
) -> io::Result<()> {
    use std::fmt::Write as _;
    let graph = input.graph;
    // Reused for every edge: the evidence of a frequent relation runs to
    // thousands of quotes, and one string per quote cost more than the rest
    // of the edge.
    let (mut id, mut evidence) = (String::new(), String::new());
    for (edge, s, o, rel) in graph.relations_in(edges) {
        let predicate = &input.ontology.predicate(rel.predicate).name;
        id.clear();
        write!(id, "e{}", edge.index()).expect("writing to a String");
        x.start(
            "edge",
            &[
                ("id", &id),
                ("source", &s.id),
                ("target", &o.id),
                ("label", predicate),
            ],
        )?;
        x.data("e_label", predicate)?;
        x.data_number("e_weight", rel.weight())?;
        x.data_number("e_confidence", rel.confidence)?;
        x.data_number("e_documents", rel.document_count())?;
        evidence.clear();
        for (k, ev) in rel.evidence.iter().enumerate() {
            if k > 0 {
                evidence.push_str(" || ");
            }
            let doc = &graph.documents[ev.document as usize].id;
            write!(evidence, "{doc}:{}-{}: ", ev.char_start, ev.char_end)
                .expect("writing to a String");
            crate::text::push_collapsed(&mut evidence, graph.quote(ev));
        }
        x.data("e_evidence", &evidence)?;
        let mut docs: Vec<u32> = rel.evidence.iter().map(|e| e.document).collect();
        docs.dedup();
        x.data("e_document_ids", &document_ids(graph, docs))?;
        x.end("edge")?;
    }
    Ok(())
}

/// An element being read: its XML attributes and its `<data>` by attribute name.
#[derive(Default)]
struct Element {
    attributes: HashMap<String, String>,
    data: HashMap<String, String>,
}

impl Element {
    fn get(&self, name: &str) -> Option<&str> {
        self.data.get(name).map(String::as_str)
    }

    fn list(&self, name: &str) -> Vec<&str> {
        self.get(name)
            .map(|v| v.split(SEPARATOR).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }

    fn number<T: std::str::FromStr>(&self, name: &str) -> Result<T, ParseError> {
        let v = self.get(name).unwrap_or("0");
        v.trim()
            .parse()
            .map_err(|_| ParseError::new(format!("{name} {v:?} is not a number")))
    }
}

/// Reads a GraphML file written by [`GraphMl`] back into a [`Network`].
/// Entities need `type`; the typed relations are the edges not labelled
/// `coOccursWith`.
pub fn read(reader: impl BufRead) -> Result<Network, ParseError> {
    let mut xml = Reader::from_reader(reader);
    let mut buf = Vec::new();
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut stack: Vec<(String, Element)> = Vec::new();
    let mut data_key: Option<String> = None;
    let mut text = String::new();
    let mut builder = NetworkBuilder::default();
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(&xml, e))?;
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"key" => {
                let a = attributes(&e)?;
                if let (Some(id), Some(name)) = (a.get("id"), a.get("attr.name")) {
                    keys.insert(id.clone(), name.clone());
                }
            }
            Event::Start(e) if e.name().as_ref() == b"data" => {
                data_key = attributes(&e)?.remove("key");
                text.clear();
            }
            Event::Start(e) => stack.push((
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                Element {
                    attributes: attributes(&e)?,
                    ..Element::default()
                },
            )),
            Event::Empty(e) => builder.add(
                &String::from_utf8_lossy(e.name().as_ref()),
                &Element {
                    attributes: attributes(&e)?,
                    ..Element::default()
                },
            )?,
            Event::Text(t) if data_key.is_some() => {
                text.push_str(&t.unescape().map_err(|e| xml_error(&xml, e))?)
            }
            Event::CData(t) if data_key.is_some() => text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) if e.name().as_ref() == b"data" => {
                let key = data_key.take().unwrap_or_default();
                if let Some((name, element)) = stack.last_mut() {
                    element.data.insert(
                        keys.get(&key).cloned().unwrap_or(key),
                        std::mem::take(&mut text),
                    );
                    if name == "graph" {
                        // The graph's documents come first, so that they keep their order.
                        builder.documents(element);
                    }
                }
            }
            Event::End(_) => {
                if let Some((name, element)) = stack.pop() {
                    builder.add(&name, &element)?;
                }
            }
            _ => {}
        }
        buf.clear();
    }
    builder.finish()
}

fn xml_error<R>(xml: &Reader<R>, e: impl std::fmt::Display) -> ParseError {
    ParseError::new(format!("at byte {}: {e}", xml.buffer_position()))
}

fn attributes(e: &BytesStart<'_>) -> Result<HashMap<String, String>, ParseError> {
    let mut out = HashMap::new();
    for a in e.attributes() {
        let a = a.map_err(|e| ParseError::new(e.to_string()))?;
        let value = a
            .unescape_value()
            .map_err(|e| ParseError::new(e.to_string()))?;
        out.insert(
            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
            value.into_owned(),
        );
    }
    Ok(out)
}

/// Turns the elements read into a [`Network`].
#[derive(Default)]
struct NetworkBuilder {
    network: Network,
    documents: HashMap<String, u32>,
    nodes: HashMap<String, u32>,
    /// (source, target, label, document ids) until every node is known.
    edges: Vec<(String, String, String, Vec<u32>)>,
}

impl NetworkBuilder {
    fn document(&mut self, id: &str) -> u32 {
        if let Some(&d) = self.documents.get(id) {
            return d;
        }
        let d = self.network.documents.len() as u32;
        self.network.documents.push(id.to_string());
        self.documents.insert(id.to_string(), d);
        d
    }

    fn documents(&mut self, element: &Element) -> Vec<u32> {
        let mut docs: Vec<u32> = element
            .list("document_ids")
            .into_iter()
            .map(|d| self.document(d))
            .collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    }

    fn add(&mut self, name: &str, element: &Element) -> Result<(), ParseError> {
        match name {
            "node" => {
                let id = element
                    .attributes
                    .get("id")
                    .cloned()
                    .ok_or_else(|| ParseError::new("a node has no id"))?;
                let kind = element.get("type").unwrap_or_default();
                let entity_type = EntityType::parse(kind).ok_or_else(|| {
                    ParseError::new(format!("node {id}: {kind:?} is not a skein entity type"))
                })?;
                let documents = self.documents(element);
                self.nodes
                    .insert(id.clone(), self.network.entities.len() as u32);
                self.network.entities.push(Node {
                    label: element
                        .get("label")
                        .map_or_else(|| id.clone(), str::to_string),
                    id,
                    entity_type,
                    aliases: element
                        .list("aliases")
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                    qid: element.get("qid").map(str::to_string),
                    mentions: element.number("mentions")?,
                    documents,
                });
            }
            "edge" => {
                let attr = |k: &str| {
                    element
                        .attributes
                        .get(k)
                        .cloned()
                        .ok_or_else(|| ParseError::new(format!("an edge has no {k}")))
                };
                let label = element
                    .get("label")
                    .map(str::to_string)
                    .or_else(|| element.attributes.get("label").cloned())
                    .unwrap_or_default();
                let documents = self.documents(element);
                self.edges
                    .push((attr("source")?, attr("target")?, label, documents));
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Network, ParseError> {
        for (source, target, label, documents) in std::mem::take(&mut self.edges) {
            let node = |id: &str| {
                self.nodes.get(id).copied().ok_or_else(|| {
                    ParseError::new(format!("an edge ends at {id:?}, which is no node"))
                })
            };
            let (subject, object) = (node(&source)?, node(&target)?);
            if label == COOCCURRENCE {
                self.network.cooccurrences.push((subject, object));
            } else {
                self.network.relations.push(Link {
                    subject,
                    object,
                    predicate: label,
                    documents,
                });
            }
        }
        Ok(self.network)
    }
}
