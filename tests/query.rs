//! `skein query`: every example query of `examples/queries/` on the graph of
//! the fixture articles and the example corpus, and the command line's
//! formats, errors and exit codes.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use support::{fixture, skein};

/// The graph of `tests/fixtures` and `examples/articles`, built once.
fn graph() -> &'static Path {
    static GRAPH: OnceLock<tempfile::TempDir> = OnceLock::new();
    GRAPH
        .get_or_init(|| {
            let out = tempfile::tempdir().unwrap();
            let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
            let o = skein(&[
                "build",
                "-q",
                "-o",
                out.path().to_str().unwrap(),
                fixture("").to_str().unwrap(),
                examples.to_str().unwrap(),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            out
        })
        .path()
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/queries")
        .join(name)
}

type Row = BTreeMap<String, String>;

/// Runs a query with `--format json` and reads the W3C JSON results.
fn run_json(args: &[&str]) -> Vec<Row> {
    let mut all = vec!["query", graph().to_str().unwrap()];
    all.extend(args);
    all.extend(["--format", "json"]);
    let o = skein(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON results");
    json["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            b.as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v["value"].as_str().unwrap().to_string()))
                .collect()
        })
        .collect()
}

fn example_rows(name: &str) -> Vec<Row> {
    run_json(&["-f", example(name).to_str().unwrap()])
}

fn has(rows: &[Row], pairs: &[(&str, &str)]) -> bool {
    rows.iter().any(|r| {
        pairs
            .iter()
            .all(|(k, v)| r.get(*k).map(String::as_str) == Some(*v))
    })
}

#[test]
fn every_example_query_is_tested_here() {
    let mut names: Vec<String> = std::fs::read_dir(example(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "corroborated.rq",
            "document_entities.rq",
            "entity_relations.rq",
            "leaders.rq",
            "mentions.rq",
            "sharing.rq"
        ]
    );
    for name in &names {
        let text = std::fs::read_to_string(example(name)).unwrap();
        assert!(
            text.starts_with("# "),
            "{name} opens with a comment that says what it asks"
        );
    }
}

#[test]
fn leaders_lists_who_leads_what_with_the_title() {
    let rows = example_rows("leaders.rq");
    assert!(
        has(
            &rows,
            &[
                ("leader", "Nadim Sarrafi"),
                ("led", "Iraq"),
                ("as", "Prime Minister")
            ]
        ),
        "{rows:?}"
    );
    assert!(has(
        &rows,
        &[
            ("leader", "Karim Haddadi"),
            ("led", "Organization of the Petroleum Exporting Countries")
        ]
    ));
    assert!(has(
        &rows,
        &[("leader", "Ingrid Vassbotn"), ("led", "Norway")]
    ));
    assert!(has(
        &rows,
        &[
            ("leader", "Anna Keller"),
            ("led", "Swiss Bankers Association")
        ]
    ));
    assert!(
        !has(&rows, &[("leader", "Jalal Mahdawi")]),
        "a former prime minister leads nothing"
    );
}

#[test]
fn sharing_gives_the_sentence_that_says_what_is_shared() {
    let rows = example_rows("sharing.rq");
    assert!(has(
        &rows,
        &[
            ("who", "World Health Organization"),
            ("withWhom", "Morocco"),
            ("document", "cross_doc/two.txt")
        ]
    ));
    let norway: Vec<&Row> = rows
        .iter()
        .filter(|r| r["who"] == "Norway" && r["withWhom"] == "European Union")
        .collect();
    let docs: Vec<&str> = norway.iter().map(|r| r["document"].as_str()).collect();
    assert_eq!(
        docs,
        ["01_reuters.txt", "02_afp.txt", "04_baltic_ledger.txt"]
    );
    assert!(
        norway[0]["sentence"].contains("share gas-storage data"),
        "{:?}",
        norway[0]
    );
    assert!(
        rows.iter()
            .all(|r| r["sentence"].to_lowercase().contains("shar")),
        "{rows:?}"
    );
}

#[test]
fn entity_relations_gives_every_relation_of_one_entity_with_evidence() {
    let rows = example_rows("entity_relations.rq");
    assert!(
        rows.iter()
            .all(|r| r["subject"] == "Norway" || r["object"] == "Norway"),
        "{rows:?}"
    );
    assert!(has(
        &rows,
        &[
            ("subject", "Ingrid Vassbotn"),
            ("predicate", "leads"),
            ("object", "Norway")
        ]
    ));
    assert!(has(
        &rows,
        &[
            ("subject", "Norway"),
            ("predicate", "sharesWith"),
            ("document", "01_reuters.txt")
        ]
    ));
    assert!(rows.iter().all(|r| !r["sentence"].is_empty()));
    // Another entity, by an alias: the query is edited in its VALUES line.
    let text = std::fs::read_to_string(example("entity_relations.rq"))
        .unwrap()
        .replace("\"Norway\"", "\"the secretary-general\"");
    let haddadi = run_json(&[&text]);
    assert!(
        haddadi
            .iter()
            .all(|r| r["subject"] == "Karim Haddadi" || r["object"] == "Karim Haddadi"),
        "{haddadi:?}"
    );
    assert!(
        has(
            &haddadi,
            &[("predicate", "leads"), ("document", "titles.txt")]
        ),
        "{haddadi:?}"
    );
}

#[test]
fn mentions_ranks_entities_by_mention_count() {
    let rows = example_rows("mentions.rq");
    assert!(!rows.is_empty() && rows.len() <= 25);
    let counts: Vec<u32> = rows
        .iter()
        .map(|r| r["mentions"].parse().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert!(
        has(
            &rows,
            &[
                ("entity", "Norway"),
                ("type", "Country"),
                ("documents", "4")
            ]
        ),
        "{rows:?}"
    );
}

#[test]
fn corroborated_lists_relations_from_several_outlets_only() {
    let rows = example_rows("corroborated.rq");
    assert!(
        rows.iter()
            .all(|r| r["outlets"].parse::<u32>().unwrap() >= 2),
        "{rows:?}"
    );
    let norway = rows
        .iter()
        .find(|r| r["subject"] == "Norway" && r["predicate"] == "sharesWith")
        .expect("Norway shares with the EU");
    assert_eq!(norway["object"], "European Union");
    assert_eq!(norway["outlets"], "3");
    for outlet in ["01_reuters.txt", "02_afp.txt", "04_baltic_ledger.txt"] {
        assert!(norway["reportedBy"].contains(outlet), "{norway:?}");
    }
    assert!(
        !has(&rows, &[("subject", "Nadim Sarrafi")]),
        "each fixture says its facts once"
    );
}

#[test]
fn document_entities_lists_each_documents_entities() {
    let rows = example_rows("document_entities.rq");
    assert!(has(
        &rows,
        &[
            ("document", "titles.txt"),
            ("entity", "Nadim Sarrafi"),
            ("type", "Person")
        ]
    ));
    assert!(has(
        &rows,
        &[
            ("document", "titles.txt"),
            ("entity", "Iraq"),
            ("type", "Country")
        ]
    ));
    assert!(has(
        &rows,
        &[
            ("document", "01_reuters.txt"),
            (
                "headline",
                "Norway agrees to share gas storage data with EU ahead of winter"
            )
        ]
    ));
    let documents: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["document"].as_str()).collect();
    assert_eq!(
        documents.len(),
        14,
        "every document of the graph: {documents:?}"
    );
}

fn query(args: &[&str]) -> std::process::Output {
    let mut all = vec!["query", graph().to_str().unwrap()];
    all.extend(args);
    skein(&all)
}

#[test]
fn results_are_a_table_by_default_and_the_w3c_formats_on_request() {
    let q = "SELECT ?name WHERE { ex:nadim_sarrafi skos:prefLabel ?name }";
    let table = query(&[q]);
    assert_eq!(
        String::from_utf8_lossy(&table.stdout),
        "name\n-------------\nNadim Sarrafi\n(1 row)\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&query(&[q, "--format", "csv"]).stdout),
        "name\r\nNadim Sarrafi\r\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&query(&[q, "--format", "tsv"]).stdout),
        "?name\n\"Nadim Sarrafi\"\n"
    );
    let xml = String::from_utf8_lossy(&query(&[q, "--format", "xml"]).stdout).into_owned();
    assert!(xml.contains("<literal>Nadim Sarrafi</literal>"), "{xml}");
    assert_eq!(
        String::from_utf8_lossy(&query(&["ASK { ex:nadim_sarrafi sk:leads ex:iraq }"]).stdout),
        "true\n"
    );
}

#[test]
fn construct_and_describe_give_rdf() {
    let o = query(&[
        "CONSTRUCT { ?p sk:leads ?o } WHERE { ?p sk:leads ?o }",
        "--format",
        "nt",
    ]);
    assert!(o.status.success());
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
        .for_slice(&o.stdout)
        .collect::<Result<Vec<_>, _>>()
        .expect("N-Triples");
    assert!(triples.len() >= 5);
    let o = query(&["DESCRIBE ex:iraq"]);
    let ttl = String::from_utf8_lossy(&o.stdout);
    assert!(
        ttl.contains("ex:iraq") && ttl.contains("skos:prefLabel \"Iraq\""),
        "{ttl}"
    );
    let o = query(&["DESCRIBE ex:iraq", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("use ttl or nt"));
}

#[test]
fn a_syntax_error_shows_its_position_and_exits_with_2() {
    let o = query(&["SELECT ?x\nWHERE { ?x sk:leads }"]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("SPARQL syntax error at line 2, column"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 | WHERE { ?x sk:leads }") && stderr.contains('^'),
        "{stderr}"
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "SELECT WHERE").unwrap();
    let o = query(&["-f", file.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(file.path().to_str().unwrap()),
        "the error names the query file"
    );
}

#[test]
fn a_query_past_the_timeout_is_stopped_with_a_message() {
    let patterns: Vec<String> = (0..8).map(|k| format!("?s{k} ?p{k} ?o{k} .")).collect();
    let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ {} }}", patterns.join(" "));
    let started = std::time::Instant::now();
    let o = query(&[&q, "--timeout", "0.5"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("timeout"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn a_missing_graph_is_named() {
    let o = skein(&["query", "/no/such/graph.ttl", "ASK {}"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/graph.ttl"));
}
