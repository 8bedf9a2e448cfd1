//! GEXF 1.3: Gephi's own format, with the viz module.
//!
//! Nodes are coloured by type (`viz:color`, the GraphML palette) and sized
//! by mentions (`viz:size`), and carry `type`, `aliases`, `mentions`,
//! `documents`, `qid` and the measures of [`crate::stats::NodeMeasures`]
//! (`degree`, `pagerank`, `betweenness`, `community`) as typed attributes.
//! Edges carry the predicate as `label` and as `kind` (GEXF 1.3's way to keep
//! parallel edges of different types apart), their `weight` (pieces of
//! evidence, or sentences for a co-occurrence) and `confidence` and
//! `documents`. Co-occurrence edges, when counted, have kind `coOccursWith`
//! and point from the smaller id to the larger.

use std::io::{self, Write};

use super::graphml::{SEPARATOR, node_size, type_color};
use super::{COOCCURRENCE, ExportInput, Exporter, Xml};

/// The GEXF exporter.
pub struct Gexf;

const NAMESPACE: &str = "http://gexf.net/1.3";
const VIZ: &str = "http://gexf.net/1.3/viz";

/// (id, type) of the node attributes; the id is also the title.
const NODE_ATTRIBUTES: &[(&str, &str)] = &[
    ("type", "string"),
    ("aliases", "string"),
    ("mentions", "integer"),
    ("documents", "integer"),
    ("qid", "string"),
    ("degree", "integer"),
    ("pagerank", "double"),
    ("betweenness", "double"),
    ("community", "integer"),
];

const EDGE_ATTRIBUTES: &[(&str, &str)] = &[("confidence", "double"), ("documents", "integer")];

impl Exporter for Gexf {
    fn file_name(&self) -> &'static str {
        "graph.gexf"
    }

    fn write(&self, input: &ExportInput<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut x = Xml::document(out);
        x.start(
            "gexf",
            &[
                ("xmlns", NAMESPACE),
                ("xmlns:viz", VIZ),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
                ),
                ("version", "1.3"),
            ],
        )?;
        x.start("meta", &[])?;
        text_element(
            &mut x,
            "creator",
            concat!("skein ", env!("CARGO_PKG_VERSION")),
        )?;
        text_element(
            &mut x,
            "description",
            "Entities and typed relations read from news articles",
        )?;
        x.end("meta")?;
        x.start(
            "graph",
            &[("defaultedgetype", "directed"), ("mode", "static")],
        )?;
        for (class, attributes) in [("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)] {
            x.start("attributes", &[("class", class), ("mode", "static")])?;
            for (id, kind) in attributes {
                x.empty("attribute", &[("id", id), ("title", id), ("type", kind)])?;
            }
            x.end("attributes")?;
        }
        write_nodes(&mut x, input)?;
        write_edges(&mut x, input)?;
        x.end("graph")?;
        x.end("gexf")?;
        x.finish()
    }
}

fn text_element(x: &mut Xml<'_>, name: &str, text: &str) -> io::Result<()> {
    x.start(name, &[])?;
    x.text(text);
    x.end(name)
}

fn attvalues(x: &mut Xml<'_>, values: &[(&str, String)]) -> io::Result<()> {
    x.start("attvalues", &[])?;
    for (key, value) in values {
        x.empty("attvalue", &[("for", key), ("value", value)])?;
    }
    x.end("attvalues")
}

fn write_nodes(x: &mut Xml<'_>, input: &ExportInput<'_>) -> io::Result<()> {
    let measures = input.measures();
    x.start("nodes", &[])?;
    for (n, e) in input.graph.entities() {
        let i = n.index();
        x.start("node", &[("id", &e.id), ("label", &e.label)])?;
        let mut values = vec![
            ("type", e.entity_type.name().to_string()),
            ("aliases", e.aliases.join(SEPARATOR)),
            ("mentions", e.mentions.to_string()),
            ("documents", e.documents.len().to_string()),
        ];
        values.extend(e.qid.iter().map(|q| ("qid", q.clone())));
        values.extend([
            ("degree", measures.degree[i].to_string()),
            ("pagerank", measures.pagerank[i].to_string()),
            ("betweenness", measures.betweenness[i].to_string()),
            ("community", measures.community[i].to_string()),
        ]);
        attvalues(x, &values)?;
        let (r, g, b) = type_color(e.entity_type);
        x.empty(
            "viz:color",
            &[
                ("r", &r.to_string()),
                ("g", &g.to_string()),
                ("b", &b.to_string()),
            ],
        )?;
        x.empty("viz:size", &[("value", &node_size(e.mentions).to_string())])?;
        x.end("node")?;
    }
    x.end("nodes")
}

fn write_edges(x: &mut Xml<'_>, input: &ExportInput<'_>) -> io::Result<()> {
    let graph = input.graph;
    x.start("edges", &[])?;
    for (edge, s, o, rel) in graph.relations() {
        let predicate = &input.ontology.predicate(rel.predicate).name;
        let id = format!("e{}", edge.index());
        let weight = rel.weight().to_string();
        x.start(
            "edge",
            &[
                ("id", &id),
                ("source", &s.id),
                ("target", &o.id),
                ("label", predicate),
                ("kind", predicate),
                ("weight", &weight),
            ],
        )?;
        attvalues(
            x,
            &[
                ("confidence", rel.confidence.to_string()),
                ("documents", rel.document_count().to_string()),
            ],
        )?;
        x.end("edge")?;
    }
    for (k, c) in graph.cooccurrences.iter().enumerate() {
        let (id, weight) = (format!("c{k}"), c.sentences.to_string());
        let (a, b) = (&graph.graph[c.a].id, &graph.graph[c.b].id);
        x.empty(
            "edge",
            &[
                ("id", &id),
                ("source", a),
                ("target", b),
                ("label", COOCCURRENCE),
                ("kind", COOCCURRENCE),
                ("weight", &weight),
            ],
        )?;
    }
    x.end("edges")
}
