//! The output formats: N-Triples and JSON-LD hold the Turtle's triples,
//! GEXF is well-formed GEXF 1.3 with the viz module, GraphML carries the
//! node measures, and co-occurrence edges stay apart from typed relations.

mod support;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use oxigraph::io::{JsonLdProfile, RdfFormat, RdfParser};
use quick_xml::events::Event;
use support::{SK, fixture, skein};

/// Builds the fixtures with extra arguments into a fresh directory.
fn build(args: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut all = vec!["build", "-q", "-o", out.path().to_str().unwrap()];
    all.extend(args);
    let fixtures = fixture("");
    all.push(fixtures.to_str().unwrap());
    let o = skein(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

fn triples(path: &Path, format: RdfFormat) -> BTreeSet<String> {
    let bytes = std::fs::read(path).unwrap();
    RdfParser::from_format(format)
        .for_slice(&bytes)
        .map(|q| {
            q.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .to_string()
        })
        .collect()
}

#[test]
fn the_default_formats_are_turtle_graphml_and_gexf() {
    let out = build(&[]);
    let mut files: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["graph.gexf", "graph.graphml", "graph.ttl"]);
}

#[test]
fn n_triples_and_json_ld_hold_the_same_triples_as_turtle() {
    let out = build(&["--format", "ttl,nt,jsonld"]);
    let turtle = triples(&out.path().join("graph.ttl"), RdfFormat::Turtle);
    assert!(turtle.len() > 500);
    assert_eq!(
        triples(&out.path().join("graph.nt"), RdfFormat::NTriples),
        turtle
    );
    let json_ld = RdfFormat::JsonLd {
        profile: JsonLdProfile::Streaming.into(),
    };
    assert_eq!(triples(&out.path().join("graph.jsonld"), json_ld), turtle);
}

/// Every element of an XML file as (name, attributes), in order; panics on
/// malformed XML.
fn elements(path: &Path) -> Vec<(String, HashMap<String, String>)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut out = Vec::new();
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("{}: malformed XML: {e}", path.display()))
        {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let attributes = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                            a.unescape_value().unwrap().into_owned(),
                        )
                    })
                    .collect();
                out.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attributes,
                ));
            }
            _ => {}
        }
    }
    out
}

/// `skein stats --json` of a built graph.
fn stats(dir: &Path) -> serde_json::Value {
    let o = skein(&["stats", "--json", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn gexf_is_gexf_1_3_with_the_viz_module() {
    let out = build(&[]);
    let gexf = elements(&out.path().join("graph.gexf"));
    let (root, attributes) = &gexf[0];
    assert_eq!(root, "gexf");
    assert_eq!(attributes["xmlns"], "http://gexf.net/1.3");
    assert_eq!(attributes["xmlns:viz"], "http://gexf.net/1.3/viz");
    assert_eq!(attributes["version"], "1.3");
    let report = stats(out.path());
    let count = |name: &str| gexf.iter().filter(|(n, _)| n == name).count() as u64;
    assert_eq!(count("node"), report["nodes"].as_u64().unwrap());
    assert_eq!(count("edge"), report["edges"].as_u64().unwrap());
    assert_eq!(
        count("viz:color"),
        count("node"),
        "every node is coloured by type"
    );
    assert_eq!(
        count("viz:size"),
        count("node"),
        "every node is sized by mentions"
    );
    for (_, edge) in gexf.iter().filter(|(n, _)| n == "edge") {
        assert_eq!(
            edge["kind"], edge["label"],
            "the predicate is the edge kind"
        );
        assert!(edge["weight"].parse::<f64>().unwrap() >= 1.0);
    }
    let declared: BTreeSet<&str> = gexf
        .iter()
        .filter(|(n, a)| n == "attribute" && a.contains_key("type"))
        .map(|(_, a)| a["id"].as_str())
        .collect();
    for measure in ["degree", "pagerank", "betweenness", "community"] {
        assert!(declared.contains(measure), "{measure} declared");
    }
}

/// The GraphML `<data>` of every node, by node id and attribute name.
fn graphml_nodes(path: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut keys, mut nodes) = (HashMap::new(), BTreeMap::new());
    let (mut node, mut key): (Option<String>, Option<String>) = (None, None);
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let attr = |name: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name.as_bytes())
                        .map(|a| a.unescape_value().unwrap().into_owned())
                };
                match e.name().as_ref() {
                    b"key" => {
                        keys.insert(attr("id").unwrap(), attr("attr.name").unwrap());
                    }
                    b"node" => node = attr("id"),
                    b"edge" => node = None,
                    b"data" => key = attr("key").map(|k| keys[&k].clone()),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let (Some(n), Some(k)) = (&node, &key) {
                    nodes
                        .entry(n.clone())
                        .or_insert_with(BTreeMap::new)
                        .insert(k.clone(), t.unescape().unwrap().into_owned());
                }
            }
            Event::End(e) if e.name().as_ref() == b"data" => key = None,
            _ => {}
        }
    }
    nodes
}

#[test]
fn graphml_nodes_carry_degree_pagerank_betweenness_and_community() {
    let out = build(&[]);
    let nodes = graphml_nodes(&out.path().join("graph.graphml"));
    let report = stats(out.path());
    let number = |n: &BTreeMap<String, String>, k: &str| {
        n[k].parse::<f64>()
            .unwrap_or_else(|_| panic!("{k} of {n:?}"))
    };
    let total: f64 = nodes.values().map(|n| number(n, "pagerank")).sum();
    assert!((total - 1.0).abs() < 1e-4, "PageRank sums to 1: {total}");
    let degrees: f64 = nodes.values().map(|n| number(n, "degree")).sum();
    assert_eq!(
        degrees,
        2.0 * report["edges"].as_f64().unwrap(),
        "each relation adds one to two degrees"
    );
    for ranked in report["top_degree"].as_array().unwrap() {
        assert_eq!(
            number(&nodes[ranked["id"].as_str().unwrap()], "degree"),
            ranked["value"].as_f64().unwrap()
        );
    }
    for ranked in report["top_pagerank"]
        .as_array()
        .unwrap()
        .iter()
        .chain(report["top_betweenness"].as_array().unwrap())
    {
        let node = &nodes[ranked["id"].as_str().unwrap()];
        let value = ranked["value"].as_f64().unwrap();
        assert!(
            number(node, "pagerank") == value || number(node, "betweenness") == value,
            "{ranked} vs {node:?}"
        );
    }
    let mut sizes: BTreeMap<u64, u64> = BTreeMap::new();
    for n in nodes.values() {
        *sizes.entry(number(n, "community") as u64).or_insert(0) += 1;
    }
    assert_eq!(
        sizes.len() as u64,
        report["communities"]["count"].as_u64().unwrap()
    );
    for community in report["communities"]["largest"].as_array().unwrap() {
        assert_eq!(
            sizes[&community["id"].as_u64().unwrap()],
            community["size"].as_u64().unwrap()
        );
    }
}

#[test]
fn co_occurrences_are_written_only_on_request_and_never_as_typed_relations() {
    let plain = build(&["--format", "ttl,graphml,gexf"]);
    let with = build(&["--format", "ttl,graphml,gexf", "--cooccurrence"]);
    let cooccurs = format!("<{SK}coOccursWith>");
    let plain_triples = triples(&plain.path().join("graph.ttl"), RdfFormat::Turtle);
    let with_triples = triples(&with.path().join("graph.ttl"), RdfFormat::Turtle);
    assert!(
        !plain_triples.iter().any(|t| t.contains(&cooccurs)),
        "off by default"
    );
    let added: Vec<&String> = with_triples.difference(&plain_triples).collect();
    assert!(added.len() > 20);
    assert!(
        added.iter().all(|t| t.contains(&cooccurs)),
        "nothing else changes: {added:?}"
    );
    assert!(plain_triples.is_subset(&with_triples));
    // Plain triples only: no reified statement names the predicate.
    assert!(
        !with_triples
            .iter()
            .any(|t| t.contains("rdf-syntax-ns#predicate") && t.contains(&cooccurs))
    );
    let (p, w) = (stats(plain.path()), stats(with.path()));
    assert_eq!(p["edges"], w["edges"], "typed relations are the same");
    assert_eq!(
        p["top_pagerank"], w["top_pagerank"],
        "co-occurrences are no part of the measures"
    );
    assert_eq!(
        w["cooccurrence_pairs"].as_u64().unwrap(),
        added.len() as u64
    );
    for file in ["graph.graphml", "graph.gexf"] {
        let edges: Vec<HashMap<String, String>> = elements(&with.path().join(file))
            .into_iter()
            .filter(|(n, _)| n == "edge")
            .map(|(_, a)| a)
            .collect();
        let cooccurrence = edges
            .iter()
            .filter(|e| e["label"] == "coOccursWith")
            .count() as u64;
        assert_eq!(cooccurrence, added.len() as u64, "{file}");
        assert_eq!(
            edges.len() as u64 - cooccurrence,
            p["edges"].as_u64().unwrap(),
            "{file}"
        );
    }
    let gexf = elements(&with.path().join("graph.gexf"));
    let heaviest = gexf
        .iter()
        .filter(|(n, a)| n == "edge" && a["label"] == "coOccursWith")
        .map(|(_, a)| a["weight"].parse::<u32>().unwrap())
        .max();
    assert!(
        heaviest.unwrap() >= 2,
        "co-occurrences are weighted by sentences"
    );
}
