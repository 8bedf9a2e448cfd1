//! GraphML: the graph for Gephi, networkx and igraph.
//!
//! Keys use only the GraphML attribute types (string, int, double). The graph
//! is directed with unique edge ids. Nodes carry `label`, `type`, `aliases`
//! (`|`-separated), `mentions`, `documents`, `qid`, and `r`, `g`, `b`
//! by type and `size` by mentions, which Gephi's importer reads as colour and
//! size. Edges carry `label` (the predicate), `weight`, `confidence`,
//! `documents` and `evidence`, and the predicate also as the edge's `label`
//! XML attribute, which Gephi reads as the edge type (without it Gephi would
//! merge parallel edges of different predicates).

use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::{xml_safe, Exporter};
use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityType, Ontology};

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
];

const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("e_label", "label", "string"),
    ("e_weight", "weight", "double"),
    ("e_confidence", "confidence", "double"),
    ("e_documents", "documents", "int"),
    ("e_evidence", "evidence", "string"),
];

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

fn io_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

struct Xml<'w> {
    w: Writer<&'w mut dyn Write>,
}

impl Xml<'_> {
    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        let mut e = BytesStart::new(name);
        for (k, v) in attrs {
            e.push_attribute((*k, xml_safe(v).as_ref()));
        }
        self.w.write_event(Event::Start(e)).map_err(io_error)
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        let mut e = BytesStart::new(name);
        for (k, v) in attrs {
            e.push_attribute((*k, xml_safe(v).as_ref()));
        }
        self.w.write_event(Event::Empty(e)).map_err(io_error)
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name))).map_err(io_error)
    }

    fn data(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.start("data", &[("key", key)])?;
        self.w.write_event(Event::Text(BytesText::new(&xml_safe(value)))).map_err(io_error)?;
        self.end("data")
    }
}

impl Exporter for GraphMl {
    fn file_name(&self) -> &'static str {
        "graph.graphml"
    }

    fn write(&self, graph: &KnowledgeGraph, ontology: &Ontology, out: &mut dyn Write) -> io::Result<()> {
        let mut x = Xml { w: Writer::new_with_indent(out, b' ', 2) };
        x.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).map_err(io_error)?;
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
        for (id, name, kind) in NODE_KEYS {
            x.empty("key", &[("id", id), ("for", "node"), ("attr.name", name), ("attr.type", kind)])?;
        }
        for (id, name, kind) in EDGE_KEYS {
            x.empty("key", &[("id", id), ("for", "edge"), ("attr.name", name), ("attr.type", kind)])?;
        }
        x.start("graph", &[("id", "skein"), ("edgedefault", "directed")])?;
        for (_, e) in graph.entities() {
            x.start("node", &[("id", &e.id)])?;
            x.data("label", &e.label)?;
            x.data("type", e.entity_type.name())?;
            x.data("aliases", &e.aliases.join(" | "))?;
            x.data("mentions", &e.mentions.to_string())?;
            x.data("documents", &e.documents.len().to_string())?;
            if let Some(q) = &e.qid {
                x.data("qid", q)?;
            }
            let (r, g, b) = type_color(e.entity_type);
            x.data("r", &r.to_string())?;
            x.data("g", &g.to_string())?;
            x.data("b", &b.to_string())?;
            x.data("size", &node_size(e.mentions).to_string())?;
            x.end("node")?;
        }
        for (edge, s, o, rel) in graph.relations() {
            let predicate = &ontology.predicate(rel.predicate).name;
            let id = format!("e{}", edge.index());
            x.start("edge", &[("id", &id), ("source", &s.id), ("target", &o.id), ("label", predicate)])?;
            x.data("e_label", predicate)?;
            x.data("e_weight", &rel.weight().to_string())?;
            x.data("e_confidence", &rel.confidence.to_string())?;
            x.data("e_documents", &rel.document_count().to_string())?;
            let evidence: Vec<String> = rel
                .evidence
                .iter()
                .map(|ev| {
                    let doc = &graph.documents[ev.document as usize].id;
                    let quote = ev.quote.split_whitespace().collect::<Vec<_>>().join(" ");
                    format!("{doc}:{}-{}: {quote}", ev.char_start, ev.char_end)
                })
                .collect();
            x.data("e_evidence", &evidence.join(" || "))?;
            x.end("edge")?;
        }
        x.end("graph")?;
        x.end("graphml")?;
        x.w.into_inner().write_all(b"\n")
    }
}
