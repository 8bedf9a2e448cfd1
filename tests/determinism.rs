//! Determinism: the same input gives byte-identical Turtle, N-Triples,
//! JSON-LD, GraphML, GEXF and `skein stats --json`, whatever the number of
//! threads, the order in which the files were created on disk, the folders
//! they sit in (when their ids stay the same), and from run to run.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use support::{corpus, fixture, skein};

const FILES: [&str; 5] = [
    "graph.ttl",
    "graph.nt",
    "graph.jsonld",
    "graph.graphml",
    "graph.gexf",
];

/// The articles of the corpus: (file name, bytes). The example articles,
/// the test fixtures and the small hostile files, flattened to unique names.
fn articles() -> Vec<(String, Vec<u8>)> {
    let mut out = BTreeMap::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    for dir in [
        examples,
        fixture(""),
        fixture("cross_doc"),
        fixture("surname_clash"),
    ] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let prefix = dir.file_name().unwrap().to_string_lossy().into_owned();
                out.insert(
                    format!("{prefix}_{}", path.file_name().unwrap().to_string_lossy()),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    let hostile = tempfile::tempdir().unwrap();
    corpus::write(hostile.path(), false);
    for entry in std::fs::read_dir(hostile.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Regular, readable article files only: links and loops are tested elsewhere.
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_file()
            && corpus::readable(&path)
            && !name.starts_with('.')
            && name != "unknown.bin"
        {
            out.insert(format!("hostile_{name}"), std::fs::read(&path).unwrap());
        }
    }
    out.into_iter().collect()
}

/// Writes `articles` into `dir` in the given order, each at `place(name)`.
fn lay_out(
    dir: &Path,
    articles: &[(String, Vec<u8>)],
    order: &[usize],
    place: impl Fn(&str) -> PathBuf,
) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for &i in order {
        let (name, bytes) = &articles[i];
        let path = dir.join(place(name));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        paths.push(path);
    }
    paths
}

/// Builds with every format and co-occurrences; returns the output files and
/// the stats report.
fn build(inputs: &[PathBuf], threads: usize) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec![
        "build".to_string(),
        "-q".into(),
        "--threads".into(),
        threads.to_string(),
        "--cooccurrence".into(),
        "--format".into(),
        "ttl,nt,jsonld,graphml,gexf".into(),
        "-o".into(),
        out.path().display().to_string(),
    ];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let o = skein(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut files: BTreeMap<String, Vec<u8>> = FILES
        .iter()
        .map(|f| (f.to_string(), std::fs::read(out.path().join(f)).unwrap()))
        .collect();
    let stats = skein(&["stats", "--json", out.path().to_str().unwrap()]);
    assert!(
        stats.status.success(),
        "{}",
        String::from_utf8_lossy(&stats.stderr)
    );
    files.insert("stats.json".into(), stats.stdout);
    files
}

fn assert_same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    for (name, bytes) in a {
        assert!(bytes == &b[name], "{name} differs {what}");
    }
}

#[test]
fn threads_file_order_and_runs_never_change_a_byte() {
    let articles = articles();
    assert!(
        articles.len() > 20,
        "a corpus worth the name: {}",
        articles.len()
    );
    let forward: Vec<usize> = (0..articles.len()).collect();
    let backward: Vec<usize> = forward.iter().rev().copied().collect();
    // Interleaved: odd positions first, then even.
    let shuffled: Vec<usize> = forward
        .iter()
        .filter(|i| *i % 2 == 1)
        .chain(forward.iter().filter(|i| *i % 2 == 0))
        .copied()
        .collect();

    let a = tempfile::tempdir().unwrap();
    lay_out(a.path(), &articles, &forward, |n: &str| PathBuf::from(n));
    let b = tempfile::tempdir().unwrap();
    lay_out(b.path(), &articles, &backward, |n: &str| PathBuf::from(n));

    let reference = build(&[a.path().to_path_buf()], 1);
    assert!(
        reference["graph.ttl"].len() > 10_000,
        "the graph is not empty"
    );
    assert_same(
        &reference,
        &build(&[a.path().to_path_buf()], 1),
        "from run to run",
    );
    assert_same(
        &reference,
        &build(&[a.path().to_path_buf()], 2),
        "with 2 threads",
    );
    assert_same(
        &reference,
        &build(&[a.path().to_path_buf()], 4),
        "with 4 threads",
    );
    assert_same(
        &reference,
        &build(&[b.path().to_path_buf()], 2),
        "when the files were created in reverse order",
    );

    // The same files named one by one, from different folders and in another
    // order: their ids (file names) are the same, so is the output.
    let c = tempfile::tempdir().unwrap();
    let nested = lay_out(c.path(), &articles, &shuffled, |name| {
        let depth = name.len() % 3;
        let mut p = PathBuf::new();
        for level in 0..depth {
            p.push(format!("level{level}"));
        }
        p.join(name)
    });
    let flat: Vec<PathBuf> = forward
        .iter()
        .map(|&i| a.path().join(&articles[i].0))
        .collect();
    let by_name = build(&flat, 2);
    assert_same(
        &reference,
        &by_name,
        "when the files are named one by one instead of by their folder",
    );
    assert_same(
        &by_name,
        &build(&nested, 1),
        "when the files sit in other folders and are named in another order",
    );
    let mut reversed = flat.clone();
    reversed.reverse();
    assert_same(
        &by_name,
        &build(&reversed, 2),
        "when the files are named in reverse order",
    );
}
