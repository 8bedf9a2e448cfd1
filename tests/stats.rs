//! `skein stats`: a small graph built by hand, with values worked out by
//! hand (PageRank with igraph), and the command line on built graphs.

mod support;

use skein::ontology::EntityType;
use skein::stats::{Link, Network, Node, Report};
use support::{fixture, skein};

fn node(id: &str, label: &str, entity_type: EntityType, documents: &[u32]) -> Node {
    Node {
        id: id.into(),
        label: label.into(),
        entity_type,
        aliases: vec![],
        qid: None,
        mentions: 2,
        documents: documents.to_vec(),
    }
}

fn link(subject: u32, predicate: &str, object: u32, documents: &[u32]) -> Link {
    Link {
        subject,
        object,
        predicate: predicate.into(),
        documents: documents.to_vec(),
    }
}

/// A triangle NATO → Mark Rutte → European Union → NATO, a tail European
/// Union → Andrius Kubilius, and the North Atlantic Treaty Organization
/// alone (a missed merge with NATO).
fn triangle_with_tail() -> Network {
    use EntityType::*;
    Network {
        documents: vec!["one.txt".into(), "two.txt".into()],
        entities: vec![
            node("nato", "NATO", Organization, &[0]),
            node("mark_rutte", "Mark Rutte", Person, &[0]),
            node("european_union", "European Union", Organization, &[0, 1]),
            node("andrius_kubilius", "Andrius Kubilius", Person, &[1]),
            node(
                "north_atlantic_treaty_organization",
                "North Atlantic Treaty Organization",
                Organization,
                &[1],
            ),
        ],
        relations: vec![
            link(0, "sharesWith", 1, &[0]),
            link(1, "urges", 2, &[0]),
            link(2, "sharesWith", 0, &[0, 1]),
            link(2, "supports", 3, &[1]),
        ],
        cooccurrences: vec![(0, 4)],
    }
}

#[test]
fn counts_and_shape_of_a_triangle_with_a_tail() {
    let r = Report::new(&triangle_with_tail());
    assert_eq!(
        (
            r.nodes,
            r.edges,
            r.documents,
            r.mentions,
            r.cooccurrence_pairs
        ),
        (5, 4, 2, 10, 1)
    );
    let types: Vec<(&str, usize)> = r
        .nodes_by_type
        .iter()
        .map(|c| (c.name.as_str(), c.count))
        .collect();
    assert_eq!(types, [("Person", 2), ("Organization", 3)]);
    let predicates: Vec<(&str, usize)> = r
        .edges_by_predicate
        .iter()
        .map(|c| (c.name.as_str(), c.count))
        .collect();
    assert_eq!(
        predicates,
        [("sharesWith", 2), ("supports", 1), ("urges", 1)]
    );
    // 4 of the 5·4/2 = 10 possible links.
    assert_eq!(r.density, 0.4);
    assert_eq!(
        (
            r.components.count,
            r.components.largest,
            r.components.isolated
        ),
        (2, 4, 1)
    );
    // NATO – European Union – Andrius Kubilius.
    assert_eq!(r.components.diameter_of_largest, 2);
    // Clustering 1, 1, 1/3 (EU: one link among its three neighbours), 0, 0.
    assert_eq!(r.average_clustering, 0.466667);
    // Degrees 2, 2, 3, 1, 0.
    assert_eq!(
        (r.degree.min, r.degree.median, r.degree.mean, r.degree.max),
        (0, 2.0, 1.6, 3)
    );
}

#[test]
fn rankings_of_a_triangle_with_a_tail() {
    let r = Report::new(&triangle_with_tail());
    let ranked = |list: &[skein::stats::Ranked]| {
        list.iter()
            .map(|x| (x.id.clone(), x.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ranked(&r.top_degree),
        [
            ("european_union".into(), 3.0),
            ("mark_rutte".into(), 2.0),
            ("nato".into(), 2.0),
            ("andrius_kubilius".into(), 1.0)
        ]
    );
    // igraph: Graph(n=5, edges=[(0,1),(1,2),(2,0),(2,3)], directed=True).pagerank();
    // the tie between NATO and Andrius Kubilius goes to the smaller id.
    assert_eq!(
        ranked(&r.top_pagerank),
        [
            ("european_union".into(), 0.28428),
            ("mark_rutte".into(), 0.244359),
            ("andrius_kubilius".into(), 0.197393),
            ("nato".into(), 0.197393),
            ("north_atlantic_treaty_organization".into(), 0.076575),
        ]
    );
    // The EU alone lies between others: on the paths from NATO and from Mark
    // Rutte to Andrius Kubilius, 2 of the 4·3/2 = 6 pairs of other nodes.
    assert_eq!(
        ranked(&r.top_betweenness),
        [("european_union".into(), 0.333333)]
    );
}

#[test]
fn communities_documents_and_duplicates_of_a_triangle_with_a_tail() {
    let r = Report::new(&triangle_with_tail());
    let c = &r.communities;
    assert_eq!((c.count, c.singletons), (3, 1));
    // {NATO, Mark Rutte} and {EU, Kubilius}: 2·(1/4 − (4/8)²) = 0, as good as one community.
    assert_eq!(c.modularity, 0.0);
    let communities: Vec<(u32, usize, Vec<&str>)> = c
        .largest
        .iter()
        .map(|k| {
            (
                k.id,
                k.size,
                k.members.iter().map(|m| m.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        communities,
        [
            (0, 2, vec!["european_union", "andrius_kubilius"]),
            (1, 2, vec!["mark_rutte", "nato"])
        ]
    );
    let docs: Vec<(&str, usize, usize)> = r
        .per_document
        .iter()
        .map(|d| (d.id.as_str(), d.entities, d.relations))
        .collect();
    assert_eq!(docs, [("one.txt", 3, 3), ("two.txt", 3, 2)]);
    assert_eq!(r.duplicates.len(), 1);
    let d = &r.duplicates[0];
    assert_eq!(
        (d.a.as_str(), d.b.as_str()),
        ("nato", "north_atlantic_treaty_organization")
    );
    assert!(d.reason.contains("initials"), "{}", d.reason);
}

#[test]
fn an_empty_graph_has_an_empty_report() {
    let r = Report::new(&Network::default());
    assert_eq!(
        (r.nodes, r.edges, r.components.count, r.density),
        (0, 0, 0, 0.0)
    );
    assert!(r.top_pagerank.is_empty() && r.communities.largest.is_empty());
}

fn stats_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["stats", "--json"];
    all.extend(args);
    let o = skein(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("stats --json prints JSON")
}

#[test]
fn every_graph_file_and_the_articles_give_the_same_report() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    let fixtures = fixture("");
    let o = skein(&[
        "build",
        "-q",
        "--format",
        "ttl,nt,jsonld,graphml",
        "-o",
        dir,
        fixtures.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let from_dir = stats_json(&[dir]);
    for file in ["graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml"] {
        let path = out.path().join(file);
        assert_eq!(stats_json(&[path.to_str().unwrap()]), from_dir, "{file}");
    }
    assert_eq!(
        stats_json(&[fixtures.to_str().unwrap()]),
        from_dir,
        "built in memory from the articles"
    );
    assert_eq!(from_dir["documents"], 10);
    let keller = from_dir["per_document"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "surname_clash/a.txt")
        .unwrap();
    assert!(
        keller["entities"].as_u64().unwrap() >= 3 && keller["relations"].as_u64().unwrap() >= 1,
        "{keller}"
    );
}

#[test]
fn the_text_report_has_every_section() {
    let o = skein(&["stats", fixture("titles.txt").to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    for section in [
        "entities by type",
        "relations by predicate",
        "density",
        "largest component",
        "average clustering",
        "top entities by degree",
        "top entities by PageRank",
        "top entities by betweenness",
        "communities (Louvain)",
        "per document",
        "candidate duplicates",
    ] {
        assert!(text.contains(section), "no {section:?} in\n{text}");
    }
    assert!(text.contains("Nadim Sarrafi"));
}

#[test]
fn stats_on_a_path_that_is_neither_a_graph_nor_articles_fails_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let o = skein(&["stats", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(dir.path().to_str().unwrap()) && stderr.contains("graph.ttl"),
        "{stderr}"
    );
    let broken = dir.path().join("graph.ttl");
    std::fs::write(
        &broken,
        "@prefix sk: <https://w3id.org/skein/ontology#> .\n\nsk:a sk:b .\n",
    )
    .unwrap();
    let o = skein(&["stats", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("graph.ttl:3"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
