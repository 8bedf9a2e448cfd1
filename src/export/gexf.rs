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
use std::ops::Range;

use super::graphml::{SEPARATOR, node_size, type_color};
use super::{COOCCURRENCE, ExportInput, Exporter, Number, Xml};

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
    fn needs_measures(&self) -> bool {
        true
    }

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
        // An entity is some 600 bytes, a relation some 270.
        x.start("nodes", &[])?;
        let nodes = input.node_parts(|e| 600 + 24 * e.aliases.len());
        x.write_parts(&nodes, |x, range| write_nodes(x, input, range.clone()))?;
        x.end("nodes")?;
        x.start("edges", &[])?;
        let edges = input.edge_parts(|_| 270);
        x.write_parts(&edges, |x, range| write_edges(x, input, range.clone()))?;
        write_cooccurrences(&mut x, input)?;
        x.end("edges")?;
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

/// `<attvalue for="key" value="value"/>`
fn attvalue(x: &mut Xml<'_>, key: &str, value: &str) -> io::Result<()> {
    x.empty("attvalue", &[("for", key), ("value", value)])
}

/// [`attvalue`] for a number.
fn attvalue_number(x: &mut Xml<'_>, key: &str, value: impl Into<Number>) -> io::Result<()> {
    x.empty_with_numbers("attvalue", &[("for", key)], &[("value", value.into())])
}

fn write_nodes(x: &mut Xml<'_>, input: &ExportInput<'_>, nodes: Range<usize>) -> io::Result<()> {
    let measures = input.measures();
    // Reused for every node.
    let mut aliases = String::new();
    for (n, e) in input.graph.entities_in(nodes) {
        let i = n.index();
        x.start("node", &[("id", &e.id), ("label", &e.label)])?;
        x.start("attvalues", &[])?;
        attvalue(x, "type", e.entity_type.name())?;
        aliases.clear();
        for (k, alias) in e.aliases.iter().enumerate() {
            if k > 0 {
                aliases.push_str(SEPARATOR);
            }
            aliases.push_str(alias);
        }
        attvalue(x, "aliases", &aliases)?;
        attvalue_number(x, "mentions", e.mentions)?;
        attvalue_number(x, "documents", e.documents.len())?;
        if let Some(q) = &e.qid {
            attvalue(x, "qid", q)?;
        }
        attvalue_number(x, "degree", measures.degree[i])?;
        attvalue_number(x, "pagerank", measures.pagerank[i])?;
        attvalue_number(x, "betweenness", measures.betweenness[i])?;
        attvalue_number(x, "community", measures.community[i])?;
        x.end("attvalues")?;
        let (r, g, b) = type_color(e.entity_type);
        x.empty_with_numbers(
            "viz:color",
            &[],
            &[("r", r.into()), ("g", g.into()), ("b", b.into())],
        )?;
        x.empty_with_numbers("viz:size", &[], &[("value", node_size(e.mentions).into())])?;
        x.end("node")?;
    }
    Ok(())
}

fn write_edges(x: &mut Xml<'_>, input: &ExportInput<'_>, edges: Range<usize>) -> io::Result<()> {
    use std::fmt::Write as _;
    // Reused for every edge.
    let mut id = String::new();
    for (edge, s, o, rel) in input.graph.relations_in(edges) {
        let predicate = &input.ontology.predicate(rel.predicate).name;
        id.clear();
        write!(id, "e{}", edge.index()).expect("writing to a String");
        x.start_with_numbers(
            "edge",
            &[
                ("id", &id),
                ("source", &s.id),
                ("target", &o.id),
                ("label", predicate),
                ("kind", predicate),
            ],
            &[("weight", rel.weight().into())],
        )?;
        x.start("attvalues", &[])?;
        attvalue_number(x, "confidence", rel.confidence)?;
        attvalue_number(x, "documents", rel.document_count())?;
        x.end("attvalues")?;
        x.end("edge")?;
    }
    Ok(())
}

/// The co-occurrences, after the relations.
fn write_cooccurrences(x: &mut Xml<'_>, input: &ExportInput<'_>) -> io::Result<()> {
    use std::fmt::Write as _;
    let graph = input.graph;
    let mut id = String::new();
    for (k, c) in graph.cooccurrences.iter().enumerate() {
        id.clear();
        write!(id, "c{k}").expect("writing to a String");
        let (a, b) = (&graph.graph[c.a].id, &graph.graph[c.b].id);
        x.empty_with_numbers(
            "edge",
            &[
                ("id", &id),
                ("source", a),
                ("target", b),
                ("label", COOCCURRENCE),
                ("kind", COOCCURRENCE),
            ],
            &[("weight", c.sentences.into())],
        )?;
    }
    Ok(())
}
