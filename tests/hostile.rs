//! Hostile input: binary files, broken encodings, control characters, huge
//! lines and records, malformed HTML and JSON, unreadable files, broken links
//! and directory loops, names full of characters that are special somewhere.
//! Every bad file gets a warning naming it (and its line) and saying what was
//! done; every good article still contributes; the outputs are always valid.
//! The corpus is written at test time by `support::corpus`.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use support::corpus::{self, GOOD};
use support::validate::{self, check_dir};
use support::{Graph, skein};

const ALL_FORMATS: &str = "ttl,nt,jsonld,graphml,gexf";

/// Runs `skein build` with every format and co-occurrences.
fn build(inputs: &[&Path], out: &Path) -> Output {
    let mut args = vec![
        "build".to_string(),
        "-o".into(),
        out.display().to_string(),
        "--format".into(),
        ALL_FORMATS.into(),
        "--cooccurrence".into(),
    ];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    skein(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The warning lines of stderr that name `file` (by its path).
fn warnings_about<'a>(stderr: &'a str, file: &Path) -> Vec<&'a str> {
    let name = file.display().to_string();
    stderr
        .lines()
        .filter(|l| l.starts_with("warning: ") && l[9..].starts_with(&name))
        .collect()
}

/// Asserts a warning about `file` (at `line`, when given) that contains `says`.
fn assert_warned(stderr: &str, file: &Path, line: Option<usize>, says: &str) {
    let found = warnings_about(stderr, file);
    let at = match line {
        Some(l) => format!("warning: {}:{l}: ", file.display()),
        None => format!("warning: {}: ", file.display()),
    };
    assert!(
        found.iter().any(|w| w.starts_with(&at) && w.contains(says)),
        "no warning `{at}...{says}...`; warnings about {}: {found:#?}\nall stderr:\n{stderr}",
        file.display()
    );
}

/// The expected warnings about the bad files of the corpus: (file, line, what it says).
fn expected_warnings(dir: &Path, huge: bool) -> Vec<(PathBuf, Option<usize>, &'static str)> {
    let mut expected = vec![
        (
            dir.join("latin1.txt"),
            Some(1),
            "invalid UTF-8; decoded with replacement characters",
        ),
        (
            dir.join("nul.txt"),
            Some(2),
            "2 control characters that XML forbids (NUL, escape, ...) removed",
        ),
        (
            dir.join("control.txt"),
            Some(2),
            "7 control characters that XML forbids",
        ),
        (
            dir.join("only_script.html"),
            None,
            "no article text found; skipped",
        ),
        (dir.join("feed.jsonl"), Some(2), "not valid JSON"),
        (
            dir.join("feed.jsonl"),
            Some(3),
            "record has no `text`, `content` or `body`; skipped",
        ),
        (
            dir.join("feed.jsonl"),
            Some(4),
            "record is not a JSON object; skipped",
        ),
        (
            dir.join("feed.jsonl"),
            Some(5),
            "6 control characters that XML forbids removed from the record",
        ),
        (
            dir.join("array.json"),
            None,
            "record 2: record has no `text`, `content` or `body`; skipped",
        ),
        (
            dir.join("array.json"),
            None,
            "record 3: record is not a JSON object; skipped",
        ),
        (dir.join("broken.json"), Some(1), "not valid JSON"),
        (
            dir.join("binary.txt"),
            None,
            "binary data, not text; skipped",
        ),
        (
            dir.join("binary.html"),
            None,
            "binary data, not text; skipped",
        ),
        (dir.join("empty.txt"), None, "empty file; skipped"),
        (dir.join("blank.md"), None, "empty file; skipped"),
        (
            dir.join("broken_link.txt"),
            None,
            "a broken symbolic link? skipped",
        ),
        (
            dir.join("loop/back"),
            None,
            "directory loop through a symbolic link; not followed again",
        ),
    ];
    if Path::new("/proc/self/mem").exists() {
        expected.push((dir.join("proc_mem.txt"), None, "cannot read"));
    }
    if !corpus::readable(&dir.join("unreadable.txt")) {
        expected.push((dir.join("unreadable.txt"), None, "cannot read"));
    }
    if huge {
        expected.push((
            dir.join("huge_line.txt"),
            Some(1),
            "a line of 50.0 MiB; only its first 1 MiB is read",
        ));
        expected.push((
            dir.join("feed.jsonl"),
            Some(7),
            "the record's text: a line of 2.0 MiB; only its first 1 MiB is read",
        ));
    }
    expected
}

#[test]
fn the_hostile_corpus_builds_every_good_article_and_reports_every_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), false);
    let out = tempfile::tempdir().unwrap();
    let o = build(&[dir.path()], out.path());
    let err = stderr(&o);
    assert!(
        o.status.success(),
        "some articles are usable, so the run succeeds: {err}"
    );
    for (file, line, says) in expected_warnings(dir.path(), false) {
        assert_warned(&err, &file, line, says);
    }
    // Good files are not warned about; hidden files and unknown formats are not read.
    for quiet in [
        "good.txt",
        "crlf.txt",
        "utf16le.txt",
        "utf16be.txt",
        "utf8bom.md",
        "deep.html",
        "special.txt",
        "unknown.bin",
        ".hidden.txt",
    ] {
        assert!(
            warnings_about(&err, &dir.path().join(quiet)).is_empty(),
            "{quiet} is fine: {err}"
        );
    }
    let checked = check_dir(out.path());
    let g = Graph::read(out.path());
    for (file, person, predicate, object) in GOOD {
        assert!(
            g.has_relation(person, predicate, object),
            "{file} contributes {person} {predicate} {object}: {:?}",
            g.relations()
        );
    }
    if corpus::readable(&dir.path().join("unreadable.txt")) {
        assert!(
            g.has_relation("Hidden Person", "leads", "Norway"),
            "running as root, the file of mode 000 is read"
        );
    } else {
        assert!(!g.has_name("Hidden Person"));
    }
    // No forbidden character reached a label, and CR never did.
    for label in checked.entities.values() {
        assert!(!label.contains(['\r', '\0', '\u{1B}']), "{label:?}");
    }
    // The documents: every usable article, once.
    let documents = g.subjects_of_type("https://schema.org/NewsArticle");
    let expected = GOOD.len() + 2 /* feed.jsonl: two more records */ + usize::from(corpus::readable(&dir.path().join("unreadable.txt")));
    assert_eq!(documents.len(), expected, "{documents:#?}");
}

#[test]
fn a_fifty_megabyte_line_and_a_huge_record_are_cut_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge_line.txt");
    std::fs::write(&huge, corpus::huge_line()).unwrap();
    let feed = dir.path().join("feed.jsonl");
    let good = serde_json::json!({"id": "good", "text": corpus::article("Talks in Warsaw", "Polish", "Marta Zielinska")}).to_string();
    std::fs::write(&feed, format!("{good}\n{}\n", corpus::huge_record(2 << 20))).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = build(&[dir.path()], out.path());
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_warned(
        &err,
        &huge,
        Some(1),
        "a line of 50.0 MiB; only its first 1 MiB is read",
    );
    assert_warned(
        &err,
        &feed,
        Some(2),
        "the record's text: a line of 2.0 MiB; only its first 1 MiB is read",
    );
    check_dir(out.path());
    let g = Graph::read(out.path());
    assert!(
        g.has_relation("Marek Hudak", "leads", "Slovakia"),
        "the start of the long line is read"
    );
    assert!(g.has_name("Bratislava"));
    assert!(
        g.has_relation("Ana Zupan", "leads", "Slovenia"),
        "the huge record is read"
    );
    assert!(
        g.has_relation("Marta Zielinska", "leads", "Poland"),
        "the other record too"
    );
    let ttl = std::fs::read(out.path().join("graph.ttl")).unwrap();
    assert!(
        ttl.len() < 20 << 20,
        "the cut lines bound the output: {} bytes",
        ttl.len()
    );
}

#[test]
fn a_file_with_nothing_usable_fails_alone_with_its_warning() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), false);
    let mut unusable: Vec<(&str, &str)> = vec![
        ("binary.txt", "binary data"),
        ("binary.html", "binary data"),
        ("empty.txt", "empty file"),
        ("blank.md", "empty file"),
        ("only_script.html", "no article text found"),
        ("broken.json", "not valid JSON"),
        ("broken_link.txt", "cannot read this input"),
    ];
    if Path::new("/proc/self/mem").exists() {
        unusable.push(("proc_mem.txt", "cannot read"));
    }
    if !corpus::readable(&dir.path().join("unreadable.txt")) {
        unusable.push(("unreadable.txt", "cannot read"));
    }
    for (name, says) in unusable {
        let out = dir.path().join(format!("out-{name}"));
        let file = dir.path().join(name);
        let o = build(&[&file], &out);
        let err = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{name}: nothing usable is a failure: {err}"
        );
        assert!(
            err.contains(&file.display().to_string()) && err.contains(says),
            "{name}: {err}"
        );
        assert!(!out.join("graph.ttl").exists(), "{name}: no output");
    }
    // A bad file next to a good one: the good one is built, exit code 0.
    let out = dir.path().join("out-mixed");
    let o = build(
        &[&dir.path().join("binary.txt"), &dir.path().join("good.txt")],
        &out,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(Graph::read(&out).has_relation("Marta Zielinska", "leads", "Poland"));
}

#[test]
fn repaired_files_are_built_alone_with_their_warning() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), false);
    for (name, line, says, person) in [
        ("latin1.txt", Some(1), "invalid UTF-8", "Carmen Ruiz"),
        ("nul.txt", Some(2), "removed", "Katrin Tamm"),
        ("control.txt", Some(2), "removed", "Janis Ozols"),
        ("feed.jsonl", Some(2), "not valid JSON", "Tomas Novak"),
        ("array.json", None, "record 2", "Petra Horvat"),
    ] {
        let out = dir.path().join(format!("out-{name}"));
        let file = dir.path().join(name);
        let o = build(&[&file], &out);
        let err = stderr(&o);
        assert!(o.status.success(), "{name}: {err}");
        assert_warned(&err, &file, line, says);
        check_dir(&out);
        assert!(Graph::read(&out).has_name(person), "{name}");
    }
}

#[test]
fn special_characters_are_escaped_and_every_minted_iri_is_valid_and_unique() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), false);
    let out = tempfile::tempdir().unwrap();
    let special = dir.path().join("special.txt");
    let weird = dir.path().join("we<ird> \"name\" & {x}.txt");
    let o = build(
        &[&special, &weird, &dir.path().join("feed.jsonl")],
        out.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let checked = check_dir(out.path());
    let g = Graph::read(out.path());
    // Names that differ by case or accent: one IRI per entity, none shared.
    let mut ids: Vec<&String> = checked.entities.keys().collect();
    ids.dedup();
    assert_eq!(ids.len(), checked.entities.len());
    let lamberts: Vec<&String> = checked
        .entities
        .values()
        .filter(|l| l.to_lowercase().contains("lambert"))
        .collect();
    assert!(!lamberts.is_empty(), "{:?}", checked.entities);
    assert!(g.has_relation("Sean O'Brien-Walsh", "leads", "Ireland"));
    assert!(
        g.has_relation("Luc Peeters", "leads", "Belgium"),
        "a file name full of special characters"
    );
    // Document metadata is arbitrary text: escaped as literals, never an IRI
    // unless it is a valid one.
    let title = "</title><script>alert(1)</script> ]]> \" \\ ' ^^<x> . @prefix : <y> .";
    let url = "http://example.org/<a> \"{}|\\^`";
    let headline = "https://schema.org/headline";
    let doc = g
        .triples
        .iter()
        .find(|(_, p, o)| p == headline && matches!(o, Term::Literal(l) if l.value() == title))
        .map(|(s, _, _)| s.clone())
        .expect("the hostile title round-trips exactly");
    assert_eq!(
        g.literal(&doc, "https://schema.org/url").as_deref(),
        Some(url),
        "an invalid IRI is kept as a literal"
    );
    assert_eq!(
        g.literal(&doc, "https://schema.org/identifier").as_deref(),
        Some("a\"> <b> . # \\ {x}")
    );
    assert_eq!(
        g.literal(&doc, "https://schema.org/publisher").as_deref(),
        Some("Wire \u{200F}\u{1F642}"),
        "RTL mark and emoji kept"
    );
    assert!(
        doc.rsplit('/')
            .next()
            .unwrap()
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        "{doc}"
    );
    // The same literals in N-Triples and JSON-LD (check_dir compared the triples).
    let nt = std::fs::read(out.path().join("graph.nt")).unwrap();
    let triples = validate::rdf(&nt, RdfFormat::NTriples, "graph.nt");
    assert!(
        triples
            .iter()
            .any(|t| matches!(&t.object, Term::Literal(l) if l.value() == title))
    );
    // The weird file name is a document id, escaped in GraphML.
    let graphml = std::fs::read_to_string(out.path().join("graph.graphml")).unwrap();
    assert!(
        graphml.contains("we&lt;ird&gt; &quot;name&quot; &amp; {x}.txt")
            || graphml.contains("we&lt;ird&gt; \"name\" &amp; {x}.txt")
    );
}

#[test]
fn a_failed_run_leaves_the_previous_output_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), false);
    let out = dir.path().join("out");
    let o = build(&[&dir.path().join("good.txt")], &out);
    assert!(o.status.success());
    let before: Vec<(String, Vec<u8>)> = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(out.join(f)).unwrap()))
        .collect();
    // Nothing usable: nothing is touched.
    let o = build(&[&dir.path().join("binary.txt")], &out);
    assert!(!o.status.success());
    // The last file cannot be replaced (a directory is in its way): the run
    // fails before any file is replaced.
    std::fs::remove_file(out.join("graph.gexf")).unwrap();
    std::fs::create_dir_all(out.join("graph.gexf/blocked")).unwrap();
    let o = build(&[&dir.path().join("crlf.txt")], &out);
    assert!(!o.status.success(), "the run fails");
    assert!(stderr(&o).contains("graph.gexf"), "{}", stderr(&o));
    for (f, bytes) in &before {
        assert_eq!(
            &std::fs::read(out.join(f)).unwrap(),
            bytes,
            "{f} is as it was"
        );
    }
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.ends_with(".tmp")),
        "no temporary file is left: {names:?}"
    );
}

#[test]
fn garbage_on_standard_input_is_reported() {
    use std::io::Write;
    let out = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_skein"))
        .args(["build", "-o", out.path().to_str().unwrap(), "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"\x00\x01\x02\x03\xff\xfe\x00\x00binary")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("<stdin>") && err.contains("binary data"),
        "{err}"
    );
}

/// Writes the corpus (with the huge files) to `$SKEIN_HOSTILE_CORPUS`, for
/// `.ci/run`: `cargo test --test hostile -- --ignored write_hostile_corpus`.
#[test]
#[ignore = "writes the corpus for .ci/run"]
fn write_hostile_corpus() {
    let dir = PathBuf::from(
        std::env::var("SKEIN_HOSTILE_CORPUS").expect("SKEIN_HOSTILE_CORPUS names a directory"),
    );
    if dir.exists() {
        // Mode 000 files and symbolic links: remove what a previous run left.
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    corpus::write(&dir, true);
    let expected: Vec<String> = expected_warnings(&dir, true)
        .into_iter()
        .map(|(f, l, says)| {
            format!(
                "{}\t{}\t{says}",
                f.display(),
                l.map(|l| l.to_string()).unwrap_or_default()
            )
        })
        .collect();
    std::fs::write(
        dir.with_extension("warnings.tsv"),
        expected.join("\n") + "\n",
    )
    .unwrap();
}
