//! Query: SPARQL 1.1 over a built graph, with oxigraph's engine in memory.
//!
//! [`Dataset::load`] reads a Turtle, N-Triples or JSON-LD file (or the output
//! directory of `skein build`) into the default graph of an in-memory
//! [`Store`], and the ontology (`skein.ttl`) into the named graph
//! `<https://w3id.org/skein/ontology>`, so that queries can ask the schema
//! too (`GRAPH <https://w3id.org/skein/ontology> { ?p rdfs:subPropertyOf
//! sk:relatedTo }`) while the data stays alone in the default graph. The
//! common prefixes ([`PREFIXES`]), `sk:` and those the file declares (`ex:`,
//! `doc:`, `stmt:`) are predeclared. [`Dataset::run`] runs SELECT, ASK, CONSTRUCT and DESCRIBE
//! and writes the results as an aligned table, the W3C results formats
//! (CSV, TSV, JSON, XML) through oxigraph's serializers, or Turtle and
//! N-Triples for graphs.

use std::io;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, PreparedSparqlQuery, QueryEvaluationError, QueryResults, SparqlEvaluator,
};
use oxigraph::store::Store;

use crate::export::{ReadError, read_rdf};
use crate::ontology::Ontology;

/// Prefixes every query may use without declaring them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "https://schema.org/"),
    ("oa", "http://www.w3.org/ns/oa#"),
    ("wd", "http://www.wikidata.org/entity/"),
];

/// Errors of `skein query`.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("SPARQL syntax error{}: {message}", position(*.line, *.column))]
    Syntax {
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    #[error("the query ran past the {}s timeout and was stopped; narrow it (LIMIT, more specific patterns) or raise --timeout", .0.as_secs_f64())]
    Timeout(Duration),
    #[error("the query failed: {0}")]
    Evaluation(String),
    #[error("--format {format} does not fit {results}; use {choices}")]
    FormatMismatch {
        format: &'static str,
        results: &'static str,
        choices: &'static str,
    },
    #[error(
        "unknown result format `{0}`; use one of: table, csv, tsv, json, xml (SELECT, ASK), ttl, nt (CONSTRUCT, DESCRIBE)"
    )]
    UnknownFormat(String),
    #[error("cannot write the results ({0})")]
    Output(#[from] io::Error),
}

fn position(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(" at line {l}, column {c}"),
        _ => String::new(),
    }
}

/// How results are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    /// An aligned table for people (Turtle for graph results).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    NTriples,
}

impl ResultFormat {
    pub fn parse(name: &str) -> Result<ResultFormat, QueryError> {
        Ok(match name.trim().to_ascii_lowercase().as_str() {
            "table" => ResultFormat::Table,
            "csv" => ResultFormat::Csv,
            "tsv" => ResultFormat::Tsv,
            "json" => ResultFormat::Json,
            "xml" => ResultFormat::Xml,
            "ttl" | "turtle" => ResultFormat::Turtle,
            "nt" | "ntriples" | "n-triples" => ResultFormat::NTriples,
            other => return Err(QueryError::UnknownFormat(other.to_string())),
        })
    }

    fn name(self) -> &'static str {
        match self {
            ResultFormat::Table => "table",
            ResultFormat::Csv => "csv",
            ResultFormat::Tsv => "tsv",
            ResultFormat::Json => "json",
            ResultFormat::Xml => "xml",
            ResultFormat::Turtle => "ttl",
            ResultFormat::NTriples => "nt",
        }
    }

    /// The W3C results format of solutions and booleans.
    fn results_format(self) -> Result<Option<QueryResultsFormat>, QueryError> {
        match self {
            ResultFormat::Table => Ok(None),
            ResultFormat::Csv => Ok(Some(QueryResultsFormat::Csv)),
            ResultFormat::Tsv => Ok(Some(QueryResultsFormat::Tsv)),
            ResultFormat::Json => Ok(Some(QueryResultsFormat::Json)),
            ResultFormat::Xml => Ok(Some(QueryResultsFormat::Xml)),
            ResultFormat::Turtle | ResultFormat::NTriples => Err(QueryError::FormatMismatch {
                format: self.name(),
                results: "SELECT and ASK results",
                choices: "table, csv, tsv, json or xml",
            }),
        }
    }

    /// The RDF format of graph results.
    fn rdf_format(self) -> Result<RdfFormat, QueryError> {
        match self {
            ResultFormat::Table | ResultFormat::Turtle => Ok(RdfFormat::Turtle),
            ResultFormat::NTriples => Ok(RdfFormat::NTriples),
            _ => Err(QueryError::FormatMismatch {
                format: self.name(),
                results: "CONSTRUCT and DESCRIBE results (a graph)",
                choices: "ttl or nt",
            }),
        }
    }
}

/// A graph loaded for querying.
#[derive(Clone)]
pub struct Dataset {
    store: Store,
    /// Predeclared prefixes: the common ones, `sk:`, then the file's own.
    prefixes: Vec<(String, String)>,
}

impl Dataset {
    /// Loads a graph file, or the first RDF graph of an output directory,
    /// and the ontology.
    pub fn load(path: &Path, ontology: &Ontology) -> Result<Dataset, QueryError> {
        let graph = read_rdf(path)?;
        let quads = graph.quads;
        let mut prefixes: Vec<(String, String)> = PREFIXES
            .iter()
            .map(|(p, i)| (p.to_string(), i.to_string()))
            .collect();
        prefixes.push(("sk".to_string(), ontology.namespace.clone()));
        for (name, iri) in graph.prefixes {
            prefixes.retain(|(p, _)| *p != name);
            prefixes.push((name, iri));
        }
        let store = Store::new().map_err(|e| QueryError::Evaluation(e.to_string()))?;
        store
            .extend(quads)
            .map_err(|e| QueryError::Evaluation(e.to_string()))?;
        let schema = RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(GraphName::NamedNode(NamedNode::new_unchecked(
                ontology_graph(ontology),
            )))
            .for_slice(ontology.schema_turtle.as_bytes())
            .collect::<Result<Vec<Quad>, _>>()
            .map_err(|e| QueryError::Evaluation(format!("the ontology does not parse: {e}")))?;
        store
            .extend(schema)
            .map_err(|e| QueryError::Evaluation(e.to_string()))?;
        Ok(Dataset { store, prefixes })
    }

    /// The predeclared prefixes.
    pub fn prefixes(&self) -> &[(String, String)] {
        &self.prefixes
    }

    /// Parses the query, runs it and returns the formatted results. With a
    /// timeout, the query runs on a worker thread and this returns
    /// [`QueryError::Timeout`] as soon as the time is up, after setting the
    /// evaluation's cancellation token. oxigraph checks the token at every
    /// triple it reads, so most queries stop there; a join or aggregate over
    /// triples already read reads none, and runs to its end on the worker. The
    /// command line exits at once; a library caller's worker may run on.
    pub fn run(
        &self,
        query: &str,
        format: ResultFormat,
        timeout: Option<Duration>,
    ) -> Result<Vec<u8>, QueryError> {
        let token = CancellationToken::new();
        let prepared = self.prepare(query, token.clone())?;
        let (store, prefixes) = (self.store.clone(), self.prefixes.clone());
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(execute(prepared, &store, &prefixes, format));
        });
        match timeout {
            Some(limit) => receiver.recv_timeout(limit).map_err(|_| {
                token.cancel();
                QueryError::Timeout(limit)
            })?,
            None => receiver
                .recv()
                .map_err(|_| QueryError::Evaluation("the query worker stopped".into()))?,
        }
    }

    fn prepare(
        &self,
        query: &str,
        token: CancellationToken,
    ) -> Result<PreparedSparqlQuery, QueryError> {
        let mut evaluator = SparqlEvaluator::new().with_cancellation_token(token);
        for (name, iri) in &self.prefixes {
            evaluator = evaluator
                .with_prefix(name, iri)
                .map_err(|e| QueryError::Evaluation(e.to_string()))?;
        }
        evaluator
            .parse_query(query)
            .map_err(|e| syntax_error(&e.to_string()))
    }
}

/// The IRI of the ontology's named graph: its namespace without the `#`.
pub fn ontology_graph(ontology: &Ontology) -> String {
    ontology.namespace.trim_end_matches(['#', '/']).to_string()
}

/// The RDF file of `path` and its format.
/// oxigraph reports syntax errors as "error at LINE:COLUMN: expected ...".
fn syntax_error(message: &str) -> QueryError {
    let position = message.strip_prefix("error at ").and_then(|rest| {
        let (place, text) = rest.split_once(": ")?;
        let (line, column) = place.split_once(':')?;
        Some((line.parse().ok()?, column.parse().ok()?, text.to_string()))
    });
    match position {
        Some((line, column, text)) => QueryError::Syntax {
            line: Some(line),
            column: Some(column),
            message: text,
        },
        None => QueryError::Syntax {
            line: None,
            column: None,
            message: message.to_string(),
        },
    }
}

fn evaluation(e: QueryEvaluationError) -> QueryError {
    QueryError::Evaluation(e.to_string())
}

fn execute(
    prepared: PreparedSparqlQuery,
    store: &Store,
    prefixes: &[(String, String)],
    format: ResultFormat,
) -> Result<Vec<u8>, QueryError> {
    match prepared.on_store(store).execute().map_err(evaluation)? {
        QueryResults::Boolean(value) => match format.results_format()? {
            None => Ok(format!("{value}\n").into_bytes()),
            Some(f) => Ok(QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(Vec::new(), value)?),
        },
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let results_format = format.results_format()?;
            let rows = solutions
                .collect::<Result<Vec<_>, _>>()
                .map_err(evaluation)?;
            match results_format {
                None => Ok(table(&variables, &rows, prefixes).into_bytes()),
                Some(f) => {
                    let mut out = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(Vec::new(), variables)?;
                    for row in &rows {
                        out.serialize(row)?;
                    }
                    Ok(out.finish()?)
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut serializer = RdfSerializer::from_format(format.rdf_format()?);
            for (name, iri) in prefixes {
                serializer = serializer
                    .with_prefix(name, iri)
                    .map_err(|e| QueryError::Evaluation(e.to_string()))?;
            }
            let mut out = serializer.for_writer(Vec::new());
            for triple in triples {
                out.serialize_triple(&triple.map_err(evaluation)?)?;
            }
            Ok(out.finish()?)
        }
    }
}

/// Solutions as an aligned table: IRIs shortened with the prefixes, literals
/// by their value, white space collapsed; a row count at the end.
fn table(
    variables: &[oxigraph::sparql::Variable],
    rows: &[oxigraph::sparql::QuerySolution],
    prefixes: &[(String, String)],
) -> String {
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            variables
                .iter()
                .map(|v| row.get(v).map(|t| cell(t, prefixes)).unwrap_or_default())
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&line(&header));
    out.push('\n');
    out.push_str(
        &widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  "),
    );
    out.push('\n');
    for row in &cells {
        out.push_str(&line(row));
        out.push('\n');
    }
    out.push_str(&format!(
        "({} row{})\n",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    ));
    out
}

/// A term as people read it: `ex:nato`, `Jan Peters`, `_:b0`.
fn cell(term: &Term, prefixes: &[(String, String)]) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            let namespace = prefixes
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns.as_str()))
                .max_by_key(|(_, ns)| ns.len());
            match namespace {
                Some((prefix, ns))
                    if iri[ns.len()..]
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-') =>
                {
                    format!("{prefix}:{}", &iri[ns.len()..])
                }
                _ => format!("<{iri}>"),
            }
        }
        Term::Literal(l) => crate::text::collapse_whitespace(l.value()),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> (tempfile::TempDir, Dataset) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.ttl");
        std::fs::write(
            &path,
            "@prefix ex: <https://example.org/entity/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
             @prefix sk: <https://w3id.org/skein/ontology#> .\n\
             ex:peters skos:prefLabel \"Jan Peters\" ; sk:leads ex:nato .\nex:nato skos:prefLabel \"NATO\" .\n",
        )
        .unwrap();
        let ontology = Ontology::embedded().unwrap();
        let ds = Dataset::load(&path, &ontology).unwrap();
        (dir, ds)
    }

    fn run(ds: &Dataset, q: &str, f: ResultFormat) -> String {
        String::from_utf8(ds.run(q, f, Some(Duration::from_secs(30))).unwrap()).unwrap()
    }

    #[test]
    fn short_queries_use_the_predeclared_and_the_file_prefixes() {
        let (_dir, ds) = dataset();
        let out = run(
            &ds,
            "SELECT ?who ?org WHERE { ?p sk:leads ?o . ?p skos:prefLabel ?who . ?o skos:prefLabel ?org }",
            ResultFormat::Csv,
        );
        assert_eq!(out, "who,org\r\nJan Peters,NATO\r\n");
        let table = run(
            &ds,
            "SELECT ?p ?name WHERE { ?p skos:prefLabel ?name } ORDER BY ?name",
            ResultFormat::Table,
        );
        assert_eq!(
            table,
            "p          name\n---------  ----------\nex:peters  Jan Peters\nex:nato    NATO\n(2 rows)\n"
        );
        assert_eq!(
            run(
                &ds,
                "ASK { ex:peters sk:leads ex:nato }",
                ResultFormat::Table
            ),
            "true\n"
        );
    }

    #[test]
    fn the_ontology_is_a_named_graph() {
        let (_dir, ds) = dataset();
        let q = "SELECT (COUNT(?p) AS ?n) WHERE { GRAPH <https://w3id.org/skein/ontology> { ?p rdfs:subPropertyOf sk:relatedTo } }";
        let out = run(&ds, q, ResultFormat::Csv);
        let n: usize = out.lines().nth(1).unwrap().parse().unwrap();
        assert!(n >= 11, "{out}");
        let default_graph = run(
            &ds,
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            ResultFormat::Csv,
        );
        assert_eq!(
            default_graph, "n\r\n3\r\n",
            "the data alone in the default graph"
        );
    }

    #[test]
    fn construct_gives_turtle_and_formats_must_fit() {
        let (_dir, ds) = dataset();
        let q =
            "CONSTRUCT { ?o skos:prefLabel ?l } WHERE { ?s sk:leads ?o . ?o skos:prefLabel ?l }";
        let ttl = run(&ds, q, ResultFormat::Table);
        assert!(ttl.contains("ex:nato skos:prefLabel \"NATO\""), "{ttl}");
        let nt = run(&ds, q, ResultFormat::NTriples);
        assert_eq!(
            nt,
            "<https://example.org/entity/nato> <http://www.w3.org/2004/02/skos/core#prefLabel> \"NATO\" .\n"
        );
        assert!(matches!(
            ds.run(q, ResultFormat::Csv, None),
            Err(QueryError::FormatMismatch { .. })
        ));
        assert!(matches!(
            ds.run("ASK {}", ResultFormat::NTriples, None),
            Err(QueryError::FormatMismatch { .. })
        ));
    }

    #[test]
    fn syntax_errors_carry_their_position() {
        let (_dir, ds) = dataset();
        let err = ds
            .run("SELECT ?x\nWHERE { ?x ?y }", ResultFormat::Table, None)
            .unwrap_err();
        let QueryError::Syntax {
            line: Some(2),
            column: Some(c),
            ..
        } = err
        else {
            panic!("{err:?}")
        };
        assert!(c > 1);
        assert!(
            err.to_string()
                .starts_with("SPARQL syntax error at line 2, column"),
            "{err}"
        );
    }

    #[test]
    fn a_query_past_its_timeout_is_stopped() {
        let (_dir, ds) = dataset();
        // A cross product of 11 patterns: 3^11 solutions to count, about a
        // second of work here, far beyond the 50 ms allowed; the worker
        // finishes soon after, so no test is slowed down.
        let patterns: Vec<String> = (0..11).map(|k| format!("?s{k} ?p{k} ?o{k} .")).collect();
        let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ {} }}", patterns.join(" "));
        let started = std::time::Instant::now();
        let err = ds
            .run(&q, ResultFormat::Csv, Some(Duration::from_millis(50)))
            .unwrap_err();
        assert!(matches!(err, QueryError::Timeout(_)), "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(err.to_string().contains("--timeout"));
    }

    #[test]
    fn missing_graphs_are_named() {
        let ontology = Ontology::embedded().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let err = Dataset::load(dir.path(), &ontology).err().unwrap();
        assert!(err.to_string().contains("graph.ttl"), "{err}");
        let err = Dataset::load(&dir.path().join("nope.ttl"), &ontology)
            .err()
            .unwrap();
        assert!(err.to_string().contains("nope.ttl"), "{err}");
    }
}
