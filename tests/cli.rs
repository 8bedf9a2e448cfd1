//! The command line: exit codes, warnings, standard input, formats and
//! custom ontologies.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use support::{Graph, fixture, skein};

#[test]
fn a_bad_file_is_reported_and_the_rest_is_built() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("titles.txt"), dir.path().join("good.txt")).unwrap();
    std::fs::write(
        dir.path().join("binary.txt"),
        b"\x00\x01\x02\x03\x00\x00garbage\x00",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 owners meet\nThe mayor of Paris met caf\xe9 owners.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = skein(&[
        "build",
        "-o",
        out.path().to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("binary.txt") && stderr.contains("binary data"),
        "{stderr}"
    );
    assert!(
        stderr.contains("empty.txt") && stderr.contains("empty file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("latin1.txt:1") && stderr.contains("invalid UTF-8"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 documents"),
        "the good and the repaired file: {stderr}"
    );
    let g = Graph::read(out.path());
    assert!(g.has_name("Nadim Sarrafi"));
}

#[test]
fn nothing_usable_is_a_failure_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"   \n").unwrap();
    let out = dir.path().join("out");
    let o = skein(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(!out.join("graph.ttl").exists());
    let o = skein(&["build", "-o", out.to_str().unwrap(), "/no/such/path"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/path"));
}

#[test]
fn standard_input_is_an_article() {
    let out = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_skein"))
        .args(["build", "--quiet", "-o", out.path().to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Talks in Oslo\nNorwegian Prime Minister Ingrid Vassbotn met EU Energy Commissioner Lucia Tavernaro in Oslo.\n")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let g = Graph::read(out.path());
    assert!(g.has_relation("Ingrid Vassbotn", "leads", "Norway"));
    assert!(g.has_relation("Lucia Tavernaro", "memberOf", "European Union"));
}

#[test]
fn json_lines_records_are_articles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    std::fs::write(
        &path,
        concat!(
            r#"{"id": "a1", "title": "Oslo talks", "text": "Norwegian Prime Minister Ingrid Vassbotn met EU Energy Commissioner Lucia Tavernaro.", "url": "https://news.example/a1", "source": "Example Wire"}"#,
            "\n{not json\n",
            r#"{"id": "a2", "body": "Ingrid Vassbotn, Norway's prime minister, said the talks went well."}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = skein(&[
        "build",
        "-o",
        out.path().to_str().unwrap(),
        path.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("feed.jsonl:2"));
    let g = Graph::read(out.path());
    assert_eq!(
        g.literal(
            &g.entity("Ingrid Vassbotn").iri,
            "https://w3id.org/skein/ontology#documentCount"
        )
        .unwrap(),
        "2"
    );
    assert!(g.ttl.contains("https://news.example/a1"));
}

#[test]
fn formats_and_base_iri_are_chosen_on_the_command_line() {
    let out = tempfile::tempdir().unwrap();
    let o = skein(&[
        "build",
        "--quiet",
        "--format",
        "ttl",
        "--base",
        "http://example.org/kg/",
        "-o",
        out.path().to_str().unwrap(),
        fixture("titles.txt").to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(out.path().join("graph.ttl").exists());
    assert!(!out.path().join("graph.graphml").exists());
    let ttl = std::fs::read_to_string(out.path().join("graph.ttl")).unwrap();
    assert!(ttl.contains("http://example.org/kg/entity/"));
    let bad = skein(&[
        "build",
        "--base",
        "not an iri",
        "-o",
        out.path().to_str().unwrap(),
        fixture("titles.txt").to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--base"));
}

/// Copies the embedded ontology into a temporary folder.
fn ontology_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in skein::ontology::FILES {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            &path,
            skein::ontology::Ontology::embedded_file(name).unwrap(),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_relation_type_is_added_by_editing_the_ontology_only() {
    let onto = ontology_copy();
    let ttl = onto.path().join("skein.ttl");
    let mut schema = std::fs::read_to_string(&ttl).unwrap();
    schema.push_str(
        "\nsk:sanctions a owl:ObjectProperty ;\n    rdfs:subPropertyOf sk:relatedTo ;\n    rdfs:label \"sanctions\"@en ;\n    \
         rdfs:comment \"The subject imposes sanctions on the object.\"@en ;\n    rdfs:domain sk:Agent ;\n    rdfs:range sk:Agent .\n",
    );
    std::fs::write(&ttl, schema).unwrap();
    let cues = onto.path().join("lexicon/cues.tsv");
    let mut text = std::fs::read_to_string(&cues).unwrap();
    text.push_str("sanctions\tverb\tsanction\tdirect\t0.8\n");
    std::fs::write(&cues, text).unwrap();

    let article = tempfile::tempdir().unwrap();
    std::fs::write(
        article.path().join("a.txt"),
        "Sanctions\nThe European Union sanctioned Belarus on Monday.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = skein(&[
        "build",
        "--quiet",
        "--ontology",
        onto.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        article.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let g = Graph::read(out.path());
    assert!(
        g.has_relation("European Union", "sanctions", "Belarus"),
        "{:?}",
        g.relations()
    );
}

#[test]
fn a_malformed_lexicon_line_is_reported_with_file_and_line() {
    let onto = ontology_copy();
    let roles = onto.path().join("lexicon/roles.tsv");
    let mut text = std::fs::read_to_string(&roles).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("archduke\tleads\n");
    std::fs::write(&roles, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = skein(&[
        "build",
        "--ontology",
        onto.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        fixture("titles.txt").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(&format!("lexicon/roles.tsv:{line}")),
        "{stderr}"
    );
}

#[test]
fn explain_shows_mentions_and_reasons() {
    let o = skein(&["explain", fixture("titles.txt").to_str().unwrap()]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("the secretary-general") && text.contains("Karim Haddadi"));
    assert!(text.contains("role title bound by apposition"));
}
